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
