package store

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"testing"
)

// TestAppendJSONValueSame: AppendJSONValue writes json.Marshal's bytes for
// random generic JSON values (nested objects and arrays of strings with
// HTML characters, Korean and control characters, floats across the
// decimal/exponent boundaries, integers, booleans, null) and for what a
// caller adds to them (ints, map[string]string, []string, a struct).
func TestAppendJSONValueSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 22))
	strs := []string{"", "a", "학생", "<b>&</b>", "\"q\"", "\\", "\n\t", "\x01", "\u2028", "\xff", "광합성 퀴즈", "엽록체"}
	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1e-6, 9.99999e-7, 1e-7, 1.5e-9, 1e20, 1e21, 1.23e21, -2e-300,
		math.MaxFloat64, math.SmallestNonzeroFloat64, 123456789, 3.14159, 1e100, 5e-324, 100, 1e6, 0.1 + 0.2}
	var gen func(depth int) any
	gen = func(depth int) any {
		n := rng.IntN(10)
		if depth > 3 {
			n = rng.IntN(5)
		}
		switch n {
		case 0:
			return nil
		case 1:
			return rng.IntN(2) == 0
		case 2:
			return strs[rng.IntN(len(strs))]
		case 3:
			return floats[rng.IntN(len(floats))]
		case 4:
			return rng.NormFloat64() * math.Pow(10, float64(rng.IntN(60)-30))
		case 5:
			return rng.IntN(2000) - 1000
		case 6:
			var a []any
			if rng.IntN(5) > 0 {
				a = []any{}
			}
			for range rng.IntN(5) {
				a = append(a, gen(depth+1))
			}
			return a
		case 7:
			m := map[string]string{}
			for range rng.IntN(4) {
				m[strs[rng.IntN(len(strs))]] = strs[rng.IntN(len(strs))]
			}
			return m
		case 8:
			return []string{strs[rng.IntN(len(strs))], strs[rng.IntN(len(strs))]}
		default:
			if rng.IntN(6) == 0 {
				return map[string]any(nil)
			}
			m := map[string]any{}
			for range rng.IntN(40) {
				m[strs[rng.IntN(len(strs))]+strs[rng.IntN(len(strs))]] = gen(depth + 1)
			}
			if rng.IntN(8) == 0 {
				m["s"] = struct {
					A string `json:"a"`
					B []int
				}{"<x>", []int{1, 2}}
			}
			return m
		}
	}
	for i := range 20000 {
		v := gen(0)
		want, werr := json.Marshal(v)
		got, gerr := AppendJSONValue([]byte("x"), v)
		if werr != nil || gerr != nil || string(got) != "x"+string(want) {
			t.Fatalf("value %d %#v: AppendJSONValue %s (%v), json.Marshal %s (%v)", i, v, got, gerr, want, werr)
		}
	}
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if _, err := AppendJSONValue(nil, map[string]any{"x": f}); err == nil {
			t.Errorf("%v: no error; json.Marshal fails", f)
		}
	}
}
