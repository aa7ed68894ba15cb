package load

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/server"
	"github.com/madang-world/madang/server/world"
)

// TestJoinPhaseOutlastsPongTimeout: bots join one by one, and with 1,000
// of them (or rooms between nodes, 500 ms a retry) the join phase can
// outlast the server's pong timeout (30 s). A bot that waits its turn, or
// has joined and waits for the others, must still answer the server's
// pings; a silent one is closed as pong_timeout, and the next read of the
// bot that was waiting — the queued ping's automatic pong — fails with
// "write: broken pipe" (.ci/perf-cluster, docs/performance.md).
func TestJoinPhaseOutlastsPongTimeout(t *testing.T) {
	dir := t.TempDir()
	if err := WriteWorld(dir+"/world", 1); err != nil {
		t.Fatal(err)
	}
	w, err := world.Load(dir + "/world")
	if err != nil {
		t.Fatal(err)
	}
	const pongTimeout = 400 * time.Millisecond
	srv, err := server.New(&server.Options{
		DataDir: dir + "/data", World: w, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
		PingInterval: 100 * time.Millisecond, PongTimeout: pongTimeout,
	})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	defer func() {
		hs.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	}()

	const clients = 4
	cfg := Config{URL: hs.URL, Rooms: 1, Clients: clients, Hz: 10, Warmup: 200 * time.Millisecond, Duration: 300 * time.Millisecond}
	// The last bot's turn comes after three pong timeouts: the time
	// passing is what is tested, not a synchronisation.
	cfg.beforeJoin = func(i int) {
		if i == clients-1 {
			time.Sleep(3 * pongTimeout)
		}
	}
	res, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	if res.Connected != clients || res.SlowDisconnected != 0 || res.Errors != 0 {
		t.Errorf("connected %d (want %d), disconnected %d, errors %d", res.Connected, clients, res.SlowDisconnected, res.Errors)
	}
	if res.Delivered == 0 || res.Delivered != res.Expected {
		t.Errorf("delivered %d of %d moves", res.Delivered, res.Expected)
	}
	resp, err := http.Get(hs.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	// The tool closes every connection at the end (read_error on the
	// server, counted or not yet); nothing else may have ended one.
	for _, line := range strings.Split(string(body), "\n") {
		if strings.HasPrefix(line, "madang_disconnects_total") && !strings.Contains(line, `reason="read_error"`) {
			t.Errorf("the server closed a bot's connection during the run: %s", line)
		}
	}
}
