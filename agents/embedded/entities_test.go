package embedded

import (
	"testing"
	"time"
)

// TestDaysAsChoice: two days said as a choice ("내일이나 모레", "friday or
// saturday") are the days from the first to the last; two days said
// otherwise keep the first.
func TestDaysAsChoice(t *testing.T) {
	now := time.Date(2026, 12, 9, 10, 0, 0, 0, time.FixedZone("KST", 9*3600)) // Wednesday
	for _, tc := range []struct{ text, from, to string }{
		{"김민수랑 내일이나 모레 중에 한 시간", "2026-12-10", "2026-12-11"},
		{"friday or saturday, an hour with Hana", "2026-12-11", "2026-12-12"},
		{"금요일 아니면 다음 주 월요일", "2026-12-11", "2026-12-14"},
		{"내일 3시", "2026-12-10", "2026-12-10"},
		{"내일 회의 모레로 옮겨줘", "2026-12-10", "2026-12-10"},
	} {
		e := parseEntities(tc.text, now)
		if e.date != tc.from || e.dateEnd != tc.to {
			t.Errorf("%q: %s..%s, want %s..%s", tc.text, e.date, e.dateEnd, tc.from, tc.to)
		}
	}
}

// TestShiftSign: the words that move an item later or earlier by the
// length said, from data/generic.json.
func TestShiftSign(t *testing.T) {
	for text, want := range map[string]int{
		"치과 30분 늦춰줘": 1, "회의 한 시간 미뤄 주세요": 1, "push it back 15 minutes": 1,
		"30분 당겨줘": -1, "make it an hour earlier": -1, "치과 4시로 옮겨줘": 0,
	} {
		if got := shiftSign(text); got != want {
			t.Errorf("shiftSign(%q) = %d, want %d", text, got, want)
		}
	}
}

// TestStripWholeWords: an English carrier phrase is removed only as whole
// words ("get" is not inside "budget", "a" not inside "party"); Korean
// phrases still come off the words they are glued to.
func TestStripWholeWords(t *testing.T) {
	for _, tc := range []struct {
		text  string
		strip []string
		want  string
	}{
		{"invite David to Budget review", []string{"invite", "get", "to"}, "David Budget review"},
		{"new years eve party", []string{"a", "new event"}, "new years eve party"},
		{"add a call for me", []string{"add", "a", "for me"}, "call"},
		{"치과일정추가해줘", []string{"일정", "추가해 줘"}, "치과"},
	} {
		if got := stripText(tc.text, tc.strip); got != tc.want {
			t.Errorf("stripText(%q, %q) = %q, want %q", tc.text, tc.strip, got, tc.want)
		}
	}
}
