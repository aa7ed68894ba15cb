package server_test

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime/pprof"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server"
)

// blackhole is a TCP proxy in front of the server that can go silent: after
// freeze it neither forwards nor closes anything, like a client whose
// network vanished (a laptop lid shut, a train in a tunnel) — no FIN, no
// RST, just nothing.
type blackhole struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	frozen chan struct{}
	done   chan struct{} // the test is over: frozen pipes may end
	conns  []net.Conn
}

func newBlackhole(t *testing.T, target string) *blackhole {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	bh := &blackhole{ln: ln, target: target, frozen: make(chan struct{}), done: make(chan struct{})}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			bh.mu.Lock()
			bh.conns = append(bh.conns, c, s)
			bh.mu.Unlock()
			go bh.pipe(s, c)
			go bh.pipe(c, s)
		}
	}()
	t.Cleanup(func() {
		close(bh.done)
		ln.Close()
		bh.mu.Lock()
		for _, c := range bh.conns {
			c.Close()
		}
		bh.mu.Unlock()
	})
	return bh
}

func (bh *blackhole) pipe(dst, src net.Conn) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		select {
		case <-bh.frozen:
			<-bh.done // silent until the test ends
			return
		default:
		}
		if n > 0 {
			dst.Write(buf[:n])
		}
		if err != nil {
			if err != io.EOF {
				return
			}
			dst.(*net.TCPConn).CloseWrite()
			return
		}
	}
}

func (bh *blackhole) freeze()     { close(bh.frozen) }
func (bh *blackhole) url() string { return "http://" + bh.ln.Addr().String() }

// sessionGoroutines counts the server's per-connection goroutines (reader
// and writer of each session).
func sessionGoroutines() int {
	var buf bytes.Buffer
	pprof.Lookup("goroutine").WriteTo(&buf, 2)
	n := 0
	for _, g := range strings.Split(buf.String(), "\n\n") {
		if strings.Contains(g, "server.(*Session).run") || strings.Contains(g, "server.(*Session).writePump") {
			n++
		}
	}
	return n
}

// TestDeadPeer: a client that vanishes without closing is noticed within
// ping interval + pong timeout, its entity leaves the room after the resume
// window (others see it go), and the server's goroutines and connection
// count return to where they were.
func TestDeadPeer(t *testing.T) {
	const ping, pong, resume = 100 * time.Millisecond, 400 * time.Millisecond, 300 * time.Millisecond
	ts := newTestServer(t, &server.Options{PingInterval: ping, PongTimeout: pong, ResumeWindow: resume})
	obs := newBot(t, ts, "observer")
	obs.join(t, "hall")
	baseG := sessionGoroutines()

	bh := newBlackhole(t, strings.TrimPrefix(ts.URL, "http://"))
	cred := signIn(t, ts, "vanishing")
	v, err := client.Dial(ctxT(t), bh.url(), cred.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer v.Drop()
	j, err := v.Join(ctxT(t), "hall")
	if err != nil {
		t.Fatal(err)
	}
	if g := sessionGoroutines(); g != baseG+2 {
		t.Fatalf("session goroutines with the victim: %d, want %d", g, baseG+2)
	}
	bh.freeze()
	start := time.Now()
	waitEvent(t, obs, 5*time.Second, func(e client.Event) bool {
		p, ok := e.Payload.(*protocol.Presence)
		return ok && len(p.Leave) == 1 && p.Leave[0] == j.You
	})
	gone := time.Since(start)
	if limit := ping + pong + resume + 2*time.Second; gone > limit { // slack for a loaded CI machine
		t.Errorf("the vanished client left the room after %v, want ≤ %v", gone, limit)
	}
	eventually(t, 5*time.Second, func() error {
		if g := sessionGoroutines(); g != baseG {
			return fmt.Errorf("session goroutines %d, baseline %d", g, baseG)
		}
		resp, err := http.Get(ts.URL + "/healthz")
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if !strings.Contains(string(b), `"connections":1`) {
			return fmt.Errorf("healthz %s", b)
		}
		return nil
	})
	if p := metric(t, ts, `madang_disconnects_total{reason="pong_timeout"}`); p != "1" {
		t.Errorf("pong_timeout disconnects: %q", p)
	}
	t.Logf("vanished client gone from the room after %v (ping %v + pong %v + resume %v)", gone.Round(time.Millisecond), ping, pong, resume)
}
