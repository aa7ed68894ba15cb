package embedded_test

import (
	"strings"
	"testing"
)

// A new user's trial (trial17): "그 회의 하루 뒤로 미뤄줘" moved a meeting
// on Mon 12/14 to Thu 12/10 and "move it to the same time two days
// later" one on Tue Dec 15 to Fri Dec 11 — days counted from today. A
// shift of days or weeks of the event in focus is from that event's day.
func TestFix17ShiftByDaysFromTheEvent(t *testing.T) {
	for _, c := range []struct{ lang, add, move, want string }{
		{"ko", "다음주 월요일 오후 3시에 팀 회의 일정 넣어줘", "그 회의 하루 뒤로 미뤄줘", "12월 15일(화) 오후 3시–4시"},
		{"ko", "다음주 월요일 오후 3시에 팀 회의 일정 넣어줘", "이틀 뒤로 옮겨줘", "12월 16일(수) 오후 3시–4시"},
		{"ko", "다음주 월요일 오후 3시에 팀 회의 일정 넣어줘", "회의 하루 미뤄주세요", "12월 15일(화) 오후 3시–4시"},
		{"ko", "다음주 월요일 오후 3시에 팀 회의 일정 넣어줘", "일주일 뒤로 미뤄줘", "12월 21일(월) 오후 3시–4시"},
		{"ko", "다음주 목요일 오후 3시에 팀 회의 일정 넣어줘", "그거 하루 앞당겨줘", "12월 16일(수) 오후 3시–4시"},
		{"ko", "다음주 월요일 오후 3시에 팀 회의 일정 넣어줘", "같은 시간으로 3일 뒤로 옮겨 줘", "12월 17일(목) 오후 3시–4시"},
		{"en", "add a meeting next tuesday at 11am", "move it to the same time two days later", "Thu, Dec 17, 11 AM–12 PM"},
		{"en", "add a meeting next tuesday at 11am", "push it back a day", "Wed, Dec 16, 11 AM–12 PM"},
		{"en", "add a meeting next tuesday at 11am", "can you move that meeting a week later", "Tue, Dec 22, 11 AM–12 PM"},
		{"en", "add a meeting next tuesday at 11am", "bring it forward one day", "Mon, Dec 14, 11 AM–12 PM"},
		{"en", "add a meeting next tuesday at 11am", "delay it by 3 days pls", "Fri, Dec 18, 11 AM–12 PM"},
		{"en", "add a meeting next tuesday at 11am", "move the meeting 2 days later", "Thu, Dec 17, 11 AM–12 PM"},
		{"ko", "다음주 월요일 오후 3시에 팀 회의 일정 넣어줘", "그 회의 하루 뒤 오후 5시로 옮겨줘", "12월 15일(화) 오후 5시–6시"},
		{"en", "add a meeting next tuesday at 11am", "move it two days later at 4pm", "Thu, Dec 17, 4–5 PM"},
	} {
		w := newWorld(t)
		w.say(c.lang, "assistant", c.add)
		got := w.say(c.lang, "assistant", c.move)
		if !strings.Contains(got, c.want) {
			t.Errorf("%q then %q: %q, want %s", c.add, c.move, got, c.want)
		}
	}
}

// The same with others invited: the card the user reads says the new day
// counted from the meeting's own (Friday 12/11 in meetingSet).
func TestFix17ShiftAMeetingWithOthers(t *testing.T) {
	for _, c := range []struct{ lang, move, want string }{
		{"ko", "민수가 못온대ㅠ 그 회의 하루 뒤로 미뤄줘", "12월 12일(토) 오전 10시–11시"},
		{"ko", "회의 사흘 뒤로 미룰 수 있어?", "12월 14일(월) 오전 10시–11시"},
		{"en", "jiyoung declined. move it to the same time two days later", "Sun, Dec 13, 10–11 AM"},
		{"en", "can we push the meeting back a week", "Fri, Dec 18, 10–11 AM"},
	} {
		w := newWorld(t)
		w.meetingSet(c.lang)
		w.say(c.lang, "assistant", c.move)
		if got := w.out.lastConfirm(c.lang); got.Action != "sched_reschedule_meeting" || !strings.Contains(got.Summary, c.want) {
			t.Errorf("%q: confirm %s %q, want %s", c.move, got.Action, got.Summary, c.want)
		}
	}
}
