package intent

import (
	"fmt"
	"testing"
)

// TestFeatureChoices measures what each feature kind and the None class
// are worth on the held-out paraphrases and the out-of-scope sentences
// (run with -v to see the table). It asserts only that the defaults are
// not beaten by turning a feature kind off, which is why they are the
// defaults.
func TestFeatureChoices(t *testing.T) {
	train := examples(load(t, "train.json"))
	held, oos := load(t, "heldout.json"), load(t, "oos.json")
	score := func(o Options) (top, decided, rejected, total, ototal int) {
		m, err := Train(train, o)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range sortedKeys(held) {
			for _, s := range held[want] {
				total++
				a := m.Analyze(s)
				if a.Intent == want {
					top++
					if a.OK {
						decided++
					}
				}
			}
		}
		for _, l := range sortedKeys(oos) {
			for _, s := range oos[l] {
				ototal++
				if !m.Analyze(s).OK {
					rejected++
				}
			}
		}
		return
	}
	var def int
	for _, c := range []struct {
		name string
		o    Options
	}{
		{"defaults", Options{}},
		{"no jamo", Options{JamoMax: -1}},
		{"no words", Options{NoWords: true}},
		{"chars 1-3", Options{CharMin: 1, CharMax: 3}},
		{"chars 2-3", Options{CharMax: 3}},
		{"chars 2-5", Options{CharMax: 5}},
		{"jamo 3-4", Options{JamoMin: 3}},
		{"jamo 2-5", Options{JamoMax: 5}},
		{"no None class", Options{Noise: -1}},
		{"None ×0.5", Options{Noise: 0.5}},
		{"None ×3", Options{Noise: 3}},
		{"L2 1e-3", Options{L2: 1e-3}},
		{"L2 1e-5", Options{L2: 1e-5}},
		{"epochs 6", Options{Epochs: 6}},
		{"epochs 30", Options{Epochs: 30}},
	} {
		top, dec, rej, n, on := score(c.o)
		t.Logf("%-14s held-out top-1 %2d/%d, decided right %2d/%d; out-of-scope rejected %2d/%d", c.name, top, n, dec, n, rej, on)
		if c.name == "defaults" {
			def = dec + rej
		} else if c.name[:3] == "no " && dec+rej > def {
			t.Errorf("%s beats the defaults: %s", c.name, fmt.Sprint(dec+rej, " > ", def))
		}
	}
}
