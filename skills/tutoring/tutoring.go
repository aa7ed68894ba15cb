// Package tutoring is the tutor's skill pack: six lessons kept as content
// files, every section in Korean (해요체) and English (photosynthesis,
// linear equations, Korean for foreigners, early Joseon and King Sejong,
// the English present perfect, earthquakes and volcanoes), a glossary per
// lesson kept apart from the text; grounded answers of one or two lesson
// sentences in the student's language with their source — or a plain "not
// covered" with questions the lessons do answer; a greeting with suggested
// questions; quizzes by lesson or section with Korean-aware grading;
// per-student progress with spaced repetition; and a class quiz that every
// student in a room answers with live results.
//
// Each student's progress in a lesson is one key (prog:<user>:<lesson>),
// answers included, so grading is all-or-nothing across a crash. A class
// quiz is one key too.
package tutoring

import (
	"context"
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/google/jsonschema-go/jsonschema"
	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/search"
	"github.com/madang-world/madang/skills/store"
)

// ID is the skill's registry ID.
const ID skills.ID = "madang.tutoring"

func init() {
	skills.Register(skills.Info{ID: ID, Description: "Lessons, grounded answers with citations, quizzes, progress and class quizzes.",
		New: func() skills.Skill { return New() }})
}

// Scopes.
const (
	ScopeLearn = "tutor.learn"
	ScopeTeach = "tutor.teach"
)

// Leitner intervals: a question answered right moves up a box and comes
// back later; a wrong answer sends it back to box 0, to review, and it
// comes back tomorrow (box 1's interval).
var intervals = []time.Duration{0, 24 * time.Hour, 2 * 24 * time.Hour, 4 * 24 * time.Hour, 8 * 24 * time.Hour, 16 * 24 * time.Hour}

const maxBox = 5

// Tutor is the skill.
type Tutor struct {
	lib *Library
	db  *store.DB
	env skills.Env
	// locks: one per progress or class quiz record being updated.
	locks skills.KeyLocks
	// memos: the progress records' JSON as last read or written (progmemo.go).
	memos progMemos
}

// New returns an unprovisioned tutor.
func New() *Tutor { return &Tutor{} }

var _ skills.Provisioner = (*Tutor)(nil)

// Provision loads the lessons and opens tutoring.db.
func (t *Tutor) Provision(env skills.Env) error {
	t.env = env
	lib, err := LoadLibrary()
	if err != nil {
		return fmt.Errorf("tutoring: %w", err)
	}
	t.lib = lib
	t.db, err = env.Open("tutoring.db")
	return err
}

// NormalizeAnswer folds a short answer for comparison: width, case,
// spaces and punctuation, polite endings (입니다, 이에요, 예요, 요) and a
// trailing particle; native Korean numerals become digits.
func NormalizeAnswer(s string) string {
	s = strings.ReplaceAll(search.Normalize(s), " ", "")
	for _, end := range []string{"입니다", "이에요", "예요", "이요", "요"} {
		if t := strings.TrimSuffix(s, end); t != s && t != "" {
			s = t
			break
		}
	}
	if n, ok := nativeNum[s]; ok {
		return n
	}
	return search.StripJosa(s)
}

var nativeNum = map[string]string{"하나": "1", "한": "1", "둘": "2", "두": "2", "셋": "3", "세": "3", "넷": "4", "네": "4",
	"다섯": "5", "여섯": "6", "일곱": "7", "여덟": "8", "아홉": "9", "열": "10"}

// normalized caches NormalizeAnswer of the questions' own choices and
// accepted answers, which every grading compared anew (Unicode
// normalisation and particle stripping, several times per answer).
// The lessons are fixed, so the cache is as big as their answers.
var normalized sync.Map // string → string

func normalizedKey(s string) string {
	if v, ok := normalized.Load(s); ok {
		return v.(string)
	}
	n := NormalizeAnswer(s)
	normalized.Store(s, n)
	return n
}

// grade reports whether answer is right for q.
//
// What the student said is read as they meant it: the words around an
// answer go ("정답은 …", "my answer is …", "I think …"); for a multiple
// choice question a number is the choice it numbers, however it is
// written ("2", "2번", "2번이요", "2)", "②", "number 2", "option 2"),
// unless it is a choice's own text; for a short answer "2번" said to
// a question whose answer is a number is that number.
func grade(q Question, answer string) bool {
	a := strings.TrimSpace(cutLead(strings.TrimSpace(answer)))
	if a == "" {
		a = strings.TrimSpace(answer)
	}
	if q.Type == "mc" {
		na := NormalizeAnswer(a)
		// The choice's text (a choice may be a number: "3" in 사과 세 개),
		// first as written: normalising drops the signs that tell
		// "x = 10 + 7" from "x = 10 - 7".
		// An English article before the words is not part of them: "the
		// outer core" is "outer core" (a reader may have dropped it).
		bare := func(s string) string { return strings.ToLower(strings.Join(strings.Fields(dropArticle(s)), "")) }
		for _, cs := range [][]string{q.Choices, q.ChoicesEn} {
			for i, c := range cs {
				if bare(a) == bare(c) {
					return i == q.Answer
				}
			}
		}
		for _, cs := range [][]string{q.Choices, q.ChoicesEn} {
			for i, c := range cs {
				if na == normalizedKey(c) {
					return i == q.Answer
				}
			}
		}
		if i, ok := choiceByParts(q, a); ok {
			return i == q.Answer
		}
		if n, rest, ok := choiceNumber(a); ok {
			if rest != "" {
				// "2번 안녕하세요": the number and the words must agree.
				nr := NormalizeAnswer(rest)
				for _, cs := range [][]string{q.Choices, q.ChoicesEn} {
					if n-1 < len(cs) && nr != normalizedKey(cs[n-1]) {
						for _, c := range cs {
							if nr == normalizedKey(c) {
								return false // another choice's words
							}
						}
					}
				}
			}
			return n == q.Answer+1
		}
		if i, ok := choiceWithin(q, a); ok {
			// "ok back to the quiz: chemical energy I suppose": the words
			// of one choice, said in a sentence.
			return i == q.Answer
		}
		return false
	}
	got := NormalizeAnswer(a)
	if m := numberBeon.FindStringSubmatch(a); m != nil {
		got = m[1] // "7번" to "x - 5 = 2": the number 7
	}
	for _, acc := range q.Accept {
		if got == normalizedKey(acc) {
			return true
		}
	}
	return false
}

// listSep splits a list said in words: commas and slashes, "and", and a
// Korean word's joining particle (물이랑 이산화탄소, 물과 이산화 탄소,
// 물하고 …) before the next word.
var listSep = regexp.MustCompile(`(?i)\s*[,/&+·]\s*|\s+and\s+|(?:이랑|랑|하고|와|과)\s+`)

// parts are the items of a list answer or choice, each normalised and
// without spaces ("이산화 탄소" is "이산화탄소"), in order.
func parts(s string) []string {
	var out []string
	for _, p := range listSep.Split(strings.TrimSpace(s), -1) {
		if k := strings.Join(strings.Fields(NormalizeAnswer(p)), ""); k != "" {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// choiceByParts finds the choice of a list ("물, 이산화 탄소") a typed
// answer names item by item, in any order, joined however the student
// joins them ("물이랑 이산화탄소", "water and carbon dioxide"). Only
// choices of two or more items are read so; ok is false unless exactly
// one choice matches.
func choiceByParts(q Question, a string) (int, bool) {
	pa := parts(a)
	if len(pa) < 2 {
		return 0, false
	}
	found := -1
	for _, cs := range [][]string{q.Choices, q.ChoicesEn} {
		for i, c := range cs {
			if pc := parts(c); len(pc) >= 2 && slices.Equal(pa, pc) {
				if found >= 0 && found != i {
					return 0, false
				}
				found = i
			}
		}
	}
	return found, found >= 0
}

var (
	answerLead = regexp.MustCompile(`(?i)^(?:i\s+think\s+(?:it'?s\s+|it\s+is\s+)?|(?:my|the)\s+answer\s+is\s+|answer\s*:\s*|(?:제\s*)?(?:정답|답)\s*(?:은|는|:)?\s+|정답은|답은)`)
	choiceRe   = regexp.MustCompile(`(?i)^(?:(?:number|no\.?|option|choice|#)\s*)?\(?(\d{1,2})\s*(?:번째|번|\)|\.|st|nd|rd|th)?(?:\s*(?:이요|이에요|입니다|요|이|!|\.|one))?(?:\s+(.*?))?\s*[.!?]?$`)
	// letterRe: a choice said by its letter, as many quizzes letter
	// them ("B", "b)", "(c)", "option B", "B요", "답은 b"): A is the first.
	letterRe   = regexp.MustCompile(`(?i)^(?:(?:option|choice|answer|letter)\s+)?\(?([a-e])\s*(?:\)|\.|번)?(?:\s*(?:이요|이에요|입니다|요|!|\.))?\s*[.!?]?$`)
	numberBeon = regexp.MustCompile(`^(\d{1,4})\s*번(?:이요|이에요|입니다|요)?[.!]?$`)
	circled    = map[rune]int{'①': 1, '②': 2, '③': 3, '④': 4, '⑤': 5}
)

// choiceNumber reads a choice said by its number (or its letter: B is
// 2), and any words after it.
func choiceNumber(a string) (n int, rest string, ok bool) {
	if rs := []rune(strings.TrimSpace(a)); len(rs) > 0 {
		if c, ok := circled[rs[0]]; ok {
			return c, strings.TrimSpace(string(rs[1:])), true
		}
	}
	if m := letterRe.FindStringSubmatch(strings.TrimSpace(a)); m != nil {
		// A trial's "B" to choices numbered 1) 2) 3) was graded wrong;
		// a choice whose own text is the letter was matched before.
		return int(unicode.ToLower(rune(m[1][0]))-'a') + 1, "", true
	}
	m := choiceRe.FindStringSubmatch(a)
	if m == nil {
		return 0, "", false
	}
	n, err := strconv.Atoi(m[1])
	if err != nil {
		return 0, "", false
	}
	return n, strings.TrimSpace(m[2]), true
}

// qState is a student's record of one question.
type qState struct {
	Box      int       `json:"box"`
	Due      time.Time `json:"due"`
	Correct  int       `json:"correct"`
	Attempts int       `json:"attempts"`
}

// progress is stored under prog:<user>:<lesson>.
type progress struct {
	Questions map[string]*qState     `json:"questions"`
	Quizzes   map[string]*quizRecord `json:"quizzes"` // recent quizzes, by ID
	Order     []string               `json:"order"`   // quiz IDs, oldest first (bounded)
}

type quizRecord struct {
	Questions []string        `json:"questions"`
	Answers   map[string]bool `json:"answers"` // question → correct
	Created   time.Time       `json:"created"`
	Lang      string          `json:"lang,omitempty"` // of the feedback; "" is Korean
	// Given are the answers marked wrong, as the student gave them, for
	// a recheck (tutor_answer's recheck grades them again).
	Given map[string]string `json:"given,omitempty"`
}

func progKey(user, lesson string) store.Key {
	return store.NewKey("prog", skills.UserKey(user), lesson)
}

func (t *Tutor) loadProgress(user, lesson string) (progress, error) {
	var p progress
	key := progKey(user, lesson)
	mp := memoProgress{p: &p, m: t.memos.get(key.String())}
	err := t.db.View(func(tx *store.Tx) error { return store.GetJSON(tx, key, mp) }) // mp.DecodeJSON
	if errors.Is(err, store.ErrNotFound) {
		err = nil
	}
	if p.Questions == nil {
		p.Questions = map[string]*qState{}
	}
	if p.Quizzes == nil {
		p.Quizzes = map[string]*quizRecord{}
	}
	return p, err
}

// updateProgress applies f to the user's progress in one single-key commit.
//
// The write is committed under the key's lock and its fsync awaited after
// it (store.DB.Write), so students answering at once share fsyncs rather
// than queue behind each other's under a shared lock stripe.
//
// In a call of the skills host whose records share the file with the
// progress (store.Dir.Share), the host waits for that fsync with its own
// records' (skills.Later): one fsync for the answer and its records.
func (t *Tutor) updateProgress(ctx context.Context, user, lesson string, f func(*progress) error) (progress, error) {
	p, wait, err := t.updateProgressLocked(user, lesson, f)
	if err != nil {
		return p, err
	}
	if skills.Later(ctx, t.db, wait) {
		return p, nil
	}
	if err := wait(); err != nil {
		return p, skills.Errorf(skills.CodeUnavailable, "progress could not be saved to disk; the answer may not be recorded")
	}
	return p, nil
}

func (t *Tutor) updateProgressLocked(user, lesson string, f func(*progress) error) (progress, func() error, error) {
	key := progKey(user, lesson)
	defer t.locks.Lock(key.String())()
	p, err := t.loadProgress(user, lesson)
	if err != nil {
		return p, nil, skills.Errorf(skills.CodeUnavailable, "progress cannot be read now")
	}
	memo := t.memos.get(key.String())
	if err := f(&p); err != nil {
		memo.forget() // (f changes copies of what it read, but should it not)
		return p, nil, err
	}
	v, err := store.Seal(key, memoProgress{p: &p, m: memo}) // not under the file's write lock
	if err != nil {
		return p, nil, skills.Errorf(skills.CodeInternal, "progress could not be encoded; the answer was not recorded")
	}
	wait, err := t.db.Write(v.Set)
	if err != nil {
		return p, nil, skills.Errorf(skills.CodeUnavailable, "progress could not be saved; the answer was not recorded")
	}
	return p, wait, nil
}

// unlockSynced releases a class quiz's lock, then waits for the fsync
// covering what was read and written under it (store.DB.Synced): a class
// answering at once shares fsyncs instead of queueing behind each one
// under the lock, and no answer is graded back before it is on disk.
func (t *Tutor) unlockSynced(unlock func(), err *error) {
	unlock()
	if serr := t.db.Synced(); serr != nil && *err == nil {
		*err = skills.Errorf(skills.CodeUnavailable, "the class quiz could not be saved to disk: %v", serr)
	}
}

// mastery is 0–100: how much of the lesson the student knows now.
//
// Every quiz question of the lesson weighs the same, and a question
// counts
//
//	0                              unanswered, or its last answer wrong or skipped (box 0)
//	½ + ½·(box−1)/(maxBox−1)       its last answer right, in Leitner box 1…maxBox
//
// so mastery = 100 · Σ score / (questions in the lesson), rounded. A right
// answer is half a question known; the other half comes as the answer
// holds at spaced reviews (box 5: a whole question). A wrong answer takes
// the question back to 0 — it used to go to box 1, the box of one right
// answer, so three wrong answers read as much mastery (9 %) as one right.
func mastery(l *Lesson, p progress) int {
	if len(l.Quiz) == 0 {
		return 0
	}
	sum := 0.0
	for _, q := range l.Quiz {
		if st := p.Questions[q.ID]; st != nil && st.Box > 0 {
			sum += 0.5 + 0.5*float64(min(st.Box, maxBox)-1)/float64(maxBox-1)
		}
	}
	return int(math.Round(100 * sum / float64(len(l.Quiz))))
}

// toReview reports whether a question the student has answered is for
// review now: its spaced-repetition date has come, or its last answer
// was wrong or skipped (box 0) — a question missed today is one to go
// over, though it is asked again no sooner than tomorrow.
func toReview(st *qState, now time.Time) bool {
	return st.Box == 0 || !now.Before(st.Due)
}

type lessonArgs struct {
	LessonID  string `json:"lesson_id"`
	SectionID string `json:"section_id,omitempty"`
}

type askArgs struct {
	Question string `json:"question"`
	LessonID string `json:"lesson_id,omitempty" jsonschema:"limit to one lesson"`
	Lang     string `json:"lang,omitempty" jsonschema:"language of the answer: ko or en (default: the question's language)"`
}

type langArgs struct {
	Lang string `json:"lang,omitempty" jsonschema:"ko or en (default ko)"`
}

type greetArgs struct {
	Lang     string `json:"lang,omitempty" jsonschema:"ko or en (default ko)"`
	LessonID string `json:"lesson_id,omitempty" jsonschema:"suggest questions from this lesson"`
}

type quizArgs struct {
	LessonID  string `json:"lesson_id"`
	SectionID string `json:"section_id,omitempty"`
	Count     int    `json:"count,omitempty" jsonschema:"questions, default 3"`
	Review    bool   `json:"review,omitempty" jsonschema:"prefer questions due for review"`
	Lang      string `json:"lang,omitempty" jsonschema:"language of the questions and feedback: ko or en (default ko)"`
}

type answerArgs struct {
	QuizID     string `json:"quiz_id"`
	QuestionID string `json:"question_id"`
	Answer     string `json:"answer" jsonschema:"the student's answer: text, or the number of the choice"`
	Lang       string `json:"lang,omitempty" jsonschema:"the language to grade in: ko or en (default: the quiz's)"`
	// Recheck asks for an answer already graded wrong to be graded again
	// (the student objects: "wait, I said oxygen, that's right!"): if it
	// is right after all, the mark and progress are corrected.
	Recheck bool `json:"recheck,omitempty" jsonschema:"grade an answer already marked wrong again, and correct the mark if it was right"`
}

type classStartArgs struct {
	LessonID string   `json:"lesson_id"`
	Students []string `json:"students,omitempty" jsonschema:"user ids of students in the room; omitted: everyone in the room"`
	Count    int      `json:"count,omitempty"`
	Lang     string   `json:"lang,omitempty" jsonschema:"the class's language, ko or en: the questions, expected answers and explanations are given in it; omitted: ko"`
}

type classAnswerArgs struct {
	ClassQuizID string `json:"class_quiz_id"`
	QuestionID  string `json:"question_id"`
	Answer      string `json:"answer"`
	Lang        string `json:"lang,omitempty" jsonschema:"the answering student's language, ko or en, for the expected answer and explanation; omitted: the class quiz's"`
}

type classArgs struct {
	ClassQuizID string `json:"class_quiz_id"`
}

// Tools implements skills.Skill.
func (t *Tutor) Tools() []*skills.Tool {
	lid := func(s *jsonschema.Schema) {
		var ids []any
		for _, l := range t.lib.Lessons {
			ids = append(ids, l.ID)
		}
		s.Properties["lesson_id"].Enum = ids
	}
	sid := func(s *jsonschema.Schema) {
		if p := s.Properties["section_id"]; p != nil {
			p.Pattern = `^[a-z0-9-]{1,40}$`
		}
	}
	lang := func(s *jsonschema.Schema) {
		s.Properties["lang"].Enum = []any{"ko", "en"}
	}
	optLesson := func(s *jsonschema.Schema) {
		s.Properties["lesson_id"].MaxLength = skills.Ptr(40)
	}
	count := func(s *jsonschema.Schema) {
		s.Properties["count"].Minimum, s.Properties["count"].Maximum = skills.Ptr(1.0), skills.Ptr(10.0)
	}
	return []*skills.Tool{
		skills.NewTool("tutor_lessons", "The lessons, their sections and questions to suggest for each.", skills.Read, []string{ScopeLearn}, t.lessons,
			skills.Constrain(lang)),
		skills.NewTool("tutor_greeting", "What the tutor says when a student comes over: a greeting, the lessons and two or three questions to suggest.",
			skills.Read, []string{ScopeLearn}, t.greeting, skills.Constrain(lang), skills.Constrain(optLesson)),
		skills.NewTool("tutor_lesson", "The text of a lesson section, to teach from.", skills.Read, []string{ScopeLearn}, t.lesson,
			skills.Constrain(lid), skills.Constrain(sid)),
		skills.NewTool("tutor_ask", "The answer to a student's question from the lessons: one or two sentences in the student's language, the source, and the rest of the passage; or, when the lessons do not cover it, covered=false with questions they do answer (never invent an answer then).",
			skills.Read, []string{ScopeLearn}, t.ask, skills.Constrain(lang), skills.Constrain(optLesson), skills.Constrain(func(s *jsonschema.Schema) {
				s.Properties["question"].MinLength, s.Properties["question"].MaxLength = skills.Ptr(1), skills.Ptr(500)
			})),
		skills.NewTool("tutor_quiz", "Start a quiz for the student on a lesson (questions without their answers).", skills.Write, []string{ScopeLearn}, t.quiz,
			skills.Constrain(lid), skills.Constrain(sid), skills.Constrain(count), skills.Constrain(lang)),
		skills.NewTool("tutor_answer", "Grade the student's answer to a quiz question and update their progress.", skills.Write, []string{ScopeLearn}, t.answer,
			skills.Constrain(func(s *jsonschema.Schema) {
				s.Properties["quiz_id"].Pattern = `^q[0-9a-f]{20}$`
				s.Properties["question_id"].Pattern = `^[a-z0-9]{1,20}$`
				s.Properties["answer"].MaxLength = skills.Ptr(200)
			}), skills.Constrain(lang)),
		skills.NewTool("tutor_progress", "The student's mastery of each lesson and the questions to review (due again, or last answered wrong), lessons titled in lang.", skills.Read, []string{ScopeLearn}, t.progress,
			skills.Constrain(lang)),
		skills.NewTool("tutor_class_quiz_start", "Start a quiz for every student in the classroom, in the class's language.", skills.Write, []string{ScopeTeach}, t.classStart,
			skills.Constrain(lid), skills.Constrain(count), skills.Constrain(lang), skills.Constrain(func(s *jsonschema.Schema) {
				p := s.Properties["students"]
				p.MaxItems = skills.Ptr(60)
				p.Items.MaxLength = skills.Ptr(64)
			})),
		skills.NewTool("tutor_class_answer", "A student's answer in a class quiz.", skills.Write, []string{ScopeLearn}, t.classAnswer,
			skills.Constrain(func(s *jsonschema.Schema) {
				s.Properties["class_quiz_id"].Pattern = `^cq[0-9a-f]{20}$`
				s.Properties["question_id"].Pattern = `^[a-z0-9]{1,20}$`
				s.Properties["answer"].MaxLength = skills.Ptr(200)
			}), skills.Constrain(lang)),
		skills.NewTool("tutor_class_results", "Live results of a class quiz.", skills.Read, []string{ScopeLearn}, t.classResults,
			skills.Constrain(func(s *jsonschema.Schema) { s.Properties["class_quiz_id"].Pattern = `^cq[0-9a-f]{20}$` })),
	}
}

// LessonInfo lists a lesson. Title, Subject, Level and Sections are as
// written in the lesson file (both languages); Name, SubjectName, Parts
// and Suggestions are in the language asked for.
type LessonInfo struct {
	ID          string        `json:"id"`
	Title       string        `json:"title"`
	Subject     string        `json:"subject"`
	Level       string        `json:"level"`
	Sections    []string      `json:"sections"` // "id: 제목"
	Name        string        `json:"name"`
	SubjectName string        `json:"subject_name"`
	Parts       []SectionInfo `json:"parts"`
	Suggestions []string      `json:"suggestions"` // questions to suggest, in the language asked for
}

// SectionInfo is a section of a lesson with the number of quiz questions
// on it (tutor_quiz takes its ID as section_id).
type SectionInfo struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Questions int    `json:"questions"`
}

func (t *Tutor) lessons(ctx context.Context, c skills.Caller, a langArgs) ([]LessonInfo, error) {
	lang := langOr(a.Lang)
	var out []LessonInfo
	for _, l := range t.lib.Lessons {
		li := LessonInfo{ID: l.ID, Title: l.Title, Subject: l.Subject, Level: l.Level, Name: l.TitleIn(lang), SubjectName: l.SubjectIn(lang),
			Suggestions: []string{}}
		for _, s := range l.Sections {
			li.Sections = append(li.Sections, s.ID+": "+s.Title)
			n := 0
			for _, q := range l.Quiz {
				if q.Section == s.ID {
					n++
				}
			}
			li.Parts = append(li.Parts, SectionInfo{ID: s.ID, Title: s.TitleIn(lang), Questions: n})
		}
		for _, sg := range l.Suggest {
			li.Suggestions = append(li.Suggestions, tr(lang, sg.Ko, sg.En))
		}
		out = append(out, li)
	}
	return out, nil
}

func langOr(l string) string {
	if l == "en" {
		return "en"
	}
	return "ko"
}

// Greeting is what tutor_greeting returns: the tutor's opening line, the
// lessons it teaches, and two or three questions to suggest.
type Greeting struct {
	Lang        string       `json:"lang"`
	Text        string       `json:"text"`
	Lessons     []LessonRef  `json:"lessons"`
	Suggestions []Suggestion `json:"suggestions"`
}

// LessonRef names a lesson in one language.
type LessonRef struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Subject string `json:"subject"`
}

func (t *Tutor) greeting(ctx context.Context, c skills.Caller, a greetArgs) (Greeting, error) {
	lang := langOr(a.Lang)
	g := Greeting{Lang: lang}
	var names []string
	for _, l := range t.lib.Lessons {
		g.Lessons = append(g.Lessons, LessonRef{ID: l.ID, Title: l.TitleIn(lang), Subject: l.SubjectIn(lang)})
		names = append(names, l.TitleIn(lang))
	}
	if a.LessonID != "" {
		l, ok := t.lib.Lesson(a.LessonID)
		if !ok {
			return Greeting{}, skills.Errorf(skills.CodeInvalidArguments, "no lesson %q", a.LessonID)
		}
		for _, s := range l.Suggest {
			if len(g.Suggestions) < 3 {
				g.Suggestions = append(g.Suggestions, Suggestion{LessonID: l.ID, LessonTitle: l.TitleIn(lang), Question: tr(lang, s.Ko, s.En)})
			}
		}
		g.Text = words.Say(lang, "tutor.greeting_lesson", "lesson", l.TitleIn(lang))
		return g, nil
	}
	g.Suggestions = t.lib.suggestFor(nil, "", lang)
	g.Text = words.Say(lang, "tutor.greeting", "lessons", strings.Join(names, ", "))
	return g, nil
}

func (t *Tutor) ask(ctx context.Context, c skills.Caller, a askArgs) (Grounded, error) {
	if a.LessonID != "" {
		if _, ok := t.lib.Lesson(a.LessonID); !ok {
			return Grounded{}, skills.Errorf(skills.CodeInvalidArguments, "no lesson %q", a.LessonID)
		}
	}
	if strings.TrimSpace(a.Question) == "" {
		return Grounded{}, skills.Errorf(skills.CodeInvalidArguments, "the question is empty")
	}
	if g, ok := t.lib.solve(a.Question, a.LessonID, a.Lang); ok {
		// "how do u solve 3x+5=20": the student's own equation, solved by
		// the lesson's method (solve.go), not the lesson's example.
		return g, nil
	}
	return t.lib.Ask(a.Question, a.LessonID, a.Lang), nil
}

func (t *Tutor) lesson(ctx context.Context, c skills.Caller, a lessonArgs) (Section, error) {
	l, _ := t.lib.Lesson(a.LessonID)
	if a.SectionID == "" {
		return l.Sections[0], nil
	}
	s, ok := l.section(a.SectionID)
	if !ok {
		return Section{}, skills.Errorf(skills.CodeNotFound, "lesson %s has no section %s", l.ID, a.SectionID)
	}
	return s, nil
}

// QuizQuestion is a question as the student sees it (no answer).
type QuizQuestion struct {
	ID           string   `json:"id"`
	Type         string   `json:"type"`
	Prompt       string   `json:"prompt"`
	Choices      []string `json:"choices,omitempty"`
	Section      string   `json:"section"`
	SectionTitle string   `json:"section_title"`
	// Hint says how to answer a question without choices, which is
	// open-ended on purpose (a short answer): "(Type your answer)" —
	// shown without it, such a question read as one whose choices were
	// lost.
	Hint string `json:"hint,omitempty"`
}

// Quiz is what tutor_quiz returns: questions in Lang, on one section when
// SectionID is set.
type Quiz struct {
	QuizID    string         `json:"quiz_id"`
	LessonID  string         `json:"lesson_id"`
	SectionID string         `json:"section_id,omitempty"`
	Lang      string         `json:"lang"`
	Questions []QuizQuestion `json:"questions"`
}

// public is q as a student sees it in lang: no answer.
func public(l *Lesson, q Question, lang string) QuizQuestion {
	out := QuizQuestion{ID: q.ID, Type: q.Type, Prompt: q.Prompt, Choices: q.Choices, Section: q.Section}
	if lang == "en" {
		if q.PromptEn != "" {
			out.Prompt = q.PromptEn
		}
		if len(q.ChoicesEn) > 0 {
			out.Choices = q.ChoicesEn
		}
	}
	if s, ok := l.section(q.Section); ok {
		out.SectionTitle = s.TitleIn(lang)
	}
	if q.Type == "short" {
		out.Hint = tr(lang, "(답을 직접 써 주세요)", "(Type your answer)")
	}
	return out
}

// pickQuestions chooses n questions: due reviews first (when asked), then
// the least mastered, then in file order.
func pickQuestions(l *Lesson, p progress, section string, n int, review bool, now time.Time) []Question {
	var pool []Question
	for _, q := range l.Quiz {
		if section == "" || q.Section == section {
			pool = append(pool, q)
		}
	}
	key := func(q Question) (int, int) {
		st := p.Questions[q.ID]
		if st == nil {
			return 1, 0
		}
		if review && toReview(st, now) {
			return 0, st.Box
		}
		return 2, st.Box
	}
	sort.SliceStable(pool, func(i, j int) bool {
		gi, bi := key(pool[i])
		gj, bj := key(pool[j])
		if gi != gj {
			return gi < gj
		}
		return bi < bj
	})
	if len(pool) > n {
		pool = pool[:n]
	}
	return pool
}

func (t *Tutor) quiz(ctx context.Context, c skills.Caller, a quizArgs) (Quiz, error) {
	l, _ := t.lib.Lesson(a.LessonID)
	if len(l.Quiz) == 0 {
		return Quiz{}, skills.Errorf(skills.CodeNotFound, "lesson %s has no quiz", l.ID)
	}
	if _, ok := l.section(a.SectionID); a.SectionID != "" && !ok {
		return Quiz{}, skills.Errorf(skills.CodeNotFound, "lesson %s has no section %s", l.ID, a.SectionID)
	}
	lang := langOr(a.Lang)
	n := a.Count
	if n == 0 {
		n = 3
	}
	id := "q" + skills.OpIDHex(ctx, 20)
	now := t.env.Clock.Now()
	var picked []Question
	_, err := t.updateProgress(ctx, c.UserID, l.ID, func(p *progress) error {
		if rec, ok := p.Quizzes[id]; ok { // a retry
			lang = langOr(rec.Lang)
			for _, qid := range rec.Questions {
				for _, q := range l.Quiz {
					if q.ID == qid {
						picked = append(picked, q)
					}
				}
			}
			return nil
		}
		picked = pickQuestions(l, *p, a.SectionID, n, a.Review, now)
		if len(picked) == 0 {
			return skills.Errorf(skills.CodeNotFound, "no questions for section %s", a.SectionID)
		}
		rec := &quizRecord{Answers: map[string]bool{}, Created: now, Lang: lang}
		for _, q := range picked {
			rec.Questions = append(rec.Questions, q.ID)
		}
		p.Quizzes[id] = rec
		p.Order = append(p.Order, id)
		for len(p.Order) > 20 { // bounded history
			delete(p.Quizzes, p.Order[0])
			p.Order = p.Order[1:]
		}
		return nil
	})
	if err != nil {
		return Quiz{}, err
	}
	out := Quiz{QuizID: id, LessonID: l.ID, SectionID: a.SectionID, Lang: lang}
	for _, q := range picked {
		out.Questions = append(out.Questions, public(l, q, lang))
	}
	return out, nil
}

// Graded is what tutor_answer returns.
type Graded struct {
	Correct     bool   `json:"correct"`
	Expected    string `json:"expected"`
	Explanation string `json:"explanation"`
	Mastery     int    `json:"mastery"`
	NextReview  string `json:"next_review"`
	Remaining   int    `json:"remaining"` // unanswered questions in this quiz
	// Skipped: no answer was given ("skip this one", "이거 넘어갈래", "몰라
	// 패스": Passes): the question counts as missed, and the right answer
	// is shown.
	Skipped bool `json:"skipped"`
	// Spelling is the right answer as written when the student's was
	// right but misspelt ("experiance"), and Note says so gently in the
	// quiz's language ("" when spelt right).
	Spelling string `json:"spelling,omitempty"`
	Note     string `json:"note,omitempty"`
	// Corrected: a recheck found the answer marked wrong right after all,
	// and the mark is now right.
	Corrected bool `json:"corrected,omitempty"`
}

// findQuiz locates the caller's quiz (in whichever lesson it belongs to).
//
// It looks for the quiz's ID, quoted, in each lesson's stored progress
// rather than decoding it: the answer decodes the lesson's progress once
// more under its lock, and decoding it here too was a tenth of a turn's
// CPU (BenchmarkTurn500). Quiz IDs are "q" and 20 hex digits (the tool's
// schema admits nothing else), which JSON writes as they are and which
// appear only in the progress of their own lesson, as a key of its
// quizzes and in their order; should the ID be found otherwise, the
// answer finds no such quiz (CodeNotFound).
func (t *Tutor) findQuiz(user, quizID string) (*Lesson, error) {
	quoted := `"` + quizID + `"`
	for _, l := range t.lib.Lessons {
		var raw string
		err := t.db.View(func(tx *store.Tx) error {
			var err error
			raw, err = tx.Get(progKey(user, l.ID))
			return err
		})
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, skills.Errorf(skills.CodeUnavailable, "progress cannot be read now")
		}
		if strings.Contains(raw, quoted) {
			return l, nil
		}
	}
	return nil, skills.Errorf(skills.CodeNotFound, "no quiz %s", quizID)
}

// expected is the right answer to show, and explanation the reason, in lang.
func expected(q Question, lang string) string {
	if q.Type == "mc" {
		if lang == "en" {
			c := q.Choices[q.Answer]
			if len(q.ChoicesEn) > q.Answer {
				c = q.ChoicesEn[q.Answer]
			}
			return fmt.Sprintf("%d) %s", q.Answer+1, c)
		}
		return fmt.Sprintf("%d번 %s", q.Answer+1, q.Choices[q.Answer])
	}
	if lang == "en" {
		for _, a := range q.Accept {
			if DetectLang(a) == "en" && !strings.ContainsFunc(a, isHangul) {
				return a
			}
		}
	}
	return q.Accept[0]
}

func explanation(q Question, lang string) string {
	if lang == "en" && q.ExplanationEn != "" {
		return q.ExplanationEn
	}
	return q.Explanation
}

func (t *Tutor) answer(ctx context.Context, c skills.Caller, a answerArgs) (Graded, error) {
	l, err := t.findQuiz(c.UserID, a.QuizID)
	if err != nil {
		return Graded{}, err
	}
	var q Question
	for _, qq := range l.Quiz {
		if qq.ID == a.QuestionID {
			q = qq
		}
	}
	now := t.env.Clock.Now()
	var g Graded
	p, err := t.updateProgress(ctx, c.UserID, l.ID, func(p *progress) error {
		rec := p.ownQuiz(a.QuizID) // changed below: a copy (progmemo.go)
		if rec == nil {
			return skills.Errorf(skills.CodeNotFound, "no quiz %s", a.QuizID)
		}
		in := false
		for _, id := range rec.Questions {
			in = in || id == a.QuestionID
		}
		if !in || q.ID == "" {
			return skills.Errorf(skills.CodeNotFound, "question %s is not in quiz %s", a.QuestionID, a.QuizID)
		}
		if prev, done := rec.Answers[q.ID]; done {
			g.Correct = prev // answered already (a retry): same grade, no second update
			if prev || !a.Recheck {
				return nil
			}
			if g.Correct, g.Spelling = gradeSpelling(q, rec.Given[q.ID]); !g.Correct { // the answer given, not a new one
				return nil
			}
			// Marked wrong, and right after all: the mark is corrected,
			// as if it had been graded right.
			rec.Answers[q.ID], g.Corrected = true, true
			if st := p.ownState(q.ID); st != nil { // a copy (progmemo.go)
				st.Correct++
				st.Box = max(st.Box, 1)
				st.Due = now.Add(intervals[st.Box])
			}
			return nil
		}
		g.Correct, g.Spelling = gradeSpelling(q, a.Answer)
		rec.Answers[q.ID] = g.Correct
		if !g.Correct && strings.TrimSpace(a.Answer) != "" {
			if rec.Given == nil {
				rec.Given = map[string]string{}
			}
			rec.Given[q.ID] = a.Answer
		}
		markAnswer(p, q.ID, g.Correct, now)
		return nil
	})
	if err != nil {
		return Graded{}, err
	}
	g.Skipped = strings.TrimSpace(a.Answer) == "" || Passes(a.Answer) && !g.Correct
	// Graded in the language the student answers in: a student who
	// switches to English mid-quiz reads the right answer in English.
	lang := langOr(p.Quizzes[a.QuizID].Lang)
	if a.Lang == "ko" || a.Lang == "en" {
		lang = a.Lang
	}
	g.Expected, g.Explanation, g.Mastery = expected(q, lang), explanation(q, lang), mastery(l, p)
	g.Note = spellingNote(g.Spelling, lang)
	g.NextReview = p.Questions[q.ID].Due.In(time.FixedZone("KST", 9*3600)).Format("2006-01-02")
	rec := p.Quizzes[a.QuizID]
	g.Remaining = len(rec.Questions) - len(rec.Answers)
	return g, nil
}

// markAnswer records an answer to question id in the student's progress: right
// moves it up a box, wrong puts it back for review (asked again tomorrow).
func markAnswer(p *progress, id string, correct bool, now time.Time) {
	if p.Questions == nil {
		p.Questions = map[string]*qState{}
	}
	st := p.ownState(id) // a copy (progmemo.go)
	if st == nil {
		st = &qState{}
		p.Questions[id] = st
	}
	st.Attempts++
	if correct {
		st.Correct++
		st.Box = min(st.Box+1, maxBox)
	} else {
		st.Box = 0 // for review (toReview), asked again tomorrow
	}
	st.Due = now.Add(intervals[max(st.Box, 1)])
}

// LessonProgress is one lesson's line in tutor_progress. Title is the
// lesson's name in the language asked for; Due counts the questions to
// review (toReview).
type LessonProgress struct {
	LessonID string `json:"lesson_id"`
	Title    string `json:"title"`
	Mastery  int    `json:"mastery"`
	Answered int    `json:"answered"`
	Total    int    `json:"total"`
	Due      int    `json:"due_for_review"`
}

// progress lists the student's lessons, each titled in the language asked
// for: an English conversation read "지진과 화산 · Earthquakes and
// Volcanoes", the title as written, where "Earthquakes and Volcanoes" is
// its name in English.
func (t *Tutor) progress(ctx context.Context, c skills.Caller, a langArgs) ([]LessonProgress, error) {
	lang := langOr(a.Lang)
	now := t.env.Clock.Now()
	var out []LessonProgress
	for _, l := range t.lib.Lessons {
		p, err := t.loadProgress(c.UserID, l.ID)
		if err != nil {
			return nil, skills.Errorf(skills.CodeUnavailable, "progress cannot be read now")
		}
		lp := LessonProgress{LessonID: l.ID, Title: l.TitleIn(lang), Mastery: mastery(l, p), Total: len(l.Quiz)}
		for _, st := range p.Questions {
			lp.Answered++
			if toReview(st, now) {
				lp.Due++
			}
		}
		out = append(out, lp)
	}
	return out, nil
}

// classQuiz is stored under cq:<id>.
type classQuiz struct {
	ID        string                          `json:"id"`
	Teacher   string                          `json:"teacher"`
	Lesson    string                          `json:"lesson"`
	Questions []string                        `json:"questions"`
	Roster    []string                        `json:"roster"`
	Names     map[string]string               `json:"names,omitempty"` // roster's display names, as they were at the start
	Answers   map[string]map[string]classMark `json:"answers"`         // student → question → mark
	Created   time.Time                       `json:"created"`
	Lang      string                          `json:"lang,omitempty"` // the class's language ("" is ko, as class quizzes were before it was kept)
}

// lang is the language the class quiz is given in.
func (cq classQuiz) lang() string {
	if cq.Lang == "en" {
		return "en"
	}
	return "ko"
}

type classMark struct {
	Correct bool      `json:"correct"`
	At      time.Time `json:"at"`
}

func (t *Tutor) loadClass(id string) (classQuiz, error) {
	var cq classQuiz
	err := t.db.View(func(tx *store.Tx) error { return store.GetJSON(tx, store.NewKey("cq", id), &cq) })
	if errors.Is(err, store.ErrNotFound) {
		return cq, skills.Errorf(skills.CodeNotFound, "no class quiz %s", id)
	}
	if err != nil {
		return cq, skills.Errorf(skills.CodeUnavailable, "the class quiz cannot be read now")
	}
	return cq, nil
}

// ClassQuiz is what the class quiz tools return.
type ClassQuiz struct {
	ClassQuizID string         `json:"class_quiz_id"`
	LessonID    string         `json:"lesson_id"`
	Questions   []QuizQuestion `json:"questions"`
	Students    int            `json:"students"`
}

// classStart starts a class quiz over the students in the caller's room:
// only people there can be on the roster (a caller could otherwise list
// any user ids it knows), so it needs a caller in a room (Caller.Present).
func (t *Tutor) classStart(ctx context.Context, c skills.Caller, a classStartArgs) (_ ClassQuiz, err error) {
	if c.Present == nil {
		return ClassQuiz{}, skills.Errorf(skills.CodeForbidden, "a class quiz is started by the tutor in its room, for the students there")
	}
	present := c.Present()
	roster, names := []string{}, map[string]string{}
	add := func(id string) {
		if name, ok := present[id]; ok && names[id] == "" {
			roster = append(roster, id)
			names[id] = name
			if name == "" {
				names[id] = "?"
			}
		}
	}
	if len(a.Students) == 0 {
		for id := range present {
			add(id)
		}
		sort.Strings(roster)
	}
	for _, id := range a.Students {
		add(id)
	}
	if len(roster) == 0 {
		return ClassQuiz{}, skills.Errorf(skills.CodeInvalidArguments, "none of those students is in the room")
	}
	l, _ := t.lib.Lesson(a.LessonID)
	n := a.Count
	if n == 0 {
		n = 3
	}
	id := "cq" + skills.OpIDHex(ctx, 20)
	key := store.NewKey("cq", id)
	defer t.unlockSynced(t.locks.Lock(key.String()), &err)
	cq, err := t.loadClass(id)
	if err != nil && !errors.Is(err, skills.ErrNotFound) {
		return ClassQuiz{}, err
	}
	if err != nil { // new
		cq = classQuiz{ID: id, Teacher: c.UserID, Lesson: l.ID, Answers: map[string]map[string]classMark{}, Created: t.env.Clock.Now(), Lang: a.Lang}
		for _, q := range pickQuestions(l, progress{}, "", n, false, cq.Created) {
			cq.Questions = append(cq.Questions, q.ID)
		}
		cq.Roster, cq.Names = roster, names
		if _, err := t.db.Write(func(tx *store.Tx) error { return store.SetJSON(tx, key, cq) }); err != nil {
			return ClassQuiz{}, skills.Errorf(skills.CodeUnavailable, "the class quiz could not be saved")
		}
	}
	return t.classView(cq, l), nil
}

func (t *Tutor) classView(cq classQuiz, l *Lesson) ClassQuiz {
	out := ClassQuiz{ClassQuizID: cq.ID, LessonID: cq.Lesson, Students: len(cq.Roster)}
	for _, qid := range cq.Questions {
		for _, q := range l.Quiz {
			if q.ID == qid {
				out.Questions = append(out.Questions, public(l, q, cq.lang()))
			}
		}
	}
	return out
}

func (t *Tutor) classAnswer(ctx context.Context, c skills.Caller, a classAnswerArgs) (_ Graded, err error) {
	key := store.NewKey("cq", a.ClassQuizID)
	defer t.unlockSynced(t.locks.Lock(key.String()), &err)
	cq, err := t.loadClass(a.ClassQuizID)
	if err != nil {
		return Graded{}, err
	}
	member := false
	for _, s := range cq.Roster {
		member = member || s == c.UserID
	}
	in := false
	for _, q := range cq.Questions {
		in = in || q == a.QuestionID
	}
	if !member || !in {
		return Graded{}, skills.Errorf(skills.CodeNotFound, "no question %s in class quiz %s for you", a.QuestionID, a.ClassQuizID)
	}
	l, _ := t.lib.Lesson(cq.Lesson)
	var q Question
	for _, qq := range l.Quiz {
		if qq.ID == a.QuestionID {
			q = qq
		}
	}
	if cq.Answers[c.UserID] == nil {
		cq.Answers[c.UserID] = map[string]classMark{}
	}
	mark, done := cq.Answers[c.UserID][q.ID]
	if !done {
		right, _ := gradeSpelling(q, a.Answer)
		mark = classMark{Correct: right, At: t.env.Clock.Now()}
		cq.Answers[c.UserID][q.ID] = mark
		if _, err := t.db.Write(func(tx *store.Tx) error { return store.SetJSON(tx, key, cq) }); err != nil {
			return Graded{}, skills.Errorf(skills.CodeUnavailable, "the answer could not be saved")
		}
		// A class quiz's answer counts in the student's own progress, as
		// their own quiz's does (a trial read 0% after 2 of 3 right).
		if _, err := t.updateProgress(ctx, c.UserID, l.ID, func(p *progress) error {
			markAnswer(p, q.ID, right, mark.At)
			return nil
		}); err != nil {
			return Graded{}, err
		}
	}
	// The student hears the expected answer and the explanation in their
	// own language, whatever language the class quiz is given in.
	lang := cq.lang()
	if a.Lang == "ko" || a.Lang == "en" {
		lang = a.Lang
	}
	return Graded{Correct: mark.Correct, Expected: expected(q, lang), Explanation: explanation(q, lang),
		Remaining: len(cq.Questions) - len(cq.Answers[c.UserID])}, nil
}

// ClassResults is the live scoreboard of a class quiz.
type ClassResults struct {
	ClassQuizID string           `json:"class_quiz_id"`
	Students    int              `json:"students"`
	Answered    int              `json:"answered"` // students who answered every question
	PerQuestion []QuestionResult `json:"per_question"`
	Ranking     []StudentScore   `json:"ranking"`
}

// QuestionResult counts one question's answers.
type QuestionResult struct {
	QuestionID string `json:"question_id"`
	Correct    int    `json:"correct"`
	Wrong      int    `json:"wrong"`
	Missing    int    `json:"missing"`
}

// StudentScore is a line of the ranking: the student's display name
// (only the asking student's own name is shown to students; the teacher
// sees everyone's), never a user id.
type StudentScore struct {
	Student string `json:"student"`
	Score   int    `json:"score"`
}

func (t *Tutor) classResults(ctx context.Context, c skills.Caller, a classArgs) (ClassResults, error) {
	cq, err := t.loadClass(a.ClassQuizID)
	if err != nil {
		return ClassResults{}, err
	}
	member := cq.Teacher == c.UserID
	for _, s := range cq.Roster {
		member = member || s == c.UserID
	}
	if !member {
		return ClassResults{}, skills.Errorf(skills.CodeNotFound, "no class quiz %s", a.ClassQuizID)
	}
	out := ClassResults{ClassQuizID: cq.ID, Students: len(cq.Roster)}
	for _, qid := range cq.Questions {
		r := QuestionResult{QuestionID: qid}
		for _, s := range cq.Roster {
			m, ok := cq.Answers[s][qid]
			switch {
			case !ok:
				r.Missing++
			case m.Correct:
				r.Correct++
			default:
				r.Wrong++
			}
		}
		out.PerQuestion = append(out.PerQuestion, r)
	}
	for _, s := range cq.Roster {
		score := 0
		for _, m := range cq.Answers[s] {
			if m.Correct {
				score++
			}
		}
		if len(cq.Answers[s]) == len(cq.Questions) {
			out.Answered++
		}
		name := cq.Names[s] // a display name, never the id
		if c.UserID != cq.Teacher && s != c.UserID {
			name = "" // students see scores, not each other's names
		}
		out.Ranking = append(out.Ranking, StudentScore{Student: name, Score: score})
	}
	sort.SliceStable(out.Ranking, func(i, j int) bool { return out.Ranking[i].Score > out.Ranking[j].Score })
	return out, nil
}
