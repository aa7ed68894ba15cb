package classroom

import (
	"regexp"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
)

// Round 17 (und17c): requests to the tutor that name what they want in
// words of their own kind rather than a lesson's, which the classifier
// took for questions to the lessons (post16's misses, reworded):
//   - the student's own record — how they did, what they keep getting
//     wrong, whether they are getting better — is their progress;
//   - who else has answered, the live scores, is the class quiz's results,
//     never the asker's own progress;
//   - what to ask ("I don't know what to ask about X, any ideas?") wants
//     questions suggested, as the greeting gives them;
//   - "teach me X" of a lesson, asked as a request and not a question,
//     is that lesson.

// recordRe asks about the student's own record.
var recordRe = regexp.MustCompile(`(?i)\bhow\s+(?:did|have|am|do)\s+i\s+(?:do|done|doing|did|go|gone|fare|fared)\b|` +
	`\bwhat\s+(?:have\s+i\s+been|do\s+i\s+(?:keep|usually|always|often)|did\s+i)\s+(?:get|getting|got|answer|answering)\w*\s+wrong\b|` +
	`\bwhat\s+(?:am\s+i|have\s+i\s+been)\s+(?:getting|doing)\s+wrong\b|\b(?:which|what)\s+(?:ones|questions|answers)\s+did\s+i\s+(?:miss|get\s+wrong|fail)\b|` +
	`\bhow\s+many\s+(?:did|have)\s+i\s+(?:get|got|gotten|answer|answered)\w*\s+(?:right|correct|wrong)\b|` +
	`\b(?:am\s+i|have\s+i\s+been)\s+(?:getting|improving|doing)\s+(?:any\s+)?(?:better|worse|well)\b|\bhave\s+i\s+(?:improved|gotten\s+better|got\s+better)\b|` +
	`\bmy\s+(?:mistakes|wrong\s+answers|track\s+record|results\s+so\s+far|weak\s+(?:spots|points|areas))\b|` +
	`(?:내가|제가|나|저)\s*(?:뭘|뭐|무엇을|어떤\s*(?:거|걸|문제))\s*(?:자주|많이|주로|계속)?\s*틀렸|(?:내가|제가)\s*틀린\s*(?:거|것|문제)|` +
	`(?:나|저|내|제)\s*(?:전체적으로|지금까지|여태)\s*(?:어땠|어때|어떤가)|(?:실력|점수|성적)(?:이|은|가)?\s*(?:좀\s*)?(?:늘었|올랐|나아졌|좋아졌)|` +
	`(?:나|저)\s*(?:좀\s*)?(?:늘었|나아졌|좋아졌)|몇\s*개\s*(?:나\s*)?(?:맞|맞혔|맞췄|맞았)`)

// othersAnsweredRe asks about the others' answers or the live scores:
// the class quiz's results.
var othersAnsweredRe = regexp.MustCompile(`(?i)\bwho(?:'s|\s+has|\s+have|\s+hasn't|\s+haven't)?\s+(?:already\s+|not\s+|yet\s+to\s+)?(?:answered|answer|responded|submitted|finished)\b|` +
	`\bhow\s+many\s+(?:people|students|kids|of\s+them|of\s+us)?\s*(?:have\s+|has\s+)?(?:answered|responded|submitted)\b|\blive\s+(?:scores?|standings|results|rankings?|board)\b|` +
	`누가\s*(?:벌써\s*|아직\s*)?(?:답|대답|풀었|제출|다\s*풀)|몇\s*명(?:이나|이|은|만)?\s*(?:답|대답|풀었|제출)|(?:아직\s*)?안\s*(?:푼|낸)\s*(?:사람|학생|애)|실시간\s*(?:점수|순위|현황|결과|성적|랭킹)`)

// suggestRe asks which questions to ask.
var suggestRe = regexp.MustCompile(`(?i)\b(?:what|which)\s+(?:should|could|can|do|might)\s+i\s+ask\b|\bwhat\s+to\s+ask\b|` +
	`\b(?:good|starter|sample|example|opener|opening|beginner|first)\s+questions?\b|\b(?:good\s+)?things\s+to\s+ask\b|\bquestions?\s+(?:to\s+ask|i\s+(?:could|can|should|might)\s+ask|ideas?|worth\s+asking)\b|` +
	`(?:무슨|어떤|뭔|무엇을|뭘|뭐)\s*(?:질문|물어)|질문\s*(?:거리|예시|추천|할\s*만한|할\s*거)|물어볼\s*(?:만한|거|것)|(?:질문|물어볼\s*거).*추천`)

// teachRe asks to be taught a whole topic, as a request ("teach me the
// present perfect", "이차방정식 가르쳐 주세요").
var teachRe = regexp.MustCompile(`(?i)^\s*(?:(?:please|pls|can\s+you|could\s+you|would\s+you|will\s+you|ms\.?\s*\w+|teacher)[\s,]+)*teach\s+(?:me|us)\b|` +
	`가르쳐\s*(?:줘|주세요|줄래요?|주실래요|주시겠어요)\s*[.!~]*\s*$|(?:레슨|수업)\s*(?:을|를)?\s*(?:시작|해\s*(?:줘|주세요)|들을게|할게|부탁)`)

// whyWhatRe: the request asks a particular question (a reason, a
// difference, a time), which the lessons answer: not the lesson as such.
var whyWhatRe = regexp.MustCompile(`(?i)\b(?:why|when|where|who|difference|between|mean|means)\b|왜|언제|어디|누가|차이|뜻|법|방법|\?`)

// und17cReroute takes the texts above for what they name. ok is false
// for anything else, or while a quiz waits for an answer.
func und17cReroute(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	switch intent {
	case "", embedded.OutOfScope, embedded.Help, intentAsk, intentProgress, "tutor_lessons", "tutor_greeting", "tutor_lesson":
	default:
		return agents.Step{}, false
	}
	if _, _, ok := soloSeq(t); ok || quizRunning(t) {
		return agents.Step{}, false
	}
	switch {
	case intent != intentProgress && recordRe.MatchString(text) && !forClass(text):
		t.Start(intentProgress)
		t.Understood(intentProgress, max(p, minP), map[string]string{"lang": t.Lang()})
		return agents.Step{Call: call(intentProgress, map[string]any{"lang": t.Lang()})}, true
	case intent != "tutor_greeting" && suggestRe.MatchString(text) && !quizWordRe.MatchString(text):
		if step := t.Begin("tutor_greeting", max(p, minP)); step.Call != nil || step.Say != "" {
			return step, true
		}
	case (intent == intentAsk || intent == embedded.OutOfScope || intent == "") && teachRe.MatchString(text) && !whyWhatRe.MatchString(text) &&
		t.Gazetteer("lesson") != "" && !quizWordRe.MatchString(text):
		if step := t.Begin("tutor_lesson", max(p, minP)); step.Call != nil || step.Say != "" {
			return step, true
		}
	}
	return agents.Step{}, false
}

// proposeRe proposes doing something together ("풀어 봅시다", "풀자",
// "let's all try", "shall we"): with a quiz and the class named, a class
// quiz however much the opening ("오늘 수업 마무리로") sounded like a
// greeting.
var proposeRe = regexp.MustCompile(`(?i)봅시다|갑시다|가자|가죠|가\s*볼까요|합시다|하죠|해\s*봐요|풀자|풀어요|풀어\s*볼까|볼까요|\bshall\s+we\b|\blet'?s\s+(?:all|everyone)\b|\b(?:we|you\s+all)\s+(?:will|'ll|are\s+going\s+to)\s+(?:do|take|try)\b`)
