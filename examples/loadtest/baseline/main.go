// Command baseline is the least a room server can do: the tick-batching
// reference server (docs/background.md §4), kept here to calibrate the machine.
//
// The reference figures were measured on one day; a shared
// virtual machine is not equally fast every day. Running this baseline
// and Madang under the same load tool, minutes apart, says how much of a
// result is the machine and how much is Madang:
//
//	baseline -addr 127.0.0.1:18400 &
//	loadtest -baseline -url http://127.0.0.1:18400 -rooms 20 -clients 50
//
// No sign-in, no protocol checks, no interest management, no avatars, no
// storage: GET /ws?room=R&id=N joins room R; every text message is
// decoded as a position, stamped with the connection's id, re-encoded and
// appended to the room's buffer; every 50 ms the room sends that buffer as
// one shared frame (updates separated by newlines, the sender's own
// included) into each member's bounded queue (256 frames; a full queue
// drops the frame), and one writer goroutine per connection writes it.
// /metrics carries the process's CPU and memory for the load tool.
package main

import (
	"encoding/json"
	"flag"
	"log"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/gorilla/websocket"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// pos is the load tool's baseline message.
type pos struct {
	T  string  `json:"t"`
	ID int     `json:"id"`
	TS int64   `json:"ts"`
	X  float64 `json:"x"`
	Y  float64 `json:"y"`
	Z  float64 `json:"z"`
	RY float64 `json:"ry"`
}

type member struct {
	q    chan []byte
	quit chan struct{} // the reader is done
}

type room struct {
	mu      sync.Mutex
	members map[*member]struct{}
	buf     []byte
}

type server struct {
	mu    sync.Mutex
	rooms map[string]*room
	tick  time.Duration
	up    websocket.Upgrader
}

func (s *server) room(name string) *room {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.rooms[name]
	if r == nil {
		r = &room{members: map[*member]struct{}{}}
		s.rooms[name] = r
		go r.run(s.tick)
	}
	return r
}

func (r *room) run(tick time.Duration) {
	t := time.NewTicker(tick)
	defer t.Stop()
	var ms []*member
	for range t.C {
		r.mu.Lock()
		frame := r.buf
		r.buf = nil
		ms = ms[:0]
		for m := range r.members {
			ms = append(ms, m)
		}
		r.mu.Unlock()
		if len(frame) == 0 {
			continue
		}
		for _, m := range ms {
			select {
			case m.q <- frame:
			default: // a slow client loses the frame
			}
		}
	}
}

func (s *server) serveWS(w http.ResponseWriter, req *http.Request) {
	id, err := strconv.Atoi(req.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, "id must be a number", http.StatusBadRequest)
		return
	}
	c, err := s.up.Upgrade(w, req, nil)
	if err != nil {
		return
	}
	r := s.room(req.URL.Query().Get("room"))
	m := &member{q: make(chan []byte, 256), quit: make(chan struct{})}
	r.mu.Lock()
	r.members[m] = struct{}{}
	r.mu.Unlock()
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case f := <-m.q:
				c.SetWriteDeadline(time.Now().Add(10 * time.Second))
				if c.WriteMessage(websocket.TextMessage, f) != nil {
					c.Close() // the reader stops too
					return
				}
			case <-m.quit:
				return
			}
		}
	}()
	for {
		_, data, err := c.ReadMessage()
		if err != nil {
			break
		}
		var p pos
		if json.Unmarshal(data, &p) != nil {
			continue
		}
		p.ID = id // the sender is the connection, whatever it claims
		b, _ := json.Marshal(&p)
		r.mu.Lock()
		if len(r.buf) > 0 {
			r.buf = append(r.buf, '\n')
		}
		r.buf = append(r.buf, b...)
		r.mu.Unlock()
	}
	r.mu.Lock()
	delete(r.members, m)
	r.mu.Unlock()
	close(m.quit)
	<-done
	c.Close()
}

func newServer(tick time.Duration) *server {
	return &server{rooms: map[string]*room{}, tick: tick,
		up: websocket.Upgrader{ReadBufferSize: 4096, WriteBufferSize: 4096, WriteBufferPool: &sync.Pool{}}}
}

func (s *server) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/ws", s.serveWS)
	mux.Handle("/metrics", promhttp.Handler())
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte(`{"status":"ok"}`)) })
	return mux
}

func main() {
	addr := flag.String("addr", "127.0.0.1:18400", "listen address")
	tick := flag.Duration("tick", 50*time.Millisecond, "room tick")
	flag.Parse()
	log.Fatal(http.ListenAndServe(*addr, newServer(*tick).handler()))
}
