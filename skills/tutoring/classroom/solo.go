package classroom

import (
	"encoding/json"
	"regexp"
	"strconv"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
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
	if !moveOn.MatchString(t.Text()) {
		return agents.Step{}, false
	}
	quiz, q, ok := soloSeq(t)
	if !ok {
		return agents.Step{}, false
	}
	args := map[string]any{"quiz_id": quiz, "question_id": q, "answer": ""}
	t.Understood("tutor_answer", max(p, minP), map[string]string{"quiz_id": quiz, "question_id": q, "answer": ""})
	return agents.Step{Call: call("tutor_answer", args)}, true
}
