package server

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server/world"
	"github.com/madang-world/madang/skills/store"
)

// Room runs one room: it owns the room's entities and is driven only by
// messages in its inbox and its own tick. Everything it says leaves as
// encoded frames queued on sessions. Nothing else touches its state, so a
// network transport can later carry the inbox and the frames (see
// docs/architecture.md).
type Room struct {
	srv   *Server
	info  *world.Room
	inbox chan any

	// Move intents wait here for the next tick instead of going through
	// inbox: a move only matters at the tick, and 10,000 intents a second
	// each waking the room goroutine cost more than the moves themselves.
	moveMu  sync.Mutex
	moves   []moveReq
	movesTo []moveReq // the tick's batch (owned by the room goroutine)

	players atomic.Int32 // people (not avatars), for room listings
	avatarN int32        // how many of them are avatars (fixed before run)
	// away: in a cluster, another node serves this room; its copy here
	// does not tick (nobody is in it) until this node takes the room.
	away atomic.Bool
	// stale: this copy may lag the replicated files (it was served
	// elsewhere); refreshed before the first join it serves.
	stale atomic.Bool

	// Owned by the room goroutine.
	tick      uint64
	phase     time.Duration // when in each period the room ticks
	busy      bool          // has clients (holds a phase in srv.phases)
	ents      map[uint32]*entity
	order     []*entity // ents in join order, for deterministic output
	bySess    map[*Session]*entity
	removed   []*entity // left since the last tick; their del goes out next tick
	transfers []*entity // stepped on a door this tick
	chat      []protocol.ChatMsg
	spawnNext int
	cellW     int
	cellH     int
	cellSize  int
	builders  []cellBuilder
	viewer    []bool
	around    []int                        // scratch for cellsAround
	avStates  map[string]map[string]string // avatar → user → conversation state
	avShown   map[string]protocol.AvatarState
	// Avatar news is coalesced per tick: a busy avatar (a class of 30)
	// changes state and broadcasts results many times a second; each tick
	// sends only the newest state and the newest card of each kind, so
	// the traffic per viewer is bounded by the tick rate, not the class size.
	avSent   map[string]protocol.AvatarState
	cardNews []broadcastCardReq
	rng      *rand.Rand
}

// entity is a player (or, later, an avatar) in the room.
type entity struct {
	id     uint32
	kind   string
	name   string
	user   string
	sess   *Session  // nil while lingering after a disconnect
	linger time.Time // when a lingering entity is removed
	x, y   float64
	dir    string
	path   []protocol.Point // path[0] is the tile being walked to
	zones  []string

	cell, prevCell int  // interest cells now and at the last tick; -1 if none
	ownFrame       bool // this tick's frame is built for it alone (sendFrames)
	moved          bool
	added          bool
	door           *protocol.Door
	dirtyPos       bool // position not yet saved

	echoTS int64 // a move intent's TS, echoed in the next movement

	// Avatars only.
	avatar     *avatars.Avatar
	look       string    // a person's look (hello)
	faceTo     uint32    // entity to turn towards once it stops walking
	lastTalk   time.Time // someone talked to it: stay, do not wander off
	nextWander time.Time
}

func (e *entity) tile() (int, int) { return int(math.Round(e.x)), int(math.Round(e.y)) }

func (e *entity) record() protocol.Entity {
	out := protocol.Entity{ID: e.id, Kind: e.kind, Name: e.name, X: protocol.Round(e.x), Y: protocol.Round(e.y), Dir: e.dir}
	if e.avatar != nil {
		out.Role, out.Look = e.avatar.Role, e.avatar.Look
	} else {
		out.Look = e.look
	}
	return out
}

// cellBuilder collects one interest cell's delta for the current tick.
type cellBuilder struct {
	stamp    uint64 // tick the builder was reset for
	t        protocol.Tick
	frame    []byte // t encoded, valid when encStamp == stamp
	encStamp uint64
}

// Inbox messages.
type (
	joinReq struct {
		s       *Session
		reqID   string
		at      *protocol.Point // door landing tile
		resume  uint32          // entity to reattach to, if still here
		resumed bool
	}
	leaveReq struct {
		s      *Session
		reqID  string
		reason string
		done   chan struct{}
	}
	detachReq struct {
		s      *Session
		linger bool
	}
	moveReq struct {
		s     *Session
		mv    protocol.Move
		reqID string
	}
	talkReq struct {
		s      *Session
		avatar uint32
		text   string
		reqID  string
	}
	broadcastCardReq struct {
		avatar string
		card   protocol.Card
	}
	avatarStateReq struct {
		avatar, user, state string
	}
	chatReq struct {
		s           *Session
		text, scope string
		reqID       string
	}
	// evictReq: this node lost the room's lease; its players go to the
	// new owner.
	evictReq struct{}
)

func newRoom(srv *Server, info *world.Room) (*Room, error) {
	cs := srv.opts.ViewTiles
	r := &Room{
		srv:      srv,
		info:     info,
		inbox:    make(chan any, 4096),
		ents:     map[uint32]*entity{},
		bySess:   map[*Session]*entity{},
		cellSize: cs,
		cellW:    (info.W + cs - 1) / cs,
		cellH:    (info.H + cs - 1) / cs,
		avStates: map[string]map[string]string{},
		avShown:  map[string]protocol.AvatarState{},
		avSent:   map[string]protocol.AvatarState{},
		rng:      rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), uint64(len(info.ID)))),
	}
	r.builders = make([]cellBuilder, r.cellW*r.cellH)
	r.viewer = make([]bool, r.cellW*r.cellH)
	hist, err := srv.wdb.chatHistory(info.ID)
	if err != nil {
		return nil, err
	}
	r.chat = hist
	return r, nil
}

// post delivers a message that must not be lost (join, leave, detach). It
// blocks while the inbox is full, until the server stops.
func (r *Room) post(m any) {
	select {
	case r.inbox <- m:
	case <-r.srv.ctx.Done():
	}
}

// maxPendingMoves bounds the moves waiting for a tick (40 per second per
// client is the rate limit; this is a tick's worth for 2,000 clients).
const maxPendingMoves = 4096

// postMove leaves a move intent for the next tick; false when the room is
// overloaded.
func (r *Room) postMove(m moveReq) bool {
	r.moveMu.Lock()
	defer r.moveMu.Unlock()
	if len(r.moves) >= maxPendingMoves {
		return false
	}
	r.moves = append(r.moves, m)
	return true
}

// takeMoves applies the intents that arrived since the last tick, in
// arrival order. A session that left meanwhile is skipped: its intent was
// valid when sent.
func (r *Room) takeMoves() {
	r.moveMu.Lock()
	r.moves, r.movesTo = r.movesTo[:0], r.moves
	r.moveMu.Unlock()
	for i, m := range r.movesTo {
		if r.bySess[m.s] != nil {
			r.onMove(m)
		}
		r.movesTo[i] = moveReq{} // drop the session pointer
	}
}

// tryPost delivers a message that may be refused when the room is
// overloaded (moves, chat); the caller answers "overloaded".
func (r *Room) tryPost(m any) bool {
	select {
	case r.inbox <- m:
		return true
	default:
		return false
	}
}

// run is the room goroutine. It ticks at phase past each period since the
// server's epoch: rooms start evenly spread over the period, and a room
// that gets busy moves to a phase away from the other busy rooms (see
// phases), so the frames of a thousand clients go out in small bursts
// spread over the tick rather than in one large one (which queued behind
// itself and added half a tick to everyone's latency).
func (r *Room) run(ctx context.Context, phase time.Duration) {
	o := &r.srv.opts
	period := time.Second / time.Duration(o.TickHz)
	r.phase = phase
	next := nextTick(r.srv.epoch, phase, period, time.Now())
	tick := time.NewTimer(time.Until(next))
	defer tick.Stop()
	save := time.NewTicker(2 * time.Second)
	defer save.Stop()
	defer r.srv.phases.release(r)
	for {
		select {
		case <-ctx.Done():
			r.stop()
			return
		case m := <-r.inbox:
			r.safely(func() { r.handle(m) })
		case <-tick.C:
			if !r.away.Load() {
				start := time.Now()
				r.safely(func() {
					r.takeMoves()
					r.step(start)
				})
				r.srv.m.tickSeconds.Observe(time.Since(start).Seconds())
			}
			// A room that gets its first client, or loses its last, takes
			// or gives back a phase (see phases).
			if busy := len(r.bySess) > 0; busy != r.busy {
				r.busy = busy
				if busy {
					r.phase = r.srv.phases.take(r, r.phase)
				} else {
					r.srv.phases.release(r)
				}
			}
			// The next tick: one period on, or the first one still ahead
			// after a late tick or a change of phase — but never less than
			// half a period after this one, so walking speed holds.
			after := next.Add(period / 2)
			if now := time.Now(); now.After(after) {
				after = now
			}
			next = nextTick(r.srv.epoch, r.phase, period, after)
			tick.Reset(time.Until(next))
		case <-save.C:
			r.savePositions(false)
		}
	}
}

// safely runs one room message or tick and contains a panic in it (see
// contain.go): the room logs it and goes on ticking for everyone in it.
func (r *Room) safely(f func()) {
	defer func() {
		if v := recover(); v != nil {
			r.srv.contained("room", v, nil, "")
		}
	}()
	f()
}

func (r *Room) handle(m any) {
	switch m := m.(type) {
	case joinReq:
		r.onJoin(m)
	case leaveReq:
		if e := r.bySess[m.s]; e != nil {
			r.remove(e, m.reason)
			if m.s.resumeHash != "" { // a later resume starts outside any room
				r.srv.wdb.putResume(m.s.resumeHash, resumeRec{User: m.s.user.ID, Created: time.Now().Unix()})
			}
			m.s.send(protocol.MustEncode(protocol.TypeLeft, m.reqID, &protocol.Left{Room: r.info.ID, Reason: m.reason}))
		} else if m.reqID != "" {
			m.s.sendError(m.reqID, protocol.Errorf(protocol.CodeNotInRoom, "not in a room"))
		}
		if m.done != nil {
			close(m.done)
		}
	case detachReq:
		e := r.bySess[m.s]
		if e == nil {
			r.srv.detachResume(m.s)
			return
		}
		if !m.linger {
			r.remove(e, "disconnect")
			r.srv.wdb.deleteResume(m.s.resumeHash)
			return
		}
		delete(r.bySess, m.s)
		e.sess = nil
		e.linger = time.Now().Add(r.srv.opts.ResumeWindow)
		m.s.room.CompareAndSwap(r, nil)
		r.srv.detachResume(m.s)
	case moveReq:
		r.onMove(m)
	case chatReq:
		r.onChat(m)
	case talkReq:
		r.onTalk(m)
	case avatarStateReq:
		r.onAvatarState(m)
	case evictReq:
		r.evict()
	case broadcastCardReq:
		for i, old := range r.cardNews {
			if old.avatar == m.avatar && old.card.Kind == m.card.Kind {
				r.cardNews[i] = m // a newer board of the same kind replaces the queued one
				return
			}
		}
		r.cardNews = append(r.cardNews, m)
	}
}

// ownView reports whether viewer e needs a frame of its own this tick: it
// changed cell, and the cells it sees from the new one are not those it saw
// from the old. In a room two cells wide (or deep) — up to 20 tiles with
// the default view — a step across that cell border changes nothing one
// sees; the shared frame of the new cell is then exactly right, and
// building one for the viewer alone was a twentieth of the server's CPU
// in the load test.
func (r *Room) ownView(e *entity) bool {
	a, b := e.prevCell, e.cell
	if a < 0 || a == b {
		return false
	}
	span := func(c, n int) (int, int) { return max(c-1, 0), min(c+1, n-1) }
	ax0, ax1 := span(a%r.cellW, r.cellW)
	bx0, bx1 := span(b%r.cellW, r.cellW)
	ay0, ay1 := span(a/r.cellW, r.cellH)
	by0, by1 := span(b/r.cellW, r.cellH)
	return ax0 != bx0 || ax1 != bx1 || ay0 != by0 || ay1 != by1
}

// cellOf returns the interest cell of tile (x, y).
func (r *Room) cellOf(x, y int) int {
	return (y/r.cellSize)*r.cellW + x/r.cellSize
}

// near reports whether cells a and b are the same or adjacent (the 3×3
// neighbourhood that makes up a viewer's view).
func (r *Room) near(a, b int) bool {
	if a < 0 || b < 0 {
		return false
	}
	ax, ay, bx, by := a%r.cellW, a/r.cellW, b%r.cellW, b/r.cellW
	return ax-bx <= 1 && bx-ax <= 1 && ay-by <= 1 && by-ay <= 1
}

// refresh reloads what the room keeps of the replicated files (its chat
// history) if it was served elsewhere since it last did.
func (r *Room) refresh() {
	if !r.stale.Swap(false) {
		return
	}
	if hist, err := r.srv.wdb.chatHistory(r.info.ID); err == nil {
		r.chat = hist
	} else {
		r.stale.Store(true)
		r.srv.log.Error("reloading chat history", "room", r.info.ID, "err", err)
	}
}

func (r *Room) onJoin(m joinReq) {
	r.refresh()
	s := m.s
	if old := r.bySess[s]; old != nil {
		return // duplicate join; the session is already here
	}
	var e *entity
	if m.resume != 0 {
		if cand := r.ents[m.resume]; cand != nil && cand.user == s.user.ID {
			e = cand
			if e.sess != nil && e.sess != s {
				// The old connection is still open (half-open TCP): the new
				// one replaces it, so there is never a duplicate presence.
				delete(r.bySess, e.sess)
				e.sess.room.CompareAndSwap(r, nil)
				e.sess.close(protocol.ByeReplaced, "this session was resumed on another connection", 4000)
			}
		}
	}
	if e == nil {
		// A fresh join by a user whose earlier body still lingers here (a
		// page reload that could not resume): the new one replaces it, so
		// it goes now instead of standing beside the new one for the resume
		// window. Its position is saved first, so the new body starts there.
		for _, o := range slices.Clone(r.order) {
			if o.user == s.user.ID && o.sess == nil && o.kind == protocol.KindPlayer {
				r.remove(o, "replaced")
			}
		}
		e = &entity{
			id:       r.srv.entitySeq.Add(1),
			kind:     protocol.KindPlayer,
			name:     s.user.Name,
			user:     s.user.ID,
			look:     s.look,
			dir:      protocol.DirS,
			prevCell: -1,
			added:    true,
		}
		p := r.startTile(s.user.ID, m.at)
		e.x, e.y = float64(p.X), float64(p.Y)
		e.cell = r.cellOf(p.X, p.Y)
		r.ents[e.id] = e
		r.order = append(r.order, e)
		r.players.Store(int32(r.people()))
		r.srv.m.players.WithLabelValues(r.info.ID).Set(float64(len(r.ents)))
		for _, o := range r.bySess {
			o.sess.send(protocol.MustEncode(protocol.TypePresence, "", &protocol.Presence{Room: r.info.ID,
				Join: []protocol.Member{{ID: e.id, Kind: e.kind, Name: e.name}}}))
		}
	}
	e.sess = s
	e.linger = time.Time{}
	r.bySess[s] = e
	s.room.Store(r)
	if s.resumeHash != "" {
		r.srv.wdb.putResume(s.resumeHash, resumeRec{User: s.user.ID, Room: r.info.ID, Entity: e.id, Created: time.Now().Unix()})
	}

	j := protocol.Joined{Room: r.info.Info(), Map: r.info.Map(), You: e.id, Tick: r.tick, Resumed: m.resumed,
		Entities: []protocol.Entity{}, Members: make([]protocol.Member, 0, len(r.order)), Chat: []protocol.ChatMsg{}}
	j.Room.Players = r.people()
	for _, o := range r.order {
		j.Members = append(j.Members, protocol.Member{ID: o.id, Kind: o.kind, Name: o.name})
		if r.near(e.cell, o.cell) {
			j.Entities = append(j.Entities, o.record())
		}
	}
	j.Chat = append(j.Chat, r.chat...)
	s.send(protocol.MustEncode(protocol.TypeJoined, m.reqID, &j))
	if s.closed() {
		// The connection dropped while the join was in flight: keep the
		// entity for the resume window like any other dropped client.
		delete(r.bySess, s)
		e.sess = nil
		e.linger = time.Now().Add(r.srv.opts.ResumeWindow)
		s.room.CompareAndSwap(r, nil)
		r.srv.detachResume(s)
		return
	}
	for _, st := range r.avShown {
		if st.State != protocol.StateIdle && st.State != protocol.StateListening {
			s.send(protocol.MustEncode(protocol.TypeAvatarState, "", &st))
		}
	}
	if e.added {
		r.updateZones(e, true)
	}
}

// startTile picks where a joining entity appears: the door landing tile,
// else the user's last position in this room, else the next spawn point.
func (r *Room) startTile(user string, at *protocol.Point) protocol.Point {
	if at != nil && r.info.Walkable(at.X, at.Y) {
		return *at
	}
	if p, ok := r.srv.wdb.position(user, r.info.ID); ok && r.info.Walkable(p.X, p.Y) {
		if _, door := r.info.DoorAt(p.X, p.Y); !door {
			return p
		}
	}
	sp := r.info.Spawns[r.spawnNext%len(r.info.Spawns)]
	r.spawnNext++
	return sp
}

// remove takes e out of the room now; others see it go at the next tick.
func (r *Room) remove(e *entity, why string) {
	if _, ok := r.ents[e.id]; !ok {
		return
	}
	delete(r.ents, e.id)
	r.order = slices.DeleteFunc(r.order, func(o *entity) bool { return o == e })
	if e.sess != nil {
		delete(r.bySess, e.sess)
		e.sess.room.CompareAndSwap(r, nil)
	}
	r.updateZones(e, false)
	if e.kind == protocol.KindPlayer {
		x, y := e.tile()
		if err := r.srv.wdb.savePositions([]posWrite{{user: e.user, room: r.info.ID, x: x, y: y}}); err != nil {
			r.srv.log.Error("saving position", "room", r.info.ID, "err", err)
		}
	}
	r.removed = append(r.removed, e)
	r.players.Store(int32(r.people()))
	r.srv.m.players.WithLabelValues(r.info.ID).Set(float64(len(r.ents)))
	leave := protocol.MustEncode(protocol.TypePresence, "", &protocol.Presence{Room: r.info.ID, Leave: []uint32{e.id}})
	for _, o := range r.bySess {
		o.sess.send(leave)
	}
}

func (r *Room) onMove(m moveReq) {
	e := r.bySess[m.s]
	if e == nil {
		m.s.sendError(m.reqID, protocol.Errorf(protocol.CodeNotInRoom, "not in this room"))
		return
	}
	// Plans start from the tile the entity is walking to, so a new intent
	// never cuts a step short or makes it jump.
	var base protocol.Point
	var keep []protocol.Point
	if len(e.path) > 0 {
		base, keep = e.path[0], e.path[:1]
	} else {
		x, y := e.tile()
		base = protocol.Point{X: x, Y: y}
	}
	e.echoTS = m.mv.TS
	if m.mv.Dir != "" {
		if m.mv.Dir == protocol.DirStop {
			e.path = keep
			return
		}
		dx, dy := dirDelta(m.mv.Dir)
		next := protocol.Point{X: base.X + dx, Y: base.Y + dy}
		if !r.info.Walkable(next.X, next.Y) {
			e.path = keep
			if e.dir != m.mv.Dir { // turning to face a wall is still visible
				e.dir, e.moved = m.mv.Dir, true
			}
			return
		}
		e.path = append(append([]protocol.Point(nil), keep...), next)
		return
	}
	to := *m.mv.To
	p := r.info.Path(base.X, base.Y, to.X, to.Y)
	if p == nil {
		m.s.sendError(m.reqID, protocol.Errorf(protocol.CodeUnreachable, "tile (%d,%d) cannot be reached", to.X, to.Y))
		return
	}
	e.path = append(append([]protocol.Point(nil), keep...), p...)
}

func dirDelta(d string) (int, int) {
	switch d {
	case protocol.DirN:
		return 0, -1
	case protocol.DirS:
		return 0, 1
	case protocol.DirE:
		return 1, 0
	case protocol.DirW:
		return -1, 0
	}
	return 0, 0
}

func (r *Room) onChat(m chatReq) {
	e := r.bySess[m.s]
	if e == nil {
		m.s.sendError(m.reqID, protocol.Errorf(protocol.CodeNotInRoom, "not in this room"))
		return
	}
	msg := protocol.ChatMsg{ID: store.NewID("c"), Room: r.info.ID, From: e.id, Name: e.name, Scope: m.scope, Text: m.text, TS: time.Now().UnixMilli()}
	if m.scope == protocol.ScopeRoom {
		// Stored before anyone sees it: an acknowledged line is in the history.
		if err := r.srv.wdb.appendChat(msg, r.srv.opts.ChatHistory); err != nil {
			r.srv.log.Error("storing chat", "room", r.info.ID, "err", err)
			m.s.sendError(m.reqID, protocol.Errorf(protocol.CodeInternal, "could not store the message; it was not sent"))
			return
		}
		r.chat = append(r.chat, msg)
		if len(r.chat) > r.srv.opts.ChatHistory {
			r.chat = slices.Clone(r.chat[len(r.chat)-r.srv.opts.ChatHistory:])
		}
	}
	shared := protocol.MustEncode(protocol.TypeChatMsg, "", &msg)
	near := r.srv.opts.NearTiles
	for s, o := range r.bySess {
		if m.scope == protocol.ScopeNear && math.Hypot(o.x-e.x, o.y-e.y) > near {
			continue
		}
		if s == m.s {
			s.send(protocol.MustEncode(protocol.TypeChatMsg, m.reqID, &msg))
			continue
		}
		s.send(shared)
	}
}

// step runs one tick: move everyone, then send each viewer the delta of
// its view. Viewers whose view did not change share one encoded frame per
// interest cell; a viewer that crossed into another cell gets its own.
func (r *Room) step(now time.Time) {
	r.tick++
	speed := r.srv.opts.Speed / float64(r.srv.opts.TickHz)
	for _, e := range r.order {
		if e.avatar != nil {
			r.avatarIdle(e, now)
		}
		if len(e.path) > 0 {
			r.advance(e, speed)
		}
	}
	r.sendFrames()
	r.flushAvatarNews()
	for _, e := range r.order {
		if e.moved {
			e.echoTS = 0 // echoed once, with the first movement
		}
		e.prevCell, e.moved, e.added = e.cell, false, false
	}
	r.removed = r.removed[:0]
	for _, e := range r.transfers {
		r.transfer(e)
	}
	r.transfers = r.transfers[:0]
	if r.tick%uint64(r.srv.opts.TickHz) == 0 {
		for _, e := range slices.Clone(r.order) {
			if e.sess == nil && !e.linger.IsZero() && now.After(e.linger) {
				r.remove(e, "resume_expired")
			}
		}
	}
}

// advance walks e along its path by at most dist tiles.
func (r *Room) advance(e *entity, dist float64) {
	for dist > 1e-9 && len(e.path) > 0 {
		tgt := e.path[0]
		dx, dy := float64(tgt.X)-e.x, float64(tgt.Y)-e.y
		switch {
		case dx > 0:
			e.dir = protocol.DirE
		case dx < 0:
			e.dir = protocol.DirW
		case dy > 0:
			e.dir = protocol.DirS
		case dy < 0:
			e.dir = protocol.DirN
		}
		d := math.Abs(dx) + math.Abs(dy)
		e.moved, e.dirtyPos = true, true
		if d <= dist {
			e.x, e.y = float64(tgt.X), float64(tgt.Y)
			e.path = e.path[1:]
			dist -= d
			r.arrived(e, tgt)
			if e.door != nil {
				return
			}
			continue
		}
		e.x += dx / d * dist
		e.y += dy / d * dist
		dist = 0
	}
	x, y := e.tile()
	e.cell = r.cellOf(x, y)
}

// arrived runs when e reaches the centre of tile t.
func (r *Room) arrived(e *entity, t protocol.Point) {
	r.updateZones(e, true)
	if e.sess == nil || e.kind != protocol.KindPlayer {
		return
	}
	if d, ok := r.info.DoorAt(t.X, t.Y); ok {
		e.door = &d
		e.path = nil
		r.transfers = append(r.transfers, e)
	}
}

// updateZones diffs e's zones against its tile (or against nothing if
// present is false) and reports enters and leaves.
func (r *Room) updateZones(e *entity, present bool) {
	var now []string
	if present {
		x, y := e.tile()
		now = r.info.ZonesAt(x, y, nil)
	}
	for _, z := range e.zones {
		if !slices.Contains(now, z) {
			r.zoneEvent(e, z, false)
		}
	}
	for _, z := range now {
		if !slices.Contains(e.zones, z) {
			r.zoneEvent(e, z, true)
		}
	}
	e.zones = now
}

func (r *Room) zoneEvent(e *entity, zone string, enter bool) {
	ev := protocol.ZoneLeave
	if enter {
		ev = protocol.ZoneEnter
	}
	if e.sess != nil {
		e.sess.send(protocol.MustEncode(protocol.TypeZone, "", &protocol.ZoneMsg{Room: r.info.ID, Zone: zone, Event: ev}))
	}
	if f := r.srv.opts.OnZone; f != nil {
		f(ZoneEvent{Room: r.info.ID, UserID: e.user, Entity: e.id, Zone: zone, Enter: enter})
	}
	if enter && e.sess != nil && r.srv.avatars != nil {
		r.srv.avatars.zone(e.sess.user, r.info.ID, zone)
	}
}

// transfer moves a player who stepped on a door to the door's room.
func (r *Room) transfer(e *entity) {
	d := e.door
	e.door = nil
	s := e.sess
	if s == nil {
		return
	}
	r.remove(e, "door")
	s.send(protocol.MustEncode(protocol.TypeLeft, "", &protocol.Left{Room: r.info.ID, Reason: "door"}))
	if here, url := r.srv.serves(d.To); !here {
		s.moved(d.To, url, &protocol.Point{X: d.ToX, Y: d.ToY})
		return
	}
	if to := r.srv.rooms[d.To]; to != nil {
		m := joinReq{s: s, at: &protocol.Point{X: d.ToX, Y: d.ToY}}
		if !to.tryPost(m) {
			go to.post(m) // never block one room on another's inbox
		}
	}
}

// evict sends every player to the room's new owner (cluster mode), and
// drops the entities lingering for a resume: resumes now happen there.
func (r *Room) evict() {
	url := ""
	if c := r.srv.opts.Cluster; c != nil {
		_, url, _ = c.Owner(r.info.ID)
	}
	var players []*entity
	for _, e := range r.order {
		if e.kind == protocol.KindPlayer {
			players = append(players, e)
		}
	}
	for _, e := range players {
		s := e.sess
		r.remove(e, "moved")
		if s != nil {
			s.moved(r.info.ID, url, nil)
		}
	}
	if len(players) > 0 {
		r.srv.log.Info("cluster: room moved away; players sent on", "room", r.info.ID, "players", len(players), "to", url)
	}
}

func (r *Room) sendFrames() {
	// Which cells have viewers that share a frame, and who needs their own.
	clear(r.viewer)
	var personal []*entity
	for _, e := range r.bySess {
		if e.ownFrame = r.ownView(e); e.ownFrame {
			personal = append(personal, e)
		} else {
			r.viewer[e.cell] = true
		}
	}
	stamp := r.tick
	builder := func(c int) *protocol.Tick {
		b := &r.builders[c]
		if b.stamp != stamp {
			b.stamp = stamp
			b.t.T = stamp
			b.t.Add, b.t.Mov, b.t.Del = b.t.Add[:0], b.t.Mov[:0], b.t.Del[:0]
		}
		return &b.t
	}
	visit := func(e *entity, gone bool) {
		oldC, newC := e.prevCell, e.cell
		if gone {
			newC = -1
		}
		if oldC < 0 && newC < 0 {
			return
		}
		if !e.moved && !gone && oldC == newC && !e.added {
			return
		}
		for _, c := range r.cellsAround(oldC, newC) {
			if !r.viewer[c] {
				continue
			}
			inOld, inNew := r.near(c, oldC), r.near(c, newC)
			switch {
			case inNew && (!inOld || e.added):
				t := builder(c)
				t.Add = append(t.Add, e.record())
			case inOld && !inNew:
				t := builder(c)
				t.Del = append(t.Del, e.id)
			case inOld && inNew && e.moved:
				t := builder(c)
				t.Mov = append(t.Mov, protocol.Pos{ID: e.id, X: protocol.Round(e.x), Y: protocol.Round(e.y), Dir: e.dir, TS: e.echoTS})
			}
		}
	}
	for _, e := range r.order {
		visit(e, false)
	}
	for _, e := range r.removed {
		visit(e, true)
	}
	for _, e := range r.bySess {
		if e.ownFrame {
			continue
		}
		b := &r.builders[e.cell]
		if b.stamp != stamp {
			continue
		}
		e.sess.send(r.frame(e.cell))
	}
	for _, v := range personal {
		r.sendPersonal(v)
	}
}

// frame returns cell c's encoded tick, encoding it once per tick. The
// frame is shared by every viewer in the cell and must not be modified.
func (r *Room) frame(c int) []byte {
	b := &r.builders[c]
	if b.encStamp != b.stamp {
		b.frame = protocol.AppendTick(make([]byte, 0, 64+48*len(b.t.Add)+40*len(b.t.Mov)+8*len(b.t.Del)), &b.t)
		b.encStamp = b.stamp
	}
	return b.frame
}

// cellsAround returns the cells in the neighbourhoods of a and b (either
// may be -1). The slice is reused: use it before the next call.
func (r *Room) cellsAround(a, b int) []int {
	out := r.around[:0]
	defer func() { r.around = out }()
	add := func(c int) {
		if c < 0 {
			return
		}
		cx, cy := c%r.cellW, c/r.cellW
		for y := cy - 1; y <= cy+1; y++ {
			for x := cx - 1; x <= cx+1; x++ {
				if x < 0 || y < 0 || x >= r.cellW || y >= r.cellH {
					continue
				}
				n := y*r.cellW + x
				if !slices.Contains(out, n) {
					out = append(out, n)
				}
			}
		}
	}
	add(a)
	add(b)
	return out
}

// sendPersonal sends a viewer whose cell changed this tick the difference
// between its old view and its new one.
func (r *Room) sendPersonal(v *entity) {
	t := protocol.Tick{T: r.tick}
	check := func(x *entity, gone bool) {
		wasVis := !x.added && r.near(v.prevCell, x.prevCell)
		isVis := !gone && r.near(v.cell, x.cell)
		switch {
		case isVis && (!wasVis || x.added):
			t.Add = append(t.Add, x.record())
		case wasVis && !isVis:
			t.Del = append(t.Del, x.id)
		case wasVis && isVis && x.moved:
			t.Mov = append(t.Mov, protocol.Pos{ID: x.id, X: protocol.Round(x.x), Y: protocol.Round(x.y), Dir: x.dir, TS: x.echoTS})
		}
	}
	for _, x := range r.order {
		check(x, false)
	}
	for _, x := range r.removed {
		check(x, true)
	}
	if len(t.Add)+len(t.Mov)+len(t.Del) > 0 {
		v.sess.send(protocol.AppendTick(nil, &t))
	}
}

// savePositions writes the positions of players who moved since the last
// save (all players if all is set) in one commit.
func (r *Room) savePositions(all bool) {
	var ps []posWrite
	for _, e := range r.order {
		if e.kind == protocol.KindPlayer && (all || e.dirtyPos) {
			x, y := e.tile()
			ps = append(ps, posWrite{user: e.user, room: r.info.ID, x: x, y: y})
			e.dirtyPos = false
		}
	}
	if err := r.srv.wdb.savePositions(ps); err != nil {
		r.srv.log.Error("saving positions", "room", r.info.ID, "err", err)
	}
}

// stop saves every position when the server shuts down.
func (r *Room) stop() {
	r.savePositions(true)
}

// addAvatar puts an avatar in the room at its home. It is called before
// the room runs.
func (r *Room) addAvatar(a *avatars.Avatar) uint32 {
	e := &entity{id: r.srv.entitySeq.Add(1), kind: protocol.KindAvatar, name: a.NameKo, dir: protocol.DirS,
		x: float64(a.Home.X), y: float64(a.Home.Y), prevCell: -1, added: true, avatar: a}
	e.cell = r.cellOf(a.Home.X, a.Home.Y)
	r.ents[e.id] = e
	r.order = append(r.order, e)
	r.avatarN++
	return e.id
}

// people is how many entities are people (players, lingering ones
// included): what rooms[].players and joined.room.players count.
func (r *Room) people() int { return len(r.ents) - int(r.avatarN) }

// empty reports whether no person is in the room (nor lingering for a
// resume); safe from any goroutine.
func (r *Room) empty() bool { return r.players.Load() == 0 }

// avatarIdle turns an avatar towards whoever it talks to once it has
// arrived, and otherwise wanders a little around its home.
func (r *Room) avatarIdle(e *entity, now time.Time) {
	if len(e.path) > 0 {
		return
	}
	if e.faceTo != 0 {
		if t := r.ents[e.faceTo]; t != nil {
			if d := facing(t.x-e.x, t.y-e.y); d != "" && d != e.dir {
				e.dir, e.moved = d, true
			}
		} else {
			e.faceTo = 0
		}
	}
	if now.Sub(e.lastTalk) < 30*time.Second || now.Before(e.nextWander) || e.avatar.Wander == 0 {
		return
	}
	e.nextWander = now.Add(time.Duration(4000+r.rng.IntN(5000)) * time.Millisecond)
	e.faceTo = 0
	home, rad := e.avatar.Home, e.avatar.Wander
	for try := 0; try < 10; try++ {
		x, y := home.X+r.rng.IntN(2*rad+1)-rad, home.Y+r.rng.IntN(2*rad+1)-rad
		if _, door := r.info.DoorAt(x, y); door || !r.info.Walkable(x, y) {
			continue
		}
		cx, cy := e.tile()
		if p := r.info.Path(cx, cy, x, y); p != nil && len(p) <= 3*rad {
			e.path = p
			return
		}
	}
}

func facing(dx, dy float64) string {
	switch {
	case dx == 0 && dy == 0:
		return ""
	case math.Abs(dx) >= math.Abs(dy) && dx > 0:
		return protocol.DirE
	case math.Abs(dx) >= math.Abs(dy):
		return protocol.DirW
	case dy > 0:
		return protocol.DirS
	}
	return protocol.DirN
}

// onTalk passes what a player said to an avatar in the room, and has the
// avatar walk over and face the speaker.
func (r *Room) onTalk(m talkReq) {
	e := r.bySess[m.s]
	if e == nil {
		m.s.sendError(m.reqID, protocol.Errorf(protocol.CodeNotInRoom, "not in this room"))
		return
	}
	av := r.ents[m.avatar]
	if av == nil || av.avatar == nil || r.srv.avatars == nil {
		m.s.sendError(m.reqID, protocol.Errorf(protocol.CodeNoSuchAvatar, "entity %d is not an avatar in %s", m.avatar, r.info.ID))
		return
	}
	if perr := r.srv.avatars.hear(m.s.user, av.avatar.ID, m.text, m.reqID); perr != nil {
		m.s.sendError(m.reqID, perr)
		return
	}
	av.faceTo, av.lastTalk = e.id, time.Now()
	r.approach(av, e)
}

// approach walks avatar a to a free tile next to entity e.
func (r *Room) approach(a, e *entity) {
	ax, ay := a.tile()
	if len(a.path) > 0 {
		ax, ay = a.path[0].X, a.path[0].Y
	}
	ex, ey := e.tile()
	if abs(ax-ex) <= 1 && abs(ay-ey) <= 1 {
		a.path = a.path[:min(len(a.path), 1)]
		return
	}
	var best []protocol.Point
	for _, d := range [4][2]int{{0, 1}, {1, 0}, {-1, 0}, {0, -1}} {
		tx, ty := ex+d[0], ey+d[1]
		if _, door := r.info.DoorAt(tx, ty); door {
			continue
		}
		if p := r.info.Path(ax, ay, tx, ty); p != nil && (best == nil || len(p) < len(best)) {
			best = p
		}
	}
	if best != nil {
		a.path = append(append([]protocol.Point(nil), a.path[:min(len(a.path), 1)]...), best...)
	}
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// avatarRank orders states from idle to most engaged.
var avatarRank = map[string]int{protocol.StateIdle: 0, protocol.StateListening: 1, protocol.StateSpeaking: 2,
	protocol.StateThinking: 3, protocol.StateActing: 4, protocol.StateWaiting: 5}

// onAvatarState records a conversation's state and tells the room when the
// avatar's visible state changes: its most engaged state and how many
// conversations it is in — never with whom or about what.
func (r *Room) onAvatarState(m avatarStateReq) {
	per := r.avStates[m.avatar]
	if per == nil {
		per = map[string]string{}
		r.avStates[m.avatar] = per
	}
	per[m.user] = m.state
	if m.state == protocol.StateIdle {
		delete(per, m.user) // the conversation ended: forget the user
	}
	show := protocol.AvatarState{Avatar: r.srv.avatars.entity[m.avatar], State: protocol.StateIdle}
	for _, st := range per {
		if avatarRank[st] > avatarRank[show.State] {
			show.State = st
		}
		if avatarRank[st] >= avatarRank[protocol.StateSpeaking] {
			show.Busy++
		}
	}
	r.avShown[m.avatar] = show // sent at the next tick (flushAvatarNews)
}

// flushAvatarNews sends, once per tick, each avatar's visible state if it
// changed and the newest broadcast card of each kind.
func (r *Room) flushAvatarNews() {
	for id, show := range r.avShown {
		if r.avSent[id] == show {
			continue
		}
		r.avSent[id] = show
		msg := protocol.MustEncode(protocol.TypeAvatarState, "", &show)
		for s := range r.bySess {
			s.send(msg)
		}
	}
	for _, n := range r.cardNews {
		msg := protocol.MustEncode(protocol.TypeCard, "", &n.card)
		for s := range r.bySess {
			s.send(msg)
		}
	}
	r.cardNews = r.cardNews[:0]
}
