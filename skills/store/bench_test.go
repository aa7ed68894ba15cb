package store

import (
	"fmt"
	"io"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// benchWrites commits one record per Update from callers goroutines;
// each selects the path before group commit (Dir.SyncEachCommit), delay
// is Dir.CommitDelay.
func benchWrites(b *testing.B, durable, each bool, callers int, delay ...time.Duration) {
	d, err := OpenDir(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	d.SyncEachCommit = each
	if len(delay) > 0 {
		d.CommitDelay = delay[0]
	}
	db, err := d.Open("bench.db", Options{Durable: durable})
	if err != nil {
		b.Fatal(err)
	}
	v := map[string]any{"user": "u1", "room": "classroom", "x": 12, "y": 7, "text": "안녕하세요, 반가워요!"}
	b.ReportAllocs()
	var next atomic.Int64
	var wg sync.WaitGroup
	lat := make([]time.Duration, b.N+1)
	b.ResetTimer()
	for range callers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := next.Add(1)
				if i > int64(b.N) {
					return
				}
				start := time.Now()
				if err := db.Update(func(tx *Tx) error { return SetJSON(tx, NewKey("k", fmt.Sprint(i%1000)), v) }); err != nil {
					b.Error(err)
					return
				}
				lat[i] = time.Since(start)
			}
		}()
	}
	wg.Wait()
	b.StopTimer()
	lat = lat[1:]
	slices.Sort(lat)
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "commits/s")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	if c, s := db.SyncStats(); s > 0 {
		b.ReportMetric(float64(c)/float64(s), "commits/fsync")
	}
}

// BenchmarkWriteDurable: one record per commit, fsynced (accounts,
// bookings), from 1, 8 and 64 concurrent callers, with group commit
// ("group") and with an fsync per commit as before it ("each").
func BenchmarkWriteDurable(b *testing.B) {
	for _, mode := range []string{"each", "group"} {
		for _, n := range []int{1, 8, 64} {
			b.Run(fmt.Sprintf("%s/callers=%d", mode, n), func(b *testing.B) { benchWrites(b, true, mode == "each", n) })
		}
	}
}

// BenchmarkLoneWriter: one caller committing back to back, one record a
// commit, to three files in turn — an fsync a commit (SyncEachCommit),
// group commit, and group commit with the server's commit delay (500 µs,
// server.DefaultCommitDelay, which a writer alone must never wait) — so
// the three share the disk's moment: on a shared disk an fsync's time
// drifts by several times within seconds, and BenchmarkWriteDurable's
// each/callers=1 and group/callers=1, run seconds apart, differed by up
// to 30 % either way between runs (docs/performance.md, round v14). Each
// mode's commits/s is its commits over the time its own Updates took;
// group-% and delay-% are those against the fsync a commit's (issue 22:
// a lone writer within ±10 %).
func BenchmarkLoneWriter(b *testing.B) {
	modes := []struct {
		each  bool
		delay time.Duration
	}{{each: true}, {}, {delay: 500 * time.Microsecond}}
	dbs := make([]*DB, len(modes))
	for i, m := range modes {
		d, err := OpenDir(b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		defer d.Close()
		d.SyncEachCommit, d.CommitDelay = m.each, m.delay
		if dbs[i], err = d.Open("bench.db", Options{Durable: true}); err != nil {
			b.Fatal(err)
		}
	}
	v := map[string]any{"user": "u1", "room": "classroom", "x": 12, "y": 7, "text": "안녕하세요, 반가워요!"}
	took := make([]time.Duration, len(modes))
	i := 0
	for b.Loop() {
		for m, db := range dbs {
			start := time.Now()
			if err := db.Update(func(tx *Tx) error { return SetJSON(tx, NewKey("k", fmt.Sprint(i%1000)), v) }); err != nil {
				b.Fatal(err)
			}
			took[m] += time.Since(start)
		}
		i++
	}
	rate := func(m int) float64 { return float64(b.N) / took[m].Seconds() }
	b.ReportMetric(rate(0), "each-commits/s")
	b.ReportMetric(rate(1), "group-commits/s")
	b.ReportMetric(rate(2), "delay-commits/s")
	b.ReportMetric(100*rate(1)/rate(0), "group-%")
	b.ReportMetric(100*rate(2)/rate(0), "delay-%")
	for m, db := range dbs[1:] {
		if c, s := db.SyncStats(); c != s {
			b.Fatalf("mode %d: a lone writer's %d commits took %d fsyncs", m+1, c, s)
		}
		if n := db.gs.delayed.Load(); n != 0 {
			b.Fatalf("mode %d: a lone writer waited for company %d times", m+1, n)
		}
	}
}

// BenchmarkCommitDelay: group commit with a writer about to fsync waiting
// up to the delay for writers still inside their transactions
// (Dir.CommitDelay), from 8 and 64 callers: how the default was chosen
// (docs/performance.md).
func BenchmarkCommitDelay(b *testing.B) {
	for _, delay := range []time.Duration{0, 50 * time.Microsecond, 100 * time.Microsecond, 250 * time.Microsecond} {
		for _, n := range []int{8, 64} {
			b.Run(fmt.Sprintf("delay=%s/callers=%d", delay, n), func(b *testing.B) { benchWrites(b, true, false, n, delay) })
		}
	}
}

// BenchmarkWriteEverySecond: one record per commit, written at once and
// fsynced each second (chat, positions).
func BenchmarkWriteEverySecond(b *testing.B) { benchWrites(b, false, false, 1) }

// snapReplica is a replica of an in-memory log holding keys records of
// about 120 bytes, as a busy world.db or bookings file would.
func snapReplica(b *testing.B, keys int) (*DB, *memLog) {
	log := newMemLog()
	d, err := OpenDir(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { d.Close() })
	d.Replicator, d.SnapshotEvery = log, 1<<30 // only when the benchmark asks
	d.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	db, err := d.Open("x.db", Options{})
	if err != nil {
		b.Fatal(err)
	}
	v := `{"user":"u123456","room":"classroom","x":12,"y":7,"t":1795000000,"text":"안녕하세요, 반가워요!"}`
	for i := 0; i < keys; i += 500 {
		if err := db.Update(func(tx *Tx) error {
			for j := i; j < min(i+500, keys); j++ {
				if err := tx.Set(NewKey("pos", fmt.Sprintf("u%07d", j), "classroom"), v); err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			b.Fatal(err)
		}
	}
	return db, log
}

// BenchmarkSnapshotTake: a replica's snapshot of a 10,000-key file — a
// consistent read of every key and its encoding — handed to the log
// (in memory here: the upload is JetStream's, see docs/cluster.md).
func BenchmarkSnapshotTake(b *testing.B) {
	db, log := snapReplica(b, 10000)
	b.ReportAllocs()
	for b.Loop() {
		log.mu.Lock()
		log.snaps = map[string]memEntry{} // each round takes a new one
		log.mu.Unlock()
		if err := db.snapshot(db.rep); err != nil {
			b.Fatal(err)
		}
	}
	log.mu.Lock()
	b.ReportMetric(float64(len(log.snaps["x.db"].data)), "bytes/snapshot")
	log.mu.Unlock()
}

// BenchmarkSnapshotLoad: a replica that is behind loads a 10,000-key
// snapshot — decoding it and replacing the file's contents in one
// transaction.
func BenchmarkSnapshotLoad(b *testing.B) {
	src, log := snapReplica(b, 10000)
	if err := src.snapshot(src.rep); err != nil {
		b.Fatal(err)
	}
	dst, _ := snapReplica(b, 100)
	dst.rep.snaps = log
	b.ReportAllocs()
	for b.Loop() {
		dst.rep.mu.Lock()
		dst.rep.applied = 0
		dst.rep.mu.Unlock()
		if err := dst.loadSnapshot(dst.rep, 1); err != nil {
			b.Fatal(err)
		}
	}
}
