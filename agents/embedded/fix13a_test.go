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

// A new user's trial (trial13): "내 예약 전부 보여줘" listed the calendar
// (a meeting) and left out the hotel booked, while "내 예약 보여줘" was
// right. The bookings are listed, the hotel named.
func TestTrial13AllMyBookings(t *testing.T) {
	w := newWorld(t)
	w.say("k", "assistant", "제주 바다 호텔 12월 20일부터 2박 2명 예약해줘")
	w.say("k", "assistant", "1번")
	w.confirm("k", "assistant", true)
	must(t, w.say("k", "assistant", "내일 오후 3시에 치과 일정 추가해줘"), "치과")
	got := w.say("k", "assistant", "내 예약 전부 보여줘")
	must(t, got, "바다 호텔 12월 20일(일)")
	if u := w.rec.lastUnderstood("k"); u.Intent != "booking_mine" {
		t.Errorf("understood %+v, want booking_mine", u)
	}
	must(t, w.say("e", "assistant", "show me all my reservations"), "no upcoming bookings")
}

// A new user's trial (trial13): on a fresh account "그냥 그 약속 취소해
// 줘" answered "알겠어요." as if something were cancelled. Nothing is under
// way and nothing is booked: the user is told there is nothing to cancel.
func TestTrial13NothingToCancel(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("k", "assistant", "그냥 그 약속 취소해 줘"), "지금은 취소할 게 없어요")
}

// A new user's trial (trial13): "오늘저녁 7시 신촌 2명 일식집 예약해줘"
// offered sushi bars of 성수, 성산 and 남포동 (Busan) without a word that
// 신촌 has none. A district said bare that the catalogue has no place in
// is said so, with the areas there are; the area said next is searched.
func TestTrial13UnknownDistrictSaidBare(t *testing.T) {
	w := newWorld(t)
	got := w.say("k", "assistant", "오늘저녁 7시 신촌 2명 일식집 예약해줘")
	must(t, got, "‘신촌’ 쪽은 제가 아는 지역이 아니라서", "서울(강남")
	if strings.Contains(got, "남포동 ") || strings.Contains(got, "스시") {
		t.Errorf("places offered: %q", got)
	}
	must(t, w.say("k", "assistant", "강남으로"), "담 스시")
	must(t, w.say("e", "assistant", "a table for 2 in Sinchon tonight at 7"), "I don't know the area “Sinchon”")
}

// A new user's trial (trial13): "그 미팅 4시로 옮겨" while the card
// inviting 한은지 to a 3 pm meeting waited answered "옮길 일정이 없어요."
// and the card, pressed, set the meeting at 3. The card waiting is
// proposed anew at 4; pressed, the meeting is at 4.
func TestTrial13MoveTheMeetingProposed(t *testing.T) {
	w := newWorld(t)
	t.Log(w.say("k", "assistant", "내일 오후3시에 한은지씨랑 미팅"))
	if c := w.out.lastConfirm("k"); !strings.Contains(c.Summary, "오후 3시") {
		t.Fatalf("confirm %+v, want the 3 pm invitation", c)
	}
	got := w.say("k", "assistant", "그 미팅 4시로 옮겨")
	if strings.Contains(got, "옮길 일정이 없어요") {
		t.Fatalf("%q", got)
	}
	if c := w.out.lastConfirm("k"); !strings.Contains(c.Summary, "오후 4시") {
		t.Fatalf("confirm %+v, want the meeting at 4 pm", c)
	}
	if u := w.rec.lastUnderstood("k"); u.Intent != "sched_move_event" || u.Slots["start"] != "2026-12-08T16:00" {
		t.Errorf("understood %+v, want a move to 4 pm", u)
	}
	w.confirm("k", "assistant", true)
	must(t, w.say("k", "assistant", "내일 일정 보여줘"), "오후 4시–5시")
}

// A new user's trial (trial13): "그 한옥 예약 취소해줘" with only a
// restaurant (하늘 한정식) booked offered to cancel the restaurant. No
// hanok is booked: that is said, the booking there is named, and no
// cancel card is shown.
func TestTrial13CancelTheHanokNotTheRestaurant(t *testing.T) {
	w := newWorld(t)
	w.say("k", "assistant", "내일 저녁 7시 종로 한정식 2명 예약해줘")
	w.say("k", "assistant", "1번")
	must(t, w.confirm("k", "assistant", true), "예약")
	before := w.out.lastConfirm("k")
	got := w.say("k", "assistant", "그 한옥 예약 취소해줘")
	must(t, got, "‘한옥’ 예약은 없어요", "한정식")
	if c := w.out.lastConfirm("k"); c.Nonce != before.Nonce {
		t.Errorf("a cancel card was shown: %+v", c)
	}
}

// A new user's trial (trial13): "철수랑 회의 잡아줘" listed the eight
// people of the directory (철수 is not in it); "2번" then answered "죄송해요,
// 제가 이해한 내용으로는 처리할 수 없었어요." The second name listed,
// 데이비드 밀러, is the one the meeting is found with.
func TestTrial13SecondNameListed(t *testing.T) {
	w := newWorld(t)
	w.say("k", "assistant", "철수랑 내일 오후에 회의 잡아줘")
	got := w.say("k", "assistant", "2번")
	if strings.Contains(got, "처리할 수 없었어요") || !strings.Contains(got, "데이비드 밀러") {
		t.Fatalf("%q: want a time with 데이비드 밀러", got)
	}
}

// A new user's trial (trial13): the card of a booking made read "담 스시 |
// 12월 9일(수) 오후 7시 | 확정" under the title 담 스시 — the name twice,
// neither the party nor the area. It reads the party and the area, its
// title what happened; "my bookings" likewise.
func TestTrial13BookingCardSaysPartyAndArea(t *testing.T) {
	w := newWorld(t)
	w.say("k", "assistant", "내일 저녁 7시 강남 이탈리안 4명 예약해줘")
	w.say("k", "assistant", "1번")
	w.confirm("k", "assistant", true)
	c := w.out.lastCard("k")
	if c.Title != "예약 확정" || len(c.Items) != 1 || c.Items[0].Subtitle != "12월 8일(화) 오후 7시 · 4명 · 강남" {
		t.Fatalf("card %+v", c)
	}
	w.say("k", "assistant", "내 예약 보여줘")
	if c := w.out.lastCard("k"); len(c.Items) != 1 || !strings.HasSuffix(c.Items[0].Subtitle, " · 4명 · 강남") {
		t.Fatalf("my bookings card %+v", c)
	}
}

// A new user's trial (trial13): "hmm cancel that dinner" while the card
// of a change to the dinner (6 people instead of 5) waited only dropped
// the change; the dinner stayed booked. The change is dropped and the
// dinner itself is offered for cancelling; pressed, it is cancelled.
func TestTrial13CancelTheDinnerWhileItsChangeWaits(t *testing.T) {
	w := newWorld(t)
	w.say("e", "assistant", "book a table for 5 at an italian place in gangnam tomorrow 7pm")
	w.say("e", "assistant", "1")
	w.confirm("e", "assistant", true)
	must(t, w.say("e", "assistant", "actually make it 6 people"), "table for 6")
	got := w.say("e", "assistant", "hmm cancel that dinner")
	if strings.Contains(got, "won't go ahead") {
		t.Fatalf("only the change was dropped: %q", got)
	}
	if c := w.out.lastConfirm("e"); c.Action != "booking_cancel" {
		t.Fatalf("confirm %+v, want the dinner's cancel card", c)
	}
	w.confirm("e", "assistant", true)
	if got := w.say("e", "assistant", "show my bookings"); strings.Contains(got, "7 PM,") || strings.Contains(got, "7 PM ") && !strings.Contains(got, "not confirmed") {
		t.Errorf("the dinner is still booked: %q", got)
	}
}
