package load

import (
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
