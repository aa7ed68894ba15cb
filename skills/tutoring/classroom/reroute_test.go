package classroom_test

import (
	"strings"
	"testing"
)

// TestLessonQuestionsReachTheAnswer: a lesson question the classifier
// places elsewhere (a greeting, help, progress, a quiz) is answered from
// the lessons with its source; requests that name a greeting, progress or
// a quiz still get them; and a question the lessons do not cover is not
// dragged into an answer.
func TestLessonQuestionsReachTheAnswer(t *testing.T) {
	c := newTutorChat(t)
	for _, q := range []struct{ text, says string }{
		{"how many layers does the earth have inside?", "four layers"},                  // was taken for progress
		{"can you help me with how the epicentre differs from the focus?", "epicentre"}, // was taken for help
		{"잎 뒷면에 있는 작은 구멍은 뭐 하는 거예요?", "기공"},
		{"how do I greet my teacher politely in korean?", "annyeonghaseyo"},
		{"how did Joseon's capital end up in Hanyang?", "Hanyang"},
		{"엽록소 뜻 알려줄래", "엽록소"},
	} {
		if r, _ := c.say("s1", q.text); !strings.Contains(r, q.says) || !strings.Contains(r, "Source") && !strings.Contains(r, "출처") {
			t.Errorf("%q: %q, want an answer with its source", q.text, r)
		}
	}
	for _, q := range []struct{ text, says string }{
		{"선생님 안녕하세요!", "안녕하세요"},
		{"내 진도 알려줘", "%"},
		{"how am I doing?", "%"},
		{"what can you teach me?", "Lessons"},
	} {
		if r, _ := c.say("s2", q.text); !strings.Contains(r, q.says) || strings.Contains(r, "출처") || strings.Contains(r, "Source") {
			t.Errorf("%q: %q, want %q", q.text, r, q.says)
		}
	}
}

// TestSummaryOfOnePart: a summary asked of one part of a lesson ("이항하는
// 방법만 정리해 줘") is that part's answer, not the lesson's first section;
// a summary of a whole lesson stays the lesson view.
func TestSummaryOfOnePart(t *testing.T) {
	c := newTutorChat(t)
	for _, q := range []struct{ text, says string }{
		{"시험 전에 등식의 성질만 따로 정리해 주세요", "양변"},
		{"이항할 때 부호 바뀌는 거 정리 좀 해 주세요", "부호"},
		{"일차방정식 풀이 단계를 요약해 주세요", "괄호"},
	} {
		if r, _ := c.say("s1", q.text); !strings.Contains(r, q.says) {
			t.Errorf("%q: %q, want the part that says %q", q.text, r, q.says)
		}
	}
}
