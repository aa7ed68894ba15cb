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

// sessionGoroutines counts the server's per-connection goroutines: the
// reader of each session, and the writers, which run only while a session
// has something to write (or for a few seconds after).
func sessionGoroutines() (readers, writers int) {
	var buf bytes.Buffer
	pprof.Lookup("goroutine").WriteTo(&buf, 2)
	for _, g := range strings.Split(buf.String(), "\n\n") {
		switch {
		case strings.Contains(g, "server.(*Session).run"):
			readers++
		case strings.Contains(g, "server.(*Session).writePump"):
			writers++
		}
	}
	return readers, writers
}

// backToBase checks that the sessions' goroutines are back to base
// readers, and no writer outlives its session.
func backToBase(base int) error {
	r, w := sessionGoroutines()
	if r != base || w > r {
		return fmt.Errorf("session readers %d (base %d), writers %d", r, base, w)
	}
	return nil
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
	baseG, _ := sessionGoroutines()

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
	if r, _ := sessionGoroutines(); r != baseG+1 {
		t.Fatalf("session readers with the victim: %d, want %d", r, baseG+1)
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
		if err := backToBase(baseG); err != nil {
			return err
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

// TestIdleConnectionHasNoWriter: a connection with nothing to write keeps
// only its reader goroutine (its writer exits after two seconds idle), and
// the next message starts a writer again and arrives.
func TestIdleConnectionHasNoWriter(t *testing.T) {
	ts := newTestServer(t, nil)
	quiet, talker := newBot(t, ts, "조용"), newBot(t, ts, "수다")
	quiet.join(t, "hall")
	talker.join(t, "hall")
	eventually(t, 10*time.Second, func() error {
		if r, w := sessionGoroutines(); r != 2 || w != 0 {
			return fmt.Errorf("readers %d, writers %d; want 2 and 0 once idle", r, w)
		}
		return nil
	})
	if _, err := talker.Chat(ctxT(t), "들려요?", protocol.ScopeRoom); err != nil {
		t.Fatal(err)
	}
	waitEvent(t, quiet, 5*time.Second, func(e client.Event) bool {
		c, ok := e.Payload.(*protocol.ChatMsg)
		return ok && c.Text == "들려요?"
	})
}
