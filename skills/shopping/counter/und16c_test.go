package counter_test

import "testing"

// TestUnd16cCancelTheOrderBeingPlaced (issue 18, post15's weakest intent
// shop_cancel_order): cancelling "the order" while the checkout asks
// something, nothing ever ordered, stops the checkout and keeps the cart,
// in both languages and however the undoing is said.
func TestUnd16cCancelTheOrderBeingPlaced(t *testing.T) {
	for _, c := range []struct{ checkout, x, want string }{
		{"결제해줘", "방금 그 주문은 없던 걸로 할게요", "결제를 그만둘게요"},
		{"결제해줘", "주문 취소하고 환불해 주세요", "결제를 그만둘게요"},
		{"check out please", "hold on, cancel the order", "stopped the checkout"},
		{"check out please", "scrap that order", "stopped the checkout"},
	} {
		ch := newChat(t)
		ch.say("k", "무선 이어폰 5만원 이하")
		ch.say("k", "1번 담아줘")
		ch.say("k", c.checkout)
		r, _ := ch.say("k", c.x)
		wants(t, r, c.want)
		ch.cartHas("k", "소리랩 무선 이어폰 Air")
	}
}

// TestUnd16cOrderStateIsNotACancel: asking how the order just placed
// stands ("방금 결제한 주문 상태 어때") while the checkout still asks
// which card is a look at the orders — it stopped the checkout as if
// cancelled.
func TestUnd16cOrderStateIsNotACancel(t *testing.T) {
	for _, c := range []struct{ checkout, x string }{
		{"결제해줘", "방금 결제한 주문 상태 어때"},
		{"check out please", "what's the status of the order I just paid for?"},
	} {
		ch := newChat(t)
		ch.say("k", "무선 이어폰 5만원 이하")
		ch.say("k", "1번 담아줘")
		ch.say("k", c.checkout)
		r, _ := ch.say("k", c.x)
		lacks(t, r, "결제를 그만둘게요", "stopped the checkout")
	}
}
