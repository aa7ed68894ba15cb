package client

import (
	"sort"
	"sync"
	"time"

	"github.com/madang-world/madang/protocol"
)

// maxChat is how many chat lines the mirror keeps.
const maxChat = 200

// Mirror is the client's copy of the room it is in, built from joined,
// tick, presence and chat messages. It keeps, for each entity, where it was
// and where it is now with the arrival times, so a renderer can
// interpolate (see Entities).
type Mirror struct {
	mu      sync.RWMutex
	inRoom  bool
	room    protocol.Room
	m       protocol.Map
	you     uint32
	tick    uint64
	tickHz  int
	ents    map[uint32]*Tracked
	members map[uint32]protocol.Member
	chat    []protocol.ChatMsg
}

// Tracked is an entity with its previous position, for interpolation.
type Tracked struct {
	protocol.Entity
	FromX, FromY float64   // position before the latest update
	From, To     time.Time // when the previous and latest updates arrived
}

func newMirror() *Mirror {
	return &Mirror{ents: map[uint32]*Tracked{}, members: map[uint32]protocol.Member{}, tickHz: 20}
}

func (m *Mirror) setTickHz(hz int) {
	m.mu.Lock()
	if hz > 0 {
		m.tickHz = hz
	}
	m.mu.Unlock()
}

func (m *Mirror) apply(ev Event) {
	m.mu.Lock()
	defer m.mu.Unlock()
	switch p := ev.Payload.(type) {
	case *protocol.Joined:
		m.inRoom, m.room, m.m, m.you, m.tick = true, p.Room, p.Map, p.You, p.Tick
		clear(m.ents)
		clear(m.members)
		for _, e := range p.Entities {
			m.ents[e.ID] = &Tracked{Entity: e, FromX: e.X, FromY: e.Y, From: ev.At, To: ev.At}
		}
		for _, mb := range p.Members {
			m.members[mb.ID] = mb
		}
		m.chat = append(m.chat[:0], p.Chat...)
	case *protocol.Left:
		m.inRoom = false
		clear(m.ents)
		clear(m.members)
	case *protocol.Tick:
		m.tick = p.T
		for _, e := range p.Add {
			if t := m.ents[e.ID]; t != nil {
				t.FromX, t.FromY, t.From = t.X, t.Y, t.To
				t.Entity, t.To = e, ev.At
				continue
			}
			m.ents[e.ID] = &Tracked{Entity: e, FromX: e.X, FromY: e.Y, From: ev.At, To: ev.At}
		}
		for _, u := range p.Mov {
			t := m.ents[u.ID]
			if t == nil {
				continue // not in view: a newer add will bring it
			}
			// Interpolate from where it is drawn now, not from where it was.
			t.FromX, t.FromY = lerpAt(t, ev.At)
			t.From = ev.At
			t.X, t.Y, t.Dir = u.X, u.Y, u.Dir
			t.To = ev.At.Add(time.Second / time.Duration(m.tickHz))
		}
		for _, id := range p.Del {
			delete(m.ents, id)
		}
	case *protocol.Presence:
		for _, mb := range p.Join {
			m.members[mb.ID] = mb
		}
		for _, id := range p.Leave {
			delete(m.members, id)
			delete(m.ents, id)
		}
	case *protocol.ChatMsg:
		m.chat = append(m.chat, *p)
		if len(m.chat) > maxChat {
			m.chat = append(m.chat[:0], m.chat[len(m.chat)-maxChat:]...)
		}
	}
}

// lerpAt is the drawn position of t at time at.
func lerpAt(t *Tracked, at time.Time) (float64, float64) {
	span := t.To.Sub(t.From)
	if span <= 0 || !at.Before(t.To) {
		return t.X, t.Y
	}
	f := float64(at.Sub(t.From)) / float64(span)
	if f < 0 {
		f = 0
	}
	return t.FromX + (t.X-t.FromX)*f, t.FromY + (t.Y-t.FromY)*f
}

// Interpolate returns where t should be drawn at time now: moving smoothly
// from its previous position to its latest one over one tick interval.
func Interpolate(t Tracked, now time.Time) (x, y float64) {
	return lerpAt(&t, now)
}

// InRoom reports whether the client is in a room, and which.
func (m *Mirror) InRoom() (protocol.Room, bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return m.room, m.inRoom
}

// You is your own entity id in the current room.
func (m *Mirror) You() uint32 {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return m.you
}

// Map is the current room's map.
func (m *Mirror) Map() protocol.Map {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return m.m
}

// Tick is the last room tick seen.
func (m *Mirror) Tick() uint64 {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return m.tick
}

// Entity returns an entity in view by id.
func (m *Mirror) Entity(id uint32) (Tracked, bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	t, ok := m.ents[id]
	if !ok {
		return Tracked{}, false
	}
	return *t, true
}

// Entities returns the entities in view, sorted by id.
func (m *Mirror) Entities() []Tracked {
	m.mu.RLock()
	out := make([]Tracked, 0, len(m.ents))
	for _, t := range m.ents {
		out = append(out, *t)
	}
	m.mu.RUnlock()
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Members returns everyone in the room, sorted by id.
func (m *Mirror) Members() []protocol.Member {
	m.mu.RLock()
	out := make([]protocol.Member, 0, len(m.members))
	for _, mb := range m.members {
		out = append(out, mb)
	}
	m.mu.RUnlock()
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Chat returns the recent chat lines, oldest first.
func (m *Mirror) Chat() []protocol.ChatMsg {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return append([]protocol.ChatMsg(nil), m.chat...)
}

// NewMirrorFrom returns a mirror holding a room snapshot, for UI tests and
// replays that have no connection.
func NewMirrorFrom(j *protocol.Joined, at time.Time) *Mirror {
	m := newMirror()
	m.apply(Event{Type: protocol.TypeJoined, Payload: j, At: at})
	return m
}
