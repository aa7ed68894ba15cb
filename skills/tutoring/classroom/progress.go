package classroom

import (
	"fmt"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/tutoring"
)

// A new user's trial (notes: trial 8): "제 진도 어디까지 왔어요?" read a flat
// list of all six lessons, five of them "0% (복습할 문제 0개)". The progress
// says the lessons the student has answered questions in, then the rest
// in one line.

// progressSay is the student's progress as they read it.
func progressSay(t *embedded.Turn, ps []tutoring.LessonProgress) string {
	var touched, rest []string
	for _, l := range ps {
		if l.Answered == 0 {
			rest = append(rest, l.Title)
			continue
		}
		// (as the data's line for tutor_progress words it)
		touched = append(touched, t.Ko(fmt.Sprintf("%s %d%% (복습할 문제 %d개)", l.Title, l.Mastery, l.Due),
			fmt.Sprintf("%s %d%% (%d to review)", l.Title, l.Mastery, l.Due)))
	}
	if len(touched) == 0 {
		return t.Ko(fmt.Sprintf("아직 푼 문제가 없어서 단원 %d개 모두 0%%예요(%s). \"퀴즈 내줘\"라고 해 보세요.", len(ps), strings.Join(rest, ", ")),
			fmt.Sprintf("You haven't answered anything yet, so all %d lessons are at 0%% (%s). Say \"give me a quiz\" to start.", len(ps), strings.Join(rest, ", ")))
	}
	say := strings.Join(touched, "; ") + "."
	if len(rest) > 0 {
		say += t.Ko(" 아직 시작하지 않은 단원: "+strings.Join(rest, ", ")+".", " Not started yet: "+strings.Join(rest, ", ")+".")
	}
	return say
}

// progressShown says the result of tutor_progress so.
func progressShown(t *embedded.Turn, r *skills.Result) (agents.Step, bool) {
	if r.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	ps, err := skills.Decode[[]tutoring.LessonProgress](*r)
	if err != nil {
		return agents.Step{}, false
	}
	t.Finish()
	return agents.Step{Say: progressSay(t, ps)}, true
}
