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

// A new user's trial (notes: trial 8): "잘 모르겠어요 힌트 주세요" to a quiz
// question was graded as a wrong answer. A request for a hint gets one —
// a wrong choice taken away, or the lesson's sentence with the answer
// blanked out — and the question stays open.

// hintRe asks for a hint.
var hintRe = regexp.MustCompile(`(?i)힌트|\bhints?\b|\bclues?\b|실마리`)

// slotHints counts the hints given to the open question ("quiz/question
// n").
const slotHints = "@hints"

// lessonQuestion finds a quiz question of the lessons by its id.
func lessonQuestion(id string) (tutoring.Question, *tutoring.Lesson, bool) {
	lib, err := tutoring.LoadLibrary()
	if err != nil {
		return tutoring.Question{}, nil, false
	}
	for _, l := range lib.Lessons {
		for _, q := range l.Quiz {
			if q.ID == id {
				return q, l, true
			}
		}
	}
	return tutoring.Question{}, nil, false
}

// hint is the next hint for question id (the quiz's id keeps the count
// per quiz): a wrong choice ruled out, one more each time while two are
// left; for a short answer, the section's sentence that says the answer,
// with the answer blanked, then its first letter.
func hint(t *embedded.Turn, quiz, id string) (string, bool) {
	q, l, ok := lessonQuestion(id)
	if !ok {
		return "", false
	}
	key := quiz + "/" + id
	n := 0
	if k, c, ok := strings.Cut(t.Slot(slotHints), " "); ok && k == key {
		n, _ = strconv.Atoi(c)
	}
	t.Set(slotHints, key+" "+strconv.Itoa(n+1))
	en := t.Lang() == "en"
	if len(q.Choices) > 0 {
		choices := q.Choices
		if en && len(q.ChoicesEn) == len(q.Choices) {
			choices = q.ChoicesEn
		}
		// wrong choices from the last, one more per hint, two left at least
		var out []string
		for i := len(choices) - 1; i >= 0 && len(out) <= n && len(choices)-len(out) > 2; i-- {
			if i != q.Answer {
				out = append(out, fmt.Sprintf("%d) %s", i+1, choices[i]))
			}
		}
		if len(out) == 0 {
			return t.Ko("더 줄 힌트가 없어요. 남은 보기 중에서 골라 보세요.", "I have no more hints: pick from the choices left."), true
		}
		return t.Ko("힌트: 이 보기는 답이 아니에요 — "+strings.Join(out, ", ")+".", "Hint: it's not "+strings.Join(out, " or ")+"."), true
	}
	var body string
	for _, s := range l.Sections {
		if s.ID == q.Section {
			body = s.Text
			if en && s.TextEn != "" {
				body = s.TextEn
			}
		}
	}
	var accept []string
	for _, a := range q.Accept {
		if a != "" && strings.Contains(strings.ToLower(body), strings.ToLower(a)) {
			accept = append(accept, a)
		}
	}
	if n == 0 {
		for _, s := range sentences(body) {
			blanked := s
			for _, a := range accept {
				blanked = replaceFold(blanked, a, "____")
			}
			if blanked != s {
				return t.Ko("힌트: 수업 자료에 이렇게 나와요. \""+blanked+"\"", "Hint: the lesson says \""+blanked+"\""), true
			}
		}
	}
	ans := ""
	for _, a := range q.Accept {
		if en != hasHangulRune(a) {
			ans = a
			break
		}
	}
	if ans == "" && len(q.Accept) > 0 {
		ans = q.Accept[0]
	}
	if ans == "" {
		return "", false
	}
	first := string([]rune(ans)[:1])
	return t.Ko(fmt.Sprintf("힌트: 답은 '%s'(으)로 시작하고 %d글자예요.", first, len([]rune(ans))),
		fmt.Sprintf("Hint: the answer starts with '%s' and has %d letters.", first, len([]rune(ans)))), true
}

// replaceFold replaces every s in text, in any case, with r.
func replaceFold(text, s, r string) string {
	re := regexp.MustCompile(`(?i)` + regexp.QuoteMeta(s))
	return re.ReplaceAllString(text, r)
}

func hasHangulRune(s string) bool {
	return strings.ContainsFunc(s, func(c rune) bool { return c >= 0xAC00 && c <= 0xD7A3 })
}

// soloHint gives a hint for the student's own quiz's open question and
// asks it again.
func soloHint(t *embedded.Turn, p float64) (agents.Step, bool) {
	if !hintRe.MatchString(t.Text()) {
		return agents.Step{}, false
	}
	quiz, id, ok := soloSeq(t)
	if !ok {
		return agents.Step{}, false
	}
	h, ok := hint(t, quiz, id)
	if !ok {
		return agents.Step{}, false
	}
	qtext, n, of, ok := soloQuestion(t)
	if !ok {
		return agents.Step{}, false
	}
	t.Understood("tutor_hint", max(p, minP), map[string]string{"quiz_id": quiz, "question_id": id})
	return agents.Step{Say: h + "\n" + fmt.Sprintf("%d/%d. %s", n, of, qtext)}, true
}

// classHint gives a hint for the class quiz's question the student is on.
func classHint(t *embedded.Turn, p float64) (agents.Step, bool) {
	if !hintRe.MatchString(t.Text()) || t.Class == nil {
		return agents.Step{}, false
	}
	id, qs, ok := t.Class.Quiz(t.User.ID)
	if !ok {
		return agents.Step{}, false
	}
	n, on := onQuestion(t, id, qs)
	if !on {
		return agents.Step{}, false
	}
	q, ok := question(t, qs, n)
	if !ok {
		return agents.Step{}, false
	}
	h, ok := hint(t, id, q.ID)
	if !ok {
		return agents.Step{}, false
	}
	t.Understood("tutor_hint", max(p, minP), map[string]string{"class_quiz_id": id, "question_id": q.ID})
	line := fmt.Sprintf("%d/%d. %s", n+1, len(qs), q.Prompt)
	for k, c := range q.Choices {
		line += fmt.Sprintf(" %d) %s", k+1, c)
	}
	return agents.Step{Say: h + "\n" + strings.TrimSpace(line+" "+q.Hint)}, true
}
