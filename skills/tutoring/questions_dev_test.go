package tutoring

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// devQuestion is one line of testdata/questions_dev.jsonl: a student
// question written without looking at how retrieval treats it, with the
// sections that answer it (none when it is off the syllabus).
type devQuestion struct {
	ID       string   `json:"id"`
	Lang     string   `json:"lang"`
	Text     string   `json:"text"`
	Covered  bool     `json:"covered"`
	Lesson   string   `json:"lesson"`
	Sections []string `json:"sections"`
}

// Floors for TestQuestionsDev and TestQuestionsBlind: the figures measured
// when tutor data v4 was frozen, less a margin (dev 77/80 right, 18/18 not
// covered, 0 wrong; blind 47/50, 11/12, 2 wrong: "what happens to glucose
// after it is made" is answered from the definition, "x squared equals 9"
// from what an equation is). Raise them when retrieval gets better, never
// lower them.
const (
	devRightFloor   = 0.93 // share of on-syllabus questions answered from a right section
	devOffFloor     = 0.94 // share of off-syllabus questions answered "not covered" with suggestions
	blindRightFloor = 0.90
	blindOffFloor   = 0.90
	blindWrongMax   = 2
)

// TestQuestionsDev scores retrieval on testdata/questions_dev.jsonl, a
// blind dev set: paraphrases, casual Korean with missing spaces, English
// questions on Korean lessons, concepts named by a synonym or a definition,
// and near misses off the syllabus. No answer may cite a section that is
// not one of the question's right ones.
func TestQuestionsDev(t *testing.T) {
	scoreQuestions(t, "testdata/questions_dev.jsonl", devRightFloor, devOffFloor, 0)
}

// TestQuestionsBlind scores testdata/questions_blind.jsonl, written after
// retrieval was tuned on questions_dev.jsonl and never tuned on: how
// retrieval does on questions it has not seen.
func TestQuestionsBlind(t *testing.T) {
	scoreQuestions(t, "testdata/questions_blind.jsonl", blindRightFloor, blindOffFloor, blindWrongMax)
}

// scoreQuestions asks every question of a set and checks the shares of
// right answers and of "not covered" off the syllabus against floors, and
// the number of answers that cite a section that is not a right one
// against maxWrong.
func scoreQuestions(t *testing.T, path string, rightFloor, offFloor float64, maxWrong int) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var qs []devQuestion
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var q devQuestion
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			t.Fatalf("%s: %v", sc.Text(), err)
		}
		qs = append(qs, q)
	}
	if len(qs) < 60 {
		t.Fatalf("%d questions, want at least 60", len(qs))
	}
	right, on, wrong, off, notCovered := 0, 0, 0, 0, 0
	for _, q := range qs {
		g := lib.Ask(q.Text, "", "")
		if g.Lang != q.Lang {
			t.Errorf("%s %q: answered in %q, want %q", q.ID, q.Text, g.Lang, q.Lang)
		}
		if !q.Covered {
			off++
			if !g.Covered && g.Message != "" && len(g.Suggestions) > 0 {
				notCovered++
			} else {
				t.Logf("%s %q: off the syllabus, answered from %s#%s: %s", q.ID, q.Text, g.Source.LessonID, g.Source.SectionID, g.Answer)
			}
			if g.Covered {
				wrong++
			}
			continue
		}
		on++
		if !g.Covered {
			t.Logf("%s %q: not covered, want %s#%v", q.ID, q.Text, q.Lesson, q.Sections)
			continue
		}
		ok := false
		for _, s := range q.Sections {
			ok = ok || g.Source.LessonID == q.Lesson && g.Source.SectionID == s
		}
		if ok {
			right++
			continue
		}
		wrong++
		t.Logf("%s %q: cites %s#%s, want %s#%v: %s", q.ID, q.Text, g.Source.LessonID, g.Source.SectionID, q.Lesson, q.Sections, g.Answer)
	}
	if wrong > maxWrong {
		t.Errorf("%d answers cite a section that does not answer them, want at most %d", wrong, maxWrong)
	}
	t.Logf("%s: on-syllabus %d/%d (%.1f %%) from a right section; %d wrong citations; off-syllabus %d/%d (%.1f %%) not covered", path,
		right, on, 100*float64(right)/float64(on), wrong, notCovered, off, 100*float64(notCovered)/float64(off))
	if float64(right) < rightFloor*float64(on) {
		t.Errorf("on-syllabus %d/%d, floor %.0f %%", right, on, 100*rightFloor)
	}
	if float64(notCovered) < offFloor*float64(off) {
		t.Errorf("off-syllabus %d/%d, floor %.0f %%", notCovered, off, 100*offFloor)
	}
}

// TestSupportChecks: an answer that has the question's words but not what
// it asks is not given — the tutor says "not covered" and suggests
// questions instead — while the same kind of question the section does
// answer still is.
func TestSupportChecks(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ q, want string }{
		// the topic is the object of another verb in the answer
		{"고려는 누가 세웠어요?", ""},
		{"who founded Goryeo", ""},
		{"조선은 누가 세웠어요?", "joseon-sejong#founding"},
		{"who founded Joseon", "joseon-sejong#founding"},
		// "when" about a past event needs a date
		{"what year was the rain gauge invented", ""},
		{"한글은 언제 만들어졌어요?", "joseon-sejong#hunminjeongeum"},
		{"호흡은 언제 일어나요?", "photosynthesis#respiration"},
		// "how much" needs an amount
		{"쓰나미는 얼마나 빨라요?", ""},
		{"규모가 1 커지면 에너지는 얼마나 커져요?", "earthquakes-volcanoes#magnitude"},
		// what causes it needs a cause
		{"쓰나미는 왜 생겨요?", ""},
		{"지진은 왜 일어나요?", "earthquakes-volcanoes#earthquakes"},
		// typed without spaces
		{"엽록체가뭐에요", "photosynthesis#chloroplast"},
		{"이항이뭐에요", "linear-equations#transposition"},
		{"광합성할때 나오는 기체 뭐임", "photosynthesis#products"},
		// chat Korean: a sentence ending in a noun form (바뀜)
		{"이항하면 부호 어떻게 바뀜", "linear-equations#transposition"},
		// a multi-word cue picks its section
		{"what should I do if the ground starts shaking", "earthquakes-volcanoes#safety"},
	} {
		g := lib.Ask(tc.q, "", "")
		got := ""
		if g.Covered {
			got = g.Source.LessonID + "#" + g.Source.SectionID
		}
		if got != tc.want {
			t.Errorf("%q: answered from %q, want %q: %s%s", tc.q, got, tc.want, g.Answer, g.Message)
		}
		if !g.Covered && len(g.Suggestions) == 0 {
			t.Errorf("%q: not covered without suggestions", tc.q)
		}
	}
}
