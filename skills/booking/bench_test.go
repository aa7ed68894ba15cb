package booking

import (
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
	"github.com/madang-world/madang/skills/store"
)

// BenchmarkDurableBooking: one complete booking per op — hold, confirmation
// prepared, confirmed — through the Host with every commit fsynced
// (booking, idempotency, confirmation and audit records), from parallel
// callers.
func BenchmarkDurableBooking(b *testing.B) {
	h, _ := newBooker(b)
	var n atomic.Int64
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := n.Add(1)
			u := h.As(fmt.Sprintf("bench%d", i), scopes...)
			// Spread over places, days and times so capacity never runs out.
			place := fmt.Sprintf("r%02d", 1+i%30)
			date := fmt.Sprintf("2027-%02d-%02d", 1+(i/300)%12, 1+(i/10)%28)
			hold := h.Call(u, "booking_hold", map[string]any{"place_id": place, "date": date, "time": "18:00", "party_size": 1})
			if hold.Status != skills.StatusOK {
				b.Fatal(hold.Error)
			}
			bk, err := skills.Decode[BookingView](hold)
			if err != nil {
				b.Fatal(err)
			}
			if r := h.Do(u, "booking_confirm", map[string]any{"booking_id": bk.ID}); r.Status != skills.StatusOK {
				b.Fatal(r.Error)
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "bookings/s")
}

// BenchmarkDurableBookings: complete bookings (hold, confirmation
// prepared, confirmed: every commit fsynced) from 1, 8 and 64 concurrent
// callers, as many users booking at once.
func BenchmarkDurableBookings(b *testing.B) {
	for _, callers := range []int{1, 8, 64} {
		b.Run(fmt.Sprintf("callers=%d", callers), func(b *testing.B) {
			h := benchBooker(b)
			var n atomic.Int64
			var wg sync.WaitGroup
			b.ResetTimer()
			cpu0, fs0 := cpuTime(), store.Fsyncs()
			for range callers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for {
						i := n.Add(1)
						if i > int64(b.N) {
							return
						}
						u := h.As(fmt.Sprintf("bench%d", i), scopes...)
						place := fmt.Sprintf("r%02d", 1+i%30)
						date := fmt.Sprintf("2027-%02d-%02d", 1+(i/300)%12, 1+(i/10)%28)
						hold := h.Call(u, "booking_hold", map[string]any{"place_id": place, "date": date, "time": "18:00", "party_size": 1})
						if hold.Status != skills.StatusOK {
							b.Error(hold.Error)
							return
						}
						bk, err := skills.Decode[BookingView](hold)
						if err != nil {
							b.Error(err)
							return
						}
						if r := h.Do(u, "booking_confirm", map[string]any{"booking_id": bk.ID}); r.Status != skills.StatusOK {
							b.Error(r.Error)
							return
						}
					}
				}()
			}
			wg.Wait()
			b.StopTimer()
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "bookings/s")
			// CPU and fsyncs a booking: on a shared machine the wall figure
			// is the queue's, these are the booking's own.
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(b.N), "cpu-µs/booking")
			b.ReportMetric(float64(store.Fsyncs()-fs0)/float64(b.N), "fsyncs/booking")
		})
	}
}

// benchBooker is a booking host laid out as a server lays it out: the
// booking pack's file and the host's records parts of the turn file
// (server.TurnFiles, server/options.go; not imported: the server imports
// this package), under the server's commit window
// (server.DefaultCommitDelay, 500 µs). MADANG_BENCH_BOOKING_FILES=apart
// keeps booking.db and skills.db apart with no window (the layout before
// round v17: this benchmark's layout until then), =v16 the server's
// layout until round v17 (the host's records in the turn file, booking.db
// apart); MADANG_TEST_COMMIT_DELAY sets the window.
func benchBooker(b *testing.B) *skilltest.Harness {
	return skilltest.New(b, skilltest.Skill(ID, New()), skilltest.Setup(func(d *store.Dir) error {
		names := []string{"conversations.db", "skills.db", "tutoring.db", "booking.db"}
		switch os.Getenv("MADANG_BENCH_BOOKING_FILES") {
		case "apart":
			return nil
		case "v16":
			names = names[:3]
		}
		if os.Getenv("MADANG_TEST_COMMIT_DELAY") == "" {
			d.SharedCommitDelay = 500 * time.Microsecond
		}
		return d.Share("turns.db", names...)
	}))
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
