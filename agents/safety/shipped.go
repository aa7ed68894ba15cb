package safety

import (
	"embed"
	"io/fs"
	"sync"

	"github.com/madang-world/madang/agents/nlu/intent"
)

// learnOpts are the options of the checker's three models.
var learnOpts = intent.Options{Seed: 1, Stable: true}

// shippedModels are the checker's models trained on the built-in data
// (data/models/README.md): Trained loads them instead of training them
// at every start (issue 18; TestShippedModels keeps them in step).
//
//go:embed data/models
var shippedModels embed.FS

func init() {
	sub, err := fs.Sub(shippedModels, "data/models")
	if err != nil {
		panic(err)
	}
	intent.Ship(sub)
}

// learnHook, when set (tests), is given every example set a model of the
// checker is made of.
var (
	learnHookMu sync.Mutex
	learnHook   func(ex []intent.Example)
)

// learn is the model of ex: the shipped one when a file was written for
// exactly these examples and options (loaded true), trained otherwise.
func learn(ex []intent.Example) (m *intent.Model, loaded bool, err error) {
	learnHookMu.Lock()
	if learnHook != nil {
		learnHook(ex)
	}
	learnHookMu.Unlock()
	b, loaded, err := intent.TrainBagShipped(ex, learnOpts, 1)
	if err != nil {
		return nil, false, err
	}
	return b[0], loaded, nil
}
