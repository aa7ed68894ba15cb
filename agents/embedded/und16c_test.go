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

// TestUnd16cPlaceFollowUpRefinesTheSearch (issue 18, post15's multi-turn
// misses): a short follow-up naming only a place — "종로는요?" while the
// search for a stay asks when, "just in Itaewon please", "강남에서만요" with
// its list on screen — is that search again in that area, not a
// restaurant search or a pick from the list.
func TestUnd16cPlaceFollowUpRefinesTheSearch(t *testing.T) {
	for _, c := range []struct{ lang, search, follow, bad string }{
		{"ko", "서울 종로 한옥 보여줘", "강남은요?", "몇 시"},
		{"en", "show me resorts in hongdae seoul", "what about gangnam?", "What day and time"},
		{"en", "hanok in Seoul from Dec 22, 3 nights, for 2", "just in Jongno please", "holding it"},
		{"en", "hanok in Seoul from Dec 22, 3 nights, for 2", "in Gangnam only", "holding it"},
		{"ko", "12월 22일부터 서울 한옥 3박 2명", "종로에서만요", "잡아 두었어요"},
	} {
		w := newWorld(t)
		w.say("u1", "assistant", c.search)
		got := w.say("u1", "assistant", c.follow)
		if strings.Contains(got, c.bad) {
			t.Errorf("%q → %q: not the stay's search again", c.follow, got)
		}
		if u := w.rec.lastUnderstood("u1"); u.Intent != "booking_search_lodgings" || u.Slots["area"] == "" {
			t.Errorf("%q understood %+v, want booking_search_lodgings in an area", c.follow, u)
		}
	}
}

// TestUnd16cCorrectionToAnotherRequest (post15's multi-turn misses): "X
// 말고" that goes on to another request with a verb of its own ("그거 말고
// 그냥 이번 주 내 일정 좀 보여줘" while the restaurant search asks what
// time) is that request — the day in it made it the search "said again".
// A correction with a value of the search ("강남 말고 홍대로 보여줘") still
// revises the search.
func TestUnd16cCorrectionToAnotherRequest(t *testing.T) {
	for _, c := range []struct{ lang, search, x, want string }{
		{"ko", "내일 종로 한식집 찾아줘", "아니 그거 말고 그냥 이번 주 내 일정 좀 보여줘", "sched_my_events"},
		{"ko", "내일 종로 한식집 찾아줘", "종로 말고 홍대로 보여줘", "booking_search_restaurants"},
		{"en", "find a korean place in jongno tomorrow", "nah not that, just show me my calendar for today", "sched_my_events"},
	} {
		w := newWorld(t)
		w.say("u1", "assistant", c.search)
		w.say("u1", "assistant", c.x)
		if u := w.rec.lastUnderstood("u1"); u.Intent != c.want {
			t.Errorf("%q understood %+v, want %s", c.x, u, c.want)
		}
	}
}

// TestUnd16cSpokenConfirmNamesTheHold: "confirm it" said while the hold's
// card waits is answered with the button, and understood as confirming
// that hold — its booking_id — not as a confirm of nothing in particular.
func TestUnd16cSpokenConfirmNamesTheHold(t *testing.T) {
	for _, c := range []struct{ search, pick, x string }{
		{"부산 리조트 이번 주 토요일 1박 2명", "두 번째로 잡아줘", "그거 확정해 주세요"},
		{"a resort in busan this saturday, 1 night, 2 guests", "the second one", "go ahead and confirm it"},
	} {
		w := newWorld(t)
		w.say("u1", "assistant", c.search)
		w.say("u1", "assistant", c.pick)
		w.say("u1", "assistant", c.x)
		if u := w.rec.lastUnderstood("u1"); u.Intent != "booking_confirm" || u.Slots["booking_id"] == "" {
			t.Errorf("%q understood %+v, want booking_confirm of the hold", c.x, u)
		}
	}
}

// TestUnd16cFinalizeTheHold (post15's booking_confirm): a hold named
// with a word that makes it final — "please finalize my hold at the
// resort", "리조트 가예약 확정해 주세요" — is its confirmation, not a new
// search; with no hold, that there is none to confirm is said.
func TestUnd16cFinalizeTheHold(t *testing.T) {
	for _, x := range []string{"부산 리조트 가예약 확정해 주세요", "please finalize my hold at the busan resort", "lock in my hold at Sol Resort"} {
		w := newWorld(t)
		got := w.say("u1", "assistant", x)
		if u := w.rec.lastUnderstood("u1"); u.Intent != "booking_confirm" {
			t.Errorf("%q understood %+v, want booking_confirm", x, u)
		}
		if strings.Contains(got, "1)") {
			t.Errorf("%q → %q: a search's list", x, got)
		}
	}
}

// TestUnd16cRideIsNotABooking (post15's out_of_scope): a taxi or a train
// asked for — after a restaurant search, "there" pointing at it — is not
// a table held; the search waits.
func TestUnd16cRideIsNotABooking(t *testing.T) {
	for _, c := range []struct{ search, x string }{
		{"내일 종로 한식집 찾아줘", "거기까지 택시 좀 불러줄래요?"},
		{"find a korean place in jongno tomorrow", "also get me a cab to get there"},
		{"부산 리조트 이번 주 토요일 1박 2명", "그 리조트 가는 KTX도 예약해줘"},
		{"내일 종로 한식집 찾아줘", "거기로 가는 택시도 잡아줘"},
	} {
		w := newWorld(t)
		w.say("u1", "assistant", c.search)
		got := w.say("u1", "assistant", c.x)
		if strings.Contains(got, "잡아 두었어요") || strings.Contains(got, "holding it") || strings.Contains(got, "1)") {
			t.Errorf("%q → %q: held or searched", c.x, got)
		}
		if u := w.rec.lastUnderstood("u1"); u.Intent != "out_of_scope" {
			t.Errorf("%q understood %+v, want out_of_scope", c.x, u)
		}
	}
}

// TestUnd16cWhoseAnswer (post15's sched_replies / sched_respond): whether
// someone answered the user's invitation ("준호가 내 회의 초대 수락했어요?",
// "has yuki accepted my invite yet?") is the replies, however much it
// says "accept"; the user's own answer to an invitation received ("은지
// 씨가 보낸 워크숍 초대에 불참으로 답해 주세요", "accept daniel's invite
// to the planning session") is the user's response.
func TestUnd16cWhoseAnswer(t *testing.T) {
	for _, c := range []struct{ x, want string }{
		{"준호가 내 회의 초대 수락했어요?", "sched_replies"},
		{"has yuki accepted my invite yet?", "sched_replies"},
		{"은지 씨가 보낸 워크숍 초대에 불참으로 답해 주세요", "sched_respond"},
		{"accept daniel's invite to the planning session", "sched_respond"},
	} {
		w := newWorld(t)
		w.say("u1", "assistant", c.x)
		if u := w.rec.lastUnderstood("u1"); u.Intent != c.want {
			t.Errorf("%q understood %+v, want %s", c.x, u, c.want)
		}
	}
}

// TestUnd16cFlightSaidInPassing: a flight said in passing in a question
// about a stay's check-in is that question, not a ride asked for.
func TestUnd16cFlightSaidInPassing(t *testing.T) {
	for _, x := range []string{"my flight gets in at 9am, can I check in to my hotel that early?", "비행기가 오전 9시에 도착하는데 숙소 체크인 몇 시부터예요?"} {
		w := newWorld(t)
		w.say("u1", "assistant", x)
		if u := w.rec.lastUnderstood("u1"); u.Intent == "out_of_scope" {
			t.Errorf("%q understood %+v, want the stay's check-in times", x, u)
		}
	}
}

// TestUnd16cPlaceFollowUpKeepsTheKind: "이태원 쪽으로만" while a restaurant
// search asks the day narrows that search — it began a search for stays.
func TestUnd16cPlaceFollowUpKeepsTheKind(t *testing.T) {
	for _, c := range []struct{ search, x string }{
		{"서울 한식집 찾아줘", "이태원 쪽으로만"},
		{"find me a korean restaurant in seoul", "only in itaewon"},
	} {
		w := newWorld(t)
		w.say("u1", "assistant", c.search)
		w.say("u1", "assistant", c.x)
		if u := w.rec.lastUnderstood("u1"); u.Intent != "booking_search_restaurants" || u.Slots["area"] == "" {
			t.Errorf("%q understood %+v, want the restaurant search in an area", c.x, u)
		}
	}
}
