package tutoring

import "testing"

// TestGrounded9 (issue 19 items 1–2): a question's chat — hearsay and
// exclaiming endings, a noun form closing the sentence, discourse
// adverbs, two filler words written as one, a contraction — is phrasing,
// not an unknown topic; a lesson word under a chat ending or a pointing
// noun (해시계였나, 바깥쪽) is that word. And a citation states what was
// asked: a code name ("C3") is not the letter of "°C", a quoted
// contraction is what is asked, and a question about a term being absent
// needs a sentence that says so.
func TestGrounded9(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ q, lesson, section string }{
		// covered: chat around a lesson's own terms
		{"앙부일구가 물시계였나? 기억이 가물가물하네", "joseon-sejong", "science"},
		{"맨틀이 바깥쪽에서 몇 번째 층이냐", "earthquakes-volcanoes", "structure"},
		{"진원이랑 진앙 둘이 다르다던데 뭐가 달라요", "earthquakes-volcanoes", "earthquakes"},
		{"독도도 화산섬이에요? 동생이랑 말싸움함", "earthquakes-volcanoes", "volcanoes"},
		{"과학쌤이 엽록체 얘기 하던데 그게 어디 있어요?", "photosynthesis", "chloroplast"},
		{"Couldn't Sejong just keep Chinese characters? why a new alphabet?", "joseon-sejong", "hunminjeongeum"},
		{"what is magma, in simple terms?", "earthquakes-volcanoes", "volcanoes"},
		{"what's an epicentre? explain like I'm five", "earthquakes-volcanoes", "earthquakes"},
		{"what's a linear equation, in everyday words", "linear-equations", "solving"},
		{"what is an equation?", "linear-equations", "equation"},
		{"after an earthquake stops, should I turn off the stove before going out?", "earthquakes-volcanoes", "safety"},
		{"why is the intensity different from city to city for one quake?", "earthquakes-volcanoes", "magnitude"},
		{"what did Sejong change for everyday people?", "joseon-sejong", "sejong"},
		// not covered: nothing in the lessons says it
		{"is 'I have been waiting' the present perfect too?", "", ""},
		{"is a C4 plant better at photosynthesis than a C3 one?", "", ""},
		{"계수가 0이면 해가 없는 방정식이 되나요?", "", ""},
		{"can a linear equation have no solution at all?", "", ""},
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

// TestGrounded9Focus: the cited sentence states what was asked — a
// making for "who made", today's name for "what is it today", the very
// number whose Korean word is asked.
func TestGrounded9Focus(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ q, lesson, section string }{
		{"진도라는 건 누가 처음 정했어요?", "", ""},
		{"who invented the idea of intensity for earthquakes?", "", ""},
		{"what's the Korean word for 40 in native numbers?", "", ""},
		{"Hanyang was the capital — but what was Goryeo's capital called in present-day terms?", "", ""},
		{"what's the distributive law, with an example?", "", ""},
		{"what really is the distributive law?", "", ""},
		{"what exactly is transposition?", "linear-equations", "transposition"},
		{"who created Hunminjeongeum?", "joseon-sejong", "hunminjeongeum"},
		{"조선은 누가 세웠어요?", "joseon-sejong", "founding"},
		{"한양은 오늘날 어느 도시예요?", "joseon-sejong", "founding"},
		{"what is the native Korean word for 4?", "korean-basics", "numbers"},
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

// TestAsksContinuous: a question about the present perfect continuous
// names it, quotes it or writes it out; a student's own contracted clause
// in it ("how long they've been studying") asks about for and since.
func TestAsksContinuous(t *testing.T) {
	for q, want := range map[string]bool{
		"how do I ask a friend how long they've been studying Korean?": false,
		"my sister's been working there for years, for or since?":      false,
		"is 'I have been waiting' correct?":                            true,
		"what's the present perfect continuous?":                       true,
		"현재완료진행형 have been ~ing는 언제 써요?":                               true,
		"can I say I have been living here for two years?":             true,
	} {
		if got := asksContinuous(q); got != want {
			t.Errorf("asksContinuous(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestLeadOverTheWrongSection: a lead over the other sections is no
// answer when a key term the question names is in another section of the
// lesson and not in the leading one.
func TestLeadOverTheWrongSection(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"what's the polite thing to say after a meal at my Korean teacher's flat?",
		"after finishing a meal with my host family, what do I tell them politely?",
	} {
		if g := lib.Ask(q, "", ""); g.Covered && g.Source.SectionID != "ordering-food" {
			t.Errorf("%q: answered %q from %s § %s, want the meal phrases or not covered", q, g.Answer, g.Source.LessonID, g.Source.SectionID)
		}
	}
}
