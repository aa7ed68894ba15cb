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
		{"e", "sync with Junho at 4pm tomorrow", "Junho Choi is busy then", "Please press Confirm"},
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
