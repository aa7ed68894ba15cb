package classroom

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills/tutoring"
)

// A new user's trial: "stop this quiz please", "can we stop the quiz?"
// (read as a raised hand: "Yes, go ahead", and the quiz went on), "quiz me
// on earthquakes again" and "지진 퀴즈 내주세요" said in the middle of the
// student's own quiz were graded as answers. A request to stop ends the
// quiz with the score so far; a request for a quiz starts that quiz in
// place of the one under way.

var (
	// stopQuizRe asks to stop the quiz: a stop word and the quiz named
	// ("stop this quiz please", "can we stop the quiz?", "퀴즈 그만할래요"),
	// or a stop said alone ("stop", "그만할래요").
	stopQuizRe = regexp.MustCompile(`(?i)\b(?:stop|end|quit|finish|cancel|exit|leave|pause)\b[\w\s']{0,20}\bquiz(?:zes)?\b|\bquiz\b[\w\s']{0,12}\b(?:stop|over|enough)\b|\b(?:no\s+more|enough(?:\s+of)?)\s+(?:the\s+|this\s+)?quiz|\bi'?m\s+done\s+with\s+(?:the\s+|this\s+)?quiz|퀴즈\s*(?:는|은|를|을)?\s*(?:이제\s*)?(?:그만|끝|멈|중단|취소)|^\s*(?:(?:ok|okay|please|let'?s|can\s+we|i\s+want\s+to|이제|그냥)\s*)*(?:stop|quit|그만(?:할래요?|하자|할게요?|해요?|둘래요?|하고\s*싶어요?)?|끝낼래요?|끝내자|끝낼게요?)(?:\s+(?:now|please|it))*\s*[.!?]*\s*$`)
	// quizWord names a quiz; quizAskRe asks for one ("quiz me on
	// earthquakes again", "earthquake quiz please", "지진 퀴즈 내주세요").
	quizWord  = regexp.MustCompile(`(?i)\bquiz|퀴즈`)
	quizAskRe = regexp.MustCompile(`(?i)\bquiz\s+me\b|\b(?:give|want|start|new|another|again|please|do|take|try|let'?s)\b|내\s*주|내줘|풀래|풀고|풀자|시작|다시|한\s*번\s*더|한번\s*더|할래|하고\s*싶`)
	// backToQuizRe goes back to the quiz under way ("ok back to the quiz:
	// chemical energy"): an answer follows, not a request.
	// bareGuessRe is a choice's number said alone ("3", "3번").
	bareGuessRe  = regexp.MustCompile(`^\(?\d{1,2}\s*(?:번|\))?$`)
	backToQuizRe = regexp.MustCompile(`(?i)\bback\s+to\s+(?:the\s+|this\s+|my\s+)?quiz|퀴즈로\s*돌아`)
)

// soloLeave serves a request to stop the student's own quiz, or to start
// another, said while a question waits for its answer.
func soloLeave(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if _, _, ok := soloSeq(t); !ok {
		if stopQuizRe.MatchString(text) && quizWord.MatchString(text) && !quizRunning(t) {
			// "stop this quiz please" with no quiz under way: nothing to
			// stop (it started a new quiz).
			return t.Cancel(max(p, minP)), true
		}
		if !quizWord.MatchString(text) && !quizRunning(t) && bareGuessRe.MatchString(tutoring.Unhedge(text)) {
			// "probably 3" with no question open: an answer to nothing,
			// not a request for a quiz (it started one on Korean basics);
			// "1번" after the quiz was stopped, not a greeting (the tutor
			// has no other list to pick from).
			t.Understood(embedded.OutOfScope, p, nil)
			return agents.Step{Say: t.Ko("지금은 풀고 있는 퀴즈 문제가 없어요. \"지진 퀴즈 내주세요\"처럼 말하면 시작할게요.",
				"There's no quiz question open right now. Say \"quiz me on earthquakes\" to start one.")}, true
		}
		return agents.Step{}, false
	}
	if stopQuizRe.MatchString(text) || wishesStop(text) {
		right, _ := strconv.Atoi(t.Slot("_seq_right"))
		n, _ := strconv.Atoi(t.Slot("_seq_n"))
		t.Cancel(max(p, minP))
		return agents.Step{Say: t.Ko(fmt.Sprintf("퀴즈를 그만할게요. 지금까지 %d문제 중 %d개 맞혔어요.", n, right),
			fmt.Sprintf("Quiz stopped: %d of %d right so far.", right, n))}, true
	}
	if quizWord.MatchString(text) && !backToQuizRe.MatchString(text) && !forClass(text) &&
		(quizAskRe.MatchString(text) || intent == intentQuiz && p >= minP && t.Gazetteer("lesson") != "") {
		t.Finish()
		return soloQuiz(t, max(p, minP)), true
	}
	return agents.Step{}, false
}

// soloHedged grades an answer wrapped in a hedge ("pretty sure it's
// oxygen") said while a question waits: read as a statement the lessons
// do not cover, it dropped the quiz ("Our lessons don't cover that"), and
// the next answer ("probably 3") started a quiz of its own.
func soloHedged(t *embedded.Turn, p float64) (agents.Step, bool) {
	text := strings.TrimSpace(t.Text())
	quiz, q, ok := soloSeq(t)
	if !ok || t.Ordinal() != 0 {
		return agents.Step{}, false
	}
	u := tutoring.Unhedge(text)
	if u == "" || u == strings.TrimRight(text, "?？!.~… ") || len(strings.Fields(u)) > 4 || asks(u) {
		return agents.Step{}, false
	}
	args := map[string]any{"quiz_id": quiz, "question_id": q, "answer": text, "lang": t.Lang()}
	t.Understood("tutor_answer", max(p, minP), map[string]string{"quiz_id": quiz, "question_id": q, "answer": text, "lang": t.Lang()})
	return agents.Step{Call: call("tutor_answer", args)}, true
}
