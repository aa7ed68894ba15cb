package store

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
	"testing"

	"github.com/tidwall/buntdb"
)

// memLog is an in-process Replicator with the same compare-and-set
// contract as the JetStream one (server/cluster tests the real thing).
type memLog struct {
	mu      sync.Mutex
	seq     uint64
	entries map[string][]memEntry
	subs    map[string][]chan struct{}
}

type memEntry struct {
	seq  uint64
	data []byte
}

func newMemLog() *memLog {
	return &memLog{entries: map[string][]memEntry{}, subs: map[string][]chan struct{}{}}
}

func (l *memLog) Append(file string, expect uint64, entry []byte) (uint64, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	es := l.entries[file]
	last := uint64(0)
	if len(es) > 0 {
		last = es[len(es)-1].seq
	}
	if last != expect {
		return 0, fmt.Errorf("expected %d, log at %d: %w", expect, last, ErrStale)
	}
	l.seq++
	l.entries[file] = append(es, memEntry{l.seq, append([]byte(nil), entry...)})
	for _, c := range l.subs[file] {
		select {
		case c <- struct{}{}:
		default:
		}
	}
	return l.seq, nil
}

func (l *memLog) Last(file string) (uint64, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	es := l.entries[file]
	if len(es) == 0 {
		return 0, nil
	}
	return es[len(es)-1].seq, nil
}

func (l *memLog) Follow(file string, after uint64, fn func(uint64, []byte)) (func(), error) {
	wake := make(chan struct{}, 1)
	quit := make(chan struct{})
	done := make(chan struct{})
	l.mu.Lock()
	l.subs[file] = append(l.subs[file], wake)
	l.mu.Unlock()
	wake <- struct{}{}
	go func() {
		defer close(done)
		for {
			select {
			case <-quit:
				return
			case <-wake:
			}
			l.mu.Lock()
			var todo []memEntry
			for _, e := range l.entries[file] {
				if e.seq > after {
					todo = append(todo, e)
				}
			}
			l.mu.Unlock()
			for _, e := range todo {
				fn(e.seq, e.data)
				after = e.seq
			}
		}
	}()
	return func() { close(quit); <-done }, nil
}

func openReplica(t *testing.T, log Replicator) *DB {
	t.Helper()
	d, err := OpenDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	d.Replicator = log
	t.Cleanup(func() { d.Close() })
	db, err := d.Open("x.db", Options{})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// TestWriteSet pins the buntdb internals writeSet reads: if an upgrade
// changes them, this fails instead of replication silently losing writes.
func TestWriteSet(t *testing.T) {
	d, err := OpenDir(t.TempDir()) // a file: buntdb keeps no write set in memory
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	db, err := d.Open("w.db", Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.DB.Update(func(tx *buntdb.Tx) error { tx.Set("gone", "1", nil); tx.Set("kept", "1", nil); return nil })
	tx, err := db.DB.Begin(true)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	tx.Set("a", "x", nil)
	tx.Set("a", "y\x00\xff", nil) // overwritten in the same tx; bytes, not UTF-8
	tx.Set("b", "z", nil)
	tx.Delete("gone")
	ops, err := writeSet(tx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, o := range ops {
		if o.V == nil {
			got[o.K] = "<del>"
		} else {
			got[o.K] = *o.V
		}
	}
	want := map[string]string{"a": "y\x00\xff", "b": "z", "gone": "<del>"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("write set %q, want %q", got, want)
	}
	back, err := decodeOps(encodeOps(ops))
	if err != nil || len(back) != len(ops) {
		t.Fatalf("round trip: %v %v", back, err)
	}
	if _, err := decodeOps(encodeOps(ops)[:5]); !errors.Is(err, errEntry) {
		t.Fatalf("truncated entry decoded: %v", err)
	}
	if _, _, err := tx.Set("ttl", "v", &buntdb.SetOptions{Expires: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := writeSet(tx); err == nil {
		t.Fatal("an expiring key was accepted for replication")
	}
}

// TestReplicasSerialise runs read-modify-write transactions on two
// replicas of one log at once: every increment must survive (the
// compare-and-set makes the loser rerun its transaction), and both
// replicas end identical.
func TestReplicasSerialise(t *testing.T) {
	log := newMemLog()
	a, b := openReplica(t, log), openReplica(t, log)
	const n = 200
	incr := func(db *DB) error {
		return db.Update(func(tx *buntdb.Tx) error {
			v, err := tx.Get("count")
			if err != nil && !errors.Is(err, buntdb.ErrNotFound) {
				return err
			}
			c, _ := strconv.Atoi(v)
			_, _, err = tx.Set("count", strconv.Itoa(c+1), nil)
			return err
		})
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4*n)
	for _, db := range []*DB{a, b, a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range n {
				if err := incr(db); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	last, _ := log.Last("x.db")
	for name, db := range map[string]*DB{"a": a, "b": b} {
		// the other replica's last entries arrive asynchronously
		db.rep.mu.Lock()
		if err := db.rep.waitLocked(func() bool { return db.rep.applied >= last }); err != nil {
			t.Fatal(err)
		}
		db.rep.mu.Unlock()
		var v string
		db.View(func(tx *buntdb.Tx) error { v, _ = tx.Get("count"); return nil })
		if v != strconv.Itoa(4*n) {
			t.Errorf("replica %s: count %s, want %d", name, v, 4*n)
		}
	}
	// A third replica opened now catches up before Open returns.
	c := openReplica(t, log)
	var v string
	c.View(func(tx *buntdb.Tx) error { v, _ = tx.Get("count"); return nil })
	if v != strconv.Itoa(4*n) {
		t.Errorf("new replica: count %s, want %d", v, 4*n)
	}
	// Deletes replicate too.
	if err := a.Update(func(tx *buntdb.Tx) error { return Delete(tx, "count") }); err != nil {
		t.Fatal(err)
	}
	last, _ = log.Last("x.db")
	c.rep.mu.Lock()
	c.rep.waitLocked(func() bool { return c.rep.applied >= last })
	c.rep.mu.Unlock()
	if err := c.View(func(tx *buntdb.Tx) error { _, err := tx.Get("count"); return err }); !errors.Is(err, buntdb.ErrNotFound) {
		t.Errorf("delete not replicated: %v", err)
	}
}

// TestReplicaRestartResumes closes a replica, lets the log move on, and
// reopens the same file: it replays only what it missed.
func TestReplicaRestartResumes(t *testing.T) {
	log := newMemLog()
	dir := t.TempDir()
	open := func() (*Dir, *DB) {
		d, err := OpenDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		d.Replicator = log
		db, err := d.Open("x.db", Options{Durable: true})
		if err != nil {
			t.Fatal(err)
		}
		return d, db
	}
	d, db := open()
	db.Update(func(tx *buntdb.Tx) error { _, _, err := tx.Set("k1", "v1", nil); return err })
	d.Close()
	other := openReplica(t, log)
	other.Update(func(tx *buntdb.Tx) error { _, _, err := tx.Set("k2", "v2", nil); return err })
	d, db = open()
	defer d.Close()
	for _, k := range []string{"k1", "k2"} {
		if err := db.View(func(tx *buntdb.Tx) error { _, err := tx.Get(k); return err }); err != nil {
			t.Errorf("%s after restart: %v", k, err)
		}
	}
	if db.Applied() != 2 {
		t.Errorf("applied %d, want 2", db.Applied())
	}
}

// TestReplicaRefusesForeignData: a single server's file cannot become a
// replica (its data is in no other replica).
func TestReplicaRefusesForeignData(t *testing.T) {
	dir := t.TempDir()
	d, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	db, err := d.Open("x.db", Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *buntdb.Tx) error { _, _, err := tx.Set("k", "v", nil); return err })
	d.Close()
	d, err = OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	d.Replicator = newMemLog()
	if _, err := d.Open("x.db", Options{}); !errors.Is(err, ErrForeignData) {
		t.Fatalf("opened a single server's file as a replica: %v", err)
	}
}
