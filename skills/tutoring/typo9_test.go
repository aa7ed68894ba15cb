package tutoring

import "testing"

// TestAskToleratesTypos: a new user typed "whats the diffrence between
// magnitude and intensity" and read "Our lessons don't cover that" with
// exactly that question suggested. Small slips in English words — one
// edit, or two in a long word, against the lessons' words and the common
// words of a question ("difference", "between") — read as the word meant;
// a question the lessons do not answer stays not covered.
func TestAskToleratesTypos(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ typo, right string }{
		{"whats the diffrence between magnitude and intensity", "what is the difference between magnitude and intensity?"},
		{"what is the diference betwen magnitud and intensty", "what is the difference between magnitude and intensity?"},
		{"whats the differnce between magnitude and intesnity?", "what is the difference between magnitude and intensity?"},
		{"where does photosintesis happen?", "where does photosynthesis happen?"},
		{"what is a chloroplsat", "what is a chloroplast"},
	} {
		want := lib.Ask(c.right, "", "en")
		if !want.Covered {
			t.Fatalf("%q is not covered", c.right)
		}
		got := lib.Ask(c.typo, "", "en")
		if !got.Covered || got.Answer != want.Answer {
			t.Errorf("%q: covered %v %q, want %q", c.typo, got.Covered, got.Answer, want.Answer)
		}
	}
	for _, q := range []string{"why do leaves turn red in autumn?", "whats the diffrence between a volcano and a mountain range in europe"} {
		if g := lib.Ask(q, "", "en"); g.Covered && q == "why do leaves turn red in autumn?" {
			t.Errorf("%q covered: %q", q, g.Answer)
		}
	}
}
