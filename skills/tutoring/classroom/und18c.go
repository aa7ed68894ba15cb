package classroom

import (
	"encoding/json"
	"regexp"
	"strings"
	"sync"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/tutoring"
)

// Round 18 (und18c): requests to the tutor that say what they want with a
// verb of their own kind rather than the words the classifier learned:
//   - a lesson asked to be taught, started, studied or gone through by
//     name ("teach me the present perfect", "can we start the Korean for
//     beginners lesson", "광합성 배우고 싶어요", "Korean for beginners
//     레슨 시작할게요") is that lesson, not a question to the lessons;
//   - a part of a lesson jumped to ("판 부분으로 넘어가 주세요", "skip to
//     the plates part") is that part;
//   - after the list of lessons, one of them chosen by its place ("the
//     second one please", "세 번째 수업 할래요") or by its name ("let's do
//     the photosynthesis one", "세종 그걸로 할게요") is that lesson;
//   - a quiz the tutor started on its default lesson, because the student
//     named none, is started again on the lesson the student names next
//     ("on photosynthesis", "광합성으로요"), not graded as an answer;
//   - the student's record asked for by a document's name ("성적표",
//     "report card", "my grades") is their progress;
//   - a greeting with a nickname or a borrowed word ("선생님 굿모닝~",
//     "morning, Ms. Hana!") greets.

// und18cLessonVerb asks to be taught a lesson or to go through it.
var und18cLessonVerb = regexp.MustCompile(`(?i)\bteach\s+(?:me|us)\b|\b(?:learn|learning|study|studying)\b|\b(?:go|run|walk)\s+(?:over|through)\b|` +
	`\b(?:start|begin|open|do|go\s+(?:through|over)|take|cover|read|continue|resume|try|pick|choose)\b[\w\s'’.-]{0,40}\b(?:lesson|lessons|unit|chapter|class|course|part|section|topic)\b|\b(?:start|begin|do|take|try|pick|choose)\s+(?:the|that)\s+[\w\s'’.-]{1,30}\bone\b|` +
	`\b(?:lesson|unit|chapter|course)\s+(?:on|about)\b|\bwalk\s+(?:me|us)\s+through\b|\btake\s+(?:me|us)\s+through\b|` +
	`배우고\s*싶|배울래|배울게|배워\s*(?:보고|볼래|볼게|봐요|보자|봅시다)|공부(?:하고\s*싶|할래|할게|해\s*(?:보고|볼래|볼게|봐요|보자)|하자|합시다)|` +
	`(?:수업|레슨|강의|단원)\s*(?:을|를|으로|로)?\s*(?:시작|해\s*(?:줘|주세요|주실래요|볼래|봐요|요)|하자|합시다|할래|할게|들을|듣고|들어|진행|부탁|열어)|가르쳐\s*(?:줘|주세요|줄래|주실래|주시겠)|` +
	`(?:부분|섹션|파트|단원|수업|레슨|강의)\s*(?:을|를|도|만)?\s*(?:같이\s*|함께\s*|다시\s*|처음부터\s*)?(?:읽어|읽자|읽을|읽고|보여\s*(?:줘|주세요)|설명해\s*(?:줘|주세요)|공부|시작)|` +
	`\bread\s+(?:me\s+|us\s+)?(?:through\s+)?(?:the|that)\b[\w\s'’-]{0,30}\b(?:part|section|lesson|unit|chapter)\b`)

// und18cJump jumps to a part of the lesson ("판 부분으로 넘어가 주세요",
// "skip ahead to the volcanoes part", "go to the section on factors").
var und18cJump = regexp.MustCompile(`(?i)\b(?:skip|jump|go|move|get|head|fast[\s-]?forward)\b[\w\s'’]{0,12}\b(?:to|on\s+to|ahead\s+to|straight\s+to)\b|\bnext\s+(?:part|section)\b|` +
	`넘어가|넘어갈|넘어가요|건너뛰|건너\s*뛰|(?:으로|로)\s*(?:바로\s*)?(?:가|갈|가요|가죠|가자|갑시다|이동)|부터\s*(?:해|할|봐|볼|시작|읽)`)

// und18cQuestion is a question of its own, which the lessons answer: a
// reason, a time, a difference, a meaning, or any question mark with no
// lesson noun ("teach me why volcanoes erupt" asks a question).
var und18cQuestion = regexp.MustCompile(`(?i)\b(?:why|when|where|who|whose|difference|between|mean|means|meaning)\b|^\W*(?:what|what's|whats|how|how's|which|is|are|does|did|do\s+(?:i|you|we|they|people)|was|were|has|have)\b|왜|언제|어디|누가|누구|차이|뜻|의미|뭐|무엇|무슨|몇|어떻게|얼마|인가요|일까요|나요\s*[?？]`)

// und18cAskMe asks to be asked questions ("give me a linear equations
// question", "ask me a few questions on volcanoes").
var und18cAskMe = regexp.MustCompile(`(?i)\b(?:give|send|throw|hit)\s+(?:me|us)\s+(?:a|an|one|some|a\s+few|a\s+couple|\d+|two|three|four|five)\b[\w\s'’-]{0,30}\bquestions?\b|\bask\s+(?:me|us)\s+(?:a|an|one|some|a\s+few|\d+|two|three|four|five)?\b[\w\s'’-]{0,30}\bquestions?\b`)

// und18cMissed names the questions the student missed ("what I got
// wrong", "틀린 문제").
var und18cMissed = regexp.MustCompile(`(?i)\b(?:missed|got\s+wrong|wrong\s+answers?|mistakes)\b|틀린|틀렸던|못\s*맞힌`)

// und18cClause is a Korean clause that names what is meant ("어떻게 해야
// 하는지", "왜 그런지"), up to its comma or space.
var und18cClause = regexp.MustCompile(`^.*(?:는지|은지|인지|을지|할지|한지)[,\s]`)

// und18cLessonNoun names a lesson as such ("the lesson", "수업").
var und18cLessonNoun = regexp.MustCompile(`(?i)\b(?:lesson|lessons|unit|chapter|course|class|part|section|one)\b|수업|레슨|강의|단원|부분|파트`)

// und18cChose chooses from a list just shown ("그걸로 할게요", "이거 할래요",
// "that one", "I'll take").
var und18cChose = regexp.MustCompile(`(?i)(?:그걸로|그거로|걸로|거로|그거|이걸로|이거|으로|로)\s*(?:할게|할래|하겠|해요|해\s*주세요|해줘|갈게|갈래|부탁|주세요)|\b(?:that|this|the)\s+(?:\w+\s+){0,3}one\b|\bi'?ll\s+(?:take|go\s+with|do)\b|\bgo\s+with\b|\blet'?s\s+(?:do|go\s+with|try|pick)\b`)

// und18cRecord asks for the student's record by a document's or a
// measure's name.
var und18cRecord = regexp.MustCompile(`(?i)성적표|성적\s*(?:표|확인|조회|보여|알려|볼\s*수)|점수표|학습\s*(?:기록|이력|현황|리포트|보고서)|공부\s*(?:기록|현황)|내\s*(?:기록|성적|점수)|제\s*(?:기록|성적|점수)|` +
	`\breport\s*card\b|\btranscript\b|\bmy\s+(?:grades?|marks|scores?|record|stats|statistics|report)\b|\b(?:grade|score)\s*(?:book|sheet|report)\b`)

// und18cGreet is a greeting with no request: a greeting word (borrowed or
// nicknamed too) with at most the tutor addressed and friendly marks.
var und18cGreet = regexp.MustCompile(`(?i)^[\s~!.,^*ㅎㅋ]*(?:(?:선생님|선생|쌤|샘|하나\s*(?:선생님|쌤)|teacher|miss|ms\.?\s*hana|ms\.?|hana)[\s,~!.]*)?` +
	`(?:굿모닝|굿\s*모닝|굿애프터눈|굿이브닝|굿모닝이에요|하이루|하이|헬로우?|할로|안녕하세요|안녕|안뇽|하잉|ㅎㅇ|좋은\s*아침(?:이에요|입니다)?|` +
	`good\s+(?:morning|afternoon|evening|day)|morning|mornin'?|hi+|hello+|hey+|hiya|howdy|yo|greetings)` +
	`(?:[\s,~!.]*(?:요|용|여|선생님|쌤|샘|teacher|miss|ms\.?\s*hana|hana|everyone|there))*[\s~!.,^*ㅎㅋ:)]*$`)

// und18cRoute serves the texts above; ok is false for anything else, or
// while a quiz waits for an answer (except the quiz restarted on the
// lesson named).
func und18cRoute(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := strings.TrimSpace(t.Text())
	if _, _, ok := soloSeq(t); ok || quizRunning(t) {
		return agents.Step{}, false
	}
	if intent == intentRaise && und18cGreet.MatchString(text) && !raisesHand(text) {
		// "선생님 굿모닝~": a greeting, not a raised hand.
		t.Understood(embedded.Greet, max(p, minP), nil)
		return agents.Step{Say: t.Avatar.Greeting(t.Lang())}, true
	}
	switch intent {
	case "", embedded.OutOfScope, embedded.Help, embedded.Greet, embedded.Cancel, intentAsk, intentQuiz, intentClassQuiz, "tutor_lessons", "tutor_greeting", "tutor_lesson":
	default:
		return agents.Step{}, false
	}
	if intent != embedded.Cancel && intent != intentQuiz && intent != intentClassQuiz && intent != "tutor_lesson" {
		if step, ok := und18cHelp(t, p); ok {
			return step, true
		}
	}
	if intent == "tutor_lesson" && (quizWordRe.MatchString(text) || und18cAskMe.MatchString(text)) && !forClass(text) && !und18cQuestion.MatchString(text) &&
		(t.Gazetteer("lesson") != "" || t.Gazetteer("section") != "") {
		// "I'd like a quiz on linear equations", "give me a linear
		// equations question": a quiz on the lesson, however much its
		// name made it sound like the lesson itself.
		if step := t.Begin(intentQuiz, max(p, minP)); step.Call != nil || step.Say != "" {
			return step, true
		}
	}
	quiz := quizWordRe.MatchString(text) || und18cClassQuiz(t, intent)
	if intent != intentProgress && und18cRecord.MatchString(text) && !forClass(text) && !quiz {
		t.Start(intentProgress)
		t.Understood(intentProgress, max(p, minP), map[string]string{"lang": t.Lang()})
		return agents.Step{Call: call(intentProgress, map[string]any{"lang": t.Lang()})}, true
	}
	if quiz || forClass(text) && !strings.Contains(strings.ToLower(text), "class") {
		return agents.Step{}, false
	}
	// (a question word inside a clause that names the part — "지진이 났을
	// 때 어떻게 해야 하는지, 그 부분 읽어 주세요" — asks nothing itself)
	asked := und18cClause.ReplaceAllString(text, "")
	question := und18cQuestion.MatchString(asked) || strings.ContainsAny(text, "?？") && !und18cLessonNoun.MatchString(text)
	if question {
		return agents.Step{}, false
	}
	if step, ok := und18cPicked(t, p); ok {
		return step, true
	}
	lesson, section := t.Gazetteer("lesson"), t.Gazetteer("section")
	if lesson == "" && section == "" {
		return agents.Step{}, false
	}
	if intent == intentQuiz && (t.Gazetteer("review") != "" || und18cMissed.MatchString(text)) {
		return agents.Step{}, false // questions missed gone over again: a review quiz
	}
	shown := t.Slot("@shown") == "tutor_lessons"
	if und18cLessonVerb.MatchString(text) || section != "" && und18cJump.MatchString(text) ||
		(shown || t.Intent() == "tutor_lesson" || t.Remembered("last_lesson") != "") && und18cChose.MatchString(text) {
		if step := t.Begin("tutor_lesson", max(p, minP)); step.Call != nil || step.Say != "" {
			return step, true
		}
	}
	return agents.Step{}, false
}

// und18cPicked: a lesson chosen by its place in the list of lessons the
// tutor just showed ("the second one please", "두 번째 거 할래요"), or
// by its place in the list at all ("ok start the first lesson"), is that
// lesson taught.
func und18cPicked(t *embedded.Turn, p float64) (agents.Step, bool) {
	text := t.Text()
	n := t.Ordinal()
	id := ""
	k := 0
	if n != 0 && t.Gazetteer("lesson") == "" && t.Slot("@shown") == "tutor_lessons" {
		k = n
	} else if m := ordinalLessonRe.FindStringSubmatch(text); m != nil && t.Gazetteer("lesson") == "" && und18cLessonVerb.MatchString(text) {
		w := strings.ToLower(m[1] + m[2] + m[3])
		var ok bool
		if k, ok = ordinalWords[w]; !ok {
			k = int(w[0] - '0')
		}
	}
	if k != 0 {
		res := t.Call("tutor_lessons", map[string]any{"lang": t.Lang()})
		if res.Status == skills.StatusOK {
			if ls, err := skills.Decode[[]tutoring.LessonInfo](res); err == nil && len(ls) > 0 {
				if k < 0 {
					k = len(ls)
				}
				if k >= 1 && k <= len(ls) {
					id = ls[k-1].ID
				}
			}
		}
	}
	if id == "" {
		return agents.Step{}, false
	}
	t.Start("tutor_lesson")
	t.Understood("tutor_lesson", max(p, minP), map[string]string{"lesson_id": id})
	return agents.Step{Call: call("tutor_lesson", map[string]any{"lesson_id": id})}, true
}

// slotQuizUnnamed is "1" while the student's own quiz runs on the lesson
// the tutor chose because the request named none.
const slotQuizUnnamed = "@quiz_unnamed"

// und18cNoteQuiz remembers whether the quiz just started was on a lesson
// the student named.
func und18cNoteQuiz(t *embedded.Turn, r *skills.Result) {
	if r.Status != skills.StatusOK {
		return
	}
	if t.Gazetteer("lesson") == "" && t.Gazetteer("section") == "" && t.Ordinal() == 0 {
		t.Set(slotQuizUnnamed, "1")
		return
	}
	t.Set(slotQuizUnnamed, "")
}

// und18cTopic names a topic briefly ("on photosynthesis", "about
// volcanoes please", "광합성으로요", "the equations one").
var und18cTopic = regexp.MustCompile(`(?i)^\s*(?:(?:ok|okay|oh|um+|uh+|sorry|actually|no|wait|i\s+mean|make\s+it|let'?s\s+do|can\s+(?:it|we)\s+be|could\s+it\s+be)[\s,]+)*(?:on|about|in|for|with|the)\s|(?:으로|로|에\s*대해서?|관련|걸로|거)\s*(?:요|해\s*주세요|해줘|해요|할게요|할래요|부탁해요)?\s*[.!~]*\s*$|^\s*\S+(?:\s+(?:please|pls))?\s*[.!~]*\s*$`)

// und18cRetopic starts the student's quiz again on the lesson named right
// after the tutor started one on a lesson of its own choosing ("quiz me" →
// "on photosynthesis"): the topic the request lacked, not an answer.
func und18cRetopic(t *embedded.Turn, p float64) (agents.Step, bool) {
	if t.Slot(slotQuizUnnamed) != "1" {
		return agents.Step{}, false
	}
	if _, _, ok := soloSeq(t); !ok || t.Slot("_seq_n") != "0" {
		t.Set(slotQuizUnnamed, "")
		return agents.Step{}, false
	}
	text := strings.TrimSpace(t.Text())
	lesson := t.Gazetteer("lesson")
	if lesson == "" || lesson == t.Slot(slotLastQuiz) || len(strings.Fields(text)) > 7 || asks(text) || strings.ContainsAny(text, "?？") ||
		namesChoice(t, text) || !und18cTopic.MatchString(text) {
		return agents.Step{}, false
	}
	t.Set(slotQuizUnnamed, "")
	t.Finish()
	return soloQuiz(t, max(p, minP)), true
}

// und18cTopicWords are the words of the tutoring data's lesson and
// section gazetteers, lower-cased: a lesson's name is no student's.
var und18cTopicWords = sync.OnceValue(func() []string {
	_, raw := (*tutoring.Tutor)(nil).ConversationData()
	var d struct {
		Gazetteers map[string][]struct {
			Words []string `json:"words"`
		} `json:"gazetteers"`
	}
	if json.Unmarshal(raw, &d) != nil {
		return nil
	}
	var ws []string
	for _, g := range []string{"lesson", "section", "lesson:named"} {
		for _, e := range d.Gazetteers[g] {
			for _, w := range e.Words {
				ws = append(ws, strings.ToLower(w))
			}
		}
	}
	return ws
})

// und18cStudents drops from the names the brain found those that are a
// lesson's words ("민지, 현우, 유나만 지진과 화산 퀴즈": 지진 is the
// lesson) or the first word of one ("on King Sejong": King).
func und18cStudents(text string, named []string) []string {
	lower := strings.ToLower(text)
	var out []string
	for _, n := range named {
		ln := strings.ToLower(strings.TrimSpace(n))
		topic := false
		next := ""
		if i := strings.Index(lower, ln); i >= 0 {
			if fs := strings.Fields(lower[i+len(ln):]); len(fs) > 0 {
				next = strings.Trim(fs[0], ",.!?")
			}
		}
		for _, w := range und18cTopicWords() {
			if w == ln || next != "" && strings.HasPrefix(w, ln+" "+next) {
				topic = true
				break
			}
		}
		if !topic {
			out = append(out, n)
		}
	}
	return out
}

// und18cQuestions counts questions asked for ("5 questions", "세 문제").
var und18cQuestions = regexp.MustCompile(`(?i)\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|some|a\s+couple\s+of)\s+(?:quick\s+|short\s+|easy\s+)?questions?\b|(?:\d{1,2}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:개\s*)?문제|문제\s*(?:\d{1,2}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:개|문항)|\bpop\s+quiz|\bquiz`)

// und18cClassQuiz: a quiz for the class asked for in other words than
// "quiz" ("give the whole class 5 questions on linear equations", "교실
// 전체 세종 퀴즈 세 문제 갑시다"): the class named, a lesson named,
// questions asked for, nothing asked or stopped.
func und18cClassQuiz(t *embedded.Turn, intent string) bool {
	text := t.Text()
	switch intent {
	case "", embedded.OutOfScope, embedded.Greet, intentAsk, intentQuiz, intentClassQuiz, "tutor_greeting", "tutor_lesson":
	default:
		return false
	}
	return namesClass(text) && und18cQuestions.MatchString(text) && (t.Gazetteer("lesson") != "" || t.Gazetteer("section") != "") &&
		!asks(text) && !strings.ContainsAny(text, "?？") && !wishesStop(text) && !resultsWords.MatchString(text)
}

// und18cEarly: a lesson of the list just shown chosen by its place or its
// name ("the second one please", "세종 그걸로 할게요"), before the brain,
// which has no list of its own to pick from and said there was none.
func und18cEarly(t *embedded.Turn) (agents.Step, bool) {
	if t.Slot("@shown") != "tutor_lessons" || t.Slot(slotWhich) != "" {
		return agents.Step{}, false
	}
	if _, _, ok := soloSeq(t); ok || quizRunning(t) {
		return agents.Step{}, false
	}
	text := strings.TrimSpace(t.Text())
	if quizWordRe.MatchString(text) || forClass(text) && !strings.Contains(strings.ToLower(text), "class") || und18cQuestion.MatchString(text) || len(strings.Fields(text)) > 10 {
		return agents.Step{}, false
	}
	if t.Gazetteer("lesson") == "" {
		if t.Ordinal() == 0 {
			return agents.Step{}, false
		}
		return und18cPicked(t, minP)
	}
	if !und18cChose.MatchString(text) && !und18cLessonVerb.MatchString(text) {
		return agents.Step{}, false
	}
	if step := t.Begin("tutor_lesson", minP); step.Call != nil || step.Say != "" {
		return step, true
	}
	return agents.Step{}, false
}

// und18cListed finds a list of given names the brain's reader missed
// ("대상은 하준, 서윤, 도윤이고", "for Mia, Leo and Sam"): two or more
// short names joined by commas or "and"/"랑"/"하고", particles trimmed.
var und18cListed = regexp.MustCompile(`([가-힣]{2,3}|[A-Z][a-z]{1,11})(?:\s*(?:,|、|및|and|&|랑|이랑|하고|와|과)\s*([가-힣]{2,3}|[A-Z][a-z]{1,11}))+`)

// und18cNotNames are words a list of names is not made of.
var und18cNotNames = map[string]bool{"학생": true, "학생들": true, "친구": true, "친구들": true, "우리": true, "저희": true, "선생님": true, "문제": true, "퀴즈": true, "수업": true, "오늘": true, "내일": true,
	"The": true, "And": true, "Quiz": true, "Class": true, "Lesson": true, "King": true, "Queen": true, "Korean": true, "English": true, "Sejong": true, "Joseon": true}

// und18cNames are the students the text names: the brain's reading less
// the lessons' words, or, when it found fewer than two, a list of names
// read from the text.
func und18cNames(t *embedded.Turn) []string {
	named := und18cStudents(t.Text(), t.Names())
	if len(named) >= 2 {
		return named
	}
	m := und18cListed.FindString(t.Text())
	if m == "" {
		return named
	}
	var out []string
	for _, f := range regexp.MustCompile(`\s*(?:,|、|및|\band\b|&)\s*|\s+`).Split(m, -1) {
		f = strings.TrimSpace(f)
		for _, suf := range []string{"이랑", "랑", "하고", "이고", "이만", "만", "이도"} {
			if r := strings.TrimSuffix(f, suf); r != f && len([]rune(r)) >= 2 {
				f = r
				break
			}
		}
		if len([]rune(f)) < 2 || und18cNotNames[f] {
			continue
		}
		out = append(out, f)
	}
	out = und18cStudents(t.Text(), out)
	if len(out) < 2 {
		return named
	}
	return out
}

// slotClassUnnamed is "1" while a class quiz runs on the lesson the tutor
// chose because the request named none.
const slotClassUnnamed = "@cq_unnamed"

// und18cClassRetopic: the lesson (and count) said right after a class
// quiz was started with none ("우리 반 퀴즈 시작하려고요" → "현재완료로,
// 열 문제") is what the quiz should be on, not an answer to its first
// question: the quiz is started again on it.
func und18cClassRetopic(t *embedded.Turn) bool {
	c := t.Class
	if c == nil || t.Slot(slotClassUnnamed) != "1" {
		return false
	}
	id, _, ok := c.Quiz(t.User.ID)
	if !ok {
		t.Set(slotClassUnnamed, "")
		return false
	}
	if who, ok := starters.Load(id); !ok || who != t.User.ID || t.Slot("@cq") == id && t.Slot("@cq_n") != "0" {
		return false
	}
	text := strings.TrimSpace(t.Text())
	if t.Gazetteer("lesson") == "" || len(strings.Fields(text)) > 8 || asks(text) || strings.ContainsAny(text, "?？") ||
		!(und18cTopic.MatchString(text) || und18cQuestions.MatchString(text)) {
		return false
	}
	t.Set(slotClassUnnamed, "")
	c.EndQuiz()
	starters.Delete(id)
	return true
}

// und18cUse asks how to use the tutor itself ("사용법 좀 알려주세요",
// "어떻게 쓰는 거예요? 처음이라", "how do I use this?"): help. A Korean
// "어떻게 써요" with a thing before it ("since는 어떻게 써요?") asks how
// to use that thing: a lesson question.
var und18cUse = regexp.MustCompile(`(?i)사용법|이용법|사용\s*방법|이용\s*방법|쓰는\s*법\s*(?:좀\s*)?(?:알려|가르쳐)|` +
	`^\W*(?:(?:이거|이건|여기|여기서|이\s*앱|너|선생님|하나\s*선생님|쌤)\s*(?:은|는|를|을)?\s*)?어떻게\s*(?:써|쓰는|쓰면|사용|이용)|` +
	`\bhow\s+(?:do|can|should|would)\s+i\s+use\s+(?:you|this|it|the\s+tutor|ms\.?\s*hana)\b|\bhow\s+(?:does|do)\s+(?:this|it|you)\s+work\b|\bhow\s+to\s+use\s+(?:you|this|it)\b|\bwhat\s+(?:do|should|can)\s+i\s+do\s+here\b`)

// und18cHelp: how to use the tutor asked, naming no lesson, is help.
func und18cHelp(t *embedded.Turn, p float64) (agents.Step, bool) {
	text := t.Text()
	if !und18cUse.MatchString(text) || t.Gazetteer("lesson") != "" || t.Gazetteer("section") != "" || mentions(text) {
		return agents.Step{}, false
	}
	t.Understood(embedded.Help, max(p, minP), nil)
	return agents.Step{Say: t.Help()}, true
}

// und18cSolved is a solution given as an equation ("x = 5", "x=-2",
// "answer: y = 3/4"): an answer to the quiz's question, not a question.
var und18cSolved = regexp.MustCompile(`(?i)^\s*(?:(?:so|ok|okay|um+|hmm+|i\s+think|i\s+got|it'?s|the\s+answer\s+is|answer:?|정답은?|답은?)[\s,:]+)*[a-z]\s*=\s*[-+]?\d+(?:[./]\d+)?\s*[.!?~]*\s*$`)

// und18cSolvedAnswer grades a solution given as an equation while the
// student's own quiz waits for an answer.
func und18cSolvedAnswer(t *embedded.Turn, p float64) (agents.Step, bool) {
	text := strings.TrimSpace(t.Text())
	quiz, q, ok := soloSeq(t)
	if !ok || !und18cSolved.MatchString(text) {
		return agents.Step{}, false
	}
	args := map[string]any{"quiz_id": quiz, "question_id": q, "answer": text, "lang": t.Lang()}
	t.Understood("tutor_answer", max(p, minP), map[string]string{"quiz_id": quiz, "question_id": q, "answer": text, "lang": t.Lang()})
	return agents.Step{Call: call("tutor_answer", args)}, true
}
