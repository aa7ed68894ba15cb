package embedded

import (
	"testing"

	"github.com/madang-world/madang/skills/dialogue"
)

// TestNamingClause: a search said in several clauses is searched for by
// the clause naming the thing (the longest goods word), trimmed to the
// thing wanted; a sentence naming none is left as it is.
func TestNamingClause(t *testing.T) {
	goods := []dialogue.Entry{{Value: "goods", Words: []string{"battery", "power bank", "coat", "long padded coat", "kimchi", "vegan kimchi", "sunscreen", "gift", "rice cake gift set", "backpack", "laptop", "coffee beans", "earphones", "텀블러"}}}
	for in, want := range map[string]string{
		"my phone battery keeps dying on the bus, need a power bank, the big kind": "a power bank",
		"so cold today. got any long padded coats in navy?":                        "long padded coats in navy?",
		"vegan kimchi, only what ships today":                                      "vegan kimchi",
		"a sunscreen that doesn't feel greasy":                                     "a sunscreen",
		"present for my boss... perhaps a rice cake gift set?":                     "perhaps a rice cake gift set?",
		"I want a backpack":                              "a backpack",
		"텀블러 있어?":                                        "텀블러 있어?",
		"my earphones just died, i need new wired ones":  "my earphones just died, i need new wired ones",
		"dark roast coffee beans, I want the good stuff": "dark roast coffee beans",
		"how's the weather, any news?":                   "how's the weather, any news?",
	} {
		if got := namingClause(in, goods); got != want {
			t.Errorf("%q → %q, want %q", in, got, want)
		}
	}
}
