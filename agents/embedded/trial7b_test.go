package embedded_test

import (
	"strings"
	"testing"
)

// speechSince is every line the user heard after the n-th.
func (w *world) speechSince(u string, n int) []string {
	w.out.mu.Lock()
	defer w.out.mu.Unlock()
	return append([]string(nil), w.out.speech[u][n:]...)
}

func (w *world) heard(u string) int {
	w.out.mu.Lock()
	defer w.out.mu.Unlock()
	return len(w.out.speech[u])
}

// TestBusyInviteSaysOnlyBusy: "내일 오후 4시에 준호랑 커피챗 30분 잡아줘" at
// a time Junho is busy said "초대장을 보낼게요. 확인 카드에서 ‘확인’을 눌러
// 주세요." (no card came) and then that Junho was busy: only the busy
// sentence is said.
func TestBusyInviteSaysOnlyBusy(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct{ u, ask, busy, not string }{
		{"k", "내일 오후 4시에 준호랑 커피챗 30분 잡아줘", "최준호님은 그 시간에 일정이 있어요", "초대장을 보낼게요"},
		{"e", "sync with Junho at 4pm tomorrow", "Junho Choi is busy then", "Please press"},
	} {
		n := w.heard(c.u)
		w.say(c.u, "assistant", c.ask)
		got := strings.Join(w.speechSince(c.u, n), "\n")
		if !strings.Contains(got, c.busy) || strings.Contains(got, c.not) {
			t.Errorf("%q → %q", c.ask, got)
		}
	}
}

// TestOneOptionAffirmed: "sure, book it" to a list of one restaurant
// said "Sorry, I'm not sure"; "9am works" to three times re-listed the
// 9 AM slot alone: an affirmative to one option, or an option's time,
// picks it.
func TestOneOptionAffirmed(t *testing.T) {
	w := newWorld(t)
	r := w.say("e", "assistant", "looking for a chinese place in seoul for 3, tomorrow 6:30pm")
	if c := w.out.lastCard("e"); len(c.Items) != 1 {
		t.Skipf("%d options: %q", len(c.Items), r)
	}
	name := w.out.lastCard("e").Items[0].Title
	w.say("e", "assistant", "sure, book it")
	if c := w.out.lastConfirm("e"); c.Action != "booking_confirm" || !strings.Contains(c.Summary, name) {
		t.Errorf("sure, book it: confirm %+v", c)
	}
	w.say("e2", "assistant", "schedule a call with Minsu on wednesday morning for 30 minutes")
	n := len(w.out.confirms["e2"])
	w.say("e2", "assistant", "9am works")
	if len(w.out.confirms["e2"]) == n {
		t.Fatalf("9am works: no confirmation card")
	}
	must(t, w.out.lastConfirm("e2").Summary, "9")
}

// TestPartySizeChangePhrasings: a new party size for a booking, however
// said, is a change of that booking (the one named, or the latest) at the
// same place and time — never a time, nights, or a calendar move. In the
// trial these became a 7 PM rebooking for 5, a 1-person card, "When do
// you check in?", "What day and time?" and "which event should I move?".
func TestPartySizeChangePhrasings(t *testing.T) {
	for _, c := range []struct{ say, note string }{
		{"change the party size on my Noeul Trattoria reservation to 6", "Noeul Trattoria (Gangnam) has a table for 6 at 7 PM."},
		{"we'll actually be 6, can you update the noeul booking?", "Noeul Trattoria (Gangnam) has a table for 6 at 7 PM."},
		{"make the noeul dinner for 6 people please", "Noeul Trattoria (Gangnam) has a table for 6 at 7 PM."},
		{"can we bump the trattoria booking up to 6 people?", "Noeul Trattoria (Gangnam) has a table for 6 at 7 PM."},
		{"6 people instead of 4", "Noeul Trattoria (Gangnam) has a table for 6 at 7 PM."},
		{"make it 6 people", "Noeul Trattoria (Gangnam) has a table for 6 at 7 PM."},
		{"한 명 더 온대, 5명으로 바꿔줄래?", "노을 트라토리아 (강남)에 오후 7시 5명 자리가 있어요."},
		{"예약 인원을 6명으로 변경해줘", "노을 트라토리아 (강남)에 오후 7시 6명 자리가 있어요."},
		{"6명으로 늘려줘", "노을 트라토리아 (강남)에 오후 7시 6명 자리가 있어요."},
	} {
		t.Run(c.say, func(t *testing.T) {
			w := newWorld(t)
			bookNoeul(t, w, "v")
			w.say("v", "assistant", "thanks!")
			must(t, w.say("v", "assistant", c.say), c.note)
		})
	}
}

// TestNewBookingIsNoPartyChange: with one booking made, "make a
// reservation for 2 people at Sol Sushi" is a new booking, not the
// first one's party size.
func TestNewBookingIsNoPartyChange(t *testing.T) {
	w := newWorld(t)
	bookNoeul(t, w, "v")
	if r := w.say("v", "assistant", "make a reservation for 2 people at a sushi place in gangnam tomorrow at 6pm"); strings.Contains(r, "Noeul") {
		t.Errorf("new booking read as a change: %q", r)
	}
}

// TestOldTaskNotResumed: a hotel request that asked "When do you check
// in?" and was left for other things came back many turns later, after
// an unrelated restaurant's confirmation ("Back to what we were doing:
// When do you check in?"). Only a task left a moment ago is resumed.
func TestOldTaskNotResumed(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("v", "assistant", "book a hotel in jeju for 2"), "check in")
	must(t, w.say("v", "assistant", "book italian for 4 tomorrow 7pm in gangnam"), "Noeul Trattoria")
	w.say("v", "assistant", "add dentist appointment on thursday at 3pm")
	w.say("v", "assistant", "show my calendar for this week")
	w.say("v", "assistant", "what's on my calendar tomorrow?")
	w.say("v", "assistant", "thanks!")
	must(t, w.say("v", "assistant", "book italian for 4 tomorrow 7pm in gangnam"), "Noeul Trattoria")
	must(t, w.say("v", "assistant", "cheaper one?"), "1) Noeul Trattoria (Gangnam)")
	must(t, w.say("v", "assistant", "ok that one"), "holding it")
	w.confirm("v", "assistant", true)
	if r := w.out.last("v"); strings.Contains(r, "check in") {
		t.Errorf("an old task came back: %q", r)
	}
}
