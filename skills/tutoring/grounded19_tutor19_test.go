package tutoring

import (
	"strings"
	"testing"
)

// TestGrounded19Tutor19 (issue 19): three kinds of question that shared
// words with a section that does not answer them, each asked several
// ways in both languages — what a form is for (the uses, not the form),
// how one thing makes another (a cause or a means, not an instruction
// that mentions it), and a thing to ask for or food to take away that the
// phrase lesson never teaches — with the look-alikes the lessons do
// answer.
func TestGrounded19Tutor19(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ q, want, says string }{
		// what a form is for
		{"what is the present perfect used for", "present-perfect#uses", "connected to the present"},
		{"so what's the purpose of the present perfect", "present-perfect#uses", "connected to the present"},
		{"what is the present perfect even for?", "present-perfect#uses", "connected to the present"},
		{"현재완료는 어디에 써요?", "present-perfect#uses", "현재와 이어져"},
		{"현재완료는 어떤 경우에 써요?", "present-perfect#uses", "현재와 이어져"},
		{"what was the cheugugi used for", "joseon-sejong#science", "measure rainfall"},
		// how one thing makes another: a cause or a means
		{"how do earthquakes make tsunamis", "", ""},
		{"what makes a tsunami happen?", "", ""},
		{"how does a quake under the ocean produce giant waves", "", ""},
		{"해저 지진은 어떻게 해일을 일으켜요?", "", ""},
		{"바다 밑 지진이 어떻게 쓰나미를 만드는 거예요?", "", ""},
		{"how do plants make food", "photosynthesis#definition", "light energy"},
		{"식물은 어떻게 양분을 만들어요?", "photosynthesis#definition", "빛에너지를 이용하여"},
		{"세종은 어떻게 한글을 만들었어요?", "joseon-sejong#hunminjeongeum", "본떠"},
		{"how did sejong make hangeul", "joseon-sejong#hunminjeongeum", "shaped after"},
		// a thing to ask for, or food to take away, never taught
		{"how do I ask for napkins at a korean restaurant", "", ""},
		{"how do I order takeaway in Korean", "", ""},
		{"what do I say to have my leftovers boxed up", "", ""},
		{"can I get the rest of this to go? how would I say it in korean", "", ""},
		{"how do I ask for a doggy bag in Korean", "", ""},
		{"how do I ask for the menu in Korean", "korean-basics#ordering-food", "menyupan"},
		{"how do I ask for water in korean", "korean-basics#ordering-food", "mul jom juseyo"},
		{"I have to go now, how do I say goodbye in Korean", "korean-basics#greetings", "annyeonghi"},
	} {
		g := lib.Ask(tc.q, "", "")
		got := ""
		if len(g.Citations) > 0 {
			got = g.Citations[0].LessonID + "#" + g.Citations[0].SectionID
		}
		if got != tc.want {
			t.Errorf("%q: cited %q, want %q (answer %q)", tc.q, got, tc.want, g.Answer)
			continue
		}
		if tc.want == "" {
			if g.Covered || g.Message == "" || len(g.Suggestions) == 0 {
				t.Errorf("%q: want not covered with suggestions, got %+v", tc.q, g)
			}
			continue
		}
		if !strings.Contains(g.Answer, tc.says) {
			t.Errorf("%q: answer %q does not say %q", tc.q, g.Answer, tc.says)
		}
	}
}
