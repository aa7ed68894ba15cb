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
	must(t, w.say("u8", "shopper", "add number 1 to my cart"), "Added. Your cart has 1 item, "+price+" in total.")
	must(t, w.say("u8", "shopper", "check out please"), "Delivery, or pick up")
	must(t, w.say("u8", "shopper", "pick up at Gangnam"), "Which card")
	must(t, w.say("u8", "shopper", "Visa •••• 4242"), "confirm")
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
	must(t, w.say("u8", "shopper", "where is my order"), "Your order of "+name+" × 1 is paid.")
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
