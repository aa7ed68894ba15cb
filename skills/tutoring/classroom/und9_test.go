package classroom_test

import "testing"

// Class quizzes asked for in words the classifier placed elsewhere ("for
// everyone" read as ending a quiz, "모든 학생" read as the student's own
// quiz), and answers said as "option N" or as a greeting while a question
// is open, were not the class quiz's.

// TestUnd9ClassQuizAskedForEveryone: a quiz with the class named starts
// the class quiz, in both languages.
func TestUnd9ClassQuizAskedForEveryone(t *testing.T) {
	for _, ask := range []string{"photosynthesis quiz with everyone please", "모든 학생한테 광합성 퀴즈 내 줘", "우리 다같이 광합성 퀴즈 풀어요"} {
		c := newClassChat(t, "a", "b")
		r, _ := c.say("a", ask)
		if !(contains(r, "Class quiz started") || contains(r, "반 전체 퀴즈를 시작했어요")) {
			t.Fatalf("%q: %q started no class quiz", ask, r)
		}
	}
}

// TestUnd9ClassAnswerWorded: "choice 3 maybe" and a greeting alone are
// answers to the open question; "현황" while the quiz runs is its results.
func TestUnd9ClassAnswerWorded(t *testing.T) {
	c := newClassChat(t, "a", "b")
	r, _ := c.say("a", "반 전체 한국어 기초 퀴즈 시작")
	wants(t, r, "처음 만난 사람에게 하는 정중한 인사는?")
	r, _ = c.say("a", "안녕하세요")
	wants(t, r, "정답", "2/3")
	r, _ = c.say("b", "고맙습니다")
	wants(t, r, "아쉬워요", "2/3")
	r, _ = c.say("a", "지금 현황 어때요")
	wants(t, r, "반 퀴즈 결과")
	e := newClassChat(t, "x", "y")
	r, _ = e.say("x", "start a class quiz on earthquakes")
	wants(t, r, "Class quiz started")
	r, _ = e.say("x", "choice 3 maybe")
	wants(t, r, "2/3")
	lacks(t, r, "Hello")
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}
