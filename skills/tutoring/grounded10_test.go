package tutoring

import (
	"strings"
	"testing"
)

// TestGrounded10Focus (issue 19 item 2): a cited sentence states what was
// asked, not only its topic. A forecast (rain tomorrow, this weekend) is
// not answered by the rain gauge of Sejong's time; how something comes
// about is not answered by what to do about it, and is answered by the
// sentence that gives its cause.
func TestGrounded10Focus(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ q, lesson, section, says string }{
		{"모레 부산에 비 올까요?", "", "", ""},
		{"will it snow in Seoul tomorrow?", "", "", ""},
		{"다음 주 날씨 어때요", "", "", ""},
		{"how does an earthquake out at sea make a tsunami form?", "", "", ""},
		{"how do tsunamis start?", "", "", ""},
		// the thing asked about, all of it: cells of a leaf are not
		// companion cells; the English word asked about in a Korean
		// question must be the section's
		{"what do companion cells do in a leaf?", "", "", ""},
		{"eat의 과거분사는 뭐예요?", "", "", ""},
		{"what do stomata do?", "photosynthesis", "chloroplast", "stomata"},
		{"have been to랑 have gone to는 뭐가 달라요?", "present-perfect", "been-gone", "have been to"},
		// why it is called so: the sentence that says it is so called
		{"세종을 왜 세종대왕이라고 해요?", "joseon-sejong", "sejong", "세종대왕"},
		{"why was Sejong called the great?", "joseon-sejong", "sejong", "called Sejong the Great"},
		// what it is today: the sentence that says so
		{"how many letters are in hangul nowadays?", "joseon-sejong", "hunminjeongeum", "today 24 are used"},
		// what becomes of a thing: the sentence it is the subject of
		{"what happens to glucose once it's made?", "photosynthesis", "products", "The glucose is soon turned into starch"},
		{"what happens to the magma when it comes out?", "earthquakes-volcanoes", "volcanoes", "Magma that flows out onto the surface is called lava."},
		// context, not a forecast
		{"방정식 시험이 내일인데 이항이 뭐예요?", "linear-equations", "transposition", "이항"},
		// how it comes about: the cause
		{"how do earthquakes start?", "earthquakes-volcanoes", "earthquakes", "suddenly break"},
		{"how does a volcano form?", "earthquakes-volcanoes", "volcanoes", "magma"},
	} {
		g := lib.Ask(c.q, "", "")
		switch {
		case c.lesson == "" && g.Covered:
			t.Errorf("%q: answered %q from %s § %s, want not covered", c.q, g.Answer, g.Source.LessonID, g.Source.SectionID)
		case c.lesson != "" && !g.Covered:
			t.Errorf("%q: not covered, want %s § %s", c.q, c.lesson, c.section)
		case c.lesson != "" && (g.Source.LessonID != c.lesson || g.Source.SectionID != c.section):
			t.Errorf("%q: answered %q from %s § %s, want %s § %s", c.q, g.Answer, g.Source.LessonID, g.Source.SectionID, c.lesson, c.section)
		case c.lesson != "" && !strings.Contains(g.Answer, c.says):
			t.Errorf("%q: answered %q, want it to say %q", c.q, g.Answer, c.says)
		}
	}
}
