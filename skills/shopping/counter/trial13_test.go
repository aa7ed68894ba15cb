package counter_test

import (
	"strings"
	"testing"

	"github.com/madang-world/madang/protocol"
)

// turn says text and returns every reply of the turn, joined, and the
// turn's last card (a reply said before a search's list is the turn's too).
func (c *chat) turn(user, text string) (string, protocol.Card) {
	c.t.Helper()
	c.out.mu.Lock()
	before, cards := len(c.out.speech[user]), len(c.out.cards[user])
	c.out.mu.Unlock()
	_, card := c.say(user, text)
	c.out.mu.Lock()
	defer c.out.mu.Unlock()
	if len(c.out.cards[user]) == cards {
		card = protocol.Card{}
	}
	return strings.Join(c.out.speech[user][before:], " / "), card
}

// A new user's trial (trial13): after a list, "the cheapest one",
// "cheapest keyboard" and "그거보다 더 싼거" put a product in the cart
// unasked — and the cheapest mouse (₩12,500) was never shown, the list
// being five of more. A price wish shows the cheapest of the kind, names
// it, and adds nothing; "그거 담아줘" then adds the one named.
func TestTrial13CheapestShowsNotAdds(t *testing.T) {
	ch := newChat(t)
	ch.say("e", "wireless mouse please")
	r, card := ch.turn("e", "the cheapest one")
	wants(t, r, "The cheapest is SoriLab Wireless Mouse Air at ₩12,500", "Nothing was added")
	lacks(t, r, "Added", "Your cart has")
	if len(card.Items) == 0 || card.Items[0].Title != "SoriLab Wireless Mouse Air" {
		t.Fatalf("card %+v: want SoriLab Wireless Mouse Air first", card.Items)
	}
	r, _ = ch.turn("e", "그거 담아줘")
	wants(t, r, "지금 1개, 합계 12,500원")
	ch.cartHas("e", "소리랩 무선 마우스 Air × 1")

	ch = newChat(t)
	ch.say("k", "제일 싼 키보드")
	r, _ = ch.turn("k", "cheapest keyboard")
	wants(t, r, "Daon Wireless Keyboard Air at ₩25,100")
	ch.say("k", "3만원 이하 마우스 있어?")
	r, _ = ch.turn("k", "그거보다 더 싼거")
	wants(t, r, "소리랩 무선 마우스 Air(12,500원)보다 싼 상품은 없어요")
	lacks(t, r, "장바구니에 담았어요")
	ch.cartHas("k")

	// the cheaper of two compared is named, not bought
	ch = newChat(t)
	ch.say("k", "텀블러")
	ch.say("k", "1번이랑 2번 비교해줘")
	r, _ = ch.turn("k", "둘 중에 더 싼 거")
	wants(t, r, "더 싼 쪽은 1번 바람 텀블러 Pro, 10,700원이에요", "장바구니에는 담지 않았어요")
	ch.cartHas("k")
}

// A new user's trial (trial13): "keyboards under 50000 won", then
// "cheapest mice?" showed a keyboard, and "마우스들 중에 젤 싼거" the
// keyboard again. A new kind of goods named in a follow-up (an irregular
// plural, a Korean 들 plural) is searched for afresh.
func TestTrial13NewKindReplacesTheOld(t *testing.T) {
	ch := newChat(t)
	ch.say("e", "keyboards under 50000 won")
	r, card := ch.turn("e", "cheapest mice?")
	wants(t, r, "The cheapest is SoriLab Wireless Mouse Air at ₩12,500")
	for _, it := range card.Items {
		if !strings.Contains(it.Title, "Mouse") {
			t.Fatalf("card %+v: %s is no mouse", card.Items, it.Title)
		}
	}
	ch = newChat(t)
	ch.say("k", "키보드 5만원 이하")
	r, _ = ch.turn("k", "마우스들 중에 젤 싼거")
	wants(t, r, "가장 싼 건 소리랩 무선 마우스 Air, 12,500원이에요")

	for _, ask := range []string{"any mice under 30000?", "마우스들은? 3만원 이하로"} {
		ch = newChat(t)
		ch.say("u", "keyboards under 50000 won")
		_, card = ch.turn("u", ask)
		if len(card.Items) == 0 {
			t.Fatalf("%q: no card", ask)
		}
		for _, it := range card.Items {
			if !strings.Contains(it.Title, "Mouse") && !strings.Contains(it.Title, "마우스") || priceOf(it.Price) > 30000 {
				t.Fatalf("%q: card %+v: %s %s is no mouse under ₩30,000", ask, card.Items, it.Title, it.Price)
			}
		}
	}
}

// A new user's trial (trial13): "also add a couple of usb cables" with
// chargers shown answered "Which product? Say "add number 1"." with no
// search: the cables are looked for (the store sells none, and says so),
// and nothing is added; "볼펜 두 개도 담아줘" lists the pens.
func TestTrial13AlsoAddCountedGoodsSearches(t *testing.T) {
	ch := newChat(t)
	ch.say("e", "usb-c charger under 30000")
	ch.say("e", "add number 1")
	r, card := ch.turn("e", "also add a couple of usb cables")
	lacks(t, r, "Which product?")
	wants(t, r, "We don't sell cables here")
	ch.cartHas("e", "별빛 고속 충전기 Plus × 1")
	r, card = ch.turn("e", "볼펜 두 개도 담아줘")
	lacks(t, r, "어떤 상품을 담을까요")
	if len(card.Items) == 0 || !strings.Contains(card.Items[0].Title, "볼펜") {
		t.Fatalf("card %+v: want pens", card.Items)
	}
}

// A new user's trial (trial13): "hmm i dont wanna checkout yet, just keep
// the cart" with the cart shown and no checkout begun answered "You have
// no orders to cancel.": the cart is kept, and said so.
func TestTrial13NotCheckingOutKeepsTheCart(t *testing.T) {
	ch := newChat(t)
	ch.say("e", "usb-c charger under 30000")
	ch.say("e", "add number 1")
	ch.say("e", "whats in my cart")
	r, _ := ch.turn("e", "hmm i dont wanna checkout yet, just keep the cart")
	lacks(t, r, "no orders")
	wants(t, r, "Your cart is kept as it is: 1 item, ₩24,500")
	ch.cartHas("e", "별빛 고속 충전기 Plus × 1")
}
