package tutoring

import "testing"

// TestGradeChoiceWords: a new user typed the option's own words, "the
// outer core", to "Which layer of the Earth is liquid? … 3) the outer
// core" and read "Not quite: the answer is 3) the outer core" (the
// conversation drops a leading "the"); "ok back to the quiz: chemical
// energy I suppose" was graded wrong too. The words of the right option
// are right, with or without the article and in a sentence; another
// option's words are wrong.
func TestGradeChoiceWords(t *testing.T) {
	ev1 := quizQuestion(t, "earthquakes-volcanoes", "ev1") // 3) the outer core
	ps := quizQuestion(t, "photosynthesis", "ps8")
	for _, c := range []struct {
		q      Question
		answer string
		right  bool
	}{
		{ev1, "the outer core", true},
		{ev1, "outer core", true},
		{ev1, "outer core?", true},
		{ev1, "maybe the outer core?", true},
		{ev1, "the outer core maybe?", true},
		{ev1, "I think it's the outer core?", true},
		{ev1, "ok back to the quiz: the outer core I suppose", true},
		{ev1, "inner core", false},
		{ev1, "the inner core", false},
		{ev1, "mantle i think", false},
		{ev1, "the crust or the outer core", false}, // two options: not one answer
		{ev1, "외핵", true},
		{ev1, "내핵", false},
		{ps, "ok back to the quiz: chemical energy I suppose", true},
		{ps, "chemical energy I suppose", true},
		{ps, "heat energy I suppose", false},
	} {
		if right, _ := gradeSpelling(c.q, c.answer); right != c.right {
			t.Errorf("%s %q: right %v, want %v", c.q.ID, c.answer, right, c.right)
		}
	}
}
