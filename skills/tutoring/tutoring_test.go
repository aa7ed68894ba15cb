package tutoring

import (
	"fmt"
	"strings"
	"sync"
	"testing"
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
	want := map[string]int{"korean-basics": 3, "photosynthesis": 6, "linear-equations": 5}
	for id, n := range want {
		l, ok := lib.Lesson(id)
		if !ok || len(l.Sections) != n || len(l.Quiz) < 5 {
			t.Fatalf("%s: %v sections %d quiz %d", id, ok, len(l.Sections), len(l.Quiz))
		}
	}
	for i, bad := range []string{
		"# T\nid: x\n## S\ntext",
		"# T\n## S {#s}\ntext",
		"# T\nid: x\n## S {#s}\n",
		"# T\nid: x\nauthor: me\n## S {#s}\ntext",
	} {
		if _, err := ParseLesson("bad.md", []byte(bad)); err == nil {
			t.Errorf("bad lesson %d parsed", i)
		}
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
	if r := h.Call(u, "tutor_quiz", map[string]any{"lesson_id": "astrology"}); skilltest.ErrCode(r) != skills.CodeInvalidArguments {
		t.Fatalf("unknown lesson: %+v", r)
	}
}

// TestClassQuiz: 30 students answer at once; results are live and exact.
func TestClassQuiz(t *testing.T) {
	h, _ := newTutor(t)
	teacher := h.As("teacher", ScopeTeach, ScopeLearn)
	var roster []string
	for i := 0; i < 30; i++ {
		roster = append(roster, fmt.Sprintf("s%02d", i))
	}
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
	// A student sees scores but not other students' ids; an outsider sees nothing.
	sres := skilltest.Decode[ClassResults](t, h.Call(h.As("s01", ScopeLearn), "tutor_class_results", map[string]any{"class_quiz_id": cq.ClassQuizID}))
	for _, r := range sres.Ranking {
		if r.Student != "" && r.Student != "s01" {
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
