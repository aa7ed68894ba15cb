package embedded_test

import "testing"

// Round 18's English understanding (und18b) of the assistant and the
// shopper: the kinds the blind set post17 missed, in wordings of our own
// (and their Korean where the rule is not English only), each turn after
// the ones before it in the same conversation.
func TestUnd18bUnderstanding(t *testing.T) {
	w := newWorld(t)
	type turn struct {
		avatar, text, intent string
		slots                map[string]string
	}
	for i, conv := range [][]turn{
		// a place in a list said "the 3rd one" after "on": a pick, not the 3rd of the month
		{{"shopper", "show me power banks", "shop_search", nil}, {"shopper", "specs on the 3rd one?", "shop_product", map[string]string{"product_id": "p041"}}},
		{{"shopper", "show me power banks", "shop_search", nil}, {"shopper", "more info on the 2nd one please", "shop_product", map[string]string{"product_id": "p036"}}},
		// a party said as "we'll (only) be five" to the list shown
		{{"assistant", "italian in hongdae saturday 7pm for 4", "booking_search_restaurants", nil}, {"assistant", "there will only be three of us", "booking_search_restaurants", map[string]string{"party_size": "3"}}},
		{{"assistant", "sushi in seongsu friday 7pm, 8 people", "booking_search_restaurants", nil}, {"assistant", "sorry, we'll be six, not eight", "booking_search_restaurants", map[string]string{"party_size": "6"}}},
		{{"assistant", "italian in hongdae saturday 7pm for 4", "booking_search_restaurants", nil}, {"assistant", "oh and we'll just be two now", "booking_search_restaurants", map[string]string{"party_size": "2"}}},
		// a budget with "cheaper" keeps "in stock only"
		{{"shopper", "show me sneakers", "shop_search", nil}, {"shopper", "anything cheaper? max 50,000, in stock only", "shop_search", map[string]string{"max_price": "50000", "in_stock": "true"}}},
		{{"shopper", "운동화 보여줘", "shop_search", nil}, {"shopper", "더 싼 거 5만원 이하로, 재고 있는 것만", "shop_search", map[string]string{"max_price": "50000", "in_stock": "true"}}},
		// a campus address: a building of a named university
		{{"shopper", "check out and ship it to Building 7, Sogang University", "shop_checkout", map[string]string{"address": "Building 7, Sogang University"}}},
		{{"shopper", "pay now, deliver to room 210 in Hall 2 of Ewha University", "shop_checkout", map[string]string{"address": "room 210 in Hall 2 of Ewha University"}}},
		// a look-up asked aside while free times are looked for
		{{"assistant", "find a time with Junho and Hana next week for an hour", "sched_find_slots", nil}, {"assistant", "wait, what team is Hana in again?", "sched_find_people", map[string]string{"query": "Hana"}}},
		{{"assistant", "find a time with Minsu tomorrow for 30 minutes", "sched_find_slots", nil}, {"assistant", "hold on, who is Minsu exactly?", "sched_find_people", map[string]string{"query": "Minsu"}}},
		// a value said to do, not "that's enough, stop"
		{{"assistant", "find a time with Eunji next week", "sched_find_slots", nil}, {"assistant", "half an hour is enough", "sched_find_slots", map[string]string{"duration_minutes": "30"}}},
		{{"assistant", "put a dentist visit on my calendar", "sched_create_event", nil}, {"assistant", "friday 4pm, should be 30 minutes", "sched_create_event", map[string]string{"start": "2026-12-11T16:00", "duration_minutes": "30"}}},
		{{"assistant", "put a dentist visit on my calendar", "sched_create_event", nil}, {"assistant", "monday at 10, it'll take an hour", "sched_create_event", map[string]string{"duration_minutes": "60"}}},
		// cancelling a meeting while its invitation waits: not its guests filled in
		{{"assistant", "invite Minsu and Junho to a planning sync on Friday at 2pm for an hour", "sched_invite", nil}, {"assistant", "Minsu just quit, so cancel the planning sync", "sched_cancel_meeting", nil}},
		// the place the search named, pointed at vaguely
		{{"assistant", "Is Bada Bistro free Friday at 7pm for two?", "booking_search_restaurants", nil}, {"assistant", "great, book that for us", "booking_hold", map[string]string{"place_id": "r12"}}},
	} {
		user := "u18b" + string(rune('a'+i))
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
