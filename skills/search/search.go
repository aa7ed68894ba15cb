// Package search is a small full-text index for skills (product catalogs,
// lesson sections) that treats Korean as well as English.
//
// Korean is written in words (어절) that glue particles to nouns
// ("이어폰을", "광합성이") and is often typed without spaces ("무선이어폰").
// So every Hangul word is indexed three ways: as written, with a trailing
// particle stripped, and as overlapping syllable bigrams; a query goes
// through the same steps, so "무선이어폰" finds "무선 블루투스 이어폰" and
// "광합성이 뭐야" finds "광합성". Latin words are lower-cased and lightly
// stemmed (earphones → earphone), and a query word that is not in the
// vocabulary matches words one edit away (typo tolerance). Ranking is BM25
// over weighted fields.
package search

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Josa (particles) and endings stripped from the end of Hangul words,
// longest first.
var josa = []string{
	"에서부터", "으로부터", "이라고", "에게서", "한테서", "까지는", "에서는", "으로는", "이랑은", "이란", "이라",
	"에서", "에게", "한테", "으로", "이랑", "까지", "부터", "처럼", "보다", "하고", "이나", "이나요", "인가요", "이에요", "예요", "이야",
	"은", "는", "이", "가", "을", "를", "에", "의", "로", "와", "과", "도", "만", "랑", "나", "야", "란",
}

// verbEnds are endings of conjugated verbs and adjectives, stripped to
// find a stem that is then matched on jamo ("일어나요" → 일어나 → 일어난다).
var verbEnds = []string{"습니까", "습니다", "니다", "나요", "어요", "아요", "여요", "해요", "세요", "지요", "는다", "하다", "했다", "해줘", "줘", "죠", "다", "요", "까", "니"}

// Stopwords carry no topic: question words and fillers in both languages.
var stop = map[string]bool{
	"뭐": true, "뭐야": true, "뭐예요": true, "뭔가요": true, "무엇": true, "무엇인가요": true, "무엇인지": true, "뭐지": true, "뭘까": true,
	"알려줘": true, "알려주세요": true, "설명해줘": true, "설명해": true, "설명해주세요": true, "가르쳐줘": true, "말해줘": true, "좀": true,
	"어떻게": true, "왜": true, "언제": true, "어디": true, "누가": true, "있어": true, "있나요": true, "해줘": true, "주세요": true, "추천해줘": true, "추천": true,
	"것": true, "때": true, "뭐라고": true, "해요": true, "해": true, "대해": true, "대해서": true, "관해": true, "어떤": true, "무슨": true,
	"the": true, "a": true, "an": true, "is": true, "are": true, "what": true, "how": true, "why": true, "does": true, "do": true,
	"of": true, "to": true, "in": true, "for": true, "and": true, "or": true, "me": true, "please": true, "tell": true, "about": true,
	"explain": true, "can": true, "you": true, "i": true, "it": true, "with": true, "on": true, "my": true, "some": true, "recommend": true,
}

func isHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// Normalize folds s for comparison: Unicode NFC, lower case, punctuation
// removed, runs of space collapsed. "  Ｈello,  세계! " → "hello 세계".
func Normalize(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}

// Words splits text into normalized words, breaking also where the script
// changes between digits, Hangul and other letters ("5만원" → "5", "만원").
func Words(s string) []string {
	var out []string
	for _, w := range strings.Fields(Normalize(s)) {
		start := 0
		rs := []rune(w)
		class := func(r rune) int {
			switch {
			case unicode.IsDigit(r):
				return 0
			case isHangul(r):
				return 1
			}
			return 2
		}
		for i := 1; i <= len(rs); i++ {
			if i == len(rs) || class(rs[i]) != class(rs[i-1]) {
				out = append(out, string(rs[start:i]))
				start = i
			}
		}
	}
	return out
}

// StripJosa removes one trailing particle from a Hangul word, keeping at
// least one syllable.
func StripJosa(w string) string {
	if utf8.ValidString(w) {
		// The same as below without converting to runes: in valid UTF-8 a
		// suffix in runes is a suffix in bytes, and more bytes than the
		// particle's means more runes.
		for _, j := range josa {
			if len(w) > len(j) && strings.HasSuffix(w, j) {
				return w[:len(w)-len(j)]
			}
		}
		return w
	}
	rs := []rune(w)
	for _, j := range josa {
		jr := []rune(j)
		if len(rs) > len(jr) && string(rs[len(rs)-len(jr):]) == j {
			return string(rs[:len(rs)-len(jr)])
		}
	}
	return w
}

// stem is an English word's singular: "earbuds" → "earbud", "batteries"
// → "battery". A word in -ie has its plural in -ies too ("hoodies",
// "beanies", "cookies"), so a singular in -ie ends as one in -y does:
// "hoodie" and "hoodies" are both "hoody".
func stem(w string) string {
	if s, ok := irregular[w]; ok {
		return s
	}
	for _, e := range []string{"sses", "shes", "ches", "xes", "zzes"} {
		// "glasses", "brushes", "watches", "boxes": the plural's -es,
		// not a singular ending in e ("glasse" is no word of the index)
		if len(w) > len(e)+1 && strings.HasSuffix(w, e) {
			return w[:len(w)-2]
		}
	}
	if len(w) > 4 && strings.HasSuffix(w, "ies") {
		return w[:len(w)-3] + "y"
	}
	if len(w) > 4 && strings.HasSuffix(w, "ie") {
		return w[:len(w)-2] + "y"
	}
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}

// irregular are English plurals not made with -s: "wireless mice" are
// mice (a trial's query found rice cakes, "rice" being one letter away
// from "mice"), "knives" a knife.
var irregular = map[string]string{"mice": "mouse", "geese": "goose", "teeth": "tooth", "feet": "foot", "children": "child",
	"women": "woman", "men": "man", "knives": "knife", "wives": "wife", "shelves": "shelf", "scarves": "scarf", "halves": "half",
	"loaves": "loaf", "thieves": "thief", "wolves": "wolf", "calves": "calf", "people": "person", "dice": "die", "oxen": "ox"}

// jamo decomposes Hangul syllables into their letters (lead, vowel, tail),
// so a stem can be matched as a prefix across conjugation: 일어나 is a
// prefix of 일어난다 in jamo, though not in syllables.
func jamo(s string) string {
	var b strings.Builder
	for _, r := range s {
		if !isHangul(r) {
			b.WriteRune(r)
			continue
		}
		i := r - 0xAC00
		b.WriteRune(0x1100 + i/588)
		b.WriteRune(0x1161 + (i%588)/28)
		if t := i % 28; t > 0 {
			b.WriteRune(0x11A7 + t)
		}
	}
	return b.String()
}

// verbStem strips a conjugation ending from a Hangul word, keeping at
// least two syllables; a word with no known ending loses its last syllable
// when it has three or more. ok is false when there is no usable stem.
func verbStem(w string) (string, bool) {
	rs := []rune(w)
	for _, e := range verbEnds {
		er := []rune(e)
		if len(rs)-len(er) >= 2 && string(rs[len(rs)-len(er):]) == e {
			return string(rs[:len(rs)-len(er)]), true
		}
	}
	if len(rs) >= 3 {
		return string(rs[:len(rs)-1]), true
	}
	return "", false
}

// Term kinds: whole words weigh more than bigrams, so an exact word match
// outranks a partial one.
const (
	wordWeight   = 1.0
	bigramWeight = 0.5
	phraseWeight = 1.0
)

type term struct {
	t string
	w float64
}

// terms returns the weighted index terms of text. keepStop keeps stopwords
// (documents keep them; queries drop them).
func terms(text string, keepStop bool) []term {
	var out []term
	words := Words(text)
	for i, w := range words {
		rs := []rune(w)
		// Adjacent Latin words make phrase terms ("thank you"), stopwords
		// included, so that phrases outrank scattered words.
		if i+1 < len(words) && !isHangul(rs[0]) && !isHangul([]rune(words[i+1])[0]) && !(stop[w] && stop[words[i+1]]) {
			out = append(out, term{"+" + stem(w) + "_" + stem(words[i+1]), phraseWeight})
		}
		if !keepStop && stop[w] {
			continue
		}
		if !isHangul(rs[0]) {
			out = append(out, term{stem(w), wordWeight})
			continue
		}
		base := StripJosa(w)
		if !keepStop && stop[base] {
			continue
		}
		out = append(out, term{base, wordWeight})
		br := []rune(base)
		for i := 0; i+1 < len(br); i++ {
			out = append(out, term{"~" + string(br[i:i+2]), bigramWeight})
		}
	}
	return out
}

// Field is a piece of a document with a weight (a name counts more than a
// description).
type Field struct {
	Text   string
	Weight float64
}

type posting struct {
	doc int
	tf  float64
}

// Index is an in-memory BM25 index. Add all documents, then Search; it is
// safe for concurrent Search after the last Add.
type Index struct {
	ids      []string
	lens     []float64
	total    float64
	postings map[string][]posting
	words    [][]string // per doc: its Hangul words in jamo, for stem matching
}

// NewIndex returns an empty index.
func NewIndex() *Index { return &Index{postings: map[string][]posting{}} }

// Len is the number of documents.
func (ix *Index) Len() int { return len(ix.ids) }

// Add indexes a document.
func (ix *Index) Add(id string, fields ...Field) {
	doc := len(ix.ids)
	ix.ids = append(ix.ids, id)
	tf := map[string]float64{}
	var length float64
	for _, f := range fields {
		w := f.Weight
		if w == 0 {
			w = 1
		}
		for _, t := range terms(f.Text, true) {
			tf[t.t] += w * t.w
			length += w * t.w
		}
	}
	var hw []string
	for t, f := range tf {
		ix.postings[t] = append(ix.postings[t], posting{doc, f})
		if t[0] != '~' && t[0] != '+' && isHangul([]rune(t)[0]) {
			hw = append(hw, jamo(t))
		}
	}
	sort.Strings(hw)
	ix.words = append(ix.words, hw)
	ix.lens = append(ix.lens, length)
	ix.total += length
}

// Hit is a search result.
type Hit struct {
	ID    string
	Score float64
	// Matched is the share (0–1) of the query's words found in the document
	// as whole words or through all of their bigrams: a confidence signal
	// independent of the collection.
	Matched float64
	// Covered has bit i set when the document covers the query's i-th
	// topic word (as counted by Matched; words past the 64th are not
	// reported), so a caller can prefer documents matching every word.
	Covered uint64
}

const k1, b = 1.2, 0.75

// Search ranks documents for query. filter, if set, drops documents.
func (ix *Index) Search(query string, limit int, filter func(id string) bool) []Hit {
	if len(ix.ids) == 0 {
		return nil
	}
	qt := terms(query, false)
	if len(qt) == 0 {
		return nil
	}
	qt = ix.expand(qt)
	avg := ix.total / float64(len(ix.ids))
	n := float64(len(ix.ids))
	scores := map[int]float64{}
	seen := map[string]bool{}
	for _, q := range qt {
		if seen[q.t] {
			continue
		}
		seen[q.t] = true
		ps := ix.postings[q.t]
		if len(ps) == 0 {
			continue
		}
		idf := math.Log(1 + (n-float64(len(ps))+0.5)/(float64(len(ps))+0.5))
		for _, p := range ps {
			norm := p.tf * (k1 + 1) / (p.tf + k1*(1-b+b*ix.lens[p.doc]/avg))
			scores[p.doc] += q.w * idf * norm
		}
	}
	qs := ix.prepare(query)
	hits := make([]Hit, 0, len(scores))
	for d, s := range scores {
		if filter != nil && !filter(ix.ids[d]) {
			continue
		}
		m, cov := ix.matched(qs, d)
		hits = append(hits, Hit{ID: ix.ids[d], Score: s, Matched: m, Covered: cov})
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		return hits[i].ID < hits[j].ID
	})
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	return hits
}

// has reports whether doc d contains term t (postings are in doc order).
func (ix *Index) has(t string, d int) bool {
	ps := ix.postings[t]
	i := sort.Search(len(ps), func(i int) bool { return ps[i].doc >= d })
	return i < len(ps) && ps[i].doc == d
}

// qword is a query word prepared for coverage checks: its form, the
// vocabulary words one edit away, and its bigrams.
type qword struct {
	w       string
	fuzzy   []string
	bigrams []string
	stem    string // jamo of the verb stem, for Hangul
}

// QueryWords are the query's topic words in the order Hit.Covered counts
// them: stopwords dropped, Hangul particles stripped, Latin words stemmed.
func QueryWords(query string) []string {
	var out []string
	for _, w := range Words(query) {
		if stop[w] {
			continue
		}
		if isHangul([]rune(w)[0]) {
			w = StripJosa(w)
			if stop[w] {
				continue
			}
		} else {
			w = stem(w)
		}
		out = append(out, w)
	}
	return out
}

func (ix *Index) prepare(query string) []qword {
	var out []qword
	for _, w := range Words(query) {
		if stop[w] {
			continue
		}
		hangul := isHangul([]rune(w)[0])
		if hangul {
			w = StripJosa(w)
			if stop[w] {
				continue
			}
		} else {
			w = stem(w)
		}
		q := qword{w: w}
		if hangul {
			br := []rune(w)
			for i := 0; i+1 < len(br); i++ {
				q.bigrams = append(q.bigrams, "~"+string(br[i:i+2]))
			}
			if st, ok := verbStem(w); ok {
				q.stem = jamo(st)
			}
		} else if _, known := ix.postings[w]; !known && len(w) >= 4 {
			for t := range ix.postings {
				if len(t) >= 4 && t[0] != '~' && t[0] != '+' && near(w, t) {
					q.fuzzy = append(q.fuzzy, t)
				}
			}
		}
		out = append(out, q)
	}
	return out
}

// matched is the share of query words document d covers: as the word, as
// a word one edit away, or — for Hangul typed without spaces
// ("무선이어폰") — through at least three quarters of its bigrams (the
// bigram spanning each hidden word boundary, "선이", is expected to miss).
func (ix *Index) matched(qs []qword, d int) (float64, uint64) {
	if len(qs) == 0 {
		return 0, 0
	}
	hit := 0
	var cov uint64
	for i, q := range qs {
		if ix.has(q.w, d) {
			hit++
			if i < 64 {
				cov |= 1 << uint(i)
			}
			continue
		}
		found := false
		for _, f := range q.fuzzy {
			if ix.has(f, d) {
				found = true
				break
			}
		}
		if !found && len(q.bigrams) > 0 {
			got := 0
			for _, b := range q.bigrams {
				if ix.has(b, d) {
					got++
				}
			}
			found = got*4 >= len(q.bigrams)*3
		}
		if !found && q.stem != "" {
			found = ix.stemIn(q.stem, d)
		}
		if found {
			hit++
			if i < 64 {
				cov |= 1 << uint(i)
			}
		}
	}
	return float64(hit) / float64(len(qs)), cov
}

// stemIn reports whether doc d has a Hangul word starting with stem (jamo).
func (ix *Index) stemIn(stem string, d int) bool {
	ws := ix.words[d]
	i := sort.SearchStrings(ws, stem)
	return i < len(ws) && strings.HasPrefix(ws[i], stem)
}

// expand adds, for Latin query words missing from the vocabulary, the
// vocabulary words one edit away (at a lower weight), and for conjugated
// Hangul words, the vocabulary words sharing their stem.
func (ix *Index) expand(qt []term) []term {
	out := qt
	for _, q := range qt {
		if _, ok := ix.postings[q.t]; ok || q.w != wordWeight {
			continue
		}
		if isHangul([]rune(q.t)[0]) {
			if st, ok := verbStem(q.t); ok {
				js := jamo(st)
				for t := range ix.postings {
					if t[0] != '~' && t[0] != '+' && isHangul([]rune(t)[0]) && strings.HasPrefix(jamo(t), js) {
						out = append(out, term{t, 0.8 * wordWeight})
					}
				}
			}
			continue
		}
		if len(q.t) < 4 {
			continue
		}
		for t := range ix.postings {
			if len(t) >= 4 && t[0] != '~' && t[0] != '+' && near(q.t, t) {
				out = append(out, term{t, 0.7 * wordWeight})
			}
		}
	}
	return out
}

// near: a typo of an index word — one edit away, the first letter kept.
// A word's first letter is seldom the one mistyped, and a word that
// differs there is another word: "mice" is no "rice", "jeans" no
// "beans", "dish" no "fish".
func near(q, t string) bool {
	return q[0] == t[0] && editOne(q, t)
}

// editOne reports whether a and b differ by exactly one insertion,
// deletion, substitution or transposition of adjacent letters.
func editOne(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > 1 || d < -1 || a == b {
		return false
	}
	if len(ra) == len(rb) {
		diff := -1
		for i := range ra {
			if ra[i] != rb[i] {
				if diff >= 0 {
					// a transposition: ab ↔ ba
					return i == diff+1 && ra[diff] == rb[i] && ra[i] == rb[diff] && string(ra[i+1:]) == string(rb[i+1:])
				}
				diff = i
			}
		}
		return true
	}
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	for i := range rb {
		if ra[i] != rb[i] {
			return string(ra[i+1:]) == string(rb[i:])
		}
	}
	return true
}
