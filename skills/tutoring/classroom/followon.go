package classroom

import (
	"regexp"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills/tutoring"
)

// A new user's trial (notes: trial 8): "can you give me an example?" right
// after an answer on the present perfect, and "and whats the more casual
// version?" after one on greetings, read "our lessons don't cover that":
// asked alone they name no topic. A follow-up that names no topic of its
// own is about the section last answered from.

// Slots: the lesson and section of the last covered answer.
const (
	slotLesson  = "@ask_lesson"
	slotSection = "@ask_section"
)

var (
	// followCueRe: words of a follow-up on the last answer ("why did he
	// make it?" after the answer on hunminjeongeum: notes, trial 10).
	followCueRe = regexp.MustCompile(`(?i)\bwhat\s+else\s+(?:did|does|do|was|is|can)\b|\b(?:examples?|instance|casual|informal|formal|polite|version|another\s+way|other\s+way|in\s+other\s+words|what\s+about|how\s+about|and\s+(?:what|how|why|when|is|can|do)|so\s+(?:what|how|why)|then\s+(?:what|how|why))\b|^\s*(?:and|so|then|but)\b|\b(?:why|how|when|where)\s+(?:did|does|do|was|is|were|are)\s+(?:he|she|it|they)\b|(?:그걸|그것을|이걸|그분은|그\s?왕은)\s?왜|\S\s?말고\s|^\s*(?:no|nah)?[\s,.]*not\s+(?:the\s+)?\w+(?:\s\w+)?[\s,;]+(?:but\s+|i\s+mean\s+)?(?:when|why|how|what|where|who)\b|예시|예를|예문|보기|반말|편하게|친한|존댓말|높임말|공손|다른\s*말|다른\s*표현|그럼|그러면|그리고|그건|그거는|그건요`)
	// correctionRe sets aside what was answered and asks something else
	// about it: "아니 형태 말고 언제 쓰는지요", "no, not the form, when is
	// it used?" (the last group is what is asked).
	correctionRe = regexp.MustCompile(`(?i)^\s*(?:아니(?:요|오)?|아뇨)?[\s,.]*(\S+(?:\s\S+)?)\s?말고[\s,]+(.+)$|^\s*(?:no|nah)?[\s,.]*not\s+(?:the\s+)?(\w+(?:\s\w+)?)[\s,;]+(?:but\s+|i\s+mean\s+)?((?:when|why|how|what|where|who)\b.+)$`)
	// exampleAskRe asks for an example.
	exampleAskRe = regexp.MustCompile(`(?i)\bexamples?\b|\bfor\s+instance\b|예시|예를|예문|보기`)
)

// rememberSection keeps the lesson and section of a covered answer.
func rememberSection(t *embedded.Turn, g tutoring.Grounded) {
	if g.Covered && g.Source != nil {
		t.Set(slotLesson, g.Source.LessonID)
		t.Set(slotSection, g.Source.SectionID)
		return
	}
	t.Set(slotLesson, "")
	t.Set(slotSection, "")
}

// followOn answers a follow-up that names no topic of its own from the
// section last answered from: an example asked for is the section's own
// example sentence; anything else is asked again within that section.
// ok is false when there was no such answer, the text names a topic of
// its own (the lessons answer it alone), or it is no follow-up.
func followOn(t *embedded.Turn, p float64) (agents.Step, bool) {
	text := t.Text()
	lessonID, sectionID := t.Slot(slotLesson), t.Slot(slotSection)
	if t.Slot(slotAsked) == "" || lessonID == "" || !followCueRe.MatchString(text) || len(strings.Fields(text)) > 12 || namesRequest(text) && !casualAskRe.MatchString(text) {
		return agents.Step{}, false
	}
	if _, _, ok := soloSeq(t); ok || quizRunning(t) {
		return agents.Step{}, false
	}
	lib, err := tutoring.LoadLibrary()
	if err != nil {
		return agents.Step{}, false
	}
	if casualAskRe.MatchString(text) {
		// (before the lessons are asked it alone: "a more casual way to
		// say it" reads, to them, as the section's casual sentences)
		if body, ok := sectionBody(lib, lessonID, sectionID, t.Lang()); ok {
			return casualForm(t, text, body, p), true
		}
	}
	l, ok := lib.Lesson(lessonID)
	if !ok {
		return agents.Step{}, false
	}
	if m := correctionRe.FindStringSubmatch(text); m != nil {
		// "아니 형태 말고 언제 쓰는지요" after the form's answer: what is
		// asked is the rest, about the same lesson — asked with the
		// lesson's title, never the section's just answered from (its
		// title names the form the student set aside) (notes: trial 10)
		rest := strings.TrimSpace(m[len(m)-1])
		if rest == "" {
			rest = strings.TrimSpace(m[2])
		}
		// (the title's topic: "영어 문법: 현재완료" is about 현재완료)
		title := l.TitleIn(t.Lang())
		if i := strings.LastIndex(title, ": "); i >= 0 {
			title = title[i+2:]
		}
		q := rest + " " + title
		if g := lib.Ask(q, lessonID, t.Lang()); g.Covered {
			t.Start(intentAsk)
			t.Understood(intentAsk, max(p, minP), map[string]string{"question": q, "lesson_id": lessonID, "lang": t.Lang()})
			return agents.Step{Call: call(intentAsk, map[string]any{"question": q, "lesson_id": lessonID, "lang": t.Lang()})}, true
		}
		return agents.Step{}, false
	}
	if g := lib.Ask(text, "", t.Lang()); g.Covered {
		return agents.Step{}, false // a question of its own
	}
	var sec *tutoring.Section
	for i := range l.Sections {
		if l.Sections[i].ID == sectionID {
			sec = &l.Sections[i]
		}
	}
	if sec == nil {
		return agents.Step{}, false
	}
	body, title := sec.Text, sec.Title
	if t.Lang() == "en" && sec.TextEn != "" {
		body, title = sec.TextEn, sec.TitleEn
	}
	if exampleAskRe.MatchString(text) {
		for _, s := range sentences(body) {
			for _, w := range exampleWords {
				if strings.Contains(s, w) {
					t.Understood(intentAsk, max(p, minP), map[string]string{"question": text, "lang": t.Lang()})
					say := s
					if src := t.Slot(slotMoreSrc); src != "" {
						say += t.Ko(" (출처: "+src+")", " (Source: "+src+")")
					}
					return agents.Step{Say: say}, true
				}
			}
		}
	}
	if g := lib.Ask(text+" "+title, lessonID, t.Lang()); !g.Covered {
		return agents.Step{}, false
	}
	q := text + " " + title
	t.Start(intentAsk)
	t.Understood(intentAsk, max(p, minP), map[string]string{"question": q, "lesson_id": lessonID, "lang": t.Lang()})
	return agents.Step{Call: call(intentAsk, map[string]any{"question": q, "lesson_id": lessonID, "lang": t.Lang()})}, true
}

// A new user's trial (notes: trial 9): "is there a more casual way to say
// it?" after "thank you" read the whole greetings section (the follow-up
// was asked again with the section's title, which every sentence of it
// matches). A more casual way to say what was just answered is the
// section's own casual form of it — a casual sentence that goes with the
// answer (it, or the one or two sentences after it) — or, when the lesson
// has none, said not to be covered.
var (
	// casualAskRe asks for a more casual way of saying something.
	casualAskRe = regexp.MustCompile(`(?i)\b(?:casual|casually|informal|informally|less\s+formal|less\s+polite|friendlier|(?:with|to|among)\s+(?:a\s+|my\s+)?(?:close\s+)?friends?)\b|반말|편하게|편한|친한|친구(?:한테|에게|끼리)`)
	// casualSaysRe: a lesson sentence giving a casual form.
	casualSaysRe = regexp.MustCompile(`(?i)\b(?:casual|informal|close\s+friends?|among\s+friends)\b|반말|편하게|친한\s*친구|친구(?:한테|에게|끼리)`)
)

// casualForm answers a request for a more casual way of saying the last
// answer from its section's text (body).
func casualForm(t *embedded.Turn, text, body string, p float64) agents.Step {
	t.Understood(intentAsk, max(p, minP), map[string]string{"question": text, "lang": t.Lang()})
	ss := sentences(body)
	// What is to be said more casually: the lesson's expressions the
	// text names ("감사합니다 말고"), else the answer just given.
	said := map[string]bool{}
	lower := strings.ToLower(text)
	for _, s := range ss {
		for _, m := range quotedRe.FindAllStringSubmatch(s, -1) {
			if e := strings.ToLower(strings.TrimSpace(m[1] + m[2])); len([]rune(e)) >= 2 && strings.Contains(lower, e) {
				said[s] = true
			}
		}
	}
	if len(said) == 0 {
		for _, s := range sentences(t.Slot(slotAnswer)) {
			said[s] = true
		}
	}
	for i, s := range ss {
		if !casualSaysRe.MatchString(s) {
			continue
		}
		for j := max(0, i-2); j <= i; j++ {
			if said[ss[j]] {
				say := s
				if src := t.Slot(slotMoreSrc); src != "" {
					say += t.Ko(" (출처: "+src+")", " (Source: "+src+")")
				}
				return agents.Step{Say: say}
			}
		}
	}
	return agents.Step{Say: t.Ko("수업 자료에는 그걸 더 편하게 말하는 표현이 없어서, 지어내서 말하지 않을게요.",
		"Our lessons don't give a more casual way to say that, so I won't guess.")}
}

// quotedRe: an expression a lesson sentence quotes ("안녕하세요",
// "annyeonghaseyo") or glosses in brackets ((안녕하세요)).
var quotedRe = regexp.MustCompile(`["“]([^"”]+)["”]|\(([\p{Hangul}\s]+)\)`)

// sectionBody is the text of a lesson's section in the language asked.
func sectionBody(lib *tutoring.Library, lessonID, sectionID, lang string) (string, bool) {
	l, ok := lib.Lesson(lessonID)
	if !ok {
		return "", false
	}
	for _, sec := range l.Sections {
		if sec.ID == sectionID {
			if lang == "en" && sec.TextEn != "" {
				return sec.TextEn, true
			}
			return sec.Text, true
		}
	}
	return "", false
}
