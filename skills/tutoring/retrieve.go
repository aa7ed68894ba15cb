package tutoring

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// The retriever ranks lesson sections for a question with BM25 over four
// kinds of features: words (as written, particle-stripped, without a verb
// ending, and as a lemma), syllable bigrams, glossary concepts (one
// feature per key term, found through any of its Korean or English forms)
// and English two-word phrases. A question is broken into units — a
// glossary term it mentions, or a word no term covers — and a section's
// coverage is the weighted share of the question's units it contains. A
// word the lessons never use weighs as much as the rarest lesson word (a
// conjugated verb or a short English word somewhat less, a Korean word
// marked as the topic more): "the capital of France" mentions a lesson
// word ("capital", in Joseon's founding) but is not covered by it, and
// precision comes before recall — an honest "not covered" beats a
// citation that does not support the answer.

// Feature prefixes: w: word form (w:v~ a lemma), g: bigram, c: concept,
// p: phrase.
const (
	fieldTitle    = 2.5 // a section's title says what it is about
	fieldText     = 1.0
	topicBonus    = 1.0 // a term's glossary entry names this section as its topic…
	topicScore    = 2.0 // …which also adds to the section's score for the term
	bigramShare   = 0.3 // a word matched only through bigrams counts this much
	k1, bm25b     = 1.2, 0.75
	withinFloor   = 0.3 // the least a matched unit counts within its lesson
	sentenceShare = 0.5 // weight of the best single sentence's match in a section's score
	phraseScore   = 1.5 // a two-word English phrase of the question found in the section
)

type concept struct {
	id       string // "c:<lesson>:<n>"
	lesson   string
	term     Term
	surfaces []surface
	topic    map[string]bool
	// names: the term is what its lesson is titled after (광합성 in
	// "광합성", "earthquake" in "Earthquakes and Volcanoes").
	names bool
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
	latin    []string                // every English word key of the lessons and glossaries, sorted
	// kinds: for the last word of each English glossary term of two words
	// or more ("perfect" of "present perfect"), the words that precede it
	// in a term, each with the term's lesson ("present" → present-perfect).
	kinds map[string]map[string]bool
	// glued: the Korean glossary terms of two words or more, by their
	// spelling without spaces ("불의고리" → "불의 고리").
	glued map[string]string
	// koTerms: the Korean glossary terms of three syllables or more
	// written as one word (현재완료, 일차방정식).
	koTerms []string
}

func newRetriever(lessons []*Lesson) *retriever {
	r := &retriever{df: map[string]int{}, byFirst: map[string][]surfaceRef{}}
	for _, l := range lessons {
		for n, t := range l.Glossary {
			c := &concept{id: "c:" + l.ID + ":" + strconv.Itoa(n), lesson: l.ID, term: t, topic: map[string]bool{}}
			c.names = t.Ko != "" && strings.Contains(l.TitleIn("ko"), t.Ko)
			for _, e := range t.En {
				c.names = c.names || len(e) >= 4 && strings.Contains(strings.ToLower(l.TitleIn("en")), e)
			}
			for _, sid := range t.Sections {
				c.topic[sid] = true
			}
			for _, e := range t.En {
				ws := analyze(e)
				if n := len(ws); n >= 2 && content(ws[n-1]) && content(ws[n-2]) {
					if r.kinds == nil {
						r.kinds = map[string]map[string]bool{}
					}
					if r.kinds[ws[n-1].key] == nil {
						r.kinds[ws[n-1].key] = map[string]bool{}
					}
					r.kinds[ws[n-1].key][ws[n-2].key] = true
				}
			}
			for _, f := range append([]string{t.Ko}, t.Synonyms...) {
				// (nouns only: 얼마예요 and 안녕하세요 end like any sentence)
				if rs := []rune(f); len(rs) >= 3 && !strings.Contains(f, " ") && isHangul(rs[0]) && isHangul(rs[len(rs)-1]) && stripSuffix(f, koEndings, 1) == f {
					r.koTerms = append(r.koTerms, f)
				}
				if strings.Contains(f, " ") && isHangul([]rune(f)[0]) {
					if r.glued == nil {
						r.glued = map[string]string{}
					}
					r.glued[strings.ReplaceAll(f, " ", "")] = f
				}
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
				// Only the section's own words: a lesson title shared by
				// every section ("Earthquakes and Volcanoes") would let the
				// mantle answer a question about volcanoes.
				add(s.TitleIn(lang), fieldTitle)
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
	seen := map[string]bool{}
	for f := range r.df {
		if k, ok := strings.CutPrefix(f, "w:"); ok && k != "" && k[0] < 0x80 && unicode.IsLetter(rune(k[0])) && !seen[k] {
			seen[k] = true
			r.latin = append(r.latin, k)
		}
	}
	for _, refs := range r.byFirst {
		for _, ref := range refs {
			for _, w := range ref.s {
				if !w.hangul && !seen[w.key] && w.key != "" && unicode.IsLetter(rune(w.key[0])) {
					seen[w.key] = true
					r.latin = append(r.latin, w.key)
				}
			}
		}
	}
	sort.Strings(r.latin)
	r.maxIDF = r.idf(1)
	return r
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
		best, bestExact := 0, false
		var at []conceptHit
		for _, ref := range r.byFirst[firstKey(ws[i])] {
			if lesson != "" && ref.c.lesson != lesson {
				continue
			}
			n, exact, ok := ref.s.matchesAt(ws, i)
			if !ok || n < best || n == best && bestExact && !exact {
				continue
			}
			if n > best || exact && !bestExact {
				best, bestExact, at = n, exact, at[:0]
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
		for _, k := range w.wkeys {
			f[k] = true
		}
		for _, k := range w.gkeys {
			f[k] = true
		}
	}
	for _, h := range r.findConcepts(ws, lesson) {
		f[h.c.id] = true
	}
	for _, p := range phrases(ws) {
		f[p] = true
	}
	return f
}

// phrases are the pairs of adjacent English words that are not stopwords
// ("two people", "carbon dioxide"): a question's phrase found in a
// section says more than its words found apart.
func phrases(ws []word) []string {
	var out []string
	for i := 0; i+1 < len(ws); i++ {
		a, b := ws[i], ws[i+1]
		if a.hangul || b.hangul || a.stop || b.stop || a.key == "" || b.key == "" {
			continue
		}
		out = append(out, "p:"+a.key+"_"+b.key)
	}
	return out
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
	// glued: an unknown word the lessons never use, written right next to
	// a word they do ("past continuous", "future perfect"): together they
	// name a term the lessons do not teach.
	glued bool
	// unknown: a noun-like word neither the lessons nor the glossaries
	// use ("Goryeo", "past continuous", "mitochondria"): what the question
	// is about and what no section contains, so no section answers it.
	unknown bool
	// pair: two forms of one term set side by side ("has … have"): what
	// the question is about, and, like a cue, a strong pointer at the
	// section the term is about.
	pair bool
	// phrasing: a Korean glossary phrase of common words only (만드는 법,
	// 어떻게 알았어요): it names a term, but how the question is put, so
	// it is never the one topical unit a section answers on ("김치 만드는
	// 법" is not the form of the present perfect).
	phrasing bool
	// at, end: the words of the question the unit spans (concept units)
	at, end int
	// alt: the index of the unit this one is the other choice to ("xylem
	// or phloem", "진원이나 진앙"), or -1: the answer names one of them, so
	// a section needs one, not both.
	alt int
}

// Unknown words: a noun-like word the lessons never use is taken to be what
// the question is about, so it weighs as much as the rarest lesson word; a
// verb-like or short lower-case English word is as likely to be phrasing
// and weighs like a common one.
const (
	weakWeight  = 0.3
	phraseLike  = 2.4
	koVerbLike  = 1.2
	gramKnownAt = 2.0 / 3
	twoInLonger = 0.7 // a two-syllable word found inside a longer one
)

func (r *retriever) units(question string) []unit {
	ws := analyze(question)
	quoted := map[string]bool{}
	// example: the words of a quoted English sentence ("she 'has gone to
	// London'"): its grammar terms are what is asked about; a word of it
	// the lessons never use is the example's content, not an unknown
	// topic.
	// (Only a sentence with a term of a lesson in it, and not one whose
	// Korean is asked: "what's 'I love you' in Korean?" asks about it.)
	// A term of another lesson in it ("Jeju" in "she has been to Jeju")
	// is content too: exampleOf is the lesson the example's terms are
	// mostly of.
	example := map[string]bool{}
	exampleOf := ""
	// (A sentence set beside one, "'I have lost it' and 'I lost it'", is
	// an example too.)
	examples := false
	for _, m := range quotedRe.FindAllStringSubmatch(question, -1) {
		ws := analyze(quotedIn(m))
		examples = examples || len(ws) >= 3 && len(r.findConcepts(ws, "")) > 0 && !inKorean.MatchString(question)
	}
	for _, m := range quotedRe.FindAllStringSubmatch(question, -1) {
		ws := analyze(quotedIn(m))
		hits := r.findConcepts(ws, "")
		sentence := examples && len(ws) >= 3
		for _, w := range ws {
			quoted[w.raw] = true
			if sentence && !w.hangul {
				example[w.raw] = true
			}
		}
		if sentence && len(hits) > 0 && exampleOf == "" {
			n := map[string]int{}
			for _, h := range hits {
				n[h.c.lesson]++
				if n[h.c.lesson] > n[exampleOf] {
					exampleOf = h.c.lesson
				}
			}
		}
	}
	ko := DetectLang(question) == "ko"
	enAsked := englishAsking(question)
	r.correctTypos(ws)
	ws = r.joinCodes(question, ws)
	r.chatWords(ws)
	if asksNowadays(question) {
		// "한양은 오늘날 어디예요?": the word for today says what kind of
		// answer is wanted (see saysNowadays), not what it is about
		for i := range ws {
			if nowWord[ws[i].key] || nowWord[ws[i].raw] {
				ws[i].weak = true
			}
		}
	}
	for i := range ws {
		// "what three things change …", "the two products": a count
		// before a noun says how many are asked (see numberAbsent), not
		// what about; a number asked in Korean ("how do you say three")
		// has no noun after it and stays.
		if _, n := enNumberValue[ws[i].raw]; n && !ws[i].hangul && i+1 < len(ws) && !ws[i+1].hangul && !ws[i+1].stop && !unicode.IsDigit([]rune(ws[i+1].raw)[0]) {
			ws[i].weak = true
		}
	}
	for i := range ws {
		// A verb the student makes of a lesson noun with 하다 (활약할수,
		// 관측하려면) is found where the lesson uses the noun (활약했어요:
		// 활약). Only in questions: the lessons are indexed as written.
		if n := haNoun(ws[i].raw); n != "" && ws[i].hangul && r.df["w:"+n] > 0 {
			ws[i].alts = appendNew(ws[i].alts, n)
			ws[i].wkeys = append(ws[i].wkeys, "w:"+n)
		}
	}
	for i := range ws {
		// In a Korean question an English word is what is asked about
		// ("has는 언제 써요?", "for와 since"), and so is a quoted word
		// ("What does 'just' mean?"): never filler.
		// So is a Korean word in an English question ("what does 주세요
		// mean?", "is 감사합니다 different from 고맙습니다?").
		// A year the lessons name ("1443 and 1446 for hangul") points at
		// the passage that names it, as a term does.
		if len(ws[i].raw) == 4 && strings.IndexFunc(ws[i].raw, func(c rune) bool { return c < '0' || c > '9' }) < 0 && ws[i].raw[0] <= '2' && r.df["w:"+ws[i].raw] > 0 {
			ws[i].weak = false
		}
		if ko && !ws[i].hangul && !unicode.IsDigit([]rune(ws[i].raw)[0]) && !isJamo([]rune(ws[i].raw)[0]) || quoted[ws[i].raw] || !ko && ws[i].hangul && enAsked {
			ws[i].stop, ws[i].weak = false, false
		}
		// "can I say I've instead of I have?": a contraction's 've set
		// beside its long form is the short form asked about, quoted or
		// not (tutor17); in an example ("I've been to Busan") it is not
		if ws[i].raw == "ve" && i > 0 && !ws[i-1].hangul && shortAsked.MatchString(question) {
			ws[i].stop, ws[i].weak = false, false
		}
		// "the Korean word for mom", "how do I say dad in Korean": the
		// word whose Korean is asked is the topic, however common it is
		// in chat ("my mom says …")
		if !ko && i > 0 && !ws[i].hangul && !ws[i].stop && (ws[i-1].raw == "for" || sayVerb[ws[i-1].raw]) && !unicode.IsDigit([]rune(ws[i].raw)[0]) && inKorean.MatchString(question) {
			ws[i].weak, ws[i].asker = false, false
		}
	}
	for i := 0; i+1 < len(ws); i++ {
		// "주세요는 무슨 뜻이에요?", "고마워가 무슨 의미야?": a Korean
		// expression whose meaning is asked is the topic, however common
		// its words are (주세요 is also how requests are put).
		if !ws[i].hangul || !ws[i].verb || !ws[i].stop && !ws[i].weak || !hasAnyPrefix(strings.TrimPrefix(ws[i].raw, ws[i].key), []string{"는", "은", "가", "이", "란", "이란"}) {
			continue
		}
		for _, n := range ws[i+1 : min(len(ws), i+3)] {
			if hasAnyPrefix(n.raw, []string{"뜻", "의미"}) {
				ws[i].stop, ws[i].weak = false, false
			}
		}
	}
	for i := range ws {
		// "count to 100", "100까지 세는 법": a number to count or say up
		// to is what the question asks, as "count to twenty" is (see
		// numberWord), not a number of an example.
		num, upTo := strings.CutSuffix(ws[i].raw, "까지")
		if !upTo && i+1 < len(ws) && ws[i+1].raw == "까지" {
			upTo = true
		}
		upTo = upTo || i > 0 && (ws[i-1].raw == "to" || ws[i-1].raw == "till" || ws[i-1].raw == "until")
		// "how do I say 100", "100은 한국어로 어떻게 읽어요?": the number
		// itself is what is asked, as a number counted up to is.
		upTo = upTo || i > 0 && sayVerb[ws[i-1].raw]
		// "what is 100 in Korean?": the number itself, as said in Korean
		upTo = upTo || i > 0 && (ws[i-1].raw == "is" || ws[i-1].raw == "whats") && inKorean.MatchString(question)
		// "the Korean word for 20", "20을 뜻하는 고유어": the number whose
		// word is asked
		upTo = upTo || i > 0 && (ws[i-1].raw == "for" || ws[i-1].raw == "number") && inKorean.MatchString(question)
		k, ok := cutParticle(ws[i].raw)
		if !ok && i+1 < len(ws) && unicode.IsDigit([]rune(ws[i].raw)[0]) {
			_, ok = cutParticle("0" + ws[i+1].raw) // "57 은", split from its particle
		}
		if ok && !upTo {
			num = k
			for _, w := range ws[i+1:] {
				// (세워, 세운: an equation set up, not a number counted)
				upTo = upTo || w.hangul && hasAnyPrefix(w.raw, koSayStems) && !hasAnyPrefix(w.raw, []string{"세우", "세워", "세운", "세웠", "세울"})
			}
		}
		if n, err := strconv.Atoi(num); err == nil && n > 10 && upTo {
			ws[i].weak, ws[i].countTo = false, true
		}
	}
	for i := 1; i < len(ws); i++ {
		// 몇 개, 몇 번째, 몇 층: the word after 몇 is a counter, not a
		// topic (개 is a term of the Korean numbers lesson).
		if ws[i-1].raw == "몇" && ws[i].hangul {
			ws[i].weak, ws[i].counter = true, true
		}
	}
	for i := 1; i < len(ws); i++ {
		// 수 after a verb in its future adnominal (설명해 주실 수, 할 수
		// 있어요) is "can", not a number: how the question is asked.
		if ws[i].hangul && ws[i].key == "수" && ws[i-1].hangul && (ws[i-1].verb || len([]rune(ws[i-1].raw)) == 1) && endsInRieul(ws[i-1].raw) {
			ws[i].stop = true
			if len([]rune(ws[i-1].raw)) == 1 && ws[i-1].raw != "풀" {
				// (설명해 줄 수, 알려 줄 수: 주다, a helping verb — 풀 수
				// still asks about solving)
				ws[i-1].weak = true
			}
		}
	}
	askers(ws)
	covered := make([]bool, len(ws))
	var out []unit
	seen := map[string]bool{}
	hits := r.findConcepts(ws, "")
	seenAt := map[string]int{} // concept unit key → its index in out
	for i := 0; i < len(hits); {
		j := i
		u := unit{}
		for ; j < len(hits) && hits[j].start == hits[i].start; j++ {
			u.concepts = append(u.concepts, hits[j].c)
		}
		h := hits[i]
		if h.n == 1 && (ws[h.start].counter || ws[h.start].asker) {
			i = j
			continue
		}
		if exampleOf != "" && h.n == 1 && example[ws[h.start].raw] {
			other := true
			for _, c := range u.concepts {
				other = other && c.lesson != exampleOf
			}
			if other {
				// another lesson's term as an example's content: a
				// plain word (see example)
				i = j
				continue
			}
		}
		var parts []string
		for k := h.start; k < h.start+h.n; k++ {
			covered[k] = true
			parts = append(parts, ws[k].raw)
		}
		u.text = strings.Join(parts, " ")
		u.span = ws[h.start : h.start+h.n]
		u.at, u.end = h.start, h.start+h.n
		i = j
		var ids []string
		for _, c := range u.concepts {
			ids = append(ids, c.id)
		}
		sort.Strings(ids)
		key := "c " + strings.Join(ids, " ") // 세포와 … 세포의: one unit
		for _, c := range u.concepts {
			u.weight = math.Max(u.weight, r.idf(r.df[c.id]))
		}
		// A term of common words is a cue when every word is filler, or
		// it is one common word; a glossary phrase of common words that
		// are not filler ("word problem", "how long") names the topic.
		common := true
		for _, w := range u.span {
			common = common && (w.stop || w.weak && len(u.span) == 1)
		}
		if !common && len(u.span) > 1 {
			u.phrasing = true
			for _, w := range u.span {
				u.phrasing = u.phrasing && w.hangul && (w.stop || w.weak)
			}
		}
		if common {
			// "where", "for", "어떻게 해야", "what to do": a hint at the
			// section, not what the question is about.
			u.weight, u.cue = weakWeight, true
		}
		if at, ok := seenAt[key]; ok {
			// The same term said twice: the words that name it best
			// stand for it ("more … faster" is about the rate, which
			// "faster" says and "more" only hints at).
			if out[at].cue && !u.cue {
				out[at] = u
			} else if out[at].cue && u.cue && out[at].text != u.text && !genericUnit(u) {
				// Two forms of one term set side by side ("has … have",
				// "just, already and yet", "for랑 since"): the question
				// is about the term itself, not phrased with it.
				out[at].cue, out[at].pair = false, true
				for _, c := range u.concepts {
					out[at].weight = math.Max(out[at].weight, r.idf(r.df[c.id]))
				}
			}
			continue
		}
		seenAt[key] = len(out)
		out = append(out, u)
	}
	for i := range out {
		out[i].alt = -1
	}
	for i := range out {
		for j := range out {
			a, b := out[i], out[j]
			if i == j || a.cue || b.cue || len(a.concepts) == 0 || len(b.concepts) == 0 || a.alt >= 0 || b.alt >= 0 {
				continue
			}
			last := ws[a.end-1].raw
			ors, other := 0, 0 // between the two: one "or", else only stopwords
			for k := a.end; k < b.at; k++ {
				switch {
				case orWord[ws[k].raw]:
					ors++
				case !ws[k].stop:
					other++
				}
			}
			or := b.at > a.end && ors == 1 && other == 0 || b.at == a.end && (strings.HasSuffix(last, "이나") || strings.HasSuffix(last, "나") && !strings.HasSuffix(ws[a.end-1].key, "나"))
			if or && a.concepts[0].lesson == b.concepts[0].lesson {
				out[i].alt, out[j].alt = j, i
			}
		}
	}
	orig := []rune(question)
	for k, w := range ws {
		if covered[k] || w.stop || seen["w "+w.key] {
			continue
		}
		seen["w "+w.key] = true
		u := unit{text: w.raw, w: w, alt: -1}
		switch {
		case w.weak || example[w.raw]:
			u.weight = weakWeight
		default:
			df := 0
			for _, k := range w.wkeys {
				if d := r.df[k]; d > 0 && (df == 0 || d < df) {
					df = d
				}
			}
			switch {
			case df > 0:
				u.weight = r.idf(df)
			case w.chat:
				// 다르다던데, 짜증남: how the student talks (see chatWords)
				u.weight = koVerbLike
			case w.hangul && w.key == stripSuffix(w.key, koEndings, 1) && r.rivalCompound(w.key):
				// 과거완료 beside 현재완료, 이차방정식 beside 일차방정식:
				// another kind of a term the lessons teach, which they
				// do not.
				u.weight, u.unknown, u.glued = r.maxIDF, true, true
			case r.gramsKnown(w):
				u.weight = r.idf(1) * 0.6
			case w.hangul && w.key == w.raw && stripSuffix(w.key, koEndings, 1) != w.key && k > 0:
				// A conjugated Korean verb the lessons never use, after
				// the words it is about ("화산이 터지면", "에너지가 얼마나
				// 세져요"): how the student phrases the question, more
				// than what it is about.
				u.weight = koVerbLike
			case !w.hangul && k > 0 && titleWord[ws[k-1].raw]:
				// "mount fuji", "king taejo", "lake baikal": a name after
				// the word for what it names, however it is typed — a
				// thing the lessons do not know.
				u.weight, u.unknown = r.maxIDF, true
			case w.hangul && beforeBoundNoun(ws, k):
				// "뭘 알아보는 거예요?": a verb's 는 before 거 / 것 / 건
				// modifies that bound noun; it is no topic marker, and the
				// word is how the question is put (알아보다), not an
				// unknown thing it is about.
				u.weight = phraseLike
			case w.hangul && (w.verb && !particled(w) || len([]rune(w.key)) <= 1 || shortVerb(w.key)), !w.hangul && !unicode.IsDigit([]rune(w.raw)[0]) && len(w.raw) < 9 && !capitalised(orig, w.raw) && !nounAfter(ws, k) && !numberWord[w.raw]:
				u.weight = phraseLike
			default:
				u.weight = r.maxIDF
				u.unknown = true
				u.glued = !w.hangul && (k > 0 && r.knows(ws[k-1]) || k+1 < len(ws) && r.knows(ws[k+1]))
				if topicMarked(w) {
					// "선인장은 …": the lessons do not know what the
					// question is about.
					u.weight *= 1.5
				}
			}
		}
		if w.countTo && !u.unknown && u.weight > weakWeight {
			u.weight, u.unknown, u.glued = r.maxIDF, true, !seenNumber(r, w.raw)
		}
		if forecastWord[w.raw] && !u.glued {
			// "곧 폭발해요?", "can they predict the next one?": the
			// lessons teach what is known, not what will happen; a
			// section that never speaks of it does not answer.
			u.weight, u.unknown, u.glued = math.Max(u.weight, r.maxIDF), true, true
		}
		if mathMarker[w.raw] && u.weight > weakWeight {
			// "x^2", "2x > 7": a kind of equation the lessons do not
			// teach, whatever else of the question they contain.
			u.unknown, u.glued = true, true
		}
		out = append(out, u)
	}
	statedProblem(out)
	return out
}

// endsInRieul reports a Hangul word whose last syllable ends in ㄹ (할,
// 주실, 볼): a verb's future adnominal before a bound noun.
func endsInRieul(w string) bool {
	rs := []rune(w)
	c := rs[len(rs)-1]
	return isHangul(c) && (c-0xAC00)%28 == 8
}

// problemTerms name the unknown of a word problem ("어떤 수", "some
// number"); operationTerms its arithmetic and "equals".
var (
	problemTerms   = setOf("어떤 수", "활용")
	operationTerms = setOf("더하기", "빼기", "곱하기", "나누기", "등식")
)

// statedProblem: a question that states a problem in words and numbers
// ("어떤 수에 2를 곱하고 5를 더하면 17", "multiply some number by 5 and
// subtract 2 and you get 13") asks how to solve a word problem. Its
// arithmetic is what the problem says, not what the question is about: as
// terms, "multiply" and "add" pointed at the properties of equality, which
// name them, over the word problems, which state theirs as "3배에서 4를
// 빼면". They weigh as common words, and name no term; so does another
// lesson's term ("three times a number" cited the Korean numbers).
func statedProblem(us []unit) {
	nums, lesson := 0, ""
	for _, u := range us {
		if len(u.concepts) == 0 && u.w.raw != "" && unicode.IsDigit([]rune(u.w.raw)[0]) {
			nums++
		}
		for _, c := range u.concepts {
			if problemTerms[c.term.Ko] && !u.cue {
				lesson = c.lesson
			}
		}
	}
	if nums < 2 || lesson == "" {
		return
	}
	for i, u := range us {
		if len(u.concepts) == 0 {
			continue
		}
		// (another lesson's term is a word of the problem too: "three
		// times a number" is no question about Korean numbers)
		other := true
		for _, c := range u.concepts {
			other = other && c.lesson != lesson
			if operationTerms[c.term.Ko] {
				other = true
				break
			}
		}
		if other {
			if u.w.raw == "" && len(u.span) == 1 {
				us[i].w = u.span[0]
			}
			us[i].weight, us[i].concepts, us[i].cue = weakWeight, nil, false
		}
	}
}

// inKorean asks how something is said in Korean.
var inKorean = regexp.MustCompile(`(?i)\bin korean\b|\bkorean (numbers?|word|for)\b|한국어로|한국말로|한국어 숫자`)

// orWord joins two choices ("xylem or phloem", "진원 아니면 진앙").
var orWord = setOf("or", "아니면", "또는", "혹은")

// sayVerb: English verbs before a number that ask how the number itself
// is said or written ("how do I say 100").
var sayVerb = setOf("say", "write", "read", "pronounce", "spell")

// koSayStems begin Korean verbs that ask how to say, read or write
// something (말해요, 읽어요, 발음해요, 써요, 세요, 뭐라고 해요).
var koSayStems = []string{"말하", "말해", "읽", "발음", "써", "쓰", "세", "뭐라"}

// cutParticle splits a number written with a Korean particle ("100은",
// "250을") into the number.
func cutParticle(raw string) (string, bool) {
	for _, p := range []string{"이나", "은", "는", "을", "를", "이", "가", "도", "나"} {
		if n, ok := strings.CutSuffix(raw, p); ok && n != "" && unicode.IsDigit([]rune(n)[0]) {
			return n, true
		}
	}
	return raw, false
}

func hasAnyPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// forecastWord: words that ask what will happen ("soon", "predict"). The
// lessons tell what is known; a question about the future is answered
// only by a section that speaks of it.
var forecastWord = setOf("곧", "조만간", "머지않아", "예측", "예측할", "예측해", "예측하", "예언", "soon", "gonna", "predict", "predicted", "predicting", "prediction", "predictions", "forecast")

// titleWord: English words that come before a name ("mount fuji").
var titleWord = setOf("mount", "mt", "lake", "river", "king", "queen", "emperor", "president", "general", "admiral", "prince", "princess", "saint", "st")

// genericUnit reports a unit whose terms are all notions any lesson's
// question may use (see Term.Generic).
func genericUnit(u unit) bool {
	for _, c := range u.concepts {
		if !c.term.Generic {
			return false
		}
	}
	return len(u.concepts) > 0
}

// seenNumber reports whether a lesson writes the number n.
func seenNumber(r *retriever, n string) bool { return r.df["w:"+n] > 0 }

// mathMarker: the words analyze writes for math signs (see mathSigns).
var mathMarker = setOf("부등호", "거듭제곱")

// rivalCompound reports whether w, a word the lessons never use, is
// another kind of a Korean term they teach: it ends in the term's last
// two syllables but is not the term (과거완료 for 현재완료, 이차방정식 for
// 일차방정식).
func (r *retriever) rivalCompound(w string) bool {
	wr := []rune(w)
	if len(wr) < 3 {
		return false
	}
	for _, t := range r.koTerms {
		tr := []rune(t)
		if t != w && strings.HasSuffix(w, string(tr[len(tr)-2:])) && !strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// determiners precede a noun: an English word the lessons never use
// right after one ("days of the week", "the capital of France") names a
// thing, which is what the question is about, not its phrasing.
var determiners = setOf("the", "a", "an", "my", "your", "our", "their", "its", "this", "these", "those", "every", "each")

// Only the head of the noun phrase counts — the word after the
// determiner that ends the phrase (the end, or a filler word follows):
// in "the original Korean alphabet" the word after "the" is an adjective;
// a superlative ("the largest") is not a thing either.
func nounAfter(ws []word, k int) bool {
	if k == 0 || !determiners[ws[k-1].raw] || strings.HasSuffix(ws[k].raw, "est") {
		return false
	}
	return k+1 == len(ws) || ws[k+1].stop
}

// numberWord: an English number the lessons never write ("count to
// twenty") asks for more than they teach.
var numberWord = setOf("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
	"fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion")

// rivalKind reports whether the question names a kind of a glossary term
// the lessons do not teach: an English pair "<modifier> <head>" whose head
// ends glossary terms ("present perfect", "linear equation") but whose
// modifier ends none and which the section never writes ("past perfect",
// "quadratic equation", "sulfur dioxide"). All its words are lesson words,
// so coverage alone would answer "what is the past perfect?" from the
// present perfect — a citation that does not answer it.
func (r *retriever) rivalKind(question string, d *doc) bool {
	ws := analyze(question)
	for i := 1; i < len(ws); i++ {
		m, h := ws[i-1], ws[i]
		mods := r.kinds[h.key]
		if len(mods) == 0 || !content(m) || !content(h) || mods[m.key] {
			continue
		}
		if d.tf["p:"+m.key+"_"+h.key] > 0 {
			continue
		}
		// the modifier must itself be a kind word of the lessons (it
		// precedes some term's head): "the equation", "this equation",
		// "my answer" are no rival terms
		kind := false
		for _, ms := range r.kinds {
			kind = kind || ms[m.key]
		}
		if kind {
			return true
		}
	}
	return false
}

// content reports an English word that can name or qualify a term: not
// filler, not a common word, three letters or more.
func content(w word) bool { return !w.hangul && !w.stop && !w.weak && len(w.key) >= 3 }

// shortVerb reports a two-syllable word that reads as a one-syllable verb
// stem and its ending (풀고, 알면, 써요): phrasing, not a topic.
func shortVerb(key string) bool {
	rs := []rune(key)
	return len(rs) == 2 && strings.ContainsRune("고서면요게지니며", rs[1])
}

// knows reports whether the lessons use w (not a common word).
func (r *retriever) knows(w word) bool {
	if w.stop || w.weak {
		return false
	}
	for _, k := range w.wkeys {
		if r.df[k] > 0 {
			return true
		}
	}
	return false
}

// quotedRe finds a quoted word or phrase. A single quote opens only at
// the start or after a space or bracket and closes only before the end, a
// space or punctuation: the apostrophes of "we're … it's" quote nothing.
var quotedRe = regexp.MustCompile(`["“]([^"”]{1,40})["”]|(?:^|[\s(])['‘]((?:[^'’"”]|['’][A-Za-z]){1,40})['’](?:$|[\s.,!?;:)]|[가-힣])`)

// quotedIn is what quotedRe's match m quotes.
func quotedIn(m []string) string {
	if m[1] != "" {
		return m[1]
	}
	return m[2]
}

// correctTypos replaces an English word the lessons do not know by the
// one lesson word a single edit away ("photosyntesis", "chloroplats"), so
// that a typo is neither a miss nor — weighing as an unknown word — a
// reason to say "not covered".
func (r *retriever) correctTypos(ws []word) {
	for i, w := range ws {
		// (a common word is a word, not a typo: "meant" is not "meat")
		if w.hangul || w.stop || w.weak || len(w.key) < 5 || unicode.IsDigit(rune(w.key[0])) || numberWord[w.raw] {
			continue
		}
		if j := sort.SearchStrings(r.latin, w.key); j < len(r.latin) && r.latin[j] == w.key {
			continue
		}
		fix := ""
		for _, v := range r.latin {
			// Never into a word that carries no topic: "world" is not a
			// typo of "would".
			if editOne(w.key, v) && !stopWords[v] && !weakWords[v] {
				if fix != "" {
					fix = "" // two candidates: leave it
					break
				}
				fix = v
			}
		}
		if fix == "" && len(w.key) >= 4 {
			// A clipped word ("intro", "temp"): the one lesson word it begins.
			for j := sort.SearchStrings(r.latin, w.key); j < len(r.latin) && strings.HasPrefix(r.latin[j], w.key); j++ {
				if v := r.latin[j]; len(v) <= len(w.key)+6 && !stopWords[v] && !weakWords[v] {
					if fix != "" {
						fix = ""
						break
					}
					fix = v
				}
			}
		}
		if fix == "" && len(w.key) >= 8 {
			// Two slips in a long word ("photosinthesys"): the one lesson
			// word nearest, by two or more than any other.
			var cand []string
			for _, v := range r.latin {
				if !stopWords[v] && !weakWords[v] && len(v) >= 6 && len(v)-len(w.key) <= 2 && len(w.key)-len(v) <= 2 {
					cand = append(cand, v)
				}
			}
			// (Its first two letters as written: "inequality" is not a
			// slip of "equality".)
			if fix = nearest(w.key, cand); fix != "" && fix[:2] != w.key[:2] {
				fix = ""
			}
		}
		if fix != "" {
			ws[i].key, ws[i].alts, ws[i].wkeys = fix, []string{fix}, []string{"w:" + fix}
		}
	}
}

// latinWordRe is an English word in a question.
var latinWordRe = regexp.MustCompile(`[A-Za-z]{5,}`)

// fixCommonTypos rewrites a slip in a word of the question's phrasing
// ("diffrence", "betwen") as that word, before the question is read: the
// word then counts little, as written right, instead of weighing as an
// unknown topic, and the cues read it ("difference" asks for a
// comparison). A word the lessons use is left as it is.
func (r *retriever) fixCommonTypos(question string) string {
	return latinWordRe.ReplaceAllStringFunc(question, func(w string) string {
		lw := strings.ToLower(w)
		if stopWords[lw] || weakWords[lw] {
			return w
		}
		if j := sort.SearchStrings(r.latin, stemEn(lw)); j < len(r.latin) && r.latin[j] == stemEn(lw) {
			return w
		}
		if v := nearest(lw, commonEn); v != "" {
			return v
		}
		return w
	})
}

// commonEn are the English stop and weak words of five letters or more:
// words of a question's phrasing a typo may be a slip of.
var commonEn = func() []string {
	var out []string
	for _, m := range []map[string]bool{stopWords, weakWords} {
		for w := range m {
			if len(w) >= 5 && strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) < 0 {
				out = append(out, w)
			}
		}
	}
	sort.Strings(out)
	return out
}()

// nearest is the word of vocab a slip of w: within one edit (two from
// eight letters), and nearer by two or more than any other word — forms
// of one word ("photosynthesis", "photosynthesiz") are not told apart;
// "" when none or no one word is.
func nearest(w string, vocab []string) string {
	allowed := 1
	if len(w) >= 8 {
		allowed = 2
	}
	a := []rune(w)
	dist := map[string]int{}
	best, bestD := "", 1<<30
	for _, v := range vocab {
		if v == w || len(v)-len(w) > allowed || len(w)-len(v) > allowed {
			continue
		}
		d := slips(a, []rune(v))
		dist[v] = d
		if d < bestD || d == bestD && len(v) > len(best) {
			best, bestD = v, d
		}
	}
	if bestD > allowed {
		return ""
	}
	for v, d := range dist {
		if v != best && d-bestD < 2 && !sameStem(v, best) {
			return ""
		}
	}
	return best
}

// sameStem: two words that differ only in their last letter or two.
func sameStem(a, b string) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= max(len(a), len(b))-2 && n >= 5
}

// editOne reports whether a and b differ by one inserted, deleted or
// replaced letter, or two neighbouring letters swapped.
func editOne(a, b string) bool {
	if a == b || len(a)-len(b) > 1 || len(b)-len(a) > 1 {
		return false
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if len(a) != len(b) {
		return a[i+1:] == b[i:]
	}
	if a[i+1:] == b[i+1:] {
		return true
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// topicMarked reports whether a Hangul word carries a topic or subject
// particle (은, 는, 이, 가): it names what the sentence is about.
func topicMarked(w word) bool {
	if !w.hangul || w.key == w.raw {
		return false
	}
	for _, p := range []string{"은", "는", "이", "가"} {
		if w.key+p == w.raw {
			return particleFits(w.key, p)
		}
	}
	return false
}

// particleFits reports whether particle p can follow the noun n: 은 and
// 이 come after a final consonant (광합성은, 맨틀이 → 맨틀 has one), 는
// and 가 after a vowel (지구는, 마그마가). A word that ends otherwise is
// a verb or adjective in its adnominal form (주고받는, 흐르는 on a
// consonant stem), not a noun marked as the topic: it says how the
// question is phrased, not what it is about.
func particleFits(n, p string) bool {
	rs := []rune(n)
	if len(rs) == 0 {
		return false
	}
	last := rs[len(rs)-1]
	if last < 0xAC00 || last > 0xD7A3 {
		return true // not a syllable block: no telling
	}
	coda := (last-0xAC00)%28 != 0
	if p == "은" || p == "이" {
		return coda && !adjStem(n)
	}
	return !coda
}

// adjStem reports a Korean adjective stem that takes 은 like a noun
// (같은, 똑같은, 많은, 좋은, 작은, 높은): "똑같은 수" is phrasing.
func adjStem(n string) bool {
	for _, s := range []string{"같", "많", "좋", "작", "높", "낮", "깊", "얕", "넓", "좁", "짧", "괜찮", "싫", "옳"} {
		if strings.HasSuffix(n, s) {
			return true
		}
	}
	return false
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
	if w.two != "" {
		return r.df[w.two] > 0
	}
	if len(w.grams) == 0 {
		return false
	}
	return gramsMatch(w.gkeys, func(g string) bool { return r.df[g] > 0 }) > 0
}

// gramsMatch is the share of a word's bigrams found, or 0 unless it is at
// least two thirds and includes the first and the last: 이산화탄소 is
// 이산화 탄소 (only 화탄, across the space, is missing), but 이차방정식 is
// not 일차방정식.
func gramsMatch(grams []string, has func(string) bool) float64 {
	n := len(grams)
	if n < 2 || !has(grams[0]) || !has(grams[n-1]) {
		return 0
	}
	got := 0
	for _, g := range grams {
		if has(g) {
			got++
		}
	}
	if float64(got) < gramKnownAt*float64(n) {
		return 0
	}
	return float64(got) / float64(n)
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
			for _, k := range w.wkeys {
				if f(k) {
					found = k
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
	for _, k := range u.w.wkeys {
		if f(k) {
			return 1, k
		}
	}
	if u.w.two != "" && f(u.w.two) {
		return twoInLonger, u.w.two // 시계 in 해시계
	}
	if share := gramsMatch(u.w.gkeys, f); share > 0 {
		return bigramShare + (1-bigramShare)*share*0.5, u.w.gkeys[0]
	}
	return 0, ""
}

// scored is a section ranked for a question.
type scored struct {
	d        *doc
	score    float64
	coverage float64
	matched  []bool    // per unit
	within   []float64 // per unit: its weight for telling this lesson's sections apart
	// lessonCov is the best coverage of any section of each lesson (shared
	// by the sections of one ranking), and total the question's weight:
	// together they tell whether another lesson's term in the question
	// comes with more of that lesson or alone (see supportsAt).
	lessonCov map[string]float64
	total     float64
	// ranks: every section's ranking score (score × coverage) by
	// "lesson/section", shared by the sections of one ranking.
	ranks map[string]float64
}

func (r *retriever) rank(us []unit, qphrases []string, lesson string) []scored {
	total := 0.0
	for i, u := range us {
		if u.alt >= 0 && u.alt < i {
			continue // (one of two choices counts once)
		}
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
		s := scored{d: d, matched: make([]bool, len(us)), within: make([]float64, len(us))}
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
			s.within[i] = u.weight * within
			tf := d.tf[feat]
			norm := tf * (k1 + 1) / (tf + k1*(1-bm25b+bm25b*d.len/r.avg))
			s.score += m * u.weight * within * norm
			for _, c := range u.concepts {
				if c.id == feat && (c.topic[d.sec.ID] || c.topic["*"]) {
					// The glossary names this section as the term's topic.
					bonus := topicScore * math.Max(u.weight, 1)
					if u.cue || u.pair {
						bonus *= 2
					}
					s.score += bonus
					break
				}
			}
			if u.alt >= 0 {
				// one of two choices: the better-matched one counts, once
				o := hits[k][u.alt].m
				if o > m || o == m && u.alt < i {
					s.matched[i] = m >= 1
					continue
				}
				got += m * math.Max(u.weight, us[u.alt].weight)
				s.matched[i] = m >= 1
				continue
			}
			got += m * u.weight
			s.matched[i] = m >= 1
		}
		if got == 0 {
			continue
		}
		for _, p := range qphrases {
			if d.tf[p] > 0 {
				s.score += phraseScore
			}
		}
		// Words of the question found together in one sentence are
		// stronger evidence than the same words spread over a passage.
		best := 0.0
		for _, ss := range d.sents {
			for _, sent := range ss {
				v := 0.0
				for i, u := range us {
					if hits[k][i].m == 0 {
						continue
					}
					if m, _ := u.matchIn(func(f string) bool { return sent.feats[f] }); m > 0 {
						v += m * s.within[i]
					}
				}
				best = math.Max(best, v)
			}
		}
		s.score += sentenceShare * best
		s.coverage = got / total
		out = append(out, s)
	}
	best := map[string]float64{}
	for i := range out {
		best[out[i].d.lesson.ID] = math.Max(best[out[i].d.lesson.ID], out[i].coverage)
	}
	ranks := map[string]float64{}
	for i := range out {
		ranks[out[i].d.lesson.ID+"/"+out[i].d.sec.ID] = out[i].score * out[i].coverage
	}
	for i := range out {
		out[i].lessonCov, out[i].total, out[i].ranks = best, total, ranks
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

// startsSentence reports whether rest is the end of the text or a space
// and then a capital letter or Hangul: a new sentence, not "(…)".
func startsSentence(rest []rune) bool {
	if len(rest) == 0 {
		return true
	}
	if rest[0] != ' ' {
		return false
	}
	for _, r := range rest[1:] {
		if r != ' ' {
			return unicode.IsUpper(r) || isHangul(r) || r == '"' || r == '“'
		}
	}
	return true
}

// splitSentences splits text at sentence ends: a full stop, question or
// exclamation mark followed by a space (a closing quote or bracket may
// come between), but never inside quotes or brackets, where examples
// ("처음 뵙겠습니다. 저는 민수입니다.") are one part of their sentence.
func splitSentences(text string) []string {
	rs := []rune(strings.ReplaceAll(text, "\n", " "))
	var out []string
	start, depth, quoted := 0, 0, false
	emit := func(end int) {
		if s := strings.TrimSpace(string(rs[start:end])); s != "" {
			out = append(out, s)
		}
		start = end
	}
	for i := 0; i < len(rs); i++ {
		switch rs[i] {
		case '"', '”':
			closing := quoted || rs[i] == '”'
			quoted = !closing
			// A quoted sentence that ends the sentence: …twice." Next
			if closing && depth == 0 && i > 0 && strings.ContainsRune(".!?", rs[i-1]) && startsSentence(rs[i+1:]) {
				emit(i + 1)
			}
		case '“':
			quoted = true
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case '.', '!', '?', '。':
			if quoted || depth > 0 {
				continue
			}
			j := i + 1
			for j < len(rs) && (rs[j] == '"' || rs[j] == '”' || rs[j] == '’' || rs[j] == ')') {
				j++
			}
			if j == len(rs) || rs[j] == ' ' {
				emit(j)
				i = j - 1
			}
		}
	}
	emit(len(rs))
	return out
}

// beforeBoundNoun reports a Korean word ending in 는 or 은 right before a
// bound noun (거, 것, 건, 걸, 게): an adnominal verb ("알아보는 거예요"),
// whatever the analyser took its 는 for.
func beforeBoundNoun(ws []word, k int) bool {
	if k+1 >= len(ws) || !ws[k].hangul || !(strings.HasSuffix(ws[k].raw, "는") || strings.HasSuffix(ws[k].raw, "은")) {
		return false
	}
	next := []rune(ws[k+1].raw)
	return len(next) > 0 && strings.ContainsRune("거것건걸게", next[0])
}

// particled reports a Hangul word that carries a particle and no verb
// ending under it (존댓말에서, 물을): a noun, though its last syllable
// may look conjugated (말 → 마+ㄹ).
func particled(w word) bool {
	return w.hangul && w.key != w.raw && stripSuffix(w.key, koEndings, 1) == w.key
}

// codeRe finds a letter written right before a number ("C3", "C4", "B12",
// "M7"): one name, as "C3 plants" or "vitamin B12" are, not the letter
// "c" (which a lesson writes in "25 °C") and a number.
var codeRe = regexp.MustCompile(`(?:^|[^\p{L}\p{N}])([A-Za-z])(\d{1,3})(?:$|[^\p{L}\p{N}.,])`)

// joinCodes makes each such code one word of the question, the letter
// and the number together: a name the lessons never write is an unknown
// word of the question (see units), not a letter any section has. An
// unknown letter (x, the unknown of an equation) and a glossary term so
// written (O2, a form of oxygen) are left as they are.
func (r *retriever) joinCodes(question string, ws []word) []word {
	ms := codeRe.FindAllStringSubmatch(question, -1)
	if len(ms) == 0 {
		return ws
	}
	codes := map[string]bool{}
	for _, m := range ms {
		if l := strings.ToLower(m[1]); l != "x" && l != "y" && len(r.findConcepts(analyze(l+m[2]), "")) == 0 {
			codes[l+" "+m[2]] = true
		}
	}
	var out []word
	for i := 0; i < len(ws); i++ {
		if i+1 < len(ws) && codes[ws[i].raw+" "+ws[i+1].raw] {
			code := ws[i].raw + ws[i+1].raw
			out = append(out, word{raw: code, key: code, alts: []string{code}, wkeys: []string{"w:" + code}})
			i++
			continue
		}
		out = append(out, ws[i])
	}
	return out
}

// chatEndings end a Korean predicate in chat: hearsay (-던데, -라던데,
// -대요), wondering (-였나, -였지), exclaiming (-네), asking (-냐,
// -니), explaining (-거든, -잖아) and a clause closed by 거/건/게.
// They are stripped only from a word the lessons never use, so the stem
// can be looked up (해시계였나 → 해시계) or the word read as phrasing.
var chatEndings = []string{
	"이라던데요", "이라던데", "라던데요", "라던데", "다던데요", "다던데", "던데요", "던데", "더라고요", "더라고", "더라",
	"이었나", "였나", "이었지", "였지", "였더라", "이었더라", "였던가", "인가", "일까",
	"네요", "거든요", "거든", "잖아요", "잖아", "대요", "래요", "다며", "다면서", "라며",
}

// chatEnding1 are the one-syllable chat endings (헷갈리네, 뭐냐; 이런거,
// 하는건, 같은게 after an adnominal ㄴ or ㄹ): stripped only from a word
// of three syllables or more, so 동네 and 선거 stay nouns.
func chatEnding1(w string) (string, bool) {
	rs := []rune(w)
	if len(rs) < 3 {
		return w, false
	}
	last, prev := rs[len(rs)-1], rs[len(rs)-2]
	jong := (prev - 0xAC00) % 28
	switch {
	case last == '네' || last == '냐':
	case (last == '거' || last == '건' || last == '게' || last == '걸') && isHangul(prev) && (jong == 4 || jong == 8):
	default:
		return w, false
	}
	return string(rs[:len(rs)-1]), true
}

// stemNouns end a Korean compound of a lesson word and a noun that only
// points at part of it (바깥쪽, 안쪽 부분, 겉부분): the lesson word is
// what the student means.
var stemNouns = []string{"쪽", "편", "측", "부분", "방향", "끼리", "들"}

// chatWords reads the Korean words of a question that no lesson or
// glossary uses (see chatEndings, stemNouns): a word whose stem, without
// a chat ending or a pointing noun, is a lesson word becomes that word; a
// word that ends in a chat ending, or is a noun form closing the
// sentence (짜증남, 못알아들음, 내기함), is phrasing; a compound of two
// filler words (수학쌤) is filler.
func (r *retriever) chatWords(ws []word) {
	known := func(w word) bool {
		for _, k := range w.wkeys {
			if r.df[k] > 0 {
				return true
			}
		}
		return len(r.findConcepts([]word{w}, "")) > 0
	}
	for i, w := range ws {
		if !w.hangul || w.stop || w.weak || known(w) {
			continue
		}
		// 해시계였나, 바깥쪽부터: a lesson word under the ending
		stripped := false
		for k, list := range [][]string{chatEndings, stemNouns, nil} {
			base := w.raw
			if k == 1 {
				base = stripSuffix(w.key, koParticles, 1)
			}
			st := stripSuffix(base, list, 1)
			if k == 2 {
				st, _ = chatEnding1(base)
			}
			if st == base {
				continue
			}
			stripped = true
			if nw := analyze(st); len(nw) == 1 && (known(nw[0]) || nw[0].stop || nw[0].weak) {
				ws[i] = nw[0]
				break
			}
		}
		if ws[i].raw != w.raw {
			continue
		}
		kr := []rune(w.raw)
		last := kr[len(kr)-1]
		nominal := len(kr) >= 2 && w.key == w.raw && isHangul(last) && (last-0xAC00)%28 == 16
		// (hearsay of a verb the lessons never use — 벌받았다던데 — tells
		// an event they may not tell: it stays an unknown word)
		_, one := chatEnding1(w.raw)
		if stripped && one || nominal && i == len(ws)-1 {
			ws[i].chat = true
			continue
		}
		// 수학쌤, 영어숙제: two filler words written as one
		for j := 1; j < len(kr); j++ {
			a, b := string(kr[:j]), stripSuffix(string(kr[j:]), koParticles, 1)
			filler := func(s string) bool { return stopWords[s] || weakWords[s] }
			if len([]rune(a)) >= 1 && filler(a) && filler(b) && len(kr) >= 3 {
				ws[i].weak = true
				break
			}
		}
	}
}

// nowWord: the words a question about today asks with (see asksNowadays).
var nowWord = setOf("today", "nowadays", "present", "modern", "day", "오늘날", "지금", "지금의", "현재", "현재의", "요즘")

// askerWords are people a question may come from or be set among ("my
// friend says …", "유학생 친구가 물어봐요", "at a friend's house").
var askerWords = setOf("friend", "friends", "친구", "친구들")

// askerNext: words after an English person word that make it the one who
// speaks or owns ("my friend says", "a friend's house").
var askerNext = setOf("s", "says", "said", "asked", "asks", "told", "tells", "texted", "texts", "messaged", "wrote", "writes", "mentioned", "mentions", "thinks", "thought", "keeps", "wants", "wanted", "claims", "claimed", "insists", "swears")

// placeBefore: words before a city that put the student there.
var placeBefore = setOf("in", "visiting", "visit", "around", "near", "from")

// askers marks the person a question comes from as filler: "채식하는 친구가
// 고기 빼달라고 할 때", "my friend says the mantle is …", "after a meal at
// a friend's house". The glossary's 친구 (how a close friend is greeted) is
// rare, so as a term it weighed as much as the question's topic, and the
// section about ordering food, the mantle or the meal, which never names a
// friend, fell below the support threshold. A friend the question is about
// keeps the term: "친구한테는 뭐라고 인사해요", "can I say annyeong to a
// friend?" (a Korean friend as the subject, with 가 or 이, is the one who
// does or asks; an English friend followed by a speech verb or a
// possessive is the one who speaks or owns).
func askers(ws []word) {
	for i, w := range ws {
		switch {
		case w.hangul && askerWords[w.key] && (strings.HasSuffix(w.raw, "가") || strings.HasSuffix(w.raw, "들이")):
		case !w.hangul && askerWords[w.raw] && i+1 < len(ws) && askerNext[ws[i+1].raw]:
		case w.raw == "seoul" && i > 0 && placeBefore[ws[i-1].raw], w.raw == "서울에서":
			// "I bumped into someone in Seoul", "visiting Seoul next
			// month", "서울에서 길을 물을 때": where the student is, not
			// the capital the history lesson tells of
		default:
			continue
		}
		ws[i].asker, ws[i].stop = true, true
		if w.hangul && i > 0 && ws[i-1].hangul && !ws[i-1].verb && ws[i-1].raw == ws[i-1].key {
			// "유학생 친구가", "한국인 친구가": who the friend is, as
			// much the asker as the friend
			ws[i-1].asker, ws[i-1].stop = true, true
		}
	}
	for i := 1; i < len(ws); i++ {
		// "for랑 since 뒤에 오는 게 달라요": what comes after a word, not
		// a verb of the topic ("비는 왜 와요?" keeps its verb)
		// (뭐가, 무슨 말이 between them: "since 뒤에는 뭐가 와야 돼요?")
		p := i - 1
		for p > 0 && i-p < 3 && (ws[p].stop || ws[p].key == "뭐" || ws[p].key == "무엇" || ws[p].key == "말") {
			p--
		}
		if comeAfter[ws[i].raw] && (ws[p].raw == "뒤에" || ws[p].raw == "앞에" || ws[p].raw == "다음에" || afterPlace[ws[p].raw]) {
			ws[i].weak, ws[p].weak = true, true // (다음에는 as well: a place in the sentence, no topic)
		}
	}
	settings(ws)
	for i := 2; i < len(ws); i++ {
		// "I bumped into someone on the subway": where the student was,
		// not what the question is about
		if transitWord[ws[i].raw] && ws[i-1].raw == "the" && (ws[i-2].raw == "on" || ws[i-2].raw == "in" || ws[i-2].raw == "at") {
			ws[i].weak = true
		}
	}
}

// afterPlace: 뒤에/앞에/다음에 with a topic or contrast particle ("since
// 뒤에는 뭐가 와야 돼요?"), the same place before or after a word.
var afterPlace = setOf("뒤에는", "뒤엔", "앞에는", "앞엔", "다음에는", "다음엔", "뒤에도", "앞에도")

// comeAfter: forms of 오다 after 뒤에/앞에 (see askers).
var comeAfter = setOf("오는", "와요", "오나요", "와야", "온다", "와", "오고", "오면")

// transitWord: places a student is on the way (see askers).
var transitWord = setOf("subway", "bus", "train", "metro", "taxi", "plane", "airport", "station", "street", "road")
