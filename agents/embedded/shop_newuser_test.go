package embedded_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/skills/shopping"
)

// What a new user read from the shopping helper, fixed (skills/shopping
// shop.go, catalog.go, orders.go, dialogue.json). The world's clock is
// Monday 7 Dec 2026, 09:00 KST.

// wonOf reads "29,200원" / "₩29,200" back as a number.
func wonOf(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(strings.NewReplacer("₩", "", ",", "", "원", "").Replace(s))
	if err != nil {
		t.Fatalf("price %q", s)
	}
	return n
}

// TestSimilarKeepsTheBudget: "similar" after a search with a budget
// lists what fits the budget first, closest in price first, and says of
// anything above it that it is; each item's price tag is true of it
// (cheaper / similar price / dearer) against the product it is like.
func TestSimilarKeepsTheBudget(t *testing.T) {
	for _, c := range []struct {
		lang, search, similar, want       string
		cheaper, same, dearer, overBudget string
	}{
		{"ko", "3만원 이하 블루투스 스피커", "2번이랑 비슷한거 보여줘",
			"비슷한 상품 5개예요: 1) 별빛 블루투스 스피커 Pro 29,200원 — 같은 종류(블루투스 스피커) · 무선, 방수 · 4,200원 더 비싼 상위 모델; 2) 별빛 무선 이어폰 Lite 28,400원",
			"더 저렴해요", "비슷한 가격대", "더 비싼 상위 모델|더 비싸요", "예산 30,000원보다 비싸요"},
		{"en", "bluetooth speaker under 30000 won", "something similar to number 1?",
			"5 similar items: 1) Baram Bluetooth Speaker Air ₩25,000 — same kind (Bluetooth Speaker) · waterproof, wireless · ₩4,200 cheaper; 2) Byeolbit Wireless Earbuds Lite ₩28,400 — same category (audio) · wireless · similar price",
			"cheaper", "similar price", "a step up|more", "over your ₩30,000 budget"},
	} {
		w := newWorld(t)
		w.say(c.lang, "shopper", c.search)
		list := w.out.lastCard(c.lang)
		base := list.Items[1]
		if c.lang == "en" {
			base = list.Items[0]
		}
		must(t, w.say(c.lang, "shopper", c.similar), c.want)
		card := w.out.lastCard(c.lang)
		if card.Kind != protocol.CardProducts || len(card.Items) != 5 {
			t.Fatalf("%s: similar card %+v", c.lang, card)
		}
		b := wonOf(t, base.Price)
		over := false
		for _, it := range card.Items {
			p := wonOf(t, it.Price)
			if it.ID == base.ID {
				t.Errorf("%s: the product itself is listed as similar", c.lang)
			}
			tag := c.same
			switch {
			case p < b*9/10:
				tag = c.cheaper
			case p > b*11/10:
				tag = c.dearer
			}
			ok := false
			for _, alt := range strings.Split(tag, "|") { // a step up (same kind) or dearer
				ok = ok || strings.Contains(it.Reason, alt)
			}
			if !ok {
				t.Errorf("%s: %s at %s (like one at %s) is tagged %q, want %q", c.lang, it.Title, it.Price, base.Price, it.Reason, tag)
			}
			if p > 30000 != strings.Contains(it.Reason, c.overBudget) {
				t.Errorf("%s: %s at %s: reason %q must say %q exactly when over budget", c.lang, it.Title, it.Price, it.Reason, c.overBudget)
			}
			if p <= 30000 && over {
				t.Errorf("%s: %s within budget comes after one over it: %+v", c.lang, it.Title, card.Items)
			}
			over = over || p > 30000
		}
	}
}

// TestSpeechAgreesWithCard: the reply to a search says how many the card
// shows, names the first three and counts the rest ("외 2개", "and 2
// more"), instead of reading three of five as if they were all.
func TestSpeechAgreesWithCard(t *testing.T) {
	for _, c := range []struct{ lang, ask, count, more string }{
		{"ko", "텀블러 보여줘", "이런 상품은 어떠세요? 5개를 찾았어요: ", " 외 2개."},
		{"en", "show me some tumblers", "How about these? I found 5: ", ", and 2 more."},
	} {
		w := newWorld(t)
		r := w.say(c.lang, "shopper", c.ask)
		card := w.out.lastCard(c.lang)
		if len(card.Items) != 5 {
			t.Fatalf("%s: card %+v", c.lang, card)
		}
		must(t, r, c.count, c.more)
		for i, it := range card.Items[:3] {
			must(t, r, fmt.Sprintf("%d) %s %s", i+1, it.Title, it.Price))
		}
		if strings.Contains(r, card.Items[3].Title) || strings.Contains(r, "4)") {
			t.Errorf("%s: %q reads more than three items", c.lang, r)
		}
	}
}

// TestCheaperWhenCheapestShown: "cheaper?" when the list already holds
// the cheapest says so and names it; a budget below everything names
// the cheapest there is.
func TestCheaperWhenCheapestShown(t *testing.T) {
	w := newWorld(t)
	w.say("k", "shopper", "3만원 이하 블루투스 스피커")
	must(t, w.say("k", "shopper", "더싼거없어?"), "이게 가장 저렴한 거예요. 바람 블루투스 스피커 Air(25,000원)보다 싼 상품은 없어요.")
	w.say("e", "shopper", "bluetooth speaker under 30000 won")
	must(t, w.say("e", "shopper", "cheaper ones?"), "These are already the cheapest: nothing costs less than Baram Bluetooth Speaker Air at ₩25,000.")
	must(t, w.say("k2", "shopper", "2만원 이하 블루투스 스피커"), "20,000원 이하로는 찾지 못했어요. 가장 저렴한 건 바람 블루투스 스피커 Air 25,000원이에요.")
	must(t, w.say("e2", "shopper", "bluetooth speaker under 20000 won"), "Nothing at ₩20,000 or less; the cheapest is Baram Bluetooth Speaker Air at ₩25,000.")
}

// TestPaymentMethodsPerUser: a new guest is told they saved no card and
// which demo cards they can pay with — the two the checkout question
// offers, never the sandbox's declining test cards — and a second user
// sees nothing of the first's payment.
func TestPaymentMethodsPerUser(t *testing.T) {
	w := newWorld(t)
	const en = "You haven't saved any cards of your own; you can pay with 2 demo cards: Visa •••• 4242, Mastercard •••• 4444"
	r := w.say("g1", "shopper", "what payment cards do i have saved")
	if r != en {
		t.Fatalf("guest 1 reads %q, want %q", r, en)
	}
	w.say("g1", "shopper", "show me some tumblers")
	w.say("g1", "shopper", "add number 1 to my cart")
	must(t, w.say("g1", "shopper", "check out, I'll pick up in Hongdae"), "Which card")
	rc := w.out.lastCard("g1")
	if rc.Kind != protocol.CardReplies || len(rc.Items) != 2 || rc.Items[0].Title != "Visa •••• 4242" || rc.Items[1].Title != "Mastercard •••• 4444" {
		t.Fatalf("checkout offers %+v, not the cards listed", rc)
	}
	w.say("g1", "shopper", "Mastercard •••• 4444")
	must(t, w.confirm("g1", "shopper", true), "Paid")
	if r := w.say("g2", "shopper", "what payment cards do i have saved"); r != en {
		t.Errorf("guest 2 reads %q, want %q", r, en)
	}
	if r := w.say("g1", "shopper", "what payment cards do i have saved"); r != en {
		t.Errorf("guest 1 after paying reads %q, want %q", r, en)
	}
	const ko = "직접 등록하신 카드는 없고, 체험용 카드 2개로 결제할 수 있어요: 비자카드 •••• 4242, 마스터카드 •••• 4444"
	if r := w.say("g3", "shopper", "등록된 카드 뭐 있어?"); r != ko {
		t.Errorf("Korean guest reads %q, want %q", r, ko)
	}
}

// TestWhenToPickUp: asking when to collect a store-pickup order that is
// still being prepared says where and from when, not a refusal.
func TestWhenToPickUp(t *testing.T) {
	for _, c := range []struct{ lang, find, add, buy, when, want string }{
		{"ko", "텀블러 보여줘", "1번 담아줘", "결제해줘, 강남점 픽업으로 비자카드", "언제 찾으러가면돼?",
			"바람 텀블러 Pro × 1 주문은 아직 준비 중이에요. 12월 7일(월) 오전 10시부터 마당 상점 강남점에서 찾아가실 수 있어요."},
		{"en", "show me some tumblers", "add number 1 to my cart", "check out, I'll pick up in Hongdae, with my visa", "when can I pick it up?",
			"Your order of Baram Tumbler Pro × 1 is still being prepared: you can collect it at Madang Store Hongdae from Mon, Dec 7, 10 AM."},
	} {
		w := newWorld(t)
		w.say(c.lang, "shopper", c.find)
		w.say(c.lang, "shopper", c.add)
		w.say(c.lang, "shopper", c.buy)
		w.confirm(c.lang, "shopper", true)
		must(t, w.say(c.lang, "shopper", c.when), c.want)
	}
}

// TestNothingFoundSaysWhatTheStoreSells: words that match nothing the
// store carries get its categories; running shoes find its sneakers.
func TestNothingFoundSaysWhatTheStoreSells(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("e", "shopper", "do you have bicycles"),
		"We don't sell bicycles here. This store sells audio, electronics, fashion, food, beauty, home, books, stationery: what shall I look for?")
	must(t, w.say("k", "shopper", "자전거 있어?"),
		"자전거는 팔지 않아요. 이 상점에서는 음향, 전자기기, 패션, 식품, 뷰티, 생활, 도서, 문구 상품을 팔아요. 어떤 걸 찾아볼까요?")
	for _, c := range []struct{ user, ask, kind string }{{"e2", "running shoes", "Sneakers"}, {"k2", "러닝화 찾아줘", "운동화"}} {
		w.say(c.user, "shopper", c.ask)
		card := w.out.lastCard(c.user)
		if card.Kind != protocol.CardProducts || len(card.Items) == 0 {
			t.Fatalf("%s: card %+v", c.ask, card)
		}
		for _, it := range card.Items {
			if !strings.Contains(it.Title, c.kind) {
				t.Errorf("%s: %s is not %s", c.ask, it.Title, c.kind)
			}
		}
	}
}

// TestAddressNotTruncated: a delivery address is stored and paid as the
// user typed it, flat number and city included, whether it answers the
// question or comes with the request.
func TestAddressNotTruncated(t *testing.T) {
	for _, c := range []struct {
		lang, find, add string
		say             []string
		addr, where     string
	}{
		{"en", "show me some tumblers", "add number 1 to my cart", []string{"check out with delivery", "12 itaewon-ro, yongsan-gu seoul apt 3b", "visa"},
			"12 itaewon-ro, yongsan-gu seoul apt 3b", "Delivery · 12 itaewon-ro, yongsan-gu seoul apt 3b"},
		{"en2", "show me some tumblers", "add number 1 to my cart", []string{"check out with my visa, deliver to 12 itaewon-ro, yongsan-gu seoul apt 3b"},
			"12 itaewon-ro, yongsan-gu seoul apt 3b", "Delivery · 12 itaewon-ro, yongsan-gu seoul apt 3b"},
		{"ko", "텀블러 보여줘", "1번 담아줘", []string{"결제해줘", "배송", "서울 용산구 이태원로 12 해밀톤빌 302호", "비자"},
			"서울 용산구 이태원로 12 해밀톤빌 302호", "배송 · 서울 용산구 이태원로 12 해밀톤빌 302호"},
	} {
		w := newWorld(t)
		w.say(c.lang, "shopper", c.find)
		w.say(c.lang, "shopper", c.add)
		for _, s := range c.say {
			w.say(c.lang, "shopper", s)
		}
		if got := w.confirmField(c.lang, "배송지 Deliver to"); got != c.addr {
			t.Errorf("%s: confirm card delivers to %q, want %q", c.lang, got, c.addr)
			continue
		}
		w.confirm(c.lang, "shopper", true)
		if oc := w.out.lastCard(c.lang); len(oc.Items) != 1 || oc.Items[0].Subtitle != c.where {
			t.Errorf("%s: order card %+v, want %q", c.lang, oc, c.where)
		}
	}
}

// TestWhenToPickUpWhenReady: the same question once the order is ready
// says so and where, and does not mark the order collected — only the
// user's confirm at the counter does.
func TestWhenToPickUpWhenReady(t *testing.T) {
	for _, c := range []struct{ lang, find, add, buy, when, ready, want, button, collected string }{
		{"ko", "텀블러 보여줘", "1번 담아줘", "결제해줘, 강남점 픽업으로 비자카드", "언제 찾으러가면돼?", "주문 준비가 끝났어요. 확인 카드를 봐 주세요.",
			"바람 텀블러 Pro × 1 주문은 마당 상점 강남점에서 찾아가실 수 있어요. 매장 카운터에서 받으셨으면 ‘받았어요’를 눌러 주세요.", "받았어요", "픽업 완료"},
		{"en", "show me some tumblers", "add number 1 to my cart", "check out, I'll pick up in Hongdae, with my visa", "when can I pick it up?", "Your order is ready: see the card.",
			"Your order of Baram Tumbler Pro × 1 is ready at Madang Store Hongdae. Press “Collected” once you have it from the counter.", "Collected", "marked as collected"},
	} {
		w := newWorld(t)
		w.say(c.lang, "shopper", c.find)
		w.say(c.lang, "shopper", c.add)
		w.say(c.lang, "shopper", c.buy)
		w.confirm(c.lang, "shopper", true)
		w.h.Clock.Advance(61 * time.Minute)
		w.h.Host.Tick(w.h.As(c.lang))
		must(t, w.say(c.lang, "shopper", c.when), c.ready)
		if cf := w.out.lastConfirm(c.lang); cf.Action != "shop_pickup" || cf.Summary != c.want || cf.Button != c.button {
			t.Fatalf("%s: confirm %+v, want %q and %q", c.lang, cf, c.want, c.button)
		}
		for _, o := range w.shop.Orders() {
			if o.Status != shopping.StReady {
				t.Fatalf("%s: asking when to collect made the order %s", c.lang, o.Status)
			}
		}
		must(t, w.confirm(c.lang, "shopper", true), c.collected)
		if o := w.shop.Orders(); len(o) != 1 || o[0].Status != shopping.StPickedUp {
			t.Errorf("%s: confirmed at the counter, order %+v", c.lang, o)
		}
	}
}
