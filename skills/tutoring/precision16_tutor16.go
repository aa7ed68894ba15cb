package tutoring

import (
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
