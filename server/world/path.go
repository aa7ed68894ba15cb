package world

import (
	"container/heap"

	"github.com/madang-world/madang/protocol"
)

// Path returns the tiles of a shortest 4-connected walk from (sx,sy) to
// (tx,ty), excluding the start and including the target, or nil if the
// target is not walkable or cannot be reached. An empty, non-nil slice means
// the entity already stands on the target.
//
// It is A* with the Manhattan distance; ties are broken towards the target so
// walks look straight rather than staircased. Work is bounded by the map
// size (at most MaxSide² nodes), so it cannot be abused to burn CPU.
func (r *Room) Path(sx, sy, tx, ty int) []protocol.Point {
	if !r.Walkable(tx, ty) || sx < 0 || sy < 0 || sx >= r.W || sy >= r.H {
		return nil
	}
	if sx == tx && sy == ty {
		return []protocol.Point{}
	}
	n := r.W * r.H
	start, goal := sy*r.W+sx, ty*r.W+tx
	g := make([]int32, n)
	from := make([]int32, n)
	for i := range g {
		g[i] = -1
		from[i] = -1
	}
	g[start] = 0
	h := func(i int) int32 {
		x, y := i%r.W, i/r.W
		return int32(abs(x-tx) + abs(y-ty))
	}
	open := &nodeHeap{{idx: int32(start), f: h(start), h: h(start)}}
	closed := make([]bool, n)
	for open.Len() > 0 {
		cur := heap.Pop(open).(node)
		ci := int(cur.idx)
		if closed[ci] {
			continue
		}
		if ci == goal {
			break
		}
		closed[ci] = true
		cx, cy := ci%r.W, ci/r.W
		for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			nx, ny := cx+d[0], cy+d[1]
			if !r.Walkable(nx, ny) {
				continue
			}
			ni := ny*r.W + nx
			if closed[ni] {
				continue
			}
			ng := g[ci] + 1
			if g[ni] >= 0 && ng >= g[ni] {
				continue
			}
			g[ni] = ng
			from[ni] = int32(ci)
			hh := h(ni)
			heap.Push(open, node{idx: int32(ni), f: ng + hh, h: hh})
		}
	}
	if g[goal] < 0 {
		return nil
	}
	path := make([]protocol.Point, g[goal])
	for i, k := goal, len(path)-1; i != start; i, k = int(from[i]), k-1 {
		path[k] = protocol.Point{X: i % r.W, Y: i / r.W}
	}
	return path
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

type node struct {
	idx  int32
	f, h int32
}

type nodeHeap []node

func (h nodeHeap) Len() int { return len(h) }
func (h nodeHeap) Less(i, j int) bool {
	if h[i].f != h[j].f {
		return h[i].f < h[j].f
	}
	return h[i].h < h[j].h
}
func (h nodeHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *nodeHeap) Push(x any)   { *h = append(*h, x.(node)) }
func (h *nodeHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
