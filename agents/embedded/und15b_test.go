package embedded_test

import (
	"strings"
	"testing"
)

// Round 15's English understanding (und15b).

// TestQuestionInANamedLesson: a question asked "in the X lesson" (or "X
// 단원에서") is asked of that lesson (tutor_ask's lesson_id); a question
// that names no lesson keeps the whole syllabus, even when it names a
// lesson's subject.
func TestQuestionInANamedLesson(t *testing.T) {
	w := newWorld(t)
	for i, c := range []struct{ text, lesson, says string }{
		{"In the earthquakes and volcanoes unit, why do plates move?", "earthquakes-volcanoes", "plate boundaries"},
		{"quick one about the present perfect lesson: when do I use since?", "present-perfect", "since"},
		// "단원에서" is no words of the question: the answer is the
		// passage on magma, not "not covered".
		{"지진과 화산 단원에서 마그마가 뭐예요?", "earthquakes-volcanoes", "마그마"},
		{"세종 단원에서요, 측우기는 무엇을 재는 도구예요?", "joseon-sejong", "비의 양"},
		{"what is an equation?", "", "equality"},
		{"광합성은 어디서 일어나요?", "", "엽록체"},
	} {
		user := "l" + string(rune('a'+i))
		got := w.say(user, "tutor", c.text)
		u := w.rec.lastUnderstood(user)
		if u.Intent != "tutor_ask" || u.Slots["lesson_id"] != c.lesson {
			t.Errorf("%q: understood %s %v, want tutor_ask with lesson_id %q", c.text, u.Intent, u.Slots, c.lesson)
		}
		if !strings.Contains(got, c.says) {
			t.Errorf("%q: said %q, want an answer saying %q", c.text, got, c.says)
		}
	}
}

// TestKoreanDishesSpeltInLatinLetters: a dish named in English or in
// Korean spelt in Latin letters is the cuisine it is served by.
func TestKoreanDishesSpeltInLatinLetters(t *testing.T) {
	w := newWorld(t)
	for i, c := range []struct{ text, cuisine string }{
		{"pork belly for 3 in mapo friday at 7", "bbq"},
		{"we want galbi tonight in gangnam, 4 of us at 8", "bbq"},
		{"somewhere for omakase tomorrow 7pm, 2 people", "japanese"},
		{"흑돼지 먹고 싶어요 제주 토요일 6시 4명", "bbq"},
	} {
		user := "d" + string(rune('a'+i))
		w.say(user, "assistant", c.text)
		u := w.rec.lastUnderstood(user)
		if u.Intent != "booking_search_restaurants" || u.Slots["cuisine"] != c.cuisine {
			t.Errorf("%q: understood %s %v, want booking_search_restaurants with cuisine %q", c.text, u.Intent, u.Slots, c.cuisine)
		}
	}
}
