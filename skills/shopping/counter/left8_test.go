package counter_test

import "testing"

// A new user's trial (left8): "더 싼 쪽으로 담아줘" / "add the cheaper one"
// after a comparison searched for cheaper products instead of adding the
// cheaper of the two compared; after a list, the cheapest on it.
func TestLeft8AddTheCheaperOne(t *testing.T) {
	for _, c := range []struct{ user, search, compare, add, want, cart string }{
		{"k", "텀블러", "1번이랑 2번 비교해줘", "더 싼 쪽으로 담아줘", "더 싼 바람 텀블러 Pro를 장바구니에 담았어요", "바람 텀블러 Pro × 1"},
		{"k2", "텀블러", "2번이랑 3번 비교해줘", "싼 걸로 담아줘", "초록 텀블러 Mini", "초록 텀블러 Mini × 1"},
		{"e", "tumblers", "compare 2 and 3", "add the cheaper one", "Added the cheaper one, Chorok Tumbler Mini", "초록 텀블러 Mini × 1"},
		{"e2", "tumblers", "compare 1 and 2", "ok put the cheaper one in my cart", "Baram Tumbler Pro", "바람 텀블러 Pro × 1"},
		// after a list, no comparison: the cheapest on it
		{"k3", "텀블러", "", "제일 싼 걸로 담아줘", "가장 싼 바람 텀블러 Pro를 장바구니에 담았어요", "바람 텀블러 Pro × 1"},
		{"e3", "tumblers", "", "add the cheapest one", "Added the cheapest one, Baram Tumbler Pro", "바람 텀블러 Pro × 1"},
	} {
		ch := newChat(t)
		ch.say(c.user, c.search)
		if c.compare != "" {
			ch.say(c.user, c.compare)
		}
		r, _ := ch.say(c.user, c.add)
		wants(t, r, c.want)
		lacks(t, r, "How about these", "이런 상품은 어떠세요")
		ch.cartHas(c.user, c.cart)
	}
}

// A new user's trial (left8): with one product shown, "2번이랑 3번 뭐가
// 달라?" read "목록에는 1번부터 1번까지 있어요. 어떤 두 상품을 비교할까요?".
// The list has only one product: it is named, and nothing is compared.
func TestLeft8CompareWithOneShown(t *testing.T) {
	for _, c := range []struct{ search, cheaper, ask, want, similar, similarWant string }{
		{"텀블러", "더 싼 거", "2번이랑 3번 뭐가 달라?", "지금 목록에는 상품이 하나뿐이에요: 1) 소리랩 텀블러 Air(10,600원).", "비슷한 거 보여줘", "바람 텀블러 Pro"},
		{"tumblers", "cheaper ones", "compare 1 and 2", "The list shown has only one product: 1) SoriLab Tumbler Air (₩10,600)", "show similar ones", "Baram Tumbler Pro"},
	} {
		ch := newChat(t)
		ch.say("u", c.search)
		ch.say("u", c.cheaper)
		r, _ := ch.say("u", c.ask)
		wants(t, r, c.want)
		lacks(t, r, "1 to 1", "1번부터 1번까지", "Side by side", "비교해 볼게요")
		r, _ = ch.say("u", c.similar)
		wants(t, r, c.similarWant)
	}
}

// A new user's trial (left8): "around 50000 won", "5만원 정도" was no
// budget at all (earbuds at ₩82,800 and ₩211,000 came first). An amount
// said roughly is a soft budget: up to 10% over it (₩55,000 for "around
// ₩50,000"), so what costs about that is shown and nothing far over it;
// the reply names the budget as said (trial11), not ₩55,000.
func TestLeft8AroundIsASoftBudget(t *testing.T) {
	for _, c := range []struct{ ask, want string }{
		{"wireless earbuds around 50000 won", "about your budget of ₩50,000"},
		{"무선 이어폰 5만원 정도로 추천해줘", "50,000원 정도 예산에 맞아요"},
		{"무선 이어폰 5만원쯤", "50,000원 정도 예산에 맞아요"},
		{"무선 이어폰 약 5만원", "50,000원 정도 예산에 맞아요"},
		{"wireless earbuds for about ₩50,000", "about your budget of ₩50,000"},
		{"wireless earbuds, 50k won or so", "about your budget of ₩50,000"},
	} {
		ch := newChat(t)
		r, card := ch.say("u", c.ask)
		for _, it := range card.Items {
			if p := priceOf(it.Price); p > 55000 {
				t.Errorf("%q: %s at %s shown, over ₩55,000", c.ask, it.Title, it.Price)
			}
		}
		lacks(t, r, "211,000", "82,800")
		wants(t, r, c.want)
	}
}

// priceOf reads "₩58,800" or "58,800원".
func priceOf(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n = n*10 + int(r-'0')
		}
	}
	return n
}
