package embedded_test

import (
	"strings"
	"testing"

	"github.com/madang-world/madang/protocol"
)

// cardPrices are the prices of the products card last shown to user.
func (w *world) cardPrices(user string) []int64 {
	w.t.Helper()
	c := w.out.lastCard(user)
	if c.Kind != protocol.CardProducts {
		w.t.Fatalf("card %+v, want products", c)
	}
	var out []int64
	for _, it := range c.Items {
		var n int64
		for _, r := range it.Price {
			if r >= '0' && r <= '9' {
				n = n*10 + int64(r-'0')
			}
		}
		out = append(out, n)
	}
	return out
}

func ascending(ps []int64) bool {
	for i := 1; i < len(ps); i++ {
		if ps[i] < ps[i-1] {
			return false
		}
	}
	return len(ps) > 1
}

// TestShopCheapFirst: a wish for cheap goods lists the cheapest first (a
// trial's "cheap keyboard" went 25,100원, 159,000원, 94,100원…), asking
// for the list by price sorts it (it showed one product), "더 싼거는?"
// after "nothing under your budget; the cheapest is …" says that is the
// cheapest (it said the same sentence again), and "그거" then is that
// product (it asked which one).
func TestShopCheapFirst(t *testing.T) {
	w := newWorld(t)
	for _, text := range []string{"hi, i need a cheap keyboard for my office", "싼 키보드 추천해줘", "저렴한 이어폰 보여줘", "가성비 좋은 텀블러 있어?", "affordable headphones pls"} {
		w.say("c-"+text, "shopper", text)
		if ps := w.cardPrices("c-" + text); !ascending(ps) {
			t.Errorf("%q: prices %v, want the cheapest first", text, ps)
		}
	}
	w.say("k", "shopper", "what's the cheapest keyboard you have")
	for _, it := range w.out.lastCard("k").Items {
		if !strings.Contains(it.Title, "Keyboard") {
			t.Errorf("what's the cheapest keyboard: %q listed", it.Title)
		}
	}
	// the cheapest is shown alone (trial13: a list of one, so "add it"
	// adds that one), and it is the store's cheapest keyboard
	if ps := w.cardPrices("k"); len(ps) != 1 || ps[0] != 25100 {
		t.Errorf("what's the cheapest keyboard: prices %v, want [25100] (Daon Wireless Keyboard Air)", ps)
	}
	for _, tc := range []struct{ search, sort string }{{"키보드 보여줘", "가장 싼 거 순서로 보여줘"}, {"show me headphones", "sort them from cheapest to most expensive"}, {"이어폰 추천해줘", "가격 낮은 순으로 정렬해줘"}} {
		w.say("s-"+tc.search, "shopper", tc.search)
		n := len(w.out.lastCard("s-" + tc.search).Items)
		w.say("s-"+tc.search, "shopper", tc.sort)
		if ps := w.cardPrices("s-" + tc.search); !ascending(ps) || len(ps) != n {
			t.Errorf("%q: prices %v, want the %d shown by price", tc.sort, ps, n)
		}
	}
	// Nothing in the band: the closest under and over it (fix19b). "더
	// 싼거는?" is cheaper than the cheapest shown (29,200원), the band
	// left behind — not "nothing cheaper than 44,300원" — and "그거" is
	// the one it names.
	must(t, w.say("b", "shopper", "3만원대 블루투스 스피커 있어?"), "별빛 블루투스 스피커 Pro", "29,200원", "한빛 블루투스 스피커 Lite", "44,300원")
	first := w.out.last("b")
	if got := w.say("b", "shopper", "더 싼거는?"); got == first || !strings.Contains(got, "바람 블루투스 스피커 Air") || !strings.Contains(got, "25,000원") || strings.Contains(got, "싼 상품은 없어요") {
		t.Errorf("더 싼거는? → %q", got)
	}
	must(t, w.say("b", "shopper", "그거 장바구니에 넣어줘"), "담았어요", "25,000원")
	must(t, w.say("b", "shopper", "장바구니 보여줘"), "바람 블루투스 스피커 Air")
}

// TestShopMiceAreMice: "mice" are mice, not rice cakes one letter away.
func TestShopMiceAreMice(t *testing.T) {
	w := newWorld(t)
	for _, text := range []string{"wireless mice", "any mice under 30000 won?", "do you sell computer mice"} {
		w.say("u-"+text, "shopper", text)
		c := w.out.lastCard("u-" + text)
		if len(c.Items) == 0 {
			t.Errorf("%q: no products (%q)", text, w.out.last("u-"+text))
		}
		for _, it := range c.Items {
			if !strings.Contains(it.Title, "Mouse") {
				t.Errorf("%q: %q listed", text, it.Title)
			}
		}
	}
}
