package embedded_test

import (
	"strings"
	"testing"
)

// TestCancelNamesTheRecord: "cancel dentist" deletes the dentist event
// (not the generic "all right" with the event left in the calendar);
// "cancel the italian one" picks the one Italian booking on file and asks
// to confirm its cancellation — not a new booking's day and time.
func TestCancelNamesTheRecord(t *testing.T) {
	w := newWorld(t)
	for _, tc := range []struct{ user, add, cancel, said string }{
		{"e", "add dentist tmrw 10am", "cancel dentist", "Deleted “dentist”"},
		{"k", "내일 오전 10시 치과 일정 추가해줘", "치과 취소해줘", "치과"},
	} {
		w.say(tc.user, "assistant", tc.add)
		live := func() (n int) {
			for _, e := range w.sch.Events() {
				if !e.Cancelled {
					n++
				}
			}
			return n
		}
		before := live()
		got := w.say(tc.user, "assistant", tc.cancel)
		if strings.TrimSpace(got) == "All right." || strings.HasPrefix(got, "알겠어요") {
			t.Fatalf("%s → %q", tc.cancel, got)
		}
		// (deleting an event is confirmed on its card first: left8)
		if c := w.out.lastConfirm(tc.user); c.Action != "sched_cancel_event" {
			t.Fatalf("%s: confirm %+v", tc.cancel, c)
		}
		must(t, w.confirm(tc.user, "assistant", true), tc.said)
		if n := live(); n != before-1 {
			t.Fatalf("%s: %d events before, %d after", tc.cancel, before, n)
		}
	}

	for _, tc := range []struct{ user, search, hold, cancel, asks, done string }{
		{"b", "need a table for 4 tmrw 7pm, italian, near hongdae", "book the 1st", "cancel the italian one", "confirm the cancellation", "Cancelled Noeul Trattoria"},
		{"c", "내일 저녁 7시 홍대 이탈리안 4명", "1번으로 예약", "이탈리안 예약 취소해줘", "취소하기 전에 확인 카드를 봐 주세요", "노을 트라토리아"},
	} {
		w.say(tc.user, "assistant", tc.search)
		w.say(tc.user, "assistant", tc.hold)
		w.confirm(tc.user, "assistant", true)
		must(t, w.say(tc.user, "assistant", tc.cancel), tc.asks)
		if c := w.out.lastConfirm(tc.user); c.Action != "booking_cancel" {
			t.Fatalf("%s: confirm %+v", tc.cancel, c)
		}
		must(t, w.confirm(tc.user, "assistant", true), tc.done)
	}
}
