package embedded_test

import (
	"strings"
	"testing"

	"github.com/madang-world/madang/protocol"
)

// TestWhenAmIFree: the user asking when they alone are free is shown
// their own calendar of that day — not asked whom to meet (a new user's
// trial: "누구와 회의할까요?", a greeting, and a hotel stay's check-in).
// With someone named it is still a search for a common time. (trial13:
// the free hours are said, not "그 기간에는 일정이 없어요.")
func TestWhenAmIFree(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("u", "assistant", "금요일 오후 3시에 치과 일정 추가해줘"), "치과")
	for _, tc := range []struct{ text, want, day string }{
		{"금요일 오후에 내 빈 시간 알려줘", "치과", "2026-12-11"},
		{"금욜 나 한가한 시간 있어?", "치과", "2026-12-11"},
		{"내일 오전에 나 비는 시간 언제야?", "12월 8일(화) 오전 9시–오후 12시 내내 비어 있어요", "2026-12-08"},
		{"내일 오전에 나 한가해?", "12월 8일(화) 오전 9시–오후 12시 내내 비어 있어요", "2026-12-08"},
		{"저 수요일에 바쁜가요?", "12월 9일(수) 오전 9시–오후 6시 내내 비어 있어요", "2026-12-09"},
		{"목요일 오후에 나 시간 괜찮아?", "12월 10일(목) 오후 12시–6시 내내 비어 있어요", "2026-12-10"},
		{"when am i free on friday?", "치과", "2026-12-11"},
	} {
		got := w.say("u", "assistant", tc.text)
		if strings.Contains(got, "누구") || strings.Contains(got, "Who") || strings.Contains(got, "숙소") {
			t.Errorf("%q: %q", tc.text, got)
		}
		u := w.rec.lastUnderstood("u")
		if u.Intent != "sched_my_events" || u.Slots["from"] != tc.day {
			t.Errorf("%q: understood %+v, want sched_my_events from %s", tc.text, u, tc.day)
		}
		if !strings.Contains(got, tc.want) {
			t.Errorf("%q: %q lacks %q", tc.text, got, tc.want)
		}
	}
	must(t, w.say("m", "assistant", "민수랑 내일 비는 시간"), "김민수")
	if c := w.out.lastCard("m"); c.Kind != protocol.CardSlots {
		t.Errorf("with Minsu: card %+v, want free times", c)
	}
	must(t, w.say("n", "assistant", "내일 회의할 시간 있어?"), "누구")
}
