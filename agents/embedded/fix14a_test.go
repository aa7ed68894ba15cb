package embedded_test

import (
	"strings"
	"testing"
)

// A new user's trial (trial14): with a restaurant card open, a complete
// request of another kind — a meeting with a length and people named, a
// booking cancelled — became a restaurant search on its day and hour.
// The new request wins; the list waits.
func TestTrial14NewRequestOverOpenCard(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("e", "assistant", "table for two in gangnam friday 7pm"), "These have room on Fri, Dec 11")
	got := w.say("e", "assistant", "set up a 30 minute call with Minsu tomorrow at 3pm")
	if strings.Contains(got, "have room") {
		t.Fatalf("the meeting became a search: %q", got)
	}
	must(t, got, "Minsu Kim")
	if u := w.rec.lastUnderstood("e"); u.Intent != "sched_invite" || u.Slots["duration_minutes"] != "30" {
		t.Errorf("understood %+v, want the 30-minute meeting", u)
	}

	must(t, w.say("k", "assistant", "이번주 금요일 저녁 7시 강남 다섯명 식당 잡아줘"), "12월 11일(금) 오후 7시에 예약할 수 있는 곳")
	got = w.say("k", "assistant", "다음주 화요일 오전에 민수랑 지영이랑 30분짜리 회의 하나 만들어줘")
	if strings.Contains(got, "예약할 수 있는 곳") {
		t.Fatalf("the meeting became a search: %q", got)
	}
	must(t, got, "김민수", "이지영")

	w.say("b", "assistant", "table for two in gangnam friday 7pm")
	must(t, w.say("b", "assistant", "book a room in busan from saturday for 2 nights"), "Sol Resort")
	w.say("b", "assistant", "1")
	must(t, w.confirm("b", "assistant", true), "Booked Sol Resort")
	got = w.say("b", "assistant", "cancel the busan one")
	if strings.Contains(got, "have room") {
		t.Fatalf("the cancellation became a search: %q", got)
	}
	if c := w.out.lastConfirm("b"); !strings.Contains(c.Summary, "Sol Resort") {
		t.Fatalf("confirm %+v, want Sol Resort cancelled", c)
	}
	// A bare detail still goes on with the choice.
	must(t, w.say("c", "assistant", "table for two in gangnam friday 7pm"), "These have room")
	must(t, w.say("c", "assistant", "actually make that 4 people"), "These have room")
}

// A new user's trial (trial14): "3명으로 바꿀게", "actually make that 4
// people" while choosing a place re-sent the same list without a word
// about the party. The change is said, and the party held is it.
func TestTrial14PartyChangeSaid(t *testing.T) {
	w := newWorld(t)
	w.say("e", "assistant", "table for two in gangnam friday 7pm")
	must(t, w.say("e", "assistant", "actually make that 4 people"), "Changed to 4 people.", "These have room")
	w.say("e", "assistant", "1")
	if c := w.out.lastConfirm("e"); !strings.Contains(c.Summary, "4") {
		t.Errorf("confirm %+v, want a party of 4", c)
	}
	w.say("k", "assistant", "금요일 저녁 7시 강남 2명 식당 예약해줘")
	must(t, w.say("k", "assistant", "3명으로 바꿀게"), "3명으로 바꿨어요.", "예약할 수 있는 곳")
}

// A new user's trial (trial14): "i want the wireless earbuds you showed
// earlier" with a list holding a wireless mouse put the mouse in the
// cart, and "Added." never named it. Earbuds are looked for, and an add
// names the product added, in both languages.
func TestTrial14AddNamesTheProduct(t *testing.T) {
	w := newWorld(t)
	w.say("e", "shopper", "looking for a gift for my mom, maybe a scarf or something warm under 40000 won")
	must(t, w.say("e", "shopper", "anything cheaper?"), "Wireless Mouse")
	got := w.say("e", "shopper", "i want the wireless earbuds you showed earlier")
	if strings.Contains(got, "Added") || strings.Contains(got, "Mouse") && !strings.Contains(got, "Earbuds") {
		t.Fatalf("%q", got)
	}
	if n, _ := w.shop.CartTotal("e"); n != 0 {
		t.Fatalf("%d items in the cart", n)
	}
	must(t, got, "Wireless Earbuds")
	name := w.out.lastCard("e").Items[1].Title
	must(t, w.say("e", "shopper", "add number 2 to my cart"), "Added "+name+". Your cart has 1 item")

	w.say("k", "shopper", "무선 마우스 보여줘")
	name = w.out.lastCard("k").Items[0].Title
	must(t, w.say("k", "shopper", "1번 담아줘"), "장바구니에 담았어요: "+name+". 지금 1개", "지금 1개")
}

// A new user's trial (trial14): "sort them cheapest first" after a
// search put the first item in the cart: "first" there is an order.
func TestTrial14SortCheapestFirst(t *testing.T) {
	w := newWorld(t)
	w.say("e", "shopper", "show me headphones under 100k")
	got := w.say("e", "shopper", "sort them cheapest first")
	if strings.Contains(got, "Added") {
		t.Fatalf("%q", got)
	}
	if n, _ := w.shop.CartTotal("e"); n != 0 {
		t.Fatalf("%d items in the cart", n)
	}
	ps := w.cardPrices("e")
	for i := 1; i < len(ps); i++ {
		if ps[i] < ps[i-1] {
			t.Fatalf("prices %v not cheapest first", ps)
		}
	}
}
