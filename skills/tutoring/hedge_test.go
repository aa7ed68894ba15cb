package tutoring

import (
	"context"
	"testing"

	"github.com/madang-world/madang/skills/skilltest"
)

// TestGradeHedgedAnswers: a new user answered "oxygen i think?" to "Which
// gas does photosynthesis produce? … 3) oxygen" and read "Not quite: the
// answer is 3) oxygen". An answer wrapped in a hedge or filler ("i think",
// "I guess", "maybe", "아마", "~인가요?", a trailing ?) is graded on what
// it says; a hedged wrong answer stays wrong.
func TestGradeHedgedAnswers(t *testing.T) {
	ps3 := quizQuestion(t, "photosynthesis", "ps3") // 3) 산소 · oxygen
	ps1 := quizQuestion(t, "photosynthesis", "ps1") // 엽록체 · chloroplast
	ev1 := quizQuestion(t, "earthquakes-volcanoes", "ev1")
	for _, c := range []struct {
		q      Question
		answer string
		right  bool
	}{
		{ps3, "oxygen i think?", true},
		{ps3, "I guess oxygen", true},
		{ps3, "maybe oxygen?", true},
		{ps3, "hmm, is it oxygen?", true},
		{ps3, "oxygen?", true},
		{ps3, "3 maybe", true},
		{ps3, "아마 산소?", true},
		{ps3, "산소인가요?", true},
		{ps3, "산소 같아요", true},
		{ps3, "산소일걸요", true},
		{ps3, "nitrogen i think?", false},
		{ps3, "아마 질소?", false},
		{ps1, "chloroplast i think", true},
		{ps1, "엽록체인가?", true},
		{ps1, "mitochondria i guess", false},
		{ev1, "외핵인가요?", true},
		{ev1, "맨틀?", false},
	} {
		if right, _ := gradeSpelling(c.q, c.answer); right != c.right {
			t.Errorf("%s %q: right %v, want %v", c.q.ID, c.answer, right, c.right)
		}
	}
}

// TestRecheckCorrectsAMarkedWrongAnswer: an answer marked wrong that is
// right after all (graded before hedges were read) is corrected by a
// recheck — the mark, and the mastery with it; a wrong one stays wrong;
// a recheck grades the answer given, never a new one.
func TestRecheckCorrectsAMarkedWrongAnswer(t *testing.T) {
	h, tu := newTutor(t)
	u := h.As("student", ScopeLearn)
	qz := skilltest.Decode[Quiz](t, h.Call(u, "tutor_quiz", map[string]any{"lesson_id": "photosynthesis", "lang": "en"}))
	answers := map[string]string{"ps1": "mitochondria", "ps2": "2", "ps3": "oxygen i think?"}
	var g Graded
	for _, q := range qz.Questions {
		g = skilltest.Decode[Graded](t, h.Call(u, "tutor_answer", map[string]any{"quiz_id": qz.QuizID, "question_id": q.ID, "answer": answers[q.ID]}))
	}
	before := g.Mastery
	// As the old grader marked it: wrong.
	if _, err := tu.updateProgress(context.Background(), "student", "photosynthesis", func(p *progress) error {
		p.Quizzes[qz.QuizID].Answers["ps3"] = false
		p.Quizzes[qz.QuizID].Given = map[string]string{"ps1": "mitochondria", "ps3": "oxygen i think?"}
		p.Questions["ps3"].Box, p.Questions["ps3"].Correct = 0, 0
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	recheck := func(q, answer string) Graded {
		return skilltest.Decode[Graded](t, h.Call(u, "tutor_answer", map[string]any{"quiz_id": qz.QuizID, "question_id": q, "answer": answer, "recheck": true}))
	}
	if g := recheck("ps1", "chloroplast"); g.Correct || g.Corrected {
		t.Errorf("a recheck graded a new answer: %+v", g)
	}
	g = recheck("ps3", "oxygen i think?")
	if !g.Correct || !g.Corrected || g.Expected != "3) oxygen" {
		t.Errorf("recheck: %+v, want corrected", g)
	}
	if g.Mastery < before-3 || g.Mastery == 0 {
		t.Errorf("mastery after the correction %d%% (before %d%%)", g.Mastery, before)
	}
	if g := recheck("ps3", "oxygen"); !g.Correct || g.Corrected {
		t.Errorf("a second recheck: %+v, want right and not corrected again", g)
	}
}
