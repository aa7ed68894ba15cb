package embedded_test

import (
	"maps"
	"testing"

	"github.com/madang-world/madang/protocol"
)

// TestUnderstood: the understanding reported for each text names the tool
// it leads to and that tool's arguments, with canonical values (dates in
// the world's zone against the harness clock, Monday 2026-12-07 09:00
// KST; times HH:MM; counts and money as integers; enums as the schema's
// values).
func TestUnderstood(t *testing.T) {
	w := newWorld(t)
	for _, tc := range []struct {
		avatar, text, intent string
		slots                map[string]string
	}{
		{"assistant", "모레 저녁 6시 반에 해운대에서 세 명 횟집 자리 있을까?", "booking_search_restaurants",
			map[string]string{"date": "2026-12-09", "time": "18:30", "party_size": "3", "area": "해운대", "city": "busan", "cuisine": "seafood"}},
		{"assistant", "a table for 2 at 7pm tomorrow in Itaewon", "booking_search_restaurants",
			map[string]string{"date": "2026-12-08", "time": "19:00", "party_size": "2", "area": "이태원", "city": "seoul"}},
		{"assistant", "다음 주 수요일부터 부산 호텔 2박", "booking_search_lodgings",
			map[string]string{"check_in": "2026-12-16", "nights": "2", "city": "busan", "type": "hotel"}},
		{"assistant", "next Monday at 9:30 put standup on my calendar", "sched_create_event",
			map[string]string{"start": "2026-12-14T09:30", "title": "standup"}},
		{"shopper", "3만원 안쪽 텀블러 있어?", "shop_search", map[string]string{"query": "텀블러", "max_price": "30000"}},
		{"tutor", "지진 퀴즈 내 줄래?", "tutor_quiz", map[string]string{"lesson_id": "earthquakes-volcanoes"}},
		// A meeting at a time already chosen is an invitation; people are
		// read in lists and the place and reminder are their own slots,
		// not part of the title.
		{"assistant", "금요일 오후 3시에 지수, 태희랑 기획 회의 초대 보내줘", "sched_invite",
			map[string]string{"participants": "지수,태희", "start": "2026-12-11T15:00", "title": "기획 회의"}},
		{"assistant", "invite Tom and Mia to a design review on Thursday at 2pm in Room 5", "sched_invite",
			map[string]string{"participants": "Tom,Mia", "start": "2026-12-10T14:00", "title": "design review", "location": "Room 5"}},
		{"assistant", "다음 주 수요일 오전 10시 치과 30분 전에 알려줘 일정 추가해줘 강남역에서", "sched_create_event",
			map[string]string{"start": "2026-12-16T10:00", "title": "치과", "reminder_minutes": "30", "location": "강남역"}},
		{"assistant", "1 to 3pm tomorrow on my calendar for deep work", "sched_create_event",
			map[string]string{"start": "2026-12-08T13:00", "duration_minutes": "120", "title": "deep work"}},
		// A stay said as a range of days is its nights; people counted
		// without a counter.
		{"assistant", "부산 호텔 12월 24일부터 27일까지 어른 둘", "booking_search_lodgings",
			map[string]string{"check_in": "2026-12-24", "nights": "3", "guests": "2", "city": "busan", "type": "hotel"}},
		// A table "around 7" is in the evening.
		{"assistant", "a table for the two of us tomorrow around 7 in Hongdae", "booking_search_restaurants",
			map[string]string{"date": "2026-12-08", "time": "19:00", "party_size": "2", "area": "홍대", "city": "seoul"}},
		// The directory's people are found when named bare.
		{"assistant", "when can minsu, jiyoung and I meet this week for an hour", "sched_find_slots",
			map[string]string{"participants": "Minsu,Jiyoung", "from": "2026-12-07", "to": "2026-12-13", "duration_minutes": "60"}},
		{"shopper", "3만원 이하 텀블러 재고 있는 것만", "shop_search", map[string]string{"query": "텀블러", "max_price": "30000", "in_stock": "true"}},
		// A lesson's part is its section, and names its lesson.
		{"tutor", "이항 부분 본문 보여 줘", "tutor_lesson", map[string]string{"lesson_id": "linear-equations", "section_id": "transposition"}},
		{"tutor", "read me the greetings part", "tutor_lesson", map[string]string{"lesson_id": "korean-basics", "section_id": "greetings"}},
		// Digits and counters glued to the words around them.
		{"assistant", "내일저녁7시강남파스타2명", "booking_search_restaurants",
			map[string]string{"date": "2026-12-08", "time": "19:00", "party_size": "2", "area": "강남", "city": "seoul", "cuisine": "italian"}},
		// A diet said with the request, not only remembered.
		{"assistant", "비건 메뉴 되는 식당 홍대에서", "booking_search_restaurants",
			map[string]string{"vegetarian": "true", "cuisine": "vegetarian", "area": "홍대", "city": "seoul"}},
	} {
		w.say("u-"+tc.text, tc.avatar, tc.text)
		u := w.rec.lastUnderstood("u-" + tc.text)
		if u.Intent != tc.intent || !maps.Equal(u.Slots, tc.slots) {
			t.Errorf("%q: understood %s %v, want %s %v", tc.text, u.Intent, u.Slots, tc.intent, tc.slots)
		}
	}
	// A pick from the last card is the tool it leads to, with the id.
	w.say("p", "assistant", "내일 저녁 7시 강남 이탈리안 4명 예약")
	card := w.out.lastCard("p")
	if card.Kind != protocol.CardOptions || len(card.Items) < 2 {
		t.Fatalf("card %+v", card)
	}
	w.say("p", "assistant", "2번으로 할게")
	if u := w.rec.lastUnderstood("p"); u.Intent != "booking_hold" || u.Slots["place_id"] != card.Items[1].ID {
		t.Errorf("pick: understood %+v, want booking_hold of %s", u, card.Items[1].ID)
	}
	// "4시로 옮겨줘" keeps the day of the event moved.
	w.say("mv", "assistant", "모레 오후 2시에 치과 일정 넣어줘")
	w.say("mv", "assistant", "치과 4시로 옮겨줘")
	if u := w.rec.lastUnderstood("mv"); u.Intent != "sched_move_event" || u.Slots["start"] != "2026-12-09T16:00" {
		t.Errorf("move: understood %+v, want the dentist on 2026-12-09 at 16:00", u)
	}
	// Defaults the brain filled in (the card to pay with, a meeting's
	// length) are not reported as understood. (Something in the cart:
	// a checkout of an empty cart says so at once.)
	w.say("d", "shopper", "무선 이어폰 보여줘")
	w.say("d", "shopper", "1번 담아줘")
	w.say("d", "shopper", "결제할게요")
	w.say("d", "shopper", "배송으로 받을게요")
	if u := w.rec.lastUnderstood("d"); u.Intent != "shop_checkout" || !maps.Equal(u.Slots, map[string]string{"fulfilment": "delivery"}) {
		t.Errorf("checkout: understood %+v", u)
	}
	w.say("m", "assistant", "내일 오후에 민수랑 회의")
	w.say("m", "assistant", "1번")
	if u := w.rec.lastUnderstood("m"); u.Intent != "sched_invite" || u.Slots["duration_minutes"] != "" || u.Slots["title"] != "" || u.Slots["start"] == "" || u.Slots["participants"] != "민수" {
		t.Errorf("meeting pick: understood %+v", u)
	}
	// Nothing this avatar does: out of scope, and said so.
	got := w.say("o", "shopper", "내일 부산 날씨 어때?")
	if u := w.rec.lastUnderstood("o"); u.Intent != "out_of_scope" {
		t.Errorf("weather at the shop: understood %+v", u)
	}
	// It asks, naming what it can do (the shopping data's help), and runs
	// no search of the whole sentence.
	must(t, got, "확실하지 않아요", "찾는 물건과 예산")
	if w.rec.called("o", "shop_search") {
		t.Errorf("an unknown sentence became a product search")
	}
}

// TestRetryAfterNothingFound: a search that found nothing says so and
// asks for another value; the next text that changes one of its slots
// ("make it 6pm instead", "인원이 다섯 명으로 늘었어요") searches again with
// the other slots kept, while a thanks or another request is not pulled
// into it.
func TestRetryAfterNothingFound(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("r1", "assistant", "bbq in hongdae friday 7pm for 4"), "There are no BBQ places in Hongdae; these are elsewhere in Seoul. 1) Gyeol Grill.")
	w.say("r1", "assistant", "make it 6pm instead")
	want := map[string]string{"area": "홍대", "city": "seoul", "cuisine": "bbq", "date": "2026-12-11", "party_size": "4", "time": "18:00"}
	if u := w.rec.lastUnderstood("r1"); u.Intent != "booking_search_restaurants" || !maps.Equal(u.Slots, want) {
		t.Errorf("retry: understood %s %v, want booking_search_restaurants %v", u.Intent, u.Slots, want)
	}
	// Where nothing is near enough either (no table seats 15), nothing is offered.
	must(t, w.say("r2", "assistant", "모레 저녁 7시 홍대 고기집 15명"), "조건에 맞는 곳이 없어요")
	w.say("r2", "assistant", "아 인원이 다섯 명으로 늘었어요")
	if u := w.rec.lastUnderstood("r2"); u.Intent != "booking_search_restaurants" || u.Slots["party_size"] != "5" || u.Slots["cuisine"] != "bbq" || u.Slots["date"] != "2026-12-09" {
		t.Errorf("retry: understood %s %v, want the bbq search on 2026-12-09 for 5", u.Intent, u.Slots)
	}
	must(t, w.say("r2", "assistant", "고마워"), "천만에요")
	w.say("r3", "assistant", "모레 저녁 7시 홍대 고기집 4명")
	w.say("r3", "assistant", "내일 일정 뭐 있어?")
	if u := w.rec.lastUnderstood("r3"); u.Intent != "sched_my_events" {
		t.Errorf("another request after nothing found: understood %+v", u)
	}
}

// TestThanksAfterList: "고마워" after a list is thanks (it was "not sure
// what you'd like"), and the list is still there to pick from.
func TestThanksAfterList(t *testing.T) {
	w := newWorld(t)
	w.say("t1", "shopper", "유선 이어폰 보여줘")
	card := w.out.lastCard("t1")
	if len(card.Items) < 2 {
		t.Fatalf("card %+v", card)
	}
	must(t, w.say("t1", "shopper", "고마워"), "천만에요")
	w.say("t1", "shopper", "2번 담아줘")
	if u := w.rec.lastUnderstood("t1"); u.Intent != "shop_cart_add" || u.Slots["product_id"] != card.Items[1].ID {
		t.Errorf("pick after thanks: understood %+v, want shop_cart_add of %s", u, card.Items[1].ID)
	}
}
