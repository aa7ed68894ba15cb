package tutoring

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
)

func newTutor(t testing.TB) (*skilltest.Harness, *Tutor) {
	tu := New()
	return skilltest.New(t, skilltest.Skill(ID, tu)), tu
}

func TestLibrary(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"korean-basics": 3, "photosynthesis": 6, "linear-equations": 5, "joseon-sejong": 5, "present-perfect": 5, "earthquakes-volcanoes": 6}
	if len(lib.Lessons) != len(want) {
		t.Fatalf("%d lessons", len(lib.Lessons))
	}
	for id, n := range want {
		l, ok := lib.Lesson(id)
		if !ok || len(l.Sections) != n || len(l.Quiz) < 5 || len(l.Glossary) < 15 || len(l.Suggest) < 2 {
			t.Fatalf("%s: %v sections %d quiz %d glossary %d suggestions %d", id, ok, len(l.Sections), len(l.Quiz), len(l.Glossary), len(l.Suggest))
		}
		if l.TitleKo == l.TitleEn || l.SubjectIn("ko") == l.SubjectIn("en") || l.LevelIn("en") == "" {
			t.Errorf("%s: titles %q/%q subject %q", id, l.TitleKo, l.TitleEn, l.Subject)
		}
		for _, s := range l.Sections {
			questions := 0
			for _, q := range l.Quiz {
				if q.Section == s.ID {
					questions++
				}
			}
			if s.TitleEn == s.Title || s.TextEn == s.Text || questions == 0 {
				t.Errorf("%s#%s: English title %q, English text %v, %d quiz questions", id, s.ID, s.TitleEn, s.TextEn != s.Text, questions)
			}
			for _, x := range splitSentences(s.Text) {
				if strings.HasSuffix(x, "다.") {
					t.Errorf("%s#%s: 해라체 in the lesson text: %s", id, s.ID, x)
				}
			}
		}
	}
	for i, bad := range []string{
		"# T\nid: x\n## S\ntext",
		"# T\n## S {#s}\ntext",
		"# T\nid: x\n## S {#s}\n",
		"# T\nid: x\nauthor: me\n## S {#s}\ntext",
		"# T\nid: x\n## S {#s}\ntext\n[en]\nA\n[en]\nB",
		"# T\nid: x\n## S {#s}\n[en]\nonly English",
	} {
		if _, err := ParseLesson("bad.md", []byte(bad)); err == nil {
			t.Errorf("bad lesson %d parsed", i)
		}
	}
	l, err := ParseLesson("ok.md", []byte("# 제목 · Title\nid: x\nsubject: 과학 · Science\n## 절 · Part {#p}\n한국어 문장이에요.\n\n[en]\nAn English sentence."))
	if err != nil || l.TitleKo != "제목" || l.TitleEn != "Title" || l.Sections[0].Title != "절" || l.Sections[0].TitleEn != "Part" ||
		l.Sections[0].Text != "한국어 문장이에요." || l.Sections[0].TextEn != "An English sentence." || l.SubjectIn("en") != "Science" {
		t.Fatalf("%v %+v", err, l)
	}
}

// TestLibraryFSChecks: a glossary or quiz that points at a missing
// section, or a question id used twice, is a load error.
func TestLibraryFSChecks(t *testing.T) {
	lesson := "# 제목 · Title\nid: x\n## 절 · Part {#p}\n문장이에요.\n[en]\nA sentence.\n"
	for name, files := range map[string]fstest.MapFS{
		"glossary section": {"lessons/x.md": {Data: []byte(lesson)}, "glossary/x.json": {Data: []byte(`{"terms":[{"ko":"절","en":["part"],"sections":["nope"]}]}`)}},
		"glossary no ko":   {"lessons/x.md": {Data: []byte(lesson)}, "glossary/x.json": {Data: []byte(`{"terms":[{"ko":"","en":["part"]}]}`)}},
		"suggestion":       {"lessons/x.md": {Data: []byte(lesson)}, "glossary/x.json": {Data: []byte(`{"suggestions":[{"ko":"질문?"}]}`)}},
		"quiz duplicate": {"lessons/x.md": {Data: []byte(lesson)}, "lessons/x.quiz.json": {Data: []byte(
			`{"questions":[{"id":"a","section":"p","type":"short","prompt":"?","accept":["x"]},{"id":"a","section":"p","type":"short","prompt":"?","accept":["y"]}]}`)}},
		"choices_en": {"lessons/x.md": {Data: []byte(lesson)}, "lessons/x.quiz.json": {Data: []byte(
			`{"questions":[{"id":"a","section":"p","type":"mc","prompt":"?","choices":["가","나"],"choices_en":["a"],"answer":1}]}`)}},
	} {
		if _, err := LoadLibraryFS(files, "lessons"); err == nil {
			t.Errorf("%s: loaded", name)
		}
	}
	two := "# 제목 · Title\nid: x\n## 부품 · Widgets {#p}\n부품은 기계의 한 조각이에요.\n[en]\nA widget is one piece of a machine.\n" +
		"## 다른 절 · Other part {#q}\n다른 문장이에요.\n[en]\nAnother sentence.\n"
	lib, err := LoadLibraryFS(fstest.MapFS{"lessons/x.md": {Data: []byte(two)}, "glossary/x.json": {Data: []byte(`{"terms":[{"ko":"부품","en":["widget","gadget"],"sections":["p"]}]}`)}}, "lessons")
	if err != nil {
		t.Fatal(err)
	}
	if g := lib.Ask("부품이 뭐예요?", "", ""); !g.Covered || g.Answer != "부품은 기계의 한 조각이에요." {
		t.Fatalf("%+v", g)
	}
	// The glossary's English form finds the Korean term's section.
	if g := lib.Ask("What is a gadget?", "", ""); !g.Covered || g.Answer != "A widget is one piece of a machine." {
		t.Fatalf("%+v", g)
	}
}

// TestGroundedAnswers: answers come with the lesson and section they are
// from; questions the lessons do not cover are said to be not covered.
func TestGroundedAnswers(t *testing.T) {
	lib, _ := LoadLibrary()
	for i, tc := range []struct {
		q       string
		lesson  string
		section string
		quote   string
	}{
		{"광합성이 뭐야?", "photosynthesis", "definition", "빛에너지를 이용하여"},
		{"광합성은 어디에서 일어나요?", "photosynthesis", "chloroplast", "엽록체"},
		{"광합성에 필요한 물질은?", "photosynthesis", "materials", "물과 이산화 탄소"},
		{"광합성과 호흡의 차이", "photosynthesis", "respiration", "호흡"},
		{"이항이 뭐예요?", "linear-equations", "transposition", "부호를 바꾸어"},
		{"등식의 성질 알려줘", "linear-equations", "properties", "양변"},
		{"How do I say thank you in Korean?", "korean-basics", "greetings", "thank you"},
		{"음식 주문할 때 뭐라고 해요?", "korean-basics", "ordering-food", "주세요"},
		{"고유어 숫자", "korean-basics", "numbers", "하나"},
	} {
		g := lib.Ask(tc.q, "", "")
		if !g.Covered || len(g.Citations) == 0 {
			t.Errorf("test %d %q: not covered (confidence %.2f)", i, tc.q, g.Confidence)
			continue
		}
		c := g.Citations[0]
		if c.LessonID != tc.lesson || c.SectionID != tc.section || !strings.Contains(strings.ToLower(g.Answer), strings.ToLower(tc.quote)) {
			t.Errorf("test %d %q: cited %s#%s, answer %q", i, tc.q, c.LessonID, c.SectionID, g.Answer)
		}
		if c.LessonTitle == "" || c.SectionTitle == "" || c.Quote == "" {
			t.Errorf("test %d: incomplete citation %+v", i, c)
		}
	}
	for i, q := range []string{"양자역학이 뭐야?", "What is the capital of France?", "비트코인 시세 알려줘", "미적분 공식", "김치찌개 만드는 법"} {
		if g := lib.Ask(q, "", ""); g.Covered || len(g.Citations) != 0 || g.Message == "" {
			t.Errorf("off-topic %d %q answered from %+v", i, q, g.Citations)
		}
	}
}

func TestNormalizeAnswer(t *testing.T) {
	for in, want := range map[string]string{"엽록체": "엽록체", " 엽록체요 ": "엽록체", "엽록체입니다.": "엽록체", "x = 4": "x4", "X=4": "x4",
		"둘": "2", "계산해 주세요": "계산해주세", "ＡＢＣ": "abc"} {
		if got := NormalizeAnswer(in); got != want {
			t.Errorf("NormalizeAnswer(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestQuizAndProgress(t *testing.T) {
	h, _ := newTutor(t)
	u := h.As("student1", ScopeLearn)
	qz := skilltest.Decode[Quiz](t, h.Call(u, "tutor_quiz", map[string]any{"lesson_id": "photosynthesis", "count": 3}))
	if len(qz.Questions) != 3 {
		t.Fatalf("quiz %+v", qz)
	}
	raw := string(skilltest.OK(t, h.Call(u, "tutor_quiz", map[string]any{"lesson_id": "photosynthesis"})))
	if strings.Contains(raw, "accept") || strings.Contains(raw, "answer\":") {
		t.Fatalf("quiz leaks answers: %s", raw)
	}
	answers := map[string]string{"ps1": "엽록체요", "ps2": "2", "ps3": "산소", "ps4": "녹말", "ps5": "2번", "ps6": "낮과 밤 모두 일어난다", "ps7": "엽록소"}
	for _, q := range qz.Questions {
		g := skilltest.Decode[Graded](t, h.Call(u, "tutor_answer", map[string]any{"quiz_id": qz.QuizID, "question_id": q.ID, "answer": answers[q.ID]}))
		if !g.Correct {
			t.Errorf("%s %q graded wrong (expected %s)", q.ID, answers[q.ID], g.Expected)
		}
	}
	wrongQ := qz.Questions[0]
	// Answering again (a retry) does not count twice.
	g := skilltest.Decode[Graded](t, h.Call(u, "tutor_answer", map[string]any{"quiz_id": qz.QuizID, "question_id": wrongQ.ID, "answer": "틀린 답"}))
	if !g.Correct {
		t.Fatal("a second answer replaced the first")
	}
	prog := skilltest.Decode[[]LessonProgress](t, h.Call(u, "tutor_progress", `{}`))
	var ps LessonProgress
	for _, p := range prog {
		if p.LessonID == "photosynthesis" {
			ps = p
		}
	}
	if ps.Answered != 3 || ps.Mastery == 0 || ps.Due != 0 {
		t.Fatalf("progress %+v", ps)
	}
	// A day later those questions are due for review and come first.
	h.Clock.Advance(25 * time.Hour)
	rv := skilltest.Decode[Quiz](t, h.Call(u, "tutor_quiz", map[string]any{"lesson_id": "photosynthesis", "count": 3, "review": true}))
	for _, q := range rv.Questions {
		found := false
		for _, o := range qz.Questions {
			found = found || o.ID == q.ID
		}
		if !found {
			t.Fatalf("review quiz has %s, which was not due", q.ID)
		}
	}
	// Isolation: another student cannot answer this student's quiz.
	if r := h.Call(h.As("student2", ScopeLearn), "tutor_answer", map[string]any{"quiz_id": qz.QuizID, "question_id": "ps1", "answer": "x"}); skilltest.ErrCode(r) != skills.CodeNotFound {
		t.Fatalf("foreign quiz: %+v", r)
	}
	// A quiz ID never issued is no quiz, nor is any other text of the
	// student's own progress (findQuiz looks for the quoted ID in the
	// stored progress before decoding it; the schema admits only IDs).
	other := qz.QuizID[:20] + "0" // the issued ID with another last digit
	if other == qz.QuizID {
		other = qz.QuizID[:20] + "1"
	}
	for _, id := range []string{"q" + strings.Repeat("0", 20), other} {
		if r := h.Call(u, "tutor_answer", map[string]any{"quiz_id": id, "question_id": "ps1", "answer": "x"}); skilltest.ErrCode(r) != skills.CodeNotFound {
			t.Fatalf("quiz_id %q: %+v", id, r)
		}
	}
	for _, id := range []string{"ps1", qz.Questions[0].ID, "questions"} {
		if r := h.Call(u, "tutor_answer", map[string]any{"quiz_id": id, "question_id": "ps1", "answer": "x"}); r.Status == skills.StatusOK {
			t.Fatalf("quiz_id %q answered: %+v", id, r)
		}
	}
	if r := h.Call(u, "tutor_quiz", map[string]any{"lesson_id": "astrology"}); skilltest.ErrCode(r) != skills.CodeInvalidArguments {
		t.Fatalf("unknown lesson: %+v", r)
	}
}

// TestClassQuiz: 30 students answer at once; results are live and exact.
func TestClassQuiz(t *testing.T) {
	h, _ := newTutor(t)
	var roster []string
	present := map[string]string{"teacher": "선생님"}
	for i := 0; i < 30; i++ {
		roster = append(roster, fmt.Sprintf("s%02d", i))
		present[roster[i]] = fmt.Sprintf("학생%02d", i)
	}
	teacher := inClass("teacher", present, ScopeTeach, ScopeLearn)
	cq := skilltest.Decode[ClassQuiz](t, h.Call(teacher, "tutor_class_quiz_start", map[string]any{"lesson_id": "linear-equations", "students": roster, "count": 2}))
	if cq.Students != 30 || len(cq.Questions) != 2 {
		t.Fatalf("class quiz %+v", cq)
	}
	right := map[string]string{"le1": "x = 4", "le2": "7", "le3": "3", "le4": "항등식", "le5": "5", "le6": "4"}
	var wg sync.WaitGroup
	for i, s := range roster {
		wg.Add(1)
		go func() {
			defer wg.Done()
			u := h.As(s, ScopeLearn)
			for _, q := range cq.Questions {
				ans := right[q.ID]
				if i%3 == 0 {
					ans = "모르겠어요"
				}
				skilltest.OK(t, h.Call(u, "tutor_class_answer", map[string]any{"class_quiz_id": cq.ClassQuizID, "question_id": q.ID, "answer": ans}))
			}
		}()
	}
	wg.Wait()
	res := skilltest.Decode[ClassResults](t, h.Call(teacher, "tutor_class_results", map[string]any{"class_quiz_id": cq.ClassQuizID}))
	if res.Answered != 30 {
		t.Fatalf("answered %d", res.Answered)
	}
	for _, pq := range res.PerQuestion {
		if pq.Correct != 20 || pq.Wrong != 10 || pq.Missing != 0 {
			t.Fatalf("per question %+v", pq)
		}
	}
	if res.Ranking[0].Score != 2 || res.Ranking[0].Student == "" {
		t.Fatalf("ranking %+v", res.Ranking[:2])
	}
	// A student sees scores but not other students' names; an outsider sees nothing.
	sres := skilltest.Decode[ClassResults](t, h.Call(h.As("s01", ScopeLearn), "tutor_class_results", map[string]any{"class_quiz_id": cq.ClassQuizID}))
	for _, r := range sres.Ranking {
		if r.Student != "" && r.Student != "학생01" {
			t.Fatalf("student sees %s", r.Student)
		}
	}
	if r := h.Call(h.As("outsider", ScopeLearn), "tutor_class_answer", map[string]any{"class_quiz_id": cq.ClassQuizID, "question_id": cq.Questions[0].ID, "answer": "4"}); skilltest.ErrCode(r) != skills.CodeNotFound {
		t.Fatalf("outsider answers: %+v", r)
	}
	if r := h.Call(h.As("s01", ScopeLearn), "tutor_class_quiz_start", map[string]any{"lesson_id": "linear-equations", "students": []string{"s01"}}); skilltest.ErrCode(r) != skills.CodeForbidden {
		t.Fatalf("student starts class quiz: %+v", r)
	}
}

// TestAskTool: tutor_ask answers in the student's language with the
// source as data and the rest of the passage; bad arguments are typed
// errors.
func TestAskTool(t *testing.T) {
	h, _ := newTutor(t)
	u := h.As("student1", ScopeLearn)
	g := skilltest.Decode[Grounded](t, h.Call(u, "tutor_ask", map[string]any{"question": "광합성은 어디에서 일어나요?"}))
	if !g.Covered || g.Answer != "광합성은 잎의 세포 속에 있는 엽록체에서 일어나요." || g.Source == nil ||
		g.Source.Subject != "과학" || g.Source.Level != "중학교" || g.Source.LessonTitle != "광합성" || g.Source.SectionTitle != "광합성이 일어나는 곳" ||
		g.Source.Line != "중학교 과학 · 광합성 § 광합성이 일어나는 곳" || !strings.HasPrefix(g.More, "엽록체에는 초록색 색소인 엽록소가 있어서") {
		t.Fatalf("%+v %+v", g, g.Source)
	}
	// The fields the current brain reads are still there.
	if len(g.Citations) == 0 || g.Citations[0].LessonTitle != "광합성" || g.Citations[0].SectionTitle != "광합성이 일어나는 곳" || g.Citations[0].Quote != g.Answer {
		t.Fatalf("citations %+v", g.Citations)
	}
	e := skilltest.Decode[Grounded](t, h.Call(u, "tutor_ask", map[string]any{"question": "광합성은 어디에서 일어나요?", "lang": "en"}))
	if e.Lang != "en" || e.Answer != "Photosynthesis happens in the chloroplasts inside the cells of a leaf." || e.Source.Line != "Science · Middle school · Photosynthesis § Where photosynthesis happens" {
		t.Fatalf("%+v", e)
	}
	within := skilltest.Decode[Grounded](t, h.Call(u, "tutor_ask", map[string]any{"question": "엽록체가 뭐예요?", "lesson_id": "linear-equations"}))
	if within.Covered || len(within.Suggestions) == 0 || within.Suggestions[0].LessonID != "linear-equations" {
		t.Fatalf("within another lesson: %+v", within)
	}
	for _, bad := range []map[string]any{
		{"question": "광합성?", "lang": "fr"},
		{"question": "광합성?", "lesson_id": "astrology"},
		{"question": ""},
		{"question": "   "},
		{"question": strings.Repeat("광", 501)},
	} {
		if r := h.Call(u, "tutor_ask", bad); skilltest.ErrCode(r) != skills.CodeInvalidArguments {
			t.Errorf("%v: %+v", bad, r)
		}
	}
}

// TestGreetingAndLessons: the tutor's greeting and the lesson list carry
// questions to suggest, in the language asked for, and each is answered.
func TestGreetingAndLessons(t *testing.T) {
	h, tu := newTutor(t)
	u := h.As("student1", ScopeLearn)
	g := skilltest.Decode[Greeting](t, h.Call(u, "tutor_greeting", `{}`))
	if g.Lang != "ko" || !strings.HasPrefix(g.Text, "안녕하세요!") || !strings.Contains(g.Text, "광합성") || len(g.Lessons) != 6 || len(g.Suggestions) < 2 || len(g.Suggestions) > 3 {
		t.Fatalf("%+v", g)
	}
	seen := map[string]bool{}
	for _, s := range g.Suggestions {
		seen[s.LessonID] = true
		if a := tu.lib.Ask(s.Question, "", ""); !a.Covered || a.Source.LessonID != s.LessonID || a.Lang != "ko" {
			t.Errorf("suggested %q is not answered from %s: %+v", s.Question, s.LessonID, a.Source)
		}
	}
	if len(seen) < 2 {
		t.Errorf("the greeting suggests from one lesson only: %+v", g.Suggestions)
	}
	e := skilltest.Decode[Greeting](t, h.Call(u, "tutor_greeting", map[string]any{"lang": "en", "lesson_id": "present-perfect"}))
	if !strings.Contains(e.Text, "The Present Perfect") || len(e.Suggestions) != 3 || e.Suggestions[0].Question != "How do I form the present perfect?" {
		t.Fatalf("%+v", e)
	}
	if r := h.Call(u, "tutor_greeting", map[string]any{"lesson_id": "astrology"}); skilltest.ErrCode(r) != skills.CodeInvalidArguments {
		t.Fatalf("unknown lesson: %+v", r)
	}
	ls := skilltest.Decode[[]LessonInfo](t, h.Call(u, "tutor_lessons", map[string]any{"lang": "en"}))
	for _, l := range ls {
		if l.ID == "earthquakes-volcanoes" {
			if l.Name != "Earthquakes and Volcanoes" || l.SubjectName != "Earth science" || len(l.Parts) != 6 || l.Parts[5].Title != "What to do in an earthquake" ||
				l.Parts[5].Questions != 1 || l.Suggestions[2] != "What should I do in an earthquake?" {
				t.Fatalf("%+v", l)
			}
			return
		}
	}
	t.Fatal("no earthquakes lesson")
}

// TestQuizBySectionAndLanguage: a quiz on one section asks only its
// questions, in English when asked; grading takes either language and the
// feedback comes in the quiz's language.
func TestQuizBySectionAndLanguage(t *testing.T) {
	h, _ := newTutor(t)
	u := h.As("student1", ScopeLearn)
	qz := skilltest.Decode[Quiz](t, h.Call(u, "tutor_quiz", map[string]any{"lesson_id": "photosynthesis", "section_id": "chloroplast", "count": 5, "lang": "en"}))
	if qz.SectionID != "chloroplast" || qz.Lang != "en" || len(qz.Questions) != 3 {
		t.Fatalf("%+v", qz)
	}
	prompts := map[string]string{}
	for _, q := range qz.Questions {
		if q.Section != "chloroplast" || q.SectionTitle != "Where photosynthesis happens" {
			t.Fatalf("question %+v", q)
		}
		prompts[q.ID] = q.Prompt
	}
	if prompts["ps1"] != "In which part of the cell does photosynthesis take place?" {
		t.Fatalf("prompts %v", prompts)
	}
	g := skilltest.Decode[Graded](t, h.Call(u, "tutor_answer", map[string]any{"quiz_id": qz.QuizID, "question_id": "ps1", "answer": "chloroplasts"}))
	if !g.Correct || g.Explanation != "Photosynthesis happens in the chloroplasts." {
		t.Fatalf("%+v", g)
	}
	g = skilltest.Decode[Graded](t, h.Call(u, "tutor_answer", map[string]any{"quiz_id": qz.QuizID, "question_id": "ps7", "answer": "엽록체"}))
	if g.Correct || g.Expected != "chlorophyll" || g.Explanation != "Chlorophyll absorbs light energy." {
		t.Fatalf("%+v", g)
	}
	// Multiple choice in English: by number or by the English text.
	mc := skilltest.Decode[Quiz](t, h.Call(u, "tutor_quiz", map[string]any{"lesson_id": "earthquakes-volcanoes", "section_id": "magnitude", "lang": "en"}))
	if len(mc.Questions) != 1 || mc.Questions[0].Choices[0] != "magnitude" {
		t.Fatalf("%+v", mc)
	}
	g = skilltest.Decode[Graded](t, h.Call(u, "tutor_answer", map[string]any{"quiz_id": mc.QuizID, "question_id": "ev4", "answer": "Magnitude"}))
	if !g.Correct || g.Expected != "1) magnitude" {
		t.Fatalf("%+v", g)
	}
	ko := skilltest.Decode[Quiz](t, h.Call(u, "tutor_quiz", map[string]any{"lesson_id": "joseon-sejong", "section_id": "science"}))
	if ko.Lang != "ko" || len(ko.Questions) != 2 || ko.Questions[0].Prompt != "세종 때 비의 양을 재려고 만든 기구는?" || ko.Questions[0].SectionTitle != "과학 기술의 발달" {
		t.Fatalf("%+v", ko)
	}
	if r := h.Call(u, "tutor_quiz", map[string]any{"lesson_id": "photosynthesis", "section_id": "mitochondria"}); skilltest.ErrCode(r) != skills.CodeNotFound {
		t.Fatalf("unknown section: %+v", r)
	}
	if r := h.Call(u, "tutor_quiz", map[string]any{"lesson_id": "photosynthesis", "lang": "fr"}); skilltest.ErrCode(r) != skills.CodeInvalidArguments {
		t.Fatalf("bad lang: %+v", r)
	}
	// Progress is per student and per lesson.
	prog := skilltest.Decode[[]LessonProgress](t, h.Call(u, "tutor_progress", `{}`))
	for _, p := range prog {
		if p.LessonID == "photosynthesis" && (p.Answered != 2 || p.Total != 9) {
			t.Fatalf("%+v", p)
		}
	}
	other := skilltest.Decode[[]LessonProgress](t, h.Call(h.As("student2", ScopeLearn), "tutor_progress", `{}`))
	for _, p := range other {
		if p.Answered != 0 {
			t.Fatalf("student2 sees %+v", p)
		}
	}
}
