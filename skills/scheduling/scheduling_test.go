package scheduling

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
)

var scopes = []string{ScopeRead, ScopeWrite, ScopeInvite}

func newSched(t testing.TB) (*skilltest.Harness, *Scheduler) {
	s := New()
	return skilltest.New(t, skilltest.Skill(ID, s)), s
}

// as is a caller with a display name (the runtime sets it from the session).
func as(user, name string) context.Context {
	return skills.WithCaller(context.Background(), skills.Caller{UserID: user, Name: name, Scopes: scopes, Channel: "test"})
}

// The harness clock starts Monday 2026-12-07 09:00 KST.

func TestCreateAndConflicts(t *testing.T) {
	h, _ := newSched(t)
	u := as("u1", "나")
	ev := skilltest.Decode[EventView](t, h.Call(u, "sched_create_event", map[string]any{"title": "치과", "start": "2026-12-08T10:00", "duration_minutes": 60}))
	if ev.Start != "2026-12-08T10:00:00+09:00" || ev.MyStatus != "accepted" {
		t.Fatalf("event %+v", ev)
	}
	r := h.Call(u, "sched_create_event", map[string]any{"title": "회의", "start": "2026-12-08T10:30", "duration_minutes": 30})
	if skilltest.ErrCode(r) != skills.CodeConflict || !strings.Contains(r.Error.Message, "치과") {
		t.Fatalf("clash: %+v", r)
	}
	// Offsets are honoured: 02:00 in London is 11:00 in Seoul → clashes? No: 11:00 is free.
	skilltest.OK(t, h.Call(u, "sched_create_event", map[string]any{"title": "London call", "start": "2026-12-08T02:00:00Z", "duration_minutes": 30}))
	moved := skilltest.Decode[EventView](t, h.Call(u, "sched_move_event", map[string]any{"event_id": ev.ID, "start": "2026-12-08T14:00"}))
	if moved.Start != "2026-12-08T14:00:00+09:00" || moved.End != "2026-12-08T15:00:00+09:00" {
		t.Fatalf("moved %+v", moved)
	}
	if r := h.Call(as("u2", "남"), "sched_move_event", map[string]any{"event_id": ev.ID, "start": "2026-12-08T16:00"}); skilltest.ErrCode(r) != skills.CodeNotFound {
		t.Fatalf("moving someone else's event: %+v", r)
	}
	// Another time zone: the user in London sees London times.
	skilltest.OK(t, h.Call(u, "sched_settings", map[string]any{"time_zone": "Europe/London"}))
	evs := skilltest.Decode[[]EventView](t, h.Call(u, "sched_my_events", map[string]any{"from": "2026-12-08", "to": "2026-12-08"}))
	if len(evs) != 2 || evs[0].Start != "2026-12-08T02:00:00Z" {
		t.Fatalf("events in London %+v", evs)
	}
	if r := h.Call(u, "sched_settings", map[string]any{"time_zone": "Mars/Olympus"}); skilltest.ErrCode(r) != skills.CodeInvalidArguments {
		t.Fatalf("bad zone %+v", r)
	}
	skilltest.OK(t, h.Do(u, "sched_cancel_event", map[string]any{"event_id": ev.ID})) // (irreversible: confirmed)
}

func TestToolErrors(t *testing.T) {
	h, _ := newSched(t)
	u := as("u1", "나")
	for i, tc := range []struct {
		tool, args, code string
	}{
		{"sched_create_event", `{"title":"x","start":"tomorrow 3pm","duration_minutes":60}`, skills.CodeInvalidArguments},
		{"sched_create_event", `{"title":"","start":"2026-12-08T10:00","duration_minutes":60}`, skills.CodeInvalidArguments},
		{"sched_create_event", `{"title":"x","start":"2026-12-08T10:00","duration_minutes":2000}`, skills.CodeInvalidArguments},
		{"sched_find_slots", `{"participants":["아무개"],"from":"2026-12-08","to":"2026-12-08","duration_minutes":60}`, skills.CodeNotFound},
		{"sched_find_slots", `{"participants":["민수"],"from":"2026-12-08","to":"2027-03-08","duration_minutes":60}`, skills.CodeInvalidArguments},
		{"sched_find_slots", `{"participants":[],"from":"2026-12-08","to":"2026-12-08","duration_minutes":60}`, skills.CodeInvalidArguments},
		{"sched_invite", `{"title":"x","participants":["민수"],"start":"2026-12-01T10:00","duration_minutes":60}`, skills.CodeInvalidArguments},
		{"sched_invite", `{"title":"x","participants":["민수"],"start":"2026-12-08T09:30","duration_minutes":60}`, skills.CodeConflict},
		{"sched_respond", `{"event_id":"e0123456789abcdef0123","response":"accept"}`, skills.CodeNotFound},
		{"sched_respond", `{"event_id":"e0123456789abcdef0123","response":"maybe"}`, skills.CodeInvalidArguments},
	} {
		if r := h.Call(u, tc.tool, tc.args); skilltest.ErrCode(r) != tc.code {
			t.Errorf("test %d %s: %s %+v, want %s", i, tc.tool, r.Status, r.Error, tc.code)
		}
	}
	if r := h.Call(skills.WithCaller(context.Background(), skills.Caller{UserID: "u1", Scopes: []string{ScopeRead, ScopeWrite}}), "sched_invite",
		`{"title":"x","participants":["민수"],"start":"2026-12-08T13:00","duration_minutes":60}`); skilltest.ErrCode(r) != skills.CodeForbidden {
		t.Fatalf("invite without calendar.invite: %+v", r)
	}
}

// TestMeetingFlow: "내일 오후에 민수랑 지영이랑 한 시간 회의" — find common
// slots, invite, the meeting is in all three calendars, reminders fire.
func TestMeetingFlow(t *testing.T) {
	h, s := newSched(t)
	u := as("u1", "김대리")
	h.Call(u, "sched_create_event", map[string]any{"title": "내 일정", "start": "2026-12-08T13:00", "duration_minutes": 60})
	res := skilltest.Decode[SlotResult](t, h.Call(u, "sched_find_slots", map[string]any{
		"participants": []string{"민수랑", "지영이랑"}, "from": "2026-12-08", "to": "2026-12-08", "duration_minutes": 60, "day_start": "12:00", "day_end": "18:00"}))
	if strings.Join(res.Participants, ",") != "김민수,이지영" || len(res.Slots) == 0 {
		t.Fatalf("slots %+v", res)
	}
	// Tuesday: 지영 lunch 12–13 and interviews 15–17, 민수 review 14–16, me 13–14 → only 17:00–18:00 is free for all.
	if res.Slots[0].Start != "2026-12-08T17:00:00+09:00" || !strings.Contains(res.Slots[0].Label, "12월 8일(화) 오후 5시–6시") {
		t.Fatalf("first slot %+v", res.Slots)
	}
	args := map[string]any{"title": "프로젝트 회의", "participants": []string{"민수", "지영"}, "start": "2026-12-08T17:00", "duration_minutes": 60, "location": "회의실 3"}
	p := h.Call(u, "sched_invite", args)
	if p.Status != skills.StatusPending || !strings.Contains(p.Confirmation.Summary.Text, "김민수, 이지영") {
		t.Fatalf("prepare %+v", p)
	}
	ev := skilltest.Decode[EventView](t, h.Confirm(u, p, args))
	if len(ev.Attendees) != 3 {
		t.Fatalf("attendees %+v", ev.Attendees)
	}
	for _, id := range []string{"u1", "dir.minsu", "dir.jiyoung"} {
		found := false
		for _, e := range s.Events() {
			if e.ID == ev.ID && e.busyFor(id) {
				found = true
			}
		}
		if !found {
			t.Fatalf("meeting not in %s's calendar", id)
		}
	}
	// Now nobody is free then.
	res = skilltest.Decode[SlotResult](t, h.Call(u, "sched_find_slots", map[string]any{
		"participants": []string{"민수", "지영"}, "from": "2026-12-08", "to": "2026-12-08", "duration_minutes": 60, "day_start": "12:00", "day_end": "18:00"}))
	if len(res.Slots) != 0 {
		t.Fatalf("slots after booking %+v", res.Slots)
	}
	// The reminder fires 10 minutes before, once.
	h.Clock.Set(time.Date(2026, 12, 8, 16, 49, 0, 0, Seoul))
	h.Host.Tick(u)
	h.Clock.Set(time.Date(2026, 12, 8, 16, 51, 0, 0, Seoul))
	h.Host.Tick(u)
	h.Host.Tick(u)
	n := 0
	for _, note := range h.Notifications() {
		if note.Kind == "reminder" && note.UserID == "u1" && note.Data["event"] == ev.ID {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("%d reminders", n)
	}
}

// TestInviteRealUser: a real user is invited by display name, gets the
// invitation, accepts; the organiser hears back.
func TestInviteRealUser(t *testing.T) {
	h, _ := newSched(t)
	org, guest := as("u1", "세종"), as("u2", "장영실")
	h.Call(guest, "sched_invites", `{}`) // the guest has used the calendar, so others can find them
	ev := skilltest.Decode[EventView](t, h.Do(org, "sched_invite", map[string]any{"title": "발명 회의", "participants": []string{"장영실 님"}, "start": "2026-12-09T11:00", "duration_minutes": 30}))
	inv := skilltest.Decode[[]EventView](t, h.Call(guest, "sched_invites", `{}`))
	if len(inv) != 1 || inv[0].ID != ev.ID || inv[0].MyStatus != "invited" {
		t.Fatalf("invites %+v", inv)
	}
	said := func(user string) []string {
		var out []string
		for _, n := range h.Notifications() {
			if n.UserID == user && n.Kind == "invite" {
				out = append(out, n.Text)
			}
		}
		return out
	}
	if got := said("u2"); len(got) != 1 || got[0] != "세종님이 ‘발명 회의’에 초대했어요 (12월 9일(수) 오전 11시–11시 30분)." {
		t.Fatalf("invitation delivered: %q", got)
	}
	a := skilltest.Decode[EventView](t, h.Call(guest, "sched_respond", map[string]any{"event_id": ev.ID, "response": "accept"}))
	if a.MyStatus != "accepted" {
		t.Fatalf("respond %+v", a)
	}
	// A third user cannot answer someone else's invitation.
	if r := h.Call(as("u3", "x"), "sched_respond", map[string]any{"event_id": ev.ID, "response": "decline"}); skilltest.ErrCode(r) != skills.CodeNotFound {
		t.Fatalf("stranger responds: %+v", r)
	}
	if got := said("u1"); len(got) != 1 || got[0] != "장영실님이 ‘발명 회의’ 초대를 수락했어요." {
		t.Errorf("the organiser heard %q", got)
	}
	c := skilltest.Decode[EventView](t, h.Do(org, "sched_cancel_meeting", map[string]any{"event_id": ev.ID}))
	if !c.Cancelled {
		t.Fatal("not cancelled")
	}
	if got := said("u2"); len(got) != 2 || got[1] != "‘발명 회의’가 취소되었어요." {
		t.Errorf("after the cancellation the guest heard %q", got)
	}
}

// TestRemindersSurviveRestart: a reminder sent before a restart is not
// sent again; one that came due while down is sent after.
func TestRemindersSurviveRestart(t *testing.T) {
	dir := t.TempDir()
	clock := skilltest.NewClock(skilltest.Start)
	h1 := skilltest.New(t, skilltest.Skill(ID, New()), skilltest.Dir(dir), skilltest.WithClock(clock))
	u := as("u1", "나")
	a := skilltest.Decode[EventView](t, h1.Call(u, "sched_create_event", map[string]any{"title": "A", "start": "2026-12-07T10:00", "duration_minutes": 30}))
	b := skilltest.Decode[EventView](t, h1.Call(u, "sched_create_event", map[string]any{"title": "B", "start": "2026-12-07T11:00", "duration_minutes": 30, "reminder_minutes": 30}))
	clock.Set(time.Date(2026, 12, 7, 9, 55, 0, 0, Seoul))
	h1.Host.Tick(u)
	h1.Close()
	clock.Set(time.Date(2026, 12, 7, 10, 40, 0, 0, Seoul)) // B's reminder (10:30) came due while down
	h2 := skilltest.New(t, skilltest.Skill(ID, New()), skilltest.Dir(dir), skilltest.WithClock(clock))
	h2.Host.Tick(u)
	var ids []string
	for _, n := range append(h1.Notifications(), h2.Notifications()...) {
		if n.Kind == "reminder" {
			ids = append(ids, fmt.Sprint(n.Data["event"]))
		}
	}
	if strings.Join(ids, ",") != a.ID+","+b.ID {
		t.Fatalf("reminders %v, want A then B once each", ids)
	}
}

func TestFindPeople(t *testing.T) {
	h, _ := newSched(t)
	u := as("u1", "나")
	for q, want := range map[string]string{"민수": "dir.minsu", "Jiyoung": "dir.jiyoung", "해외사업": "dir.david"} {
		ps := skilltest.Decode[[]PersonView](t, h.Call(u, "sched_find_people", map[string]any{"query": q}))
		if len(ps) == 0 || ps[0].ID != want {
			t.Errorf("%s: %+v", q, ps)
		}
	}
}
