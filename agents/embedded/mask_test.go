package embedded

import (
	"strings"
	"testing"
	"time"
)

// TestMaskMarksTimeRanges: a range of hours is masked apart from a point
// in time, in both languages, so the classifier can tell a window to
// search for free times in from a meeting at a set time.
func TestMaskMarksTimeRanges(t *testing.T) {
	now := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		span bool
	}{
		{"thursday from 10 to 2 with mina", true},
		{"free time with leo monday 1-4pm", true},
		{"목요일 10시부터 2시 사이 민아랑", true},
		{"월요일 오후 1시~4시 중에 비는 때", true},
		{"meeting with mina thursday at 2pm", false},
		{"목요일 오후 2시에 민아랑 회의", false},
	} {
		got := strings.Contains(maskEntities(tc.text, now), "qspan")
		if got != tc.span {
			t.Errorf("%q masked %q: span %v, want %v", tc.text, maskEntities(tc.text, now), got, tc.span)
		}
	}
}
