package tutoring

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
)

// inClass is the tutor's caller in a room where present are (id → name).
func inClass(user string, present map[string]string, scopes ...string) context.Context {
	return skills.WithCaller(context.Background(), skills.Caller{UserID: user, Scopes: scopes, Channel: "avatar", Room: "classroom",
		Present: func() map[string]string { return present }})
}

// TestClassQuizOnlyPresent: a class quiz is only over the students in the
// room: ids of people elsewhere are dropped, a call from outside a room is
// refused, and the teacher's ranking names students, never their ids.
func TestClassQuizOnlyPresent(t *testing.T) {
	h, _ := newTutor(t)
	present := map[string]string{"uTeacherT": "선생", "uStudentA": "민지", "uStudentB": "준호"}
	teacher := inClass("uTeacherT", present, ScopeTeach, ScopeLearn)
	cq := skilltest.Decode[ClassQuiz](t, h.Call(teacher, "tutor_class_quiz_start",
		map[string]any{"lesson_id": "linear-equations", "students": []string{"uStudentA", "uStudentB", "uElsewhere"}, "count": 1}))
	if cq.Students != 2 {
		t.Fatalf("class quiz over %d students, want the 2 present", cq.Students)
	}
	if r := h.Call(h.As("uElsewhere", ScopeLearn), "tutor_class_answer", map[string]any{"class_quiz_id": cq.ClassQuizID, "question_id": cq.Questions[0].ID, "answer": "4"}); skilltest.ErrCode(r) != skills.CodeNotFound {
		t.Fatalf("someone not in the room answers: %+v", r)
	}
	skilltest.OK(t, h.Call(h.As("uStudentA", ScopeLearn), "tutor_class_answer", map[string]any{"class_quiz_id": cq.ClassQuizID, "question_id": cq.Questions[0].ID, "answer": "4"}))
	res := h.Call(teacher, "tutor_class_results", map[string]any{"class_quiz_id": cq.ClassQuizID})
	b, _ := json.Marshal(skilltest.Decode[ClassResults](t, res))
	if strings.Contains(string(b), "uStudent") || !strings.Contains(string(b), "민지") {
		t.Errorf("the teacher's results: %s", b)
	}
	// Without students: everyone present (the one who asked too).
	all := skilltest.Decode[ClassQuiz](t, h.Call(teacher, "tutor_class_quiz_start", map[string]any{"lesson_id": "linear-equations", "count": 1}))
	if all.Students != 3 {
		t.Errorf("class quiz for everyone present: %d students, want 3", all.Students)
	}
	// Nobody in the room of those named: refused.
	if r := h.Call(teacher, "tutor_class_quiz_start", map[string]any{"lesson_id": "linear-equations", "students": []string{"uElsewhere"}}); skilltest.ErrCode(r) != skills.CodeInvalidArguments {
		t.Errorf("a quiz for nobody present: %+v", r)
	}
	// Outside a room (MCP, tests without a room): refused.
	if r := h.Call(h.As("uTeacherT", ScopeTeach), "tutor_class_quiz_start", map[string]any{"lesson_id": "linear-equations", "students": []string{"uStudentA"}}); skilltest.ErrCode(r) != skills.CodeForbidden {
		t.Errorf("a class quiz from outside a room: %+v", r)
	}
}
