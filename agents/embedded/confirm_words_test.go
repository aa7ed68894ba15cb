package embedded_test

import (
	"strings"
	"testing"
)

// A hold is confirmed by words too: "아까 잡아 둔 예약 확정해 줘" while a
// hold waits asks again for its confirmation, and only the button books
// it; a card turned down gave its hold back (booking_release), and with
// nothing on hold the user is told so, not shown "my bookings".
func TestConfirmHoldByWords(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("u", "assistant", "오늘 저녁 6시에 강남에서 4명 이탈리안 예약해줘"), "어디로 할까요")
	must(t, w.say("u", "assistant", "1번"), "잡아 두었어요")
	if r := w.confirm("u", "assistant", false); strings.Contains(r, "확정됐어요") {
		t.Fatalf("declined, yet booked: %q", r)
	}
	// The declined card gave the table back (a new user's trial: a
	// declined hold stayed in "my bookings"); a new hold is confirmed by
	// words.
	must(t, w.say("u", "assistant", "아까 잡아 둔 예약 확정해 줘"), "잡아 둔 예약이 없어요")
	must(t, w.say("u", "assistant", "오늘 저녁 6시에 강남에서 4명 이탈리안 예약해줘"), "어디로 할까요")
	must(t, w.say("u", "assistant", "1번"), "잡아 두었어요")
	must(t, w.say("u", "assistant", "아까 잡아 둔 예약 확정해 줘"), "확인 카드")
	if cf := w.out.lastConfirm("u"); cf.Action != "booking_confirm" {
		t.Fatalf("confirm request %+v, want booking_confirm", cf)
	}
	must(t, w.confirm("u", "assistant", true), "예약이 확정됐어요", "오후 6시", "4명")

	v := newWorld(t)
	r := v.say("v", "assistant", "please confirm the hold I made earlier")
	must(t, r, "no bookings on hold")
	if u := v.rec.lastUnderstood("v"); u.Intent != "booking_confirm" {
		t.Errorf("understood %+v, want booking_confirm", u)
	}
}
