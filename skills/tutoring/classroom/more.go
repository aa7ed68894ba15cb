package classroom

import (
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
)

// remember keeps a tutor_ask answer's rest and source for "자세히"; any
// other result of the tool (not covered, an error) forgets the last one.
func remember(t *embedded.Turn, r *skills.Result) {
	for _, k := range []string{slotAsked, slotMore, slotMoreSrc, slotMoreLng} {
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
	if g.Source != nil {
		t.Set(slotMoreSrc, g.Source.Line)
	}
}

// more answers "자세히" after a covered answer with the rest of its
// section and the same source line, or says kindly that there is no more.
// ok is false when the last thing the tutor did was not such an answer.
func more(t *embedded.Turn) (agents.Step, bool) {
	if t.Slot(slotAsked) == "" || !followup.AsksMore(t.Text()) {
		return agents.Step{}, false
	}
	rest, src := t.Slot(slotMore), t.Slot(slotMoreSrc)
	en := t.Slot(slotMoreLng) == "en"
	t.Understood(intentAsk, 1, map[string]string{"more": "1"})
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
