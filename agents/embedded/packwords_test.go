package embedded_test

import (
	"maps"
	"strings"
	"testing"

	"github.com/madang-world/madang/protocol"
)

// TestLessonPartsSaidBare: a lesson's part is named by its topic alone
// ("화산 문제", "quiz me on counting in korean"), and names its lesson; the
// two topics of a lesson said together are the whole lesson.
func TestLessonPartsSaidBare(t *testing.T) {
	w := newWorld(t)
	for _, tc := range []struct {
		text, intent string
		slots        map[string]string
	}{
		{"화산 쪽 문제 몇 개 풀어보고 싶어", "tutor_quiz", map[string]string{"lesson_id": "earthquakes-volcanoes", "section_id": "volcanoes"}},
		{"volcano questions please, three of them", "tutor_quiz", map[string]string{"lesson_id": "earthquakes-volcanoes", "section_id": "volcanoes", "count": "3"}},
		{"지진이랑 화산 문제 내줘", "tutor_quiz", map[string]string{"lesson_id": "earthquakes-volcanoes"}},
		{"quiz me on earthquakes and volcanoes", "tutor_quiz", map[string]string{"lesson_id": "earthquakes-volcanoes"}},
		{"quiz me on counting in korean", "tutor_quiz", map[string]string{"lesson_id": "korean-basics", "section_id": "numbers"}},
		{"문장제 문제 연습할래", "tutor_quiz", map[string]string{"lesson_id": "linear-equations", "section_id": "word-problems"}},
		{"since vs for quiz please", "tutor_quiz", map[string]string{"lesson_id": "present-perfect", "section_id": "for-since"}},
		{"엽록체 문제 3개만", "tutor_quiz", map[string]string{"lesson_id": "photosynthesis", "section_id": "chloroplast", "count": "3"}},
		// A part's words win over a shorter word of another lesson inside
		// them (과학기술 is Sejong's, not the science lesson).
		{"세종 과학기술 공부할래요", "tutor_lesson", map[string]string{"lesson_id": "joseon-sejong", "section_id": "science"}},
		{"teach me the science and technology part", "tutor_lesson", map[string]string{"lesson_id": "joseon-sejong", "section_id": "science"}},
		{"집현전 얘기 가르쳐 주세요", "tutor_lesson", map[string]string{"lesson_id": "joseon-sejong", "section_id": "sejong"}},
	} {
		w.say("u-"+tc.text, "tutor", tc.text)
		u := w.rec.lastUnderstood("u-" + tc.text)
		if u.Intent != tc.intent || !maps.Equal(u.Slots, tc.slots) {
			t.Errorf("%q: understood %s %v, want %s %v", tc.text, u.Intent, u.Slots, tc.intent, tc.slots)
		}
	}
}

// TestQuizGuessIsAnAnswer: during a quiz a hedged guess ("아마 산소일까요",
// "not sure... chloroplasts?") is the answer; a real question is not.
func TestQuizGuessIsAnAnswer(t *testing.T) {
	w := newWorld(t)
	for _, tc := range []struct {
		quiz, text, intent, answer string
	}{
		{"광합성 퀴즈 내줘", "아마 산소일까요", "tutor_answer", "산소"},
		{"2 photosynthesis questions", "not sure... chloroplasts?", "tutor_answer", "chloroplasts"},
		{"quiz me on the present perfect", "i guess it's have gone", "tutor_answer", "have gone"},
		{"광합성 퀴즈 내줘", "광합성은 왜 낮에만 해?", "tutor_ask", ""},
		{"quiz me on volcanoes", "what is magma?", "tutor_ask", ""},
	} {
		user := "q-" + tc.text
		w.say(user, "tutor", tc.quiz)
		if c := w.out.lastCard(user); c.Kind != protocol.CardQuiz {
			t.Fatalf("%q: no quiz card (%+v)", tc.quiz, c)
		}
		w.say(user, "tutor", tc.text)
		u := w.rec.lastUnderstood(user)
		if u.Intent != tc.intent || !strings.Contains(u.Slots["answer"], tc.answer) {
			t.Errorf("%q during a quiz: understood %s %v, want %s with the answer %q", tc.text, u.Intent, u.Slots, tc.intent, tc.answer)
		}
	}
}

// TestShopperCountsPicksAndCheckout: counts said with the goods' counters
// or as "3x", "qty 2"; taking one out of the cart ("덜어줘"); checkout
// said as 체크아웃, to a lot-number address, or for pickup at a store
// named ("홍대 매장 수령"); a bound said with "더 싼 거" is the bound.
func TestShopperCountsPicksAndCheckout(t *testing.T) {
	w := newWorld(t)
	search := func(user, text string) protocol.Card {
		t.Helper()
		w.say(user, "shopper", text)
		c := w.out.lastCard(user)
		if c.Kind != protocol.CardProducts || len(c.Items) < 3 {
			t.Fatalf("%q: card %+v", text, c)
		}
		return c
	}
	check := func(user, text, intent string, want map[string]string) {
		t.Helper()
		w.say(user, "shopper", text)
		u := w.rec.lastUnderstood(user)
		if u.Intent != intent {
			t.Errorf("%q: understood %s %v, want %s %v", text, u.Intent, u.Slots, intent, want)
			return
		}
		for k, v := range want {
			if u.Slots[k] != v {
				t.Errorf("%q: %s=%q, want %q (all: %v)", text, k, u.Slots[k], v, u.Slots)
			}
		}
	}
	c := search("a", "원두 보여줘")
	check("a", "첫번째 거 3봉지 넣어줘", "shop_cart_add", map[string]string{"product_id": c.Items[0].ID, "quantity": "3"})
	c = search("b", "텀블러 보여줘")
	check("b", "3x number 2", "shop_cart_add", map[string]string{"product_id": c.Items[1].ID, "quantity": "3"})
	c = search("c", "텀블러 보여줘")
	check("c", "add number 1, qty 2", "shop_cart_add", map[string]string{"product_id": c.Items[0].ID, "quantity": "2"})

	c = search("d", "텀블러 보여줘")
	w.say("d", "shopper", "2번 담아줘")
	check("d", "텀블러 하나 덜어줘", "shop_cart_remove", map[string]string{"product_id": c.Items[1].ID, "quantity": "1"})

	for _, tc := range []struct {
		text  string
		slots map[string]string
	}{
		{"체크아웃 해주세요", nil},
		{"대구 수성구 범어동 55번지로 배송하고 결제", map[string]string{"fulfilment": "delivery", "address": "대구 수성구 범어동 55번지"}},
		{"deliver to 55 Beomeo-dong, Suseong-gu, Daegu and pay", map[string]string{"fulfilment": "delivery", "address": "55 Beomeo-dong, Suseong-gu, Daegu"}},
		{"홍대 매장 수령으로 결제할게요", map[string]string{"fulfilment": "pickup", "pickup_store": "hongdae"}},
		{"I'll grab it at the hongdae shop, pay with visa", map[string]string{"fulfilment": "pickup", "pickup_store": "hongdae", "payment_method": "pm_card_visa"}},
	} {
		user := "co-" + tc.text
		search(user, "텀블러 보여줘")
		w.say(user, "shopper", "1번 담아줘")
		check(user, tc.text, "shop_checkout", tc.slots)
	}

	search("e", "텀블러 보여줘")
	check("e", "더 싼 건 없나? 2만원 이하로", "shop_search", map[string]string{"max_price": "20000"})
	c = search("f", "텀블러 보여줘")
	check("f", "2번이랑 비슷한 스타일로 4만원 이하", "shop_similar", map[string]string{"product_id": c.Items[1].ID, "max_price": "40000"})
}
