package tutoring

import "testing"

// TestGrounded8 (issue 19): a citation must support the answer — the
// cited sentence states what was asked (who came after someone, why,
// how a thing is said in Korean, what a term is), not just shares its
// words — and a chatty question about a lesson's terms is answered from
// the passage that has them (filler, a 하다 verb of a term, two choices).
func TestGrounded8(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ q, lesson, section string }{
		// not covered: the sentence the section has does not answer
		{"who became king after Sejong died?", "", ""},
		{"세종 다음 임금은 누구였어?", "", ""},
		{"고려의 첫 번째 왕은 누구예요?", "", ""},
		{"who was king before sejong?", "", ""},
		{"세종 전에 왕은 누구였어요?", "", ""},
		{"what is the mechanism behind a tsunami?", "", ""},
		{"why is the inner core solid?", "", ""},
		{"how do you say 'good night' in Korean?", "", ""},
		{"what is 50 in korean?", "", ""},
		{"how do I solve a system of equations?", "", ""},
		{"모레 눈 와요?", "", ""},
		{"what is the distributive law?", "", ""},
		// covered
		{"who was the first king of joseon?", "joseon-sejong", "founding"},
		{"맨틀이랑 외핵 구분하는 법 좀", "earthquakes-volcanoes", "structure"},
		{"does water move up the xylem or the phloem?", "photosynthesis", "materials"},
		{"이항하라는 게 무슨 말이에요?", "linear-equations", "transposition"},
		{"광합성 한마디로 설명 좀", "photosynthesis", "definition"},
		{"수업시간에 지진 나면 책상 밑으로 들어가요?", "earthquakes-volcanoes", "safety"},
		{"용암이랑 마그마 차이 쉽게 ㅋㅋ", "earthquakes-volcanoes", "volcanoes"},
		{"for나 since 중에 뭘 써야 돼요?", "present-perfect", "for-since"},
		{"What does 'solving' an equation mean?", "linear-equations", "equation"},
		{"'방정식을 푼다'는 게 무슨 뜻이에요?", "linear-equations", "equation"},
	} {
		g := lib.Ask(c.q, "", "")
		switch {
		case c.lesson == "" && g.Covered:
			t.Errorf("%q: answered %q from %s § %s, want not covered", c.q, g.Answer, g.Source.LessonID, g.Source.SectionID)
		case c.lesson != "" && !g.Covered:
			t.Errorf("%q: not covered, want %s § %s", c.q, c.lesson, c.section)
		case c.lesson != "" && (g.Source.LessonID != c.lesson || g.Source.SectionID != c.section):
			t.Errorf("%q: answered %q from %s § %s, want %s § %s", c.q, g.Answer, g.Source.LessonID, g.Source.SectionID, c.lesson, c.section)
		}
	}
}
