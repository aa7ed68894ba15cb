package embedded_test

import (
	"strings"
	"testing"
)

// A new user's trial (round 15): a move said relative to the event —
// "push that meeting back by an hour", "그 회의 한 시간 뒤로 미뤄줘",
// "actually 30 min later than that", "그거 30분 늦춰줄 수 있어?" — kept
// the same time, took the hour from the clock (today 11:08), or was heard
// as "All right." / not understood. The shift applies to the event's own
// start, in both languages.
func TestFix15aRelativeMoveFromTheEvent(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("e", "assistant", "add team meeting thursday 12 to 1pm"), "Thu, Dec 10, 12–1 PM")
	must(t, w.say("e", "assistant", "push that meeting back by an hour"), "Moved “team meeting” to Thu, Dec 10, 1–2 PM")
	must(t, w.say("e", "assistant", "add lunch tomorrow at noon"), "Tue, Dec 8, 12–1 PM")
	must(t, w.say("e", "assistant", "move lunch to 1pm"), "Tue, Dec 8, 1–2 PM")
	must(t, w.say("e", "assistant", "actually 30 min later than that"), "Moved “lunch” to Tue, Dec 8, 1:30–2:30 PM")
	must(t, w.say("e", "assistant", "bring it forward 15 minutes"), "Moved “lunch” to Tue, Dec 8, 1:15–2:15 PM")

	must(t, w.say("k", "assistant", "목요일 12시부터 1시까지 팀 회의 일정 넣어줘"), "12월 10일(목) 오후 12시–1시")
	must(t, w.say("k", "assistant", "그 회의 한 시간 뒤로 미뤄줘"), "‘팀 회의’ 일정을 12월 10일(목) 오후 1시–2시로 옮겼어요")
	must(t, w.say("k", "assistant", "내일 12시에 치과 일정 추가해줘"), "12월 8일(화) 오후 12시–1시")
	must(t, w.say("k", "assistant", "치과 1시로 옮겨줘"), "오후 1시–2시로 옮겼어요")
	must(t, w.say("k", "assistant", "아 잠깐, 그거 30분 늦춰줄 수 있어?"), "‘치과’ 일정을 12월 8일(화) 오후 1시 30분–2시 30분으로 옮겼어요")
	must(t, w.say("k", "assistant", "그거 20분 앞으로 당겨줘"), "‘치과’ 일정을 12월 8일(화) 오후 1시 10분–2시 10분으로 옮겼어요")
}

// A new user's trial (round 15): "아니다 그냥 취소해줘" right after moving
// an event answered "알겠어요." — nothing cancelled, nothing restored. It
// asks to cancel the event just moved: its deletion is proposed on a
// card. "2번으로 할게요" with no list on screen is told there is none.
func TestFix15aJustCancelAfterMove(t *testing.T) {
	for _, c := range []struct{ add, other, move, cancel, want string }{
		{"내일 12시에 치과 일정 추가해줘", "금요일 3시에 헬스 일정 추가해줘", "치과 1시로 옮겨줘", "아니다 그냥 취소해줘", "치과"},
		{"add dentist tomorrow at noon", "add gym friday at 3pm", "move dentist to 1pm", "no wait, just cancel", "dentist"},
	} {
		w := newWorld(t)
		w.say("u", "assistant", c.add)
		w.say("u", "assistant", c.other)
		w.say("u", "assistant", c.move)
		got := w.say("u", "assistant", c.cancel)
		if strings.TrimSpace(got) == "알겠어요." || strings.TrimSpace(got) == "All right." {
			t.Fatalf("%q: %q", c.cancel, got)
		}
		cf := w.out.lastConfirm("u")
		if cf.Action != "sched_cancel_event" || !strings.Contains(cf.Summary, c.want) {
			t.Fatalf("%q proposed %s %q, want the %s deleted", c.cancel, cf.Action, cf.Summary, c.want)
		}
		w.confirm("u", "assistant", true)
		for _, ev := range w.sch.Events() {
			if ev.Title == c.want && !ev.Cancelled {
				t.Errorf("%q: %s still there", c.cancel, c.want)
			}
		}
	}
	w := newWorld(t)
	w.say("k", "assistant", "내일 12시에 치과 일정 추가해줘")
	must(t, w.say("k", "assistant", "2번으로 할게요"), "지금은 고를 목록이 없어요.")
	must(t, w.say("e", "assistant", "i'll take number 2, thanks"), "There's no list to pick from right now.")
}

// A new user's trial (round 15): a correction inside one sentence was
// ignored — "2번 담아 아니 3번으로" added #2, "add #1, no wait, the
// second one" added #1. What follows the correction wins, for a pick
// and for other details (a party, a time).
func TestFix15aCorrectionInOneSentence(t *testing.T) {
	w := newWorld(t)
	w.say("k", "shopper", "무선 이어폰 보여줘")
	third := w.out.lastCard("k").Items[2].Title
	must(t, w.say("k", "shopper", "2번 담아 아니 3번으로"), "장바구니에 담았어요: "+third)

	w.say("e", "shopper", "wireless earbuds")
	second := w.out.lastCard("e").Items[1].Title
	must(t, w.say("e", "shopper", "add #1, no wait, the second one"), "Added "+second+".")
	must(t, w.say("e", "shopper", "show me my cart"), second+" × 1")

	w.say("r", "assistant", "내일 저녁 7시 아니 8시 강남 4명 식당 예약해줘")
	if u := w.rec.lastUnderstood("r"); !strings.Contains(u.Slots["time"]+u.Slots["start"], "20:00") {
		t.Errorf("understood %+v, want 8 pm", u)
	}
	w.say("b", "assistant", "table in gangnam tomorrow at 7pm for 2, no wait, for 4")
	if u := w.rec.lastUnderstood("b"); u.Slots["party_size"] != "4" && u.Slots["people"] != "4" {
		t.Errorf("understood %+v, want a party of 4", u)
	}
}

// A new user's trial (round 15): "book korean bbq for 2 at 8 tonight"
// was told "Free times: 6:30 PM, 7 PM, 7:30 PM. Which time?" under the
// buttons of an earlier question (noon, 6pm, 7pm), and "1" was not
// understood. The free times said are the buttons, and "1" / "첫 번째"
// picks the first of them.
func TestFix15aFreeTimesAreTheButtons(t *testing.T) {
	for _, c := range []struct{ ask, pick, first string }{
		{"book korean bbq in gangnam for 2 at 8 tonight", "1", "6:30 PM"},
		{"오늘 저녁 8시 강남 한식 2명 예약해줘", "첫 번째", "오후 6시 30분"},
	} {
		w := newWorld(t)
		got := w.say("u", "assistant", c.ask)
		card := w.out.lastCard("u")
		if !strings.Contains(got, c.first) || len(card.Items) == 0 || card.Items[0].Title != c.first {
			t.Fatalf("%q: %q with card %+v, want the free times as its buttons", c.ask, got, card)
		}
		for _, it := range card.Items {
			if !strings.Contains(got, it.Title) {
				t.Errorf("button %q is not a time said in %q", it.Title, got)
			}
		}
		got = w.say("u", "assistant", c.pick)
		if u := w.rec.lastUnderstood("u"); !strings.Contains(u.Slots["time"], "18:30") {
			t.Errorf("%q: understood %+v (%q), want 6:30 pm", c.pick, u, got)
		}
	}
}
