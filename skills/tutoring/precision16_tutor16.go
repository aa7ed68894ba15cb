package tutoring

import (
	"math"
	"regexp"
	"strings"
	"unicode"
)

// Question types a shared term does not answer (issue 19, v16).
//
//   - how many of a thing there are ("지구에 판이 몇 개 있어요?", "how many
//     plates are there?") asks a count: a sentence whose only quantity is
//     a measure ("몇 cm씩 움직여요", "a few centimetres a year") or a year
//     counts nothing, however well it names the thing. The question word
//     몇 itself, in a sentence, is no count either.
var (
	// (몇 가지, "how many kinds": a list of the kinds answers, without a
	// number)
	countAskKo = regexp.MustCompile(`몇\s?(?:개|명)`)
	countAskEn = regexp.MustCompile(`(?i)\bhow many\s+(?:\w+\s+)?(\w+)`)
	// measureSays: a measure or a year, which is not a count.
	measureSays = regexp.MustCompile(`(?i)(?:몇|[0-9][0-9.,]*|a few|few|several)\s?(?:cm|mm|km|m\b|센티미터|미터|킬로미터|centimet\w*|millimet\w*|kilomet\w*|met(?:er|re)s?)|[0-9]+\s?(?:년|월|일)|\b(?:in|by|from|until) [0-9]{3,4}\b|\b[0-9]{4}\b`)
)

// asksCount reports a question that asks how many things there are (not
// how many years, times or centimetres).
func asksCount(q string) bool {
	if countAskKo.MatchString(q) {
		return true
	}
	m := countAskEn.FindStringSubmatch(q)
	if m == nil {
		return false
	}
	switch strings.ToLower(m[1]) {
	case "years", "times", "centimetres", "centimeters", "metres", "meters", "kilometres", "kilometers", "hours", "minutes", "days", "degrees", "percent",
		"kinds", "types", "sorts", "ways", "things", "steps", "parts", "materials", "ingredients":
		return false
	}
	return true
}

// givesCount reports whether a sentence gives a count: a quantity left
// once its measures and years are taken out.
func givesCount(s string) bool {
	return amount.MatchString(measureSays.ReplaceAllString(s, " "))
}

// countMissing reports a count question whose picked sentences give no
// count, and no sentence of the section about the question's topic does
// (pickSaying then picks that one).
func countMissing(question string, top scored, us []unit, pick []bool, sents []sentence) bool {
	if !asksCount(question) {
		return false
	}
	for i, s := range sents {
		if pick[i] && givesCount(s.text) {
			return false
		}
	}
	if pickSaying(top, us, pick, sents, givesCount) {
		return false
	}
	// (the sentence that counts may name another of the question's terms:
	// "글자가 몇 개였어요?" against "처음에는 자음 17자와 모음 11자")
	for j, u := range us {
		if u.cue || u.weight <= weakWeight {
			continue
		}
		for i, s := range sents {
			if givesCount(s.text) && about(s, us, j) {
				for k := range pick {
					pick[k] = k == i
				}
				return false
			}
		}
	}
	return true
}

// termCompound splits a Korean noun the lessons never use, of two to four
// syllables, into two glossary terms written together ("물병" → "물 병",
// "물병을" → "물 병을"): a water bottle is counted with 병, which the
// lesson names, and an unknown 물병 would refuse the question. Both parts
// must be glossary terms on their own, so a word the lessons do not teach
// ("화산재") stays whole.
func (r *retriever) termCompound(w string) (string, bool) {
	whole := analyze(w)
	if len(whole) != 1 || whole[0].stop || r.knows(whole[0]) {
		return "", false
	}
	rs := []rune(whole[0].key)
	if len(rs) < 2 || len(rs) > 4 || !strings.HasPrefix(w, whole[0].key) {
		return "", false
	}
	term := func(s string) bool {
		ws := analyze(s)
		return len(ws) == 1 && r.knows(ws[0]) && len(r.findConcepts(ws, "")) > 0
	}
	for k := 1; k < len(rs); k++ {
		a, b := string(rs[:k]), string(rs[k:])
		if term(a) && term(b) {
			return a + " " + b + strings.TrimPrefix(w, whole[0].key), true
		}
	}
	return "", false
}

// englishAsking reports a question asked in English — it opens with an
// English question word and is mostly in Latin letters ("what does 주세요
// mean?") — however many Korean words it quotes. A Korean question that
// quotes English ("have been to랑 have gone to 차이 알려주세요") is not.
func englishAsking(q string) bool {
	f := strings.Fields(q)
	if len(f) == 0 {
		return false
	}
	lead := strings.ToLower(strings.TrimFunc(f[0], func(c rune) bool { return !unicode.IsLetter(c) }))
	return enOpener[lead] && DetectLang(q) == "en"
}

// secondOpener: a second question's opening word that only joins it to
// the first ("그리고 재료는 뭐예요?", "and what does it need?").
var secondOpener = regexp.MustCompile(`(?i)^\s*(?:그리고|또|또한|그럼|and|also|plus)[\s,]+`)

// askBoth answers a message of two questions, each on a topic of its own
// and each answered by the lessons from a different section ("광합성은
// 어디서 일어나요? 그리고 재료는 뭐예요?"): both answers, each followed by
// its source, the first's source written after it and the second's left
// to the answer's own source line — rather than only one of them (a new
// user's trial: the first was lost). A second question without a topic
// of its own ("… 아무한테나 써도 돼요?") is not answered alone, so the
// message is left to the usual reading.
func (lib *Library) askBoth(question, lessonID, lang string) (Grounded, bool) {
	var parts []string
	for _, p := range sentenceRe.FindAllString(question, -1) {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	// (a second sentence that ends in a full stop — "I get confused about
	// when to use it." — tells, it does not ask)
	if len(parts) != 2 || !strings.ContainsAny(parts[0], "?？") || strings.ContainsAny(parts[1], ".!") {
		return Grounded{}, false
	}
	second := secondOpener.ReplaceAllString(parts[1], "")
	if len([]rune(parts[0])) < 6 || len([]rune(second)) < 6 || !whAsk16.MatchString(second) {
		return Grounded{}, false
	}
	if f := strings.Fields(second); DetectLang(second) == "en" && !enOpener[strings.ToLower(strings.Trim(f[0], ",.?!"))] {
		// ("I get confused about when to use it": an English sentence
		// that does not open as a question tells, it does not ask — the
		// final mark may be gone by the time the text arrives)
		return Grounded{}, false
	}
	// (a comparison, a guess between two, or a second question about the
	// first's topic — "광합성이랑 뭐가 달라요?", "xylem or phloem?", "does
	// the plant store it?" — is one question in two sentences)
	if cmpCue.MatchString(question) || sameAsk.MatchString(question) || refersBack(second) || koBackRef.MatchString(second) {
		return Grounded{}, false
	}
	if confirmTag.MatchString(parts[0]) || oneOfThem.MatchString(second) {
		// "Korean has two number systems right? Which one do I use for
		// prices?": the first only sets out what the second asks about,
		// and "which one" picks among what the first named — one question
		// in two sentences, answered from the one section that has both
		return Grounded{}, false
	}
	if pronounRe.MatchString(second) {
		// "… And what does a plant need for it?": "it" is the first
		// question's topic, its heaviest term; the second is asked of that
		topic := lib.index.topicText(parts[0])
		if topic == "" || !itRe.MatchString(second) || len(pronounRe.FindAllString(second, -1)) > 1 {
			return Grounded{}, false
		}
		second = itRe.ReplaceAllString(second, topic)
	}
	a, b := lib.ask(parts[0], lessonID, lang), lib.ask(second, lessonID, lang)
	if !a.Covered || !b.Covered || a.Source == nil || b.Source == nil ||
		a.Source.LessonID == b.Source.LessonID && a.Source.SectionID == b.Source.SectionID {
		return Grounded{}, false
	}
	out := b
	out.Answer = a.Answer + tr(lang, " (출처: ", " (Source: ") + a.Source.Line + ") " + b.Answer
	out.More = ""
	out.Confidence = math.Min(a.Confidence, b.Confidence)
	out.Citations = append(append([]Citation{}, a.Citations...), b.Citations...)
	return out, true
}

var (
	// whAsk16: a question word, in either language.
	whAsk16 = regexp.MustCompile(`(?i)\b(?:what|whats|how|why|when|where|who|which)\b|뭐|무엇|무슨|어떻게|어떤|왜|언제|어디|누가|누구|몇|얼마|어느`)
	// sameAsk asks whether two things are the same.
	sameAsk = regexp.MustCompile(`(?i)\bsame\b|같은\s?(?:거|것|뜻|말)|같아요|같나요|아니면|\bor\b`)
	// koBackRef: a Korean word standing for what was just named.
	koBackRef = regexp.MustCompile(`그거|그것|그걸|이거|이것|이걸|거기|그때|그게|이게|그\s?(?:왕|사람|분)`)
)

// confirmTag closes a sentence that states something and asks only to
// have it confirmed ("…, right?", "… 맞죠?"); oneOfThem picks among what
// was just named ("which one", "둘 중에", "어느 쪽").
var (
	confirmTag = regexp.MustCompile(`(?i)(?:\b(?:right|correct|true|yeah|yes|no|isn't it|aren't they|don't they|doesn't it|didn't he|is that (?:right|true|correct)|am i right|innit)|맞죠|맞지|맞나요|맞아요|맞지요|맞잖아요|그렇죠|그렇지|그쵸|아닌가요|아니에요|아니죠)\s*[?？]+\s*$`)
	oneOfThem  = regexp.MustCompile(`(?i)\b(?:which|what|that|this|the other|either|each)\s+one\b|\bwhich\s+of\s+(?:them|the|these|those)\b|\bone\s+of\s+them\b|둘\s*중|그\s*중|어느\s*(?:쪽|거|것|걸)|어떤\s*(?:쪽|거|걸)|뭐가\s*맞`)
)

// itRe: the pronoun that stands for a thing.
var itRe = regexp.MustCompile(`(?i)\b(?:it|this|that)\b`)

// topicText is the words of a question's topic: a glossary term its
// lesson is titled after ("photosynthesis", not "place" in "where does
// photosynthesis take place?"), else its heaviest glossary term, or "".
func (r *retriever) topicText(q string) string {
	best, text := 0.0, ""
	for _, u := range r.units(q) {
		if u.cue || u.unknown || len(u.concepts) == 0 || len(u.span) == 0 {
			continue
		}
		w := u.weight
		for _, c := range u.concepts {
			if c.names {
				w += 100
			}
		}
		if w <= best {
			continue
		}
		best = w
		var ws []string
		for _, w := range u.span {
			ws = append(ws, w.raw)
		}
		text = strings.Join(ws, " ")
	}
	return text
}

// compareAcross answers a comparison of two terms that no one section
// answers, because each is taught in a section of its own ("what's the
// difference between xylem and phloem?": water goes up the xylem in one
// section, sugar goes through the phloem in another): what each section
// says of its term, each with its source. Only two terms of the lessons'
// glossaries and nothing the lessons do not know; each answer must name
// its term; the two answers must come from different sections.
func (lib *Library) compareAcross(question, lessonID, lang string) (Grounded, bool) {
	if !cmpCue.MatchString(question) {
		return Grounded{}, false
	}
	r := lib.index
	var terms []string
	for _, u := range r.units(question) {
		if u.unknown || u.glued {
			return Grounded{}, false
		}
		if u.cue || u.weight <= weakWeight || len(u.concepts) == 0 || len(u.span) == 0 {
			continue
		}
		var ws []string
		for _, w := range u.span {
			if w.hangul {
				ws = append(ws, w.key)
			} else {
				ws = append(ws, w.raw)
			}
		}
		terms = append(terms, strings.Join(ws, " "))
	}
	if len(terms) != 2 {
		return Grounded{}, false
	}
	var gs [2]Grounded
	for i, term := range terms {
		q := tr(lang, term+" 뭐예요?", "what is the "+term+"?")
		g := lib.ask(q, lessonID, lang)
		if !g.Covered || g.Source == nil || !strings.Contains(strings.ToLower(g.Answer), strings.ToLower(term)) {
			return Grounded{}, false
		}
		gs[i] = g
	}
	a, b := gs[0], gs[1]
	if a.Source.LessonID != b.Source.LessonID || a.Source.SectionID == b.Source.SectionID {
		return Grounded{}, false
	}
	out := b
	out.Answer = a.Answer + tr(lang, " (출처: ", " (Source: ") + a.Source.Line + ") " + b.Answer
	out.More = ""
	out.Confidence = math.Min(a.Confidence, b.Confidence)
	out.Citations = append(append([]Citation{}, a.Citations...), b.Citations...)
	return out, true
}
