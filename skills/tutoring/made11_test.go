package tutoring

import (
	"strings"
	"testing"
)

// TestWhatDidTheyMake: a new user's "세종대왕이 뭐 만들었어?" was answered
// with Sejong's reign ("세종은 조선의 네 번째 왕으로…"). What someone
// made is answered where a making is told; who he was is not an answer.
func TestWhatDidTheyMake(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ q, lang, want string }{
		{"세종대왕이 만든 게 뭐야?", "ko", "훈민정음"},
		{"what did King Sejong make?", "en", "Hunminjeongeum"},
		{"세종대왕이 뭐 만들었어?", "ko", "만들었어요"},
	} {
		a := lib.Ask(c.q, "", c.lang)
		if !a.Covered || !strings.Contains(a.Answer, c.want) || strings.Contains(a.Answer, "1418") {
			t.Errorf("%q: covered %v %q, want %s", c.q, a.Covered, a.Answer, c.want)
		}
	}
}
