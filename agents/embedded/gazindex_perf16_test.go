package embedded

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/booking"
	"github.com/madang-world/madang/skills/dialogue"
	"github.com/madang-world/madang/skills/scheduling"
	"github.com/madang-world/madang/skills/shopping"
	"github.com/madang-world/madang/skills/tutoring"
)

// lookupEveryWord is lookupGazetteer as it was before gazIndex: every
// word of every entry compared with the text.
func lookupEveryWord(text string, es []dialogue.Entry) string {
	if len(es) == 0 {
		return ""
	}
	lower := strings.ToLower(text)
	best, bestLen := "", 0
	for i, ws := range lowerWords(es) {
		if saysAny(lower, es[i].Unless) {
			continue
		}
		for _, w := range ws {
			if w.n > bestLen && (containsEntry(lower, w.lw) || w.latin && (containsWord(lower, w.s) || containsWord(lower, w.es))) {
				best, bestLen = es[i].Value, w.n
			}
		}
	}
	if best == "" {
		best = slipGazetteer(lower, es)
	}
	return best
}

// TestGazetteerIndexSame: lookupGazetteer, which compares only the words
// its index finds in the text, answers what comparing every word does, on
// every gazetteer of the built-in packs, for the packs' own examples and
// for texts made of the gazetteers' words (alone, glued to particles and
// to other words, in plural, upper case, cut short, one letter off).
func TestGazetteerIndexSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 16))
	var texts []string
	var gazs [][]dialogue.Entry
	for _, id := range []skills.ID{scheduling.ID, booking.ID, shopping.ID, tutoring.ID} {
		f, err := dataOf(string(id))
		if err != nil || f == nil {
			t.Fatalf("%s: %v", id, err)
		}
		for _, es := range f.Gazetteers {
			gazs = append(gazs, es)
		}
		for i, ex := range examples([]*dialogue.File{f}) {
			if i%4 == 0 {
				texts = append(texts, ex.Text)
			}
		}
	}
	var words []string
	for _, es := range gazs {
		for _, e := range es {
			words = append(words, e.Words...)
			words = append(words, e.Unless...)
		}
	}
	glue := []string{"", " ", "를", "이랑", "s", "es", "ing", "x", ".", "에서 ", " please", "회"}
	for range 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(4) {
			w := words[rng.IntN(len(words))]
			switch rng.IntN(6) {
			case 0:
				w = strings.ToUpper(w)
			case 1:
				if r := []rune(w); len(r) > 2 {
					w = string(r[:len(r)-1])
				}
			case 2:
				if len(w) > 6 {
					i := 1 + rng.IntN(len(w)-2)
					w = w[:i] + "z" + w[i+1:]
				}
			case 3:
				w = strings.ReplaceAll(w, " ", "")
			}
			b.WriteString(w)
			b.WriteString(glue[rng.IntN(len(glue))])
		}
		texts = append(texts, b.String())
	}
	n, found := 0, 0
	for _, es := range gazs {
		for _, text := range texts {
			want := lookupEveryWord(text, es)
			if got := lookupGazetteer(text, es); got != want {
				t.Fatalf("%q: %q, comparing every word %q", text, got, want)
			}
			n++
			if want != "" {
				found++
			}
		}
	}
	if found < 5000 {
		t.Fatalf("only %d of %d lookups found a word: the texts do not test much", found, n)
	}
	t.Logf("%d lookups, %d found a word", n, found)
}

// TestTagIndexSame: the classifier's gazetteer tokens, found through
// substrIndex, are those (in the same order) of comparing every word.
func TestTagIndexSame(t *testing.T) {
	var fs []*dialogue.File
	for _, id := range []skills.ID{scheduling.ID, booking.ID, shopping.ID, tutoring.ID} {
		f, err := dataOf(string(id))
		if err != nil || f == nil {
			t.Fatalf("%s: %v", id, err)
		}
		fs = append(fs, f)
	}
	var c trained
	c.setGazetteers(fs)
	every := func(text string) []string {
		lower := strings.ToLower(text)
		var added []string
		for _, g := range c.gz {
			if containsWord(lower, g.word) && !slices.Contains(added, g.token) {
				added = append(added, g.token)
			}
		}
		return added
	}
	rng := rand.New(rand.NewPCG(16, 17))
	var texts []string
	for _, ex := range examples(fs) {
		texts = append(texts, ex.Text)
	}
	for range 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(4) {
			g := c.gz[rng.IntN(len(c.gz))]
			b.WriteString([]string{g.word, strings.ToUpper(g.word), g.word + "s", "x" + g.word}[rng.IntN(4)])
			b.WriteString([]string{" ", "", "를 ", " and "}[rng.IntN(4)])
		}
		texts = append(texts, b.String())
	}
	tagged := 0
	for _, text := range texts {
		want := text
		if added := every(text); len(added) > 0 {
			want += " " + strings.Join(added, " ")
			tagged++
		}
		if got := c.tagParsed(text, nil); got != maskParsed(text, nil)+want[len(text):] {
			t.Fatalf("%q: tagged %q, comparing every word %q", text, got, want)
		}
	}
	if tagged < 3000 {
		t.Fatalf("only %d of %d texts tagged: the texts do not test much", tagged, len(texts))
	}
}
