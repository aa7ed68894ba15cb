package embedded_test

import (
	"strings"
	"testing"

	"github.com/madang-world/madang/agents/safety"
)

// A request of the avatar's own skills that its intent model reads with
// near certainty is the skill's to answer, not the safety checker's
// guidance (round v18: "when can I check in to my hotel?" got the
// discrimination guidance — a wheelchair traveller's hotel tips — before
// any brain; und18b's own check).
func TestOwnRequestNotGuidanceLead18(t *testing.T) {
	w := newWorldWith(t, safety.Trained())
	if v := safety.Trained().Check("when can I check in to my hotel?"); !v.Guidance() {
		t.Skipf("the checker no longer answers it with guidance (%+v): the test has nothing to show", v)
	}
	got := w.say("en", "assistant", "when can I check in to my hotel?")
	if strings.Contains(got, "wheelchair") || !strings.Contains(strings.ToLower(got), "stay") {
		t.Errorf("got %q, want the stays' check-in times (or that there are none), not the safety checker's guidance", got)
	}
}
