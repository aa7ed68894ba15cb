package skills_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/jsonschema-go/jsonschema"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
	"github.com/madang-world/madang/skills/store"
)

// gifts is a toy skill: list gift ideas (read), add one (write), send one
// to a friend (irreversible). sent counts real executions.
type gifts struct {
	mu    sync.Mutex
	ideas map[string][]string
	sent  atomic.Int64
}

type addArgs struct {
	Idea string `json:"idea" jsonschema:"the gift idea"`
}
type sendArgs struct {
	To     string `json:"to" jsonschema:"friend's name"`
	Amount int    `json:"amount" jsonschema:"price in KRW"`
	Note   string `json:"note,omitempty"`
}

func (g *gifts) Tools() []*skills.Tool {
	return []*skills.Tool{
		skills.NewTool("gifts_list", "List my gift ideas.", skills.Read, []string{"gifts.read"},
			func(ctx context.Context, c skills.Caller, _ struct{}) ([]string, error) {
				g.mu.Lock()
				defer g.mu.Unlock()
				return append([]string{}, g.ideas[c.UserID]...), nil
			}),
		skills.NewTool("gifts_add", "Add a gift idea.", skills.Write, []string{"gifts.write"},
			func(ctx context.Context, c skills.Caller, a addArgs) (int, error) {
				g.mu.Lock()
				defer g.mu.Unlock()
				if a.Idea == "panic" {
					panic("boom")
				}
				g.ideas[c.UserID] = append(g.ideas[c.UserID], a.Idea)
				return len(g.ideas[c.UserID]), nil
			},
			skills.Constrain(func(s *jsonschema.Schema) { s.Properties["idea"].MinLength = skills.Ptr(1) })),
		skills.NewTool("gifts_send", "Send a gift to a friend (spends money).", skills.Irreversible, []string{"gifts.send"},
			func(ctx context.Context, c skills.Caller, a sendArgs) (string, error) {
				n := g.sent.Add(1)
				return fmt.Sprintf("sent #%d to %s", n, a.To), nil
			},
			skills.WithPrepare(func(ctx context.Context, c skills.Caller, a sendArgs) (skills.Summary, error) {
				return skills.Summary{Text: fmt.Sprintf("%s에게 %d원 선물을 보냅니다", a.To, a.Amount),
					Fields: []skills.Field{{Label: "받는 사람", Value: a.To}, {Label: "금액", Value: fmt.Sprint(a.Amount)}}}, nil
			}),
			skills.Constrain(func(s *jsonschema.Schema) {
				s.Properties["amount"].Minimum = skills.Ptr(1000.0)
				s.Properties["amount"].Maximum = skills.Ptr(500000.0)
			})),
	}
}

func newGifts(t testing.TB) (*skilltest.Harness, *gifts) {
	g := &gifts{ideas: map[string][]string{}}
	return skilltest.New(t, skilltest.Skill("test.gifts", g)), g
}

var all = []string{"gifts.read", "gifts.write", "gifts.send"}

func TestRegistry(t *testing.T) {
	mustPanic := func(name string, f func()) {
		t.Helper()
		defer func() {
			if recover() == nil {
				t.Errorf("%s did not panic", name)
			}
		}()
		f()
	}
	skills.Register(skills.Info{ID: "test.zeta", New: func() skills.Skill { return &gifts{} }})
	skills.Register(skills.Info{ID: "test.alpha", New: func() skills.Skill { return &gifts{} }})
	mustPanic("duplicate", func() { skills.Register(skills.Info{ID: "test.alpha", New: func() skills.Skill { return &gifts{} }}) })
	mustPanic("nil New", func() { skills.Register(skills.Info{ID: "test.nil"}) })
	mustPanic("empty ID", func() { skills.Register(skills.Info{New: func() skills.Skill { return &gifts{} }}) })
	var ids []string
	for _, i := range skills.List() {
		ids = append(ids, string(i.ID))
	}
	if a, z := strings.Index(strings.Join(ids, ","), "test.alpha"), strings.Index(strings.Join(ids, ","), "test.zeta"); a < 0 || z < a {
		t.Fatalf("List not sorted: %v", ids)
	}
	mustPanic("bad tool name", func() {
		skills.NewTool("Bad Name", "", skills.Read, nil, func(context.Context, skills.Caller, struct{}) (int, error) { return 0, nil })
	})
	mustPanic("irreversible without prepare", func() {
		skills.NewTool("x_pay", "", skills.Irreversible, nil, func(context.Context, skills.Caller, struct{}) (int, error) { return 0, nil })
	})
	// Two skills may not define the same tool name.
	h, _ := newGifts(t)
	if err := h.Host.Add("test.gifts2", &gifts{ideas: map[string][]string{}}); err == nil || !strings.Contains(err.Error(), "shadows") {
		t.Fatalf("shadowing tool: %v", err)
	}
}

func TestSchema(t *testing.T) {
	h, _ := newGifts(t)
	tool, _ := h.Host.Tool("gifts_send")
	var s map[string]any
	if err := json.Unmarshal(tool.Schema, &s); err != nil {
		t.Fatalf("schema %s: %v", tool.Schema, err)
	}
	if s["type"] != "object" || s["additionalProperties"] != false {
		t.Fatalf("schema %s", tool.Schema)
	}
	req := fmt.Sprint(s["required"])
	if !strings.Contains(req, "to") || !strings.Contains(req, "amount") || strings.Contains(req, "note") {
		t.Fatalf("required = %s", req)
	}
	amount := s["properties"].(map[string]any)["amount"].(map[string]any)
	if amount["minimum"] != 1000.0 || amount["description"] != "price in KRW" {
		t.Fatalf("amount schema %v", amount)
	}
}

func TestCallRules(t *testing.T) {
	h, g := newGifts(t)
	alice := h.As("alice", all...)
	for i, tc := range []struct {
		ctx  context.Context
		tool string
		args string
		code string
		msgs []string
	}{
		{alice, "gifts_add", `{"idea":"책"}`, "", nil},
		{alice, "gifts_nope", `{}`, skills.CodeUnknownTool, nil},
		{context.Background(), "gifts_add", `{"idea":"x"}`, skills.CodeUnauthenticated, nil},
		{h.As("bob", "gifts.read"), "gifts_add", `{"idea":"x"}`, skills.CodeForbidden, []string{"gifts.write"}},
		{alice, "gifts_add", `{}`, skills.CodeInvalidArguments, []string{"missing property 'idea'"}},
		{alice, "gifts_add", `{"idea":""}`, skills.CodeInvalidArguments, []string{"/idea"}},
		{alice, "gifts_add", `{"idea":"x","user_id":"bob"}`, skills.CodeInvalidArguments, []string{"additional properties 'user_id'"}},
		{alice, "gifts_add", `{"idea":`, skills.CodeInvalidArguments, []string{"not valid JSON"}},
		// every problem in one message
		{alice, "gifts_send", `{"to":5,"amount":99,"extra":1}`, skills.CodeInvalidArguments, []string{"/to", "/amount", "extra"}},
		{alice, "gifts_add", `{"idea":"panic"}`, skills.CodeInternal, nil},
	} {
		r := h.Call(tc.ctx, tc.tool, tc.args)
		if skilltest.ErrCode(r) != tc.code {
			t.Errorf("test %d: %s %+v, want %q", i, r.Status, r.Error, tc.code)
			continue
		}
		for _, m := range tc.msgs {
			if !strings.Contains(r.Error.Message, m) {
				t.Errorf("test %d: message %q lacks %q", i, r.Error.Message, m)
			}
		}
	}
	// 2.0 is a valid integer.
	if r := h.Call(alice, "gifts_send", `{"to":"지영","amount":20000.0}`); r.Status != skills.StatusPending {
		t.Fatalf("2.0 as integer: %+v", r.Error)
	}
	if g.sent.Load() != 0 {
		t.Fatal("something was sent without confirmation")
	}
}

func TestIdempotency(t *testing.T) {
	h, g := newGifts(t)
	alice := h.As("alice", all...)
	r1 := h.CallKey(alice, "gifts_add", `{"idea":"꽃"}`, "same")
	r2 := h.CallKey(alice, "gifts_add", `{ "idea" : "꽃" }`, "same")
	if string(r1.Data) != "1" || string(r2.Data) != "1" || !r2.Replayed {
		t.Fatalf("replay: %s %s %v", r1.Data, r2.Data, r2.Replayed)
	}
	if n := len(g.ideas["alice"]); n != 1 {
		t.Fatalf("%d effects for one key", n)
	}
	if r := h.CallKey(alice, "gifts_add", `{"idea":"케이크"}`, "same"); skilltest.ErrCode(r) != skills.CodeIdempotencyConflict {
		t.Fatalf("reused key with other args: %+v", r)
	}
	// The same key of another user is another operation.
	bob := h.As("bob", all...)
	if r := h.CallKey(bob, "gifts_add", `{"idea":"꽃"}`, "same"); r.Replayed || string(r.Data) != "1" {
		t.Fatalf("bob's call replayed alice's: %+v", r)
	}
	if r := h.Host.Call(alice, "gifts_add", json.RawMessage(`{"idea":"x"}`), skills.CallOptions{}); skilltest.ErrCode(r) != skills.CodeIdempotencyRequired {
		t.Fatalf("no key: %+v", r)
	}
	// Concurrent retries of one key: one effect.
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); h.CallKey(alice, "gifts_add", `{"idea":"동시"}`, "burst") }()
	}
	wg.Wait()
	count := 0
	for _, i := range g.ideas["alice"] {
		if i == "동시" {
			count++
		}
	}
	if count != 1 {
		t.Fatalf("50 concurrent retries of one key made %d effects", count)
	}
}

// TestConfirmationGate: only the exact, fresh, unused confirmation of the
// same user executes an irreversible tool.
func TestConfirmationGate(t *testing.T) {
	h, g := newGifts(t)
	alice, bob := h.As("alice", all...), h.As("bob", all...)
	args := `{"to":"지영","amount":30000}`
	call := func(ctx context.Context, tool, args, nonce, key string) skills.Result {
		return h.Host.Call(ctx, tool, json.RawMessage(args), skills.CallOptions{IdempotencyKey: key, Confirmation: nonce})
	}
	p := h.Call(alice, "gifts_send", args)
	if p.Status != skills.StatusPending || p.Confirmation.Summary.Text != "지영에게 30000원 선물을 보냅니다" ||
		len(p.Confirmation.Summary.Fields) != 2 || p.Confirmation.ArgsHash != skills.ArgsHash([]byte(args)) {
		t.Fatalf("prepare: %+v", p)
	}
	if exp := p.Confirmation.Expires.Sub(h.Clock.Now()); exp > 5*time.Minute || exp <= 0 {
		t.Fatalf("expiry in %s", exp)
	}
	nonce := p.Confirmation.Nonce
	for i, tc := range []struct {
		name  string
		ctx   context.Context
		tool  string
		args  string
		nonce string
	}{
		{"made-up nonce", alice, "gifts_send", args, "cf_madeup"},
		{"changed arguments", alice, "gifts_send", `{"to":"지영","amount":300000}`, nonce},
		{"another user's socket", bob, "gifts_send", args, nonce},
	} {
		if r := call(tc.ctx, tc.tool, tc.args, tc.nonce, fmt.Sprintf("bad%d", i)); skilltest.ErrCode(r) != skills.CodeConfirmationInvalid {
			t.Errorf("%s: %+v", tc.name, r)
		}
	}
	// Reordered keys are the same arguments.
	if r := call(alice, "gifts_send", `{"amount":30000,"to":"지영"}`, nonce, "good"); r.Status != skills.StatusOK {
		t.Fatalf("valid confirmation: %+v", r.Error)
	}
	if r := call(alice, "gifts_send", args, nonce, "replay"); skilltest.ErrCode(r) != skills.CodeConfirmationInvalid || !strings.Contains(r.Error.Message, "already used") {
		t.Fatalf("replayed nonce: %+v", r)
	}
	p2 := h.Call(alice, "gifts_send", args)
	h.Clock.Advance(5*time.Minute + time.Second)
	if r := h.Confirm(alice, p2, args); skilltest.ErrCode(r) != skills.CodeConfirmationInvalid || !strings.Contains(r.Error.Message, "expired") {
		t.Fatalf("expired nonce: %+v", r)
	}
	if n := g.sent.Load(); n != 1 {
		t.Fatalf("%d executions, want exactly 1", n)
	}

	// Double-click: the same confirmation sent twice at once (same key, as
	// a client retry would) or with two keys: exactly one effect.
	for _, sameKey := range []bool{true, false} {
		before := g.sent.Load()
		p := h.Call(alice, "gifts_send", args)
		var wg sync.WaitGroup
		var ok atomic.Int64
		for i := 0; i < 20; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				key := "dbl"
				if !sameKey {
					key = fmt.Sprintf("dbl%d", i)
				}
				if call(alice, "gifts_send", args, p.Confirmation.Nonce, key+fmt.Sprint(sameKey)).Status == skills.StatusOK {
					ok.Add(1)
				}
			}()
		}
		wg.Wait()
		if d := g.sent.Load() - before; d != 1 {
			t.Fatalf("double click (same key %v): %d executions", sameKey, d)
		}
	}
}

func TestAudit(t *testing.T) {
	h, _ := newGifts(t)
	alice := h.As("alice", all...)
	h.Call(alice, "gifts_list", `{}`)
	h.Call(alice, "gifts_add", `{"idea":"차"}`)
	h.Call(h.As("mallory", "gifts.read"), "gifts_add", `{"idea":"x"}`)
	h.Do(alice, "gifts_send", `{"to":"민수","amount":10000}`)
	var got []string
	for _, e := range h.Host.Audit() {
		got = append(got, e.User+" "+e.Tool+" "+e.Phase+" "+e.Outcome)
		if e.At.IsZero() || e.ArgsHash == "" {
			t.Errorf("incomplete entry %+v", e)
		}
	}
	want := []string{
		"alice gifts_add execute ok",
		"mallory gifts_add execute denied:forbidden",
		"alice gifts_send prepare pending",
		"alice gifts_send commit ok",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("audit:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSecret: a server secret is made once, 32 random bytes, kept across
// restarts on the same data directory; two names are two secrets; a name
// that is not a key part is refused.
func TestSecret(t *testing.T) {
	dir := t.TempDir()
	open := func() (*skills.Host, *store.Dir) {
		d, err := store.OpenDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		h, err := skills.NewHost(skills.HostOptions{Dir: d, Skills: []skills.ID{}})
		if err != nil {
			t.Fatal(err)
		}
		return h, d
	}
	h, d := open()
	a, err := h.Secret("mcp-pseudonyms")
	if err != nil || len(a) != 32 || bytes.Equal(a, make([]byte, 32)) {
		t.Fatalf("secret %x, %v", a, err)
	}
	again, _ := h.Secret("mcp-pseudonyms")
	other, _ := h.Secret("other")
	if !bytes.Equal(a, again) || bytes.Equal(a, other) {
		t.Errorf("secrets: %x, again %x, other %x", a, again, other)
	}
	if _, err := h.Secret("a:b*"); err == nil {
		t.Error("a secret name with a separator and a glob was taken")
	}
	h.Close()
	d.Close()
	h, d = open()
	defer d.Close()
	defer h.Close()
	if after, err := h.Secret("mcp-pseudonyms"); err != nil || !bytes.Equal(after, a) {
		t.Errorf("after a restart %x (%v), before %x", after, err, a)
	}
}
