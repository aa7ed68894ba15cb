package embedded_test

import (
	"strings"
	"testing"
)

// confirmField is the value of the labelled field of the last
// confirmation card the user was shown.
func (w *world) confirmField(user, label string) string {
	w.t.Helper()
	c := w.out.lastConfirm(user)
	for _, f := range c.Fields {
		if strings.Contains(f.Label, label) {
			return f.Value
		}
	}
	return ""
}

// TestBookingUnderTheBookersName: booking_hold's schema takes the name a
// booking is made under (optional): a name said with the pick is used,
// and otherwise the name the user goes by — the confirmation card shows
// it, so the user sees under whose name the table is held and is never
// left with a nameless booking.
func TestBookingUnderTheBookersName(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("지수", "assistant", "내일 저녁 7시 강남 이탈리안 2명"), "어디로 할까요?")
	w.say("지수", "assistant", "첫 번째로 예약해줘")
	if got := w.confirmField("지수", "Name"); got != "지수" {
		t.Fatalf("booker on the card: %q, want the user's name 지수", got)
	}
	must(t, w.say("alex", "assistant", "table for two in Gangnam tomorrow at 7pm, italian"), "Which one?")
	w.say("alex", "assistant", "the first one under the name Kim Minji")
	if got := w.confirmField("alex", "Name"); got != "Kim Minji" {
		t.Fatalf("booker on the card: %q, want the name said, Kim Minji", got)
	}
}
