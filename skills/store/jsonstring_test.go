package store

import (
	"encoding/json"
	"math/rand/v2"
	"testing"
)

// TestAppendJSONStringSame: AppendJSONString writes json.Marshal's bytes
// for random strings of ASCII, Korean, U+2028/U+2029, their neighbours
// (U+2027, U+202A) and stray or cut UTF-8 bytes.
func TestAppendJSONStringSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 22))
	pieces := []string{"a", "Z", " ", "\"", "\\", "<", ">", "&", "\x00", "\n", "\x1f", "\x7f", "학", "생",
		"\u2028", "\u2029", "\u2027", "\u202a", "\xe2\x80", "\xe2", "\x80", "\xa8", "\xff", "😀", "\xf0\x9f\x98", "é"}
	for i := range 20000 {
		var s []byte
		for range rng.IntN(12) {
			s = append(s, pieces[rng.IntN(len(pieces))]...)
		}
		want, _ := json.Marshal(string(s))
		if got := AppendJSONString(nil, string(s)); string(got) != string(want) {
			t.Fatalf("string %d %q: AppendJSONString %s, json.Marshal %s", i, s, got, want)
		}
	}
}
