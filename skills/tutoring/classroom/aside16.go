package classroom

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/tutoring"
)

// A new user's trial (round 16): in the middle of a quiz, "잠깐 근데 광합성은
// 어디서 일어나요?" and "wait, what's a variable?" — questions that break
// into it — were taken for answers, or answered and the quiz dropped (the
// next answer, "4", read "there is no list to pick from"). A question
// during a quiz, the student's own or the class's, is answered (or said to
// be outside the lessons) and the quiz's question is asked again; it is
// never graded.

// interrupts opens a text that breaks into the talk ("wait,", "hold on",
// "잠깐만요", "근데"): what follows is said of its own.
var interrupts = regexp.MustCompile(`(?i)^\s*(?:(?:wait(?:\s+a\s+(?:sec|second|minute))?|hold\s+on|hang\s+on|one\s+sec|sorry|btw|by\s+the\s+way|quick\s+question|oh|um+|hmm+|hey|잠깐만요|잠깐만|잠깐요|잠시만요|잠깐|근데요|근데|그런데요|그런데|아\s*참|저기요|저기)[\s,.…!~:-]+)+`)

// uninterrupted is text without the words that break into the talk.
func uninterrupted(text string) string {
	return strings.TrimSpace(interrupts.ReplaceAllString(text, ""))
}

// breaksIn: text opens with words that break into the talk and what
// follows is worded as a question ("wait what is a variable", no question
// mark).
func breaksIn(text string) bool {
	rest := uninterrupted(text)
	return rest != strings.TrimSpace(text) && len(strings.Fields(rest)) >= 2 && asks(rest) && !offAnswer.MatchString(rest) && !recalling.MatchString(rest)
}

// classOffQuestion answers a question asked while the class quiz waits
// for the student's answer, and asks the student's question again.
func classOffQuestion(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	c, me, text := t.Class, t.User.ID, strings.TrimSpace(t.Text())
	if c == nil || t.Ordinal() != 0 || !(offQuestion(text) || breaksIn(text)) || namesRequest(text) || notAnswers[intent] && p >= minP {
		return agents.Step{}, false
	}
	id, qs, ok := c.Quiz(me)
	if !ok {
		return agents.Step{}, false
	}
	n, on := onQuestion(t, id, qs)
	if !on {
		return agents.Step{}, false
	}
	q, ok := question(t, qs, n)
	if !ok {
		return agents.Step{}, true
	}
	lower := strings.ToLower(text)
	for _, ch := range q.Choices {
		if ch != "" && strings.Contains(lower, strings.ToLower(ch)) {
			return agents.Step{}, false // a choice named: an answer, however worded
		}
	}
	say := aside(t, text)
	t.Understood(intentAsk, max(p, minP), map[string]string{"question": text, "lang": t.Lang()})
	prompt := q.Prompt
	for k, ch := range q.Choices {
		prompt += fmt.Sprintf(" %d) %s", k+1, ch)
	}
	if q.Hint != "" {
		prompt += " " + q.Hint
	}
	back := t.Ko(fmt.Sprintf("\n퀴즈로 돌아갈게요. %d/%d. %s", n+1, len(qs), prompt), fmt.Sprintf("\nBack to the quiz: %d/%d. %s", n+1, len(qs), prompt))
	return agents.Step{Say: say + back, Card: quizCard(t, q, n+1, len(qs))}, true
}

// aside is the lessons' answer to a question asked in the middle of a
// quiz, or that they do not cover it; the quiz's task is left as it is (a
// call through the brain would end it).
func aside(t *embedded.Turn, text string) string {
	say := t.Ko("그 내용은 우리 수업 자료에 없어서 정확히 답할 수 없어요. 지어내서 말하지 않을게요.", "Our lessons don't cover that, so I won't guess.")
	res := t.Call(intentAsk, map[string]any{"question": text, "lang": t.Lang()})
	if res.Status == skills.StatusOK {
		remember(t, &res) // "자세히" goes on from a covered answer, and from nothing older
		if g, err := skills.Decode[tutoring.Grounded](res); err == nil && g.Covered {
			say = g.Answer
			if g.Source != nil && g.Source.Line != "" {
				say += t.Ko(" (출처: "+g.Source.Line+")", " (Source: "+g.Source.Line+")")
			}
		}
	}
	return say
}
