package embedded_test

import (
	"testing"

	"github.com/madang-world/madang/avatars"
)

// TestUnd18cCasualGreeting: a greeting alone in a borrowed or casual word
// ("굿모닝~", "하이루", "hiya") greets, whichever avatar hears it — it is
// not out of scope. A request after such a word is still the request.
func TestUnd18cCasualGreeting(t *testing.T) {
	for _, av := range avatars.Campus() {
		for _, c := range []struct{ text, lang string }{
			{"굿모닝~", "ko"},
			{"하이루 ㅎㅎ", "ko"},
			{"좋은 아침이에요!", "ko"},
			{"hiya", "en"},
			{"mornin' everyone", "en"},
		} {
			w := newWorld(t)
			u := "cg-" + av.ID
			w.say(u, av.ID, c.text)
			if got := w.rec.lastUnderstood(u); got.Intent != "greet" {
				t.Errorf("%s: %q understood as %+v, want greet", av.ID, c.text, got)
			}
			if got := w.out.last(u); got != av.Greeting(c.lang) {
				t.Errorf("%s: %q answered %q, want the greeting", av.ID, c.text, got)
			}
		}
	}
	w := newWorld(t)
	w.say("r", "shopper", "하이루 이어폰 추천해 줘")
	if got := w.rec.lastUnderstood("r"); got.Intent == "greet" {
		t.Errorf("a request after a greeting word was taken for a greeting: %+v", got)
	}
}
