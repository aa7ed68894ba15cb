package embedded

import (
	"errors"
	"math"
	"sort"
	"strings"
	"unicode"
)

type example struct{ Intent, Text string }

type scored struct {
	Intent string
	P      float64
}

type classifier interface {
	predict(text string) []scored
}

// ngramModel scores an utterance against every training example by the
// cosine of their TF-IDF character n-gram vectors (n = 1..4 over the text
// with spaces removed, so "일정넣어줘" and "일정 넣어 줘" look alike, and
// Korean particles and endings change few n-grams), keeps each intent's
// best match and turns the scores into probabilities with a softmax.
type ngramModel struct {
	idf  map[string]float64
	vecs []sparse
	ints []string
}

type sparse map[string]float64

func train(exs []example) (classifier, error) {
	if len(exs) == 0 {
		return nil, errors.New("no training examples")
	}
	m := &ngramModel{idf: map[string]float64{}}
	df := map[string]int{}
	grams := make([]map[string]int, len(exs))
	for i, e := range exs {
		grams[i] = ngrams(e.Text)
		for g := range grams[i] {
			df[g]++
		}
	}
	n := float64(len(exs))
	for g, d := range df {
		m.idf[g] = math.Log(1+n/float64(d)) + 1
	}
	for i, e := range exs {
		m.vecs = append(m.vecs, m.vector(grams[i]))
		m.ints = append(m.ints, e.Intent)
	}
	return m, nil
}

func (m *ngramModel) vector(gs map[string]int) sparse {
	v := sparse{}
	var norm float64
	for g, c := range gs {
		w := (1 + math.Log(float64(c))) * m.idf[g]
		if m.idf[g] == 0 {
			w = 0
		}
		v[g] = w
		norm += w * w
	}
	norm = math.Sqrt(norm)
	if norm > 0 {
		for g := range v {
			v[g] /= norm
		}
	}
	return v
}

func (m *ngramModel) predict(text string) []scored {
	q := m.vector(ngrams(text))
	best := map[string]float64{}
	for i, v := range m.vecs {
		var s float64
		if len(q) < len(v) {
			for g, w := range q {
				s += w * v[g]
			}
		} else {
			for g, w := range v {
				s += w * q[g]
			}
		}
		if s > best[m.ints[i]] {
			best[m.ints[i]] = s
		}
	}
	out := make([]scored, 0, len(best))
	var z float64
	for in, s := range best {
		e := math.Exp(12 * s)
		out = append(out, scored{in, e})
		z += e
	}
	// The unmatched remainder: an utterance close to nothing keeps low
	// probabilities everywhere.
	z += math.Exp(12*0.35) * 2
	for i := range out {
		out[i].P /= z
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].P != out[j].P {
			return out[i].P > out[j].P
		}
		return out[i].Intent < out[j].Intent
	})
	return out
}

// ngrams are the character 1- to 4-grams of the lower-cased text without
// spaces and punctuation, plus its words.
func ngrams(text string) map[string]int {
	var rs []rune
	var words []string
	var w []rune
	for _, r := range strings.ToLower(text) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
			w = append(w, r)
			continue
		}
		if len(w) > 0 {
			words = append(words, string(w))
			w = w[:0]
		}
	}
	if len(w) > 0 {
		words = append(words, string(w))
	}
	out := map[string]int{}
	for n := 1; n <= 4; n++ {
		for i := 0; i+n <= len(rs); i++ {
			out[string(rs[i:i+n])]++
		}
	}
	for _, w := range words {
		out["w:"+w]++
	}
	return out
}
