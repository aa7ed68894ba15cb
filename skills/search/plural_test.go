package search

import "testing"

// TestPluralsAndTypos: an English plural finds its singular, irregular
// ones too ("mice" → mouse: a trial's "wireless mice" listed rice cakes,
// "rice" being one letter from "mice"), and a typo is one letter off but
// not the first one: "jeans" are not "beans".
func TestPluralsAndTypos(t *testing.T) {
	ix := NewIndex()
	ix.Add("mouse", Field{Text: "Wireless Mouse", Weight: 1})
	ix.Add("rice", Field{Text: "Rice Cake Gift Set", Weight: 1})
	ix.Add("beans", Field{Text: "Coffee Beans", Weight: 1})
	ix.Add("watch", Field{Text: "Smart Watch", Weight: 1})
	ix.Add("glass", Field{Text: "Drinking Glass", Weight: 1})
	ix.Add("keyboard", Field{Text: "Wireless Keyboard", Weight: 1})
	for q, want := range map[string]string{"mice": "mouse", "wireless mice": "mouse", "watches": "watch", "glasses": "glass",
		"keybaord": "keyboard", "keyboards": "keyboard", "jeans": "", "dish": ""} {
		hits := ix.Search(q, 0, nil)
		got := ""
		for _, h := range hits {
			if h.Matched == 1 {
				got = h.ID
				break
			}
		}
		if got != want {
			t.Errorf("%q found %q (%+v), want %q", q, got, hits, want)
		}
	}
}
