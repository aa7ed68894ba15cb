package embedded_test

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/booking"
)

// bookTwo books Dam Sushi Bar and then 하늘 한정식, tomorrow at 7pm for 2.
func bookTwo(t *testing.T, w *world, u string) {
	t.Helper()
	must(t, w.say(u, "assistant", "book dam sushi bar tomorrow 7pm for 2"), "1) Dam Sushi Bar")
	must(t, w.say(u, "assistant", "1"), "holding it")
	must(t, w.confirm(u, "assistant", true), "Dam Sushi Bar on Tue, Dec 8 at 7 PM for 2 is confirmed")
	must(t, w.say(u, "assistant", "하늘 한정식 내일 저녁 7시 2명 예약해줘"), "1) 하늘 한정식")
	must(t, w.say(u, "assistant", "1번"), "잡아 두었어요")
	must(t, w.confirm(u, "assistant", true), "하늘 한정식 12월 8일(화) 오후 7시, 2명 예약이 확정됐어요")
}

// "cancel the sushi booking" named a booking by its place, and began a
// new restaurant search ("What day and time?"): it picks that booking
// from the user's bookings, behind the confirmation gate.
func TestCancelBookingByPlace(t *testing.T) {
	w := newWorld(t)
	bookTwo(t, w, "v")
	r := w.say("v", "assistant", "cancel the sushi booking")
	must(t, r, "Please check the card and confirm the cancellation.")
	c := w.out.lastConfirm("v")
	if c.Action != "booking_cancel" || !strings.Contains(fmt.Sprint(c.Summary, c.Fields), "Dam Sushi") {
		t.Fatalf("confirm %+v", c)
	}
	if got := w.confirm("v", "assistant", true); strings.Contains(got, "하늘") {
		t.Fatalf("the other booking was cancelled: %q", got)
	}
}

// mine is the user's bookings as booking_mine lists them: "place time
// status" lines, in the order the tool gives them.
func (w *world) mine(user string) string {
	w.t.Helper()
	r := w.h.Call(w.h.As(user, booking.ScopeRead), "booking_mine", struct{}{})
	if r.Status != skills.StatusOK {
		w.t.Fatalf("booking_mine: %+v", r)
	}
	var bs []booking.BookingView
	if err := json.Unmarshal(r.Data, &bs); err != nil {
		w.t.Fatal(err)
	}
	var out []string
	for _, b := range bs {
		out = append(out, b.PlaceLabel+" "+b.Time+" "+b.Status)
	}
	sort.Strings(out) // the tool orders by day and time only
	return strings.Join(out, "; ")
}

// A booking's time change is about the booking, never the calendar ("옮길
// 일정이 없어요", "You have no events to move."), and never leaves the user
// with less than they had: the same place is checked at the new time
// before anything is offered. 하늘 한정식 takes its last table at 7:30 PM,
// so "8시로" keeps the 7 PM booking and says the free times there (it
// used to propose cancelling it, and after the press said "그 시간에는
// 자리가 없어요" with the table gone).
func TestBookingTimeChangeIsAboutTheBooking(t *testing.T) {
	w := newWorld(t)
	bookTwo(t, w, "v")
	before := w.mine("v")
	for _, c := range []struct{ say, want string }{
		{"방금 예약 8시로 바꿔줄래?", "하늘 한정식에는 오후 8시에 자리가 없어요. 가능한 시간: 오후 6시 30분, 오후 7시, 오후 7시 30분. 지금 예약(12월 8일(화) 오후 7시)은 그대로 두었어요."},
		{"can u push it to 8", "Haneul Hanjeongsik House has no table at 8 PM. Free times there: 6:30 PM, 7 PM, 7:30 PM. Your booking (Tue, Dec 8 at 7 PM) stays as it is."},
		{"change my dam sushi reservation to 9pm", "Dam Sushi Bar has no table at 9 PM."},
		{"하늘 한정식 예약 8시로 변경해주세요", "지금 예약(12월 8일(화) 오후 7시)은 그대로 두었어요."},
	} {
		n := len(w.out.confirms["v"])
		r := w.say("v", "assistant", c.say)
		must(t, r, c.want)
		if strings.Contains(r, "일정") || strings.Contains(r, "events") {
			t.Fatalf("%q answered about the calendar: %q", c.say, r)
		}
		if len(w.out.confirms["v"]) != n {
			t.Fatalf("%q offered %s though the time is not free", c.say, w.out.lastConfirm("v").Summary)
		}
		if got := w.mine("v"); got != before {
			t.Fatalf("%q: bookings %s, were %s", c.say, got, before)
		}
	}
	if n := len(w.sch.Events()); n != 0 {
		t.Fatalf("%d calendar events", n)
	}
}

// A change to a free time holds the new table first; the card says both
// things that will happen in their order, and the press confirms the new
// booking and only then cancels the old one — same place, same branch.
func TestBookingTimeChangeHoldsFirst(t *testing.T) {
	w := newWorld(t)
	bookTwo(t, w, "v")
	r := w.say("v", "assistant", "하늘 한정식 예약 7시 반으로 변경해주세요")
	must(t, r, "하늘 한정식에 오후 7시 30분 자리가 있어요. 확정하면 오후 7시 30분 예약을 먼저 확정하고, 그다음 오후 7시 예약을 취소해요.")
	c := w.out.lastConfirm("v")
	if c.Action != "booking_confirm" || c.Summary != "하늘 한정식 12월 8일(화) 오후 7시 30분, 2명 예약을 새로 확정하고, 그다음 하늘 한정식 12월 8일(화) 오후 7시, 2명 예약을 취소합니다 (수수료 0원)." {
		t.Fatalf("confirm %s %q", c.Action, c.Summary)
	}
	// Held, not yet changed: both are the user's until the press.
	if got := w.mine("v"); got != "담 스시 19:00 confirmed; 하늘 한정식 19:00 confirmed; 하늘 한정식 19:30 held" {
		t.Fatalf("before the press: %s", got)
	}
	must(t, w.confirm("v", "assistant", true), "하늘 한정식 예약을 12월 8일(화) 오후 7시 30분, 2명으로 바꿨어요. 원래 12월 8일(화) 오후 7시 예약은 취소했어요.")
	if got := w.mine("v"); got != "담 스시 19:00 confirmed; 하늘 한정식 19:30 confirmed" {
		t.Fatalf("after: %s", got)
	}
}

// The transcript's Hongdae branch: "7시로 바꿔줘" right after booking 노을
// 트라토리아 (홍대) changes that booking, never asks for the place again or
// lists the Gangnam branch; in English, "actually make it 8:30" after the
// booking is about the booking, not the calendar ("You have no events to
// move."): not free, it stays; 7:30 changes it.
func TestBookingTimeChangeKeepsTheBranch(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("s", "assistant", "이번주 토요일 저녁6시 홍대에서 5명 이탈리안 예약해줘"), "1) 노을 트라토리아 (홍대)")
	must(t, w.say("s", "assistant", "1번"), "잡아 두었어요")
	must(t, w.confirm("s", "assistant", true), "노을 트라토리아 (홍대) 12월 12일(토) 오후 6시, 5명 예약이 확정됐어요.")
	r := w.say("s", "assistant", "7시로 바꿔줘")
	must(t, r, "노을 트라토리아 (홍대)에 오후 7시 자리가 있어요.")
	if strings.Contains(r, "강남") || strings.Contains(r, "어디로") {
		t.Fatalf("asked for the place again: %q", r)
	}
	must(t, w.confirm("s", "assistant", true), "노을 트라토리아 (홍대) 예약을 12월 12일(토) 오후 7시, 5명으로 바꿨어요. 원래 12월 12일(토) 오후 6시 예약은 취소했어요.")
	if got := w.mine("s"); got != "노을 트라토리아 (홍대) 19:00 confirmed" {
		t.Fatalf("bookings: %s", got)
	}

	must(t, w.say("e", "assistant", "book dam sushi bar tomorrow 7pm for 2"), "1) Dam Sushi Bar")
	must(t, w.say("e", "assistant", "1"), "holding it")
	must(t, w.confirm("e", "assistant", true), "is confirmed")
	must(t, w.say("e", "assistant", "actually make it 8:30"), "Dam Sushi Bar has no table at 8:30 PM. Free times there: 6:30 PM, 7 PM, 7:30 PM. Your booking (Tue, Dec 8 at 7 PM) stays as it is.")
	if got := w.mine("e"); got != "담 스시 19:00 confirmed" {
		t.Fatalf("bookings: %s", got)
	}
	r = w.say("e", "assistant", "actually make it 7:30")
	must(t, r, "Dam Sushi Bar has a table at 7:30 PM. When you confirm, I book 7:30 PM first and then cancel the 7 PM booking.")
	if c := w.out.lastConfirm("e"); c.Summary != "Confirm the booking at Dam Sushi Bar on Tue, Dec 8 at 7:30 PM for 2, then cancel the booking at Dam Sushi Bar on Tue, Dec 8 at 7 PM for 2 (fee ₩0)." {
		t.Fatalf("card %q", c.Summary)
	}
	must(t, w.confirm("e", "assistant", true), "Your table at Dam Sushi Bar is now Tue, Dec 8 at 7:30 PM for 2. The Tue, Dec 8, 7 PM booking is cancelled.")
	if got := w.mine("e"); got != "담 스시 19:30 confirmed" {
		t.Fatalf("bookings: %s", got)
	}
}

// Declining a change's card keeps the old booking, lets the new hold go,
// and begins nothing afterwards.
func TestDeclinedChangeGoesNowhere(t *testing.T) {
	w := newWorld(t)
	bookTwo(t, w, "v")
	must(t, w.say("v", "assistant", "하늘 한정식 예약 7시 반으로 변경해주세요"), "그다음 오후 7시 예약을 취소해요")
	must(t, w.confirm("v", "assistant", false), "진행하지 않을게요")
	r := w.say("v", "assistant", "내 예약 보여줘")
	if strings.Contains(r, "돌아갈게요") || strings.Contains(r, "어디로 할까요") {
		t.Fatalf("the rebooking came back after the change was declined: %q", r)
	}
	if got := w.mine("v"); !strings.Contains(got, "하늘 한정식 19:00 confirmed") || strings.Contains(got, "19:30 confirmed") {
		t.Fatalf("bookings: %s", got)
	}
}
