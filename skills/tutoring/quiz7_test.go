package tutoring

import (
	"testing"
	"time"

	"github.com/madang-world/madang/skills/skilltest"
)

// A new user's trial of the quizzes and progress (fixed clock): a
// misspelt right answer graded wrong, "몰라 패스" graded wrong, three
// wrong answers shown as 9 % mastery with nothing to review, English
// progress in Korean, and "how do u solve 3x+5=20" answered with the
// lesson's own example. These tests hold the skill to what the student
// reads; skills/tutoring/classroom's TestTrial7* hold the conversation.

func quizQuestion(t *testing.T, lesson, id string) Question {
	t.Helper()
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	l, _ := lib.Lesson(lesson)
	for _, q := range l.Quiz {
		if q.ID == id {
			return q
		}
	}
	t.Fatalf("no question %s in %s", id, lesson)
	return Question{}
}

// TestGradeForgivesTypos: "experiance" for "experience" is right, with
// the spelling shown; a slip that is another answer, a number, or a short
// word is not forgiven.
func TestGradeForgivesTypos(t *testing.T) {
	pp3 := quizQuestion(t, "present-perfect", "pp3") // experience · continuation · completion · result
	pp2 := quizQuestion(t, "present-perfect", "pp2") // past participle
	ps1 := quizQuestion(t, "photosynthesis", "ps1")  // 엽록체
	ps7 := quizQuestion(t, "photosynthesis", "ps7")  // 엽록소
	js3 := quizQuestion(t, "joseon-sejong", "js3")   // 1446
	pp5 := quizQuestion(t, "present-perfect", "pp5") // for
	ev3 := quizQuestion(t, "earthquakes-volcanoes", "ev3")
	for _, c := range []struct {
		q       Question
		answer  string
		right   bool
		spelled string
	}{
		{pp3, "experiance", true, "experience"},
		{pp3, "Experience", true, ""},
		{pp3, "continuaton", false, ""}, // a slip of a wrong choice is wrong
		{pp3, "경엄", true, "경험"},         // a jamo dropped (Hangul counts in jamo)
		{pp2, "past participel", true, "past participle"},
		{pp2, "my answer is past partciple", true, "past participle"},
		{ps1, "엽록채", true, "엽록체"},
		{ps1, "엽록소", false, ""}, // another answer (ps7), not a slip
		{ps7, "엽록체", false, ""},
		{ps7, "chlorophyl", true, "chlorophyll"},
		{js3, "1447", false, ""}, // a number: a slip changes it
		{js3, "1446년", true, ""},
		{pp5, "fro", false, ""}, // three letters: no slip is forgiven
		{ev3, "epicenter", true, ""},
		{ev3, "epicentr", true, "epicentre"},
		{ev3, "hypocentre", false, ""},
		{ev3, "진원", false, ""}, // the focus, not the epicentre: two jamo away
	} {
		right, spelled := gradeSpelling(c.q, c.answer)
		if right != c.right || spelled != c.spelled {
			t.Errorf("%s %q: right %v spelled %q, want %v %q", c.q.ID, c.answer, right, spelled, c.right, c.spelled)
		}
	}
	if got := spellingNote("experience", "en"); got != `Just a small spelling slip: it's spelled "experience". ` {
		t.Errorf("en note %q", got)
	}
	if got := spellingNote("엽록체", "ko"); got != `철자만 살짝 달라요. 바른 철자는 "엽록체"예요. ` {
		t.Errorf("ko note %q", got)
	}
}

// TestPasses: Korean and English ways to pass or not know skip the
// question; answers are not passes.
func TestPasses(t *testing.T) {
	for _, s := range []string{"몰라 패스", "몰라", "몰라요", "모르겠어요", "음 잘 모르겠어요", "패스", "패스할게요", "넘어가", "넘어가요", "스킵",
		"다음 문제", "다음 문제요", "이거 넘어갈래", "모르겠는데 다음", "전혀 모르겠어요 ㅠㅠ", "skip", "pass", "I don't know", "idk, skip", "no idea", "dunno"} {
		if !Passes(s) {
			t.Errorf("%q is not a pass", s)
		}
	}
	for _, s := range []string{"엽록체", "past participle", "모르는 사람에게 하는 인사", "다음에 만나요", "since", "2번", "", "next to the pole", "I know: has"} {
		if Passes(s) {
			t.Errorf("%q is a pass", s)
		}
	}
}

// TestMasteryRightAndWrong: mastery is 9 % after 1/3 right and also after
// 0/3 (a wrong answer put the question in box 1, the box of one right
// answer); wrong answers are not counted for review. Now: 0/3 is 0 %, 1/3
// right in a 7-question lesson is 7 % (half of one question), 3/3 is
// 21 %; a right answer held at a spaced review raises it; the questions
// answered wrong are to review at once and come first in a review quiz.
func TestMasteryRightAndWrong(t *testing.T) {
	h, _ := newTutor(t)
	u := h.As("student", ScopeLearn)
	answerAll := func(lesson string, answers map[string]string) Graded {
		t.Helper()
		qz := skilltest.Decode[Quiz](t, h.Call(u, "tutor_quiz", map[string]any{"lesson_id": lesson, "lang": "en"}))
		var g Graded
		for _, q := range qz.Questions {
			g = skilltest.Decode[Graded](t, h.Call(u, "tutor_answer", map[string]any{"quiz_id": qz.QuizID, "question_id": q.ID, "answer": answers[q.ID]}))
		}
		return g
	}
	progress := func(lesson, lang string) LessonProgress {
		t.Helper()
		for _, p := range skilltest.Decode[[]LessonProgress](t, h.Call(u, "tutor_progress", map[string]any{"lang": lang})) {
			if p.LessonID == lesson {
				return p
			}
		}
		t.Fatalf("no progress for %s", lesson)
		return LessonProgress{}
	}
	// 0/3 right.
	if g := answerAll("earthquakes-volcanoes", map[string]string{}); g.Mastery != 0 {
		t.Errorf("0/3 right: mastery %d%%, want 0%%", g.Mastery)
	}
	p := progress("earthquakes-volcanoes", "en")
	if p.Mastery != 0 || p.Due != 3 || p.Title != "Earthquakes and Volcanoes" {
		t.Errorf("after 0/3: %+v, want 0%%, 3 to review, the English title", p)
	}
	// 1/3 right (pp1 has, pp2 wrong, pp3 skipped).
	if g := answerAll("present-perfect", map[string]string{"pp1": "has", "pp2": "present", "pp3": "몰라"}); g.Mastery != 7 {
		t.Errorf("1/3 right: mastery %d%%, want 7%%", g.Mastery)
	}
	p = progress("present-perfect", "ko")
	if p.Mastery != 7 || p.Due != 2 || p.Title != "영어 문법: 현재완료" {
		t.Errorf("after 1/3: %+v, want 7%%, 2 to review, the Korean title", p)
	}
	// A review quiz asks the two missed questions first.
	rv := skilltest.Decode[Quiz](t, h.Call(u, "tutor_quiz", map[string]any{"lesson_id": "present-perfect", "count": 2, "review": true}))
	if len(rv.Questions) != 2 || rv.Questions[0].ID != "pp2" || rv.Questions[1].ID != "pp3" {
		t.Errorf("review quiz %+v, want pp2 and pp3", rv.Questions)
	}
	for _, q := range rv.Questions {
		skilltest.Decode[Graded](t, h.Call(u, "tutor_answer", map[string]any{"quiz_id": rv.QuizID, "question_id": q.ID,
			"answer": map[string]string{"pp2": "past participle", "pp3": "experience"}[q.ID]}))
	}
	p = progress("present-perfect", "en")
	if p.Mastery != 21 || p.Due != 0 {
		t.Errorf("3/3 right: %+v, want 21%%, nothing to review", p)
	}
	// Two days on, pp1 answered right again climbs a box: more mastery.
	h.Clock.Advance(49 * time.Hour)
	if p := progress("present-perfect", "en"); p.Due != 3 {
		t.Errorf("two days on: %+v, want 3 due", p)
	}
	rv = skilltest.Decode[Quiz](t, h.Call(u, "tutor_quiz", map[string]any{"lesson_id": "present-perfect", "count": 1, "review": true}))
	g := skilltest.Decode[Graded](t, h.Call(u, "tutor_answer", map[string]any{"quiz_id": rv.QuizID, "question_id": rv.Questions[0].ID,
		"answer": map[string]string{"pp1": "has", "pp2": "past participle", "pp3": "experience"}[rv.Questions[0].ID]}))
	if g.Mastery != 23 {
		t.Errorf("a right answer held at review: mastery %d%%, want 23%%", g.Mastery)
	}
}

// TestShortAnswerSaysType: the second question of both trial quizzes (pp2,
// ev2) showed no choices. They are short answers on purpose (a word to
// write: "past participle", "맨틀"), so the question says to type it.
func TestShortAnswerSaysType(t *testing.T) {
	h, _ := newTutor(t)
	u := h.As("student", ScopeLearn)
	for _, c := range []struct{ lesson, lang, hint string }{
		{"present-perfect", "en", "(Type your answer)"}, {"present-perfect", "ko", "(답을 직접 써 주세요)"},
		{"earthquakes-volcanoes", "en", "(Type your answer)"}, {"earthquakes-volcanoes", "ko", "(답을 직접 써 주세요)"},
	} {
		qz := skilltest.Decode[Quiz](t, h.Call(u, "tutor_quiz", map[string]any{"lesson_id": c.lesson, "lang": c.lang}))
		second := qz.Questions[1]
		if second.Type != "short" || len(second.Choices) != 0 || second.Hint != c.hint {
			t.Errorf("%s %s: second question %+v, want a short answer saying %q", c.lesson, c.lang, second, c.hint)
		}
		if first := qz.Questions[0]; first.Type != "mc" || first.Hint != "" {
			t.Errorf("%s: a choice question with a hint: %+v", c.lesson, first)
		}
	}
}
