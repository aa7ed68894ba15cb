package server

import (
	"slices"
	"sync"
	"time"
)

// phases spreads the ticks of busy rooms over the tick period. Every room
// ticks once a period at its own phase; a room with clients sends one
// frame to each of them at its tick, so rooms ticking close together send
// their frames in one burst, and the last frames of a burst (and every
// client reading them on the same machine) wait for the first. A fixed
// spread over all rooms does not help when only some are busy: with 53
// rooms of which the first 20 were busy, those 20 ticked within 19 ms of
// each 50 ms period and the median latency rose by a third of a tick.
//
// So a room that gets its first client takes the middle of the widest gap
// between the phases of the rooms already busy (the first keeps its own),
// and gives its phase back when its last client leaves: busy rooms stay
// about evenly spread however many there are and in whatever order they
// fill.
type phases struct {
	mu     sync.Mutex
	period time.Duration
	busy   map[*Room]time.Duration
}

func newPhases(period time.Duration) *phases {
	return &phases{period: period, busy: map[*Room]time.Duration{}}
}

// take registers r as busy and returns the phase it should tick at; cur
// is its phase now.
func (p *phases) take(r *Room, cur time.Duration) time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	if ph, ok := p.busy[r]; ok {
		return ph
	}
	if len(p.busy) == 0 {
		p.busy[r] = cur
		return cur
	}
	taken := make([]time.Duration, 0, len(p.busy))
	for _, ph := range p.busy {
		taken = append(taken, ph)
	}
	slices.Sort(taken)
	var best, start time.Duration
	for i, ph := range taken {
		next := p.period + taken[0] // the gap after the last wraps round
		if i+1 < len(taken) {
			next = taken[i+1]
		}
		if gap := next - ph; gap > best {
			best, start = gap, ph
		}
	}
	ph := (start + best/2) % p.period
	p.busy[r] = ph
	return ph
}

// release marks r as no longer busy.
func (p *phases) release(r *Room) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.busy, r)
}

// nextTick returns the first moment at or after t that is phase past a
// whole number of periods since epoch.
func nextTick(epoch time.Time, phase, period time.Duration, t time.Time) time.Time {
	base := epoch.Add(phase)
	if !t.After(base) {
		return base
	}
	k := (t.Sub(base) + period - 1) / period
	return base.Add(k * period)
}
