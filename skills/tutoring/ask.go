package tutoring

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/madang-world/madang/protocol/words"
)

// Citation points at the lesson section an answer comes from. LessonTitle
// and SectionTitle are in the answer's language; Quote is what the answer
// takes from the section.
type Citation struct {
	LessonID     string `json:"lesson_id"`
	LessonTitle  string `json:"lesson_title"`
	SectionID    string `json:"section_id"`
	SectionTitle string `json:"section_title"`
	Quote        string `json:"quote"`
}

// Source is where an answer comes from, as data for a source card and as
// the one line to show under the answer ("중학교 과학 · 광합성 § 광합성이
// 일어나는 곳"), in the answer's language.
type Source struct {
	Subject      string `json:"subject"`       // "과학" / "Science"
	Level        string `json:"level"`         // "중학교" / "Middle school"
	LessonID     string `json:"lesson_id"`     // "photosynthesis"
	LessonTitle  string `json:"lesson_title"`  // "광합성" / "Photosynthesis"
	SectionID    string `json:"section_id"`    // "chloroplast"
	SectionTitle string `json:"section_title"` // "광합성이 일어나는 곳"
	Line         string `json:"line"`          // the whole source in one line
}

// Suggestion is a question the tutor can answer, to offer a student.
type Suggestion struct {
	LessonID    string `json:"lesson_id"`
	LessonTitle string `json:"lesson_title"`
	Question    string `json:"question"`
}

// Grounded is what tutor_ask returns.
//
// When the lessons cover the question: Answer is the one or two sentences
// of the lesson that answer it, in the student's language (Lang; Korean in
// 해요체), Source names the section they come from, and More is the rest of
// that section, for "자세히" / "more". Citations lists the sections used
// (the first is Source), each with its quote.
//
// When they do not (Covered false): Message says so in Lang and
// Suggestions offers questions the lessons do answer, nearest first. A
// covered answer is never made up: every sentence of Answer and More is
// lesson text.
type Grounded struct {
	Covered     bool         `json:"covered"`
	Lang        string       `json:"lang"` // "ko" or "en"
	Answer      string       `json:"answer,omitempty"`
	Source      *Source      `json:"source,omitempty"`
	More        string       `json:"more,omitempty"`
	Citations   []Citation   `json:"citations"`
	Confidence  float64      `json:"confidence"` // how much of the question the cited (or, not covered, the nearest) section contains, 0–1
	Message     string       `json:"message,omitempty"`
	Suggestions []Suggestion `json:"suggestions,omitempty"`
}

// minCoverage is the weighted share of a question a section must contain
// for the tutor to answer from it; below it the honest reply is "not
// covered". TestRetrievalCalibration measures it on paraphrased,
// cross-language and off-syllabus questions: at 0.60, a question with one
// matched rare word and one unknown rare word as heavy ("식물의 뿌리는 몇
// 종류가 있어요?") was answered from a passage that does not answer it.
const minCoverage = 0.61

// keyTermWeight is the weight of a glossary term rare enough (in at most
// two sections) that a section without it cannot answer a question
// that names it.
const keyTermWeight = 2.4

// strictUnknown: a question about a noun-like word the lessons and their
// glossaries never use — an English one ("Goryeo", "mitochondria"), or a
// Korean one marked as the topic or, with 가, the subject ("미토콘드리아는
// …", "맨틀 대류가 …") — is not answered from any section (see
// unit.unknown). (이 is left out: 높이, 길이 and 사이 end in it.) A Korean
// word otherwise placed is as often a paraphrase ("초록 알갱이" for the
// chloroplast) and only weighs in the coverage.
const strictUnknown = true

// minTopical is the weight a section must match in at least one unit: a
// section that shares only common words with a question does not answer
// it. In a library too small for any word to weigh that much, half the
// weight of its rarest word will do.
func (r *retriever) minTopical() float64 { return math.Min(1.0, r.maxIDF/2) }

// DetectLang is "ko" or "en": the language of a question's last word
// when it is Korean of two syllables or more — a Korean question ends in
// its Korean predicate even when it quotes English ("How long have you
// studied English 같은 문장은 언제 써요?") — and otherwise the script most
// of its letters are in ("What does 안녕하세요 mean?" is English).
func DetectLang(s string) string {
	hangul, latin := 0, 0
	last := ""
	ws := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !isHangul(r) })
	if len(ws) > 0 {
		last = ws[len(ws)-1]
	}
	// Korean words closing an English question after a linking English
	// word ("is 감사합니다 different from 고맙습니다?", "… between 안녕히
	// 가세요 and 안녕히 계세요") are quoted, not its predicate: the script
	// most of its letters are in says.
	k := len(ws)
	for k > 0 && strings.IndexFunc(ws[k-1], func(r rune) bool { return !isHangul(r) }) < 0 {
		k--
	}
	quotedRun := k > 0 && k < len(ws) && quoteLinker[strings.ToLower(ws[k-1])] && enOpener[strings.ToLower(ws[0])]
	for _, w := range ws[k:] {
		// (a request or a question word closing it — "to 차이
		// 알려주세요" — is the Korean predicate after all; one word alone
		// after the linker is quoted: "the meaning of 주세요")
		for _, a := range analyze(w) {
			quotedRun = quotedRun && (len(ws)-k == 1 || !a.stop && !a.weak)
		}
	}
	if quotedRun {
		last = ""
	}
	if n := 0; last != "" {
		for _, r := range last {
			if isHangul(r) {
				n++
			}
		}
		if n >= 2 && n == len([]rune(last)) {
			return "ko"
		}
	}
	for _, f := range strings.Fields(s) {
		// An English word with a Korean particle or ending glued to it
		// ("she면", "has야", "for랑") is English quoted in a Korean sentence.
		rs := []rune(f)
		for i := 1; i < len(rs); i++ {
			if isHangul(rs[i]) && rs[i-1] < 0x80 && unicode.IsLetter(rs[i-1]) {
				return "ko"
			}
		}
	}
	for _, r := range s {
		switch {
		case isHangul(r) || r >= 0x3131 && r <= 0x318E:
			hangul++
		case r < 0x250 && unicode.IsLetter(r):
			latin++
		}
	}
	if latin > hangul {
		return "en"
	}
	return "ko"
}

// enOpener: the English words a question opens with.
var enOpener = map[string]bool{"is": true, "are": true, "was": true, "were": true, "what": true, "whats": true, "how": true, "why": true, "when": true, "which": true, "who": true, "where": true, "does": true, "do": true, "did": true, "can": true, "could": true, "should": true}

// quoteLinker: English words a quoted Korean word follows at the end of
// an English question.
var quoteLinker = map[string]bool{"and": true, "or": true, "from": true, "than": true, "vs": true, "versus": true, "between": true, "like": true, "as": true, "to": true, "with": true, "of": true, "not": true, "say": true, "use": true, "mean": true, "means": true, "is": true}

// definitional cues: "X가 뭐야?", "X란?", "what is X", "define X".
var defCue = regexp.MustCompile(`(?i)(뭐야|뭐예요|뭐에요|뭔가요|뭔지|무엇인가요|무엇이에요|무엇|뜻|정의|이란|^\S+란|what\s+((exactly|really|actually|precisely)\s+)?(is|are|does)|\bwhat(?:'s|’s|s)\s+(?:a|an|the)\s|define|meaning)`)

// meaningCue asks what a word means ("what does it mean to solve"): the
// section that defines it answers, before the one the word is the topic of.
var meaningCue = regexp.MustCompile(`(?i)\bmeans?\b|\bmeaning\b|\bdefin|뜻|의미|정의`)

// comparison cues: "차이", "어떻게 달라요", "difference between", "vs".
var cmpCue = regexp.MustCompile(`(?i)(차이|다른가요|다른 점|달라|다르|비교|difference|differ|compare|\bvs\b|versus)`)

// Ask retrieves the answer to question from the lessons, optionally within
// one lesson, in lang ("ko", "en", or "" for the question's language).
//
// A question that is one of the lessons' own suggested questions, however
// typed (glued Korean, a chat tail, a clipped word: see sameQuestion), is
// answered as that suggestion, and a question refused is never suggested
// back: the retriever can miss "지진은왜일어나요" while the suggestions,
// chosen by lesson, offer "지진은 왜 일어나요?" — a refusal that then
// suggests what was just asked.
func (lib *Library) Ask(question, lessonID, lang string) Grounded {
	if lang != "ko" && lang != "en" {
		lang = DetectLang(question)
	}
	if g, ok := lib.askBoth(question, lessonID, lang); ok {
		return g
	}
	g := lib.ask(question, lessonID, lang)
	if g.Covered {
		return g
	}
	if q := strings.TrimSpace(interjectionLead.ReplaceAllString(question, "")); q != question && len(strings.Fields(q)) >= 1 {
		// "잠깐 근데 광합성은 어디서 일어나요?", "hold on, where does
		// photosynthesis happen?": the words that break into the talk (a
		// question asked in the middle of a quiz, a trial's) are not the
		// question; it is answered without them.
		if a := lib.Ask(q, lessonID, lang); a.Covered {
			return a
		}
	}
	for _, l := range lib.Lessons {
		if lessonID != "" && l.ID != lessonID {
			continue
		}
		for _, sg := range l.Suggest {
			for _, q := range []string{sg.Ko, sg.En} {
				if q != "" && q != question && sameQuestion(question, q) {
					if a := lib.ask(q, lessonID, lang); a.Covered {
						return a
					}
				}
			}
		}
	}
	if parts := andQuestionRe.Split(question, 2); len(parts) == 2 && len(sentenceRe.FindAllString(question, -1)) == 1 && pronounRe.MatchString(parts[1]) {
		// "who was King Sejong and why is he famous?": two questions
		// joined by "and", the second about the first's topic ("he");
		// the lessons answer the first, though not the second: the
		// answer to the first, rather than nothing. (A second question
		// on a topic of its own — "What is magma? And what is a
		// supervolcano?" — is not so answered.)
		if a := lib.ask(strings.TrimSpace(parts[0]), lessonID, lang); a.Covered {
			return a
		}
	}
	if a, ok := lib.askFirstOfTwo(question, lessonID, lang); ok {
		return a
	}
	if a, ok := lib.compareAcross(question, lessonID, lang); ok {
		return a
	}
	kept := g.Suggestions[:0:0]
	for _, sg := range g.Suggestions {
		if !sameQuestion(question, sg.Question) {
			kept = append(kept, sg)
		}
	}
	if len(g.Suggestions) > 0 {
		g.Suggestions = kept
	}
	return g
}

// interjectionLead is what opens a question that breaks into the talk:
// "잠깐만요, 근데", "아 참", "선생님 질문이요", "wait,", "hold on", "sorry,
// quick question", "oh btw".
var interjectionLead = regexp.MustCompile(`(?i)^\s*(?:(?:잠깐만요|잠깐만|잠깐요|잠시만요|잠깐|근데요|근데|그런데요|그런데|아\s*참|참|아|어|저기요|저기|선생님|쌤|질문이요|질문\s*있어요|질문\s*하나(?:만)?(?:\s*(?:해도\s*돼요|할게요))?|궁금한\s*게\s*있는데요?|wait(?:\s+a\s+(?:sec|second|minute))?|hold\s+on|hang\s+on|one\s+sec|oh|um+|hey|sorry|btw|by\s+the\s+way|quick\s+question|actually|teacher|but)[\s,.…!~:-]+)+`)

// askFirstOfTwo answers a Korean message of two questions whose second
// names no topic of its own ("안녕하세요 뜻이 뭐예요? 아무한테나 써도
// 돼요?": the second is about the first's greeting, as "and why is he
// famous?" is in English) from the first, when the lessons answer it:
// the answer to the first, rather than nothing (notes: trial 10). A
// second question with a term of its own, known or not, is not so
// answered.
func (lib *Library) askFirstOfTwo(question, lessonID, lang string) (Grounded, bool) {
	parts := sentenceRe.FindAllString(question, -1)
	if len(parts) != 2 || !isHangulText(parts[1]) || koWhWord.MatchString(parts[1]) {
		return Grounded{}, false
	}
	r := lib.index
	for _, u := range r.units(parts[1]) {
		if hasAnyPrefix(u.text, []string{"아무", "누구", "모두", "다들", "그거", "이거", "그것", "이것", "그걸", "이걸"}) {
			continue // anyone, it: no topic ("아무한테나")
		}
		if u.unknown || u.glued || !u.cue && len(u.concepts) > 0 && u.weight >= r.minTopical() {
			return Grounded{}, false
		}
	}
	if a := lib.ask(strings.TrimSpace(parts[0]), lessonID, lang); a.Covered {
		return a, true
	}
	return Grounded{}, false
}

// koWhWord: a question word — a second question with one asks something
// of its own ("원인이 뭐예요?"), not a yes or no about the first's topic.
var koWhWord = regexp.MustCompile(`뭐|무엇|무슨|어떻게|어떤|왜|언제|어디|누가|누구(?:야|예요|인가)|몇|얼마|어느|원인|이유|차이`)

func isHangulText(s string) bool { return strings.IndexFunc(s, isHangul) >= 0 }

// ask is Ask without the suggestions' second look.
func (lib *Library) ask(question, lessonID, lang string) Grounded {
	r := lib.index
	asked := question
	question, excluded, _ := dropExcluded(question)
	question = r.fixCommonTypos(question)
	question = r.fixTermTypos(question)
	question = respell(question)
	question = dropUsedFor(question)
	question = chatPhrasing(question)
	question = styleRe.ReplaceAllString(question, " ")
	question = affixRe.ReplaceAllString(r.unglue(question), " 접사$1 ")
	if perfectBesidePast(question) {
		// "'I have lost my phone' and 'I lost my phone'": the second is
		// the past simple, which the question compares without naming it
		question += " (past simple)"
	}
	if perfectAtPastTime(question) {
		// "is 'I have finished it last night' correct?": a present
		// perfect quoted with a definite past time, which is what the
		// question is about without naming it
		question += " (definite time)"
	}
	us := r.units(question)
	bothSides(question, us)
	r.citySetting(question, us)
	qp := phrases(analyze(question))
	ranked := r.rank(us, qp, lessonID)
	out := Grounded{Lang: lang, Citations: []Citation{}}
	at := -1
	if noSolution(asked) {
		// "0x = 5의 해는?": an equation without a solution, which the
		// lesson never solves (see noSolution)
		ranked = nil
	}
	for i, s := range ranked {
		if supports(s, us, r.minTopical()) {
			at = i
			break
		}
	}
	if at > 0 && ranked[0].score*ranked[0].coverage >= leadMargin*ranked[at].score*ranked[at].coverage {
		// A section far ahead of the first that supports the question
		// (the founding against the science section, for the old name
		// of Seoul) is what the question is about: a section behind it
		// that shares a word more is not the answer.
		at = -1
	}
	if at < 0 && r.leads(ranked, us) {
		at = 0
	}
	if at >= 0 && at+1 < len(ranked) {
		// Two lessons answer nearly as well ("what do leaves do" against
		// photosynthesis and an earthquake drill's "leave the building"):
		// the question does not say which, and answering from the wrong one
		// would cite a passage that does not support the answer. Precision
		// first: say so, and suggest questions from both.
		top, nx := ranked[at], ranked[at+1]
		if nx.d.lesson.ID != top.d.lesson.ID && supports(nx, us, r.minTopical()) && nx.score*nx.coverage >= 0.8*top.score*top.coverage && termsOf(nx, us) {
			at = -1
		}
	}
	if at >= 0 && defCue.MatchString(question) {
		// "What does it mean to solve an equation?" is answered where
		// solving is defined ("Finding the solution is called solving the
		// equation"), not where its steps are: among sections of the same
		// lesson that cover the question as well, one that defines a term
		// of the question comes first.
		top := ranked[at]
		// The term the question is most about is its unit that best
		// tells this lesson's sections apart: in "현재완료 용법이 뭐예요?"
		// 용법, not 현재완료, which every section of its lesson has.
		h := -1
		for i, u := range us {
			if !u.cue && (h < 0 || top.within[i] > top.within[h]) {
				h = i
			}
		}
		// A Korean term marked as the topic, last of the question's terms
		// ("등식이랑 방정식이 나와서 헷갈려요. 방정식이 뭐예요?"), is the one
		// asked to be defined, whichever tells the sections apart best.
		marked := false
		for i, u := range us {
			if !u.cue && len(u.concepts) > 0 && len(u.span) > 0 && topicMarked(u.span[len(u.span)-1]) {
				h, marked = i, true
			}
		}
		if h >= 0 && !r.defines(top, us, h, lang) {
			for j := at + 1; j < len(ranked) && j <= at+3; j++ {
				nx := ranked[j]
				// A section the glossary names as the topic of one of the
				// question's terms (현재완료의 쓰임 for 용법) gives way only
				// to another such section.
				if topicOf(top, us) && !topicOf(nx, us) && !meaningCue.MatchString(question) {
					continue
				}
				if nx.d.lesson.ID == top.d.lesson.ID && (nx.coverage >= top.coverage || marked && nx.coverage >= top.coverage-0.1) && supports(nx, us, r.minTopical()) && r.defines(nx, us, h, lang) {
					at = j
					break
				}
			}
		}
	}
	if at >= 0 && cmpCue.MatchString(question) {
		// A comparison ("'I finished' vs 'I have finished'") is answered
		// where both sides are: a section of the same lesson close behind
		// that has more of the question comes first.
		top := ranked[at]
		for j := at + 1; j < len(ranked) && j <= at+2; j++ {
			nx := ranked[j]
			if nx.d.lesson.ID == top.d.lesson.ID && nx.coverage > top.coverage+0.02 && nx.score*nx.coverage >= 0.5*top.score*top.coverage && supports(nx, us, r.minTopical()) {
				at = j
				break
			}
		}
	}
	if at >= 0 && meaningCue.MatchString(question) {
		at = r.meaningSection(ranked, at, us)
	}
	if at >= 0 {
		at = r.preferCueSection(ranked, at, us)
	}
	if at >= 0 && (r.rivalKind(question, ranked[at].d) || r.actAbsent(question, ranked[at].d)) {
		at = -1
	}
	if at >= 0 {
		at = r.gasSection(question, ranked, at, us, lang)
	}
	if at >= 0 && (untranslated(question, us, ranked[at]) || r.wordAbsent(question, ranked[at].d)) {
		at = -1
	}
	if at >= 0 && (r.unsupported19(question, ranked[at], us) || r.unsupportedSense(asked, ranked[at]) || settingOnly(us, ranked[at]) || otherSense(question, us, ranked[at]) || exampleOnly(asked, us, ranked[at], lang)) {
		// a thing asked for, or food to take away, that the section
		// never names (see precision19_tutor19.go)
		at = -1
	}
	if at >= 0 {
		at = r.quotedTopic(question, ranked, at, us)
	}
	if at >= 0 && r.guessUnknown(question) {
		// "호흡은 세포 어디에서 일어나요? 미토콘드리아?": the student's
		// guess, a thing no lesson names, is what the answer must confirm
		// or deny; the section cannot.
		at = -1
	}
	if at >= 0 && asksContinuous(question) && !sectionShows(ranked[at].d, perfectContinuous) {
		// "I have been living here": a tense the section never shows
		at = -1
	}
	if at >= 0 && otherPerfect.MatchString(question) && !sectionShows(ranked[at].d, otherPerfect) {
		// "I will have finished", "she had left": the future or the past
		// perfect, which a present perfect example does not explain
		at = -1
	}
	if at >= 0 && (numberAbsent(question, ranked[at].d) || possessorMissing(ranked[at], us, r.minTopical()) || countedAbsent(question, ranked[at].d) || r.ofUnknown(question, ranked[at], us)) {
		// "2016년 경주 지진은 규모가 얼마였어?", "근의 공식", "the
		// counter for books": a quantity, an owner or a counted thing the
		// section never names (see precision13.go)
		at = -1
	}
	var pick []bool
	var sents []sentence
	fateStrict := true
	answers := func(at int) ([]bool, []sentence, bool) {
		def, cmp := defCue.MatchString(question), cmpCue.MatchString(question)
		pick, sents := r.bestSentences(ranked[at], us, qp, lang, def, cmp)
		chooseByCue(question, ranked[at], us, pick, sents)
		if deedsCue.MatchString(question) && saysOnly(pick, sents, reignSays) {
			// "세종의 업적 알려주세요": who he was and when he reigned is
			// no deed; the section's sentences that tell what he did are
			// (notes: trial 10)
			n := 0
			for i, s := range sents {
				pick[i] = !reignSays.MatchString(s.text) && n < 4
				if pick[i] {
					n++
				}
			}
			if n == 0 {
				return nil, nil, false
			}
		}
		if asksDate(question) && !gives(ranked[at], us, lang, pick, sents, digits) || asksAmount(question) && !gives(ranked[at], us, lang, pick, sents, amount) ||
			asksWhy(question) && !givesReason(question, ranked[at], us, pick, sents, causeOf(question)) && !(formContrast(question) && saysChange(pick, sents)) ||
			!asksWhy(question) && whyUnnamed(question, ranked[at], us) && !givesReason(question, ranked[at], us, pick, sents, purposeOrCause) ||
			r.otherRole(question, us, pick, sents) || otherOrdinal(question, pick, sents) || otherInLine(question, pick, sents) ||
			asksDate(question) && otherEvent(question, us, ranked[at]) || undefinedTerm(question, us, ranked[at], pick, sents) ||
			r.asksNone(question) && !saysNone(pick, sents) || (asksMaker(question) || asksMadeWhat(question)) && !saysMade(pick, sents) || asksNowadays(question) && !givesNowadays(ranked[at], us, pick, sents) ||
			asksForecast(question) && !saysWhen(pick, sents, futureTime) || !namesWhatDoes(question, pick, sents) || r.foreignUnknown(question, ranked[at].d) ||
			asksMechanism(question) && !givesCause(ranked[at], us, pick, sents) && !formedBy(question, ranked[at], us, pick, sents) || !tellsFate(question, pick, sents, fateStrict) || asksNaming(question) && !givesNaming(ranked[at], us, pick, sents) ||
			asksWhenUsed(question) && saysOnly(pick, sents, formSays) ||
			asksAge(question) && !pickSaying(ranked[at], us, pick, sents, ageSays.MatchString) ||
			asksMost(question) && !pickSaying(ranked[at], us, pick, sents, mostSays(question)) ||
			asksLater(question) && !pickSaying(ranked[at], us, pick, sents, laterSays.MatchString) ||
			unanswered14(question, ranked[at], us, pick, sents) || r.onlyExcluded(excluded, ranked[at], us, pick, sents) ||
			countMissing(question, ranked[at], us, pick, sents) ||
			looksUnsaid(question, pick, sents) || undefinedPure(asked, us, ranked[at], sents) || !gasPicked(question, us, pick, sents) || unmadeOrUnharmed(question, pick, sents) {
			// "what year was the rain gauge invented?": the section
			// names the rain gauge but no year; "쓰나미는 왜 생겨요?": the
			// section tells what to do in one, not why it comes; "고려는
			// 누가 세웠어요?": the answer tells who founded Joseon after
			// overthrowing Goryeo. Its sentences would not answer the
			// question they were cited for.
			return nil, nil, false
		}
		return pick, sents, true
	}
	if at >= 0 {
		ok := false
		pick, sents, ok = answers(at)
		if !ok && (asksNaming(question) || whatHappensTo.MatchString(question) || asksWhenUsed(question) || asksMadeWhat(question)) {
			// "why do they call him Sejong the Great?": a section of the
			// same lesson close behind that says what he is called, and
			// passes every check, answers instead of one that gives some
			// reason about Sejong (why he made hangul). So does "what
			// happens to the glucose after …": the section where glucose
			// is what the sentence is about.
			top := ranked[at]
			next := -1
			for j := at + 1; j < len(ranked) && j <= at+3; j++ {
				nx := ranked[j]
				// (a "when is it used" question: any section of the lesson
				// that covers it as fully — the form's section leads on 써요)
				// (what someone made: the section that tells a making,
				// however far behind the one about who they were)
				far := nx.score*nx.coverage < 0.5*top.score*top.coverage && !(asksWhenUsed(question) && nx.coverage >= top.coverage) && !(asksMadeWhat(question) && nx.coverage >= top.coverage)
				if nx.d.lesson.ID != top.d.lesson.ID || far || !supports(nx, us, r.minTopical()) {
					continue
				}
				if p, ss, ok2 := answers(j); ok2 {
					pick, sents, next = p, ss, j
					break
				}
			}
			if next < 0 && whatHappensTo.MatchString(question) {
				// No section has the thing as a sentence's subject ("what
				// happens to the sugar …": the starch is changed into
				// sugar): the top section's sentence that names it.
				fateStrict = false
				if pick, sents, ok = answers(at); ok {
					next = at
				}
			}
			at = next
		} else if !ok {
			at = -1
		}
	}
	if at < 0 {
		if g, ok := lib.askOneSentence(asked, lessonID, lang); ok {
			return g
		}
		if g, ok := lib.askQuoted(asked, lessonID, lang); ok {
			return g
		}
		if len(ranked) > 0 {
			out.Confidence = round2(ranked[0].coverage)
		}
		out.Message = words.Say(lang, "tutor.not_covered")
		out.Suggestions = lib.suggestFor(ranked, lessonID, lang)
		return out
	}
	top := ranked[at]
	var ans, more []string
	for i, s := range sents {
		if pick[i] {
			ans = append(ans, s.text)
		} else {
			more = append(more, s.text)
		}
	}
	out.Covered, out.Confidence = true, round2(top.coverage)
	out.Answer, out.More = strings.Join(ans, " "), strings.Join(more, " ")
	l, s := top.d.lesson, top.d.sec
	out.Source = &Source{Subject: l.SubjectIn(lang), Level: l.LevelIn(lang), LessonID: l.ID, LessonTitle: l.TitleIn(lang),
		SectionID: s.ID, SectionTitle: s.TitleIn(lang)}
	out.Source.Line = sourceLine(out.Source, lang)
	out.Citations = append(out.Citations, Citation{LessonID: l.ID, LessonTitle: l.TitleIn(lang), SectionID: s.ID, SectionTitle: s.TitleIn(lang), Quote: out.Answer})
	// Only the section the answer is taken from is cited. A second section
	// that supports the question nearly as well (광합성과 호흡) used to be
	// cited too, with its own quote — but the answer the student reads
	// does not come from it, so the citation would not support the answer.
	return out
}

// supports reports whether a ranked section can answer the question: it
// covers enough of it, including at least one topical unit.
//
// A question that names a key term of another lesson which this section
// does not contain ("the word equation for photosynthesis" against the
// linear equations lesson; "Korean islands made by volcanoes" against
// Joseon's Tsushima expedition) is not answered from it: the lessons'
// words are mixed, and a citation would not support the answer. This
// costs some chatty questions that mention another lesson's term in
// passing; precision comes first.
func supports(s scored, us []unit, topical float64) bool {
	return supportsAt(s, us, topical, minCoverage)
}

// loneWord reports a unit that names another lesson's term in one
// everyday word ("friend", "depending", "faster", "staying") and nothing
// else of that lesson: when the question has two terms of the section's
// own lesson ("the mantle … lava", "magnitude … earthquake"), the word is
// the student's phrasing, not a second subject.
func loneWord(s scored, u unit) bool {
	if len(u.span) != 1 || s.total == 0 {
		return false
	}
	// (an inflected verb or a comparative — depending, staying, faster —
	// not a noun: "temperature" and "hot" ask a property of the core)
	if w := u.span[0].raw; u.span[0].hangul || !(strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "er") && len(w) > 5) {
		return false
	}
	for _, c := range u.concepts {
		if c.lesson == s.d.lesson.ID || c.names || s.lessonCov[c.lesson]-u.weight/s.total >= mixedShare {
			return false
		}
	}
	return true
}

// ownTerms counts the question's topical terms of the section's own
// lesson that the section has.
func ownTerms(s scored, us []unit, topical float64) int {
	n := 0
	for i, u := range us {
		if !s.matched[i] || u.cue || u.weight < topical || genericUnit(u) {
			continue
		}
		for _, c := range u.concepts {
			if c.lesson == s.d.lesson.ID {
				n++
				break
			}
		}
	}
	return n
}

// supportsAt is supports with a coverage floor of its own.
func supportsAt(s scored, us []unit, topical, floor float64) bool {
	if s.coverage < floor && !phrasingShort(s, us, topical, floor) {
		return false
	}
	for i, u := range us {
		if (u.glued || u.unknown && strictUnknown && (!u.w.hangul || (u.w.raw == u.w.key+"은" || u.w.raw == u.w.key+"는" || u.w.raw == u.w.key+"가" && len([]rune(u.w.key)) >= 2) && particleFits(u.w.key, strings.TrimPrefix(u.w.raw, u.w.key)))) && !s.matched[i] {
			// "how do I form the past continuous?" is not answered by how
			// to form the present perfect, though "form" and "past" match.
			return false
		}
		if s.matched[i] || len(u.concepts) == 0 || u.weight < topical || u.alt >= 0 && s.matched[u.alt] {
			continue
		}
		own, generic := false, true
		for _, c := range u.concepts {
			own = own || c.lesson == s.d.lesson.ID
			generic = generic && c.term.Generic
		}
		if generic {
			continue // a notion (a friend, how long), not a topic the section must have
		}
		// Another lesson's key term, or a rare key term of this lesson
		// that this section lacks ("세포" asked of the definition of
		// photosynthesis): the section does not answer the question.
		if !own && (homonym(s, u) && !oneAgainstOne(s, us, topical, u) || loneWord(s, u) && ownTerms(s, us, topical) >= 2) || own && incidental(s, u) {
			continue
		}
		if !own || u.weight >= keyTermWeight {
			return false
		}
	}
	more := false // a word of the question besides a bare syllable is found
	for i, u := range us {
		more = more || s.matched[i] && u.weight > weakWeight && !bareSyllable(u)
	}
	for i, u := range us {
		if s.matched[i] && u.weight >= topical && (more || !bareSyllable(u)) && !u.phrasing {
			return true
		}
	}
	return false
}

// adnominal reports a Korean verb in a relative clause's form: its last
// syllable closed by ㄴ (세운, 만든) or 는/던 (세우는, 세웠던).
func adnominal(w word) bool {
	rs := []rune(w.raw)
	if !w.hangul || len(rs) == 0 {
		return false
	}
	last := rs[len(rs)-1]
	return last == '는' || last == '던' || isHangul(last) && (last-0xAC00)%28 == 4
}

// bareSyllable is a one-syllable Korean word no glossary term names (비,
// 해, 수): rain, a ratio or a monument; the sun, a year or a solution. With
// nothing else of the question beside it (비 … 재는 기구 has 재는) it does not tell what the question is about ("내일 비 와요?" is not
// about the rain gauge), so it is never the one topical word a section
// must contain.
func bareSyllable(u unit) bool {
	if len(u.concepts) > 0 || !u.w.hangul || len([]rune(u.w.key)) != 1 {
		return false
	}
	// (재는, 사는, 나는 are verbs: only a syllable alone or with a noun's
	// particle is a bare noun)
	switch strings.TrimPrefix(u.w.raw, u.w.key) {
	case "", "가", "이", "를", "을", "도", "의":
		return true
	}
	return false
}

// A student's question carries more than its topic: chat ("맨날 틀려",
// "lol", "explain like im 12"), the situation it comes from ("we have a
// lab tomorrow") and how they feel about it. Those words are not in any
// lesson, so they count against coverage, and a chatty question about a
// lesson's own key term fell under minCoverage. Coverage alone cannot
// tell chat from an unknown topic, so a lower floor is accepted only when
// a second, independent signal agrees: the section leads every other
// section by a wide margin and contains a key term of the question that
// the glossary ties to it or that tells its lesson's sections apart.
// Everything else supports checks still holds (an unknown English noun or
// a topic-marked Korean one, another lesson's key term).
const (
	leadCoverage = 0.55 // the least share of the question a leading section must contain
	leadMargin   = 2.0  // how many times the next section's score it must score
)

// leads reports whether ranked[0] answers the question on the second
// signal: a clear lead and a key term of its own (see leadCoverage).
func (r *retriever) leads(ranked []scored, us []unit) bool {
	if len(ranked) == 0 {
		return false
	}
	top := ranked[0]
	if !supportsAt(top, us, r.minTopical(), leadCoverage) {
		return false
	}
	if len(ranked) > 1 && ranked[1].score*ranked[1].coverage*leadMargin > top.score*top.coverage {
		return false
	}
	// Two topical parts of the question found, one a key term of the
	// section's lesson: "한글날 … 공휴일" names one lesson term and one
	// thing no lesson has, which is a question the lesson does not answer.
	// One key term will do when nothing noun-like of the question is
	// missing — what is missing is phrasing ("까먹어요", "쓰던") and chat.
	for i, u := range us {
		// A key term of the lesson that another of its sections has, and
		// this one lacks ("after finishing a meal", against the greetings):
		// the lead is over the wrong section.
		if top.matched[i] || u.cue || u.weight < keyTermWeight || genericUnit(u) {
			continue
		}
		for _, c := range u.concepts {
			if c.lesson != top.d.lesson.ID {
				continue
			}
			for _, o := range ranked[1:] {
				if o.d.lesson.ID == top.d.lesson.ID && o.matched[i] {
					return false
				}
			}
		}
	}
	found, own, missing := 0, false, 0.0
	for i, u := range us {
		if !top.matched[i] && u.unknown && (!u.w.hangul || particled(u.w)) {
			// a thing no lesson names ("저녁에", "dinner") is what the
			// question is about: a lead over the other sections is no
			// second signal then
			return false
		}
		if !top.matched[i] {
			missing = math.Max(missing, u.weight)
		}
		if u.cue || !top.matched[i] || u.weight < r.minTopical() {
			continue
		}
		found++
		for _, c := range u.concepts {
			own = own || c.lesson == top.d.lesson.ID && !c.term.Generic
		}
	}
	return own && (found >= 2 || found == 1 && missing < phraseLike)
}

// quotedTopic: a term the student quotes ("is a 'root' the same as a
// solution?", "what does it mean to be a 'solution'") is what the
// question is about. When the glossary ties the term to one section of
// the lesson, the answer comes from that section — if it covers the
// question well enough to lead — or not at all: another section that
// merely uses the word does not explain it.
func (r *retriever) quotedTopic(question string, ranked []scored, at int, us []unit) int {
	top := ranked[at]
	for _, m := range quotedRe.FindAllStringSubmatch(question, -1) {
		ws := analyze(quotedIn(m))
		for _, h := range r.findConcepts(ws, top.d.lesson.ID) {
			c := h.c
			// (only a quoted term, not a quoted example: "I have seen it
			// yesterday" is about its tense, not about "yesterday")
			if h.n != len(ws) || len(c.topic) == 0 || c.topic["*"] || c.topic[top.d.sec.ID] || c.term.Generic {
				continue
			}
			if meaningCue.MatchString(question) && r.definesConcept(top, us, c) {
				// "what does it mean to 'solve' an equation?": the section
				// that says what solving is ("Finding the solution is called
				// solving the equation") answers, not the steps
				continue
			}
			for j, nx := range ranked {
				if nx.d.lesson.ID == top.d.lesson.ID && c.topic[nx.d.sec.ID] && supportsAt(nx, us, r.minTopical(), leadCoverage) {
					return j
				}
			}
			return -1
		}
	}
	return at
}

// undefinedTerm reports a question asking what a term is ("분배법칙이
// 뭐예요?") answered from a section that only uses the term in passing
// ("괄호가 있으면 분배법칙으로 괄호를 풀어요"): no sentence of the answer
// defines it or is about it (begins with it), nor does any sentence of
// the section define it. The term is the question's last concept marked
// as the topic (Korean) or named right after "what is" (English).
func undefinedTerm(question string, us []unit, top scored, pick []bool, sents []sentence) bool {
	if !defCue.MatchString(question) || cmpCue.MatchString(question) {
		return false
	}
	h := -1
	en := whatIsRe.FindStringSubmatch(question)
	for i, u := range us {
		if u.cue || len(u.concepts) == 0 || len(u.span) == 0 || !top.matched[i] {
			continue
		}
		last := u.span[len(u.span)-1]
		if topicMarked(last) || en != nil && strings.EqualFold(u.span[0].raw, en[1]) {
			h = i
		}
	}
	if h < 0 {
		return false
	}
	begins := func(x sentence) bool {
		ws := analyze(x.text)
		for k := 0; k < len(ws) && k < 3; k++ {
			if ws[k].stop {
				continue
			}
			m, _ := us[h].matchIn(func(f string) bool {
				for _, wk := range ws[k].wkeys {
					if wk == f {
						return true
					}
				}
				return false
			})
			return m > 0
		}
		return false
	}
	// Only a term the answer uses as a means ("분배법칙으로 풀어요",
	// "using the distributive law") is used in passing; one it describes
	// ("초록색 색소인 엽록소", "stomata, tiny pores") is explained.
	var parts []string
	for _, w := range us[h].span {
		parts = append(parts, w.key)
	}
	term := strings.Join(parts, " ")
	glued := strings.Join(parts, "")
	means := func(x sentence) bool {
		t := strings.ToLower(x.text)
		found, tool := false, true
		for _, form := range []string{strings.ToLower(term), glued} {
			for from := 0; ; {
				i := strings.Index(t[from:], form)
				if i < 0 || form == "" {
					break
				}
				i += from
				found = true
				rest, before := t[i+len(form):], strings.TrimSpace(t[:i])
				instr := strings.HasPrefix(rest, "으로") || strings.HasPrefix(rest, "로") ||
					strings.HasSuffix(before, "using the") || strings.HasSuffix(before, "using") || strings.HasSuffix(before, "with the") || strings.HasSuffix(before, "by the")
				tool = tool && instr
				from = i + len(form)
			}
		}
		return found && tool
	}
	used := false
	for i, x := range sents {
		if defining.MatchString(x.text) && about(x, us, h) || pick[i] && begins(x) {
			return false
		}
		if pick[i] && about(x, us, h) {
			if !means(x) {
				return false
			}
			used = true
		}
	}
	return used
}

// whatIsRe finds the term a "what is" question asks to define ("what
// exactly is the distributive law": an adverb may come between).
var whatIsRe = regexp.MustCompile(`(?i)\bwhat(?:\s+(?:exactly|really|actually|precisely|even|basically))?(?:'s| is| are| does)\s+(?:(?:exactly|really|actually|precisely|even|just|basically)\s+)?(?:a |an |the )?([a-z]+)`)

// untranslated reports a question that asks how a quoted expression is
// said in Korean ("what's 'I love you' in Korean?") when the section lacks
// a word of it: a greeting's section does not say how to say "love".
func untranslated(question string, us []unit, top scored) bool {
	if !inKorean.MatchString(question) {
		return false
	}
	quoted := map[string]bool{}
	for _, m := range quotedRe.FindAllStringSubmatch(question, -1) {
		for _, w := range analyze(quotedIn(m)) {
			quoted[w.raw] = true
		}
	}
	for i, u := range us {
		if !top.matched[i] && !u.cue && u.weight > weakWeight && !u.w.stop && quoted[u.w.raw] && len([]rune(u.w.raw)) >= 3 {
			return true
		}
	}
	return false
}

// definesConcept reports whether a sentence of the section, in either
// language, defines the question's unit that names c.
func (r *retriever) definesConcept(s scored, us []unit, c *concept) bool {
	for i, u := range us {
		for _, uc := range u.concepts {
			if uc == c && (r.defines(s, us, i, "ko") || r.defines(s, us, i, "en")) {
				return true
			}
		}
	}
	return false
}

// perfectContinuous is the present perfect continuous ("have been
// living"), a tense of its own.
// perfectBesidePast reports two quoted examples of one sentence, one in
// the present perfect (have lost, have broken) and one without have (lost,
// broke): a comparison of the present perfect with the past simple.
func perfectBesidePast(question string) bool {
	var quotes []string
	for _, m := range quotedRe.FindAllStringSubmatch(question, -1) {
		quotes = append(quotes, strings.ToLower(quotedIn(m)))
	}
	for _, q := range quotes {
		if !perfectVerb.MatchString(q) {
			continue
		}
		in := map[string]bool{}
		for _, w := range strings.Fields(q) {
			in[w] = true
		}
		for _, o := range quotes {
			if o == q || perfectVerb.MatchString(o) {
				continue
			}
			// the same sentence but for the verb's form (lost, broke)
			ws, shared := strings.Fields(o), 0
			for _, w := range ws {
				if in[w] {
					shared++
				}
			}
			if len(ws) >= 2 && shared >= len(ws)-1 {
				return true
			}
		}
	}
	return false
}

// perfectVerb is have or has and the word after it.
var perfectVerb = regexp.MustCompile(`\b(have|has|'ve)\s+([a-z]+)\b`)

// otherPerfect is the future or the past perfect written out (will have
// + a participle, had + a participle).
var otherPerfect = regexp.MustCompile(`(?i)\b(will|'ll|would|had|'d)\s+(have\s+)?(been|gone|done|seen|eaten|finished|lived|visited|[a-z]+ed|[a-z]+en)\b`)

var perfectContinuous = regexp.MustCompile(`(?i)\b(have|has|'ve|'s)\s+been\s+[a-z]+ing\b`)

// continuousNamed names the continuous tense ("present perfect
// continuous", "진행형", "have been -ing").
var continuousNamed = regexp.MustCompile(`(?i)continuous|progressive|진행|been\s*[-~]\s*ing\b|been\s+ing\b`)

// asksContinuous reports a question about the present perfect continuous:
// one that names it, quotes a sentence in it, or writes it out in full
// ("is I have been living here right?"). A student's own clause that
// happens to use it, contracted ("how long they've been learning
// English"), is how they put a question about for and since.
func asksContinuous(question string) bool {
	if continuousNamed.MatchString(question) {
		return true
	}
	for _, m := range quotedRe.FindAllStringSubmatch(question, -1) {
		if perfectContinuous.MatchString(quotedIn(m)) {
			return true
		}
	}
	for _, m := range perfectContinuous.FindAllStringSubmatch(question, -1) {
		if !strings.HasPrefix(m[1], "'") {
			return true
		}
	}
	return false
}

// sectionShows reports whether any sentence of the section, in either
// language, matches re.
func sectionShows(d *doc, re *regexp.Regexp) bool {
	for _, ss := range d.sents {
		for _, x := range ss {
			if re.MatchString(x.text) {
				return true
			}
		}
	}
	return false
}

// askOneSentence answers a message of several sentences from the only
// one that asks ("광합성이 뭐예요? 동생한테 설명해 줘야 돼서요"): the others
// only tell why the student asks, so they do not count against the
// answer — unless they name something no lesson has, or a term of
// another lesson than the one answering, which would make the answer
// only half of what was asked.
func (lib *Library) askOneSentence(question, lessonID, lang string) (Grounded, bool) {
	parts := sentenceRe.FindAllString(question, -1)
	if len(parts) < 2 {
		return Grounded{}, false
	}
	r := lib.index
	at := -1
	for i, p := range parts {
		if asking.MatchString(strings.TrimSpace(p)) {
			if at >= 0 {
				// two questions ("판은 왜 움직여요? 원인이 뭐야"): each
				// says what the other asks, so neither stands alone
				return Grounded{}, false
			}
			at = i
		}
	}
	for i, p := range parts {
		if i != at {
			continue
		}
		g := lib.Ask(p, lessonID, lang)
		if !g.Covered {
			continue
		}
		rest := strings.Join(append(append([]string{}, parts[:i]...), parts[i+1:]...), " ")
		for _, u := range r.units(rest) {
			if u.unknown || u.glued {
				return Grounded{}, false
			}
			for _, c := range u.concepts {
				if !u.cue && !c.term.Generic && c.lesson != g.Source.LessonID && u.weight >= r.minTopical() {
					return Grounded{}, false
				}
			}
		}
		return g, true
	}
	return Grounded{}, false
}

var (
	// andQuestionRe joins two questions: "… and why …", "… and what …".
	pronounRe     = regexp.MustCompile(`(?i)\b(?:he|she|it|they|him|her|them|his|its|their|this|that)\b`)
	andQuestionRe = regexp.MustCompile(`(?i),?\s+and\s+(?:why|what|how|when|where|who|which)\b`)
	sentenceRe    = regexp.MustCompile(`[^?!.？]+[?!.？]*`)
	// asking marks a sentence that asks something.
	asking = regexp.MustCompile(`(?i)[?？]$|뭐|무엇|무슨|어떻게|어떤|왜|언제|어디|누가|누구|몇|얼마|어느|차이|나요$|까요$|^(what|how|why|when|where|who|which|is|are|do|does|can)\b`)
)

// incidental reports whether u, a rare key term of s's own lesson that s
// lacks, is only a word of the question: s leads every section the
// glossary names as the term's topic by leadMargin. "move a term to the
// other side of the equals sign" is about transposition, though "equals"
// is the key term of the properties of equality.
func incidental(s scored, u unit) bool {
	me := s.score * s.coverage
	if me == 0 {
		return false
	}
	topics := 0
	for _, c := range u.concepts {
		if c.lesson != s.d.lesson.ID {
			continue
		}
		for sec := range c.topic {
			if sec == "*" {
				return false
			}
			topics++
			if s.ranks[c.lesson+"/"+sec]*leadMargin > me {
				return false
			}
		}
	}
	return topics > 0
}

// mixedShare is how much of a question, besides one term of another
// lesson, that lesson must contain for the question to mix two lessons.
const mixedShare = 0.15

// homonym reports whether u, a term of another lesson than s's, stands
// alone in the question: no section of its lesson contains anything else
// of it. "훈민정음 만든 해" is the year, not the solution of an equation
// (해); "지구 속 층을 순서대로" is an order, not the order of solving
// steps. A question that mixes two lessons ("volcanic islands" against
// the Joseon lesson's Tsushima) brings more of the other lesson with it.
func homonym(s scored, u unit) bool {
	if s.total == 0 || u.weight >= keyTermWeight {
		// (a rare term — "temperature", "core" — names its topic, whatever
		// else the question says)
		return false
	}
	for _, c := range u.concepts {
		if c.lesson != s.d.lesson.ID && (c.names || s.lessonCov[c.lesson]-u.weight/s.total >= mixedShare) {
			// (the term another lesson is titled after — 광합성, 지진 —
			// is that lesson's subject, never a word that happens to be
			// shared: "광합성이 멈추면?" is not asked of the earthquake
			// drill's "흔들림이 멈추면")
			return false
		}
	}
	return true
}

// topicOf reports whether the glossary names s's section as the topic of
// one of the question's terms (not a cue).
func topicOf(s scored, us []unit) bool {
	for i, u := range us {
		if u.cue || !s.matched[i] {
			continue
		}
		for _, c := range u.concepts {
			if c.lesson == s.d.lesson.ID && c.topic[s.d.sec.ID] {
				return true
			}
		}
	}
	return false
}

// defining marks a sentence that defines a term ("is called", "이라고 해요").
var defining = regexp.MustCompile(`(?i)\bcalled\b|\bmeans\b|\bis known as\b|라고 해요|이라고 해요|고 해요|이라고 불러요|라고 불러요|뜻해요|말해요`)

// defines reports whether a sentence of the section defines the term the
// question is most about (its unit h, not a cue).
func (r *retriever) defines(s scored, us []unit, h int, lang string) bool {
	if h < 0 || !s.matched[h] {
		return false
	}
	for _, x := range s.d.sents[lang] {
		if !defining.MatchString(x.text) {
			continue
		}
		if m, _ := us[h].matchIn(func(f string) bool { return x.feats[f] }); m >= 1 {
			return true
		}
	}
	return false
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

func tr(lang, ko, en string) string {
	if lang == "en" {
		return en
	}
	return ko
}

// sourceLine is "중학교 과학 · 광합성 § 광합성이 일어나는 곳" or
// "Science · Middle school · Photosynthesis § Where photosynthesis happens".
func sourceLine(s *Source, lang string) string {
	if lang == "en" {
		return s.Subject + " · " + s.Level + " · " + s.LessonTitle + " § " + s.SectionTitle
	}
	return s.Level + " " + s.Subject + " · " + s.LessonTitle + " § " + s.SectionTitle
}

// bestSentences picks the one or two sentences of d (in lang) that answer
// the question: the sentence with the most of the question's weight, and
// a second one when it carries nearly as much or when the first is too
// short to stand alone. A definition-like question prefers the first
// sentence, which in every lesson section says what its subject is.
func (r *retriever) bestSentences(top scored, us []unit, qphrases []string, lang string, def, cmp bool) ([]bool, []sentence) {
	sents := top.d.sents[lang]
	pick := make([]bool, len(sents))
	if len(sents) == 0 {
		return pick, sents
	}
	heaviest := -1 // the unit the question is most about
	for j, u := range us {
		if top.matched[j] && (heaviest < 0 || u.weight > us[heaviest].weight) {
			heaviest = j
		}
	}
	scores := make([]float64, len(sents))
	for i, s := range sents {
		// Units weigh as they do between the lesson's sections: a word
		// every section has ("Korean" in the Korean lesson) does not make
		// a sentence the answer.
		has := func(f string) bool { return s.feats[f] }
		for j, u := range us {
			if u.cue {
				// A cue points at the section, not at a sentence in it;
				// between sentences that match alike, the one that uses
				// the question's own words ("when do I use has": "Use has
				// with …") reads as its answer.
				if m, _ := u.matchIn(has); m >= 1 && sameWords(s, u.span) {
					scores[i] += 0.3
				}
				continue
			}
			m, _ := u.matchIn(has)
			scores[i] += m * top.within[j]
			if m >= 1 && len(u.concepts) > 0 && sameWords(s, u.span) {
				// the term in the question's own words ("inventions"),
				// not only in another of its forms ("technology")
				scores[i] += 0.3 * top.within[j]
			}
		}
		for _, p := range qphrases {
			if s.feats[p] {
				scores[i] += 1 // "two people" together
			}
		}
		if i == 0 {
			scores[i] += 0.25
			// "X가 뭐예요?" is answered by the sentence that opens the
			// section — when X is what that sentence is about.
			if m, _ := us[max(heaviest, 0)].matchIn(has); def && heaviest >= 0 && m > 0 {
				scores[i] += 1.0
			}
		}
	}
	for i, s := range sents {
		if place := placeOf(s.text); place != "" && !unitsSay(us, place) {
			// "바닷가에서는 …", "On the coast …": what to do in a place
			// the question does not put the student in; asked about a
			// quake in a classroom, the tsunami advice read as the answer.
			scores[i] *= 0.5
		}
	}
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return scores[order[a]] > scores[order[b]] })
	best := order[0]
	pick[best] = true
	if best > 0 && refersBack(sents[best].text) {
		// "Japan, Indonesia and Chile are on it." needs the sentence
		// that says what "it" is.
		pick[best-1] = true
		return pick, sents
	}
	short := 25
	if lang == "en" {
		short = 40
	}
	// The runner-up, unless it opens with "그래서 …" away from the
	// sentence it follows: out of context it reads wrong.
	next := -1
	for _, i := range order[1:] {
		if !continues(sents[i].text) || i == best+1 {
			next = i
			break
		}
	}
	if cmp && next >= 0 && scores[next] > 0 && (best == 0 || next == 0) {
		// A comparison whose answer opens with the section's first
		// sentence naming both sides ("… uses for or since.") says one
		// side and not the other: that opening gives way to the best
		// sentence about the side left out ("For is followed by …").
		// A side is a unit of the question — a glossary term of a common
		// word too ("for", a cue elsewhere) — other than the comparison's
		// own words.
		var sides []int
		for k, u := range us {
			if u.cue && len(u.concepts) > 0 && !cmpCue.MatchString(u.text) || !u.cue && top.matched[k] {
				sides = append(sides, k)
			}
		}
		has := func(i, k int) bool {
			m, _ := us[k].matchIn(func(f string) bool { return sents[i].feats[f] })
			return m >= 1
		}
		alone := func(i, k int) bool {
			if !has(i, k) {
				return false
			}
			for _, o := range sides {
				if o != k && has(i, o) {
					return false
				}
			}
			return true
		}
		other := best + next // the picked sentence that is not the opening
		if len(sides) == 2 && has(0, sides[0]) && has(0, sides[1]) {
			for _, k := range sides {
				if alone(other, k) {
					continue
				}
				for _, i := range order {
					if i != other && alone(i, k) {
						pick[0], pick[i], pick[other] = false, true, true
						return pick, sents
					}
				}
			}
		}
	}
	switch {
	case cmp && next >= 0 && scores[next] > 0:
		pick[next] = true // a comparison needs both sides
	case next >= 0 && scores[next] >= 0.7*scores[best] && addsTopical(sents[next], sents[best], us, r.minTopical()):
		pick[next] = true
	case best+1 < len(sents) && (len([]rune(sents[best].text)) < short || continues(sents[best+1].text) || def && about(sents[best+1], us, heaviest)):
		// Too short alone, finished by the next sentence, or — asked what
		// X is — followed by more about X (엽록체 … 엽록체에는 엽록소가 …).
		pick[best+1] = true
	}
	return pick, sents
}

// placeRe: a sentence that opens by naming the place it is about
// ("바닷가에서는 …", "밖에서는 …", "On the coast …", "Outside, …").
var placeRe = regexp.MustCompile(`^(?:(\p{Hangul}+?)에서는\s|(?i:(?:on|in|at|near|by)\s+(?:the\s+|a\s+)?(\pL+)[\s,]|(outside|outdoors|indoors|inside),))`)

// placeOf is the place a sentence opens with ("바닷가", "coast"), "" if
// none.
func placeOf(s string) string {
	if m := placeRe.FindStringSubmatch(s); m != nil {
		for _, g := range m[1:] {
			if g != "" {
				return strings.ToLower(g)
			}
		}
	}
	return ""
}

// unitsSay reports whether a question's units name the place.
func unitsSay(us []unit, place string) bool {
	for _, u := range us {
		if strings.Contains(strings.ToLower(u.text), place) {
			return true
		}
	}
	return false
}

// about reports whether s contains the question's unit h.
// sameWords reports whether a sentence has every word of span as the
// question wrote it (any of its analysed forms).
func sameWords(s sentence, span []word) bool {
	for _, w := range span {
		found := false
		for _, k := range w.wkeys {
			found = found || s.feats[k]
		}
		if !found {
			return false
		}
	}
	return len(span) > 0
}

func about(s sentence, us []unit, h int) bool {
	if h < 0 {
		return false
	}
	m, _ := us[h].matchIn(func(f string) bool { return s.feats[f] })
	return m >= 1
}

// addsTopical reports whether s contains a unit of the question, more
// than a common word, that best does not: a second sentence must add to
// the answer, not repeat it.
func addsTopical(s, best sentence, us []unit, min float64) bool {
	for _, u := range us {
		m, _ := u.matchIn(func(f string) bool { return s.feats[f] })
		b, _ := u.matchIn(func(f string) bool { return best.feats[f] })
		if m >= 1 && b == 0 && u.weight >= min {
			return true
		}
	}
	return false
}

// continuation opens a sentence that finishes the thought of the one
// before it ("그래서 …", "For example, …").
var continuation = regexp.MustCompile(`^(그래서|이때|이것을|이것으로|이 때문에|즉|예를 들어|반대로|So |This |That is why|For example|It |They )`)

func continues(s string) bool { return continuation.MatchString(s) }

// backReference opens a sentence that cannot stand alone.
var backReference = regexp.MustCompile(`^(It|They|This|That|These|Those|Together)\b|^(이것|이때|이 때문에|그래서|그때|즉)|\bon it\.$`)

func refersBack(s string) bool { return backReference.MatchString(s) }

// itSubject: a sentence whose subject is the thing the one before it
// named ("It follows from …", "이것은 …"), not a consequence drawn from it
// ("That is why …", "그래서").
var itSubject = regexp.MustCompile(`^(?:It|This)\s+(?:follows|comes|works|means)\b|^It\s+(?:is|was)\b|^이것은`)

// suggestFor offers up to three questions the lessons answer: from the
// lessons the question came nearest to, then one from each other lesson.
func (lib *Library) suggestFor(ranked []scored, lessonID, lang string) []Suggestion {
	var order []*Lesson
	seen := map[string]bool{}
	if l, ok := lib.byID[lessonID]; ok {
		order, seen[l.ID] = append(order, l), true
	}
	for _, s := range ranked {
		if s.coverage >= 0.25 && !seen[s.d.lesson.ID] {
			order, seen[s.d.lesson.ID] = append(order, s.d.lesson), true
		}
	}
	near := len(order)
	for _, l := range lib.Lessons {
		if !seen[l.ID] {
			order, seen[l.ID] = append(order, l), true
		}
	}
	var out []Suggestion
	add := func(l *Lesson, s Suggest) {
		out = append(out, Suggestion{LessonID: l.ID, LessonTitle: l.TitleIn(lang), Question: tr(lang, s.Ko, s.En)})
	}
	if near > 0 {
		for _, s := range order[0].Suggest {
			if len(out) < 2 {
				add(order[0], s)
			}
		}
	}
	for _, l := range order {
		if len(out) >= 3 {
			break
		}
		if len(l.Suggest) > 0 && (near == 0 || l != order[0]) {
			add(l, l.Suggest[0])
		}
	}
	return out
}

// dateCue marks a question that asks when something happened ("what year
// was …", "언제 만들어졌어요", "몇 년에"); usageCue marks one that asks when
// a word or form is used ("언제 써요", "when do I use …"), which needs no
// date.
var (
	dateCue  = regexp.MustCompile(`(?i)\b(what|which) year\b|\bwhat century\b|\bhow long ago\b|\bwhen (was|were|did)\b|언제|몇\s?년|몇\s?세기|연도`)
	usageCue = regexp.MustCompile(`(?i)\buse[sd]?\b|\busing\b|\bsay\b|\bask(ing)?\b|물어|언제\s?(써|쓰|사용|붙|말|같이)|언제\s?뭐`)
	digits   = regexp.MustCompile(`[0-9]`)
)

// asksDate: a "when" question about a past event. A Korean 언제 asks for
// a date only with a past tense (언제 만들어졌어요?); 호흡은 언제
// 일어나요? asks about a process that happens again and again.
func asksDate(q string) bool {
	if !dateCue.MatchString(q) || usageCue.MatchString(q) {
		return false
	}
	if !koWhen.MatchString(q) || strings.Contains(q, "몇") || strings.Contains(q, "연도") {
		return true
	}
	// The tense is the predicate's, after 언제 when it has one: in "잘
	// 먹었습니다는 언제 하는 말이에요?" the past is inside the expression
	// asked about, and the question asks when it is said.
	pred := q
	if i := strings.Index(q, "언제"); i >= 0 && strings.IndexFunc(q[i+len("언제"):], isHangul) >= 0 && strings.ContainsRune(q[i:], ' ') {
		pred = q[i:]
	}
	for _, r := range pred {
		if isHangul(r) && (r-0xAC00)%28 == 20 && r != '겠' && r != '있' { // a syllable closed by ㅆ: 었, 았, 졌, 했 (not 겠, 있: 잘 먹겠습니다, 있어요)
			return true
		}
	}
	// the past adnominal before 게/거/것: "폭발한 게 언제야", "만든 거 언제예요"
	rs := []rune(strings.ReplaceAll(q, " ", ""))
	for i := 1; i < len(rs); i++ {
		if strings.ContainsRune("게거건것", rs[i]) && isHangul(rs[i-1]) && (rs[i-1]-0xAC00)%28 == 4 {
			return true
		}
	}
	return false
}

var koWhen = regexp.MustCompile(`언제`)

// deedsCue asks what someone did ("세종의 업적", "세종대왕은 뭐 했어요?",
// "what did King Sejong do?"); reignSays only says who he was and when
// he reigned ("세종은 조선의 네 번째 왕으로, 1418년부터 …").
var (
	deedsCue  = regexp.MustCompile(`(?i)업적|(?:뭐|무엇을|무슨\s?일을?)\s?했|\bwhat did (?:he|she|they|(?:king\s)?\w+) (?:do|achieve|accomplish)\s*[?.!]*\s*$|\bachievements?\b|\baccomplishments?\b`)
	reignSays = regexp.MustCompile(`(?i)번째\s?왕|다스렸|\bruled from\b`)
)

// whenUsedCue asks when a form is used ("현재완료는 언제 써요?", "언제
// 쓰는지요", "when do we use the present perfect?"); formSays is a
// sentence that only says how the form is made ("have/has + 과거분사의
// 형태로 써요") or when it cannot be used ("… 함께 쓸 수 없어요"), which
// share 써요 and the term with such a question and answered it (notes:
// trial 10): neither says when it is used.
var (
	whenUsedCue = regexp.MustCompile(`(?i)언제\s?(써|쓰|사용)|\bwhen (do|should|can|would) (i|we|you|people) use\b|\bwhen is (it|\w+( \w+)?) used\b`)
	formSays    = regexp.MustCompile(`(?i)형태로\s?(써|쓰|만들)|\bis formed (with|by)\b|쓸\s?수\s?없|\bcan(not|'t) be used\b`)
)

func asksWhenUsed(q string) bool { return whenUsedCue.MatchString(q) || usedForCue.MatchString(q) }

// saysOnly reports whether every sentence picked matches re.
func saysOnly(pick []bool, sents []sentence, re *regexp.Regexp) bool {
	n := 0
	for i, s := range sents {
		if pick[i] {
			if !re.MatchString(s.text) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// amountCue marks a question that asks how much, how many or how fast
// ("쓰나미는 얼마나 빨라요?", "how many letters …"); amount is an answer
// that gives one: a number in figures or in words.
var (
	amountCue = regexp.MustCompile(`(?i)얼마나|얼마(?:예요|에요|야|죠|인가요|일까요?|였어요|였나요)\s*[?？]?\s*$|몇\s?(개|명|층|배|번|가지|자|km|년|도|시간|살|초|미터|킬로|개월|퍼센트)|\bhow (much|many|fast|big|strong|far|deep|thick|hot|often)\b`)
	amount    = regexp.MustCompile(`(?i)[0-9]|\b(one|two|three|four|five|six|seven|eight|nine|ten|twice|half|few|several|dozens?|hundreds?|thousands?|millions?)\b|(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(가지|개|층|배|번|명|자)|몇\s?(cm|m|km|배)`)
)

// whyCue marks a question that asks what causes something ("쓰나미는 왜
// 생겨요?", "why do earthquakes happen …"); reason is an answer that
// gives a cause (때문, 까닭, -면서, because, so, when …).
var (
	whyCue = regexp.MustCompile(`(?i)(왜|어떻게)\s?(생기|생겨|생긴|일어나|일어났|일어난|나요|나는|날까|만들어지|만들어져)|원인|원리|메커니즘|\bmechanism|\bwhat (\w+ )?causes\b|\bwhy (do|does|did)\b.*\b(happen|form|occur|start)`)
	reason = regexp.MustCompile(`(?i)때문|까닭|이유|원인|면서|므로|그래서|니까|\bbecause\b|\bcause|\breason|\bso\b|\bwhy\b|\bwhen\b|\bas a result\b`)
)

// affixRe is a quoted Korean affix or ending ("'-시-'", "-었-"): a piece
// of grammar, not the word it is spelt like (시, the hour). It becomes one
// word no lesson uses, so a question about it is not answered from the
// hour.
var affixRe = regexp.MustCompile(`['"‘“]?-\s*([가-힣]{1,3})\s*-?['"’”]?`)

// ordinalRe finds "the fourth king", "last king", "네 번째 왕", "마지막 왕".
// A ruler asked by his place in a line — who came after someone, who
// was the first or the last — is answered only by a sentence that says
// that place: "세종 다음에 왕이 된 사람" is not answered by "세종은 네
// 번째 왕이에요", nor "the first king of Goryeo" by "Yi Seong-gye founded
// Joseon after overthrowing Goryeo". A founding answers "the first king of
// X" only when X is what the sentence is about (it begins with X).
var (
	afterRuler  = regexp.MustCompile(`(?i)(다음|뒤를\s?이[은었어]?|뒤에|이후에?|후에)\s?(에\s?)?(왕|임금|왕위|왕이|임금이|누가|누구)|\b(after|succeeded|successor|next (king|queen|ruler))\b`)
	firstRuler  = regexp.MustCompile(`(?i)\b(first|last|final) (king|queen|ruler|emperor|monarch)s? (of|in) (the )?([a-z]+)|([가-힣]+?)의?\s?(첫\s?번째|첫|최초의?|처음|마지막)\s?(왕|임금)`)
	beforeRuler = regexp.MustCompile(`(?i)(전에|이전에?|앞의?|앞에)\s?(왕|임금|왕위|왕이|임금이|누가|누구)|\b(before|preceded|predecessor)\b`)
	saysBefore  = regexp.MustCompile(`(?i)이전|앞서|전의|아버지|\bbefore\b|\bpreced|\bfather\b|\bafter\b`)
	saysAfter   = regexp.MustCompile(`(?i)다음|뒤를\s?이|이어|\bafter\b|\bsucceed|\bnext\b|\bfollow`)
	saysFirst   = regexp.MustCompile(`(?i)첫|처음|최초|마지막|\bfirst\b|\blast\b|\bfinal\b`)
)

func otherInLine(question string, pick []bool, sents []sentence) bool {
	var said []string
	for i, s := range sents {
		if pick[i] {
			said = append(said, s.text)
		}
	}
	ans := strings.Join(said, " ")
	asksRuler := regexp.MustCompile(`(?i)\b(who|king|queen|ruler|throne)\b|왕|임금|누구|누가`).MatchString(question)
	if asksRuler && afterRuler.MatchString(question) && !saysAfter.MatchString(ans) {
		return true
	}
	if asksRuler && beforeRuler.MatchString(question) && !saysBefore.MatchString(ans) {
		return true
	}
	if m := firstRuler.FindStringSubmatch(question); m != nil && !saysFirst.MatchString(ans) {
		x := strings.ToLower(m[5] + m[6])
		first := ""
		if ws := analyze(ans); len(ws) > 0 {
			first = ws[0].key
		}
		return x == "" || !strings.HasPrefix(strings.ToLower(first), x) && !strings.HasPrefix(x, strings.ToLower(first))
	}
	return false
}

// A place relative to someone ("the next king", "세종 다음 왕") is another
// place than the one the answer gives too.
var ordinalRe = regexp.MustCompile(`(?i)\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|previous|following)\s+([a-z]+)|(첫|첫 ?번째|두 ?번째|세 ?번째|네 ?번째|다섯 ?번째|여섯 ?번째|마지막|처음|다음|이전|그 ?다음)\s*([가-힣]+)`)

// otherOrdinal reports whether the question asks for one place in a row
// ("the last king of Joseon") and the answer names another place of the
// same row ("the fourth king of Joseon"): it is about someone else.
func otherOrdinal(question string, pick []bool, sents []sentence) bool {
	norm := func(o string) string { return strings.ReplaceAll(strings.ToLower(o), " ", "") }
	for _, q := range ordinalRe.FindAllStringSubmatch(question, -1) {
		qo, qn := q[1]+q[3], q[2]+q[4]
		for i, s := range sents {
			if !pick[i] {
				continue
			}
			for _, a := range ordinalRe.FindAllStringSubmatch(s.text, -1) {
				ao, an := a[1]+a[3], a[2]+a[4]
				same := strings.HasPrefix(an, qn) || strings.HasPrefix(qn, an) || len([]rune(an)) > 0 && len([]rune(qn)) > 0 && []rune(an)[0] == []rune(qn)[0] && isHangul([]rune(an)[0])
				if same && norm(ao) != norm(qo) {
					return true
				}
			}
		}
	}
	return false
}

// whyAny marks an English question that asks for a reason or a purpose
// ("why did he make hangul?", "how come …"): its answer must give one.
// (Korean 왜 is checked by whyCue only: "왜 색이 파랗게 변해요" is
// answered by the condition, "녹말이 있으면 …".)
var whyAny = regexp.MustCompile(`(?i)\bwhy (do|does|did)\b|\bwhy (?:was|were) (?:so )?(?:many|much|\w+ \w+ (?:made|built|invented|created))\b|\bwhy (is|are) (the |a |an )?[a-z]+( [a-z]+)? (liquid|solid|hot|cold|green|blue|red|thick|thin|hard|soft|so|more|less|[a-z]+er)\b|\bhow come\b|\bwhat (\w+ )?causes\b|\bwhat (\w+ )?makes\b|\bwhat is the reason\b`)

// whyProcess asks the cause of something that happens, again and again
// ("why do plates move apart?", "what makes the plates move?"); "why did
// he …" may be answered by a purpose.
var whyProcess = regexp.MustCompile(`(?i)\bwhy (do|does)\b|\bwhat (\w+ )?causes\b|\bwhat (\w+ )?makes\b`)

// causeOf is what answers q's "why": for why something happens or what
// causes it (whyCue), a cause ("when …", "-면서": an earthquake happens
// when rocks break); otherwise a cause or a purpose ("so …", "그래서").
func causeOf(q string) *regexp.Regexp {
	if howFormed.MatchString(q) {
		return formed
	}
	if whyCue.MatchString(q) || drivesAsk(q) {
		return causal
	}
	return purposeOrCause
}

var whySubject = regexp.MustCompile(`(?i)\b(?:why (?:do|does|did)|what makes|what causes)\s+(?:the\s+|a\s+|an\s+)?([a-z]+)`)

// causal gives a cause, never a consequence: "a tsunami may follow, so
// move to high ground" says what to do about a tsunami, not what causes it.
// (What an expression is said for — ", to thank the cook or the host" —
// is why it is said.)
// (A thing that grows or falls with distance — "greater near the
// epicentre and smaller farther away", "가까울수록 크고" — says why it
// differs from place to place.)
var causal = regexp.MustCompile(`(?i)\bthat is why\b|\bthis is why\b|\bfollows from\b|,\s+to (?:thank|show respect|express)\b|성질을 이용|때문|까닭|이유|원인|면서|므로|니까|\bbecause\b|\bwhen\b|\bcaus|\bdue to\b|\bas a result of\b|울수록|을수록|\b(?:greater|stronger|larger|bigger|higher) near(?:er)?\b|\b(?:smaller|weaker|lower) farther away\b`)

// howFormed asks how something comes to be ("화산은 어떻게 생겨요?",
// "how are volcanoes formed?"): a process, answered by a sentence that
// says how it is made ("마그마가 … 뿜어져 나와 만들어진 지형"), as well as
// by a cause. (The answer still has to be about the thing asked: formed
// is checked like causal, against the question's heaviest word.)
var (
	howFormed = regexp.MustCompile(`(?i)어떻게\s?(생기|생겨|생긴|생겼|만들어지|만들어져|만들어졌|만들어진)|\bhow (is|are|was|were|do|does|did) (an? |the )?[a-z]+( [a-z]+)? (formed|made|created|built)\b|\bhow (do|does|did) (an? |the )?[a-z]+( [a-z]+)? form\b`)
	formed    = regexp.MustCompile(`(?i)\bthat is why\b|\bthis is why\b|때문|까닭|이유|원인|면서|므로|니까|\bbecause\b|\bwhen\b|\bcaus|\bdue to\b|\bas a result of\b|만들어진|만들어져|만들어졌|생긴|생겨|이루어진|\bformed\b|\bbuilt\b|\bmade (by|from|when|of)\b`)
)

func asksWhy(q string) bool {
	return (whyCue.MatchString(q) || whyAny.MatchString(q) || whyDidKo.MatchString(q) || reasonAskKo.MatchString(q) || drivesAsk(q)) && !whatMakesA.MatchString(q)
}

// whyDidKo asks why someone did something ("세종대왕은 왜 한글을
// 만들었어요?", "왜 수도를 옮겼어요?"): as "why did he …", its answer must
// give a reason or a purpose — the dates of hangul's creation give none
// (notes: trial 10). Only a person's acts: "왜 색이 파랗게 변해요" is
// answered by a condition (whyAny); why he is called so is a naming
// question (asksNaming).
var whyDidKo = regexp.MustCompile(`왜\s?(\S+\s){0,3}\S*(만들었|만든\s?거|만드셨|세웠|세운\s?거|옮겼|옮긴\s?거|펴냈|설치했|정벌했|정했|정한\s?거|골랐|고른\s?거|택했|선택했)`)

// whatMakesA asks what makes something a kind of thing ("what makes an
// equation a linear equation", "what exactly makes an equation
// 'linear'?"): a definition, not a cause.
var whatMakesA = regexp.MustCompile(`(?i)\bwhat\s+(?:(?:exactly|really|actually|precisely)\s+)?makes\s+(?:a |an |the |something |it )?\w+(?: \w+)?\s+(?:a\b|an\b|count as\b|qualify as\b|['"‘“])`)

// because is an answer sentence that gives a cause or a purpose (what a
// day celebrates is why it falls on its date): a
// stricter reason, which a "why" question is answered by when the
// sentences picked give none.
var purposeOrCause = regexp.MustCompile(`(?i)\bfollows from\b|,\s+to (?:thank|show respect|express)\b|성질을 이용|때문|면서|까닭|이유|원인|므로|그래서|니까|위해|위한|려고|도록|\b(?:made|built|created|invented|used|designed) to\b|기념|\bcelebrat|\bcommemorat|\bin honou?r of\b|\bbecause\b|\bso\b|\bso that\b|\bthat is why\b|\bin order to\b|\bcaus|\bas a result\b|울수록|을수록|\b(?:greater|stronger|larger|bigger|higher) near(?:er)?\b|\b(?:smaller|weaker|lower) farther away\b`)

// givesReason reports whether the answer to a "why" question gives a
// reason: a picked sentence does, or else a sentence of the section that
// gives a cause about the question's main term — or, in the section the
// glossary names as that term's topic, any sentence that gives one — is
// picked instead (with the sentence before it when it goes on from it:
// "So Sejong created letters …" after why people could not write). The
// dates of hangul's creation do not answer why it was made.
func givesReason(question string, top scored, us []unit, pick []bool, sents []sentence, because *regexp.Regexp) bool {
	// For why something happens, the cause must be given for what the
	// question says happens: "판은 왜 움직이는 거예요?" is not answered by
	// "… 어긋나면서 지진이 일어나요", the cause of earthquakes. That is the
	// question's heaviest unit that is not its topic (판은), a cue, or the
	// word "cause" itself.
	v := -1
	// (In English the subject follows "why do": "why do plates move?")
	subject := ""
	if m := whySubject.FindStringSubmatch(question); m != nil {
		subject = m[1]
	}
	if because == causal || because == formed || whyProcess.MatchString(question) || drivesAsk(question) {
		for j, u := range us {
			w := u.w
			if len(u.span) > 0 {
				w = u.span[len(u.span)-1]
			}
			if u.cue || u.weight <= weakWeight || topicMarked(w) || causal.MatchString(u.text) || subject != "" && strings.EqualFold(u.text, subject) {
				continue
			}
			// (of two as heavy, the one the section has: in "when you
			// move a number to the other side why does the sign flip" the
			// other side, which transposition names, not "a number")
			if v < 0 || u.weight > us[v].weight || u.weight == us[v].weight && top.matched[j] && !top.matched[v] {
				v = j
			}
		}
	}
	drives := drivesAsk(question)
	// (a sentence that opens with "It" or "This" is about what the one
	// before it is about: "Moving a term … and changing its sign is called
	// transposition. It follows from the properties of equality." gives
	// why the sign changes)
	var prev map[string]int
	for i, s := range sents {
		if prev == nil {
			prev = map[string]int{}
		}
		prev[s.text] = i
	}
	gives := func(s sentence) bool {
		if !because.MatchString(s.text) || drives && !movingSays.MatchString(s.text) {
			return false
		}
		if v < 0 || about(s, us, v) {
			return true
		}
		i := prev[s.text]
		return i > 0 && itSubject.MatchString(s.text) && about(sents[i-1], us, v)
	}
	for i, s := range sents {
		if pick[i] && gives(s) {
			return true
		}
	}
	h := heaviest(top, us, nil)
	at := -1
	for i, s := range sents {
		if gives(s) && about(s, us, h) {
			at = i
			break
		}
	}
	if at < 0 && because == purposeOrCause && topicOf(top, us) {
		// (Only for a purpose: what causes a tsunami is not whatever
		// "when …" the tsunami's section says.)
		//
		// The reason must still be about something the question names:
		// "왜 이성계가 조선을 세웠어요?" is not answered by why the capital
		// moved to Hanyang, a reason in the same section that names
		// neither Yi Seong-gye, Joseon nor its founding.
		for i, s := range sents {
			if gives(s) && namesAny(s, us) {
				at = i
				break
			}
		}
	}
	if at < 0 {
		return false
	}
	for k := range pick {
		pick[k] = k == at || k == at-1 && (refersBack(sents[at].text) || continues(sents[at].text))
	}
	if at+1 < len(sents) && continues(sents[at+1].text) && because.MatchString(sents[at+1].text) {
		pick[at+1] = true // "… could not write. So Sejong created letters …"
	}
	return true
}

// namesAny reports whether s contains a unit of the question that is more
// than a cue or a common word.
func namesAny(s sentence, us []unit) bool {
	for j, u := range us {
		if !u.cue && u.weight > weakWeight && about(s, us, j) {
			return true
		}
	}
	return false
}

// (trial 9: "오늘 강수량이 얼마예요?" asks an amount as surely as "얼마나"
// does, and the rain gauge sentence gives none.)
func asksAmount(q string) bool {
	return amountCue.MatchString(q) && !usageCue.MatchString(q) && !asksName.MatchString(q) && !affectsAmount.MatchString(q)
}

// affectsAmount asks what an amount depends on ("which things affect how
// fast photosynthesis goes", "what decides how big a quake is"): the
// factors, not a number.
var affectsAmount = regexp.MustCompile(`(?i)\b(affect|affects|affected|change|changes|decide|decides|determine|determines|control|controls|depend|depends)\s+how (much|many|fast|big|strong|far|deep|hot|often)\b`)

// asksName: the question asks what something is called — "비가 얼마나
// 왔는지 재는 기구 이름" asks for the gauge's name, not an amount.
var asksName = regexp.MustCompile(`(?i)이름|뭐라고\s?(해|하|불러|부르)|\bcalled\b|\bwhat is the name\b|\bname of\b`)

// dated reports whether an answer to a "when" or "how much" question
// gives a date or an amount: a picked sentence has a number, or else a sentence of the section with a
// number and the question's heaviest unit is picked instead.
// reign dates an event by a ruler: "King Sejong …", "under Sejong",
// "세종 때", "세종은 …".
var reign = regexp.MustCompile(`\b(King|Queen) [A-Z][a-z]+\b|\b(under|during the reign of) (King )?[A-Z][a-z]+|[가-힣]+ 때\b|^[가-힣]*(세종|태조|이성계)(은|는|이|가|때)`)

func gives(top scored, us []unit, lang string, pick []bool, sents []sentence, number *regexp.Regexp) bool {
	for i, s := range sents {
		if pick[i] && number.MatchString(s.text) {
			return true
		}
	}
	if number == digits {
		// "when did the border take its shape?" is answered by a reign:
		// "This gave Korea a northern border …" after "King Sejong pushed
		// the northern border outward" (이때 after 세종은 …)
		for i, s := range sents {
			if !pick[i] {
				continue
			}
			if reign.MatchString(s.text) {
				return true
			}
			// (the back reference may lead through a sentence or two of
			// the same account to the one that names the ruler)
			for j := i - 1; j >= 0 && j >= i-3 && refersBack(sents[j+1].text); j-- {
				if reign.MatchString(sents[j].text) {
					pick[j] = true
					return true
				}
			}
		}
	}
	return pickSaying(top, us, pick, sents, number.MatchString)
}

// preferCueSection: a question phrased with a glossary cue of two words or
// more ("what should I do", "어떻게 해야") points at the section that cue
// names; when that section of the same lesson supports the question too,
// it answers instead of one that only shares the topic's words ("what
// should I do if the ground starts shaking" is the earthquake drill, not
// what an earthquake is).
func (r *retriever) preferCueSection(ranked []scored, at int, us []unit) int {
	top := ranked[at]
	for _, u := range us {
		if !u.cue || len(u.span) < 2 {
			continue
		}
		for _, c := range u.concepts {
			if c.lesson != top.d.lesson.ID || c.topic[top.d.sec.ID] {
				continue
			}
			for j := at + 1; j < len(ranked); j++ {
				nx := ranked[j]
				if nx.d.lesson.ID == top.d.lesson.ID && c.topic[nx.d.sec.ID] && supports(nx, us, r.minTopical()) {
					return j
				}
			}
		}
	}
	return at
}

// otherRole reports whether the answer names what the question is about
// only as the object of another verb than the question's: asked "고려는
// 누가 세웠어요?" / "who founded Goryeo?", the answer "조선은 … 이성계가
// 고려를 무너뜨리고 세운 나라예요" / "… founded in 1392 after overthrowing
// Goryeo" has both words, but Goryeo is what was overthrown, not what was
// founded. The question's subject is its topic-marked Korean word (고려는)
// or the English word right after its verb (founded Goryeo); its verb is
// a conjugated Korean word or an English word right after a question word.
func (r *retriever) otherRole(question string, us []unit, pick []bool, sents []sentence) bool {
	qws := analyze(question)
	unitOf := func(w word) int {
		for i, u := range us {
			if u.cue {
				continue
			}
			for _, sw := range u.span {
				if sw.raw == w.raw {
					return i
				}
			}
			if len(u.concepts) == 0 && u.w.raw == w.raw {
				return i
			}
		}
		return -1
	}
	subj, verb := -1, -1
	for k, w := range qws {
		i := unitOf(w)
		if i < 0 {
			continue
		}
		switch {
		case w.hangul && topicMarked(w) && subj < 0:
			subj = i
		case w.hangul && subj < 0 && k+1 < len(qws) && qws[k+1].hangul && qws[k+1].verb && (w.raw == w.key+"을" || w.raw == w.key+"를"):
			// 고려를 세운 왕: what the question's verb is done to
			subj = i
		case w.hangul && w.verb && !particled(w) && k > 0 && us[i].weight > weakWeight:
			verb = i
		case !w.hangul && subj < 0 && k >= 2 && passiveAux[qws[k-1].raw] && passiveWh[qws[k-2].raw] && k+1 < len(qws) && !qws[k+1].hangul && unitOf(qws[k+1]) >= 0:
			// how was Goryeo founded: Goryeo is what the verb after
			// it is done to
			subj, verb = i, unitOf(qws[k+1])
		case !w.hangul && k > 0 && whWord[qws[k-1].raw]:
			verb = i
			if k+1 < len(qws) && !qws[k+1].hangul && unitOf(qws[k+1]) >= 0 {
				subj = unitOf(qws[k+1])
			}
		}
	}
	if subj < 0 || verb < 0 || subj == verb || us[verb].weight <= weakWeight {
		return false
	}
	in := func(i int, w word) bool {
		m, _ := us[i].matchIn(func(f string) bool {
			for _, k := range w.wkeys {
				if k == f {
					return true
				}
			}
			return false
		})
		return m > 0
	}
	for n, sent := range sents {
		if !pick[n] {
			continue
		}
		ws := analyze(sent.text)
		verbAt := func(from, to int) bool {
			for p := max(from, 0); p < min(to, len(ws)); p++ {
				if in(verb, ws[p]) {
					return true
				}
			}
			return false
		}
		adnominalAt := func(from, to int) bool {
			for p := max(from, 0); p < min(to, len(ws)); p++ {
				if in(verb, ws[p]) && adnominal(ws[p]) {
					return true
				}
			}
			return false
		}
		seen, own := false, false
		for p, w := range ws {
			if !in(subj, w) {
				continue
			}
			seen = true
			governed := false
			// 고려를 무너뜨리고 세운: the object of a verb that is not the
			// question's, which comes after it
			//
			// Only when the question's verb there is a relative clause
			// (세운 나라: what it founded is the noun after it). "훈민정음을
			// 만들고 1446년에 널리 알렸어요(반포)" makes and proclaims the
			// same thing: the object is the later verb's too.
			if w.hangul && (w.raw == w.key+"을" || w.raw == w.key+"를") && p+1 < len(ws) {
				next := ws[p+1]
				governed = next.hangul && next.verb && !in(verb, next) && adnominalAt(p+2, len(ws))
			}
			// founded … after overthrowing Goryeo
			if !w.hangul && p > 0 && strings.HasSuffix(ws[p-1].raw, "ing") {
				governed = !in(verb, ws[p-1]) && verbAt(0, p-1)
			}
			own = own || !governed
		}
		if seen && !own {
			return true
		}
	}
	return false
}

// otherEvent reports whether a "when" question names an event by a verb
// the section never uses: asked "조선은 언제 망했어요?" (when did Joseon
// fall), the founding section gives a date — of the founding. A date
// answers a "when" question only for the event the question asks about.
// Only the sentence that asks "when" names the event: in "훈민정음을
// 반포한 해가 몇 년이에요? 자꾸 잊어버려요" the event is the proclamation,
// and forgetting is the student's.
func otherEvent(question string, us []unit, top scored) bool {
	asked := map[string]bool{}
	for _, sent := range splitQuestion(question) {
		if dateCue.MatchString(sent) {
			for _, w := range analyze(sent) {
				asked[w.raw] = true
			}
		}
	}
	for i, u := range us {
		if u.cue || top.matched[i] || len(u.concepts) > 0 || u.weight <= weakWeight || !asked[u.w.raw] {
			continue
		}
		if u.w.hangul && u.w.verb && !particled(u.w) && !copulaOf(u.w, us, top) {
			return true
		}
	}
	return false
}

// copulaOf reports a Korean word that is a noun of the question the
// section has, with the copula ("왕이었는지" after "몇 번째 왕이에요"): a
// state asked about, not another event.
func copulaOf(w word, us []unit, top scored) bool {
	for j, v := range us {
		if !top.matched[j] || !v.w.hangul && len(v.span) == 0 {
			continue
		}
		keys := []string{v.w.key, v.w.stem}
		for _, sw := range v.span {
			keys = append(keys, sw.key, sw.stem)
		}
		for _, k := range keys {
			if k == "" || !strings.HasPrefix(w.raw, k) {
				continue
			}
			rest := w.raw[len(k):]
			for _, c := range []string{"이었", "였", "이에", "인지", "인가", "이야", "이라"} {
				if strings.HasPrefix(rest, c) {
					return true
				}
			}
		}
	}
	return false
}

// splitQuestion splits a student's message at its question and
// exclamation marks and full stops.
func splitQuestion(q string) []string {
	return strings.FieldsFunc(q, func(r rune) bool { return r == '?' || r == '!' || r == '.' || r == '？' })
}

var whWord = setOf("who", "what", "which", "whom")

// noneKo and noneEn find a lesson term said not to be there ("해가 없는
// 방정식", "an equation with no solution", "has no roots").
var (
	noneKo = regexp.MustCompile(`(\p{Hangul}+)[이가]\s*없(는|다|어|나|을|으)`)
	noneEn = regexp.MustCompile(`(?i)\b(?:ha(?:s|ve|d)|there(?:'s| is| are)|with|get|gets)\s+no\s+([a-z]+)`)
	negRe  = regexp.MustCompile(`(?i)없|않|아니|못|\bno\b|\bnot\b|\bnever\b|\bnone\b|\bwithout\b|n't\b|\bcannot\b`)
)

// asksNone reports a question that asks about a lesson term being absent
// ("0x = 3처럼 해가 없는 방정식도 있어요?", "can an equation have no
// solution?"): a passage that only says what the term is does not answer
// it; one that says when there is none does (see saysNone). A quoted
// sentence is left alone (its meaning is what is asked).
func (r *retriever) asksNone(question string) bool {
	if quotedRe.MatchString(question) {
		return false
	}
	for _, m := range noneKo.FindAllStringSubmatch(question, -1) {
		if len(r.findConcepts(analyze(m[1]+"가"), "")) > 0 || len(r.findConcepts(analyze(m[1]), "")) > 0 {
			return true
		}
	}
	for _, m := range noneEn.FindAllStringSubmatch(question, -1) {
		if len(r.findConcepts(analyze(m[1]), "")) > 0 {
			return true
		}
	}
	return false
}

// saysNone reports whether the picked sentences say that something is
// not there or does not happen.
func saysNone(pick []bool, sents []sentence) bool {
	for i, s := range sents {
		if pick[i] && negRe.MatchString(s.text) {
			return true
		}
	}
	return false
}

// makerKo and makerEn ask who made, found or named something ("규모는
// 누가 처음 만들었어요?", "who invented the rain gauge?").
var (
	makerKo = regexp.MustCompile(`누가\s*(맨\s*)?(처음|최초로|먼저|처음으로)?\s*(만들|만든|발명|발견|세웠|세운|세우|창제|지었|지은|개발|고안|정했|정한|생각해|이름)`)
	makerEn = regexp.MustCompile(`(?i)\bwho\s+(first\s+|originally\s+|actually\s+)?(made|make|makes|invented|invents|invent|created|creates|create|discovered|discover|founded|develop|developed|came up with|come up with|devised|designed|built|named|thought (up|of))\b`)
	madeRe  = regexp.MustCompile(`(?i)만들|만든|발명|발견|세웠|세운|세우|창제|지었|지은|개발|고안|\b(made|make|invent\w*|creat\w*|discover\w*|found(ed|er|ing)?|develop\w*|devis\w*|design\w*|buil[td]\w*|named)\b`)
)

// asksMaker reports a question that asks who made something: the answer
// must tell a making (a person made, founded, invented it), not only what
// the thing is — the magnitude section says what magnitude measures, not
// who devised the scale.
func asksMaker(q string) bool { return makerKo.MatchString(q) || makerEn.MatchString(q) }

// madeWhatKo and madeWhatEn ask what someone made ("세종대왕이 뭐
// 만들었어?", "세종이 만든 게 뭐야?", "what did King Sejong make?"): the
// answer must tell a making — a new user's trial got Sejong's reign
// instead of 훈민정음.
var (
	madeWhatKo = regexp.MustCompile(`(?:뭐|뭘|무엇을|무엇|무슨\s*\S+)\s*(?:을|를)?\s*(?:만들|만드|발명|창제|지었|펴냈|펴낸)|(?:만든|만들었던|발명한|펴낸)\s*(?:게|거|것|건|것은|것이)\s*(?:뭐|무엇|뭔)`)
	madeWhatEn = regexp.MustCompile(`(?i)\bwhat\s+(?:did|does|do|has|have)\s+.{1,40}?\s(?:make|invent|create|build|design)\b|\bwhat\s+(?:was|were|is)\s+.{1,30}?\s(?:made|invented|created|built)\s+by\b`)
)

// asksMadeWhat reports a question that asks what someone made.
func asksMadeWhat(q string) bool { return madeWhatKo.MatchString(q) || madeWhatEn.MatchString(q) }

// saysMade reports whether a picked sentence tells of a making.
func saysMade(pick []bool, sents []sentence) bool {
	for i, s := range sents {
		if pick[i] && madeRe.MatchString(s.text) {
			return true
		}
	}
	return false
}

// nowadaysRe asks what something is today ("what city is Gaegyeong
// today?", "한양은 지금의 어디예요?"); nowRe finds a sentence that says it.
var (
	nowadaysRe = regexp.MustCompile(`(?i)\b(today|nowadays|these days|present[- ]day|modern[- ]day)\s*[?.!]*\s*$|\b(called|named|known as) today\b|\bpresent[- ]day\b|\bmodern[- ]day\b|오늘날|지금의|현재의|지금은\s*(어디|무슨|뭐|어느)|현재는\s*(어디|무슨|뭐|어느)`)
	nowRe      = regexp.MustCompile(`(?i)\b(today|today's|nowadays|now|modern|present|still)\b|오늘날|지금|현재|아직`)
)

// asksNowadays reports a question about what a thing of the past is
// today; a quoted sentence is left alone (its tense is what is asked).
func asksNowadays(q string) bool {
	for _, sent := range splitQuestion(q) {
		if !quotedRe.MatchString(sent) && nowadaysRe.MatchString(strings.TrimSpace(sent)) {
			return true
		}
	}
	return false
}

// saysNowadays reports whether a picked sentence speaks of today.
func saysNowadays(pick []bool, sents []sentence) bool {
	for i, s := range sents {
		if pick[i] && nowRe.MatchString(s.text) {
			return true
		}
	}
	return false
}

// styleRe: how the student wants the answer put ("in plain words", "like
// I'm five", "meaning-wise", "쉬운 말로"), and "in the first place" —
// never what the question is about, and words no lesson uses, so they
// read as an unknown topic ("place" is a glossary word of its own).
var styleRe = regexp.MustCompile(`(?i)\bin\s+the\s+first\s+place\b|\b(in|using|with|into)\s+(plain|simple|simpler|easy|easier|basic|everyday|normal|layman'?s?|laymen'?s|kid|human|other|few|short|my own|your own)\s+(words?|terms?|english|language)\b|\bin\s+a\s+nutshell\b|\blike\s+(i'?m|i\s+am|im)\s+(five|5|ten|10|a\s+(kid|child|baby|beginner|\d+\s*year\s*old))\b|\b[a-z]+-wise\b|\bfor\s+(a\s+)?(total\s+)?(beginners?|dummies|kids?|a\s+kid)\b|쉬운\s*말로\s*(하면)?|쉽게\s*말해서|쉽게\s*말하면|간단히\s*말해서|간단히\s*말하면|한\s*마디로\s*말하면`)

// termsOf reports whether a section has a glossary term of its own lesson
// that the question names. A section that shares only a word with the
// question ("equation" in photosynthesis's word equation), while the term
// the question names is another lesson's, is no second answer to it.
func termsOf(s scored, us []unit) bool {
	for i, u := range us {
		if !s.matched[i] || u.cue {
			continue
		}
		for _, c := range u.concepts {
			if c.lesson == s.d.lesson.ID {
				return true
			}
		}
	}
	return false
}

// A forecast asks what the weather will be at a time to come ("내일 서울
// 비 와요?", "is it going to rain this weekend"): the lessons tell what
// happened or what always happens, so only a sentence that names that
// time could answer it — the rain gauge of Sejong's time shares the rain,
// not the question. A time to come said only as the student's context
// ("시험 내일임", "we have a lab tomorrow") is no forecast: the weather
// must be asked.
var (
	futureTime = regexp.MustCompile(`(?i)내일|모레|주말|다음\s?주|다음\s?달|내년|오늘|이따가?|tomorrow|weekend|next (week|month|year)|tonight|today|later today`)
	weatherAsk = regexp.MustCompile(`(?i)날씨|일기\s?예보|비\s?(가\s?)?(와|올|오|온|내리)|눈\s?(이\s?)?(와|올|오|온|내리)|태풍|맑|흐려|흐릴|춥|더울|더워|\b(rain|raining|snow|snowing|weather|forecast|sunny|cloudy|storm|stormy|typhoon|windy|cold|hot)\b`)
)

func asksForecast(q string) bool { return futureTime.MatchString(q) && weatherAsk.MatchString(q) }

// saysWhen reports whether a picked sentence names a time of re.
func saysWhen(pick []bool, sents []sentence, re *regexp.Regexp) bool {
	for i, s := range sents {
		if pick[i] && re.MatchString(s.text) {
			return true
		}
	}
	return false
}

// mechanismCue asks how one thing brings about another ("how does an
// earthquake under the sea create a tsunami?", "how do volcanoes form?"):
// a cause, the way "why does it happen" asks one. What to do about a
// tsunami, however much it shares the words, does not say how it comes.
// "how do I …", "how can we …" ask a way to act, and are not it.
var (
	mechanismCue = regexp.MustCompile(`(?i)\bhow (?:do|does|did|can|could|would|will) (?:an? |the )?(?:[a-z'-]+ ){0,6}?(?:creates?|created|causes?|caused|triggers?|triggered|generates?|generated|forms?|formed|starts?)\b`)
	actorAsk     = regexp.MustCompile(`(?i)\bhow (?:do|does|did|can|could|would|will) (?:i|you|we|they|people|someone|one|my|your)\b`)
)

var mechanismVerb = regexp.MustCompile(`(?i)^(creat|caus|trigger|generat|form|start)`)

func asksMechanism(q string) bool {
	return mechanismCue.MatchString(q) && !actorAsk.MatchString(q) || asksMakeMechanism(q)
}

// formedBy: "how does the present perfect form?" asks how a thing is made
// as much as what brings it about, and "The present perfect is formed with
// have or has …" answers it (howFormed; a new user's trial got "not
// covered" with "How do I form the present perfect?" as a suggestion).
func formedBy(q string, d scored, us []unit, pick []bool, sents []sentence) bool {
	return howFormed.MatchString(q) && givesReason(q, d, us, pick, sents, formed)
}

// imperative is a sentence that tells what to do ("get under a sturdy
// table", "move to high ground quickly"): it may share a cause's "when"
// ("When the shaking stops, turn off the gas") without giving one.
var imperative = regexp.MustCompile(`(?i)(^|[,;]\s*|\bso\s+)(get|hold|use|turn|move|keep|go|stay|open|protect|take|leave|run|drop|cover|call|check|say|put|write|try)\b`)

// givesCause reports whether the answer to a "how does it come about"
// question gives a cause that is not an instruction: a picked sentence
// does, or else a sentence of the section that gives one about the
// question's heaviest matched term is picked instead ("how do earthquakes
// start?" is answered by "An earthquake happens when rocks … break", not
// by where its focus is).
func givesCause(top scored, us []unit, pick []bool, sents []sentence) bool {
	ok := func(s sentence) bool {
		return (causal.MatchString(s.text) || meansSays.MatchString(s.text)) && !imperative.MatchString(s.text)
	}
	for i, s := range sents {
		if pick[i] && ok(s) {
			return true
		}
	}
	// (the thing that comes about, not the verb that asks how: "form")
	h := heaviest(top, us, func(u unit) bool { return mechanismVerb.MatchString(u.text) })
	for i, s := range sents {
		if h >= 0 && ok(s) && about(s, us, h) {
			for k := range pick {
				pick[k] = k == i
			}
			return true
		}
	}
	// (how a thing was made: the sentence that tells what it was made
	// with or after — "the consonants were shaped after the speech
	// organs" — names the letters it makes by a word of its own)
	for i, s := range sents {
		if h >= 0 && meansSays.MatchString(s.text) && !imperative.MatchString(s.text) {
			for k := range pick {
				pick[k] = k == i
			}
			return true
		}
	}
	return false
}

// whatDoesRe asks what a thing does ("what do guard cells do around the
// stomata?"): the thing is what is asked about, all of it. A sentence
// about the cells of a leaf does not say what guard cells do.
var whatDoesRe = regexp.MustCompile(`(?i)\bwhat (?:do|does|did) (?:the |a |an |these |those )?((?:[a-z'-]+ ){0,3}?[a-z'-]+) do\b`)

// namesWhatDoes reports whether the picked sentences name every word of
// the thing a "what does X do" question asks about (true when the
// question asks no such thing).
func namesWhatDoes(question string, pick []bool, sents []sentence) bool {
	m := whatDoesRe.FindStringSubmatch(question)
	if m == nil {
		return true
	}
	said := map[string]bool{}
	for i, s := range sents {
		if !pick[i] {
			continue
		}
		for _, w := range analyze(s.text) {
			said[w.key] = true
			for _, a := range w.alts {
				said[a] = true
			}
		}
	}
	for _, w := range analyze(m[1]) {
		if w.stop || w.weak || len(w.key) < 3 {
			continue
		}
		if !said[w.key] {
			return false
		}
	}
	return true
}

// foreignUnknown reports a Korean question that asks about English words
// the section answered from does not use ("write 과거분사가 뭐예요 written?"): the words quoted
// from another language are what is asked, and an answer about the
// grammar they stand in (how the present perfect is formed) does not say
// them.
//
// An English question that quotes Korean words ("When do I use 개 and
// when 명?") is put in common English words the section need not use —
// the Korean words are what it asks about.
func (r *retriever) foreignUnknown(question string, d *doc) bool {
	if !strings.ContainsFunc(question, isHangul) {
		return false
	}
	ws := analyze(question)
	lang := ""
	if englishAsking(question) {
		lang = "en"
	}
	r.correctTypos(ws) // (a misspelt lesson word is that word)
	// An English word the glossary ties to this very section ("meal" for
	// the section where 잘 먹겠습니다 is taught, which says "eating") is
	// the section's concept in the student's words, not a foreign term it
	// lacks (issue 19: "Is 잘 먹었습니다 said before or after the meal?").
	linked := map[int]bool{}
	for _, h := range r.findConcepts(ws, "") {
		if h.c.lesson == d.lesson.ID && slices.Contains(h.c.term.Sections, d.sec.ID) {
			for k := h.start; k < h.start+h.n; k++ {
				linked[k] = true
			}
		}
	}
	for i, w := range ws {
		if w.hangul || w.stop || len(w.raw) < 3 || !isLatinWord(w.raw) || lang == "en" && w.weak || linked[i] {
			continue
		}
		known := false
		for _, k := range w.wkeys {
			known = known || d.tf[k] > 0
		}
		if !known {
			return true
		}
	}
	return false
}

func isLatinWord(s string) bool {
	for _, c := range s {
		if (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}

// A naming question asks why something is called what it is ("why do
// Koreans call him Sejong the Great?", "왜 세종대왕이라고 불러요?"): the
// answer says it is so called.
var (
	namingCue = regexp.MustCompile(`(?i)\bwhy (?:do|does|did) (?:\w+ ){0,3}call\b|\bwhy (?:is|was|are|were) (?:\w+ ){0,4}(?:called|named|known as)\b|왜.*라고\s?(?:불러|부르|불려|부른|불리|해요|하나요|하죠|하는|했)|라고\s?(?:불러|부르|불려|부른|불리|하는|한)\S*\s?(?:거|이유|까닭)`)
	naming    = regexp.MustCompile(`(?i)\bcalled\b|\bnamed\b|\bknown as\b|\bcall\b|불려|부르|불러|이라고 해|라고 해`)
)

func asksNaming(q string) bool { return namingCue.MatchString(q) && !formContrast(q) }

// givesNaming reports whether a picked sentence says what the thing is
// called, or else picks the section's sentence that does about the
// question's heaviest matched term ("… 그래서 '세종대왕'이라고 불려요").
func givesNaming(top scored, us []unit, pick []bool, sents []sentence) bool {
	if saysWhen(pick, sents, naming) {
		return true
	}
	h := heaviest(top, us, nil)
	for i, s := range sents {
		if naming.MatchString(s.text) && about(s, us, h) {
			for k := range pick {
				pick[k] = k == i || k == i-1 && refersBack(s.text)
			}
			return true
		}
	}
	return false
}

// givesNowadays reports whether a picked sentence speaks of today, or
// else picks the section's sentence that does about the question's
// heaviest matched term ("how many letters does the alphabet use today":
// "… 28 letters …; today 24 are used", not the year it was made).
func givesNowadays(top scored, us []unit, pick []bool, sents []sentence) bool {
	if saysNowadays(pick, sents) {
		return true
	}
	return pickSaying(top, us, pick, sents, nowRe.MatchString)
}

// whatHappensTo asks what becomes of a thing ("what happens to the glucose
// after the plant makes it?"): the answer is a sentence about that thing —
// it is its subject — not one that names it in passing (photosynthesis
// makes food (glucose)).
var whatHappensTo = regexp.MustCompile(`(?i)\bwhat happens to (?:the |a |an |all (?:the )?|this |that |its |his |her |their |my |your |our )?([a-z]+)`)

// tellsFate reports whether a picked sentence has the thing a "what happens
// to X" question asks about among its first words, or else picks the
// section's first sentence that does (true when the question asks no such
// thing).
func tellsFate(question string, pick []bool, sents []sentence, strict bool) bool {
	m := whatHappensTo.FindStringSubmatch(question)
	if m == nil {
		return true
	}
	x := analyze(m[1])
	if len(x) == 0 {
		return true
	}
	subject := func(s sentence) bool {
		n := 0
		for _, w := range analyze(s.text) {
			if w.stop {
				continue
			}
			if w.key == x[0].key {
				return true
			}
			if n++; n >= 2 {
				break
			}
		}
		return false
	}
	for i, s := range sents {
		if pick[i] && subject(s) {
			return true
		}
	}
	for i, s := range sents {
		if subject(s) {
			for k := range pick {
				pick[k] = k == i || k == i+1 && continues(sents[i+1].text)
			}
			return true
		}
	}
	if !strict {
		for i, s := range sents {
			for _, w := range analyze(s.text) {
				if pick[i] && w.key == x[0].key {
					return true
				}
			}
		}
	}
	return false
}

// heaviest is the index of the heaviest unit of us the top section
// matched — the term the question is most about — leaving out cues and
// any unit skip rules out (nil: none); -1 when there is none.
func heaviest(top scored, us []unit, skip func(unit) bool) int {
	h := -1
	for k, u := range us {
		if !u.cue && top.matched[k] && (skip == nil || !skip(u)) && (h < 0 || u.weight > us[h].weight) {
			h = k
		}
	}
	return h
}

// pickSaying picks, alone, the first sentence that says what the question
// asks for (says) about the term it is most about (heaviest); false when
// no sentence of the section does.
func pickSaying(top scored, us []unit, pick []bool, sents []sentence, says func(string) bool) bool {
	h := heaviest(top, us, nil)
	for i, s := range sents {
		if says(s.text) && about(s, us, h) {
			for k := range pick {
				pick[k] = k == i
			}
			return true
		}
	}
	return false
}

// ageAsk asks how old someone was; ageSays gives an age. "How old was
// Sejong when he became king?" is not answered by the years he reigned.
// (An age problem, "나이 문제", is a kind of word problem: not this.)
var (
	ageAsk  = regexp.MustCompile(`(?i)\bhow old\b|\bwhat age\b|\bat what age\b|몇\s?살|몇\s?세(?:에|때|였|의|이)|나이(?:가|는)?\s?(?:몇|얼마|어떻게)`)
	ageSays = regexp.MustCompile(`(?i)\b\d+\s*(?:years? old|-year-old)\b|\bat (?:the )?age\b|\baged\b|\d+\s?(?:살|세)(?:에|때|였|의|이|로|\b)|나이`)
)

func asksAge(q string) bool { return ageAsk.MatchString(q) }

// laterAsk asks what became of someone afterwards ("장영실은 나중에 어떻게
// 됐어요?", "what happened to him later?"); laterSays tells of a later
// time or an end. A section that tells what he did is no answer. ("How
// did Korea end up with its border" asks how it came about: not this.)
var (
	laterAsk  = regexp.MustCompile(`(?i)(?:나중에|그\s?후에?|그\s?뒤에?|이후에?|말년에?|마지막에?|결국)\s*(?:은|는)?\s*어떻게\s*(?:됐|되었|되나|돼|된)|\bwhat (?:happened|became) (?:to|of) (?:[\w'-]+ ){1,4}(?:later|afterwards|after that|in the end)\b|\bwhat became of\b`)
	laterSays = regexp.MustCompile(`(?i)나중|이후|그 뒤|말년|죽|세상을 떠|쫓겨|물러|\blater\b|\bafterwards\b|\bdied\b|\bdeath\b|\bin the end\b|\bexiled\b`)
)

func asksLater(q string) bool { return laterAsk.MatchString(q) }

// guessUnknown reports a question that ends in a guess of one word no
// lesson or glossary names, set apart as a question of its own ("…
// 어디에서 일어나요? 미토콘드리아?", "… where does it happen? the
// mitochondria?").
func (r *retriever) guessUnknown(question string) bool {
	parts := sentenceRe.FindAllString(question, -1)
	for k := 1; k < len(parts); k++ {
		p := strings.TrimSpace(parts[k])
		if k < len(parts)-1 && !strings.HasSuffix(p, "?") && !strings.HasSuffix(p, "？") {
			continue // "have + p.p. 맞나?": a form cut at its dots
		}
		ws := analyze(p)
		var kept []word
		for _, w := range ws {
			if !w.stop {
				kept = append(kept, w)
			}
		}
		if len(kept) != 1 || kept[0].weak || kept[0].verb || len([]rune(kept[0].raw)) < 3 {
			continue
		}
		if us := r.units(p); len(us) == 1 && us[0].unknown {
			return true
		}
	}
	return false
}
