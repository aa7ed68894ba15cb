package counter_test

import "testing"

// TestUnd15cWaysToPayAsked (issue 18, post14's weakest intents): asking
// which ways to pay there are ("결제 옵션 뭐 있어요?", "can I use Amex or is
// it only Visa?") answers with the ways to pay — it began the checkout,
// or took Visa as the card to pay with; "결제해줘" still checks out.
func TestUnd15cWaysToPayAsked(t *testing.T) {
	for _, c := range []struct{ x, want string }{{"결제 옵션 뭐 있어요?", "카드"}, {"pay 방법 좀 알려줘", "카드"},
		{"can I use Amex or is it only Visa?", "cards"}, {"what payment options do you take?", "cards"}} {
		x, want := c.x, c.want
		ch := newChat(t)
		ch.say("k", "무선 이어폰 5만원 이하")
		ch.say("k", "1번 담아줘")
		r, _ := ch.say("k", x)
		lacks(t, r, "배송으로 받으실까요", "Delivery or pickup", "delivery or pick")
		wants(t, r, want)
	}
}

// TestUnd15cPayNowStillChecksOut: paying said outright is the checkout.
func TestUnd15cPayNowStillChecksOut(t *testing.T) {
	ch := newChat(t)
	ch.say("k", "무선 이어폰 5만원 이하")
	ch.say("k", "1번 담아줘")
	r, _ := ch.say("k", "카드로 결제할게요")
	lacks(t, r, "체험용 카드 2개로 결제할 수 있어요")
}

// TestUnd15cOrderedTwiceCancelOne: an order placed by mistake, one of
// it to cancel, is the order's cancellation — not the cart's line taken
// out (the words "하나", "one" sounded like the cart).
func TestUnd15cOrderedTwiceCancelOne(t *testing.T) {
	for _, c := range []struct{ x, want string }{{"똑같은 걸 실수로 두 번 주문했네요 하나는 취소해 주세요", "취소할 주문이 없어요"},
		{"I ordered the same thing twice by accident, cancel one of them", "no orders to cancel"}} {
		x := c.x
		ch := newChat(t)
		ch.say("k", "무선 이어폰 5만원 이하")
		_, list := ch.say("k", "1번 담아줘")
		r, _ := ch.say("k", x)
		lacks(t, r, "뺐어요", "Removed", "removed")
		wants(t, r, c.want) // (nothing was ordered in this test)
		if len(list.Items) == 0 {
			t.Fatal("no list")
		}
		ch.cartHas("k", "소리랩 무선 이어폰 Air")
	}
}
