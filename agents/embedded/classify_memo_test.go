package embedded

import (
	"os"
	"slices"
	"sync"
	"testing"

	"github.com/madang-world/madang/agents/nlu/entity"
	"github.com/madang-world/madang/avatars"
)

// TestPredMemoSame: what the classifier answers from its memo is what it
// answers without one — for every training example of every campus
// avatar and texts it never saw, asked the first time (a miss) and again
// (a hit), in Korean and English; and a caller changing the scores it
// got does not change what the memo answers next. It is sequential
// computation over every training example (20 s of CPU under -race): make
// test runs it without -race after the race suite (Makefile, target race);
// TestPredMemoConcurrent checks the memo's locking under -race.
func TestPredMemoSame(t *testing.T) {
	if raceOn && os.Getenv("MADANG_TEST_LONG") == "" {
		t.Skip("sequential: make test runs it without -race (Makefile, target race)")
	}
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

// TestPredMemoConcurrent: conversations running at once share an
// avatar's classifier and so its memo. Goroutines asking the same texts
// in different orders (misses and hits racing) each get the analysis of
// their own text, and a caller changing its scores does
// not change another's; under -race this checks the memo's locking.
func TestPredMemoConcurrent(t *testing.T) {
	m, err := modelFor(campusAvatar(t, "assistant"))
	if err != nil {
		t.Fatal(err)
	}
	c, ok := m.clf.(trained)
	if !ok || c.memo == nil {
		t.Fatal("the assistant's classifier has no memo")
	}
	texts := []string{"다음 주 화요일 오후 3시에 회의 잡아줘", "book a table for four tonight", "내 일정 보여줘", "네", "아니요",
		"cancel my dinner reservation", "금요일 약속 취소해줘", "what's on my calendar tomorrow?", "3번", "thanks!"}
	type job struct {
		es   []entity.Entity
		want []scored
	}
	jobs := make([]job, len(texts))
	for i, text := range texts {
		es := entity.Parse(text, trainClock)
		jobs[i] = job{es, c.analyse(c.tagParsed(text, es))}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*2*len(texts))
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for round := 0; round < 2; round++ {
				for k := range texts {
					i := (k + g*3) % len(texts) // each goroutine in its own order
					got := c.predictParsed(texts[i], jobs[i].es)
					if !slices.Equal(got, jobs[i].want) {
						errs <- texts[i]
					}
					for j := range got {
						got[j].P, got[j].Intent = -1, "changed"
					}
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for text := range errs {
		t.Errorf("%q: the memo answered other than the analysis", text)
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
