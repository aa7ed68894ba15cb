package intent

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"sync"
)

// query is a text's TF-IDF vector over the model's vocabulary.
type query struct {
	idx   []int32
	val   []float64 // already divided by the norm
	known float64   // the share of the text's TF-IDF weight (squared) the model knows, 0..1
}

// vectorize weighs a text as training did. N-grams the model never saw
// count in the norm with the highest IDF, so a text that is mostly new
// words has a short known part and weak logits — one of the signals of
// out-of-scope text.
func (m *Model) vectorize(text string) query {
	var hb [512]uint64
	return m.weigh(m.hashes(text, hb[:0]))
}

// hashes are the text's features (normalised), sorted, appended to buf.
func (m *Model) hashes(text string, buf []uint64) []uint64 {
	rs := []rune(Normalize(text))
	h := m.features(rs, buf)
	slices.Sort(h)
	return h
}

// weigh is vectorize of the text's sorted features h.
func (m *Model) weigh(h []uint64) query {
	return m.weighIn(h, nil, nil)
}

// weighIn is weigh, appending to idx[:0] and val[:0] (a caller's arrays,
// which then need not escape to the heap).
func (m *Model) weighIn(h []uint64, idx []int32, val []float64) query {
	if cap(idx) < len(h) || cap(val) < len(h) {
		idx, val = make([]int32, 0, len(h)), make([]float64, 0, len(h))
	}
	q := query{idx: idx[:0], val: val[:0]}
	var ss, known float64
	for j := 0; j < len(h); {
		k := j
		for k < len(h) && h[k] == h[j] {
			k++
		}
		tf := 1 + math.Log(float64(k-j))
		if id, ok := m.table.get(h[j]); ok {
			x := tf * m.idf[id]
			q.idx = append(q.idx, id)
			q.val = append(q.val, x)
			ss += x * x
			known += x * x
		} else {
			x := tf * m.maxIDF
			ss += x * x
		}
		j = k
	}
	if ss > 0 {
		inv := 1 / math.Sqrt(ss)
		for j := range q.val {
			q.val[j] *= inv
		}
		q.known = known / ss
	}
	return q
}

// Features are a text's n-grams as a model reads them: normalising a
// text and hashing its n-grams is a good part of what Analyze and Predict
// cost, and a caller that asks several models about one text (the safety
// checker asks two) does it once. Any model trained with the same n-gram
// options reads them; another one reads the text afresh. Read-only once
// made, so goroutines may share them.
type Features struct {
	text string
	fo   featureOpts
	h    []uint64 // sorted
}

// featureOpts are the options features depends on.
type featureOpts struct {
	charMin, charMax, jamoMin, jamoMax int
	noWords                            bool
}

func (m *Model) featureOpts() featureOpts {
	o := &m.opts
	return featureOpts{o.CharMin, o.CharMax, o.JamoMin, o.JamoMax, o.NoWords}
}

// Features computes the text's n-grams for m and for any model with its
// n-gram options.
func (m *Model) Features(text string) *Features {
	return &Features{text: text, fo: m.featureOpts(), h: m.hashes(text, nil)}
}

// query is vectorize(f's text), from f's n-grams when m reads them alike.
func (m *Model) query(f *Features) query {
	if f.fo != m.featureOpts() {
		return m.vectorize(f.text)
	}
	return m.weigh(f.h)
}

// PredictFeatures is Predict of f's text.
func (m *Model) PredictFeatures(f *Features) []Scored { return m.scored(m.query(f)) }

// AnalyzeFeatures is Analyze of f's text.
func (m *Model) AnalyzeFeatures(f *Features) Analysis { return m.analyze(m.query(f)) }

// Predict scores every intent (None included when the model has it),
// best first; the probabilities sum to 1. A text with no n-gram the model
// knows (empty, or another script) is None with probability 1 when the
// model has a None class, and the intents' prior otherwise.
func (m *Model) Predict(text string) []Scored {
	q := m.vectorize(text)
	return m.scored(q)
}

func (m *Model) scored(q query) []Scored {
	K := len(m.intents)
	var pb [64]float64
	p := pb[:0]
	if K > len(pb) {
		p = make([]float64, K)
	} else {
		p = pb[:K]
	}
	m.probs(q, p)
	out := make([]Scored, K)
	for k := range K {
		out[k] = Scored{m.intents[k], p[k]}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].P > out[j].P })
	return out
}

// probs writes the probability of each of m.intents, in that order, into
// p (len(m.intents)).
func (m *Model) probs(q query, p []float64) {
	if len(q.idx) == 0 && m.none >= 0 {
		clear(p)
		p[m.none] = 1
	} else {
		m.logits(q.idx, q.val, 1, p)
		softmax(p)
	}
}

// Analysis is everything Decide weighs, for callers that want their own
// rule and for logs.
type Analysis struct {
	Scores []Scored // as Predict
	// Intent is the most probable trained intent (never None) and P its
	// probability.
	Intent string
	P      float64
	// Similarity is the cosine similarity between the text and Nearest,
	// the most similar training example of Intent (0..1).
	Similarity float64
	Nearest    string
	// Known is the share of the text's TF-IDF weight made of n-grams the
	// model knows (0..1).
	Known float64
	// OK is Decide's verdict: None is not the most probable answer, P is at
	// least Options.MinP and Similarity at least Options.MinSimilarity.
	OK bool
}

// Analyze predicts and measures how close the text is to what the model
// was trained on.
func (m *Model) Analyze(text string) Analysis { return m.analyze(m.vectorize(text)) }

func (m *Model) analyze(q query) Analysis {
	a := Analysis{Scores: m.scored(q), Known: q.known}
	for _, s := range a.Scores {
		if s.Intent != None {
			a.Intent, a.P = s.Intent, s.P
			break
		}
	}
	a.Similarity, a.Nearest = m.nearest(q, a.Intent)
	a.OK = a.Scores[0].Intent != None && a.P >= m.opts.MinP && a.Similarity >= m.opts.MinSimilarity
	return a
}

// nearest is the training example of the intent most like the text, and
// their cosine similarity.
//
// Only the examples between the intent's first and last (exSpan) are
// scored: the postings of a feature list examples in order, so a binary
// search finds where the span starts. Each example's similarity is the
// same sum, added in the same order, as when every example was scored
// (TestNearestAsEveryExample), and with examples grouped by intent, as
// callers usually write them, the span is that intent's share of the
// examples.
func (m *Model) nearest(q query, intent string) (float64, string) {
	want := int32(slices.Index(m.intents, intent))
	if want < 0 || int(want) >= len(m.exSpan) {
		return 0, ""
	}
	lo, hi := m.exSpan[want][0], m.exSpan[want][1]
	if lo >= hi {
		return 0, ""
	}
	var sb [1024]float64
	sims := sb[:0]
	if n := int(hi - lo); n <= len(sb) {
		sims = sb[:n]
	} else {
		sims = make([]float64, n)
	}
	for j, f := range q.idx {
		start, end := m.post[f], m.post[f+1]
		k, _ := slices.BinarySearch(m.postEx[start:end], lo)
		for i := start + int32(k); i < end && m.postEx[i] < hi; i++ {
			sims[m.postEx[i]-lo] += q.val[j] * m.postVal[i]
		}
	}
	best := -1
	for i, s := range sims {
		if m.exIntent[int(lo)+i] == want && (best < 0 || s > sims[best]) {
			best = i
		}
	}
	if best < 0 {
		return 0, ""
	}
	return sims[best], m.exText[int(lo)+best]
}

// Bag is models of the same examples trained with different seeds
// (TrainBag). One seed's model depends on the order of its training
// passes and on the sentences drawn for its None class, so a small change
// of the examples can flip a text that sits near a boundary; averaging the
// probabilities of a few seeds (bagging) keeps what they agree on.
type Bag []*Model

// TrainBag trains n models (n ≥ 1) with seeds opts.Seed, opts.Seed+1, …,
// concurrently.
func TrainBag(examples []Example, opts Options, n int) (Bag, error) {
	if n < 1 {
		return nil, fmt.Errorf("%w: a bag of %d models", ErrOptions, n)
	}
	b := make(Bag, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o := opts
			o.Seed += int64(i)
			b[i], errs[i] = Train(examples, o)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, errs[slices.IndexFunc(errs, func(e error) bool { return e != nil })]
	}
	return b, nil
}

// Analyze is Model.Analyze with the bag's mean probabilities; the nearest
// example and Known are the first model's (they depend on the examples,
// not on the seed, but for the None class's share of the IDF).
func (b Bag) Analyze(text string) Analysis {
	if len(b) == 1 {
		return b[0].Analyze(text)
	}
	m := b[0]
	var hb [512]uint64
	h0 := m.hashes(text, hb[:0])
	// The vectors start in arrays of this frame (a text has a few
	// hundred features; weighIn grows them past that).
	var i0, i1 [256]int32
	var v0, v1 [256]float64
	q0 := m.weighIn(h0, i0[:0], v0[:0])
	// Each intent's mean probability, summed model by model in the bag's
	// order. When every model has m's intents in m's order (a bag trained
	// on one set of examples) the sums are kept by index, without sorting
	// each model's scores or a map: the same additions in the same order
	// (TestBagAnalyzeSame).
	same := true
	for _, mi := range b[1:] {
		same = same && slices.Equal(mi.intents, m.intents)
	}
	K := len(m.intents)
	var sb, pb [64]float64
	sum, p := sb[:0], pb[:0]
	if K > len(sb) {
		sum, p = make([]float64, K), make([]float64, K)
	} else {
		sum, p = sb[:K], pb[:K]
	}
	var byName map[string]float64
	if !same {
		byName = map[string]float64{}
	}
	// The other models' vectors, one after the other, in i1 and v1.
	for i, mi := range b {
		q := q0
		if i > 0 {
			if mi.featureOpts() == m.featureOpts() {
				q = mi.weighIn(h0, i1[:0], v1[:0]) // the text's features, hashed once for the bag
			} else {
				q = mi.vectorize(text)
			}
		}
		if same {
			mi.probs(q, p)
			for k := range K {
				sum[k] += p[k] / float64(len(b))
			}
			continue
		}
		for _, s := range mi.scored(q) {
			byName[s.Intent] += s.P / float64(len(b))
		}
	}
	a := Analysis{Known: q0.known, Scores: make([]Scored, K)}
	for k, n := range m.intents {
		if same {
			a.Scores[k] = Scored{n, sum[k]}
		} else {
			a.Scores[k] = Scored{n, byName[n]}
		}
	}
	slices.SortStableFunc(a.Scores, func(x, y Scored) int { return cmp.Compare(y.P, x.P) })
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

// Decide is how a caller tells "one of these" from "none of these": ok is
// false when the text is out of scope — the None class wins, or the best
// intent's probability is under Options.MinP, or no training example of it
// is at least Options.MinSimilarity alike. intent and p are the best
// trained intent and its probability either way (see Analyze for the
// details).
func (m *Model) Decide(text string) (intent string, p float64, ok bool) {
	a := m.Analyze(text)
	return a.Intent, a.P, a.OK
}
