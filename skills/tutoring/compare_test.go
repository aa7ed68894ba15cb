package tutoring

import (
	"strings"
	"testing"
)

// TestComparisonAnswersBothSides: asked the difference between two
// things a section explains one sentence each, the answer gives both
// sentences — "for vs since" said only what since takes.
func TestComparisonAnswersBothSides(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"what's the difference between for and since?", []string{"For is followed by a length of time: for three years, for two hours.", "Since is followed by the point when something started"}},
		{"for vs since", []string{"For is followed by a length of time", "Since is followed by the point when something started"}},
		{"for랑 since 차이가 뭐야?", []string{"for 뒤에는 기간이 와요(for three years, for two hours).", "since 뒤에는 일이 시작된 때가 와요"}},
		{"for와 since는 어떻게 달라요?", []string{"for 뒤에는 기간이 와요", "since 뒤에는 일이 시작된 때가 와요"}},
	} {
		g := lib.Ask(c.q, "", "")
		for _, w := range c.want {
			if !strings.Contains(g.Answer, w) {
				t.Errorf("%q → %q, want %q", c.q, g.Answer, w)
			}
		}
	}
}
