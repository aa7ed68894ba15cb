package tutoring

import (
	"strings"
	"testing"
)

// TestChattyQuestionsAnswered: a question about a lesson's own key terms,
// wrapped in how the student feels, who they ask for or laughter, is
// answered from the section that teaches it — the chat is not an unknown
// topic. (Sentences written for this test, not taken from any eval set.)
func TestChattyQuestionsAnswered(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]struct{ lesson, section, says string }{
		"엽록체는 도대체 뭐 하는 곳이에요? ㅋㅋ 맨날 까먹어요":                                               {"photosynthesis", "chloroplast", "엽록체"},
		"자격루는 원래 어디에 쓰던 물건이었어요?":                                                       {"joseon-sejong", "science", "자격루"},
		"lol my little brother keeps asking, what is magma actually?":                  {"earthquakes-volcanoes", "volcanoes", "agma"},
		"my classmate mentioned the hall of worthies, what did the scholars there do?": {"joseon-sejong", "sejong", "Jiphyeonjeon"},
	} {
		g := lib.Ask(q, "", "")
		if !g.Covered || g.Source.LessonID != want.lesson || g.Source.SectionID != want.section || !strings.Contains(g.Answer, want.says) {
			t.Errorf("%q: covered %v %+v %q", q, g.Covered, g.Source, g.Answer)
		}
	}
}

// TestCitationNeverForAnotherEvent: a date, an ordinal or a kind of
// equation the section does not give is "not covered", though the
// question shares the section's words: the date of the founding does not
// say when the dynasty ended, the fourth king is not the next one, and a
// power makes an equation the lessons do not solve.
func TestCitationNeverForAnotherEvent(t *testing.T) {
	lib, _ := LoadLibrary()
	for _, q := range []string{
		"조선은 언제 멸망했어요?",
		"세종 다음 왕은 누구였어요?",
		"who was the next king after sejong?",
		"how do I solve x^2 = 16?",
		"x² + 2x = 3 풀어 주세요",
		"what actually causes a volcano to go quiet for centuries?",
	} {
		if g := lib.Ask(q, "", ""); g.Covered {
			t.Errorf("%q answered from %s § %s: %s", q, g.Source.LessonID, g.Source.SectionID, g.Answer)
		}
	}
	// the section's own event and kind still are
	if g := lib.Ask("조선은 언제 세워졌어요?", "", ""); !g.Covered || g.Source.SectionID != "founding" || !strings.Contains(g.Answer, "1392") {
		t.Errorf("founding date: %+v %q", g.Source, g.Answer)
	}
	if g := lib.Ask("how do I solve 3x + 2 = 11?", "", ""); !g.Covered || g.Source.LessonID != "linear-equations" {
		t.Errorf("linear: %+v", g)
	}
}

// TestHomonymOfAnotherLesson: a short word that is a term of another
// lesson (해, the solution of an equation, is also a year) does not keep
// a question from its own lesson when nothing else of that lesson is in
// it; a question that really mixes two lessons still is not answered.
func TestHomonymOfAnotherLesson(t *testing.T) {
	lib, _ := LoadLibrary()
	g := lib.Ask("훈민정음을 반포한 해가 몇 년이에요? 자꾸 잊어버려요", "", "")
	if !g.Covered || g.Source.SectionID != "hunminjeongeum" || !strings.Contains(g.Answer, "1446") {
		t.Errorf("year of proclamation: %+v %q", g.Source, g.Answer)
	}
	if g := lib.Ask("이항으로 광합성 식을 풀 수 있어요?", "", ""); g.Covered {
		t.Errorf("mixed lessons answered from %+v", g.Source)
	}
}

// TestQuotedTermAndFormsNotTaught: a quoted term is answered where the
// glossary says it is taught, or not at all; a tense the lesson never
// shows and a number beyond what it counts to are "not covered", though
// every other word of the question is a lesson word.
func TestQuotedTermAndFormsNotTaught(t *testing.T) {
	lib, _ := LoadLibrary()
	g := lib.Ask("my workbook keeps writing 'root' where I expected solution, are they different?", "", "")
	if g.Covered && (g.Source.LessonID != "linear-equations" || g.Source.SectionID != "equation") {
		t.Errorf("'root' answered from %+v: %s", g.Source, g.Answer)
	}
	for _, q := range []string{
		"what does 'I have been waiting for an hour' mean?",
		"is 'she has been studying all day' present perfect?",
		"how do you count up to 50 in Korean?",
		"한국어로 30까지 세는 법 알려줘",
	} {
		if g := lib.Ask(q, "", ""); g.Covered {
			t.Errorf("%q answered from %s § %s: %s", q, g.Source.LessonID, g.Source.SectionID, g.Answer)
		}
	}
	// what the lessons do teach still is
	if g := lib.Ask("how do you count to ten in Korean?", "", ""); !g.Covered || g.Source.SectionID != "numbers" {
		t.Errorf("count to ten: %+v", g)
	}
	if g := lib.Ask("what does 'have been to' mean?", "", ""); !g.Covered || g.Source.SectionID != "been-gone" {
		t.Errorf("have been to: %+v", g)
	}
}

// TestPhrasingWordsWeighLittle: laughter or tears after a Korean question,
// where something sits (위에, 옆에), when something is read (읽을땐) and
// how often (a month, compared) are phrasing, not topics.
func TestPhrasingWordsWeighLittle(t *testing.T) {
	lib, _ := LoadLibrary()
	for q, section := range map[string]string{
		"교실에서 지진이 나면 어디로 피해야 돼요? ㅠㅠ":                     "safety",
		"전화번호를 한국어로 읽을땐 어떤 숫자를 써요?":                      "numbers",
		"how thick is the crust compared to the mantle?": "structure",
	} {
		if g := lib.Ask(q, "", ""); !g.Covered || g.Source.SectionID != section {
			t.Errorf("%q: covered %v from %+v", q, g.Covered, g.Source)
		}
	}
}

// TestOneQuestionAmongChat: a message whose one question sits among
// sentences that only tell why the student asks is answered from that
// question; two questions, or a sentence about something no lesson has,
// keep the whole message's reading (a chat sentence naming what no
// lesson has — "a quiz on Friday" — is read as part of the question too:
// precision first).
func TestOneQuestionAmongChat(t *testing.T) {
	lib, _ := LoadLibrary()
	g := lib.Ask("시험 전이라 좀 급해요. 엽록소가 뭐예요? 짧게 부탁드려요", "", "")
	if !g.Covered || g.Source.SectionID != "chloroplast" || !strings.Contains(g.Answer, "엽록소") {
		t.Errorf("one question among chat: %+v %q", g.Source, g.Answer)
	}
	g = lib.Ask("I keep mixing the layers up. What is the mantle?", "", "")
	if !g.Covered || g.Source.SectionID != "structure" {
		t.Errorf("english: %+v %q", g.Source, g.Answer)
	}
	for _, q := range []string{
		"세종대왕 알죠? 세종대왕 손자 이름이 뭐예요?",
		"What is magma? And what is a supervolcano?",
	} {
		if g := lib.Ask(q, "", ""); g.Covered {
			t.Errorf("%q answered from %s § %s: %s", q, g.Source.LessonID, g.Source.SectionID, g.Answer)
		}
	}
}

// TestFarAheadSectionAnswers: a section far ahead of every other is the
// answer or nothing — never one far behind it that shares one more word;
// and everyday words for a lesson's terms (degrees for temperature, what
// to do for the drill) reach them.
func TestFarAheadSectionAnswers(t *testing.T) {
	lib, _ := LoadLibrary()
	for q, section := range map[string]string{
		"in the early Joseon years, what name did the capital have?":  "founding",
		"at how many degrees does photosynthesis start to slow down?": "factors",
		"the ground finally stopped shaking, what do I do now?":       "safety",
	} {
		g := lib.Ask(q, "", "")
		if g.Covered && g.Source.SectionID != section {
			t.Errorf("%q answered from %+v: %s", q, g.Source, g.Answer)
		}
		if !g.Covered {
			t.Errorf("%q not covered", q)
		}
	}
}

// TestIncidentalKeyTerm: a key term of the lesson said in passing does
// not keep a question from the section it is clearly about ("equals"
// beside moving a term across; "leave" beside asking for no meat), while
// a section that merely shares words with the term's own section still
// does not answer for it.
func TestIncidentalKeyTerm(t *testing.T) {
	lib, _ := LoadLibrary()
	for q, section := range map[string]string{
		"how do I ask them to leave out the meat when I order bibimbap?": "ordering-food",
	} {
		if g := lib.Ask(q, "", ""); !g.Covered || g.Source.SectionID != section {
			t.Errorf("%q: covered %v from %+v", q, g.Covered, g.Source)
		}
	}
}

// TestPlaceIsANotion: "place", "where" and "몸" (the body a thing happens
// in) are notions any lesson's question uses, not the photosynthesis
// lesson's key term: a question about places made by volcanoes or the
// part of a plant where photosynthesis happens reaches its section.
func TestPlaceIsANotion(t *testing.T) {
	lib, _ := LoadLibrary()
	for q, section := range map[string]string{
		"what places in Korea were formed by volcanoes?": "volcanoes",
		"식물은 몸의 어느 부분에서 광합성을 해요?":                        "chloroplast",
	} {
		if g := lib.Ask(q, "", ""); !g.Covered || g.Source.SectionID != section {
			t.Errorf("%q: covered %v from %+v", q, g.Covered, g.Source)
		}
	}
}

// TestAnswerTypeReadsThePredicate: the tense of "when" is the
// predicate's, not of an expression quoted in the question, and "what
// makes X a Y" asks for a definition, not a cause; the checks still stop
// a date for another event and a cause the section does not give.
func TestAnswerTypeReadsThePredicate(t *testing.T) {
	lib, _ := LoadLibrary()
	for q, section := range map[string]string{
		"잘 먹겠습니다랑 잘 먹었습니다는 각각 언제 말해요?":                    "ordering-food",
		"what makes an equation a first-degree equation?": "solving",
	} {
		if g := lib.Ask(q, "", ""); !g.Covered || g.Source.SectionID != section {
			t.Errorf("%q: covered %v from %+v", q, g.Covered, g.Source)
		}
	}
	if g := lib.Ask("세종은 언제 돌아가셨어요?", "", ""); g.Covered {
		t.Errorf("another event's date: %+v %q", g.Source, g.Answer)
	}
}
