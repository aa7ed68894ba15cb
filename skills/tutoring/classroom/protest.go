package classroom

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/tutoring"
)

// A student who objects to a grading ("wait i said oxygen, thats the
// right answer!", "맞게 썼는데 왜 틀려요?") was answered "our lessons
// don't cover that". The answer last graded is kept; an objection right
// after it has it graded again (tutor_answer's recheck): right after all,
// the mark is corrected and the student told so; wrong, the student reads
// what they answered and the right answer.

// protestRe: an objection to the last mark, in either language.
var protestRe = regexp.MustCompile(`(?i)(?:\bi\s+said\b|that'?s\s+(?:the\s+)?(?:right|correct)|thats\s+(?:the\s+)?(?:right|correct)|\bi\s+was\s+right\b|i\s+got\s+it\s+right|\bit\s+(?:was|is)\s+(?:right|correct)\b|why\s+(?:is|was)\s+(?:it|that|mine|my\s+answer)\s+wrong|marked\s+(?:it|me|that)\s+wrong|not\s+wrong|맞잖아|맞는데|맞았는데|맞게\s*(?:썼|말했|했)|정답(?:인데|이잖아|이에요!|이라고)|라고\s*했(?:잖아|는데)|왜\s*틀(?:려|렸|린)|틀린\s*거\s*아니)`)

// slotGraded is the answer last graded: what recheck needs.
const slotGraded = "@graded"

type gradedAnswer struct {
	Quiz     string `json:"quiz"`
	Question string `json:"question"`
	Answer   string `json:"answer"`
	Correct  bool   `json:"correct"`
	Expected string `json:"expected"`
}

// slotAnswering is the quiz question open while the student speaks, and
// what they said (the answer, if the turn grades it).
const slotAnswering = "@answering"

// noteAnswering keeps what the student says to an open question.
func noteAnswering(t *embedded.Turn) {
	quiz, q, ok := soloSeq(t)
	if !ok {
		t.Set(slotAnswering, "")
		return
	}
	b, _ := json.Marshal(gradedAnswer{Quiz: quiz, Question: q, Answer: t.Text()})
	t.Set(slotAnswering, string(b))
}

// noteGraded keeps the answer tutor_answer graded.
func noteGraded(t *embedded.Turn, r *skills.Result) {
	if r.Status != skills.StatusOK || t.Slot(slotAnswering) == "" {
		return
	}
	var a gradedAnswer
	g, err := skills.Decode[tutoring.Graded](*r)
	if err != nil || json.Unmarshal([]byte(t.Slot(slotAnswering)), &a) != nil {
		return
	}
	t.Set(slotAnswering, "")
	if g.Skipped {
		t.Set(slotGraded, "")
		return
	}
	a.Correct, a.Expected = g.Correct, g.Expected
	b, _ := json.Marshal(a)
	t.Set(slotGraded, string(b))
}

// protest re-checks the answer last graded when the student objects.
func protest(t *embedded.Turn, p float64) (agents.Step, bool) {
	var a gradedAnswer
	if t.Slot(slotGraded) == "" || !protestRe.MatchString(t.Text()) || json.Unmarshal([]byte(t.Slot(slotGraded)), &a) != nil {
		return agents.Step{}, false
	}
	if a.Correct {
		t.Understood("tutor_answer", max(p, minP), nil)
		return agents.Step{Say: t.Ko(fmt.Sprintf("네, “%s”는 정답으로 채점했어요.", a.Answer),
			fmt.Sprintf("Yes: “%s” was marked right.", a.Answer))}, true
	}
	t.Set("@rechecking", "1")
	args := map[string]any{"quiz_id": a.Quiz, "question_id": a.Question, "answer": a.Answer, "lang": t.Lang(), "recheck": true}
	t.Understood("tutor_answer", max(p, minP), map[string]string{"quiz_id": a.Quiz, "question_id": a.Question, "answer": a.Answer, "recheck": "true"})
	return agents.Step{Call: call("tutor_answer", args)}, true
}

// rechecked says what the recheck found.
func rechecked(t *embedded.Turn, r *skills.Result) (agents.Step, bool) {
	if t.Slot("@rechecking") == "" {
		return agents.Step{}, false
	}
	t.Set("@rechecking", "")
	var a gradedAnswer
	g, err := skills.Decode[tutoring.Graded](*r)
	if r.Status != skills.StatusOK || err != nil || json.Unmarshal([]byte(t.Slot(slotGraded)), &a) != nil {
		return agents.Step{Say: t.Ko("채점을 다시 확인하지 못했어요.", "I couldn't check that grading again.")}, true
	}
	if g.Corrected {
		t.Set(slotGraded, "")
		return agents.Step{Say: t.Ko(fmt.Sprintf("다시 보니 “%s”는 정답이 맞아요. 제가 잘못 채점했어요, 미안해요! 점수를 고쳤어요. 이 단원 전체로 보면 숙달도는 %d%%예요.", a.Answer, g.Mastery),
			fmt.Sprintf("You're right, “%s” is correct. I marked it wrong by mistake, sorry! I've fixed your score: across the whole lesson, your mastery is %d%%.", a.Answer, g.Mastery))}, true
	}
	// (the mark stands: a second objection, "아니 내 답 맞잖아요!", is
	// answered by the same recheck, not taken for a lesson question)
	return agents.Step{Say: t.Ko(fmt.Sprintf("다시 확인했어요. 답을 “%s”라고 하셨는데, 정답은 %s라서 틀린 걸로 두었어요. 복습할 때 다시 나올 거예요.", a.Answer, strings.TrimSpace(g.Expected)),
		fmt.Sprintf("I checked again. You answered “%s”, and the answer is %s, so it stays wrong. It will come back for review.", a.Answer, strings.TrimSpace(g.Expected)))}, true
}
