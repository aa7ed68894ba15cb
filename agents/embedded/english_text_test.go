package embedded_test

import (
	"strings"
	"testing"

	"github.com/madang-world/madang/protocol"
)

// TestShoppingEnglishReadsEnglish: a user speaking English reads the
// cart, the order card and the order's status in English: the products'
// English names, "₩" money, "1 item", the store's English name and the
// order's steps (skills/shopping viewOrder, countText).
func TestShoppingEnglishReadsEnglish(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("u8", "shopper", "noise cancelling headphones"), "How about these?")
	pc := w.out.lastCard("u8")
	if pc.Kind != protocol.CardProducts || len(pc.Items) == 0 {
		t.Fatalf("products card %+v", pc)
	}
	name, price := pc.Items[0].Title, pc.Items[0].Price
	if !strings.HasPrefix(price, "₩") || hangul(name) {
		t.Fatalf("the product reads %q, %q", name, price)
	}
	must(t, w.say("u8", "shopper", "add number 1 to my cart"), "Added "+name+". Your cart has 1 item, "+price+" in total.")
	must(t, w.say("u8", "shopper", "check out please"), "Delivery, or pick up")
	must(t, w.say("u8", "shopper", "pick up at Gangnam"), "Which card")
	must(t, w.say("u8", "shopper", "Visa •••• 4242"), "confirm")
	cf := w.out.lastConfirm("u8")
	fields := map[string]string{}
	for _, f := range cf.Fields {
		fields[f.Label] = f.Value
	}
	if fields["상품 Items"] != name+" × 1" || fields["상품 금액 Subtotal"] != price || fields["결제 금액 Total"] != price ||
		fields["배송비 Shipping"] != "free (store pickup)" || fields["픽업 매장 Pickup"] != "Madang Store Gangnam" {
		t.Errorf("confirmation fields %v: want %q × 1, %s, free shipping, Madang Store Gangnam", fields, name, price)
	}
	must(t, w.confirm("u8", "shopper", true), "Paid (₩", "shipping free (store pickup)")
	oc := w.out.lastCard("u8")
	if oc.Kind != protocol.CardOrder || len(oc.Items) != 1 {
		t.Fatalf("order card %+v", oc)
	}
	it := oc.Items[0]
	if it.Title != name+" × 1" || !strings.HasPrefix(it.Price, "₩") || it.Subtitle != "Pickup · Madang Store Gangnam" ||
		it.Reason != "✓Paid › Ready for pickup › Picked up" {
		t.Errorf("order card item %+v: want %q × 1, ₩ money, the store and the steps in English", it, name)
	}
	must(t, w.say("u8", "shopper", "where is my order"), "Your order of "+name+" × 1 is paid; you can collect it from Mon, Dec 7, 10 AM.")
}

// hangul reports whether s has Korean letters.
func hangul(s string) bool {
	for _, r := range s {
		if r >= 0xAC00 && r <= 0xD7A3 {
			return true
		}
	}
	return false
}

// TestMeetingEnglishReadsEnglish: the free times a user speaking English
// is offered, why, the reply to a pick and the confirmation's time read
// in English ("Tue, Dec 8, 1–2 PM", as dates read everywhere:
// protocol/words Span); skills/scheduling slotWhen.
func TestMeetingEnglishReadsEnglish(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("u7", "assistant", "Set up a one-hour meeting with Minsu and Jiyoung tomorrow afternoon"), "Everyone is free at: 1) Tue, Dec 8, 1–2 PM, 2) Tue, Dec 8, 5–6 PM.")
	c := w.out.lastCard("u7")
	if c.Kind != protocol.CardSlots || len(c.Items) < 2 {
		t.Fatalf("slots card %+v", c)
	}
	for _, it := range c.Items {
		if !strings.HasPrefix(it.Title, "Tue, Dec 8, ") || !strings.HasSuffix(it.Title, " PM") ||
			(it.Reason != "The earliest time everyone is free" && it.Reason != "Fits between other meetings without leaving odd gaps") {
			t.Errorf("slot %+v: want an English time and reason", it)
		}
	}
	must(t, w.say("u7", "assistant", "the second one"), "I'll invite everyone for "+c.Items[1].Title+". Please press “Send invites”")
	cf := w.out.lastConfirm("u7")
	when := ""
	for _, f := range cf.Fields {
		if f.Label == "시간 When" {
			when = f.Value
		}
	}
	if when != c.Items[1].Title {
		t.Errorf("the confirmation's time reads %q, want %q", when, c.Items[1].Title)
	}
	if !strings.Contains(cf.Summary, c.Items[1].Title) {
		t.Errorf("the confirmation's summary %q lacks %q", cf.Summary, c.Items[1].Title)
	}
}

// TestRestaurantEnglishReadsEnglish: the places offered to a user
// speaking English, why (the place's note) and the confirmation's values
// read in English: "On Trattoria (Seoul Gangnam)", "4 people"
// (skills/booking info, describe; data/places.json note_en).
func TestRestaurantEnglishReadsEnglish(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("u2", "assistant", "Book an italian restaurant in Gangnam tonight at 7pm for 4"), "Which one?")
	c := w.out.lastCard("u2")
	if c.Kind != protocol.CardOptions || len(c.Items) < 2 {
		t.Fatalf("options card %+v", c)
	}
	for _, it := range c.Items {
		if it.Reason == "" || hangul(it.Title+it.Subtitle+it.Reason) {
			t.Errorf("place %+v: want its name, area and note in English", it)
		}
	}
	if c.Items[0].Title != "On Trattoria" || c.Items[0].Reason != "Window seats available." {
		t.Errorf("first place %+v: want On Trattoria, Window seats available.", c.Items[0])
	}
	must(t, w.say("u2", "assistant", "the second one"), "press “Book it”")
	cf := w.out.lastConfirm("u2")
	fields := map[string]string{}
	for _, f := range cf.Fields {
		fields[f.Label] = f.Value
	}
	if fields["장소 Place"] != c.Items[1].Title+" (Seoul Gangnam)" || fields["인원 Party"] != "4 people" || hangul(fields["취소 규정 Policy"]) {
		t.Errorf("confirmation fields %v: want %q (Seoul Gangnam), 4 people, the policy in English", fields, c.Items[1].Title)
	}
	must(t, w.confirm("u2", "assistant", true), "confirmed", c.Items[1].Title, "7 PM", "for 4")
}
