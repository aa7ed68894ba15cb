package embedded_test

import (
	"strings"
	"testing"
)

// TestUnd16cBookedStayOtherDay (a new user's trial, round 16): a resort
// stay held for Saturday and booked, "토요일 말고 일요일로" asked how many
// nights, "아 일요일로 해주세요" went to the calendar ("옮길 일정이 없어요")
// and "make it sunday instead" offered the resort's free table times. The
// day said is the stay's new check-in: the same resort is held for Sunday
// to replace the booking once confirmed, and the Saturday stay is kept
// until then.
func TestUnd16cBookedStayOtherDay(t *testing.T) {
	for _, c := range []struct{ lang, search, pick, change, mine, sunday, saturday string }{
		{"ko", "부산 리조트 이번 주 토요일 1박 2명", "첫 번째로 잡아줘", "토요일 말고 일요일로", "내 예약 보여줘", "12월 13일(일)", "12월 12일(토)"},
		{"ko", "부산 리조트 이번 주 토요일 1박 2명", "첫 번째로 잡아줘", "아 일요일로 해주세요", "내 예약 보여줘", "12월 13일(일)", "12월 12일(토)"},
		{"en", "a resort in busan this saturday, 1 night, 2 guests", "the first one", "not saturday, sunday", "show my bookings", "Sun, Dec 13", "Sat, Dec 12"},
		{"en", "a resort in busan this saturday, 1 night, 2 guests", "the first one", "make it sunday instead", "show my bookings", "Sun, Dec 13", "Sat, Dec 12"},
	} {
		w := newWorld(t)
		w.say("u1", "assistant", c.search)
		w.say("u1", "assistant", c.pick)
		w.confirm("u1", "assistant", true)
		got := w.say("u1", "assistant", c.change)
		for _, bad := range []string{"일정", "calendar", "며칠", "How many nights", "table", "Free times"} {
			if strings.Contains(got, bad) {
				t.Fatalf("%q → %q, want the stay moved to Sunday", c.change, got)
			}
		}
		mine := w.say("u1", "assistant", c.mine)
		must(t, mine, c.sunday, c.saturday)
		got = w.confirm("u1", "assistant", true)
		mine = w.say("u1", "assistant", c.mine)
		must(t, mine, c.sunday)
		if strings.Contains(mine, c.saturday) {
			t.Fatalf("after confirming, %q still lists Saturday's stay", mine)
		}
	}
}

// TestUnd16cDayChangeNotForTheStay: a day said for something else — a
// meeting, with a stay booked — does not hold the stay on that day.
func TestUnd16cDayChangeNotForTheStay(t *testing.T) {
	for _, c := range []struct{ search, pick, change, mine string }{
		{"부산 리조트 이번 주 토요일 1박 2명", "첫 번째로 잡아줘", "회의는 금요일로 옮겨줘", "내 예약 보여줘"},
		{"a resort in busan this saturday, 1 night, 2 guests", "the first one", "move my meeting to friday instead", "show my bookings"},
	} {
		w := newWorld(t)
		w.say("u1", "assistant", c.search)
		w.say("u1", "assistant", c.pick)
		w.confirm("u1", "assistant", true)
		w.say("u1", "assistant", c.change)
		if mine := w.say("u1", "assistant", c.mine); strings.Contains(mine, "확정 전") || strings.Contains(mine, "not confirmed") {
			t.Fatalf("%q held a stay: %q", c.change, mine)
		}
	}
}
