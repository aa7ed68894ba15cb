package embedded_test

import "testing"

// A request another avatar's skill serves ("put a scarf in my shopping
// cart" to the assistant, "why do volcanoes erupt?" to the shopper, "비워
// 줘 장바구니" to the tutor) was forced into the nearest intent of the
// avatar asked — a calendar event, a product's details, the student's
// progress. It is out of scope: the avatar says what it does instead.
func TestForeignRequestIsOutOfScope(t *testing.T) {
	w := newWorld(t)
	for _, tc := range []struct{ avatar, text string }{
		{"assistant", "put a wool scarf in my shopping cart please"},
		{"tutor", "장바구니에 담긴 물건 전부 비워 줘"},
		{"tutor", "book a table for dinner at an italian place"},
		{"shopper", "화산은 왜 폭발하는지 알려 줘"},
	} {
		u := "x-" + tc.text
		got := w.say(u, tc.avatar, tc.text)
		if x := w.rec.lastUnderstood(u); x.Intent != "out_of_scope" && x.Intent != "" && x.Intent != "help" {
			t.Errorf("%s heard %q: understood %s %v (%q), want out of scope", tc.avatar, tc.text, x.Intent, x.Slots, got)
		}
	}
}
