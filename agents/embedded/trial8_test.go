package embedded_test

import (
	"strings"
	"testing"

	"github.com/madang-world/madang/protocol"
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

// TestShowAPickOpensIt: "show me the second one" / "2번 자세히 보여줘" after
// a list opens that item; it is never put in the cart.
func TestShowAPickOpensIt(t *testing.T) {
	for _, tc := range []struct{ search, show, added string }{
		{"backpack under 60000", "show me the second one", "Added"},
		{"백팩 6만원 이하", "2번 보여줘", "담았어요"},
		{"백팩 6만원 이하", "두번째꺼 자세히", "담았어요"},
	} {
		w := newWorld(t)
		list := w.say("u", "shopper", tc.search)
		card := w.out.lastCard("u")
		if len(card.Items) < 2 {
			t.Fatalf("%q: list %q", tc.search, list)
		}
		got := w.say("u", "shopper", tc.show)
		if strings.Contains(got, tc.added) {
			t.Fatalf("%q put it in the cart: %q", tc.show, got)
		}
		must(t, got, card.Items[1].Title)
	}
}

// TestCartLineShowsItsTotal: a cart line with two of a thing shows what
// the line costs, with the unit price beside the count ("× 2" next to the
// unit price read as the line's — a new user's trial).
func TestCartLineShowsItsTotal(t *testing.T) {
	for _, c := range []struct{ lang, search, add, show, sub, price string }{
		{"en", "backpacks under 60000", "add 2", "show my cart", "₩34,100 × 2", "₩68,200"},
		{"ko", "백팩 6만원 이하", "2번 담아줘", "장바구니 보여줘", "34,100원 × 2", "68,200원"},
	} {
		w := newWorld(t)
		w.say("u", "shopper", c.search)
		w.say("u", "shopper", c.add)
		w.say("u", "shopper", c.add)
		w.say("u", "shopper", c.show)
		card := w.out.lastCard("u")
		if card.Kind != protocol.CardCart || len(card.Items) != 1 || card.Items[0].Subtitle != c.sub || card.Items[0].Price != c.price {
			t.Errorf("%s: cart card %+v, want one line %q at %q", c.lang, card, c.sub, c.price)
		}
	}
}
