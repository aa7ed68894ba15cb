package classroom

import (
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/tutoring"
)

// slotWhich is "1" while the tutor waits for the lesson of a quiz it
// asked about ("어느 수업으로 퀴즈를 낼까요?").
const slotWhich = "@quiz_which"

// whichLesson: "퀴즈 내줘" from a Korean student who names no lesson and
// has none recent silently started the Korean-for-foreigners quiz (the
// data's default; notes: trial 13) — a lesson written for someone else.
// The tutor asks which lesson, naming them. An English speaker keeps the
// default (Korean for Beginners is written for them), and a student with a
// recent lesson gets a quiz on it (the data's default).
func whichLesson(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	if intent != intentQuiz || p < minP || t.Lang() != "ko" || t.Gazetteer("lesson") != "" || t.Gazetteer("review") != "" ||
		t.Remembered("last_lesson") != "" || t.Slot(slotLastQuiz) != "" || t.Slot("_seq_tool") == intentQuiz {
		return agents.Step{}, false
	}
	res := t.Call("tutor_lessons", map[string]any{"lang": "ko"})
	if res.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	ls, err := skills.Decode[[]tutoring.LessonInfo](res)
	if err != nil || len(ls) == 0 {
		return agents.Step{}, false
	}
	var names []string
	for _, l := range ls {
		ko, _, _ := strings.Cut(l.Title, " · ") // "광합성 · Photosynthesis": the Korean name
		names = append(names, ko)
	}
	t.Set(slotWhich, "1")
	t.Understood(intentQuiz, p, nil)
	return agents.Step{Say: "어느 수업으로 퀴즈를 낼까요? " + strings.Join(names, ", ") + " 중에서 골라 말해 주세요. 예: \"" + names[0] + " 퀴즈\""}, true
}

// whichAnswered starts the quiz on the lesson named in reply to
// whichLesson's question ("광합성", "지진이요"); any other reply forgets
// the question and is read as it is.
func whichAnswered(t *embedded.Turn, p float64) (agents.Step, bool) {
	if t.Slot(slotWhich) == "" {
		return agents.Step{}, false
	}
	t.Set(slotWhich, "")
	if t.Gazetteer("lesson") == "" || len([]rune(strings.TrimSpace(t.Text()))) > 20 {
		return agents.Step{}, false
	}
	return soloQuiz(t, max(p, minP)), true
}
