package safety

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// builtinPatterns are every pattern the built-in checker runs.
func builtinPatterns() []*foldRegexp {
	r := Default()
	all := append([]*foldRegexp{r.safe}, r.concepts...)
	for _, c := range r.cats {
		all = append(all, c.pats...)
	}
	for _, s := range subjects {
		all = append(all, s.en)
	}
	return append(all, protective, evasion, perpetrator, critique, koHowTo, stolenCard, returnsCard, groupHarm,
		otherName, convincing, deceit, victim, production, otherPerson, crisisPhrases, suicideWords, media, howMake, metaTalk, asks,
		minorWords, explicitSex, romance, otherMinorsOnly, learner, studies, selfWords)
}

// TestBuiltinPatternsFast: every built-in pattern has its fast form, so
// an edit that loses it (a case-sensitive part) shows here rather than as
// a slower Check.
func TestBuiltinPatternsFast(t *testing.T) {
	for _, re := range builtinPatterns() {
		if re.fast == nil {
			t.Errorf("no fast form: %.80s", re.slow)
		}
	}
	for _, re := range []*foldRegexp{protective, perpetrator} {
		if len(re.branches) < 8 {
			t.Errorf("%.40s: %d branches", re.slow, len(re.branches))
		}
	}
}

// TestFoldMatchesLikeIgnoreCase: a foldRegexp matches, and counts matches,
// exactly as its (?i) pattern does, for the built-in patterns and for
// patterns written to trip folding up (classes, \b next to the Kelvin sign
// and the long s, Greek final sigma, case-sensitive parts), on texts made
// of the runes whose folding is odd, and on invalid UTF-8.
func TestFoldMatchesLikeIgnoreCase(t *testing.T) {
	pats := builtinPatterns()
	for _, p := range []struct {
		p    string
		fold bool
	}{
		{`[^a-z]x`, true}, {`\bk\b`, true}, {`\Ws`, true}, {`σ+`, true}, {`(?-i:[A-Z])x`, true}, {`(?-i:K)`, true},
		{`straße|STRASSE`, true}, {`\bi̇`, true}, {`ǆ|ǅ`, true}, {`[가-힣]+도 사람`, true}, {`^what\b.*\?$`, true},
		{`\S{0,3}x`, false}, {`[A-Z]+`, false}, {`[^A-Z]`, false}, {`Kk`, false}, {`사람\s?들`, false}, {`a|b|c|d|e|f|g|h|K`, true},
	} {
		re, err := compile(p.p, p.fold)
		if err != nil {
			t.Fatal(err)
		}
		pats = append(pats, re)
	}
	runes := []rune("aAkKsSxXiIzZ \t\n?.'σςΣßẞİıǆǅǄ가나사람도\u212a\u017f\u00a0０ｘ")
	rnd := rand.New(rand.NewPCG(1, 2))
	texts := []string{"", "K", "ſ", "x\xffK", "\xff", "What is A?", "ΣΑΣ", "STRASSE straße", "Kk\u212a", "가나 사람도 사람"}
	for range 300 {
		var b strings.Builder
		for range rnd.IntN(12) {
			b.WriteRune(runes[rnd.IntN(len(runes))])
		}
		texts = append(texts, b.String())
	}
	for _, re := range pats {
		for _, s := range texts {
			f := foldText(s)
			if got, want := re.match(&f), re.slow.MatchString(s); got != want {
				t.Errorf("%.60s on %q: match %v, want %v", re.slow, s, got, want)
			}
			if got, want := re.count(&f), len(re.slow.FindAllStringIndex(s, -1)); got != want {
				t.Errorf("%.60s on %q: count %d, want %d", re.slow, s, got, want)
			}
		}
	}
}

// TestCollapseSpaces: as the regular expression the rules used.
func TestCollapseSpaces(t *testing.T) {
	spaces := regexp.MustCompile(`\s+`)
	for _, s := range []string{"", " ", "a", " a  b\t\tc \n", "a\u00a0 b", "\u3000a\r\nb\f", "a\vb", "a \x85b\xff  c", "  \t"} {
		if got, want := collapseSpaces(s), spaces.ReplaceAllString(strings.TrimSpace(s), " "); got != want {
			t.Errorf("collapseSpaces(%q) = %q, want %q", s, got, want)
		}
	}
}
