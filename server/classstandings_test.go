package server_test

import (
	"strings"
	"testing"
)

// TestClassStandings: asking who is ahead while a class quiz runs shows
// the class quiz's results, in either language — it is not graded as an
// answer to the quiz, nor sent to the lessons as a question, nor read as
// the student's own progress.
func TestClassStandings(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	a, b := newBot(t, ts, "Ann"), newBot(t, ts, "Ben")
	for _, x := range []*bot{a, b} {
		x.join(t, "classroom")
	}
	tutor := avatarIn(t, a, "tutor")
	has(t, talk(t, a, tutor, "start a class quiz on linear equations", false).text(), "Class quiz started for 2 students")
	for _, q := range []struct{ text, want string }{
		{"who is ahead?", "Class quiz (0/2 done)"},
		{"who's leading", "Class quiz (0/2 done)"},
		{"지금 누가 일등이에요?", "반 퀴즈"},
	} {
		r := talk(t, b, tutor, q.text, false)
		rawError(t, r)
		has(t, r.text(), q.want)
		for _, bad := range []string{"Correct", "Not quite", "정답", "아쉬워요"} {
			if strings.Contains(r.text(), bad) {
				t.Fatalf("%q was graded as an answer: %q", q.text, r.text())
			}
		}
	}
	// the quiz's first question is still the first: nothing above used it
	has(t, talk(t, b, tutor, "x = 4", false).text(), "2/3")
}

// TestClassQuizByLessonName: a class quiz asked for with the lesson's name
// first, which the classifier leans to the lesson itself, starts the class
// quiz.
func TestClassQuizByLessonName(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	a, b := newBot(t, ts, "Ann"), newBot(t, ts, "Ben")
	for _, x := range []*bot{a, b} {
		x.join(t, "classroom")
	}
	tutor := avatarIn(t, a, "tutor")
	has(t, talk(t, a, tutor, "일차방정식 반 퀴즈 시작해요", false).text(), "2명", "2x + 3 = 11")
}
