// Package classroom is the tutoring pack's class-wide dialogue, which its
// conversation data cannot express: raised hands answered in turn (one
// student has the floor, the others wait), and the class quiz, where every
// student's answer updates results the whole room sees. It registers itself
// with the embedded brain for avatars that have the tutoring skill; import
// it for that side effect (skills/standard does).
package classroom

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/tutoring"
)

func init() { embedded.Register(string(tutoring.ID), handler{}) }

// Intents of the tutoring data this handler serves (see
// skills/tutoring/dialogue.json).
const (
	intentRaise     = "raise_hand"
	intentEnd       = "class_end"
	intentClassQuiz = "tutor_class_quiz_start"
	intentAsk       = "tutor_ask"
	intentResults   = "tutor_class_results"
	intentQuiz      = "tutor_quiz"
	intentProgress  = "tutor_progress"
	minP            = 0.45
)

type handler struct{}

// question reads the class quiz's question n, which started() stored as
// JSON in the shared class session; ok is false (and the turn fails) when
// it cannot be read.
func question(t *embedded.Turn, qs []string, n int) (tutoring.QuizQuestion, bool) {
	var q tutoring.QuizQuestion
	if err := json.Unmarshal([]byte(qs[n]), &q); err != nil {
		t.Fail(fmt.Errorf("classroom: question %d of the class quiz is damaged: %w", n+1, err))
		return q, false
	}
	return q, true
}

// withMe: the one asking a class quiz takes part in it too ("can we do
// a class quiz together", "우리 같이 퀴즈 풀자", "저랑 수아랑").
var withMe = regexp.MustCompile(`(?i)\b(together|we|us|too|let'?s|with me|and me|me and)\b|같이|함께|우리|저희|저도|나도|저랑|나랑`)

// Early reads a place in the list of lessons the tutor just offered
// ("2번", a press on its row) before the brain, which has no list of its
// own to pick from and said there was none.
func (handler) Early(t *embedded.Turn) (agents.Step, bool) {
	if step, ok := placedSectionQuiz(t); ok {
		return step, true
	}
	if step, ok := studyNext(t, 1); ok {
		return step, true
	}
	if step, ok := whichPicked(t); ok {
		return step, true
	}
	return und18cEarly(t)
}

func (handler) Text(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	if (intent == embedded.Cancel || intent == intentEnd) && namesClass(t.Text()) && resultsWords.MatchString(t.Text()) && asks(t.Text()) &&
		!wishesStop(t.Text()) && !stopQuizRe.MatchString(t.Text()) && !endWordRe.MatchString(t.Text()) {
		// (und18c) "what's the class average on this quiz?": the class
		// quiz's results asked about, nothing stopped.
		intent = intentResults
	}
	c, me := t.Class, t.User.ID
	if step, ok := protest(t, p); ok {
		return step, true
	}
	if step, ok := errand(t, intent, p); ok {
		return step, true
	}
	if step, ok := classStop(t, p); ok {
		return step, true
	}
	if step, ok := soloLeave(t, intent, p); ok {
		return step, true
	}
	if step, ok := und18cRetopic(t, p); ok {
		return step, true
	}
	if step, ok := und18cSolvedAnswer(t, p); ok {
		return step, true
	}
	noteAnswering(t)
	if step, ok := whichAnswered(t, p); ok {
		return step, true
	}
	if step, ok := soloHint(t, p); ok {
		return step, true
	}
	if step, ok := classHint(t, p); ok {
		return step, true
	}
	if step, ok := soloMoveOn(t, p); ok {
		return step, true
	}
	if step, ok := soloAside(t, intent, p); ok {
		return step, true
	}
	if step, ok := soloRecalled(t, p); ok {
		return step, true
	}
	if step, ok := soloHedged(t, p); ok {
		return step, true
	}
	if step, ok := firstLesson(t, p); ok {
		return step, true
	}
	if step, ok := soloLessonQuestion(t, intent, p); ok {
		return step, true
	}
	if step, ok := soloOffQuestion(t, p); ok {
		return step, true
	}
	if step, ok := soloOneMore(t, p); ok {
		return step, true
	}
	if intent == embedded.Cancel && !mentions(t.Text()) {
		return agents.Step{}, false // (the brain offers it first to a skill's own quiz)
	}
	if step, ok := aboutTheClass(t, p); ok {
		return step, true
	}
	if step, ok := und18cRoute(t, intent, p); ok {
		return step, true
	}
	if step, ok := und17cReroute(t, intent, p); ok {
		return step, true
	}
	if step, ok := sectionQuiz(t, intent, p); ok {
		return step, true
	}
	if step, ok := otherLanguage(t, p); ok {
		return step, true
	}
	if step, ok := followOn(t, p); ok {
		return step, true
	}
	if step, ok := moreOnTopic(t, p); ok {
		return step, true
	}
	if step, ok := more(t, false); ok {
		return step, true
	}
	if step, ok := unasked(t, intent, p); ok {
		return step, true
	}
	if step, ok := reroute(t, intent, p); ok {
		return step, true
	}
	// (after the section quiz and the lesson question the classifier took
	// for a quiz: "숫자 읽기 퀴즈 내줄래?" names a section, not no lesson)
	if step, ok := ordinalLesson(t, intent, p); ok {
		return step, true
	}
	if step, ok := whichLesson(t, intent, p); ok {
		return step, true
	}
	t.Set(slotAsked, "") // "자세히" goes on from the answer just given, nothing older
	t.Set(slotMissed, "")
	retopic := und18cClassRetopic(t)
	if retopic {
		// (und18c: the lesson the class quiz started without — a class
		// quiz again, however much the classifier leaned to a quiz that
		// names no class: "광합성으로요" after "반 전체 퀴즈 시작할게요")
		intent, p = intentClassQuiz, max(p, minP)
	}
	if intent == intentClassQuiz && p >= minP && !retopic && !forClass(t.Text()) && !(len(und18cNames(t)) >= 2 && takePart.MatchString(t.Text())) {
		// "give me a quiz on photosynthesis" names no class: the
		// student's own quiz, whatever the classifier leaned to.
		return soloQuiz(t, p), true
	}
	if !retopic && saysClassAnswer(t.Text()) && !quizRunning(t) {
		// "반 퀴즈 답 2번이요", "class quiz answer: chloroplast" with no
		// class quiz under way: an answer to a quiz that is not running,
		// said so — not a question about the words, nor "I didn't get that".
		t.Understood("tutor_class_answer", 1, map[string]string{"answer": answerOf(t)})
		return agents.Step{Say: t.Ko("지금 진행 중인 반 퀴즈가 없어서 답을 낼 수 없어요. \"반 퀴즈 시작\"이라고 하면 시작할게요.",
			"There's no class quiz running, so there's nothing to answer yet. Say \"start a class quiz\" to begin one.")}, true
	}
	if _, _, solo := soloSeq(t); !retopic && !solo && !quizRunning(t) && asksHelp(t.Text()) {
		// "선생님 도와주세요", "teacher, I need help" names nothing to help
		// with: what the tutor can do and questions to ask — not "네,
		// 말씀하세요." as to a raised hand (a new user's trial), nor a
		// greeting or "the lessons don't cover that". (In a quiz, the
		// quiz's own hint answers it.)
		t.Understood(embedded.Help, p, nil)
		return agents.Step{Say: t.Help()}, true
	}
	if c == nil {
		return agents.Step{}, false
	}
	if p < minP {
		intent = ""
	}
	_, _, running := c.Quiz(me)
	switch {
	case !running && und18cClassQuiz(t, intent):
		// (und18c: questions for the class in other words than "quiz")
		intent = intentClassQuiz
	case !running && (intent == "" || intent == embedded.OutOfScope || intent == intentEnd && !endWordRe.MatchString(t.Text()) ||
		intent == "tutor_ask" && namesClass(t.Text()) && (quizAskRe.MatchString(t.Text()) || letsDo.MatchString(t.Text())) ||
		intent == "tutor_greeting" && namesClass(t.Text()) && (startsRe.MatchString(t.Text()) || letsDo.MatchString(t.Text()) || proposeRe.MatchString(t.Text()))) &&
		forClass(t.Text()) && quizWord.MatchString(t.Text()) && !asks(t.Text()) && !wishesStop(t.Text()):
		// "class quiz on linear equations for everyone", "학생들이랑 다같이
		// 한국어 기초 퀴즈 할게요" with no class quiz under way: a quiz for
		// the class is asked for (a quiz and the class named, nothing
		// ended or asked) — not the end of a quiz that is not running,
		// however much "for everyone" sounded like one. A class quiz asked
		// for with friends and a topic ("반 퀴즈 같이 하자 나랑 지영이랑
		// 세종대왕으로": a new user's trial) is one too, however much the
		// topic made it sound like a question to the lessons.
		intent = intentClassQuiz
	case (intent == "" || intent == embedded.OutOfScope || intent == "tutor_ask") && namesClass(t.Text()) && resultsWords.MatchString(t.Text()) &&
		!saysMine(t.Text()) && !startsRe.MatchString(t.Text()) && !wishesStop(t.Text()):
		// "What's the class average right now?", "show me the live
		// results": the class quiz's results asked for by name — not a
		// question to the lessons.
		intent = intentResults
	case intent == intentEnd && running && !endWordRe.MatchString(t.Text()) && (asks(t.Text()) || resultsWords.MatchString(t.Text())):
		// "what's the class quiz status?": a class quiz is ended only by
		// words that end it; a question about it, however much the
		// classifier heard its end, asks for its results (it ended the
		// quiz after its first question).
		intent = intentResults
	case intent == intentQuiz && (forClass(t.Text()) || len(t.Names()) >= 2 && takePart.MatchString(t.Text())):
		// "방정식 단원으로 학급 퀴즈 다섯 문제": a quiz for the class; so is a
		// quiz that several students named take part in ("민준이, 서아,
		// 하준이만 참여하는 퀴즈", "a quiz for Tom, Aisha and Wei to take").
		intent = intentClassQuiz
	case intent == "tutor_lesson" && forClass(t.Text()) && quizWord.MatchString(t.Text()) && !asks(t.Text()):
		// "일차방정식 반 퀴즈 시작해요": a quiz for the class on a lesson,
		// however much the lesson's name made it sound like the lesson.
		intent = intentClassQuiz
	case intent == intentProgress && (forClass(t.Text()) || running && !saysMine(t.Text()) && !lessonProgress.MatchString(t.Text())):
		// "학생들 결과 보여줘": the class's results, not mine; while the
		// class quiz runs, "현황 좀 보여줘" (no "my", no "내") is its
		// results too — but "진도 보여줘" is still the student's own
		// progress (a class has standings, not progress).
		intent = intentResults
	case intent != intentResults && intent != intentEnd && othersAnsweredRe.MatchString(t.Text()) && !saysMine(t.Text()) && !startsRe.MatchString(t.Text()):
		// "who has answered so far?", "실시간 점수": the others' answers,
		// the class quiz's results (said to be none when none runs) —
		// never the asker's own progress.
		intent = intentResults
	case intent != intentResults && intent != intentEnd && asksStandings(t.Text()):
		// "who's in the lead?", "지금 누가 1등이야?" while the class quiz
		// runs: its results (not an answer, a question to the lessons,
		// or my own progress).
		if _, _, ok := c.Quiz(me); ok {
			intent = intentResults
		}
	}
	if _, _, ok := c.Quiz(me); ok && ((intent == intentResults || intent == intentEnd) && answerOf(t) != t.Text() || saysClassAnswer(t.Text())) {
		// "정답 2번", "for the class quiz I pick 2": a choice said while the
		// class quiz runs is an answer, however much it names the quiz.
		intent = ""
	}
	if _, _, solo := soloSeq(t); solo && intent == intentRaise && isShortAnswer(t.Text()) && !raisesHand(t.Text()) {
		// "have" to "She ___ eaten lunch" while the student's own quiz
		// waits: an answer (the classifier leaned to "I have a question"),
		// which the quiz's sequence grades.
		return agents.Step{}, false
	}
	if _, _, solo := soloSeq(t); solo && intent == intentResults && !forClass(t.Text()) && !asksStandings(t.Text()) &&
		!resultsWords.MatchString(t.Text()) && answersQuiz(t.Text(), "") {
		// "the answer is carbon dioxide", "the second one" while the
		// student's own quiz waits: an answer (the classifier leaned to
		// the class's results), which the quiz's sequence grades.
		return agents.Step{}, false
	}
	switch intent {
	case intentRaise:
		t.Understood(intentRaise, p, nil)
		if pos := c.Raise(me); pos > 0 {
			return agents.Step{Say: t.Say("class.hand_seen", "pos", pos)}, true
		}
		return agents.Step{Say: t.Say("class.go_ahead")}, true
	case intentClassQuiz:
		// The students named ("for Tom, Aisha and Wei") are who takes
		// part when they are in the room; otherwise everyone present does.
		named := und18cNames(t)
		if t.Gazetteer("lesson") == "" && t.Gazetteer("section") == "" {
			t.Set(slotClassUnnamed, "1")
		} else {
			t.Set(slotClassUnnamed, "")
		}
		var roster, all []string
		for _, u := range c.Present() {
			all = append(all, u.ID)
			if slices.ContainsFunc(named, func(n string) bool { return strings.EqualFold(n, u.Name) || strings.EqualFold(n, u.ID) }) {
				roster = append(roster, u.ID)
			}
		}
		if len(roster) > 0 && slices.Contains(all, me) && !slices.Contains(roster, me) && withMe.MatchString(t.Text()) {
			// "can we do a class quiz together? my friend Sua is here
			// too": the one asking takes it with the students named
			roster = append([]string{me}, roster...)
		}
		if len(roster) == 0 {
			roster = all
		}
		if len(roster) == 0 {
			roster = []string{me}
		}
		lesson := t.Gazetteer("lesson")
		if lesson == "" {
			lesson = t.Remembered("last_lesson")
		}
		if lesson == "" {
			lesson = "korean-basics"
		}
		t.Start(intentClassQuiz)
		if b, err := json.Marshal(roster); err == nil {
			t.Set("_roster", string(b)) // the class's roster is the tool's (see started)
		}
		count, slots := 3, map[string]string{"lesson_id": lesson}
		if n := t.Count(); n >= 1 && n <= 10 {
			// "다섯 문제", "a 5 question quiz": as many as asked (the tool takes 1–10).
			count, slots["count"] = n, strconv.Itoa(n)
		}
		if len(named) > 0 {
			slots["students"] = strings.Join(named, ",")
		}
		t.Understood(intentClassQuiz, p, slots)
		// The class quiz is given in the class's language: the language the
		// quiz was asked for in (an English-speaking class reads English
		// questions, as a student's own quiz does).
		return agents.Step{Call: call("tutor_class_quiz_start", map[string]any{"lesson_id": lesson, "students": roster, "count": count, "lang": t.Lang()})}, true
	case intentResults:
		t.Understood(intentResults, p, nil)
		id, _, ok := c.Quiz(me)
		if !ok && (forClass(t.Text()) || othersAnsweredRe.MatchString(t.Text())) {
			return agents.Step{Say: t.Ko("지금 진행 중인 반 퀴즈가 없어요. \"반 퀴즈 시작\"이라고 하면 시작할게요.",
				"There's no class quiz running. Say \"start a class quiz\" to begin one.")}, true
		}
		if !ok {
			// No class quiz running and no class named: "how am I doing"
			// is the student's own progress.
			t.Start(intentProgress)
			t.Understood(intentProgress, p, map[string]string{"lang": t.Lang()})
			return agents.Step{Call: call(intentProgress, map[string]any{"lang": t.Lang()})}, true
		}
		card, ok := resultsCard(t, id)
		if !ok {
			return agents.Step{Say: t.Ko("결과를 불러오지 못했어요.", "I couldn't get the results.")}, true
		}
		return agents.Step{Card: &card, Say: card.Title}, true
	case intentEnd:
		if _, _, ok := c.Quiz(me); !ok {
			// No class quiz to end: "stop the quiz" stops the student's own.
			return t.Cancel(p), true
		}
		t.Understood(intentEnd, p, nil)
		if id, _, ok := c.Quiz(me); ok {
			starters.Delete(id)
		}
		c.EndQuiz()
		return agents.Step{Say: t.Say("class.quiz_end")}, true
	}
	text := t.Text()
	if step, ok := classOffQuestion(t, intent, p); ok {
		return step, true
	}
	// An answer to the class quiz in progress.
	if id, qs, ok := c.Quiz(me); ok && (answersQuiz(text, intent) || t.Ordinal() > 0 && len(strings.Fields(text)) <= 3 ||
		!asks(text) && (choiceRe.MatchString(text) || saysChoiceOf(t, id, qs, text) ||
			(intent == embedded.Thanks || intent == embedded.Greet) && isShortAnswer(text))) {
		// (A question is open: "감사합니다" or "안녕하세요" alone is the
		// student's attempt at it — the Korean basics quiz asks for such
		// words — not thanks or a greeting to the tutor.)
		// ("number 3", "option 1": a choice, whatever the classifier made of it)
		if t.Slot("@cq") != id {
			t.Set("@cq", id)
			t.Set("@cq_n", "0")
		}
		n, _ := strconv.Atoi(t.Slot("@cq_n"))
		if n < len(qs) {
			q, ok := question(t, qs, n)
			if !ok {
				return agents.Step{}, true
			}
			a := answerOf(t)
			t.Understood("tutor_class_answer", 1, map[string]string{"class_quiz_id": id, "question_id": q.ID, "answer": a})
			return agents.Step{Call: call("tutor_class_answer", map[string]any{"class_quiz_id": id, "question_id": q.ID, "answer": a, "lang": t.Lang()})}, true
		}
	}
	// Floor control: while someone has the floor, others wait their turn.
	if intent == intentAsk || intent == "" && !isShortAnswer(text) {
		return onTheFloor(t, p)
	}
	return agents.Step{}, false
}

// onTheFloor asks the lessons the question said while someone has the
// class's floor: the one who has it is answered (and passes the floor on),
// anyone else waits their turn. ok is false when nobody has the floor.
func onTheFloor(t *embedded.Turn, p float64) (agents.Step, bool) {
	c, me, text := t.Class, t.User.ID, t.Text()
	if c == nil {
		return agents.Step{}, false
	}
	floor := c.FloorFor(me)
	if floor == "" {
		return agents.Step{}, false
	}
	if floor != me {
		pos := c.Raise(me)
		t.Understood(intentRaise, p, nil)
		return agents.Step{Say: t.Say("class.wait_turn", "pos", pos)}, true
	}
	t.Set("@release", "1") // answer, then pass the floor on
	t.Start(intentAsk)
	t.Understood(intentAsk, p, map[string]string{"question": text})
	return agents.Step{Call: call("tutor_ask", map[string]any{"question": text})}, true
}

func (handler) Result(t *embedded.Turn, r *skills.Result) (agents.Step, bool) {
	if r.Tool == "tutor_ask" {
		remember(t, r)
		studyAnswered(t, r)
	}
	if r.Tool == "tutor_lesson" {
		rememberLesson(t, r)
		if step, ok := rememberStudy(t, r); ok {
			return step, true
		}
	}
	if r.Tool == intentQuiz {
		rememberQuiz(t, r)
		und18cNoteQuiz(t, r)
	}
	if r.Tool == intentProgress {
		if step, ok := progressShown(t, r); ok {
			return step, true
		}
	}
	if r.Tool == "tutor_answer" {
		if step, ok := rechecked(t, r); ok {
			return step, true
		}
		noteGraded(t, r)
	}
	if t.Class == nil {
		return agents.Step{}, false
	}
	switch r.Tool {
	case "tutor_ask":
		if t.Slot("@release") != "" {
			t.Set("@release", "")
			t.Class.Release(t.User.ID) // answered: the next raised hand has the floor
		}
		return agents.Step{}, false // the data shows the answer
	case "tutor_class_quiz_start":
		if r.Status != skills.StatusOK {
			return agents.Step{}, false
		}
		return started(t, r), true
	case "tutor_class_answer":
		if r.Status != skills.StatusOK {
			return agents.Step{}, false
		}
		return graded(t, r), true
	}
	return agents.Step{}, false
}

func call(tool string, args any) *agents.ToolCall {
	raw, _ := json.Marshal(args)
	return &agents.ToolCall{Tool: tool, Args: raw}
}

// soloQuiz starts the student's own quiz on the lesson named (or the last
// one, or Korean basics).
func soloQuiz(t *embedded.Turn, p float64) agents.Step {
	lesson := t.Gazetteer("lesson")
	if lesson == "" {
		lesson = t.Remembered("last_lesson")
	}
	if lesson == "" {
		lesson = "korean-basics"
	}
	t.Start(intentQuiz)
	n, slots := quizCount(t, map[string]string{"lesson_id": lesson})
	t.Understood(intentQuiz, p, slots)
	return agents.Step{Call: call(intentQuiz, map[string]any{"lesson_id": lesson, "count": n, "lang": t.Lang()})}
}

// quizCount is how many questions the student asked for ("열 문제요",
// "5 questions": 1–10, the tool's range), 3 when no count is said; the
// count said is added to slots (what was understood).
func quizCount(t *embedded.Turn, slots map[string]string) (int, map[string]string) {
	if n := t.Count(); n >= 1 && n <= 10 {
		slots["count"] = strconv.Itoa(n)
		return n, slots
	}
	return 3, slots
}

// takePart: students named take part in what is started ("참여하는",
// "참가", "같이 푸는", "for Tom and Aisha to take", "join").
var takePart = regexp.MustCompile(`(?i)참여|참가|같이\s*(?:푸는|풀|볼|보는)|함께\s*(?:푸는|풀|볼|보는)|대상으로|\bjoin|\btake\s+part\b|\bto\s+take\b|\bfor\s+[A-Z][a-z]+\s*,`)

// classWords say a quiz is for the whole class.
var classWords = []string{"group quiz", "group test", "그룹 퀴즈", "그룹퀴즈", "all my students", "all the students", "the kids", "entire class", "반", "클래스", "학급", "학생들", "단체", "애들", "모든 학생", "학생 모두", "학생 전원", "전 학생", "all students", "every student", "the group", "실시간 결과", "live results", "다 같이", "다같이", "모두", "전체", "전원", "교실", "친구들", "다들", "class", "everyone", "everybody", "whole", "all of us", "together", "the room", "students"}

func forClass(text string) bool {
	lower := strings.ToLower(text)
	for _, w := range classWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// helpRe: the whole text asks for help and names nothing to help with
// ("선생님 도와주세요", "쌤 저 좀 도와줄래요?", "teacher, help me please").
var helpRe = regexp.MustCompile(`(?i)^\s*(?:(?:선생님|쌤|튜터님|teacher|ms\.?\s?\w+|mr\.?\s?\w+)[\s,!.~]*)?(?:저\s?|나\s?)?(?:좀\s?)?` +
	`(?:도와\s?(?:주세요|줘요|줘|줄래요|줄래|주실래요|주실 수 있어요|주시겠어요|주라)|도움이?\s?(?:필요해요|필요해|필요합니다|좀 주세요)|` +
	`(?:please\s+)?help(?:\s+me)?(?:\s+please)?|i\s+need\s+(?:some\s+)?help|can\s+you\s+help\s+me|could\s+you\s+help\s+me)[\s!.?？~ㅠㅜ]*$`)

func asksHelp(text string) bool { return helpRe.MatchString(text) }

// startsRe: the text asks to start or open something.
var startsRe = regexp.MustCompile(`(?i)시작|열어|내\s*주|내줘|\b(?:start|begin|open|launch|kick)`)

// letsDo: the text proposes doing something ("같이 하자", "해요", "합시다").
var letsDo = regexp.MustCompile(`하자|해요|합시다|할까요|해 ?봐요|\blet'?s\b`)

// namesClass is forClass with 반 said as a word of its own ("반 퀴즈",
// "우리 반의"), not inside another ("화학 반응의 결과").
func namesClass(text string) bool {
	lower := strings.ToLower(text)
	for _, w := range classWords {
		if w != "반" && strings.Contains(lower, w) {
			return true
		}
	}
	return banWord.MatchString(text)
}

var banWord = regexp.MustCompile(`(?:^|[\s,])반(?:$|[\s,?.!]|이|의|에|은|는|을|를|전체|퀴즈|친구|애들|학생)`)

// endWordRe: the text says a quiz or a class ends ("끝", "마칠게요", "end
// the quiz", "we're done").
var endWordRe = regexp.MustCompile(`(?i)끝|마치|마칠|마쳐|종료|그만|닫|\b(?:end|ends|ending|stop|finish|finished|close|over|done|that's\s+it|wrap)\b`)

// mineRe: the text is about the speaker ("내 점수", "how am I doing").
var mineRe = regexp.MustCompile(`(?i)\b(?:i|i'm|im|me|my|mine)\b|내\s|내가|나\s|나는|나의|제\s|제가|저\s|저는|저의|저도`)

func saysMine(text string) bool { return mineRe.MatchString(text + " ") }

// raisesHand: the text says in so many words that the student wants the
// floor ("손 들게요", "question!", "질문 있어요").
func raisesHand(s string) bool { return raiseRe.MatchString(s) }

var raiseRe = regexp.MustCompile(`(?i)손|질문|hand|question|can i ask`)

// isShortAnswer: a few words, like an answer rather than a question.
func isShortAnswer(s string) bool {
	return len(strings.Fields(s)) <= 3 && !strings.ContainsAny(s, "?？")
}

// answerOf is the answer in what the student said: the choice picked ("반
// 퀴즈 답 2번으로 낼게요", "my answer is 3" → "2", "3"), or the words after
// "the answer is" / "답은"; the text itself otherwise. The grader reads a
// choice only as its number or its words, so "my answer is 3" was marked
// wrong.
func answerOf(t *embedded.Turn) string {
	text := t.Text()
	if m := choiceRe.FindStringSubmatch(text); m != nil {
		for _, g := range m[1:] {
			if g != "" {
				return g
			}
		}
	}
	if n := t.Ordinal(); n >= 1 && n <= 10 {
		return strconv.Itoa(n)
	}
	if m := answerLeadRe.FindStringSubmatch(text); m != nil && strings.TrimSpace(m[1]) != "" {
		return strings.TrimSpace(m[1])
	}
	if a := namedAnswer(text); a != "" {
		return a
	}
	return text
}

// onQuestion: the class quiz id's question the student is on (the first
// until they answered one), and whether qs has it.
func onQuestion(t *embedded.Turn, id string, qs []string) (int, bool) {
	n := 0
	if t.Slot("@cq") == id {
		n, _ = strconv.Atoi(t.Slot("@cq_n"))
	}
	return n, n < len(qs)
}

// saysChoiceOf: the text is one of the open class quiz question's choices
// in so many words ("감사합니다" to "how do you say thank you?" is an
// answer, not thanks).
func saysChoiceOf(t *embedded.Turn, id string, qs []string, text string) bool {
	n, on := onQuestion(t, id, qs)
	if !on {
		return false
	}
	var q tutoring.QuizQuestion
	if json.Unmarshal([]byte(qs[n]), &q) != nil {
		return false
	}
	norm := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return unicode.ToLower(r)
			}
			return -1
		}, s)
	}
	said := norm(text)
	for _, ch := range q.Choices {
		if c := norm(ch); c != "" && (said == c || strings.HasPrefix(said, c) && len(said)-len(c) <= 6) {
			return true
		}
	}
	return false
}

// namedAnswer is the answer in a sentence that names the class quiz around
// it: "my answer for the class quiz is B", "class quiz answer: chloroplast",
// "클래스 퀴즈 정답 엽록체로 낼게요" → "B", "chloroplast", "엽록체"; "" when
// no answer is worded so.
func namedAnswer(text string) string {
	for _, re := range []*regexp.Regexp{enNamedAnswerRe, koNamedAnswerRe} {
		if m := re.FindStringSubmatch(text); m != nil {
			if a := strings.TrimSpace(m[1]); a != "" {
				return a
			}
		}
	}
	return ""
}

// saysClassAnswer: the text hands in an answer and names the class quiz it
// is for ("반 퀴즈 답 2번이요", "for the class quiz I pick 2", "class quiz
// answer: chloroplast"); a question about answers ("반 퀴즈 정답 뭐였어?")
// is not one.
func saysClassAnswer(text string) bool {
	text = halfHourRe.ReplaceAllString(text, "") // "7시 반" is half past, not a class
	lower := strings.ToLower(text)
	if !forClass(text) || !strings.Contains(lower, "퀴즈") && !strings.Contains(lower, "quiz") || asks(text) || strings.ContainsAny(text, "?？") {
		return false
	}
	if choiceRe.MatchString(text) || namedAnswer(text) != "" {
		return true
	}
	for _, w := range []string{"답은", "정답은", "낼게", "제출"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// quizRunning: the student is on the roster of a class quiz under way.
func quizRunning(t *embedded.Turn) bool {
	if t.Class == nil {
		return false
	}
	_, _, ok := t.Class.Quiz(t.User.ID)
	return ok
}

var (
	choiceRe = regexp.MustCompile(`(?i)(?:\banswer(?:\s+is)?|\bpick|\bchoose|\bgo\s+with|\bnumber|\boption|\bchoice|#)\s*:?\s*(\d{1,2})\b|(?:답|정답)\S*\s*(\d{1,2})\s*번?|(\d{1,2})\s*번(?:으로|이요|요|이에요|입니다|\s|$)`)
	// "answer for the class quiz is B", "class quiz answer: chloroplast".
	enNamedAnswerRe = regexp.MustCompile(`(?i)\banswer(?:\s+(?:for|to|in|on)\s+(?:the\s+|this\s+)?(?:class\s+)?quiz)?\s*(?:is|:|=)\s*(.+?)[.!]?\s*$`)
	// "정답 엽록체로 낼게요", "답은 엽록체요", "정답: 3".
	koNamedAnswerRe = regexp.MustCompile(`(?:정답|답)(?:은|는)?\s*:?\s+(\S+?)(?:으로|로|이요|요|입니다|이에요|예요)?(?:\s+(?:낼게요?|낼래요?|할게요?|제출할게요?|갈게요?|할래요?))?[.!]?\s*$`)
	halfHourRe      = regexp.MustCompile(`\d+\s*시\s*반`)
	answerLeadRe    = regexp.MustCompile(`(?i)^\s*(?:(?:i\s+think\s+)?(?:my|the)\s+answer\s+is|answer\s*:|(?:제\s*)?(?:정답|답)은)\s+(.+?)[.!]?\s*$`)
)

// notAnswers are requests that are never a quiz answer once the classifier
// is sure of them (intent is "" below minP): "how am I doing" is the
// student's progress, "thanks" is thanks.
var notAnswers = map[string]bool{intentProgress: true, "tutor_lessons": true, "tutor_greeting": true,
	embedded.Help: true, embedded.Thanks: true, embedded.Greet: true}

// answersQuiz: what a student on a class quiz's roster says is their
// answer, unless it plainly is something else — a question ("how many
// letters did the original Korean alphabet have?", "훈민정음은 몇 글자였어요"),
// which is answered as one, or a request the classifier is sure of. A few
// words ("x = 4", "3번", "엽록체?") are an answer, even a hesitant one; a
// longer sentence is one only when the classifier places it nowhere ("I
// think it is x equals nine").
func answersQuiz(text, intent string) bool {
	if asks(text) || notAnswers[intent] {
		return false
	}
	if len(strings.Fields(text)) <= 3 {
		return true
	}
	return (intent == "" || intent == embedded.OutOfScope) && !strings.ContainsAny(text, "?？")
}

// Question words and requests to be taught: English ones open the
// sentence, Korean ones sit anywhere in it ("세종은 몇 글자를 만들었어요",
// "광합성 설명해줘" — which the classifier takes for the lesson, as it
// takes "엽록체", an answer, for a question: only the wording tells).
var (
	enAsk = []string{"what", "what's", "how", "why", "when", "where", "who", "which", "whose", "is", "are", "do", "does", "did", "can", "could", "should", "would", "will",
		"explain", "define", "describe", "tell", "show", "teach"}
	koAsk = []string{"뭐", "무엇", "무슨", "몇", "어떻게", "어떤", "왜", "언제", "어디", "누구", "누가", "어느", "얼마", "설명해", "알려", "가르쳐", "보여"}
)

// standings asks who is ahead in a quiz.
var standings = regexp.MustCompile(`(?i)\bwho(?:'s|’s|\s+is)\s+(?:winning|ahead|leading|in\s+the\s+lead|on\s+top|first)\b|\b(?:score\s*board|leader\s*board|standings|rankings?)\b|누가\s*(?:1\s*등|일등|이기|앞서|제일\s*잘)|순위|1\s*등|일등|점수판|랭킹`)

// lessonProgress names a student's progress through the lessons, which a
// class quiz's results are not ("진도 보여줘", "how far have I got").
var lessonProgress = regexp.MustCompile(`(?i)\bprogress\b|\bmaster(ed|y)?\b|\bhow far\b|진도|진척|마스터|얼마나 (알|했|잘)`)

// resultsWords name results or progress ("quiz results", "내 점수").
var resultsWords = regexp.MustCompile(`(?i)\b(?:results?|scores?|scoring|progress|points|stats|status|leaderboard|scoreboard|average)\b|결과|점수|성적|진도|현황|통계|상황|정답률|평균`)

// asksStandings: text asks who is ahead ("who's winning?", "순위 보여줘").
func asksStandings(text string) bool { return standings.MatchString(text) }

// asks reports whether text is worded as a question or a request to be
// taught.
func asks(text string) bool {
	fs := strings.Fields(strings.ToLower(text))
	if len(fs) == 0 {
		return false
	}
	first := strings.Trim(fs[0], ",.!?？")
	// "who's", "how's": the question word with its "is"
	first = strings.TrimSuffix(strings.TrimSuffix(first, "'s"), "’s")
	for _, w := range enAsk {
		if first == w && len(fs) > 1 {
			return true
		}
	}
	for _, w := range koAsk {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

func quizCard(t *embedded.Turn, q tutoring.QuizQuestion, n, of int) *protocol.Card {
	card := &protocol.Card{Kind: protocol.CardQuiz, Title: t.Say("class.quiz_title", "n", n, "of", of),
		Items: []protocol.CardItem{{ID: q.ID, Title: strings.TrimSpace(q.Prompt + " " + q.Hint)}}} // a short answer says to type it
	for i, c := range q.Choices {
		card.Items = append(card.Items, protocol.CardItem{ID: strconv.Itoa(i + 1), Title: fmt.Sprintf("%d) %s", i+1, c)})
	}
	return card
}

func started(t *embedded.Turn, r *skills.Result) agents.Step {
	cq, err := skills.Decode[tutoring.ClassQuiz](*r)
	if err != nil {
		t.Fail(err)
		return agents.Step{}
	}
	var qs, roster []string
	for _, q := range cq.Questions {
		b, err := json.Marshal(q)
		if err != nil {
			t.Fail(err)
			return agents.Step{}
		}
		qs = append(qs, string(b))
	}
	// The students the tool was asked to quiz: someone who walked in
	// while it ran is not on its roster, and an answer from them would
	// only be refused.
	if json.Unmarshal([]byte(t.Slot("_roster")), &roster) != nil || len(roster) == 0 {
		roster = nil
		for _, u := range t.Class.Present() {
			roster = append(roster, u.ID)
		}
	}
	if len(roster) == 0 {
		roster = []string{t.User.ID}
	}
	t.Class.StartQuiz(cq.ClassQuizID, cq.LessonID, qs, roster)
	starters.Store(cq.ClassQuizID, t.User.ID)
	t.Finish()
	if len(cq.Questions) == 0 {
		return agents.Step{Say: t.Say("class.no_questions")}
	}
	t.Class.Broadcast(*quizCard(t, cq.Questions[0], 1, len(cq.Questions)))
	// One student is not "all 1 of you" ("1명 모두", "for 1 students").
	id := "class.quiz_started"
	if cq.Students == 1 {
		id = "class.quiz_started_one"
	}
	return agents.Step{Say: t.Say(id, "students", cq.Students, "prompt", strings.TrimSpace(cq.Questions[0].Prompt+" "+cq.Questions[0].Hint))}
}

func graded(t *embedded.Turn, r *skills.Result) agents.Step {
	g, err := skills.Decode[tutoring.Graded](*r)
	if err != nil {
		t.Fail(err)
		return agents.Step{}
	}
	t.Finish()
	say := t.Say("class.correct")
	if !g.Correct {
		say = t.Say("class.wrong", "expected", g.Expected)
	}
	// The quiz this answer was for (the one Text sent it to); another
	// student may have ended it, or started a new one, meanwhile.
	id := t.Slot("@cq")
	cur, qs, ok := t.Class.Quiz(t.User.ID)
	if !ok || cur != id {
		return agents.Step{Say: strings.TrimSpace(say)}
	}
	n, _ := strconv.Atoi(t.Slot("@cq_n"))
	n++
	t.Set("@cq_n", strconv.Itoa(n))
	// Live results for the whole room (counts only, no names).
	if card, ok := resultsCard(t, id); ok {
		t.Class.Broadcast(card)
	}
	if n < len(qs) {
		q, ok := question(t, qs, n)
		if !ok {
			return agents.Step{}
		}
		return agents.Step{Card: quizCard(t, q, n+1, len(qs)), Say: say + strings.TrimSpace(fmt.Sprintf("%d/%d. %s %s", n+1, len(qs), q.Prompt, q.Hint))}
	}
	return agents.Step{Say: say + t.Say("class.finished")}
}

// resultsCard is the class quiz's live results: counts per question, no
// names.
func resultsCard(t *embedded.Turn, id string) (protocol.Card, bool) {
	res := t.Call("tutor_class_results", map[string]any{"class_quiz_id": id})
	if res.Status != skills.StatusOK {
		return protocol.Card{}, false
	}
	cr, err := skills.Decode[tutoring.ClassResults](res)
	if err != nil {
		t.Fail(err)
		return protocol.Card{}, false
	}
	card := protocol.Card{Kind: protocol.CardResults, Title: t.Say("class.results_title", "answered", cr.Answered, "students", cr.Students)}
	for i, pq := range cr.PerQuestion {
		card.Items = append(card.Items, protocol.CardItem{ID: pq.QuestionID, Title: t.Say("class.question_no", "n", i+1),
			Subtitle: t.Say("class.question_counts", "correct", pq.Correct, "wrong", pq.Wrong, "missing", pq.Missing)})
	}
	return card, true
}
