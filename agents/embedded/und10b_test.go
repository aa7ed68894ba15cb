package embedded_test

import (
	"strings"
	"testing"

	"github.com/madang-world/madang/protocol"
)

// Round 10's store and classroom fixes (und10b): what the user reads when
// a checkout is declined, when a request interrupts the address question,
// when a list is narrowed by a colour it may lack or by what is in stock,
// and when something the store does not sell is named with what it is for.

// TestDeclinedCheckoutEnds: asked for the delivery address, a sentence
// that refuses the payment ends the checkout — no confirmation card, no
// order, the cart as it was — rather than being taken as the address or
// as the checkout again.
func TestDeclinedCheckoutEnds(t *testing.T) {
	for _, c := range []struct{ lang, find, add, pay, decline string }{
		{"ko", "텀블러 보여줘", "1번 담아줘", "배송으로 비자카드 결제해줘", "아니다 주문은 안 할게요"},
		{"ko", "텀블러 보여줘", "1번 담아줘", "배송으로 비자카드 결제해줘", "구매 안 해도 돼요"},
		{"en", "show me tumblers", "add number 1", "check out with visa, delivery", "no wait, hold off"},
		{"en", "show me tumblers", "add number 1", "check out with visa, delivery", "actually, stop"},
	} {
		w := newWorld(t)
		w.say(c.lang, "shopper", c.find)
		w.say(c.lang, "shopper", c.add)
		asked := w.say(c.lang, "shopper", c.pay)
		if !strings.Contains(asked, "주소") && !strings.Contains(asked, "address") {
			t.Fatalf("%q → %q, want the address asked", c.pay, asked)
		}
		got := w.say(c.lang, "shopper", c.decline)
		if strings.Contains(got, "주소") || strings.Contains(got, "address") || len(w.out.confirms[c.lang]) != 0 {
			t.Errorf("%q → %q (%d confirmations), want the checkout ended", c.decline, got, len(w.out.confirms[c.lang]))
		}
		if n, _ := w.shop.CartTotal(c.lang); n != 1 || len(w.shop.Orders()) != 0 {
			t.Errorf("%q: cart %d items, %d orders; want the cart kept and no order", c.decline, n, len(w.shop.Orders()))
		}
	}
}

// TestAddressQuestionTakesNoRequest: asked for the delivery address, a
// short request that is clearly another ("장바구니 보여줘") is done — the
// cart is shown — and the address is asked again; the address given
// after it is the one on the confirmation card.
func TestAddressQuestionTakesNoRequest(t *testing.T) {
	for _, c := range []struct{ lang, find, add, pay, other, addr string }{
		{"ko", "텀블러 보여줘", "1번 담아줘", "배송으로 결제할게요", "카트 좀 보여줘", "서울 마포구 와우산로 94"},
		{"en", "show me tumblers", "add number 1", "check out with delivery please", "what's in my cart", "12 Itaewon-ro, Yongsan-gu, Seoul"},
	} {
		w := newWorld(t)
		w.say(c.lang, "shopper", c.find)
		item := w.out.lastCard(c.lang).Items[0]
		w.say(c.lang, "shopper", c.add)
		w.say(c.lang, "shopper", c.pay)
		got := w.say(c.lang, "shopper", c.other)
		if !strings.Contains(got, item.Title) {
			t.Fatalf("%q → %q, want the cart (%s)", c.other, got, item.Title)
		}
		w.say(c.lang, "shopper", c.addr)
		if len(w.out.confirms[c.lang]) == 0 {
			w.say(c.lang, "shopper", map[string]string{"ko": "비자카드로", "en": "visa"}[c.lang])
		}
		if len(w.out.confirms[c.lang]) == 0 {
			t.Fatalf("%s: no checkout card after the address", c.lang)
		}
		cf := w.out.lastConfirm(c.lang)
		if cf.Action != "shop_checkout" || !strings.Contains(cf.Summary+fieldValues(cf.Fields), c.addr) || strings.Contains(cf.Summary+fieldValues(cf.Fields), c.other) {
			t.Errorf("%s: checkout %q %v, want the address %q", c.lang, cf.Summary, cf.Fields, c.addr)
		}
	}
}

// TestListNarrowedAgain: under a search's list, "회색은 없어요?" is the
// same search in grey and "품절 빼고 다시" the same search without what
// is sold out — the goods of the list again, never "nothing found", a
// cart's removal or out of scope.
func TestListNarrowedAgain(t *testing.T) {
	for _, c := range []struct{ lang, find, narrow, kind string }{
		{"ko", "후드티 찾아줘", "회색은 없어요?", "후드티"},
		{"ko", "텀블러 보여줘", "품절 빼고 다시 보여줄래", "텀블러"},
		{"ko", "운동화 보여줘", "재고 없는 거 빼고", "운동화"},
		{"en", "show me hoodies", "hide the sold-out ones", "Hoodie"},
	} {
		w := newWorld(t)
		w.say(c.lang, "shopper", c.find)
		got := w.say(c.lang, "shopper", c.narrow)
		u := w.rec.lastUnderstood(c.lang)
		card := w.out.lastCard(c.lang)
		if u.Intent != "shop_search" || len(card.Items) == 0 || !strings.Contains(card.Items[0].Title, c.kind) {
			t.Errorf("%q → %s %v %q, want %s again", c.narrow, u.Intent, u.Slots, got, c.kind)
		}
	}
}

// TestNotSoldNamesTheThing: "캠핑 랜턴" is told the lantern is not sold,
// not camping.
func TestNotSoldNamesTheThing(t *testing.T) {
	w := newWorld(t)
	got := w.say("ko", "shopper", "캠핑 랜턴 있어요?")
	if !strings.Contains(got, "캠핑 랜턴") || strings.Contains(got, "캠핑은") {
		t.Errorf("캠핑 랜턴 → %q, want the lantern named as not sold", got)
	}
}

func fieldValues(fs []protocol.FieldValue) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(" " + f.Value)
	}
	return b.String()
}

// TestThatThingIsTheOneInFocus: after an item of the list was put in the
// cart, "그 책 …" / "그 텀블러 …" asks about that item: its details are
// shown, not "which product?".
func TestThatThingIsTheOneInFocus(t *testing.T) {
	for _, c := range []struct{ find, add, ask string }{
		{"한국어 교재 찾아줘", "2번 담아줘", "그 책 저자가 어디야?"},
		{"텀블러 보여줘", "3번 담아줘", "그 텀블러 용량이 얼마나 돼?"},
	} {
		w := newWorld(t)
		w.say("ko", "shopper", c.find)
		item := w.out.lastCard("ko").Items[map[string]int{"2번 담아줘": 1, "3번 담아줘": 2}[c.add]]
		w.say("ko", "shopper", c.add)
		if got := w.say("ko", "shopper", c.ask); !strings.Contains(got, item.Title) {
			t.Errorf("%q → %q, want %s", c.ask, got, item.Title)
		}
	}
}

// TestLikeThatOneButCheaper: "something like the second one but cheaper"
// lists items like the second one — not a new search for the list's
// words, nor the second one put in the cart.
func TestLikeThatOneButCheaper(t *testing.T) {
	w := newWorld(t)
	w.say("en", "shopper", "headphones")
	second := w.out.lastCard("en").Items[1]
	got := w.say("en", "shopper", "something like the second one but cheaper")
	if u := w.rec.lastUnderstood("en"); u.Intent != "shop_similar" || u.Slots["product_id"] != second.ID {
		t.Errorf("→ %s %v %q, want items like %s (%s)", u.Intent, u.Slots, got, second.Title, second.ID)
	}
	if n, _ := w.shop.CartTotal("en"); n != 0 {
		t.Errorf("cart has %d items, want none", n)
	}
}

// TestThanksWhileAsked: thanks said while the task asks something (a
// restaurant list that still wants the day or the party) is thanked, and
// the question is asked again — not "I'm not sure what you'd like"; the
// answer then goes on with the task.
func TestThanksWhileAsked(t *testing.T) {
	for _, c := range []struct{ lang, find, thanks string }{
		{"ko", "홍대 한식집 찾아줘", "아 감사해요"},
		{"en", "find me a korean restaurant in hongdae", "oh thank you"},
	} {
		w := newWorld(t)
		asked := w.say(c.lang, "assistant", c.find)
		got := w.say(c.lang, "assistant", c.thanks)
		if u := w.rec.lastUnderstood(c.lang); u.Intent != "thanks" || !strings.Contains(got, strings.TrimSpace(lastSentence(asked))) {
			t.Errorf("%q after %q → %s %q, want thanks and the question again", c.thanks, asked, u.Intent, got)
		}
	}
}

// lastSentence is the last sentence of s (the question a reply ends with).
func lastSentence(s string) string {
	s = strings.TrimSpace(s)
	for i := len(s) - 2; i > 0; i-- {
		if (s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i+1] == ' ' {
			return s[i+2:]
		}
	}
	return s
}
