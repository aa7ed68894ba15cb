package counter_test

import (
	"strings"
	"testing"
)

// A new user's trial (trial16): after a product list, picks said as
// words and joined by 랑/하고/and with a compare verb are a comparison,
// never an add ("두번째꺼랑 세번째꺼 비교해줘" put the second in the cart).
func TestFix16CompareOrdinalWords(t *testing.T) {
	for _, c := range []struct{ lang, ask string }{
		{"k", "두번째꺼랑 세번째꺼 비교해줘"},
		{"k", "두 번째 거하고 세 번째 거 차이가 뭐야?"},
		{"e", "compare the second one and the third one"},
		{"e", "what's the difference between the second and third"},
	} {
		ch := newChat(t)
		q := "무선 이어폰 5만원 이하"
		if c.lang == "e" {
			q = "wireless earphones under 50000 won"
		}
		_, card := ch.turn(c.lang, q)
		if len(card.Items) < 3 {
			t.Fatalf("card %+v", card)
		}
		r, _ := ch.turn(c.lang, c.ask)
		lacks(t, r, "장바구니에 담았어요", "Added to your cart")
		wants(t, r, card.Items[1].Title, card.Items[2].Title)
	}
}

// A new user's trial (trial16): "add the first one to my cart, make it 3"
// added one; the count said after the pick is how many.
func TestFix16AddPickMakeIt(t *testing.T) {
	for _, c := range []struct{ lang, q, ask, want string }{
		{"e", "wireless earphones under 50000 won", "add the first one to my cart, make it 3", "3"},
		{"e", "wireless earphones under 50000 won", "put number 2 in my cart, actually make it two", "2"},
		{"k", "무선 이어폰 5만원 이하", "첫번째 거 담아줘, 3개로 해줘", "3개"},
	} {
		ch := newChat(t)
		_, card := ch.turn(c.lang, c.q)
		if len(card.Items) < 3 {
			t.Fatalf("card %+v", card)
		}
		r, _ := ch.turn(c.lang, c.ask)
		wants(t, r, c.want)
		lacks(t, r, "1 item", "1개")
	}
}

// A new user's trial (trial16): "비슷한데 더 싼거 있어?" after a power bank
// went into the cart listed a mouse, laver and a face mask. Similar and
// cheaper is about the product in focus: like it, below its price.
func TestFix16SimilarButCheaper(t *testing.T) {
	for _, c := range []struct{ lang, q, add, ask, kind string }{
		{"k", "보조배터리 보여줘", "1번 담아줘", "비슷한데 더 싼거 있어?", "보조배터리"},
		{"e", "show me power banks", "add number 1", "anything similar but cheaper?", "Power Bank"},
	} {
		ch := newChat(t)
		_, card := ch.turn(c.lang, c.q)
		if len(card.Items) < 2 {
			t.Fatalf("card %+v", card)
		}
		ch.say(c.lang, c.add)
		_, got := ch.turn(c.lang, c.ask)
		if len(got.Items) == 0 {
			t.Fatalf("%q: no products shown", c.ask)
		}
		if len(got.Items) < 3 {
			t.Fatalf("%q: %d products", c.ask, len(got.Items))
		}
		for _, it := range got.Items[:3] { // (the ones read out; the rest are related kinds)
			if !strings.Contains(it.Title, c.kind) {
				t.Errorf("%q: %q is not like a %s", c.ask, it.Title, c.kind)
			}
		}
	}
}
