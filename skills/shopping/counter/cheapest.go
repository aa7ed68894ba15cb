package counter

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/search"
	"github.com/madang-world/madang/skills/shopping"
)

// ---- the cheapest, asked for (not bought) ----
//
// A new user's trial (trial13): after a list of mice, "the cheapest one"
// put the cheapest mouse *shown* in the cart — nobody asked to buy it,
// and a cheaper mouse (₩12,500) was never shown, the list being five of
// more. "cheapest keyboard" after a list of keyboards did the same, and
// "그거보다 더 싼거" added the list's first product. "cheapest mice?"
// after keyboards kept the keyboards. A price wish without a word of
// adding or buying asks to be shown: the store is searched again for the
// kind said (else the kind of the list), cheapest first, and the reply
// names the cheapest; nothing goes in the cart.

var (
	// cheapestWish: the cheapest of a kind ("the cheapest one", "cheapest
	// mice?", "마우스들 중에 젤 싼거", "제일 저렴한 키보드").
	cheapestWish = regexp.MustCompile(`(?i)\b(?:the\s+)?(?:cheapest|least\s+expensive|lowest[- ]priced?|lowest\s+price|most\s+affordable)\b|(?:제일|가장|젤|제일로|젤로)\s*(?:싼|싸|저렴한|저렴)|최저가`)
	// sortWish: the list asked for in price order ("sort them from
	// cheapest to most expensive", "가장 싼 거 순서로 보여줘", "가격 낮은
	// 순으로 정렬해줘"): the whole list re-sorted, not the cheapest alone.
	sortWish = regexp.MustCompile(`(?i)\b(?:sort|sorted|order|ordered|rank|ranked|arrange)\b|\bfrom\s+(?:the\s+)?(?:cheapest|lowest)\s+to\b|\blow(?:est)?\s+to\s+high|순서로|순서대로|순으로|정렬|나열`)
	// dearestWish: the dearest of a kind ("the most expensive keyboard",
	// "제일 비싼 거").
	dearestWish = regexp.MustCompile(`(?i)\b(?:the\s+)?(?:most\s+expensive|priciest|dearest|highest[- ]priced?)\b|(?:제일|가장|젤|제일로|젤로)\s*(?:비싼|비싸|고가)|최고가`)
	// cheaperThanShown: cheaper than what is shown, pointed at ("그거보다
	// 더 싼거", "이것보다 저렴한 거", "cheaper than that").
	cheaperThanShown = regexp.MustCompile(`(?i)(?:그거|이거|저거|그것|이것|저것|그게|이게|그|이|저|위에\s*(?:거|것))\s*보다\s*(?:더|좀\s*더|조금\s*더)?\s*(?:싼|싸|저렴)|\bcheaper\s+than\s+(?:that|this|these|those|them|it)\b`)
	// ofTheTwo: the cheaper of two compared ("둘 중에 싼 거", "the cheaper
	// of the two"): that pair, not the store.
	ofTheTwo = regexp.MustCompile(`(?i)\bof\s+(?:the|these|those)\s+(?:two|2)\b|(?:둘|두\s*개)\s*중`)
	// buyWords: buying, as adding is ("제일 싼 거 살게요", "I'll buy the
	// cheapest").
	buyWords = regexp.MustCompile(`(?i)살게|살래|사줘|사\s*줘|살\s*거|구매|주문|\bbuy\b|\border\b|\bpurchase\b`)
	// wishFiller: the words around a price wish that are no product's
	// ("the cheapest one you have", "마우스들 중에 젤 싼 거 뭐야?").
	wishFiller = map[string]bool{"the": true, "one": true, "ones": true, "a": true, "an": true, "of": true, "all": true, "them": true,
		"these": true, "those": true, "what": true, "whats": true, "what's": true, "which": true, "is": true, "are": true, "show": true,
		"me": true, "please": true, "pls": true, "plz": true, "find": true, "get": true, "you": true, "have": true, "got": true, "do": true,
		"any": true, "in": true, "your": true, "store": true, "shop": true, "among": true, "i": true, "want": true, "need": true,
		"then": true, "ok": true, "okay": true, "so": true, "and": true, "hmm": true, "um": true, "there": true, "here": true, "it": true,
		"that": true, "this": true, "item": true, "items": true, "product": true, "products": true, "thing": true, "option": true, "options": true,
		"now": true, "instead": true, "how": true, "about": true, "for": true, "sale": true, "sell": true, "can": true, "see": true,
		"중에": true, "중에서": true, "중": true, "거": true, "걸": true, "것": true, "게": true, "거는": true, "건": true, "거요": true,
		"뭐야": true, "뭐예요": true, "뭐에요": true, "뭐": true, "있어": true, "있어요": true, "있나요": true, "보여줘": true, "보여": true,
		"주세요": true, "줘": true, "찾아줘": true, "알려줘": true, "좀": true, "그럼": true, "그러면": true, "그": true, "이": true,
		"저": true, "어떤": true, "어떤거": true, "어떤거야": true, "뭔데": true, "뭐지": true, "상품": true, "제품": true, "걸로": true, "거로": true,
		"놈": true, "애": true, "있는": true, "파는": true, "여기서": true, "여기": true, "전체": true, "전체에서": true}
)

// countWord: how many are asked for ("the top 10 cheapest", "two",
// "3개"), no word of the kind.
var countWord = regexp.MustCompile(`(?i)^(?:\d{1,2}\s*(?:개|가지|개만)?|top|two|three|four|five|six|seven|eight|nine|ten|두\s*개|세\s*개|네\s*개|다섯\s*개)$`)

// dearerRe: the dearer of two ("둘 중에 더 비싼 거", "the pricier of the
// two").
var dearerRe = regexp.MustCompile(`(?i)비싼|\b(?:more\s+expensive|pricier|dearer)\b`)

// wishOf reads a price wish: "low" (the cheapest), "high" (the dearest),
// "below" (cheaper than what is shown), or "".
func wishOf(text string) string {
	switch {
	case cheaperThanShown.MatchString(text):
		return "below"
	case ofTheTwo.MatchString(text) && cheaperRe.MatchString(text):
		return "low" // "둘 중에 더 싼 거"
	case ofTheTwo.MatchString(text) && dearerRe.MatchString(text):
		return "high"
	case cheapestWish.MatchString(text):
		return "low"
	case dearestWish.MatchString(text):
		return "high"
	}
	return ""
}

// kindSaid is what the text names beside its price wish ("mice",
// "마우스", "keyboard"): the words left once the wish and the filler
// around it are gone, a Korean plural 들 and particles off.
func kindSaid(text string) string {
	rest := cheaperThanShown.ReplaceAllString(text, " ")
	rest = cheapestWish.ReplaceAllString(rest, " ")
	rest = dearestWish.ReplaceAllString(rest, " ")
	var out []string
	for _, w := range strings.Fields(strings.ToLower(search.Normalize(rest))) {
		if wishFiller[w] {
			continue
		}
		if k := strings.TrimSuffix(search.StripJosa(w), "들"); k != w && len([]rune(k)) >= 2 {
			// "마우스들", "키보드들은": a plural's 들 and a particle
			w = k
		}
		if w == "" || wishFiller[w] || len([]rune(w)) < 2 || countWord.MatchString(w) {
			// (a letter alone: "what's" normalizes to "what s")
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// priceWish answers a price wish with no word of adding or buying: the
// kind said (or the list's) searched anew, cheapest (or dearest) first,
// or cheaper than the cheapest shown. Nothing goes in the cart.
func priceWish(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	text := t.Text()
	wish := wishOf(text)
	if wish == "" || addWords.MatchString(text) || buyWords.MatchString(text) || takeOut.MatchString(text) ||
		compareEn.MatchString(text) || compareKo.MatchString(text) || sortWish.MatchString(text) || t.Ordinal() != 0 || t.Intent() == "shop_checkout" {
		return agents.Step{}, false
	}
	ps := products(t)
	if ofTheTwo.MatchString(text) {
		return cheaperOfTwo(t, ps, wish, p)
	}
	pf, rest := shopping.ParsePrice(text)
	said := kindSaid(pluralDeul.ReplaceAllString(rest, "$1$2"))
	q := said
	if q != "" {
		// A kind the store has (or says it does not sell) is the search;
		// words that find nothing at all are no kind ("젤 싼 놈으로 부탁").
		r := t.Call("shop_search", map[string]any{"query": q, "limit": 1, "lang": t.Lang()})
		res, err := skills.Decode[shopping.SearchResult](r)
		if r.Status != skills.StatusOK || err != nil || len(res.Results) == 0 && res.NotSold == "" {
			q, said = "", ""
		}
	}
	if q == "" {
		q = t.Remembered("last_query")
	}
	if q == "" && len(ps) > 0 {
		if r := t.Call("shop_product", map[string]any{"product_id": ps[0].ID, "lang": t.Lang()}); r.Status == skills.StatusOK {
			if d, err := skills.Decode[shopping.ProductDetail](r); err == nil {
				q = d.Kind
			}
		}
	}
	if q == "" {
		return agents.Step{}, false
	}
	args := map[string]any{"query": q, "lang": t.Lang(), "sort": "price"}
	if wish == "low" {
		// the cheapest, shown alone: "the cheapest one" is one product
		// (and "add it" then adds that one)
		args["limit"] = 1
	}
	slots := map[string]string{}
	if n := t.Count(); n > 1 && n <= 20 {
		// "the 5 cheapest power banks", "가장 싼 보조배터리 3개": that many
		args["limit"] = n
		slots["limit"] = strconv.Itoa(n)
	}
	if said != "" {
		slots["query"] = said
	}
	if pf.Max > 0 {
		args["max_price"] = pf.Max
		slots["max_price"] = strconv.FormatInt(pf.Max, 10)
	}
	keepStock(t, slots, args)
	switch wish {
	case "below":
		if len(ps) == 0 || said != "" {
			return agents.Step{}, false
		}
		low := ps[0].Price
		for _, s := range ps[1:] {
			low = min(low, s.Price)
		}
		args["below"] = low
	case "high":
		// (the store sorts by price cheapest first only: the dearest is
		// looked up and named before the list)
		delete(args, "sort")
	}
	if t.Intent() != "" {
		t.Finish()
	}
	t.Start("shop_search")
	t.Understood("shop_search", max(p, 0.5), slots)
	step := agents.Step{Call: call("shop_search", args)}
	if wish != "below" {
		step.Say = priceLine(t, q, wish == "high")
	}
	return step, true
}

// priceLine names the cheapest (or dearest) product of the kind before
// the list ("The cheapest is SoriLab Wireless Mouse Air at ₩12,500;
// nothing was added to your cart."), or "" when the search finds none.
func priceLine(t *embedded.Turn, q string, dear bool) string {
	r := t.Call("shop_search", map[string]any{"query": q, "lang": t.Lang(), "sort": "price", "limit": 20})
	res, err := skills.Decode[shopping.SearchResult](r)
	if r.Status != skills.StatusOK || err != nil || len(res.Results) == 0 {
		return ""
	}
	c := res.Results[0]
	for _, it := range res.Results[1:] {
		if dear && it.Price > c.Price || !dear && it.Price < c.Price {
			c = it
		}
	}
	if dear {
		return t.Ko(fmt.Sprintf("가장 비싼 건 %s, %s 장바구니에는 담지 않았어요.", c.Name, words.Josa(c.PriceStr, "이에요/예요")+"."),
			fmt.Sprintf("The most expensive is %s at %s. Nothing was added to your cart.", c.Name, c.PriceStr))
	}
	return t.Ko(fmt.Sprintf("가장 싼 건 %s, %s 장바구니에는 담지 않았어요. 담으시려면 \"1번 담아줘\"라고 말씀해 주세요.", c.Name, words.Josa(c.PriceStr, "이에요/예요")+"."),
		fmt.Sprintf("The cheapest is %s at %s. Nothing was added to your cart; say \"add number 1\" if you want it.", c.Name, c.PriceStr))
}

// cheaperOfTwo names the cheaper (or dearer) of the two products last
// compared, or of a list of two, without adding it.
func cheaperOfTwo(t *embedded.Turn, ps []shown, wish string, p float64) (agents.Step, bool) {
	among := ps
	var pair []int
	if s := t.Slot(slotCompared); s != "" {
		_ = json.Unmarshal([]byte(s), &pair)
	}
	if len(pair) == 2 && pair[0] >= 1 && pair[1] >= 1 && pair[0] <= len(ps) && pair[1] <= len(ps) {
		among = []shown{ps[pair[0]-1], ps[pair[1]-1]}
		pair = []int{pair[0], pair[1]}
	} else if len(ps) == 2 {
		pair = []int{1, 2}
	} else {
		return agents.Step{}, false
	}
	i := 0
	if among[1].Price < among[0].Price && wish != "high" || among[1].Price > among[0].Price && wish == "high" {
		i = 1
	}
	if among[0].Price == among[1].Price {
		return agents.Step{Say: t.Ko(fmt.Sprintf("두 상품 모두 %s로 값이 같아요.", among[0].PriceT),
			fmt.Sprintf("Both cost %s.", among[0].PriceT))}, true
	}
	c := among[i]
	t.Understood("shop_product", max(p, 0.5), map[string]string{"product_id": c.ID})
	which, whichEn := "더 싼", "cheaper"
	if wish == "high" {
		which, whichEn = "더 비싼", "dearer"
	}
	return agents.Step{Say: t.Ko(fmt.Sprintf("%s 쪽은 %d번 %s, %s 장바구니에는 담지 않았어요. 담으시려면 \"%d번 담아줘\"라고 말씀해 주세요.", which, pair[i], c.Name, words.Josa(c.PriceT, "이에요/예요")+".", pair[i]),
		fmt.Sprintf("The %s one is number %d, %s at %s. Nothing was added to your cart; say \"add number %d\" if you want it.", whichEn, pair[i], c.Name, c.PriceT, pair[i]))}, true
}

// pluralDeul is a Korean plural 들 with the particle after it ("마우스들은",
// "키보드들 중에"): the goods word stands alone without it.
var pluralDeul = regexp.MustCompile(`([가-힣]{2,})들(?:은|는|이|을|를|도|만|로|요|중에서|중에|중)?(\s|$|[?？.!])`)

// newKind: a short follow-up to a list that names another kind of goods
// ("mice?", "마우스들은?", "any mice under 30000?", "what about mice")
// is a new search for that kind. The brain read it as narrowing the list
// shown (its words added to the old search's, "keyboards" kept): a new
// kind starts afresh, its budget the one said with it.
func newKind(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	text := t.Text()
	if !listShown[t.Slot("@card")] || t.Ordinal() != 0 || len(strings.Fields(text)) > 6 || addWords.MatchString(text) || buyWords.MatchString(text) ||
		takeOut.MatchString(text) || compareEn.MatchString(text) || compareKo.MatchString(text) || t.Intent() == "shop_checkout" {
		return agents.Step{}, false
	}
	pf, rest := shopping.ParsePrice(text)
	rest = pluralDeul.ReplaceAllString(rest, "$1$2")
	goods := shopping.GoodsWords(rest)
	said := kindSaid(rest)
	if goods == "" || said == "" {
		return agents.Step{}, false
	}
	for _, w := range strings.Fields(said) {
		if !strings.Contains(" "+goods+" ", " "+w+" ") && !strings.Contains(goods, w) {
			return agents.Step{}, false // more than goods words: another request
		}
	}
	// the list's own kind said again narrows it: the brain's
	var seen strings.Builder
	seen.WriteString(strings.ToLower(search.Normalize(t.Remembered("last_query"))))
	for _, s := range products(t) {
		seen.WriteString(" " + strings.ToLower(search.Normalize(s.Name+" "+s.Kind)))
	}
	for _, g := range strings.Fields(goods) {
		if strings.Contains(seen.String(), g) {
			return agents.Step{}, false
		}
	}
	r := t.Call("shop_search", map[string]any{"query": said, "limit": 1, "lang": t.Lang()})
	if res, err := skills.Decode[shopping.SearchResult](r); r.Status != skills.StatusOK || err != nil || len(res.Results) == 0 && res.NotSold == "" {
		return agents.Step{}, false
	}
	args := map[string]any{"query": said, "lang": t.Lang()}
	slots := map[string]string{"query": said}
	if pf.Max > 0 {
		args["max_price"] = pf.Max
		slots["max_price"] = strconv.FormatInt(pf.Max, 10)
	}
	keepStock(t, slots, args)
	if t.Intent() != "" {
		t.Finish()
	}
	t.Start("shop_search")
	t.Understood("shop_search", max(p, 0.5), slots)
	return agents.Step{Call: call("shop_search", args)}, true
}
