// Package tick decides when rooms tick: each room once per period, at a
// phase of its own from a shared epoch, with the busy rooms (those with
// clients) spread evenly over the period.
//
// It exists apart from the room because the schedule is arithmetic over
// durations that is easy to get subtly wrong (bursts of frames from rooms
// ticking together were a third of a tick of latency) and easy to test on
// its own; the room goroutines (package server) ask it for their phase
// and their next tick.
package tick

import (
	"maps"
	"slices"
	"sync"
	"time"
)

// Phases spreads the ticks of busy rooms over the tick period. Every room
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
type Phases struct {
	mu     sync.Mutex
	period time.Duration
	busy   map[string]time.Duration // room id → phase
}

// NewPhases returns the phases of rooms ticking once per period.
func NewPhases(period time.Duration) *Phases {
	return &Phases{period: period, busy: map[string]time.Duration{}}
}

// Take registers room r as busy and returns the phase it should tick at;
// cur is its phase now. A room already busy keeps its phase.
func (p *Phases) Take(r string, cur time.Duration) time.Duration {
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

// Release marks room r as no longer busy.
func (p *Phases) Release(r string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.busy, r)
}

// Busy returns the phase of every busy room, by room id.
func (p *Phases) Busy() map[string]time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	return maps.Clone(p.busy)
}

// Next returns the first moment at or after t that is phase past a
// whole number of periods since epoch.
func Next(epoch time.Time, phase, period time.Duration, t time.Time) time.Time {
	base := epoch.Add(phase)
	if !t.After(base) {
		return base
	}
	k := (t.Sub(base) + period - 1) / period
	return base.Add(k * period)
}
