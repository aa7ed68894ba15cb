package classroom

import (
	"regexp"
	"strings"
	"sync"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills/tutoring"
)

// A new user's trial (notes: trial 8): "지진 더 자세히" started a quiz for
// the whole class (the classifier leaned, below its threshold, to the
// class quiz, and the data's flow ran it), and "아 퀴즈 하려던거 아니에요
// 그만해주세요" was graded as a wrong answer; only "퀴즈 그만" stopped it.
// A quiz — the class's or the student's own — starts only when one is
// asked for by name; any clear wish to stop stops it.

var (
	// stopWishRe: a wish to stop, or to say the quiz was not wanted,
	// however it is worded ("그만해주세요", "하려던 거 아니에요", "I didn't
	// mean to", "stop please", "never mind").
	stopWishRe = regexp.MustCompile(`(?i)그만\s*(?:해|하|할|둘|두|좀)|그만$|멈춰|멈추|중단|중지|하려던\s*(?:거|게|것)|하려고\s*한\s*(?:거|게)|원한\s*(?:거|게)\s*아니|안\s*할래|안\s*하고\s*싶|하기\s*싫|\bstop\b|\bquit\b|\bdidn'?t\s+(?:mean|want)\s+(?:to|a|the|this)\b|\bdid\s+not\s+(?:mean|want)\b|\bnot\s+what\s+i\s+(?:meant|wanted|asked)\b|\bnever\s*mind\b|\bcancel\b|\bdon'?t\s+want\s+(?:a|the|this|to\s+do\s+(?:a|the|this))\s+quiz\b`)
	// quizAskedRe names a quiz, or questions to be set ("문제 내줘",
	// "test me").
	quizAskedRe = regexp.MustCompile(`(?i)\bquiz|퀴즈|문제\s*(?:를|좀)?\s*(?:내|줘|주세|풀)|시험|테스트|\btest\b|\bquestions?\s+for\b`)
	// moreWordRe asks for more about something.
	moreWordRe = regexp.MustCompile(`(?i)자세히|자세하게|더\s*(?:알려|설명|말해|가르쳐|알고)|\bmore\b|\bin\s+detail\b|\belaborate\b|\bdeeper\b`)
)

// wishesStop: the text says the student wants the quiz stopped.
func wishesStop(text string) bool { return stopWishRe.MatchString(text) }

// namesQuiz: the text asks for a quiz by name.
func namesQuiz(text string) bool { return quizAskedRe.MatchString(text) }

// starters: who started each class quiz (by its id); the starter may stop
// it, the others answer or not.
var starters sync.Map

// classStop stops the class quiz under way when the student who started
// it wishes to stop; another student's wish is answered (not graded) with
// who can stop it. ok is false when no class quiz runs for the student or
// no wish to stop is said.
func classStop(t *embedded.Turn, p float64) (agents.Step, bool) {
	c := t.Class
	if c == nil || !wishesStop(t.Text()) {
		return agents.Step{}, false
	}
	id, _, ok := c.Quiz(t.User.ID)
	if !ok {
		return agents.Step{}, false
	}
	if who, ok := starters.Load(id); ok && who != t.User.ID {
		t.Understood(intentEnd, max(p, minP), nil)
		return agents.Step{Say: t.Ko("반 퀴즈는 시작한 친구가 멈출 수 있어요. 답하고 싶지 않으면 답하지 않아도 괜찮아요.",
			"The class quiz can be stopped by the student who started it. You don't have to answer if you'd rather not.")}, true
	}
	t.Understood(intentEnd, max(p, minP), nil)
	c.EndQuiz()
	starters.Delete(id)
	return agents.Step{Say: t.Say("class.quiz_end")}, true
}

// unasked serves a text the classifier took for a request to start a
// class quiz that names no quiz ("지진 자세히"): a question to the lessons
// (more about the topic named), never a quiz.
func unasked(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != intentClassQuiz && !(intent == intentQuiz && moreWordRe.MatchString(text)) || namesQuiz(text) || und18cClassQuiz(t, intent) {
		return agents.Step{}, false
	}
	if _, _, ok := soloSeq(t); ok {
		return agents.Step{}, false // an answer to the student's own quiz
	}
	if quizRunning(t) {
		return agents.Step{}, false
	}
	return askTopic(t, p), true
}

// moreOnTopic: "지진 더 자세히", "tell me more about photosynthesis" —
// more about a topic it names — asks the lessons about that topic; when
// the last answer came from the section the topic leads to, its rest is
// told ("자세히"). ok is false for a bare "자세히" (more() goes on from
// the last answer) or when the lessons do not cover the topic.
func moreOnTopic(t *embedded.Turn, p float64) (agents.Step, bool) {
	text := t.Text()
	if !moreWordRe.MatchString(text) || namesQuiz(text) || len([]rune(strings.TrimSpace(moreWordRe.ReplaceAllString(text, "")))) < 2 {
		return agents.Step{}, false
	}
	if _, _, ok := soloSeq(t); ok || quizRunning(t) {
		return agents.Step{}, false
	}
	if moreAboutLast(text) {
		return more(t, true) // "can you tell me more about that": the last answer
	}
	lib, err := tutoring.LoadLibrary()
	if err != nil {
		return agents.Step{}, false
	}
	g := lib.Ask(text, "", t.Lang())
	if !g.Covered {
		return agents.Step{}, false
	}
	if g.Source != nil && g.Source.Line == t.Slot(slotMoreSrc) && t.Slot(slotAsked) != "" {
		return more(t, true)
	}
	return askTopic(t, p), true
}

// askTopic asks the lessons what the student said.
func askTopic(t *embedded.Turn, p float64) agents.Step {
	if step, ok := onTheFloor(t, p); ok {
		return step // someone has the class's floor: in turn
	}
	text := t.Text()
	t.Start(intentAsk)
	t.Understood(intentAsk, max(p, minP), map[string]string{"question": text, "lang": t.Lang()})
	return agents.Step{Call: call(intentAsk, map[string]any{"question": text, "lang": t.Lang()})}
}
