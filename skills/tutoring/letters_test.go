package tutoring

import "testing"

// TestGradeChoiceLetters: a choice said by its letter is the choice it
// letters (A is 1), however the letter is written; a letter beyond the
// choices or a word that only starts with one is not a choice.
func TestGradeChoiceLetters(t *testing.T) {
	q := quizQuestion(t, "korean-basics", "kb1") // 2) 안녕하세요
	for _, c := range []struct {
		answer string
		right  bool
	}{
		{"B", true}, {"b", true}, {"b)", true}, {"(b)", true}, {"B.", true}, {"option B", true}, {"B요", true}, {"답은 b", true},
		{"A", false}, {"c", false}, {"d)", false}, {"be", false}, {"bb", false},
	} {
		if right := grade(q, c.answer); right != c.right {
			t.Errorf("%q: right %v, want %v", c.answer, right, c.right)
		}
	}
}
