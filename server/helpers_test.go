package server_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server"
	"github.com/madang-world/madang/server/world"
	"go.uber.org/goleak"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m,
		// net/http keeps idle client connections' goroutines until the
		// transport closes them; they are not ours.
		goleak.IgnoreTopFunction("internal/poll.runtime_pollWait"),
		goleak.IgnoreTopFunction("net/http.(*persistConn).writeLoop"),
		// buntdb's background goroutine notices Close on its next 1 s tick.
		goleak.IgnoreTopFunction("github.com/tidwall/buntdb.(*DB).backgroundManager"),
	)
}

// testServer is a real server on a loopback port.
type testServer struct {
	*server.Server
	URL  string
	Dir  string
	http *httptest.Server
	once sync.Once
}

func quietLogger() *slog.Logger {
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// newTestServer starts a server on 127.0.0.1 with opts (DataDir defaults to
// a temp dir, World to the test hall). It is shut down at the end of the test.
func newTestServer(t testing.TB, opts *server.Options) *testServer {
	t.Helper()
	if opts == nil {
		opts = &server.Options{}
	}
	if opts.DataDir == "" {
		opts.DataDir = t.TempDir()
	}
	if opts.World == nil {
		w, err := world.Load("testdata/world")
		if err != nil {
			t.Fatal(err)
		}
		opts.World = w
	}
	if opts.Logger == nil {
		opts.Logger = quietLogger()
	}
	srv, err := server.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	ts := &testServer{Server: srv, URL: hs.URL, Dir: opts.DataDir, http: hs}
	t.Cleanup(func() { ts.stop(t) })
	return ts
}

func (ts *testServer) stop(t testing.TB) {
	ts.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := ts.Shutdown(ctx); err != nil {
			t.Errorf("shutdown: %v", err)
		}
		ts.http.Close()
		http.DefaultClient.CloseIdleConnections()
	})
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// bot is a signed-in, connected client.
type bot struct {
	*client.Conn
	cred *client.Credentials
}

// signIn signs a guest in without connecting, for tests that dial their
// own sockets.
func signIn(t *testing.T, ts *testServer, name string) *client.Credentials {
	t.Helper()
	cred, err := client.SignIn(ctxT(t), ts.URL, name)
	if err != nil {
		t.Fatalf("sign in %s: %v", name, err)
	}
	return cred
}

func newBot(t *testing.T, ts *testServer, name string) *bot {
	t.Helper()
	cred := signIn(t, ts, name)
	c, err := client.Dial(ctxT(t), ts.URL, cred.Token, nil)
	if err != nil {
		t.Fatalf("dial %s: %v", name, err)
	}
	t.Cleanup(func() { c.Close() })
	return &bot{Conn: c, cred: cred}
}

func (b *bot) join(t *testing.T, room string) *protocol.Joined {
	t.Helper()
	j, err := b.Join(ctxT(t), room)
	if err != nil {
		t.Fatalf("join %s: %v", room, err)
	}
	return j
}

// eventually polls cond until it returns nil or timeout passes (nats checkFor).
func eventually(t *testing.T, timeout time.Duration, cond func() error) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		err := cond()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %s: %v", timeout, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// waitEvent reads b's events until match returns true.
func waitEvent(t *testing.T, b *bot, timeout time.Duration, match func(client.Event) bool) client.Event {
	t.Helper()
	tm := time.NewTimer(timeout)
	defer tm.Stop()
	for {
		select {
		case ev, ok := <-b.Events():
			if testing.Verbose() {
				t.Logf("event %s %s %+v", ev.Type, ev.ID, ev.Payload)
			}
			if !ok {
				t.Fatalf("connection ended while waiting: %v", b.Err())
			}
			if match(ev) {
				return ev
			}
		case <-tm.C:
			t.Fatalf("no matching event within %s", timeout)
		}
	}
}

func isError(code protocol.Code) func(client.Event) bool {
	return func(ev client.Event) bool {
		e, ok := ev.Payload.(*protocol.Error)
		return ok && e.Code == code
	}
}

// at reports whether entity id is at tile (x, y) in b's mirror.
func at(b *bot, id uint32, x, y int) error {
	e, ok := b.Mirror.Entity(id)
	if !ok {
		return fmt.Errorf("entity %d not in view", id)
	}
	if e.X != float64(x) || e.Y != float64(y) {
		return fmt.Errorf("entity %d at (%.2f,%.2f), want (%d,%d)", id, e.X, e.Y, x, y)
	}
	return nil
}

// metric returns the value of a Prometheus sample line that starts with prefix.
func metric(t *testing.T, ts *testServer, prefix string) string {
	t.Helper()
	resp, err := http.Get(ts.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	for _, line := range strings.Split(string(body), "\n") {
		if strings.HasPrefix(line, prefix+" ") {
			return strings.TrimSpace(line[len(prefix):])
		}
	}
	return ""
}
