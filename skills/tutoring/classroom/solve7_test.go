package classroom_test

import (
	"strings"
	"testing"

	"github.com/madang-world/madang/protocol"
)

// TestTrial7SolvesTheStudentsEquation: "how do u solve 3x+5=20" and
// "2x-3=7 이거 어떻게풀어" got the lesson's example (2x + 3 = 11, or the
// word problem); the student's own equation is solved by transposition,
// citing the lesson.
func TestTrial7SolvesTheStudentsEquation(t *testing.T) {
	c := newTutorChat(t)
	r, card := c.say("e1", "how do u solve 3x+5=20")
	wants(t, r, "Let's solve 3x + 5 = 20 by moving terms across (transposition). Move +5 across, changing the sign: 3x = 20 - 5. Simplify: 3x = 15. Divide both sides by 3: x = 5. Answer: x = 5.",
		"(Source: Mathematics · Middle school · Linear Equations § Solving a linear equation)")
	if card.Kind != protocol.CardAnswer || len(card.Sources) == 0 || card.Sources[0].Lesson != "Linear Equations" {
		t.Errorf("answer card %+v: want the lesson as its source", card)
	}
	r, _ = c.say("k1", "2x-3=7 이거 어떻게풀어")
	wants(t, r, "2x - 3 = 7을 이항으로 풀어 볼게요. -3을 이항하면 2x = 7 + 3이에요. 정리하면 2x = 10이에요. 양변을 2로 나누면 x = 5예요. 답: x = 5",
		"(출처: 중학교 수학 · 일차방정식 § 일차방정식의 풀이)")
	if strings.Contains(r, "2x + 3 = 11") || strings.Contains(r, "x = 4") {
		t.Errorf("the lesson's example instead of the student's equation: %q", r)
	}
}
