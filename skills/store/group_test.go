package store

import (
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tidwall/buntdb"
)

// poll waits until ok() or fails the test after a generous deadline.
func poll(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

func openDurable(t *testing.T, path string) (*Dir, *DB) {
	t.Helper()
	d, err := OpenDir(path)
	if err != nil {
		t.Fatal(err)
	}
	db, err := d.Open("g.db", Options{Durable: true})
	if err != nil {
		d.Close()
		t.Fatal(err)
	}
	return d, db
}

// TestGroupCommit holds the first fsync while 50 writers (every fifth of
// which fails after writing) and a reader arrive: none of them may return
// before an fsync that covers what it wrote or read, one fsync must then
// cover all the successful writers, and after a reopen the failed
// writers' writes must be absent and the others' present.
func TestGroupCommit(t *testing.T) {
	path := t.TempDir()
	d, db := openDurable(t, path)
	g := db.gs
	if g == nil {
		t.Fatal("a durable file on a single node has no group commit")
	}
	entered, release := make(chan struct{}), make(chan struct{})
	var calls atomic.Int32
	g.beforeSync = func() {
		if calls.Add(1) == 1 {
			close(entered)
			<-release
		}
	}
	first := make(chan error, 1)
	go func() {
		first <- db.Update(func(tx *Tx) error { return SetJSON(tx, NewKey("w", "000"), "첫 번째") })
	}()
	select {
	case <-entered:
	case err := <-first:
		t.Fatalf("a lone writer returned (%v) without an fsync", err)
	case <-time.After(20 * time.Second):
		t.Fatal("the lone writer never fsynced")
	}

	const n = 50
	errBoom := errors.New("잔액 부족")
	type result struct {
		err   error
		syncs uint64 // fsyncs completed when Update returned
	}
	results := make([]result, n+1)
	var returned atomic.Int32
	var wg sync.WaitGroup
	for i := 1; i <= n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := db.Update(func(tx *Tx) error {
				if err := SetJSON(tx, NewKey("w", fmt.Sprintf("%03d", i)), fmt.Sprintf("손님 %d", i)); err != nil {
					return err
				}
				if err := SetJSON(tx, NewKey("x", fmt.Sprintf("%03d", i)), i); err != nil {
					return err
				}
				if i%5 == 0 {
					return errBoom
				}
				return nil
			})
			results[i] = result{err, g.syncs.Load()}
			returned.Add(1)
		}()
	}
	// All 50 have committed (or rolled back) and wait.
	poll(t, "the writers to commit", func() bool { return g.issued.Load() == 1+n-n/5 && g.inflight.Load() == 0 })
	var seen string
	var viewSyncs atomic.Uint64
	read := make(chan struct{})
	viewDone := make(chan error, 1)
	go func() {
		err := db.ViewSynced(func(tx *Tx) error {
			defer close(read)
			return GetJSON(tx, NewKey("w", "001"), &seen)
		})
		viewSyncs.Store(g.syncs.Load())
		viewDone <- err
	}()
	<-read
	if r := returned.Load(); r != 0 {
		t.Fatalf("%d writers returned while the fsync was held", r)
	}
	close(release)
	if err := <-first; err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	if err := <-viewDone; err != nil || seen != "손님 1" {
		t.Fatalf("view: %q, %v", seen, err)
	}
	if s := viewSyncs.Load(); s < 2 {
		t.Fatalf("the reader returned after %d fsyncs, before the one covering what it read", s)
	}
	for i := 1; i <= n; i++ {
		r := results[i]
		if i%5 == 0 {
			if !errors.Is(r.err, errBoom) {
				t.Fatalf("writer %d: %v, want its own error", i, r.err)
			}
			continue
		}
		if r.err != nil {
			t.Fatalf("writer %d: %v", i, r.err)
		}
		if r.syncs < 2 {
			t.Fatalf("writer %d returned after %d fsyncs, before the one covering it", i, r.syncs)
		}
	}
	if c, s := db.SyncStats(); c != 1+n-n/5 || s != 2 {
		t.Fatalf("%d commits in %d fsyncs, want %d in 2 (the held one and one for all the others)", c, s, 1+n-n/5)
	}
	d.Close()

	d, db = openDurable(t, path)
	defer d.Close()
	db.View(func(tx *Tx) error {
		for i := 1; i <= n; i++ {
			var s string
			err := GetJSON(tx, NewKey("w", fmt.Sprintf("%03d", i)), &s)
			var x int
			xerr := GetJSON(tx, NewKey("x", fmt.Sprintf("%03d", i)), &x)
			if i%5 == 0 {
				if !errors.Is(err, ErrNotFound) || !errors.Is(xerr, ErrNotFound) {
					t.Errorf("failed writer %d left %q / %d", i, s, x)
				}
			} else if err != nil || s != fmt.Sprintf("손님 %d", i) || xerr != nil || x != i {
				t.Errorf("writer %d: %q %v / %d %v", i, s, err, x, xerr)
			}
		}
		return nil
	})
}

// TestGroupCommitAlone: a lone writer fsyncs at once, once per commit.
func TestGroupCommitAlone(t *testing.T) {
	d, db := openDurable(t, t.TempDir())
	defer d.Close()
	for i := range 5 {
		if err := db.Update(func(tx *Tx) error { return SetJSON(tx, NewKey("k", fmt.Sprint(i)), i) }); err != nil {
			t.Fatal(err)
		}
		if c, s := db.SyncStats(); c != uint64(i+1) || s != uint64(i+1) {
			t.Fatalf("after %d commits: %d commits, %d fsyncs", i+1, c, s)
		}
	}
	// A transaction that writes nothing costs no fsync.
	db.Update(func(tx *Tx) error { _, err := tx.Get(NewKey("k", "1")); return err })
	if _, s := db.SyncStats(); s != 5 {
		t.Fatalf("a read-only Update fsynced: %d fsyncs", s)
	}
}

// TestGroupCommitFollowsCompact: after Compact replaces the file, the
// fsyncs go to the new file, not the one unlinked.
func TestGroupCommitFollowsCompact(t *testing.T) {
	path := t.TempDir()
	d, db := openDurable(t, path)
	for i := range 50 {
		db.Update(func(tx *Tx) error { return SetJSON(tx, NewKey("k", fmt.Sprint(i%5)), i) })
	}
	if err := db.Compact(); err != nil {
		t.Fatal(err)
	}
	onDisk, err := os.Stat(db.Path())
	if err != nil {
		t.Fatal(err)
	}
	ours, err := db.gs.f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	if !os.SameFile(onDisk, ours) {
		t.Fatal("group commit still fsyncs the file Compact replaced")
	}
	if err := db.Update(func(tx *Tx) error { return SetJSON(tx, NewKey("k", "after"), "압축 후") }); err != nil {
		t.Fatal(err)
	}
	d.Close()
	d, db = openDurable(t, path)
	defer d.Close()
	var s string
	if err := db.View(func(tx *Tx) error { return GetJSON(tx, NewKey("k", "after"), &s) }); err != nil || s != "압축 후" {
		t.Fatalf("%q, %v", s, err)
	}
}

// TestGroupCommitSyncFails: a failed fsync fails its writers and every
// later transaction of the file, without running their functions.
func TestGroupCommitSyncFails(t *testing.T) {
	d, db := openDurable(t, t.TempDir())
	defer d.Close()
	db.gs.fileMu.Lock()
	db.gs.f.Close() // its fsync now fails
	db.gs.fileMu.Unlock()
	err := db.Update(func(tx *Tx) error { return SetJSON(tx, NewKey("k", "1"), 1) })
	if !errors.Is(err, ErrSyncFailed) {
		t.Fatalf("%v, want ErrSyncFailed", err)
	}
	ran := false
	err = db.Update(func(tx *Tx) error { ran = true; return nil })
	if !errors.Is(err, ErrSyncFailed) || ran {
		t.Fatalf("after a failed fsync: %v (ran %v)", err, ran)
	}
	if err := db.ViewSynced(func(tx *Tx) error { return nil }); !errors.Is(err, ErrSyncFailed) {
		t.Fatalf("a read of unsynced writes after a failed fsync: %v", err)
	}
}

// TestSyncEachCommit: the path before group commit stays available.
func TestSyncEachCommit(t *testing.T) {
	d, err := OpenDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	d.SyncEachCommit = true
	db, err := d.Open("e.db", Options{Durable: true})
	if err != nil {
		t.Fatal(err)
	}
	var cfg buntdb.Config
	db.bdb.ReadConfig(&cfg)
	if db.gs == nil || !db.gs.each || cfg.SyncPolicy != buntdb.Always {
		t.Fatalf("sync policy %v", cfg.SyncPolicy)
	}
	if err := db.Update(func(tx *Tx) error { return SetJSON(tx, NewKey("k", "1"), "하나") }); err != nil {
		t.Fatal(err)
	}
	if c, s := db.SyncStats(); c != 0 || s != 0 {
		t.Fatalf("group commit counted %d commits, %d fsyncs", c, s)
	}
}

// TestGroupCommitWrite: Write commits at once — the next transaction sees
// it — but its wait returns only after the fsync that covers it, and so
// does Synced; View reads it without waiting.
func TestGroupCommitWrite(t *testing.T) {
	d, db := openDurable(t, t.TempDir())
	defer d.Close()
	g := db.gs
	entered, release := make(chan struct{}), make(chan struct{})
	var calls atomic.Int32
	g.beforeSync = func() {
		if calls.Add(1) == 1 {
			close(entered)
			<-release
		}
	}
	wait, err := db.Write(func(tx *Tx) error { return SetJSON(tx, NewKey("seat", "r01"), "민지") })
	if err != nil {
		t.Fatal(err)
	}
	var who string
	if err := db.View(func(tx *Tx) error { return GetJSON(tx, NewKey("seat", "r01"), &who) }); err != nil || who != "민지" {
		t.Fatalf("the commit is not visible before its fsync: %q, %v", who, err)
	}
	waited := make(chan uint64, 2)
	go func() { wait(); waited <- g.syncs.Load() }()
	go func() { db.Synced(); waited <- g.syncs.Load() }()
	select {
	case <-entered:
	case <-time.After(20 * time.Second):
		t.Fatal("nobody fsynced")
	}
	close(release)
	for range 2 {
		if s := <-waited; s < 1 {
			t.Fatalf("returned after %d fsyncs", s)
		}
	}
	// A failing function's Write commits nothing.
	boom := errors.New("자리 없음")
	wait, err = db.Write(func(tx *Tx) error {
		SetJSON(tx, NewKey("seat", "r02"), "지훈")
		return boom
	})
	if !errors.Is(err, boom) || wait() != nil {
		t.Fatalf("%v", err)
	}
	if err := db.View(func(tx *Tx) error { return GetJSON(tx, NewKey("seat", "r02"), &who) }); !errors.Is(err, ErrNotFound) {
		t.Fatalf("a failed Write left %q (%v)", who, err)
	}
}

// TestChecksumsUnchanged: the checksums computed without copying (seal,
// the transaction markers) are the ones files already on disk carry:
// CRC-32 (IEEE) of key, NUL, value, and of kind, key, NUL, value.
func TestChecksumsUnchanged(t *testing.T) {
	for _, c := range []struct{ key, val string }{
		{"", ""}, {"conv:u1:tutor", `{"fsm":"listening","lang":"ko"}`},
		{"prog:학생:photosynthesis", strings.Repeat(`{"광합성":"엽록체"}`, 300)},
	} {
		kv := []byte(c.key + "\x00" + c.val)
		if got, want := checksum(c.key, c.val), fmt.Sprintf("%08x", crc32.ChecksumIEEE(kv)); got != want {
			t.Errorf("checksum(%q): %s, want %s", c.key, got, want)
		}
		if got, want := seal(c.key, []byte(c.val)), c.val+"\n#"+fmt.Sprintf("%08x", crc32.ChecksumIEEE(kv)); got != want {
			t.Errorf("seal(%q): %q, want %q", c.key, got, want)
		}
		if got, want := recordSum('s', c.key, c.val), crc32.ChecksumIEEE(append([]byte{'s'}, kv...)); got != want {
			t.Errorf("recordSum(%q): %08x, want %08x", c.key, got, want)
		}
	}
}

// TestBuntdbFile: the transaction markers read the file's size from
// buntdb's own descriptor (bdbFile); it is found, it is the file's, and
// it follows a compaction, which replaces the file.
func TestBuntdbFile(t *testing.T) {
	d, err := OpenDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	db, err := d.Open("f.db", Options{Durable: true})
	if err != nil {
		t.Fatal(err)
	}
	size := func() (fromFD, fromPath int64) {
		db.bdb.View(func(*buntdb.Tx) error { // buntdb's lock: no commit under way
			f := bdbFile(db.bdb)
			if f == nil {
				t.Fatal("buntdb.DB has no file field of type *os.File: update bdbFile and the markers")
			}
			st, err := f.Stat()
			if err != nil {
				t.Fatal(err)
			}
			pst, err := os.Stat(db.Path())
			if err != nil {
				t.Fatal(err)
			}
			fromFD, fromPath = st.Size(), pst.Size()
			return nil
		})
		return
	}
	for i := range 50 {
		if err := db.Update(func(tx *Tx) error { return SetJSON(tx, NewKey("k", fmt.Sprint(i%5)), strings.Repeat("값", i)) }); err != nil {
			t.Fatal(err)
		}
		if fd, p := size(); fd != p || fd == 0 {
			t.Fatalf("after commit %d: descriptor says %d bytes, the path %d", i, fd, p)
		}
	}
	before, _ := size()
	if err := db.Compact(); err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *Tx) error { return SetJSON(tx, NewKey("after"), "compaction") }); err != nil {
		t.Fatal(err)
	}
	fd, p := size()
	if fd != p || fd >= before {
		t.Fatalf("after compaction: descriptor says %d bytes, the path %d (before: %d)", fd, p, before)
	}
}

// TestCommitDelayOnlyUnderLoad: a configured CommitDelay is capped at
// MaxCommitDelay; a writer alone — even committing back to back — never
// waits; once a writer about to fsync finds company (another writer
// inside its transaction) the file is under load, and for loadFor delays
// its fsyncs start at least CommitDelay apart, whether or not company is
// there at that instant; then a lone writer fsyncs at once again. The
// store's clock is the test's.
func TestCommitDelayOnlyUnderLoad(t *testing.T) {
	d, err := OpenDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	d.CommitDelay = time.Hour
	db, err := d.Open("g.db", Options{Durable: true})
	if err != nil {
		t.Fatal(err)
	}
	if db.gs.delay != MaxCommitDelay {
		t.Fatalf("CommitDelay of an hour: a writer would wait %v", db.gs.delay)
	}
	var mu sync.Mutex
	clock := time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)
	var slept []time.Duration
	db.gs.now = func() time.Time { mu.Lock(); defer mu.Unlock(); return clock }
	db.gs.sleep = func(d time.Duration) { mu.Lock(); slept = append(slept, d); clock = clock.Add(d); mu.Unlock() }
	sleeps := func() []time.Duration { mu.Lock(); defer mu.Unlock(); return append([]time.Duration(nil), slept...) }
	advance := func(d time.Duration) { mu.Lock(); clock = clock.Add(d); mu.Unlock() }
	put := func(k string) {
		t.Helper()
		if err := db.Update(func(tx *Tx) error { return SetJSON(tx, NewKey("k", k), k) }); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 5 {
		put(fmt.Sprint(i)) // back to back, no time passing: alone all the same
	}
	// One caller with two commits waiting (a skill call's write and its
	// records) is still alone.
	w1, err := db.Write(func(tx *Tx) error { return SetJSON(tx, NewKey("own", "1"), 1) })
	if err != nil {
		t.Fatal(err)
	}
	w2, err := db.Write(func(tx *Tx) error { return SetJSON(tx, NewKey("own", "2"), 2) })
	if err != nil {
		t.Fatal(err)
	}
	if err := errors.Join(w1(), w2()); err != nil {
		t.Fatal(err)
	}
	if s := sleeps(); len(s) != 0 || db.gs.delayed.Load() != 0 {
		t.Fatalf("a writer alone waited: %v", s)
	}
	// Company: another writer is inside its transaction when the first
	// one's fsync is due.
	wait, err := db.Write(func(tx *Tx) error { return SetJSON(tx, NewKey("first"), 1) })
	if err != nil {
		t.Fatal(err)
	}
	inside, release, second := make(chan struct{}), make(chan struct{}), make(chan error)
	go func() {
		second <- db.Update(func(tx *Tx) error { close(inside); <-release; return SetJSON(tx, NewKey("second"), 2) })
	}()
	<-inside
	first := make(chan error)
	go func() { first <- wait() }()
	// (The fsync reads its coverage after the second commits: release it
	// once the first has slept.)
	poll(t, "the first writer waiting for company", func() bool { return len(sleeps()) == 1 })
	if s := sleeps(); s[0] != MaxCommitDelay {
		t.Fatalf("the fsync that found company, no time after the last: slept %v, want [%v]", s, MaxCommitDelay)
	}
	close(release)
	if err := <-first; err != nil {
		t.Fatal(err)
	}
	if err := <-second; err != nil {
		t.Fatal(err)
	}
	// Still under load: the next fsyncs keep the spacing, company or not.
	advance(MaxCommitDelay / 4)
	put("under-load")
	if s := sleeps(); len(s) < 2 || s[len(s)-1] > MaxCommitDelay*3/4 {
		t.Fatalf("a commit under load, a quarter delay after an fsync: slept %v, want the rest of the delay", s)
	}
	// The load is over: a lone writer fsyncs at once again.
	advance(loadFor * MaxCommitDelay)
	n := len(sleeps())
	put("alone-again")
	put("alone-again-2")
	if s := sleeps(); len(s) != n {
		t.Fatalf("a writer alone after the load waited: %v", s[n:])
	}
	if c, s := db.SyncStats(); c != 12 || s > 12 {
		t.Fatalf("12 commits: SyncStats %d commits, %d fsyncs", c, s)
	}
}

// TestWritesDuringCompactReopen: transactions committed while Compact
// rewrites the file must still match their markers when the file is
// opened again. buntdb's Shrink copies the records written meanwhile from
// the old file's tail into the new one, at other offsets than the ones
// their markers were given, and the next Open took the file for damaged
// (TestMemoryEmbedded failed so once in CI, its forget's compaction racing
// a conversation's save).
func TestWritesDuringCompactReopen(t *testing.T) {
	path := t.TempDir()
	d, db := openDurable(t, path)
	// Enough data that each rewrite takes a while.
	big := strings.Repeat("값", 1000)
	if err := db.Update(func(tx *Tx) error {
		for i := range 4000 {
			if err := SetJSON(tx, NewKey("k", fmt.Sprint(i)), big); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				if err := db.Update(func(tx *Tx) error { return SetJSON(tx, NewKey("w", fmt.Sprint(w), fmt.Sprint(i%50)), i) }); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	for range 5 {
		if err := db.Compact(); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	d.Close()
	if _, why, damaged, err := checkTxns(db.Path()); err != nil || damaged != nil || why != "" {
		t.Fatalf("after writes during compaction: damaged %v, cut %q, err %v", damaged, why, err)
	}
}
