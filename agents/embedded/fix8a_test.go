package embedded_test

import (
	"testing"

	"github.com/madang-world/madang/agents"
)

// sayNamed is say by a user whose name is not their id, as in the real
// server (the test world's users are named by their id).
func (w *world) sayNamed(user, name, avatar, text string) string {
	w.t.Helper()
	u := agents.User{ID: user, Name: name}
	if err := w.rt.Hear(u, avatar, text, ""); err != nil {
		w.t.Fatal(err)
	}
	w.rt.Wait(u, avatar)
	got := w.out.last(user)
	w.t.Logf("%s → %s: %s\n    ← %s", user, avatar, text, got)
	return got
}

// TestFix8aRenameAfterAdding: renaming an event just added by talking
// ("add gym tomorrow at 7am" then "rename my 7am to Yoga") found nothing
// in the trial, where a user's name is not their id (the handler compared
// the event's organizer — a name — with the id); the calendar must then
// show the new title.
func TestFix8aRenameAfterAdding(t *testing.T) {
	for _, c := range []struct{ user, add, rename, list, title string }{
		{"e1", "add gym tomorrow at 7am", "rename my 7am to Yoga", "what's on my calendar this week?", "Yoga"},
		{"e2", "add a dentist appointment on wednesday 3pm", "rename the dentist appointment to \"Dentist - Dr. Park\"", "what's on my calendar this week?", "Dentist - Dr. Park"},
		{"k1", "내일 오후 3시에 회의 일정 추가", "내일 3시 회의 이름을 주간회의로 바꿔줘", "이번주 일정 알려줘", "주간회의"},
		{"k2", "이번주 목요일 오후 2시에 치과 일정 넣어줘", "치과 일정 이름 스케일링으로 바꿔줘", "이번주 일정 알려줘", "스케일링"},
	} {
		w := newWorld(t)
		name := "Emily Park"
		if c.user[0] == 'k' {
			name = "박하은"
		}
		w.sayNamed("u-"+c.user, name, "assistant", c.add)
		w.sayNamed("u-"+c.user, name, "assistant", c.rename)
		must(t, w.sayNamed("u-"+c.user, name, "assistant", c.list), c.title)
	}
}
