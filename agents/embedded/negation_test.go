package embedded_test

import (
	"testing"
)

// TestNegatedImperative: a sentence that forbids an action ("결제하지 마",
// "no wait, don't") never runs it — not as the action its verb names, nor
// as the detail the task in progress asked for (a checkout's address was
// filled with "no wait, don't") — and ends what was under way.
func TestNegatedImperative(t *testing.T) {
	w := newWorld(t)
	for _, tc := range []struct {
		user, lang string
		prior      []string
		text, want string
	}{
		// asked for the address, the answer forbids paying
		{"ko1", "ko", []string{"텀블러 보여줘", "2번 담아줘", "마스터카드로 택배 결제할게"}, "아니 아직 결제하지 마세요", "취소"},
		{"en1", "en", []string{"tumbler", "add number 2", "check out with delivery, pay with mastercard"}, "no wait, don't", "cancelled"},
		// nothing asked yet: the verb's action is not run either
		{"ko2", "ko", []string{"텀블러 보여줘", "2번 담아줘"}, "주문하지 마", ""},
		{"en2", "en", []string{"tumbler", "add number 2"}, "please don't check out yet", ""},
	} {
		for _, p := range tc.prior {
			w.say(tc.user, "shopper", p)
		}
		got := w.say(tc.user, "shopper", tc.text)
		if u := w.rec.lastUnderstood(tc.user); u.Intent != "cancel" {
			t.Errorf("%s %q understood as %s %v", tc.user, tc.text, u.Intent, u.Slots)
		}
		if w.rec.called(tc.user, "shop_checkout") {
			t.Errorf("%s %q: the checkout was called", tc.user, tc.text)
		}
		if tc.want != "" {
			must(t, got, tc.want)
		}
		// what was under way has ended: a bare "visa" starts no payment
		w.say(tc.user, "shopper", "visa")
		if w.rec.called(tc.user, "shop_checkout") {
			t.Errorf("%s: the checkout ran after it was forbidden", tc.user)
		}
	}
}

// TestNotNegations: sentences with "don't" or "-지 마" that ask for
// something are read as what they ask.
func TestNotNegations(t *testing.T) {
	w := newWorld(t)
	w.say("n1", "shopper", "kettle")
	w.say("n1", "shopper", "add the first one")
	w.say("n1", "shopper", "I don't want the kettle anymore, delete it from the cart")
	if u := w.rec.lastUnderstood("n1"); u.Intent != "shop_cart_remove" {
		t.Errorf("understood as %s %v", u.Intent, u.Slots)
	}
}
