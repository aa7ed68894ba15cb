package intent

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// nearestEvery is nearest as it was before exSpan: every example scored.
func nearestEvery(m *Model, q query, intent string) (float64, string) {
	want := int32(slices.Index(m.intents, intent))
	sims := make([]float64, len(m.exText))
	for j, f := range q.idx {
		for i := m.post[f]; i < m.post[f+1]; i++ {
			sims[m.postEx[i]] += q.val[j] * m.postVal[i]
		}
	}
	best := -1
	for i, s := range sims {
		if m.exIntent[i] == want && (best < 0 || s > sims[best]) {
			best = i
		}
	}
	if best < 0 {
		return 0, ""
	}
	return sims[best], m.exText[best]
}

// probeTexts are the test sets' sentences and a few odd ones.
func probeTexts(t *testing.T) []string {
	texts := []string{"", "!!!", "ㅋㅋ", "Здравствуйте", "예약", "book"}
	for _, name := range []string{"train.json", "heldout.json", "oos.json"} {
		for _, ex := range examples(load(t, name)) {
			texts = append(texts, ex.Text)
		}
	}
	return texts
}

// TestNearestAsEveryExample: nearest, which scores only the examples
// between the intent's first and last, finds the same example with the
// same similarity, to the bit, as scoring every example — with examples
// grouped by intent and with them shuffled, for every intent.
func TestNearestAsEveryExample(t *testing.T) {
	ex := examples(load(t, "train.json"))
	shuffled := slices.Clone(ex)
	rand.New(rand.NewPCG(3, 4)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	texts := probeTexts(t)
	for _, set := range [][]Example{ex, shuffled} {
		m, err := Train(set, Options{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range texts {
			q := m.vectorize(s)
			for _, in := range append(m.Intents(), "no such intent") {
				gs, gn := m.nearest(q, in)
				ws, wn := nearestEvery(m, q, in)
				if gs != ws || gn != wn {
					t.Fatalf("%q, %s: nearest %v %q, want %v %q", s, in, gs, gn, ws, wn)
				}
			}
		}
	}
}

// TestFeatures: AnalyzeFeatures and PredictFeatures give what Analyze and
// Predict give, for the model that made the features, for another model
// with the same n-gram options, and for one with other options (which
// reads the text afresh).
func TestFeatures(t *testing.T) {
	ex := examples(load(t, "train.json"))
	a, err := Train(ex, Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Train(ex[:len(ex)/2+7], Options{Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	c, err := Train(ex, Options{Seed: 1, CharMax: 3, JamoMax: -1})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range probeTexts(t) {
		f := a.Features(s)
		for _, m := range []*Model{a, b, c} {
			if got, want := m.AnalyzeFeatures(f), m.Analyze(s); !reflect.DeepEqual(got, want) {
				t.Fatalf("%q: AnalyzeFeatures %+v, Analyze %+v", s, got, want)
			}
			if got, want := m.PredictFeatures(f), m.Predict(s); !reflect.DeepEqual(got, want) {
				t.Fatalf("%q: PredictFeatures %+v, Predict %+v", s, got, want)
			}
		}
	}
}

// TestVocabTable: the table answers as the map it was built from, for
// every key and for keys it lacks — random hashes, and hashes made to
// start their probe in the same slot.
func TestVocabTable(t *testing.T) {
	rnd := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{0, 1, 7, 1000, 200000} {
		vocab := map[uint64]int32{}
		for len(vocab) < n {
			h := rnd.Uint64()
			if len(vocab)%3 == 0 {
				h &= 0xffffff // small values, not spread as FNV hashes are
			}
			if _, ok := vocab[h]; !ok {
				vocab[h] = int32(len(vocab))
			}
		}
		tab := newVocabTable(vocab)
		for h, id := range vocab {
			if got, ok := tab.get(h); !ok || got != id {
				t.Fatalf("n=%d: get(%x) = %d, %v; want %d", n, h, got, ok, id)
			}
		}
		for range 2 * n {
			h := rnd.Uint64()
			if rnd.IntN(2) == 0 {
				h &= 0xffffff
			}
			if _, in := vocab[h]; !in {
				if got, ok := tab.get(h); ok {
					t.Fatalf("n=%d: get(%x) = %d, not in the vocabulary", n, h, got)
				}
			}
		}
	}
}
