package embedded_test

import (
	_ "github.com/madang-world/madang/skills/scheduling/titles"
	"strings"
	"testing"
)

// What a new user read, fixed (left9; notes: trial 8).

// TestLeft9WantingToBuyIsNotCancelling: "뭐 좀 사고 싶어요" (with an
// order placed, or none) was read as cancelling an order ("취소할 주문이
// 없어요", or a cancellation card). Wanting to buy something is asked
// what to look for; nothing is cancelled.
func TestLeft9WantingToBuyIsNotCancelling(t *testing.T) {
	for _, c := range []struct{ user, find, pick, pay, card, want, ask string }{
		{"k", "무선 이어폰 보여줘", "1번 담아줘", "결제해줘", "비자", "뭐 좀 사고 싶어요", "어떤 상품을 찾으세요?"},
		{"k2", "무선 이어폰 보여줘", "1번 담아줘", "결제해줘", "비자", "사고 싶은 게 좀 있어요", "어떤 상품을 찾으세요?"},
		{"e", "show me wireless earbuds", "add number 1", "check out", "the visa", "I want to buy something", "What are you looking for?"},
	} {
		w := newWorld(t)
		must(t, w.say(c.user, "shopper", c.want), c.ask)
		w.say(c.user, "shopper", "그만")
		w.say(c.user, "shopper", c.find)
		w.say(c.user, "shopper", c.pick)
		w.say(c.user, "shopper", c.pay)
		w.say(c.user, "shopper", map[bool]string{true: "매장 픽업", false: "store pickup"}[c.user[0] == 'k'])
		w.say(c.user, "shopper", c.card)
		w.confirm(c.user, "shopper", true)
		n := len(w.out.confirms[c.user])
		got := w.say(c.user, "shopper", c.want)
		must(t, got, c.ask)
		if len(w.out.confirms[c.user]) != n {
			t.Errorf("%s: %q asked to confirm %+v", c.user, c.want, w.out.lastConfirm(c.user))
		}
		if strings.Contains(got, "취소") || strings.Contains(strings.ToLower(got), "cancel") {
			t.Errorf("%s: %q → %q", c.user, c.want, got)
		}
	}
}

// TestLeft9AddFromTheListAfterTheCart: "3번 담을래요" after the cart was
// shown gave items similar to the cart's; it puts item 3 of the last list
// of products in the cart, however the verb is worded.
func TestLeft9AddFromTheListAfterTheCart(t *testing.T) {
	for _, c := range []struct{ user, find, first, cart, add, want, list string }{
		{"k", "무선 이어폰 보여줘", "1번 담아줘", "장바구니 보여줘", "3번 담을래요", "지금 2개", "별빛 무선 이어폰 X"},
		{"k2", "무선 이어폰 보여줘", "1번 담아줘", "장바구니 보여줘", "3번도 담고 싶어요", "지금 2개", "별빛 무선 이어폰 X"},
		{"e", "show me wireless earbuds", "add number 1", "show my cart", "I'll take the third one too", "Your cart has 2 items", "Byeolbit Wireless Earbuds X"},
		{"e2", "show me wireless earbuds", "add number 1", "show my cart", "let me get number 3", "Your cart has 2 items", "Byeolbit Wireless Earbuds X"},
	} {
		w := newWorld(t)
		w.say(c.user, "shopper", c.find)
		w.say(c.user, "shopper", c.first)
		w.say(c.user, "shopper", c.cart)
		got := w.say(c.user, "shopper", c.add)
		must(t, got, c.want)
		for _, bad := range []string{"비슷한", "similar"} {
			if strings.Contains(got, bad) {
				t.Errorf("%s: %q → %q", c.user, c.add, got)
			}
		}
		must(t, w.say(c.user, "shopper", c.cart), c.list)
	}
}

// TestLeft9NumberAnswersTheQuestionAskedAgain: "1" typed to the checkout's
// question ("배송으로 받으실까요, 매장에서 픽업하실까요?"), asked again after
// a look at the cart, took the cart's first line out. It is the question's
// first reply; the cart keeps its item.
func TestLeft9NumberAnswersTheQuestionAskedAgain(t *testing.T) {
	for _, c := range []struct{ user, find, add, pay, cart, pick, next, item string }{
		{"k", "무선 이어폰 보여줘", "1번 담아줘", "결제해줘", "장바구니 보여줘", "1", "배송받으실 주소를 알려 주세요", "다온 무선 이어폰 Max"},
		{"k2", "무선 이어폰 보여줘", "1번 담아줘", "결제해줘", "장바구니 보여줘", "2", "어느 카드로 결제할까요?", "다온 무선 이어폰 Max"},
		{"e", "show me wireless earbuds", "add number 2", "check out", "what's in my cart?", "2", "Which card shall I charge?", "Hanbit Wireless Earbuds Plus"},
		// Asked once, with no look at the cart: "1" added the list's first product.
		{"k3", "무선 이어폰 보여줘", "2번 담아줘", "결제해줘", "", "1", "배송받으실 주소를 알려 주세요", "한빛 무선 이어폰 Plus × 1"},
		{"e3", "show me wireless earbuds", "add number 2", "check out", "", "2", "Which card shall I charge?", "Hanbit Wireless Earbuds Plus × 1"},
	} {
		w := newWorld(t)
		w.say(c.user, "shopper", c.find)
		w.say(c.user, "shopper", c.add)
		w.say(c.user, "shopper", c.pay)
		if c.cart != "" {
			w.say(c.user, "shopper", c.cart)
		}
		must(t, w.say(c.user, "shopper", c.pick), c.next)
		w.say(c.user, "shopper", "그만")
		show := "장바구니 보여줘"
		if c.user[0] == 'e' {
			show = "show my cart"
		}
		cart := w.say(c.user, "shopper", show)
		must(t, cart, c.item)
		if strings.Count(cart, "×") != 1 {
			t.Errorf("%s: cart %q, want the one product put in it", c.user, cart)
		}
	}
}

// TestLeft9MealIsTheEvent: "저녁 약속", "team lunch" lost the meal from the
// title ("‘약속’", "“team”"), and "7시 저녁 약속" was at 7 in the morning.
// The meal said as the event is in its title; said before a meal, a bare
// hour is the meal's.
func TestLeft9MealIsTheEvent(t *testing.T) {
	for _, c := range []struct{ user, add, want, list, title string }{
		{"k", "금요일 저녁 7시에 저녁 약속 넣어줘", "12월 11일(금) 오후 7시–8시에 ‘저녁 약속’ 일정을 넣었어요", "내 일정 보여줘", "저녁 약속"},
		{"k2", "금요일 7시 저녁 약속도 캘린더에 넣어줘", "12월 11일(금) 오후 7시–8시에 ‘저녁 약속’ 일정을 넣었어요", "내 일정 보여줘", "저녁 약속"},
		{"k3", "내일 12시에 팀 점심 일정 넣어줘", "‘팀 점심’ 일정을 넣었어요", "내 일정 보여줘", "팀 점심"},
		{"e", "add team lunch tomorrow at noon", "Added “team lunch” on Tue, Dec 8, 12–1 PM", "show my calendar", "team lunch"},
		{"e2", "put the team lunch on friday at 12:30 on my calendar", "“team lunch” on Fri, Dec 11, 12:30", "show my calendar", "team lunch"},
	} {
		w := newWorld(t)
		must(t, w.say(c.user, "assistant", c.add), c.want)
		must(t, w.say(c.user, "assistant", c.list), c.title)
	}
	// A part of the day said as when stays out of the title.
	w := newWorld(t)
	must(t, w.say("k4", "assistant", "내일 저녁 7시에 회의 일정 넣어줘"), "오후 7시–8시에 ‘회의’")
	must(t, w.say("e4", "assistant", "add a meeting tomorrow at lunch at 12:30"), "“meeting”")
}

// TestLeft9RenameInTheUsersZone: a user whose own time zone is set renamed
// "my 7am" — the event at 7 on their clock — and read "I couldn't find
// that event": the hour said was taken on the world's clock (Seoul) and
// compared with the event's time in the user's zone. An hour said is on
// the user's clock, as when the event was added.
func TestLeft9RenameInTheUsersZone(t *testing.T) {
	for _, c := range []struct{ user, zone, add, rename, want, list, title string }{
		{"e", "set my time zone to London", "add gym tomorrow at 7am", "rename my 7am to Yoga", "Renamed it to “Yoga”", "show my calendar", "Yoga"},
		{"e2", "set my time zone to New York", "add a meeting to my calendar tomorrow at 3pm", "rename my 3pm tomorrow to Design review", "Renamed it to “Design review”", "show my calendar", "Design review"},
		{"k", "시간대 런던 기준으로 해 줘", "내일 오후 3시에 회의 일정 넣어줘", "내일 3시 회의 이름을 주간회의로 바꿔줘", "일정 이름을 ‘주간회의’(으)로 바꿨어요", "내 일정 보여줘", "주간회의"},
	} {
		w := newWorld(t)
		w.say(c.user, "assistant", c.zone)
		w.say(c.user, "assistant", c.add)
		must(t, w.say(c.user, "assistant", c.rename), c.want)
		must(t, w.say(c.user, "assistant", c.list), c.title)
	}
}
