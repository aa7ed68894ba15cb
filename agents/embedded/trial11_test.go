package embedded_test

import (
	"testing"

	"github.com/madang-world/madang/agents"
)

// TestNoZoneGreetingMidConversation: a new user's trial clicked the tutor
// and typed while still walking up; the greeting of the zone arrived
// after the first answer, or between quiz questions. A user who has
// begun talking is not greeted by the zone; one who walks in silent is.
func TestNoZoneGreetingMidConversation(t *testing.T) {
	w := newWorld(t)
	zone := func(user string) {
		u := agents.User{ID: user, Name: user}
		if err := w.rt.Zone(u, "tutor", "front"); err != nil {
			t.Fatal(err)
		}
		w.rt.Wait(u, "tutor")
	}
	w.say("talker", "tutor", "give me a quiz")
	n := w.heard("talker")
	zone("talker")
	if got := w.speechSince("talker", n); len(got) != 0 {
		t.Fatalf("greeted mid-quiz: %q", got)
	}
	zone("newcomer")
	if got := w.out.last("newcomer"); got == "" {
		t.Fatalf("a user walking in silent was not greeted")
	}
}
