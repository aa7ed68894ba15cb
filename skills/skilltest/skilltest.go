// Package skilltest runs skills in tests: a real Host on a temporary data
// directory, a clock the test moves, and helpers to call tools as a user,
// confirm irreversible calls and read audit entries and notifications.
//
//	h := skilltest.New(t, skilltest.Skill("campus.rooms", rooms.New()))
//	alice := h.As("alice", "rooms.read")
//	res := h.Call(alice, "rooms_find", map[string]any{"seats": 4})
//	rooms := skilltest.Decode[[]rooms.Room](t, res)
package skilltest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/store"
)

// Clock is a manual clock, safe for concurrent use.
type Clock struct {
	mu  sync.Mutex
	now time.Time
}

// NewClock starts at t.
func NewClock(t time.Time) *Clock { return &Clock{now: t} }

// Now implements skills.Clock.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Advance moves the clock on.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// Set sets the clock.
func (c *Clock) Set(t time.Time) {
	c.mu.Lock()
	c.now = t
	c.mu.Unlock()
}

// Start is where every harness clock starts: Monday 2026-12-07 09:00 in Seoul.
var Start = time.Date(2026, 12, 7, 9, 0, 0, 0, time.FixedZone("KST", 9*3600))

// Option configures New.
type Option func(*config)

type config struct {
	host   func(*skills.HostOptions)
	setup  func(*store.Dir) error
	dir    string
	clock  *Clock
	skills []named
	ids    []skills.ID
}

type named struct {
	id skills.ID
	s  skills.Skill
}

// Skill adds an unregistered skill instance under id.
func Skill(id skills.ID, s skills.Skill) Option {
	return func(c *config) { c.skills = append(c.skills, named{id, s}) }
}

// Registered adds registered skills by ID.
func Registered(ids ...skills.ID) Option {
	return func(c *config) { c.ids = append(c.ids, ids...) }
}

// Dir uses an existing data directory (to test restarts).
func Dir(path string) Option { return func(c *config) { c.dir = path } }

// Setup runs f on the data directory before the host opens its files:
// store.Dir.Share, CommitDelay. The directory is Harness.Store.
func Setup(f func(*store.Dir) error) Option { return func(c *config) { c.setup = f } }

// Host sets options of the Host (its retention of records, say) before it
// starts; Dir, Skills, Clock and Notify are the harness's.
func Host(f func(*skills.HostOptions)) Option { return func(c *config) { c.host = f } }

// WithClock shares a clock (to keep time across a restart).
func WithClock(cl *Clock) Option { return func(c *config) { c.clock = cl } }

// Harness is a Host under test.
type Harness struct {
	Host  *skills.Host
	Clock *Clock
	Dir   string
	t     testing.TB
	store *store.Dir
	seq   atomic.Int64
	mu    sync.Mutex
	notes []skills.Notification
}

// New starts a Host. It is closed at the end of the test (or by Close).
func New(t testing.TB, opts ...Option) *Harness {
	t.Helper()
	var c config
	for _, o := range opts {
		o(&c)
	}
	if c.dir == "" {
		c.dir = t.TempDir()
	}
	if c.clock == nil {
		c.clock = NewClock(Start)
	}
	d, err := store.OpenDir(c.dir)
	if err != nil {
		t.Fatal(err)
	}
	if v := os.Getenv("MADANG_TEST_COMMIT_DELAY"); v != "" {
		// Benchmarks of durable writes under the server's commit window
		// (server.DefaultCommitDelay) rather than the store's default.
		delay, err := time.ParseDuration(v)
		if err != nil {
			d.Close()
			t.Fatalf("MADANG_TEST_COMMIT_DELAY=%q: %v", v, err)
		}
		d.CommitDelay, d.SharedCommitDelay = delay, delay
	}
	if c.setup != nil {
		if err := c.setup(d); err != nil {
			d.Close()
			t.Fatal(err)
		}
	}
	h := &Harness{Clock: c.clock, Dir: c.dir, t: t, store: d}
	ids := c.ids
	if ids == nil {
		ids = []skills.ID{}
	}
	ho := skills.HostOptions{Dir: d, Skills: ids, Clock: c.clock, Notify: h.notify}
	if c.host != nil {
		c.host(&ho)
		ho.Dir, ho.Skills, ho.Clock, ho.Notify = d, ids, c.clock, h.notify
	}
	host, err := skills.NewHost(ho)
	if err != nil {
		d.Close()
		t.Fatal(err)
	}
	for _, n := range c.skills {
		if err := host.Add(n.id, n.s); err != nil {
			d.Close()
			t.Fatal(err)
		}
	}
	h.Host = host
	t.Cleanup(h.Close)
	return h
}

// Close closes the host and its directory (idempotent).
func (h *Harness) Close() {
	h.mu.Lock()
	d := h.store
	h.store = nil
	h.mu.Unlock()
	if d == nil {
		return
	}
	h.Host.Close()
	d.Close()
}

// Store is the harness's data directory (open more files in it, as a
// server opens its conversations next to the skills' files).
func (h *Harness) Store() *store.Dir {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.store
}

func (h *Harness) notify(n skills.Notification) {
	h.mu.Lock()
	h.notes = append(h.notes, n)
	h.mu.Unlock()
}

// Notifications returns what skills sent so far.
func (h *Harness) Notifications() []skills.Notification {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]skills.Notification(nil), h.notes...)
}

// As returns a context for user with the given scopes.
func (h *Harness) As(user string, scopes ...string) context.Context {
	return skills.WithCaller(context.Background(), skills.Caller{UserID: user, Scopes: scopes, Channel: "test"})
}

func marshal(t testing.TB, args any) json.RawMessage {
	if raw, ok := args.(json.RawMessage); ok {
		return raw
	}
	if s, ok := args.(string); ok {
		return json.RawMessage(s)
	}
	b, err := json.Marshal(args)
	if err != nil {
		t.Fatalf("marshal args: %v", err)
	}
	return b
}

// Call calls a tool with a fresh idempotency key. Args may be a value, a
// JSON string or json.RawMessage.
func (h *Harness) Call(ctx context.Context, tool string, args any) skills.Result {
	return h.CallKey(ctx, tool, args, fmt.Sprintf("k%d", h.seq.Add(1)))
}

// CallKey calls a tool with a given idempotency key.
func (h *Harness) CallKey(ctx context.Context, tool string, args any, key string) skills.Result {
	return h.checked(h.Host.Call(ctx, tool, marshal(h.t, args), skills.CallOptions{IdempotencyKey: key}))
}

// checked fails the test when a successful result does not match the
// tool's declared result type (Tool.Output): every pack test then also
// checks that what MCP clients are promised is what they get. Benchmarks
// skip it, so they measure the Host alone, as before.
func (h *Harness) checked(r skills.Result) skills.Result {
	if _, bench := h.t.(*testing.B); bench || r.Status != skills.StatusOK {
		return r
	}
	if t, ok := h.Host.Tool(r.Tool); ok {
		if err := t.ValidateResult(r.Data); err != nil {
			h.t.Errorf("%v\n%s", err, r.Data)
		}
	}
	return r
}

// Confirm completes a pending irreversible call as the user would: the same
// tool and arguments, with the nonce.
func (h *Harness) Confirm(ctx context.Context, pending skills.Result, args any) skills.Result {
	if pending.Confirmation == nil {
		h.t.Fatalf("Confirm: %s result is %s, not pending: %+v", pending.Tool, pending.Status, pending.Error)
	}
	return h.checked(h.Host.Call(ctx, pending.Tool, marshal(h.t, args), skills.CallOptions{
		IdempotencyKey: fmt.Sprintf("k%d", h.seq.Add(1)), Confirmation: pending.Confirmation.Nonce}))
}

// Do runs an irreversible tool to completion: prepare, then confirm.
func (h *Harness) Do(ctx context.Context, tool string, args any) skills.Result {
	p := h.Call(ctx, tool, args)
	if p.Status != skills.StatusPending {
		return p
	}
	return h.Confirm(ctx, p, args)
}

// OK fails the test unless r succeeded, and returns its data.
func OK(t testing.TB, r skills.Result) json.RawMessage {
	t.Helper()
	if r.Status != skills.StatusOK {
		t.Fatalf("%s: %s %+v", r.Tool, r.Status, r.Error)
	}
	return r.Data
}

// Decode decodes a successful result's data into T, the pack's exported
// result type (skills.Decode), and fails the test if it cannot.
func Decode[T any](t testing.TB, r skills.Result) T {
	t.Helper()
	OK(t, r)
	v, err := skills.Decode[T](r)
	if err != nil {
		t.Fatalf("%v: %s", err, r.Data)
	}
	return v
}

// ErrCode returns the error code of a failed result ("" if it succeeded).
func ErrCode(r skills.Result) string {
	if r.Error == nil {
		return ""
	}
	return r.Error.Code
}
