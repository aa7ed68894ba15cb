package classroom

import (
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/agents/nlu/followup"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/tutoring"
)

// Slots (remembered across tasks: "@…") holding the last grounded answer,
// so "자세히" / "tell me more" right after it gets the rest of its section
// (tutoring.Grounded.More), which the conversation data cannot express.
const (
	slotAsked   = "@ask_answered" // "1" after a covered answer
	slotMore    = "@ask_more"     // the rest of its section, until told
	slotMoreSrc = "@ask_more_src" // its source line
	slotMoreLng = "@ask_more_lang"
	slotAnswer  = "@ask_answer" // the answer itself, for "쉽게"
)

// remember keeps a tutor_ask answer's rest and source for "자세히"; any
// other result of the tool (not covered, an error) forgets the last one.
func remember(t *embedded.Turn, r *skills.Result) {
	for _, k := range []string{slotAsked, slotMore, slotMoreSrc, slotMoreLng, slotAnswer} {
		t.Set(k, "")
	}
	if r.Status != skills.StatusOK {
		return
	}
	g, err := skills.Decode[tutoring.Grounded](*r)
	if err != nil || !g.Covered {
		return // the data reports what it cannot read; nothing to go on with
	}
	t.Set(slotAsked, "1")
	t.Set(slotMore, g.More)
	t.Set(slotMoreLng, g.Lang)
	t.Set(slotAnswer, g.Answer)
	if g.Source != nil {
		t.Set(slotMoreSrc, g.Source.Line)
	}
}

// more answers "자세히" after a covered answer with the rest of its
// section and the same source line, or says kindly that there is no more.
// ok is false when the last thing the tutor did was not such an answer.
func more(t *embedded.Turn) (agents.Step, bool) {
	simpler := t.Slot(slotAsked) != "" && asksSimpler(t.Text())
	if !simpler && !followup.AsksMore(t.Text()) {
		return agents.Step{}, false
	}
	rest, src := t.Slot(slotMore), t.Slot(slotMoreSrc)
	en := t.Slot(slotMoreLng) == "en"
	t.Understood(intentAsk, 1, map[string]string{"more": "1"})
	if t.Slot(slotAsked) == "" {
		// "더 알려줘" after a refusal or a quiz: nothing to go on with —
		// said so, rather than read as some other request (it showed
		// the progress of every lesson).
		return agents.Step{Say: t.Ko("이어서 설명할 답이 없어요. 궁금한 걸 물어보면 수업 자료에서 찾아 알려 드릴게요. 예: \"광합성은 어디에서 일어나요?\"",
			"There's no answer to go on with yet. Ask me a question and I'll find it in our lessons, e.g. \"Where does photosynthesis happen?\"")}, true
	}
	if simpler {
		// "좀더 쉽게 설명해줄수있어?": the answer's first sentence, the
		// gist, said again — lesson text only, nothing made up.
		say := t.Ko("쉽게 말하면, ", "Put simply: ") + firstSentence(t.Slot(slotAnswer))
		if src != "" {
			say += t.Ko(" (출처: "+src+")", " (Source: "+src+")")
		}
		return agents.Step{Say: say}, true
	}
	if rest == "" {
		return agents.Step{Say: t.Ko("수업 자료에 있는 내용은 여기까지예요. 궁금한 게 있으면 또 물어보세요!",
			"That's everything our lesson says about it. Ask me another question any time!")}, true
	}
	t.Set(slotMore, "") // told: a second "자세히" hears there is no more
	say := rest
	if src != "" {
		if en {
			say += " (Source: " + src + ")"
		} else {
			say += " (출처: " + src + ")"
		}
	}
	return agents.Step{Say: say}, true
}

// simplerWords ask for the last answer said more simply.
var simplerWords = []string{"쉽게", "쉬운 말", "간단히", "간단하게", "simpler", "simply", "easier", "in plain words"}

// asksSimpler: a short message asking for the last answer more simply
// ("좀더 쉽게 설명해줄수있어?", "can you say it simpler?") — a short one, so
// a new question that happens to say "쉽게" is still asked.
func asksSimpler(text string) bool {
	s := strings.ToLower(text)
	if len([]rune(s)) > 24 {
		return false
	}
	for _, w := range simplerWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// firstSentence is s up to its first sentence end.
func firstSentence(s string) string {
	for i, r := range s {
		if r == '.' || r == '?' || r == '!' {
			if j := i + 1; j == len(s) || s[j] == ' ' {
				return s[:j]
			}
		}
	}
	return s
}
