package embedded

import (
	"github.com/madang-world/madang/agents/nlu/intent"
)

type example = intent.Example

type scored = intent.Scored

type classifier interface {
	predict(text string) []scored
}

// trained is the avatar's intent model (package agents/nlu/intent: TF-IDF
// n-grams and logistic regression with a None class). predict puts
// out_of_scope first when the model decides the text is none of its
// intents (the None class wins, or the best intent is improbable or
// unlike any of its examples), with the probability that it is not the
// best intent.
type trained struct{ m *intent.Model }

func train(exs []example) (classifier, error) {
	m, err := intent.Train(exs, intent.Options{})
	if err != nil {
		return nil, err
	}
	return trained{m}, nil
}

func (c trained) predict(text string) []scored {
	a := c.m.Analyze(text)
	out := make([]scored, 0, len(a.Scores)+1)
	if !a.OK {
		out = append(out, scored{Intent: OutOfScope, P: 1 - a.P})
	}
	for _, s := range a.Scores {
		if s.Intent != intent.None {
			out = append(out, s)
		}
	}
	return out
}
