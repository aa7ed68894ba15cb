package tutoring

import (
	"strings"
	"testing"

	"github.com/madang-world/madang/skills/skilltest"
)

// TestSolveStudentsEquation: the student's own equation is solved by the
// lesson's method, step by step and exactly, citing the lesson; what the
// solver cannot read is answered as before.
func TestSolveStudentsEquation(t *testing.T) {
	h, _ := newTutor(t)
	u := h.As("student", ScopeLearn)
	for _, c := range []struct{ q, lang, answer, section string }{
		{"how do u solve 3x+5=20", "en", "Let's solve 3x + 5 = 20 by moving terms across (transposition). Move +5 across, changing the sign: 3x = 20 - 5. Simplify: 3x = 15. Divide both sides by 3: x = 5. Answer: x = 5.", "Solving a linear equation"},
		{"2x-3=7 이거 어떻게풀어", "", "2x - 3 = 7을 이항으로 풀어 볼게요. -3을 이항하면 2x = 7 + 3이에요. 정리하면 2x = 10이에요. 양변을 2로 나누면 x = 5예요. 답: x = 5", "일차방정식의 풀이"},
		{"3(x - 1) = 9 풀어줘", "", "3(x - 1) = 9를 이항으로 풀어 볼게요. 괄호를 풀면 3x - 3 = 9예요. -3을 이항하면 3x = 9 + 3이에요. 정리하면 3x = 12예요. 양변을 3으로 나누면 x = 4예요. 답: x = 4", "일차방정식의 풀이"},
		{"x/2 + 1/3 = 1 how?", "en", "Let's solve x/2 + 1/3 = 1 by moving terms across (transposition). Multiply both sides by 6 to make the coefficients whole numbers: 3x + 2 = 6. Move +2 across, changing the sign: 3x = 6 - 2. Simplify: 3x = 4. Divide both sides by 3: x = 4/3. Answer: x = 4/3.", "Solving a linear equation"},
		{"0.5x + 1.2 = 2 어떻게 풀어요?", "ko", "0.5x + 1.2 = 2를 이항으로 풀어 볼게요. 계수를 정수로 고치려고 양변에 10을 곱하면 5x + 12 = 20이에요. +12를 이항하면 5x = 20 - 12예요. 정리하면 5x = 8이에요. 양변을 5로 나누면 x = 8/5예요. 답: x = 8/5 (1.6)", "일차방정식의 풀이"},
		{"5x + 2 = 3x + 10 풀어 줘", "", "5x + 2 = 3x + 10을 이항으로 풀어 볼게요. 3x와 +2를 이항하면 5x - 3x = 10 - 2예요. 정리하면 2x = 8이에요. 양변을 2로 나누면 x = 4예요. 답: x = 4", "일차방정식의 풀이"},
		{"solve 2 = x - 3", "en", "Let's solve 2 = x - 3 by moving terms across (transposition). Swap the sides: x - 3 = 2. Move -3 across, changing the sign: x = 2 + 3. Simplify: x = 5. Answer: x = 5.", "Moving terms across"},
		{"x+1=x+2 풀어줘", "", "x + 1 = x + 2를 이항으로 풀어 볼게요. x와 +1을 이항하면 x - x = 2 - 1이에요. 0 = 1은 참이 될 수 없으니 해가 없어요.", "일차방정식의 풀이"},
		{"그러면, x+7=10에서 7을 넘기면 어떻게 돼요", "", "x + 7 = 10을 이항으로 풀어 볼게요. +7을 이항하면 x = 10 - 7이에요. 정리하면 x = 3이에요. 답: x = 3", "이항"},
	} {
		args := map[string]any{"question": c.q}
		if c.lang != "" {
			args["lang"] = c.lang
		}
		g := skilltest.Decode[Grounded](t, h.Call(u, "tutor_ask", args))
		if !g.Covered || g.Answer != c.answer || g.Source == nil || g.Source.LessonID != "linear-equations" || g.Source.SectionTitle != c.section {
			t.Errorf("%q:\n got %q (source %+v)\nwant %q from %q", c.q, g.Answer, g.Source, c.answer, c.section)
			continue
		}
		// One citation: the method as the lesson words it, not its example.
		if len(g.Citations) != 1 || g.Citations[0].SectionTitle != c.section || !strings.Contains(strings.ToLower(g.Citations[0].Quote), tr(g.Lang, "이항", "mov")) ||
			strings.Contains(g.Citations[0].Quote, tr(g.Lang, "예를 들어", "For example")) {
			t.Errorf("%q: citations %+v do not quote the method", c.q, g.Citations)
		}
	}
	// Not a linear equation in one unknown: the lessons answer as before.
	lib, _ := LoadLibrary()
	for _, q := range []string{"x^2 = 4 어떻게 풀어?", "what is E=mc2", "x = 3일 때 2x + 1의 값은?", "1+1=2 맞아?", "y + 3 = x 풀어줘", "x*x=4"} {
		g := skilltest.Decode[Grounded](t, h.Call(u, "tutor_ask", map[string]any{"question": q}))
		if want := lib.Ask(q, "", ""); g.Answer != want.Answer || g.Covered != want.Covered {
			t.Errorf("%q: %q, want the lessons' answer %q", q, g.Answer, want.Answer)
		}
	}
	// Another lesson asked for: not solved.
	g := skilltest.Decode[Grounded](t, h.Call(u, "tutor_ask", map[string]any{"question": "3x+5=20", "lesson_id": "photosynthesis"}))
	if strings.Contains(g.Answer, "x = 5") {
		t.Errorf("solved within photosynthesis: %q", g.Answer)
	}
}

// FuzzSolve: whatever a student types, the solver reads an equation and
// solves it, or leaves the question to the lessons; it never fails.
func FuzzSolve(f *testing.F) {
	for _, s := range []string{"=", "x=", "=x", "(((x=1", "x/(x-1)=2", "1/0x=3", "x=x", ")(=", "3x+5=20=", "x/0=1", "0x=5", "-(-(x))=--3",
		"1,000x + 500(10 - x) = 7,000", "x..2=3", ".=.", "2(3(4(x+1)))=48", "x = 3일 때", "ⅹ+1=2", "3x+5=20"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, ok := findEquation(s)
		if !ok {
			return
		}
		if out := solveSteps(e, "ko") + solveSteps(e, "en"); out == "" {
			t.Errorf("%q: no steps", s)
		}
	})
}
