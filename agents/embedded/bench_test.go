package embedded_test

import (
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"sort"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
	"github.com/madang-world/madang/skills/store"
	"github.com/madang-world/madang/skills/tutoring"
)

// timing is an Output that records when each user's reply finished.
type timing struct {
	mu   sync.Mutex
	done map[string]chan struct{}
}

func (o *timing) Speech(a *avatars.Avatar, u string, s protocol.Speech) {
	if s.Final {
		o.mu.Lock()
		ch := o.done[u]
		o.mu.Unlock()
		ch <- struct{}{}
	}
}
func (o *timing) Card(*avatars.Avatar, string, protocol.Card)                     {}
func (o *timing) ConfirmRequest(*avatars.Avatar, string, protocol.ConfirmRequest) {}
func (o *timing) State(*avatars.Avatar, string, string)                           {}
func (o *timing) Present(*avatars.Avatar) []agents.User                           { return nil }
func (o *timing) Broadcast(*avatars.Avatar, protocol.Card)                        {}
func (o *timing) Reject(*avatars.Avatar, string, string)                          {}

// benchStores starts the skills host with the tutor and opens the
// conversations' file in its data directory, as the server keeps them.
// MADANG_BENCH_FILES=3 keeps a turn's three files apart; otherwise
// they are one (store.Dir.Share, as the server's Options.TurnFile does).
// MADANG_BENCH_COMMIT_DELAY (a Go duration) sets store.Dir.CommitDelay,
// otherwise the server's default (server.DefaultCommitDelay).
// MADANG_BENCH_RETAIN (a Go duration) sets how long the skills host keeps
// idempotency records and audit entries (skills.HostOptions), with
// MADANG_BENCH_CLOCK_STEP the world's time each Turn500 round moves on:
// the heap (live-MB) then holds the records of the retention's rounds,
// not of every round run.
func benchStores(b *testing.B) (*skilltest.Harness, *store.DB) {
	delay := benchCommitDelay
	if v := os.Getenv("MADANG_BENCH_COMMIT_DELAY"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			b.Fatalf("MADANG_BENCH_COMMIT_DELAY=%q: %v", v, err)
		}
		delay = d
	}
	retain := skilltest.Host(func(*skills.HostOptions) {})
	if v := os.Getenv("MADANG_BENCH_RETAIN"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			b.Fatalf("MADANG_BENCH_RETAIN=%q: %v", v, err)
		}
		retain = skilltest.Host(func(o *skills.HostOptions) { o.IdempotencyTTL, o.AuditRetention = d, d })
	}
	h := skilltest.New(b, retain, skilltest.Skill(tutoring.ID, tutoring.New()), skilltest.Setup(func(d *store.Dir) error {
		d.CommitDelay, d.SharedCommitDelay = delay, delay
		if os.Getenv("MADANG_BENCH_FILES") == "3" {
			return nil
		}
		return d.Share("turns.db", "conversations.db", "skills.db", "tutoring.db") // server/options.go, TurnFiles
	}))
	db, err := h.Store().Open("conversations.db", store.Options{Durable: true})
	if err != nil {
		b.Fatal(err)
	}
	return h, db
}

// benchCommitDelay is server.DefaultCommitDelay (not imported: the server
// imports this package).
const benchCommitDelay = 500 * time.Microsecond

// BenchmarkTurn500: 500 students talk to the tutor at once. Each turn is
// message in → reply out through the embedded brain, including the skill
// call and its fsynced write (a quiz answer updates the student's
// progress), and ends when the conversation state the turn left is
// durably saved (rt.Wait returns after the turn's save: the reply's last
// chunk goes out before it).
//
// All 500 turns of a round start at the same instant, so the round is a
// queue: on two cores the last turn ends no sooner than 500 turns' CPU
// time ÷ 2 after the start, and p99 measures that queue as much as a
// turn. BenchmarkTurnsPaced measures a turn's latency at a steady rate.
func BenchmarkTurn500(b *testing.B) {
	h, db := benchStores(b)
	out := &timing{done: map[string]chan struct{}{}}
	rt, _ := agents.New(agents.Options{Host: h.Host, DB: db, Avatars: avatars.Campus(), Out: out, Clock: h.Clock,
		Brain: func(*avatars.Avatar) agents.Brain { return embedded.New() }})
	defer rt.Close()
	const n = 500
	users := make([]agents.User, n)
	for i := range users {
		users[i] = agents.User{ID: fmt.Sprintf("s%03d", i), Name: "학생"}
		out.done[users[i].ID] = make(chan struct{}, 4)
	}
	var turns atomic.Int64
	turn := func(u agents.User, text string) time.Duration {
		turns.Add(1)
		start := time.Now()
		if err := rt.Hear(u, "tutor", text, ""); err != nil {
			b.Fatal(err)
		}
		<-out.done[u.ID]
		rt.Wait(u, "tutor") // the turn's conversation save is on disk
		return time.Since(start)
	}
	// Everyone starts a quiz; then each benchmark round answers a question.
	var wg sync.WaitGroup
	for _, u := range users {
		wg.Add(1)
		go func() { defer wg.Done(); turn(u, "광합성 퀴즈 내줘") }()
	}
	wg.Wait()
	var mu sync.Mutex
	var lat []time.Duration
	answers := []string{"엽록체", "2번", "산소"}
	var step time.Duration
	if v := os.Getenv("MADANG_BENCH_CLOCK_STEP"); v != "" {
		var err error
		if step, err = time.ParseDuration(v); err != nil {
			b.Fatalf("MADANG_BENCH_CLOCK_STEP=%q: %v", v, err)
		}
	}
	cpu0, turns0, fsyncs0, gcs0 := cpuTime(), turns.Load(), store.Fsyncs(), gcStats()
	commits0, syncs0 := db.SyncStats()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, u := range users {
			wg.Add(1)
			go func() {
				defer wg.Done()
				d := turn(u, answers[i%3])
				if i%3 == 2 { // the quiz is over: start the next one (not measured)
					turn(u, "광합성 퀴즈 내줘")
				}
				mu.Lock()
				lat = append(lat, d)
				mu.Unlock()
			}()
		}
		wg.Wait()
		h.Clock.Advance(step)
	}
	b.StopTimer()
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(turns.Load()-turns0), "cpu-µs/turn") // the quizzes started too
	b.ReportMetric(float64(store.Fsyncs()-fsyncs0)/float64(turns.Load()-turns0), "fsyncs/turn")          // every file's
	reportGC(b, gcs0, float64(turns.Load()-turns0))
	commits, syncs := db.SyncStats()
	b.ReportMetric(float64(commits-commits0)/float64(max(syncs-syncs0, 1)), "saves/fsync") // conversations.db: in one file, all of a turn's commits
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	q := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000 }
	b.ReportMetric(q(0.5), "p50-ms")
	b.ReportMetric(q(0.99), "p99-ms")
	b.ReportMetric(float64(len(lat))/b.Elapsed().Seconds(), "turns/s")
}

// BenchmarkTurnsPaced: 500 conversations with the tutor, each taking a
// turn at a steady pace (its phase spread over the period), so that all
// of them together offer rate turns a second: each student asks for a
// quiz, answers its three questions, asks for the next. A turn ends when
// the reply is out and the conversation state it left is durably saved;
// its latency counts from when it was due, so a turn sent late because
// the student's previous one was still running is charged the delay (no
// coordinated omission). turns/s is what was completed; below the rate
// offered, the machine could not keep up.
func BenchmarkTurnsPaced(b *testing.B) {
	for _, rate := range []int{2500, 5000} {
		b.Run(fmt.Sprintf("rate=%d", rate), func(b *testing.B) { benchPaced(b, rate) })
	}
}

func benchPaced(b *testing.B, rate int) {
	h, db := benchStores(b)
	out := &timing{done: map[string]chan struct{}{}}
	rt, _ := agents.New(agents.Options{Host: h.Host, DB: db, Avatars: avatars.Campus(), Out: out, Clock: h.Clock,
		Brain: func(*avatars.Avatar) agents.Brain { return embedded.New() }})
	defer rt.Close()
	const n = 500
	period := time.Duration(n) * time.Second / time.Duration(rate)
	users := make([]agents.User, n)
	for i := range users {
		users[i] = agents.User{ID: fmt.Sprintf("s%03d", i), Name: "학생"}
		out.done[users[i].ID] = make(chan struct{}, 4)
	}
	script := []string{"광합성 퀴즈 내줘", "엽록체", "2번", "산소"}
	turn := func(u agents.User, text string) {
		if err := rt.Hear(u, "tutor", text, ""); err != nil {
			b.Fatal(err)
		}
		<-out.done[u.ID]
		rt.Wait(u, "tutor")
	}
	// Warm up: every conversation exists and has taken one turn.
	var wg sync.WaitGroup
	for _, u := range users {
		wg.Add(1)
		go func() { defer wg.Done(); turn(u, "광합성 퀴즈 내줘") }()
	}
	wg.Wait()
	lat := make([][]time.Duration, n)
	cpu0, fsyncs0, gcs0 := cpuTime(), store.Fsyncs(), gcStats()
	commits0, syncs0 := db.SyncStats()
	b.ResetTimer()
	start := time.Now()
	for i, u := range users {
		wg.Add(1)
		go func() {
			defer wg.Done()
			phase := period * time.Duration(i) / n
			for k := 0; k < b.N; k++ {
				due := start.Add(phase + time.Duration(k)*period)
				if d := time.Until(due); d > 0 {
					time.Sleep(d)
				}
				turn(u, script[(k+1)%len(script)])
				lat[i] = append(lat[i], time.Since(due))
			}
		}()
	}
	wg.Wait()
	b.StopTimer()
	cpu := cpuTime() - cpu0
	var all []time.Duration
	for _, l := range lat {
		all = append(all, l...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	q := func(p float64) float64 { return float64(all[int(p*float64(len(all)-1))].Microseconds()) / 1000 }
	b.ReportMetric(q(0.5), "p50-ms")
	b.ReportMetric(q(0.99), "p99-ms")
	b.ReportMetric(float64(len(all))/time.Since(start).Seconds(), "turns/s")
	b.ReportMetric(float64(cpu.Microseconds())/float64(len(all)), "cpu-µs/turn")
	b.ReportMetric(float64(store.Fsyncs()-fsyncs0)/float64(len(all)), "fsyncs/turn") // every file's
	reportGC(b, gcs0, float64(len(all)))
	commits, syncs := db.SyncStats()
	b.ReportMetric(float64(commits-commits0)/float64(max(syncs-syncs0, 1)), "saves/fsync") // conversations.db: in one file, all of a turn's commits
}

// cpuTime is the CPU time (user and system) the process has used: per
// turn, the figure other processes on a shared machine change least —
// two cores' worth of it is the most turns a second could ever take.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// gcStats is the number of GC cycles so far.
func gcStats() uint64 {
	s := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// reportGC reports the GC cycles per 1,000 turns since gcs0 and the heap's
// goal at the end (MB): what GOGC or GOMEMLIMIT trade — fewer cycles for a
// larger heap.
//
// It then collects (after the timed part) and reports the live heap
// (live-MB) and what the collector scanned for pointers (scan-MB: the
// heap's scannable bytes, goroutine stacks and globals) — the mark
// phase's work, which pointer-free arrays do not add to. MADANG_BENCH_HEAPPROFILE
// names a file to write the heap profile to after a collection, while
// the benchmark's conversations and stores are still open.
func reportGC(b *testing.B, gcs0 uint64, turns float64) {
	s := []metrics.Sample{{Name: "/gc/heap/goal:bytes"}, {Name: "/gc/heap/live:bytes"},
		{Name: "/gc/scan/heap:bytes"}, {Name: "/gc/scan/stack:bytes"}, {Name: "/gc/scan/globals:bytes"}}
	metrics.Read(s)
	mb := func(i int) float64 { return float64(s[i].Value.Uint64()) / (1 << 20) }
	b.ReportMetric(float64(gcStats()-gcs0)*1000/turns, "gcs/kturn")
	b.ReportMetric(mb(0), "heapgoal-MB")
	runtime.GC() // the live and scanned figures of a cycle that ends now, not of one in the run
	metrics.Read(s)
	b.ReportMetric(mb(1), "live-MB")
	b.ReportMetric(mb(2)+mb(3)+mb(4), "scan-MB")
	if f := os.Getenv("MADANG_BENCH_HEAPPROFILE"); f != "" {
		w, err := os.Create(f)
		if err != nil {
			b.Fatal(err)
		}
		defer w.Close()
		if err := pprof.WriteHeapProfile(w); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLongLivedHeap reports what the long-lived data of a turn add
// to the heap (live-MB) and to what every collection scans for pointers
// (scan-MB): every campus avatar's intent models (embedded.Prepare) and
// the tutor's lesson library with its retriever. Run it alone
// (-test.run '^$' -test.bench LongLivedHeap -test.benchtime 1x): the
// models are built once a process.
func BenchmarkLongLivedHeap(b *testing.B) {
	measure := func() (live, scan float64) {
		runtime.GC()
		s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/scan/heap:bytes"}}
		metrics.Read(s)
		return float64(s[0].Value.Uint64()) / (1 << 20), float64(s[1].Value.Uint64()) / (1 << 20)
	}
	for range b.N {
		l0, s0 := measure()
		if err := embedded.Prepare(avatars.Campus()...); err != nil {
			b.Fatal(err)
		}
		l1, s1 := measure()
		lib, err := tutoring.LoadLibrary()
		if err != nil {
			b.Fatal(err)
		}
		l2, s2 := measure()
		runtime.KeepAlive(lib)
		b.ReportMetric(l1-l0, "models-live-MB")
		b.ReportMetric(s1-s0, "models-scan-MB")
		b.ReportMetric(l2-l1, "tutor-live-MB")
		b.ReportMetric(s2-s1, "tutor-scan-MB")
	}
}
