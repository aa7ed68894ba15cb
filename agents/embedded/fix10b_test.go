package embedded_test

import (
	"strings"
	"testing"
)

// Trial 10, item 15: a hotel search in Busan, Haeundae or Seoul said only
// "No place to stay matches" — there are no hotels there (Busan and
// Seoul have resorts and hanok stays; the hotels are in Jeju). When a
// kind of stay is missing, the reply says which kinds the city has and
// where that kind is.
func TestFix10bNoHotelSaysWhatThereIs(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct {
		user, lang, text string
		want             []string
	}{
		{"e1", "en", "hey, can you find me a hotel in Busan for 2 nights from Dec 18, 2 adults", []string{"Busan", "resort", "Jeju"}},
		{"e2", "en", "a hotel in Seoul, Dec 18 to Dec 20, 2 people", []string{"Seoul", "hanok", "Jeju"}},
		{"k1", "ko", "12월 18일부터 부산 호텔 2박 2명", []string{"부산", "리조트", "제주"}},
	} {
		r := w.say(c.user, "assistant", c.text)
		t.Logf("understood %+v", w.rec.lastUnderstood(c.user))
		for _, s := range c.want {
			if !strings.Contains(r, s) {
				t.Errorf("%q → %q: want %q", c.text, r, s)
			}
		}
	}
}

// wonsOf is the prices of a card's items, in won.
func wonsOf(t *testing.T, items []string) []int {
	var out []int
	for _, p := range items {
		out = append(out, wonOf(t, p))
	}
	return out
}

// Trial 10, item 8: "show me black headphones" after a search with a
// ₩100,000 budget listed headphones up to ₩391,500 and said nothing of
// the colour. A refinement of the same kind of product keeps the budget,
// and a colour nobody has is said so, with the colours there are.
func TestFix10bRefineKeepsBudgetAndColour(t *testing.T) {
	w := newWorld(t)
	w.say("e", "shopper", "hi, im looking for wireless headphones under 100000 won")
	r := w.say("e", "shopper", "show me black headphones")
	c := w.out.lastCard("e")
	var prices []string
	for _, it := range c.Items {
		prices = append(prices, it.Price)
	}
	for i, p := range wonsOf(t, prices) {
		if p > 100000 {
			t.Errorf("item %s at %s is over the ₩100,000 budget (%q)", c.Items[i].Title, prices[i], r)
		}
	}
	// No headphones come in black: the reply says so and names colours.
	if !strings.Contains(strings.ToLower(r), "black") || !strings.Contains(r, "white") {
		t.Errorf("reply %q does not say that none is black and what colours there are", r)
	}
	// Stock is in the data: the answer says it.
	r = w.say("e", "shopper", "which of these are black and in stock? my budget is still 100k")
	if !strings.Contains(strings.ToLower(r), "in stock") {
		t.Errorf("stock question → %q", r)
	}
}

// "the cheaper of the two noise cancelling ones, in white?" after a list
// of three earbuds, two noise cancelling: the cheaper of those two
// (Byeolbit ₩28,400), with its colour — not "these are the cheapest".
func TestFix10bCheaperOfTheTwo(t *testing.T) {
	w := newWorld(t)
	w.say("e", "shopper", "can i just pay with my own visa then, for some earbuds under 50k")
	c := w.out.lastCard("e")
	if len(c.Items) < 3 {
		t.Fatalf("list %+v", c)
	}
	r := w.say("e", "shopper", "the cheaper of the two noise cancelling ones, do you have it in white?")
	t.Logf("understood %+v", w.rec.lastUnderstood("e"))
	if !strings.Contains(r, "Byeolbit Wireless Earbuds Lite") || !strings.Contains(r, "pink") {
		t.Errorf("→ %q, want Byeolbit Wireless Earbuds Lite and its colour (pink)", r)
	}
}

// Trial 10, item 10: a gift for someone who likes tea is tea, not rice
// cake sets; "the cheaper one" right after the card is the cheaper of
// the card's items, not a new list.
func TestFix10bGiftLikesTea(t *testing.T) {
	w := newWorld(t)
	r := w.say("e", "shopper", "hi! a good gift for my mom under 30000 won? she likes tea")
	t.Logf("understood %+v", w.rec.lastUnderstood("e"))
	c := w.out.lastCard("e")
	if len(c.Items) == 0 || !strings.Contains(c.Items[0].Title, "Tea") {
		t.Fatalf("gift for a tea lover → %q %+v", r, c.Items)
	}
	w2 := newWorld(t)
	w2.say("k", "shopper", "엄마 선물 3만원 이하로 추천해줘, 녹차 좋아하셔")
	if c := w2.out.lastCard("k"); len(c.Items) == 0 || !strings.Contains(c.Items[0].Title, "녹차") {
		t.Errorf("ko gift for a tea lover → %+v", c.Items)
	}
}

func TestFix10bTheCheaperOne(t *testing.T) {
	w := newWorld(t)
	w.say("e", "shopper", "hi! a good gift for my mom under 30000 won")
	c := w.out.lastCard("e")
	if len(c.Items) < 2 {
		t.Fatalf("list %+v", c)
	}
	low := c.Items[0]
	for _, it := range c.Items {
		if wonOf(t, it.Price) < wonOf(t, low.Price) {
			low = it
		}
	}
	// A pick on the store's list puts it in the cart, as "1번" does.
	r := w.say("e", "shopper", "the cheaper one")
	if n, total := w.shop.CartTotal("e"); n != 1 || int(total) != wonOf(t, low.Price) {
		t.Errorf("\"the cheaper one\" → %q, cart %d items %d원; want %s (%s) from the card", r, n, total, low.Title, low.Price)
	}
}

// The same in Korean: the budget kept, the colour said, stock answered.
func TestFix10bRefineKeepsBudgetKo(t *testing.T) {
	w := newWorld(t)
	w.say("k", "shopper", "10만원 이하 헤드폰 찾아줘")
	r := w.say("k", "shopper", "검은색 헤드폰 보여줘")
	for _, it := range w.out.lastCard("k").Items {
		if wonOf(t, it.Price) > 100000 {
			t.Errorf("%s %s is over the budget (%q)", it.Title, it.Price, r)
		}
	}
	if !strings.Contains(r, "블랙") {
		t.Errorf("reply %q does not say there is no black", r)
	}
	r = w.say("k", "shopper", "이 중에 검은색이고 재고 있는 거 있어요?")
	if !strings.Contains(r, "블랙") || !strings.Contains(r, "재고") {
		t.Errorf("colour and stock question → %q", r)
	}
}
