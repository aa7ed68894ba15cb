package mcpsrc_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/mcpsrc"
)

// lunchBin builds examples/mcplunch once per test binary.
var lunchBin string

func TestMain(m *testing.M) {
	dir, _ := os.MkdirTemp("", "mcplunch")
	lunchBin = filepath.Join(dir, "mcplunch")
	cmd := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "build", "-o", lunchBin, "../../examples/mcplunch")
	cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local")
	if out, err := cmd.CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// testIDs keys pseudonyms with a fixed secret.
var testIDs, _ = mcpsrc.NewPseudonyms(bytes.Repeat([]byte{7}, 32))

// hostIDs keys pseudonyms with h's secret, as the Manager does.
func hostIDs(t *testing.T, h *skills.Host) *mcpsrc.Pseudonyms {
	t.Helper()
	secret, err := h.Secret(mcpsrc.SecretName)
	if err != nil {
		t.Fatal(err)
	}
	ids, err := mcpsrc.NewPseudonyms(secret)
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// approveAll dials src, approves every tool as it is now, and dials again.
func approveAll(t *testing.T, src mcpsrc.Source) (*mcpsrc.Conn, mcpsrc.Source) {
	t.Helper()
	c, err := mcpsrc.Dial(ctxT(t), src)
	if err != nil {
		t.Fatal(err)
	}
	src.Approved = c.Definitions()
	c.Close()
	c, err = mcpsrc.Dial(ctxT(t), src)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c, src
}

func tool(t *testing.T, tools []*skills.Tool, name string) *skills.Tool {
	for _, x := range tools {
		if x.Name == name {
			return x
		}
	}
	t.Fatalf("no tool %s among %d", name, len(tools))
	return nil
}

// call runs a tool through a real skills Host (validation, scopes,
// confirmation gate, audit) as user u1.
func hostWith(t *testing.T, c *mcpsrc.Conn, taken ...string) (*skills.Host, []mcpsrc.Refused) {
	t.Helper()
	h, err := skills.NewHost(skills.HostOptions{Dir: mustDir(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	tools, refused := c.Tools(func(n string) bool {
		for _, x := range taken {
			if x == n {
				return true
			}
		}
		_, ok := h.Tool(n)
		return ok
	}, hostIDs(t, h))
	if err := h.Add("mcp.lunch", mcpsrc.NewSkill(c, tools)); err != nil {
		t.Fatal(err)
	}
	return h, refused
}

func as(ctx context.Context) context.Context {
	return skills.WithCaller(ctx, skills.Caller{UserID: "u1", Name: "민수", Scopes: []string{"mcp.lunch"}, Channel: "avatar"})
}

func testSource(t *testing.T, src mcpsrc.Source) {
	c, src := approveAll(t, src)
	h, refused := hostWith(t, c)
	if len(refused) != 0 {
		t.Fatalf("refused %+v", refused)
	}
	ctx := as(ctxT(t))
	// A read tool runs at once; its result is marked external.
	menu := tool(t, h.Tools(), "lunch_menu_today")
	if menu.Effect != skills.Read {
		t.Errorf("menu_today effect %s (the configuration says read)", menu.Effect)
	}
	res := h.Call(ctx, "lunch_menu_today", json.RawMessage(`{"date":"2026-12-08"}`), skills.CallOptions{})
	if res.Status != skills.StatusOK || !strings.Contains(string(res.Data), "비빔밥") && !strings.Contains(string(res.Data), "카레") && !strings.Contains(string(res.Data), "불고기") || !strings.Contains(string(res.Data), `"external":true`) {
		t.Fatalf("menu: %+v %s", res, res.Data)
	}
	// Our own validation runs before the server sees anything.
	res = h.Call(ctx, "lunch_menu_today", json.RawMessage(`{"date":5}`), skills.CallOptions{})
	if res.Error == nil || res.Error.Code != skills.CodeInvalidArguments {
		t.Errorf("bad arguments: %+v", res)
	}
	// Not configured as read or write → irreversible: a pending
	// confirmation with every argument, nothing ordered yet.
	order := tool(t, h.Tools(), "lunch_order_lunchbox")
	if order.Effect != skills.Irreversible {
		t.Errorf("order effect %s, want irreversible (annotations are hints, not trust)", order.Effect)
	}
	args := json.RawMessage(`{"dish":"잡채","quantity":2,"date":"2026-12-07"}`)
	res = h.Call(ctx, "lunch_order_lunchbox", args, skills.CallOptions{IdempotencyKey: "k1"})
	if res.Status != skills.StatusPending || len(res.Confirmation.Summary.Fields) != 3 {
		t.Fatalf("order without confirmation: %+v", res)
	}
	if got, want := res.Confirmation.Summary.Text, "2026-12-07에 찾아갈 잡채 도시락 2개를 주문합니다. (외부 도구: lunch)"; got != want {
		t.Errorf("the card says %q, want the source's sentence %q", got, want)
	}
	res = h.Call(ctx, "lunch_order_lunchbox", args, skills.CallOptions{IdempotencyKey: "k1", Confirmation: res.Confirmation.Nonce})
	if res.Status != skills.StatusOK || !strings.Contains(string(res.Data), "L0001") || !strings.Contains(string(res.Data), "13000") {
		t.Fatalf("confirmed order: %+v %s", res, res.Data)
	}
	// Every MCP call is in the audit log, with its caller and outcome.
	var got []string
	for _, e := range h.Audit() {
		if strings.HasPrefix(e.Tool, "lunch_") {
			got = append(got, e.Tool+" "+e.Phase+" "+e.Outcome+" "+e.User)
		}
	}
	want := "lunch_menu_today execute ok u1|lunch_menu_today execute denied:invalid_arguments u1|lunch_order_lunchbox prepare pending u1|lunch_order_lunchbox commit ok u1"
	if strings.Join(got, "|") != want {
		t.Errorf("audit:\n%s\nwant\n%s", strings.Join(got, "|"), want)
	}
}

func mustDir(t *testing.T) *storeDir { return openDir(t) }

func TestStdio(t *testing.T) {
	testSource(t, mcpsrc.Source{Name: "lunch", Command: lunchBin, Effects: map[string]string{"menu_today": "read"}})
}

func TestStreamableHTTP(t *testing.T) {
	addr := freeAddr(t)
	cmd := exec.Command(lunchBin, "-http", addr)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	waitPort(t, addr)
	testSource(t, mcpsrc.Source{Name: "lunch", URL: "http://" + addr + "/mcp", Effects: map[string]string{"menu_today": "read"}})
}

// TestMisbehaving: a hanging call times out, a crash fails only its own
// call and the source comes back, an oversized result is refused, and a
// changed definition or a shadowed name is never offered.
func TestMisbehaving(t *testing.T) {
	// The calls' time-out bounds the hanging call; it is not 1 s, since
	// then the oversized result, read under -race on a loaded two-core
	// machine (make test), could take longer and time out before it was
	// refused for its size.
	src := mcpsrc.Source{Name: "lunch", Command: lunchBin, Args: []string{"-test-tools"}, Timeout: mcpsrc.Duration(5 * time.Second),
		Effects: map[string]string{"menu_today": "read", "sleep": "read", "crash": "read", "big": "read"}}
	c, src := approveAll(t, src)
	h, _ := hostWith(t, c)
	ctx := as(ctxT(t))

	start := time.Now()
	res := h.Call(ctx, "lunch_sleep", json.RawMessage(`{"seconds":30}`), skills.CallOptions{})
	if res.Error == nil || res.Error.Code != skills.CodeUnavailable || time.Since(start) > 15*time.Second { // the call sleeps 30 s: only "did not wait for it" is asserted, not how fast (load)
		t.Errorf("hanging call after %v: %+v", time.Since(start), res)
	}
	okMenu := func(when string) {
		t.Helper()
		var res skills.Result
		for i := 0; i < 40; i++ { // the source restarts with backoff
			res = h.Call(ctx, "lunch_menu_today", json.RawMessage(`{"date":"2026-12-08"}`), skills.CallOptions{})
			if res.Status == skills.StatusOK {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("%s: the source did not come back: %+v", when, res)
	}
	okMenu("after the hang")
	res = h.Call(ctx, "lunch_crash", json.RawMessage(`{}`), skills.CallOptions{})
	if res.Status == skills.StatusOK {
		t.Errorf("crash call: %+v", res)
	}
	okMenu("after the crash")
	res = h.Call(ctx, "lunch_big", json.RawMessage(`{}`), skills.CallOptions{})
	if res.Error == nil || !strings.Contains(res.Error.Message, "more than") {
		t.Errorf("oversized result: %+v", res)
	}

	// A changed definition: the same source, now describing menu_today
	// differently, offers nothing that was approved before the change.
	changed := src
	changed.Args = []string{"-test-tools", "-variant"}
	c2, err := mcpsrc.Dial(ctxT(t), changed)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	tools, refused := c2.Tools(nil, testIDs)
	for _, x := range tools {
		if x.Name == "lunch_menu_today" {
			t.Error("a changed definition is still offered")
		}
	}
	found := false
	for _, r := range refused {
		found = found || r.Tool == "menu_today" && strings.Contains(r.Why, "changed")
	}
	if !found {
		t.Errorf("refused %+v", refused)
	}
	// A shadowed name: a source whose tool name collides with one in use.
	_, refused = c.Tools(func(n string) bool { return n == "lunch_order_lunchbox" }, testIDs)
	found = false
	for _, r := range refused {
		found = found || r.Tool == "order_lunchbox" && strings.Contains(r.Why, "shadow")
	}
	if !found {
		t.Errorf("shadowing not refused: %+v", refused)
	}
	// Unapproved tools are not offered at all.
	src3 := src
	src3.Approved = nil
	c3, err := mcpsrc.Dial(ctxT(t), src3)
	if err != nil {
		t.Fatal(err)
	}
	defer c3.Close()
	if tools, _ := c3.Tools(nil, testIDs); len(tools) != 0 {
		t.Errorf("unapproved tools offered: %d", len(tools))
	}
}

func TestConfigErrors(t *testing.T) {
	for _, s := range []mcpsrc.Source{
		{Name: "Bad Name", Command: "x"},
		{Name: "a"},
		{Name: "a", Command: "x", URL: "http://y"},
		{Name: "a", URL: "ftp://y"},
		{Name: "a", Command: "x", Effects: map[string]string{"t": "sometimes"}},
	} {
		if err := s.Validate(); err == nil {
			t.Errorf("%+v passed", s)
		}
	}
	var d mcpsrc.Duration
	if json.Unmarshal([]byte(`"forever"`), &d) == nil || json.Unmarshal([]byte(`"2s"`), &d) != nil || time.Duration(d) != 2*time.Second {
		t.Error("durations")
	}
}

func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func waitPort(t *testing.T, addr string) {
	for i := 0; i < 100; i++ {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s never listened", addr)
}

// TestManagerHotReload: adding, changing and removing a source in the
// file takes effect at Reload, without a restart; a source that is down
// does not stop the others.
func TestManagerHotReload(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mcp.json")
	h, err := skills.NewHost(skills.HostOptions{Dir: openDir(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	c, src := approveAll(t, mcpsrc.Source{Name: "lunch", Command: lunchBin, Effects: map[string]string{"menu_today": "read"}})
	c.Close()
	write := func(srcs ...mcpsrc.Source) {
		b, _ := json.Marshal(mcpsrc.Config{Sources: srcs})
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	m := mcpsrc.NewManager(path, h, nil)
	defer m.Close()
	broken := mcpsrc.Source{Name: "broken", Command: filepath.Join(dir, "no-such-program")}
	write(src, broken)
	if err := m.Reload(ctxT(t)); err != nil {
		t.Fatal(err)
	}
	if _, ok := h.Tool("lunch_menu_today"); !ok {
		t.Fatal("lunch tools not added")
	}
	// Changed: order_lunchbox is now configured as a write.
	src.Effects["order_lunchbox"] = "write"
	write(src)
	m.Reload(ctxT(t))
	if tl, ok := h.Tool("lunch_order_lunchbox"); !ok || tl.Effect != skills.Write {
		t.Errorf("after the change: %v %+v", ok, tl)
	}
	// Removed.
	write()
	m.Reload(ctxT(t))
	if _, ok := h.Tool("lunch_menu_today"); ok {
		t.Error("lunch tools still there after removing the source")
	}
	os.WriteFile(path, []byte(`{"sources":[{"name":"x","command":"a","bogus":1}]}`), 0o644)
	if err := m.Reload(ctxT(t)); err == nil || !strings.Contains(err.Error(), "bogus") {
		t.Errorf("bad file: %v", err)
	}
}
