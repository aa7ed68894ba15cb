package classroom_test

import "testing"

// A new user's trial (notes: trial 9, bug 14): "오늘 배운거 어디까지
// 했는지 알려줘" read a present-perfect sentence ("How long have you
// studied English?") instead of the student's progress, and "Hi! Whats
// todays lesson about?" read a sentence about the four commanderies
// instead of a greeting and the lessons.

// TestTrial9HowFarHaveIGot: asking how far one has got is one's progress.
func TestTrial9HowFarHaveIGot(t *testing.T) {
	c := newTutorChat(t)
	c.say("k", "현재완료 시제가 머에요? 예문도 알려주세요")
	for _, q := range []string{"오늘 배운거 어디까지 했는지 알려줘", "나 어디까지 배웠어요?", "지금까지 얼마나 했어요?"} {
		r, _ := c.say("k", q)
		lacks(t, r, "출처", "How long have you studied")
		wants(t, r, "아직 푼 문제가 없어서 단원 6개 모두 0%")
	}
	for _, q := range []string{"how far have I got?", "how far did we get today?", "what have I covered so far?"} {
		r, _ := c.say("e", q)
		lacks(t, r, "Source")
		wants(t, r, "You haven't answered anything yet, so all 6 lessons are at 0%")
	}
}

// TestTrial9TodaysLesson: "what's today's lesson about?" names the
// lessons, never cites a sentence of one.
func TestTrial9TodaysLesson(t *testing.T) {
	c := newTutorChat(t)
	for _, q := range []string{"Hi! Whats todays lesson about?", "what are we learning today?", "what's the lesson today?"} {
		r, _ := c.say("e", q)
		t.Logf("%s", r)
		lacks(t, r, "Source", "commanderies")
		wants(t, r, "Photosynthesis", "Linear Equations")
	}
	for _, q := range []string{"안녕하세요! 오늘 수업은 뭐예요?", "오늘 뭐 배워요?"} {
		r, _ := c.say("k", q)
		t.Logf("%s", r)
		lacks(t, r, "출처")
		wants(t, r, "광합성", "일차방정식")
	}
}
