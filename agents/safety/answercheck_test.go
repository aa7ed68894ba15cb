package safety

import (
	"strings"
	"testing"
)

// answerCase is a request and the words its answer must and must not
// hold, as the user reads them.
type answerCase struct {
	text string
	want []string // all in the answer
	not  []string // none in it
}

// checkAnswers checks each case's answer: not refused, every want word
// in it, no not word.
func checkAnswers(t *testing.T, l *Learned, cases []answerCase) {
	t.Helper()
	for _, c := range cases {
		v := l.Check(c.text)
		if v.Refuse {
			t.Errorf("refused: %q", c.text)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(v.Help, w) {
				t.Errorf("%q: answer lacks %q: %.120q", c.text, w, v.Help)
			}
		}
		for _, w := range c.not {
			if strings.Contains(v.Help, w) {
				t.Errorf("%q: answer has %q: %.120q", c.text, w, v.Help)
			}
		}
	}
}
