package counter

import (
	"regexp"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
)

// A new user's trial (trial16): "비슷한데 더 싼거 있어?" right after a
// power bank went into the cart listed a mouse, laver and a face mask —
// the gift search before it made cheaper. Similar and cheaper is about
// the product in focus (just added, named or looked at): products like
// it, below its price.
var cheaperWords = regexp.MustCompile(`(?i)더\s*(?:싼|저렴)|덜\s*비싼|싼\s*(?:거|걸|것)|저렴한|\bcheaper\b|\bless\s+expensive\b|\blower\s+price`)

func similarCheaper(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	text := t.Text()
	id := t.Slot("@focus")
	if id == "" || t.Ordinal() != 0 || !similarCue.MatchString(text) || !cheaperWords.MatchString(text) {
		return agents.Step{}, false
	}
	var price int64
	for _, s := range products(t) {
		if s.ID == id {
			price = s.Price
		}
	}
	if price == 0 {
		if cart, ok := cartOf(t); ok {
			for _, l := range cart.Lines {
				if l.ID == id {
					price = l.Price
				}
			}
		}
	}
	if price <= 1 {
		return agents.Step{}, false
	}
	t.Understood("shop_similar", max(p, 0.5), map[string]string{"product_id": id})
	return agents.Step{Call: call("shop_similar", map[string]any{"product_id": id, "max_price": price - 1, "lang": t.Lang()})}, true
}
