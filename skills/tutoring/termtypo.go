package tutoring

import (
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// fixTermTypos rewrites a slip in a lesson's term as the term, before the
// question is read (a new user's trial: "광합셩이 뭐야?", "what is
// fotosynthesis?" read "Our lessons don't cover that"). Only the
// glossaries' terms are corrected, and only when one is nearest:
//
//   - Korean: a word opening with a term of three syllables or more
//     spelled with one letter (jamo) slipped — 광합셩이 → 광합성이,
//     엽록채가 → 엽록체가; the particle after it is kept. A word that opens
//     with a known word is that word and its ending ("영어로" is not
//     "영으로", "문장에" not "문장제").
//   - English: a word of seven letters or more the lessons never use, one
//     edit from one one-word English term only, "f" read as "ph"
//     ("fotosynthesis", "chlorofyll"); a word inside a term or holding one
//     is another word ("inequality" is not "equality").
//
// The first syllable of a Korean term is never the slip (이차방정식 is not
// 일차방정식).
//
// A word the lessons or glossaries use is left as it is.
func (r *retriever) fixTermTypos(question string) string {
	tv := r.termVocab()
	question = latinTermRe.ReplaceAllStringFunc(question, func(w string) string {
		lw := strings.ToLower(w)
		if len(lw) < 7 || stopWords[lw] || weakWords[lw] {
			// (a short word is likelier another English word than a slip:
			// "normal" is not "formal")
			return w
		}
		if j := sort.SearchStrings(r.latin, stemEn(lw)); j < len(r.latin) && r.latin[j] == stemEn(lw) {
			return w
		}
		// one edit, "f" read as "ph" ("fotosynthesis", "chlorofyll"); a
		// word inside a term or holding one is another word ("inequality"
		// is not "equality")
		best, bestD, n := "", 2, 0
		for _, v := range tv.en {
			if strings.Contains(v, lw) || strings.Contains(lw, v) || abs(len(v)-len(lw)) > 2 {
				continue
			}
			switch d := slips([]rune(phAsF(lw)), []rune(phAsF(v))); {
			case d < bestD:
				best, bestD, n = v, d, 1
			case d == bestD:
				n++
			}
		}
		if n == 1 && bestD <= 1 {
			return best // (the nearest only: "photosynthesise" is one more)
		}
		return w
	})
	return hangulWordRe.ReplaceAllStringFunc(question, func(w string) string {
		if tv.ko[w] {
			return w
		}
		rs := []rune(w)
		for k := 2; k < len(rs); k++ {
			if p := string(rs[:k]); tv.ko[p] || r.df["w:"+p] > 0 {
				return w // a known word and its ending ("영어로", "문장에")
			}
		}
		best, n := "", 0
		for _, term := range tv.koList {
			tr := []rune(term)
			if len(rs) < len(tr) {
				continue
			}
			head := string(rs[:len(tr)])
			if head == term {
				return w // the term itself, with its particle
			}
			if tv.ko[head] || r.df["w:"+head] > 0 || head[:3] != term[:3] || jamoSlips(head, term) != 1 {
				// (a first syllable changed is another word: 이차방정식 is
				// not 일차방정식)
				continue
			}
			if best != term {
				best, n = term, n+1
			}
		}
		if n != 1 {
			return w
		}
		return best + string(rs[utf8.RuneCountInString(best):])
	})
}

var (
	latinTermRe  = regexp.MustCompile(`[A-Za-z]{7,}`)
	hangulWordRe = regexp.MustCompile(`[가-힣]{3,}`)
	hangulRunRe  = regexp.MustCompile(`[가-힣]{2,}`)
)

// termVocab are the glossaries' terms as fixTermTypos reads them.
type termVocab struct {
	en     []string        // one-word English terms, sorted
	ko     map[string]bool // Korean terms and synonyms written as one word (two syllables or more)
	koList []string        // of them, those of three syllables or more
}

var termVocabs sync.Map // *retriever → *termVocab

func (r *retriever) termVocab() *termVocab {
	if v, ok := termVocabs.Load(r); ok {
		return v.(*termVocab)
	}
	tv := &termVocab{ko: map[string]bool{}}
	en := map[string]bool{}
	for _, c := range r.concepts {
		for _, e := range c.term.En {
			if e = strings.ToLower(strings.TrimSpace(e)); len(e) >= 4 && !strings.ContainsAny(e, " -'") {
				en[e] = true
			}
		}
		for _, k := range append([]string{c.term.Ko}, c.term.Synonyms...) {
			if k = strings.TrimSpace(k); k != "" && !strings.Contains(k, " ") && hangulRunRe.FindString(k) == k {
				tv.ko[k] = true
			}
		}
	}
	for e := range en {
		tv.en = append(tv.en, e)
	}
	sort.Strings(tv.en)
	for k := range tv.ko {
		if utf8.RuneCountInString(k) >= 3 {
			tv.koList = append(tv.koList, k)
		}
	}
	sort.Strings(tv.koList)
	v, _ := termVocabs.LoadOrStore(r, tv)
	return v.(*termVocab)
}

// jamoSlips is how many letters (jamo) tell two Korean words of the same
// length apart, syllable by syllable: initial, vowel and final of each.
func jamoSlips(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return 99
	}
	n := 0
	for i := range ra {
		x, y := ra[i]-0xAC00, rb[i]-0xAC00
		if x < 0 || y < 0 || x > 11171 || y > 11171 {
			if ra[i] != rb[i] {
				n += 3
			}
			continue
		}
		if x/588 != y/588 {
			n++
		}
		if x%588/28 != y%588/28 {
			n++
		}
		if x%28 != y%28 {
			n++
		}
	}
	return n
}

func phAsF(s string) string { return strings.ReplaceAll(s, "ph", "f") }

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
