package agents

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/madang-world/madang/agents/safety"
	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/store"
)

// Errors.
var (
	ErrNoAvatar = errors.New("no such avatar")
	ErrBusy     = errors.New("the avatar is still answering; wait a moment")
	ErrClosed   = errors.New("agents runtime closed")
)

// Output is how conversations reach the world. The server implements it;
// methods must not block (queue and return).
type Output interface {
	// Speech sends a chunk of the avatar's reply to the user.
	Speech(a *avatars.Avatar, userID string, s protocol.Speech)
	// Card shows the user a card.
	Card(a *avatars.Avatar, userID string, c protocol.Card)
	// ConfirmRequest asks the user to confirm an irreversible action.
	ConfirmRequest(a *avatars.Avatar, userID string, r protocol.ConfirmRequest)
	// State reports the avatar's state in its conversation with userID;
	// the server shows everyone a summary, never who or what.
	State(a *avatars.Avatar, userID string, state string)
	// Reject tells the user a confirm or decline was not accepted.
	Reject(a *avatars.Avatar, userID string, why string)
	// Present lists the players in the avatar's room.
	Present(a *avatars.Avatar) []User
	// Broadcast shows a card to every player in the avatar's room.
	Broadcast(a *avatars.Avatar, c protocol.Card)
}

// ReRejecter is an Output that tells the user which request a rejected
// confirm or decline was: protocol/README.md §6 wants every error in
// reply to a request to carry that request's id, and a client waiting on
// its confirm otherwise never learns the answer (trial19 waited until it
// timed out). The runtime uses it when the Output has it.
type ReRejecter interface {
	RejectRe(a *avatars.Avatar, userID, re, why string)
}

// Options configure a Runtime.
type Options struct {
	Host    *skills.Host
	DB      *store.DB // conversations; durable
	Avatars []*avatars.Avatar
	// Brain returns the brain for an avatar. Required.
	Brain  func(*avatars.Avatar) Brain
	Out    Output
	Clock  skills.Clock
	Logger *slog.Logger
	// IdleAfter ends a conversation's goroutine after this long without a
	// message (default 10 minutes); its state is saved, and the next message
	// restores it. Without it, every user who ever spoke to an avatar would
	// keep a goroutine for the life of the server.
	IdleAfter time.Duration
	// Safety decides which requests are refused before any brain sees
	// them (default: safety.Default(), the built-in rules). A trained
	// classifier can implement safety.Checker.
	Safety safety.Checker
	// CompactAfter is how soon after a forget the conversations file is
	// rewritten without the forgotten words (default DefaultCompactAfter;
	// see compactor for the bound).
	CompactAfter time.Duration
	// After is the timer the compactor waits on (default time.After);
	// tests fire it themselves.
	After func(time.Duration) <-chan time.Time
	// Location is the world's time zone: brains see Turn.Now in it, so
	// "내일" and "7시" mean the same day and hour wherever the process
	// runs (default Asia/Seoul; the process's TZ never matters).
	Location *time.Location
	// Trace, if set, is called from the conversation's goroutine once per
	// user text that was answered, with what the brain understood. It
	// must not block for long.
	Trace func(TraceEvent)
	// OnPanic, if set, is told of every panic a conversation contained
	// (the server counts them in madang_panics_total).
	OnPanic func()
}

// DefaultLocation is the world time zone when none is configured.
var DefaultLocation = mustZone("Asia/Seoul")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		// time/tzdata is linked into the binary (see zone.go), so this
		// is a build mistake, not a machine's missing zoneinfo.
		panic("agents: time zone " + name + ": " + err.Error())
	}
	return loc
}

// Runtime holds every conversation.
type Runtime struct {
	host    *skills.Host
	db      *store.DB
	avatars map[string]*avatars.Avatar
	byID    []*avatars.Avatar // the avatars sorted by ID (others)
	brain   func(*avatars.Avatar) Brain
	out     Output
	idle    time.Duration
	safety  safety.Checker
	clock   skills.Clock
	loc     *time.Location
	trace   func(TraceEvent)
	panics  atomic.Int64
	onPanic func()
	log     *slog.Logger
	ctx     context.Context
	cancel  context.CancelFunc
	wg      sync.WaitGroup

	mu      sync.Mutex
	convs   map[string]*Conversation
	classes sync.Map // avatar ID → *Class

	compactor *compactor
}

// defaultRules are the built-in safety rules (safety.Default) of the
// runtimes given no checker. Compiling them (hundreds of folded regexps)
// was a tenth of agents/embedded's tests' CPU when each runtime compiled
// its own — a test world per case, a server per test. Rules are only read
// once loaded (every conversation's goroutine checks with them), so the
// runtimes of a process share one.
var defaultRules = sync.OnceValue(safety.Default)

// New starts a runtime.
func New(o Options) (*Runtime, error) {
	if o.Host == nil || o.DB == nil || o.Brain == nil || o.Out == nil {
		return nil, errors.New("agents: Host, DB, Brain and Out are required")
	}
	if o.Clock == nil {
		o.Clock = skills.SystemClock{}
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if o.Safety == nil {
		o.Safety = defaultRules()
	}
	if o.IdleAfter <= 0 {
		o.IdleAfter = 10 * time.Minute
	}
	if o.Location == nil {
		o.Location = DefaultLocation
	}
	ctx, cancel := context.WithCancel(context.Background())
	rt := &Runtime{host: o.Host, db: o.DB, avatars: map[string]*avatars.Avatar{}, brain: o.Brain, out: o.Out, safety: o.Safety, idle: o.IdleAfter,
		clock: o.Clock, loc: o.Location, trace: o.Trace, onPanic: o.OnPanic, log: o.Logger, ctx: ctx, cancel: cancel, convs: map[string]*Conversation{}}
	for _, a := range o.Avatars {
		rt.avatars[a.ID] = a
	}
	for _, a := range rt.avatars {
		rt.byID = append(rt.byID, a)
	}
	slices.SortFunc(rt.byID, func(x, y *avatars.Avatar) int { return strings.Compare(x.ID, y.ID) })
	if o.CompactAfter <= 0 {
		o.CompactAfter = DefaultCompactAfter
	}
	if o.After == nil {
		o.After = time.After
	}
	rt.compactor = newCompactor(o.DB.Compact, o.CompactAfter, o.After, rt.log.Error)
	return rt, nil
}

// now is the clock's time in the world's time zone.
func (rt *Runtime) now() time.Time { return rt.clock.Now().In(rt.loc) }

// Location is the world's time zone.
func (rt *Runtime) Location() *time.Location { return rt.loc }

// Avatar returns a configured avatar.
func (rt *Runtime) Avatar(id string) (*avatars.Avatar, bool) {
	a, ok := rt.avatars[id]
	return a, ok
}

func convKey(user, avatar string) store.Key {
	return store.NewKey("conv", skills.UserKey(user), avatar)
}

// saveState saves a conversation's state durably: it returns after the
// fsync that covers it. The state is encoded before the transaction, not
// under the file's write lock (store.Seal).
func (rt *Runtime) saveState(user, avatar string, st *State) error {
	return rt.saveEncoded(user, avatar, st)
}

// saveEncoded is saveState with the state's encoder given (a
// conversation's stateMemo).
func (rt *Runtime) saveEncoded(user, avatar string, st store.JSONAppender) error {
	v, err := store.Seal(convKey(user, avatar), st)
	if err != nil {
		return err
	}
	return rt.db.Update(v.Set)
}

// conversation returns (starting or restoring) the conversation of u with
// a. The caller holds rt.mu: messages are queued under it, and an idle
// conversation leaves under it only when its inbox is empty, so no message
// is ever queued to a conversation that has left.
func (rt *Runtime) conversation(u User, avatarID string) (*Conversation, error) {
	a, ok := rt.avatars[avatarID]
	if !ok {
		return nil, ErrNoAvatar
	}
	k := u.ID + "\x00" + avatarID
	if rt.ctx.Err() != nil {
		return nil, ErrClosed
	}
	if c, ok := rt.convs[k]; ok {
		return c, nil // the user is fixed for the conversation's goroutine
	}
	st := &State{FSM: Listening}
	var saved State
	err := rt.db.View(func(tx *store.Tx) error { return store.GetJSON(tx, convKey(u.ID, avatarID), &saved) })
	if err == nil {
		st = &saved
		st.FSM = restoredState(st, rt.clock.Now())
	}
	c := &Conversation{rt: rt, avatar: a, user: u, brain: rt.brain(a), m: newFSM(st.FSM), st: st,
		inbox: make(chan message, InboxSize), ctx: rt.ctx, key: k}
	rt.convs[k] = c
	rt.wg.Add(1)
	go c.run()
	return c, nil
}

// restoredState turns a saved state into a legal state to resume in.
// Transient states (thinking, acting, speaking: a crash cut a turn short)
// resume as listening; a pending confirmation resumes only if it is
// still valid — and it is never executed without a new confirm.
func restoredState(st *State, now time.Time) string {
	if !slices.Contains(States, st.FSM) {
		st.Pending = nil
		return Listening
	}
	if st.FSM == Awaiting && st.Pending != nil && now.Before(st.Pending.Expires) {
		return Awaiting
	}
	st.Pending = nil
	return Listening
}

func (rt *Runtime) post(u User, avatarID string, m message) error {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	c, err := rt.conversation(u, avatarID)
	if err != nil {
		return err
	}
	select {
	case c.inbox <- m:
		return nil
	default:
		return ErrBusy
	}
}

// Hear delivers what the user said to the avatar.
//
// re is the id of the client message that said it; every speech chunk,
// card and confirmation request of the answer carries it back (protocol
// field "re"), so a client can tell an answer from an unsolicited line —
// a greeting, a late reply to an earlier message.
func (rt *Runtime) Hear(u User, avatarID, text, re string) error {
	return rt.post(u, avatarID, message{kind: "text", text: text, re: re})
}

// HearPick delivers a click on item n (1-based) of the avatar's latest
// card with choices. The conversation reads it as the number said in its
// own language (PickText), so the click does not change the language as a
// "2번" typed into an English conversation does. text is what the client
// sent with it, for nothing but a pick out of range.
func (rt *Runtime) HearPick(u User, avatarID string, n int, text, re string) error {
	if n <= 0 {
		return rt.Hear(u, avatarID, text, re)
	}
	return rt.post(u, avatarID, message{kind: "text", text: text, pick: n, re: re})
}

// Confirm delivers the user's confirm (accept) or decline of a nonce. The
// server calls it only for confirm messages from u's own connection.
func (rt *Runtime) Confirm(u User, avatarID, nonce string, accept bool, re string) error {
	kind := "decline"
	if accept {
		kind = "confirm"
	}
	return rt.post(u, avatarID, message{kind: kind, nonce: nonce, re: re})
}

// Zone tells the avatar that the user entered a zone (a shopper walking
// into the store, into checkout…).
func (rt *Runtime) Zone(u User, avatarID, zone string) error {
	return rt.post(u, avatarID, message{kind: "zone", zone: zone})
}

// Wait blocks until everything queued so far for (u, avatar) is handled.
func (rt *Runtime) Wait(u User, avatarID string) {
	done := make(chan struct{})
	if rt.postDone(u, avatarID, done) {
		select {
		case <-done:
		case <-rt.ctx.Done():
		}
	}
}

func (rt *Runtime) postDone(u User, avatarID string, done chan struct{}) bool {
	for {
		rt.mu.Lock()
		c, err := rt.conversation(u, avatarID)
		if err != nil {
			rt.mu.Unlock()
			return false
		}
		select {
		case c.inbox <- message{kind: "noop", done: done}:
			rt.mu.Unlock()
			return true
		default:
		}
		rt.mu.Unlock()
		select { // full inbox: wait a moment, as a blocking send would
		case <-time.After(5 * time.Millisecond):
		case <-rt.ctx.Done():
			return false
		}
	}
}

// leave ends an idle conversation if nothing is queued for it.
func (rt *Runtime) leave(c *Conversation) bool {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if len(c.inbox) > 0 {
		return false
	}
	delete(rt.convs, c.key)
	return true
}

// Settle waits, for at most d, until what is queued so far for a live
// conversation of (user, avatar) is handled — its turn's state saved — and
// returns at once when none is live (it starts none). A page reloaded
// right after an answer joins while that answer's turn is still writing
// the state its recap is read from (sendRecaps in server): about 1 run in
// 3 of TestTrial12ReloadRecapsTheConversation found nothing saved yet.
func (rt *Runtime) Settle(user, avatarID string, d time.Duration) {
	done := make(chan struct{})
	rt.mu.Lock()
	c, ok := rt.convs[user+"\x00"+avatarID]
	if ok {
		select {
		case c.inbox <- message{kind: "noop", done: done}:
		default:
			ok = false // a full inbox: read what is saved
		}
	}
	rt.mu.Unlock()
	if !ok {
		return
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
	case <-rt.ctx.Done():
	}
}

// Snapshot returns a copy of the stored state of (user, avatar).
func (rt *Runtime) Snapshot(user, avatarID string) (State, bool) {
	var st State
	err := rt.db.View(func(tx *store.Tx) error { return store.GetJSON(tx, convKey(user, avatarID), &st) })
	return st, err == nil
}

// Close stops every conversation (their state is already saved).
func (rt *Runtime) Close() {
	rt.cancel()
	rt.wg.Wait()
	rt.compactor.close()
}

// Panics is how many messages ended in a contained panic (a bug: each is
// logged with its stack).
func (rt *Runtime) Panics() int64 { return rt.panics.Load() }

// Active is how many conversations have a running goroutine.
func (rt *Runtime) Active() int {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	return len(rt.convs)
}

// others are the world's avatars but a, by ID: a new slice every turn,
// taken from the list sorted once (rt.byID; the avatars are fixed at New),
// where it was the map's avatars sorted by reflection on every turn.
func (rt *Runtime) others(a *avatars.Avatar) []*avatars.Avatar {
	var out []*avatars.Avatar
	for _, o := range rt.byID {
		if o.ID != a.ID {
			out = append(out, o)
		}
	}
	return out
}
