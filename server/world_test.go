package server_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server"
	"github.com/madang-world/madang/server/world"
)

func campus() *world.World { return world.Campus() }

// TestTwoHundredBots: 200 real WebSocket clients in one room see each
// other's presence and each other's movement, one batched tick at a time.
func TestTwoHundredBots(t *testing.T) {
	if testing.Short() {
		t.Skip("200 connections")
	}
	const n = 200
	// A slower tick and a longer queue keep 200 race-instrumented clients,
	// each decoding every delta on this 2-core machine, from falling behind.
	ts := newTestServer(t, &server.Options{World: campus(), ViewTiles: 40, TickHz: 10, Speed: 10, SendQueueLen: 4096, SendQueueBytes: 16 << 20,
		GuestRate: -1}) // 200 guests from 127.0.0.1
	room := campus().Rooms["classroom"]
	var free []protocol.Point
	for y := 0; y < room.H; y++ {
		for x := 0; x < room.W; x++ {
			if room.Walkable(x, y) {
				if _, door := room.DoorAt(x, y); !door {
					free = append(free, protocol.Point{X: x, Y: y})
				}
			}
		}
	}
	if len(free) < n {
		t.Fatalf("classroom has only %d free tiles", len(free))
	}
	bots := make([]*bot, n)
	ids := make([]uint32, n)
	var wg sync.WaitGroup
	var mu sync.Mutex
	errs := []error{}
	for i := range bots {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := newBot(t, ts, fmt.Sprintf("봇%03d", i))
			j, err := b.Join(ctxT(t), "classroom")
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, err)
				return
			}
			bots[i], ids[i] = b, j.You
		}()
	}
	wg.Wait()
	if len(errs) > 0 {
		t.Fatalf("%d joins failed, first: %v", len(errs), errs[0])
	}
	// Drain events in the background so no buffer fills; record tick numbers.
	ticks := make([][]uint64, n)
	var dmu sync.Mutex
	for i, b := range bots {
		go func() {
			for ev := range b.Events() {
				if tk, ok := ev.Payload.(*protocol.Tick); ok {
					dmu.Lock()
					ticks[i] = append(ticks[i], tk.T)
					dmu.Unlock()
				}
			}
		}()
	}
	eventually(t, 20*time.Second, func() error {
		for i, b := range bots {
			if got := len(b.Mirror.Members()); got != n {
				return fmt.Errorf("bot %d sees %d members", i, got)
			}
		}
		return nil
	})
	for i, b := range bots {
		if err := b.MoveTo(free[i].X, free[i].Y); err != nil {
			t.Fatal(err)
		}
	}
	eventually(t, 60*time.Second, func() error {
		for i, b := range bots {
			if err := b.Err(); err != nil {
				t.Fatalf("bot %d disconnected: %v", i, err)
			}
			for k := range bots {
				if err := at(b, ids[k], free[k].X, free[k].Y); err != nil {
					return fmt.Errorf("bot %d: %v", i, err)
				}
			}
		}
		return nil
	})
	dmu.Lock()
	defer dmu.Unlock()
	for i, tk := range ticks {
		for k := 1; k < len(tk); k++ {
			if tk[k] <= tk[k-1] {
				t.Fatalf("bot %d got tick %d after tick %d: more than one delta per tick", i, tk[k], tk[k-1])
			}
		}
	}
}

// TestMovementIsServerAuthoritative: intents never teleport, walls block,
// and zones report enter and leave.
func TestMovement(t *testing.T) {
	ts := newTestServer(t, &server.Options{})
	b := newBot(t, ts, "지영")
	j := b.join(t, "hall")
	if err := at(b, j.You, 1, 1); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	b.MoveTo(4, 3) // 5 tiles away at 4 tiles/s: takes ≥ 1.25 s minus one tick
	waitEvent(t, b, 5*time.Second, func(ev client.Event) bool {
		z, ok := ev.Payload.(*protocol.ZoneMsg)
		return ok && z.Zone == "desk" && z.Event == protocol.ZoneEnter
	})
	eventually(t, 5*time.Second, func() error { return at(b, j.You, 4, 3) })
	if el := time.Since(start); el < 1150*time.Millisecond {
		t.Fatalf("walked 5 tiles in %s: faster than the server's 4 tiles/s", el)
	}
	b.MoveTo(3, 2) // a desk
	waitEvent(t, b, 5*time.Second, isError(protocol.CodeUnreachable))
	b.MoveDir(protocol.DirN) // (4,2) is a desk: only turns to face it
	b.MoveDir(protocol.DirE)
	waitEvent(t, b, 5*time.Second, func(ev client.Event) bool {
		z, ok := ev.Payload.(*protocol.ZoneMsg)
		return ok && z.Zone == "desk" && z.Event == protocol.ZoneLeave
	})
	eventually(t, 5*time.Second, func() error { return at(b, j.You, 5, 3) })
}

// TestProximityChat: near chat reaches only those within NearTiles; room
// chat reaches everyone.
func TestProximityChat(t *testing.T) {
	ts := newTestServer(t, &server.Options{World: campus(), NearTiles: 5, Speed: 15})
	speaker, near, far := newBot(t, ts, "speaker"), newBot(t, ts, "near"), newBot(t, ts, "far")
	js := speaker.join(t, "lobby")
	jn := near.join(t, "lobby")
	jf := far.join(t, "lobby")
	speaker.MoveTo(24, 8)
	near.MoveTo(27, 8)
	far.MoveTo(40, 26)
	eventually(t, 15*time.Second, func() error {
		if err := at(speaker, js.You, 24, 8); err != nil {
			return err
		}
		return at(near, jn.You, 27, 8)
	})
	eventually(t, 15*time.Second, func() error { return at(far, jf.You, 40, 26) })
	if _, err := speaker.Chat(ctxT(t), "가까이 있는 사람만", protocol.ScopeNear); err != nil {
		t.Fatal(err)
	}
	if _, err := speaker.Chat(ctxT(t), "everyone", protocol.ScopeRoom); err != nil {
		t.Fatal(err)
	}
	ev := waitEvent(t, near, 5*time.Second, func(ev client.Event) bool { _, ok := ev.Payload.(*protocol.ChatMsg); return ok })
	if m := ev.Payload.(*protocol.ChatMsg); m.Text != "가까이 있는 사람만" || m.Scope != protocol.ScopeNear || m.Name != "speaker" {
		t.Fatalf("near got %+v first", m)
	}
	// far gets the room line, and the near line never came before it (per-connection order).
	ev = waitEvent(t, far, 5*time.Second, func(ev client.Event) bool { _, ok := ev.Payload.(*protocol.ChatMsg); return ok })
	if m := ev.Payload.(*protocol.ChatMsg); m.Text != "everyone" {
		t.Fatalf("far got %q, want only the room line", m.Text)
	}
}

// TestInterest: a client receives no updates about an entity outside its
// view, and gets it added when it comes into view.
func TestInterest(t *testing.T) {
	ts := newTestServer(t, &server.Options{World: campus(), ViewTiles: 5, Speed: 15})
	watcher, walker := newBot(t, ts, "watcher"), newBot(t, ts, "walker")
	jw := watcher.join(t, "lobby")
	watcher.MoveTo(2, 3)
	eventually(t, 15*time.Second, func() error { return at(watcher, jw.You, 2, 3) })
	jk := walker.join(t, "lobby")
	walker.MoveTo(44, 27) // far corner, > 2×5 tiles away
	eventually(t, 20*time.Second, func() error { return at(walker, jk.You, 44, 27) })
	// Drain the watcher; then let the walker pace far away.
	for len(watcher.Events()) > 0 {
		<-watcher.Events()
	}
	walker.MoveTo(40, 27)
	eventually(t, 5*time.Second, func() error { return at(walker, jk.You, 40, 27) })
	for len(watcher.Events()) > 0 {
		ev := <-watcher.Events()
		if tk, ok := ev.Payload.(*protocol.Tick); ok {
			for _, m := range tk.Mov {
				if m.ID == jk.You {
					t.Fatalf("watcher got a move of the far walker at (%.1f,%.1f)", m.X, m.Y)
				}
			}
			for _, a := range tk.Add {
				if a.ID == jk.You && a.X > 20 {
					t.Fatalf("watcher got the far walker added at (%.1f,%.1f)", a.X, a.Y)
				}
			}
		}
	}
	if _, ok := watcher.Mirror.Entity(jk.You); ok {
		t.Fatal("far walker is in the watcher's view")
	}
	walker.MoveTo(4, 4)
	waitEvent(t, watcher, 20*time.Second, func(ev client.Event) bool {
		tk, ok := ev.Payload.(*protocol.Tick)
		if !ok {
			return false
		}
		for _, a := range tk.Add {
			if a.ID == jk.You {
				return true
			}
		}
		return false
	})
	eventually(t, 10*time.Second, func() error { return at(watcher, jk.You, 4, 4) })
}

func TestRoomSwitchAndDoor(t *testing.T) {
	ts := newTestServer(t, &server.Options{})
	a, b := newBot(t, ts, "a"), newBot(t, ts, "b")
	ja := a.join(t, "hall")
	b.join(t, "hall")
	eventually(t, 5*time.Second, func() error {
		if len(b.Mirror.Members()) != 2 {
			return fmt.Errorf("b sees %d members", len(b.Mirror.Members()))
		}
		return nil
	})
	// Switch by join: a leaves the hall (b sees presence leave) and is in the nook.
	j2, err := a.Join(ctxT(t), "nook")
	if err != nil {
		t.Fatal(err)
	}
	if j2.Room.ID != "nook" || j2.Room.NameKo != "작은 방" {
		t.Fatalf("joined %+v", j2.Room)
	}
	waitEvent(t, b, 5*time.Second, func(ev client.Event) bool {
		p, ok := ev.Payload.(*protocol.Presence)
		return ok && len(p.Leave) == 1 && p.Leave[0] == ja.You
	})
	// Back to the hall, then through the door at (9,2) into the nook at (1,1).
	j3 := a.join(t, "hall")
	a.MoveTo(9, 2)
	waitEvent(t, a, 10*time.Second, func(ev client.Event) bool {
		l, ok := ev.Payload.(*protocol.Left)
		return ok && l.Reason == "door" && l.Room == "hall"
	})
	ev := waitEvent(t, a, 5*time.Second, func(ev client.Event) bool { _, ok := ev.Payload.(*protocol.Joined); return ok })
	j4 := ev.Payload.(*protocol.Joined)
	if j4.Room.ID != "nook" || j4.You == j3.You {
		t.Fatalf("after door: room %s you %d", j4.Room.ID, j4.You)
	}
	if err := at(a, j4.You, 1, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Join(ctxT(t), "nowhere"); err == nil || !isErrCode(err, protocol.CodeNoSuchRoom) {
		t.Fatalf("join nowhere: %v", err)
	}
	if err := a.Leave(ctxT(t)); err != nil {
		t.Fatal(err)
	}
	if err := a.Leave(ctxT(t)); !isErrCode(err, protocol.CodeNotInRoom) {
		t.Fatalf("second leave: %v", err)
	}
}

func isErrCode(err error, code protocol.Code) bool {
	pe, ok := err.(*protocol.Error)
	return ok && pe.Code == code
}

// TestResume: a client that drops and reconnects with its resume token
// within the window is back in the same room, at the same position, as the
// same entity; the others never see it leave or join twice.
func TestResume(t *testing.T) {
	ts := newTestServer(t, &server.Options{World: campus()})
	a, other := newBot(t, ts, "돌아올 사람"), newBot(t, ts, "other")
	ja := a.join(t, "store")
	other.join(t, "store")
	a.MoveTo(10, 18)
	eventually(t, 15*time.Second, func() error { return at(a, ja.You, 10, 18) })
	resume := a.Welcome.Resume
	a.Drop()
	<-a.Done()

	c, err := client.Dial(ctxT(t), ts.URL, a.cred.Token, &client.Options{Resume: resume})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if !c.Welcome.Resumed || c.Welcome.Resume == resume {
		t.Fatalf("welcome: resumed %v, new token %v", c.Welcome.Resumed, c.Welcome.Resume != resume)
	}
	var j *protocol.Joined
	for ev := range c.Events() {
		if jj, ok := ev.Payload.(*protocol.Joined); ok {
			j = jj
			break
		}
	}
	if j == nil || !j.Resumed || j.Room.ID != "store" || j.You != ja.You {
		t.Fatalf("resumed joined: %+v", j)
	}
	e, _ := c.Mirror.Entity(j.You)
	if e.X != 10 || e.Y != 18 {
		t.Fatalf("resumed at (%.1f,%.1f)", e.X, e.Y)
	}
	if n := len(j.Members); n != 2 {
		t.Fatalf("%d members after resume, want 2 (no duplicate presence)", n)
	}
	// The other client saw neither a leave nor a second join.
	for len(other.Events()) > 0 {
		if p, ok := (<-other.Events()).Payload.(*protocol.Presence); ok {
			t.Fatalf("other saw presence change %+v", p)
		}
	}
	// The old token is single-use.
	c2, err := client.Dial(ctxT(t), ts.URL, a.cred.Token, &client.Options{Resume: resume})
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	if c2.Welcome.Resumed {
		t.Fatal("a used resume token was accepted again")
	}
	// Another user's resume token does not work for me.
	c3, err := client.Dial(ctxT(t), ts.URL, other.cred.Token, &client.Options{Resume: c.Welcome.Resume})
	if err != nil {
		t.Fatal(err)
	}
	defer c3.Close()
	if c3.Welcome.Resumed {
		t.Fatal("a resume token worked for another user")
	}
}

// TestResumeReplacesHalfOpen: resuming while the old socket is still open
// moves the entity to the new socket and closes the old one.
func TestResumeReplacesHalfOpen(t *testing.T) {
	ts := newTestServer(t, &server.Options{})
	a := newBot(t, ts, "a")
	ja := a.join(t, "hall")
	c, err := client.Dial(ctxT(t), ts.URL, a.cred.Token, &client.Options{Resume: a.Welcome.Resume})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ev := waitEvent(t, a, 5*time.Second, func(ev client.Event) bool { _, ok := ev.Payload.(*protocol.Bye); return ok })
	if ev.Payload.(*protocol.Bye).Reason != protocol.ByeReplaced {
		t.Fatalf("bye %+v", ev.Payload)
	}
	for ev := range c.Events() {
		if j, ok := ev.Payload.(*protocol.Joined); ok {
			if j.You != ja.You || len(j.Members) != 1 {
				t.Fatalf("resumed as %d with %d members", j.You, len(j.Members))
			}
			return
		}
	}
	t.Fatal("no joined after resume")
}

// TestRestartKeepsState: users, last positions and chat history survive a
// server restart on the same data directory; a resume token still works.
func TestRestartKeepsState(t *testing.T) {
	dir := t.TempDir()
	ts := newTestServer(t, &server.Options{DataDir: dir, World: campus()})
	a := newBot(t, ts, "기억")
	ja := a.join(t, "store")
	a.MoveTo(12, 18)
	eventually(t, 15*time.Second, func() error { return at(a, ja.You, 12, 18) })
	if _, err := a.Chat(ctxT(t), "재시작해도 남아 있어야 해요", protocol.ScopeRoom); err != nil {
		t.Fatal(err)
	}
	resume := a.Welcome.Resume
	ts.stop(t)
	ev := waitEvent(t, a, 5*time.Second, func(ev client.Event) bool { _, ok := ev.Payload.(*protocol.Bye); return ok })
	if ev.Payload.(*protocol.Bye).Reason != protocol.ByeShutdown {
		t.Fatalf("bye %+v", ev.Payload)
	}

	ts2 := newTestServer(t, &server.Options{DataDir: dir, World: campus()})
	c, err := client.Dial(ctxT(t), ts2.URL, a.cred.Token, &client.Options{Resume: resume})
	if err != nil {
		t.Fatalf("the user did not survive the restart: %v", err)
	}
	defer c.Close()
	if !c.Welcome.Resumed || c.Welcome.User.Name != "기억" {
		t.Fatalf("welcome after restart: %+v", c.Welcome)
	}
	var j *protocol.Joined
	for ev := range c.Events() {
		if jj, ok := ev.Payload.(*protocol.Joined); ok {
			j = jj
			break
		}
	}
	if j.Room.ID != "store" {
		t.Fatalf("resumed into %s", j.Room.ID)
	}
	if e, _ := c.Mirror.Entity(j.You); e.X != 12 || e.Y != 18 {
		t.Fatalf("position after restart (%.1f,%.1f), want (12,18)", e.X, e.Y)
	}
	if len(j.Chat) != 1 || j.Chat[0].Text != "재시작해도 남아 있어야 해요" {
		t.Fatalf("chat history after restart: %+v", j.Chat)
	}
	// A plain join (no resume) also starts at the saved position.
	c.Leave(ctxT(t))
	j2, err := c.Join(ctxT(t), "store")
	if err != nil {
		t.Fatal(err)
	}
	if e, _ := c.Mirror.Entity(j2.You); e.X != 12 || e.Y != 18 {
		t.Fatalf("rejoin at (%.1f,%.1f)", e.X, e.Y)
	}
}

// TestInterestViewsAgree: bots wander in a room five cells wide and two
// deep (view 3 tiles), so steps across cell borders both change what a
// bot sees (its own frame) and leave it unchanged (the shared frame of
// its new cell); when they stop, every bot's mirror — built only from
// the frames it got — holds exactly the bots in its view, where they are.
func TestInterestViewsAgree(t *testing.T) {
	dir := t.TempDir()
	r := world.RoomFile{ID: "yard", Kind: "office", NameKo: "마당", NameEn: "Yard",
		Tiles:  []string{"##############", "#............#", "#............#", "#............#", "#............#", "##############"},
		Spawns: []protocol.Point{{X: 1, Y: 1}, {X: 12, Y: 4}}, Zones: []protocol.Zone{}, Doors: []protocol.Door{}}
	b, _ := json.Marshal(r)
	if err := os.WriteFile(filepath.Join(dir, "yard.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	w, err := world.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	const view = 3
	ts := newTestServer(t, &server.Options{World: w, ViewTiles: view, Speed: 20})
	rng := rand.New(rand.NewPCG(7, 7))
	const n = 6
	bots, ids := make([]*bot, n), make([]uint32, n)
	for i := range bots {
		bots[i] = newBot(t, ts, fmt.Sprintf("산책%d", i))
		ids[i] = bots[i].join(t, "yard").You
	}
	for round := 0; round < 12; round++ {
		for _, b := range bots {
			if err := b.MoveTo(1+rng.IntN(12), 1+rng.IntN(4)); err != nil {
				t.Fatal(err)
			}
		}
		time.Sleep(60 * time.Millisecond)
	}
	final := make([]protocol.Point, n)
	for i, b := range bots {
		final[i] = protocol.Point{X: 1 + 2*i, Y: 1 + 3*(i%2)}
		if err := b.MoveTo(final[i].X, final[i].Y); err != nil {
			t.Fatal(err)
		}
	}
	cell := func(p protocol.Point) (int, int) { return p.X / view, p.Y / view }
	eventually(t, 15*time.Second, func() error {
		for i, b := range bots {
			if err := b.Err(); err != nil {
				t.Fatalf("bot %d: %v", i, err)
			}
			cx, cy := cell(final[i])
			for k := range bots {
				kx, ky := cell(final[k])
				visible := cx-kx <= 1 && kx-cx <= 1 && cy-ky <= 1 && ky-cy <= 1
				e, ok := b.Mirror.Entity(ids[k])
				switch {
				case visible && !ok:
					return fmt.Errorf("bot %d at %v does not see bot %d at %v", i, final[i], k, final[k])
				case !visible && ok:
					return fmt.Errorf("bot %d at %v still sees bot %d (at %v) at (%.1f,%.1f)", i, final[i], k, final[k], e.X, e.Y)
				case visible && (e.X != float64(final[k].X) || e.Y != float64(final[k].Y)):
					return fmt.Errorf("bot %d sees bot %d at (%.1f,%.1f), it is at %v", i, k, e.X, e.Y, final[k])
				}
			}
		}
		return nil
	})
}
