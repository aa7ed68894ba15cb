package embedded

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/skills"
)

// classroom handles the tutor's class-wide session: raised hands answered
// in turn, and the class quiz. ok is false when the sentence is not about
// the class, so the usual handling goes on.
func (t *turn) classroom(intent, text string) (agents.Step, bool) {
	c, me := t.Class, t.User.ID
	switch intent {
	case "raise_hand":
		if pos := c.Raise(me); pos > 0 {
			return agents.Step{Say: t.ko(fmt.Sprintf("손 드신 것 봤어요. %d번째 순서예요. 차례가 되면 알려 드릴게요.", pos),
				fmt.Sprintf("I see your hand: you're number %d in line. I'll tell you when it's your turn.", pos))}, true
		}
		return agents.Step{Say: t.ko("네, 말씀하세요.", "Yes, go ahead.")}, true
	case "class_quiz":
		var roster []string
		for _, u := range c.Present() {
			roster = append(roster, u.ID)
		}
		if len(roster) == 0 {
			roster = []string{me}
		}
		lesson, ok := lookup(text, lex.Topics)
		if !ok {
			lesson = t.lastLesson()
		}
		t.start("class_quiz")
		return agents.Step{Call: call("tutor_class_quiz_start", map[string]any{"lesson_id": lesson, "students": roster, "count": 3})}, true
	case "class_end":
		c.EndQuiz()
		return agents.Step{Say: t.ko("반 퀴즈를 마칠게요. 모두 수고했어요!", "That's the end of the class quiz. Well done, everyone!")}, true
	}
	// An answer to the class quiz in progress.
	if id, qs, ok := c.Quiz(me); ok && intent != "ask" || ok && isShortAnswer(text) {
		if t.slot("cq") != id {
			t.set("cq", id)
			t.set("cq_n", "0")
		}
		n, _ := strconv.Atoi(t.slot("cq_n"))
		if n < len(qs) {
			var q quizQ
			json.Unmarshal([]byte(qs[n]), &q)
			t.st.Intent = "class_answer"
			return agents.Step{Call: call("tutor_class_answer", map[string]any{"class_quiz_id": id, "question_id": q.ID, "answer": text})}, true
		}
	}
	// Floor control: while someone has the floor, others wait their turn.
	if floor := c.Floor(); floor != "" && (intent == "ask" || intent == "" && !isShortAnswer(text)) {
		if floor != me {
			pos := c.Raise(me)
			return agents.Step{Say: t.ko(fmt.Sprintf("지금은 다른 친구 차례예요. 손을 올려 두었어요: %d번째예요.", pos),
				fmt.Sprintf("Someone else has the floor; I've put your hand up: you're number %d.", pos))}, true
		}
		t.start("ask")
		t.set("release", "1") // answer, then pass the floor on
		return agents.Step{Call: call("tutor_ask", map[string]any{"question": text})}, true
	}
	return agents.Step{}, false
}

// isShortAnswer: a few words, like an answer rather than a question.
func isShortAnswer(s string) bool {
	return len(strings.Fields(s)) <= 3 && !strings.ContainsAny(s, "?？")
}

func (t *turn) classStarted(r *skills.Result) agents.Step {
	var cq struct {
		ID        string  `json:"class_quiz_id"`
		Lesson    string  `json:"lesson_id"`
		Questions []quizQ `json:"questions"`
		Students  int     `json:"students"`
	}
	json.Unmarshal(r.Data, &cq)
	var qs, roster []string
	for _, q := range cq.Questions {
		b, _ := json.Marshal(q)
		qs = append(qs, string(b))
	}
	for _, u := range t.Class.Present() {
		roster = append(roster, u.ID)
	}
	if len(roster) == 0 {
		roster = []string{t.User.ID}
	}
	t.Class.StartQuiz(cq.ID, cq.Lesson, qs, roster)
	t.finish()
	if len(cq.Questions) > 0 {
		t.Class.Broadcast(*t.quizCard(cq.Questions[0], 1, len(cq.Questions)))
	}
	return agents.Step{Say: t.ko(fmt.Sprintf("반 전체 퀴즈를 시작했어요! %d명 모두 선생님께 답을 말해 주세요. 첫 문제: %s", cq.Students, cq.Questions[0].Prompt),
		fmt.Sprintf("Class quiz started for %d students! Tell me your answers. First question: %s", cq.Students, cq.Questions[0].Prompt))}
}

func (t *turn) classGraded(r *skills.Result) agents.Step {
	var g struct {
		Correct     bool
		Expected    string
		Explanation string
		Remaining   int
	}
	json.Unmarshal(r.Data, &g)
	t.st.Intent = ""
	id, qs, _ := t.Class.Quiz(t.User.ID)
	n, _ := strconv.Atoi(t.slot("cq_n"))
	n++
	t.set("cq_n", strconv.Itoa(n))
	say := t.ko("정답! ", "Correct! ")
	if !g.Correct {
		say = t.ko(fmt.Sprintf("아쉬워요, 정답은 %s. ", g.Expected), fmt.Sprintf("Not quite: %s. ", g.Expected))
	}
	// Live results for the whole room (counts only, no names).
	if res := t.Call("tutor_class_results", map[string]any{"class_quiz_id": id}); res.Status == skills.StatusOK {
		var cr struct {
			Students    int
			Answered    int
			PerQuestion []struct {
				QuestionID string `json:"question_id"`
				Correct    int
				Wrong      int
				Missing    int
			} `json:"per_question"`
		}
		json.Unmarshal(res.Data, &cr)
		card := protocol.Card{Kind: protocol.CardResults, Title: t.ko(fmt.Sprintf("반 퀴즈 결과 (%d/%d명 완료)", cr.Answered, cr.Students), fmt.Sprintf("Class quiz (%d/%d done)", cr.Answered, cr.Students))}
		for i, pq := range cr.PerQuestion {
			card.Items = append(card.Items, protocol.CardItem{ID: pq.QuestionID, Title: fmt.Sprintf("%d번", i+1),
				Subtitle: fmt.Sprintf("정답 %d · 오답 %d · 미응답 %d", pq.Correct, pq.Wrong, pq.Missing)})
		}
		t.Class.Broadcast(card)
	}
	if n < len(qs) {
		var q quizQ
		json.Unmarshal([]byte(qs[n]), &q)
		return agents.Step{Card: t.quizCard(q, n+1, len(qs)), Say: say + fmt.Sprintf("%d/%d. %s", n+1, len(qs), q.Prompt)}
	}
	return agents.Step{Say: say + t.ko("반 퀴즈를 다 풀었어요. 결과는 화면에서 볼 수 있어요.", "You've finished the class quiz; the results are on the board.")}
}
