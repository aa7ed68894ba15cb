package classroom_test

import (
	"strings"
	"testing"

	"github.com/madang-world/madang/protocol"
)

// TestAnswerCardSaysItsSourceOnce: the answer card showed the lesson as
// its title, the section as its line and then, under it, the whole source
// line again ("지진과 화산 / 지진이 났을 때 / 중학교 지구과학 · 지진과 화산
// § 지진이 났을 때"). The line under the section is the subject and level.
func TestAnswerCardSaysItsSourceOnce(t *testing.T) {
	c := newTutorChat(t)
	for _, tc := range []struct{ user, text, title, item, sub string }{
		{"k1", "화산이 폭발하면 뭐가 나와요?", "지진과 화산", "화산", "지구과학 · 중학교"},
		{"e1", "What comes out of a volcano when it erupts?", "Earthquakes and Volcanoes", "Volcanoes", "Earth science · Middle school"},
	} {
		_, card := c.say(tc.user, tc.text)
		if card.Kind != protocol.CardAnswer || card.Title != tc.title || len(card.Items) != 1 {
			t.Fatalf("%q: card %+v", tc.text, card)
		}
		it := card.Items[0]
		if !strings.HasPrefix(it.Title, tc.item) || it.Subtitle != tc.sub {
			t.Errorf("%q: item %q / %q, want the section and %q", tc.text, it.Title, it.Subtitle, tc.sub)
		}
	}
}
