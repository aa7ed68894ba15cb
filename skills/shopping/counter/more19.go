package counter

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
)

// A new user's trial (trial19): "and one more of the same" right after
// a mouse was put in the cart asked "Which product? Say "add number 1"".
// Another of what was just put in ("하나 더", "같은 거 하나 더 담아줘",
// "one more of those", "another one of that") adds it again.
var (
	oneMoreRe = regexp.MustCompile(`(?i)\b(?:one|1|two|2|three|3)\s+more\b|\banother\s+(?:one|of\s+(?:those|these|them|that|it|the\s+same))\b|\banother\s*[.!]*\s*$|\b(?:the\s+)?same\s+(?:one|thing)\s+again\b|\bof\s+the\s+same\b|\bdouble\s+(?:it|that)\b|(?:하나|한\s*개|두\s*개|세\s*개|[1-3]\s*개)\s*더|같은\s*(?:거|걸|것|걸로|거로|제품|상품)\s*(?:로\s*)?(?:하나|한\s*개|두\s*개)?\s*(?:더|추가)`)
	// notOneMore: one more shown or compared, a different one, a cheaper
	// one, or taken out — not the same product again.
	notOneMore = regexp.MustCompile(`(?i)\b(?:show|see|find|look|recommend|suggest|compare|similar|different|other|cheaper|remove|delete)\b|보여|찾아|추천|비슷|다른|비교|싼|빼|말고|\boption|\bchoice|\bquestion|\bminutes?\b|\bday`)
	twoMore    = regexp.MustCompile(`(?i)\b(?:two|2)\s+more\b|(?:두|2)\s*개\s*더`)
	threeMore  = regexp.MustCompile(`(?i)\b(?:three|3)\s+more\b|(?:세|3)\s*개\s*더`)
	// namesOther: a product word said with the cue ("케이블도 하나 더") is
	// that product's (addUnlisted), not the one just put in.
	namesOther = regexp.MustCompile(`[가-힣]{2,}도\s`)
)

func oneMore(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	text := t.Text()
	id := t.Slot(slotAdded)
	if id == "" || t.Ordinal() != 0 || t.Intent() == "shop_checkout" || !oneMoreRe.MatchString(text) || notOneMore.MatchString(text) || namesOther.MatchString(text) {
		return agents.Step{}, false
	}
	n := 1
	switch {
	case twoMore.MatchString(text):
		n = 2
	case threeMore.MatchString(text):
		n = 3
	}
	t.Understood("shop_cart_add", max(p, 0.6), map[string]string{"product_id": id})
	return agents.Step{Call: call("shop_cart_add", map[string]any{"product_id": id, "quantity": n})}, true
}

// giftAskRe: a present asked for ("부모님 선물로", "생일 선물", "a gift
// for my dad").
var giftAskRe = regexp.MustCompile(`(?i)선물|생신|\b(?:gifts?|presents?)\b`)

// giftIdeaRe: ideas asked for ("what would make a nice present", "선물 뭐가 좋을까").
var giftIdeaRe = regexp.MustCompile(`(?i)\b(?:recommend|suggest|ideas?|nice|good|what\s+(?:would|should|could|can)|any)\b|추천|뭐가\s*좋|뭘\s*사|좋을까`)

// giftSearch: "부모님 선물로 10만원 안쪽에서 뭐가 좋을까?" searched for
// "부모님 좋을까" — the pack's query slot drops "선물로" so that "엄마
// 선물로 녹차" looks for green tea — and found nothing (trial19). A search
// asked as a present whose query lost the word keeps it for the store,
// which offers the best-rated goods within the budget when no goods are
// named (shopping.Shop's search). What was understood is unchanged.
func giftSearch(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "shop_search" && intent != embedded.OutOfScope || !giftAskRe.MatchString(text) || t.Intent() != "" && t.Intent() != "shop_search" {
		return agents.Step{}, false
	}
	said := t.Said("shop_search")
	q := said["query"]
	if intent == embedded.OutOfScope {
		// "what would make a nice present for my grandpa, up to 40,000
		// won?": a present with a budget or a wish for ideas is a search
		if said["max_price"] == "" && !giftIdeaRe.MatchString(text) {
			return agents.Step{}, false
		}
		p = max(p, 0.6)
	} else if giftAskRe.MatchString(q) {
		return agents.Step{}, false
	}
	args := map[string]any{"query": strings.TrimSpace(q + " " + t.Ko("선물", "gift")), "lang": t.Lang()}
	for _, k := range []string{"max_price", "min_price"} {
		if v, err := strconv.ParseInt(said[k], 10, 64); err == nil && v > 0 {
			args[k] = v
		}
	}
	t.Understood("shop_search", p, said)
	t.Start("shop_search")
	return agents.Step{Call: call("shop_search", args)}, true
}
