package shopping

import (
	"strings"
	"testing"

	"github.com/madang-world/madang/skills/skilltest"
)

// searchNames is what the user reads: the names shop_search lists.
func searchNames(t *testing.T, h *skilltest.Harness, args map[string]any) []string {
	t.Helper()
	u := h.As("u1", allScopes...)
	res := skilltest.Decode[SearchResult](t, h.Call(u, "shop_search", args))
	var names []string
	for _, it := range res.Results {
		names = append(names, it.Name)
	}
	return names
}

// TestSearchAllWords: a query's every word must match (in name, kind or
// attributes, in either language) before partial matches are shown, and
// an item contradicting a word (wired for "wireless", 유선 for "무선")
// is never shown for it — "무선" and "유선" share the syllable 선, and
// "wireless" starts with "wire".
func TestSearchAllWords(t *testing.T) {
	h, _ := newShop(t, Options{})
	for _, tc := range []struct {
		args      map[string]any
		want      []string // exactly these, in any order
		forbidden []string // no name may contain these
	}{
		{map[string]any{"query": "wireless earphones under 30,000 won?", "lang": "en"},
			[]string{"SoriLab Wireless Earbuds Air", "Byeolbit Wireless Earbuds Lite"}, []string{"Wired", "Mouse", "Keyboard"}},
		{map[string]any{"query": "3만원 이하 무선 이어폰 있어요?", "lang": "ko"},
			[]string{"소리랩 무선 이어폰 Air", "별빛 무선 이어폰 Lite"}, []string{"유선", "마우스"}},
		// the model may pass the budget as max_price and the words alone
		{map[string]any{"query": "무선 이어폰", "max_price": 30000, "lang": "ko"},
			[]string{"소리랩 무선 이어폰 Air", "별빛 무선 이어폰 Lite"}, []string{"유선"}},
		{map[string]any{"query": "무선 이어폰이", "max_price": 30000, "lang": "ko"},
			[]string{"소리랩 무선 이어폰 Air", "별빛 무선 이어폰 Lite"}, []string{"유선"}},
		{map[string]any{"query": "유선 이어폰은 2만원 이하", "lang": "ko"},
			[]string{"한빛 유선 이어폰 Air", "초록 유선 이어폰 Pro"}, []string{"무선"}},
		{map[string]any{"query": "wired earphones under 20,000 won", "lang": "en"},
			[]string{"Hanbit Wired Earphones Air", "Chorok Wired Earphones Pro"}, []string{"Wireless"}},
		{map[string]any{"query": "wireless mouse under 20000 won", "lang": "en"},
			[]string{"SoriLab Wireless Mouse Air", "Baram Wireless Mouse Pro"}, nil},
		// "cheaper" refinement of the wireless earbuds under 30,000 (the
		// cheapest shown was 19,000): nothing wireless is cheaper, and
		// wired earphones are not offered instead.
		{map[string]any{"query": "3만원 이하 무선 이어폰 있어요?", "max_price": 18999, "lang": "ko"},
			nil, []string{"유선"}},
		// a generic word matching only the wrong goods is no match:
		// no audio product is a mouse, so no wireless earbuds either
		{map[string]any{"query": "wireless mouse", "category": "audio", "lang": "en"}, nil, []string{"Earbuds", "Speaker", "Headphones"}},
		{map[string]any{"query": "무선 마우스", "category": "audio", "lang": "ko"}, nil, []string{"이어폰", "스피커", "헤드폰"}},
		// the generic word alone still finds both kinds
		{map[string]any{"query": "이어폰", "max_price": 18999, "lang": "ko"},
			[]string{"한빛 유선 이어폰 Air", "초록 유선 이어폰 Pro"}, nil},
	} {
		got := searchNames(t, h, tc.args)
		for _, n := range got {
			for _, f := range tc.forbidden {
				if strings.Contains(n, f) {
					t.Errorf("%v: %q shown (contradicts the query); got %q", tc.args, n, got)
				}
			}
		}
		if !sameSet(got, tc.want) {
			t.Errorf("%v: got %q, want %q", tc.args, got, tc.want)
		}
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, x := range a {
		m[x]++
	}
	for _, x := range b {
		if m[x]--; m[x] < 0 {
			return false
		}
	}
	return true
}

// TestParsePriceMillion: "under 1.5 million won" was a budget of ₩2
// ("1.5" rounded, "million" dropped); it is ₩1,500,000.
func TestParsePriceMillion(t *testing.T) {
	for q, want := range map[string]int64{"something under 1.5 million won": 1500000, "laptop under 1 million won": 1000000, "under 50k won": 50000, "under 50 thousand won": 50000, "under 2m won": 2000000, "under 50,000 won": 50000} {
		if pf, _ := ParsePrice(q); pf.Max != want {
			t.Errorf("%q: max %d, want %d", q, pf.Max, want)
		}
	}
}
