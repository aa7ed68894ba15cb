package load

import (
	"math"
	"math/rand/v2"
	"sort"
	"testing"
)

// TestHistQuantiles compares the histogram's percentiles with exact ones
// over random latencies between 0.1 ms and 20 s (log-uniform, and
// clustered the way a loaded server's are), fixed seed: each within 2 %.
func TestHistQuantiles(t *testing.T) {
	rng := rand.New(rand.NewPCG(22, 1))
	logUniform := func() int64 { return int64(math.Exp(math.Log(100) + rng.Float64()*(math.Log(20e6)-math.Log(100)))) }
	sets := map[string]func() int64{
		"log-uniform 0.1 ms–20 s": logUniform,
		"around 33 ms":            func() int64 { return int64(33000 * math.Exp(rng.NormFloat64()*0.3)) },
		"around 50 ms, long tail": func() int64 {
			if rng.IntN(100) == 0 {
				return logUniform()
			}
			return int64(50000 + rng.NormFloat64()*4000)
		},
	}
	for name, gen := range sets {
		var h hist
		vals := make([]int64, 200000)
		for i := range vals {
			v := max(100, min(20_000_000, gen()))
			vals[i] = v
			h.add(v)
		}
		sort.Slice(vals, func(i, j int) bool { return vals[i] < vals[j] })
		for _, q := range []float64{0.01, 0.1, 0.5, 0.9, 0.99, 0.999} {
			exact := float64(vals[int(q*float64(len(vals)))])
			got := h.quantile(q)
			if e := math.Abs(got-exact) / exact; e > 0.02 {
				t.Errorf("%s: p%g = %.0f µs, exact %.0f µs (%.1f %% off)", name, q*100, got, exact, e*100)
			}
		}
	}
}

// TestHistBuckets: every value decodes to within 1 % of itself, from 0
// to past 20 s.
func TestHistBuckets(t *testing.T) {
	for v := int64(0); v < 30_000_000; v = v + 1 + v/97 {
		got := bucketValue(bucket(v))
		if math.Abs(got-float64(v)) > 0.01*float64(v)+0.5 {
			t.Fatalf("%d µs decodes as %.1f", v, got)
		}
	}
}
