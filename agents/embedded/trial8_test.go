package embedded_test

import (
	"strings"
	"testing"
)

// What a new user read in the eighth trial, fixed.

// TestRemoveRemoves: asking to take something out of the cart — by its
// number in the list shown (the cart or a search), by name, with a
// quantity — removes it; it never adds (an order was paid that way).
func TestRemoveRemoves(t *testing.T) {
	for _, tc := range []struct {
		name                  string
		before                []string
		remove, said, notSaid string
		less                  int64 // what the cart's total drops by
	}{
		{"en number of a similar list", []string{"bluetooth speaker under 40000", "anything similar to the first", "add the 1st and 3rd"},
			"take out the 3rd one", "Removed", "Added", 19000},
		{"ko number of the cart", []string{"블루투스스피커 사만원이하", "바람 블루투스 스피커 에어 담아줘", "별빛 블루투스 스피커 프로도 담아", "장바구니 보여줘"},
			"장바구니에서 1번 빼줘", "뺐어요", "담았어요", 25000},
		{"en name with a count", []string{"backpacks under 60000", "add 2", "add 2"},
			"remove one daon backpack", "Removed", "Added", 34100},
		{"en cart shown, number", []string{"backpacks under 60000", "add 1", "add 2", "show my cart"},
			"take out the 2nd one", "Removed", "Added", 34100},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t)
			for _, s := range tc.before {
				w.say("u", "shopper", s)
			}
			_, before := w.shop.CartTotal("u")
			got := w.say("u", "shopper", tc.remove)
			if strings.Contains(got, tc.notSaid) || !strings.Contains(got, tc.said) {
				t.Fatalf("%q → %q", tc.remove, got)
			}
			if _, after := w.shop.CartTotal("u"); before-after != tc.less {
				t.Fatalf("%q: cart total %d → %d, want %d less", tc.remove, before, after, tc.less)
			}
		})
	}
}
