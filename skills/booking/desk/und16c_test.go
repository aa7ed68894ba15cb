package desk

import (
	"testing"
	"time"
)

// TestUnd16cNewStayDay: the day a text moves a stay to — the one it says
// that is not the day given up — in both languages; a day with no word
// of change, a time of day, or two new days is none.
func TestUnd16cNewStayDay(t *testing.T) {
	seoul := time.FixedZone("KST", 9*3600)
	now := time.Date(2026, 12, 7, 9, 0, 0, 0, seoul) // a Monday
	for _, c := range []struct{ text, want string }{
		{"토요일 말고 일요일로", "2026-12-13"},
		{"아 일요일로 해주세요", "2026-12-13"},
		{"토요일 대신 일요일로 바꿔줘", "2026-12-13"},
		{"12월 20일로 변경해 주세요", "2026-12-20"},
		{"not saturday, sunday", "2026-12-13"},
		{"make it sunday instead", "2026-12-13"},
		{"can we do sunday instead of saturday?", "2026-12-13"},
		{"일요일에 뭐 있어?", ""},
		{"일요일 저녁 7시로 해줘", ""},
		{"토요일이랑 일요일로", ""},
		{"what's on sunday", ""},
	} {
		got := ""
		if d, ok := newStayDay(c.text, now); ok {
			got = d.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}
