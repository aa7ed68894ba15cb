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

// likeCue: "like number 3", "3번 같은 걸로" — one like the product said.
var likeCue = regexp.MustCompile(`(?i)\blike\s+(?:number|no\.?|#|the\s+\w+\s+one|that|this|it)\b|같은\s*(?:걸|거|것|상품|제품)`)

func similarCheaper(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	text := t.Text()
	id := t.Slot("@focus")
	var price int64
	if n, ps := t.Ordinal(), products(t); n > 0 {
		// "3번이랑 비슷한데 더 싼거 있어?", "the second one looks nice, got
		// anything similar but cheaper?": the product of the list shown
		// at that place (trial17 listed dearer ones, "a step up").
		if n > len(ps) {
			return agents.Step{}, false
		}
		id, price = ps[n-1].ID, ps[n-1].Price
	}
	if id == "" || !similarCue.MatchString(text) && !likeCue.MatchString(text) || !cheaperWords.MatchString(text) {
		return agents.Step{}, false
	}
	for _, s := range products(t) {
		if s.ID == id && price == 0 {
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
