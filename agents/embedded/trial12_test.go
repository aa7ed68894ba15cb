package embedded_test

import (
	"strings"
	"testing"
)

// TestTrial12NewPickReplacesTheProposal: with two bookings listed, "두번째
// 예약 취소" proposed cancelling the second; "첫번째 예약 취소해줘" before
// pressing it proposed the second again. A new pick replaces the open
// proposal: the new card cancels the first booking.
func TestTrial12NewPickReplacesTheProposal(t *testing.T) {
	for _, c := range []struct {
		user, first, second, list, cancel2, cancel1 string
	}{
		{"k", "내일 오후 1시에 이태원 한식 2명 예약해줘", "내일 저녁 7시 강남 이탈리안 2명 예약해줘", "내 예약 보여줘", "두번째 예약 취소", "첫번째 예약 취소해줘"},
		{"e", "book korean in itaewon for 2 tomorrow at 1pm", "book italian in gangnam for 2 tomorrow at 7pm", "show my bookings", "cancel the second booking", "no, cancel the first one"},
	} {
		w := newWorld(t)
		w.say(c.user, "assistant", c.first)
		w.say(c.user, "assistant", "1")
		w.confirm(c.user, "assistant", true)
		w.say(c.user, "assistant", c.second)
		w.say(c.user, "assistant", "1")
		w.confirm(c.user, "assistant", true)
		w.say(c.user, "assistant", c.list)
		list := w.out.lastCard(c.user)
		if len(list.Items) != 2 {
			t.Fatalf("%s: bookings card %+v", c.user, list)
		}
		one, two := list.Items[0].Title, list.Items[1].Title
		w.say(c.user, "assistant", c.cancel2)
		if s := w.out.lastConfirm(c.user).Summary; !strings.Contains(s, two) {
			t.Fatalf("%s: %q → %q, want %s", c.user, c.cancel2, s, two)
		}
		w.say(c.user, "assistant", c.cancel1)
		if s := w.out.lastConfirm(c.user).Summary; !strings.Contains(s, one) || strings.Contains(s, two) {
			t.Fatalf("%s: %q → %q, want %s", c.user, c.cancel1, s, one)
		}
	}
}
