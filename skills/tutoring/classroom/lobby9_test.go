package classroom_test

import (
	"testing"

	"github.com/madang-world/madang/agents"
)

// sayTo is what avatar replies to user's text.
func (c *tutorChat) sayTo(avatar, user, text string) string {
	c.t.Helper()
	u := agents.User{ID: user, Name: user}
	if err := c.rt.Hear(u, avatar, text, ""); err != nil {
		c.t.Fatal(err)
	}
	c.rt.Wait(u, avatar)
	c.out.mu.Lock()
	defer c.out.mu.Unlock()
	s := c.out.speech[user]
	if len(s) == 0 {
		return ""
	}
	c.t.Logf("%s → %s: %s\n    ← %s", user, avatar, text, s[len(s)-1])
	return s[len(s)-1]
}

// TestTrial9LobbyPointsToTutor: a new user's trial (notes: trial 9): "how
// do you say nice to meet you in Korean?" asked of the lobby assistant
// read its self-introduction. A question the assistant cannot help with
// but the world's tutor's lessons answer names the tutor, in both
// languages.
func TestTrial9LobbyPointsToTutor(t *testing.T) {
	c := newTutorChat(t)
	r := c.sayTo("assistant", "e", "how do you say nice to meet you in Korean?")
	lacks(t, r, "I'm Jini, your assistant")
	wants(t, r, "Ms. Hana can: ask them.")
	r = c.sayTo("assistant", "k", "광합성은 어디에서 일어나요?")
	wants(t, r, "하나 선생님께 물어보면")
}
