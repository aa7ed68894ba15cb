package embedded_test

import "testing"

// TestAskAboutPickKorean: a question about an item of the list by its
// number ("2번 무게가 몇 그램이야", "첫 번째 거 향이 어떤지 궁금") reads
// that item; it does not put it in the cart. A number with something to
// do ("2번 두 개 담아줘") still does it.
func TestAskAboutPickKorean(t *testing.T) {
	w := newWorld(t)
	for i, tc := range []struct{ text, want string }{
		{"2번 무게가 몇 그램이야", "shop_product"},
		{"첫 번째 거 향이 어떤지 궁금", "shop_product"},
		{"3번 배터리 얼마나 가는지 알려줘", "shop_product"},
		{"2번 두 개 담아줘", "shop_cart_add"},
	} {
		user := string(rune('a' + i))
		w.say(user, "shopper", "가습기 보여줘")
		w.say(user, "shopper", tc.text)
		if u := w.rec.lastUnderstood(user); u.Intent != tc.want {
			t.Errorf("%q understood as %s %v, want %s", tc.text, u.Intent, u.Slots, tc.want)
		}
		if tc.want == "shop_product" && w.rec.called(user, "shop_cart_add") {
			t.Errorf("%q put the item in the cart", tc.text)
		}
	}
}
