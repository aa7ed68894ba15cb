package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/safety"
	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server/account"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/store"
)

// avatarHub connects the world to the avatars' conversations: it is the
// agents.Output the conversations speak through, and it routes talk,
// confirm and decline messages and skills' notifications.
type avatarHub struct {
	srv    *Server
	host   *skills.Host
	rt     *agents.Runtime
	entity map[string]uint32 // avatar ID → entity ID (fixed at start)
	room   map[string]*Room  // avatar ID → its room

	mu     sync.Mutex
	nonces map[string]pendingNonce // confirmation nonces sent to users
	// lastCard is the last card each avatar showed each user (user + "\x00"
	// + avatar ID), for a recap after a reload (sendRecaps). Memory only:
	// after a restart a recap has the lines and no card.
	lastCard map[string]protocol.Card
	sources  []SkillSource // external skills (Options.Sources)
	// mcpPending: irreversible calls made over /mcp, waiting for the
	// user's Confirm in the world.
	mcpPending map[string]mcpPending
	// skillsReady: in a cluster, this node holds the skills lease and has
	// reloaded its skills since taking it.
	skillsReady atomic.Bool
}

// skillsSubject carries skill calls to the node that runs the skills.
const skillsSubject = "skills.call"

// forwardedCall is a skill call sent to the skills node.
type forwardedCall struct {
	Caller skills.Caller      `json:"caller"`
	Tool   string             `json:"tool"`
	Args   json.RawMessage    `json:"args"`
	Opts   skills.CallOptions `json:"opts"`
}

// forward sends a call to the node running the skills, unless that is
// this one. While no node runs them (the lease is moving after a node
// died) it retries for up to 15 s, then answers unavailable.
func (h *avatarHub) forward(ctx context.Context, name string, args json.RawMessage, co skills.CallOptions) (skills.Result, bool) {
	c := h.srv.opts.Cluster
	caller, _ := skills.CallerFrom(ctx)
	req, err := json.Marshal(forwardedCall{Caller: caller, Tool: name, Args: args, Opts: co})
	if err != nil {
		return skills.Result{}, false
	}
	deadline := time.Now().Add(15 * time.Second)
	for {
		if c.Leader("skills") && h.skillsReady.Load() {
			return skills.Result{}, false
		}
		// Only the skills node listens: with none (the lease is moving)
		// the request fails at once and is tried again shortly. A request
		// that reached the skills node just before it died is never
		// answered: it is given up as soon as that node stops beating
		// (about half a lease) instead of after the 30 s a slow tool may
		// rightly take. Retrying is safe: a write carries its idempotency
		// key, so a call that did run is not run twice.
		holder, _ := c.Holder("skills")
		rctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		watched := make(chan struct{})
		go func() {
			defer close(watched)
			t := time.NewTicker(250 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-rctx.Done():
					return
				case <-t.C:
					if name, alive := c.Holder("skills"); holder != "" && (name != holder || !alive) {
						cancel()
						return
					}
				}
			}
		}()
		reply, err := c.Request(rctx, skillsSubject, req)
		cancel()
		<-watched
		if err == nil {
			var r skills.Result
			if err := json.Unmarshal(reply, &r); err == nil {
				return r, true
			}
		}
		if ctx.Err() != nil || time.Now().After(deadline) {
			return skills.Result{Tool: name, Status: skills.StatusError,
				Error: skills.Errorf(skills.CodeUnavailable, "the skills are moving to another server; try again in a moment")}, true
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// serveCall runs a forwarded call if this node runs the skills.
func (h *avatarHub) serveCall(data []byte) ([]byte, bool) {
	if !h.srv.opts.Cluster.Leader("skills") || !h.skillsReady.Load() {
		return nil, false
	}
	var fc forwardedCall
	if err := json.Unmarshal(data, &fc); err != nil || fc.Caller.UserID == "" {
		return nil, false
	}
	ctx, cancel := context.WithTimeout(skills.WithCaller(h.srv.ctx, fc.Caller), 30*time.Second)
	defer cancel()
	r := h.host.CallHere(ctx, fc.Tool, fc.Args, fc.Opts)
	out, err := json.Marshal(r)
	return out, err == nil
}

type pendingNonce struct {
	user, avatar string
	expires      time.Time
}

// startAvatars builds the skills Host and the conversation runtime and
// checks every avatar against the world and the skills.
func (s *Server) startAvatars(ctx context.Context) (err error) {
	o := &s.opts
	if len(o.Avatars) > 0 {
		// The learned safety checker (agents/safety: three models, trained
		// once per process) is the longest part of a start with avatars;
		// it needs nothing from here, so it trains while the skills' files
		// and the avatars' brains are made, and agents.New below waits for
		// it (safety.Trained is a sync.Once). A start that fails waits for
		// it too, so no training outlives New.
		go safety.Trained()
		defer func() {
			if err != nil {
				safety.Trained()
			}
		}()
	}
	hub := &avatarHub{srv: s, entity: map[string]uint32{}, room: map[string]*Room{}, nonces: map[string]pendingNonce{}}
	defer func() {
		if err != nil {
			hub.closeSources() // the skill sources loaded before the failure
		}
	}()
	hopts := skills.HostOptions{Dir: s.dir, Skills: o.Skills, Clock: o.Clock, Notify: s.notify, Logger: s.log}
	if o.Cluster != nil {
		hopts.Forward = hub.forward
	}
	host, err := skills.NewHost(hopts)
	if err != nil {
		return err
	}
	hub.host = host
	for _, src := range o.Sources {
		if err := src.Load(ctx, host, s.log); err != nil {
			hub.sources = append(hub.sources, src) // closed with the others
			return err
		}
		hub.sources = append(hub.sources, src)
		s.roomWG.Add(1)
		go func() {
			defer s.roomWG.Done()
			src.Watch(ctx)
		}()
	}
	for _, a := range o.Avatars {
		r, ok := s.rooms[a.Room]
		if !ok {
			return fmt.Errorf("avatar %s: no room %q", a.ID, a.Room)
		}
		if !r.info.Walkable(a.Home.X, a.Home.Y) {
			return fmt.Errorf("avatar %s: home (%d,%d) in %s is not walkable", a.ID, a.Home.X, a.Home.Y, a.Room)
		}
		for _, sk := range a.Skills {
			if strings.HasPrefix(sk, "mcp.") {
				continue // an external source: it may come (back) later
			}
			found := false
			for _, t := range host.Tools() {
				found = found || string(t.Skill) == sk
			}
			if !found {
				return fmt.Errorf("avatar %s: skill %q is not available", a.ID, sk)
			}
		}
		hub.entity[a.ID] = r.addAvatar(a)
		hub.room[a.ID] = r
	}
	// Each avatar's brain is made now through the kind its file names, so
	// an unknown kind, a bad setting or broken conversation data stops the
	// start-up and the first conversation does not wait for training.
	brains := o.Brains
	if brains == nil {
		brains = agents.NewBrains(nil, s.log)
	}
	if err := brains.Prepare(o.Avatars...); err != nil {
		return err
	}
	db, err := s.dir.Open("conversations.db", store.Options{Durable: true})
	if err != nil {
		return err
	}
	// The learned checker (rules plus a model, agents/safety/learned.go)
	// answers questions about harms and people in crisis itself.
	hub.rt, err = agents.New(agents.Options{Host: host, DB: db, Avatars: o.Avatars, Brain: brains.Func(), Out: hub, Clock: o.Clock, Logger: s.log,
		IdleAfter: o.ConversationIdle, Location: o.Location, Trace: o.Trace, Safety: safety.Trained(),
		OnPanic: func() { s.m.panics.WithLabelValues("conversation").Inc() }})
	if err != nil {
		return err
	}
	s.avatars = hub
	s.roomWG.Add(1)
	go func() {
		defer s.roomWG.Done()
		if s.opts.Cluster == nil {
			host.Run(ctx, time.Second)
			return
		}
		// Skills run on one node of the cluster at a time, the holder of
		// the "skills" lease: calls (forward) and background jobs
		// (deliveries, reminders, the payment reconciler) alike, so their
		// in-memory state is current and every notice is sent once. A node
		// that takes the lease remakes its skills from the replicated files
		// first.
		tk := time.NewTicker(200 * time.Millisecond)
		defer tk.Stop()
		var stopServing func()
		defer func() {
			if stopServing != nil {
				stopServing()
			}
		}()
		for i := 0; ; i++ {
			select {
			case <-ctx.Done():
				return
			case <-tk.C:
			}
			if !s.opts.Cluster.Leader("skills") {
				hub.skillsReady.Store(false)
				if stopServing != nil {
					stopServing()
					stopServing = nil
					s.log.Info("cluster: this node no longer runs the skills")
				}
				continue
			}
			if !hub.skillsReady.Load() {
				if err := host.Reload(); err != nil {
					s.log.Error("cluster: reloading skills", "err", err)
					continue
				}
				stop, err := s.opts.Cluster.Serve(skillsSubject, hub.serveCall)
				if err != nil {
					s.log.Error("cluster: serving skill calls", "err", err)
					continue
				}
				stopServing = stop
				hub.skillsReady.Store(true)
				s.log.Info("cluster: this node runs the skills now")
			}
			if i%5 == 0 {
				host.Tick(ctx)
			}
		}
	}()
	return nil
}

func (h *avatarHub) close() {
	h.rt.Close()
	h.closeSources()
	h.host.Close()
}

func (h *avatarHub) closeSources() {
	for _, src := range h.sources {
		src.Close()
	}
	h.sources = nil
}

// sendUser queues msg on every connection of user.
func (s *Server) sendUser(user string, msg []byte) {
	s.mu.Lock()
	var to []*Session
	for sess := range s.sessions {
		if sess.user.ID == user {
			to = append(to, sess)
		}
	}
	s.mu.Unlock()
	for _, sess := range to {
		sess.send(msg)
	}
}

// notify delivers a skill's notification to the user's open connections.
// In a cluster the user may be connected to another node: the notice
// goes through NATS to every node, including this one.
func (s *Server) notify(n skills.Notification) {
	msg := protocol.MustEncode(protocol.TypeNotice, "", &protocol.Notice{Kind: n.Kind, Text: n.Text, Data: n.Data, At: n.At.UnixMilli()})
	if c := s.opts.Cluster; c != nil {
		err := c.PublishUser(n.UserID, msg)
		if err == nil {
			return
		}
		s.log.Warn("cluster: publishing a notice; delivering here only", "err", err)
	}
	s.sendUser(n.UserID, msg)
}

// Speech implements agents.Output.
func (h *avatarHub) Speech(a *avatars.Avatar, user string, sp protocol.Speech) {
	sp.Avatar = h.entity[a.ID]
	h.srv.sendUser(user, protocol.MustEncode(protocol.TypeSpeech, "", &sp))
}

// Card implements agents.Output.
func (h *avatarHub) Card(a *avatars.Avatar, user string, c protocol.Card) {
	c.Avatar = h.entity[a.ID]
	h.mu.Lock()
	if h.lastCard == nil {
		h.lastCard = map[string]protocol.Card{}
	}
	h.lastCard[user+"\x00"+a.ID] = c
	h.mu.Unlock()
	h.srv.sendUser(user, protocol.MustEncode(protocol.TypeCard, "", &c))
}

// recapAge is how old a conversation may be to be recapped on joining.
const recapAge = 24 * time.Hour

// sendRecaps sends s a recap of each recent conversation its user had
// with an avatar of room: a reloaded page shows the conversation and the
// card it was answering again (a trial's reload mid-quiz lost the
// question). It is called on the room's goroutine right after joined and
// reads a saved state per avatar of the room (a few, one key each), as
// the join reads the user's saved position. A conversation still live may
// be in the middle of the turn whose answer the page showed before it
// reloaded: the recap waits (at most recapSettle, off the room's
// goroutine, so the recap still follows the joined already queued) until
// that turn's state is saved.
func (h *avatarHub) sendRecaps(s *Session, room *Room) {
	go h.sendRecapsSettled(s, room)
}

// recapSettle bounds how long a recap waits for a live turn to be saved.
const recapSettle = 3 * time.Second

func (h *avatarHub) sendRecapsSettled(s *Session, room *Room) {
	var ids []string
	for id, r := range h.room {
		if r == room {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return
	}
	user := s.user.ID
	now := h.srv.opts.Clock.Now()
	for _, id := range ids {
		h.rt.Settle(user, id, recapSettle)
		st, ok := h.rt.Snapshot(user, id)
		if !ok || len(st.History) == 0 || now.Sub(st.Updated) > recapAge {
			continue
		}
		rc := protocol.Recap{Avatar: h.entity[id], Lines: []protocol.RecapLine{}}
		lines := st.History[max(0, len(st.History)-protocol.MaxRecapLines):]
		for _, l := range lines {
			from := "avatar"
			if l.From == "user" {
				from = "you"
			}
			rc.Lines = append(rc.Lines, protocol.RecapLine{From: from, Text: l.Text, TS: l.At.UnixMilli()})
		}
		h.mu.Lock()
		if c, ok := h.lastCard[user+"\x00"+id]; ok {
			rc.Card = &c
		}
		h.mu.Unlock()
		if p := st.Pending; p != nil && p.Expires.After(now) && p.Request.Summary != "" {
			req := p.Request
			req.Avatar, req.Nonce = h.entity[id], p.Nonce
			rc.Confirm = &req
		}
		s.send(protocol.MustEncode(protocol.TypeRecap, "", &rc))
	}
}

// ConfirmRequest implements agents.Output. The nonce is remembered for
// this user only: a confirm from anyone else's connection is refused here,
// and the skills Host refuses it again.
func (h *avatarHub) ConfirmRequest(a *avatars.Avatar, user string, r protocol.ConfirmRequest) {
	r.Avatar = h.entity[a.ID]
	h.mu.Lock()
	now := h.srv.opts.Clock.Now() // expiry is on the world's clock
	for n, p := range h.nonces {
		if now.After(p.expires.Add(time.Minute)) {
			delete(h.nonces, n)
		}
	}
	h.nonces[r.Nonce] = pendingNonce{user: user, avatar: a.ID, expires: time.UnixMilli(r.Expires)}
	h.mu.Unlock()
	h.srv.sendUser(user, protocol.MustEncode(protocol.TypeConfirmReq, "", &r))
}

// State implements agents.Output: the room shows everyone what the avatar
// is doing, never for whom.
func (h *avatarHub) State(a *avatars.Avatar, user, state string) {
	if r := h.room[a.ID]; r != nil {
		r.tryPost(avatarStateReq{avatar: a.ID, user: user, state: state})
	}
}

// Reject implements agents.Output.
func (h *avatarHub) Reject(a *avatars.Avatar, user, why string) { h.RejectRe(a, user, "", why) }

// RejectRe implements agents.ReRejecter: the error carries the id of the
// confirm or decline it answers (protocol/README.md §6).
func (h *avatarHub) RejectRe(a *avatars.Avatar, user, re, why string) {
	h.srv.sendUser(user, protocol.EncodeError(re, protocol.Errorf(protocol.CodeUnknownConfirmation, "%s", why)))
}

// confirm routes a confirm or decline from sess.
func (h *avatarHub) confirm(sess *Session, nonce string, accept bool, re string) *protocol.Error {
	if handled, err := h.confirmMCP(sess, nonce, accept); handled {
		return err
	}
	h.mu.Lock()
	p, ok := h.nonces[nonce]
	if ok && p.user == sess.user.ID {
		delete(h.nonces, nonce)
	}
	h.mu.Unlock()
	if !ok {
		// Sent before a restart: the conversations remember what they wait for.
		for id := range h.room {
			if st, found := h.rt.Snapshot(sess.user.ID, id); found && st.Pending != nil && st.Pending.Nonce == nonce {
				p, ok = pendingNonce{user: sess.user.ID, avatar: id}, true
			}
		}
	}
	if !ok || p.user != sess.user.ID {
		return protocol.Errorf(protocol.CodeUnknownConfirmation, "no pending confirmation %q for you", truncNonce(nonce))
	}
	if err := h.rt.Confirm(agents.User{ID: sess.user.ID, Name: sess.user.Name}, p.avatar, nonce, accept, re); err != nil {
		return protocol.Errorf(protocol.CodeOverloaded, "%v", err)
	}
	return nil
}

// known reports whether id is a configured avatar.
func (h *avatarHub) known(id string) bool {
	_, ok := h.rt.Avatar(id)
	return ok
}

// memories lists what each avatar (or just avatar) remembers about user.
func (h *avatarHub) memories(user, avatar string) *protocol.Memories {
	out := &protocol.Memories{Avatars: []protocol.AvatarMemory{}}
	for _, a := range h.srv.opts.Avatars {
		if avatar != "" && a.ID != avatar {
			continue
		}
		am := protocol.AvatarMemory{Avatar: a.ID, Name: a.NameKo, Facts: []protocol.Remembered{}}
		facts, _ := h.rt.Facts(user, a.ID)
		for _, f := range facts {
			am.Facts = append(am.Facts, protocol.Remembered{Key: f.Key, Value: f.Value, Said: f.Said, At: f.At.UnixMilli()})
		}
		if st, ok := h.rt.Snapshot(user, a.ID); ok {
			am.History = len(st.History)
		}
		out.Avatars = append(out.Avatars, am)
	}
	if avatar == "" { // 내 정보 lists the MCP tokens too
		out.MCPTokens = h.srv.mcpTokenViews(user)
	}
	return out
}

func truncNonce(n string) string {
	if len(n) > 12 {
		return n[:12] + "…"
	}
	return n
}

// hear passes what a user said to an avatar to its conversation.
// pick is protocol.Talk.Pick: a click on a card's row, which keeps the
// conversation's language.
func (h *avatarHub) hear(user account.User, avatarID, text string, pick int, re string) *protocol.Error {
	err := h.rt.HearPick(agents.User{ID: user.ID, Name: user.Name}, avatarID, pick, text, re)
	switch {
	case errors.Is(err, agents.ErrBusy):
		return protocol.Errorf(protocol.CodeOverloaded, "the avatar is still answering you; wait for the reply")
	case err != nil:
		return protocol.Errorf(protocol.CodeInternal, "the avatar cannot talk now")
	}
	return nil
}

// zone tells the room's avatars that a player entered a zone.
func (h *avatarHub) zone(user account.User, room, zone string) {
	for id, r := range h.room {
		if r.info.ID == room {
			h.rt.Zone(agents.User{ID: user.ID, Name: user.Name}, id, zone)
		}
	}
}

// Present implements agents.Output: the players now in the avatar's room.
func (h *avatarHub) Present(a *avatars.Avatar) []agents.User {
	r := h.room[a.ID]
	seen := map[string]bool{}
	var out []agents.User
	h.srv.mu.Lock()
	for sess := range h.srv.sessions {
		if sess.room.Load() == r && !seen[sess.user.ID] {
			seen[sess.user.ID] = true
			out = append(out, agents.User{ID: sess.user.ID, Name: sess.user.Name})
		}
	}
	h.srv.mu.Unlock()
	return out
}

// Broadcast implements agents.Output: a card for everyone in the room
// (class quiz questions and results; never anything personal).
func (h *avatarHub) Broadcast(a *avatars.Avatar, c protocol.Card) {
	c.Avatar = h.entity[a.ID]
	if r := h.room[a.ID]; r != nil {
		r.tryPost(broadcastCardReq{avatar: a.ID, card: c}) // coalesced per tick
	}
}
