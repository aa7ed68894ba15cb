package intent

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
)

// None is the intent Predict gives to text that is about none of the
// trained intents. Train adds it (see Options.Noise); an example may not
// use the name.
const None = "_none"

// Example is one training sentence.
type Example struct{ Intent, Text string }

// Scored is an intent with its probability.
type Scored struct {
	Intent string
	P      float64
}

// Options tune training; the zero value gives the documented defaults,
// which are what the tests measure (TestFeatureChoices shows why).
type Options struct {
	// Seed orders the training passes and builds the None class; the same
	// examples, options and seed give a bit-identical model.
	Seed int64
	// Epochs is the number of passes of stochastic gradient descent
	// (default 8: more changed nothing on the test sets, TestFeatureChoices).
	Epochs int
	// L2 is the weight decay of every updated weight (default 1e-4): it
	// keeps rare n-grams from deciding alone and the probabilities honest.
	L2 float64
	// LearningRate is AdaGrad's base step (default 0.5).
	LearningRate float64
	// CharMin and CharMax bound the character n-grams (default 2 and 4;
	// Hangul syllables also count alone). CharMax also sets the edge
	// n-grams: word prefixes and suffixes of 1..CharMax-1 characters.
	CharMin, CharMax int
	// JamoMin and JamoMax bound the Hangul letter n-grams (default 2 and
	// 4; JamoMax < 0 turns them off).
	JamoMin, JamoMax int
	// NoWords turns off the word and word-pair features.
	NoWords bool
	// Noise is the size of the generated None class relative to the mean
	// intent (default 1.5; < 0: no None class, so every text gets one of
	// the trained intents and only the thresholds below detect
	// out-of-scope text).
	Noise float64
	// Stable draws the None class and the order of the training passes
	// from each example's own text (hashed with Seed) instead of from one
	// random stream over the whole set: an example added or removed then
	// adds or removes its own None sentence and its own place in each
	// pass, and leaves every other example's as they were, so a small
	// change of the data makes a small change of the model.
	Stable bool
	// MinP is the probability Decide wants of the top intent (default 0.35).
	MinP float64
	// MinSimilarity is the cosine similarity Decide wants between the text
	// and the nearest training example of the top intent (default 0.15).
	MinSimilarity float64
}

func (o Options) withDefaults() Options {
	def := func(v *float64, d float64) {
		if *v == 0 {
			*v = d
		}
	}
	if o.Epochs <= 0 {
		o.Epochs = 8
	}
	def(&o.L2, 1e-4)
	def(&o.LearningRate, 0.5)
	def(&o.Noise, 1.5)
	def(&o.MinP, 0.35)
	def(&o.MinSimilarity, 0.15)
	if o.CharMin <= 0 {
		o.CharMin = 2
	}
	if o.CharMax <= 0 {
		o.CharMax = 4
	}
	if o.JamoMin <= 0 {
		o.JamoMin = 2
	}
	switch {
	case o.JamoMax < 0:
		o.JamoMax = 0
	case o.JamoMax == 0:
		o.JamoMax = 4
	}
	if o.L2 < 0 {
		o.L2 = 0
	}
	return o
}

// Errors Train returns (wrapped in an *ExampleError when an example is at
// fault).
var (
	ErrTooFewIntents = errors.New("intent: training needs examples of at least two intents")
	ErrEmptyText     = errors.New("intent: example text is empty (after normalisation)")
	ErrEmptyIntent   = errors.New("intent: example has no intent")
	ErrReserved      = errors.New("intent: the intent name " + None + " is reserved")
	ErrOptions       = errors.New("intent: bad options")
)

// ExampleError names the training example at fault.
type ExampleError struct {
	Index int // in the slice given to Train
	Text  string
	Err   error
}

func (e *ExampleError) Error() string {
	return fmt.Sprintf("example %d (%q): %v", e.Index, e.Text, e.Err)
}
func (e *ExampleError) Unwrap() error { return e.Err }

// Model is a trained classifier. It is read-only after Train, so any
// number of goroutines may call Predict and Decide.
type Model struct {
	opts    Options
	intents []string         // sorted; None last if present
	none    int              // index of None, or -1
	vocab   map[uint64]int32 // while training; then table
	table   vocabTable
	idf     []float64
	maxIDF  float64   // weight of an n-gram never seen in training
	w       []float32 // feature-major: row f is w[f*K : f*K+K]; float32 halves the memory the training pass streams through
	// rows, set on a loaded model (LoadBag), maps feature f to its row of
	// w: rows the same (74 % of the safety answer model's) are kept once
	// instead of copied into place, which was a fifth of a start's CPU in
	// page faults and copies (round v18). nil: row f is f (a trained model).
	rows []int32
	b    []float64
	// the training examples (not the None class) for the nearest-example check
	exText   []string
	exIntent []int32
	exSpan   [][2]int32 // by intent: its first example and one past its last
	post     []int32    // CSR: feature f's postings are postEx[post[f]:post[f+1]]
	postEx   []int32
	postVal  []float64
	// what writing the model needs besides (ship.go): the document
	// frequencies and the number of texts, the None class's included
	df []float64
	n  int
}

// Intents lists what Predict can answer, sorted, with None last when the
// model has a None class.
func (m *Model) Intents() []string { return slices.Clone(m.intents) }

type vec struct {
	idx []int32
	val []float64
}

// Train learns a model. It returns an *ExampleError for an empty text or
// intent and ErrTooFewIntents for fewer than two intents.
func Train(examples []Example, opts Options) (*Model, error) {
	if opts.Epochs < 0 || opts.CharMin < 0 || opts.CharMax < 0 || opts.JamoMin < 0 ||
		opts.MinP < 0 || opts.MinP > 1 || opts.MinSimilarity < 0 || opts.MinSimilarity > 1 ||
		math.IsNaN(opts.L2) || math.IsNaN(opts.LearningRate) || opts.LearningRate < 0 || math.IsNaN(opts.Noise) {
		return nil, fmt.Errorf("%w: %+v", ErrOptions, opts)
	}
	o := opts.withDefaults()
	if o.CharMin > o.CharMax || (o.JamoMax > 0 && o.JamoMin > o.JamoMax) || o.CharMax > 8 || o.JamoMax > 8 {
		return nil, fmt.Errorf("%w: n-gram ranges char %d..%d, jamo %d..%d", ErrOptions, o.CharMin, o.CharMax, o.JamoMin, o.JamoMax)
	}
	m := &Model{opts: o, vocab: map[uint64]int32{}, none: -1}
	texts := make([][]rune, len(examples))
	names := map[string]bool{}
	for i, e := range examples {
		switch {
		case e.Intent == "":
			return nil, &ExampleError{i, e.Text, ErrEmptyIntent}
		case e.Intent == None:
			return nil, &ExampleError{i, e.Text, ErrReserved}
		}
		n := Normalize(e.Text)
		if n == "" {
			return nil, &ExampleError{i, e.Text, ErrEmptyText}
		}
		texts[i] = []rune(n)
		names[e.Intent] = true
	}
	if len(names) < 2 {
		return nil, ErrTooFewIntents
	}
	for n := range names {
		m.intents = append(m.intents, n)
	}
	sort.Strings(m.intents)
	index := map[string]int32{}
	for i, n := range m.intents {
		index[n] = int32(i)
	}
	labels := make([]int32, len(examples))
	for i, e := range examples {
		labels[i] = index[e.Intent]
	}
	rng := rand.New(rand.NewPCG(uint64(o.Seed), 0x6d6164616e67))
	if o.Noise > 0 {
		m.none = len(m.intents)
		m.intents = append(m.intents, None)
		n := int(math.Round(o.Noise * float64(len(examples)) / float64(len(names))))
		gen := noise(rng, texts, n)
		if o.Stable {
			gen = stableNoise(uint64(o.Seed), texts, n)
		}
		for _, t := range gen {
			texts = append(texts, t)
			labels = append(labels, int32(m.none))
		}
	}
	K := len(m.intents)

	// features: ids in order of first sight, so the model does not depend
	// on map order
	raw := make([]counted, len(texts))
	var df []float64
	var buf []uint64
	for i, t := range texts {
		buf = m.features(t, buf[:0])
		slices.Sort(buf)
		var c counted
		for j := 0; j < len(buf); {
			k := j
			for k < len(buf) && buf[k] == buf[j] {
				k++
			}
			id, ok := m.vocab[buf[j]]
			if !ok {
				id = int32(len(df))
				m.vocab[buf[j]] = id
				df = append(df, 0)
			}
			df[id]++
			c.ids = append(c.ids, id)
			c.cnt = append(c.cnt, float64(k-j))
			j = k
		}
		raw[i] = c
	}
	m.table = newVocabTable(m.vocab)
	m.vocab = nil
	m.df, m.n = df, len(texts)
	m.setIDF()
	X := make([]vec, len(texts))
	for i, c := range raw {
		X[i] = m.vec(c)
	}
	var keys []uint64
	if o.Stable {
		keys = make([]uint64, len(texts))
		for i, t := range texts {
			keys[i] = hash(uint64(o.Seed)+0x5eed, t)
		}
	}
	m.fit(X, labels, K, rng, keys)
	m.index(examples, labels, X)
	return m, nil
}

// counted is a text's features (ids in the order of their hashes) and
// how often each occurs.
type counted struct {
	ids []int32
	cnt []float64
}

// setIDF sets idf and maxIDF from df and n (the number of texts, the
// None class's included).
func (m *Model) setIDF() {
	N := float64(m.n)
	m.idf = make([]float64, len(m.df))
	for f, d := range m.df {
		m.idf[f] = math.Log((1+N)/(1+d)) + 1
	}
	m.maxIDF = math.Log(1+N) + 1
}

// vec is a text's TF-IDF vector, of unit length.
func (m *Model) vec(c counted) vec {
	v := vec{idx: c.ids, val: make([]float64, len(c.ids))}
	var ss float64
	for j, id := range c.ids {
		x := (1 + math.Log(c.cnt[j])) * m.idf[id]
		v.val[j] = x
		ss += x * x
	}
	inv := 1 / math.Sqrt(ss)
	for j := range v.val {
		v.val[j] *= inv
	}
	return v
}

// index builds the nearest-example index over the given examples (X and
// labels start with theirs).
func (m *Model) index(examples []Example, labels []int32, X []vec) {
	K := len(m.intents)
	df := m.df
	n := len(examples)
	m.exText = make([]string, n)
	m.exIntent = labels[:n:n]
	m.exSpan = make([][2]int32, K)
	for k := range m.exSpan {
		m.exSpan[k] = [2]int32{int32(n), 0}
	}
	for i, k := range m.exIntent {
		sp := &m.exSpan[k]
		sp[0], sp[1] = min(sp[0], int32(i)), max(sp[1], int32(i)+1)
	}
	m.post = make([]int32, len(df)+1)
	for i := range n {
		m.exText[i] = examples[i].Text
		for _, id := range X[i].idx {
			m.post[id+1]++
		}
	}
	for f := range df {
		m.post[f+1] += m.post[f]
	}
	m.postEx = make([]int32, m.post[len(df)])
	m.postVal = make([]float64, len(m.postEx))
	fill := slices.Clone(m.post[:len(df)])
	for i := range n {
		for j, id := range X[i].idx {
			m.postEx[fill[id]] = int32(i)
			m.postVal[fill[id]] = X[i].val[j]
			fill[id]++
		}
	}
}

// fit is multinomial logistic regression by stochastic gradient descent
// with AdaGrad steps (one accumulator per feature row) and weight decay on
// the rows an example touches. Classes are weighted so each counts as
// much as the others whatever its number of examples (as Snips does).
func (m *Model) fit(X []vec, y []int32, K int, rng *rand.Rand, keys []uint64) {
	o := m.opts
	F := len(m.idf)
	m.w = make([]float32, F*K)
	m.b = make([]float64, K)
	gw := make([]float64, F)
	gb := make([]float64, K)
	count := make([]float64, K)
	for _, c := range y {
		count[c]++
	}
	weight := make([]float64, K)
	for k := range K {
		if count[k] > 0 {
			weight[k] = float64(len(y)) / (float64(K) * count[k])
		}
	}
	order := make([]int, len(X))
	for i := range order {
		order[i] = i
	}
	p := make([]float64, K)
	g := make([]float64, K)
	invK := 1 / float64(K)
	active := make([]int, 0, K)
	const eps, minGrad = 1e-8, 1e-3
	epochKey := make([]uint64, len(keys))
	for epoch := range o.Epochs {
		if keys == nil {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		} else {
			// each example's place in the pass comes from its own text
			for i, k := range keys {
				epochKey[i] = mix(k + uint64(epoch)*0x9e3779b97f4a7c15)
			}
			slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(epochKey[a], epochKey[b]) })
		}
		for _, i := range order {
			x := X[i]
			m.logits(x.idx, x.val, 1, p)
			softmax(p)
			cw := weight[y[i]]
			for k := range p {
				p[k] *= cw // p becomes the weighted gradient of the loss by the logits
			}
			p[y[i]] -= cw
			for k, pk := range p {
				gb[k] += pk * pk
				m.b[k] -= o.LearningRate * pk / math.Sqrt(gb[k]+eps)
			}
			// Classes the example hardly moves (|gradient| < minGrad, once
			// the model has learned it is not one of them) are skipped: with
			// 40 intents most are, and training is several times faster.
			active = active[:0]
			for k, pk := range p {
				if pk > minGrad || pk < -minGrad {
					active = append(active, k)
				}
			}
			for j, f := range x.idx {
				row := m.w[int(f)*K : int(f)*K+K]
				xv := x.val[j]
				var ss float64
				for _, k := range active {
					gk := p[k]*xv + o.L2*float64(row[k])
					g[k] = gk
					ss += gk * gk
				}
				gw[f] += ss * invK
				step := o.LearningRate / math.Sqrt(gw[f]+eps)
				for _, k := range active {
					row[k] -= float32(step * g[k])
				}
			}
		}
	}
}

// logits writes b + scale·Σ val·W[idx] into out.
func (m *Model) logits(idx []int32, val []float64, scale float64, out []float64) {
	K := len(m.b)
	copy(out, m.b)
	for j, f := range idx {
		r := int(f)
		if m.rows != nil {
			r = int(m.rows[f])
		}
		row := m.w[r*K : r*K+K]
		v := val[j] * scale
		for k, r := range row {
			out[k] += v * float64(r)
		}
	}
}

func softmax(p []float64) {
	mx := math.Inf(-1)
	for _, v := range p {
		mx = max(mx, v)
	}
	var s float64
	for k, v := range p {
		p[k] = math.Exp(v - mx)
		s += p[k]
	}
	for k := range p {
		p[k] /= s
	}
}

// vocabTable maps a feature's hash to its id, as the map training builds
// does, for what Analyze costs: a text has a few hundred features and
// every one is looked up, and an open-addressing table of the hashes
// (which FNV already spreads) answers in a probe or two, several times
// faster than a Go map. Built in id order, so the same vocabulary gives
// the same table.
type vocabTable struct {
	keys  []uint64
	ids   []int32 // -1: empty
	shift uint8   // 64 - log2(len(keys))
}

func newVocabTable(vocab map[uint64]int32) vocabTable {
	byID := make([]uint64, len(vocab))
	for h, id := range vocab {
		byID[id] = h
	}
	return newVocabTableOf(byID)
}

// newVocabTableOf is the table of the hashes byID (by feature id).
func newVocabTableOf(byID []uint64) vocabTable {
	bits := uint8(4)
	for 1<<bits < 2*len(byID) { // at most half full
		bits++
	}
	t := vocabTable{keys: make([]uint64, 1<<bits), ids: make([]int32, 1<<bits), shift: 64 - bits}
	for i := range t.ids {
		t.ids[i] = -1
	}
	mask := uint64(len(t.keys) - 1)
	for id, h := range byID {
		i := t.slot(h)
		for t.ids[i] >= 0 {
			i = (i + 1) & mask
		}
		t.keys[i], t.ids[i] = h, int32(id)
	}
	return t
}

// slot is where h's probe starts (Fibonacci hashing of the hash's bits).
func (t *vocabTable) slot(h uint64) uint64 { return (h * 0x9e3779b97f4a7c15) >> t.shift }

// get is h's id, if h is in the vocabulary.
func (t *vocabTable) get(h uint64) (int32, bool) {
	mask := uint64(len(t.keys) - 1)
	for i := t.slot(h); ; i = (i + 1) & mask {
		switch id := t.ids[i]; {
		case id < 0:
			return 0, false
		case t.keys[i] == h:
			return id, true
		}
	}
}

// row is feature f's weights, one per class.
func (m *Model) row(f int) []float32 {
	K := len(m.intents)
	if m.rows != nil {
		f = int(m.rows[f])
	}
	return m.w[f*K : f*K+K]
}

// rowCount is how many features the weights have a row for.
func (m *Model) rowCount() int {
	if m.rows != nil {
		return len(m.rows)
	}
	return len(m.w) / max(len(m.intents), 1)
}
