package embedded_test

import (
	"strings"
	"testing"
)

// A new user's morning (issue 18, item 4): an invitation asked "when?";
// the day said back ("thursday afternoon") is an answer to it, not an
// unplaced text; the meeting booked another way (from a search of free
// times) reaches the abandoned task's goal, so it is not resumed; and the
// next, different request ("add gym …") is that request — never the old
// task's answer, nor titled with its words — and no old flow comes back.
func TestAbandonedTaskNotResumed(t *testing.T) {
	w := newWorld(t)
	r := w.say("u", "assistant", "find an hour w jiyoung and minsu thurs afternoon and send invites")
	must(t, r, "What time on Thu, Dec 10?")
	r = w.say("u", "assistant", "thursday afternoon")
	must(t, r, "What time on Thu, Dec 10?")
	must(t, w.say("u", "assistant", "find a time with jiyoung and minsu on thursday afternoon"), "Everyone is free at: 1) Thu, Dec 10")
	must(t, w.say("u", "assistant", "1"), "Please press “Send invites”")
	r = w.confirm("u", "assistant", true)
	must(t, r, "Done: “Meeting” on Thu, Dec 10")
	if strings.Contains(r, "Back to what we were doing") {
		t.Fatalf("the task whose goal was reached is resumed: %q", r)
	}
	r = w.say("u", "assistant", "add gym to my calendar fri 7am")
	must(t, r, "Added “gym” on Fri, Dec 11, 7–8 AM.")
	must(t, w.say("u", "assistant", "move gym to sat 9am"), "Moved “gym” to Sat, Dec 12, 9–10 AM.")
	for _, e := range w.sch.Events() {
		if strings.Contains(e.Title, "find") || strings.Contains(e.Title, "jiyoung") {
			t.Fatalf("a title took another request's words: %+v", e)
		}
	}
}

// The whole request said again while the task asks a question replaces
// the task: the second sentence's meeting is proposed with its own words,
// not the first one's title.
func TestRestatedRequestReplacesTask(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("u", "assistant", "find an hour w jiyoung and minsu thurs afternoon and send invites"), "What time on Thu, Dec 10?")
	r := w.say("u", "assistant", "set up a meeting with jiyoung and minsu on thursday at 3pm and invite them")
	must(t, r, "Please press “Send invites”")
	c := w.out.lastConfirm("u")
	if strings.Contains(c.Summary, "find") || strings.Contains(c.Summary, " w ") {
		t.Fatalf("the old request's words leaked: %+v", c)
	}
	must(t, w.confirm("u", "assistant", true), "Thu, Dec 10, 3–4 PM")
}

// A reply to the avatar's own question is read as the answer to it: a
// day to "when?" (Korean too), then the hour.
func TestDayAnswersWhen(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("u", "assistant", "지영이랑 민수한테 회의 초대 보내줘"), "언제로 잡을까요?")
	must(t, w.say("u", "assistant", "목요일 오후"), "12월 10일(목) 몇 시로 할까요?")
	must(t, w.say("u", "assistant", "3시"), "확인")
	must(t, w.confirm("u", "assistant", true), "12월 10일(목) 오후 3시–4시")
}

// A task returned to once and passed over again for another request is
// abandoned: the booking that asked "For how many people?" is not asked
// again after every errand ("move gym to sat 9am" answered "For how many
// people?" after the move).
func TestPassedOverTaskIsAbandoned(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("u", "assistant", "book a table at a sushi place tomorrow 7pm"), "For how many people?")
	must(t, w.say("u", "assistant", "add gym to my calendar fri 7am"), "Added “gym” on Fri, Dec 11, 7–8 AM. Back to what we were doing: For how many people?")
	for _, s := range []string{"move gym to sat 9am", "what's on my calendar this week"} {
		r := w.say("u", "assistant", s)
		if strings.Contains(r, "how many people") {
			t.Fatalf("%q: the passed-over booking came back: %q", s, r)
		}
	}
	if n := len(w.bk.Bookings()); n != 0 {
		t.Fatalf("%d bookings", n)
	}
}
