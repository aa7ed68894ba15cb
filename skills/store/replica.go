package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"reflect"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tidwall/buntdb"
)

// Replicator makes every node's copy of a database file a replica of one
// shared, totally ordered log (in cluster mode: a NATS JetStream stream;
// see server/cluster). Each entry is one committed transaction's writes.
//
// Why a log and not a shared database: buntdb stays the only storage code
// the skills know, reads stay local and fast, and ordering, replication
// and durability come from JetStream's own consensus. A write commits
// when the log accepts it with Append's compare-and-set on the file's last
// sequence, so two nodes writing the same file are serialised exactly as
// two goroutines are on one node: the loser replays the winner's entry
// and runs its transaction again.
type Replicator interface {
	// Append adds entry to file's log if the log's last entry for file
	// has sequence expect (0: the log has none). It returns the new
	// entry's sequence, or an error wrapping ErrStale if another writer
	// appended first. It returns only once the entry is durable.
	Append(file string, expect uint64, entry []byte) (uint64, error)
	// Follow calls fn, in log order and from one goroutine, for every
	// entry of file after sequence after, now and as they are appended,
	// until stop is called. prev is the sequence of file's entry before
	// this one (the expect of its Append), or NoPrev where the log does
	// not record it: a replica uses it to notice entries trimmed away
	// behind a snapshot (Snapshots).
	Follow(file string, after uint64, fn func(seq, prev uint64, entry []byte)) (stop func(), err error)
	// Last returns the sequence of file's last entry (0 if none).
	Last(file string) (uint64, error)
}

// NoPrev is Follow's prev for an entry whose predecessor the log does not
// record.
const NoPrev = math.MaxUint64

// Snapshots is implemented by a Replicator whose log can be trimmed behind
// a snapshot of each file. Without it the log keeps every entry ever
// written — every position save, chat line and resume record — and a new
// node replays them all; with it a file's entries before its newest
// snapshot are removed, and a replica that needs them loads the snapshot
// instead.
type Snapshots interface {
	// SnapshotSeq returns the sequence file's newest snapshot reflects
	// (0: there is none).
	SnapshotSeq(file string) (uint64, error)
	// LoadSnapshot returns file's newest snapshot and the sequence it
	// reflects.
	LoadSnapshot(file string) (seq uint64, data []byte, err error)
	// SaveSnapshot makes data — file's contents as of its entry seq — the
	// newest snapshot unless one as new exists (saved false), then removes
	// file's entries before seq from the log (the entry at seq stays:
	// Append's compare-and-set needs the file's last entry).
	SaveSnapshot(file string, seq uint64, data []byte) (saved bool, err error)
}

// snapshotRetry is how long a replica waits after a failed snapshot
// before it tries again.
const snapshotRetry = 30 * time.Second

// DefaultSnapshotEvery is how many entries of a file's log a replica lets
// pass between snapshots when Dir.SnapshotEvery is 0.
const DefaultSnapshotEvery = 10000

// ErrStale means another node appended to the log first (Replicator.Append).
var ErrStale = errors.New("another node wrote first")

// ErrReplication wraps failures of the shared log: the write was not
// made, and the caller should say so (in cluster mode a node that cannot
// reach the log cannot accept writes).
var ErrReplication = errors.New("cluster log unavailable")

// ErrForeignData means a cluster node found data in its directory that
// was not written through the cluster's log.
var ErrForeignData = errors.New("the file holds data that was not written through this cluster's log: start a cluster node on an empty data directory")

// appliedKey records, inside each replica, the log sequence it reflects.
// It is written in the same buntdb transaction as the entry's writes, so
// after a crash a replica knows exactly where to resume.
const appliedKey = "_repl:seq"

// op is one write of a replicated transaction.
type op struct {
	K string
	V *string // nil: delete
}

// encodeOps writes ops as: count, then per op the key, a kind byte (1 set,
// 0 delete) and for a set the value, each string as uvarint length and
// bytes. Values are opaque bytes (JSON would mangle invalid UTF-8).
func encodeOps(ops []op) []byte {
	b := binary.AppendUvarint(nil, uint64(len(ops)))
	for _, o := range ops {
		b = binary.AppendUvarint(b, uint64(len(o.K)))
		b = append(b, o.K...)
		if o.V == nil {
			b = append(b, 0)
			continue
		}
		b = append(b, 1)
		b = binary.AppendUvarint(b, uint64(len(*o.V)))
		b = append(b, *o.V...)
	}
	return b
}

var errEntry = errors.New("malformed log entry")

func decodeOps(b []byte) ([]op, error) {
	str := func() (string, bool) {
		n, w := binary.Uvarint(b)
		if w <= 0 || n > uint64(len(b)-w) {
			return "", false
		}
		s := string(b[w : w+int(n)])
		b = b[w+int(n):]
		return s, true
	}
	n, w := binary.Uvarint(b)
	if w <= 0 || n > uint64(len(b)) {
		return nil, errEntry
	}
	b = b[w:]
	ops := make([]op, 0, n)
	for range n {
		k, ok := str()
		if !ok || len(b) == 0 {
			return nil, errEntry
		}
		kind := b[0]
		b = b[1:]
		switch kind {
		case 0:
			ops = append(ops, op{K: k})
		case 1:
			v, ok := str()
			if !ok {
				return nil, errEntry
			}
			ops = append(ops, op{K: k, V: &v})
		default:
			return nil, errEntry
		}
	}
	if len(b) != 0 {
		return nil, errEntry
	}
	return ops, nil
}

// replica is the replication state of one DB.
type replica struct {
	r    Replicator
	name string
	stop func()

	mu      sync.Mutex // held by writers and by the follower while applying
	cond    *sync.Cond
	applied uint64
	err     error // the follower's last apply error (a diverged replica)

	// gen numbers the follower: a resync starts a new one, and entries
	// still arriving from the old one are ignored. Guarded by mu, like
	// stop.
	gen    uint64
	closed bool
	// snaps is the log's snapshot side (nil: the log is kept whole);
	// every is the file's entries between snapshots, since those this
	// replica applied or wrote since the newest snapshot it knows of
	// (snapAt), snapping set while this replica takes one.
	snaps    Snapshots
	every    uint64
	since    uint64
	snapAt   uint64
	snapping atomic.Bool
	retryAt  time.Time // after a failed snapshot, no other before then
	log      *slog.Logger
	stats    *SnapshotStats // the Dir's
}

// SnapshotStats counts a Dir's snapshots (cluster mode): those its
// replicas wrote and those they loaded (opening behind the log's trimmed
// start, or resyncing after a gap).
type SnapshotStats struct {
	taken, loaded atomic.Uint64
}

// Taken returns how many snapshots this node's replicas wrote.
func (s *SnapshotStats) Taken() uint64 { return s.taken.Load() }

// Loaded returns how many snapshots this node's replicas loaded.
func (s *SnapshotStats) Loaded() uint64 { return s.loaded.Load() }

// catchUpTimeout bounds how long Open and a conflicting Update wait for
// the log's entries to arrive.
var catchUpTimeout = 15 * time.Second

// replicate makes db a replica of its file's log: it replays what the log
// holds beyond what the file reflects, and follows the log from then on.
func (db *DB) replicate(d *Dir, name string) error {
	r := d.Replicator
	rep := &replica{r: r, name: name, log: d.log(), every: DefaultSnapshotEvery, stats: &d.Snapshots}
	rep.cond = sync.NewCond(&rep.mu)
	rep.snaps, _ = r.(Snapshots)
	if d.SnapshotEvery > 0 {
		rep.every = uint64(d.SnapshotEvery)
	}
	err := db.bdb.View(func(tx *buntdb.Tx) (err error) {
		rep.applied, err = appliedIn(tx)
		return err
	})
	if err != nil {
		return fmt.Errorf("replica %s: reading its log position: %w", name, err)
	}
	if rep.applied == 0 {
		// Data that never went through the log (a single server's
		// directory) would silently differ from every other replica.
		n := 0
		db.bdb.View(func(tx *buntdb.Tx) error { n, _ = tx.Len(); return nil })
		if n > 0 {
			return fmt.Errorf("replica %s: %w", name, ErrForeignData)
		}
	}
	if rep.snaps != nil {
		// Entries this file has not seen may have been trimmed behind a
		// snapshot (a new node, one down for long, or a file restored from
		// an old backup): start from the snapshot then.
		at, err := rep.snaps.SnapshotSeq(name)
		if err != nil {
			return fmt.Errorf("replica %s: %w: reading its snapshot: %w", name, ErrReplication, err)
		}
		rep.snapAt = at
		if at > rep.applied {
			if err := db.loadSnapshot(rep, at); err != nil {
				return fmt.Errorf("replica %s: %w", name, err)
			}
		}
	}
	last, err := r.Last(name)
	if err != nil {
		return fmt.Errorf("replica %s: %w: %w", name, ErrReplication, err)
	}
	db.rep = rep
	rep.mu.Lock()
	err = db.followLocked(rep)
	rep.mu.Unlock()
	if err != nil {
		db.rep = nil
		return fmt.Errorf("replica %s: %w: %w", name, ErrReplication, err)
	}
	// Serve nothing older than the log was when we opened.
	rep.mu.Lock()
	err = rep.waitLocked(func() bool { return rep.applied >= last })
	at := rep.applied
	rep.mu.Unlock()
	if err != nil {
		rep.stopFollowing() // not under mu: the follower may be waiting for it
		db.rep = nil
		return fmt.Errorf("replica %s: catching up to entry %d (at %d): %w", name, last, at, err)
	}
	return nil
}

// waitLocked waits, with rep.mu held, until ok() or the timeout.
func (rep *replica) waitLocked(ok func() bool) error {
	deadline := time.Now().Add(catchUpTimeout)
	// sync.Cond has no timeout: a timer wakes the waiters at the deadline.
	t := time.AfterFunc(catchUpTimeout, func() {
		rep.mu.Lock()
		rep.cond.Broadcast()
		rep.mu.Unlock()
	})
	defer t.Stop()
	for !ok() {
		if rep.err != nil {
			return rep.err
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%w: no entries arrived in %s", ErrReplication, catchUpTimeout)
		}
		rep.cond.Wait()
	}
	return nil
}

// apply writes one log entry into the local file.
func (db *DB) apply(seq uint64, entry []byte) error {
	ops, err := decodeOps(entry)
	if err != nil {
		return fmt.Errorf("replica: entry %d does not decode: %w", seq, err)
	}
	return db.bdb.Update(func(tx *buntdb.Tx) error { return writeOps(tx, seq, ops) })
}

// writeOps writes ops and records seq as the entry the file reflects, in
// the caller's transaction (so a crash keeps both or neither).
func writeOps(tx *buntdb.Tx, seq uint64, ops []op) error {
	for _, o := range ops {
		if o.V == nil {
			if _, err := tx.Delete(o.K); err != nil && !errors.Is(err, buntdb.ErrNotFound) {
				return err
			}
			continue
		}
		if _, _, err := tx.Set(o.K, *o.V, nil); err != nil {
			return err
		}
	}
	_, _, err := tx.Set(appliedKey, strconv.FormatUint(seq, 10), nil)
	return err
}

// appliedIn returns the entry the file reflects (0: none yet).
func appliedIn(tx *buntdb.Tx) (uint64, error) {
	v, err := tx.Get(appliedKey)
	if errors.Is(err, buntdb.ErrNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return strconv.ParseUint(v, 10, 64)
}

// Update runs fn in a read-write transaction. On a single node it is
// buntdb's Update. On a replica it commits only once the shared log has
// taken the transaction's writes; if another node wrote the file first,
// fn runs again on the updated data (so fn must not have effects outside
// tx that cannot be repeated, like buntdb's own retry-free contract
// already asks of a function that can fail).
func (db *DB) Update(fn func(tx *Tx) error) error {
	rep := db.rep
	if rep == nil {
		if db.gs != nil {
			return db.gs.update(wrap(fn))
		}
		return db.bdb.Update(wrap(fn))
	}
	rep.mu.Lock()
	defer rep.mu.Unlock()
	deadline := time.Now().Add(catchUpTimeout)
	for {
		if rep.err != nil {
			return fmt.Errorf("%w: %s: %w", ErrReplication, rep.name, rep.err)
		}
		tx, err := db.bdb.Begin(true)
		if err != nil {
			return err
		}
		if err := run(tx, fn); err != nil {
			tx.Rollback()
			return err
		}
		ops, err := writeSet(tx)
		if err != nil {
			tx.Rollback()
			return err
		}
		if len(ops) == 0 {
			return tx.Commit()
		}
		entry := encodeOps(ops)
		seq, err := rep.r.Append(rep.name, rep.applied, entry)
		if errors.Is(err, ErrStale) && time.Now().Before(deadline) {
			tx.Rollback()
			at := rep.applied
			if err := rep.waitLocked(func() bool { return rep.applied > at }); err != nil {
				return fmt.Errorf("%s: %w", rep.name, err)
			}
			continue
		}
		if err != nil {
			tx.Rollback()
			return fmt.Errorf("%w: %s: %w", ErrReplication, rep.name, err)
		}
		if _, _, err := tx.Set(appliedKey, strconv.FormatUint(seq, 10), nil); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			// The log has the entry; the local file does not. The replica
			// is behind its own write: refuse further writes rather than
			// serve a diverged copy (a restart replays the log).
			rep.err = fmt.Errorf("committing entry %d locally: %w", seq, err)
			return err
		}
		rep.applied = seq
		db.maybeSnapshot(rep, true)
		return nil
	}
}

// followLocked starts a follower of the log after rep.applied (rep.mu
// held). An entry whose predecessor is not the last one applied means the
// entries between were trimmed behind a snapshot while this replica was
// not following (it opened just before the trim, or its follower had lost
// the log for a while): it then resyncs from the snapshot.
func (db *DB) followLocked(rep *replica) error {
	if rep.closed {
		return errors.New("the database is closed")
	}
	rep.gen++
	gen := rep.gen
	stop, err := rep.r.Follow(rep.name, rep.applied, func(seq, prev uint64, entry []byte) {
		rep.mu.Lock()
		defer rep.mu.Unlock()
		if gen != rep.gen || seq <= rep.applied {
			return // an old follower's, or our own write, applied when it committed
		}
		if prev != NoPrev && prev != rep.applied {
			rep.gen++ // ignore this follower from now on
			go db.resync(rep, prev)
			return
		}
		if err := db.apply(seq, entry); err != nil {
			rep.err = err
		} else {
			rep.applied = seq
		}
		rep.cond.Broadcast()
		db.maybeSnapshot(rep, false)
	})
	if err != nil {
		return err
	}
	rep.stop = stop
	return nil
}

// close stops following for good (the Dir is closing): a resync under
// way starts no new follower.
func (rep *replica) close() {
	rep.mu.Lock()
	rep.closed = true
	rep.mu.Unlock()
	rep.stopFollowing()
}

// stopFollowing stops the current follower.
func (rep *replica) stopFollowing() {
	rep.mu.Lock()
	stop := rep.stop
	rep.stop = func() {}
	rep.mu.Unlock()
	if stop != nil {
		stop()
	}
}

// resync loads the newest snapshot, which must reach at least entry need
// (the predecessor of an entry that arrived with a gap before it), and
// follows the log again from there. Meanwhile writers wait as for any
// entry still to arrive, and reads see the replica as it was.
func (db *DB) resync(rep *replica, need uint64) {
	rep.stopFollowing()
	err := func() error {
		if rep.snaps == nil {
			return fmt.Errorf("entries up to %d are missing from the log, which keeps no snapshots", need)
		}
		at, err := rep.snaps.SnapshotSeq(rep.name)
		if err != nil {
			return fmt.Errorf("%w: reading the snapshot: %w", ErrReplication, err)
		}
		if at < need {
			return fmt.Errorf("entries up to %d are missing from the log and its newest snapshot is at %d", need, at)
		}
		return db.loadSnapshot(rep, at)
	}()
	rep.mu.Lock()
	defer rep.mu.Unlock()
	if err == nil {
		err = db.followLocked(rep)
	}
	if err != nil {
		rep.err = fmt.Errorf("resyncing from a snapshot: %w", err)
		rep.log.Error("replica stopped: restart the node", "file", rep.name, "err", rep.err)
	}
	rep.cond.Broadcast()
}

// loadSnapshot replaces the file's contents by the newest snapshot (at
// least at) in one transaction, so a crash leaves either the old file or
// the snapshot.
func (db *DB) loadSnapshot(rep *replica, at uint64) error {
	seq, data, err := rep.snaps.LoadSnapshot(rep.name)
	if err != nil {
		return fmt.Errorf("%w: loading the snapshot: %w", ErrReplication, err)
	}
	if seq < at {
		return fmt.Errorf("%w: the snapshot loaded is at %d, older than %d", ErrReplication, seq, at)
	}
	ops, err := decodeOps(data)
	if err != nil {
		return fmt.Errorf("snapshot at %d: %w", seq, err)
	}
	rep.mu.Lock()
	defer rep.mu.Unlock()
	if seq <= rep.applied {
		return nil // the follower got there first
	}
	err = db.bdb.Update(func(tx *buntdb.Tx) error {
		var keys []string
		if err := tx.AscendKeys("*", func(k, _ string) bool { keys = append(keys, k); return true }); err != nil {
			return err
		}
		for _, k := range keys {
			if _, err := tx.Delete(k); err != nil && !errors.Is(err, buntdb.ErrNotFound) {
				return err
			}
		}
		return writeOps(tx, seq, ops)
	})
	if err != nil {
		return fmt.Errorf("writing the snapshot at %d: %w", seq, err)
	}
	rep.log.Info("replica loaded a snapshot", "file", rep.name, "seq", seq, "from", rep.applied, "keys", len(ops))
	rep.stats.loaded.Add(1)
	rep.applied, rep.snapAt, rep.since = seq, max(rep.snapAt, seq), 0
	rep.cond.Broadcast()
	return nil
}

// maybeSnapshot counts an entry applied or written (own: written by this
// replica) and starts a snapshot when every of them have passed since the
// newest one (rep.mu held). Any replica may take it — the log keeps the
// newest snapshot whoever took it, and a replica that finds a newer one
// than it knew skips its own — but all replicas count the same entries,
// so the one that wrote the entry at the mark goes first and the others
// wait half as long again: one upload per snapshot instead of one per
// node, and still a snapshot where nobody here writes.
func (db *DB) maybeSnapshot(rep *replica, own bool) {
	rep.since++
	due := rep.every
	if !own {
		due += rep.every / 2
	}
	if rep.snaps == nil || rep.since < due || time.Now().Before(rep.retryAt) || !rep.snapping.CompareAndSwap(false, true) {
		return
	}
	go func() {
		defer rep.snapping.Store(false)
		if err := db.snapshot(rep); err != nil {
			rep.mu.Lock()
			closed := rep.closed
			rep.retryAt = time.Now().Add(snapshotRetry)
			rep.mu.Unlock()
			if !closed {
				rep.log.Warn("snapshot failed; the log keeps its entries", "file", rep.name, "err", err)
			}
		}
	}()
}

// snapshot saves the file's contents as a snapshot of the log.
func (db *DB) snapshot(rep *replica) error {
	at, err := rep.snaps.SnapshotSeq(rep.name)
	if err != nil {
		return err
	}
	rep.mu.Lock()
	newer := at > rep.snapAt
	if newer {
		rep.snapAt, rep.since = at, 0
	}
	rep.mu.Unlock()
	if newer {
		return nil // another replica took one
	}
	var seq uint64
	var ops []op
	err = db.bdb.View(func(tx *buntdb.Tx) error {
		if seq, err = appliedIn(tx); err != nil {
			return err
		}
		return tx.Ascend("", func(k, v string) bool {
			if k != appliedKey {
				ops = append(ops, op{K: k, V: &v})
			}
			return true
		})
	})
	if err != nil {
		return err
	}
	saved, err := rep.snaps.SaveSnapshot(rep.name, seq, encodeOps(ops))
	if err != nil {
		return err
	}
	if saved {
		rep.stats.taken.Add(1)
	}
	rep.mu.Lock()
	rep.snapAt = max(rep.snapAt, seq)
	rep.since = rep.since - min(rep.since, rep.every)
	rep.mu.Unlock()
	return nil
}

// CatchUp waits until the replica reflects every entry the log held when
// it was called: for a read that must see a write made through another
// node moments ago (a token issued there, a resume record written just
// before the client was sent here). On a single node it returns at once.
func (db *DB) CatchUp() error {
	rep := db.rep
	if rep == nil {
		return nil
	}
	last, err := rep.r.Last(rep.name)
	if err != nil {
		return fmt.Errorf("%w: %s: %w", ErrReplication, rep.name, err)
	}
	rep.mu.Lock()
	defer rep.mu.Unlock()
	return rep.waitLocked(func() bool { return rep.applied >= last })
}

// ViewFresh runs fn in a read-only transaction; on a replica, if fn finds
// nothing (ErrNotFound), it catches up with the log and runs fn once more:
// for a lookup of something another node may have written moments ago (a
// token it issued, a resume record it wrote before sending the client
// here). fn must be safe to run twice.
func (db *DB) ViewFresh(fn func(tx *Tx) error) error {
	err := db.View(fn)
	if errors.Is(err, ErrNotFound) && db.rep != nil && db.CatchUp() == nil {
		err = db.View(fn)
	}
	return err
}

// Replicated reports whether db is a replica of a shared log.
func (db *DB) Replicated() bool { return db.rep != nil }

// Applied returns the log sequence the replica reflects (0 on a single node).
func (db *DB) Applied() uint64 {
	if db.rep == nil {
		return 0
	}
	db.rep.mu.Lock()
	defer db.rep.mu.Unlock()
	return db.rep.applied
}

// writeSet returns the writes of an open read-write buntdb transaction.
//
// buntdb has no public API for this. Its Tx keeps them in
// wc.commitItems (key → item, nil for a delete), which is what its own
// Commit writes to the file; the version is pinned (go.mod, v1.3.2) and
// TestWriteSet fails if the layout changes.
func writeSet(tx *buntdb.Tx) ([]op, error) {
	wc := reflect.ValueOf(tx).Elem().FieldByName("wc")
	if !wc.IsValid() || wc.IsNil() {
		return nil, errors.New("replica: not a read-write transaction")
	}
	wc = wc.Elem()
	if rb := wc.FieldByName("rbkeys"); !rb.IsValid() || !rb.IsNil() {
		return nil, errors.New("replica: DeleteAll cannot be replicated")
	}
	items := wc.FieldByName("commitItems")
	if !items.IsValid() || items.Kind() != reflect.Map {
		return nil, errors.New("replica: unknown buntdb transaction layout")
	}
	ops := make([]op, 0, items.Len())
	for it := items.MapRange(); it.Next(); {
		k := it.Key().String()
		if k == appliedKey {
			continue
		}
		item := it.Value()
		if item.IsNil() {
			ops = append(ops, op{K: k})
			continue
		}
		if o := item.Elem().FieldByName("opts"); o.IsValid() && !o.IsNil() {
			return nil, fmt.Errorf("replica: %s: expiring keys cannot be replicated", k)
		}
		v := item.Elem().FieldByName("val").String()
		ops = append(ops, op{K: k, V: &v})
	}
	return ops, nil
}
