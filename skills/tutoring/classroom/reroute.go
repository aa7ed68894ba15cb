package classroom

import (
	"regexp"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills/tutoring"
)

// A lesson question the classifier placed elsewhere — the class's results
// (shown as the student's progress when no class quiz runs), a greeting ("친한
// 친구한테도 안녕하세요 해야돼?" names the greeting it asks about), help,
// the student's progress ("how many letters did the original alphabet
// have" sounds like a count of their own), a quiz ("문제 푸는 방법 알려줘")
// or the lesson list — never reached the answer step: the student got a
// greeting or their progress instead of the answer the lessons have. A
// text worded as a question or a request to be taught, that asks for none
// of those things by name, and that the lessons answer (the same retrieval
// tutor_ask runs, so precision holds: "not covered" questions stay where
// the classifier put them), is asked.

// elsewhere are the intents a lesson question was taken for.
var elsewhere = map[string]bool{embedded.Greet: true, embedded.Help: true, embedded.OutOfScope: true,
	intentProgress: true, intentQuiz: true, intentResults: true, "tutor_greeting": true, "tutor_lessons": true, "tutor_lesson": true}

// byName: words that ask for a quiz, progress, the lessons or help by
// name; a text with one is what the classifier took it for. (진도 alone
// is also an earthquake's intensity: "진도 7은 얼마나 세요?")
var byName = []string{"퀴즈", "문제 내", "문제내", "문제 줘", "문제 더", "시험 봐", "테스트", "내 진도", "진도 알려", "진도 보여", "학습 진도", "진도 어때", "진도는 어", "성적", "점수", "수업 목록", "무슨 수업", "어떤 수업", "배울 수 있",
	"도움말", "뭘 할 수", "뭐 할 수", "뭐 공부", "뭘 공부", "무엇을 공부", "부분", "파트", "단원", "섹션", "챕터",
	// the lesson itself, asked to be gone through ("광합성 수업 보여줘",
	// "explain X to me from the start", "can we go through …"), and what
	// to ask or how to begin ("what could I ask you about …", "처음 왔는데
	// 어떻게 시작해요?"): requests by name, not questions for the lessons.
	// (뭐부터 alone is not: "괄호 있는 방정식은 뭐부터 해요?", "흔들리면
	// 뭐부터 해야 돼요?" ask a lesson's first step; with no topic the
	// lessons do not answer it and the classifier's reading stands.)
	"수업 보여", "수업 내용", "수업 해", "수업 들", "수업 시작", "수업 진행", "처음부터", "차근차근", "from the start", "from the beginning", "from scratch",
	"go through", "walk me through", "take me through", "the lesson", "lesson on", "lesson about",
	"뭘 물어", "뭐 물어", "무엇을 물어", "뭘 질문", "뭐 질문", "어떤 질문", "질문 예시", "물어볼 수 있", "물어봐도 되는 게",
	"what could i ask", "what can i ask", "what should i ask", "what kind of questions", "what questions",
	"good to ask", "worth asking", "good questions", "questions to ask", "should i be asking",
	"teach me about", "teach us about", "i want to learn about", "i wanna learn about", "i'd like to learn about",
	"처음 왔", "처음인데", "처음이에요", "어떻게 시작", "뭐부터 시작", "무엇부터 시작", "뭐부터 공부", "무엇부터 공부", "뭐부터 배", "무엇부터 배", "뭐부터 물어", "how do i start", "how do i begin", "where do i start", "where should i start", "i'm new", "first time here",
	// where to begin, how well the student does, the class's results
	// ("어디서부터 시작해야 할지 모르겠어요", "지금까지 얼마나 잘하고 있는지",
	// "show me the live results", "단체 퀴즈 정답률"): requests by name.
	"어디서부터", "어디부터", "where to start", "where to begin", "what to ask", "any ideas", "얼마나 잘", "잘하고 있는지", "잘했는지", "how well am i", "how well have i",
	// (결과 only as results asked for: "결과물" is photosynthesis's
	// products, "재료랑 결과물" a lesson question — the lead's clean-clone
	// CI of the merged round, TestClassQuizAfterOwnQuiz)
	"퀴즈 결과", "결과 보여", "결과 알려", "결과 좀", "결과는 어", "결과 어때", "실시간 결과", "정답률", "평균", "results", "average", "scoreboard", "leaderboard",
	"what should i study", "what to study", "section", "chapter", " unit", " part ", "quiz", "test me", "progress", "how am i doing", "my score", "my grade", "lessons", "what can you", "what do you teach", "고마워", "고마웠", "감사했", "thank"}

// greetingOpens: a text that opens with a greeting ("선생님 안녕하세요!
// 오늘은 …", "hi teacher, …") greets; one that asks about a greeting
// ("친한 친구한테도 안녕하세요 해야돼?") does not open with it.
var greetingOpens = regexp.MustCompile(`(?i)^\s*(?:(?:선생님|쌤|teacher)[\s,!]*)?(?:안녕하세요|안녕|하이|hi|hello|hey|good morning|good afternoon)(?:[\s,!.~]|$)`)

// greetingAsked: a text that opens with the greeting it asks about
// ("안녕하세요 뜻이 뭐예요?", "안녕하세요는 언제 써요?") does not greet
// (notes: trial 10).
var greetingAsked = regexp.MustCompile(`^\s*(?:안녕하세요|안녕)\s?(?:(?:은|는|이라는|라는|이란|란|이라고|라고|가|이)\s|(?:은|는|이라는|라는|이란|란)?\s?(?:뜻|의미|말이|표현|인사말|인사는|언제|누구))`)

func namesRequest(text string) bool {
	if greetingOpens.MatchString(text) && !greetingAsked.MatchString(text) {
		return true
	}
	if suggestRe.MatchString(text) && !quizWordRe.MatchString(text) || und18cUse.MatchString(text) {
		// (und18c: questions to ask, or how to use the tutor, asked for)
		return true
	}
	lower := " " + strings.ToLower(text) + " "
	for _, w := range byName {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// reroute asks the lessons a question the classifier placed elsewhere.
func reroute(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	sum := intent == "tutor_lesson" && summary.MatchString(text)
	if !(elsewhere[intent] || intent == embedded.Cancel && mentions(text)) || !asks(text) && !strings.ContainsAny(text, "?？") && !asksMeaning(text) && !asksWay(text) && !sum || namesRequest(text) || len([]rune(text)) < 6 {
		return agents.Step{}, false
	}
	if _, _, ok := soloSeq(t); ok {
		return agents.Step{}, false // an answer to the quiz
	}
	if c := t.Class; c != nil {
		if _, _, ok := c.Quiz(t.User.ID); ok {
			return agents.Step{}, false
		}
	}
	lib, err := tutoring.LoadLibrary()
	if err != nil {
		return agents.Step{}, false
	}
	g := lib.Ask(text, "", t.Lang())
	if !g.Covered {
		return agents.Step{}, false
	}
	if sum && !asks(text) && !strings.ContainsAny(text, "?？") {
		// "일차방정식 푸는 순서 좀 정리해 주세요": a summary of one part of
		// a lesson, which the lesson view (its first section, when the
		// classifier named no part) does not show. A summary the first
		// section gives ("광합성 정리해 줘") stays the lesson view.
		if l, ok := lib.Lesson(g.Source.LessonID); !ok || len(l.Sections) == 0 || l.Sections[0].ID == g.Source.SectionID {
			return agents.Step{}, false
		}
	}
	if step, ok := onTheFloor(t, p); ok {
		// (a question while someone has the class's floor waits its turn,
		// however the classifier placed it: "등식의 성질이 뭐예요?" reads
		// as the lesson part)
		return step, true
	}
	t.Start(intentAsk)
	t.Understood(intentAsk, max(p, minP), map[string]string{"question": text, "lang": t.Lang()})
	return agents.Step{Call: call(intentAsk, map[string]any{"question": text, "lang": t.Lang()})}, true
}

// A quoted sentence is mentioned, not said: "is 'I have finished it last
// night' correct?" asks about the sentence, and its "finished" is no
// request to stop — the classifier took it for one (cancel) and the
// student read "All right." A quote opens after a space or at the start
// (the apostrophe of "don't" opens none) and holds at least two words.
var quoted = regexp.MustCompile(`(?:^|[\s(:])['"‘“][^'"’”]*\S\s+\S[^'"’”]*['"’”]`)

// mentions reports a text that quotes a sentence and asks about it.
func mentions(text string) bool {
	return quoted.MatchString(text) && (strings.ContainsAny(text, "?？") || asks(text))
}

// asksWay: a request for the way to do something, without a question word
// or mark ("활용 문제에서 식 세우는 방법 좀요ㅠㅠ", "이항하는 법 좀"): the
// classifier read it as help; the lessons' answer decides (precision holds
// as for any rerouted text).
var waysRe = regexp.MustCompile(`방법|하는\s?법|는\s?법\b|푸는\s?법|세우는\s?법|(?i)\bhow to\b`)

func asksWay(text string) bool { return waysRe.MatchString(text) }

// summary asks for a part of a lesson summed up ("푸는 순서 정리해 줘",
// "sum up how magma forms").
var summary = regexp.MustCompile(`(?i)정리|요약|\bsum(marise|marize)?\s+up\b|\bsummar(y|ise|ize)\b|\brecap\b`)

// asksMeaning: "일차방정식 뜻좀", "이항 의미" ask what a term means.
func asksMeaning(text string) bool {
	for _, w := range []string{"뜻", "의미", "정의", "meaning", "definition", "define"} {
		if strings.Contains(strings.ToLower(text), w) {
			return true
		}
	}
	return false
}
