package embedded

import (
	"strings"
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
	// A time change's check and hold name real arguments: a misspelt one
	// ("replace") would hold a new table without the old one's id, and
	// the press would leave the user with two.
	f, err := dataOf(string(booking.ID))
	if err != nil {
		t.Fatal(err)
	}
	checked := false
	for _, in := range f.Intents {
		if s := in.Slots["booking_id"]; s != nil && s.Pick != nil && s.Pick.Change != nil && s.Pick.Change.Hold != nil {
			checked = true
			h := s.Pick.Change.Hold
			h.Args["replace"] = h.Args["replaces"]
			if err := dialogue.Validate(f, tools); err == nil || !strings.Contains(err.Error(), `a change holds with "replace", not an argument of booking_hold`) {
				t.Errorf("a change's misspelt hold argument: %v", err)
			}
			delete(h.Args, "replace")
		}
	}
	if !checked {
		t.Error("the booking pack's change holds nothing")
	}
	for _, a := range avatars.Campus() {
		if _, err := modelFor(a); err != nil {
			t.Errorf("%s: %v", a.ID, err)
		}
	}
}
