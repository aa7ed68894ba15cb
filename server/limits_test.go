package server_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server"
)

// dialTinyBuffer opens a raw connection whose kernel receive buffer is
// tiny, so a client that stops reading backs up into the server quickly.
func dialTinyBuffer(ts *testServer, token string) (*websocket.Conn, error) {
	d := websocket.Dialer{
		HandshakeTimeout: 5 * time.Second,
		NetDialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			nd := net.Dialer{Control: func(_, _ string, c syscall.RawConn) error {
				return c.Control(func(fd uintptr) {
					syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 2048)
				})
			}}
			return nd.DialContext(ctx, network, addr)
		},
	}
	c, _, err := d.Dial(wsURL(ts), http.Header{"Authorization": {"Bearer " + token}})
	return c, err
}

// pacers starts n bots in the lobby that walk back and forth along the open
// rows, so every tick carries movement; it records the ticks each receives.
type pacers struct {
	bots  []*bot
	mu    sync.Mutex
	ticks [][]uint64
}

func startPacers(t *testing.T, ts *testServer, n int) *pacers {
	t.Helper()
	p := &pacers{bots: make([]*bot, n), ticks: make([][]uint64, n)}
	rows := []int{2, 3, 5, 6, 7, 8, 9}
	for i := range p.bots {
		b := newBot(t, ts, fmt.Sprintf("pacer%d", i))
		j := b.join(t, "lobby")
		// The join's snapshot is the state at its tick: a tick frame for
		// that tick never comes (the last pacers to join would otherwise
		// "miss" the window's first tick).
		p.mu.Lock()
		p.ticks[i] = append(p.ticks[i], j.Tick)
		p.mu.Unlock()
		p.bots[i] = b
		y := rows[i%len(rows)]
		go func() {
			for ev := range b.Events() {
				if tk, ok := ev.Payload.(*protocol.Tick); ok {
					p.mu.Lock()
					p.ticks[i] = append(p.ticks[i], tk.T)
					p.mu.Unlock()
				}
			}
		}()
		go func() {
			x := 45
			for {
				if b.MoveTo(x, y) != nil {
					return
				}
				x = 47 - x // 45 ↔ 2
				// Turn every 2 s, long before either end (43 tiles take
				// 11 s): a pacer that arrived would stand still, and a tick
				// with no movement anywhere sends no frame at all.
				select {
				case <-b.Done():
					return
				case <-time.After(2 * time.Second):
				}
			}
		}()
	}
	return p
}

// contiguous checks that every pacer got every tick in [from, to] that
// any pacer got, and returns how many such ticks there were. A tick in
// which nothing in the lobby moved sends no frame to anyone (on a loaded
// machine the first pacers can all stand between steps for a tick), so
// "every tick" means every tick the server sent: all pacers see the whole
// lobby, and a frame one of them got and another did not is a real loss.
func (p *pacers) contiguous(from, to uint64) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	sent := map[uint64]bool{}
	got := make([]map[uint64]bool, len(p.ticks))
	for i, ts := range p.ticks {
		got[i] = map[uint64]bool{}
		for _, t := range ts {
			got[i][t] = true
			if t >= from && t <= to {
				sent[t] = true
			}
		}
	}
	for i := range p.ticks {
		for t := from; t <= to; t++ {
			if sent[t] && !got[i][t] {
				return 0, fmt.Errorf("pacer %d missed tick %d (window %d-%d; client dropped %d events)", i, t, from, to, p.bots[i].Dropped())
			}
		}
	}
	return len(sent), nil
}

// last is the newest tick every pacer has received.
func (p *pacers) last() uint64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	var m uint64
	for i, ts := range p.ticks {
		if len(ts) == 0 {
			return 0
		}
		if l := ts[len(ts)-1]; i == 0 || l < m {
			m = l
		}
	}
	return m
}

// TestSlowConsumer: a client that stops reading is disconnected (with a
// logged reason), while 50 others keep receiving every single tick.
func TestSlowConsumer(t *testing.T) {
	ts := newTestServer(t, &server.Options{World: campus(), ViewTiles: 50, SendQueueLen: 16, SendQueueBytes: 64 << 10, SocketSendBuffer: 8 << 10, NoDirectWrites: os.Getenv("NODIRECT") != ""})
	p := startPacers(t, ts, 50)
	slow := signIn(t, ts, "slow")
	c, err := dialTinyBuffer(ts, slow.Token)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	helloJoin(t, c, "lobby")
	eventually(t, 5*time.Second, func() error {
		if p.last() == 0 {
			return errors.New("no ticks yet")
		}
		return nil
	})
	from := p.last() + 1
	// The slow client now reads nothing.
	eventually(t, 30*time.Second, func() error {
		if v := metric(t, ts, `madang_disconnects_total{reason="slow_consumer"}`); v != "1" {
			return fmt.Errorf("slow_consumer disconnects = %q", v)
		}
		return nil
	})
	to := p.last() + 20
	eventually(t, 5*time.Second, func() error {
		if p.last() < to {
			return fmt.Errorf("pacers at tick %d, waiting for %d", p.last(), to)
		}
		return nil
	})
	n, err := p.contiguous(from, to)
	if err != nil {
		t.Fatal(err)
	}
	if n < 20 {
		t.Fatalf("window of %d ticks with frames (%d-%d) is too short to mean anything", n, from, to)
	}
	t.Logf("50 pacers received all %d ticks sent in %d-%d while the slow client was cut off", n, from, to)
}

// TestWriteDeadline: with a queue too large to overflow, a client that does
// not read is cut off by the write deadline instead.
func TestWriteDeadline(t *testing.T) {
	ts := newTestServer(t, &server.Options{World: campus(), ViewTiles: 50, WriteTimeout: 300 * time.Millisecond,
		SendQueueLen: 100000, SendQueueBytes: 64 << 20, SocketSendBuffer: 8 << 10})
	startPacers(t, ts, 20)
	slow := signIn(t, ts, "slow")
	c, err := dialTinyBuffer(ts, slow.Token)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	helloJoin(t, c, "lobby")
	eventually(t, 30*time.Second, func() error {
		if v := metric(t, ts, `madang_disconnects_total{reason="write_error"}`); v != "1" {
			return fmt.Errorf("write_error disconnects = %q (%s)", v, metric(t, ts, "madang_disconnects_total"))
		}
		return nil
	})
}

func TestPongAndHelloTimeouts(t *testing.T) {
	ts := newTestServer(t, &server.Options{PingInterval: 100 * time.Millisecond, PongTimeout: 400 * time.Millisecond, HelloTimeout: 300 * time.Millisecond})
	b := signIn(t, ts, "b")
	// Says hello, then never reads: it never answers pings.
	c, _, err := rawDial(ts, b.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	send(t, c, protocol.TypeHello, "h", &protocol.Hello{Versions: []int{1}})
	// Never says hello.
	c2, _, err := rawDial(ts, b.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	// A client that reads (and so answers pings) stays.
	alive, err := client.Dial(ctxT(t), ts.URL, b.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer alive.Close()
	eventually(t, 5*time.Second, func() error {
		p, h := metric(t, ts, `madang_disconnects_total{reason="pong_timeout"}`), metric(t, ts, `madang_disconnects_total{reason="hello_timeout"}`)
		if p != "1" || h != "1" {
			return fmt.Errorf("pong_timeout %q hello_timeout %q", p, h)
		}
		return nil
	})
	if _, err := alive.Ping(ctxT(t)); err != nil {
		t.Fatalf("a client that answers pings was dropped: %v", err)
	}
}

func TestSocketsPerUser(t *testing.T) {
	ts := newTestServer(t, &server.Options{})
	b := newBot(t, ts, "many tabs") // socket 1
	var conns []*client.Conn
	for i := 0; i < 4; i++ {
		c, err := client.Dial(ctxT(t), ts.URL, b.cred.Token, nil)
		if err != nil {
			t.Fatalf("socket %d: %v", i+2, err)
		}
		conns = append(conns, c)
	}
	_, err := client.Dial(ctxT(t), ts.URL, b.cred.Token, nil)
	var he *client.HTTPError
	if !errors.As(err, &he) || he.Status != 429 || he.Code != "too_many_sockets" {
		t.Fatalf("6th socket: %v", err)
	}
	// Another user is not affected.
	newBot(t, ts, "someone else")
	conns[0].Close()
	eventually(t, 5*time.Second, func() error {
		c, err := client.Dial(ctxT(t), ts.URL, b.cred.Token, nil)
		if err != nil {
			return err
		}
		conns = append(conns, c)
		return nil
	})
	for _, c := range conns {
		c.Close()
	}
}

func TestCompressionOff(t *testing.T) {
	ts := newTestServer(t, &server.Options{})
	b := newBot(t, ts, "b")
	d := websocket.Dialer{EnableCompression: true}
	c, resp, err := d.Dial(wsURL(ts), http.Header{"Authorization": {"Bearer " + b.cred.Token}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if ext := resp.Header.Get("Sec-Websocket-Extensions"); ext != "" {
		t.Fatalf("server negotiated %q; compression must stay off", ext)
	}
}

func TestShutdownSaysBye(t *testing.T) {
	ts := newTestServer(t, &server.Options{})
	b := newBot(t, ts, "b")
	b.join(t, "hall")
	c, _, err := rawDial(ts, b.cred.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	helloJoin(t, c, "hall")
	ts.stop(t)
	env, err := readEnvelope(t, c, func(e protocol.Envelope) bool { return e.Type == protocol.TypeBye })
	if err != nil {
		t.Fatal(err)
	}
	if string(env.Payload) == "" {
		t.Fatal("empty bye")
	}
	_, err = readEnvelope(t, c, func(protocol.Envelope) bool { return false })
	var ce *websocket.CloseError
	if !errors.As(err, &ce) || ce.Code != websocket.CloseGoingAway {
		t.Fatalf("close: %v, want 1001", err)
	}
	resp, err := http.Get(ts.URL + "/healthz")
	if err == nil {
		resp.Body.Close()
		t.Fatalf("healthz answered %d after shutdown", resp.StatusCode)
	}
}

func TestHealthAndMetrics(t *testing.T) {
	ts := newTestServer(t, &server.Options{})
	b := newBot(t, ts, "b")
	b.join(t, "hall")
	b.Chat(ctxT(t), "hi", "")
	resp, err := http.Get(ts.URL + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz: %v %v", resp, err)
	}
	resp.Body.Close()
	resp, err = http.Get(ts.URL + "/api/rooms")
	if err != nil {
		t.Fatal(err)
	}
	var rooms struct{ Rooms []protocol.Room }
	if err := json.NewDecoder(resp.Body).Decode(&rooms); err != nil {
		t.Fatalf("/api/rooms is not a room list: %v", err)
	}
	resp.Body.Close()
	if len(rooms.Rooms) != 2 || rooms.Rooms[0].ID != "hall" || rooms.Rooms[0].Players != 1 {
		t.Fatalf("/api/rooms: %+v", rooms)
	}
	for _, m := range []string{"madang_connections", "madang_rooms", `madang_messages_in_total{type="chat"}`, "madang_messages_out_total", "madang_frames_out_total"} {
		eventually(t, 5*time.Second, func() error {
			if v := metric(t, ts, m); v == "" || v == "0" {
				return fmt.Errorf("%s = %q", m, v)
			}
			return nil
		})
	}
	if v := metric(t, ts, "madang_rooms"); v != "2" {
		t.Fatalf("rooms = %s", v)
	}
}

// TestConnectionFlood: a flood of sign-ins from one address meets 429
// too_many_sign_ins once its burst is spent; a flood of sockets that never
// say hello meets 503 server_full at the server's cap and is cleared by the
// hello timeout; all the while a normal player chats with answers in time,
// and afterwards connections and session goroutines are back to baseline.
func TestConnectionFlood(t *testing.T) {
	const burst, maxConns = 60, 120
	ts := newTestServer(t, &server.Options{MaxConnections: maxConns, MaxConnsPerAddress: maxConns, GuestRate: 5, GuestBurst: burst, HelloTimeout: 500 * time.Millisecond})
	player := newBot(t, ts, "player") // 1 guest, 1 connection
	player.join(t, "hall")
	baseG, _ := sessionGoroutines()

	// Sign-ins: the burst (minus the player's) passes, then 429.
	var creds []*client.Credentials
	refused := 0
	for i := 0; i < burst+20; i++ {
		cred, err := client.SignIn(ctxT(t), ts.URL, fmt.Sprintf("flood%d", i))
		var he *client.HTTPError
		switch {
		case err == nil:
			creds = append(creds, cred)
		case errors.As(err, &he) && he.Status == 429 && he.Code == "too_many_sign_ins":
			refused++
		default:
			t.Fatalf("sign-in %d: %v", i, err)
		}
	}
	if len(creds) < burst-2 || len(creds) > burst || refused < 19 {
		t.Fatalf("%d sign-ins passed and %d were refused; want about %d and 20", len(creds), refused, burst-1)
	}

	// Sockets that never say hello, five per account, all at once.
	var mu sync.Mutex
	opened, full := 0, 0
	var conns []*websocket.Conn
	var wg sync.WaitGroup
	for _, cred := range creds {
		for k := 0; k < 5; k++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c, resp, err := rawDial(ts, cred.Token, nil)
				mu.Lock()
				defer mu.Unlock()
				switch {
				case err == nil:
					opened++
					conns = append(conns, c)
				case resp != nil && resp.StatusCode == 503 && resp.Header.Get("Retry-After") != "":
					full++
				default:
					t.Errorf("flood dial: %v", err)
				}
			}()
		}
	}
	// Meanwhile the player's chat is answered.
	for i := 0; i < 5; i++ {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		if _, err := player.Chat(ctx, fmt.Sprintf("아직 여기 있어요 %d", i), protocol.ScopeRoom); err != nil {
			t.Errorf("chat during the flood: %v", err)
		}
		cancel()
	}
	wg.Wait()
	if opened != maxConns-1 || full != len(creds)*5-opened {
		t.Fatalf("%d sockets opened, %d refused as full; want %d opened (the cap less the player's)", opened, full, maxConns-1)
	}
	// The hello timeout clears them; then there is room again.
	eventually(t, 10*time.Second, func() error {
		if h := metric(t, ts, `madang_disconnects_total{reason="hello_timeout"}`); h != fmt.Sprint(opened) {
			return fmt.Errorf("hello_timeout disconnects %q of %d", h, opened)
		}
		return backToBase(baseG)
	})
	for _, c := range conns {
		c.Close()
	}
	if _, err := client.Dial(ctxT(t), ts.URL, creds[0].Token, nil); err != nil {
		t.Fatalf("after the flood: %v", err)
	}
	if _, err := player.Ping(ctxT(t)); err != nil {
		t.Fatalf("the player was dropped: %v", err)
	}
	t.Logf("sign-ins: %d passed, %d refused (429); sockets: %d opened, %d refused (503), all closed by the hello timeout", len(creds), refused, opened, full)
}
