package search

import (
	"math/rand/v2"
	"testing"
)

// stripJosaRunes is StripJosa as it was, on runes: the reference.
func stripJosaRunes(w string) string {
	rs := []rune(w)
	for _, j := range josa {
		jr := []rune(j)
		if len(rs) > len(jr) && string(rs[len(rs)-len(jr):]) == j {
			return string(rs[:len(rs)-len(jr)])
		}
	}
	return w
}

// TestStripJosaSame: StripJosa gives what the rune version gives, for
// words made of particles, syllables, Latin letters and broken UTF-8.
func TestStripJosaSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 22))
	pieces := append([]string{"엽록체", "산", "소", "a", "1", "번", "\xec", "\x9d", "\xff", ""}, josa...)
	for i := range 50000 {
		var w string
		for range rng.IntN(5) {
			w += pieces[rng.IntN(len(pieces))]
		}
		if got, want := StripJosa(w), stripJosaRunes(w); got != want {
			t.Fatalf("word %d %q: StripJosa %q, want %q", i, w, got, want)
		}
	}
}
