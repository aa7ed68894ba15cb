package server_test

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/skills/booking"
)

// decodeJSON decodes a JSON text, or a value a client decoded generically
// (structuredContent), into T, the pack's exported result type.
func decodeJSON[T any](t *testing.T, what string, v any) T {
	t.Helper()
	raw, ok := v.(string)
	if !ok {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		raw = string(b)
	}
	var out T
	if err := json.Unmarshal([]byte(raw), &out); err != nil {
		t.Fatalf("%s is not a %T: %v\n%s", what, out, err, raw)
	}
	return out
}

func mcpToken(t *testing.T, ts *testServer, worldTok string) string {
	t.Helper()
	req, _ := http.NewRequest("POST", ts.URL+"/api/mcp/token", nil)
	req.Header.Set("Authorization", "Bearer "+worldTok)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body struct {
		Token  string   `json:"token"`
		Scopes []string `json:"scopes"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatalf("token: %d, body is not JSON: %v", resp.StatusCode, err)
	}
	if resp.StatusCode != 201 || !strings.HasPrefix(body.Token, "mcp_") || len(body.Scopes) == 0 {
		t.Fatalf("token: %d %+v", resp.StatusCode, body)
	}
	return body.Token
}

// mcpTokenClientConfirm issues an MCP token whose client the user lets
// confirm irreversible actions (MCP elicitation).
func mcpTokenClientConfirm(t *testing.T, ts *testServer, worldTok string) string {
	t.Helper()
	var minted struct{ ID, Token string }
	if code, ec := api(t, ts, "POST", "/api/mcp/token", worldTok, `{"label":"test agent"}`, &minted); code != 201 {
		t.Fatalf("token: %d %s", code, ec)
	}
	if code, _ := api(t, ts, "PATCH", "/api/mcp/tokens/"+minted.ID, worldTok, `{"client_confirm":true}`, nil); code != 200 {
		t.Fatalf("allowing client confirmation: %d", code)
	}
	return minted.Token
}

func mcpConnect(t *testing.T, ts *testServer, tok string, opts *mcp.ClientOptions) (*mcp.ClientSession, error) {
	mc := mcp.NewClient(&mcp.Implementation{Name: "test-agent", Version: "1"}, opts)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return mc.Connect(ctx, &mcp.StreamableClientTransport{Endpoint: ts.URL + "/mcp", MaxRetries: -1,
		HTTPClient: &http.Client{Transport: client.Bearer(tok, nil)}}, nil)
}

// TestMCPServer: Madang's skills over /mcp for an MCP client, with an MCP
// token (the world token is refused); read tools answer; an irreversible
// tool is confirmed through elicitation when the client supports it, and
// otherwise waits for the user's Confirm in the world; every call is
// audited with channel "mcp".
func TestMCPServer(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	b := newBot(t, ts, "민수")
	cred := b.cred
	tok := mcpTokenClientConfirm(t, ts, cred.Token) // the user lets this client confirm

	// The world token and no token are refused before any MCP exchange.
	if _, err := mcpConnect(t, ts, cred.Token, nil); err == nil {
		t.Error("the world token opened an MCP session")
	}
	if _, err := mcpConnect(t, ts, "mcp_nonsense", nil); err == nil {
		t.Error("a made-up token opened an MCP session")
	}

	// A client with elicitation: the user accepts in the client.
	asked := ""
	cs, err := mcpConnect(t, ts, tok, &mcp.ClientOptions{ElicitationHandler: func(ctx context.Context, req *mcp.ElicitRequest) (*mcp.ElicitResult, error) {
		asked = req.Params.Message
		return &mcp.ElicitResult{Action: "accept", Content: map[string]any{"confirm": true}}, nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	defer cs.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	names := listedTools(ctx, t, cs)
	for _, want := range []string{"booking_search_restaurants", "booking_hold", "booking_confirm", "shop_search"} {
		if !names[want] {
			t.Errorf("tool %s not listed (%d tools)", want, len(names))
		}
	}
	call := func(cs *mcp.ClientSession, name string, args map[string]any) *mcp.CallToolResult {
		t.Helper()
		res, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: name, Arguments: args})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return res
	}
	text := func(r *mcp.CallToolResult) string { return r.Content[0].(*mcp.TextContent).Text }
	// Typed results: a tool's result type is its outputSchema, and the
	// structured result decodes into the pack's exported type.
	lt, err := cs.ListTools(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	schemas := map[string]string{}
	for _, x := range lt.Tools {
		if x.OutputSchema != nil {
			schemas[x.Name] = toJSON(x.OutputSchema)
		}
	}
	var wantHold any
	for _, x := range booking.New().Tools() {
		if x.Name == "booking_hold" {
			wantHold = decodeJSON[any](t, "booking_hold's Output", string(x.Output))
		}
	}
	gotHold := decodeJSON[any](t, "booking_hold's outputSchema", schemas["booking_hold"])
	if toJSON(gotHold) != toJSON(wantHold) || !strings.Contains(schemas["booking_hold"], `"place_name_en"`) {
		t.Errorf("booking_hold outputSchema\n got %s\nwant %s", schemas["booking_hold"], toJSON(wantHold))
	}
	if c := schemas["booking_confirm"]; !strings.Contains(c, `"anyOf"`) || !strings.Contains(c, `"pending_confirmation"`) || !strings.Contains(c, `"hold_expires"`) {
		t.Errorf("booking_confirm outputSchema: %s", c)
	}
	if _, listed := schemas["booking_mine"]; listed {
		t.Errorf("booking_mine returns a list, yet has an object outputSchema: %s", schemas["booking_mine"])
	}
	hold := func(cs *mcp.ClientSession, time string) string {
		r := call(cs, "booking_hold", map[string]any{"place_id": "r01", "date": "2026-12-09", "time": time, "party_size": 2})
		if r.IsError {
			t.Fatalf("hold: %s", text(r))
		}
		v := decodeJSON[booking.BookingView](t, "booking_hold's structuredContent", r.StructuredContent)
		if v.ID == "" || v.Status != booking.Held || v.Time != time || v.PlaceNameEn == "" {
			t.Fatalf("hold: %+v", v)
		}
		return v.ID
	}
	if r := call(cs, "booking_search_restaurants", map[string]any{"area": "강남", "cuisine": "italian"}); r.IsError || !strings.Contains(text(r), "트라토리아") {
		t.Errorf("search: %s", text(r))
	}
	if r := call(cs, "booking_hold", map[string]any{"place_id": "nowhere"}); !r.IsError {
		t.Errorf("bad arguments accepted: %s", text(r))
	}
	id := hold(cs, "19:00")
	r := call(cs, "booking_confirm", map[string]any{"booking_id": id})
	if r.IsError || !strings.Contains(asked, "12월 9일(수)") {
		t.Errorf("confirm via elicitation: %s (asked %q)", text(r), asked)
	} else if v := decodeJSON[booking.BookingView](t, "booking_confirm's structuredContent", r.StructuredContent); v.ID != id || v.Status != booking.Confirmed {
		t.Errorf("confirmed booking: %+v", v)
	}

	// A client without elicitation: the call waits for the world.
	cs2, err := mcpConnect(t, ts, tok, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer cs2.Close()
	id2 := hold(cs2, "18:30")
	r = call(cs2, "booking_confirm", map[string]any{"booking_id": id2})
	if r.IsError || !strings.Contains(text(r), "Waiting for 민수") {
		t.Fatalf("confirm without elicitation: %s", text(r))
	}
	if sc, _ := r.StructuredContent.(map[string]any); sc["status"] != "pending_confirmation" || sc["summary"] == "" {
		t.Errorf("pending structuredContent: %v", r.StructuredContent)
	}
	ev := waitEvent(t, b, 5*time.Second, func(e client.Event) bool { _, ok := e.Payload.(*protocol.ConfirmRequest); return ok })
	cr := ev.Payload.(*protocol.ConfirmRequest)
	if !strings.HasPrefix(cr.Summary, "MCP: ") || len(cr.Fields) == 0 {
		t.Errorf("world card: %+v", cr)
	}
	status := func(id string) string {
		bs := decodeJSON[[]booking.BookingView](t, "booking_mine", text(call(cs2, "booking_mine", map[string]any{})))
		for _, x := range bs {
			if x.ID == id {
				return x.Status
			}
		}
		return ""
	}
	if st := status(id2); st != "held" {
		t.Errorf("before the user pressed Confirm the booking is %q, want held", st)
	}
	if err := b.Confirm(cr.Nonce); err != nil {
		t.Fatal(err)
	}
	ev = waitEvent(t, b, 5*time.Second, func(e client.Event) bool { n, ok := e.Payload.(*protocol.Notice); return ok && n.Kind == "mcp" })
	if n := ev.Payload.(*protocol.Notice); !strings.Contains(n.Text, "완료") {
		t.Errorf("notice %+v", n)
	}
	if st := status(id2); st != "confirmed" {
		t.Errorf("after Confirm in the world the booking is %q", st)
	}
	// Audit: every MCP call, with its channel.
	mcpCalls := 0
	for _, e := range ts.Server.SkillsAudit() {
		if e.Channel == "mcp" {
			mcpCalls++
		}
	}
	if mcpCalls < 6 {
		t.Errorf("%d audited MCP calls", mcpCalls)
	}
}

// TestMCPStdioBridge: examples/mcpstdio offers the world's skills on
// stdio; a local client lists them and holds a table; confirming it waits
// for the user's Confirm on the card in the world.
func TestMCPStdioBridge(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	b := newBot(t, ts, "민수")
	tok := mcpToken(t, ts, b.cred.Token)
	bin := filepath.Join(t.TempDir(), "mcpstdio")
	build := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "build", "-o", bin, "../examples/mcpstdio")
	build.Env = append(os.Environ(), "GOTOOLCHAIN=local")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	cmd := exec.Command(bin, "-server", ts.URL)
	cmd.Env = append(os.Environ(), "MADANG_MCP_TOKEN="+tok)
	agent := mcp.NewClient(&mcp.Implementation{Name: "local-agent", Version: "1"}, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cs, err := agent.Connect(ctx, &mcp.CommandTransport{Command: cmd, TerminateDuration: time.Second}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer cs.Close()
	text := func(r *mcp.CallToolResult) string { return r.Content[0].(*mcp.TextContent).Text }
	r, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: "booking_hold", Arguments: map[string]any{"place_id": "r02", "date": "2026-12-11", "time": "19:00", "party_size": 2}})
	if err != nil || r.IsError {
		t.Fatalf("hold: %v %+v", err, r)
	}
	held := decodeJSON[booking.BookingView](t, "booking_hold through the bridge", r.StructuredContent)
	r, err = cs.CallTool(ctx, &mcp.CallToolParams{Name: "booking_confirm", Arguments: map[string]any{"booking_id": held.ID}})
	if err != nil || r.IsError || !strings.Contains(text(r), "Waiting for 민수") {
		t.Fatalf("confirm through the bridge: %v %s", err, text(r))
	}
	ev := waitEvent(t, b, 5*time.Second, func(e client.Event) bool { _, ok := e.Payload.(*protocol.ConfirmRequest); return ok })
	b.Confirm(ev.Payload.(*protocol.ConfirmRequest).Nonce)
	ev = waitEvent(t, b, 5*time.Second, func(e client.Event) bool { n, ok := e.Payload.(*protocol.Notice); return ok && n.Kind == "mcp" })
	if n := ev.Payload.(*protocol.Notice); !strings.Contains(n.Text, "완료") {
		t.Errorf("notice %+v", n)
	}
}
