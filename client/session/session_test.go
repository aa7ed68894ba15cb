package session

import (
	"context"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server"
)

// realServer runs a Madang server on a fixed 127.0.0.1 port so it can be
// stopped and started again at the same address (a restart).
type realServer struct {
	t    *testing.T
	dir  string
	addr string
	srv  *server.Server
	hs   *http.Server
}

func (r *realServer) start() {
	srv, err := server.New(&server.Options{DataDir: r.dir})
	if err != nil {
		r.t.Fatal(err)
	}
	var ln net.Listener
	for i := 0; i < 50; i++ { // the old socket may linger a moment
		if ln, err = net.Listen("tcp", r.addr); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		r.t.Fatal(err)
	}
	r.addr = ln.Addr().String()
	r.srv, r.hs = srv, &http.Server{Handler: srv.Handler()}
	go r.hs.Serve(ln)
}

func (r *realServer) stop() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	r.hs.Shutdown(ctx)
	r.srv.Shutdown(ctx)
}

func (r *realServer) url() string { return "http://" + r.addr }

func next(t *testing.T, s *Session, what string, match func(client.Event) bool) client.Event {
	t.Helper()
	timeout := time.After(15 * time.Second)
	for {
		select {
		case ev, ok := <-s.Events():
			if !ok {
				t.Fatalf("events closed waiting for %s", what)
			}
			if match(ev) {
				return ev
			}
		case <-timeout:
			t.Fatalf("timed out waiting for %s (status %+v)", what, s.Status())
		}
	}
}

func isJoined(ev client.Event) bool { _, ok := ev.Payload.(*protocol.Joined); return ok }

func status(state string) func(client.Event) bool {
	return func(ev client.Event) bool {
		st, ok := ev.Payload.(*Status)
		return ok && st.State == state
	}
}

// TestReconnects: a dropped connection comes back with the same entity
// (resume), and so does a server restart; the UI sees each step as a
// status event.
func TestReconnects(t *testing.T) {
	rs := &realServer{t: t, dir: t.TempDir(), addr: "127.0.0.1:0"}
	rs.start()
	defer func() { rs.stop() }()
	s := Start(Config{Server: rs.url(), Name: "민수", Room: "lobby", Backoff: func(int) time.Duration { return 50 * time.Millisecond }})
	defer s.Close()
	next(t, s, "connecting", status(Connecting))
	next(t, s, "online", status(Online))
	j := next(t, s, "joined", isJoined).Payload.(*protocol.Joined)
	you := j.You
	if s.User().Name != "민수" {
		t.Errorf("user %+v", s.User())
	}
	if err := s.MoveTo(3, 1); err != nil {
		t.Fatal(err)
	}
	// Wait until the server has us there (its frames reach the mirror).
	for deadline := time.Now().Add(10 * time.Second); ; {
		if e, ok := s.Mirror().Entity(you); ok && e.X == 3 && e.Y == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("never reached (3,1)")
		}
		time.Sleep(10 * time.Millisecond) // polling interval, not a synchronisation
	}

	// 1. The network drops: the session resumes the same entity.
	s.Drop()
	next(t, s, "reconnecting", status(Reconnecting))
	st := next(t, s, "online again", status(Online)).Payload.(*Status)
	if !st.Resumed {
		t.Errorf("not resumed after a drop: %+v", st)
	}
	j = next(t, s, "joined after resume", isJoined).Payload.(*protocol.Joined)
	if !j.Resumed || j.You != you || j.Room.ID != "lobby" {
		t.Errorf("after a drop: resumed=%v you=%d (was %d) room=%s", j.Resumed, j.You, you, j.Room.ID)
	}

	// 2. The server restarts: the resume token survives it.
	rs.stop()
	next(t, s, "reconnecting after shutdown", status(Reconnecting))
	rs.start()
	next(t, s, "online after restart", status(Online))
	j = next(t, s, "joined after restart", isJoined).Payload.(*protocol.Joined)
	if j.Room.ID != "lobby" {
		t.Errorf("after restart: room %s", j.Room.ID)
	}
	// Still usable: chat goes through and comes back.
	if err := s.Chat("다시 왔어요", protocol.ScopeRoom); err != nil {
		t.Fatal(err)
	}
	next(t, s, "own chat line", func(ev client.Event) bool {
		c, ok := ev.Payload.(*protocol.ChatMsg)
		return ok && c.Text == "다시 왔어요"
	})
}

// TestRefusedName: a name the server refuses ends the session with a clear
// status instead of retrying forever.
func TestRefusedName(t *testing.T) {
	rs := &realServer{t: t, dir: t.TempDir(), addr: "127.0.0.1:0"}
	rs.start()
	defer rs.stop()
	s := Start(Config{Server: rs.url(), Name: "bad\x00name", Room: "lobby"})
	defer s.Close()
	st := next(t, s, "offline", status(Offline)).Payload.(*Status)
	if st.Err == "" {
		t.Error("no reason given")
	}
	if err := s.Chat("x", protocol.ScopeRoom); err != ErrOffline {
		t.Errorf("chat while offline: %v", err)
	}
}

func TestBackoff(t *testing.T) {
	prev := time.Duration(0)
	for n := 1; n <= 8; n++ {
		d := DefaultBackoff(n)
		if d < 200*time.Millisecond || d > 6*time.Second {
			t.Errorf("attempt %d: %v", n, d)
		}
		if n > 1 && n < 5 && d < prev/2 {
			t.Errorf("attempt %d: %v after %v", n, d, prev)
		}
		prev = d
	}
}
