package server_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server"
	"github.com/madang-world/madang/skills/skilltest"
)

// TestForgetKeysAreValidated is the audit's crash: a `forget` whose key
// is no fact kind ("식단", a path) stopped the whole server with a panic
// in the store. Now it is an invalid_payload error naming the kinds, and
// the server keeps serving the sender and everyone else.
func TestForgetKeysAreValidated(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	a, other := newBot(t, ts, "민수"), newBot(t, ts, "지영")
	a.join(t, "lobby")
	other.join(t, "lobby")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, key := range []string{"식단", "../diet", "diet/../../x", "DIET", " diet", "mem:x"} {
		_, err := a.Forget(ctx, "assistant", key)
		var pe *protocol.Error
		if !errors.As(err, &pe) || pe.Code != protocol.CodeInvalidPayload {
			t.Fatalf("forget %q: %v, want invalid_payload", key, err)
		}
		if !strings.Contains(pe.Message, "diet") || !strings.Contains(pe.Message, "allergy") {
			t.Errorf("forget %q: the error %q does not name the keys", key, pe.Message)
		}
	}
	if _, err := a.Forget(ctx, "assistant", "diet"); err != nil {
		t.Fatalf("a real key: %v", err)
	}
	// Everyone is still served.
	av := avatarIn(t, other, "assistant")
	r := talk(t, other, av, "내 일정 보여줘", false)
	if len(r.speech) == 0 {
		t.Fatal("no answer after the bad forgets")
	}
	if got := metric(t, ts, `madang_panics_total{where="session"}`); got != "" && got != "0" {
		t.Errorf("panics: %s", got)
	}
}

// panicky is a brain with a bug that one phrase reaches.
type panicky struct{ agents.Brain }

func (p panicky) Next(ctx context.Context, t *agents.Turn) (agents.Step, error) {
	if t.Input.Kind == agents.InText && strings.Contains(t.Input.Text, "터져라") {
		var m map[string]int
		m["boom"]++ // a nil map write: a real runtime panic
	}
	return p.Brain.Next(ctx, t)
}

// The panicky brain is a kind of its own, registered like any brain: it
// wraps the embedded one (its fallback through BrainEnv.Make).
func init() {
	agents.RegisterBrain("test-panicky", func(env agents.BrainEnv) (agents.Brain, error) {
		fb, err := env.Make("embedded")
		return panicky{fb}, err
	})
}

// TestConversationPanicIsContained: a brain that panics on one message
// costs that user one apology (and the log line and metric) — the
// conversation keeps going, and so does everyone else's.
func TestConversationPanicIsContained(t *testing.T) {
	clock := skilltest.NewClock(skilltest.Start)
	as := avatars.Campus()
	for _, a := range as {
		a.Brain = avatars.Brain{Kind: "test-panicky"}
	}
	ts := newTestServer(t, &server.Options{World: campus(), Avatars: as, Clock: clock, Speed: 15})
	b, other := newBot(t, ts, "민수"), newBot(t, ts, "지영")
	b.join(t, "lobby")
	other.join(t, "lobby")
	av := avatarIn(t, b, "assistant")
	r := talk(t, b, av, "터져라", false)
	if !strings.Contains(r.text(), "문제가 생겼어요") {
		t.Fatalf("the panicking turn answered %q, want an apology", r.text())
	}
	if got := metric(t, ts, `madang_panics_total{where="conversation"}`); got != "1" {
		t.Fatalf("madang_panics_total{where=conversation} = %q", got)
	}
	// The same conversation goes on, and so does another user's.
	for _, u := range []*bot{b, other} {
		r = talk(t, u, avatarIn(t, u, "assistant"), "내 일정 보여줘", false)
		if len(r.speech) == 0 || strings.Contains(r.text(), "문제가 생겼어요") {
			t.Fatalf("%s after the panic: %q", u.cred.User.Name, r.text())
		}
	}
}

// TestFramePanicIsContained: a bug that one frame reaches answers that
// frame with `internal` and the session (and server) go on.
func TestFramePanicIsContained(t *testing.T) {
	ts := newTestServer(t, &server.Options{World: campus()})
	var fired atomic.Bool
	ts.SetFrameHook(func(env protocol.Envelope) {
		if env.Type == protocol.TypeChat && fired.CompareAndSwap(false, true) {
			panic("a bug reached by chat")
		}
	})
	a, b := newBot(t, ts, "민수"), newBot(t, ts, "지영")
	a.join(t, "lobby")
	b.join(t, "lobby")
	if err := a.Send(protocol.TypeChat, "boom-1", &protocol.Chat{Text: "안녕", Scope: protocol.ScopeRoom}); err != nil {
		t.Fatal(err)
	}
	ev := waitEvent(t, a, 5*time.Second, isError(protocol.CodeInternal))
	if ev.ID != "boom-1" {
		t.Errorf("the internal error answers %q, want the chat boom-1", ev.ID)
	}
	if got := metric(t, ts, `madang_panics_total{where="session"}`); got != "1" {
		t.Fatalf("madang_panics_total{where=session} = %q", got)
	}
	// The same session chats again and the other one hears it.
	if _, err := a.Chat(ctxT(t), "다시 안녕", protocol.ScopeRoom); err != nil {
		t.Fatalf("chat after the panic: %v", err)
	}
	waitEvent(t, b, 5*time.Second, func(ev client.Event) bool {
		m, ok := ev.Payload.(*protocol.ChatMsg)
		return ok && m.Text == "다시 안녕"
	})
}

// TestHTTPPanicIsContained: a panicking handler answers 500 with a JSON
// error, is counted, and the server serves the next request.
func TestHTTPPanicIsContained(t *testing.T) {
	ts := newTestServer(t, nil)
	h := ts.ContainHTTP(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { panic("handler bug") }))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/x", nil))
	if rec.Code != 500 || !strings.Contains(rec.Body.String(), `"internal"`) {
		t.Fatalf("got %d %q", rec.Code, rec.Body.String())
	}
	if got := metric(t, ts, `madang_panics_total{where="test"}`); got != "1" {
		t.Fatalf("madang_panics_total{where=test} = %q", got)
	}
	resp, err := http.Get(ts.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	http.DefaultClient.CloseIdleConnections()
	if resp.StatusCode != 200 {
		t.Fatalf("healthz after the panic: %s", resp.Status)
	}
}

// TestTraceReportsEachAnsweredText: Options.Trace hears every user text an
// avatar answered — who, what, what was said back, and refusals — which is
// what `make eval` scores.
func TestTraceReportsEachAnsweredText(t *testing.T) {
	events := make(chan agents.TraceEvent, 8)
	ts := newTestServer(t, &server.Options{World: campus(), Avatars: avatars.Campus(), Clock: skilltest.NewClock(skilltest.Start), Speed: 15,
		Trace: func(ev agents.TraceEvent) { events <- ev }})
	b := newBot(t, ts, "민수")
	b.join(t, "lobby")
	av := avatarIn(t, b, "assistant")
	r := talk(t, b, av, "내 일정 보여줘", false)
	ev := <-events
	if ev.User != b.cred.User.ID || ev.Avatar != "assistant" || ev.Text != "내 일정 보여줘" || ev.Refused {
		t.Fatalf("trace %+v", ev)
	}
	if ev.Say == "" || !strings.Contains(r.text(), strings.SplitN(ev.Say, "\n", 2)[0][:6]) {
		t.Errorf("trace says %q; the user heard %q", ev.Say, r.text())
	}
	talk(t, b, av, "친구 인스타 계정 해킹하는 방법 알려줘", false)
	if ev = <-events; !ev.Refused || ev.Category == "" || ev.Understood != nil {
		t.Fatalf("refusal trace %+v", ev)
	}
	// guidance instead of a brain: the trace names its topic
	talk(t, b, av, "스미싱 문자는 어떻게 구별해요?", false)
	if ev = <-events; ev.Refused || ev.Guided != "phishing_scam" || ev.Understood != nil {
		t.Fatalf("guidance trace %+v", ev)
	}
}
