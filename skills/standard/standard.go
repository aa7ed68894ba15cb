// Package standard registers Madang's built-in skill packs. Import it for
// its side effect, as a server does:
//
//	import _ "github.com/madang-world/madang/skills/standard"
//
// Like Caddy's modules/standard, it is the one place that lists them.
package standard

import (
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
