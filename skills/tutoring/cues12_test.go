package tutoring

import (
	"strings"
	"testing"
)

// TestCues12Sentence (trial 12): within the right section, the sentence
// read out answers the kind of question asked — a reason for 이유, the
// count of the thing counted for 몇 개, what most of it is for 주로, the
// condition of the rule for 조건 — in both languages.
func TestCues12Sentence(t *testing.T) {
	checkAsk(t, []askCase{
		{"세종대왕이 한글 만든 이유가 뭐예요?", "joseon-sejong", "hunminjeongeum", "누구나 쉽게 배울 수 있는 글자"},
		{"훈민정음을 무슨 까닭으로 만들었나요", "joseon-sejong", "hunminjeongeum", "누구나 쉽게 배울 수 있는 글자"},
		{"Why did King Sejong make Hangul?", "joseon-sejong", "hunminjeongeum", "anyone could learn easily"},
		{"훈민정음 자음은 몇 개야?", "joseon-sejong", "hunminjeongeum", "자음 17자"},
		{"한글 모음은 모두 몇 자였어요?", "joseon-sejong", "hunminjeongeum", "모음 11자"},
		{"how many consonants did hunminjeongeum have?", "joseon-sejong", "hunminjeongeum", "17 consonants"},
		{"화산 가스는 주로 뭐로 이루어져 있어요?", "earthquakes-volcanoes", "volcanoes", "대부분 수증기"},
		{"what is volcanic gas mostly made of?", "earthquakes-volcanoes", "volcanoes", "mostly water vapour"},
		{"양변을 나눌 때 조건이 뭐예요?", "linear-equations", "properties", "0이 아닌"},
		{"is there a condition when you divide both sides of an equation?", "linear-equations", "properties", "non-zero"},
		{"현재완료 since 쓰는법 알려줘", "present-perfect", "for-since", "since 뒤에는 일이 시작된 때"},
		{"for는 어떻게 써요?", "present-perfect", "for-since", "for 뒤에는 기간"},
	})
}

// TestCues12Steps (trial 12): asked for a procedure, the student reads
// every step, not the announcement and the first; asked one step or what
// an equation is, no list.
func TestCues12Steps(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ q, last string }{
		{"일차방정식 푸는 순서 알려줘", "다섯째, 양변을 x의 계수 a로 나눠요."},
		{"일차 방정식 풀이 단계가 어떻게 돼요?", "다섯째, 양변을 x의 계수 a로 나눠요."},
		{"what are the steps to solve a linear equation?", "Fifth, divide both sides by a, the coefficient of x."},
	} {
		g := lib.Ask(c.q, "", "")
		if !g.Covered || !strings.HasSuffix(g.Answer, c.last) || !strings.Contains(g.Answer, "첫째") && !strings.Contains(g.Answer, "First") {
			t.Errorf("%q: %q, want every step through %q", c.q, g.Answer, c.last)
		}
	}
	for _, q := range []string{"일차방정식이 뭐예요?", "괄호가 있는 식은 뭐부터 풀어요?", "what is the second step to solve a linear equation?"} {
		if g := lib.Ask(q, "", ""); strings.Contains(g.Answer, "다섯째") || strings.Contains(g.Answer, "Fifth") {
			t.Errorf("%q: %q, want no list of steps", q, g.Answer)
		}
	}
}

// TestCues12Glued (trial 12): "without" glued to what is lacking
// (빛없이도) and 수 glued after ㄹ (만들수) are typed apart before the
// question is read: the lesson that says light is needed answers.
func TestCues12Glued(t *testing.T) {
	checkAsk(t, []askCase{
		{"식물이 빛없이도 양분을 만들수 있나요", "photosynthesis", "definition", "빛에너지를 이용하여"},
		{"물없으면 광합성 못해요?", "photosynthesis", "materials", "물"},
	})
}
