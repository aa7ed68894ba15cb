package server

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server/account"
	"github.com/madang-world/madang/server/movement"
	"github.com/madang-world/madang/server/world"
	"github.com/madang-world/madang/skills/store"
	"github.com/prometheus/client_golang/prometheus"
)

// benchRoom is a 20×16 room with n walking players, each with a session
// whose queue the benchmark drains, as a writer would.
func benchRoom(b *testing.B, n int, view int) (*Room, []*Session) {
	b.Helper()
	rows := []string{strings.Repeat("#", 20)}
	for y := 1; y < 15; y++ {
		rows = append(rows, "#"+strings.Repeat(".", 18)+"#")
	}
	rows = append(rows, strings.Repeat("#", 20))
	info, err := world.Parse("bench.json", []byte(`{"id":"bench","tiles":["`+strings.Join(rows, `","`)+`"],"spawns":[{"x":1,"y":1}]}`))
	if err != nil {
		b.Fatal(err)
	}
	opts, _ := (&Options{DataDir: "x", ViewTiles: view, Speed: 20, SendQueueLen: 1 << 12, SendQueueBytes: 1 << 30,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}).withDefaults()
	mem, _ := store.OpenMemory(store.Options{})
	srv := &Server{opts: opts, log: opts.Logger, m: newMetrics(prometheus.NewRegistry(), new(store.SnapshotStats)), wdb: &worldDB{db: mem}}
	r, err := newRoom(srv, info)
	if err != nil {
		b.Fatal(err)
	}
	var sess []*Session
	for i := 0; i < n; i++ {
		s := &Session{srv: srv, sendq: make(chan []byte, 1<<12), done: make(chan struct{}), user: account.User{ID: fmt.Sprintf("u%d", i), Name: "봇"}}
		s.writing.Store(true) // the benchmark is the writer: no goroutine starts
		x, y := 1+(i*3)%18, 1+(i/6*2)%14
		e := &entity{id: uint32(i + 1), kind: protocol.KindPlayer, name: "봇", user: s.user.ID, sess: s, Body: movement.Body{X: float64(x), Y: float64(y), Dir: protocol.DirE}}
		e.cell = r.grid.Cell(x, y)
		e.prevCell = e.cell
		r.ents[e.id] = e
		r.order = append(r.order, e)
		r.bySess[s] = e
		sess = append(sess, s)
	}
	return r, sess
}

// BenchmarkRoomTick: one tick of a room of 50 players who all move:
// movement, interest cells, delta building, one encoding per cell, and
// queueing to each viewer. The per-op figure is one whole tick.
func BenchmarkRoomTick(b *testing.B) {
	for _, view := range []int{10, 5} {
		b.Run(fmt.Sprintf("view%d", view), func(b *testing.B) {
			r, sess := benchRoom(b, 50, view)
			now := time.Now()
			east := true
			b.ReportAllocs()
			for b.Loop() {
				for _, e := range r.order {
					tx, ty := e.Tile()
					if east {
						tx++
					} else {
						tx--
					}
					e.Path = append(e.Path[:0], protocol.Point{X: tx, Y: ty})
				}
				east = !east
				r.step(now)
				for _, s := range sess {
					for len(s.sendq) > 0 {
						<-s.sendq
					}
					s.pending.Store(0)
				}
			}
		})
	}
}

// BenchmarkFrameWrite: one 1.1 KB tick frame through a session's queue and
// writer to a real WebSocket client over loopback TCP (which reads and
// discards). Per op: one frame.
func BenchmarkFrameWrite(b *testing.B) {
	for _, direct := range []bool{false, true} {
		name := map[bool]string{false: "writer", true: "direct"}[direct]
		b.Run("stream/"+name, func(b *testing.B) { benchFrameWrite(b, false, direct) })
		b.Run("one_by_one/"+name, func(b *testing.B) { benchFrameWrite(b, true, direct) })
	}
}

// benchFrameWrite streams frames (the writer coalesces what is queued), or
// sends each only after the previous one arrived (one frame, one write);
// through the writer goroutine, or written directly by the sender when the
// socket takes it (Session.tryDirect).
func benchFrameWrite(b *testing.B, oneByOne, direct bool) {
	opts, _ := (&Options{DataDir: "x", SendQueueLen: 1 << 14, SendQueueBytes: 1 << 30, NoDirectWrites: !direct,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}).withDefaults()
	srv := &Server{opts: opts, log: opts.Logger, m: newMetrics(prometheus.NewRegistry(), new(store.SnapshotStats))}
	got := make(chan *Session, 1)
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		up := websocket.Upgrader{WriteBufferPool: &sync.Pool{}}
		c, err := up.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		s := newSession(srv, c, account.User{ID: "u"}) // its writer starts with the first queued frame
		got <- s
	}))
	defer hs.Close()
	c, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(hs.URL, "http"), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	s := <-got
	var n atomic.Int64
	go func() {
		for {
			_, r, err := c.NextReader()
			if err != nil {
				return
			}
			io.Copy(io.Discard, r)
			n.Add(1)
		}
	}()
	frame := protocol.AppendTick(nil, tick25())
	b.SetBytes(int64(len(frame)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for len(s.sendq) > cap(s.sendq)/2 {
			time.Sleep(10 * time.Microsecond)
		}
		s.send(frame)
		if oneByOne {
			for n.Load() <= int64(i) {
				runtime.Gosched()
			}
		}
	}
	for s.pending.Load() > 0 {
		time.Sleep(10 * time.Microsecond)
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/float64(max(n.Load(), 1)), "msgs/frame")
	s.close("bench", "", 0)
	<-s.writerOut
}

func tick25() *protocol.Tick {
	t := &protocol.Tick{T: 1}
	for i := 0; i < 25; i++ {
		t.Mov = append(t.Mov, protocol.Pos{ID: uint32(i + 1), X: float64(i%18) + 1.25, Y: float64(i%14) + 1, Dir: protocol.DirE})
	}
	return t
}
