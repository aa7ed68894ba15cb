package classroom

import (
	"regexp"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/tutoring"
)

// A new user's trial (v16): a beginner's "what should I learn first?" got
// only questions to ask. The tutor points to one lesson to start with,
// says why, and how to begin it.

// firstAskRe asks where to start learning.
var firstAskRe = regexp.MustCompile(`(?i)\bwhat\s+(?:should|do|can|would)\s+i\s+(?:learn|study|start\s+with|begin\s+with)\s+first\b|\bwhere\s+(?:should|do|can)\s+i\s+(?:start|begin)\b|\bwhich\s+(?:lesson|topic|one)\s+(?:should\s+i\s+)?(?:start|begin|take|learn|study|do)\s+(?:with\s+)?first\b|\bwhat(?:'s|\s+is)\s+(?:a\s+)?good\s+(?:lesson|place|topic)\s+to\s+start\b|(?:뭐|무엇|뭘|어떤\s?(?:수업|거|것|걸)|어느\s?수업|어디서)부터\s?(?:배우|배워|공부|시작|들어|들으)|처음(?:에|엔|에는)?\s?(?:뭐|뭘|무엇을|어떤\s?(?:수업|걸|거)|어느\s?수업)(?:을|를)?\s?(?:배우|배워|공부|들어|들으|시작)`)

// firstLesson answers where to start: for an English speaker the lesson
// written for beginners (a level that says so), otherwise the first lesson
// of the list not written for learners of another language; its first
// part is where it begins.
func firstLesson(t *embedded.Turn, p float64) (agents.Step, bool) {
	text := t.Text()
	// (a lesson named — "where should I begin with earthquakes?" — is
	// where to begin: the greeting with that lesson's questions answers)
	if !firstAskRe.MatchString(text) || len(strings.Fields(text)) > 14 || t.Gazetteer("lesson") != "" || t.Gazetteer("section") != "" {
		return agents.Step{}, false
	}
	if _, _, solo := soloSeq(t); solo || quizRunning(t) {
		return agents.Step{}, false
	}
	en := t.Lang() == "en"
	res := t.Call("tutor_lessons", map[string]any{"lang": t.Lang()})
	if res.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	ls, err := skills.Decode[[]tutoring.LessonInfo](res)
	if err != nil || len(ls) == 0 {
		return agents.Step{}, false
	}
	pick, beginners := -1, false
	for i, l := range ls {
		forBeginners := strings.Contains(l.Level, "Beginners") || strings.Contains(l.Level, "초급")
		if en && forBeginners {
			pick, beginners = i, true
			break
		}
		if !en && !forBeginners && pick < 0 {
			pick = i
		}
	}
	if pick < 0 {
		pick = 0
	}
	l := ls[pick]
	first := ""
	if len(l.Parts) > 0 {
		first = l.Parts[0].Title
	}
	// (understood as the greeting it is put as — "hi, I'm new, where
	// should I start?" — which points to a first lesson instead of only
	// questions to ask)
	t.Understood("tutor_greeting", p, nil)
	var say string
	switch {
	case en && beginners:
		say = "Start with " + l.Name + ": it is written for beginners and starts from the basics, with its first part, " + first + ". Say \"start the " + l.Name + " lesson\" to begin, or ask me anything in it."
	case en:
		say = "Start with " + l.Name + ", the first lesson on the list: it begins with " + first + ", the basic idea the rest builds on. Say \"start the " + l.Name + " lesson\" to begin, or ask me anything in it."
	default:
		say = l.Name + "부터 시작해 보세요. 수업 목록의 첫 수업이고, 첫 부분 \"" + first + "\"에서 나머지 내용의 바탕이 되는 기본 개념부터 설명해요. \"" + l.Name + " 수업 보여줘\"라고 하면 시작하고, 궁금한 건 언제든 물어보세요."
	}
	if len(l.Suggestions) > 0 {
		say += t.Ko(" 예를 들어 \""+l.Suggestions[0]+"\"처럼 물어봐도 돼요.", " For example: \""+l.Suggestions[0]+"\"")
	}
	return agents.Step{Say: say}, true
}
