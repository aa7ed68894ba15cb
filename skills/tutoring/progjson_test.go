package tutoring

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestProgressJSONSame: progress.AppendJSON writes json.Marshal's bytes,
// and DecodeJSON gives what json.Unmarshal gives (reflect.DeepEqual, time
// zones included) — on what AppendJSON wrote, where it must not need
// json.Unmarshal unless a string needs escapes, and on the same JSON
// changed in ways only json.Unmarshal reads (spaces, nulls, escapes,
// other key order, leading zeros, errors).
func TestProgressJSONSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(22, 4))
	pieces := []string{"q", "photo-1", "광합성", "ko", "en", `"`, `\`, "\n", "<", "&", "\u2028", "\xff", "é", "a b"}
	clean := false // only pieces written without escapes
	str := func() string {
		var b strings.Builder
		for range rng.IntN(4) {
			if clean {
				b.WriteString(pieces[rng.IntN(5)])
				continue
			}
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	when := func() time.Time {
		zones := []*time.Location{time.UTC, time.FixedZone("KST", 9*3600), time.FixedZone("", -5*3600)}
		return time.Unix(rng.Int64N(4e9), rng.Int64N(1e9)*int64(rng.IntN(2))).In(zones[rng.IntN(len(zones))])
	}
	strs := func() []string {
		if !clean && rng.IntN(8) == 0 {
			return nil
		}
		ss := []string{}
		for range rng.IntN(4) {
			ss = append(ss, str())
		}
		return ss
	}
	fast := 0
	for i := range 3000 {
		clean = i%2 == 0
		p := progress{Order: strs()}
		if clean || rng.IntN(10) > 0 {
			p.Questions = map[string]*qState{}
			for range rng.IntN(8) {
				var st *qState
				if clean || rng.IntN(15) > 0 {
					st = &qState{Box: rng.IntN(6), Due: when(), Correct: rng.IntN(30) - 2, Attempts: rng.IntN(100)}
				}
				p.Questions[str()] = st
			}
		}
		if clean || rng.IntN(10) > 0 {
			p.Quizzes = map[string]*quizRecord{}
			for range rng.IntN(21) {
				var r *quizRecord
				if clean || rng.IntN(15) > 0 {
					r = &quizRecord{Questions: strs(), Created: when(), Lang: []string{"", "en", "ko", str()}[rng.IntN(4)]}
					if clean || rng.IntN(10) > 0 {
						r.Answers = map[string]bool{}
						for range rng.IntN(4) {
							r.Answers[str()] = rng.IntN(2) == 0
						}
					}
				}
				p.Quizzes[str()] = r
			}
		}
		want, err := json.Marshal(&p)
		if err != nil {
			t.Fatal(err)
		}
		got, err := p.AppendJSON(nil)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("progress %d: AppendJSON %s (%v)\njson.Marshal %s", i, got, err, want)
		}
		if _, ok := decodeProgress(string(want)); ok {
			fast++
		} else if !strings.Contains(string(want), `\`) && !strings.Contains(string(want), "null") {
			t.Fatalf("progress %d: its own layout was not read without json.Unmarshal: %s", i, want)
		}
		sameDecode(t, string(want))
		// The same JSON in forms only json.Unmarshal reads, or rejects.
		s := string(want)
		for _, v := range []string{
			strings.Replace(s, ":", ": ", 1+rng.IntN(5)),
			strings.Replace(s, `{"box":`, `{"correct":7,"box":`, 1),
			strings.Replace(s, `"box":`, `"box":0`, 1),
			strings.Replace(s, `"attempts":`, `"attempts":-`, 1),
			strings.Replace(s, `"order":`, `"order":null,"order":`, 1),
			strings.Replace(s, `"created":"`, `"created":"x`, 1),
			strings.Replace(s, `:true`, `:null`, 1),
			strings.Replace(s, `"lang":"`, `"lang":"\u0041`, 1),
			strings.Replace(s, `"q`, `"\u0071`, 1),
			s[:len(s)/2],
			s + " ",
		} {
			sameDecode(t, v)
		}
	}
	if fast < 1000 {
		t.Errorf("only %d of 3000 progress records were decoded without json.Unmarshal", fast)
	}
}

func sameDecode(t *testing.T, s string) {
	t.Helper()
	var want, got progress
	werr := json.Unmarshal([]byte(s), &want)
	gerr := got.DecodeJSON(s)
	if (werr == nil) != (gerr == nil) || !reflect.DeepEqual(got, want) {
		t.Fatalf("decoding %s\nDecodeJSON   %+v (%v)\njson.Unmarshal %+v (%v)", s, got, gerr, want, werr)
	}
}
