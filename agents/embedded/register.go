package embedded

import (
	"github.com/madang-world/madang/agents"
)

// Kind is the embedded brain's kind in avatar files: "brain": {"kind": "embedded"}
// (the default when a file names none).
const Kind = "embedded"

func init() { agents.RegisterBrain(Kind, factory) }

// factory trains the avatar's understanding (its skills' conversation
// data and the classifier made from it) at start-up, so broken data stops
// the server and the first conversation does not wait for training. The
// brain has no settings and no state of its own (a conversation's memory
// is in agents.State), so one serves all of the avatar's conversations.
func factory(env agents.BrainEnv) (agents.Brain, error) {
	var none struct{}
	if err := agents.DecodeBrainConfig(env.Config, &none); err != nil {
		return nil, err
	}
	if err := Prepare(env.Avatar); err != nil {
		return nil, err
	}
	return New(), nil
}
