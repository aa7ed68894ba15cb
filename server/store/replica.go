package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"sync"
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
	// until stop is called.
	Follow(file string, after uint64, fn func(seq uint64, entry []byte)) (stop func(), err error)
	// Last returns the sequence of file's last entry (0 if none).
	Last(file string) (uint64, error)
}

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
}

// catchUpTimeout bounds how long Open and a conflicting Update wait for
// the log's entries to arrive.
var catchUpTimeout = 15 * time.Second

// replicate makes db a replica of its file's log: it replays what the log
// holds beyond what the file reflects, and follows the log from then on.
func (db *DB) replicate(r Replicator, name string) error {
	rep := &replica{r: r, name: name}
	rep.cond = sync.NewCond(&rep.mu)
	err := db.DB.View(func(tx *buntdb.Tx) error {
		v, err := tx.Get(appliedKey)
		if errors.Is(err, buntdb.ErrNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		rep.applied, err = strconv.ParseUint(v, 10, 64)
		return err
	})
	if err != nil {
		return fmt.Errorf("replica %s: reading its log position: %w", name, err)
	}
	if rep.applied == 0 {
		// Data that never went through the log (a single server's
		// directory) would silently differ from every other replica.
		n := 0
		db.DB.View(func(tx *buntdb.Tx) error { n, _ = tx.Len(); return nil })
		if n > 0 {
			return fmt.Errorf("replica %s: %w", name, ErrForeignData)
		}
	}
	last, err := r.Last(name)
	if err != nil {
		return fmt.Errorf("replica %s: %w: %w", name, ErrReplication, err)
	}
	stop, err := r.Follow(name, rep.applied, func(seq uint64, entry []byte) {
		rep.mu.Lock()
		defer rep.mu.Unlock()
		if seq <= rep.applied {
			return // our own write, applied when it committed
		}
		if err := db.apply(seq, entry); err != nil {
			rep.err = err
		} else {
			rep.applied = seq
		}
		rep.cond.Broadcast()
	})
	if err != nil {
		return fmt.Errorf("replica %s: %w: %w", name, ErrReplication, err)
	}
	rep.stop = stop
	db.rep = rep
	// Serve nothing older than the log was when we opened.
	rep.mu.Lock()
	defer rep.mu.Unlock()
	if err := rep.waitLocked(func() bool { return rep.applied >= last }); err != nil {
		stop()
		db.rep = nil
		return fmt.Errorf("replica %s: catching up to entry %d (at %d): %w", name, last, rep.applied, err)
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
	return db.DB.Update(func(tx *buntdb.Tx) error {
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
	})
}

// Update runs fn in a read-write transaction. On a single node it is
// buntdb's Update. On a replica it commits only once the shared log has
// taken the transaction's writes; if another node wrote the file first,
// fn runs again on the updated data (so fn must not have effects outside
// tx that cannot be repeated, like buntdb's own retry-free contract
// already asks of a function that can fail).
func (db *DB) Update(fn func(tx *buntdb.Tx) error) error {
	rep := db.rep
	if rep == nil {
		return db.DB.Update(fn)
	}
	rep.mu.Lock()
	defer rep.mu.Unlock()
	deadline := time.Now().Add(catchUpTimeout)
	for {
		if rep.err != nil {
			return fmt.Errorf("%w: %s: %w", ErrReplication, rep.name, rep.err)
		}
		tx, err := db.DB.Begin(true)
		if err != nil {
			return err
		}
		if err := fn(tx); err != nil {
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
		return nil
	}
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
func (db *DB) ViewFresh(fn func(tx *buntdb.Tx) error) error {
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
