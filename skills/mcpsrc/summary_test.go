package mcpsrc_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/mcpsrc"
)

const roomSchema = `{"type":"object","properties":{"room":{"type":"string"},"date":{"type":"string"},"time":{"type":"string"},"note":{"type":"string"}},"required":["room","date","time"]}`

// roomLib is an in-process MCP server (Streamable HTTP on 127.0.0.1) with
// tools that give confirmation sentences, good and bad, and one that
// gives none; it keeps the _meta of every call.
type roomLib struct {
	url   string
	mu    sync.Mutex
	got   []mcp.Meta
	flaky bool // the next call fails
}

func newRoomLib(t *testing.T, confirm map[string]any) *roomLib {
	lib := &roomLib{}
	s := mcp.NewServer(&mcp.Implementation{Name: "rooms", Version: "1"}, nil)
	handler := func(ctx context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		lib.mu.Lock()
		lib.got = append(lib.got, req.Params.Meta)
		flaky := lib.flaky
		lib.flaky = false
		lib.mu.Unlock()
		if flaky {
			return &mcp.CallToolResult{IsError: true, Content: []mcp.Content{&mcp.TextContent{Text: "try again"}}}, nil
		}
		return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: "done"}}}, nil
	}
	add := func(name string, meta mcp.Meta) {
		s.AddTool(&mcp.Tool{Name: name, Description: "Reserve a room.", InputSchema: json.RawMessage(roomSchema), Meta: meta}, handler)
	}
	add("reserve", mcp.Meta{mcpsrc.MetaConfirm: confirm})
	add("plain", nil)
	add("lookup", nil)
	add("bad_placeholder", mcp.Meta{mcpsrc.MetaConfirm: map[string]any{"ko": "{floor}층 {room}을 예약합니다."}})
	add("bad_brace", mcp.Meta{mcpsrc.MetaConfirm: map[string]any{"en": "Reserve {room at {time}."}})
	add("bad_lang", mcp.Meta{mcpsrc.MetaConfirm: map[string]any{"Korean!": "{room}"}})
	add("bad_particle", mcp.Meta{mcpsrc.MetaConfirm: map[string]any{"ko": "{room|에게/께} 보냅니다."}})
	add("bad_shape", mcp.Meta{mcpsrc.MetaConfirm: "Reserve {room}."})
	add("bad_newline", mcp.Meta{mcpsrc.MetaConfirm: map[string]any{"en": "Reserve {room}.\nIgnore the card."}})
	ts := httptest.NewServer(mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, nil))
	t.Cleanup(ts.Close)
	lib.url = ts.URL
	return lib
}

var roomConfirm = map[string]any{
	"ko": "{date} {time}에 {room|을/를} 예약합니다. 메모: {note}",
	"en": "Reserve {room} on {date} at {time}. Note: {note}",
}

func roomHost(t *testing.T, lib *roomLib) (*skills.Host, []mcpsrc.Refused, *mcpsrc.Conn) {
	t.Helper()
	c, _ := approveAll(t, mcpsrc.Source{Name: "rooms", URL: lib.url + "/mcp", Effects: map[string]string{"lookup": "read", "plain": "irreversible"}})
	h, err := skills.NewHost(skills.HostOptions{Dir: openDir(t), Skills: []skills.ID{}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	tools, refused := c.Tools(nil, hostIDs(t, h))
	if err := h.Add("mcp.rooms", mcpsrc.NewSkill(c, tools)); err != nil {
		t.Fatal(err)
	}
	return h, refused, c
}

func asLang(id, lang string) context.Context {
	return skills.WithCaller(context.Background(), skills.Caller{UserID: id, Scopes: []string{"mcp.rooms"}, Channel: "avatar", Lang: lang})
}

// TestConfirmationSentence: a source's sentence fills the card in the
// caller's language (Korean when it has none of theirs), values cut and
// cleaned; a tool without one keeps the generic sentence; a sentence that
// shows anything but arguments keeps its tool from being offered.
func TestConfirmationSentence(t *testing.T) {
	lib := newRoomLib(t, roomConfirm)
	h, refused, c := roomHost(t, lib)
	args := json.RawMessage(`{"room":"세미나실 B","date":"2026-12-09","time":"14:00","note":"line one\nline two ` + strings.Repeat("가", 100) + `"}`)
	card := func(lang, tool string, args json.RawMessage) skills.Summary {
		t.Helper()
		res := h.Call(asLang("u1", lang), tool, args, skills.CallOptions{IdempotencyKey: "k"})
		if res.Status != skills.StatusPending {
			t.Fatalf("%s (%s): %+v", tool, lang, res)
		}
		return res.Confirmation.Summary
	}
	note := "line one line two " + strings.Repeat("가", 61) + "…"
	for lang, want := range map[string]string{
		// {room|을/를}: "B" is read 비, so 를.
		"ko": "2026-12-09 14:00에 세미나실 B를 예약합니다. 메모: " + note + " (외부 도구: rooms)",
		"en": "Reserve 세미나실 B on 2026-12-09 at 14:00. Note: " + note + " (external tool: rooms)",
		"ja": "2026-12-09 14:00에 세미나실 B를 예약합니다. 메모: " + note + " (외부 도구: rooms)",
		"":   "2026-12-09 14:00에 세미나실 B를 예약합니다. 메모: " + note + " (외부 도구: rooms)",
	} {
		s := card(lang, "rooms_reserve", args)
		if s.Text != want {
			t.Errorf("%q card:\n%s\nwant\n%s", lang, s.Text, want)
		}
		if len(s.Fields) != 4 || s.Fields[3].Label != "time" || s.Fields[3].Value != `"14:00"` {
			t.Errorf("%q fields: %+v", lang, s.Fields)
		}
	}
	// An argument left out shows as a dash.
	if s := card("en", "rooms_reserve", json.RawMessage(`{"room":"B","date":"2026-12-09","time":"9:00"}`)); s.Text != "Reserve B on 2026-12-09 at 9:00. Note: — (external tool: rooms)" {
		t.Errorf("without the note: %q", s.Text)
	}
	if s := card("ko", "rooms_reserve", json.RawMessage(`{"room":"304호","date":"2026-12-09","time":"9:00","note":"x"}`)); s.Text != "2026-12-09 9:00에 304호를 예약합니다. 메모: x (외부 도구: rooms)" {
		t.Errorf("particle after 304호: %q", s.Text)
	}
	if s := card("ko", "rooms_reserve", json.RawMessage(`{"room":"도서관 세미나실","date":"2026-12-09","time":"9:00","note":"x"}`)); s.Text != "2026-12-09 9:00에 도서관 세미나실을 예약합니다. 메모: x (외부 도구: rooms)" {
		t.Errorf("particle after 세미나실: %q", s.Text)
	}
	// A tool without sentences: the generic one, in the caller's
	// language, with the particle that fits the tool's name.
	if s := card("en", "rooms_plain", args); s.Text != "Run plain from rooms." || len(s.Fields) != 4 {
		t.Errorf("generic card: %+v", s)
	}
	if s := card("ko", "rooms_plain", args); s.Text != "외부 도구 rooms의 plain을 실행합니다." {
		t.Errorf("generic card in Korean: %q", s.Text)
	}

	why := map[string]string{}
	for _, r := range refused {
		why[r.Tool] = r.Why
	}
	for tool, want := range map[string]string{
		"bad_placeholder": "shows {floor}, which is not an argument of bad_placeholder",
		"bad_brace":       "has a brace that is not a {argument}",
		"bad_lang":        `"Korean!" is not a language tag`,
		"bad_shape":       "must be an object of 1 to 8 languages",
		"bad_newline":     "has a control character",
		"bad_particle":    `asks for the particle "에게/께", which is not one of`,
	} {
		if !strings.Contains(why[tool], want) {
			t.Errorf("%s refused for %q, want %q", tool, why[tool], want)
		}
	}
	if len(refused) != 6 {
		t.Errorf("refused %+v", refused)
	}
	for _, d := range c.Described() {
		if strings.HasPrefix(d.Tool, "bad_") != (d.Problem != "") {
			t.Errorf("described %s with problem %q", d.Tool, d.Problem)
		}
	}
}

// TestHashPinsConfirmation: the sentence is part of what is approved (a
// source cannot reword the card after approval), and a tool without one
// hashes as before sentences existed, so existing approvals stay valid.
func TestHashPinsConfirmation(t *testing.T) {
	tool := &mcp.Tool{Name: "reserve", Description: "Reserve a room.", InputSchema: json.RawMessage(roomSchema)}
	var schema any
	if err := json.Unmarshal([]byte(roomSchema), &schema); err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(map[string]any{"name": "reserve", "description": "Reserve a room.", "input_schema": schema})
	sum := sha256.Sum256(b)
	if got, want := mcpsrc.Hash(tool), "sha256:"+hex.EncodeToString(sum[:]); got != want {
		t.Errorf("a tool without a sentence hashes %s, want %s as before", got, want)
	}
	plain := mcpsrc.Hash(tool)
	tool.Meta = mcp.Meta{mcpsrc.MetaConfirm: map[string]any{"en": "Reserve {room}."}}
	with := mcpsrc.Hash(tool)
	tool.Meta = mcp.Meta{mcpsrc.MetaConfirm: map[string]any{"en": "Just look at {room}."}}
	reworded := mcpsrc.Hash(tool)
	if with == plain || reworded == with {
		t.Errorf("hashes: plain %s, with a sentence %s, reworded %s", plain, with, reworded)
	}
	// Other _meta (a source's own notes) does not affect approval.
	tool.Meta["com.example/color"] = "blue"
	if mcpsrc.Hash(tool) != reworded {
		t.Error("unrelated _meta changed the hash")
	}
}

// TestCallMeta: every call carries the caller's pseudonym at this source
// and their language; writes carry the operation ID, the same for a retry
// of one operation; reads carry none. Without a pseudonym key no tool is
// offered.
func TestCallMeta(t *testing.T) {
	lib := newRoomLib(t, roomConfirm)
	h, _, c := roomHost(t, lib)
	args := json.RawMessage(`{"room":"B","date":"2026-12-09","time":"14:00"}`)
	commit := func(ctx context.Context, key string) skills.Result {
		t.Helper()
		res := h.Call(ctx, "rooms_reserve", args, skills.CallOptions{IdempotencyKey: key})
		return h.Call(ctx, "rooms_reserve", args, skills.CallOptions{IdempotencyKey: key, Confirmation: res.Confirmation.Nonce})
	}
	lib.mu.Lock()
	lib.flaky = true
	lib.mu.Unlock()
	if r := commit(asLang("u1", "ko"), "k1"); r.Status != skills.StatusError {
		t.Fatalf("flaky call: %+v", r)
	}
	if r := commit(asLang("u1", "ko"), "k1"); r.Status != skills.StatusOK { // the retry
		t.Fatal(r)
	}
	commit(asLang("u1", "ko"), "k2")
	commit(asLang("u2", "en"), "k1")
	if r := h.Call(asLang("u1", "ko; drop table"), "rooms_lookup", args, skills.CallOptions{}); r.Status != skills.StatusOK {
		t.Fatal(r)
	}
	lib.mu.Lock()
	got := lib.got
	lib.mu.Unlock()
	if len(got) != 5 {
		t.Fatalf("%d calls seen", len(got))
	}
	secret, _ := h.Secret(mcpsrc.SecretName)
	ids, _ := mcpsrc.NewPseudonyms(secret)
	u1, u2 := ids.User("rooms", "u1"), ids.User("rooms", "u2")
	op := func(i int) string { s, _ := got[i][mcpsrc.MetaOperation].(string); return s }
	for i, w := range []struct{ user, lang string }{{u1, "ko"}, {u1, "ko"}, {u1, "ko"}, {u2, "en"}, {u1, ""}} {
		if got[i][mcpsrc.MetaUser] != w.user || (w.lang != "") != (got[i][mcpsrc.MetaLang] != nil) || w.lang != "" && got[i][mcpsrc.MetaLang] != w.lang {
			t.Errorf("call %d _meta %v, want user %s lang %q", i, got[i], w.user, w.lang)
		}
	}
	switch {
	case !strings.HasPrefix(op(0), "op_") || len(op(0)) != 35:
		t.Errorf("operation %q", op(0))
	case op(1) != op(0):
		t.Errorf("the retry carried operation %s, the first attempt %s", op(1), op(0))
	case op(2) == op(0) || op(3) == op(0) || op(2) == op(3) || op(3) == "":
		t.Errorf("distinct operations share an id: %s %s %s", op(0), op(2), op(3))
	case op(4) != "":
		t.Errorf("a read carried operation %s", op(4))
	}
	if u1 == ids.User("other", "u1") || u1 == ids.User("rooms", "u2") || !strings.HasPrefix(u1, "u_") || len(u1) != 34 {
		t.Errorf("pseudonym %s", u1)
	}

	if tools, refused := c.Tools(nil, nil); len(tools) != 0 || len(refused) == 0 || !strings.Contains(refused[0].Why, "pseudonym key") {
		t.Errorf("without a key: %d tools, %+v", len(tools), refused)
	}
	if _, err := mcpsrc.NewPseudonyms(make([]byte, 16)); err == nil {
		t.Error("a 16-byte secret was taken")
	}
}
