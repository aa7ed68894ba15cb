package embedded

import (
	"testing"
	"time"
)

// TestStayFromTheDaySaidUnd19: a holiday named beside the day the nights
// start ("over christmas, two nights from the 24th", "크리스마스에 24일부터
// 2박") is what the stay is for; the check-in is the day said as the
// start. A time said from an hour is no stay.
func TestStayFromTheDaySaidUnd19(t *testing.T) {
	now := time.Date(2026, 12, 9, 10, 0, 0, 0, time.FixedZone("KST", 9*3600))
	for text, want := range map[string]string{
		"hotel in busan over christmas, two nights from the 24th, 2 guests": "2026-12-24",
		"크리스마스에 24일부터 2박 호텔 있어요?":                                           "2026-12-24",
		"새해 맞이로 30일부터 사흘 밤 묵을 곳":                                            "2026-12-30",
		"a resort for christmas starting on the 23rd, 3 nights":             "2026-12-23",
		"a hotel for christmas, 2 nights":                                   "2026-12-25",
	} {
		if e := parseEntities(text, now); e.date != want {
			t.Errorf("%q: check-in %s, want %s", text, e.date, want)
		}
	}
	if e := parseEntities("meeting on friday from 3pm for an hour", now); e.date != "2026-12-11" || e.time != "15:00" {
		t.Errorf("a meeting from 3pm: %s %s, want Friday 15:00", e.date, e.time)
	}
}
