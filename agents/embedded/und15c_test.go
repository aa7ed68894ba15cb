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
