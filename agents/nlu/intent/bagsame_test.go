package intent

import (
	"reflect"
	"sort"
	"testing"
)

// analyzeByName is Bag.Analyze as it was before it kept its sums by
// index: each model's sorted scores summed into a map by intent name.
func analyzeByName(b Bag, text string) Analysis {
	m := b[0]
	q0 := m.vectorize(text)
	sum := map[string]float64{}
	for i, mi := range b {
		q := q0
		if i > 0 {
			q = mi.vectorize(text)
		}
		for _, s := range mi.scored(q) {
			sum[s.Intent] += s.P / float64(len(b))
		}
	}
	a := Analysis{Known: q0.known}
	for _, n := range m.intents {
		a.Scores = append(a.Scores, Scored{n, sum[n]})
	}
	sort.SliceStable(a.Scores, func(i, j int) bool { return a.Scores[i].P > a.Scores[j].P })
	for _, s := range a.Scores {
		if s.Intent != None {
			a.Intent, a.P = s.Intent, s.P
			break
		}
	}
	a.Similarity, a.Nearest = m.nearest(q0, a.Intent)
	a.OK = a.Scores[0].Intent != None && a.P >= m.opts.MinP && a.Similarity >= m.opts.MinSimilarity
	return a
}

// TestBagAnalyzeSame: Bag.Analyze gives the very analysis (every
// probability bit for bit, the order of ties) the by-name sums gave, for
// the training sentences, out-of-scope ones, empty and foreign text, and
// their halves; both for a bag of one set of examples (sums by index) and
// for a bag whose models know different intents (by name).
func TestBagAnalyzeSame(t *testing.T) {
	train, oos := load(t, "train.json"), load(t, "oos.json")
	ex := examples(train)
	same, err := TrainBag(ex, Options{Seed: 5}, 3)
	if err != nil {
		t.Fatal(err)
	}
	var fewer []Example // without the last intent: the models' intents differ
	for _, e := range ex {
		if e.Intent != ex[len(ex)-1].Intent {
			fewer = append(fewer, e)
		}
	}
	other, err := Train(fewer, Options{Seed: 9})
	if err != nil {
		t.Fatal(err)
	}
	mixed := Bag{same[0], other, same[1]}
	if reflect.DeepEqual(mixed[0].intents, mixed[1].intents) {
		t.Fatal("the mixed bag's models know the same intents")
	}
	texts := []string{"", "   ", "Здравствуйте", "😀😀", "book book book"}
	for _, set := range []map[string][]string{train, oos} {
		for _, k := range sortedKeys(set) {
			for _, s := range set[k] {
				r := []rune(s)
				texts = append(texts, s, string(r[:len(r)/2]), string(r[len(r)/2:]))
			}
		}
	}
	n := 0
	for _, bag := range []Bag{same, mixed} {
		for _, s := range texts {
			got, want := bag.Analyze(s), analyzeByName(bag, s)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%q: Analyze %+v, by name %+v", s, got, want)
			}
			n++
		}
	}
	t.Logf("%d analyses compared", n)
}
