package movement_test

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server/movement"
	"github.com/madang-world/madang/server/world"
)

// testRoom is a 7×5 room with a wall stub at (3,1)..(3,2) and a door at
// (6,2), which leads nowhere here (only the door's tile matters).
//
//	#######
//	#..#..#
//	#..#..+
//	#.....#
//	#######
func testRoom(t *testing.T) *world.Room {
	t.Helper()
	rows := []string{"#######", "#..#..#", "#..#..+", "#.....#", "#######"}
	r, err := world.Parse("t.json", []byte(`{"id":"t","tiles":["`+strings.Join(rows, `","`)+`"],`+
		`"spawns":[{"x":1,"y":1}],"doors":[{"x":6,"y":2,"to":"elsewhere","to_x":1,"to_y":1}]}`))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func pts(xy ...int) []protocol.Point {
	var out []protocol.Point
	for i := 0; i < len(xy); i += 2 {
		out = append(out, protocol.Point{X: xy[i], Y: xy[i+1]})
	}
	return out
}

func TestIntendDirection(t *testing.T) {
	m := testRoom(t)
	b := movement.Body{X: 1, Y: 1, Dir: protocol.DirS}
	if turned, err := b.Intend(m, protocol.Move{Dir: protocol.DirE}); turned || err != nil {
		t.Fatalf("a step east onto floor: turned=%v err=%v", turned, err)
	}
	if !slices.Equal(b.Path, pts(2, 1)) {
		t.Fatalf("path after a step east = %v, want [(2,1)]", b.Path)
	}
	// Halfway there, a step south starts from (2,1), the tile being walked
	// to: the step under way is kept, never cut short.
	b.X = 1.5
	if _, err := b.Intend(m, protocol.Move{Dir: protocol.DirS}); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(b.Path, pts(2, 1, 2, 2)) {
		t.Fatalf("path after turning south mid-step = %v, want [(2,1) (2,2)]", b.Path)
	}
	// Stop keeps only the step under way.
	if _, err := b.Intend(m, protocol.Move{Dir: protocol.DirStop}); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(b.Path, pts(2, 1)) {
		t.Fatalf("path after stop = %v, want [(2,1)]", b.Path)
	}
}

func TestIntendWallTurnsWithoutMoving(t *testing.T) {
	m := testRoom(t)
	b := movement.Body{X: 2, Y: 1, Dir: protocol.DirS}
	turned, err := b.Intend(m, protocol.Move{Dir: protocol.DirE}) // (3,1) is wall
	if err != nil || !turned {
		t.Fatalf("facing a wall: turned=%v err=%v, want a turn", turned, err)
	}
	if len(b.Path) != 0 || b.Dir != protocol.DirE || b.X != 2 {
		t.Fatalf("after facing a wall: %+v, want standing at (2,1) facing east", b)
	}
	// Facing it again is no news.
	if turned, _ := b.Intend(m, protocol.Move{Dir: protocol.DirE}); turned {
		t.Error("facing the same wall again reported a turn")
	}
}

func TestIntendTarget(t *testing.T) {
	m := testRoom(t)
	b := movement.Body{X: 1, Y: 1}
	if _, err := b.Intend(m, protocol.Move{To: &protocol.Point{X: 4, Y: 1}}); err != nil {
		t.Fatal(err)
	}
	// Around the wall stub: down to row 3, across, and up.
	if want := pts(1, 2, 1, 3, 2, 3, 3, 3, 4, 3, 4, 2, 4, 1); len(b.Path) != len(want) || b.Path[len(b.Path)-1] != want[len(want)-1] {
		t.Fatalf("path to (4,1) = %v, want a 7-step walk ending at (4,1) like %v", b.Path, want)
	}
	before := slices.Clone(b.Path)
	_, err := b.Intend(m, protocol.Move{To: &protocol.Point{X: 3, Y: 1}}) // a wall
	if err == nil || err.Code != protocol.CodeUnreachable || !strings.Contains(err.Message, "(3,1)") {
		t.Fatalf("walking into a wall: err = %v, want unreachable naming (3,1)", err)
	}
	if !slices.Equal(b.Path, before) {
		t.Errorf("an unreachable target changed the path: %v, was %v", b.Path, before)
	}
}

func TestStep(t *testing.T) {
	b := movement.Body{X: 1, Y: 1, Dir: protocol.DirS, Path: pts(2, 1, 2, 2)}
	rest, arrived := b.Step(0.4)
	if arrived || rest != 0 || b.X != 1.4 || b.Y != 1 || b.Dir != protocol.DirE {
		t.Fatalf("0.4 of a step east: %+v rest=%v arrived=%v", b, rest, arrived)
	}
	rest, arrived = b.Step(1)
	if !arrived || b.X != 2 || b.Y != 1 || !slices.Equal(b.Path, pts(2, 2)) {
		t.Fatalf("finishing the step: %+v arrived=%v, want at (2,1) with (2,2) to go", b, arrived)
	}
	if rest < 0.39 || rest > 0.41 {
		t.Fatalf("distance left after arriving = %v, want 0.4", rest)
	}
	rest, arrived = b.Step(rest)
	if arrived || rest != 0 || b.Dir != protocol.DirS || b.Y < 1.39 || b.Y > 1.41 {
		t.Fatalf("walking on south: %+v rest=%v arrived=%v", b, rest, arrived)
	}
	if x, y := b.Tile(); x != 2 || y != 1 {
		t.Errorf("Tile() at (2,1.4) = (%d,%d), want (2,1)", x, y)
	}
	if _, arrived = b.Step(0.7); !arrived || b.Y != 2 || len(b.Path) != 0 {
		t.Errorf("the last step: %+v arrived=%v, want at (2,2) with nothing to go", b, arrived)
	}
}

func TestFacing(t *testing.T) {
	for _, c := range []struct {
		dx, dy float64
		want   string
	}{{1, 0, protocol.DirE}, {-2, 1, protocol.DirW}, {0.5, 3, protocol.DirS}, {0, -1, protocol.DirN}, {1, 1, protocol.DirE}, {0, 0, ""}} {
		if got := movement.Facing(c.dx, c.dy); got != c.want {
			t.Errorf("Facing(%v,%v) = %q, want %q", c.dx, c.dy, got, c.want)
		}
	}
}

func TestApproach(t *testing.T) {
	m := testRoom(t)
	a := movement.Body{X: 1, Y: 3}
	a.Approach(m, 5, 1) // beside (5,1) on its row: (4,1); (6,1) is a wall
	if len(a.Path) == 0 {
		t.Fatal("no path towards (5,1)")
	}
	if end := a.Path[len(a.Path)-1]; end != (protocol.Point{X: 4, Y: 1}) {
		t.Fatalf("the avatar stops at %v, not beside (5,1) at (4,1)", end)
	}
	// Someone at (2,3): the avatar stands on their row, not above them,
	// even when above is as near.
	a = movement.Body{X: 2, Y: 1}
	a.Approach(m, 2, 3)
	if end := a.Path[len(a.Path)-1]; end.Y != 3 || abs(end.X-2) != 1 {
		t.Errorf("beside (2,3): the avatar stops at %v, not on the row", end)
	}
	// Below someone at (5,2), it steps to their side (4,2) — never onto
	// the door at (6,2).
	a = movement.Body{X: 5, Y: 3, Path: pts(5, 3)}
	a.Approach(m, 5, 2)
	if !slices.Equal(a.Path, pts(5, 3, 4, 3, 4, 2)) && !slices.Equal(a.Path, pts(5, 3, 5, 2, 4, 2)) {
		t.Errorf("below (5,2): path = %v, want the step under way, then to (4,2)", a.Path)
	}
	// Already on the row beside: it finishes its step and stays.
	a = movement.Body{X: 4, Y: 2, Path: pts(4, 2)}
	a.Approach(m, 5, 2)
	if !slices.Equal(a.Path, pts(4, 2)) {
		t.Errorf("already beside: path = %v, want only the step under way", a.Path)
	}
	a = movement.Body{X: 1, Y: 1}
	a.Approach(m, 5, 2)
	for _, p := range a.Path {
		if p.X == 6 && p.Y == 2 {
			t.Errorf("the walk to (5,2) ends on or crosses the door: %v", a.Path)
		}
	}
}

func TestWanderStaysHome(t *testing.T) {
	m := testRoom(t)
	rng := rand.New(rand.NewPCG(1, 2))
	home := protocol.Point{X: 5, Y: 2}
	walked := 0
	for i := 0; i < 50; i++ {
		b := movement.Body{X: 5, Y: 2}
		if !b.Wander(m, home, 1, rng) || len(b.Path) == 0 { // none found, or stays on its tile
			continue
		}
		end := b.Path[len(b.Path)-1]
		if abs(end.X-home.X) > 1 || abs(end.Y-home.Y) > 1 || len(b.Path) > 3 {
			t.Fatalf("wandered to %v by %v, more than 1 tile from home or 3 steps", end, b.Path)
		}
		if end.X == 6 && end.Y == 2 {
			t.Fatalf("wandered onto the door: %v", b.Path)
		}
		walked++
	}
	if walked == 0 {
		t.Error("in 50 tries the body never wandered")
	}
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
