package server

// A room's tick: everyone walks (package movement), zones and doors fire
// on arrival at tile centres, and each viewer is sent what changed in its
// view (package interest). Run by the room goroutine only (room.go).

import (
	"slices"
	"time"

	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server/interest"
)

// step runs one tick: move everyone, then send each viewer the delta of
// its view. Viewers whose view did not change share one encoded frame per
// interest cell; a viewer that crossed into another cell gets its own.
func (r *Room) step(now time.Time) {
	r.tick++
	speed := r.srv.opts.Speed / float64(r.srv.opts.TickHz)
	for _, e := range r.order {
		if e.avatar != nil {
			r.avatarIdle(e, now)
		}
		if len(e.Path) > 0 {
			r.advance(e, speed)
		}
	}
	r.sendFrames()
	r.flushAvatarNews()
	for _, e := range r.order {
		if e.moved {
			e.echoTS = 0 // echoed once, with the first movement
		}
		e.prevCell, e.moved, e.added = e.cell, false, false
	}
	r.removed = r.removed[:0]
	for _, e := range r.transfers {
		r.transfer(e)
	}
	r.transfers = r.transfers[:0]
	if r.tick%uint64(r.srv.opts.TickHz) == 0 {
		for _, e := range slices.Clone(r.order) {
			if e.sess == nil && !e.linger.IsZero() && now.After(e.linger) {
				r.remove(e, "resume_expired")
			}
		}
	}
}

// advance walks e along its path by at most dist tiles.
func (r *Room) advance(e *entity, dist float64) {
	for dist > 1e-9 && len(e.Path) > 0 {
		e.moved, e.dirtyPos = true, true
		var arrived bool
		if dist, arrived = e.Step(dist); arrived {
			x, y := e.Tile()
			r.arrived(e, protocol.Point{X: x, Y: y})
			if e.door != nil {
				return
			}
		}
	}
	x, y := e.Tile()
	e.cell = r.grid.Cell(x, y)
}

// arrived runs when e reaches the centre of tile t.
func (r *Room) arrived(e *entity, t protocol.Point) {
	r.updateZones(e, true)
	if e.sess == nil || e.kind != protocol.KindPlayer {
		return
	}
	if d, ok := r.info.DoorAt(t.X, t.Y); ok {
		e.door = &d
		e.Path = nil
		r.transfers = append(r.transfers, e)
	}
}

// updateZones diffs e's zones against its tile (or against nothing if
// present is false) and reports enters and leaves.
func (r *Room) updateZones(e *entity, present bool) {
	var now []string
	if present {
		x, y := e.Tile()
		now = r.info.ZonesAt(x, y, nil)
	}
	for _, z := range e.zones {
		if !slices.Contains(now, z) {
			r.zoneEvent(e, z, false)
		}
	}
	for _, z := range now {
		if !slices.Contains(e.zones, z) {
			r.zoneEvent(e, z, true)
		}
	}
	e.zones = now
}

func (r *Room) zoneEvent(e *entity, zone string, enter bool) {
	ev := protocol.ZoneLeave
	if enter {
		ev = protocol.ZoneEnter
	}
	if e.sess != nil {
		e.sess.send(protocol.MustEncode(protocol.TypeZone, "", &protocol.ZoneMsg{Room: r.info.ID, Zone: zone, Event: ev}))
	}
	if f := r.srv.opts.OnZone; f != nil {
		f(ZoneEvent{Room: r.info.ID, UserID: e.user, Entity: e.id, Zone: zone, Enter: enter})
	}
	if enter && e.sess != nil && r.srv.avatars != nil {
		r.srv.avatars.zone(e.sess.user, r.info.ID, zone)
	}
}

func (r *Room) sendFrames() {
	// Which cells have viewers that share a frame, and who needs their own.
	r.frames.ClearViewers()
	var personal []*entity
	for _, e := range r.bySess {
		if e.ownFrame = r.grid.ViewChanged(e.prevCell, e.cell); e.ownFrame {
			personal = append(personal, e)
		} else {
			r.frames.AddViewer(e.cell)
		}
	}
	stamp := r.tick
	visit := func(e *entity, gone bool) {
		oldC, newC := e.prevCell, e.cell
		if gone {
			newC = -1
		}
		if oldC < 0 && newC < 0 {
			return
		}
		if !e.moved && !gone && oldC == newC && !e.added {
			return
		}
		r.around = r.grid.Around(r.around, oldC, newC)
		for _, c := range r.around {
			if !r.frames.Viewed(c) {
				continue
			}
			switch interest.Diff(r.grid.Near(c, oldC), r.grid.Near(c, newC), e.added, e.moved) {
			case interest.Add:
				t := r.frames.Delta(c, stamp)
				t.Add = append(t.Add, e.record())
			case interest.Del:
				t := r.frames.Delta(c, stamp)
				t.Del = append(t.Del, e.id)
			case interest.Move:
				t := r.frames.Delta(c, stamp)
				t.Mov = append(t.Mov, e.pos())
			}
		}
	}
	for _, e := range r.order {
		visit(e, false)
	}
	for _, e := range r.removed {
		visit(e, true)
	}
	for _, e := range r.bySess {
		if !e.ownFrame && r.frames.Has(e.cell, stamp) {
			e.sess.send(r.frames.Frame(e.cell))
		}
	}
	for _, v := range personal {
		r.sendPersonal(v)
	}
}

// sendPersonal sends a viewer whose cell changed this tick the difference
// between its old view and its new one.
func (r *Room) sendPersonal(v *entity) {
	t := protocol.Tick{T: r.tick}
	check := func(x *entity, gone bool) {
		wasVis := !x.added && r.grid.Near(v.prevCell, x.prevCell)
		isVis := !gone && r.grid.Near(v.cell, x.cell)
		switch interest.Diff(wasVis, isVis, x.added, x.moved) {
		case interest.Add:
			t.Add = append(t.Add, x.record())
		case interest.Del:
			t.Del = append(t.Del, x.id)
		case interest.Move:
			t.Mov = append(t.Mov, x.pos())
		}
	}
	for _, x := range r.order {
		check(x, false)
	}
	for _, x := range r.removed {
		check(x, true)
	}
	if len(t.Add)+len(t.Mov)+len(t.Del) > 0 {
		v.sess.send(protocol.AppendTick(nil, &t))
	}
}
