package classroom_test

import (
	"strings"
	"testing"
)

// TestFirstStepIsALessonQuestion (issue 19): "뭐부터" with a lesson's topic
// asks the lesson's first step ("괄호 있는 식은 뭐부터 풀어요?") and is
// answered with its source, whatever the classifier took it for; how to
// begin with the tutor ("뭐부터 시작해요?") stays a request for help.
func TestFirstStepIsALessonQuestion(t *testing.T) {
	c := newTutorChat(t)
	for _, q := range []struct{ text, says string }{
		{"교실에서 지진으로 갑자기 흔들리면 뭐부터 해야 하나요?", "탁자"},
		{"괄호가 있는 식은 뭐부터 풀어요?", "괄호"},
	} {
		if r, _ := c.say("s1", q.text); !strings.Contains(r, q.says) || !strings.Contains(r, "출처") {
			t.Errorf("%q: %q, want an answer with its source", q.text, r)
		}
	}
	for _, text := range []string{"처음 왔는데 뭐부터 시작해요?", "뭐부터 공부하면 좋을까요?"} {
		if r, _ := c.say("s2", text); strings.Contains(r, "출처") {
			t.Errorf("%q: %q, want no lesson answer", text, r)
		}
	}
}
