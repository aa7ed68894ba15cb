package interest_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server/interest"
)

func TestGridCells(t *testing.T) {
	g := interest.NewGrid(25, 12, 10) // 3×2 cells; the last column and row are partial
	if g.W != 3 || g.H != 2 || g.Cells() != 6 {
		t.Fatalf("grid of 25×12 tiles in cells of 10 = %+v (%d cells), want 3×2 (6)", g, g.Cells())
	}
	for _, c := range []struct{ x, y, want int }{{0, 0, 0}, {9, 9, 0}, {10, 0, 1}, {24, 0, 2}, {0, 10, 3}, {24, 11, 5}} {
		if got := g.Cell(c.x, c.y); got != c.want {
			t.Errorf("Cell(%d,%d) = %d, want %d", c.x, c.y, got, c.want)
		}
	}
}

func TestNear(t *testing.T) {
	g := interest.NewGrid(50, 50, 10) // 5×5 cells
	cell := func(x, y int) int { return y*g.W + x }
	for _, c := range []struct {
		a, b int
		want bool
	}{
		{cell(2, 2), cell(2, 2), true},
		{cell(2, 2), cell(3, 3), true},
		{cell(2, 2), cell(1, 1), true},
		{cell(2, 2), cell(4, 2), false},
		{cell(2, 2), cell(2, 0), false},
		// Row wrap: cell (4,0) is followed by (0,1) in numbering, but they
		// are at opposite edges of the room.
		{cell(4, 0), cell(0, 1), false},
		{-1, cell(0, 0), false},
		{cell(0, 0), -1, false},
		{-1, -1, false},
	} {
		if got := g.Near(c.a, c.b); got != c.want {
			t.Errorf("Near(%d,%d) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestViewChanged(t *testing.T) {
	// Two cells wide: both cells see both, so crossing changes nothing.
	narrow := interest.NewGrid(20, 10, 10)
	if narrow.ViewChanged(0, 1) || narrow.ViewChanged(1, 0) {
		t.Error("in a room two cells wide, crossing the border changed the view")
	}
	wide := interest.NewGrid(50, 10, 10) // 5×1
	if !wide.ViewChanged(1, 2) {
		t.Error("cell 1 sees 0..2 and cell 2 sees 1..3, but the view did not change")
	}
	if !wide.ViewChanged(3, 4) {
		t.Error("cell 3 sees 2..4 and cell 4 (at the edge) sees 3..4, but the view did not change")
	}
	// Five cells across, two down: walking down keeps the columns, and
	// both rows see both rows.
	tall := interest.NewGrid(50, 20, 10)
	if tall.ViewChanged(1, 6) {
		t.Error("cells 1 and 6 (one above the other, two rows) see the same cells, but the view changed")
	}
	if wide.ViewChanged(-1, 2) || wide.ViewChanged(2, 2) {
		t.Error("a new viewer or one that stayed in its cell got a view change")
	}
}

func TestAround(t *testing.T) {
	g := interest.NewGrid(40, 40, 10) // 4×4
	got := g.Around(nil, 0, -1)
	slices.Sort(got)
	if want := []int{0, 1, 4, 5}; !slices.Equal(got, want) {
		t.Errorf("Around(corner) = %v, want %v", got, want)
	}
	// From cell 5 to cell 6: the union of two 3×3 blocks, each cell once.
	got = g.Around(got, 5, 6)
	slices.Sort(got)
	if want := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}; !slices.Equal(got, want) {
		t.Errorf("Around(5,6) = %v, want %v", got, want)
	}
	if got := g.Around(got, -1, -1); len(got) != 0 {
		t.Errorf("Around(nowhere) = %v, want none", got)
	}
}

func TestDiff(t *testing.T) {
	for _, c := range []struct {
		was, is, added, moved bool
		want                  interest.Op
	}{
		{false, true, false, false, interest.Add},  // came into view
		{true, true, true, false, interest.Add},    // a new body where an old one was
		{true, false, false, true, interest.Del},   // walked out of view
		{true, false, false, false, interest.Del},  // left the room
		{true, true, false, true, interest.Move},   // walked within view
		{true, true, false, false, interest.None},  // stood still
		{false, false, true, true, interest.None},  // never in view
		{false, false, false, true, interest.None}, // walked out of sight
	} {
		if got := interest.Diff(c.was, c.is, c.added, c.moved); got != c.want {
			t.Errorf("Diff(was=%v, is=%v, added=%v, moved=%v) = %v, want %v", c.was, c.is, c.added, c.moved, got, c.want)
		}
	}
}

func TestFramesEncodeOncePerTick(t *testing.T) {
	f := interest.NewFrames(4)
	if f.Has(2, 1) {
		t.Fatal("cell 2 has a delta before anything was added")
	}
	d := f.Delta(2, 1)
	d.Mov = append(d.Mov, protocol.Pos{ID: 7, X: 3, Y: 4, Dir: protocol.DirE})
	if !f.Has(2, 1) || f.Has(1, 1) {
		t.Fatal("Has does not report which cell got news at tick 1")
	}
	a, b := f.Frame(2), f.Frame(2)
	if &a[0] != &b[0] {
		t.Error("the frame was encoded twice in one tick")
	}
	got, err := decodeTick(a)
	if err != nil {
		t.Fatal(err)
	}
	if got.T != 1 || len(got.Mov) != 1 || got.Mov[0].ID != 7 || got.Mov[0].X != 3 || got.Mov[0].Dir != protocol.DirE {
		t.Errorf("decoded frame = %+v, want tick 1 moving entity 7 to (3,4) facing east", got)
	}
	// The next tick starts from an empty delta.
	d = f.Delta(2, 2)
	if len(d.Mov) != 0 || d.T != 2 {
		t.Fatalf("delta at tick 2 = %+v, want empty at tick 2", d)
	}
	d.Del = append(d.Del, 7)
	got, err = decodeTick(f.Frame(2))
	if err != nil {
		t.Fatal(err)
	}
	if got.T != 2 || len(got.Mov) != 0 || len(got.Del) != 1 || got.Del[0] != 7 {
		t.Errorf("decoded frame at tick 2 = %+v, want only entity 7 gone", got)
	}
	f.AddViewer(3)
	if !f.Viewed(3) || f.Viewed(2) {
		t.Error("Viewed does not report the marked cell")
	}
	f.ClearViewers()
	if f.Viewed(3) {
		t.Error("ClearViewers left a viewer")
	}
}

// decodeTick reads a frame as a client does.
func decodeTick(frame []byte) (protocol.Tick, error) {
	var env struct {
		Type    protocol.Type `json:"type"`
		Payload protocol.Tick `json:"payload"`
	}
	if err := json.Unmarshal(frame, &env); err != nil {
		return env.Payload, err
	}
	if env.Type != protocol.TypeTick {
		return env.Payload, fmt.Errorf("frame type %q, want %q", env.Type, protocol.TypeTick)
	}
	return env.Payload, nil
}
