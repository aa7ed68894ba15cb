package embedded

import (
	"slices"
	"testing"

	"github.com/madang-world/madang/agents/nlu/entity"
	"github.com/madang-world/madang/avatars"
)

// TestPredMemoSame: what the classifier answers from its memo is what it
// answers without one — for every training example of every campus
// avatar and texts it never saw, asked the first time (a miss) and again
// (a hit), in Korean and English; and a caller changing the scores it
// got does not change what the memo answers next.
func TestPredMemoSame(t *testing.T) {
	extra := []string{"네", "아니요", "다음 문제", "2번", "엽록체", "엽록체에서요", "잘 모르겠어요", "yes", "next question", "I think it's the chloroplast",
		"내일 저녁 7시에 종로에서 3명 한식 먹을 데 찾아줘", "cheap running shoes", "what is a linear equation?", "장바구니 보여줘", "ㅋㅋㅋ", "", "   ", "?!"}
	now := trainClock
	hits := 0
	for _, a := range avatars.Campus() {
		m, err := modelFor(a)
		if err != nil {
			t.Fatal(err)
		}
		c, ok := m.clf.(trained)
		if !ok || c.memo == nil {
			t.Fatalf("%s: the classifier has no memo", a.ID)
		}
		texts := slices.Clone(extra)
		for _, e := range examples(m.files) {
			texts = append(texts, e.Text)
		}
		for round := 0; round < 2; round++ {
			for _, text := range texts {
				es := entity.Parse(text, now)
				want := c.analyse(c.tagParsed(text, es))
				got := c.predictParsed(text, es)
				if !slices.Equal(got, want) {
					t.Fatalf("%s round %d %q: memo %v, analysis %v", a.ID, round, text, got, want)
				}
				if round == 1 {
					if _, ok := c.memo.get(c.tagParsed(text, es)); ok {
						hits++
					}
				}
				for i := range got { // a caller's change stays its own
					got[i].P, got[i].Intent = -1, "changed"
				}
			}
		}
	}
	if hits == 0 {
		t.Fatal("nothing was answered from the memo")
	}
}

// TestPredMemoBounded: a full memo starts again rather than grow.
func TestPredMemoBounded(t *testing.T) {
	p := newPredMemo()
	for i := 0; i < memoMax+10; i++ {
		p.put(string(rune(0xAC00+i)), []scored{{Intent: "a", P: float64(i)}})
	}
	if n := len(p.m); n > memoMax {
		t.Fatalf("memo holds %d texts, more than %d", n, memoMax)
	}
	got, ok := p.get(string(rune(0xAC00 + memoMax + 9)))
	if !ok || len(got) != 1 || got[0].Intent != "a" || got[0].P != float64(memoMax+9) {
		t.Fatalf("the newest text: %v %v", got, ok)
	}
}
