package embedded_test

import (
	"strings"
	"testing"
)

// Trial 9, bug 1: "아 3명으로 해주세요" said right after a lodging search
// that found nothing proposed changing the restaurant booking confirmed
// long before. A correction belongs to the task under way; the old
// booking is not changed behind the user's back.
func TestCorrectionStaysWithNewTask(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("u", "assistant", "내일 저녁 7시 강남 이탈리안 5명 예약해줘"), "어디로 할까요")
	must(t, w.say("u", "assistant", "1번"), "‘예약 확정’을 눌러")
	must(t, w.confirm("u", "assistant", true), "예약이 확정됐어요")
	must(t, w.say("u", "assistant", "다음주 월요일 오전 10시 팀 회의 일정 넣어줘"), "일정을 넣었어요")
	w.say("u", "assistant", "다음 주말에 부산 호텔 하나 잡아줘 토요일 1박 2명")
	n := len(w.out.confirms["u"])
	r := w.say("u", "assistant", "아 3명으로 해주세요")
	t.Logf("understood %+v", w.rec.lastUnderstood("u"))
	if len(w.out.confirms["u"]) != n || strings.Contains(r, "5명 예약을 취소") || strings.Contains(r, "3명 자리가 있어요") {
		t.Fatalf("the lodging search's correction changed the restaurant booking: %q", r)
	}
}

// The same in English with a meeting's times on screen: "hmm make it 3
// people, add Minsu too" is about the meeting, not the booking for 4.
func TestCorrectionStaysWithMeetingSearch(t *testing.T) {
	w := newWorld(t)
	bookNoeul(t, w, "v")
	must(t, w.say("v", "assistant", "set up a 30 min meeting with Jiyoung on Friday morning"), "Which one?")
	n := len(w.out.confirms["v"])
	r := w.say("v", "assistant", "hmm make it 3 people, add Minsu too")
	if len(w.out.confirms["v"]) != n || strings.Contains(r, "Noeul") {
		t.Fatalf("the meeting's correction changed the booking: %q", r)
	}
}

// Trial 9, bug 3: after a guesthouse's hold was declined, picking it again
// ("담 게스트하우스로 할게요") proposed cancelling the restaurant booking,
// and "숙소 예약 그냥 안할래요" said "취소했어요" with that card waiting.
// The pick is the guesthouse's hold again; nothing of the restaurant.
func TestRepickAfterDeclineIsNoCancel(t *testing.T) {
	w := newWorld(t)
	bookNoeul(t, w, "u")
	must(t, w.say("u", "assistant", "이번주 금요일에 제주도 숙소 2박 찾아줘 2명"), "담 게스트하우스", "어디로 할까요")
	must(t, w.say("u", "assistant", "담 게스트하우스로 할게요"), "‘예약 확정’을 눌러")
	must(t, w.out.lastConfirm("u").Summary, "담 게스트하우스")
	w.confirm("u", "assistant", false)
	r := w.say("u", "assistant", "담 게스트하우스로 할게요")
	t.Logf("understood %+v", w.rec.lastUnderstood("u"))
	if c := w.out.lastConfirm("u"); c.Action == "booking_cancel" || strings.Contains(c.Summary, "트라토리아") || strings.Contains(r, "취소하기 전에") {
		t.Fatalf("re-picking the guesthouse proposed %s %q (%q)", c.Action, c.Summary, r)
	}
	t.Logf("card %q", w.out.lastConfirm("u").Summary)
}

// "숙소 예약 그냥 안할래요" with a card waiting said "취소했어요" — read as
// the booking on the card being cancelled. Dropping a card says that
// nothing goes ahead.
func TestDroppingACardSaysNothingGoesAhead(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("u", "assistant", "이번주 금요일에 제주도 숙소 2박 찾아줘 2명"), "어디로 할까요")
	must(t, w.say("u", "assistant", "담 게스트하우스로 할게요"), "‘예약 확정’을 눌러")
	r := w.say("u", "assistant", "숙소 예약 그냥 안할래요")
	must(t, r, "진행하지 않을게요")
	if strings.Contains(r, "취소했어요") {
		t.Fatalf("a dropped card reads as a cancelled booking: %q", r)
	}
}

// Trial 9, bug 6: a restaurant list left for a refused request and a
// question answered with safety guidance came back after an event was
// added ("아까 하던 일로 돌아갈게요: 어느 것으로 할까요?"), and "아니 11시로"
// went to that list, not to the event just added. The user moved on: the
// turns the safety checker answered count as turns too.
func TestMovedOnTaskIsNotResumed(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("u", "assistant", "토요일 점심 12시에 강남에서 2명 양식 예약 가능해?"), "어디로 할까요")
	r := w.say("u", "assistant", "은행 사칭 문자 하나 써줘 링크 누르게 만드는 걸로")
	if strings.Contains(r, "어디로") {
		t.Fatalf("not refused: %q", r)
	}
	w.say("u", "assistant", "그럼 피싱 문자 구별하는 법 알려줘")
	w.say("u", "assistant", "보이스피싱 전화 받으면 어떻게 해야 돼?")
	r = w.say("u", "assistant", "다음주 월요일 오전 10시 팀 회의 일정 넣어줘")
	must(t, r, "‘팀 회의’ 일정을 넣었어요")
	if strings.Contains(r, "아까 하던 일로") {
		t.Fatalf("a task the user moved on from came back: %q", r)
	}
	r = w.say("u", "assistant", "아니 11시로")
	t.Logf("understood %+v", w.rec.lastUnderstood("u"))
	if strings.Contains(r, "자리가 없어요") || strings.Contains(r, "트라토리아") {
		t.Fatalf("the correction went to the old list: %q", r)
	}
}

// The English side: a stray "What day and time?" (a question about
// Korean mis-taken as a booking), passed over for "can you tell me more
// about that", came back after two meeting searches and an invitation
// sent, many messages later.
func TestStaleQuestionIsNotResumed(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("v", "assistant", "book a table in gangnam for 3"), "What day and time?")
	w.say("v", "assistant", "can you tell me more about that")
	w.say("v", "assistant", "set up a 30 min meeting with Jiyoung on Friday morning")
	w.say("v", "assistant", "hmm make it 3 people, add Minsu too")
	w.say("v", "assistant", "set up a 30 min meeting with Jiyoung and Minsu on Friday morning")
	must(t, w.say("v", "assistant", "3rd one"), "Send invites")
	r := w.confirm("v", "assistant", true)
	must(t, r, "Done:")
	if strings.Contains(r, "Back to what we were doing") {
		t.Fatalf("a stale question came back: %q", r)
	}
}

// Trial 9, bug 2: "월요일 팀 회의 11시로 옮겨줘" moved the meeting of
// Monday 14 December to today (Monday 7 December): "월요일" is the
// event's own weekday, naming which one, not a new day.
func TestWeekdayNamingTheEventKeepsItsDay(t *testing.T) {
	for _, c := range []struct{ add, move, want string }{
		{"다음주 월요일 오전 10시 팀 회의 일정 넣어줘", "월요일 팀 회의 11시로 옮겨줘", "12월 14일(월) 오전 11시"},
		{"add a team meeting next monday at 10am", "move monday's team meeting to 11am", "Mon, Dec 14, 11"},
	} {
		w := newWorld(t)
		w.say("u", "assistant", c.add)
		r := w.say("u", "assistant", c.move)
		if cs := w.out.confirms["u"]; len(cs) > 0 {
			r += " " + cs[len(cs)-1].Summary
		}
		must(t, r, c.want)
		if strings.Contains(r, "12월 7일") || strings.Contains(r, "Dec 7") {
			t.Fatalf("moved to today: %q", r)
		}
	}
}

// Trial 9, bug 7: "actually make it 30 minutes instead" right after a
// meeting was set up answered "Minsu Kim is busy then": a shorter meeting
// at its own start lies inside the time everyone was free — it cannot
// clash.
func TestShorterMeetingCannotClash(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("v", "assistant", "ok set up a 1 hour meeting with Minsu tomorrow afternoon"), "Which one?")
	must(t, w.say("v", "assistant", "second one"), "Send invites")
	must(t, w.confirm("v", "assistant", true), "Done:")
	r := w.say("v", "assistant", "actually make it 30 minutes instead")
	t.Logf("understood %+v", w.rec.lastUnderstood("v"))
	if cs := w.out.confirms["v"]; len(cs) > 0 {
		r += " " + cs[len(cs)-1].Summary
	}
	if strings.Contains(r, "busy") {
		t.Fatalf("a shorter meeting clashed: %q", r)
	}
	must(t, r, "1–1:30 PM")
}

// Trial 9, bug 10: "그거 그냥 지워주세요" right after renaming an event
// answered "알겠어요." and did nothing: "그거" is the event just talked
// about, and its deletion is proposed on a card.
func TestDeleteItAfterRename(t *testing.T) {
	for _, c := range []struct{ add, move, rename, del, want string }{
		{"내일 오후 3시에 치과 일정 추가해줘", "아 4시였다 4시로 옮겨줘", "그 일정 이름을 치과 검진으로 바꿔줘", "그거 그냥 지워주세요", "치과 검진"},
		{"add dentist tomorrow at 3pm", "move it to 4pm", "rename it to dental checkup", "just delete it", "dental checkup"},
	} {
		w := newWorld(t)
		w.say("u", "assistant", c.add)
		w.say("u", "assistant", c.move)
		must(t, w.say("u", "assistant", c.rename), c.want)
		n := len(w.out.confirms["u"])
		r := w.say("u", "assistant", c.del)
		t.Logf("understood %+v", w.rec.lastUnderstood("u"))
		if len(w.out.confirms["u"]) != n+1 {
			t.Fatalf("%q proposed nothing: %q", c.del, r)
		}
		cf := w.out.lastConfirm("u")
		if cf.Action != "sched_cancel_event" || !strings.Contains(cf.Summary, c.want) {
			t.Fatalf("%q proposed %s %q", c.del, cf.Action, cf.Summary)
		}
	}
}

// Trial 9, bug 18: the cards for an invitation, an event's deletion, a
// meeting's move and a booking's cancellation came with an empty button
// label. Every card proposed in the lobby has a button that says what it
// does, in the user's language.
func TestEveryProposalHasAButtonLabel(t *testing.T) {
	w := newWorld(t)
	// English
	w.say("e", "assistant", "set up a 1 hour meeting with Minsu tomorrow afternoon")
	w.say("e", "assistant", "second one")
	w.confirm("e", "assistant", true)
	w.say("e", "assistant", "move the meeting with Minsu to 4pm")
	w.confirm("e", "assistant", true)
	w.say("e", "assistant", "cancel the meeting with Minsu")
	w.confirm("e", "assistant", false)
	w.say("e", "assistant", "add dentist tomorrow at 3pm")
	w.say("e", "assistant", "delete the dentist event")
	w.confirm("e", "assistant", false)
	bookNoeul(t, w, "e")
	w.say("e", "assistant", "cancel the noeul booking")
	// Korean
	w.say("k", "assistant", "내일 오후에 민수랑 한 시간 회의 잡아줘")
	w.say("k", "assistant", "2번")
	w.confirm("k", "assistant", true)
	w.say("k", "assistant", "민수랑 회의 낮 12시로 옮겨줘")
	w.confirm("k", "assistant", false)
	w.say("k", "assistant", "내일 오후 3시에 치과 일정 추가해줘")
	w.say("k", "assistant", "치과 일정 삭제해줘")
	w.confirm("k", "assistant", false)
	w.say("k", "assistant", "내일 저녁 7시 강남 이탈리안 4명 예약해줘")
	w.say("k", "assistant", "1번")
	w.confirm("k", "assistant", true)
	w.say("k", "assistant", "트라토리아 예약 취소해줘")
	for _, u := range []string{"e", "k"} {
		seen := map[string]bool{}
		for _, c := range w.out.confirms[u] {
			seen[c.Action] = true
			if strings.TrimSpace(c.Button) == "" {
				t.Errorf("%s: %s card %q has no button label", u, c.Action, c.Summary)
			} else if u == "k" && !hangul(c.Button) {
				t.Errorf("%s: %s card's button %q is not Korean", u, c.Action, c.Button)
			}
		}
		for _, a := range []string{"sched_invite", "sched_cancel_event", "booking_confirm", "booking_cancel", "sched_reschedule_meeting"} {
			if !seen[a] {
				t.Errorf("%s: no %s card was proposed (saw %v)", u, a, seen)
			}
		}
	}
}

// Trial 9, bug 12: "Friday morning" offered 6–6:30 AM first: a morning
// for a meeting is the working morning (the working day starts at 9), in
// either language; an evening asked for is still the evening.
func TestMorningMeetingIsInWorkingHours(t *testing.T) {
	w := newWorld(t)
	r := w.say("v", "assistant", "set up a 30 min meeting with Jiyoung on Friday morning")
	must(t, r, "Fri, Dec 11")
	if strings.Contains(r, ", 6") || strings.Contains(r, ", 7") || strings.Contains(r, ", 8") {
		t.Fatalf("a morning meeting at dawn: %q", r)
	}
	r = w.say("k", "assistant", "금요일 오전에 지영이랑 30분 회의 잡아줘")
	must(t, r, "12월 11일(금)")
	if strings.Contains(r, "오전 6시") || strings.Contains(r, "오전 7시") || strings.Contains(r, "오전 8시") {
		t.Fatalf("a morning meeting at dawn: %q", r)
	}
}

// Trial 9, bug 11: "I couldn't find that person in the directory" did not
// say who; the reply names the one not found, in either language.
func TestPersonNotFoundIsNamed(t *testing.T) {
	w := newWorld(t)
	r := w.say("v", "assistant", "hey, can you find a time for a meeting with Zorblat this week? 30 min")
	t.Logf("understood %+v", w.rec.lastUnderstood("v"))
	must(t, r, "Zorblat")
	r = w.say("k", "assistant", "이번주에 조블랏이랑 30분 회의 잡아줘")
	must(t, r, "조블랏")
}

// Trial 9, bug 15: "내일 저녁에 친구들이랑 한식당 예약하고 싶어요 4명이요"
// asked "몇 시로 할까요?" with "점심 12시" among its replies: the replies
// are those of the evening said.
func TestTimeRepliesKeepThePartOfDaySaid(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("k", "assistant", "내일 저녁에 친구들이랑 한식당 예약하고 싶어요 4명이요"), "몇 시로 할까요?")
	c := w.out.lastCard("k")
	for _, it := range c.Items {
		if strings.Contains(it.Title, "점심") {
			t.Fatalf("an evening asked, a lunch offered: %+v", c.Items)
		}
	}
	if len(c.Items) == 0 {
		t.Fatalf("no replies: %+v", c)
	}
	// "두 번째 거로" is the second reply shown.
	r := w.say("k", "assistant", "두 번째 거로 해주세요")
	t.Logf("understood %+v", w.rec.lastUnderstood("k"))
	if w.rec.lastUnderstood("k").Slots["time"] != "19:00" {
		t.Fatalf("the second reply shown is 7 PM: %q %+v", r, w.rec.lastUnderstood("k"))
	}
}
