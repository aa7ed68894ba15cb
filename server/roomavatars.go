package server

// Avatars in a room: their bodies (placed at home, wandering, turning to
// and walking over to whoever talks to them) and what the room is shown
// of their conversations (package presence). The conversations themselves
// run in avatars.go. Run by the room goroutine only (room.go).

import (
	"time"

	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server/movement"
)

// addAvatar puts an avatar in the room at its home. It is called before
// the room runs.
func (r *Room) addAvatar(a *avatars.Avatar) uint32 {
	e := &entity{id: r.srv.entitySeq.Add(1), kind: protocol.KindAvatar, name: a.NameKo,
		Body: movement.Body{X: float64(a.Home.X), Y: float64(a.Home.Y), Dir: protocol.DirS}, prevCell: -1, added: true, avatar: a}
	e.cell = r.grid.Cell(a.Home.X, a.Home.Y)
	r.ents[e.id] = e
	r.order = append(r.order, e)
	r.avatarN++
	return e.id
}

// avatarIdle turns an avatar towards whoever it talks to once it has
// arrived, and otherwise wanders a little around its home.
func (r *Room) avatarIdle(e *entity, now time.Time) {
	if len(e.Path) > 0 {
		return
	}
	if e.faceTo != 0 {
		if t := r.ents[e.faceTo]; t != nil {
			if d := movement.Facing(t.X-e.X, t.Y-e.Y); d != "" && d != e.Dir {
				e.Dir, e.moved = d, true
			}
		} else {
			e.faceTo = 0
		}
	}
	if now.Sub(e.lastTalk) < 30*time.Second || now.Before(e.nextWander) || e.avatar.Wander == 0 {
		return
	}
	e.nextWander = now.Add(time.Duration(4000+r.rng.IntN(5000)) * time.Millisecond)
	e.faceTo = 0
	e.Wander(r.info, e.avatar.Home, e.avatar.Wander, r.rng)
}

// onTalk passes what a player said to an avatar in the room, and has the
// avatar walk over and face the speaker.
func (r *Room) onTalk(m talkReq) {
	e := r.bySess[m.s]
	if e == nil {
		m.s.sendError(m.reqID, protocol.Errorf(protocol.CodeNotInRoom, "not in this room"))
		return
	}
	av := r.ents[m.avatar]
	if av == nil || av.avatar == nil || r.srv.avatars == nil {
		m.s.sendError(m.reqID, protocol.Errorf(protocol.CodeNoSuchAvatar, "entity %d is not an avatar in %s", m.avatar, r.info.ID))
		return
	}
	if perr := r.srv.avatars.hear(m.s.user, av.avatar.ID, m.text, m.pick, m.reqID); perr != nil {
		m.s.sendError(m.reqID, perr)
		return
	}
	av.faceTo, av.lastTalk = e.id, time.Now()
	ex, ey := e.Tile()
	av.Approach(r.info, ex, ey) // walk over to a free tile beside the speaker
}

// onAvatarState records a conversation's state; the avatar's visible
// state goes to the room at the next tick (package presence).
func (r *Room) onAvatarState(m avatarStateReq) {
	r.avatarNews.SetState(m.avatar, r.srv.avatars.entity[m.avatar], m.user, m.state)
}

// flushAvatarNews sends, once per tick, each avatar's visible state if it
// changed and the newest broadcast card of each kind.
func (r *Room) flushAvatarNews() {
	for _, msg := range r.avatarNews.Flush() {
		for s := range r.bySess {
			s.send(msg)
		}
	}
}
