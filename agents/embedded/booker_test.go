package embedded_test

import (
	"strings"
	"testing"
)

// confirmField is the value of the labelled field of the last
// confirmation card the user was shown.
func (w *world) confirmField(user, label string) string {
	w.t.Helper()
	c := w.out.lastConfirm(user)
	for _, f := range c.Fields {
		if strings.Contains(f.Label, label) {
			return f.Value
		}
	}
	return ""
}

// TestBookingUnderTheBookersName: booking_hold's schema takes the name a
// booking is made under (optional): a name said with the pick is used,
// and otherwise the name the user goes by — the confirmation card shows
// it, so the user sees under whose name the table is held and is never
// left with a nameless booking.
func TestBookingUnderTheBookersName(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("지수", "assistant", "내일 저녁 7시 강남 이탈리안 2명"), "어디로 할까요?")
	w.say("지수", "assistant", "첫 번째로 예약해줘")
	if got := w.confirmField("지수", "Name"); got != "지수" {
		t.Fatalf("booker on the card: %q, want the user's name 지수", got)
	}
	must(t, w.say("alex", "assistant", "table for two in Gangnam tomorrow at 7pm, italian"), "Which one?")
	w.say("alex", "assistant", "the first one under the name Kim Minji")
	if got := w.confirmField("alex", "Name"); got != "Kim Minji" {
		t.Fatalf("booker on the card: %q, want the name said, Kim Minji", got)
	}
}

// TestBookingPickSaysTheHourAndTheOccasion: what is said with the pick of
// a place changes the table held — a new hour ("시간은 7시 반으로", "make
// it 7 instead of 6") is the hour on the card, not the search's; an hour
// the place takes no bookings at is told with the hours it does, and the
// hour said next searches again; the occasion or the wish said in one's
// own words ("조용한 방", "our anniversary") is the request the place reads.
func TestBookingPickSaysTheHourAndTheOccasion(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("지수", "assistant", "내일 저녁 6시 강남 이탈리안 2명"), "어디로 할까요?")
	w.say("지수", "assistant", "첫 번째 걸로 하는데 시간은 7시 반으로 해주세요")
	if got := w.confirmField("지수", "Time"); got != "오후 7시 30분" {
		t.Fatalf("time on the card: %q, want 19:30", got)
	}
	must(t, w.say("alex", "assistant", "table for two in Gangnam tomorrow at 6pm, italian"), "Which one?")
	w.say("alex", "assistant", "the first, but make it 7 instead of 6, it's our anniversary")
	if got := w.confirmField("alex", "Time"); !strings.Contains(got, "7") || strings.Contains(got, "6") {
		t.Fatalf("time on the card: %q, want 19:00", got)
	}
	if got := w.confirmField("alex", "Request"); !strings.Contains(strings.ToLower(got), "anniversary") {
		t.Fatalf("request on the card: %q, want the anniversary", got)
	}
	must(t, w.say("sam", "assistant", "table for two in Gangnam tomorrow at 6pm, italian"), "Which one?")
	must(t, w.say("sam", "assistant", "the second but at 10pm"), "from 11:30 to 19:30")
	must(t, w.say("sam", "assistant", "7:30 then"), "Which one?")
	w.say("sam", "assistant", "the second")
	if got := w.confirmField("sam", "Time"); !strings.Contains(got, "7:30") && !strings.Contains(got, "7시 30분") {
		t.Fatalf("time on the card: %q, want 19:30", got)
	}
	must(t, w.say("민호", "assistant", "이번 주 토요일 서울 한옥 1박 2명"), "어디로 할까요?")
	w.say("민호", "assistant", "2번으로 할게요, 조용한 방이면 좋겠어요")
	if got := w.confirmField("민호", "Request"); !strings.Contains(got, "조용") {
		t.Fatalf("request on the card: %q, want a quiet room", got)
	}
}

// TestStayEndsAtCheckout: a stay said by its check-in and check-out days
// ("20일 체크인 22일 체크아웃", "checking in on the 18th and checking out
// on the 21st") is that many nights — not one night from the first day.
func TestStayEndsAtCheckout(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("지수", "assistant", "서울 숙소 12월 20일 체크인 22일 체크아웃 2명"), "어디로 할까요?")
	w.say("지수", "assistant", "1번")
	if got := w.confirmField("지수", "Nights"); !strings.Contains(got, "2") {
		t.Fatalf("nights on the card: %q, want 2", got)
	}
	must(t, w.say("alex", "assistant", "hotel in jeju checking in on the 18th and checking out on the 21st, 2 adults"), "Which one?")
	w.say("alex", "assistant", "the first one")
	if got := w.confirmField("alex", "Nights"); !strings.Contains(got, "3") {
		t.Fatalf("nights on the card: %q, want 3", got)
	}
}
