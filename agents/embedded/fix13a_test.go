package embedded_test

import (
	"strings"
	"testing"
)

// A new user's trial (trial13): "am i free thursday afternoon?" listed
// the meeting instead of the free times, and on an empty calendar "내일
// 나 비는 시간 언제야?" answered "그 기간에는 일정이 없어요." — never when
// the user is free. The free hours of the day asked are said, the
// events in the way named. (The harness's clock: Mon Dec 7, 2026.)
func TestTrial13FreeHours(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("k", "assistant", "내일 나 비는 시간 언제야?"), "12월 8일(화) 오전 9시–오후 6시 내내 비어 있어요")
	must(t, w.say("k", "assistant", "목요일 오후 2시에 치과 일정 추가해줘"), "치과")
	got := w.say("k", "assistant", "목요일 오후에 빈 시간 있어?")
	must(t, got, "12월 10일(목) 오후 비는 시간은 오후 12시–2시, 오후 3시–6시예요", "치과")
	if strings.Contains(got, "일정이에요") {
		t.Errorf("listed the events: %q", got)
	}
	w.say("e", "assistant", "hi")
	must(t, w.say("e", "assistant", "thursday 2pm dentist, 1 hour"), "Thu, Dec 10")
	must(t, w.say("e", "assistant", "am i free thursday afternoon?"), "Thu, Dec 10: free 12–2 PM and 3–6 PM (busy 2–3 PM dentist)")
	must(t, w.say("e", "assistant", "when am I free tomorrow?"), "Tue, Dec 8: free all day, 9 AM–6 PM")
}
