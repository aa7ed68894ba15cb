package embedded_test

import (
	"strings"
	"testing"
)

// A new user's trial of the running campus (und15c, issue 18).

// bookTable books the first place the search lists and returns its name.
func bookTable(t *testing.T, w *world, u, search string) string {
	t.Helper()
	w.say(u, "assistant", search)
	list := w.out.lastCard(u).Items
	if len(list) == 0 {
		t.Fatalf("%q listed nothing", search)
	}
	w.say(u, "assistant", "1번")
	w.confirm(u, "assistant", true)
	return list[0].Title
}

// TestUnd15cWhenAmIFreeIsTheCalendar: "내일 몇 시에 시간 돼?" asks when
// the user is free tomorrow — the calendar's free hours — not a stay's
// check-in times (it was answered with the user's stay bookings). A
// table booked at noon is in the way; a stay's own question still is one.
func TestUnd15cWhenAmIFreeIsTheCalendar(t *testing.T) {
	w := newWorld(t)
	got := w.say("a", "assistant", "내일 몇 시에 시간 돼?")
	if un := w.rec.lastUnderstood("a"); un.Intent != "sched_my_events" || !strings.Contains(got, "비어") || strings.Contains(got, "숙소") {
		t.Errorf("understood %s %v, said %q; want tomorrow's free hours", un.Intent, un.Slots, got)
	}
	place := bookTable(t, w, "b", "내일 낮 12시 강남 이탈리안 2명 예약해줘")
	got = w.say("b", "assistant", "내일 몇 시에 시간 돼?")
	must(t, got, "비는 시간", place)
	w.say("c", "assistant", "내일 몇 시에 시간 괜찮아?")
	if un := w.rec.lastUnderstood("c"); un.Intent != "sched_my_events" {
		t.Errorf("understood %s, want the calendar", un.Intent)
	}
	w.say("d", "assistant", "숙소 체크인 몇 시에 돼?")
	if un := w.rec.lastUnderstood("d"); un.Intent != "booking_stay_times" {
		t.Errorf("a stay's check-in: understood %s", un.Intent)
	}
}

// TestUnd15cABookingIsAPlan: "그날 다른 약속 있나?" about a Saturday with
// a table booked counts the booking as a plan — it was answered "그
// 기간에는 일정이 없어요." — in both languages, and with the calendar's
// own events when there are some; a day with nothing booked is still empty.
func TestUnd15cABookingIsAPlan(t *testing.T) {
	w := newWorld(t)
	place := bookTable(t, w, "a", "이번 주 토요일 저녁 7시 강남 이탈리안 2명 예약해줘")
	w.say("a", "assistant", "토요일에 뭐 있어?")
	got := w.say("a", "assistant", "그날 다른 약속 있나?")
	must(t, got, place, "예약")
	if strings.Contains(got, "일정이 없어요.") {
		t.Errorf("said %q: the booking is a plan", got)
	}
	got = w.say("a", "assistant", "일요일에 약속 있어?")
	if strings.Contains(got, place) {
		t.Errorf("Sunday: said %q, the booking is on Saturday", got)
	}
	w.say("a", "assistant", "토요일 오후 2시에 치과 일정 넣어줘")
	w.confirm("a", "assistant", true)
	must(t, w.say("a", "assistant", "토요일 일정 보여줘"), "치과", place)

	enPlace := bookTable(t, w, "e", "italian restaurant in gangnam this saturday 7pm for 2")
	must(t, w.say("e", "assistant", "do I have anything on saturday?"), enPlace, "booking")
}

// TestUnd15cPointedAtWhileTheSearchAsks: "거기로 … 예약해 주세요" with
// the details, said while the search still asks them, holds the place
// the search then finds when it finds one (it was a new search); a pick
// said with a fact of the party keeps the pick.
func TestUnd15cPointedAtWhileTheSearchAsks(t *testing.T) {
	w := newWorld(t)
	w.say("f", "assistant", "이태원 한정식집 12월 13일 12시 5명")
	only := w.out.lastCard("f").Items
	if len(only) != 1 {
		t.Fatalf("the test needs a search of one place, got %+v", only)
	}
	w.say("a", "assistant", "이태원 한정식집 찾아줘")
	w.say("a", "assistant", "거기로 12월 13일 12시에 다섯 명 예약해 주세요")
	if un, cf := w.rec.lastUnderstood("a"), confirmOf(w, "a"); un.Intent != "booking_hold" || !strings.Contains(cf.Summary, only[0].Title) {
		t.Errorf("understood %s %v, confirm %q; want %s held", un.Intent, un.Slots, cf.Summary, only[0].Title)
	}
	w.say("b", "assistant", "여의도 맛집 내일 저녁")
	w.say("b", "assistant", "두 번째 곳 7시 반에 다섯명 잡아줘. 일행 중에 땅콩 알레르기 있어요")
	if un := w.rec.lastUnderstood("b"); un.Intent != "booking_hold" || un.Slots["party_size"] != "5" {
		t.Errorf("a pick with a fact: understood %s %v, want the hold for 5", un.Intent, un.Slots)
	}
	// Turned down, it is no pick.
	w.say("c", "assistant", "이태원 한정식집 찾아줘")
	w.say("c", "assistant", "거기 말고 강남 쪽으로 12월 13일 12시 5명")
	if un := w.rec.lastUnderstood("c"); un.Intent == "booking_hold" {
		t.Errorf("turned down: understood %s %v", un.Intent, un.Slots)
	}
}

// TestUnd15cCancelAMeetingAndTellThem: a word of cancelling with the
// meeting's people or the attendees to be told cancels a meeting — it
// sounded like an invitation, the replies to one, or nothing; a booking
// called off with someone to tell is still the booking's.
func TestUnd15cCancelAMeetingAndTellThem(t *testing.T) {
	w := newWorld(t)
	for i, x := range []string{"팀 회의 취소할게요, 지영 씨한테도 알려 주세요", "예산 검토 회의는 취소합니다. 참석자분들께 전달 부탁드려요",
		"please call off the budget review with Minsu and tell him", "we won't need the roadmap sync with Jiyoung and David anymore, cancel it for everyone"} {
		u := "m" + string(rune('a'+i))
		w.say(u, "assistant", x)
		if un := w.rec.lastUnderstood(u); un.Intent != "sched_cancel_meeting" && un.Intent != "sched_cancel_event" {
			t.Errorf("%q: understood %s %v, want a meeting cancelled", x, un.Intent, un.Slots)
		}
	}
	w.say("n", "assistant", "내일 저녁 식당 예약 취소하고 민수한테 알려줘")
	if un := w.rec.lastUnderstood("n"); un.Intent == "sched_cancel_meeting" {
		t.Errorf("a booking called off: understood %s", un.Intent)
	}
}

// TestUnd15cFactToldWithThePick: an allergy told with the pick ("1번으로
// 예약해 주시고요, 제가 갑각류 알레르기가 있어요") is reported as said for
// the hold, as the card shows it; one told before is remembered, not said.
func TestUnd15cFactToldWithThePick(t *testing.T) {
	w := newWorld(t)
	w.say("b", "assistant", "홍대 해산물 식당 모레 저녁 6시 세 명")
	w.say("b", "assistant", "1번으로 할게요, 참고로 저 새우 알레르기 있어요")
	if un := w.rec.lastUnderstood("b"); un.Intent != "booking_hold" || un.Slots["allergy"] == "" {
		t.Errorf("understood %s %v; want the hold with the allergy said", un.Intent, un.Slots)
	}
	w.say("c", "assistant", "저 새우 알레르기가 있어요")
	w.say("c", "assistant", "홍대 해산물 식당 모레 저녁 6시 세 명")
	w.say("c", "assistant", "1번으로 할게요")
	if un := w.rec.lastUnderstood("c"); un.Intent != "booking_hold" || un.Slots["allergy"] != "" {
		t.Errorf("understood %s %v; want the hold, the allergy remembered (not said)", un.Intent, un.Slots)
	}
	if cf := confirmOf(w, "c"); !strings.Contains(cf.Summary, "새우") {
		t.Errorf("the card %q lacks the allergy remembered", cf.Summary)
	}
}

// TestUnd15cCancelAtAClockIsTheCalendar: "cancel my 3pm tomorrow" with
// nothing booked is the calendar's event at 3 (it was a booking's
// cancellation that found none); with a booking, the booking's words
// still decide.
func TestUnd15cCancelAtAClockIsTheCalendar(t *testing.T) {
	w := newWorld(t)
	w.say("a", "assistant", "내일 오후 3시 치과 일정 넣어줘")
	for i, x := range []string{"cancel my 3pm tomorrow", "내일 3시 거 취소해 줘", "please cancel my 4pm on friday", "금요일 오후 4시 거 취소할래요"} {
		u := "a"
		if i >= 2 {
			u = "z" // (nothing on the calendar then either)
		}
		w.say(u, "assistant", x)
		if un := w.rec.lastUnderstood(u); un.Intent != "sched_cancel_event" {
			t.Errorf("%q: understood %s %v, want the calendar's event", x, un.Intent, un.Slots)
		}
		w.say(u, "assistant", "취소")
	}
	bookTable(t, w, "b", "내일 저녁 7시 강남 이탈리안 2명 예약해줘")
	w.say("b", "assistant", "내일 7시 예약 취소해줘")
	if un := w.rec.lastUnderstood("b"); un.Intent != "booking_cancel" {
		t.Errorf("a booking at 7: understood %s", un.Intent)
	}
}
