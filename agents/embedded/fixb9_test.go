package embedded_test

import (
	"fmt"
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

// startCheckout: a speaker in the cart and the checkout begun.
func startCheckout(t *testing.T, w *world) {
	t.Helper()
	w.say("ko", "shopper", "블루투스 스피커 좀 보여줄래요? 10만원 이하로")
	must(t, w.say("ko", "shopper", "1번 담아줘"), "담았어요")
	must(t, w.say("ko", "shopper", "결제할게요"), "배송으로 받으실까요")
}

// TestCheckoutRequestIsNotTheAddress: "결제할게요" said while the address
// is asked is not the address.
func TestCheckoutRequestIsNotTheAddress(t *testing.T) {
	w := newWorld(t)
	startCheckout(t, w)
	must(t, w.say("ko", "shopper", "택배로 받을게요"), "주소")
	must(t, w.say("ko", "shopper", "결제할게요"), "주소")
}

// TestAddressAnswersDeliveryOrPickup: a street address said to "배송으로
// 받으실까요, 매장에서 픽업하실까요?" is delivery there, not a search.
func TestAddressAnswersDeliveryOrPickup(t *testing.T) {
	w := newWorld(t)
	startCheckout(t, w)
	got := w.say("ko", "shopper", "서울시 마포구 와우산로 94, 101동 202호")
	if !strings.Contains(got, "카드") {
		t.Fatalf("address to delivery-or-pickup → %q", got)
	}
	w.say("ko", "shopper", "비자카드로요")
	if len(w.out.confirms["ko"]) == 0 {
		t.Fatal("no checkout card")
	}
	if a := w.confirmField("ko", "배송지 Deliver to"); !strings.Contains(a, "와우산로 94") || !strings.Contains(a, "101동 202호") {
		t.Fatalf("deliver to %q, want the whole address", a)
	}
}

// TestCardAfterAddingMidCheckout: a product added while the card is
// asked, the checkout goes on — "비자카드로요" is its card, not a new
// checkout asking delivery or pickup again.
func TestCardAfterAddingMidCheckout(t *testing.T) {
	w := newWorld(t)
	startCheckout(t, w)
	w.say("ko", "shopper", "배송")
	must(t, w.say("ko", "shopper", "서울시 마포구 와우산로 94"), "카드")
	w.say("ko", "shopper", "2번도 담아줘")
	got := w.say("ko", "shopper", "비자카드로요")
	if len(w.out.confirms["ko"]) == 0 {
		t.Fatalf("\"비자카드로요\" → %q, no checkout card", got)
	}
	if c := w.out.lastConfirm("ko"); c.Action != "shop_checkout" || !strings.Contains(c.Summary, "비자카드") || !strings.Contains(w.confirmField("ko", "Items"), "Mini") {
		t.Fatalf("checkout %+v, want Visa and both speakers", c)
	}
}

// TestPickByRatingOrPriceAdds: "제일 평점 높은거 1개 담아주세여", "add the
// most expensive one" put that product of the list shown in the cart
// (a trial's answer was 'say "1번 담아줘"').
func TestPickByRatingOrPriceAdds(t *testing.T) {
	for _, c := range []struct{ lang, search, add string }{
		{"ko", "블루투스 스피커 좀 보여줄래요? 10만원 이하로", "제일 평점 높은거 1개 담아주세여"},
		{"en", "show me bluetooth speakers under 100000 won", "add the best rated one"},
		{"ko", "블루투스 스피커 좀 보여줄래요? 10만원 이하로", "제일 비싼 거 담아줘"},
		{"en", "show me bluetooth speakers under 100000 won", "add the most expensive one to my cart"},
		{"ko", "블루투스 스피커 좀 보여줄래요? 10만원 이하로", "가장 저렴한 걸로 담아주세요"},
	} {
		w := newWorld(t)
		w.say(c.lang, "shopper", c.search)
		list := w.out.lastCard(c.lang)
		if len(list.Items) < 3 {
			t.Fatalf("list %+v", list)
		}
		got := w.say(c.lang, "shopper", c.add)
		// The product meant, from what the user read on the card.
		want := list.Items[0]
		for _, it := range list.Items[1:] {
			switch {
			case strings.Contains(c.add, "평점") || strings.Contains(c.add, "rated"):
				if rating(it.Reason) > rating(want.Reason) {
					want = it
				}
			case strings.Contains(c.add, "비싼") || strings.Contains(c.add, "expensive"):
				if wonOf(t, it.Price) > wonOf(t, want.Price) {
					want = it
				}
			default:
				if wonOf(t, it.Price) < wonOf(t, want.Price) {
					want = it
				}
			}
		}
		if n, total := w.shop.CartTotal(c.lang); n != 1 || int(total) != wonOf(t, want.Price) {
			t.Errorf("%s %q → %q: cart %d items %d, want %s (%s)", c.lang, c.add, got, n, total, want.Title, want.Price)
		}
	}
}

// rating is the "평점 4.9" / "rated 4.9" of a card's reason.
func rating(reason string) float64 {
	for _, k := range []string{"평점 ", "rated "} {
		if _, rest, ok := strings.Cut(reason, k); ok {
			var f float64
			fmt.Sscanf(rest, "%g", &f)
			return f
		}
	}
	return 0
}

// TestDeliveryAnswerAfterSideQuestion: "배송이요" to the checkout's
// question asked again after a side question is delivery (a trial's
// answer was "주문 내역이 없어요"); "아 그거 취소해주세요" then cancels the
// checkout under way and leaves the cart as it was.
func TestDeliveryAnswerAfterSideQuestion(t *testing.T) {
	w := newWorld(t)
	startCheckout(t, w)
	must(t, w.say("ko", "shopper", "내 주문 어디쯤 왔어?"), "배송으로 받으실까요")
	got := w.say("ko", "shopper", "배송이요")
	if n, _ := w.shop.CartTotal("ko"); n != 1 {
		t.Fatalf("the cart has %d items after %q", n, got)
	}
	if !strings.Contains(got, "주소") && !strings.Contains(got, "배송으로 받으실까요") {
		t.Fatalf("\"배송이요\" → %q, want the checkout's next question", got)
	}
	got = w.say("ko", "shopper", "아 그거 취소해주세요")
	if n, _ := w.shop.CartTotal("ko"); n != 1 {
		t.Fatalf("\"아 그거 취소해주세요\" → %q: the cart has %d items, want the speaker still in it", got, n)
	}
}

// TestCancelThatDuringCheckout: "cancel that" while the checkout asks
// something cancels the checkout, not a line of the cart.
func TestCancelThatDuringCheckout(t *testing.T) {
	for _, c := range []struct{ lang, search, add, checkout, cancel string }{
		{"ko", "블루투스 스피커 보여줘", "1번 담아줘", "결제해줘", "아 그거 취소해주세요"},
		{"en", "show me bluetooth speakers", "add number 1", "check out please", "cancel that"},
	} {
		w := newWorld(t)
		w.say(c.lang, "shopper", c.search)
		w.say(c.lang, "shopper", c.add)
		w.say(c.lang, "shopper", c.checkout)
		got := w.say(c.lang, "shopper", c.cancel)
		if n, _ := w.shop.CartTotal(c.lang); n != 1 {
			t.Errorf("%s %q → %q: the cart has %d items, want 1", c.lang, c.cancel, got, n)
		}
	}
}

// TestCancelOrderWithNoOrderDuringCheckout: "주문 취소할래요" while the
// checkout asks, with nothing ever ordered, stops the checkout and keeps
// the cart; "아 그거 취소해주세요" after it takes nothing out unasked.
func TestCancelOrderWithNoOrderDuringCheckout(t *testing.T) {
	w := newWorld(t)
	startCheckout(t, w)
	must(t, w.say("ko", "shopper", "주문 취소할래요"), "결제를 그만둘게요")
	got := w.say("ko", "shopper", "아 그거 취소해주세요")
	if n, _ := w.shop.CartTotal("ko"); n != 1 {
		t.Fatalf("\"아 그거 취소해주세요\" → %q: the cart has %d items, want the speaker still in it", got, n)
	}
}

// TestForYouKeepsTheBudget: recommendations after a search with a budget
// ("budget around 100k") stay within it (a trial's were ₩270,600 and
// ₩321,200).
func TestForYouKeepsTheBudget(t *testing.T) {
	for _, c := range []struct{ lang, search, forYou string }{
		{"en", "ok show me some headphones, budget around 100k", "do you have any recommendations for me based on what I bought?"},
		{"ko", "10만원 이하 헤드폰 보여줘", "나한테 맞는 상품 추천해줘"},
	} {
		w := newWorld(t)
		w.say(c.lang, "shopper", c.search)
		w.say(c.lang, "shopper", c.forYou)
		card := w.out.lastCard(c.lang)
		if card.Kind != protocol.CardProducts || len(card.Items) == 0 {
			t.Fatalf("%s: for you → %+v", c.lang, card)
		}
		for _, it := range card.Items {
			if wonOf(t, it.Price) > 100000 {
				t.Errorf("%s: %s at %s is over the budget of 100,000", c.lang, it.Title, it.Price)
			}
		}
	}
}

// TestPlaceBeyondTheListSaysSo: "두 번째 거 담아줘" when one product was
// shown says there is only that one, by name.
func TestPlaceBeyondTheListSaysSo(t *testing.T) {
	for _, c := range []struct{ lang, search, add string }{
		{"ko", "선물용 텀블러 3만원대 있나요", "두 번째 거 담아줘"},
		{"en", "tumblers between 30000 and 39999 won", "add the second one"},
	} {
		w := newWorld(t)
		w.say(c.lang, "shopper", c.search)
		list := w.out.lastCard(c.lang)
		if len(list.Items) != 1 {
			t.Skipf("%s: the search shows %d items, not one", c.lang, len(list.Items))
		}
		got := w.say(c.lang, "shopper", c.add)
		if !strings.Contains(got, list.Items[0].Title) {
			t.Errorf("%s %q with one item shown → %q, want it named", c.lang, c.add, got)
		}
		if n, _ := w.shop.CartTotal(c.lang); n != 0 {
			t.Errorf("%s: %q put %d items in the cart", c.lang, c.add, n)
		}
	}
}
