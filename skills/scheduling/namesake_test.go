package scheduling

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
)

// inRoom is a caller talking to an avatar in room.
func inRoom(user, name, room string) context.Context {
	return skills.WithCaller(context.Background(), skills.Caller{UserID: user, Name: name, Room: room, Scopes: scopes, Channel: "avatar"})
}

// TestNamesakesWithoutIDs: two guests called 민수 are told apart by where
// they were last seen, never by their internal user ids — in the
// directory, in the "which one?" error, and in the meeting everyone sees.
func TestNamesakesWithoutIDs(t *testing.T) {
	h, _ := newSched(t)
	const idA, idB = "uSecretAlpha01", "uSecretBravo02"
	h.Call(inRoom(idA, "동명이인", "classroom"), "sched_invites", `{}`)
	h.Call(inRoom(idB, "동명이인", "store"), "sched_invites", `{}`)
	org := inRoom("uOrganizer03", "세종", "lobby")
	leaks := func(what string, v any) {
		t.Helper()
		b, _ := json.Marshal(v)
		if s := string(b); strings.Contains(s, idA) || strings.Contains(s, idB) {
			t.Errorf("%s shows an internal user id: %s", what, s)
		}
	}
	res := h.Call(org, "sched_find_people", map[string]any{"query": "동명이인"})
	ps := skilltest.Decode[[]PersonView](t, res)
	leaks("sched_find_people", ps)
	if len(ps) != 2 {
		t.Fatalf("found %+v", ps)
	}
	rooms := map[string]string{}
	for _, p := range ps {
		if p.Name != "동명이인" {
			t.Errorf("name %q", p.Name)
		}
		rooms[p.Seen] = p.ID
	}
	if rooms["classroom"] == "" || rooms["store"] == "" {
		t.Fatalf("namesakes not told apart by room: %+v", ps)
	}
	// By name alone: a question that names the rooms, not the ids.
	r := h.Call(org, "sched_find_slots", map[string]any{"participants": []string{"동명이인"}, "from": "2026-12-08", "to": "2026-12-08", "duration_minutes": 30})
	if r.Error == nil || r.Error.Code != skills.CodeConflict {
		t.Fatalf("ambiguous name: %+v", r)
	}
	leaks("the ambiguity error", r.Error)
	if !strings.Contains(r.Error.Message, "classroom") || !strings.Contains(r.Error.Message, "store") {
		t.Errorf("the ambiguity error does not say where each was seen: %s", r.Error.Message)
	}
	// By the reference the directory gave: the meeting reaches the one in
	// the store, and nobody's view of it shows an internal id.
	ev := skilltest.Decode[EventView](t, h.Do(org, "sched_invite", map[string]any{"title": "회의", "participants": []string{rooms["store"]}, "start": "2026-12-09T11:00", "duration_minutes": 30}))
	leaks("the organiser's event", ev)
	inv := skilltest.Decode[[]EventView](t, h.Call(inRoom(idB, "동명이인", "store"), "sched_invites", `{}`))
	if len(inv) != 1 || inv[0].ID != ev.ID {
		t.Fatalf("the namesake in the store was not invited: %+v", inv)
	}
	if other := skilltest.Decode[[]EventView](t, h.Call(inRoom(idA, "동명이인", "classroom"), "sched_invites", `{}`)); len(other) != 0 {
		t.Fatalf("the other namesake was invited: %+v", other)
	}
	// The invitee sees the organiser by name, and itself by its own id.
	b, _ := json.Marshal(inv[0])
	if strings.Contains(string(b), "uOrganizer03") || !strings.Contains(string(b), "세종") {
		t.Errorf("the invitee's view: %s", b)
	}
	// A reference is the viewer's: another user cannot use it.
	if r := h.Call(inRoom("uOther04", "x", "lobby"), "sched_find_slots", map[string]any{"participants": []string{rooms["store"]}, "from": "2026-12-08", "to": "2026-12-08", "duration_minutes": 30}); r.Error == nil || r.Error.Code != skills.CodeNotFound {
		t.Errorf("another user's reference: %+v", r)
	}
}
