package tutoring

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// TestHedgeGates: unhedge runs hedgeTail and hedgeKo only on a text
// their gates let through; no text a gate refuses may match its pattern,
// or a hedged answer would be graded with its hedge. Over hedged answers
// as students give them and random texts made of the hedges' words.
func TestHedgeGates(t *testing.T) {
	said := []string{"oxygen i think", "산소인가요", "산소 같아요", "엽록체 맞나요", "엽록체일걸요", "산소일까요", "산소이겠죠", "산소인듯",
		"산소인 것 같아요", "산소가 아닌가요", "산소 아마도", "maybe oxygen", "oxygen, right", "엽록체", "2번", "산소", "\u212a", "ſ"}
	words := []string{" ", ",", ".", "…", "?", "i", "I", "think", "guess", "maybe", "perhaps", "right", "is it", "아마", "아마도", "맞나요",
		"맞나", "맞죠", "맞지", "아닌가요", "아닌가", "같아요", "같은데요", "같아", "같습니다", "이", "가", "인", "일", "것", "거", "같", "맞",
		"인가요", "일가", "일걸요", "일까요", "이겠죠", "인듯", "인 듯해요", "듯", "산소", "엽록체", "oxygen", "2번", "\u212a", "ſ", "겠", "까", "걸"}
	r := rand.New(rand.NewSource(22))
	texts := append([]string(nil), said...)
	for range 100000 {
		var b strings.Builder
		for n := 1 + r.Intn(6); n > 0; n-- {
			b.WriteString(words[r.Intn(len(words))])
			if r.Intn(3) == 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	for _, g := range []struct {
		name string
		re   *regexp.Regexp
		may  func(string) bool
	}{{"hedgeTail", hedgeTail, mayHedgeTail}, {"hedgeKo", hedgeKo, mayHedgeKo}} {
		passed := 0
		for _, s := range texts {
			if g.may(s) {
				passed++
			} else if g.re.MatchString(s) {
				t.Errorf("%s matches %q, which its gate refuses", g.name, s)
			}
		}
		if passed == 0 || passed == len(texts) {
			t.Errorf("%s: the gate let %d of %d texts through", g.name, passed, len(texts))
		}
	}
}
