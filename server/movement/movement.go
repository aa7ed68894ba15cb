// Package movement is how bodies walk a room's tiles: what a move intent
// from a client becomes (a step, a turn, a planned walk, or an error), how
// far a body gets in one tick, and where an avatar walks to greet someone
// or to wander near its home.
//
// It exists apart from the room so the rules a client can test against
// (a move never cuts a step short or jumps; a wall turns you but does not
// move you; an unreachable tile is an error, not a silent stop) are pure
// functions of a map and a body, tested without a server. The room
// (package server) owns the bodies and decides when they walk; the map's
// walkability, doors and shortest paths come from server/world.
package movement

import (
	"math"
	"math/rand/v2"

	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server/world"
)

// Body is where an entity stands (tile units; between tile centres while
// walking), which way it faces, and the tiles it is walking to.
type Body struct {
	X, Y float64
	Dir  string
	// Path holds the tiles still to walk; Path[0] is the tile being
	// walked to.
	Path []protocol.Point
}

// Tile is the tile the body stands on (the nearest tile centre).
func (b *Body) Tile() (int, int) { return int(math.Round(b.X)), int(math.Round(b.Y)) }

// Intend applies a client's move intent (a direction, stop, or a target
// tile) to b's path. Plans start from the tile the body is walking to, so
// a new intent never cuts a step short or makes it jump. turned reports a
// turn without a step (facing a wall is still visible to others); an
// unreachable target is an error and leaves the path as it was.
func (b *Body) Intend(m *world.Room, mv protocol.Move) (turned bool, err *protocol.Error) {
	var base protocol.Point
	var keep []protocol.Point
	if len(b.Path) > 0 {
		base, keep = b.Path[0], b.Path[:1]
	} else {
		x, y := b.Tile()
		base = protocol.Point{X: x, Y: y}
	}
	if mv.Dir != "" {
		if mv.Dir == protocol.DirStop {
			b.Path = keep
			return false, nil
		}
		dx, dy := Delta(mv.Dir)
		next := protocol.Point{X: base.X + dx, Y: base.Y + dy}
		if !m.Walkable(next.X, next.Y) {
			b.Path = keep
			if b.Dir != mv.Dir {
				b.Dir = mv.Dir
				return true, nil
			}
			return false, nil
		}
		b.Path = append(append([]protocol.Point(nil), keep...), next)
		return false, nil
	}
	to := *mv.To
	p := m.Path(base.X, base.Y, to.X, to.Y)
	if p == nil {
		return false, protocol.Errorf(protocol.CodeUnreachable, "tile (%d,%d) cannot be reached", to.X, to.Y)
	}
	b.Path = append(append([]protocol.Point(nil), keep...), p...)
	return false, nil
}

// Delta is the tile offset of one step in direction d (0, 0 for none).
func Delta(d string) (int, int) {
	switch d {
	case protocol.DirN:
		return 0, -1
	case protocol.DirS:
		return 0, 1
	case protocol.DirE:
		return 1, 0
	case protocol.DirW:
		return -1, 0
	}
	return 0, 0
}

// Step walks b towards Path[0] by at most dist tiles, facing the way it
// goes. If it reaches that tile's centre it stops there, drops the tile
// from the path and reports arrived with the distance left over, so the
// caller can react to the tile (zones, doors) before walking on. The
// caller loops while rest > 0 and the path is not empty.
func (b *Body) Step(dist float64) (rest float64, arrived bool) {
	if len(b.Path) == 0 {
		return dist, false
	}
	tgt := b.Path[0]
	dx, dy := float64(tgt.X)-b.X, float64(tgt.Y)-b.Y
	switch {
	case dx > 0:
		b.Dir = protocol.DirE
	case dx < 0:
		b.Dir = protocol.DirW
	case dy > 0:
		b.Dir = protocol.DirS
	case dy < 0:
		b.Dir = protocol.DirN
	}
	d := math.Abs(dx) + math.Abs(dy)
	if d <= dist {
		b.X, b.Y = float64(tgt.X), float64(tgt.Y)
		b.Path = b.Path[1:]
		return dist - d, true
	}
	b.X += dx / d * dist
	b.Y += dy / d * dist
	return 0, false
}

// Facing is the direction that looks along (dx, dy), the larger axis
// winning ("" for no offset).
func Facing(dx, dy float64) string {
	switch {
	case dx == 0 && dy == 0:
		return ""
	case math.Abs(dx) >= math.Abs(dy) && dx > 0:
		return protocol.DirE
	case math.Abs(dx) >= math.Abs(dy):
		return protocol.DirW
	case dy > 0:
		return protocol.DirS
	}
	return protocol.DirN
}

// Approach has b walk to the nearest free tile beside (ex, ey), not onto
// a door, keeping the step it is taking. It stands on the person's row,
// left or right of them: a figure is drawn taller than its tile, so one
// standing above, below or diagonally next to someone covers them (and
// its name tag lands at their feet), on a phone's small map most of all.
// Above or below is the fallback when neither side can be reached; when
// it is already near and no side can be reached, it finishes its step and
// stops.
func (b *Body) Approach(m *world.Room, ex, ey int) {
	ax, ay := b.Tile()
	if len(b.Path) > 0 {
		ax, ay = b.Path[0].X, b.Path[0].Y
	}
	shortest := func(ds [2][2]int) []protocol.Point {
		var best []protocol.Point
		for _, d := range ds {
			tx, ty := ex+d[0], ey+d[1]
			if _, door := m.DoorAt(tx, ty); door {
				continue
			}
			if p := m.Path(ax, ay, tx, ty); p != nil && (best == nil || len(p) < len(best)) {
				best = p
			}
		}
		return best
	}
	best := shortest([2][2]int{{-1, 0}, {1, 0}})
	if best == nil {
		if abs(ax-ex) <= 1 && abs(ay-ey) <= 1 {
			b.Path = b.Path[:min(len(b.Path), 1)]
			return
		}
		best = shortest([2][2]int{{0, 1}, {0, -1}})
	}
	if best != nil {
		b.Path = append(append([]protocol.Point(nil), b.Path[:min(len(b.Path), 1)]...), best...)
	}
}

// Wander has b, standing still, walk to a random walkable tile within rad
// tiles of home (never a door, never a detour of more than 3×rad steps);
// false if ten tries found none.
func (b *Body) Wander(m *world.Room, home protocol.Point, rad int, rng *rand.Rand) bool {
	for try := 0; try < 10; try++ {
		x, y := home.X+rng.IntN(2*rad+1)-rad, home.Y+rng.IntN(2*rad+1)-rad
		if _, door := m.DoorAt(x, y); door || !m.Walkable(x, y) {
			continue
		}
		cx, cy := b.Tile()
		if p := m.Path(cx, cy, x, y); p != nil && len(p) <= 3*rad {
			b.Path = p
			return true
		}
	}
	return false
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
