package embedded_test

import "testing"

// Two requests in one sentence: the first is done, then the second
// ("1번 담고 결제" added the item and stopped before checkout).
func TestTwoRequestsInOne(t *testing.T) {
	x := newWorld(t)
	must(t, x.say("x", "shopper", "무선 이어폰 보여줘"), "1)")
	r := x.say("x", "shopper", "1번 담고 결제")
	must(t, r, "장바구니에 담았어요: 다온 무선 이어폰 Max. 지금 1개")
	must(t, r, "배송")
}

// Two places picked at once for the cart ("add 1 and 2 to cart") put
// both in it; English "and then" runs the second request too.
func TestTwoPicksForCart(t *testing.T) {
	x := newWorld(t)
	must(t, x.say("x", "shopper", "wireless earbuds"), "1) Daon Wireless Earbuds Max ₩82,800", "2) Hanbit Wireless Earbuds Plus ₩58,800")
	must(t, x.say("x", "shopper", "add 1 and 2 to cart"), "Your cart has 2 items, ₩141,600 in total.")
	must(t, x.say("x", "shopper", "add number 3 and then check out"), "Your cart has 3 items", "Delivery, or pick up at a store?")
}
