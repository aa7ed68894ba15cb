package embedded_test

import (
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/agents/safety"
	"github.com/madang-world/madang/protocol"
)

// What a new user hit in the store (trial19), fixed in skills/shopping
// (returns.go, shop.go) and skills/shopping/counter (return19.go,
// more19.go). The world's clock is Monday 7 Dec 2026, 09:00 KST.

// buyHeadphones puts the first headphones listed (마루 헤드폰 Neo,
// 391,500원) in user's cart and pays for delivery; delivered moves the
// clock on until the order has arrived.
func (w *world) buyHeadphones(user string, delivered bool) {
	w.t.Helper()
	w.say(user, "shopper", "헤드폰 보여줘")
	w.say(user, "shopper", "1번 담아줘")
	if user == "en" {
		w.say(user, "shopper", "pay with the visa and ship it to 12 Teheran-ro, Gangnam-gu")
	} else {
		w.say(user, "shopper", "비자카드로 결제하고 서울 강남구 테헤란로 123으로 배송해줘")
	}
	if c := w.out.lastConfirm(user); c.Action != "shop_checkout" {
		w.t.Fatalf("no checkout card: %+v", c)
	}
	w.confirm(user, "shopper", true)
	if delivered {
		w.h.Clock.Advance(30 * time.Hour)
		w.h.Host.Tick(w.h.As(user))
	}
}

// A delivered item that is broken is returned, not cancelled: the card
// names the goods, where the courier collects them and the refund to
// the card; confirmed, the reply says what happens next, and asking
// when the money comes back is answered (never refused).
func TestReturnDeliveredFix19b(t *testing.T) {
	for _, c := range []struct{ lang, ask, item, collect, booked, when, whenWant string }{
		{"en", "the left ear cup of my headphones went silent, I need to send them back", "Maru Headphones Neo", "courier collects it from 12 Teheran-ro", "The return of Maru Headphones Neo × 1 is booked", "so when is my money coming back?", "business days"},
		{"en", "these arrived with a snapped headband. can I return them?", "Maru Headphones Neo", "courier collects it from 12 Teheran-ro", "The return of Maru Headphones Neo × 1 is booked", "how long till the refund shows on my card", "business days"},
		{"ko", "헤드폰이 고장 난 채로 왔어요 반품 부탁드려요", "마루 헤드폰 Neo", "서울 강남구 테헤란로 123에서 회수", "마루 헤드폰 Neo × 1 반품을 접수했어요", "환불은 며칠 걸려요?", "영업일"},
		{"ko", "받은 헤드폰 오른쪽이 안 들려서 돌려보내고 싶어요", "마루 헤드폰 Neo", "서울 강남구 테헤란로 123에서 회수", "마루 헤드폰 Neo × 1 반품을 접수했어요", "돈은 언제 들어와요?", "영업일"},
	} {
		w := newWorldWith(t, safety.Trained())
		w.buyHeadphones(c.lang, true)
		n := len(w.out.confirms[c.lang])
		got := w.say(c.lang, "shopper", c.ask)
		if len(w.out.confirms[c.lang]) == n {
			t.Errorf("%q: %q, no return card", c.ask, got)
			continue
		}
		cf := w.out.lastConfirm(c.lang)
		if cf.Action != "shop_return" || !strings.Contains(cf.Summary, c.item) || !strings.Contains(cf.Summary, c.collect) || !strings.Contains(cf.Summary, "391,500") || !strings.Contains(cf.Summary, "4242") {
			t.Errorf("%q: card %s %q, want the return of %s collected from the address, 391,500 back to the card", c.ask, cf.Action, cf.Summary, c.item)
			continue
		}
		if got := w.confirm(c.lang, "shopper", true); !strings.Contains(got, c.booked) {
			t.Errorf("%q confirmed: %q, want %q", c.ask, got, c.booked)
		}
		if got := w.say(c.lang, "shopper", c.when); !strings.Contains(got, c.whenWant) || !strings.Contains(got, c.item) || w.out.rejects[c.lang] > 0 {
			t.Errorf("%q: %q, want the return's refund (%s)", c.when, got, c.whenWant)
		}
	}
}

// An order not yet on its way is cancelled for a full refund instead of
// returned, and the reply says why; with no order, the user is told so.
func TestReturnNotShippedOrNoneFix19b(t *testing.T) {
	for _, c := range []struct{ lang, ask, want string }{
		{"ko", "불량인 것 같아서 반품할게요", "아직 발송 전(‘결제 완료’)이라 반품 대신 주문을 취소하면 391,500원 전액이"},
		{"en", "I'd like to return the headphones please", "has not shipped yet (Paid), so instead of a return it can be cancelled and all ₩391,500 refunded"},
	} {
		w := newWorldWith(t, safety.Trained())
		w.buyHeadphones(c.lang, false)
		got := w.say(c.lang, "shopper", c.ask)
		if !strings.Contains(got, c.want) {
			t.Errorf("%q: %q, want %q", c.ask, got, c.want)
		}
		if cf := w.out.lastConfirm(c.lang); cf.Action != "shop_cancel_order" || !strings.Contains(cf.Summary, "391,500") {
			t.Errorf("%q: card %+v, want the order's cancellation", c.ask, cf)
		}
	}
	for _, c := range []struct{ lang, ask, want string }{
		{"ko", "지난주에 산 키보드가 먹통이에요. 반품되나요?", "주문이 없어서 반품을 접수할 수 없어요"},
		{"en", "my kettle stopped heating after a week, I want to send it back", "can't find an order on this account to return"},
	} {
		w := newWorldWith(t, safety.Trained())
		if got := w.say(c.lang, "shopper", c.ask); !strings.Contains(got, c.want) {
			t.Errorf("%q: %q, want %q", c.ask, got, c.want)
		}
	}
}

// A price band with nothing in it ("4만원대") is never answered "nothing
// at 49,999 or less" when cheaper ones exist: the closest on either side
// are listed, each said to be under or over the band.
func TestPriceBandMissedFix19b(t *testing.T) {
	w := newWorld(t)
	got := w.say("ko", "shopper", "무선 이어폰 4만원대로 있어요?")
	must(t, got, "40,000원~49,999원 사이에는 없어요", "바람 무선 이어폰 Pro 33,600원 — 범위보다 조금 저렴해요", "한빛 무선 이어폰 Plus 58,800원 — 범위보다 조금 비싸요")
	if strings.Contains(got, "이하로는 찾지 못했") {
		t.Errorf("%q says nothing is under the band", got)
	}
	if c := w.out.lastCard("ko"); c.Kind != protocol.CardProducts || len(c.Items) != 2 {
		t.Fatalf("card %+v, want the two closest", c)
	}
	must(t, w.say("ko", "shopper", "2번 담아줘"), "한빛 무선 이어폰 Plus")
}

// "one more of those" adds the product just put in again; a kind of
// goods said with "도 … 담아줘" is looked for.
func TestOneMoreAndAlsoAddFix19b(t *testing.T) {
	for _, c := range []struct{ lang, search, add, more, cart, want string }{
		{"en", "tumblers please", "add number 1", "could I get another one of that", "what's in my cart?", "× 2"},
		{"en", "tumblers please", "add number 1", "two more of the same please", "what's in my cart?", "× 3"},
		{"ko", "텀블러 보여줘", "1번 담아줘", "그거 한 개 더 넣어 주세요", "장바구니 보여줘", "× 2"},
		{"ko", "텀블러 보여줘", "1번 담아줘", "같은 걸로 두 개 더", "장바구니 보여줘", "× 3"},
	} {
		w := newWorld(t)
		w.say(c.lang, "shopper", c.search)
		name := w.out.lastCard(c.lang).Items[0].Title
		w.say(c.lang, "shopper", c.add)
		w.say(c.lang, "shopper", c.more)
		if got := w.say(c.lang, "shopper", c.cart); !strings.Contains(got, name+" "+c.want) {
			t.Errorf("%q: cart %q, want %s %s", c.more, got, name, c.want)
		}
	}
	for _, c := range []struct{ lang, ask, want string }{
		{"ko", "보조배터리도 한 개 담아 주세요", "보조배터리"},
		{"en", "throw in a power bank as well", "Power Bank"},
	} {
		w := newWorld(t)
		w.say(c.lang, "shopper", map[string]string{"ko": "텀블러 보여줘", "en": "tumblers please"}[c.lang])
		w.say(c.lang, "shopper", map[string]string{"ko": "1번 담아줘", "en": "add number 1"}[c.lang])
		got := w.say(c.lang, "shopper", c.ask)
		if card := w.out.lastCard(c.lang); card.Kind != protocol.CardProducts || !strings.Contains(card.Items[0].Title, c.want) {
			t.Errorf("%q: %q, card %+v, want %s listed", c.ask, got, card, c.want)
		}
	}
}

// A present asked for with a budget and no goods named lists the
// best-rated goods within it, one of each kind, never "nothing found".
func TestGiftWithinBudgetFix19b(t *testing.T) {
	for _, c := range []struct{ lang, ask string }{
		{"ko", "할아버지 선물로 3만원 안쪽에서 추천해 줄래요?"},
		{"ko", "친구 집들이 선물 2만원 이하로 뭐가 좋을까요"},
		{"en", "any ideas for a present for my aunt, up to 30000 won?"},
	} {
		w := newWorld(t)
		got := w.say(c.lang, "shopper", c.ask)
		card := w.out.lastCard(c.lang)
		if card.Kind != protocol.CardProducts || len(card.Items) < 3 || strings.Contains(got, "찾지 못했") || strings.Contains(got, "not sure") {
			t.Errorf("%q: %q, card %+v, want gift ideas", c.ask, got, card)
			continue
		}
		kinds := map[string]bool{}
		for _, it := range card.Items {
			if p := wonOf(t, it.Price); p > 30000 {
				t.Errorf("%q: %s at %s, over the budget", c.ask, it.Title, it.Price)
			}
			kinds[strings.Join(strings.Fields(it.Title)[1:len(strings.Fields(it.Title))-1], " ")] = true
		}
		if len(kinds) < 3 {
			t.Errorf("%q: %d kinds of goods, want one of each: %+v", c.ask, len(kinds), card.Items)
		}
	}
}
