package classroom_test

import (
	"strings"
	"testing"
)

// TestOtherLanguageReanswers (trial 12): "그거 영어로 설명해 줄 수
// 있어?" after an answer says that answer again in English, from the same
// section with its source — not "not in our lessons" — and "한국어로
// 다시" brings it back; a lesson question that names a language is still
// asked as it is.
func TestOtherLanguageReanswers(t *testing.T) {
	c := newTutorChat(t)
	if r, _ := c.say("s1", "광합성은 어디서 일어나요?"); !strings.Contains(r, "엽록체") {
		t.Fatalf("first answer: %q", r)
	}
	if r, _ := c.say("s1", "그거 영어로 설명해 줄 수 있어?"); !strings.Contains(r, "chloroplast") || !strings.Contains(r, "Source:") {
		t.Errorf("in English: %q, want the answer in English with its source", r)
	}
	if r, _ := c.say("s1", "한국어로 다시 말해 줘"); !strings.Contains(r, "엽록체") || !strings.Contains(r, "출처") {
		t.Errorf("in Korean again: %q, want the answer in Korean", r)
	}
	if r, _ := c.say("s1", "can you say that in english?"); !strings.Contains(r, "chloroplast") {
		t.Errorf("in English (asked in English): %q", r)
	}
	if r, _ := c.say("s2", "한국어로 고맙다는 말은 어떻게 해요?"); !strings.Contains(r, "감사합니다") {
		t.Errorf("a lesson question naming a language: %q", r)
	}
}

// TestMoreAfterMiss (trial 12): "more" right after a question the
// lessons do not cover says there is nothing to add to it and what the
// student can do — not that there is no answer yet.
func TestMoreAfterMiss(t *testing.T) {
	c := newTutorChat(t)
	c.say("s1", "Where does photosynthesis happen?")
	if r, _ := c.say("s1", "what is quantum mechanics?"); !strings.Contains(r, "lessons") {
		t.Fatalf("off the syllabus: %q", r)
	}
	r, _ := c.say("s1", "more")
	if strings.Contains(r, "yet") || !strings.Contains(r, "isn't in our lessons") || !strings.Contains(r, "quiz me") {
		t.Errorf("more after a miss: %q, want why there is nothing more and what to do", r)
	}
}
