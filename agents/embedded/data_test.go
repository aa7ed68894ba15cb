package embedded

import (
	"testing"

	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/booking"
	"github.com/madang-world/madang/skills/dialogue"
	"github.com/madang-world/madang/skills/scheduling"
	"github.com/madang-world/madang/skills/shopping"
	"github.com/madang-world/madang/skills/skilltest"
	"github.com/madang-world/madang/skills/tutoring"
)

// TestPackData: every built-in pack's conversation data loads and fits
// its tools: each intent is one of its tools (or handled by a registered
// handler), each slot is one of that tool's arguments, every call that
// follows a result names real tools and arguments.
func TestPackData(t *testing.T) {
	h := skilltest.New(t, skilltest.Skill(scheduling.ID, scheduling.New()), skilltest.Skill(booking.ID, booking.New()),
		skilltest.Skill(shopping.ID, shopping.New(shopping.Options{})), skilltest.Skill(tutoring.ID, tutoring.New()))
	var tools []dialogue.Tool
	for _, tl := range h.Host.Tools() {
		tools = append(tools, dialogue.Tool{Name: tl.Name, Schema: tl.Schema})
	}
	for _, id := range []skills.ID{scheduling.ID, booking.ID, shopping.ID, tutoring.ID} {
		f, err := dataOf(string(id))
		if err != nil {
			t.Fatal(err)
		}
		if f == nil {
			t.Fatalf("%s ships no conversation data", id)
		}
		if err := dialogue.Validate(f, tools); err != nil {
			t.Error(err)
		}
	}
	for _, a := range avatars.Campus() {
		if _, err := modelFor(a); err != nil {
			t.Errorf("%s: %v", a.ID, err)
		}
	}
}
