package counter

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/search"
	"github.com/madang-world/madang/skills/shopping"
)

// detailCue: the text asks about one product rather than for products —
// its details, specs, or one of its features ("한빛 스마트워치 Pro 방수
// 되나요?", "what are the specs of the Nuri Smartwatch Max?"). Asking
// whether it is sold or in stock is a search, not this.
var detailCue = regexp.MustCompile(`(?i)상세|자세히|자세한|스펙|사양|설명|정보|어떤\s*(?:제품|상품|물건)|방수|무게|몇\s*(?:그램|g|킬로|kg)|배터리|용량|사이즈|크기|재질|소재|원산지|색상|색깔|소음|평점|리뷰|후기|\bspecs?\b|\bdetails?\b|\bdescription\b|\bdescribe\b|\bwaterproof\b|\bweigh|\bbattery\b|\bsize\b|\bmade\s+of\b|\bmaterial\b|\bhow\s+(?:big|heavy|long|loud|large|small|good)\b|\btell\s+me\s+(?:more\s+)?about\b|\bmore\s+(?:info|about)\b|\breviews?\b|\brating\b`)

// notDetail: a question whether a product is sold, or a request for more
// of them, is a search.
//
// Its price, its page, whether it is in stock, asked of one product named
// in full ("How much is the Baram Long Padded Coat Air, and is it in
// stock?", "can u open the daon humidifier lite page", "누리 텀블러 Go
// 재고 있어요?") are that product's details (und17b, blind set post16):
// stockCue and priceCue, read only when the text names one product in
// full (see productNamed); "do you sell …" stays a search.
var notDetail = regexp.MustCompile(`(?i)팔아|파나요|파는|\bsell\b|\bcarry\b|비슷한|같은\s*거|\bsimilar\b|\blike\s+(?:it|that|the)\b|\balternatives?\b|담아|장바구니|\bcart\b|\bbuy\b|주문|\border\b|\bcheaper\b|더\s*싼`)

// stockCue asks whether a product is in stock; priceCue its price or its
// page.
var (
	stockCue = regexp.MustCompile(`(?i)재고|품절|\bin\s+stock\b|\bout\s+of\s+stock\b|\bsold\s+out\b|\bavailable\b`)
	priceCue = regexp.MustCompile(`(?i)얼마|가격|페이지|\bhow\s+much\s+(?:is|are|was|does|do|for)\b|\bprice\s+(?:of|for|on)\b|\bwhat(?:'s|\s+is)\s+the\s+price\b|\bpage\b|\bopen\s+(?:up\s+)?(?:the\s+)?\w|\bpull\s+up\b|\binfo\b|\binformation\b`)
)

// productNamed: a product named in full (its brand and its model word,
// "마루 헤드폰 Neo") asked about is shown in detail, not searched for and
// not asked "which product?" — the classifier may read the name as a
// search query (blind set post12: 6 of 15 detail requests were searches)
// and the brain's pick reads only the card shown.
//
// (und18a, the blind set post17: "누리 헤드폰 Pro 상세 정보 볼 수
// 있을까요?" was read as a question about ways to pay; a product named
// with words of its details is that product's page there too.)
func productNamed(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	switch {
	case t.Ordinal() != 0:
		return agents.Step{}, false
	case intent == "shop_product":
	case (intent == "shop_search" || intent == "shop_order" || intent == "shop_for_you" || intent == "out_of_scope" || intent == "shop_payment_methods") && (detailCue.MatchString(text) || stockCue.MatchString(text) || priceCue.MatchString(text)) && !notDetail.MatchString(text):
	default:
		return agents.Step{}, false
	}
	id := namedProduct(t, text)
	if id == "" {
		return agents.Step{}, false
	}
	t.Understood("shop_product", max(p, 0.5), map[string]string{"product_id": id})
	t.Set("@focus", id)
	return agents.Step{Call: call("shop_product", map[string]any{"product_id": id, "lang": t.Lang()})}, true
}

// similarCue: asking for products like one ("비슷한 거", "이런 류 다른
// 거", "similar", "alternatives to").
//
// Likeness said in English without those words is one too (und17b: the
// blind set post16's "anything like the X but under …", "what else is
// there that's like the X?", "more like #1"): a thing "like" one named or
// placed — "anything/something/stuff/others like the …", "what else …
// like the …", "more like …", "along the lines of …", "in the same vein
// as …" — never "I'd like the …" or "what's it like?".
var similarCue = regexp.MustCompile(`(?i)비슷한|비슷하게|유사한|유사\s*(?:상품|제품|모델)|유사품|닮은|(?:같은|이런|그런)\s*(?:류|종류|계열|스타일)|대체품|대신\s*살|\bsimil+ar\b|\balternatives?\s+to\b|\balternatives?\b|\bcomparable\b|\blookalikes?\b|\bsame\s+(?:kind|type|style)\b|` +
	`\b(?:anything|something|stuff|things?|ones?|items?|products?|others?|options?|any)\s+(?:else\s+|more\s+|kinda\s+|kind\s+of\s+|sort\s+of\s+|a\s+bit\s+|a\s+little\s+|a\s+lot\s+|just\s+|that(?:'s|\s+is|\s+are)\s+|that\s+look\s+|looking\s+)?like\s+(?:the|that|this|those|these|it|#?\d|number|no\.?\s*\d|my)\b|` +
	`\bwhat\s+else\b[^.?!]*\blike\s+(?:the|that|this|it)\b|\bmore\s+like\s+(?:the|that|this|those|these|it|#?\d|number|no\.?\s*\d)|` +
	`\balong\s+the\s+(?:same\s+)?lines\s+of\b|\bin\s+the\s+same\s+vein\b|\bsame\s+vibe\b`)

// similarNamed: products like one named in full ("초록 가습기 Pro 말고 이런
// 류 다른 거 있어요?", "show me stuff similar to the Baram Hoodie Plus")
// are that product's similar items — not a search for its name (which
// finds the product itself), and not "similar to which product?" when no
// list is on screen: the brain's pick reads only the card shown.
func similarNamed(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	switch {
	case t.Ordinal() != 0 || !similarCue.MatchString(text):
		return agents.Step{}, false
	case intent == "shop_similar" || intent == "shop_search" || intent == "shop_product" || intent == "out_of_scope":
	default:
		return agents.Step{}, false
	}
	id := namedProduct(t, similarCue.ReplaceAllString(text, " "))
	if id == "" {
		return agents.Step{}, false
	}
	slots := map[string]string{"product_id": id}
	args := map[string]any{"product_id": id, "lang": t.Lang()}
	for k, v := range t.Said("shop_similar") {
		// the bounds and the count said with it ("3 alternatives …, at
		// least 30,000 won")
		if n, err := strconv.ParseInt(v, 10, 64); err == nil && n > 0 && (k == "max_price" || k == "min_price" || k == "limit") {
			slots[k], args[k] = v, n
		}
	}
	t.Understood("shop_similar", max(p, 0.5), slots)
	return agents.Step{Call: call("shop_similar", args)}, true
}

// namedProduct is the id of the one product of the store whose brand and
// model word the text says ("" if none or several).
func namedProduct(t *embedded.Turn, text string) string {
	// a budget said with it is no part of the name, and searched for it
	// would leave out the product itself, dearer than the budget ("like
	// the Maru Headphones Neo but under 150k")
	if pf, rest := shopping.ParsePrice(text); pf.Max > 0 || pf.Min > 0 {
		text = rest
	}
	// the words of asking are not searched for ("tell me more about the
	// Maru Hoodie Air": "more" and "about" found other products first)
	q := strings.Join(strings.Fields(askWords.ReplaceAllString(priceCue.ReplaceAllString(stockCue.ReplaceAllString(detailCue.ReplaceAllString(text, " "), " "), " "), " ")), " ")
	said := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(search.Normalize(text))) {
		said[w] = true
		// "Mini는", "가습기를": the word without its particle
		said[koParticle.ReplaceAllString(w, "")] = true
	}
	// a name is said in either language ("SoriLab Sneakers Max 상세 좀")
	other := map[string]string{"ko": "en", "en": "ko"}[t.Lang()]
	for _, lang := range []string{t.Lang(), other} {
		if id := namedIn(t, q, lang, said); id != "" {
			return id
		}
	}
	return ""
}

// namedIn is the one product the search for q in lang finds whose every
// name word is said.
func namedIn(t *embedded.Turn, q, lang string, said map[string]bool) string {
	r := t.Call("shop_search", map[string]any{"query": q, "limit": 10, "lang": lang})
	if r.Status != skills.StatusOK {
		return ""
	}
	res, err := skills.Decode[shopping.SearchResult](r)
	if err != nil {
		return ""
	}
	match := ""
	for _, it := range res.Results {
		nw := strings.Fields(strings.ToLower(search.Normalize(it.Name)))
		if len(nw) < 2 || !said[nw[len(nw)-1]] || !said[nw[0]] || !allSaid(nw, said) {
			continue // every word of the name is said
		}
		if match != "" && match != it.ID {
			return ""
		}
		match = it.ID
	}
	return match
}

var (
	// askWords: the words of a question around a product's name.
	askWords = regexp.MustCompile(`(?i)\b(?:what|what's|whats|are|is|the|of|on|for|a|an|me|can|could|i|you|see|show|give|full|please|pls|does|do|it|have|get|about|tell|more)\b|[?!.,]|(?:는|은|이|가|을|를|의|도)(?:\s|$)|어떤|제품|이에요|예요|인가요|되나요|돼요|보여\s*주세요|보여줘|알려\s*줘|알려\s*주세요|좀|볼\s*수\s*있을까요`)
	// koParticle: a Korean particle ending a word.
	koParticle = regexp.MustCompile(`(?:은|는|이|가|을|를|의|도|으로|로|에|에서|요)$`)
)

// findWords: asking to find or be shown products ("한국어 교재 찾아줘",
// "show me keyboards").
var findWords = regexp.MustCompile(`(?i)찾아|추천|보여|검색|\bfind\b|\bshow\s+me\b|\bsearch\b|\blooking\s+for\b|\brecommend`)

// likeness: words of likeness or of another one that similarCue leaves
// to the classifier ("소리랩 무선 이어폰 Neo 같은 느낌의 다른 제품").
var likeness = regexp.MustCompile(`(?i)같은\s*느낌|느낌(?:이)?\s*(?:나는|비슷)|다른\s*(?:제품|상품|모델|거|것|걸)|\bother\b|\banother\b|\blike\s+(?:this|that|the|it)\b`)

// cartWords: the cart or buying said.
var cartWords = regexp.MustCompile(`(?i)장바구니|카트|\bcart\b|\bbasket\b|살게|\bbuy\b|사고\s*싶`)

// searchNotAdd: a request to find products, with no word of putting one in
// the cart and no item of a list picked, is a search — however much the
// classifier hears a cart add in it ("한국어 교재 찾아줘" was asked "어떤
// 상품을 담을까요?").
//
// So is one the classifier hears as "similar items" when there is no list
// to be similar to and the text says nothing of likeness: with no product
// shown, "한국어 교재 찾아줘" was answered "먼저 상품을 찾아볼까요?" (the
// lead's clean-clone CI of the merged v14, after two training examples of
// another intent were taken out).
func searchNotAdd(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	misheard := intent == "shop_cart_add" ||
		intent == "shop_similar" && len(products(t)) == 0 && !similarCue.MatchString(text) && !likeness.MatchString(text) && t.Slot("@focus") == ""
	if !misheard || t.Intent() != "" || t.Ordinal() != 0 || !findWords.MatchString(text) ||
		addWords.MatchString(text) || cartWords.MatchString(text) {
		return agents.Step{}, false
	}
	step := t.Begin("shop_search", p)
	return step, step.Say != "" || step.Call != nil
}

// similarPickedA: "마지막 텀블러 유사 상품" with the list on screen was put
// in the cart (a pick's default) — blind set post16. A pick said with
// words of likeness and no word of buying asks for products like it
// (one cheaper too: similarCheaper's).
func similarPickedA(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if t.Ordinal() == 0 || len(t.State.Options) == 0 || !similarCue.MatchString(text) || cartWords.MatchString(text) || addWords.MatchString(text) ||
		cheaperWords.MatchString(text) {
		return agents.Step{}, false
	}
	return t.Begin("shop_similar", 0.6), true
}
