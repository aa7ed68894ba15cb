package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tidwall/buntdb"
)

// Group commit (durable files on a single node).
//
// buntdb's SyncPolicy Always fsyncs inside Commit, holding the file's
// write lock: every durable commit pays its own fsync (0.12–3 ms on the
// development machine's shared disk, depending on what else writes to
// it) and every writer of the file queues behind it, so a file never
// commits more transactions a second than the disk does fsyncs, however
// many callers there are.
//
// Here buntdb commits without fsyncing (SyncPolicy Never): each caller's
// function still runs in its own buntdb transaction — buntdb's own
// rollback undoes exactly that caller's writes when its function fails,
// so one caller's error never touches another's writes — and Commit
// writes the transaction to the file (the OS's page cache) before it
// releases the lock. The caller then waits for an fsync that covers its
// write. The first waiter that finds no fsync running runs one itself;
// those that arrive while it runs wait, and the next one covers all of
// them at once. A lone writer therefore fsyncs at once, as before; under
// load one fsync covers as many commits as arrived during the previous
// one.
//
// Why not one committer running the queued functions in one shared
// buntdb transaction: buntdb has no savepoints, so a function that fails
// halfway would need its writes undone by hand inside the shared
// transaction, and each function would see the others' uncommitted
// writes. Per-caller transactions keep buntdb's isolation and rollback as
// they are and cost one write() each (microseconds, under the lock) where
// the fsync costs a millisecond; the fsync is what is shared.
//
// Nothing is acknowledged before the fsync that covers it: Update returns
// only after that fsync. A commit is visible to other transactions
// slightly earlier — once it is written, before it is fsynced — so a
// reader could see, and act on, a write a power cut then takes back. An
// Update returns only after the writes it could have seen are fsynced
// (waitSeen), whether it wrote or not, and so does ViewSynced, for a read
// that acknowledges (an idempotent retry answered from the first
// attempt's record; the skills host reads with View and calls Synced once
// it finds one — a record not found acknowledges nothing, and the call's
// own records that follow are waited for). Plain View does not wait: a
// read serves what is committed, as buntdb's always did, and many readers
// hold a lock of their own over it. A caller holding its own lock over a
// read-modify-write must not wait under it either (everyone behind the
// lock would queue behind the fsync again): it commits with Write and
// waits after unlocking (or calls Synced then).
//
// A failed fsync leaves the file in an unknown state (the kernel may have
// dropped the dirty pages it could not write): the waiters get the error
// and the file refuses further transactions until the process restarts
// and reloads it from disk, the policy PostgreSQL adopted in 2018. (buntdb
// itself ignores the error of the fsync in its Commit.)
//
// How long a writer waits for company (Dir.CommitDelay, at most
// MaxCommitDelay): never when alone, and under load until CommitDelay
// has passed since the file's previous fsync started. A file is under
// load from the moment a writer about to fsync finds company — other
// writers inside their transactions (from entering Update to having
// their number), or other commits waiting — and for loadFor delays
// after. So a lone writer, even one committing back to back, fsyncs at
// once as before; under load a file runs at most one fsync per
// CommitDelay and each covers the commits of that whole window. The
// earlier rule (wait only while a writer was inside its transaction)
// rarely found one at a steady rate of independent writers: at 2,500
// conversation turns a second most fsyncs covered a single commit, and
// an fsync costs about 80 µs of CPU on the development machine's disk
// (docs/performance.md, "One file for a turn's writes", where the
// server's default, server.DefaultCommitDelay, was measured). Zero, the
// store's own default, never waits.
//
// In cluster mode a write is durable when the shared log accepts it, and
// the replica's Update keeps its own path: one log entry per transaction,
// appended with the expected-sequence check under the replica's lock, and
// SyncPolicy Always locally (replica.go). Making a batch one log entry
// would need exactly the shared transaction ruled out above; that path is
// unchanged.
type groupSync struct {
	bdb  *buntdb.DB
	path string
	// each: buntdb fsyncs each commit itself (Dir.SyncEachCommit); only
	// the transaction markers are added here.
	each bool
	// lastStart is when the last fsync started (only the caller running
	// sync touches it: one at a time).
	lastStart time.Time
	// loadedUntil: the file counts as under load until then (sync).
	loadedUntil time.Time
	// now and sleep are time.Now and time.Sleep (a test's clock).
	now   func() time.Time
	sleep func(time.Duration)
	// delay is, under load, the least time between the starts of two
	// fsyncs (Dir.CommitDelay; see How long a writer waits above).
	delay time.Duration

	fileMu sync.Mutex // held while fsyncing, and by Compact around the file's replacement
	// shrinkMu keeps transactions out while Compact rewrites the file:
	// buntdb's Shrink lets writes go on into the old file and copies them
	// to the new one at other offsets than their markers name, and the
	// next Open would take the file for damaged (TestWritesDuringCompactReopen).
	// Writers hold it (read) only inside their transaction, never while
	// waiting for their fsync, so Compact cannot deadlock with them.
	shrinkMu sync.RWMutex
	f        *os.File // our own descriptor on the file (fsync flushes the file, whoever wrote it)

	// issued numbers the transactions that wrote something, inside the
	// transaction (so anything a reader can see is numbered); synced is
	// the highest number an fsync is known to cover.
	issued, synced atomic.Uint64
	// inflight counts callers between entering Update and having their
	// number (or failing): the company a syncing writer may wait for.
	inflight atomic.Int64
	// waiting counts callers inside wait for an fsync still to come.
	waiting atomic.Int64

	mu      sync.Mutex
	cond    *sync.Cond
	syncing bool
	err     error // sticky: a failed fsync, or the file closed

	syncs, commits atomic.Uint64 // for SyncStats
	delayed        atomic.Uint64 // fsyncs due under load (tests)

	// beforeSync, if set (tests), runs before each fsync, outside every lock.
	beforeSync func()
}

// ErrSyncFailed means an fsync of a durable file failed: writes of that
// file may not be on disk, and the file takes no more transactions until
// the process restarts and reloads it.
var ErrSyncFailed = errors.New("fsync failed: restart the server to reload the file from disk")

// loadFor is how many commit delays the file counts as under load after
// a writer about to fsync last found company.
const loadFor = 20

// MaxCommitDelay bounds Dir.CommitDelay: a writer about to fsync never
// waits longer for company, whatever is configured — about one fsync
// of this machine's disk under load (0.12–3 ms).
const MaxCommitDelay = time.Millisecond

func newGroupSync(bdb *buntdb.DB, path string, each bool, delay time.Duration) (*groupSync, error) {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return nil, fmt.Errorf("opening %s for fsync: %w", path, err)
	}
	delay = min(max(delay, 0), MaxCommitDelay)
	g := &groupSync{bdb: bdb, path: path, each: each, delay: delay, f: f, now: time.Now, sleep: time.Sleep}
	g.cond = sync.NewCond(&g.mu)
	return g, nil
}

// failed returns the sticky error, if any.
func (g *groupSync) failed() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.err
}

// update runs fn in its own buntdb transaction and returns once the
// transaction's writes — and anything else it read — are fsynced.
func (g *groupSync) update(fn func(tx *buntdb.Tx) error) error {
	wait, err := g.write(fn)
	if werr := wait(); err == nil {
		err = werr
	}
	return err
}

func noWait() error { return nil }

// write runs fn in its own buntdb transaction and commits it; wait
// returns once the transaction's writes — and anything else it read —
// are fsynced.
func (g *groupSync) write(fn func(tx *buntdb.Tx) error) (wait func() error, err error) {
	if err := g.failed(); err != nil {
		return noWait, err
	}
	g.inflight.Add(1)
	numbered := false
	var n uint64
	g.shrinkMu.RLock()
	err = g.bdbUpdate(func(tx *buntdb.Tx) error {
		if err := fn(tx); err != nil {
			return err
		}
		if !hasWrites(tx) {
			return nil
		}
		if err := g.mark(tx); err != nil {
			return err
		}
		if g.each {
			return nil // buntdb's Commit fsyncs
		}
		// Numbered inside the transaction, before Commit writes it: a
		// reader that sees these writes sees this number too.
		n = g.issued.Add(1)
		numbered = true
		return nil
	})
	g.inflight.Add(-1)
	switch {
	case g.each:
		return noWait, err
	case !numbered:
		// A function that failed or wrote nothing may still have read
		// writes not yet fsynced, and its answer depends on them.
		return g.waitSeen, err
	case err != nil:
		// Commit could not write the file; buntdb rolled the
		// transaction back. The number covers nothing.
		return noWait, err
	}
	g.commits.Add(1)
	return func() error { return g.wait(n) }, nil
}

// bdbUpdate runs buntdb's Update holding shrinkMu (read), released even if
// fn panics.
func (g *groupSync) bdbUpdate(fn func(tx *buntdb.Tx) error) error {
	defer g.shrinkMu.RUnlock()
	return g.bdb.Update(fn)
}

// mark adds the transaction's marker record (torn.go). buntdb appends,
// so the transaction's records will start at the file's current size;
// the path names the file buntdb writes, since Shrink swaps files only
// under the write lock this transaction holds.
//
// The size comes from buntdb's own descriptor (fstat): the transaction
// holds buntdb's write lock, under which that descriptor is the file's,
// and a stat of the path looked the path up again for every commit, under
// that lock (8 % of the CPU of BenchmarkDurableBookings). Should buntdb's
// layout change, the path is used as before.
func (g *groupSync) mark(tx *buntdb.Tx) error {
	var size int64
	var err error
	if f := bdbFile(g.bdb); f != nil {
		size, err = fileSize(f)
	} else {
		var st os.FileInfo
		if st, err = os.Stat(g.path); err == nil {
			size = st.Size()
		}
	}
	if err != nil {
		return fmt.Errorf("marking a transaction of %s: %w", g.path, err)
	}
	return markTxn(tx, size)
}

// bdbFileField is the index of buntdb.DB's file field (the descriptor it
// appends to), or -1 if it has no such *os.File field.
var bdbFileField = func() int {
	f, ok := reflect.TypeOf(buntdb.DB{}).FieldByName("file")
	if !ok || len(f.Index) != 1 || f.Type != reflect.TypeOf((*os.File)(nil)) {
		return -1
	}
	return f.Index[0]
}()

// bdbFile returns the descriptor buntdb appends to, or nil when its layout
// is not the one known (TestBuntdbFile guards it). Only under buntdb's
// write lock is it the descriptor of the file in use: Shrink replaces it.
func bdbFile(bdb *buntdb.DB) *os.File {
	if bdbFileField < 0 {
		return nil
	}
	v := reflect.ValueOf(bdb).Elem().Field(bdbFileField)
	if v.IsNil() {
		return nil
	}
	return (*os.File)(v.UnsafePointer())
}

// waitSeen waits until every write a transaction that has just ended
// could have seen is fsynced.
func (g *groupSync) waitSeen() error {
	if g.each {
		return nil
	}
	return g.wait(g.issued.Load())
}

// wait returns once an fsync covers the transactions numbered up to n.
func (g *groupSync) wait(n uint64) error {
	if g.synced.Load() >= n {
		return nil
	}
	g.waiting.Add(1)
	defer g.waiting.Add(-1)
	g.mu.Lock()
	defer g.mu.Unlock()
	for g.synced.Load() < n {
		if g.err != nil {
			return g.err
		}
		if g.syncing {
			g.cond.Wait()
			continue
		}
		// Nobody is syncing: this caller does, for everyone written so far.
		g.syncing = true
		g.mu.Unlock()
		upto, err := g.sync()
		g.mu.Lock()
		g.syncing = false
		if err != nil {
			if g.err == nil {
				g.err = err
			}
		} else if upto > g.synced.Load() {
			g.synced.Store(upto)
		}
		g.cond.Broadcast()
	}
	return nil
}

// sync fsyncs the file and returns the number it covers.
func (g *groupSync) sync() (uint64, error) {
	now := g.now()
	if g.delay > 0 {
		if g.inflight.Load() > 0 || g.waiting.Load() > 1 {
			// Company: writers inside their transactions, or other
			// callers waiting besides this one (not commits: one caller
			// may wait for several of its own, a skill call's and its
			// records'). The file counts as
			// under load for loadFor delays: at a steady rate of
			// independent writers most fsyncs find no company at the
			// instant they are due, yet more writers come within the
			// window.
			g.loadedUntil = now.Add(loadFor * g.delay)
		}
		if now.Before(g.loadedUntil) {
			// Under load fsyncs start no closer together than delay, so
			// the writers arriving meanwhile share this one. A writer
			// alone — no company within the window — never waits.
			g.delayed.Add(1)
			if wait := g.delay - now.Sub(g.lastStart); wait > 0 {
				g.sleep(wait)
				now = now.Add(wait)
			}
		}
	}
	g.lastStart = now
	// The read lock waits out a transaction being committed, so every
	// number up to upto has been written to the file.
	var upto uint64
	if err := g.bdb.View(func(*buntdb.Tx) error { upto = g.issued.Load(); return nil }); err != nil {
		if errors.Is(err, buntdb.ErrDatabaseClosed) {
			return 0, fmt.Errorf("%s: %w", g.path, err)
		}
		return 0, err
	}
	if g.beforeSync != nil {
		g.beforeSync()
	}
	g.fileMu.Lock()
	defer g.fileMu.Unlock()
	if g.f == nil {
		return 0, fmt.Errorf("%s: %w", g.path, buntdb.ErrDatabaseClosed)
	}
	if err := g.f.Sync(); err != nil {
		return 0, fmt.Errorf("%w: %s: %w", ErrSyncFailed, g.path, err)
	}
	g.syncs.Add(1)
	fsyncs.Add(1)
	return upto, nil
}

// replaced runs swap (which replaces the file, as Shrink does) with no
// fsync in progress, then reopens the descriptor on the new file.
func (g *groupSync) replaced(swap func() error) error {
	g.shrinkMu.Lock()
	defer g.shrinkMu.Unlock()
	g.fileMu.Lock()
	defer g.fileMu.Unlock()
	err := swap()
	if g.f == nil {
		return err
	}
	f, oerr := os.OpenFile(g.path, os.O_RDWR, 0)
	if oerr != nil {
		// Without a descriptor on the file in use no fsync can cover the
		// writes that follow: refuse them.
		g.mu.Lock()
		if g.err == nil {
			g.err = fmt.Errorf("%w: %s: reopening after compaction: %w", ErrSyncFailed, g.path, oerr)
		}
		g.cond.Broadcast()
		g.mu.Unlock()
		return errors.Join(err, oerr)
	}
	g.f.Close()
	g.f = f
	return err
}

// close runs after buntdb closed the file (no transaction can start): a
// last fsync answers the writers still waiting, then the descriptor goes.
func (g *groupSync) close() error {
	g.fileMu.Lock()
	defer g.fileMu.Unlock()
	if g.f == nil {
		return nil
	}
	err := g.f.Sync()
	g.f.Close()
	g.f = nil
	g.mu.Lock()
	if err != nil {
		if g.err == nil {
			g.err = fmt.Errorf("%w: %s: %w", ErrSyncFailed, g.path, err)
		}
	} else {
		g.synced.Store(g.issued.Load())
		if g.err == nil {
			g.err = fmt.Errorf("%s: %w", g.path, buntdb.ErrDatabaseClosed)
		}
	}
	g.cond.Broadcast()
	g.mu.Unlock()
	if err != nil {
		return fmt.Errorf("fsync %s: %w", g.path, err)
	}
	return nil
}

// hasWrites reports whether an open read-write transaction has written
// anything buntdb's Commit will write to the file (see writeSet for the
// layout this reads; TestWriteSet guards it).
func hasWrites(tx *buntdb.Tx) bool {
	wc := reflect.ValueOf(tx).Elem().FieldByName("wc")
	if !wc.IsValid() || wc.IsNil() {
		return false
	}
	wc = wc.Elem()
	if rb := wc.FieldByName("rbkeys"); rb.IsValid() && !rb.IsNil() {
		return true
	}
	items := wc.FieldByName("commitItems")
	// An unknown layout counts as a write: an fsync too many, never one
	// too few.
	return !items.IsValid() || items.Kind() != reflect.Map || items.Len() > 0
}

// fsyncs counts the group fsyncs of every durable file in the process
// (Fsyncs).
var fsyncs atomic.Uint64

// Fsyncs returns how many fsyncs group commit has run in this process, on
// every durable file: benchmarks divide it by their turns (an fsync costs
// about 80 µs of CPU on the development machine's disk, docs/performance.md).
func Fsyncs() uint64 { return fsyncs.Load() }

// SyncStats reports, for a durable file on a single node, how many
// transactions were committed through group commit and how many fsyncs
// covered them (commits/syncs is the mean group size). Zero elsewhere.
func (db *DB) SyncStats() (commits, syncs uint64) {
	if db.gs == nil {
		return 0, 0
	}
	return db.gs.commits.Load(), db.gs.syncs.Load()
}

// ViewSynced runs fn in a read-only transaction and returns only once
// every write fn could have seen is fsynced: for a read whose answer
// acknowledges a write — an idempotent retry answered from the first
// attempt's record — which must not be answered before that write is on
// disk. It costs nothing when no write waits for its fsync. View does not
// wait (most reads serve what they find, and a caller may hold its own
// lock over one).
func (db *DB) ViewSynced(fn func(tx *Tx) error) error {
	err := db.View(fn)
	if db.rep == nil && db.gs != nil {
		if werr := db.gs.waitSeen(); err == nil {
			err = werr
		}
	}
	return err
}

// Write runs fn in a read-write transaction and commits it, like Update,
// but returns before the fsync that makes it durable: wait, never nil,
// returns once it (and whatever fn read) is fsynced, or why not. Nothing
// may be acknowledged — and no error that fn's reads decided may be
// reported — before wait returns.
//
// It is for callers that keep an in-memory view in step with the file
// under their own lock (capacity counts, say): they commit under their
// lock and wait after releasing it, so the writers behind them share the
// fsync instead of queueing behind it, as they would if the lock were
// held across Update. What the view shows meanwhile — another caller may
// be refused a seat this commit took — is not yet durable; only what is
// acknowledged must be. On a file without group commit wait returns nil
// at once: the commit was already durable (or, on a non-durable file,
// never will be before its next sync).
func (db *DB) Write(fn func(tx *Tx) error) (wait func() error, err error) {
	if db.rep == nil && db.gs != nil {
		return db.gs.write(wrap(fn))
	}
	return noWait, db.Update(fn)
}

// SameFile reports whether db and o commit to one file through one group
// commit (two names of a shared file, Dir.Share, or the same DB): an
// fsync that covers a later commit of one covers the other's earlier ones.
func (db *DB) SameFile(o *DB) bool {
	return db != nil && o != nil && db.gs != nil && db.gs == o.gs
}

// Synced returns once every transaction committed so far is fsynced (at
// once on a file without group commit): for an answer read from an
// in-memory view kept in step with the file, which may show a commit
// whose fsync is still under way (a retry finding the first attempt's
// record).
func (db *DB) Synced() error {
	if db.rep == nil && db.gs != nil {
		return db.gs.waitSeen()
	}
	return nil
}

// Sealed is a value encoded as SetJSON would store it (JSON and its
// checksum), made before the transaction that writes it.
//
// Encoding inside Update's function runs under the file's write lock,
// which every writer of the file takes in turn: a conversation's state
// (forty lines of history, about 4 KB of JSON) took longer to encode than
// the rest of its commit, and 500 conversations saving at once queued
// behind each other's encoding. Seal outside, Set inside.
type Sealed struct {
	key Key
	val string
	del bool // Deletion: Set deletes key
}

// Deletion is a Sealed whose Set deletes key — nothing for the zero Key —
// so that a deletion travels with sealed values into their transaction
// (the skills host replacing an expired idempotency record's index entry).
func Deletion(key Key) Sealed { return Sealed{key: key, del: true} }

// Raw is a Sealed that stores v as it is, as Tx.Set does (no checksum):
// for values never decoded, such as an index entry's empty value.
func Raw(key Key, v string) Sealed { return Sealed{key: key, val: v} }

// Seal encodes v for key. A value that is a JSONAppender encodes itself.
func Seal(key Key, v any) (Sealed, error) {
	if a, ok := v.(JSONAppender); ok {
		bp := sealBufs.Get().(*[]byte)
		b, err := a.AppendJSON((*bp)[:0])
		if err == nil {
			s := Sealed{key: key, val: seal(key.s, b)}
			if cap(b) <= 64<<10 {
				*bp = b
				sealBufs.Put(bp)
			}
			return s, nil
		}
		sealBufs.Put(bp)
		// Fall through: json.Marshal reports the error as it words it.
	}
	b, err := json.Marshal(v)
	if err != nil {
		return Sealed{}, fmt.Errorf("encoding %s: %w", key.s, err)
	}
	return Sealed{key: key, val: seal(key.s, b)}, nil
}

// JSONAppender is a value that appends its own JSON encoding, the very
// bytes json.Marshal would produce (Seal stores either; a test of the
// implementing type must compare the two). Hot values written on every
// turn (a conversation's state) encode several times faster this way
// than by reflection.
type JSONAppender interface {
	AppendJSON(b []byte) ([]byte, error)
}

// JSONDecoder is a value that decodes its own JSON as json.Unmarshal would
// decode it into the value (Unmarshal and GetJSON use it); like
// JSONAppender, for values read on every turn, and its tests must compare
// it with json.Unmarshal.
type JSONDecoder interface {
	DecodeJSON(data string) error
}

// sealBufs are Seal's encoding buffers: the value is copied into the
// sealed string, so the buffer is free again at once.
var sealBufs = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

// Set writes the sealed value under its key (a Deletion deletes the key).
func (s Sealed) Set(tx *Tx) error {
	if s.del {
		if s.key.IsZero() {
			return nil
		}
		return tx.Delete(s.key)
	}
	if s.key.IsZero() {
		return errors.New("store: setting a Sealed value that Seal did not make")
	}
	return tx.Set(s.key, s.val)
}
