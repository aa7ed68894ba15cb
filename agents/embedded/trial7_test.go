package embedded_test

import (
	"strings"
	"testing"

	"github.com/madang-world/madang/skills/booking"
)

// bookNoeul books Noeul Trattoria (Gangnam) tomorrow at 7pm for 4, as the
// seventh trial's user did.
func bookNoeul(t *testing.T, w *world, u string) {
	t.Helper()
	must(t, w.say(u, "assistant", "book italian for 4 tomorrow 7pm in gangnam"), "Noeul Trattoria")
	must(t, w.say(u, "assistant", "cheaper one?"), "1) Noeul Trattoria (Gangnam)")
	must(t, w.say(u, "assistant", "ok that one"), "holding it")
	must(t, w.confirm(u, "assistant", true), "Noeul Trattoria (Gangnam) on Tue, Dec 8 at 7 PM for 4 is confirmed")
}

// "forget it. just cancel the trattoria booking" said "OK, cancelled."
// and cancelled nothing: a cancel that names a booking starts that
// booking's cancellation, whatever question was pending.
func TestTrial7CancelNamedBookingIsNoNeverMind(t *testing.T) {
	w := newWorld(t)
	bookNoeul(t, w, "v")
	w.say("v", "assistant", "actually make it 6 people")
	w.confirm("v", "assistant", false)
	w.say("v", "assistant", "no, keep 7pm but for six people not four")
	w.say("v", "assistant", "change my Noeul Trattoria booking to 6 people")
	must(t, w.say("v", "assistant", "forget it. just cancel the trattoria booking"), "Please check the card and confirm the cancellation.")
	c := w.out.lastConfirm("v")
	if c.Action != "booking_cancel" || c.Summary != "Cancel the booking at Noeul Trattoria (Gangnam) on Tue, Dec 8 at 7 PM for 4 (fee ₩0)." {
		t.Fatalf("confirm %s %q", c.Action, c.Summary)
	}
	// the change's card it dropped gave its hold (for 6) back
	if got := w.mine("v"); got != "노을 트라토리아 (강남) 19:00 confirmed" {
		t.Fatalf("mine: %s", got)
	}
	must(t, w.confirm("v", "assistant", true), "Cancelled Noeul Trattoria (Gangnam)")
	if got := w.mine("v"); got != "" {
		t.Fatalf("after: %s", got)
	}
}

// A Friday dinner booked in Korean, then "금요일 회식도 그냥 취소할래"
// answered "알겠어요." and cancelled nothing: the day names the booking.
// "금요일 예약 취소됐어?" asks, and is answered, never a new card.
func TestTrial7CancelByDayKorean(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("v", "assistant", "금요일 저녁 7시 강남 이탈리안 4명 예약해줘"), "1) 온 트라토리아")
	must(t, w.say("v", "assistant", "1번"), "잡아 두었어요")
	must(t, w.confirm("v", "assistant", true), "온 트라토리아 12월 11일(금) 오후 7시, 4명 예약이 확정됐어요")
	must(t, w.say("v", "assistant", "아 그리고 금요일 회식도 그냥 취소할래. 팀장님이 안된대"), "취소하기 전에 확인 카드를 봐 주세요.")
	c := w.out.lastConfirm("v")
	if c.Action != "booking_cancel" || c.Summary != "온 트라토리아 12월 11일(금) 오후 7시, 4명 예약을 취소합니다 (수수료 0원)." {
		t.Fatalf("confirm %s %q", c.Action, c.Summary)
	}
	w.confirm("v", "assistant", false)
	n := len(w.out.confirms["v"])
	r := w.say("v", "assistant", "금요일 예약 취소됐어?")
	if len(w.out.confirms["v"]) != n {
		t.Fatalf("a question opened a card: %q", w.out.lastConfirm("v").Summary)
	}
	if r != "아직 그대로 있어요: 온 트라토리아 12월 11일(금) 오후 7시." {
		t.Fatalf("status: %q", r)
	}
	must(t, w.say("v", "assistant", "금요일 예약 취소해줘"), "취소하기 전에 확인 카드를 봐 주세요.")
	must(t, w.confirm("v", "assistant", true), "온 트라토리아 예약을 취소했어요")
	n = len(w.out.confirms["v"])
	if r := w.say("v", "assistant", "금요일 예약 취소됐어?"); r != "지금 목록에는 없어요." || len(w.out.confirms["v"]) != n {
		t.Fatalf("after the cancellation: %q", r)
	}
}

// Two bookings at Noeul Trattoria (6 and 7 PM): "cancel my 7 PM booking at
// Noeul Trattoria" asked which; the time said picks it. "cancel the
// trattoria booking" asks between the two, in English words and dates.
func TestTrial7CancelByPlaceAndTime(t *testing.T) {
	w := newWorld(t)
	for _, at := range []string{"6pm", "7pm"} {
		must(t, w.say("v", "assistant", "book noeul trattoria in gangnam tomorrow "+at+" for 4"), "Noeul Trattoria")
		must(t, w.say("v", "assistant", "1"), "holding it")
		must(t, w.confirm("v", "assistant", true), "is confirmed")
	}
	must(t, w.say("v", "assistant", "cancel the trattoria booking"), "Which booking should I cancel? 1) Noeul Trattoria (Gangnam) Tue, Dec 8, 6 PM, 2) Noeul Trattoria (Gangnam) Tue, Dec 8, 7 PM")
	for _, say := range []string{"cancel my 7 PM booking at Noeul Trattoria", "cancel the 7pm one"} {
		if say == "cancel the 7pm one" {
			must(t, w.say("v", "assistant", "show my bookings"), "Your bookings: Noeul Trattoria (Gangnam) Tue, Dec 8 6 PM, Noeul Trattoria (Gangnam) Tue, Dec 8 7 PM")
		}
		must(t, w.say("v", "assistant", say), "Please check the card and confirm the cancellation.")
		c := w.out.lastConfirm("v")
		if c.Action != "booking_cancel" || c.Summary != "Cancel the booking at Noeul Trattoria (Gangnam) on Tue, Dec 8 at 7 PM for 4 (fee ₩0)." {
			t.Fatalf("%s: confirm %s %q", say, c.Action, c.Summary)
		}
		w.confirm("v", "assistant", false)
	}
}

// A hold declined on its card, or left for another day, is no booking:
// "my bookings" lists only what was confirmed.
func TestTrial7HoldsAreNoBookings(t *testing.T) {
	w := newWorld(t)
	bookNoeul(t, w, "v")
	must(t, w.say("v", "assistant", "하늘 한정식 모레 저녁 7시 2명 예약해줘"), "1) 하늘 한정식")
	must(t, w.say("v", "assistant", "1번"), "잡아 두었어요")
	// (another day of the place held: the same place is held then)
	must(t, w.say("v", "assistant", "아 잠깐 모레 말고 금요일이야"), "잡아 두었어요")
	w.confirm("v", "assistant", false)
	r := w.say("v", "assistant", "show my bookings")
	if r != "Your bookings: Noeul Trattoria (Gangnam) Tue, Dec 8 7 PM" {
		t.Fatalf("bookings: %q", r)
	}
	if got := w.mine("v"); got != "노을 트라토리아 (강남) 19:00 confirmed" {
		t.Fatalf("mine: %s", got)
	}
}

// "actually make it 6 people" became a 6 PM rebooking, "6명으로 바꿔줘"
// too, and "change my Noeul Trattoria booking to 6 people" searched for
// places named Noeul: a new party size at the same place and time is
// checked, held, and confirmed before the old booking is cancelled.
func TestTrial7PartySizeChange(t *testing.T) {
	for _, c := range []struct{ say, note, summary, done string }{
		{"actually make it 6 people",
			"Noeul Trattoria (Gangnam) has a table for 6 at 7 PM. When you confirm, I book it for 6 first and then cancel the booking for 4. I'm holding it",
			"Confirm the booking at Noeul Trattoria (Gangnam) on Tue, Dec 8 at 7 PM for 6, then cancel the booking at Noeul Trattoria (Gangnam) on Tue, Dec 8 at 7 PM for 4 (fee ₩0).",
			"Your table at Noeul Trattoria (Gangnam) is now Tue, Dec 8 at 7 PM for 6."},
		{"change my Noeul Trattoria booking to 6 people",
			"Noeul Trattoria (Gangnam) has a table for 6 at 7 PM.", "", ""},
		{"6명으로 바꿔줘",
			"노을 트라토리아 (강남)에 오후 7시 6명 자리가 있어요. 확정하면 6명 예약을 먼저 확정하고, 그다음 4명 예약을 취소해요. 자리를",
			"노을 트라토리아 (강남) 12월 8일(화) 오후 7시, 6명 예약을 새로 확정하고, 그다음 노을 트라토리아 (강남) 12월 8일(화) 오후 7시, 4명 예약을 취소합니다 (수수료 0원).",
			"노을 트라토리아 (강남) 예약을 12월 8일(화) 오후 7시, 6명으로 바꿨어요."},
	} {
		t.Run(c.say, func(t *testing.T) {
			w := newWorld(t)
			bookNoeul(t, w, "v")
			must(t, w.say("v", "assistant", c.say), c.note)
			if c.summary == "" {
				return
			}
			if s := w.out.lastConfirm("v").Summary; s != c.summary {
				t.Fatalf("card %q", s)
			}
			must(t, w.confirm("v", "assistant", true), c.done)
			if got := w.mine("v"); got != "노을 트라토리아 (강남) 19:00 confirmed" {
				t.Fatalf("mine: %s", got)
			}
			if bs := w.bk.Bookings(); !hasParty(bs, 6) {
				t.Fatalf("no booking for 6: %+v", bs)
			}
		})
	}
}

func hasParty(bs []booking.Booking, n int) bool {
	for _, b := range bs {
		if b.Status == booking.Confirmed && b.Party == n {
			return true
		}
	}
	return false
}

// "it"/"그거" is the event just added: "move it to friday same time" asked
// which event, then "When should it be?"; "아 그거 9시로 미뤄줘" after
// "수요일 아침 8시" moved it to Monday 9 PM. A time alone keeps the day, a
// day alone ("same time") keeps the time, and 9 after 8 in the morning is
// 9 in the morning.
func TestTrial7MoveTheEventJustAdded(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("e", "assistant", "set up a one-hour meeting with Minsu and Jiyoung tomorrow afternoon"), "1)")
	must(t, w.say("e", "assistant", "the first one"), "Send invites")
	w.confirm("e", "assistant", true)
	must(t, w.say("e", "assistant", "add dentist appointment on thursday at 3pm"), "Added “dentist appointment” on Thu, Dec 10, 3–4 PM.")
	must(t, w.say("e", "assistant", "oh wait move it to friday same time"), "Moved “dentist appointment” to Fri, Dec 11, 3–4 PM.")

	must(t, w.say("k", "assistant", "수요일 아침 8시에 헬스 일정 넣어줘"), "12월 9일(수) 오전 8시–9시에 ‘헬스’ 일정을 넣었어요.")
	must(t, w.say("k", "assistant", "아 그거 9시로 미뤄줘"), "‘헬스’ 일정을 12월 9일(수) 오전 9시–10시로 옮겼어요.")
}

// The time of a move said before the event is picked is relative to the
// event picked: "9시로 미뤄줘", "헬스" moved it to Monday 9 PM.
func TestTrial7MoveTimeBeforeThePick(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("k", "assistant", "목요일 오후 3시에 치과 일정 넣어줘"), "넣었어요")
	must(t, w.say("k", "assistant", "수요일 아침 8시에 헬스 일정 넣어줘"), "12월 9일(수) 오전 8시–9시에 ‘헬스’ 일정을 넣었어요.")
	must(t, w.say("k", "assistant", "일정 하나 9시로 미뤄줘"), "어떤 일정을 옮길까요?")
	must(t, w.say("k", "assistant", "헬스"), "‘헬스’ 일정을 12월 9일(수) 오전 9시–10시로 옮겼어요.")
}

// "2" to "Which event should I move?", then "friday same time" asked "When
// should it be?" again: a day alone keeps the picked event's time.
func TestTrial7MoveDayAfterThePick(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("e", "assistant", "add gym on wednesday at 8am"), "Added")
	must(t, w.say("e", "assistant", "add dentist appointment on thursday at 3pm"), "Added “dentist appointment” on Thu, Dec 10, 3–4 PM.")
	must(t, w.say("e", "assistant", "move an event"), "Which event should I move?")
	must(t, w.say("e", "assistant", "2"), "When should it be?")
	must(t, w.say("e", "assistant", "friday same time"), "Moved “dentist appointment” to Fri, Dec 11, 3–4 PM.")
}

// An English request with Korean names is answered in English (it was in
// Korean), and "with Minsu and Jiyoung" answers who should come.
func TestTrial7MeetingNamesInEnglish(t *testing.T) {
	w := newWorld(t)
	r := w.say("e", "assistant", "can you find a time for a meeting with 민지 and 서준 tomorrow afternoon, about an hour")
	if strings.ContainsFunc(r, func(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }) {
		t.Fatalf("answered in Korean: %q", r)
	}
	r = w.say("f", "assistant", "can you find a time for a meeting with 민수 and 지영 tomorrow afternoon, about an hour")
	must(t, r, "Everyone is free at: 1) Tue, Dec 8, 1–2 PM")
	must(t, w.say("g", "assistant", "set up a meeting tomorrow afternoon, about an hour"), "Who")
	must(t, w.say("g", "assistant", "with Minsu and Jiyoung"), "Everyone is free at: 1) Tue, Dec 8, 1–2 PM")
}

// "이번주 금욜 저녁에 강남에서 6명 회식…", asked the time, "7시 반쯤?
// 고기집이면 좋겠어" asked "몇 분이세요?" again and held Monday: the day,
// the area and the party said before carry over; with no grill in 강남
// the reply says so before it offers others.
func TestTrial7SearchKeepsWhatWasSaid(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("k", "assistant", "안녕 지니! 이번주 금욜 저녁에 강남에서 6명 회식할 데 예약하고 싶어"), "몇 시로 할까요?")
	r := w.say("k", "assistant", "7시 반쯤? 고기집이면 좋겠어")
	must(t, r, "강남에는 고기구이 식당이 없어요.")
	must(t, w.say("k", "assistant", "1번"), "잡아 두었어요")
	c := w.out.lastConfirm("k")
	if !strings.HasPrefix(c.Summary, "결 숯불구이 12월 11일(금) 오후 7시 30분, 6명") {
		t.Fatalf("card %q", c.Summary)
	}
}

// "did they accept?" after inviting people answered "You have no
// invitations to answer": it asks for the invitees' answers.
func TestTrial7DidTheyAccept(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("e", "assistant", "set up a one-hour meeting with Minsu and Jiyoung tomorrow afternoon"), "1)")
	must(t, w.say("e", "assistant", "the second one pls"), "Send invites")
	w.confirm("e", "assistant", true)
	r := w.say("e", "assistant", "did they accept?")
	if r != "Replies to your invitations: Tue, Dec 8, 5–6 PM “Meeting”: Minsu Kim: accepted, Jiyoung Lee: accepted" {
		t.Fatalf("reply %q", r)
	}
	must(t, w.say("e", "assistant", "다들 수락했어?"), "보낸 초대의 답변이에요. 12월 8일(화) 오후 5시–6시 ‘Meeting’: 김민수 수락, 이지영 수락")
}

// "체크아웃 몇시야?" after booking a stay: "무엇을 원하시는지 확실하지
// 않아요"; the place's check-out time answers it.
func TestTrial7CheckOutTime(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("k", "assistant", "제주에 금요일부터 2박 숙소 잡아줘 2명"), "2) 담 게스트하우스")
	must(t, w.say("k", "assistant", "두번째꺼 오션뷰 좋다 그걸로"), "잡아 두었어요")
	must(t, w.confirm("k", "assistant", true), "담 게스트하우스 예약이 확정됐어요")
	if r := w.say("k", "assistant", "체크아웃 몇시야?"); r != "담 게스트하우스(12월 11일(금)부터 2박) 체크인 오후 3시부터, 체크아웃 오전 11시까지예요." {
		t.Fatalf("reply %q", r)
	}
	if r := w.say("k", "assistant", "what time is check-out?"); r != "Dam Guesthouse (Fri, Dec 11, 2 nights): check-in from 3 PM, check-out by 11 AM." {
		t.Fatalf("reply %q", r)
	}
}

// Times listed in Korean, picked in English: "I'll invite everyone for
// 12월 8일(화) 오후 5시–6시" — the reply reads the time in its own language.
func TestTrial7PickSaidInTheReplysLanguage(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("k", "assistant", "내일 오후에 민수랑 지영이랑 한 시간 회의 잡아줘"), "2) 12월 8일(화) 오후 5시–6시")
	must(t, w.say("k", "assistant", "the second one pls"), "I'll invite everyone for Tue, Dec 8, 5–6 PM. Please press “Send invites” on the card.")
	must(t, w.say("e", "assistant", "set up a one-hour meeting with Minsu and Jiyoung tomorrow afternoon"), "2) Tue, Dec 8, 5–6 PM")
	must(t, w.say("e", "assistant", "2번으로 해줘"), "12월 8일(화) 오후 5시–6시로 초대장을 보낼게요.")
}

// "was my booking cancelled?" asks; "is it possible to cancel my booking
// at Noeul?" asks for the cancellation.
func TestTrial7StatusQuestionEnglish(t *testing.T) {
	w := newWorld(t)
	bookNoeul(t, w, "v")
	n := len(w.out.confirms["v"])
	if r := w.say("v", "assistant", "was my noeul trattoria booking cancelled?"); r != "Not yet — it is still there: Noeul Trattoria (Gangnam) Tue, Dec 8, 7 PM." || len(w.out.confirms["v"]) != n {
		t.Fatalf("status: %q", r)
	}
	must(t, w.say("v", "assistant", "is it possible to cancel my booking at noeul trattoria?"), "Please check the card and confirm the cancellation.")
}
