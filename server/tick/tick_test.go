package tick_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/madang-world/madang/server/tick"
)

// TestPhasesTake: rooms getting busy one after another, all starting near
// the same phase, end up evenly spread (eight rooms: 6.25 ms apart in a
// 50 ms period); a released phase is the widest gap and is taken next.
func TestPhasesTake(t *testing.T) {
	const period = 50 * time.Millisecond
	p := tick.NewPhases(period)
	rooms := make([]string, 8)
	var got []time.Duration
	for i := range rooms {
		rooms[i] = fmt.Sprintf("r%d", i)
		got = append(got, p.Take(rooms[i], time.Duration(i+1)*time.Millisecond))
	}
	if got[0] != time.Millisecond {
		t.Fatalf("the first busy room moved: %v", got[0])
	}
	s := slices.Clone(got)
	slices.Sort(s)
	for i := range s {
		next := s[0] + period
		if i+1 < len(s) {
			next = s[i+1]
		}
		if gap := next - s[i]; gap != period/8 {
			t.Fatalf("phases %v: gap %v after %v, want %v", got, gap, s[i], period/8)
		}
	}
	if again := p.Take(rooms[3], 0); again != got[3] {
		t.Fatalf("a busy room asking again got %v, had %v", again, got[3])
	}
	p.Release(rooms[5])
	if ph := p.Take("new", 0); ph != got[5] {
		t.Fatalf("after releasing %v the next room got %v", got[5], ph)
	}
}

// TestNextTick: ticks fall at epoch + phase + k periods, the first one at
// or after the time asked.
func TestNextTick(t *testing.T) {
	e := time.Unix(1000, 0)
	const period = 50 * time.Millisecond
	for _, c := range []struct {
		phase, at, want time.Duration
	}{
		{10 * time.Millisecond, 0, 10 * time.Millisecond},
		{10 * time.Millisecond, 10 * time.Millisecond, 10 * time.Millisecond},
		{10 * time.Millisecond, 11 * time.Millisecond, 60 * time.Millisecond},
		{10 * time.Millisecond, 1234 * time.Millisecond, 1260 * time.Millisecond},
		{0, 100 * time.Millisecond, 100 * time.Millisecond},
	} {
		if got := tick.Next(e, c.phase, period, e.Add(c.at)).Sub(e); got != c.want {
			t.Errorf("phase %v, at %v: %v, want %v", c.phase, c.at, got, c.want)
		}
	}
}
