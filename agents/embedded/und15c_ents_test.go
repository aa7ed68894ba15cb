package embedded

import (
	"testing"
	"time"
)

// TestUnd15cDaysAheadCounted (issue 18, post14's weakest frames): "앞으로
// 3일 안에", "향후 5일 동안" are that many days from today — the search for
// a time looked at January 3rd; a day of a month said plainly still is one.
func TestUnd15cDaysAheadCounted(t *testing.T) {
	now := time.Date(2026, 12, 9, 10, 0, 0, 0, time.FixedZone("KST", 9*3600))
	for _, tc := range []struct{ text, want string }{
		{"수아랑 지호랑 30분 이야기할 시간 앞으로 3일 안에 찾아줘", "2026-12-09..2026-12-12"},
		{"향후 5일 동안 한 시간 비는 때", "2026-12-09..2026-12-14"},
		{"앞으로 일주일 안에 한 시간", "2026-12-09..2026-12-16"},
		{"3일에 회의 잡아줘", "2027-01-03.."},
	} {
		e := parseEntities(tc.text, now)
		got := e.date + ".." + e.dateEnd
		if tc.want[len(tc.want)-2:] == ".." {
			got = e.date + ".." // (a day said plainly: its own day)
		}
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
