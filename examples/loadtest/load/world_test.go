package load

import (
	"math"
	"testing"

	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server/world"
)

// TestWriteWorld: the world the load tool writes is one the server loads —
// the campus unchanged and n load rooms.
func TestWriteWorld(t *testing.T) {
	dir := t.TempDir()
	if err := WriteWorld(dir, 3); err != nil {
		t.Fatal(err)
	}
	w, err := world.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	campus := world.Campus()
	if got, want := len(w.Rooms), len(campus.Rooms)+3; got != want {
		t.Fatalf("%d rooms, want %d", got, want)
	}
	for _, r := range campus.Rooms {
		got := w.Rooms[r.ID]
		if got == nil || len(got.Doors) != len(r.Doors) || len(got.Zones) != len(r.Zones) || got.NameKo != r.NameKo {
			t.Errorf("room %s did not survive the round trip: %+v", r.ID, got)
		}
	}
	if r := w.Rooms["load-03"]; r == nil || len(r.Spawns) == 0 {
		t.Errorf("load-03: %+v", r)
	}
}

// TestSendMoveCanonical: the tool's hand-built move is what protocol.Encode
// writes (so the server's fast path sees what real clients send).
func TestSendMoveCanonical(t *testing.T) {
	b := appendMove(nil, "e", 1795770305210123)
	want := protocol.MustEncode(protocol.TypeMove, "", &protocol.Move{Dir: "e", TS: 1795770305210123})
	if string(b) != string(want) {
		t.Fatalf("%s\n%s", b, want)
	}
	if _, _, ok := protocol.DecodeMove(b); !ok {
		t.Fatal("the server's fast path refuses it")
	}
}

// TestScanCounts feeds scan a real tick frame: own movement and others'
// are told apart and the others' latencies recorded.
func TestScanCounts(t *testing.T) {
	frame := protocol.MustEncode(protocol.TypeTick, "", &protocol.Tick{T: 7, Mov: []protocol.Pos{
		{ID: 3, X: 1, Y: 2, TS: 1000}, {ID: 4, X: 5.5, Y: 6, TS: 2000}, {ID: 12345, X: 1, Y: 1, TS: 2500}}})
	b := &bot{you: 3}
	b.window.Store(true)
	b.scan(frame, 3000)
	if b.own != 1 || b.others != 2 || b.lat.count() != 2 {
		t.Fatalf("own %d others %d samples %d, want 1 2 2 (frame %s)", b.own, b.others, b.lat.count(), frame)
	}
	if v, ok := digits([]byte("1234,")); !ok || v != 1234 {
		t.Fatal(v, ok)
	}
	if _, ok := digits([]byte("x")); ok {
		t.Fatal("no digits read as a number")
	}
}

// TestScanBaseline: the baseline's frame (one update per line, the
// bot's own included) is counted like Madang's ticks.
func TestScanBaseline(t *testing.T) {
	frame := append(appendPos(nil, 3, 1000), '\n')
	frame = append(append(frame, appendPos(nil, 4, 2000)...), '\n')
	frame = append(frame, appendPos(nil, 12345, 2500)...)
	if n := len(appendPos(nil, 17, 1795770305210123)); n < 80 || n > 90 {
		t.Fatalf("an update is %d bytes; the reference's are about 85 (docs/background.md §4)", n)
	}
	b := &bot{you: 3, baseline: true}
	b.window.Store(true)
	b.scanBaseline(frame, 3000)
	if b.own != 1 || b.others != 2 || b.lat.count() != 2 || math.Abs(b.lat.quantile(0)-500) > 10 {
		t.Fatalf("own %d others %d samples %d, want 1 2 2 (frame %s)", b.own, b.others, b.lat.count(), frame)
	}
}
