package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server"
	"github.com/madang-world/madang/skills/booking"
)

// mcpTokenView is an entry of GET /api/mcp/tokens.
type mcpTokenView struct {
	ID            string `json:"id"`
	Created       int64  `json:"created"`
	Expires       int64  `json:"expires"`
	ClientConfirm bool   `json:"client_confirm"`
}

// api calls the MCP token API with the world token and decodes the answer
// into out (if not nil); it returns the status and error code.
func api(t *testing.T, ts *testServer, method, path, tok, body string, out any) (int, string) {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, _ := http.NewRequest(method, ts.URL+path, rd)
	req.Header.Set("Authorization", "Bearer "+tok)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var e struct {
		Error struct{ Code string } `json:"error"`
	}
	if resp.StatusCode >= 300 {
		if err := json.Unmarshal(b, &e); err != nil {
			// Not Madang's error shape: the caller's assertion on the
			// code shows what came instead.
			e.Error.Code = fmt.Sprintf("unreadable (%v): %.80s", err, b)
		}
	}
	if out != nil && resp.StatusCode < 300 {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatalf("%s %s: %v: %s", method, path, err, b)
		}
	}
	return resp.StatusCode, e.Error.Code
}

// mcpOpens reports whether tok opens an MCP session.
func mcpOpens(t *testing.T, ts *testServer, tok string) bool {
	cs, err := mcpConnect(t, ts, tok, nil)
	if err != nil {
		return false
	}
	cs.Close()
	return true
}

// TestMCPTokensListedRevocable: a user holds at most 5 MCP tokens, each
// valid a day by default (never longer than the world token); they are
// listed and revoked with the world token (not with an MCP token, not by
// another user), and a revoked token stops working at once.
func TestMCPTokensListedRevocable(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	a, b := newBot(t, ts, "민수"), newBot(t, ts, "지영")
	var toks []string
	for i := 0; i < 5; i++ {
		toks = append(toks, mcpToken(t, ts, a.cred.Token))
	}
	if code, ec := api(t, ts, "POST", "/api/mcp/token", a.cred.Token, "", nil); code != http.StatusConflict || ec != "too_many_tokens" {
		t.Fatalf("a sixth token: %d %s, want 409 too_many_tokens", code, ec)
	}
	var list struct{ Tokens []mcpTokenView }
	if code, _ := api(t, ts, "GET", "/api/mcp/tokens", a.cred.Token, "", &list); code != 200 || len(list.Tokens) != 5 {
		t.Fatalf("list: %d %+v", code, list)
	}
	now := time.Now().Unix()
	for _, v := range list.Tokens {
		if v.ID == "" || v.ClientConfirm || v.Expires > now+24*3600+60 || v.Expires < now+23*3600 || v.Expires > a.cred.Expires {
			t.Errorf("token %+v: want an id, client_confirm off and about a day to live", v)
		}
		for _, tok := range toks {
			if strings.Contains(v.ID, strings.TrimPrefix(tok, "mcp_")) {
				t.Error("the list shows the secret")
			}
		}
	}
	// Only the world token manages tokens, and only its own user's.
	if code, _ := api(t, ts, "GET", "/api/mcp/tokens", toks[0], "", nil); code != http.StatusUnauthorized {
		t.Errorf("listing with an MCP token: %d", code)
	}
	if code, _ := api(t, ts, "DELETE", "/api/mcp/tokens/"+list.Tokens[0].ID, b.cred.Token, "", nil); code != http.StatusNotFound {
		t.Errorf("another user revokes: %d, want 404", code)
	}
	var other struct{ Tokens []mcpTokenView }
	api(t, ts, "GET", "/api/mcp/tokens", b.cred.Token, "", &other)
	if len(other.Tokens) != 0 {
		t.Errorf("another user sees %+v", other.Tokens)
	}
	// Revoking: every token, found by trying which one stopped working.
	if !mcpOpens(t, ts, toks[0]) {
		t.Fatal("a fresh token does not open a session")
	}
	for _, v := range list.Tokens {
		if code, _ := api(t, ts, "DELETE", "/api/mcp/tokens/"+v.ID, a.cred.Token, "", nil); code != http.StatusNoContent {
			t.Fatalf("revoke %s: %d", v.ID, code)
		}
	}
	for i, tok := range toks {
		if mcpOpens(t, ts, tok) {
			t.Errorf("revoked token %d still opens a session", i)
		}
	}
	if code, _ := api(t, ts, "DELETE", "/api/mcp/tokens/"+list.Tokens[0].ID, a.cred.Token, "", nil); code != http.StatusNotFound {
		t.Errorf("revoking twice: %d, want 404", code)
	}
	mcpToken(t, ts, a.cred.Token) // room again
}

// TestMCPTokenDiesWithWorldToken: an MCP token stops working when the
// world token it came from expires.
func TestMCPTokenDiesWithWorldToken(t *testing.T) {
	ts := newTestServer(t, &server.Options{World: campus(), Avatars: avatars.Campus(), MCPTokenTTL: 48 * time.Hour, TokenTTL: 24 * time.Hour})
	cred := signIn(t, ts, "민수")
	var out struct{ Expires int64 }
	if code, _ := api(t, ts, "POST", "/api/mcp/token", cred.Token, "", &out); code != 201 || out.Expires > cred.Expires {
		t.Fatalf("token: %d, expires %d after the world token's %d", code, out.Expires, cred.Expires)
	}
	tok := mcpToken(t, ts, cred.Token)
	if !mcpOpens(t, ts, tok) {
		t.Fatal("fresh token refused")
	}
	ts.Server.SetAccountsNow(func() time.Time { return time.Unix(cred.Expires+1, 0) })
	if mcpOpens(t, ts, tok) {
		t.Error("the MCP token outlived the world token")
	}
}

// TestMCPClientConfirmOnlyWhenAllowed: a client that declares elicitation
// and accepts everything does not spend anything: the user confirms in
// the world, unless they turned on "my MCP client may confirm" for that
// token (visible in the list, and in memories for 내 정보).
func TestMCPClientConfirmOnlyWhenAllowed(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	b := newBot(t, ts, "민수")
	tok := mcpToken(t, ts, b.cred.Token)
	elicited := 0
	cs, err := mcpConnect(t, ts, tok, &mcp.ClientOptions{ElicitationHandler: func(context.Context, *mcp.ElicitRequest) (*mcp.ElicitResult, error) {
		elicited++
		return &mcp.ElicitResult{Action: "accept", Content: map[string]any{"confirm": true}}, nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	defer cs.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	call := func(name string, args map[string]any) string {
		t.Helper()
		res, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: name, Arguments: args})
		if err != nil {
			t.Fatal(err)
		}
		return res.Content[0].(*mcp.TextContent).Text
	}
	hold := func(at string) string {
		return decodeJSON[booking.BookingView](t, "booking_hold", call("booking_hold", map[string]any{"place_id": "r01", "date": "2026-12-09", "time": at, "party_size": 2})).ID
	}
	if got := call("booking_confirm", map[string]any{"booking_id": hold("19:00")}); !strings.Contains(got, "Waiting for 민수") || elicited != 0 {
		t.Fatalf("an auto-accepting client confirmed by itself: %s (elicited %d)", got, elicited)
	}
	waitEvent(t, b, 5*time.Second, func(e client.Event) bool { _, ok := e.Payload.(*protocol.ConfirmRequest); return ok })

	// The user allows this token's client to confirm.
	var list struct{ Tokens []mcpTokenView }
	api(t, ts, "GET", "/api/mcp/tokens", b.cred.Token, "", &list)
	if len(list.Tokens) != 1 {
		t.Fatalf("tokens %+v", list.Tokens)
	}
	// As 내 정보 does it (client/session → client.MCPToken).
	if err := client.MCPToken(ctxT(t), ts.URL, b.cred.Token, list.Tokens[0].ID, false, true); err != nil {
		t.Fatalf("allow: %v", err)
	}
	m, err := b.Memory(ctxT(t), "")
	if err != nil || len(m.MCPTokens) != 1 || !m.MCPTokens[0].ClientConfirm {
		t.Fatalf("내 정보 does not show the token and its setting: %+v %v", m, err)
	}
	if got := call("booking_confirm", map[string]any{"booking_id": hold("18:30")}); !strings.Contains(got, `"confirmed"`) || elicited != 1 {
		t.Fatalf("with client confirmation allowed: %s (elicited %d)", got, elicited)
	}
	if code, _ := api(t, ts, "PATCH", "/api/mcp/tokens/"+list.Tokens[0].ID, b.cred.Token, `{"client_confirm":"yes"}`, nil); code != http.StatusBadRequest {
		t.Errorf("a bad body: %d", code)
	}

}
