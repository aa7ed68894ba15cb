package tutoring

import (
	"regexp"
	"strconv"
	"strings"
)

// A question that names a quantity — a year ("2016년 경주 지진"), a count
// of something the section counts ("28자 중에서 지금 안 쓰는 네 글자") —
// asks about that quantity: a section that never states it answers a
// neighbouring question (the magnitude scale in general, the 28 letters
// that became 24), and citing it would not support the answer.
//
// A count is checked only against a section that counts the same thing:
// "광합성에 영향을 주는 요인 세 가지" is answered by a section that lists
// three factors without saying "three". A bare small number is a
// computation's data ("규모가 2 커지면 에너지가 몇 배?": a consequence
// the section's "1 step, 32 times" lets a student work out). In the
// lessons whose subject is numbers — the equations a student brings to be
// solved, Korean counting, an English grammar example ("I have known her
// ___ 2015") — a number in the question is the example, not what is
// asked about, so they are left out.

// numberLessons: lessons where a question's numbers are its data.
var numberLessons = map[string]bool{"linear-equations": true, "korean-basics": true, "present-perfect": true}

// quantity is a number and what it counts ("" for a year).
type quantity struct {
	n    int
	unit string
}

const koCounters = `년|개|가지|글자|자|명|번|권|층|살|마리|단계|종류|곳`

var (
	yearRe    = regexp.MustCompile(`(?:^|[^\d.])(\d{4}|\d+\s?년)(?:[^\d.]|$)`)
	koCountRe = regexp.MustCompile(`(?:^|[^\d.])(\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(` + koCounters + `)`)
	enCountRe = regexp.MustCompile(`(?i)\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+([a-z]+)`)
	// enCountAdjRe: a count whose noun comes after one describing word
	// ("five basic consonants", "four main uses"): the noun is what is
	// counted as well (issue 19: "the five basic consonants" was checked
	// against "basic", which no section counts, and cited the 17
	// consonants for it).
	enCountAdjRe = regexp.MustCompile(`(?i)\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+([a-z]+)\s+([a-z]+)`)
	// koCountNounRe: a Korean count with the noun it counts before it
	// ("기본 자음 다섯 개", "자음이 5개"): the noun, with its particle
	// taken off, is what is counted, whatever the counter.
	koCountNounRe = regexp.MustCompile(`([가-힣]+)\s+(\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(` + koCounters + `)`)
	wholeDigit    = regexp.MustCompile(`\d+`)
)

var enNumberValue = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

var numberValue = map[string]int{"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

func numberOf(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return numberValue[strings.ToLower(s)]
}

// counterKey is what a counter counts, one key for its spellings (글자 and
// 자 both count letters; "letters" and "letter" are one noun).
func counterKey(c string) string {
	c = strings.ToLower(c)
	switch {
	case c == "글자":
		return "자"
	case len(c) > 3 && strings.HasSuffix(c, "s") && c[0] < 0x80:
		return strings.TrimSuffix(c, "s")
	}
	return c
}

// quantities finds the years and counts a text states.
func quantities(text string) []quantity {
	var out []quantity
	for _, m := range yearRe.FindAllStringSubmatch(text, -1) {
		out = append(out, quantity{n: numberOf(strings.TrimSpace(strings.TrimSuffix(m[1], "년")))})
	}
	for _, m := range koCountRe.FindAllStringSubmatch(text, -1) {
		if _, native := numberValue[m[1]]; native && m[2] == "자" && !strings.HasSuffix(m[0], " 자") {
			continue // (세자, the crown prince: no count of letters)
		}
		if m[2] != "년" {
			out = append(out, quantity{n: numberOf(m[1]), unit: counterKey(m[2])})
		}
	}
	for _, m := range enCountRe.FindAllStringSubmatch(text, -1) {
		out = append(out, quantity{n: numberOf(m[1]), unit: counterKey(m[2])})
	}
	for _, m := range enCountAdjRe.FindAllStringSubmatch(text, -1) {
		if !notCountAdj[strings.ToLower(m[2])] && !notCountAdj[strings.ToLower(m[3])] {
			out = append(out, quantity{n: numberOf(m[1]), unit: counterKey(m[3])})
		}
	}
	for _, m := range koCountNounRe.FindAllStringSubmatch(text, -1) {
		if m[3] == "년" {
			continue
		}
		noun := strings.TrimRight(m[1], "은는이가을를의도")
		if len([]rune(noun)) >= 2 {
			out = append(out, quantity{n: numberOf(m[2]), unit: "n:" + noun})
		}
	}
	return out
}

// notCountAdj: words that do not describe the counted noun: what follows
// them is no noun of the count ("10 and 12 letters", "five of the
// letters" is left to the noun right after the number).
var notCountAdj = map[string]bool{"and": true, "or": true, "of": true, "the": true, "a": true, "in": true, "to": true, "for": true, "is": true, "are": true, "was": true, "were": true, "times": true, "more": true, "at": true, "on": true, "by": true}

// numberAbsent reports a year or a count of the question the section
// never states (see above).
func numberAbsent(question string, d *doc) bool {
	if numberLessons[d.lesson.ID] {
		return false
	}
	qs := quantities(question)
	if len(qs) == 0 {
		return false
	}
	numbers := map[int]bool{}           // every number the section writes
	counts := map[string]map[int]bool{} // by what it counts
	for _, text := range []string{d.sec.Text, d.sec.TextEn} {
		for _, m := range wholeDigit.FindAllString(text, -1) {
			numbers[numberOf(m)] = true
		}
		for _, q := range quantities(text) {
			numbers[q.n] = true
			if q.unit != "" {
				if counts[q.unit] == nil {
					counts[q.unit] = map[int]bool{}
				}
				counts[q.unit][q.n] = true
			}
		}
	}
	for _, q := range qs {
		switch {
		case q.unit == "" && !numbers[q.n]:
			return true // a year the section never names
		case q.unit != "" && counts[q.unit] != nil && !counts[q.unit][q.n]:
			return true // a count of what the section counts, not this one
		}
	}
	return false
}

// possessorMissing reports a question whose term is owned by another
// thing the section does not have: in "근의 공식" the formula is the
// roots' — a formula of the quadratic equation — and the present perfect's
// "formula" (its form) is another one. A Korean term with the genitive 의,
// topical and unmatched, right before a term the section matched, names
// whose the matched thing is; the section speaks of someone else's.
func possessorMissing(top scored, us []unit, topical float64) bool {
	for i, u := range us {
		if len(u.span) == 0 || top.matched[i] || u.cue || u.weight < topical {
			continue // (only concept units know where they are)
		}
		w := u.span[len(u.span)-1]
		if !w.hangul || w.raw != w.key+"의" {
			continue
		}
		for j, v := range us {
			if j != i && len(v.span) > 0 && v.at == u.end && top.matched[j] && !v.cue {
				return true
			}
		}
	}
	return false
}

// whyUnnamed reports a Korean "왜" question whose event the section never
// names: in "고려는 왜 망한 거예요?" the fall of Goryeo, where the section
// says only that Yi Seong-gye overthrew it. The event is the verb right
// after 왜; a section that has it may answer with a plain statement ("화산은
// 왜 폭발해요?": magma rises and erupts), one that does not must give a
// reason, or it answers another question. (A verb further on is often the
// student's phrasing — "왜 낮에는 산소를 내보낸다고 해요?" — and is not
// required.)
func whyUnnamed(question string, top scored, us []unit) bool {
	m := whyVerb.FindStringSubmatch(question)
	if m == nil || proVerb.MatchString(m[2]) {
		return false
	}
	negated := m[1] != ""
	for i, u := range us {
		if u.w.raw == m[2] && !top.matched[i] && len(u.concepts) == 0 && !u.cue && u.w.hangul && (u.w.verb || negated) && !u.w.chat && u.weight > weakWeight {
			return true
		}
	}
	return false
}

// A negation between 왜 and the verb ("왜 안 녹고 고체예요?") asks why
// the event does not happen: the event is still the verb after it, and a
// word after 안 or 못 is a predicate whatever its ending (녹고).
var whyVerb = regexp.MustCompile(`왜\s?(안\s|못\s)?([가-힣]+)`)

// proVerb stands for what was said before ("왜 그래요?": why is that so):
// the event is earlier in the question, not after 왜.
var proVerb = regexp.MustCompile(`^(그래|그런|그렇|이래|이런|이렇|저래|저런|저렇)`)

// A question for the word that goes with one thing — the counter for
// books, 책 셀 때 쓰는 말 — asks about that thing: a section that lists
// the counters for people, things, cups and bottles does not say which
// one books take, and quoting its list would answer another question.
var (
	enCounterFor = regexp.MustCompile(`(?i)\b(?:counter|counters|counting word|counting words|measure word|measure words)\s+(?:word\s+|words\s+)?(?:for|of|used for|to count)\s+(?:a\s+|an\s+|the\s+)?([a-z]+)`)
	koCounterFor = regexp.MustCompile(`([가-힣]+?)(?:을|를|은|는|이|가)?\s?(?:셀\s?때|세는|세려면|셀려면|세요\?|셀까요|세나요)`)
)

// countedAbsent reports a thing whose counter the question asks that the
// section never names, in the question's language.
func countedAbsent(question string, d *doc) bool {
	if m := enCounterFor.FindStringSubmatch(question); m != nil {
		thing := strings.ToLower(m[1])
		text := strings.ToLower(d.sec.TextEn)
		if strings.TrimSuffix(thing, "s") == "thing" {
			return false
		}
		return !regexp.MustCompile(`\b` + regexp.QuoteMeta(strings.TrimSuffix(thing, "s")) + `(s|es)?\b`).MatchString(text)
	}
	if m := koCounterFor.FindStringSubmatch(question); m != nil {
		thing := m[1]
		if len([]rune(thing)) < 1 || koCountGeneric[thing] {
			return false
		}
		return !strings.Contains(d.sec.Text, thing)
	}
	return false
}

// koCountGeneric: words before 셀 때 that name no one thing (숫자를 셀
// 때, 물건을 셀 때 — the section's own 물건 is checked as any other).
var koCountGeneric = map[string]bool{"숫자": true, "수": true, "뭐": true, "무엇": true, "어떻게": true, "이거": true, "그거": true, "것": true, "거": true, "때": true, "물건": false}

// Spellings of a question that name nothing: an ordinal's ending after
// digits ("october 9th": the 9), 몇 glued to its counter ("몇개 층": 몇 개,
// which the analyser reads as a count), chat shorthand between English
// words ("or r they just dangerous": are).
var (
	ordinalEnd = regexp.MustCompile(`(?i)(\d)(?:st|nd|rd|th)\b`)
	gluedHow   = regexp.MustCompile(`몇(개|가지|층|명|번|살|배|자|글자|권|마리|종류|단계)`)
	chatShort  = regexp.MustCompile(`(?i)\b([a-z]{2,}) (r|u|ur) ([a-z]{2,})\b`)
)

// latinEnding: a Korean ending glued to an English word ("주어가 she면",
// "it이면"): the condition is the student's phrasing; weighed as a word of
// its own, 면 was an unknown topic.
var latinEnding = regexp.MustCompile(`([A-Za-z])(?:이면|면|이라면|라면)(\s|$|[?.!,])`)

var chatLong = map[string]string{"r": "are", "u": "you", "ur": "your"}

func respell(q string) string {
	q = ordinalEnd.ReplaceAllString(q, "$1")
	q = latinEnding.ReplaceAllString(q, "$1$2")
	q = gluedHow.ReplaceAllString(q, "몇 $1")
	return chatShort.ReplaceAllStringFunc(q, func(m string) string {
		p := chatShort.FindStringSubmatch(m)
		return p[1] + " " + chatLong[strings.ToLower(p[2])] + " " + p[3]
	})
}
