package mcpsrc_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/mcpsrc"
	"github.com/madang-world/madang/skills/store"
)

// nodeSkill installs examples/mcpnode (the official MCP TypeScript SDK,
// pinned by its package-lock.json) into a temporary copy and returns the
// path of its skill.mjs. Without Node.js the test is skipped.
func nodeSkill(t *testing.T) string {
	t.Helper()
	for _, p := range []string{"node", "npm"} {
		if _, err := exec.LookPath(p); err != nil {
			t.Skipf("%s is not installed (make test-deps installs Debian's nodejs and npm)", p)
		}
	}
	dir := t.TempDir()
	for _, f := range []string{"package.json", "package-lock.json", "skill.mjs"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "examples", "mcpnode", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("npm ci: %v\n%s", err, out)
	}
	return filepath.Join(dir, "skill.mjs")
}

// seenMeta is one line of the Node skill's EVENTS_LOG: the _meta it got.
type seenMeta struct {
	Tool, User, Operation, Lang string
}

func readSeen(t *testing.T, path string) []seenMeta {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []seenMeta
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var m seenMeta
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("log line %q: %v", sc.Text(), err)
		}
		out = append(out, m)
	}
	return out
}

// nodeWorld is a Madang host (on a data directory that outlives it) with
// the Node events skill as source name.
type nodeWorld struct {
	host *skills.Host
	dir  *store.Dir
}

func openNodeWorld(t *testing.T, dataDir string, src mcpsrc.Source) *nodeWorld {
	t.Helper()
	d, err := store.OpenDir(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	h, err := skills.NewHost(skills.HostOptions{Dir: d, Skills: []skills.ID{}})
	if err != nil {
		t.Fatal(err)
	}
	c, err := mcpsrc.Dial(ctxT(t), src)
	if err != nil {
		t.Fatal(err)
	}
	tools, refused := c.Tools(nil, hostIDs(t, h))
	if len(tools) != 3 || len(refused) != 0 {
		t.Fatalf("%s: %d tools, refused %+v", src.Name, len(tools), refused)
	}
	if err := h.Add(mcpsrc.SkillID(src.Name), mcpsrc.NewSkill(c, tools)); err != nil {
		t.Fatal(err)
	}
	w := &nodeWorld{host: h, dir: d}
	t.Cleanup(w.close)
	return w
}

func (w *nodeWorld) close() {
	if w.host != nil {
		w.host.Close() // stops the Node process
		w.dir.Close()
		w.host = nil
	}
}

// TestNodeSourceKnowsCaller: a source written in JavaScript on the
// official MCP TypeScript SDK sees, in _meta, the user's pseudonym (the
// same across calls and across restarts of Madang and of the source,
// another for another user and for another source name, never Madang's
// user ID), the operation ID (the same when Madang retries an operation)
// and the language, and its confirmation sentence reaches the card in the
// user's language.
func TestNodeSourceKnowsCaller(t *testing.T) {
	skill := nodeSkill(t)
	tmp := t.TempDir()
	logPath := filepath.Join(tmp, "meta.log")
	env := map[string]string{"EVENTS_DATA": filepath.Join(tmp, "events.json"), "EVENTS_LOG": logPath, "EVENTS_LOSE_FIRST_REPLY": "1"}
	src := mcpsrc.Source{Name: "events", Command: "node", Args: []string{skill}, Env: env,
		Effects: map[string]string{"events_on": "read", "my_registrations": "read"}}
	_, src = approveAll(t, src)
	dataDir := filepath.Join(tmp, "data")
	w := openNodeWorld(t, dataDir, src)

	user := func(id, lang, source string) context.Context {
		return skills.WithCaller(ctxT(t), skills.Caller{UserID: id, Name: id, Scopes: []string{"mcp." + source}, Channel: "avatar", Lang: lang})
	}
	minsu, alice := user("u1", "ko", "events"), user("u2", "en", "events")
	args := json.RawMessage(`{"event_id":"e1","people":2}`)

	// The card: the source's sentence in the user's language, every
	// argument below it.
	res := w.host.Call(minsu, "events_register", args, skills.CallOptions{IdempotencyKey: "reg-1"})
	if res.Status != skills.StatusPending {
		t.Fatalf("register without confirmation: %+v", res)
	}
	if got, want := res.Confirmation.Summary.Text, "행사 e1에 2명을 등록합니다. (외부 도구: events)"; got != want {
		t.Errorf("Korean card %q, want %q", got, want)
	}
	if f := res.Confirmation.Summary.Fields; len(f) != 2 || f[0].Label != "event_id" || f[0].Value != `"e1"` || f[1].Value != "2" {
		t.Errorf("card fields %+v", f)
	}
	if r := w.host.Call(alice, "events_register", args, skills.CallOptions{IdempotencyKey: "x"}); r.Status != skills.StatusPending ||
		r.Confirmation.Summary.Text != "Register 2 for event e1. (external tool: events)" {
		t.Errorf("English card: %+v", r.Confirmation)
	}

	// Confirmed, but the reply is lost: the call fails, the user confirms
	// again, and Madang retries the same operation — the source sees the
	// same operation ID and does not register twice.
	res = w.host.Call(minsu, "events_register", args, skills.CallOptions{IdempotencyKey: "reg-1", Confirmation: res.Confirmation.Nonce})
	if res.Error == nil || !strings.Contains(res.Error.Message, "reply was lost") {
		t.Fatalf("first attempt: %+v", res)
	}
	res = w.host.Call(minsu, "events_register", args, skills.CallOptions{IdempotencyKey: "reg-1"})
	res = w.host.Call(minsu, "events_register", args, skills.CallOptions{IdempotencyKey: "reg-1", Confirmation: res.Confirmation.Nonce})
	var reg struct {
		Result struct {
			Registration, Message string
			Again                 bool
		}
	}
	if err := json.Unmarshal(res.Data, &reg); err != nil || res.Status != skills.StatusOK {
		t.Fatalf("retry: %+v %v", res, err)
	}
	if reg.Result.Registration != "R-e1-1" || !reg.Result.Again || reg.Result.Message != "한글날 특강 · Hangul Day lecture에 2명 등록했어요." {
		t.Errorf("retry: %+v", reg.Result)
	}
	// Another user, the same idempotency key: another operation, another
	// pseudonym, English.
	res = w.host.Call(alice, "events_register", json.RawMessage(`{"event_id":"e2","people":1}`), skills.CallOptions{IdempotencyKey: "reg-1"})
	res = w.host.Call(alice, "events_register", json.RawMessage(`{"event_id":"e2","people":1}`), skills.CallOptions{IdempotencyKey: "reg-1", Confirmation: res.Confirmation.Nonce})
	if err := json.Unmarshal(res.Data, &reg); err != nil || reg.Result.Registration != "R-e2-2" || reg.Result.Again ||
		reg.Result.Message != "Registered 1 for 코딩 동아리 · Coding club." {
		t.Errorf("alice: %+v %s", res, res.Data)
	}

	mine := func(w *nodeWorld, ctx context.Context, source string) string {
		t.Helper()
		res := w.host.Call(ctx, source+"_my_registrations", nil, skills.CallOptions{})
		var v struct {
			Result struct {
				Registrations []struct{ Registration string }
			}
		}
		if err := json.Unmarshal(res.Data, &v); err != nil {
			t.Fatalf("my_registrations: %+v %v", res, err)
		}
		var ids []string
		for _, r := range v.Result.Registrations {
			ids = append(ids, r.Registration)
		}
		return strings.Join(ids, ",")
	}
	if got := mine(w, minsu, "events"); got != "R-e1-1" {
		t.Errorf("민수's registrations: %q", got)
	}
	if got := mine(w, alice, "events"); got != "R-e2-2" {
		t.Errorf("alice's registrations: %q", got)
	}

	// What the Node server saw.
	seen := readSeen(t, logPath)
	var regs []seenMeta
	for _, s := range seen {
		if s.Tool == "register" {
			regs = append(regs, s)
		}
	}
	if len(regs) != 3 {
		t.Fatalf("register calls seen: %+v", regs)
	}
	pseudo := regexp.MustCompile(`^u_[0-9a-f]{32}$`)
	opRe := regexp.MustCompile(`^op_[0-9a-f]{32}$`)
	u1, u2 := regs[0].User, regs[2].User
	switch {
	case !pseudo.MatchString(u1) || !pseudo.MatchString(u2):
		t.Errorf("pseudonyms %q %q", u1, u2)
	case regs[1].User != u1:
		t.Errorf("u1's pseudonym changed between calls: %q then %q", u1, regs[1].User)
	case u1 == u2:
		t.Error("two users have one pseudonym")
	case !opRe.MatchString(regs[0].Operation) || regs[1].Operation != regs[0].Operation:
		t.Errorf("the retry carried another operation: %q then %q", regs[0].Operation, regs[1].Operation)
	case regs[2].Operation == regs[0].Operation || !opRe.MatchString(regs[2].Operation):
		t.Errorf("another user's operation with the same key: %q", regs[2].Operation)
	case regs[0].Lang != "ko" || regs[2].Lang != "en":
		t.Errorf("languages seen: %q %q", regs[0].Lang, regs[2].Lang)
	}
	for _, s := range seen {
		if s.Tool == "my_registrations" && s.Operation != "" {
			t.Errorf("a read carried an operation: %+v", s)
		}
	}
	if b, _ := os.ReadFile(logPath); strings.Contains(string(b), `"u1"`) || strings.Contains(string(b), `"u2"`) {
		t.Errorf("the source learned a user ID:\n%s", b)
	}

	// Restart Madang (same data directory) and the source (a new process,
	// its registrations in its file): 민수 is still 민수 there.
	w.close()
	delete(env, "EVENTS_LOSE_FIRST_REPLY")
	w = openNodeWorld(t, dataDir, src)
	if got := mine(w, minsu, "events"); got != "R-e1-1" {
		t.Errorf("after restarts, 민수's registrations: %q", got)
	}
	seen = readSeen(t, logPath)
	if last := seen[len(seen)-1]; last.User != u1 {
		t.Errorf("after restarts 민수 is %q, was %q", last.User, u1)
	}
	w.close()

	// The same program as another source: another pseudonym, so it cannot
	// match its users with "events"' (and finds none of 민수's).
	src2 := src
	src2.Name = "events2"
	w2 := openNodeWorld(t, dataDir, src2)
	if got := mine(w2, user("u1", "ko", "events2"), "events2"); got != "" {
		t.Errorf("another source found 민수's registrations: %q", got)
	}
	seen = readSeen(t, logPath)
	if last := seen[len(seen)-1]; last.User == u1 || !pseudo.MatchString(last.User) {
		t.Errorf("at another source 민수 is %q (at events %q)", last.User, u1)
	}
}
