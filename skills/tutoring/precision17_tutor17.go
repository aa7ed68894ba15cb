package tutoring

import (
	"regexp"
	"strings"
	"unicode"
)

// meansTitle is a section title that says the section tells what its
// subject means ("What the present perfect means", "…의 뜻").
var meansTitle = regexp.MustCompile(`(?i)\bmeans?\b|\bmeaning\b|뜻|의미`)

// meaningSection (issue 19): "what does the present perfect mean?" asks
// what the lesson's own subject means — every section of the lesson names
// it, and the glossary ties the name to the section on its form. A
// section of the lesson whose title says it tells what the subject means
// answers, when it covers the question as fully. A question with a
// topical term of its own beside the subject's name ("what does 'have
// gone' mean?") is about that term, and keeps its section.
func (r *retriever) meaningSection(ranked []scored, at int, us []unit) int {
	top := ranked[at]
	if meansTitle.MatchString(top.d.sec.Title) || meansTitle.MatchString(top.d.sec.TitleEn) {
		return at
	}
	named := false
	for _, u := range us {
		if u.cue || u.weight < r.minTopical() || len(u.concepts) == 0 {
			continue
		}
		names := false
		for _, c := range u.concepts {
			names = names || c.names && c.lesson == top.d.lesson.ID
		}
		if !names {
			return at
		}
		named = true
	}
	if !named {
		return at
	}
	for j := range ranked {
		nx := ranked[j]
		if j == at || nx.d.lesson.ID != top.d.lesson.ID || nx.coverage < top.coverage {
			continue
		}
		if (meansTitle.MatchString(nx.d.sec.Title) || meansTitle.MatchString(nx.d.sec.TitleEn)) && supports(nx, us, r.minTopical()) {
			return j
		}
	}
	return at
}

// passiveAux and passiveWh: "how was Goryeo founded", "when were they
// built" — a question word, a form of be or do, then the thing the verb
// after it is done to (see otherRole).
var (
	passiveAux = setOf("was", "were", "is", "are", "did", "does", "do")
	passiveWh  = setOf("how", "when", "why", "where", "who", "what")
)

// bothSides (issue 19): in a comparison of two examples ("He has been to
// London vs he has gone to London"), a word the lessons do not know that
// is written on both sides is the examples' shared filler — what differs
// between them is what is asked — so it weighs as a common word and is no
// unknown topic. A word named once ("Goryeo vs Joseon") still is.
func bothSides(question string, us []unit) {
	if !cmpCue.MatchString(question) && !sameAsk.MatchString(question) {
		return
	}
	n := map[string]int{}
	for _, w := range analyze(question) {
		n[w.raw]++
	}
	for i := range us {
		u := &us[i]
		if u.unknown && !u.w.hangul && len(u.concepts) == 0 && n[u.w.raw] >= 2 {
			u.weight, u.unknown, u.glued = weakWeight, false, false
		}
	}
}

// sayAsk asks how to say or ask something ("how do I ask 'how much is
// it?' at a market?", "what's the Korean for 'the menu, please'?",
// "'얼마예요'는 언제 써요?" is not one: it asks when, not how to say);
// otherTongue names a language other than Korean or English, which the
// lessons do not teach.
var (
	sayAsk      = regexp.MustCompile(`(?i)\bhow\s+(?:do|would|can|should|could|to)\s+(?:i\s+|you\s+|we\s+)?(?:say|ask|tell)\b|\bkorean\s+(?:for|word\s+for|phrase\s+for|way\s+to\s+say)\b|\bin\s+korean\b|어떻게\s*(?:말해|말하|물어|얘기)|뭐라고\s*(?:말해|해요|하나요|하면)|한국어로`)
	otherTongue = regexp.MustCompile(`(?i)\b(?:japanese|chinese|french|spanish|german|vietnamese|thai|russian)\b|일본어|중국어|프랑스어|스페인어|독일어|베트남어|러시아어`)
)

// plainWords is s in lower case with only its letters, digits and single
// spaces, padded by one space at each end.
func plainWords(s string) string {
	var b strings.Builder
	b.WriteByte(' ')
	space := true
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

// askQuoted (issue 19): "How do I ask 'how much is it?' at a market?"
// quotes what the student wants to say; when one section of the lessons
// has that expression word for word, in the answer's language, its
// sentence that has it answers — the setting the student gives (a
// market, a street stall) is where they will say it, not a topic the
// section must have. The quote must be two words or more (a Korean word
// of three syllables or more will do), and written in
// only one section; a question about another language is not answered.
func (lib *Library) askQuoted(question, lessonID, lang string) (Grounded, bool) {
	if !sayAsk.MatchString(question) || otherTongue.MatchString(question) {
		return Grounded{}, false
	}
	ms := quotedRe.FindAllStringSubmatch(question, -1)
	if len(ms) != 1 {
		return Grounded{}, false
	}
	q := plainWords(quotedIn(ms[0]))
	if f := strings.Fields(q); len(f) < 2 && (len(f) == 0 || !isHangulText(f[0]) || len([]rune(f[0])) < 3) {
		return Grounded{}, false
	}
	var found *doc
	var says []string
	for _, d := range lib.index.docs {
		if lessonID != "" && d.lesson.ID != lessonID {
			continue
		}
		var in []string
		for _, s := range d.sents[lang] {
			if strings.Contains(plainWords(s.text), q) {
				in = append(in, s.text)
			}
		}
		if len(in) == 0 {
			continue
		}
		if found != nil {
			return Grounded{}, false // more than one section says it
		}
		found, says = d, in
	}
	if found == nil {
		return Grounded{}, false
	}
	var more []string
	for _, s := range found.sents[lang] {
		if !strings.Contains(plainWords(s.text), q) {
			more = append(more, s.text)
		}
	}
	l, sec := found.lesson, found.sec
	out := Grounded{Lang: lang, Covered: true, Confidence: 1, Citations: []Citation{}}
	out.Answer, out.More = strings.Join(says, " "), strings.Join(more, " ")
	out.Source = &Source{Subject: l.SubjectIn(lang), Level: l.LevelIn(lang), LessonID: l.ID, LessonTitle: l.TitleIn(lang),
		SectionID: sec.ID, SectionTitle: sec.TitleIn(lang)}
	out.Source.Line = sourceLine(out.Source, lang)
	out.Citations = append(out.Citations, Citation{LessonID: l.ID, LessonTitle: l.TitleIn(lang), SectionID: sec.ID, SectionTitle: sec.TitleIn(lang), Quote: out.Answer})
	return out, true
}

// koAskFor finds what a Korean question asks someone to do, the noun of
// a 하다 verb before 해 달라고 / 해 주라고 ("포장해 달라고": 포장; a thing
// asked for — "물 좀 달라고" — is the question's topic, as usual), and
// sayForKo is the question asking what to say for it (see actAbsent).
var (
	koAskFor = regexp.MustCompile(`(\S+?)해\s?(?:달라고|주라고|달라는)`)
	sayForKo = regexp.MustCompile(`뭐라고|어떻게\s?(?:말|해|하|부탁)|무슨\s?말|어떤\s?말`)
)

// citySetting (issue 19): a city the student lives in or heard of
// ("부산 사는데", "near the beach in Busan", "서울이랑 부산 진도가
// 다르게 나와요", "felt stronger in Pohang than in Seoul") is where, not
// what the question is about: it weighs as a common word, no unknown
// topic — and Seoul, which the glossary ties to Hanyang, names no term
// when two terms of another lesson are beside it. A city is the setting
// when the question names two cities, when it is where someone lives or
// is ("에서", "사는", "in", "near", "at", "from"); a city naming an event
// ("포항 지진 규모가 몇이었어요?": the Pohang earthquake) stays what the
// question is about.
func (r *retriever) citySetting(question string, us []unit) {
	ws := analyze(question)
	cities := 0
	for _, w := range ws {
		if cityName[strings.ToLower(w.key)] {
			cities++
		}
	}
	for i, u := range us {
		if len(u.concepts) > 0 && len(u.span) != 1 {
			continue
		}
		key := strings.ToLower(u.w.key)
		if len(u.span) == 1 {
			key = strings.ToLower(u.span[0].key)
		}
		if !cityName[key] {
			continue
		}
		setting := cities >= 2
		for k, w := range ws {
			if strings.ToLower(w.key) != key {
				continue
			}
			raw := strings.ToLower(w.raw)
			if w.hangul && (strings.HasSuffix(raw, "에서") || strings.HasSuffix(raw, "에") || k+1 < len(ws) && livesKo.MatchString(ws[k+1].raw)) ||
				!w.hangul && k > 0 && settingPrep[strings.ToLower(ws[k-1].raw)] {
				setting = true
			}
		}
		if !setting {
			continue
		}
		if len(u.concepts) == 0 {
			us[i].weight, us[i].unknown, us[i].glued = weakWeight, false, false
			continue
		}
		mine := map[string]bool{}
		for _, c := range u.concepts {
			mine[c.lesson] = true
		}
		others := map[string]int{}
		for j, v := range us {
			if j == i || v.cue || v.weight < r.minTopical() {
				continue
			}
			seen := map[string]bool{}
			for _, c := range v.concepts {
				if !mine[c.lesson] && !c.term.Generic && !seen[c.lesson] {
					seen[c.lesson] = true
					others[c.lesson]++
				}
			}
		}
		for _, n := range others {
			if n >= 2 {
				us[i].weight, us[i].concepts = weakWeight, nil
				break
			}
		}
	}
}

var (
	cityName = setOf("서울", "부산", "대구", "인천", "광주", "대전", "울산", "포항", "경주", "강릉",
		"seoul", "busan", "daegu", "incheon", "gwangju", "daejeon", "ulsan", "pohang", "gyeongju", "gangneung")
	settingPrep = setOf("in", "near", "at", "from", "around")
	livesKo     = regexp.MustCompile(`^(?:사는|살아|살고|살거|살았|있는데|있을)`)
)

// shortAsked: a question about a short form itself ("I've instead of I
// have", "short for", "a contraction").
var shortAsked = regexp.MustCompile(`(?i)\binstead of\b|\bshort (?:for|form)\b|\bstands? for\b|\bcontraction|\bshorten|\babbreviat|\bsame as\b|줄임|줄여|축약`)

// mostAsk asks which thing is the most of something ("what is the tallest
// mountain in Korea?", "가장 큰 화산은?"); mostSays is a sentence that
// ranks by the same measure ("the greeting you will use most", "가장 많이
// 쓰는 인사"). A section that names mountains made by volcanoes does not
// say which is tallest; "the biggest layer" does not say which is deepest.
var mostAsk = regexp.MustCompile(`(?i)\b(tallest|highest|biggest|largest|longest|deepest|smallest|oldest|strongest|hottest|coldest|heaviest|fastest|most)\b(?:\s+(powerful|dangerous|famous|active|important|common|destructive|used|polite))?|(?:가장|제일)\s*(높|크|큰|긴|깊|작|오래|강|센|뜨거|차가|무거|빠르|빠른|유명|위험|활발|중요|흔|많이)`)

func asksMost(q string) bool {
	m := mostAsk.FindStringSubmatch(q)
	return m != nil && (m[1] != "" && (!strings.EqualFold(m[1], "most") || m[2] != "") || m[3] != "")
}

// mostSays: a sentence with the question's own superlative (English) or
// 가장 / 제일 and the same measure (Korean).
func mostSays(q string) func(string) bool {
	m := mostAsk.FindStringSubmatch(q)
	return func(s string) bool {
		switch {
		case m == nil:
			return false
		case m[3] != "":
			return regexp.MustCompile(`(?:가장|제일)\s*` + regexp.QuoteMeta(m[3])).MatchString(s)
		case strings.EqualFold(m[1], "most"):
			return regexp.MustCompile(`(?i)\bmost\b`).MatchString(s)
		default:
			w := strings.ToLower(m[1])
			if same, ok := sameMost[w]; ok {
				w = same
			}
			return regexp.MustCompile(`(?i)\b(?:` + w + `)\b`).MatchString(s)
		}
	}
}

// sameMost: superlatives that rank by one measure.
var sameMost = map[string]string{
	"tallest": "tallest|highest", "highest": "tallest|highest",
	"biggest": "biggest|largest|greatest", "largest": "biggest|largest|greatest",
	"strongest": "strongest|most powerful|biggest|largest",
}
