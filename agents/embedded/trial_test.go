package embedded_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// prices are the prices a product reply reads out ("20,300원", "₩20,300").
func prices(t *testing.T, reply string) []int {
	t.Helper()
	var out []int
	for _, m := range regexp.MustCompile(`₩([0-9,]+)|([0-9,]+)원`).FindAllStringSubmatch(reply, -1) {
		n, err := strconv.Atoi(strings.ReplaceAll(m[1]+m[2], ",", ""))
		if err != nil {
			t.Fatalf("price in %q: %v", reply, err)
		}
		out = append(out, n)
	}
	return out
}

// TestBudgetIsAPriceBound: "예산은 3만원이야" / "budget is 30000 won" said
// after a search narrows it to that budget (it was remembered as a fact,
// or ignored, and the same list came again).
func TestBudgetIsAPriceBound(t *testing.T) {
	w := newWorld(t)
	for _, tc := range []struct{ user, search, budget, within string }{
		{"k", "텀블러 보여줘", "예산은 3만원이야", "30,000원 이하 예산에 맞아요"},
		{"e", "show me tumblers", "budget is 30000 won", "within your budget of ₩30,000"},
	} {
		before := prices(t, w.say(tc.user, "shopper", tc.search))
		over := false
		for _, p := range before {
			over = over || p > 30000
		}
		if !over {
			t.Fatalf("%s: the first list %v should have something over the budget", tc.search, before)
		}
		got := w.say(tc.user, "shopper", tc.budget)
		must(t, got, tc.within)
		ps := prices(t, got)
		for _, p := range ps[:len(ps)/2] { // each item's price, then the budget it fits
			if p > 30000 {
				t.Fatalf("%s: %d is over the budget in %q", tc.budget, p, got)
			}
		}
	}
}

// TestNewSearchStartsAnew: after "earphones under 30,000 won", a search for
// something else is a new search — neither the last words nor the last
// bound carry over to it.
func TestNewSearchStartsAnew(t *testing.T) {
	w := newWorld(t)
	for _, tc := range []struct{ user, first, next, about, not string }{
		{"k", "3만원 이하 이어폰 찾아줘", "이제 텀블러 보여줘", "‘텀블러’ 검색 결과", "예산"},
		{"e", "earphones under 30000 won", "now show me tumblers", "matches “tumblers”", "budget"},
	} {
		must(t, w.say(tc.user, "shopper", tc.first), "30,000")
		got := w.say(tc.user, "shopper", tc.next)
		must(t, got, tc.about)
		if strings.Contains(got, tc.not) || strings.Contains(got, "이어폰") || strings.Contains(got, "arphones") {
			t.Fatalf("%s: the last search carried over: %q", tc.next, got)
		}
	}
}

// TestDetailFilledInIsUsed: a turn that only gives a missing detail ("한
// 시간이면 돼", "hmm whats the cheapest") is used by the task in progress,
// not answered with the help paragraph.
func TestDetailFilledInIsUsed(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("m", "assistant", "내일 민수랑 회의 잡아줘"), "오전 10시–11시")
	got := w.say("m", "assistant", "30분이면 돼")
	must(t, got, "김민수님과", "오전 9시–9시 30분")
	if strings.Contains(got, "도와드려요") {
		t.Fatalf("help instead of the search: %q", got)
	}

	before := prices(t, w.say("e", "shopper", "show me tumblers"))
	lo := before[0]
	for _, p := range before {
		lo = min(lo, p)
	}
	got = w.say("e", "shopper", "hmm whats the cheapest")
	ps := prices(t, got)
	if len(ps) == 0 || strings.Contains(got, "not sure") {
		t.Fatalf("no list for the cheapest: %q", got)
	}
	must(t, got, "Tumbler")
	for _, p := range ps {
		if p > lo {
			t.Fatalf("%d in %q is dearer than the cheapest shown, %d", p, got, lo)
		}
	}
}

// TestPlaceMeansTheListShownLast: after a search, the cart (or an empty
// order list) shown later is what "첫번째꺼 빼줘" / "remove the first item"
// / "1번 주문 취소" point at — not the search's first product, which the
// older card's options would add to the cart again.
func TestPlaceMeansTheListShownLast(t *testing.T) {
	w := newWorld(t)
	for _, tc := range []struct{ user, search, add, cart, remove, removed string }{
		{"k", "이어폰 보여줘", "1번 담아줘", "장바구니 보여줘", "첫번째꺼 빼줘", "장바구니에서 뺐어요"},
		{"e", "show me earphones", "add number 1 to my cart", "show cart", "remove the first item", "Removed."},
	} {
		w.say(tc.user, "shopper", tc.search)
		w.say(tc.user, "shopper", tc.add)
		w.say(tc.user, "shopper", tc.cart)
		must(t, w.say(tc.user, "shopper", tc.remove), tc.removed)
	}
	w.say("o", "shopper", "보조배터리 보여줘")
	must(t, w.say("o", "shopper", "주문 내역 보여줘"), "주문 내역이 없어요")
	must(t, w.say("o", "shopper", "1번 주문 취소할게요"), "취소할 주문이 없어요")
}

// TestBookingsShownWhileAHoldWaits: "내 예약 보여줘" while a hold waits for
// its button is a request ("예" inside "예약" is no yes), and "첫번째꺼
// 취소해줘" / "cancel the first one" after it cancels the first booking of
// that list — not the restaurant list the hold was picked from, and not
// the generic "never mind".
func TestBookingsShownWhileAHoldWaits(t *testing.T) {
	w := newWorld(t)
	for _, tc := range []struct{ user, search, hold, mine, listed, cancel, asks string }{
		{"k", "내일 저녁 7시 강남 이탈리안 2명", "1번으로 예약", "내 예약 보여줘", "온 트라토리아", "첫번째꺼 취소해줘", "취소하기 전에 확인 카드를 봐 주세요"},
		{"e", "italian in gangnam tomorrow 7pm for 2", "book the 1st", "show my bookings", "On Trattoria", "cancel the first one", "confirm the cancellation"},
	} {
		w.say(tc.user, "assistant", tc.search)
		w.say(tc.user, "assistant", tc.hold)
		must(t, w.say(tc.user, "assistant", tc.mine), tc.listed)
		must(t, w.say(tc.user, "assistant", tc.cancel), tc.asks)
	}
}

// TestQuestionAboutAPickReadsIt: a question about an item of the list
// ("2번은 무게가 얼마나 돼요?", "is the first one any good?") shows that
// item; it never puts it in the cart, which a bare pick does.
func TestQuestionAboutAPickReadsIt(t *testing.T) {
	w := newWorld(t)
	for _, tc := range []struct{ user, search, ask, shown, added string }{
		{"k", "무선 이어폰 보여줘", "2번은 무게가 얼마나 돼요?", "평점", "장바구니에 담았어요"},
		{"e", "show me wireless earbuds", "is the first one any good?", "rated", "Added"},
	} {
		w.say(tc.user, "shopper", tc.search)
		got := w.say(tc.user, "shopper", tc.ask)
		must(t, got, tc.shown)
		if strings.Contains(got, tc.added) {
			t.Fatalf("%s: put in the cart: %q", tc.ask, got)
		}
	}
}

// TestBareProductWordsAreLookedFor: a few words the shop's classifier
// cannot place ("electric kettles") are looked for in the catalogue (the
// shopping pack's bounded fallback); found nothing, they were not a search
// and the reply says what the shop can do, not "nothing found".
func TestBareProductWordsAreLookedFor(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("e", "shopper", "electric kettles"), "1) ", "Electric Kettle")
	got := w.say("k", "shopper", "날씨 어때")
	must(t, got, "확실하지 않아요")
	if strings.Contains(got, "찾지 못했어요") {
		t.Fatalf("an unplaced text answered as a search: %q", got)
	}
}

// TestVerbAndNumberPicks: "add 1", then "add 3 too" with the list still on
// screen put items 1 and 3 in the cart (not "which product?", not three
// of something).
func TestVerbAndNumberPicks(t *testing.T) {
	w := newWorld(t)
	w.say("e", "shopper", "show me wireless earbuds")
	must(t, w.say("e", "shopper", "add 1"), "Your cart has 1 item")
	must(t, w.say("e", "shopper", "add 3 too"), "Your cart has 2 items")
}

// TestJudgedFirstKeepsItsReading: a long "what can you help me with" asked
// of the tutor's lessons first and not placed there is answered with the
// help — and understood as help, not as out of scope.
func TestJudgedFirstKeepsItsReading(t *testing.T) {
	w := newWorld(t)
	for _, tc := range []struct{ user, text string }{
		{"k", "혹시 여기서 도와줄 수 있는 게 뭐가 있어?"},
		{"e", "so what kind of things can you help me with here?"},
	} {
		w.say(tc.user, "tutor", tc.text)
		if u := w.rec.lastUnderstood(tc.user); u.Intent != "help" {
			t.Fatalf("%s understood as %q, want help", tc.text, u.Intent)
		}
	}
}

// TestRunnerUpThatTakesMore: "pizza night thursday 8pm with minsu and
// junho, invite them" sounds like a restaurant search, but a scheduling
// reading the classifier gave a fair share takes more of what it says —
// the people named besides the day and the time — and is meant: a
// meeting at a set time with the people named is an invitation, proposed
// for that hour, not a list of pizzerias.
func TestRunnerUpThatTakesMore(t *testing.T) {
	w := newWorld(t)
	got := w.say("e", "assistant", "pizza night thursday 8pm with minsu and junho, invite them, at hongdae station")
	must(t, got, "Please press “Send invites”")
	must(t, w.confirm("e", "assistant", true), "Thu, Dec 10, 8–9 PM")
	if u := w.rec.lastUnderstood("e"); u.Slots["participants"] != "minsu,junho" {
		t.Fatalf("understood %+v, want the participants minsu,junho", u)
	}
}
