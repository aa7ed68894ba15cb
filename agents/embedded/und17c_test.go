package embedded_test

import "testing"

// Round 17's out of scope (und17c): a request another avatar of the world
// serves, said to this one, is out of scope here — the avatar learns the
// other packs' requests as such (embedded.Elsewhere) — and a question the
// tutor's lessons cannot hold because it asks what to buy or invest in is
// not one of her kind. Wordings of our own, several people's ways.
func TestUnd17cElsewhere(t *testing.T) {
	w := newWorld(t)
	for i, c := range []struct{ avatar, text, intent string }{
		// another avatar's job, said to the tutor
		{"tutor", "find me a slot when Jiyoung and I are both free on Thursday", "out_of_scope"},
		{"tutor", "다음 주에 은지랑 회의할 시간 좀 찾아줘", "out_of_scope"},
		{"tutor", "내일 저녁 7시에 강남 고깃집 두 명 자리 있나 봐줘", "out_of_scope"},
		{"tutor", "put two of the wireless earbuds in my cart please", "out_of_scope"},
		{"tutor", "이번 주말 제주 호텔 방 하나 잡아 주세요", "out_of_scope"},
		{"tutor", "my order still hasn't arrived, where is it?", "out_of_scope"},
		// a question for the lessons with numbers, however much a count
		// or a price sounds like a shop's
		{"tutor", "in 2x + 4 = 10 how do I get x alone?", "tutor_ask"},
		// said to the shopper
		{"shopper", "현재완료랑 과거형이 어떻게 다른지 설명해 주세요", "out_of_scope"},
		{"shopper", "quiz me on volcanoes, five questions", "out_of_scope"},
		{"shopper", "금요일 3시에 은지랑 회의 잡아 줘", "out_of_scope"},
		// said to the assistant
		{"assistant", "add the blue ceramic mug to my cart", "out_of_scope"},
		{"assistant", "광합성이 어디서 일어나는지 설명해 줄래요?", "out_of_scope"},
		// their own requests stay theirs
		{"tutor", "광합성은 어디서 일어나요?", "tutor_ask"},
		{"tutor", "지진 퀴즈 내 줘", "tutor_quiz"},
		{"tutor", "how am I doing so far?", "tutor_progress"},
		{"shopper", "무선 이어폰 3만원 이하로 찾아줘", "shop_search"},
		{"assistant", "find a time for a one-hour meeting with Jiyoung on Friday", "sched_find_slots"},
		{"assistant", "부산 해운대 호텔 이번 주 토요일 1박 찾아줘", "booking_search_lodgings"},
		// … also when they share words with another avatar's (a Korean
		// lesson, a class, an order)
		{"shopper", "do you sell Korean grammar workbooks for beginners?", "shop_search"},
		{"shopper", "한국어 공부용 책 있어요?", "shop_search"},
		{"assistant", "jot down a gym session for me on saturday morning", "sched_create_event"},
		{"assistant", "제가 지금까지 예약한 거 다 보여 주세요", "booking_mine"},
	} {
		user := "e" + string(rune('a'+i))
		w.say(user, c.avatar, c.text)
		if u := w.rec.lastUnderstood(user); u.Intent != c.intent {
			t.Errorf("%s %q: understood %s %v, want %s", c.avatar, c.text, u.Intent, u.Slots, c.intent)
		}
	}
}

// TestUnd17cAdvice: what to buy, sell or put money in is asked of the
// tutor as advice on the user's own money — no lesson's kind of question,
// so out of scope when no lesson covers it; a question that only sounds
// near (a word problem's price) stays hers.
func TestUnd17cAdvice(t *testing.T) {
	w := newWorld(t)
	for i, c := range []struct{ text, intent string }{
		{"요즘 코인 사도 될까요?", "out_of_scope"},
		{"어떤 펀드에 돈 넣는 게 좋아요?", "out_of_scope"},
		{"삼성 주식 지금 팔아도 돼요?", "out_of_scope"},
		{"which stocks should I buy this year?", "out_of_scope"},
		{"is now a good time to buy bitcoin?", "out_of_scope"},
		{"should I invest in gold or in an index fund?", "out_of_scope"},
		{"광합성에 필요한 건 뭐예요?", "tutor_ask"},
		{"what is the present perfect used for?", "tutor_ask"},
	} {
		user := "v" + string(rune('a'+i))
		w.say(user, "tutor", c.text)
		if u := w.rec.lastUnderstood(user); u.Intent != c.intent {
			t.Errorf("%q: understood %s %v, want %s", c.text, u.Intent, u.Slots, c.intent)
		}
	}
}
