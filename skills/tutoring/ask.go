package tutoring

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
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
	Confidence  float64      `json:"confidence"` // the cited section's coverage of the question, 0–1
	Message     string       `json:"message,omitempty"`
	Suggestions []Suggestion `json:"suggestions,omitempty"`
}

// minCoverage is the weighted share of a question a section must contain
// for the tutor to answer from it; below it the honest reply is "not
// covered". TestRetrievalCalibration measures it on paraphrased,
// cross-language and off-syllabus questions.
const minCoverage = 0.6

// minTopical is the weight a section must match in at least one unit: a
// section that shares only common words with a question does not answer it.
const minTopical = 1.0

// DetectLang is "en" for a question written mostly in Latin letters and
// "ko" otherwise ("What does 안녕하세요 mean?" is English).
func DetectLang(s string) string {
	hangul, latin := 0, 0
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

// definitional cues: "X가 뭐야?", "X란?", "what is X", "define X".
var defCue = regexp.MustCompile(`(?i)(뭐야|뭐예요|뭐에요|뭔가요|뭔지|무엇인가요|무엇이에요|무엇|뜻|정의|이란|^\S+란|what\s+(is|are|does)|define|meaning)`)

// Ask retrieves the answer to question from the lessons, optionally within
// one lesson, in lang ("ko", "en", or "" for the question's language).
func (lib *Library) Ask(question, lessonID, lang string) Grounded {
	if lang != "ko" && lang != "en" {
		lang = DetectLang(question)
	}
	r := lib.index
	us := r.units(question)
	ranked := r.rank(us, lessonID)
	out := Grounded{Lang: lang, Citations: []Citation{}}
	if len(ranked) == 0 || !supports(ranked[0], us) {
		if len(ranked) > 0 {
			out.Confidence = round2(ranked[0].coverage)
		}
		out.Message = tr(lang, "수업 자료에서 이 질문에 대한 내용을 찾지 못했어요. 지어내서 답하지 않을게요. 이런 질문은 어때요?",
			"The lessons don't cover this, so I won't make up an answer. Here is what I can teach:")
		out.Suggestions = lib.suggestFor(ranked, lessonID, lang)
		return out
	}
	top := ranked[0]
	def := defCue.MatchString(question)
	pick, sents := r.bestSentences(top.d, us, lang, def)
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
	// A second section that supports the question as well (광합성과 호흡)
	// is cited with its own quote.
	if len(ranked) > 1 {
		nx := ranked[1]
		if supports(nx, us) && nx.score*nx.coverage >= 0.8*top.score*top.coverage {
			p2, s2 := r.bestSentences(nx.d, us, lang, def)
			var q []string
			for i, x := range s2 {
				if p2[i] {
					q = append(q, x.text)
				}
			}
			out.Citations = append(out.Citations, Citation{LessonID: nx.d.lesson.ID, LessonTitle: nx.d.lesson.TitleIn(lang),
				SectionID: nx.d.sec.ID, SectionTitle: nx.d.sec.TitleIn(lang), Quote: strings.Join(q, " ")})
		}
	}
	return out
}

// supports reports whether a ranked section can answer the question: it
// covers enough of it, including at least one topical unit.
func supports(s scored, us []unit) bool {
	if s.coverage < minCoverage {
		return false
	}
	for i, u := range us {
		if s.matched[i] && u.weight >= minTopical {
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
// "Science (Middle school) · Photosynthesis § Where photosynthesis happens".
func sourceLine(s *Source, lang string) string {
	if lang == "en" {
		return s.Subject + " (" + s.Level + ") · " + s.LessonTitle + " § " + s.SectionTitle
	}
	return s.Level + " " + s.Subject + " · " + s.LessonTitle + " § " + s.SectionTitle
}

// bestSentences picks the one or two sentences of d (in lang) that answer
// the question: the sentence with the most of the question's weight, and
// a second one when it carries nearly as much or when the first is too
// short to stand alone. A definition-like question prefers the first
// sentence, which in every lesson section says what its subject is.
func (r *retriever) bestSentences(d *doc, us []unit, lang string, def bool) ([]bool, []sentence) {
	sents := d.sents[lang]
	pick := make([]bool, len(sents))
	if len(sents) == 0 {
		return pick, sents
	}
	scores := make([]float64, len(sents))
	for i, s := range sents {
		for _, u := range us {
			m, _ := u.matchIn(func(f string) bool { return s.feats[f] })
			scores[i] += m * u.weight
		}
		if i == 0 {
			scores[i] += 0.25
			if def {
				scores[i] += 1.0
			}
		}
	}
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return scores[order[a]] > scores[order[b]] })
	best := order[0]
	pick[best] = true
	short := 45
	if lang == "en" {
		short = 80
	}
	switch {
	case len(order) > 1 && scores[order[1]] >= 0.7*scores[best] && scores[order[1]] > 0.5:
		pick[order[1]] = true
	case len([]rune(sents[best].text)) < short && best+1 < len(sents):
		pick[best+1] = true
	}
	return pick, sents
}

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
