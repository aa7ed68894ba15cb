package shopping

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/madang-world/madang/skills/search"
)

// Product types: the "goods" gazetteer of the pack's conversation data
// (dialogue.json) names the things people shop for, sold here or not
// ("노트북", "laptop", "자전거"). A search whose head noun — the last of
// them in the query: "노트북 가방" is a bag — is a type no product is (by
// name, kind, or the kind's other words) is for something the store does
// not sell: "노트북 100만원 이하 추천해줘" listed five backpacks as
// "‘노트북’ 검색 결과" (their descriptions mention a laptop sleeve).

// productTypes are the goods words, and categoryWords the category words
// (화장품, clothes), of the conversation data; categoryOf maps a category
// word ("화장품", "skincare"), normalized, to the catalogue's category
// ("beauty"). One reading of the data's gazetteers, at start-up.
var productTypes, categoryWords, categoryOf = func() ([]string, []string, map[string]string) {
	var d struct {
		Gazetteers map[string][]struct {
			Value string   `json:"value"`
			Words []string `json:"words"`
		} `json:"gazetteers"`
	}
	of := map[string]string{}
	if json.Unmarshal(dialogueJSON, &d) != nil {
		return nil, nil, of
	}
	var goods, cats []string
	for _, e := range d.Gazetteers["goods"] {
		goods = append(goods, e.Words...)
	}
	for _, e := range d.Gazetteers["category"] {
		cats = append(cats, e.Words...)
		for _, w := range e.Words {
			of[search.Normalize(w)] = e.Value
		}
	}
	return goods, cats, of
}()

// words finds the words of list in q, as whole words (a Hangul one may
// take a particle), normalized, in the order of q.
func wordsIn(q string, list []string) []string {
	nq := " " + search.Normalize(q) + " "
	type hit struct {
		at int
		w  string
	}
	var hs []hit
	for _, g := range list {
		ng := search.Normalize(g)
		if ng == "" {
			continue
		}
		if at := wholeWords(nq, ng); len(at) > 0 {
			hs = append(hs, hit{at[0], ng})
		}
	}
	slices.SortStableFunc(hs, func(a, b hit) int { return a.at - b.at })
	var out []string
	for _, h := range hs {
		out = append(out, h.w)
	}
	return out
}

// categoryIn is the category a category word of q names ("" if none).
func categoryIn(q string) string {
	for _, w := range wordsIn(q, categoryWords) {
		if c := categoryOf[w]; c != "" {
			return c
		}
	}
	return ""
}

// categoryWordIn is the first category word of q, as normalized.
func categoryWordIn(q string) string {
	if ws := wordsIn(q, categoryWords); len(ws) > 0 {
		return ws[0]
	}
	return q
}

// goodsWords are the goods words of q that are no category word nor a
// gift ("선물", "gift": what it is for, not what it is).
func goodsWords(q string) string {
	var out []string
	for _, w := range wordsIn(q, productTypes) {
		if categoryOf[w] != "" || w == "선물" || w == "gift" || w == "gifts" {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// GoodsWords are the words of q that name a kind of goods ("mouse",
// "usb cable", "마우스"), normalized, in q's order: a dialogue tells a
// follow-up naming another kind ("cheapest mice?" after keyboards) from
// one that narrows the list shown ("black ones?").
func GoodsWords(q string) string { return goodsWords(q) }

// namesSoldGoods: q names a type of product the store sells.
func (c *Catalog) namesSoldGoods(q string) bool {
	for _, w := range wordsIn(q, productTypes) {
		if c.sells(w) {
			return true
		}
	}
	return false
}

// usageRe is a usage phrase before the product words: "러닝할 때 쓸",
// "등산 갈 때 신을", "운동용으로 쓸".
var usageRe = regexp.MustCompile(`^.*?(?:할|하는|갈|가는|탈|타는)?\s*때\s*(?:쓸|쓰는|신을|신는|입을|입는|들을|듣는|사용할|쓰기\s*좋은|좋은)\s+|^.*?용으로\s*(?:쓸|쓰는|사용할)\s+`)

// NotSold is the product type q asks for when the store sells none of
// it, as q says it ("" when it sells it, or q names no type).
func (c *Catalog) NotSold(q string) string {
	nq := " " + search.Normalize(q) + " "
	head, end := "", -1
	for _, g := range productTypes {
		ng := search.Normalize(g)
		if ng == "" {
			continue
		}
		for _, i := range wholeWords(nq, ng) {
			if e := i + len(ng); e > end || e == end && len(ng) > len(head) {
				head, end = ng, e
			}
		}
	}
	if head == "" || c.sells(head) {
		return ""
	}
	if next := nounAfter(nq, end); next != "" && !c.sells(next) {
		// "캠핑 랜턴", "camping lantern": the goods word is what the thing
		// is for, and the word after it — which no goods word names — is
		// what is asked for and not sold: the store says it does not sell
		// lanterns for camping, not that it does not sell camping.
		return head + " " + next
	}
	return head
}

// notHeads are words after a goods word that name no other thing: "캠핑
// 용품" is camping goods, "텀블러 세트" tumblers.
var notHeads = map[string]bool{"용품": true, "제품": true, "상품": true, "세트": true, "것": true, "거": true, "걸로": true, "종류": true, "브랜드": true,
	"추천": true, "선물": true, "쪽": true, "위주": true, "위주로": true, "같은": true, "있어": true, "있나요": true, "없어": true,
	"gear": true, "stuff": true, "things": true, "thing": true, "items": true, "item": true, "set": true, "sets": true, "one": true, "ones": true,
	"products": true, "product": true, "kit": true, "supplies": true, "gift": true, "gifts": true, "brand": true, "brands": true, "please": true}

// nounAfter is the one word that ends nq after end (the goods word's end)
// when the goods word stands alone (no particle) before it and that word
// is a plain noun: no digits, no verb or adjective ending, no word that
// names the same thing ("용품", "gear").
func nounAfter(nq string, end int) string {
	if end < 0 || end >= len(nq) || nq[end] != ' ' {
		return ""
	}
	rest := strings.Fields(nq[end:])
	if len(rest) != 1 {
		return ""
	}
	w := rest[0]
	if notHeads[w] || len([]rune(w)) < 2 || strings.ContainsAny(w, "0123456789") {
		return ""
	}
	if hangul(w) {
		r := []rune(w)
		last := r[len(r)-1]
		// a modifier ("싼", "좋은", "가벼운") or a particle left on it
		// ("랜턴은") is not a bare noun
		if strings.ContainsRune("은는이가을를도로요한운인된싼쁜", last) {
			return ""
		}
		return w
	}
	if strings.IndexFunc(w, func(r rune) bool { return r > unicode.MaxASCII || !unicode.IsLetter(r) }) >= 0 {
		return ""
	}
	return w
}

// irregularPlurals are the English plurals of goods words that no rule of
// plural makes (a scarf, two scarves).
var irregularPlurals = map[string]string{"scarf": "scarves", "knife": "knives", "shelf": "shelves", "leaf": "leaves", "loaf": "loaves",
	"wolf": "wolves", "half": "halves", "child": "children", "mouse": "mice", "man": "men", "woman": "women", "tooth": "teeth", "foot": "feet"}

// plural is the English plural of a goods word, or of the last word of
// one ("wool scarf" → "wool scarves", "dress" → "dresses", "battery" →
// "batteries"); a word already plural ("socks", "headphones") is kept.
func plural(w string) string {
	head, last := "", w
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		head, last = w[:i+1], w[i+1:]
	}
	if p, ok := irregularPlurals[last]; ok {
		return head + p
	}
	switch {
	case last == "" || hangul(last):
		return w
	case strings.HasSuffix(last, "ss") || strings.HasSuffix(last, "sh") || strings.HasSuffix(last, "ch") ||
		strings.HasSuffix(last, "x") || strings.HasSuffix(last, "z"):
		return w + "es"
	case strings.HasSuffix(last, "s"):
		return w
	case len(last) > 1 && strings.HasSuffix(last, "y") && !strings.ContainsRune("aeiou", rune(last[len(last)-2])):
		return head + last[:len(last)-1] + "ies"
	}
	return w + "s"
}

// wholeWords are where w stands in s as a whole word (startsWord,
// endsWord), in order; a Latin w is also found in its plural ("dresses",
// "batteries", "scarves"), which a plural s alone (endsWord) does not
// make.
func wholeWords(s, w string) []int {
	at := wholeWords1(s, w)
	if p := plural(w); p != w && !strings.HasSuffix(p, w+"s") {
		at = append(at, wholeWords1(s, p)...)
		slices.Sort(at)
	}
	return at
}

func wholeWords1(s, w string) []int {
	var at []int
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return at
		}
		i += from
		from = i + 1
		if startsWord(s, i) && endsWord(s, i+len(w)) {
			at = append(at, i)
		}
	}
}

func startsWord(s string, i int) bool { return i > 0 && s[i-1] == ' ' }

// endsWord: a Latin word ends at a space (or a plural s); a Hangul one
// may take a particle ("노트북은", "노트북으로").
func endsWord(s string, i int) bool {
	if i >= len(s) || s[i] == ' ' {
		return true
	}
	r := []rune(s[:i])
	last := r[len(r)-1]
	if last >= 0xAC00 && last <= 0xD7A3 {
		next := []rune(s[i:])[0]
		return next >= 0xAC00 && next <= 0xD7A3 && !startsNoun(s[i:])
	}
	return s[i] == 's' && (i+1 >= len(s) || s[i+1] == ' ')
}

// startsNoun: a Hangul word glued on ("노트북가방") goes on the noun; a
// particle ("은", "으로", "이랑") does not.
func startsNoun(rest string) bool {
	w := rest
	if j := strings.IndexByte(rest, ' '); j >= 0 {
		w = rest[:j]
	}
	return search.StripJosa("가"+w) == "가"+w && len([]rune(w)) >= 2
}

// sells reports whether some product is of type w: by its name, kind, the
// kind's other words, or its category.
func (c *Catalog) sells(w string) bool {
	for _, cw := range categoryWords {
		if search.Normalize(cw) == w {
			return true
		}
	}
	// (of a phrase, its head: "running shoes" are shoes, "power banks" a
	// power bank; a plural is its singular; "watches" are smartwatches)
	ws := strings.Fields(w)
	sing := strings.TrimSuffix(strings.TrimSuffix(ws[len(ws)-1], "s"), "e")
	glued := strings.ReplaceAll(w, " ", "")
	for _, p := range c.Products {
		text := search.Normalize(strings.Join([]string{p.NameKo, p.NameEn, p.KindKo, p.KindEn, kindSynonyms[p.KindEn], p.Category, p.CategoryKo}, " "))
		if hangul(w) {
			if strings.Contains(strings.ReplaceAll(text, " ", ""), glued) {
				return true
			}
			continue
		}
		for _, f := range strings.Fields(text) {
			if f = strings.TrimSuffix(strings.TrimSuffix(f, "s"), "e"); f == sing || len(sing) >= 4 && strings.HasSuffix(f, sing) {
				return true
			}
		}
	}
	return false
}

func hangul(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Hangul, r) }) >= 0
}
