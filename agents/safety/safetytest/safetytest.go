// Package safetytest has checkers for tests of what comes after the
// safety check (the conversation, the brains, a skill's grounding).
package safetytest

import "github.com/madang-world/madang/agents/safety"

// Mistaken is a checker that takes the texts it names for look-alikes of a
// harm and answers them with guidance (the violence topic's), and checks
// everything else as Base does. Since v10 the trained checker gives
// guidance only when a text asks about the harm itself, so the lesson
// questions it used to mistake (an earthquake drill read as violence) no
// longer serve to test that the lessons win over guidance; a new phrasing
// can always be mistaken, and the lessons must still win then.
type Mistaken struct {
	*safety.Learned
	Texts map[string]bool
}

// Mistake returns a Mistaken on base for texts.
func Mistake(base *safety.Learned, texts ...string) Mistaken {
	m := Mistaken{Learned: base, Texts: map[string]bool{}}
	for _, s := range texts {
		m.Texts[s] = true
	}
	return m
}

// Check is safety.Checker.
func (m Mistaken) Check(text string) safety.Verdict {
	if m.Texts[text] {
		return safety.Verdict{Category: "violence", Topic: "violence", Label: "help:violence",
			Help: "If someone is in danger right now, call 112 (police) or 119 (fire and ambulance)."}
	}
	return m.Learned.Check(text)
}
