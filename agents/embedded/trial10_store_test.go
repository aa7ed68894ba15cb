package embedded_test

import (
	"strings"
	"testing"
)

// A new user's trial of the store (round 8): the store lost the thread
// after a side question.

// TestStoreKeepsTheThread: "그거" after the helper named a product is
// that product; a list stays pickable after the cart is shown; checkout
// with pickup said in one sentence checks out.
func TestStoreKeepsTheThread(t *testing.T) {
	w := newWorld(t)
	w.say("ko", "shopper", "블루투스 스피커 보여줘")
	list := w.out.lastCard("ko")
	if len(list.Items) < 3 {
		t.Fatalf("list %+v", list)
	}
	best := w.say("ko", "shopper", "평점 젤 높은거 하나 담아줘")
	// The helper names the best-rated item; "그거" is that item.
	var named, price string
	for _, it := range list.Items {
		if strings.Contains(best, it.Title) {
			named, price = it.Title, it.Price
		}
	}
	if named == "" {
		t.Fatalf("reply names no listed item: %q", best)
	}
	if n, _ := w.shop.CartTotal("ko"); n == 0 {
		w.say("ko", "shopper", "응 그거 담아줘")
	}
	if n, total := w.shop.CartTotal("ko"); n != 1 || int(total) != wonOf(t, price) {
		t.Fatalf("cart %d items, %d원; want %s (%s)", n, total, named, price)
	}
	// "하나 더 담아줘" is one more of the same (fix19b); the user looks at
	// the cart; the list is still the one the number picks from.
	w.say("ko", "shopper", "하나 더 담아줘")
	w.say("ko", "shopper", "장바구니 보여줘")
	w.say("ko", "shopper", "4번")
	if _, t2 := w.shop.CartTotal("ko"); int(t2) != 2*wonOf(t, price)+wonOf(t, list.Items[3].Price) {
		t.Fatalf("after \"4번\" the cart is %d원, want %s added", t2, list.Items[3].Title)
	}
	got := w.say("ko", "shopper", "매장에서 픽업할게요 결제해주세요")
	if strings.Contains(got, "찾지 못했어요") || strings.Contains(got, "픽업하실까요") {
		t.Fatalf("checkout with pickup → %q", got)
	}
	if len(w.out.confirms["ko"]) == 0 {
		w.say("ko", "shopper", "1번")
	}
	if c := w.out.lastConfirm("ko"); c.Action != "shop_checkout" || !strings.Contains(c.Summary, "픽업") {
		t.Fatalf("checkout → %+v", c)
	}
}

// TestCheckoutWhileAskedWhich: asked which product to add or what to
// look for, "매장에서 픽업할게요 결제해주세요" is a checkout with pickup,
// not a search for it.
func TestCheckoutWhileAskedWhich(t *testing.T) {
	for _, c := range []struct{ lang, search, add, ask, cart, find, checkout string }{
		{"ko", "블루투스 스피커 보여줘", "1번 담아줘", "하나 더 담아줘", "장바구니 보여줘", "9번", "매장에서 픽업할게요 결제해주세요"},
		{"en", "show me bluetooth speakers", "add number 1", "add another", "show my cart", "number 9", "i'll pick it up at the store, check out please"},
	} {
		w := newWorld(t)
		w.say(c.lang, "shopper", c.search)
		w.say(c.lang, "shopper", c.add)
		w.say(c.lang, "shopper", c.ask)
		w.say(c.lang, "shopper", c.cart)
		w.say(c.lang, "shopper", c.find)
		got := w.say(c.lang, "shopper", c.checkout)
		if len(w.out.confirms[c.lang]) == 0 {
			w.say(c.lang, "shopper", map[string]string{"ko": "비자카드로", "en": "visa"}[c.lang])
		}
		if len(w.out.confirms[c.lang]) == 0 {
			t.Fatalf("%s: %q → %q, no checkout", c.lang, c.checkout, got)
		}
		if cf := w.out.lastConfirm(c.lang); cf.Action != "shop_checkout" || !strings.Contains(cf.Summary, "픽업") && !strings.Contains(cf.Summary, "pick") {
			t.Fatalf("%s: checkout → %+v", c.lang, cf)
		}
	}
}

// TestPickByWhatTellsItApart: on a list card, the item's name, or a word
// that holds of exactly one item shown (its area, the cheapest), picks
// it: the hold's confirm card names it.
func TestPickByWhatTellsItApart(t *testing.T) {
	for _, c := range []struct {
		name, lang string
		before     []string
		pick, want string
	}{
		{"ko name on a one-item card", "ko", []string{"내일 저녁 7시에 홍대에서 3명 한식집 예약 가능?"}, "하늘 한정식이요", "하늘 한정식"},
		{"en cheapest lodging", "en", []string{"need a place to stay in busan this weekend, 2 ppl, nothing too pricey", "fri to sun"}, "the cheapest one", "Sup Hanok Stay"},
		{"en cheap restaurant", "en", []string{"hiya, could u book a table for 2 at an italian place in gangnam tomorow around 7?"}, "the cheap one pls", "Noeul Trattoria"},
		{"ko area of a lodging", "ko", []string{"제주 호텔 12월 24일 3박 2명"}, "애월에 있는 걸로", "하늘 호텔"},
		{"en area of a lodging", "en", []string{"jeju hotel dec 24 for 3 nights, 2 people"}, "the one in aewol", "Haneul Hotel"},
		{"ko cheapest lodging", "ko", []string{"이번 주말 부산 숙소 2명", "금요일부터 일요일까지"}, "제일 싼 곳으로", "숲 한옥 스테이"},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := newWorld(t)
			for _, s := range c.before {
				w.say(c.lang, "assistant", s)
			}
			got := w.say(c.lang, "assistant", c.pick)
			if len(w.out.confirms[c.lang]) == 0 {
				t.Fatalf("%q → %q, nothing held", c.pick, got)
			}
			if cf := w.out.lastConfirm(c.lang); cf.Action != "booking_confirm" || !strings.Contains(cf.Summary, c.want) {
				t.Fatalf("%q → confirm %q, want %s", c.pick, cf.Summary, c.want)
			}
		})
	}
}

// TestSearchNeverDeadEnds: a search the store can answer lists what it
// sells (hoodies under 50k, a gift within the budget, books for a novel,
// beauty for a hand cream it does not sell) instead of "nothing found".
func TestSearchNeverDeadEnds(t *testing.T) {
	for _, c := range []struct {
		lang, say string
		max       int    // every item's price at most this; 0: any
		kind      string // every item's title has this word; "": any
	}{
		{"en", "show me some hoodies, under 50k", 50000, "Hoodie"},
		{"ko", "후드티 5만원 이하로 보여줘", 50000, "후드티"},
		{"ko", "엄마 생신 선물로 뭐가 좋을까요? 10만원 안쪽으로여", 100000, ""},
		{"en", "what's a good birthday gift for my mom? under 100k", 100000, ""},
		{"ko", "그럼 뷰티 쪽으로 핸드크림 같은거 있나요", 0, ""},
		{"en", "any hand cream? something in beauty", 0, ""},
		{"ko", "책도 하나 추천해줘요 소설 같은거", 0, "도서|교재"},
		{"en", "can you recommend a book too? like a novel", 0, "Book|Textbook"},
	} {
		w := newWorld(t)
		got := w.say(c.lang, "shopper", c.say)
		card := w.out.lastCard(c.lang)
		if len(card.Items) == 0 || card.Kind != "products" {
			t.Errorf("%q → %q, no products", c.say, got)
			continue
		}
		for _, it := range card.Items {
			if c.max > 0 && wonOf(t, it.Price) > c.max {
				t.Errorf("%q: %s at %s over the budget", c.say, it.Title, it.Price)
			}
			ok := c.kind == ""
			for _, k := range strings.Split(c.kind, "|") {
				ok = ok || strings.Contains(it.Title, k)
			}
			if !ok {
				t.Errorf("%q: %s is not a %s", c.say, it.Title, c.kind)
			}
		}
	}
}

// TestPickAfterEmptySearch: after a search that found nothing, "the
// second one in black?" is not the second item of an older list: the
// helper says there is no list, and nothing goes in the cart.
func TestPickAfterEmptySearch(t *testing.T) {
	for _, c := range []struct{ lang, first, empty, pick, want string }{
		{"en", "wireless earbuds under 100k", "show me some robot vacuums", "the second one in black?", "no list"},
		{"ko", "10만원 이하 무선 이어폰", "로봇청소기 보여줘", "두 번째 거 검정으로 있어?", "목록이 없어요"},
	} {
		w := newWorld(t)
		w.say(c.lang, "shopper", c.first)
		w.say(c.lang, "shopper", c.empty)
		if card := w.out.lastCard(c.lang); card.Kind != "products" {
			t.Fatalf("%q: card %+v", c.first, card)
		}
		got := w.say(c.lang, "shopper", c.pick)
		if !strings.Contains(got, c.want) {
			t.Errorf("%s: %q after an empty search → %q (an item of the list before)", c.lang, c.pick, got)
		}
		if n, _ := w.shop.CartTotal(c.lang); n != 0 {
			t.Errorf("%s: %q put %d items in the cart", c.lang, c.pick, n)
		}
	}
}

// TestAboutTheListed: "are any of them waterproof?" is answered from the
// listed items' descriptions; "make that 2" changes the quantity of the
// item just added.
func TestAboutTheListed(t *testing.T) {
	w := newWorld(t)
	w.say("en", "shopper", "bluetooth speakers")
	got := w.say("en", "shopper", "are any of them waterproof? i sweat a lot lol")
	must(t, got, "waterproof")
	if strings.Contains(got, "not sure what you'd like") {
		t.Fatalf("feature question → %q", got)
	}
	w.say("en", "shopper", "add the first one")
	got = w.say("en", "shopper", "make that 2, one for my bf")
	if n, _ := w.shop.CartTotal("en"); n != 2 {
		t.Fatalf("\"make that 2\" → %q; cart has %d", got, n)
	}
	w = newWorld(t)
	w.say("ko", "shopper", "블루투스 스피커")
	got = w.say("ko", "shopper", "이 중에 방수 되는 거 있어요?")
	must(t, got, "방수")
	w.say("ko", "shopper", "1번 담아줘")
	got = w.say("ko", "shopper", "아 그거 2개로 해주세요")
	if n, _ := w.shop.CartTotal("ko"); n != 2 {
		t.Fatalf("\"2개로\" → %q; cart has %d", got, n)
	}
}

// TestFeatureNotStated: earbuds whose descriptions say nothing of water
// are not called waterproof; some with noise cancelling are named.
func TestFeatureNotStated(t *testing.T) {
	w := newWorld(t)
	w.say("en", "shopper", "wireless earbuds under 100k")
	must(t, w.say("en", "shopper", "are any of them waterproof? i sweat a lot lol"), "I don't know")
	list := w.out.lastCard("en")
	got := w.say("en", "shopper", "which ones have noise cancelling?")
	if strings.Contains(got, "all 5") || strings.Contains(got, "I don't know:") {
		t.Fatalf("noise cancelling → %q", got)
	}
	_ = list
	w.say("en", "shopper", "add the first one")
	w.say("en", "shopper", "add the second one")
	w.say("en", "shopper", "make that 2, one for my bf")
	if n, _ := w.shop.CartTotal("en"); n != 3 {
		t.Fatalf("\"make that 2\" after two adds: cart has %d, want 3", n)
	}
}

// TestMoreRoomsSaid: a stay held for more guests than one room takes
// says so with its total ("2 rooms", "₩876,000").
func TestMoreRoomsSaid(t *testing.T) {
	for _, c := range []struct {
		lang   string
		before []string
		pick   string
		wants  []string
	}{
		{"en", []string{"need a place to stay in busan this weekend, 2 ppl", "fri to sun", "hmm actually make it 3 people, my sister is coming"}, "2", []string{"2 rooms", "₩876,000"}},
		{"ko", []string{"이번 주말 부산 숙소 3명", "금요일부터 일요일까지"}, "2번", []string{"객실 2개", "876,000원"}},
	} {
		w := newWorld(t)
		for _, s := range c.before {
			w.say(c.lang, "assistant", s)
		}
		must(t, w.say(c.lang, "assistant", c.pick), c.wants...)
	}
}

// TestRelaxedConstraintSearchesAgain: "한옥 아니어도 괜찮아요" after no
// hanok was found drops the type and searches again.
func TestRelaxedConstraintSearchesAgain(t *testing.T) {
	for _, c := range []struct{ lang, ask, relax string }{
		{"ko", "제주도 숙소도 알아봐줄래? 12월 24일부터 3박, 2명이요. 한옥이면 좋겠어", "한옥 아니어도 괜찮아요"},
		{"en", "find me a hanok stay in jeju from dec 24, 3 nights, 2 people", "it doesn't have to be a hanok"},
	} {
		w := newWorld(t)
		w.say(c.lang, "assistant", c.ask)
		if card := w.out.lastCard(c.lang); card.Kind == "options" {
			t.Fatalf("%q found %+v: the case needs none", c.ask, card.Items)
		}
		got := w.say(c.lang, "assistant", c.relax)
		if card := w.out.lastCard(c.lang); card.Kind != "options" || len(card.Items) == 0 {
			t.Fatalf("%q → %q, no list", c.relax, got)
		}
	}
}

// TestOneIsNotAName: "add another one" does not pick the product whose
// model is "One" (누리 블루투스 스피커 One), nor "let's go with" a "Go".
func TestOneIsNotAName(t *testing.T) {
	w := newWorld(t)
	w.say("en", "shopper", "show me bluetooth speakers")
	w.say("en", "shopper", "add number 1")
	_, one := w.shop.CartTotal("en")
	got := w.say("en", "shopper", "add another one")
	if n, total := w.shop.CartTotal("en"); total != one && total != 2*one {
		t.Fatalf("\"add another one\" → %q: cart has %d, %d won (another product)", got, n, total)
	}
}
