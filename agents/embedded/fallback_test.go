package embedded_test

import (
	"strings"
	"testing"
)

// TestTutorFallback: a question the tutor's classifier cannot place still
// reaches the lessons (the tutoring data's fallback), and is answered from
// them with the source when they cover it; when they do not, the tutor says
// so and suggests what it can teach — never an answer from the wrong place.
// Either way it was a question for her: tutor_ask (the specification's
// "whether or not the lessons cover it"; see dialogue.Fallback.Questions).
func TestTutorFallback(t *testing.T) {
	w := newWorld(t)
	// Worded unlike the examples: about the green grains in leaf cells.
	got := w.say("f1", "tutor", "식물 잎 세포 안에 초록 알갱이 같은 거 이름이 뭐였죠")
	if !strings.Contains(got, "엽록체") || !strings.Contains(got, "광합성") {
		t.Fatalf("covered question answered %q", got)
	}
	if u := w.rec.lastUnderstood("f1"); u.Intent != "tutor_ask" {
		t.Errorf("covered question understood as %+v", u)
	}
	// Not in any lesson.
	got = w.say("f2", "tutor", "떡볶이는 어떻게 만들어요")
	if !strings.Contains(got, "수업") || strings.Contains(got, "출처") {
		t.Fatalf("off-syllabus question answered %q", got)
	}
	if u := w.rec.lastUnderstood("f2"); u.Intent != "tutor_ask" {
		t.Errorf("off-syllabus question understood as %+v", u)
	}
}

// TestHandledIntentUnplaced: an intent only a registered handler serves
// (the classroom's "class results"; no handler is registered in these
// tests) has no tool of its own. A question the classifier leans to it is
// unplaced text, judged by the fallback — it used to call the results
// tool with no class quiz and read out the tool's argument error.
func TestHandledIntentUnplaced(t *testing.T) {
	w := newWorld(t)
	got := w.say("h1", "tutor", "how many letters did the original Korean alphabet have?")
	if !strings.Contains(got, "Hunminjeongeum") || !strings.Contains(got, "Source") {
		t.Fatalf("covered question answered %q", got)
	}
	if u := w.rec.lastUnderstood("h1"); u.Intent != "tutor_ask" {
		t.Errorf("understood as %+v", u)
	}
	got = w.say("h2", "tutor", "class quiz scores please")
	if strings.Contains(got, "(arguments)") || strings.Contains(got, "class_quiz_id") || strings.Contains(got, "Source") {
		t.Fatalf("class results with no classroom answered %q", got)
	}
}

// TestJudgedBeforeGenericReply: a long question the classifier reads as
// thanks, help or a remark about the user is put to the judging tool
// first, and answered from the lessons when they cover it; when they do
// not, the classifier's reply stands (the fact is noted, thanks are
// welcomed), and a short thanks never reaches the tool.
func TestJudgedBeforeGenericReply(t *testing.T) {
	w := newWorld(t)
	got := w.say("j1", "tutor", "I'm vegetarian, how do I say no meat please in Korean?")
	if !strings.Contains(got, "Source") || strings.Contains(got, "Noted") {
		t.Fatalf("question with a fact answered %q", got)
	}
	if u := w.rec.lastUnderstood("j1"); u.Intent != "tutor_ask" {
		t.Errorf("understood as %+v", u)
	}
	// Not a lesson question: the fact is noted, as before.
	got = w.say("j2", "tutor", "참고로 저는 채식주의자예요")
	if strings.Contains(got, "출처") || strings.Contains(got, "수업 자료") {
		t.Fatalf("a remark about the user answered %q", got)
	}
	// A question the lessons do not cover: asked, then the fact is noted.
	got = w.say("j4", "tutor", "저는 채식주의자인데 오늘 저녁에 뭐 먹으면 좋을까요?")
	if !strings.Contains(got, "채식") || strings.Contains(got, "출처") || strings.Contains(got, "수업 자료") {
		t.Fatalf("an off-syllabus question with a fact answered %q", got)
	}
	got = w.say("j3", "tutor", "고마워요")
	if strings.Contains(got, "출처") || strings.Contains(got, "수업 자료") {
		t.Fatalf("thanks answered %q", got)
	}
	if u := w.rec.lastUnderstood("j3"); u.Intent != "thanks" {
		t.Errorf("thanks understood as %+v", u)
	}
}
