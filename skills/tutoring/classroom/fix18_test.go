package classroom_test

import (
	"strings"
	"testing"
)

// A new user's trial (trial18: k6, k12, k14, e6, e14): "다음", "next",
// "continue", "계속", "다음 내용" after a lesson's first section did not go
// on; "퀴즈" alone was "알겠어요." and "quiz" quizzed another lesson. Going
// on is the next section of the lesson studied; a quiz is on it.
func TestFix18StudyGoesOn(t *testing.T) {
	for _, c := range []struct{ teach, next, want string }{
		{"teach me photosynthesis from the beginning", "next", "chloroplast"},
		{"teach me photosynthesis", "continue", "chloroplast"},
		{"teach me photosynthesis", "ok next part", "chloroplast"},
		{"teach me photosynthesis", "keep going", "chloroplast"},
		{"광합성 처음부터 가르쳐 줘", "다음", "엽록체"},
		{"광합성 수업 해줘", "계속", "엽록체"},
		{"광합성 수업 해줘", "다음 내용", "엽록체"},
		{"광합성 수업 해줘", "네 다음으로 넘어가 주세요", "엽록체"},
	} {
		ch := newTutorChat(t)
		ch.say("u", c.teach)
		if got, _ := ch.say("u", c.next); !strings.Contains(got, c.want) {
			t.Errorf("%q then %q: %q, want the next section (%s)", c.teach, c.next, got, c.want)
		}
	}
	for _, c := range []struct{ teach, quiz string }{
		{"teach me photosynthesis", "quiz"},
		{"teach me photosynthesis", "quiz me"},
		{"teach me photosynthesis", "ok test me"},
		{"광합성 수업 해줘", "퀴즈"},
		{"광합성 수업 해줘", "퀴즈 내줘"},
		{"광합성 수업 해줘", "이제 문제 내 주세요"},
	} {
		ch := newTutorChat(t)
		ch.say("u", c.teach)
		got, _ := ch.say("u", c.quiz)
		if !strings.Contains(got, "1/") || !strings.Contains(strings.ToLower(got), "photosynthesis") && !strings.Contains(got, "광합성") && !strings.Contains(got, "엽록") && !strings.Contains(strings.ToLower(got), "chloroplast") && !strings.Contains(got, "leaf") && !strings.Contains(got, "잎") && !strings.Contains(got, "호흡") && !strings.Contains(got, "respiration") {
			t.Errorf("%q then %q: %q, want a quiz on photosynthesis", c.teach, c.quiz, got)
		}
	}
}

// A new user's trial (trial18, k6): "양자역학 설명해줘" in the middle of a
// quiz was graded as the answer. A request to be told about something is
// an aside: answered (or said to be outside the lessons), and the
// question still waits for its answer.
func TestFix18ExplainIsNotAnAnswer(t *testing.T) {
	for _, c := range []struct{ quiz, aside, back string }{
		{"지진 퀴즈 내줘", "양자역학 설명해줘", "퀴즈로 돌아갈게요"},
		{"지진 퀴즈 내줘", "블랙홀에 대해 알려줘", "퀴즈로 돌아갈게요"},
		{"지진 퀴즈 내줘", "상대성 이론 좀 설명해 주세요", "퀴즈로 돌아갈게요"},
		{"earthquake quiz please", "explain quantum physics", "Back to the quiz"},
		{"earthquake quiz please", "can you tell me about black holes", "Back to the quiz"},
		{"earthquake quiz please", "teach me about the stock market", "Back to the quiz"},
	} {
		ch := newTutorChat(t)
		ch.say("u", c.quiz)
		got, _ := ch.say("u", c.aside)
		if !strings.Contains(got, c.back) || strings.Contains(got, "정답은") || strings.Contains(got, "The answer is") || strings.Contains(got, "아쉬워요") || strings.Contains(got, "Not quite") {
			t.Errorf("%q mid-quiz: %q, want an aside and the question again", c.aside, got)
		}
	}
}
