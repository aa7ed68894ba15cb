package embedded

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/skills"
	_ "github.com/madang-world/madang/skills/tutoring"
)

// TestToolErrorsReadable: a failed call the data does not explain is told
// to the user as a sentence in their language, by what went wrong — never
// the tool's own message, which is written for developers (an argument
// schema's path, ids, English).
func TestToolErrorsReadable(t *testing.T) {
	tutor := campusAvatar(t, "tutor")
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		code, message, lang string
		want                string
	}{
		{skills.CodeInvalidArguments, "(arguments): missing property 'class_quiz_id'", "en", "Could you say it another way?"},
		{skills.CodeInvalidArguments, "(arguments): missing property 'class_quiz_id'", "ko", "다르게 한 번 말씀해 주시겠어요?"},
		{skills.CodeNotFound, "no class quiz cq0123456789abcdef0123", "en", "I couldn't find that"},
		{skills.CodeNotFound, "no class quiz cq0123456789abcdef0123", "ko", "찾지 못했어요"},
		{skills.CodeConflict, "the quiz was closed", "ko", "상황이 바뀌어서"},
		{skills.CodeUnavailable, "the class quiz cannot be read now", "en", "try again shortly"},
		{skills.CodeInternal, "panic: index out of range", "ko", "처리하지 못했어요. 잠시 뒤에 다시"},
		{skills.CodeFailed, "tool went away", "en", "that didn't work on my side"},
	} {
		st := &agents.State{Lang: c.lang}
		step, err := New().Next(context.Background(), &agents.Turn{Avatar: tutor, User: agents.User{ID: "u"}, Now: now, State: st,
			Input: agents.Input{Kind: agents.InResult, Result: &skills.Result{Tool: "tutor_class_results", Status: skills.StatusError,
				Error: &skills.Error{Code: c.code, Message: c.message}}}})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(step.Say, c.want) || strings.Contains(step.Say, c.message) {
			t.Errorf("%s (%s): %q, want a sentence with %q and without the tool's message", c.code, c.lang, step.Say, c.want)
		}
	}
}
