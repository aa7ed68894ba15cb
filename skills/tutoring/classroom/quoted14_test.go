package classroom_test

import (
	"strings"
	"testing"
)

// TestQuotedSentenceIsAsked (issue 19): a sentence the student quotes to
// ask whether it is right is mentioned, not said — "is 'I have finished it
// last night' correct?" was taken for "I have finished" (cancel) and got
// "All right."; a request for the way to do something without a question
// word ("식 세우는 방법 좀요ㅠㅠ") got the help text. Both are answered
// from the lessons with their source; a real "그만할래요" still stops, and
// a quoted question the lessons do not cover is not dragged into one.
func TestQuotedSentenceIsAsked(t *testing.T) {
	c := newTutorChat(t)
	for _, q := range []struct{ text, says string }{
		{"is 'I have finished it last night' correct?", "definite time in the past"},
		{"can I say 'we have met two days ago'?", `"I have seen the movie yesterday." is wrong`},
		{"활용 문제에서 식 세우는 방법 좀요ㅠㅠ", "방정식을 세워서 풀어요"},
		{"일차방정식 푸는 방법 좀", "일차방정식"},
	} {
		r, _ := c.say("s1", q.text)
		if !strings.Contains(r, q.says) || !strings.Contains(r, "Source") && !strings.Contains(r, "출처") {
			t.Errorf("%q: %q, want an answer that says %q with its source", q.text, r, q.says)
		}
	}
	if r, _ := c.say("s2", "is 'the mitochondria is the powerhouse of the cell' correct?"); strings.Contains(r, "Source") {
		t.Errorf("an uncovered quote was answered with a source: %q", r)
	}
}
