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

// TestApostrophe: "what's" is one word, not "what" and an "s" that
// matches a product named "… S".
func TestApostrophe(t *testing.T) {
	if got := Normalize("What’s the kid's  cheapest?"); got != "whats the kids cheapest" {
		t.Errorf("Normalize = %q", got)
	}
	ix := NewIndex()
	ix.Add("sneakers", Field{Text: "Chorok Sneakers S", Weight: 1})
	ix.Add("keyboard", Field{Text: "Wireless Keyboard", Weight: 1})
	for _, h := range ix.Search("what's the cheapest keyboard you have", 0, nil) {
		if h.ID == "sneakers" {
			t.Errorf("sneakers found for a keyboard: %+v", h)
		}
	}
}
