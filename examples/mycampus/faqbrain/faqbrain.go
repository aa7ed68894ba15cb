// Package faqbrain is a third-party brain kind, "faq": it answers the
// questions listed in the avatar's file itself (a school's fixed answers:
// opening hours, loan rules) and hands everything else to another
// registered kind, by default the embedded brain with the avatar's
// skills. It registers like the shipped kinds (agents.RegisterBrain), so
// a program links it with a blank import and an avatar file picks it:
//
//	"brain": {"kind": "faq", "fallback": "embedded", "answers": [
//	  {"when": ["열람실", "reading room"], "ko": "열람실은 …", "en": "The reading room …"}]}
//
// Its turns are counted in madang_llm_turns_total like an LLM brain's:
// "ok" when it answered, "fallback_unlisted" when the fallback did.
package faqbrain

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/madang-world/madang/agents"
)

// Kind is the brain's kind in avatar files.
const Kind = "faq"

func init() { agents.RegisterBrain(Kind, New) }

// Answer is one listed question: any of When (case-insensitive, in the
// user's text) gets Ko or En, in the language the user wrote in.
type Answer struct {
	When []string `json:"when"`
	Ko   string   `json:"ko"`
	En   string   `json:"en"`
}

// Settings are the avatar file's "brain" object.
type Settings struct {
	Answers  []Answer `json:"answers"`
	Fallback string   `json:"fallback,omitempty"` // default "embedded"
}

// Brain is one avatar's FAQ brain.
type Brain struct {
	avatar   string
	answers  []Answer
	fallback agents.Brain
	meter    agents.Meter
}

// New is the kind's factory: it checks the settings, so a file without
// answers, or an answer without both languages, stops the start-up.
func New(env agents.BrainEnv) (agents.Brain, error) {
	var s Settings
	if err := agents.DecodeBrainConfig(env.Config, &s); err != nil {
		return nil, err
	}
	if len(s.Answers) == 0 {
		return nil, errors.New("a faq brain needs answers")
	}
	for i, a := range s.Answers {
		if len(a.When) == 0 || a.Ko == "" || a.En == "" {
			return nil, fmt.Errorf("answer %d needs when, ko and en", i+1)
		}
	}
	if s.Fallback == "" {
		s.Fallback = "embedded"
	}
	if s.Fallback == Kind {
		return nil, errors.New("a faq brain cannot fall back to itself")
	}
	fb, err := env.Make(s.Fallback)
	if err != nil {
		return nil, err
	}
	return &Brain{avatar: env.Avatar.ID, answers: s.Answers, fallback: fb, meter: env.Meter}, nil
}

// Next implements agents.Brain: a listed question is answered here;
// anything else, and every later step of a turn the fallback began (a
// tool's result, a declined confirmation), goes to the fallback.
func (b *Brain) Next(ctx context.Context, t *agents.Turn) (agents.Step, error) {
	if t.Input.Kind == agents.InText {
		text := strings.ToLower(t.Input.Text)
		for _, a := range b.answers {
			for _, w := range a.When {
				if strings.Contains(text, strings.ToLower(w)) {
					b.meter.Outcome(b.avatar, "ok")
					say := a.Ko
					if t.State.Lang == "en" {
						say = a.En
					}
					return agents.Step{Say: say}, nil
				}
			}
		}
		b.meter.Outcome(b.avatar, "fallback_unlisted")
	}
	return b.fallback.Next(ctx, t)
}
