package tutoring

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// The retriever ranks lesson sections for a question with BM25 over three
// kinds of features: words (as written, particle-stripped, verb stem),
// syllable bigrams, and glossary concepts (one feature per key term, found
// through any of its Korean or English forms). A question is broken into
// units — a glossary term it mentions, or a word no term covers — and a
// section's coverage is the weighted share of the question's units it
// contains. Words the lessons never use weigh as much as the rarest
// lesson word: "the capital of France" mentions a lesson word ("capital",
// in Joseon's founding) but is not covered by it, and precision comes
// before recall — an honest "not covered" beats a citation that does not
// support the answer.

// Feature prefixes: w: word form, g: bigram, c: concept.
const (
	fieldTitle  = 2.5 // a section's title says what it is about
	fieldText   = 1.0
	fieldLesson = 0.5 // the lesson's title, shared by its sections
	topicBonus  = 1.0 // a term's glossary entry names this section as its topic…
	topicScore  = 2.0 // …which also adds to the section's score for the term
	bigramShare = 0.3 // a word matched only through bigrams counts this much
	k1, bm25b   = 1.2, 0.75
	withinFloor = 0.3 // the least a matched unit counts within its lesson
)

type concept struct {
	id       string // "c:<lesson>:<n>"
	lesson   string
	term     Term
	surfaces []surface
	topic    map[string]bool
}

type surfaceRef struct {
	c *concept
	s surface
}

// sentence is a sentence of a section in one language, with its features.
type sentence struct {
	text  string
	feats map[string]bool
}

type doc struct {
	lesson *Lesson
	sec    Section
	tf     map[string]float64
	len    float64
	sents  map[string][]sentence // by language
}

type retriever struct {
	docs     []*doc
	df       map[string]int
	avg      float64
	maxIDF   float64
	concepts []*concept
	byFirst  map[string][]surfaceRef // surfaces by their first word's index key
}

func newRetriever(lessons []*Lesson) *retriever {
	r := &retriever{df: map[string]int{}, byFirst: map[string][]surfaceRef{}}
	for _, l := range lessons {
		for n, t := range l.Glossary {
			c := &concept{id: "c:" + l.ID + ":" + itoa(n), lesson: l.ID, term: t, topic: map[string]bool{}}
			for _, sid := range t.Sections {
				c.topic[sid] = true
			}
			forms := append(append([]string{t.Ko}, t.Synonyms...), t.En...)
			for _, f := range forms {
				s := surface(analyze(f))
				if len(s) == 0 {
					continue
				}
				c.surfaces = append(c.surfaces, s)
				k := firstKey(s[0])
				r.byFirst[k] = append(r.byFirst[k], surfaceRef{c, s})
			}
			r.concepts = append(r.concepts, c)
		}
	}
	total := 0.0
	for _, l := range lessons {
		for _, s := range l.Sections {
			d := &doc{lesson: l, sec: s, tf: map[string]float64{}, sents: map[string][]sentence{}}
			add := func(text string, w float64) {
				ws := analyze(text)
				for f := range r.features(ws, l.ID) {
					d.tf[f] += w
					d.len += w
				}
			}
			for _, lang := range []string{"ko", "en"} {
				add(s.TitleIn(lang), fieldTitle)
				add(l.TitleIn(lang), fieldLesson)
				add(l.SubjectIn(lang), fieldLesson)
				text := s.TextIn(lang)
				for _, p := range splitSentences(text) {
					ws := analyze(p)
					feats := r.features(ws, l.ID)
					for f := range feats {
						d.tf[f] += fieldText
						d.len += fieldText
					}
					d.sents[lang] = append(d.sents[lang], sentence{text: p, feats: feats})
				}
			}
			for _, c := range r.concepts {
				if c.lesson == l.ID && (c.topic[s.ID] || c.topic["*"]) {
					d.tf[c.id] += topicBonus
				}
			}
			for f := range d.tf {
				r.df[f]++
			}
			total += d.len
			r.docs = append(r.docs, d)
		}
	}
	if len(r.docs) > 0 {
		r.avg = total / float64(len(r.docs))
	}
	r.maxIDF = r.idf(1)
	return r
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// firstKey indexes a surface by its first word: the first syllable of a
// Hangul word (so that prefixes and particles still find it), the stem of
// any other.
func firstKey(w word) string {
	if w.hangul {
		return string([]rune(w.raw)[:1])
	}
	return w.key
}

// conceptHit is a glossary term found in a run of words.
type conceptHit struct {
	c     *concept
	start int
	n     int
}

// findConcepts finds glossary terms in ws, longest match first at each
// position; lesson, if set, limits the terms to one lesson's glossary.
func (r *retriever) findConcepts(ws []word, lesson string) []conceptHit {
	var out []conceptHit
	for i := 0; i < len(ws); {
		best := 0
		var at []conceptHit
		for _, ref := range r.byFirst[firstKey(ws[i])] {
			if lesson != "" && ref.c.lesson != lesson {
				continue
			}
			n, ok := ref.s.matchesAt(ws, i)
			if !ok || n < best {
				continue
			}
			if n > best {
				best, at = n, at[:0]
			}
			dup := false
			for _, h := range at {
				dup = dup || h.c == ref.c
			}
			if !dup {
				at = append(at, conceptHit{ref.c, i, n})
			}
		}
		if best == 0 {
			i++
			continue
		}
		out = append(out, at...)
		i += best
	}
	return out
}

// features are the index features of a run of words: every word form,
// the bigrams of long Hangul words, and the lesson's concepts it names.
func (r *retriever) features(ws []word, lesson string) map[string]bool {
	f := map[string]bool{}
	for _, w := range ws {
		for _, a := range w.alts {
			f["w:"+a] = true
		}
		for _, g := range w.grams {
			f["g:"+g] = true
		}
	}
	for _, h := range r.findConcepts(ws, lesson) {
		f[h.c.id] = true
	}
	return f
}

func (r *retriever) idf(df int) float64 {
	n := float64(len(r.docs))
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

// unit is a part of a question that a section must contain to support an
// answer: a glossary term (any of several lessons' concepts that share a
// form) or a word.
type unit struct {
	text     string
	concepts []*concept
	span     []word // the words a concept unit was found in
	w        word
	weight   float64
	// cue: a question word or common word that names a glossary term
	// ("where", "need", "use"): it weighs little in coverage but points
	// strongly at the section the term is about.
	cue bool
}

// Unknown words: a noun-like word the lessons never use is taken to be what
// the question is about, so it weighs as much as the rarest lesson word; a
// verb-like or short lower-case English word is as likely to be phrasing
// and weighs like a common one.
const (
	weakWeight  = 0.3
	phraseLike  = 1.6
	gramKnownAt = 2.0 / 3
)

func (r *retriever) units(question string) []unit {
	ws := analyze(question)
	covered := make([]bool, len(ws))
	var out []unit
	seen := map[string]bool{}
	hits := r.findConcepts(ws, "")
	for i := 0; i < len(hits); {
		j := i
		u := unit{}
		for ; j < len(hits) && hits[j].start == hits[i].start; j++ {
			u.concepts = append(u.concepts, hits[j].c)
		}
		h := hits[i]
		var parts []string
		for k := h.start; k < h.start+h.n; k++ {
			covered[k] = true
			parts = append(parts, ws[k].raw)
		}
		u.text = strings.Join(parts, " ")
		u.span = ws[h.start : h.start+h.n]
		i = j
		if seen["c "+u.text] {
			continue
		}
		seen["c "+u.text] = true
		for _, c := range u.concepts {
			u.weight = math.Max(u.weight, r.idf(r.df[c.id]))
		}
		if h.n == 1 && (ws[h.start].stop || ws[h.start].weak) {
			// "where", "for": a hint at the section, not what the question is about.
			u.weight, u.cue = weakWeight, true
		}
		out = append(out, u)
	}
	orig := []rune(question)
	for k, w := range ws {
		if covered[k] || w.stop || seen["w "+w.key] {
			continue
		}
		seen["w "+w.key] = true
		u := unit{text: w.raw, w: w}
		switch {
		case w.weak:
			u.weight = weakWeight
		default:
			df := 0
			for _, a := range w.alts {
				if d := r.df["w:"+a]; d > 0 && (df == 0 || d < df) {
					df = d
				}
			}
			switch {
			case df > 0:
				u.weight = r.idf(df)
			case r.gramsKnown(w):
				u.weight = r.idf(1) * 0.6
			case w.hangul && (len(w.alts) > 2 || len([]rune(w.key)) <= 1), !w.hangul && !unicode.IsDigit([]rune(w.raw)[0]) && len(w.raw) < 9 && !capitalised(orig, w.raw):
				u.weight = phraseLike
			default:
				u.weight = r.maxIDF
			}
		}
		out = append(out, u)
	}
	return out
}

// capitalised reports whether word appears capitalised in text other than
// at its start ("France" in "the capital of France").
func capitalised(text []rune, w string) bool {
	s := string(text)
	lower := strings.ToLower(s)
	for i := strings.Index(lower, w); i >= 0; {
		if i > 0 {
			if r := []rune(s[i:])[0]; unicode.IsUpper(r) {
				return true
			}
		}
		next := strings.Index(lower[i+len(w):], w)
		if next < 0 {
			break
		}
		i += len(w) + next
	}
	return false
}

func (r *retriever) gramsKnown(w word) bool {
	if len(w.grams) == 0 {
		return false
	}
	got := 0
	for _, g := range w.grams {
		if r.df["g:"+g] > 0 {
			got++
		}
	}
	return float64(got) >= gramKnownAt*float64(len(w.grams))
}

// matchIn reports how a unit is found in a feature set: 1 when whole, a
// share when only through bigrams, 0 when not; feat is the feature it was
// found by.
func (u unit) matchIn(f func(string) bool) (float64, string) {
	for _, c := range u.concepts {
		if f(c.id) {
			return 1, c.id
		}
	}
	if len(u.concepts) > 0 {
		// A term of another lesson's glossary still matches a section
		// that uses its very words (결과 in a science lesson).
		feat := ""
		for _, w := range u.span {
			found := ""
			for _, a := range w.alts {
				if f("w:" + a) {
					found = "w:" + a
					break
				}
			}
			if found == "" {
				return 0, ""
			}
			feat = found
		}
		return 1, feat
	}
	for _, a := range u.w.alts {
		if f("w:" + a) {
			return 1, "w:" + a
		}
	}
	if n := len(u.w.grams); n > 0 {
		got := 0
		for _, g := range u.w.grams {
			if f("g:" + g) {
				got++
			}
		}
		if float64(got) >= gramKnownAt*float64(n) {
			return bigramShare + (1-bigramShare)*float64(got)/float64(n)*0.5, "g:" + u.w.grams[0]
		}
	}
	return 0, ""
}

// scored is a section ranked for a question.
type scored struct {
	d        *doc
	score    float64
	coverage float64
	matched  []bool // per unit
}

func (r *retriever) rank(us []unit, lesson string) []scored {
	total := 0.0
	for _, u := range us {
		total += u.weight
	}
	if total == 0 {
		return nil
	}
	type hit struct {
		m    float64
		feat string
	}
	var docs []*doc
	var hits [][]hit
	perLesson := map[string]int{}
	dfIn := map[string][]int{} // lesson → per unit: sections that contain it
	for _, d := range r.docs {
		if lesson != "" && d.lesson.ID != lesson {
			continue
		}
		hs := make([]hit, len(us))
		for i, u := range us {
			hs[i].m, hs[i].feat = u.matchIn(func(f string) bool { return d.tf[f] > 0 })
			if hs[i].m > 0 {
				if dfIn[d.lesson.ID] == nil {
					dfIn[d.lesson.ID] = make([]int, len(us))
				}
				dfIn[d.lesson.ID][i]++
			}
		}
		perLesson[d.lesson.ID]++
		docs, hits = append(docs, d), append(hits, hs)
	}
	var out []scored
	for k, d := range docs {
		s := scored{d: d, matched: make([]bool, len(us))}
		got := 0.0
		n := float64(perLesson[d.lesson.ID])
		for i, u := range us {
			m, feat := hits[k][i].m, hits[k][i].feat
			if m == 0 {
				continue
			}
			// Within its lesson, a word every section has (광합성 in the
			// photosynthesis lesson) says little about which section
			// answers; what only this section has says a lot.
			df := float64(dfIn[d.lesson.ID][i])
			within := withinFloor + math.Log(1+(n-df+0.5)/(df+0.5))
			tf := d.tf[feat]
			norm := tf * (k1 + 1) / (tf + k1*(1-bm25b+bm25b*d.len/r.avg))
			s.score += m * u.weight * within * norm
			for _, c := range u.concepts {
				if c.id == feat && c.topic[d.sec.ID] {
					// The glossary names this section as the term's topic.
					bonus := topicScore * math.Max(u.weight, 1)
					if u.cue {
						bonus *= 2
					}
					s.score += bonus
					break
				}
			}
			got += m * u.weight
			s.matched[i] = m >= 1
		}
		if got == 0 {
			continue
		}
		s.coverage = got / total
		out = append(out, s)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].score*out[i].coverage, out[j].score*out[j].coverage
		if a != b {
			return a > b
		}
		return out[i].d.lesson.ID+out[i].d.sec.ID < out[j].d.lesson.ID+out[j].d.sec.ID
	})
	return out
}

var sentenceEnd = regexp.MustCompile(`([.!?。])(["”’)]?)\s+`)

// splitSentences splits text at sentence ends (a full stop, question or
// exclamation mark followed by space, a closing quote allowed between).
func splitSentences(text string) []string {
	marked := sentenceEnd.ReplaceAllString(strings.ReplaceAll(text, "\n", " "), "$1$2\x00")
	var out []string
	for _, s := range strings.Split(marked, "\x00") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
