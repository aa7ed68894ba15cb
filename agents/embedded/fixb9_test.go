package embedded_test

import (
	"strings"
	"testing"

	"github.com/madang-world/madang/protocol"
)

// A new user's trial of the store (round 9): checkout was fragile in
// Korean.

// TestCheckoutEmptyCartSaysSo: "결제할게요" with nothing in the cart says
// the cart is empty at once — no delivery question, no address, no card.
func TestCheckoutEmptyCartSaysSo(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"ko", "결제할게요", "장바구니가 비어"},
		{"ko", "결제해줘", "장바구니가 비어"},
		{"en", "check out please", "cart is empty"},
	} {
		w := newWorld(t)
		got := w.say(c.lang, "shopper", c.text)
		if !strings.Contains(got, c.want) {
			t.Errorf("%s %q with an empty cart → %q, want %q", c.lang, c.text, got, c.want)
		}
		if card := w.out.lastCard(c.lang); card.Kind == protocol.CardReplies || card.Kind == protocol.CardForm {
			t.Errorf("%s %q with an empty cart shows %+v", c.lang, c.text, card)
		}
	}
}

// TestCheckoutAddressTypedWhole: the address typed in two messages
// ("서울시 마포구 와우산로 94", then "101동 202호") is delivered whole;
// the card chosen in words ("비자카드로요") is the card.
func TestCheckoutAddressTypedWhole(t *testing.T) {
	w := newWorld(t)
	w.say("ko", "shopper", "블루투스 스피커 좀 보여줄래요? 10만원 이하로")
	w.say("ko", "shopper", "1번 담아줘")
	w.say("ko", "shopper", "결제할게요")
	must(t, w.say("ko", "shopper", "배송"), "주소")
	must(t, w.say("ko", "shopper", "서울시 마포구 와우산로 94"), "카드")
	got := w.say("ko", "shopper", "101동 202호")
	if strings.Contains(got, "찾지 못했어요") {
		t.Fatalf("the address's second part → %q", got)
	}
	if len(w.out.confirms["ko"]) == 0 {
		got = w.say("ko", "shopper", "비자카드로요")
	}
	if len(w.out.confirms["ko"]) == 0 {
		t.Fatalf("no checkout card: %q", got)
	}
	if a := w.confirmField("ko", "배송지 Deliver to"); a != "서울시 마포구 와우산로 94 101동 202호" {
		t.Fatalf("deliver to %q, want the whole address", a)
	}
	if c := w.out.lastConfirm("ko"); !strings.Contains(c.Summary, "비자카드") {
		t.Fatalf("checkout %+v, want the Visa card", c)
	}
}

// TestCheckoutAddressWithCommaWhileAsked: "서울시 마포구 와우산로 94, 101동
// 202호" typed while the address is asked is the address, not a search.
func TestCheckoutAddressWithCommaWhileAsked(t *testing.T) {
	w := newWorld(t)
	w.say("ko", "shopper", "블루투스 스피커 좀 보여줄래요? 10만원 이하로")
	w.say("ko", "shopper", "1번 담아줘")
	w.say("ko", "shopper", "결제할게요")
	must(t, w.say("ko", "shopper", "배송이요"), "주소")
	got := w.say("ko", "shopper", "서울시 마포구 와우산로 94, 101동 202호")
	if !strings.Contains(got, "카드") {
		t.Fatalf("address → %q", got)
	}
	w.say("ko", "shopper", "비자카드로요")
	if len(w.out.confirms["ko"]) == 0 {
		t.Fatalf("no checkout card")
	}
	if a := w.confirmField("ko", "배송지 Deliver to"); !strings.Contains(a, "와우산로 94") || !strings.Contains(a, "101동 202호") {
		t.Fatalf("deliver to %q, want the whole address", a)
	}
}
