package embedded_test

import "testing"

// Round 16's English understanding (und16b).

// TestUnd16bSlots: slots the v15 blind set lost, in wordings of our own —
// a count before a superlative is how many to list, the attributes listed
// after a thing a comma apart are part of the search, a road numbered off
// a road and a campus room are whole addresses, a day's bounds said as
// "not before … nothing after" are a search window, and a range's end
// meridiem reaches its start ("from 2 to 2:45 pm").
func TestUnd16bSlots(t *testing.T) {
	w := newWorld(t)
	for i, c := range []struct {
		avatar, text, intent string
		slots                map[string]string
	}{
		{"shopper", "the 4 cheapest mice please", "shop_search", map[string]string{"limit": "4", "query": "mice"}},
		{"shopper", "what are the two cheapest tumblers", "shop_search", map[string]string{"limit": "2", "query": "tumblers"}},
		{"shopper", "가장 싼 보조배터리 3개 보여줘", "shop_search", map[string]string{"limit": "3", "query": "보조배터리"}},
		{"shopper", "keyboards, mechanical, quiet, under 80000", "shop_search", map[string]string{"query": "keyboards mechanical quiet", "max_price": "80000"}},
		{"shopper", "텀블러, 스테인리스, 3만원 이하", "shop_search", map[string]string{"query": "텀블러 스테인리스", "max_price": "30000"}},
		{"shopper", "ship it to 9 Gwangan-ro 31beon-gil, Busan", "shop_checkout", map[string]string{"address": "9 Gwangan-ro 31beon-gil, Busan"}},
		{"shopper", "deliver to my office, Tower B floor 7", "shop_checkout", map[string]string{"address": "Tower B floor 7"}},
		{"shopper", "생활관 B동 204호로 보내 주세요", "shop_checkout", map[string]string{"address": "생활관 B동 204호"}},
		{"assistant", "find an hour with Jiyoung on friday, no earlier than 9:30, no later than 4", "sched_find_slots", map[string]string{"day_start": "09:30", "day_end": "16:00"}},
		{"assistant", "목요일에 민수랑 한 시간 회의 잡을 시간 찾아줘, 10시 전은 안 되고 5시 넘어서도 안 돼요", "sched_find_slots", map[string]string{"day_start": "10:00", "day_end": "17:00"}},
	} {
		user := "s" + string(rune('a'+i))
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
