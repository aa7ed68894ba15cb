// Package skills is the SDK for what avatars can do: skills, each a set of
// typed tools, and the Host that runs them for a caller.
//
// A skill registers itself from init, like a Caddy module:
//
//	func init() { skills.Register(skills.Info{ID: "campus.rooms", New: func() skills.Skill { return new(Rooms) }}) }
//
// Its tools are declared from Go types; the JSON Schema the LLM (and MCP)
// sees is generated from the argument type, with constraints added in code,
// and arguments are validated against it before the handler runs:
//
//	skills.NewTool("rooms_find", "Find a free seminar room.", skills.Read, []string{"rooms.read"}, r.find,
//		skills.Constrain(func(s *jsonschema.Schema) { s.Properties["seats"].Minimum = skills.Ptr(1.0) }))
//
// # What the Host guarantees
//
//   - The caller (user, avatar, granted scopes) comes from the context the
//     runtime set ([WithCaller]), never from arguments.
//   - A tool runs only if the caller holds every scope it declares.
//   - Arguments are validated (all errors in one readable message) before
//     the handler runs; a handler error or panic becomes a result the
//     caller can read and correct, never a crash.
//   - Write and irreversible tools need an idempotency key; a retried call
//     returns the first result.
//   - Irreversible tools (money, bookings, cancellations, messages to other
//     people) run in two phases: the first call returns a human-readable
//     summary and a single-use confirmation nonce bound to the user, the
//     tool and the exact arguments, valid ≤ 5 minutes; only a call carrying
//     that nonce executes.
//   - Every write and irreversible call, allowed or not, is audited.
//
// Package skilltest runs tools in a few lines for tests.
package skills

import (
	"context"
	"fmt"
	"log/slog"
	"sort"
	"sync"
	"time"

	"github.com/madang-world/madang/skills/store"
)

// ID names a skill, namespace first: "madang.booking", "campus.rooms".
type ID string

// Info describes a registered skill.
type Info struct {
	ID          ID
	Description string
	// New returns a fresh, unprovisioned skill. It must have no side effects.
	New func() Skill
}

// Skill is implemented by every skill.
type Skill interface {
	// Tools lists the skill's tools. Called once, after Provision.
	Tools() []*Tool
}

// Provisioner is implemented by skills that need storage, a clock or a way
// to notify users. Provision runs once before Tools.
type Provisioner interface {
	Provision(env Env) error
}

// Ticker is implemented by skills that act on their own over time
// (reminders, deliveries). The Host calls Tick with the current time.
type Ticker interface {
	Tick(ctx context.Context, now time.Time)
}

// Closer is implemented by skills that hold resources.
type Closer interface {
	Close() error
}

// Clock tells the time. Tests pass a manual clock to move time on.
type Clock interface {
	Now() time.Time
}

// SystemClock is the real clock.
type SystemClock struct{}

// Now implements Clock.
func (SystemClock) Now() time.Time { return time.Now() }

// Notification is something a skill tells a user outside a conversation
// (a reminder, an invite, a delivery update).
type Notification struct {
	UserID string         `json:"user"`
	Kind   string         `json:"kind"` // "reminder", "invite", "delivery", …
	Text   string         `json:"text"`
	Data   map[string]any `json:"data,omitempty"`
	At     time.Time      `json:"at"`
}

// Env is what a skill gets at Provision.
type Env struct {
	// Open opens (creating) one of the skill's own durable database files.
	// Every commit is fsynced before it returns.
	Open func(name string) (*store.DB, error)
	// Clock is the time source; never call time.Now in a skill.
	Clock Clock
	// Notify delivers a notification to a user. It must not block.
	Notify func(Notification)
	// Logger for operational messages (never user data).
	Logger *slog.Logger
}

var (
	regMu    sync.Mutex
	registry = map[ID]Info{}
)

// Register makes a skill available. Call it from init. It panics on an
// empty ID, a nil New or a duplicate ID: those are programmer errors that
// must surface at start-up, not when an avatar first needs the skill.
func Register(info Info) {
	regMu.Lock()
	defer regMu.Unlock()
	if info.ID == "" {
		panic("skills: Register with an empty ID")
	}
	if info.New == nil {
		panic(fmt.Sprintf("skills: Register %s with a nil New", info.ID))
	}
	if _, dup := registry[info.ID]; dup {
		panic(fmt.Sprintf("skills: skill already registered: %s", info.ID))
	}
	registry[info.ID] = info
}

// Lookup returns a registered skill.
func Lookup(id ID) (Info, bool) {
	regMu.Lock()
	defer regMu.Unlock()
	i, ok := registry[id]
	return i, ok
}

// List returns every registered skill, sorted by ID.
func List() []Info {
	regMu.Lock()
	defer regMu.Unlock()
	out := make([]Info, 0, len(registry))
	for _, i := range registry {
		out = append(out, i)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].ID < out[b].ID })
	return out
}

// Ptr returns a pointer to v (for schema constraints).
func Ptr[T any](v T) *T { return &v }

// UserKey turns a caller's user ID into a store key part. Madang's user IDs
// already are valid parts and are kept as they are (readable keys); any
// other ID (from MCP or tests) is hashed, so user text never reaches a key.
func UserKey(id string) string {
	if store.ValidPart(id) && len(id) <= 64 {
		return id
	}
	return "h" + hashStr(id)[:40]
}

// StartClock is the real clock started at a chosen instant: it reads At
// when it is made and runs on from there at the real rate. Demos and
// end-to-end tests use it to put a whole world on a fixed day (campus
// -now) while reminders and holds still expire in real time.
type StartClock struct {
	at     time.Time
	origin time.Time // the wall instant at which the clock read at
}

// NewStartClock returns a clock that reads at now and runs on.
func NewStartClock(at time.Time) *StartClock {
	return &StartClock{at: at, origin: time.Now()}
}

// Now implements Clock. The monotonic reading of origin makes it immune
// to the machine's clock being stepped.
func (c *StartClock) Now() time.Time { return c.at.Add(time.Since(c.origin)).In(c.at.Location()) }
