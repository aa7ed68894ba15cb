package roomfinder

import (
	"testing"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
)

// A skill's tests fit in a screen: call tools as users, confirm, check.
func TestRoomFinder(t *testing.T) {
	h := skilltest.New(t, skilltest.Skill(ID, New()))
	me := h.As("u1", "rooms.read", "rooms.reserve")

	rooms := skilltest.Decode[[]Room](t, h.Call(me, "rooms_find", `{"people":8,"hour":"2026-12-08T15:00","projector":true}`))
	if len(rooms) != 2 || rooms[0].ID != "s102" {
		t.Fatalf("rooms %+v", rooms)
	}
	args := `{"room":"s102","hour":"2026-12-08T15:00","people":8}`
	pending := h.Call(me, "rooms_reserve", args)
	if pending.Status != skills.StatusPending {
		t.Fatalf("reserving without confirmation: %+v", pending)
	}
	res := skilltest.Decode[Reservation](t, h.Confirm(me, pending, args))
	if res.Room != "s102" || res.User != "u1" {
		t.Fatalf("reservation %+v", res)
	}
	// Taken now, for everyone.
	other := h.As("u2", "rooms.read", "rooms.reserve")
	if r := h.Do(other, "rooms_reserve", args); skilltest.ErrCode(r) != skills.CodeConflict {
		t.Fatalf("double reservation: %+v", r)
	}
	// Bad input is explained, not crashed on.
	if r := h.Call(me, "rooms_find", `{"people":0,"hour":"3pm"}`); skilltest.ErrCode(r) != skills.CodeInvalidArguments {
		t.Fatalf("bad input: %+v", r)
	}
	// Without the scope, nothing.
	if r := h.Call(h.As("u3", "rooms.read"), "rooms_reserve", args); skilltest.ErrCode(r) != skills.CodeForbidden {
		t.Fatalf("no scope: %+v", r)
	}
	if a := h.Host.Audit(); len(a) < 3 {
		t.Fatalf("audit %+v", a)
	}
}
