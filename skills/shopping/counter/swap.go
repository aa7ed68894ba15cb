package counter

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/shopping"
)

// A new user's trial (round 11): "그거 말고 첫번째꺼로", "actually not
// that one, the first one instead" and "swap it for the second one",
// said right after a product was put in the cart, put the second one in
// beside the first (a user who checks out at once pays for both); and
// "remove the phone case" with only earbuds in the cart took the
// earbuds out.

const (
	// slotAdded is the product the last cart change put in (read off the
	// cart the add returned); slotCartIDs the cart's products then.
	slotAdded   = "@added"
	slotCartIDs = "@cartids"
	// slotSwap is a swap under way: the product to put in once the one
	// it replaces is out, and that one's name.
	slotSwap = "@swap"
)

// swapWords say the product picked replaces the one just put in.
var swapWords = regexp.MustCompile(`(?i)말고|대신|바꿔|바꿀|바꾸|교체|교환|\binstead\b|\bswap\b|\bswitch\b|\bexchange\b|\breplace\b|\bnot\s+(?:that|this|the)\s+one\b|\bchange\s+(?:it|that|this)\s+(?:to|for)\b`)

// notSwapAsk: words that ask something else of a product picked ("1번
// 말고 2번 자세히 보여줘", "compare it instead with the second"), or to
// add it as well ("2번도 담아줘", "add the first one too").
var notSwapAsk = regexp.MustCompile(`(?i)도\s*(?:담|넣|추가|사)|\balso\b|\btoo\b|\bas well\b|보여|자세히|설명|비교|차이|리뷰|후기|\bshow\b|\bdetails?\b|\bcompare\b|\breviews?\b|\bwhat\b|\btell me\b`)

// trackCart keeps which product the cart change r made put in: the
// line that is new or grew since the last change.
func trackCart(t *embedded.Turn, r *skills.Result) {
	if r.Status != skills.StatusOK {
		return
	}
	cart, err := skills.Decode[shopping.CartView](*r)
	if err != nil {
		return
	}
	before := map[string]int{}
	_ = json.Unmarshal([]byte(t.Slot(slotCartIDs)), &before)
	now := map[string]int{}
	added := ""
	for _, l := range cart.Lines {
		now[l.ID] = l.Qty
		if r.Tool == "shop_cart_add" && l.Qty > before[l.ID] {
			added = l.ID
		}
	}
	b, _ := json.Marshal(now)
	t.Set(slotCartIDs, string(b))
	if r.Tool == "shop_cart_add" {
		t.Set(slotAdded, added)
	} else if _, in := now[t.Slot(slotAdded)]; !in {
		t.Set(slotAdded, "")
	}
}

// swapAdded: the product picked from the list shown, said to replace
// ("그거 말고 첫번째꺼로", "swap it for the second one") right after a
// product was put in the cart, takes that one out and puts the picked
// one in.
func swapAdded(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	text := t.Text()
	old := t.Slot(slotAdded)
	if old == "" || !swapWords.MatchString(text) || notSwapAsk.MatchString(text) {
		return agents.Step{}, false
	}
	ps := products(t)
	pick := -1
	switch n := t.Ordinal(); {
	case n >= 1 && n <= len(ps):
		pick = n - 1
	case n == -1 && len(ps) > 0:
		pick = len(ps) - 1
	case n == 0:
		if idx := namedShown(text, ps); len(idx) == 1 {
			pick = idx[0]
		}
	}
	if pick < 0 {
		return agents.Step{}, false
	}
	cart, ok := cartOf(t)
	if !ok {
		return agents.Step{}, false
	}
	i := slices.IndexFunc(cart.Lines, func(l shopping.CartViewLine) bool { return l.ID == old })
	if i < 0 {
		return agents.Step{}, false
	}
	line, next := cart.Lines[i], ps[pick]
	if t.Intent() != "" && t.Intent() != "shop_checkout" {
		t.Finish()
	}
	t.Understood("shop_cart_add", max(p, 0.5), map[string]string{"product_id": next.ID})
	if next.ID == old {
		return agents.Step{Say: t.Ko(fmt.Sprintf("%s 이미 장바구니에 있어요. 지금 %s, 합계 %s.", words.Josa(line.Name, "은/는"), cart.CountText, words.Josa(cart.Text, "이에요/예요")),
			fmt.Sprintf("%s is already in your cart. Your cart has %s, %s in total.", line.Name, cart.CountText, cart.Text))}, true
	}
	b, _ := json.Marshal(map[string]any{"id": next.ID, "old": line.Name, "qty": line.Qty})
	t.Set(slotSwap, string(b))
	return agents.Step{Call: call("shop_cart_remove", map[string]any{"product_id": old})}, true
}

// swapping goes on with a swap: once the old product is out, the new
// one goes in; once it is in, the reply says both.
func swapping(t *embedded.Turn, r *skills.Result) (agents.Step, bool) {
	s := t.Slot(slotSwap)
	if s == "" {
		return agents.Step{}, false
	}
	var sw struct {
		ID  string `json:"id"`
		Old string `json:"old"`
		Qty int    `json:"qty"`
	}
	_ = json.Unmarshal([]byte(s), &sw)
	switch {
	case r.Tool == "shop_cart_remove" && r.Status == skills.StatusOK:
		return agents.Step{Call: call("shop_cart_add", map[string]any{"product_id": sw.ID, "quantity": max(sw.Qty, 1)})}, true
	case r.Tool == "shop_cart_add" && r.Status == skills.StatusOK:
		t.Set(slotSwap, "")
		cart, err := skills.Decode[shopping.CartView](*r)
		if err != nil {
			return agents.Step{}, false
		}
		name := sw.ID
		for _, l := range cart.Lines {
			if l.ID == sw.ID {
				name = l.Name
			}
		}
		return agents.Step{Say: t.Ko(fmt.Sprintf("%s 빼고 %s 담았어요. 지금 %s, 합계 %s.", words.Josa(sw.Old, "을/를"), words.Josa(name, "을/를"), cart.CountText, words.Josa(cart.Text, "이에요/예요")),
			fmt.Sprintf("Swapped: I took out %s and added %s. Your cart has %s, %s in total.", sw.Old, name, cart.CountText, cart.Text))}, true
	}
	t.Set(slotSwap, "")
	return agents.Step{}, false // the data explains the error
}

// removeTail is a request to take something out, around what it names.
var removeTail = regexp.MustCompile(`(?i)\s*(?:을|를|은|는)?\s*(?:장바구니\S*\s*)?(?:빼\s*(?:줘|주세요|줄래|줄래요|요|자)?|빼고\s*싶어요?|삭제\S*|지워\S*|없애\S*)\s*[.!?~]*\s*$|^\s*(?:please\s+|can you\s+|could you\s+)?(?:remove|delete|take|drop)\s+(?:the\s+|my\s+|a\s+|an\s+)?|\s+(?:out\s+of|from|off)\s+(?:my\s+|the\s+)?cart\b.*$|\s+(?:out|off)\s*(?:please)?[.!]*\s*$|^\s*장바구니에서\s*`)

// countSaid: a quantity to take out ("2개만 빼주세요", "김치 두개만 덜어줘",
// "remove 2 of them"): a line's quantity, which setQuantity and the
// brain read.
var countSaid = regexp.MustCompile(`(?i)(?:\d+|한|두|세|네|다섯|하나|둘|셋|넷)\s*개|\b(?:\d+|one|two|three|four|five)\s+(?:of\s+(?:them|those|these)|units?|pieces?|items?)\b|덜어|\bquantity\b`)

// vagueThing: words that name no product ("그거", "that item").
var vagueThing = regexp.MustCompile(`(?i)^(?:그거|그것|그걸|이거|이것|이걸|저거|상품|물건|하나|것|거|전부|다|모두|it|that|this|one|item|items|thing|product|everything|all|that one|this one|the item)$`)

// removeNotInCart: a product named to take out that no line of the cart
// is ("remove the phone case" with earbuds in it) says so and shows the
// cart, instead of the removal picking the cart's only line.
func removeNotInCart(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	if intent != "shop_cart_remove" || t.Ordinal() != 0 || pointsBack.MatchString(t.Text()) || countSaid.MatchString(t.Text()) {
		return agents.Step{}, false
	}
	q := strings.TrimSpace(removeTail.ReplaceAllString(t.Text(), ""))
	q = strings.TrimSpace(strings.Trim(q, ".,!?~"))
	if len([]rune(q)) < 2 || vagueThing.MatchString(q) {
		return agents.Step{}, false
	}
	cart, ok := cartOf(t)
	if !ok || len(cart.Lines) == 0 {
		return agents.Step{}, false
	}
	if _, one := named(q, cart.Lines); one {
		return agents.Step{}, false
	}
	if r := t.Call("shop_search", map[string]any{"query": q, "limit": 20, "lang": t.Lang()}); r.Status == skills.StatusOK {
		if res, err := skills.Decode[shopping.SearchResult](r); err == nil {
			if len(res.Results) == 0 && res.NotSold == "" {
				return agents.Step{}, false // not a product's words: the brain reads it
			}
			if res.NotSold != "" || res.Nearby != "" || res.Gift {
				res.Results = nil // what the store offers instead of it
			}
			// The search ranks first the kind of thing the words name
			// (a search never dead-ends, so it lists other kinds after):
			// a line of that kind is what the user means.
			kind := ""
			if len(res.Results) > 0 {
				kind = res.Results[0].Kind
			}
			for _, it := range res.Results {
				if it.Kind != kind {
					continue
				}
				if slices.ContainsFunc(cart.Lines, func(l shopping.CartViewLine) bool { return l.ID == it.ID || l.Kind == kind }) {
					return agents.Step{}, false
				}
			}
		}
	}
	var ls []string
	for _, l := range cart.Lines {
		ls = append(ls, fmt.Sprintf("%s × %d", l.Name, l.Qty))
	}
	t.Understood("shop_cart_remove", p, nil)
	if t.Intent() == "shop_cart_remove" {
		t.Finish()
	}
	return agents.Step{Say: t.Ko(fmt.Sprintf("장바구니에 %s 없어요. 지금 장바구니: %s (합계 %s). 뺄 게 있으면 이름이나 \"1번 빼줘\"처럼 말씀해 주세요.", words.Josa(q, "은/는"), strings.Join(ls, ", "), cart.Text),
		fmt.Sprintf("There's no %s in your cart. It holds %s (%s in total). To take one out, say its name or \"remove number 1\".", q, strings.Join(ls, ", "), cart.Text))}, true
}

// alsoWords are the words that add a thing to what is in the cart ("also
// add a phone case", "볼펜도 담아줘").
var alsoWords = regexp.MustCompile(`(?i)^\s*(?:and\s+|ok(?:ay)?\s+|then\s+)?(?:also\s+|too\s+)?|\s+(?:too|also|as well)\s*[.!]*\s*$`)

// alsoCue: the request adds something besides ("also add …", "… too",
// "볼펜도 담아줘").
// (trial19: "충전 케이블도 하나 담아줘" — a count between the 도 and the
// verb — asked "어떤 상품을 담을까요?")
var alsoCue = regexp.MustCompile(`(?i)\balso\b|\btoo\b|\bas well\b|[가-힣]도\s*(?:좀\s*)?(?:(?:하나|한\s*개|두\s*개|세\s*개|\d+\s*개)\s*(?:만\s*)?(?:더\s*)?)?(?:담|넣|추가)`)

// countWords: a count said with the product ("a couple of", "two", "두
// 개"), not part of what is looked for.
var countWords = regexp.MustCompile(`(?i)\b(?:a\s+couple(?:\s+of)?|a\s+pair\s+of|pairs?\s+of|one|two|three|four|five|a\s+few)\b|(?:하나|한\s*개|두\s*개|세\s*개|둘|셋|몇\s*개)(?:씩)?`)

// vagueAdd: what an add request names when it names no product ("하나 더",
// "이것도", "another one", "the same").
var vagueAdd = regexp.MustCompile(`(?i)^(?:그거|그것|그걸|이거|이것|이걸|저거|저것|하나|하나 더|한 개|한개|한 개 더|더|또|것|거|걔|it|that|this|these|those|one|another|another one|more|one more|some more|the same|same|them|all|both|everything|item|something|it please|that one|this one)$`)

// addUnlisted: "also add a phone case", "볼펜도 담아줘" with no such
// product on the list shown asked "Which product? Say "add number 1"."
// — the product said is looked for, and the list it finds is offered to
// pick from (a new user's trial).
func addUnlisted(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	text := t.Text()
	if !addWords.MatchString(text) || !alsoCue.MatchString(text) || takeOut.MatchString(text) || t.Ordinal() != 0 || t.Intent() == "shop_checkout" ||
		pointsBack.MatchString(text) {
		return agents.Step{}, false
	}
	// "also add a couple of usb cables" (trial13 asked "Which product?"):
	// the count is no word of the product's.
	q := strings.TrimSpace(countWords.ReplaceAllString(text, " "))
	q = strings.TrimSpace(addTail.ReplaceAllString(q, ""))
	q = strings.TrimSpace(alsoWords.ReplaceAllString(q, ""))
	q = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(q, "도"), " "))
	q = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(q, "a "), "an "), "some "))
	if len([]rune(q)) < 2 || vagueThing.MatchString(q) || vagueAdd.MatchString(q) || countSaid.MatchString(q) || strings.ContainsAny(q, "0123456789") {
		return agents.Step{}, false
	}
	if ps := products(t); len(namedShown(q, ps)) > 0 {
		return agents.Step{}, false // a product of the list: the brain picks it
	}
	r := t.Call("shop_search", map[string]any{"query": q, "lang": t.Lang()})
	if r.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	if res, err := skills.Decode[shopping.SearchResult](r); err != nil || len(res.Results) == 0 && res.NotSold == "" {
		return agents.Step{}, false
	}
	if t.Intent() != "" {
		t.Finish()
	}
	t.Start("shop_search")
	t.Understood("shop_search", max(p, 0.5), map[string]string{"query": q})
	return agents.Step{Call: call("shop_search", map[string]any{"query": q, "lang": t.Lang(), "limit": 5})}, true
}
