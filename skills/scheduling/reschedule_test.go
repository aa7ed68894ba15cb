package scheduling

import (
	"testing"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
)

// TestRescheduleMeeting: the organiser moves a meeting with a real user;
// it needs the organiser's confirmation, moves in both calendars, asks
// the guest again and tells them the new time; a time the guest is busy
// is refused and nothing moves.
func TestRescheduleMeeting(t *testing.T) {
	h, s := newSched(t)
	org, guest := as("u1", "세종"), as("u2", "장영실")
	h.Call(guest, "sched_invites", `{}`)
	ev := skilltest.Decode[EventView](t, h.Do(org, "sched_invite", map[string]any{"title": "발명 회의", "participants": []string{"장영실 님"}, "start": "2026-12-09T11:00", "duration_minutes": 30}))
	h.Call(guest, "sched_respond", map[string]any{"event_id": ev.ID, "response": "accept"})
	h.Do(guest, "sched_create_event", map[string]any{"title": "천문 관측", "start": "2026-12-09T15:00", "duration_minutes": 60})

	busy := h.Call(org, "sched_reschedule_meeting", map[string]any{"event_id": ev.ID, "start": "2026-12-09T15:00"})
	if busy.Status != skills.StatusError || busy.Error.Message != "장영실 busy then; ‘발명 회의’ stays as it is" {
		t.Fatalf("a time the guest is busy: %+v", busy)
	}
	args := map[string]any{"event_id": ev.ID, "start": "2026-12-09T14:00"}
	p := h.Call(org, "sched_reschedule_meeting", args)
	if p.Status != skills.StatusPending || p.Confirmation.Summary.Text != "‘발명 회의’를 12월 9일(수) 오후 2시–2시 30분으로 옮기고 장영실에게 알립니다." {
		t.Fatalf("prepare %+v", p)
	}
	moved := skilltest.Decode[EventView](t, h.Confirm(org, p, args))
	if moved.WhenText != "12월 9일(수) 오후 2시–2시 30분" {
		t.Fatalf("moved %+v", moved)
	}
	for _, e := range s.Events() {
		if e.ID == ev.ID && (!e.busyFor("u2") || e.Attendees[1].Status != "invited") {
			t.Fatalf("guest after the move: %+v", e.Attendees)
		}
	}
	var told []string
	for _, n := range h.Notifications() {
		if n.UserID == "u2" && n.Kind == "invite" {
			told = append(told, n.Text)
		}
	}
	if len(told) != 2 || told[1] != "세종님이 ‘발명 회의’ 시간을 바꿨어요: 12월 9일(수) 오후 2시–2시 30분." {
		t.Fatalf("guest told %q", told)
	}
}
