package classroom_test

import (
	"strings"
	"testing"
)

// A new user's trial (trial19): "quiz me on the second section" after a
// photosynthesis answer quizzed the whole lesson. A section named by its
// place is that section of the lesson named or being studied: the quiz
// asks only its questions (photosynthesis: § 3 What photosynthesis needs
// has the water-and-carbon-dioxide question, § 2 Where photosynthesis
// happens the chloroplast one; earthquakes § 4 Volcanoes the magma one).
func TestQuizSectionByPlaceFix19b(t *testing.T) {
	for _, c := range []struct{ user, first, ask, want, not string }{
		{"p1", "why do leaves need sunlight?", "quiz me on the third section", "does photosynthesis need", "which part of the cell"},
		{"p2", "why do leaves need sunlight?", "test me on part 2 please", "which part of the cell", "does photosynthesis need"},
		{"p3", "광합성에 필요한 게 뭐예요?", "두 번째 단원 문제 내줘", "세포 속 기관", "물질을 바르게"},
		{"p4", "", "give me a quiz on section 4 of earthquakes and volcanoes", "magma", "liquid"},
		{"p5", "", "지진과 화산 4단원으로 퀴즈 내 주세요", "마그마", "액체"},
	} {
		c2 := newTutorChat(t)
		if c.first != "" {
			c2.say(c.user, c.first)
		}
		r, _ := c2.say(c.user, c.ask)
		if !strings.Contains(r, "1/") || !strings.Contains(strings.ToLower(r), c.want) || strings.Contains(strings.ToLower(r), c.not) {
			t.Errorf("%q: %q, want the section's question (%q)", c.ask, r, c.want)
		}
	}
}
