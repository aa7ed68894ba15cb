package tutoring

import (
	"strings"
	"testing"
)

// askCase is a question, the section that answers it ("" lesson: not
// covered) and what the answer must say.
type askCase struct{ q, lesson, section, says string }

// checkAsk asks every case and reports answers from the wrong section,
// refusals of covered questions and answers to uncovered ones.
func checkAsk(t *testing.T, cases []askCase) {
	t.Helper()
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
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

// TestGrounded11Situation (issue 19): who asks and where the student is —
// a friend or cousin who says or asks something, a bus or subway, the
// definition or explanation asked for, a request glued to its verb
// (빼달라고) — are not the question's topic; weighed as unknown topics,
// they kept covered questions below the support threshold. A place that is
// the topic ("우리 동네 대피소") still is.
func TestGrounded11Situation(t *testing.T) {
	checkAsk(t, []askCase{
		{"고기 빼달라고 할 때는 뭐라고 말해요?", "korean-basics", "ordering-food", "고기 빼 주세요"},
		{"what is the definition of transposition?", "linear-equations", "transposition", "is called transposition"},
		{"유학생 친구가 물어보는데 물건 셀 때는 어떤 숫자를 써요?", "korean-basics", "numbers", "고유어 숫자"},
		{"my cousin says animals depend on plants for energy. what does photosynthesis have to do with it?", "photosynthesis", "definition", "source of energy"},
		{"my cousin keeps asking me about stomata, she says they're on top of the leaf. is that right?", "photosynthesis", "chloroplast", "underside of a leaf"},
		{"my friend says you can divide both sides by zero. is that allowed?", "linear-equations", "properties", "non-zero"},
		{"우리 동네 지진 대피소는 어디예요?", "", "", ""},
		{"How do I say subway in Korean?", "", "", ""},
	})
}

// TestGrounded11Precision (issue 19): a cited sentence must answer what
// was asked. An age is not answered by the years of a reign, what became of
// someone later not by what he did, a number's name not by a list that
// stops at ten, a guess the lessons never name ("… the ribosome?") not by
// the section the rest of the question is about; and a word problem the
// student states with 곱하고/더하면, multiply/subtract, is answered by the
// word problems, not by the properties of equality.
func TestGrounded11Precision(t *testing.T) {
	checkAsk(t, []askCase{
		{"세종은 몇 살에 왕이 됐어요?", "", "", ""},
		{"At what age did Taejo found Joseon?", "", "", ""},
		{"정도전은 그 후에 어떻게 됐어요?", "", "", ""},
		{"what became of Jang Yeong-sil in the end?", "", "", ""},
		{"where does respiration take place in a cell? the ribosome?", "", "", ""},
		{"50은 고유어 숫자로 뭐라고 해요?", "", "", ""},
		{"세종은 몇 년 동안 다스렸어요?", "joseon-sejong", "sejong", "1418"},
		{"광합성은 어디에서 일어나요? 엽록체?", "photosynthesis", "chloroplast", "엽록체"},
		{"어떤 수에 2를 곱하고 5를 더하면 17이에요. 어떤 수는 어떻게 구해요?", "linear-equations", "word-problems", "어떤 수를 x라고"},
		{"if you multiply some number by 5 and subtract 2 you get 13. how do I find it?", "linear-equations", "word-problems", "let the number be x"},
	})
}

// TestGrounded11HowKnown (issue 19): "how do we know …" about the Earth's
// inside is answered by how scientists worked it out (seismic waves), and
// what counts as a linear equation by the section that defines one.
func TestGrounded11HowKnown(t *testing.T) {
	checkAsk(t, []askCase{
		{"how do scientists know the earth has layers if no one can go down there?", "earthquakes-volcanoes", "structure", "seismic waves"},
		{"지구 속은 아무도 못 가봤잖아요. 층이 네 개인 건 어떻게 알았어요?", "earthquakes-volcanoes", "structure", "지진파"},
		{"is 2x + 1 = 7 counted as a linear equation?", "linear-equations", "solving", "linear equation in x"},
	})
}

// TestGrounded11Phrasing (issue 19): how a question is put — "what should
// I set as x", "since 뒤에는 뭐가 와요", gadgets for the inventions of
// Sejong's time — finds the section that answers it.
func TestGrounded11Phrasing(t *testing.T) {
	checkAsk(t, []askCase{
		{"in a word problem, what should I set as x?", "linear-equations", "word-problems", "let x stand for"},
		{"since 뒤에는 뭐가 와요?", "present-perfect", "for-since", "since 뒤에는"},
		{"what kinds of gadgets were invented in Sejong's time?", "joseon-sejong", "science", "Science and technology"},
		{"what became of Yi Seong-gye's advisers later?", "", "", ""},
	})
}

// TestGrounded11HowToAsk: "영어로 뭐라 해요" asks how to say it; the 라
// left of 뭐라 is no word of the topic (it matched the uses section's
// "라는 뜻으로" over the for/since section the question is about).
func TestGrounded11HowToAsk(t *testing.T) {
	checkAsk(t, []askCase{
		{"영어 배운 지 얼마나 오래 됐는지 물어보려면 영어로 뭐라 해요?", "present-perfect", "for-since", "How long have you"},
	})
}

// TestGrounded11Criterion: "what makes X count as Y" asks for the
// definition, not a cause; "on the throne" is the reign. (A bare "throne"
// would pull "thrown" to it as a typo; "rule for" is also the present
// perfect's "the rule for for and since": neither is in the glossary.)
func TestGrounded11Criterion(t *testing.T) {
	checkAsk(t, []askCase{
		{"what makes a value count as a solution of an equation?", "linear-equations", "equation", "solution"},
		{"in which years was Sejong on the throne?", "joseon-sejong", "sejong", "1418"},
		{"what are the bits of rock and ash thrown out by an eruption called?", "earthquakes-volcanoes", "volcanoes", "ash"},
	})
}

// TestGrounded11Earth: "지진 날 때" is when an earthquake happens (날 is
// 나다, not a day); the crust under the ocean is the oceanic crust. A fire
// drill is not the earthquake lesson's: "내려가도 돼요" stays unknown, so
// the earthquake advice on lifts is not cited for a fire.
func TestGrounded11Earth(t *testing.T) {
	checkAsk(t, []askCase{
		{"지진 날 때 땅은 왜 흔들려요?", "earthquakes-volcanoes", "earthquakes", "끊어지면서"},
		{"how thick is the sea floor crust compared with the continents?", "earthquakes-volcanoes", "structure", "oceanic crust"},
		{"불이 나서 대피할 때 엘리베이터로 내려가도 돼요?", "", "", ""},
		// who calls him so is not the topic; why he is so called is
		{"why do Koreans call Sejong the great king?", "joseon-sejong", "sejong", "he is called Sejong the Great"},
		{"why do koreans bow when they greet?", "", "", ""},
	})
}
