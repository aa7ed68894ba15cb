package embedded_test

import (
	"strings"
	"testing"

	"github.com/madang-world/madang/protocol"
)

// Round 14's card follow-ups (und14c, issue 18 Deliver 4): a place in the
// last card — or in the list a search is still asking details for —
// said with new details keeps the place picked and reads the details as
// the hold's, not as a new search.

// TestUnd14cPickWithDetailsBeforeTheList: "2번으로 할게요 12월 20일 1시
// 다섯명" to the search's "when?" finds the list with those details and
// holds its second place; the user reads that place's name on the
// confirmation, and the party and time said.
func TestUnd14cPickWithDetailsBeforeTheList(t *testing.T) {
	w := newWorld(t)
	for i, c := range []struct {
		search, text, full string // full: the same search said whole, to learn the list
		n                  int    // the place picked (1-based; -1 the last)
		wants              []string
	}{
		{"부산 남포동 쪽 식당 있어?", "2번으로 할게요 12월 20일 1시 다섯명", "부산 남포동 식당 12월 20일 오후 1시 5명", 2, []string{"오후 1시", "5명"}},
		{"강남 이탈리안 식당 찾아줘", "마지막 곳으로 예약해 주세요, 12월 18일 저녁 7시 반에 네 명이요", "강남 이탈리안 식당 12월 18일 저녁 7시 반 4명", -1, []string{"오후 7시 30분", "4명"}},
		{"italian restaurants in gangnam", "book the first one on dec 19 at 6pm for 3 of us", "italian restaurant in gangnam dec 19 6pm for 3", 1, []string{"6 PM", "3"}},
	} {
		ref := "r" + string(rune('a'+i))
		w.say(ref, "assistant", c.full)
		list := w.out.lastCard(ref).Items
		if len(list) < 2 {
			t.Fatalf("%q listed %+v; the test needs a list", c.full, list)
		}
		n := c.n
		if n < 0 {
			n = len(list)
		}
		want := list[n-1].Title
		u := "p" + string(rune('a'+i))
		w.say(u, "assistant", c.search)
		w.say(u, "assistant", c.text)
		un := w.rec.lastUnderstood(u)
		cf := confirmOf(w, u)
		if un.Intent != "booking_hold" || cf.Action != "booking_confirm" || !strings.Contains(cf.Summary, want) {
			t.Errorf("%q: understood %s %v, confirm %q %q; want %s held", c.text, un.Intent, un.Slots, cf.Action, cf.Summary, want)
			continue
		}
		for _, x := range c.wants {
			if !strings.Contains(cf.Summary, x) {
				t.Errorf("%q: the confirmation %q lacks %q", c.text, cf.Summary, x)
			}
		}
	}
	// The pick waits while the search still asks: "the second one for
	// tomorrow, 2 people" to "what day and time?" asks the time, and the
	// answer holds the second place then.
	w.say("rz", "assistant", "italian restaurant in gangnam tomorrow 7pm for 2")
	list := w.out.lastCard("rz").Items
	w.say("pz", "assistant", "italian restaurants in gangnam")
	must(t, w.say("pz", "assistant", "book the second one for tomorrow, 2 people"), "time")
	if un := w.rec.lastUnderstood("pz"); un.Intent != "booking_hold" || un.Slots["party_size"] != "2" {
		t.Errorf("a pick before the list: understood %s %v, want the hold for 2", un.Intent, un.Slots)
	}
	w.say("pz", "assistant", "7pm")
	if cf := confirmOf(w, "pz"); len(list) < 2 || !strings.Contains(cf.Summary, list[1].Title) {
		t.Errorf("after the time: confirm %q, want %+v's second held", cf.Summary, list)
	}
	// A place the list does not have leaves the list to pick from.
	w.say("py", "assistant", "부산 남포동 쪽 식당 있어?")
	got := w.say("py", "assistant", "9번으로 할게요 12월 20일 1시 다섯명")
	if cf := confirmOf(w, "py"); cf.Action != "" || !strings.Contains(got, "1)") {
		t.Errorf("a ninth place of a short list: said %q, confirm %+v; want the list", got, cf)
	}
}

// TestUnd14cPointAtTheOnlyPlace: with one place on the card, "거기", "그
// 한옥", "that guesthouse" with details holds it with them (the party,
// a request); turning it down or asking about it does not hold it.
func TestUnd14cPointAtTheOnlyPlace(t *testing.T) {
	w := newWorld(t)
	for i, c := range []struct{ search, text, slot, value string }{
		{"서울 종로 한옥 스테이 다음주 월요일부터 1박", "그 한옥으로 예약해 주세요. 세 명입니다", "party_size", "3"},
		{"성산 게스트하우스 1월 3일부터 2박", "ok 거기로 잡아줘 조용한 방이면 좋겠음", "request", "조용"},
		{"guesthouse in seongsan from jan 3 for 2 nights", "let's go with the guesthouse, 3 of us", "party_size", "3"},
	} {
		u := "o" + string(rune('a'+i))
		w.say(u, "assistant", c.search)
		card := w.out.lastCard(u)
		if len(card.Items) != 1 {
			t.Fatalf("%q listed %+v; the test needs one place", c.search, card.Items)
		}
		w.say(u, "assistant", c.text)
		un := w.rec.lastUnderstood(u)
		cf := confirmOf(w, u)
		if un.Intent != "booking_hold" || !strings.Contains(un.Slots[c.slot], c.value) || !strings.Contains(cf.Summary, card.Items[0].Title) {
			t.Errorf("%q: understood %s %v, confirm %q; want %s held with %s %s", c.text, un.Intent, un.Slots, cf.Summary, card.Items[0].Title, c.slot, c.value)
		}
	}
	for i, c := range []struct{ search, text string }{
		{"서울 종로 한옥 스테이 다음주 월요일부터 1박", "그 한옥 말고 다른 데 세 명 되는 곳"},
		{"성산 게스트하우스 1월 3일부터 2박", "아 거기는 됐고 그냥 다음에 할게요 세 명이라"},
	} {
		u := "q" + string(rune('a'+i))
		w.say(u, "assistant", c.search)
		w.say(u, "assistant", c.text)
		if un := w.rec.lastUnderstood(u); un.Intent == "booking_hold" {
			t.Errorf("%q: understood a hold %v", c.text, un.Slots)
		}
	}
}

// confirmOf is the last confirmation u was asked for (none: the zero one).
func confirmOf(w *world, u string) protocol.ConfirmRequest {
	w.out.mu.Lock()
	defer w.out.mu.Unlock()
	if c := w.out.confirms[u]; len(c) > 0 {
		return c[len(c)-1]
	}
	return protocol.ConfirmRequest{}
}

// TestUnd14cAfterAProductCard: "음 그냥 빼줘" right after putting the
// first keyboard in the cart takes it out again (the cart is empty); a
// question about "그 키보드" with its details on screen is answered with
// what is known of it — its name and its description — in either
// language.
func TestUnd14cAfterAProductCard(t *testing.T) {
	w := newWorld(t)
	w.say("ca", "shopper", "무선 키보드 보여줘")
	name := w.out.lastCard("ca").Items[0].Title
	must(t, w.say("ca", "shopper", "첫 번째 거 장바구니에 담아줘"), "담았어요")
	got := w.say("ca", "shopper", "음 그냥 빼줘")
	if un := w.rec.lastUnderstood("ca"); un.Intent != "shop_cart_remove" || !strings.Contains(got, "비었어요") {
		t.Errorf("%q after adding %s: understood %s %v, said %q; want it taken out", "음 그냥 빼줘", name, un.Intent, un.Slots, got)
	}
	for _, c := range []struct{ u, search, show, ask, desc string }{
		{"cb", "무선 키보드 보여줘", "1번 자세히 보여줘", "그 키보드 배터리 얼마나 가?", "저소음"},
		{"cc", "show me wireless keyboards", "details of the first one", "what is the battery life of that keyboard like?", "quiet keys"},
	} {
		w.say(c.u, "shopper", c.search)
		name := w.out.lastCard(c.u).Items[0].Title
		w.say(c.u, "shopper", c.show)
		got := w.say(c.u, "shopper", c.ask)
		if un := w.rec.lastUnderstood(c.u); un.Intent != "shop_product" || !strings.Contains(got, name) || !strings.Contains(got, c.desc) {
			t.Errorf("%q: understood %s %v, said %q; want %s and its description", c.ask, un.Intent, un.Slots, got, name)
		}
	}
}

// TestUnd14cSimilarToANamedProduct: items like a product named in full
// are that product's similar items — the list the user reads is of other
// products, not the one named, with the bound and count said — in either
// language; a search for the name alone still finds it.
func TestUnd14cSimilarToANamedProduct(t *testing.T) {
	w := newWorld(t)
	for i, c := range []struct{ text, name, min, limit string }{
		{"다온 무선 키보드 Air 말고 이런 종류 다른 거 있어요?", "다온 무선 키보드 Air", "", ""},
		{"show me things similar to the Daon Wireless Keyboard Air", "Daon Wireless Keyboard Air", "", ""},
		{"give me 3 alternatives to the Daon Wireless Keyboard Air, at least 30,000 won", "Daon Wireless Keyboard Air", "30000", "3"},
	} {
		u := "l" + string(rune('a'+i))
		got := w.say(u, "shopper", c.text)
		un := w.rec.lastUnderstood(u)
		card := w.out.lastCard(u)
		if un.Intent != "shop_similar" || un.Slots["product_id"] != "p059" || un.Slots["min_price"] != c.min || un.Slots["limit"] != c.limit || len(card.Items) == 0 {
			t.Errorf("%q: understood %s %v, said %q; want items like %s", c.text, un.Intent, un.Slots, got, c.name)
			continue
		}
		for _, it := range card.Items {
			if it.ID == "p059" {
				t.Errorf("%q: the product named is among its similar items: %+v", c.text, card.Items)
			}
		}
		if c.limit != "" && len(card.Items) > 3 {
			t.Errorf("%q: %d items listed, want 3", c.text, len(card.Items))
		}
	}
	w.say("lz", "shopper", "다온 무선 키보드 Air 찾아줘")
	if un := w.rec.lastUnderstood("lz"); un.Intent != "shop_search" {
		t.Errorf("a search for the name: understood %s %v", un.Intent, un.Slots)
	}
}
