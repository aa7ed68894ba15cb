// Package interest decides who sees whom in a room, and builds what each
// viewer is told at a tick.
//
// A room is cut into square cells of Grid.Size tiles; a viewer sees the
// 3×3 cells around its own (its view). At each tick every entity that
// appeared, moved, crossed a cell border or left is visited once, and its
// news goes into the delta of each cell whose viewers see it (Diff). Viewers
// whose view did not change share their cell's delta, encoded once per tick
// (Frames); a viewer that crossed into a cell with a different view gets a
// delta of its own (Grid.ViewChanged). That keeps the work of a tick
// proportional to what changed, not to viewers × entities, and a frame's
// size bounded by what one view holds (docs/architecture.md).
//
// It exists apart from the room so the rule of who sees what is plain data
// and arithmetic, tested on its own, with no goroutines, sessions or
// storage: the room (package server) owns the entities and calls in.
package interest

import (
	"slices"

	"github.com/madang-world/madang/protocol"
)

// Grid is a room's interest cells: W×H cells of Size×Size tiles, numbered
// row by row. A cell number of -1 means "nowhere" (not yet placed, or
// gone) and is near nothing.
type Grid struct {
	W, H int // cells across and down
	Size int // tiles per cell side
}

// NewGrid returns the grid of a room of w×h tiles with cells of size tiles.
func NewGrid(w, h, size int) Grid {
	return Grid{W: (w + size - 1) / size, H: (h + size - 1) / size, Size: size}
}

// Cells is how many cells the grid has.
func (g Grid) Cells() int { return g.W * g.H }

// Cell returns the cell of tile (x, y).
func (g Grid) Cell(x, y int) int { return (y/g.Size)*g.W + x/g.Size }

// Near reports whether cells a and b are the same or adjacent (the 3×3
// neighbourhood that makes up a viewer's view).
func (g Grid) Near(a, b int) bool {
	if a < 0 || b < 0 {
		return false
	}
	ax, ay, bx, by := a%g.W, a/g.W, b%g.W, b/g.W
	return ax-bx <= 1 && bx-ax <= 1 && ay-by <= 1 && by-ay <= 1
}

// ViewChanged reports whether a viewer that moved from cell from to cell
// to sees a different set of cells (and so needs a frame of its own this
// tick). In a room two cells wide (or deep) — up to 20 tiles with the
// default view — a step across that cell border changes nothing one sees:
// the shared frame of the new cell is then exactly right, and building one
// for the viewer alone was a twentieth of the server's CPU in the load
// test. A viewer that was nowhere (from < 0) has nothing to diff against.
func (g Grid) ViewChanged(from, to int) bool {
	if from < 0 || from == to {
		return false
	}
	span := func(c, n int) (int, int) { return max(c-1, 0), min(c+1, n-1) }
	ax0, ax1 := span(from%g.W, g.W)
	bx0, bx1 := span(to%g.W, g.W)
	ay0, ay1 := span(from/g.W, g.H)
	by0, by1 := span(to/g.W, g.H)
	return ax0 != bx0 || ax1 != bx1 || ay0 != by0 || ay1 != by1
}

// Around appends to dst[:0] the cells in the neighbourhoods of a and b
// (either may be -1), each once, and returns it: the cells whose viewers
// may need news of an entity that went from a to b.
func (g Grid) Around(dst []int, a, b int) []int {
	out := dst[:0]
	for _, c := range [2]int{a, b} {
		if c < 0 {
			continue
		}
		cx, cy := c%g.W, c/g.W
		for y := cy - 1; y <= cy+1; y++ {
			for x := cx - 1; x <= cx+1; x++ {
				if x < 0 || y < 0 || x >= g.W || y >= g.H {
					continue
				}
				if n := y*g.W + x; !slices.Contains(out, n) {
					out = append(out, n)
				}
			}
		}
	}
	return out
}

// Op is what a viewer is told about an entity at a tick.
type Op int

const (
	None Op = iota // nothing: it is not in view, or nothing changed
	Add            // it came into view (or into the room): its full record
	Move           // it is still in view and moved: its new position
	Del            // it went out of view (or out of the room)
)

// Diff decides what a viewer is told about an entity that was in its
// view at the last tick (was) and is now (is). An entity added this tick
// is always news in full, even to a viewer that saw its earlier body
// there (a resume or a replacement).
func Diff(was, is, added, moved bool) Op {
	switch {
	case is && (!was || added):
		return Add
	case was && !is:
		return Del
	case was && is && moved:
		return Move
	}
	return None
}

// Frames holds each cell's delta for the current tick and its encoding,
// reused from tick to tick, and which cells have viewers that share
// their cell's frame. It is owned by one goroutine (the room's).
type Frames struct {
	cells  []cellFrame
	viewer []bool
}

// cellFrame is one cell's delta for the tick stamp.
type cellFrame struct {
	stamp    uint64 // tick the delta was reset for
	t        protocol.Tick
	frame    []byte // t encoded, valid when encStamp == stamp
	encStamp uint64
}

// NewFrames returns the frames of a grid of n cells.
func NewFrames(n int) *Frames {
	return &Frames{cells: make([]cellFrame, n), viewer: make([]bool, n)}
}

// ClearViewers forgets which cells have sharing viewers (start of a tick).
func (f *Frames) ClearViewers() { clear(f.viewer) }

// AddViewer marks cell c as having a viewer that shares its frame.
func (f *Frames) AddViewer(c int) { f.viewer[c] = true }

// Viewed reports whether cell c has a viewer that shares its frame.
func (f *Frames) Viewed(c int) bool { return f.viewer[c] }

// Delta returns cell c's delta for tick, emptied the first time it is
// asked for at that tick. Add to it; Frame encodes it.
func (f *Frames) Delta(c int, tick uint64) *protocol.Tick {
	b := &f.cells[c]
	if b.stamp != tick {
		b.stamp = tick
		b.t.T = tick
		b.t.Add, b.t.Mov, b.t.Del = b.t.Add[:0], b.t.Mov[:0], b.t.Del[:0]
	}
	return &b.t
}

// Has reports whether cell c has a delta for tick (something in its view
// changed).
func (f *Frames) Has(c int, tick uint64) bool { return f.cells[c].stamp == tick }

// Frame returns cell c's encoded delta, encoding it once per tick. The
// frame is shared by every viewer in the cell and must not be modified.
func (f *Frames) Frame(c int) []byte {
	b := &f.cells[c]
	if b.encStamp != b.stamp {
		b.frame = protocol.AppendTick(make([]byte, 0, 64+48*len(b.t.Add)+40*len(b.t.Mov)+8*len(b.t.Del)), &b.t)
		b.encStamp = b.stamp
	}
	return b.frame
}
