package skills

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/madang-world/madang/skills/store"
)

// MaxConfirmTTL is the longest a confirmation stays valid.
const MaxConfirmTTL = 5 * time.Minute

// HostOptions configure NewHost.
type HostOptions struct {
	// Dir holds skills.db (confirmations, idempotency, audit) and each
	// skill's own files. Required.
	Dir *store.Dir
	// Skills to run; nil means every registered skill.
	Skills []ID
	// Clock; default SystemClock.
	Clock Clock
	// Notify receives notifications from skills; default drops them.
	Notify func(Notification)
	// Logger; default discards.
	Logger *slog.Logger
	// ConfirmTTL is how long a confirmation is valid; default and maximum 5 min.
	ConfirmTTL time.Duration
	// IdempotencyTTL is how long a call's idempotency record is kept: a
	// retry with the same key within it gets the first answer; one later
	// runs as a new call. Default DefaultIdempotencyTTL; never less than
	// MinIdempotencyTTL (see expire.go).
	IdempotencyTTL time.Duration
	// AuditRetention is how long audit entries stay in skills.db, which
	// buntdb keeps in memory. Default DefaultAuditRetention; negative
	// keeps them forever (the heap then grows with every audited call).
	AuditRetention time.Duration
	// Forward, if set, may run a call elsewhere: when it returns true its
	// Result is the call's. A cluster (server) uses it to run every call
	// on the one node whose skills are current (see Reload).
	Forward func(ctx context.Context, name string, args json.RawMessage, co CallOptions) (Result, bool)
}

// Host runs skills for callers and enforces the rules in the package doc.
// It is safe for concurrent use.
type Host struct {
	opts HostOptions
	db   *store.DB

	// mu guards skills and tools: skills from MCP sources come and go
	// while the server runs (Add, Remove).
	mu     sync.RWMutex
	skills []Skill
	ids    []ID
	tools  map[string]*Tool
	locks  KeyLocks // one per idempotency key in use

	builtin map[ID]bool // skills made from the registry (Reload remakes them)
	dbMu    sync.Mutex
	dbs     map[string]*store.DB // skills' files, opened once

	auditSeq atomic.Int64
	// idemMarked: skills.db holds the marker that every idempotency
	// record has its index entry (expire.go).
	idemMarked atomic.Bool
	// confMarked: the same for confirmations.
	confMarked atomic.Bool
	sweeps     atomic.Uint64 // record-writing transactions (expire.go)
}

// NewHost provisions the skills and indexes their tools. Two tools with the
// same name are an error (a skill cannot shadow another's tool).
func NewHost(opts HostOptions) (*Host, error) {
	if opts.Dir == nil {
		return nil, errors.New("skills: HostOptions.Dir is required")
	}
	if opts.Clock == nil {
		opts.Clock = SystemClock{}
	}
	if opts.Notify == nil {
		opts.Notify = func(Notification) {}
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if opts.ConfirmTTL <= 0 || opts.ConfirmTTL > MaxConfirmTTL {
		opts.ConfirmTTL = MaxConfirmTTL
	}
	if opts.IdempotencyTTL == 0 {
		opts.IdempotencyTTL = DefaultIdempotencyTTL
	}
	opts.IdempotencyTTL = max(opts.IdempotencyTTL, MinIdempotencyTTL)
	if opts.AuditRetention == 0 {
		opts.AuditRetention = DefaultAuditRetention
	}
	db, err := opts.Dir.Open("skills.db", store.Options{Durable: true})
	if err != nil {
		return nil, err
	}
	h := &Host{opts: opts, db: db, tools: map[string]*Tool{}, builtin: map[ID]bool{}, dbs: map[string]*store.DB{}}
	if err := errors.Join(h.indexIdempotency(), h.indexConfirmations()); err != nil {
		db.Close()
		return nil, err
	}
	ids := opts.Skills
	if ids == nil {
		for _, i := range List() {
			ids = append(ids, i.ID)
		}
	}
	for _, id := range ids {
		info, ok := Lookup(id)
		if !ok {
			h.Close()
			return nil, fmt.Errorf("skills: no skill %q is registered", id)
		}
		if err := h.Add(info.ID, info.New()); err != nil {
			h.Close()
			return nil, err
		}
		h.builtin[info.ID] = true
	}
	return h, nil
}

// open opens a skill's file once: a skill made again by Reload gets the
// same handle (two buntdb handles on one file would corrupt it).
func (h *Host) open(name string) (*store.DB, error) {
	h.dbMu.Lock()
	defer h.dbMu.Unlock()
	if db, ok := h.dbs[name]; ok {
		return db, nil
	}
	db, err := h.opts.Dir.Open(name, store.Options{Durable: true})
	if err != nil {
		return nil, err
	}
	h.dbs[name] = db
	return db, nil
}

// Reload makes every registered skill again from its files. Skills keep
// derived state in memory (calendars, stock sold, bookings per slot); on
// a cluster node that has not run them for a while, that state lags the
// replicated files, so the node reloads before it runs calls again.
func (h *Host) Reload() error {
	h.mu.RLock()
	var ids []ID
	for _, id := range h.ids {
		if h.builtin[id] {
			ids = append(ids, id)
		}
	}
	h.mu.RUnlock()
	for _, id := range ids {
		info, _ := Lookup(id)
		s := info.New()
		if p, ok := s.(Provisioner); ok {
			if err := p.Provision(h.env(id)); err != nil {
				return fmt.Errorf("reloading skill %s: %w", id, err)
			}
		}
		tools := s.Tools()
		h.mu.Lock()
		for i, sid := range h.ids {
			if sid == id {
				h.skills[i] = s
			}
		}
		for name, t := range h.tools {
			if t.Skill == id {
				delete(h.tools, name)
			}
		}
		for _, t := range tools {
			t.Skill = id
			h.tools[t.Name] = t
		}
		h.mu.Unlock()
	}
	return nil
}

func (h *Host) env(id ID) Env {
	return Env{
		Open:   h.open,
		Clock:  h.opts.Clock,
		Notify: h.opts.Notify,
		Logger: h.opts.Logger.With("skill", string(id)),
	}
}

// Add provisions one skill instance under id and adds its tools. NewHost
// calls it for registered skills; tests and MCP sources call it directly.
func (h *Host) Add(id ID, s Skill) error {
	if p, ok := s.(Provisioner); ok {
		if err := p.Provision(h.env(id)); err != nil {
			if c, ok := s.(Closer); ok {
				if cerr := c.Close(); cerr != nil {
					err = fmt.Errorf("%w; additionally, close: %v", err, cerr)
				}
			}
			return fmt.Errorf("provisioning skill %s: %w", id, err)
		}
	}
	tools := s.Tools()
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, t := range tools {
		if old, dup := h.tools[t.Name]; dup {
			return fmt.Errorf("skills: tool %q of %s shadows the tool of %s", t.Name, id, old.Skill)
		}
	}
	for _, t := range tools {
		t.Skill = id
		h.tools[t.Name] = t
	}
	h.skills = append(h.skills, s)
	h.ids = append(h.ids, id)
	return nil
}

// Remove takes a skill and its tools away (an MCP source removed from the
// configuration) and closes it. Calls already running finish.
func (h *Host) Remove(id ID) error {
	h.mu.Lock()
	var gone Skill
	for i, sid := range h.ids {
		if sid == id {
			gone = h.skills[i]
			h.skills = append(h.skills[:i:i], h.skills[i+1:]...)
			h.ids = append(h.ids[:i:i], h.ids[i+1:]...)
			break
		}
	}
	for name, t := range h.tools {
		if t.Skill == id {
			delete(h.tools, name)
		}
	}
	h.mu.Unlock()
	if gone == nil {
		return fmt.Errorf("skills: no skill %s", id)
	}
	if c, ok := gone.(Closer); ok {
		return c.Close()
	}
	return nil
}

// Tools returns every tool, sorted by name.
func (h *Host) Tools() []*Tool {
	h.mu.RLock()
	out := make([]*Tool, 0, len(h.tools))
	for _, t := range h.tools {
		out = append(out, t)
	}
	h.mu.RUnlock()
	slices.SortFunc(out, func(a, b *Tool) int { return strings.Compare(a.Name, b.Name) }) // names are unique; sort.Slice allocated a swapper on every turn
	return out
}

// Tool returns a tool by name.
func (h *Host) Tool(name string) (*Tool, bool) {
	h.mu.RLock()
	defer h.mu.RUnlock()
	t, ok := h.tools[name]
	return t, ok
}

func (h *Host) skillList() []Skill {
	h.mu.RLock()
	defer h.mu.RUnlock()
	return append([]Skill(nil), h.skills...)
}

// Close closes every skill that holds resources.
func (h *Host) Close() error {
	var errs []error
	for _, s := range h.skillList() {
		if c, ok := s.(Closer); ok {
			errs = append(errs, c.Close())
		}
	}
	return errors.Join(errs...)
}

// Tick lets every Ticker skill act at the clock's current time.
func (h *Host) Tick(ctx context.Context) {
	now := h.opts.Clock.Now()
	for _, s := range h.skillList() {
		if t, ok := s.(Ticker); ok {
			t.Tick(ctx, now)
		}
	}
}

// Run calls Tick every interval until ctx is done.
func (h *Host) Run(ctx context.Context, interval time.Duration) {
	tk := time.NewTicker(interval)
	defer tk.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tk.C:
			h.Tick(ctx)
		}
	}
}

// CallOptions carry what a call needs besides its arguments.
type CallOptions struct {
	// IdempotencyKey is required for write and irreversible tools. A retry
	// with the same key and arguments returns the first result.
	IdempotencyKey string
	// Confirmation is the nonce from a pending result, which the user
	// confirmed. Only irreversible tools use it.
	Confirmation string
}

// Status of a Result.
const (
	StatusOK      = "ok"
	StatusError   = "error"
	StatusPending = "pending_confirmation"
)

// Result is what a call returns. It is always a value a caller (a model)
// can read: errors are data, not crashes.
type Result struct {
	Tool         string          `json:"tool"`
	Status       string          `json:"status"`
	Data         json.RawMessage `json:"data,omitempty"`
	Error        *Error          `json:"error,omitempty"`
	Confirmation *Pending        `json:"confirmation,omitempty"`
	Replayed     bool            `json:"replayed,omitempty"`
}

// Pending is an irreversible call waiting for the user's confirmation.
type Pending struct {
	Nonce    string    `json:"nonce"`
	Tool     string    `json:"tool"`
	Summary  Summary   `json:"summary"`
	ArgsHash string    `json:"args_hash"`
	Expires  time.Time `json:"expires"`
}

func errResult(tool string, e *Error) Result {
	return Result{Tool: tool, Status: StatusError, Error: e}
}

// confRec is stored under conf:<sha256 of nonce>.
type confRec struct {
	User     string `json:"user"`
	Tool     string `json:"tool"`
	ArgsHash string `json:"args_hash"`
	Expires  int64  `json:"expires"` // Unix ms
	Used     bool   `json:"used"`
}

// idemRec is stored under idem:<sha256 of user|tool|key>.
type idemRec struct {
	ArgsHash string          `json:"args_hash"`
	Data     json.RawMessage `json:"data"`
	At       int64           `json:"at"`
}

// AuditEntry is one audited call.
type AuditEntry struct {
	At       time.Time `json:"at"`
	User     string    `json:"user"`
	Avatar   string    `json:"avatar,omitempty"`
	Channel  string    `json:"channel,omitempty"`
	Tool     string    `json:"tool"`
	Effect   Effect    `json:"effect"`
	Phase    string    `json:"phase"` // "execute", "prepare", "commit"
	ArgsHash string    `json:"args_hash"`
	Outcome  string    `json:"outcome"` // "ok", "replayed", "pending", "denied:<code>", "error:<code>"
}

func hashStr(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return hexSum(&sum)
}

// Call runs tool name with raw JSON arguments for the caller in ctx.
func (h *Host) Call(ctx context.Context, name string, args json.RawMessage, co CallOptions) (res Result) {
	if f := h.opts.Forward; f != nil {
		if r, ok := f(ctx, name, args, co); ok {
			return r
		}
	}
	return h.CallHere(ctx, name, args, co)
}

// CallHere runs a call on this host, never forwarding it.
func (h *Host) CallHere(ctx context.Context, name string, args json.RawMessage, co CallOptions) (res Result) {
	t, ok := h.Tool(name)
	if !ok {
		return errResult(name, Errorf(CodeUnknownTool, "there is no tool %q", name))
	}
	c, ok := CallerFrom(ctx)
	if !ok {
		return errResult(name, Errorf(CodeUnauthenticated, "no signed-in user"))
	}
	argsHash := ArgsHash(args)
	phase := "execute"
	if t.Effect == Irreversible {
		phase = "commit"
		if co.Confirmation == "" {
			phase = "prepare"
		}
	}
	// The call's own records (idempotency, audit) are committed as they
	// come and their fsyncs awaited together when the call returns, after
	// its locks are released: records of concurrent calls share fsyncs
	// (store.DB.Write), and nothing is returned before they are on disk.
	var waits []func() error
	// The tool's own writes to this file, handed over by Later: waited
	// for with the records, one fsync for all (they were committed
	// before the records, so it covers them).
	lt := &later{db: h.db}
	ctx = context.WithValue(ctx, laterKey, lt)
	defer func() {
		for _, wait := range waits {
			if err := wait(); err != nil {
				h.opts.Logger.Error("writing the call's records to disk", "tool", name, "err", err)
			}
		}
		if err := lt.wait(); err != nil {
			h.opts.Logger.Error("writing the tool's data to disk", "tool", name, "err", err)
			res = errResult(name, Errorf(CodeUnavailable, "what %s did could not be saved to disk; it may not be recorded", name))
		}
	}()
	audit := func(outcome string, with ...store.Sealed) {
		// Reads are audited for external tools and for calls arriving over
		// MCP (agents outside Madang); in-world reads are too many to keep.
		if t.Effect == Read && !t.AuditReads && c.Channel != "mcp" {
			return
		}
		waits = append(waits, h.audit(AuditEntry{At: h.opts.Clock.Now(), User: c.UserID, Avatar: c.Avatar, Channel: c.Channel,
			Tool: name, Effect: t.Effect, Phase: phase, ArgsHash: argsHash, Outcome: outcome}, with...))
	}
	defer func() {
		if p := recover(); p != nil {
			h.opts.Logger.Error("tool panicked", "tool", name, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			res = errResult(name, Errorf(CodeInternal, "the tool failed unexpectedly; nothing more is known"))
			audit("error:" + CodeInternal)
		}
	}()
	for _, s := range t.Scopes {
		if !c.Has(s) {
			audit("denied:" + CodeForbidden)
			return errResult(name, Errorf(CodeForbidden, "this needs the %q permission, which was not granted", s))
		}
	}
	if err := t.Validate(args); err != nil {
		audit("denied:" + CodeInvalidArguments)
		return errResult(name, asError(err))
	}
	if t.Effect == Read {
		res := h.run(ctx, t, c, args)
		if res.Error != nil {
			audit("error:" + res.Error.Code)
		} else {
			audit("ok")
		}
		return res
	}
	if co.IdempotencyKey == "" || len(co.IdempotencyKey) > 200 {
		audit("denied:" + CodeIdempotencyRequired)
		return errResult(name, Errorf(CodeIdempotencyRequired, "%s changes data and needs an idempotency key (at most 200 bytes)", name))
	}
	if phase == "prepare" {
		p, wait, err := h.prepare(ctx, t, c, args, argsHash)
		if err != nil {
			audit("error:" + asError(err).Code)
			return errResult(name, asError(err))
		}
		audit("pending") // committed before the wait: one fsync for both
		if err := wait(); err != nil {
			return errResult(name, Errorf(CodeUnavailable, "could not store the confirmation; nothing was done"))
		}
		return Result{Tool: name, Status: StatusPending, Confirmation: p}
	}

	opID := hashStr(c.UserID, name, co.IdempotencyKey)
	defer h.locks.Lock(opID)()
	ikey := store.NewKey("idem", opID)
	var prev idemRec
	err := h.db.View(func(tx *store.Tx) error { return store.GetJSON(tx, ikey, &prev) })
	var stale store.Key // the expired record's index entry, replaced with the new record
	if err == nil && h.idemExpired(prev.At) {
		// Expired, whether or not the sweep has removed it yet: the key
		// is free, as it would be after the sweep (expire.go).
		stale, err = idemIndexKey(prev.At, opID), store.ErrNotFound
	}
	if err == nil {
		// A replayed answer acknowledges the first attempt, whose record
		// may still wait for its fsync. A record not found acknowledges
		// nothing and needs no wait: the call goes on to write its own
		// records to this file (its audit entry; its idempotency record
		// when it succeeds) and returns after their fsync, which covers
		// everything written to the file before them. Waiting here cost
		// every call a whole fsync of skills.db more under load.
		if serr := h.db.Synced(); serr != nil {
			err = serr
		}
	}
	switch {
	case err == nil && prev.ArgsHash != argsHash:
		audit("denied:" + CodeIdempotencyConflict)
		return errResult(name, Errorf(CodeIdempotencyConflict, "this idempotency key was already used with other arguments"))
	case err == nil:
		audit("replayed")
		return Result{Tool: name, Status: StatusOK, Data: prev.Data, Replayed: true}
	case !errors.Is(err, store.ErrNotFound):
		audit("error:" + CodeUnavailable)
		return errResult(name, Errorf(CodeUnavailable, "storage is unavailable; nothing was done"))
	}
	if t.Effect == Irreversible {
		wait, err := h.consume(co.Confirmation, c.UserID, name, argsHash)
		if err != nil {
			audit("denied:" + CodeConfirmationInvalid)
			return errResult(name, err)
		}
		if t.nonceFile != nil && t.nonceFile().SameFile(h.db) {
			// The tool's writes to this file follow the mark and its
			// effects follow their fsync (MarksInFile): the mark's wait
			// goes with the tool's handed-over ones, and a failed fsync
			// fails the call as theirs would.
			lt.mu.Lock()
			lt.waits = append(lt.waits, wait)
			lt.mu.Unlock()
		} else if err := wait(); err != nil {
			audit("denied:" + CodeConfirmationInvalid) // as when the mark's commit fails
			return errResult(name, Errorf(CodeUnavailable, "storage is unavailable; nothing was done"))
		}
	}
	res = h.run(WithOpID(ctx, opID), t, c, args)
	if res.Status == StatusOK {
		// The idempotency record is committed with the audit entry, in one
		// transaction of skills.db rather than two: each transaction of a
		// file takes its write lock and writes to it in turn. If it fails,
		// the effect happened all the same; a retry finds it through OpID.
		at := h.opts.Clock.Now().UnixMilli()
		rec, err := store.Seal(ikey, idemRec{ArgsHash: argsHash, Data: res.Data, At: at})
		if err != nil {
			h.opts.Logger.Error("storing idempotency record", "tool", name, "err", err)
			audit("ok")
		} else {
			audit("ok", rec, store.Raw(idemIndexKey(at, opID), ""), store.Deletion(stale))
		}
	} else {
		audit("error:" + res.Error.Code)
	}
	return res
}

// KeyLocks is a lock per key, for the keys in use: calls with the same
// idempotency key run one at a time, others never wait for each other
// (a striped lock made unrelated calls that hash alike queue behind each
// other's fsyncs).
//
// Skills that read, modify and write a record under their own lock use it
// too (skills/tutoring, a student's progress): the lock is held over the
// commit, so with stripes every student whose key hashed alike queued
// behind the others' encoding and the file's write lock.
type KeyLocks struct {
	mu sync.Mutex
	m  map[string]*keyLock
}

type keyLock struct {
	sync.Mutex
	users int // holders and waiters; the entry goes when it is 0
}

// Lock locks key and returns its unlock.
func (k *KeyLocks) Lock(key string) (unlock func()) {
	k.mu.Lock()
	if k.m == nil {
		k.m = map[string]*keyLock{}
	}
	l := k.m[key]
	if l == nil {
		l = &keyLock{}
		k.m[key] = l
	}
	l.users++
	k.mu.Unlock()
	l.Lock()
	return func() {
		l.Unlock()
		k.mu.Lock()
		if l.users--; l.users == 0 {
			delete(k.m, key)
		}
		k.mu.Unlock()
	}
}

func asError(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return Errorf(CodeFailed, "%v", err)
}

func (h *Host) run(ctx context.Context, t *Tool, c Caller, args []byte) Result {
	out, err := t.run(ctx, c, args)
	if err != nil {
		return errResult(t.Name, asError(err))
	}
	data, err := json.Marshal(out)
	if err != nil {
		return errResult(t.Name, Errorf(CodeInternal, "the tool's result could not be encoded"))
	}
	return Result{Tool: t.Name, Status: StatusOK, Data: data}
}

// prepare stores a confirmation; wait (never nil) returns once it is
// fsynced — the call waits for it with its audit entry, one fsync for
// both.
func (h *Host) prepare(ctx context.Context, t *Tool, c Caller, args []byte, argsHash string) (*Pending, func() error, error) {
	sum, err := t.prepare(ctx, c, args)
	if err != nil {
		return nil, noWait, err
	}
	nonce := store.NewID("cf_")
	exp := h.opts.Clock.Now().Add(h.opts.ConfirmTTL)
	rec := confRec{User: c.UserID, Tool: t.Name, ArgsHash: argsHash, Expires: exp.UnixMilli()}
	id := hashStr(nonce)
	wait, err := h.db.Write(func(tx *store.Tx) error {
		if err := store.SetJSON(tx, store.NewKey("conf", id), rec); err != nil {
			return err
		}
		return store.Raw(confIndexKey(rec.Expires, id), "").Set(tx) // for the sweep (expire.go)
	})
	if err != nil {
		return nil, noWait, Errorf(CodeUnavailable, "could not store the confirmation; nothing was done")
	}
	return &Pending{Nonce: nonce, Tool: t.Name, Summary: sum, ArgsHash: argsHash, Expires: exp}, wait, nil
}

func noWait() error { return nil }

// consume checks a confirmation nonce and marks it used, in one exclusive
// transaction, so two concurrent confirmations cannot both pass.
//
// wait returns once the mark is fsynced: the caller waits for it before
// the tool runs, or leaves it to the fsync of the tool's own writes to
// this file (Tool.nonceFile, MarksInFile). A refusal is returned once what
// it read is on disk.
func (h *Host) consume(nonce, user, tool, argsHash string) (wait func() error, _ *Error) {
	bad := func(why string) *Error {
		return Errorf(CodeConfirmationInvalid, "%s; ask the user to confirm again", why)
	}
	if nonce == "" || len(nonce) > 64 {
		return noWait, bad("this action needs the user's confirmation")
	}
	var out *Error
	wait, err := h.db.Write(func(tx *store.Tx) error {
		key := store.NewKey("conf", hashStr(nonce))
		var r confRec
		if err := store.GetJSON(tx, key, &r); err != nil {
			out = bad("unknown confirmation")
			return nil
		}
		switch {
		case r.User != user:
			out = bad("unknown confirmation") // never confirm whose it is
		case r.Used:
			out = bad("this confirmation was already used")
		case r.Tool != tool:
			out = bad("this confirmation is for another action")
		case r.ArgsHash != argsHash:
			out = bad("the details changed since the user confirmed")
		case h.opts.Clock.Now().UnixMilli() >= r.Expires:
			out = bad("the confirmation expired")
		default:
			r.Used = true
			return store.SetJSON(tx, key, r)
		}
		return nil
	})
	if err != nil {
		return noWait, Errorf(CodeUnavailable, "storage is unavailable; nothing was done")
	}
	if out != nil {
		// A refusal read what may not be on disk yet (store.DB.Write):
		// it is answered once that is.
		if err := wait(); err != nil {
			return noWait, Errorf(CodeUnavailable, "storage is unavailable; nothing was done")
		}
		return noWait, out
	}
	return wait, nil
}

// audit commits an audit entry, and with it the call's other records
// (its idempotency record), in one transaction; wait returns once it is
// fsynced. The records are encoded before it, outside the file's write
// lock.
func (h *Host) audit(e AuditEntry, with ...store.Sealed) (wait func() error) {
	// Time first for order across restarts, then a sequence for calls in
	// the same nanosecond (a manual clock), then randomness for uniqueness.
	key := store.NewKey("audit", zeroPad(e.At.UnixNano(), 20), zeroPad(h.auditSeq.Add(1), 12), store.NewID(""))
	entry, err := store.Seal(key, &e)
	if err != nil {
		h.opts.Logger.Error("writing audit entry", "tool", e.Tool, "err", err)
		if len(with) == 0 {
			return noWait
		}
	} else {
		with = append(with, entry)
	}
	wait, err = h.db.Write(func(tx *store.Tx) error {
		for _, r := range with {
			if err := r.Set(tx); err != nil {
				return err
			}
		}
		return h.expire(tx, e.At) // in the same commit: no transaction of its own
	})
	if err != nil {
		h.opts.Logger.Error("writing audit entry", "tool", e.Tool, "records", len(with), "err", err)
	}
	return wait
}

// zeroPad is fmt.Sprintf("%0*d", width, n), without fmt for n ≥ 0.
func zeroPad(n int64, width int) string {
	if n < 0 {
		return fmt.Sprintf("%0*d", width, n)
	}
	var buf [24]byte
	d := strconv.AppendInt(buf[:0], n, 10)
	if len(d) >= width {
		return string(d)
	}
	return strings.Repeat("0", width-len(d)) + string(d)
}

// AppendJSON appends e as json.Marshal encodes it (store.JSONAppender):
// every call that changes data writes an entry.
func (e *AuditEntry) AppendJSON(b []byte) ([]byte, error) {
	b = append(b, `{"at":"`...)
	b, err := e.At.AppendText(b)
	if err != nil {
		return b, err
	}
	b = append(b, `","user":`...)
	b = store.AppendJSONString(b, e.User)
	if e.Avatar != "" {
		b = append(b, `,"avatar":`...)
		b = store.AppendJSONString(b, e.Avatar)
	}
	if e.Channel != "" {
		b = append(b, `,"channel":`...)
		b = store.AppendJSONString(b, e.Channel)
	}
	b = append(b, `,"tool":`...)
	b = store.AppendJSONString(b, e.Tool)
	b = append(b, `,"effect":`...)
	b = store.AppendJSONString(b, string(e.Effect))
	b = append(b, `,"phase":`...)
	b = store.AppendJSONString(b, e.Phase)
	b = append(b, `,"args_hash":`...)
	b = store.AppendJSONString(b, e.ArgsHash)
	b = append(b, `,"outcome":`...)
	b = store.AppendJSONString(b, e.Outcome)
	return append(b, '}'), nil
}

// Audit returns the audit entries, oldest first (for tests and operators).
func (h *Host) Audit() []AuditEntry {
	var out []AuditEntry
	h.db.View(func(tx *store.Tx) error {
		return tx.Scan(store.NewKey("audit"), func(k store.Key, v string) bool {
			var e AuditEntry
			if store.Unmarshal(k, v, &e) == nil {
				out = append(out, e)
			}
			return true
		})
	})
	return out
}

// Secret returns this server's random 32-byte secret called name, made on
// first use and kept in skills.db: in the data directory, so it survives
// restarts, and replicated with it in a cluster, so every node derives the
// same values from it. skills/mcpsrc keys the user pseudonyms it sends to
// external sources with one. The name is a store key part.
func (h *Host) Secret(name string) ([]byte, error) {
	if !store.ValidPart(name) {
		return nil, fmt.Errorf("skills: secret name %q is not a valid key part", name)
	}
	fresh := make([]byte, 32)
	if _, err := rand.Read(fresh); err != nil {
		return nil, fmt.Errorf("skills: making secret %s: %w", name, err)
	}
	var out []byte
	key := store.NewKey("secret", name)
	err := h.db.Update(func(tx *store.Tx) error {
		var have []byte
		err := store.GetJSON(tx, key, &have)
		switch {
		case err == nil && len(have) != 32:
			return fmt.Errorf("the stored secret has %d bytes, not 32", len(have))
		case err == nil:
			out = have
			return nil
		case !errors.Is(err, store.ErrNotFound):
			return err
		}
		out = fresh
		return store.SetJSON(tx, key, fresh)
	})
	if err != nil {
		return nil, fmt.Errorf("skills: secret %s: %w", name, err)
	}
	return out, nil
}
