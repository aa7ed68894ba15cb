package classroom

import (
	"regexp"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/tutoring"
)

// A new user's trial (notes: trial 9): "오늘 배운거 어디까지 했는지 알려줘"
// read a present-perfect sentence ("How long have you studied English?" —
// 했는지 matched it), and "Hi! Whats todays lesson about?" read a sentence
// about the four commanderies ("much like today's"). A question about the
// student's own progress, or about what today's lesson is, is about the
// class, not a topic of the lessons: it is never asked of them.
var (
	// howFarRe asks how far the student has got.
	howFarRe = regexp.MustCompile(`(?i)어디까지\s*(?:했|한|배웠|배운|왔|온|나갔|나간|진행|공부|들었|봤)|(?:지금까지|여태|여태까지|오늘)\s*(?:얼마나|몇\s*개나?)\s*(?:했|배웠|풀었|공부했|진행했)|\bhow\s+far\s+(?:along\s+)?(?:have|did|am|are|had|has)\s+(?:i|we)\b|\bhow\s+far\s+(?:i|we)(?:'ve|\s+have|\s+are|'re)?\s+(?:got|gotten|come|gone)\b|\bwhat\s+(?:have|did)\s+(?:i|we)\s+(?:covered|cover|done|do|finished|studied|learned|learnt)\s+(?:so\s+far|until\s+now|up\s+to\s+now)\b|\bwhere\s+did\s+(?:i|we)\s+(?:leave|stop)\s+off\b`)
	// todaysLessonRe asks what today's lesson is.
	todaysLessonRe = regexp.MustCompile(`(?i)\b(?:today'?s|todays)\s+(?:lesson|class|topic|plan|subject)s?\b|\b(?:lesson|class|topic)s?\s+(?:for\s+)?today\b|\bwhat\s+(?:are|will|do|shall|should|can)\s+(?:we|i)\s+(?:be\s+)?(?:learn|learning|study|studying|cover|covering|doing)\s+today\b|오늘(?:의)?\s*(?:수업|주제|진도|배울|공부할|뭐\s*배|뭘\s*배|무엇을\s*배|뭐\s*공부|뭘\s*공부|무엇을\s*공부|뭐\s*해요|뭐\s*하나요|뭐\s*할)`)
)

// aboutTheClass answers "how far have I got?" with the student's progress
// and "what's today's lesson about?" with a greeting, the lessons and
// questions to ask. ok is false for anything else, or while a quiz waits
// for an answer.
func aboutTheClass(t *embedded.Turn, p float64) (agents.Step, bool) {
	text := t.Text()
	far, today := howFarRe.MatchString(text), todaysLessonRe.MatchString(text)
	if !far && !today || !far && (quizWordRe.MatchString(text) || und18cClassQuiz(t, "")) {
		// (und18c: "오늘 수업 마무리로 교실 전체 세종 퀴즈" asks for a quiz)
		return agents.Step{}, false
	}
	if _, _, ok := soloSeq(t); ok || quizRunning(t) {
		return agents.Step{}, false
	}
	if far {
		t.Start(intentProgress)
		t.Understood(intentProgress, max(p, minP), map[string]string{"lang": t.Lang()})
		return agents.Step{Call: call(intentProgress, map[string]any{"lang": t.Lang()})}, true
	}
	t.Understood("tutor_greeting", max(p, minP), map[string]string{"lang": t.Lang()})
	res := t.Call("tutor_greeting", map[string]any{"lang": t.Lang()})
	if res.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	g, err := skills.Decode[tutoring.Greeting](res)
	if err != nil {
		return agents.Step{}, false
	}
	say := g.Text + t.Ko(" 오늘 정해진 수업은 없으니 배우고 싶은 걸 골라 주세요.", " There's no set lesson for today: pick whichever you like.")
	var qs []string
	for _, s := range g.Suggestions {
		qs = append(qs, s.Question)
	}
	if len(qs) > 0 {
		say += t.Ko(" 이런 걸 물어보세요: ", " You could ask: ") + strings.Join(qs, " / ")
	}
	return agents.Step{Say: say}, true
}
