package scheduling

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
)

// asLang is a caller speaking lang (the conversation's language).
func asLang(user, name, lang string) context.Context {
	return skills.WithCaller(context.Background(), skills.Caller{UserID: user, Name: name, Scopes: scopes, Channel: "test", Lang: lang})
}

// TestSlotsEarliestAndApart: the times offered for a meeting never
// overlap one another, the one said to be the earliest is the earliest
// (and the only one said so), and each reads as dates read everywhere
// (words.Span). Tuesday 8 Dec, 민수 is busy 09:30–10:00 and 14:00–16:00:
// an hour fits at 10:00 first.
func TestSlotsEarliestAndApart(t *testing.T) {
	for _, c := range []struct{ lang, first, earliest, why string }{
		{"ko", "12월 8일(화) 오전 10시–11시", "모두 비어 있는 가장 빠른 시간", "모두 비어 있어요"},
		{"en", "Tue, Dec 8, 10–11 AM", "The earliest time everyone is free", "Everyone is free then"},
	} {
		h, _ := newSched(t)
		res := skilltest.Decode[SlotResult](t, h.Call(asLang("u1", "나", c.lang), "sched_find_slots", map[string]any{
			"participants": []string{"민수"}, "from": "2026-12-08", "to": "2026-12-08", "duration_minutes": 60, "limit": 5}))
		if len(res.Slots) < 3 {
			t.Fatalf("%s: slots %+v", c.lang, res.Slots)
		}
		if res.Slots[0].Label != c.first || res.Slots[0].Why != c.earliest {
			t.Errorf("%s: first slot %q (%q), want %q (%q)", c.lang, res.Slots[0].Label, res.Slots[0].Why, c.first, c.earliest)
		}
		var spans [][2]time.Time
		for i, sl := range res.Slots {
			st, _ := time.Parse(time.RFC3339, sl.Start)
			en, _ := time.Parse(time.RFC3339, sl.End)
			for j, o := range spans {
				if st.Before(o[1]) && en.After(o[0]) {
					t.Errorf("%s: slot %d %q overlaps slot %d %q", c.lang, i, sl.Label, j, res.Slots[j].Label)
				}
			}
			spans = append(spans, [2]time.Time{st, en})
			if i > 0 && sl.Why == c.earliest {
				t.Errorf("%s: slot %d %q is said to be the earliest too", c.lang, i, sl.Label)
			}
			if i > 0 && st.Before(spans[0][0]) {
				t.Errorf("%s: slot %d %q is earlier than the one said to be earliest", c.lang, i, sl.Label)
			}
			if i > 0 && st.Before(spans[i-1][0]) { // read in time order (a new user's trial: 1 PM, 5 PM, 2 PM)
				t.Errorf("%s: slot %d %q comes before the slot listed above it", c.lang, i, sl.Label)
			}
			if i > 0 && sl.Why == "" {
				t.Errorf("%s: slot %d %q says nothing of why", c.lang, i, sl.Label)
			}
		}
	}
}

// TestMeetingTitleNotDoubled: a meeting titled "회의" (what the avatar
// calls one it was given no title for) or "주간 회의" reads "‘회의’",
// never "‘회의’ 회의"; "기획" reads "‘기획’ 회의"; in English
// “Meeting”, never “Meeting” meeting. The confirmation, the invitee's
// notice and the cancellation all read so.
func TestMeetingTitleNotDoubled(t *testing.T) {
	for _, c := range []struct{ lang, title, summary, invited, cancelled string }{
		{"ko", "회의", "12월 9일(수) 오전 11시–11시 30분에 ‘회의’를 잡고 장영실에게 초대장을 보냅니다.",
			"세종님이 ‘회의’에 초대했어요 (12월 9일(수) 오전 11시–11시 30분).", "‘회의’가 취소되었어요."},
		{"ko", "주간 회의", "12월 9일(수) 오전 11시–11시 30분에 ‘주간 회의’를 잡고 장영실에게 초대장을 보냅니다.",
			"세종님이 ‘주간 회의’에 초대했어요 (12월 9일(수) 오전 11시–11시 30분).", "‘주간 회의’가 취소되었어요."},
		{"ko", "기획", "12월 9일(수) 오전 11시–11시 30분에 ‘기획’ 회의를 잡고 장영실에게 초대장을 보냅니다.",
			"세종님이 ‘기획’ 회의에 초대했어요 (12월 9일(수) 오전 11시–11시 30분).", "‘기획’ 회의가 취소되었어요."},
		{"en", "Meeting", "Schedule “Meeting” on Wed, Dec 9, 11–11:30 AM and invite 장영실.",
			"세종 invited you to “Meeting” (Wed, Dec 9, 11–11:30 AM).", "“Meeting” was cancelled."},
	} {
		h, _ := newSched(t)
		org, guest := asLang("u1", "세종", c.lang), asLang("u2", "장영실", c.lang)
		h.Call(guest, "sched_invites", `{}`)
		args := map[string]any{"title": c.title, "participants": []string{"장영실"}, "start": "2026-12-09T11:00", "duration_minutes": 30}
		p := h.Call(org, "sched_invite", args)
		if p.Confirmation == nil || p.Confirmation.Summary.Text != c.summary {
			t.Errorf("%s %s: summary %+v, want %q", c.lang, c.title, p.Confirmation, c.summary)
			continue
		}
		ev := skilltest.Decode[EventView](t, h.Confirm(org, p, args))
		h.Do(org, "sched_cancel_meeting", map[string]any{"event_id": ev.ID})
		var got []string
		for _, n := range h.Notifications() {
			if n.UserID == "u2" {
				got = append(got, n.Text)
			}
		}
		if strings.Join(got, "|") != c.invited+"|"+c.cancelled {
			t.Errorf("%s %s: the guest read %q, want %q then %q", c.lang, c.title, got, c.invited, c.cancelled)
		}
	}
}

// TestEventReadsInLang: an event's time and the caller's answer to it
// read in the conversation's language: "12월 9일(수) 오전 11시–11시 30분",
// "답변 대기"; "Wed, Dec 9, 11–11:30 AM", "Awaiting your reply" — not
// "invited" in a Korean card.
func TestEventReadsInLang(t *testing.T) {
	for _, c := range []struct{ lang, when, invited, accepted string }{
		{"ko", "12월 9일(수) 오전 11시–11시 30분", "답변 대기", "수락"},
		{"en", "Wed, Dec 9, 11–11:30 AM", "Awaiting your reply", "Accepted"},
	} {
		h, _ := newSched(t)
		org, guest := asLang("u1", "세종", c.lang), asLang("u2", "장영실", c.lang)
		h.Call(guest, "sched_invites", `{}`)
		ev := skilltest.Decode[EventView](t, h.Do(org, "sched_invite", map[string]any{"title": "발명", "participants": []string{"장영실"}, "start": "2026-12-09T11:00", "duration_minutes": 30}))
		if ev.WhenText != c.when || ev.StatusText != c.accepted {
			t.Errorf("%s: organiser's event reads %q, %q; want %q, %q", c.lang, ev.WhenText, ev.StatusText, c.when, c.accepted)
		}
		inv := skilltest.Decode[[]EventView](t, h.Call(guest, "sched_invites", `{}`))
		if len(inv) != 1 || inv[0].WhenText != c.when || inv[0].StatusText != c.invited {
			t.Fatalf("%s: invitations %+v, want %q, %q", c.lang, inv, c.when, c.invited)
		}
	}
}

// TestNotifyInRecipientsLanguage: a notice to another user is in the
// language that user last spoke to an avatar in (the conversation's
// language reaches the skill with each call); a user never heard from
// gets Korean.
func TestNotifyInRecipientsLanguage(t *testing.T) {
	h, _ := newSched(t)
	org := asLang("u1", "세종", "ko")
	h.Call(asLang("u2", "Alice", "en"), "sched_invites", `{}`) // Alice speaks English
	h.Call(asLang("u3", "장영실", "ko"), "sched_invites", `{}`)   // 장영실 Korean
	h.Call(as("u4", "Bob"), "sched_invites", `{}`)             // Bob: no language known
	ev := skilltest.Decode[EventView](t, h.Do(org, "sched_invite", map[string]any{"title": "발명", "participants": []string{"Alice", "장영실", "Bob"}, "start": "2026-12-09T11:00", "duration_minutes": 30}))
	h.Call(asLang("u2", "Alice", "en"), "sched_respond", map[string]any{"event_id": ev.ID, "response": "accept"})
	want := map[string]string{
		"u2": "세종 invited you to “발명” (Wed, Dec 9, 11–11:30 AM).",
		"u3": "세종님이 ‘발명’ 회의에 초대했어요 (12월 9일(수) 오전 11시–11시 30분).",
		"u4": "세종님이 ‘발명’ 회의에 초대했어요 (12월 9일(수) 오전 11시–11시 30분).",
		"u1": "Alice님이 ‘발명’ 초대를 수락했어요.",
	}
	got := map[string]string{}
	for _, n := range h.Notifications() {
		got[n.UserID] = n.Text
	}
	for u, w := range want {
		if got[u] != w {
			t.Errorf("%s read %q, want %q", u, got[u], w)
		}
	}
	// The organiser later speaks English: the answers reach them in English.
	h.Call(asLang("u1", "세종", "en"), "sched_invites", `{}`)
	h.Call(asLang("u3", "장영실", "ko"), "sched_respond", map[string]any{"event_id": ev.ID, "response": "decline"})
	ns := h.Notifications()
	if last := ns[len(ns)-1]; last.UserID != "u1" || last.Text != "장영실 declined “발명”." {
		t.Errorf("the organiser, now speaking English, read %q", last.Text)
	}
}
