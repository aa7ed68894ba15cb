package classroom_test

import (
	"testing"
	"unicode"
)

// A new user's trial (trial14): "more" after a Korean lesson's answer
// gave the lesson's next Korean passage tagged lang=en, so a client read
// Korean in an English voice. The tag is the text's language.
func TestTrial14MoreTaggedByItsText(t *testing.T) {
	c := newTutorChat(t)
	r, _ := c.say("u", "일차 방정식 푸는법 알려쥬")
	wants(t, r, "일차방정식")
	r, _ = c.say("u", "more")
	c.out.mu.Lock()
	lang := c.out.langs["u"]
	c.out.mu.Unlock()
	ko, en := 0, 0
	for _, x := range r {
		switch {
		case unicode.Is(unicode.Hangul, x):
			ko++
		case x < 0x80 && unicode.IsLetter(x):
			en++
		}
	}
	if want := map[bool]string{true: "ko", false: "en"}[ko > en]; lang != want {
		t.Fatalf("%q tagged lang=%q, want %q", r, lang, want)
	}
}

// A new user's trial (trial14): "쌤 퀴즈 내줘" asked which lesson as text
// only, and a press on a row then got "지금은 고를 목록이 없어요". The
// lessons come as a card; its second row pressed (heard as "2번") starts
// the quiz on the second lesson; a number said after another reply is not
// read against that list.
func TestTrial14WhichLessonCard(t *testing.T) {
	c := newTutorChat(t)
	r, card := c.say("u", "쌤 퀴즈 내줘")
	wants(t, r, "어느 수업으로 퀴즈를 낼까요?")
	if card.Kind != "replies" || len(card.Items) < 2 {
		t.Fatalf("card %+v, want the lessons to press", card)
	}
	r, qc := c.say("u", "2번")
	lacks(t, r, "고를 목록이 없어요")
	wants(t, r, "1/3.")
	if qc.Kind != "quiz" || qc.Title == "" {
		t.Fatalf("card %+v, want the quiz", qc)
	}
	if card.Items[1].ID != "joseon-sejong" {
		t.Fatalf("second lesson %+v", card.Items[1])
	}
	wants(t, r, "조선을 세운") // the Joseon lesson's first question
}
