package tutoring

import (
	"fmt"
	"strings"
	"testing"
)

// TestGradeAsMeant: "2번" to a quiz question was graded wrong. A student's
// answer is read as they meant it: to a multiple choice question, a
// number in any of the ways people write it is that choice; to a short
// question whose answer is a number, "7번" is the number; the words around
// an answer ("정답은", "my answer is") do not count against it.
func TestGradeAsMeant(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range lib.Lessons {
		for _, q := range l.Quiz {
			var right, wrong []string
			if q.Type == "mc" {
				n, w := q.Answer+1, (q.Answer+1)%len(q.Choices)+1
				right = []string{fmt.Sprint(n), fmt.Sprintf("%d번", n), fmt.Sprintf("%d번이요", n), fmt.Sprintf("%d번!", n), fmt.Sprintf("%d)", n),
					fmt.Sprintf("정답은 %d번", n), fmt.Sprintf("답 %d번", n), fmt.Sprintf("number %d", n), fmt.Sprintf("my answer is %d", n),
					fmt.Sprintf("%d번 %s", n, q.Choices[q.Answer]), q.Choices[q.Answer], string(rune('①' + n - 1))}
				wrong = []string{fmt.Sprintf("%d번", w), fmt.Sprintf("number %d", w), fmt.Sprintf("%d번 %s", n, q.Choices[w-1]), "넘어갈래", ""}
			} else {
				for _, a := range q.Accept {
					right = append(right, a, "답은 "+a, "정답은 "+a, "my answer is "+a)
				}
				wrong = []string{"모르겠어요", "", "99번"}
			}
			for _, a := range right {
				if !grade(q, a) {
					t.Errorf("%s %s: %q graded wrong", l.ID, q.ID, a)
				}
			}
			for _, a := range wrong {
				if grade(q, a) {
					t.Errorf("%s %s: %q graded right", l.ID, q.ID, a)
				}
			}
		}
	}
	// A short question whose answer is a number: "7번" is the number 7.
	q := Question{ID: "t1", Type: "short", Accept: []string{"x=7", "7"}}
	for _, a := range []string{"7번", "7", "x = 7", "x=7이요", "답은 7"} {
		if !grade(q, a) {
			t.Errorf("short %q graded wrong", a)
		}
	}
}

// TestExpectedInEnglish: graded in English, the right answer is shown in
// English ("the Four Commanderies and Six Garrisons", not "4군 6진") —
// except where the answer is Korean itself, in the lesson that teaches it.
func TestExpectedInEnglish(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range lib.Lessons {
		if l.ID == "korean-basics" {
			continue
		}
		for _, q := range l.Quiz {
			if e := expected(q, "en"); strings.ContainsFunc(e, isHangul) {
				t.Errorf("%s %s: shown in English as %q", l.ID, q.ID, e)
			}
			if x := explanation(q, "en"); strings.ContainsFunc(x, isHangul) && !strings.Contains(x, "(") {
				t.Errorf("%s %s: explained in English as %q", l.ID, q.ID, x)
			}
		}
	}
}
