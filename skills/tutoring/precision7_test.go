package tutoring

import (
	"strings"
	"testing"
)

// TestParticleFitsAdnominal: a verb or adjective in its adnominal form
// (주고받는, 똑같은) is phrasing, not a noun marked as the topic; a noun
// with the particle that fits its last syllable is.
func TestParticleFitsAdnominal(t *testing.T) {
	for w, want := range map[string]bool{
		"광합성은": true, "마그마가": true, "지구는": true, "맨틀이": true,
		"주고받는": false, "똑같은": false, "많은": false, "흐르는": true, // 흐르+는 reads as a noun: no telling
	} {
		ws := analyze(w)
		if len(ws) != 1 {
			t.Fatalf("%s: %d words", w, len(ws))
		}
		if got := topicMarked(ws[0]); got != want {
			t.Errorf("topicMarked(%s) = %v, want %v", w, got, want)
		}
	}
}

// TestAskNotCoveredPrecision: questions that share a lesson's words but
// ask what no passage says — a forecast, a named thing the lessons do not
// know, how to say a number the lessons never write — get "not covered",
// not a citation that does not answer them; the lesson's own questions
// worded alike are still answered.
func TestAskNotCoveredPrecision(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"한라산은 조만간 다시 폭발할까요?",
		"will hallasan erupt soon",
		"Can scientists predict the next big earthquake?",
		"tell me about the eruptions of mount etna",
		"how tall is mount everest",
		"how do you say 30 in korean",
		"57은 한국어로 어떻게 말해요?",
		"365는 한국어로 어떻게 읽어요?",
	} {
		if g := lib.Ask(q, "", ""); g.Covered {
			t.Errorf("%q answered from %s § %s: %s", q, g.Source.LessonID, g.Source.SectionID, g.Answer)
		} else if len(g.Suggestions) == 0 {
			t.Errorf("%q: not covered without suggestions", q)
		}
	}
	for q, want := range map[string]string{
		"화산은 왜 폭발해요?":                          "earthquakes-volcanoes/volcanoes",
		"Why do volcanoes erupt?":              "earthquakes-volcanoes/volcanoes",
		"how do I count to ten in korean":      "korean-basics/numbers",
		"What did King Sejong do for farmers?": "joseon-sejong/sejong",
	} {
		g := lib.Ask(q, "", "")
		if !g.Covered || g.Source.LessonID+"/"+g.Source.SectionID != want {
			t.Errorf("%q: covered %v %+v, want %s", q, g.Covered, g.Source, want)
		}
	}
}

// TestAskChattyKorean: a Korean question wrapped in the student's
// situation and hearsay ("…하던데", "…준비 중인데요", an adnominal verb)
// is answered from the section it is about.
func TestAskChattyKorean(t *testing.T) {
	lib, _ := LoadLibrary()
	for q, want := range map[string]string{
		"동생이랑 여행갔다가 들었는데 바닷가에서 지진 나면 어디로 가야 돼요?":                         "earthquakes-volcanoes/safety",
		"친척 누나가 그러던데 외핵은 액체라면서요? 진짜예요?":                                  "earthquakes-volcanoes/structure",
		"식물이 산소랑 이산화 탄소를 주고받는 건 호흡이랑 광합성이 어떻게 달라요?":                      "photosynthesis/respiration",
		"Did Joseon really send an expedition against Japanese pirates?": "joseon-sejong/territory",
	} {
		g := lib.Ask(q, "", "")
		if !g.Covered || g.Source.LessonID+"/"+g.Source.SectionID != want {
			t.Errorf("%q: covered %v %+v, want %s", q, g.Covered, g.Source, want)
		}
	}
}

// TestAskTwoFormsOfOneTerm: a question that sets two forms of one term
// side by side asks about the term, though each form alone is a common
// word ("has", "yet"): it is answered from the section the term is about.
func TestAskTwoFormsOfOneTerm(t *testing.T) {
	lib, _ := LoadLibrary()
	for q, want := range map[string]string{
		"is it he have or he has":                       "present-perfect/form",
		"I never know whether to write has or have":     "present-perfect/form",
		"yet이랑 already는 각각 언제 써요?":                      "present-perfect/uses",
		"what's the difference between already and yet": "present-perfect/uses",
	} {
		g := lib.Ask(q, "", "")
		if !g.Covered || g.Source.LessonID+"/"+g.Source.SectionID != want {
			t.Errorf("%q: covered %v %+v, want %s", q, g.Covered, g.Source, want)
		}
	}
}

// TestApostrophesQuoteNothing: the apostrophes of contractions ("we're …
// it's") are not quotes; the words between them stay filler, as they are
// in the same question written without contractions. A quoted term still
// counts.
func TestApostrophesQuoteNothing(t *testing.T) {
	lib, _ := LoadLibrary()
	for q, want := range map[string]string{
		"we're in class and it's an earthquake, what to do?":             "earthquakes-volcanoes/safety",
		"there's an earthquake and it's my first one, what should i do?": "earthquakes-volcanoes/safety",
		"what does 'transposition' mean":                                 "linear-equations/transposition",
	} {
		g := lib.Ask(q, "", "")
		if !g.Covered || g.Source.LessonID+"/"+g.Source.SectionID != want {
			t.Errorf("%q: covered %v %+v, want %s", q, g.Covered, g.Source, want)
		}
	}
}

// TestAskTwoTermsGlued: two glossary terms typed together with the
// particle that joins them ("마그마랑용암", "진원과진앙") are read apart.
func TestAskTwoTermsGlued(t *testing.T) {
	lib, _ := LoadLibrary()
	for q, want := range map[string]string{
		"마그마랑용암 뭐가 달라요?":   "earthquakes-volcanoes/volcanoes",
		"진원과진앙은 어떻게 달라요?":  "earthquakes-volcanoes/earthquakes",
		"엽록체랑엽록소는 뭐가 달라요?": "photosynthesis/chloroplast",
	} {
		g := lib.Ask(q, "", "")
		if !g.Covered || g.Source.LessonID+"/"+g.Source.SectionID != want {
			t.Errorf("%q: covered %v %+v, want %s", q, g.Covered, g.Source, want)
		}
	}
}

// TestAskHowToAskPrice: "how do I ask how much …" asks for the phrase,
// not for an amount: the phrase's section answers it.
func TestAskHowToAskPrice(t *testing.T) {
	lib, _ := LoadLibrary()
	for q, want := range map[string]string{
		"how do I ask how much the bibimbap is in korean": "korean-basics/ordering-food",
		"가게에서 얼마나 하는지 한국어로 어떻게 물어봐요?":                     "korean-basics/ordering-food",
	} {
		g := lib.Ask(q, "", "")
		if !g.Covered || g.Source.LessonID+"/"+g.Source.SectionID != want {
			t.Errorf("%q: covered %v %+v, want %s", q, g.Covered, g.Source, want)
		}
	}
}

// TestAskCommonWordsAreNotTypos: a common English word the lessons do not
// use is not corrected into a lesson word one letter away ("meant" is not
// "meat").
func TestAskCommonWordsAreNotTypos(t *testing.T) {
	lib, _ := LoadLibrary()
	for q, want := range map[string]string{
		"what was the water clock meant for": "joseon-sejong/science",
	} {
		g := lib.Ask(q, "", "")
		if !g.Covered || g.Source.LessonID+"/"+g.Source.SectionID != want {
			t.Errorf("%q: covered %v %+v, want %s", q, g.Covered, g.Source, want)
		}
	}
}

// TestAskKoreanQuotingEnglish: a Korean question made mostly of English
// words with Korean particles glued to them ("she면", "has야") is Korean,
// and is answered in Korean; the sentence that answers it is the one in
// the question's own words.
func TestAskKoreanQuotingEnglish(t *testing.T) {
	lib, _ := LoadLibrary()
	g := lib.Ask("he면 has 써요 have 써요?", "", "")
	if !g.Covered || g.Lang != "ko" || g.Source.SectionID != "form" || !strings.Contains(g.Answer, "3인칭 단수") {
		t.Errorf("covered %v lang %s %+v: %s", g.Covered, g.Lang, g.Source, g.Answer)
	}
	g = lib.Ask("when should I use has and not have?", "", "")
	if !g.Covered || g.Lang != "en" || !strings.Contains(g.Answer, "third-person singular") {
		t.Errorf("covered %v lang %s %+v: %s", g.Covered, g.Lang, g.Source, g.Answer)
	}
	if DetectLang("What does 안녕하세요 mean?") != "en" {
		t.Error("an English question quoting Korean is English")
	}
}

// TestAskLessonSubjectIsNoHomonym: the term another lesson is titled
// after (광합성) is that lesson's subject, not a shared word: a question
// about it is never answered from an earthquake drill that shares its
// verb ("멈추면").
func TestAskLessonSubjectIsNoHomonym(t *testing.T) {
	lib, _ := LoadLibrary()
	for _, q := range []string{"광합성이 멈추면 어떻게 돼요?", "지진이 멈추면 식물은 어떻게 돼요?"} {
		g := lib.Ask(q, "", "")
		if g.Covered && g.Source.LessonID == "earthquakes-volcanoes" && strings.HasPrefix(q, "광합성") {
			t.Errorf("%q answered from %s § %s: %s", q, g.Source.LessonID, g.Source.SectionID, g.Answer)
		}
		if g.Covered && g.Source.LessonID == "photosynthesis" && strings.HasPrefix(q, "지진") {
			t.Errorf("%q answered from %s § %s: %s", q, g.Source.LessonID, g.Source.SectionID, g.Answer)
		}
	}
}

// TestAskAmountNeedsANumber: "몇 도", "몇 시간", "몇 살" ask for an amount;
// a section that gives none does not answer, however well it matches.
func TestAskAmountNeedsANumber(t *testing.T) {
	lib, _ := LoadLibrary()
	for _, q := range []string{"용암은 몇 도예요?", "마그마는 몇 도까지 뜨거워요?"} {
		if g := lib.Ask(q, "", ""); g.Covered {
			t.Errorf("%q answered from %s § %s: %s", q, g.Source.LessonID, g.Source.SectionID, g.Answer)
		}
	}
	g := lib.Ask("규모가 1 커지면 에너지는 몇 배 커져요?", "", "")
	if !g.Covered || !strings.Contains(g.Answer, "32배") {
		t.Errorf("covered %v: %s", g.Covered, g.Answer)
	}
}

// TestSolveNeverAPower: an equation with a power is not a linear
// equation; the solver does not solve what is left after the "^".
func TestSolveNeverAPower(t *testing.T) {
	lib, _ := LoadLibrary()
	for _, q := range []string{"how do i solve y^2 - 3y = 10", "a² + 4 = 20 풀어줘", "solve x squared = 49"} {
		if g, ok := lib.solve(q, "", ""); ok {
			t.Errorf("%q solved: %s", q, g.Answer)
		}
	}
	if g, ok := lib.solve("how do i solve 4y - 3 = 9", "", ""); !ok || !strings.Contains(g.Answer, "3") {
		t.Errorf("a linear equation is still solved: %v %s", ok, g.Answer)
	}
}
