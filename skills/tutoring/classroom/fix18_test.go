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
