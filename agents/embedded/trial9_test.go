package embedded_test

import (
	"strings"
	"testing"
)

// TestNoThanksDeclines: "no thanks" to a list of restaurants read
// "You're welcome!": a decline is no thanks — it is acknowledged, and
// the offer ends; Korean too.
func TestNoThanksDeclines(t *testing.T) {
	for _, c := range []struct{ user, ask, no, bad string }{
		{"e", "dinner for 2 tomorrow 7pm in gangnam", "no thanks", "welcome"},
		{"k", "내일 저녁 7시 강남 2명 식당 예약해줘", "아니 괜찮아요", "천만에요"},
		{"e2", "hi", "no thanks", "welcome"},
	} {
		w := newWorld(t)
		w.say(c.user, "assistant", c.ask)
		r := w.say(c.user, "assistant", c.no)
		if strings.Contains(r, c.bad) || r == "" {
			t.Errorf("%s after %q: %q", c.no, c.ask, r)
		}
	}
	w := newWorld(t)
	if r := w.say("t", "assistant", "thanks!"); !strings.Contains(r, "welcome") {
		t.Errorf("thanks: %q", r)
	}
}
