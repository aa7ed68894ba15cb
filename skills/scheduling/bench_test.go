package scheduling

import (
	"fmt"
	"testing"
	"time"

	"github.com/madang-world/madang/skills/skilltest"
)

// BenchmarkFreeSlots10People2Weeks: common free hour-long slots for the
// caller and 9 others (all 8 directory colleagues with their routines, and
// one more user) over two weeks, each of the two real users with 40 events.
func BenchmarkFreeSlots10People2Weeks(b *testing.B) {
	h, s := newSched(b)
	for _, u := range []string{"u1", "u2"} {
		ctx := as(u, "사용자 "+u)
		for d := 0; d < 10; d++ {
			for k := 0; k < 4; k++ {
				day := skilltest.Start.AddDate(0, 0, d)
				start := fmt.Sprintf("%sT%02d:%s", day.Format("2006-01-02"), 9+2*k, []string{"00", "30"}[(d+k)%2])
				h.Call(ctx, "sched_create_event", map[string]any{"title": "일", "start": start, "duration_minutes": 45, "allow_overlap": true})
			}
		}
	}
	ids := []string{"u2"}
	for id := range s.people {
		ids = append(ids, id)
	}
	from := time.Date(2026, 12, 7, 0, 0, 0, 0, Seoul)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		s.FreeSlots("u1", ids, from, from.AddDate(0, 0, 14), time.Hour, 9*time.Hour, 18*time.Hour, false, 5, Seoul)
	}
}
