package embedded_test

import (
	"strings"
	"testing"
)

// meetingSet invites Jiyoung and Minsu to a meeting on Friday at 10 and
// presses the card (the world's clock: Monday 2026-12-07).
func (w *world) meetingSet(user string) {
	w.t.Helper()
	w.say(user, "assistant", "금요일 오전 10시에 지영씨랑 민수씨랑 한시간 회의 잡아줘")
	must(w.t, w.confirm(user, "assistant", true), "초대장을 보냈어요")
}

// TestJustCancelTheMeeting: "그냥 취소" of a thing named is a request to
// cancel that thing, not "never mind" (a new user's trial heard "알겠어요."
// and the meeting stayed in their calendar; with its cancel card open,
// "그 회의 그냥 취소해 주세요" declined the card). Said with nothing
// named, it still declines what is proposed.
func TestJustCancelTheMeeting(t *testing.T) {
	for _, text := range []string{"아 그 미팅 그냥 취소해줘", "회의 그냥 취소할래요", "에이 그냥 그 회의 없던 걸로 해줘", "ah never mind, just cancel that meeting", "ok just call off the meeting", "아냐 됐어 그 미팅 걍 취소"} {
		w := newWorld(t)
		w.meetingSet("u")
		w.say("u", "assistant", text)
		if c := w.out.lastConfirm("u"); c.Action != "sched_cancel_meeting" || !strings.Contains(c.Summary, "이지영") && !strings.Contains(c.Summary, "Jiyoung") {
			t.Fatalf("%q: confirm %+v, want the meeting's cancel card", text, c)
		}
		w.confirm("u", "assistant", true)
		if got := w.say("u", "assistant", "내 일정 보여줘"); strings.Contains(got, "회의") || !strings.Contains(got, "일정이 없어요") {
			t.Errorf("%q: the meeting is still there: %q", text, got)
		}
	}

	// The cancel card open: saying it again "just" asks for the same, and
	// the card still cancels the meeting.
	w := newWorld(t)
	w.meetingSet("u")
	w.say("u", "assistant", "그 미팅 취소해줘")
	if got := w.say("u", "assistant", "그 회의 그냥 취소해 주세요"); strings.Contains(got, "진행하지 않을게요") {
		t.Fatalf("the cancel card was declined: %q", got)
	}
	must(t, w.confirm("u", "assistant", true), "취소하고")
	if got := w.say("u", "assistant", "내 일정 보여줘"); strings.Contains(got, "회의") {
		t.Errorf("the meeting is still there: %q", got)
	}

	// Nothing named: declining what is proposed.
	for _, text := range []string{"그냥 취소할래", "아 그냥 취소해줘", "cancel, never mind"} {
		w := newWorld(t)
		w.say("u", "assistant", "금요일 오전 10시에 지영씨랑 민수씨랑 한시간 회의 잡아줘")
		if got := w.say("u", "assistant", text); !strings.Contains(got, "진행하지 않을게요") && !strings.Contains(got, "won't go ahead") {
			t.Errorf("%q with the invitation card open: %q, want it declined", text, got)
		}
		if n := len(w.sch.Events()); n != 0 {
			t.Errorf("%q: %d events", text, n)
		}
	}

	// The meeting named is the one the open card would set up: declined,
	// not "no meeting to cancel" with the card left to press.
	w = newWorld(t)
	w.say("u", "assistant", "금요일 오전 10시에 지영씨랑 민수씨랑 한시간 회의 잡아줘")
	must(t, w.say("u", "assistant", "아 그 미팅 그냥 취소해줘"), "진행하지 않을게요")
	if u := w.rec.lastUnderstood("u"); u.Intent != "sched_cancel_meeting" {
		t.Errorf("understood %+v, want sched_cancel_meeting", u)
	}
	if got := w.confirm("u", "assistant", true); strings.Contains(got, "초대장을 보냈어요") {
		t.Errorf("the declined invitation was sent: %q", got)
	}
}
