package client

import (
	"testing"
	"time"

	"github.com/madang-world/madang/protocol"
)

func TestMirrorAppliesDeltas(t *testing.T) {
	m := newMirror()
	t0 := time.Unix(100, 0)
	m.apply(Event{At: t0, Payload: &protocol.Joined{Room: protocol.Room{ID: "hall"}, You: 1, Tick: 5,
		Entities: []protocol.Entity{{ID: 1, Name: "나", X: 1, Y: 1}, {ID: 2, Name: "너", X: 3, Y: 1}},
		Members:  []protocol.Member{{ID: 1}, {ID: 2}}}})
	m.apply(Event{At: t0.Add(50 * time.Millisecond), Payload: &protocol.Tick{T: 6,
		Add: []protocol.Entity{{ID: 3, Name: "새", X: 5, Y: 5}},
		Mov: []protocol.Pos{{ID: 1, X: 1.2, Y: 1, Dir: "e"}, {ID: 99, X: 1, Y: 1}},
		Del: []uint32{2}}})
	if r, ok := m.InRoom(); !ok || r.ID != "hall" || m.You() != 1 || m.Tick() != 6 {
		t.Fatalf("room %v %v you %d tick %d", r, ok, m.You(), m.Tick())
	}
	ents := m.Entities()
	if len(ents) != 2 || ents[0].ID != 1 || ents[1].ID != 3 {
		t.Fatalf("entities %+v", ents)
	}
	if ents[0].X != 1.2 || ents[0].Dir != "e" {
		t.Fatalf("moved entity %+v", ents[0])
	}
	m.apply(Event{Payload: &protocol.Presence{Leave: []uint32{3}}})
	if _, ok := m.Entity(3); ok || len(m.Members()) != 2 {
		t.Fatal("presence leave not applied")
	}
	m.apply(Event{Payload: &protocol.Left{Room: "hall"}})
	if _, ok := m.InRoom(); ok || len(m.Entities()) != 0 {
		t.Fatal("left not applied")
	}
}

// TestInterpolation: a moved entity glides from where it was drawn to its
// new position over one tick, and never overshoots.
func TestInterpolation(t *testing.T) {
	m := newMirror()
	t0 := time.Unix(100, 0)
	m.apply(Event{At: t0, Payload: &protocol.Joined{Entities: []protocol.Entity{{ID: 1, X: 0, Y: 0}}}})
	m.apply(Event{At: t0, Payload: &protocol.Tick{T: 1, Mov: []protocol.Pos{{ID: 1, X: 1, Y: 0}}}})
	e, _ := m.Entity(1)
	for i, tc := range []struct {
		after time.Duration
		want  float64
	}{{0, 0}, {25 * time.Millisecond, 0.5}, {50 * time.Millisecond, 1}, {time.Second, 1}} {
		x, y := Interpolate(e, t0.Add(tc.after))
		if x < tc.want-1e-9 || x > tc.want+1e-9 || y != 0 {
			t.Errorf("test %d: at +%s x=%.3f, want %.3f", i, tc.after, x, tc.want)
		}
	}
	// A second move mid-glide starts from the drawn position (0.5), not from 1.
	m.apply(Event{At: t0.Add(25 * time.Millisecond), Payload: &protocol.Tick{T: 2, Mov: []protocol.Pos{{ID: 1, X: 2, Y: 0}}}})
	e, _ = m.Entity(1)
	if e.FromX != 0.5 {
		t.Fatalf("second glide starts at %.2f, want 0.5", e.FromX)
	}
}

func TestChatBounded(t *testing.T) {
	m := newMirror()
	for i := 0; i < maxChat+50; i++ {
		m.apply(Event{Payload: &protocol.ChatMsg{Text: "x", TS: int64(i)}})
	}
	c := m.Chat()
	if len(c) != maxChat || c[len(c)-1].TS != maxChat+49 {
		t.Fatalf("chat len %d last %d", len(c), c[len(c)-1].TS)
	}
}
