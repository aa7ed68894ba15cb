package embedded_test

import (
	"strings"
	"testing"
)

// What new users read over the WebSocket, fixed (left7).

// TestNoPlacesInACityNotCarried: a stay or a table in a city the
// catalogue has none in (전주, Jeonju) is said so plainly, with the cities
// it has — never a list of places in another city, never a question about
// dates first.
func TestNoPlacesInACityNotCarried(t *testing.T) {
	for _, c := range []struct{ lang, ask, want, notWant string }{
		{"ko", "전주 한옥 숙소 찾아줘", "전주에는 예약할 수 있는 숙소가 없어요. 서울, 부산, 제주에서 찾아 드릴 수 있어요. 어느 도시로 찾아볼까요?", "한옥 스테이"},
		{"en", "a hotel in Jeonju", "I have no places to stay in Jeonju. I can look in Seoul, Busan, Jeju: which city shall I try?", "Hotel"},
		{"en2", "find me a hotel in Jeonju for next friday, 1 night, 2 people", "I have no places to stay in Jeonju.", "Hotel"},
		{"ko2", "대구 맛집 내일 저녁 7시 2명", "대구에는 예약할 수 있는 식당이 없어요. 서울, 부산, 제주에서 찾아 드릴 수 있어요.", "트라토리아"},
		{"en3", "a table in Daegu tomorrow at 7pm for 2", "I have no restaurants in Daegu. I can look in Seoul, Busan, Jeju", "Trattoria"},
	} {
		w := newWorld(t)
		got := w.say(c.lang, "assistant", c.ask)
		if !strings.Contains(got, c.want) || strings.Contains(got, c.notWant) {
			t.Errorf("%s: %q → %q, want %q", c.lang, c.ask, got, c.want)
		}
		if card := w.out.lastCard(c.lang); len(card.Items) > 0 {
			t.Errorf("%s: %q showed places %+v", c.lang, c.ask, card.Items)
		}
	}
	// The city named next carries the search on, in that city.
	w := newWorld(t)
	w.say("k", "assistant", "전주 한옥 숙소 찾아줘")
	w.say("k", "assistant", "부산으로")
	w.say("k", "assistant", "다음주 금요일")
	must(t, w.say("k", "assistant", "1박"), "숲 한옥 스테이")
	for _, it := range w.out.lastCard("k").Items {
		if !strings.Contains(it.Subtitle, "광안리") && !strings.Contains(it.Subtitle, "해운대") && !strings.Contains(it.Subtitle, "서면") && !strings.Contains(it.Subtitle, "남포동") {
			t.Errorf("after 부산으로: %+v is not in Busan", it)
		}
	}
}

