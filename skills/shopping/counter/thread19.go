package counter

import (
	"regexp"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
)

// A list keeps its thread past a look at the cart (trial10's store
// test): speakers listed, one more of the same put in (fix19b's
// oneMore), the cart shown, then a bare fourth place answered "there is
// no list to pick from" — the cart, of one line, was the card on screen.
// A place alone (a number, "the fourth one") said while the cart is
// shown, beyond the cart's lines but within the last list of products,
// is that list's product, put in the cart as addFromEarlier would.
var bareplace = regexp.MustCompile(`(?i)^\s*(?:(?:the\s+)?(?:number|no\.?|#)\s*\d{1,2}|\d{1,2}\s*번(?:\s*째)?|(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))|(?:첫|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*번\s*째)\s*(?:one|거|것|꺼|거요|걸로|거로|걸로요|거로요|요|이요|으로|으로요|please|pls)?\s*[.!?~]*\s*$`)

func pickPastCart(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	n := t.Ordinal()
	ps := products(t)
	if n < 1 || n > len(ps) || t.Slot("@shown") != "shop_cart" || listShown[t.Slot("@card")] || t.Intent() == "shop_checkout" || !bareplace.MatchString(t.Text()) {
		return agents.Step{}, false
	}
	if c, ok := cartOf(t); !ok || n <= len(c.Lines) {
		// (a place the cart's lines have is theirs)
		return agents.Step{}, false
	}
	return addQty(t, ps[n-1].ID, 1, p)
}
