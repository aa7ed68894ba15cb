package classroom_test

import (
	"strings"
	"testing"
)

// TestQuizStaysInSection (trial 12): a quiz asked on one section of a
// lesson asks about that section only — "just the section about
// volcanoes" asked which layer of the Earth is liquid.
func TestQuizStaysInSection(t *testing.T) {
	c := newTutorChat(t)
	r, _ := c.say("s1", "quiz me on earthquakes, just the section about volcanoes")
	if !strings.Contains(r, "1/") || !strings.Contains(strings.ToLower(r), "volcan") && !strings.Contains(strings.ToLower(r), "lava") && !strings.Contains(strings.ToLower(r), "magma") {
		t.Errorf("volcano section quiz: %q, want a question about volcanoes", r)
	}
	r, _ = c.say("s2", "지진 단원에서 화산 부분만 퀴즈 내줘")
	if !strings.Contains(r, "1/") || !strings.Contains(r, "마그마") {
		t.Errorf("화산 부분 퀴즈: %q, want a question about volcanoes", r)
	}
	r, _ = c.say("s3", "quiz me on earthquakes, only the magnitude part")
	if !strings.Contains(r, "1/") || !strings.Contains(r, "energy released") {
		t.Errorf("magnitude part quiz: %q, want the magnitude question", r)
	}
}
