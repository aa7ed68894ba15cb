package embedded_test

import (
	"strings"
	"testing"
)

// Korean written without spaces: the time's particle glued to the next
// word is not part of the title ("에팀장님이랑밥약속" was), and "낼 모레" is
// the day after tomorrow (it showed tomorrow's events).
func TestNoSpaceKorean(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("u", "assistant", "내일점심12시에팀장님이랑밥약속넣어줘"), "12월 8일(화) 오후 12시–1시에 ‘팀장님이랑 밥약속’ 일정을 넣었어요.")
	must(t, w.say("u", "assistant", "모레 오후 3시에 치과 일정 넣어줘"), "12월 9일(수) 오후 3시–4시에 ‘치과’")
	r := w.say("u", "assistant", "낼 모레 일정 머있어")
	must(t, r, "12월 9일(수) 오후 3시–4시 치과")
	if strings.Contains(r, "밥약속") {
		t.Fatalf("tomorrow's events shown for 낼 모레: %q", r)
	}
}
