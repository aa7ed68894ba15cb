package embedded_test

import (
	"strings"
	"testing"
)

// Round 14's English understanding (und14b).

// TestOffSyllabusQuestionIsAsked: a question asked of the tutor that her
// lessons do not cover is still a question for her (tutor_ask), answered
// that the lessons do not cover it; a request for something done, or a
// question about herself or about today, stays out of scope.
func TestOffSyllabusQuestionIsAsked(t *testing.T) {
	w := newWorld(t)
	for i, c := range []struct {
		text, intent, says string
	}{
		{"how do black holes form?", "tutor_ask", "don't cover"},
		{"what's the capital of Peru?", "tutor_ask", "don't cover"},
		{"은하수는 왜 생겨요?", "tutor_ask", "수업 자료에 없어서"},
		{"뉴턴 운동 법칙 설명해줘", "tutor_ask", "수업 자료에 없어서"},
		{"sing me a song", "out_of_scope", ""},
		{"set up a meeting with Minsu tomorrow at 10", "out_of_scope", ""},
		{"how old are you?", "out_of_scope", ""},
	} {
		user := "o" + string(rune('a'+i))
		got := w.say(user, "tutor", c.text)
		u := w.rec.lastUnderstood(user)
		if u.Intent != c.intent {
			t.Errorf("%q: understood %s %v, want %s", c.text, u.Intent, u.Slots, c.intent)
		}
		if c.says != "" && !strings.Contains(got, c.says) {
			t.Errorf("%q: said %q, want the lessons not covering it (%q)", c.text, got, c.says)
		}
		if c.intent == "out_of_scope" && strings.Contains(got, "(Source") {
			t.Errorf("%q: said %q, an answer from the lessons to what is no question for them", c.text, got)
		}
	}
}
