package classroom

import (
	"regexp"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/tutoring"
)

// slotQuestion holds the question of the last covered answer, so "그거
// 영어로 설명해 줄 수 있어?" can ask it again in the other language.
const slotQuestion = "@ask_question"

// Asking for the last answer in another language names nothing but the
// language and a reference to the answer: "그거 영어로 설명해 줄 수
// 있어?", "영어로요", "can you say that in Korean?", "English please". A
// lesson question that names a language ("한국어로 고맙다는 말은 어떻게
// 해요?") has words of its own and is asked as it is.
var (
	inEnglishRe = regexp.MustCompile(`(?i)^\s*(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:(?:say|explain|tell\s+me|repeat|give\s+me|answer)\s+)?(?:that|it|this|the\s+answer|the\s+same)?\s*in\s+english(?:\s+please)?\s*[?？!.]*\s*$|^\s*english\s*(?:please|pls)?\s*[?？!.]*\s*$`)
	inKoreanRe  = regexp.MustCompile(`(?i)^\s*(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:(?:say|explain|tell\s+me|repeat|give\s+me|answer)\s+)?(?:that|it|this|the\s+answer|the\s+same)?\s*in\s+korean(?:\s+please)?\s*[?？!.]*\s*$|^\s*korean\s*(?:please|pls)?\s*[?？!.]*\s*$`)
	// koLangWords name the language asked for in Korean.
	koLangWords = map[string]string{"영어로": "en", "영문으로": "en", "한국어로": "ko", "한글로": "ko", "우리말로": "ko"}
	// koFiller: the other words such a request may have — a reference to
	// the answer and a request verb (그거, 방금, 다시, 설명해, 줄, 수,
	// 있어, 부탁해요); any other word is a question of its own.
	koFiller = []string{"그거", "그걸", "그것", "이거", "이걸", "이것", "방금", "아까", "그", "내용", "답", "대답", "설명", "말", "다시", "한번", "한", "번", "좀", "혹시", "얘기", "이야기", "알려", "해", "해요", "번역", "보여", "줄", "줘", "주", "수", "있", "할", "가능", "돼", "되", "부탁", "바꿔", "요", "도", "는", "같이", "전부", "다"}
)

// askedLang is the language the text asks the last answer in, "" when it
// asks none.
func askedLang(text string) string {
	if len([]rune(text)) > 40 {
		return ""
	}
	switch {
	case inEnglishRe.MatchString(text):
		return "en"
	case inKoreanRe.MatchString(text):
		return "ko"
	}
	lang := ""
	for _, f := range strings.Fields(strings.Trim(text, " ?？!.~")) {
		f = strings.TrimRight(f, "?？!.~,")
		if l, ok := koLangWords[strings.TrimSuffix(strings.TrimSuffix(f, "요"), "도")]; ok {
			lang = l
			continue
		}
		filler := false
		for _, w := range koFiller {
			filler = filler || strings.HasPrefix(f, w)
		}
		if !filler {
			return ""
		}
	}
	return lang
}

// otherLanguage answers the last covered question again in the language
// asked for, from the same lesson and with its source: the request has
// no topic of its own, and asked of the lessons it read as off the
// syllabus (notes: trial 12). ok is false when the text asks no language
// or there was no answer to say again.
func otherLanguage(t *embedded.Turn, p float64) (agents.Step, bool) {
	lang := askedLang(t.Text())
	q := t.Slot(slotQuestion)
	if lang == "" || t.Slot(slotAsked) == "" || q == "" {
		return agents.Step{}, false
	}
	told := t.Slot(slotTold) != "" // (read before the call: its result is remembered)
	res := t.Call(intentAsk, map[string]any{"question": q, "lesson_id": t.Slot(slotLesson), "lang": lang})
	if res.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	g, err := skills.Decode[tutoring.Grounded](res)
	if err != nil || !g.Covered {
		return agents.Step{}, false
	}
	remember(t, &res)
	t.Set(slotQuestion, q) // the question, not the request, for a third language switch
	t.Understood(intentAsk, max(p, minP), map[string]string{"question": q, "lang": lang})
	say := g.Answer
	if told && g.More != "" {
		// "더 자세히" then "그거 영어로": the rest was the latest thing
		// said, and the answer again read as the wrong one (notes: trial
		// 13). The rest is then told, as it was.
		say = g.More
		t.Set(slotMore, "")
		t.Set(slotTold, "1")
	}
	if g.Source != nil && g.Source.Line != "" {
		if lang == "en" {
			say += " (Source: " + g.Source.Line + ")"
		} else {
			say += " (출처: " + g.Source.Line + ")"
		}
	}
	return agents.Step{Say: strings.TrimSpace(say)}, true
}
