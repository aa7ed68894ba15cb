package shopping

import "testing"

// TestPluralGoods: the English plural a reply names goods by, and goods
// words found in their plural ("scarves", "dresses", "batteries") as a
// plural s alone does not find them.
func TestPluralGoods(t *testing.T) {
	for w, want := range map[string]string{"scarf": "scarves", "dress": "dresses", "battery": "batteries", "laptop": "laptops",
		"wool scarf": "wool scarves", "headphones": "headphones", "watch": "watches", "toy": "toys", "노트북": "노트북"} {
		if got := plural(w); got != want {
			t.Errorf("plural(%q) = %q, want %q", w, got, want)
		}
	}
	for _, c := range []struct{ s, w string }{{" any scarves ", "scarf"}, {" dresses please ", "dress"}, {" aa batteries ", "battery"}, {" laptops ", "laptop"}} {
		if len(wholeWords(c.s, c.w)) == 0 {
			t.Errorf("%q: %q not found", c.s, c.w)
		}
	}
	c, err := LoadCatalog()
	if err != nil {
		t.Fatal(err)
	}
	if got := c.NotSold("show me scarves"); got != "scarf" {
		t.Errorf("NotSold(show me scarves) = %q, want scarf", got)
	}
}
