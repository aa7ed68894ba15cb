// Package standard registers Madang's built-in skill packs. Import it for
// its side effect, as a server does:
//
//	import _ "github.com/madang-world/madang/skills/standard"
//
// Like Caddy's modules/standard, it is the one place that lists them.
// It also ships the embedded brain's intent models of the packs'
// combinations the campus avatars use, trained (models/), so a server
// loads them instead of training them at every start.
package standard

import (
	"embed"
	"io/fs"

	"github.com/madang-world/madang/agents/nlu/intent"
	_ "github.com/madang-world/madang/skills/booking"
	_ "github.com/madang-world/madang/skills/scheduling"
	_ "github.com/madang-world/madang/skills/scheduling/titles"
	_ "github.com/madang-world/madang/skills/shopping"
	// Comparing, emptying the cart, quantities: registered with the
	// embedded brain.
	_ "github.com/madang-world/madang/skills/booking/desk"
	_ "github.com/madang-world/madang/skills/shopping/counter"
	_ "github.com/madang-world/madang/skills/tutoring"
	// The class quiz's turn-taking, registered with the embedded brain.
	_ "github.com/madang-world/madang/skills/tutoring/classroom"
)

// models are the embedded brain's intent models of the packs'
// combinations the campus avatars use (avatars/campus), trained and
// named by the fingerprint of their training data (models/README.md): a
// start-up loads the ones that match instead of training (issue 18).
// `make weights` rewrites them; TestShippedModels fails when one is stale.
//
//go:embed models
var models embed.FS

func init() {
	sub, err := fs.Sub(models, "models")
	if err != nil {
		panic(err)
	}
	intent.Ship(sub)
}
