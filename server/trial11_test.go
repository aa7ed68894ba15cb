package server_test

import (
	"strings"
	"testing"

	"github.com/madang-world/madang/skills/skilltest"
)

// A new user's trial of the campus (round 11), replayed over the
// WebSocket with the campus's fixed clock.

// TestTrial11CartSwap: "그거 말고 첫번째꺼로", "actually not that one, the
// first one instead", "swap it for the second one" right after a product
// went in the cart put the new one in beside it; now the cart holds only
// the new one.
func TestTrial11CartSwap(t *testing.T) {
	ts := newAvatarServer(t, "", skilltest.NewClock(skilltest.Start))
	for _, c := range []struct {
		user, search, add, swap, cart, want, gone string
	}{
		{"지호", "3만원이하이어폰추천해줘", "두번째거 담아", "그거 말고 첫번째꺼로", "장바구니 보여줘", "다온 유선 이어폰 Lite × 1 = 20,300원", "초록 유선 이어폰 Pro"},
		{"Amy", "find me a tumbler under 30000 won", "add number 2", "actually not that one, the first one instead", "show my cart", "Baram Tumbler Pro × 1 = ₩10,700", "Chorok Tumbler Mini"},
		{"Ben", "show me notebooks", "add the first one", "swap it for the second one", "show my cart", "Byeolbit Notebook Plus × 1 = ₩8,600", "Hanbit Notebook Mini"},
	} {
		b := newBot(t, ts, c.user)
		b.join(t, "store")
		collect(t, b, false) // the greeting at the entrance
		shopper := avatarIn(t, b, "shopper")
		talk(t, b, shopper, c.search, false)
		talk(t, b, shopper, c.add, false)
		r := talk(t, b, shopper, c.swap, false).text()
		has(t, r, c.gone) // the reply says what went out
		cart := talk(t, b, shopper, c.cart, false).text()
		has(t, cart, c.want)
		if strings.Contains(cart, c.gone) {
			t.Fatalf("%s: %q → cart still holds %s: %q", c.user, c.swap, c.gone, cart)
		}
	}
}

// TestTrial11RemoveWhatIsNotInTheCart: "remove the phone case" / "폰케이스
// 빼줘" with only earbuds in the cart emptied it; now the reply says
// there is none and the earbuds stay.
func TestTrial11RemoveWhatIsNotInTheCart(t *testing.T) {
	ts := newAvatarServer(t, "", skilltest.NewClock(skilltest.Start))
	for _, c := range []struct {
		user                               string
		steps                              []string
		remove, want, cart, keeps, another string
	}{
		{"Kim", []string{"show me some wireless earbuds", "add the cheapest one", "also add a phone case"}, "remove the phone case", "There's no phone case in your cart", "show my cart", "Hanbit Wireless Earbuds Plus × 1", "remove the earbuds"},
		{"수아", []string{"무선 이어폰 보여줘", "1번 담아줘"}, "폰케이스 빼줘", "장바구니에 폰케이스는 없어요", "장바구니", "다온 무선 이어폰 Max × 1", "이어폰 빼줘"},
	} {
		b := newBot(t, ts, c.user)
		b.join(t, "store")
		collect(t, b, false)
		shopper := avatarIn(t, b, "shopper")
		for _, s := range c.steps {
			talk(t, b, shopper, s, false)
		}
		r := talk(t, b, shopper, c.remove, false).text()
		has(t, r, c.want, c.keeps) // and shows what the cart holds
		has(t, talk(t, b, shopper, c.cart, false).text(), c.keeps)
		// Naming what is in it still takes it out.
		if r := talk(t, b, shopper, c.another, false).text(); !strings.Contains(r, "empty") && !strings.Contains(r, "비었어요") {
			t.Fatalf("%q → %q, want the cart emptied", c.another, r)
		}
	}
}

// TestTrial11QuizLetters: "B" to choices numbered 1) 2) … was graded
// wrong ("Not quite: the answer is 2) 안녕하세요"); a letter is the
// choice it letters (B is 2), in a student's own quiz and in a class
// quiz.
func TestTrial11QuizLetters(t *testing.T) {
	ts := newAvatarServer(t, "", skilltest.NewClock(skilltest.Start))
	e := newBot(t, ts, "Noah")
	e.join(t, "classroom")
	tutor := avatarIn(t, e, "tutor")
	has(t, talk(t, e, tutor, "quiz me on korean basics", false).text(), "1/3. Which is the polite greeting when you meet someone?", "2) 안녕하세요")
	r := talk(t, e, tutor, "B", false).text()
	has(t, r, "Correct", "2/3")
	if strings.Contains(r, "Not quite") {
		t.Fatalf("\"B\" for 2) 안녕하세요 → %q", r)
	}
	// A wrong letter is still wrong.
	has(t, talk(t, e, tutor, "a", false).text(), "Not quite", "3/3")

	liam, sua := newBot(t, ts, "Liam"), newBot(t, ts, "Sua")
	liam.join(t, "classroom")
	sua.join(t, "classroom")
	has(t, talk(t, liam, tutor, "can we do a class quiz together on korean basics?", false).text(), "Which is the polite greeting when you meet someone?")
	r = talk(t, sua, tutor, "b", false).text()
	has(t, r, "Correct", "2/3")
	if strings.Contains(r, "Not quite") {
		t.Fatalf("class quiz \"b\" → %q", r)
	}
	has(t, talk(t, liam, tutor, "c", false).text(), "Not quite")
}

// TestTrial11UnspacedMeetingWithSomeoneUnknown: "모레오후2시에지훈이랑미팅
// 잡아줘" (no spaces, 지훈 not in the directory) put a private event
// "지훈이랑미팅" in the calendar; it is read as the spaced request: 지훈
// is not in the directory, the reply says who can be invited, nothing
// is added, and a name from the list goes on to the invitation.
func TestTrial11UnspacedMeetingWithSomeoneUnknown(t *testing.T) {
	ts := newAvatarServer(t, "", skilltest.NewClock(skilltest.Start))
	b := newBot(t, ts, "도윤")
	b.join(t, "lobby")
	assistant := avatarIn(t, b, "assistant")
	r := talk(t, b, assistant, "모레오후2시에지훈이랑미팅잡아줘", false).text()
	has(t, r, "‘지훈’ 님은 주소록에 없어요", "김민수", "이지영")
	if strings.Contains(r, "일정을 넣었어요") {
		t.Fatalf("a private event was added: %q", r)
	}
	has(t, talk(t, b, assistant, "모레 일정 보여줘", false).text(), "일정이 없어요")
	c := talk(t, b, assistant, "그럼 민수랑 할게요", true)
	if c.confirm == nil || c.confirm.Action != "sched_invite" || !strings.Contains(c.confirm.Summary, "김민수") {
		t.Fatalf("invite → %+v", c.confirm)
	}

	e := newBot(t, ts, "Alex")
	e.join(t, "lobby")
	has(t, talk(t, e, assistant, "Can you set up a meeting with Alice and Bob on Thursday at 10am?", false).text(), "I couldn't find “Alice, Bob” in the directory. You can invite", "Minsu Kim", "Jiyoung Lee")
}

// TestTrial11TimeCorrectionRetiresTheCard: "아니 7시 반으로" with a
// table's confirmation card open showed the list again, and the card
// still shown booked 7시; "make it 8 instead" (nothing free at 8) left
// the 7 PM card live. The correction holds the same place at the new
// time with a new card, or says the time is taken; the old card books
// nothing.
func TestTrial11TimeCorrectionRetiresTheCard(t *testing.T) {
	ts := newAvatarServer(t, "", skilltest.NewClock(skilltest.Start))
	k := newBot(t, ts, "하린")
	k.join(t, "lobby")
	assistant := avatarIn(t, k, "assistant")
	talk(t, k, assistant, "내일 저녁 7시 강남 2명 이탈리안 예약해줘", false)
	old := talk(t, k, assistant, "그거 말고 2번", true).confirm
	has(t, old.Summary, "노을 트라토리아", "오후 7시,")
	r := talk(t, k, assistant, "아니 7시 반으로", true)
	has(t, r.confirm.Summary, "노을 트라토리아", "오후 7시 30분")
	if err := k.Confirm(old.Nonce); err != nil {
		t.Fatal(err)
	}
	stale := collect(t, k, false)
	if strings.Contains(stale.text(), "확정됐어요") {
		t.Fatalf("the old card booked: %q", stale.text())
	}
	has(t, confirm(t, k, r.confirm.Nonce).text(), "노을 트라토리아 (강남) 12월 8일(화) 오후 7시 30분, 2명 예약이 확정됐어요")

	e := newBot(t, ts, "Jamie")
	e.join(t, "lobby")
	talk(t, e, assistant, "book a table for 3 in Gangnam tomorrow at 7pm", false)
	old = talk(t, e, assistant, "the first one", true).confirm
	has(t, old.Summary, "On Trattoria", "7 PM")
	has(t, talk(t, e, assistant, "make it 8 instead", false).text(), "Free times")
	if err := e.Confirm(old.Nonce); err != nil {
		t.Fatal(err)
	}
	if s := collect(t, e, false).text(); strings.Contains(s, "is confirmed") {
		t.Fatalf("the old card booked: %q", s)
	}
	if s := talk(t, e, assistant, "show my bookings", false).text(); strings.Contains(s, "7 PM") && !strings.Contains(s, "not confirmed") {
		t.Fatalf("7 PM booked: %q", s)
	}
}

// TestTrial11GuestsStayInTheLodging: "2명이요" / "3명이요" / "for 2
// guests" said to a hotel's list or question started a restaurant
// booking ("며칠 몇 시로 예약할까요?", then restaurants) and lost the
// dates; it is the stay's guests, and the stay held has the dates said.
func TestTrial11GuestsStayInTheLodging(t *testing.T) {
	ts := newAvatarServer(t, "", skilltest.NewClock(skilltest.Start))
	for _, c := range []struct {
		user, ask, guests, pick string
		want                    []string
	}{
		{"서준", "다음주 월요일부터 2박 호텔 예약하고 싶어요", "2명이요", "1번으로 할게요", []string{"바다 호텔", "12월 14일", "2박", "2명"}},
		{"예린", "다음주 금요일부터 2박 제주 호텔 예약해줘", "3명이요", "1번", []string{"호텔", "12월 18일", "2박", "3명"}},
		{"Olivia", "I need a hotel in Seoul for 2 nights starting December 18", "for 2 guests", "the first one", []string{"Dec 18", "2 nights", "for 2"}},
	} {
		b := newBot(t, ts, c.user)
		b.join(t, "lobby")
		assistant := avatarIn(t, b, "assistant")
		talk(t, b, assistant, c.ask, false)
		r := talk(t, b, assistant, c.guests, false).text()
		for _, bad := range []string{"몇 시", "What day and time", "트라토리아", "Trattoria"} {
			if strings.Contains(r, bad) {
				t.Fatalf("%q → %q: a restaurant booking", c.guests, r)
			}
		}
		cf := talk(t, b, assistant, c.pick, true).confirm
		has(t, cf.Summary, c.want...)
	}
}

// TestTrial11FallbackKeepsTheBooking: "그거 말고 다른데" to "몇 시로
// 할까요?" got the capability list, and then "2번" was read as cancelling
// a booking ("취소할 예약이 없어요") and "7시" as an event. The question
// still stands after the reply it could not place: "2번" picks its
// second reply and "7시" answers it.
func TestTrial11FallbackKeepsTheBooking(t *testing.T) {
	ts := newAvatarServer(t, "", skilltest.NewClock(skilltest.Start))
	for _, c := range []struct{ user, answer string }{{"민재", "2번"}, {"소율", "7시"}} {
		b := newBot(t, ts, c.user)
		b.join(t, "lobby")
		assistant := avatarIn(t, b, "assistant")
		has(t, talk(t, b, assistant, "낼 저녁에 일식집 예얗해줘", false).text(), "몇 시로 할까요?")
		has(t, talk(t, b, assistant, "그거 말고 다른데", false).text(), "몇 시로 할까요?")
		r := talk(t, b, assistant, c.answer, false).text()
		has(t, r, "몇 분이세요?")
		r = talk(t, b, assistant, "2명이요", false).text()
		has(t, r, "예약할 수 있는 곳이에요")
	}
}

// TestTrial11StayCheckInLater: "체크인을 하루 늦춰줘" after booking a hotel
// was read as moving a calendar event ("옮길 일정이 없어요"). It moves the
// stay: the same hotel from the next day, the new stay booked first and
// the old one cancelled once the card is confirmed.
func TestTrial11StayCheckInLater(t *testing.T) {
	ts := newAvatarServer(t, "", skilltest.NewClock(skilltest.Start))
	for _, c := range []struct {
		user, ask, pick, shift string
		card, done             []string
	}{
		{"지안", "12월 24일부터 2박 제주 호텔 2명", "1번", "체크인을 하루 늦춰줘", []string{"바다 호텔 12월 25일(금) 체크인 2박, 2명", "12월 24일(목) 체크인 2박, 2명 예약을 취소"}, []string{"바다 호텔 예약을 12월 25일(금) 체크인, 2박, 2명으로 바꿨어요", "원래 12월 24일(목)부터 2박 예약은 취소했어요"}},
		{"Leo", "jeju hotel dec 24 for 2 nights, 2 people", "the first one", "can you push my hotel check-in back a day?", []string{"Bada Hotel", "Dec 25"}, []string{"Your stay at Bada Hotel is now check-in Fri, Dec 25, 2 nights, 2 guests"}},
	} {
		b := newBot(t, ts, c.user)
		b.join(t, "lobby")
		assistant := avatarIn(t, b, "assistant")
		talk(t, b, assistant, c.ask, false)
		confirm(t, b, talk(t, b, assistant, c.pick, true).confirm.Nonce)
		r := talk(t, b, assistant, c.shift, true)
		if r.confirm == nil || r.confirm.Action != "booking_confirm" {
			t.Fatalf("%q → %q, no card", c.shift, r.text())
		}
		has(t, r.confirm.Summary, c.card...)
		has(t, confirm(t, b, r.confirm.Nonce).text(), c.done...)
	}
}

// TestTrial11GoodbyeIsAGoodbye: "고마워요 안녕히 계세요", "thx bye", "see
// you tomorrow!" got "anything else?"; a goodbye is answered with one,
// and a question about a goodbye is still a lesson.
func TestTrial11GoodbyeIsAGoodbye(t *testing.T) {
	ts := newAvatarServer(t, "", skilltest.NewClock(skilltest.Start))
	for _, c := range []struct{ user, room, role, text, want string }{
		{"유나", "lobby", "assistant", "고마워요 안녕히 계세요", "천만에요! 안녕히 가세요. 또 오세요."},
		{"태오", "classroom", "tutor", "다음에 또 올게요 안녕히계세요", "안녕히 가세요! 또 오세요."},
		{"Mia", "classroom", "tutor", "thx bye", "You're welcome! Goodbye, see you next time."},
		{"Ethan", "classroom", "tutor", "thanks teacher, see you tomorrow!", "You're welcome! Goodbye, see you next time."},
		{"Zoe", "lobby", "assistant", "ok that's all, thanks a lot. bye!", "You're welcome! Goodbye, see you next time."},
		{"하윤", "classroom", "tutor", "안녕히 가세요는 언제 써요?", "안녕히 계세요"},
	} {
		b := newBot(t, ts, c.user)
		b.join(t, c.room)
		av := avatarIn(t, b, c.role)
		r := talk(t, b, av, c.text, false).text()
		has(t, r, c.want)
		if strings.Contains(r, "Anything else") || strings.Contains(r, "더 필요한 게") {
			t.Fatalf("%q → %q", c.text, r)
		}
	}
}

// TestTrial11AlsoAddSomethingElse: "볼펜도 담아줘" / "add a tumbler too"
// with a notebook or earbuds list shown asked "which product? say add
// number 1"; the product said is looked for and offered, and a number
// then adds it.
func TestTrial11AlsoAddSomethingElse(t *testing.T) {
	ts := newAvatarServer(t, "", skilltest.NewClock(skilltest.Start))
	for _, c := range []struct{ user, search, add, also, want, pick, cart string }{
		{"시우", "노트 보여줘", "1번 담아줘", "볼펜도 담아줘", "볼펜", "1번", "다온 볼펜 세트 Plus × 1"},
		{"Ava", "show me some wireless earbuds", "add the cheapest one", "add a tumbler too", "Tumbler", "add number 2", "Chorok Tumbler Mini × 1"},
	} {
		b := newBot(t, ts, c.user)
		b.join(t, "store")
		collect(t, b, false)
		shopper := avatarIn(t, b, "shopper")
		talk(t, b, shopper, c.search, false)
		talk(t, b, shopper, c.add, false)
		r := talk(t, b, shopper, c.also, false).text()
		has(t, r, c.want)
		if strings.Contains(r, "Which product") || strings.Contains(r, "어떤 상품을 담을까요") {
			t.Fatalf("%q → %q", c.also, r)
		}
		talk(t, b, shopper, c.pick, false)
		has(t, talk(t, b, shopper, map[bool]string{true: "show my cart", false: "장바구니"}[c.user == "Ava"], false).text(), c.cart)
	}
}

// TestTrial11WhatCanYouTeach: "수학도 알려줘요?" got a progress report; a
// question whether a subject is taught lists the lessons (일차방정식
// among them).
func TestTrial11WhatCanYouTeach(t *testing.T) {
	ts := newAvatarServer(t, "", skilltest.NewClock(skilltest.Start))
	for _, c := range []struct{ user, q string }{{"서아", "수학도 알려줘요?"}, {"도현", "과학도 배울 수 있어요?"}} {
		b := newBot(t, ts, c.user)
		b.join(t, "classroom")
		tutor := avatarIn(t, b, "tutor")
		r := talk(t, b, tutor, c.q, false).text()
		has(t, r, "일차방정식", "Linear Equations")
		if strings.Contains(r, "0%") {
			t.Fatalf("%q → a progress report: %q", c.q, r)
		}
	}
}
