package classroom

import (
	"strings"

	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/tutoring"
)

var _ embedded.Grounding = handler{}

// Grounds is embedded.Grounding: a text the lessons answer — tutor_ask
// finds a section covering it by the retrieval's calibrated rules
// (skills/tutoring/ask.go: minCoverage, and the same checks that keep a
// covered answer from citing a passage that does not answer), or solves the student's own
// equation by a lesson's method — is the tutor's to answer, however much
// it shares words with a harm the safety checker would otherwise give
// guidance about ("who founded the Joseon dynasty?"). tutor_ask is a read
// tool: asking changes nothing.
func (handler) Grounds(t *embedded.Turn) bool {
	text := strings.TrimSpace(t.Text())
	if text == "" {
		return false
	}
	res := t.Call(intentAsk, map[string]any{"question": text, "lang": t.Lang()})
	if res.Status != skills.StatusOK {
		return false
	}
	g, err := skills.Decode[tutoring.Grounded](res)
	return err == nil && g.Covered
}

var _ embedded.Covering = handler{}

// Covers is embedded.Covering: the lessons answer the text (the retrieval
// tutor_ask runs), so another avatar asked it can name the tutor.
func (handler) Covers(text, lang string) bool {
	lib, err := tutoring.LoadLibrary()
	if err != nil || strings.TrimSpace(text) == "" {
		return false
	}
	return lib.Ask(text, "", lang).Covered
}
