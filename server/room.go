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
	"github.com/madang-world/madang/server/interest"
	"github.com/madang-world/madang/server/movement"
	"github.com/madang-world/madang/server/presence"
	"github.com/madang-world/madang/server/tick"
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
	tick       uint64
	phase      time.Duration // when in each period the room ticks
	busy       bool          // has clients (holds a phase in srv.phases)
	ents       map[uint32]*entity
	order      []*entity // ents in join order, for deterministic output
	bySess     map[*Session]*entity
	removed    []*entity // left since the last tick; their del goes out next tick
	transfers  []*entity // stepped on a door this tick
	chat       []protocol.ChatMsg
	spawnNext  int
	grid       interest.Grid
	frames     *interest.Frames
	around     []int           // scratch for grid.Around
	avatarNews *presence.Board // avatar states and cards, sent once per tick
	rng        *rand.Rand
}

// entity is a player (or, later, an avatar) in the room.
type entity struct {
	id     uint32
	kind   string
	name   string
	user   string
	sess   *Session  // nil while lingering after a disconnect
	linger time.Time // when a lingering entity is removed
	movement.Body
	zones []string

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

func (e *entity) record() protocol.Entity {
	out := protocol.Entity{ID: e.id, Kind: e.kind, Name: e.name, X: protocol.Round(e.X), Y: protocol.Round(e.Y), Dir: e.Dir}
	if e.avatar != nil {
		out.Role, out.Look, out.NameEn = e.avatar.Role, e.avatar.Look, e.avatar.NameEn
	} else {
		out.Look = e.look
	}
	return out
}

// pos is e's position as a tick's movement entry.
func (e *entity) pos() protocol.Pos {
	return protocol.Pos{ID: e.id, X: protocol.Round(e.X), Y: protocol.Round(e.Y), Dir: e.Dir, TS: e.echoTS}
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
		pick   int // protocol.Talk.Pick
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
	r := &Room{
		srv:        srv,
		info:       info,
		inbox:      make(chan any, 4096),
		ents:       map[uint32]*entity{},
		bySess:     map[*Session]*entity{},
		grid:       interest.NewGrid(info.W, info.H, srv.opts.ViewTiles),
		avatarNews: presence.NewBoard(),
		rng:        rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), uint64(len(info.ID)))),
	}
	r.frames = interest.NewFrames(r.grid.Cells())
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
// package tick), so the frames of a thousand clients go out in small bursts
// spread over the tick rather than in one large one (which queued behind
// itself and added half a tick to everyone's latency).
func (r *Room) run(ctx context.Context, phase time.Duration) {
	o := &r.srv.opts
	period := time.Second / time.Duration(o.TickHz)
	r.phase = phase
	next := tick.Next(r.srv.epoch, phase, period, time.Now())
	timer := time.NewTimer(time.Until(next))
	defer timer.Stop()
	save := time.NewTicker(2 * time.Second)
	defer save.Stop()
	defer r.srv.phases.Release(r.info.ID)
	for {
		select {
		case <-ctx.Done():
			r.stop()
			return
		case m := <-r.inbox:
			r.safely(func() { r.handle(m) })
		case <-timer.C:
			if !r.away.Load() {
				start := time.Now()
				r.safely(func() {
					r.takeMoves()
					r.step(start)
				})
				r.srv.m.tickSeconds.Observe(time.Since(start).Seconds())
			}
			// A room that gets its first client, or loses its last, takes
			// or gives back a phase (package tick).
			if busy := len(r.bySess) > 0; busy != r.busy {
				r.busy = busy
				if busy {
					r.phase = r.srv.phases.Take(r.info.ID, r.phase)
				} else {
					r.srv.phases.Release(r.info.ID)
				}
			}
			// The next tick: one period on, or the first one still ahead
			// after a late tick or a change of phase — but never less than
			// half a period after this one, so walking speed holds.
			after := next.Add(period / 2)
			if now := time.Now(); now.After(after) {
				after = now
			}
			next = tick.Next(r.srv.epoch, r.phase, period, after)
			timer.Reset(time.Until(next))
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
		r.avatarNews.Card(m.avatar, m.card) // a newer board of the same kind replaces the queued one
	}
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
			Body:     movement.Body{Dir: protocol.DirS},
			prevCell: -1,
			added:    true,
		}
		p := r.startTile(s.user.ID, m.at)
		e.X, e.Y = float64(p.X), float64(p.Y)
		e.cell = r.grid.Cell(p.X, p.Y)
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
		mb := protocol.Member{ID: o.id, Kind: o.kind, Name: o.name}
		if o.avatar != nil {
			mb.NameEn = o.avatar.NameEn
		}
		j.Members = append(j.Members, mb)
		if r.grid.Near(e.cell, o.cell) {
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
	for _, msg := range r.avatarNews.Engaged() {
		s.send(msg)
	}
	if r.srv.avatars != nil {
		r.srv.avatars.sendRecaps(s, r)
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
		x, y := e.Tile()
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
	e.echoTS = m.mv.TS
	turned, perr := e.Intend(r.info, m.mv)
	if perr != nil {
		m.s.sendError(m.reqID, perr)
		return
	}
	if turned { // turning to face a wall is still visible
		e.moved = true
	}
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
		if m.scope == protocol.ScopeNear && math.Hypot(o.X-e.X, o.Y-e.Y) > near {
			continue
		}
		if s == m.s {
			s.send(protocol.MustEncode(protocol.TypeChatMsg, m.reqID, &msg))
			continue
		}
		s.send(shared)
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

// savePositions writes the positions of players who moved since the last
// save (all players if all is set) in one commit.
func (r *Room) savePositions(all bool) {
	var ps []posWrite
	for _, e := range r.order {
		if e.kind == protocol.KindPlayer && (all || e.dirtyPos) {
			x, y := e.Tile()
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

// people is how many entities are people (players, lingering ones
// included): what rooms[].players and joined.room.players count.
func (r *Room) people() int { return len(r.ents) - int(r.avatarN) }

// empty reports whether no person is in the room (nor lingering for a
// resume); safe from any goroutine.
func (r *Room) empty() bool { return r.players.Load() == 0 }
