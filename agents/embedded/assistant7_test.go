package embedded_test

import "testing"

// TestMeetingAtSetTimeIsInvite: a meeting with named people at one time is
// an invitation for that time; the same people over a window of hours is
// a search for free times — in both languages. A booking named by its
// kind ("그 리조트", "the guesthouse") is cancelled, not searched again.
func TestMeetingAtSetTimeIsInvite(t *testing.T) {
	w := newWorld(t)
	for _, tc := range []struct{ text, intent, start string }{
		{"지영이랑 목요일 오후 4시에 디자인 점검 잡아 주세요", "sched_invite", "2026-12-10T16:00"},
		{"sync with Minsu on friday at 11am about the launch", "sched_invite", "2026-12-11T11:00"},
		{"민수랑 목요일 오후 1시부터 4시 사이에 30분 비는 시간", "sched_find_slots", ""},
		{"any 30 minutes with Minsu thursday afternoon 1-4?", "sched_find_slots", ""},
		{"예약해 둔 리조트 취소하고 싶어요", "booking_cancel", ""},
		{"please cancel the guesthouse i booked", "booking_cancel", ""},
	} {
		w.say("u-"+tc.text, "assistant", tc.text)
		u := w.rec.lastUnderstood("u-" + tc.text)
		if u.Intent != tc.intent || tc.start != "" && u.Slots["start"] != tc.start {
			t.Errorf("%q: understood %s %v, want %s start %q", tc.text, u.Intent, u.Slots, tc.intent, tc.start)
		}
	}
}
