package shopping

import (
	"encoding/json"
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

// productTypes are the goods words, and the category words (화장품,
// clothes), of the conversation data.
var productTypes, categoryWords = func() ([]string, []string) {
	var d struct {
		Gazetteers map[string][]struct {
			Words []string `json:"words"`
		} `json:"gazetteers"`
	}
	if json.Unmarshal(dialogueJSON, &d) != nil {
		return nil, nil
	}
	var goods, cats []string
	for _, e := range d.Gazetteers["goods"] {
		goods = append(goods, e.Words...)
	}
	for _, e := range d.Gazetteers["category"] {
		cats = append(cats, e.Words...)
	}
	return goods, cats
}()

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
		for from := 0; ; {
			i := strings.Index(nq[from:], ng)
			if i < 0 {
				break
			}
			i += from
			from = i + 1
			if !startsWord(nq, i) || !endsWord(nq, i+len(ng)) {
				continue
			}
			if e := i + len(ng); e > end || e == end && len(ng) > len(head) {
				head, end = ng, e
			}
		}
	}
	if head == "" || c.sells(head) {
		return ""
	}
	return head
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
