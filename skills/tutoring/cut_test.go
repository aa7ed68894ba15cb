package tutoring

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// cutPieces are what the texts of TestCutArticleSame and TestCutLeadSame
// are built from: the patterns' own words in every case, RE2's spaces and
// the ones it does not count (\v, NBSP, the ideographic space), the
// letters that case-fold out of ASCII (K, ſ), Korean answers.
var cutPieces = []string{"the", "The", "THE", "tHe", "a", "A", "an", "An", "AN", "aN", "i", "I", "think", "THINK", "it's", "its", "it", "is",
	"my", "My", "answer", "Answer", "ANSWER", ":", " : ", "제", "정답", "답", "은", "는", "정답은", "답은", "제 답은",
	" ", "  ", "\t", "\n", "\f", "\r", "\v", "\u00a0", "\u3000", "K", "ſ", "k", "s", "x", "outer core", "엽록체", "광합성", "2번", "①", "", ".", "?"}

func randomCutText(r *rand.Rand) string {
	var b strings.Builder
	for n := r.IntN(6); n >= 0; n-- {
		b.WriteString(cutPieces[r.IntN(len(cutPieces))])
		if r.IntN(3) == 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// TestCutArticleSame: cutArticle is the regexp's replacement, text by text.
func TestCutArticleSame(t *testing.T) {
	r := rand.New(rand.NewPCG(22, 9))
	texts := []string{"", "the", "the ", "the outer core", "  The  outer core", "an apple", "a apple", "anapple", "an", "a\tb", "THE\fcore", "a\vb", "the\u00a0core", "ſhe x", "태양 the", "정답은 a b"}
	for i := 0; i < 200000; i++ {
		texts = append(texts, randomCutText(r))
	}
	cut := 0
	for _, s := range texts {
		if articleRe.MatchString(s) {
			cut++
		}
		if got, want := cutArticle(s), articleRe.ReplaceAllString(s, ""); got != want {
			t.Fatalf("cutArticle(%q) = %q, the regexp gives %q", s, got, want)
		}
	}
	if cut < 1000 {
		t.Fatalf("only %d of %d texts had something to cut", cut, len(texts))
	}
}

// TestCutLeadSame: cutLead is the regexp's replacement, text by text.
func TestCutLeadSame(t *testing.T) {
	r := rand.New(rand.NewPCG(22, 10))
	texts := []string{"", "I think it's the mantle", "i think mantle", "my answer is 2", "The answer is chlorophyll", "answer: 3", "Answer : mitochondria",
		"제 답은 엽록체", "정답은 엽록체", "답: 2번", "답 엽록체", "정답 2", "엽록체", "2번", "Kthink", " I think x", "ſ", "①"}
	for i := 0; i < 200000; i++ {
		texts = append(texts, randomCutText(r))
	}
	cut := 0
	for _, s := range texts {
		if answerLead.MatchString(s) {
			cut++
		}
		if got, want := cutLead(s), answerLead.ReplaceAllString(s, ""); got != want {
			t.Fatalf("cutLead(%q) = %q, the regexp gives %q", s, got, want)
		}
	}
	if cut < 1000 {
		t.Fatalf("only %d of %d texts had something to cut", cut, len(texts))
	}
}
