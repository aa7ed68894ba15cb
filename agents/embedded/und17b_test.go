package embedded_test

import "testing"

// Round 17's English understanding (und17b): the kinds the blind set
// post16 missed, in wordings of our own (and their Korean), each turn
// after the ones before it in the same conversation.
func TestUnd17bUnderstanding(t *testing.T) {
	w := newWorld(t)
	type turn struct {
		avatar, text, intent string
		slots                map[string]string
	}
	for i, conv := range [][]turn{
		// products like one named or placed
		{{"shopper", "got anything like the Maru Headphones Neo but under 150k?", "shop_similar", map[string]string{"product_id": "p027", "max_price": "150000"}}},
		{{"shopper", "what else do you have along the lines of the Hanbit Beanie Mini", "shop_similar", map[string]string{"product_id": "p110"}}},
		{{"shopper", "the Nuri Tumbler Go is too pricey for me, any alternatives under 20k?", "shop_similar", map[string]string{"product_id": "p183", "max_price": "20000"}}},
		{{"shopper", "show me beanies", "shop_search", nil}, {"shopper", "gimme 3 more like number 2", "shop_similar", map[string]string{"product_id": "p106", "limit": "3"}}},
		{{"shopper", "비니 보여줘", "shop_search", nil}, {"shopper", "1번이랑 비슷한 거 세 개만", "shop_similar", map[string]string{"product_id": "p109", "limit": "3"}}},
		{{"shopper", "I'd like the Hanbit Beanie Mini in my cart", "shop_cart_add", nil}},
		// a product named in full: its price, page, stock
		{{"shopper", "how much for the SoriLab Wireless Earbuds Air?", "shop_product", map[string]string{"product_id": "p001"}}},
		{{"shopper", "pull up the Nuri Tumbler Go", "shop_product", map[string]string{"product_id": "p183"}}},
		{{"shopper", "누리 텀블러 Go 재고 있어요?", "shop_product", map[string]string{"product_id": "p183"}}},
		{{"shopper", "do you sell the Nuri Tumbler Go?", "shop_search", nil}},
		// two places in words; a count taken out
		{{"shopper", "show me tumblers", "shop_search", nil}, {"shopper", "add the first and the second ones to my cart", "shop_cart_add", nil},
			{"shopper", "remove the second one", "shop_cart_remove", map[string]string{"product_id": "p180"}}},
		{{"shopper", "show me beanies", "shop_search", nil}, {"shopper", "add the first one, 3 of them", "shop_cart_add", nil},
			{"shopper", "that's too many, remove one", "shop_cart_remove", map[string]string{"product_id": "p109", "quantity": "1"}}},
		{{"shopper", "비니 보여줘", "shop_search", nil}, {"shopper", "1번 2개 담아줘", "shop_cart_add", nil},
			{"shopper", "하나만 빼줘", "shop_cart_remove", map[string]string{"quantity": "1"}}},
		{{"shopper", "how long till my package gets here?", "shop_order", nil}},
		{{"shopper", "picking up my order now, it's under Kim", "shop_pickup", nil}},
		{{"shopper", "show me speakers", "shop_search", nil}, {"shopper", "add the first one", "shop_cart_add", nil},
			{"shopper", "did it go in? show me my basket", "shop_cart", nil}},
		{{"shopper", "show me tumblers", "shop_search", nil}, {"shopper", "a dozen of the first one in my cart please", "shop_cart_add", map[string]string{"quantity": "12", "product_id": "p177"}}},
		{{"shopper", "is my pickup order ready yet?", "shop_order", nil}},
		{{"shopper", "Can I pay with Amex, or only Visa?", "shop_payment_methods", nil}},
		{{"shopper", "I'd like to cancel the speaker order and get a refund", "shop_cancel_order", nil}},
		{{"shopper", "show me tumblers", "shop_search", nil}, {"shopper", "add the first one", "shop_cart_add", nil},
			{"shopper", "that's it. send it to my dorm: Hall C, Room 301", "shop_checkout", map[string]string{"fulfilment": "delivery", "address": "Hall C, Room 301"}}},
		// the assistant's spans
		{{"assistant", "find 30 min with Eunji on thursday, no earlier than 9:30", "sched_find_slots", map[string]string{"day_start": "09:30", "from": "2026-12-10"}}},
		{{"assistant", "목요일에 민수랑 30분 비는 시간 찾아줘, 10시 전은 안 돼요", "sched_find_slots", map[string]string{"day_start": "10:00"}}},
		{{"assistant", "find 45 min with Minsu between 2 and 6pm this week", "sched_find_slots", map[string]string{"day_start": "14:00", "day_end": "18:00", "to": "2026-12-13"}}},
		{{"assistant", "schedule a check-in with Jiyoung on friday at 11am", "sched_invite", map[string]string{"title": "check-in"}}},
		{{"assistant", "invite Minsu to a design review friday 2pm in the 5th floor lounge", "sched_invite", map[string]string{"location": "5th floor lounge"}}},
		{{"assistant", "put swimming on thursday 6pm for an hour, even if it clashes w something", "sched_create_event", map[string]string{"allow_overlap": "true", "title": "swimming"}}},
		{{"assistant", "who is Kim Minsu?", "sched_find_people", map[string]string{"query": "Kim Minsu"}}},
		{{"assistant", "is Minsu available on friday?", "sched_find_slots", map[string]string{"from": "2026-12-11"}}},
		{{"assistant", "anyone from the design team?", "sched_find_people", map[string]string{"query": "design"}}},
		{{"assistant", "relabel friday's gym session to \"leg day\"", "sched_rename_event", map[string]string{"title": "leg day"}}},
		{{"assistant", "who turned down my invite?", "sched_replies", nil}},
		{{"assistant", "change my tz to JST", "sched_settings", map[string]string{"time_zone": "Asia/Tokyo"}}},
		// the desk's spans
		{{"assistant", "guesthouse in jeju for me & 3 mates this saturday, 2 nights", "booking_search_lodgings", map[string]string{"guests": "4", "nights": "2"}}},
		{{"assistant", "hotel in busan, just the one night on saturday, 2 people", "booking_search_lodgings", map[string]string{"nights": "1"}}},
		{{"assistant", "제주 게스트하우스 토요일 밤만 2명", "booking_search_lodgings", map[string]string{"nights": "1"}}},
		{{"assistant", "hotel in busan 150,000 a night tops, 2 guests, friday 2 nights", "booking_search_lodgings", map[string]string{"max_price": "150000", "nights": "2"}}},
		{{"assistant", "hanok in jongno, 2 nights from friday, 200k a night", "booking_search_lodgings", map[string]string{"nights": "2"}}},
		{{"assistant", "italian in hongdae saturday 7pm for 4, nothing too expensive", "booking_search_restaurants", map[string]string{"max_price_band": "2"}}},
		{{"assistant", "we can't make it, cancel sunday's table for 3", "booking_cancel", nil}},
		{{"assistant", "scrap the guesthouse stay for next weekend", "booking_cancel", nil}},
	} {
		user := "u17b" + string(rune('a'+i))
		for _, c := range conv {
			w.say(user, c.avatar, c.text)
			u := w.rec.lastUnderstood(user)
			if u.Intent != c.intent {
				t.Errorf("%q: understood %s %v, want %s", c.text, u.Intent, u.Slots, c.intent)
				continue
			}
			for k, v := range c.slots {
				if u.Slots[k] != v {
					t.Errorf("%q: %s=%q, want %q (%v)", c.text, k, u.Slots[k], v, u.Slots)
				}
			}
		}
	}
}
