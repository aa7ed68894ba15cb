package classroom

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/tutoring"
)

// The student's own quiz is walked through by the conversation data (a
// sequence over tutor_quiz's questions, each answer sent to tutor_answer;
// skills/tutoring/dialogue.json). What the data cannot tell is a request
// about the quiz said in place of an answer: "skip this one", "이거
// 넘어갈래", "한 문제 더", "next question" move the quiz on — the right
// answer is shown and the next question asked — where they were graded as
// answers, or cancelled the whole quiz.

// moveOn is a request to leave the question asked and go on.
var moveOn = regexp.MustCompile(`(?i)^\s*(?:(?:please|ok|okay|um+|hmm+|그냥|음+|아+)[\s,]*)?(?:skip(?:\s+(?:this|that|it))?(?:\s+(?:one|question))?|pass|next(?:\s+(?:one|question))?(?:\s+please)?|(?:give\s+me\s+)?(?:one\s+more|another)(?:\s+(?:one|question))?(?:\s+please)?|i\s+don'?t\s+know,?\s+skip(?:\s+it)?|(?:이거|이건|이 문제|이문제)?\s*(?:넘어갈래(?:요)?|넘어가(?:자|요|줘|주세요)?|넘길래(?:요)?|넘겨(?:줘|주세요)?|건너뛸래(?:요)?|건너뛰(?:자|어|어요|어줘|어 주세요)|패스(?:할래|요)?|스킵(?:할래|요)?)|다음\s*문제(?:요|로|\s*주세요|\s*줘)?|(?:한|하나)\s*문제\s*더(?:\s*(?:줘|주세요|내줘|내\s*주세요|요))?)\s*[.!?]*\s*$`)

// soloSeq is the student's own quiz in progress: its ID and the question
// being asked, read from the sequence the data keeps in the task's slots.
func soloSeq(t *embedded.Turn) (quizID, questionID string, ok bool) {
	if t.Slot("_seq_tool") != intentQuiz || t.Slot("_seq") == "" {
		return "", "", false
	}
	var items []struct {
		ID string `json:"id"`
	}
	var root struct {
		QuizID string `json:"quiz_id"`
	}
	n, err := strconv.Atoi(t.Slot("_seq_n"))
	if err != nil || json.Unmarshal([]byte(t.Slot("_seq")), &items) != nil || json.Unmarshal([]byte(t.Slot("_seq_root")), &root) != nil || n >= len(items) || root.QuizID == "" {
		return "", "", false
	}
	return root.QuizID, items[n].ID, true
}

// soloMoveOn sends the question being asked on as skipped (an empty
// answer: tutor_answer grades it wrong, shows the answer, and the data
// asks the next question).
func soloMoveOn(t *embedded.Turn, p float64) (agents.Step, bool) {
	if !moveOn.MatchString(t.Text()) && !tutoring.Passes(t.Text()) { // "몰라 패스", "모르겠어요"
		return agents.Step{}, false
	}
	quiz, q, ok := soloSeq(t)
	if !ok {
		return agents.Step{}, false
	}
	args := map[string]any{"quiz_id": quiz, "question_id": q, "answer": "", "lang": t.Lang()}
	t.Understood("tutor_answer", max(p, minP), map[string]string{"quiz_id": quiz, "question_id": q, "answer": "", "lang": t.Lang()})
	return agents.Step{Call: call("tutor_answer", args)}, true
}

// asides are requests a student may make in the middle of their quiz —
// their progress, the lessons, help — which were graded as answers
// ("내 진도 알려줘" is three words, like an answer). Named and sure, they
// are served, and the quiz waits for the answer.
var asides = map[string]bool{intentProgress: true, "tutor_lessons": true}

func soloAside(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	if asksOwnProgress(t.Text()) {
		// "제 진도 어디까지 왔어요?", "지금까지 몇 개 맞았어?", "how many
		// did I get right so far?": the student's progress, however the
		// classifier read it (a lesson question, an answer).
		intent, p = intentProgress, max(p, minP)
	} else if !asides[intent] || p < minP || !namesRequest(t.Text()) {
		return agents.Step{}, false
	}
	q, n, of, ok := soloQuestion(t)
	if !ok || intent == intentProgress && namesChoice(t, t.Text()) {
		return agents.Step{}, false
	}
	// Read-only tools, called at once: the quiz's task is left as it is
	// (a call through the brain would end it).
	args := map[string]any{"lang": t.Lang()}
	res := t.Call(intent, args)
	if res.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	var lines []string
	switch intent {
	case intentProgress:
		ps, err := skills.Decode[[]tutoring.LessonProgress](res)
		if err != nil {
			t.Fail(err)
			return agents.Step{}, true
		}
		say := strings.TrimSuffix(progressSay(t, ps), ".")
		if right, _ := strconv.Atoi(t.Slot("_seq_right")); n > 1 {
			say = t.Ko(fmt.Sprintf("이번 퀴즈는 지금까지 %d문제 중 %d개 맞혔어요. ", n-1, right),
				fmt.Sprintf("This quiz so far: %d of %d right. ", right, n-1)) + say
		}
		lines = append(lines, say)
	default:
		ls, err := skills.Decode[[]tutoring.LessonInfo](res)
		if err != nil {
			t.Fail(err)
			return agents.Step{}, true
		}
		for _, l := range ls {
			lines = append(lines, l.Title)
		}
	}
	t.Understood(intent, p, nil)
	back := t.Ko(fmt.Sprintf(" 퀴즈로 돌아갈게요. %d/%d. %s", n, of, q), fmt.Sprintf(" Back to the quiz: %d/%d. %s", n, of, q))
	return agents.Step{Say: strings.Join(lines, "; ") + "." + back}, true
}

// soloLessonQuestion answers a lesson question asked in the middle of the
// student's own quiz ("지구 내부는 어떻게 되어 있어요?") and goes back to
// the question asked: the quiz was dropped, and the next answer ("2번")
// read "there is no list to pick from". Only a question the lessons
// answer is taken so; a short reply is an answer (the brain's guess).
// ownProgress asks for the student's own progress or score by its words:
// 진도 with whose it is or a request for it (진도 alone is also an
// earthquake's intensity, and may be an answer), a score, how many were
// right.
var ownProgress = regexp.MustCompile(`(?i)(?:내|제|나의|저의|우리)\s*진도|진도\s*(?:좀\s*)?(?:보여|알려|어디|어때|확인|체크)|어디까지\s*(?:왔|했|배웠|공부)|몇\s*(?:점|개|문제)\s*(?:나\s*)?맞|(?:내|제)\s*(?:점수|성적)|점수\s*(?:좀\s*)?(?:보여|알려|어때)|성적\s*(?:좀\s*)?(?:보여|알려|어때)|몇\s*점\s*(?:이야|이에요|예요|이지|인가요|이야\?)|\bhow\s+am\s+i\s+doing\b|\bmy\s+(?:progress|score|grades?|results)\b|\bhow\s+many\b[\w\s']{0,30}\b(?:right|correct)\b|\bwhat'?s\s+my\s+score\b|\bhow\s+far\s+(?:have\s+i|am\s+i|did\s+i)\b`)

func asksOwnProgress(text string) bool { return ownProgress.MatchString(text) }

func soloLessonQuestion(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != intentAsk || p < minP || len(strings.Fields(tutoring.Unhedge(text))) < 3 || !asks(text) && !strings.ContainsAny(text, "?？") || namesRequest(text) || recalling.MatchString(text) {
		return agents.Step{}, false
	}
	q, n, of, ok := soloQuestion(t)
	if !ok {
		return agents.Step{}, false
	}
	res := t.Call(intentAsk, map[string]any{"question": text, "lang": t.Lang()})
	if res.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	g, err := skills.Decode[tutoring.Grounded](res)
	if err != nil || !g.Covered {
		return agents.Step{}, false
	}
	t.Understood(intentAsk, p, map[string]string{"question": text, "lang": t.Lang()})
	remember(t, &res) // "자세히" goes on from this answer (see more)
	say := g.Answer
	if g.Source != nil && g.Source.Line != "" {
		say += t.Ko(" (출처: "+g.Source.Line+")", " (Source: "+g.Source.Line+")")
	}
	back := t.Ko(fmt.Sprintf("\n퀴즈로 돌아갈게요. %d/%d. %s", n, of, q), fmt.Sprintf("\nBack to the quiz: %d/%d. %s", n, of, q))
	return agents.Step{Say: say + back}, true
}

// soloOffQuestion: any other question asked while a question of the
// student's own quiz waits ("what time is it?", "오늘 날씨 어때?", a lesson
// question the lessons do not cover) was graded as the answer, or ended
// the quiz. A text worded as a question — a question word and a question's
// form — that names none of the choices and gives no answer is answered
// when the lessons cover it, said to be outside them when not, and the
// quiz question stays open for its answer.
func soloOffQuestion(t *embedded.Turn, p float64) (agents.Step, bool) {
	text := strings.TrimSpace(t.Text())
	explain := explainAsked(text)
	if t.Ordinal() != 0 || !offQuestion(text) && !breaksIn(text) && !explain || namesRequest(text) && !explain {
		return agents.Step{}, false
	}
	q, n, of, ok := soloQuestion(t)
	if !ok || namesChoice(t, text) {
		return agents.Step{}, false
	}
	say := aside(t, text)
	t.Understood(intentAsk, max(p, minP), map[string]string{"question": text, "lang": t.Lang()})
	back := t.Ko(fmt.Sprintf("\n퀴즈로 돌아갈게요. %d/%d. %s", n, of, q), fmt.Sprintf("\nBack to the quiz: %d/%d. %s", n, of, q))
	return agents.Step{Say: say + back}, true
}

var (
	// offAskWord is a question word: an English one as a word, a Korean
	// one anywhere ("지금 몇 시야?", "점심 뭐 먹을까?").
	offAskWord = regexp.MustCompile(`(?i)\b(?:what|what's|whats|why|how|when|where|who|whom|whose|which)\b|뭐|무엇|무슨|몇|어떻게|어떤|어때|왜|언제|어디|누구|누가|얼마`)
	// offAskForm is a question's form: a question mark, or a Korean
	// question ending.
	offAskForm = regexp.MustCompile(`[?？]\s*$|(?:야|니|냐|나요|가요|까요?|어때|어때요|래|죠|지|예요|에요|인가요?|었지|였지|는데)\s*[.!~]*$`)
	// offAnswer gives an answer however it is worded ("the answer is
	// what, oxygen?", "정답은 뭐냐면 산소").
	offAnswer = regexp.MustCompile(`(?i)\banswer\b|정답|답은|답이`)
)

// explainRe asks to be told about a topic ("양자역학 설명해줘", "explain
// black holes", "tell me about DNA", "블랙홀에 대해 알려줘"): a request of
// its own, never an answer (trial18 k6: graded as the quiz's answer).
// explainNoTopic is one about the question itself ("답 알려줘", "힌트 좀").
var (
	explainRe      = regexp.MustCompile(`(?i)^\s*(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:explain|describe|teach\s+me(?:\s+about)?|tell\s+me\s+(?:about|what)|what\s+do\s+you\s+know\s+about)\s+\S|\S\s*(?:(?:에|에\s*대해|에\s*대해서|이|가|을|를|좀|이\s*뭔지|가\s*뭔지|뭔지)\s*)?(?:설명(?:해|\s*좀|\s*부탁)|가르쳐|알려\s*(?:줘|주세요|줄래|줄\s*수))`)
	explainNoTopic = regexp.MustCompile(`(?i)\b(?:answer|hint|clue|question|quiz|more|again|it|that|this)\b|정답|답\s|^답|힌트|문제|퀴즈|모르|몰라|^\s*(?:좀\s*)?더\s|자세히|다시|그거|이거|그것|이것|쉽게|얼마나|몇\s*(?:개|문제|점)|맞혔|맞췄|맞았|맞춘|점수|진도|성적|\b(?:score|progress|how\s+many|how\s+am\s+i|how\s+did\s+i)\b`)
)

func explainAsked(text string) bool {
	return len(strings.Fields(text)) >= 2 && explainRe.MatchString(text) && !explainNoTopic.MatchString(text) && !offAnswer.MatchString(text) && !recalling.MatchString(text)
}

// offQuestion: text is worded as a question of its own — two words or
// more, a question word and a question's form — and gives no answer.
func offQuestion(text string) bool {
	return len(strings.Fields(text)) >= 2 && offAskWord.MatchString(text) && offAskForm.MatchString(text) && !offAnswer.MatchString(text) && !recalling.MatchString(text)
}

// recalling opens an answer with the words of one trying to remember it
// ("뭐더라… 엽록체?", "what was it, chloroplast?"): an answer, not a
// question.
var (
	recalling  = regexp.MustCompile(`(?i)^\s*(?:(?:음+|um+|hmm+)[\s,.…]*)?(?:뭐더라|뭐였더라|뭐지|뭐였지|what\s+was\s+it|what'?s\s+it\s+called|what\s+is\s+it)[\s,.…!?]+\S`)
	recallLead = regexp.MustCompile(`(?i)^\s*(?:(?:음+|um+|hmm+)[\s,.…]*)?(?:뭐더라|뭐였더라|뭐지|뭐였지|what\s+was\s+it|what'?s\s+it\s+called|what\s+is\s+it)[\s,.…!?]+`)
)

// soloRecalled grades an answer said while remembering it ("뭐더라…
// 엽록체?", "what was it... chloroplast?") on the words after the
// remembering: it was read as a lesson question, or graded with them.
func soloRecalled(t *embedded.Turn, p float64) (agents.Step, bool) {
	text := t.Text()
	quiz, q, ok := soloSeq(t)
	if !ok || !recalling.MatchString(text) {
		return agents.Step{}, false
	}
	answer := strings.TrimSpace(recallLead.ReplaceAllString(text, ""))
	if u := tutoring.Unhedge(answer); u != "" {
		answer = u
	}
	if answer == "" || len(strings.Fields(answer)) > 4 {
		return agents.Step{}, false
	}
	args := map[string]any{"quiz_id": quiz, "question_id": q, "answer": answer, "lang": t.Lang()}
	t.Understood("tutor_answer", max(p, minP), map[string]string{"quiz_id": quiz, "question_id": q, "answer": answer, "lang": t.Lang()})
	return agents.Step{Call: call("tutor_answer", args)}, true
}

// namesChoice: text names a choice of the question being asked (or its
// number): "which is it, 3) oxygen?" answers it.
func namesChoice(t *embedded.Turn, text string) bool {
	var items []tutoring.QuizQuestion
	i, err := strconv.Atoi(t.Slot("_seq_n"))
	if err != nil || json.Unmarshal([]byte(t.Slot("_seq")), &items) != nil || i >= len(items) {
		return false
	}
	lower := strings.ToLower(text)
	for _, c := range items[i].Choices {
		if c = strings.ToLower(strings.TrimSpace(c)); c != "" && strings.Contains(lower, c) {
			return true
		}
	}
	return false
}

// soloQuestion is the question of the student's quiz being asked, with
// its choices, its number and the quiz's length.
func soloQuestion(t *embedded.Turn) (q string, n, of int, ok bool) {
	if t.Slot("_seq_tool") != intentQuiz {
		return "", 0, 0, false
	}
	var items []tutoring.QuizQuestion
	i, err := strconv.Atoi(t.Slot("_seq_n"))
	if err != nil || json.Unmarshal([]byte(t.Slot("_seq")), &items) != nil || i >= len(items) {
		return "", 0, 0, false
	}
	q = items[i].Prompt
	for k, c := range items[i].Choices {
		q += fmt.Sprintf(" %d) %s", k+1, c)
	}
	if items[i].Hint != "" {
		q += " " + items[i].Hint
	}
	return q, i + 1, len(items), true
}

// oneMore asks for another question once the quiz is over ("one more
// question", "한 문제 더", "another one"): one more, on the lesson of the
// last quiz.
var oneMore = regexp.MustCompile(`(?i)^\s*(?:(?:ok|okay|please|그럼|음+)[\s,]*)?(?:(?:give\s+me\s+|can\s+i\s+have\s+|i\s+want\s+)?(?:one\s+more|another)(?:\s+(?:one|question|quiz question))?(?:\s+please)?|(?:한|하나)\s*(?:문제|개)\s*더(?:\s*(?:줘|주세요|내줘|내\s*주세요|요|풀래|풀래요))?|다음\s*문제(?:요|\s*주세요|\s*줘)?)\s*[.!?]*\s*$`)

// slotLastQuiz remembers the lesson of the student's last quiz.
const slotLastQuiz = "@last_quiz"

func soloOneMore(t *embedded.Turn, p float64) (agents.Step, bool) {
	lesson := t.Slot(slotLastQuiz)
	if lesson == "" || !oneMore.MatchString(t.Text()) {
		return agents.Step{}, false
	}
	if _, _, ok := soloSeq(t); ok {
		return agents.Step{}, false // (in a quiz, it moves the quiz on: soloMoveOn)
	}
	t.Start(intentQuiz)
	t.Understood(intentQuiz, max(p, minP), map[string]string{"lesson_id": lesson, "count": "1", "lang": t.Lang()})
	return agents.Step{Call: call(intentQuiz, map[string]any{"lesson_id": lesson, "count": 1, "lang": t.Lang()})}, true
}

// rememberQuiz keeps the lesson of a quiz started, for "one more".
func rememberQuiz(t *embedded.Turn, r *skills.Result) {
	if r.Status != skills.StatusOK {
		return
	}
	if q, err := skills.Decode[tutoring.Quiz](*r); err == nil && q.LessonID != "" {
		t.Set(slotLastQuiz, q.LessonID)
	}
}
