package classroom_test

import (
	"strings"
	"testing"
)

// What a new user read from the tutor, fixed (left9; notes: trial 8).

// TestLeft9KoreanHistoryQuiz: "한국사 퀴즈 내주세요" (and "quiz me on
// Korean history") started the Korean-basics quiz, "한국사" being no word
// of any lesson; it is the Korean history lesson (Early Joseon).
func TestLeft9KoreanHistoryQuiz(t *testing.T) {
	c := newTutorChat(t)
	for _, x := range []struct{ user, ask, want string }{
		{"k", "한국사 퀴즈 내주세요", "1392년에 조선을 세운 사람은?"},
		{"k2", "한국사 퀴즈", "1392년에 조선을 세운 사람은?"},
		{"k3", "국사 문제 내줘", "1392년에 조선을 세운 사람은?"},
		{"e", "quiz me on Korean history", "Who founded Joseon in 1392?"},
	} {
		r, _ := c.say(x.user, x.ask)
		wants(t, r, "1/3.", x.want)
		lacks(t, r, "인사", "greeting")
	}
}

// TestLeft9ProgressInTheMiddleOfAQuiz: asked for their progress while a
// question of their quiz waits, the student was graded ("진도 좀
// 보여줄래요?" → "아쉬워요"), told the lessons don't cover it, or lost the
// question. The progress is said (with the quiz's score so far), the
// question stays open, and the next answer is graded.
func TestLeft9ProgressInTheMiddleOfAQuiz(t *testing.T) {
	for _, x := range []struct{ user, quiz, first, ask, progress, back, answer, graded string }{
		{"k", "광합성 퀴즈 내줘", "엽록체", "제 진도 어디까지 왔어요?", "이번 퀴즈는 지금까지 1문제 중 1개 맞혔어요", "퀴즈로 돌아갈게요. 2/3.", "2번", "정답"},
		{"k2", "광합성 퀴즈 내줘", "엽록체", "진도 좀 보여줄래요?", "광합성", "퀴즈로 돌아갈게요. 2/3.", "2번", "정답"},
		{"k3", "광합성 퀴즈 내줘", "미토콘드리아", "지금까지 몇 개 맞았어?", "이번 퀴즈는 지금까지 1문제 중 0개 맞혔어요", "퀴즈로 돌아갈게요. 2/3.", "2번", "정답"},
		{"k4", "광합성 퀴즈 내줘", "엽록체", "나 지금 몇 점이야?", "이번 퀴즈는 지금까지 1문제 중 1개 맞혔어요", "퀴즈로 돌아갈게요. 2/3.", "2번", "정답"},
		{"e", "give me a quiz on photosynthesis", "chloroplast", "how many did I get right so far?", "This quiz so far: 1 of 1 right", "Back to the quiz: 2/3.", "the second one", "Correct!"},
		{"e2", "give me a quiz on photosynthesis", "chloroplast", "what's my progress so far?", "Photosynthesis", "Back to the quiz: 2/3.", "2", "Correct!"},
	} {
		c := newTutorChat(t)
		r, _ := c.say(x.user, x.quiz)
		wants(t, r, "1/3.")
		c.say(x.user, x.first)
		r, _ = c.say(x.user, x.ask)
		wants(t, r, x.progress, x.back)
		lacks(t, r, "아쉬워요", "정답은", "Not quite", "수업 자료에 없어서", "don't cover", "3/3")
		r, _ = c.say(x.user, x.answer)
		wants(t, r, x.graded, "3/3.")
	}
}

// TestLeft9NoAnswerAfterAStoppedQuiz: a choice said after the quiz was
// stopped (class or solo) is graded by nothing.
func TestLeft9NoAnswerAfterAStoppedQuiz(t *testing.T) {
	c := newClassChat(t, "a", "b", "e", "f")
	for _, x := range []struct{ starter, other, start, answer, stop, pick string }{
		{"a", "b", "지진 반 퀴즈 시작", "2번", "퀴즈 그만", "1번"},
		{"e", "f", "start a class quiz on earthquakes", "3", "stop the quiz", "1"},
	} {
		c.say(x.starter, x.start)
		c.say(x.starter, x.answer)
		c.say(x.other, x.answer)
		c.say(x.starter, x.stop)
		for _, u := range []string{x.starter, x.other} {
			r, card := c.say(u, x.pick)
			lacks(t, r, "정답", "아쉬워요", "Correct", "Not quite", "2/3", "3/3")
			if !strings.Contains(r, "풀고 있는 퀴즈 문제가 없어요") && !strings.Contains(r, "no quiz question open") {
				t.Errorf("%s: %q after the stop → %q, want: no question is open", u, x.pick, r)
			}
			if card.Kind == "graded" {
				t.Errorf("%s: %q after the stop showed a graded card %+v", u, x.pick, card)
			}
		}
	}
	s := newTutorChat(t)
	for _, x := range []struct{ user, start, stop, pick string }{
		{"k", "지진 퀴즈 내주세요", "퀴즈 그만", "1번"},
		{"e", "quiz me on earthquakes", "stop the quiz", "1"},
	} {
		s.say(x.user, x.start)
		s.say(x.user, x.stop)
		r, _ := s.say(x.user, x.pick)
		lacks(t, r, "정답", "아쉬워요", "Correct", "Not quite", "2/3")
		if !strings.Contains(r, "고를 목록이 없어요") && !strings.Contains(r, "no list to pick from") {
			t.Errorf("%s: %q after the stop → %q, want: nothing to pick from", x.user, x.pick, r)
		}
	}
}
