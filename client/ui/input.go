package ui

import (
	"math"
	"time"

	"github.com/madang-world/madang/protocol"
)

// Tile is the size of a map tile on screen, in logical pixels.
const Tile = 32

// Camera is the world position (in tiles) at the centre of the view.
type Camera struct{ X, Y float64 }

// Follow centres the camera on (x, y), but keeps the map filling the view
// where it is larger than the view, and centres it where it is smaller.
func Follow(x, y float64, mapW, mapH int, view Rect) Camera {
	clamp := func(c float64, n int, px int) float64 {
		half := float64(px) / 2 / Tile
		lo, hi := half-0.5, float64(n)-half-0.5
		if lo > hi {
			return (float64(n) - 1) / 2
		}
		return math.Max(lo, math.Min(hi, c))
	}
	return Camera{X: clamp(x, mapW, view.W), Y: clamp(y, mapH, view.H)}
}

// ToScreen is where the centre of world position (x, y) is drawn.
func (c Camera) ToScreen(x, y float64, view Rect) (float64, float64) {
	return float64(view.X) + float64(view.W)/2 + (x-c.X)*Tile,
		float64(view.Y) + float64(view.H)/2 + (y-c.Y)*Tile
}

// ToTile is the tile under screen point (sx, sy).
func (c Camera) ToTile(sx, sy int, view Rect) (int, int) {
	wx := c.X + (float64(sx)-float64(view.X)-float64(view.W)/2)/Tile
	wy := c.Y + (float64(sy)-float64(view.Y)-float64(view.H)/2)/Tile
	return int(math.Floor(wx + 0.5)), int(math.Floor(wy + 0.5))
}

// KeyDir maps held arrow keys / WASD to a direction ("" for none). When
// opposite keys are both held they cancel; vertical wins over horizontal
// so a diagonal press walks in a predictable way.
func KeyDir(up, down, left, right bool) string {
	switch {
	case up && !down:
		return protocol.DirN
	case down && !up:
		return protocol.DirS
	case left && !right:
		return protocol.DirW
	case right && !left:
		return protocol.DirE
	}
	return ""
}

// Stepper turns a held direction key into step intents: one at once when
// the key goes down or the direction changes, then one per step time while
// it stays held. The server plans a step from the tile being walked to, so
// sending a little before a step ends keeps walking smooth without piling
// up steps that would run on after the key is released.
type Stepper struct {
	Speed float64 // tiles per second (welcome.limits.speed)
	dir   string
	last  time.Time
}

// Next returns the direction to send now, or "".
func (s *Stepper) Next(dir string, now time.Time) string {
	if dir == "" {
		s.dir = ""
		return ""
	}
	speed := s.Speed
	if speed <= 0 {
		speed = 4
	}
	every := time.Duration(0.85 * float64(time.Second) / speed)
	if dir != s.dir || now.Sub(s.last) >= every {
		s.dir, s.last = dir, now
		return dir
	}
	return ""
}

// Walkable reports whether the map's tile at (x, y) can be walked on.
func Walkable(mp protocol.Map, x, y int) bool {
	if y < 0 || y >= len(mp.Tiles) || x < 0 || x >= len(mp.Tiles[y]) {
		return false
	}
	switch mp.Tiles[y][x] {
	case '.', '+', 'r', 'c':
		return true
	}
	return false
}

// Near returns the tile next to (tx, ty) that is closest to (fx, fy) and
// walkable: where to walk to talk to someone standing on (tx, ty).
func Near(mp protocol.Map, tx, ty int, fx, fy float64) (int, int, bool) {
	best, bx, by := math.MaxFloat64, 0, 0
	for _, d := range [][2]int{{0, 1}, {1, 0}, {-1, 0}, {0, -1}, {1, 1}, {-1, 1}, {1, -1}, {-1, -1}} {
		x, y := tx+d[0], ty+d[1]
		if !Walkable(mp, x, y) {
			continue
		}
		if dd := math.Hypot(float64(x)-fx, float64(y)-fy); dd < best {
			best, bx, by = dd, x, y
		}
	}
	return bx, by, best < math.MaxFloat64
}
