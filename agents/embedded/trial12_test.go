package embedded_test

import (
	"strings"
	"testing"
	"time"
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

// TestTrial12LunchThatDay: at 14:30, "그날 점심도 하나 더 잡아줘 한식으로
// 12시 2명" after a dinner for tomorrow answered "그 시간에는 자리가 없어요.
// 가능한 시간: 오전 11시 30분, 오후 12시, …" — the bare 12시 was read as
// midnight (the next 12 o'clock after 14:30), which no restaurant has,
// and noon offered instead. A table's 12 is noon: the search runs at
// 12:00 and the places come back.
func TestTrial12LunchThatDay(t *testing.T) {
	for _, c := range []struct{ user, dinner, lunch string }{
		{"k", "낼 저녁7시 강남 이탈리안 2명 예약해주세여", "그날 점심도 하나 더 잡아줘 한식으로 12시 2명"},
		{"k2", "내일 저녁 7시 강남 이탈리안 2명 예약", "내일 12시에 한식 2명 예약해줘"},
	} {
		w := newWorld(t)
		w.h.Clock.Set(w.h.Clock.Now().Add(5*time.Hour + 30*time.Minute)) // Monday 14:30
		w.say(c.user, "assistant", c.dinner)
		w.say(c.user, "assistant", "2번")
		w.confirm(c.user, "assistant", true)
		r := w.say(c.user, "assistant", c.lunch)
		if strings.Contains(r, "자리가 없어요") {
			t.Fatalf("%q → %q", c.lunch, r)
		}
		if u := w.rec.lastUnderstood(c.user); u.Slots["time"] != "12:00" || u.Slots["date"] != "2026-12-08" {
			t.Fatalf("%q → understood %+v", c.lunch, u)
		}
		must(t, r, "한정식")
	}
}

// TestTrial12AnotherDaySaysTheDay: "그날 말고 토요일로 바꿀수있어?" on the
// places card searched Saturday, found the same places and answered in
// the same words — the user read it as ignored. The answer says the day
// and time it searched.
func TestTrial12AnotherDaySaysTheDay(t *testing.T) {
	w := newWorld(t) // Monday 7 Dec
	must(t, w.say("k", "assistant", "내일 저녁 7시 강남 이탈리안 2명 예약해줘"), "12월 8일(화) 오후 7시에 예약할 수 있는 곳이에요: 1) 온 트라토리아")
	must(t, w.say("k", "assistant", "그날 말고 토요일로 바꿀수있어?"), "12월 12일(토) 오후 7시에 예약할 수 있는 곳이에요: 1) 온 트라토리아")
	must(t, w.say("e", "assistant", "table for 2 in gangnam tomorrow at 7pm, italian"), "These have room on Tue, Dec 8 at 7 PM: 1) On Trattoria")
	must(t, w.say("e", "assistant", "not that day, saturday instead"), "These have room on Sat, Dec 12 at 7 PM: 1) On Trattoria")
}
