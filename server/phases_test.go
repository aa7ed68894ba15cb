package server_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server"
	"github.com/madang-world/madang/server/world"
)

// manyRooms writes a world of n small rooms r01…rNN (the order their
// phases are first spread in).
func manyRooms(t *testing.T, n int) *world.World {
	t.Helper()
	dir := t.TempDir()
	tiles := []string{"######", "#....#", "#....#", "######"}
	for i := 1; i <= n; i++ {
		r := world.RoomFile{ID: fmt.Sprintf("r%02d", i), Kind: "office", NameKo: "방", NameEn: "Room", Tiles: tiles,
			Spawns: []protocol.Point{{X: 1, Y: 1}}, Zones: []protocol.Zone{}, Doors: []protocol.Door{}}
		b, _ := json.Marshal(r)
		if err := os.WriteFile(filepath.Join(dir, r.ID+".json"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	w, err := world.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// minGap is the smallest distance between two phases round the period.
func minGap(phs map[string]time.Duration, period time.Duration) time.Duration {
	var s []time.Duration
	for _, p := range phs {
		s = append(s, p)
	}
	slices.Sort(s)
	gap := period
	for i := range s {
		next := s[0] + period
		if i+1 < len(s) {
			next = s[i+1]
		}
		gap = min(gap, next-s[i])
	}
	return gap
}

// TestBusyRoomsSpreadTheirTicks: rooms start evenly spread over the tick
// period, so the first four of twelve tick within 12.5 ms of each 50 ms;
// once they have clients they tick about a quarter period apart, a room
// that empties gives its phase back, and the next room to get busy takes
// the widest gap. (Before, the 20 busy rooms of 53 in the load test ticked
// within 19 ms and the median latency rose by a third of a tick.)
func TestBusyRoomsSpreadTheirTicks(t *testing.T) {
	const period = 50 * time.Millisecond
	ts := newTestServer(t, &server.Options{World: manyRooms(t, 12), TickHz: 20})
	busy := func(want int) map[string]time.Duration {
		t.Helper()
		var phs map[string]time.Duration
		eventually(t, 3*time.Second, func() error {
			if phs = ts.BusyPhases(); len(phs) != want {
				return fmt.Errorf("%d busy rooms, want %d: %v", len(phs), want, phs)
			}
			return nil
		})
		return phs
	}
	var bots []*bot
	for i := 1; i <= 4; i++ {
		b := newBot(t, ts, fmt.Sprintf("손님%d", i))
		b.join(t, fmt.Sprintf("r%02d", i))
		bots = append(bots, b)
	}
	phs := busy(4)
	if g := minGap(phs, period); g < period/4-time.Millisecond {
		t.Fatalf("busy rooms tick %v apart at the closest, want about %v: %v", g, period/4, phs)
	}
	if err := bots[1].Leave(ctxT(t)); err != nil {
		t.Fatal(err)
	}
	busy(3)
	b := newBot(t, ts, "손님5")
	b.join(t, "r05")
	phs = busy(4)
	if g := minGap(phs, period); g < period/8 {
		t.Fatalf("after one left and another came, busy rooms tick %v apart at the closest: %v", g, phs)
	}
	if _, ok := phs["r02"]; ok {
		t.Fatalf("r02 is empty but holds a phase: %v", phs)
	}
}
