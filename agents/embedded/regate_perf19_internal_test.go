package embedded

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// atoms of the random patterns and texts: Korean, ASCII in both cases
// (k and s among them, with the Kelvin sign and the long s that fold to
// them), digits, spaces and punctuation.
var gateAtoms = []string{"가", "나", "랑", "하고", "명", "둘", "a", "b", "K", "k", "s", "S", "x", "X", "1", "2", " ", ",", "-", "\u212a", "\u017f"}

func randomPattern(rng *rand.Rand, depth int) string {
	if depth <= 0 || rng.IntN(3) == 0 {
		switch rng.IntN(6) {
		case 0:
			return `[ab가]`
		case 1:
			return []string{`\d`, `\s`, `\b`, `^`, `$`, `.`, `[a-z]`, `[^가]`}[rng.IntN(8)]
		default:
			n := 1 + rng.IntN(3)
			var b strings.Builder
			for range n {
				b.WriteString(regexp.QuoteMeta(gateAtoms[rng.IntN(len(gateAtoms))]))
			}
			return b.String()
		}
	}
	switch rng.IntN(7) {
	case 0, 1:
		return randomPattern(rng, depth-1) + randomPattern(rng, depth-1)
	case 2:
		return "(?:" + randomPattern(rng, depth-1) + "|" + randomPattern(rng, depth-1) + ")"
	case 3:
		return "(" + randomPattern(rng, depth-1) + ")" + []string{"?", "*", "+", "{1,2}", "{0,2}", "{2}"}[rng.IntN(6)]
	case 4:
		return "(?i:" + randomPattern(rng, depth-1) + ")"
	case 5:
		return randomPattern(rng, depth-1) + `\s*` + randomPattern(rng, depth-1)
	}
	return "(" + randomPattern(rng, depth-1) + ")"
}

func randomText(rng *rand.Rand) string {
	var b strings.Builder
	for range rng.IntN(12) {
		b.WriteString(gateAtoms[rng.IntN(len(gateAtoms))])
	}
	return b.String()
}

// TestReGateSoundPerf19: over random patterns (alternations, groups,
// optional and repeated parts, classes, anchors, case folding — with the
// Kelvin sign and the long s, which fold to k and s) and random texts, a
// gate never refuses a text its pattern matches; and gates do refuse
// texts (they are not all empty).
func TestReGateSoundPerf19(t *testing.T) {
	rng := rand.New(rand.NewPCG(19, 1))
	refused, gated := 0, 0
	for range 3000 {
		pat := randomPattern(rng, 4)
		re, err := regexp.Compile(pat)
		if err != nil {
			continue
		}
		g := gateOf(re)
		if g.any != nil {
			gated++
		}
		for range 150 {
			text := randomText(rng)
			if g.may(text) {
				continue
			}
			refused++
			if re.MatchString(text) {
				t.Fatalf("%q: the gate %v refuses %q, which it matches", pat, g.any, text)
			}
		}
	}
	if gated < 1000 || refused < 10000 {
		t.Errorf("%d patterns gated, %d texts refused: the gates do too little", gated, refused)
	}
}

// TestReGatesPerf19: the patterns gated in this package have a gate that
// refuses the answers a quiz gets, and refuses nothing the pattern
// matches over texts made of the pattern's own words (its literal
// pieces), quiz answers and other words.
func TestReGatesPerf19(t *testing.T) {
	rng := rand.New(rand.NewPCG(19, 2))
	for name, c := range map[string]struct {
		re *regexp.Regexp
		g  reGate
	}{
		"koMemberRe": {koMemberRe, koMemberGate}, "partyKoRe": {partyKoRe, partyKoGate}, "partyEnRe": {partyEnRe, partyEnGate},
		"koWithRe": {koWithRe, koWithGate}, "koBareRe": {koBareRe, koBareGate},
	} {
		if c.g.any == nil {
			t.Errorf("%s: no gate", name)
			continue
		}
		for _, quiet := range []string{"엽록체", "산소", "2번", "광합성 퀴즈 내줘", "chlorophyll", "the second one"} {
			if c.g.may(quiet) && !c.re.MatchString(quiet) {
				t.Errorf("%s: the gate lets %q through", name, quiet)
			}
		}
		words := regexp.MustCompile(`[^\pL\pN]+`).Split(c.re.String(), -1)
		words = append(words, "엽록체", "산소", "2", "3", "10", "명", "이랑", "하고", " ", ",", "Kids", "ADULTS", "\u212aids", "\u017fix", "two", "랑")
		for range 100000 {
			var b strings.Builder
			for range 1 + rng.IntN(6) {
				w := words[rng.IntN(len(words))]
				if rng.IntN(3) == 0 && len(w) > 1 {
					w = w[:len(w)-1] // a word cut short
				}
				b.WriteString(w)
				b.WriteString([]string{"", " ", " ", ", "}[rng.IntN(4)])
			}
			text := b.String()
			if !c.g.may(text) && c.re.MatchString(text) {
				t.Fatalf("%s: the gate refuses %q, which it matches", name, text)
			}
		}
	}
}
