package intent

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// synthetic builds intents×per examples, half Korean, half English: each
// intent has its own content words, mixed with everyday words and endings
// shared by all, 4–12 words a sentence — the size the brain trains on.
func synthetic(intents, per int) []Example {
	rng := rand.New(rand.NewPCG(1, 2))
	word := func(ko bool) string {
		var b strings.Builder
		if ko {
			for range 2 + rng.IntN(2) {
				b.WriteRune(rune(0xAC00 + rng.IntN(11172)))
			}
		} else {
			for range 4 + rng.IntN(5) {
				b.WriteByte(byte('a' + rng.IntN(26)))
			}
		}
		return b.String()
	}
	endings := []string{"해 주세요", "하고 싶어요", "할 수 있나요", "알려줘", "부탁해요", "할게요"}
	var ex []Example
	for i := range intents {
		var ko, en []string
		for range 8 {
			ko, en = append(ko, word(true)), append(en, word(false))
		}
		for j := range per {
			var s []string
			k := j%2 == 0
			for range 3 + rng.IntN(8) {
				switch {
				case rng.IntN(3) == 0 && k:
					s = append(s, everydayKo[rng.IntN(len(everydayKo))])
				case rng.IntN(3) == 0:
					s = append(s, everydayEn[rng.IntN(len(everydayEn))])
				case k:
					s = append(s, ko[rng.IntN(len(ko))])
				default:
					s = append(s, en[rng.IntN(len(en))])
				}
			}
			if k {
				s = append(s, endings[rng.IntN(len(endings))])
			}
			ex = append(ex, Example{fmt.Sprintf("intent%02d", i), strings.Join(s, " ")})
		}
	}
	return ex
}

// BenchmarkTrain: 1,000 examples of 40 intents.
//
//	.ci/go test -run '^$' -bench 'Train|Predict' -benchtime 20x ./agents/nlu/intent/
func BenchmarkTrain(b *testing.B) {
	ex := synthetic(40, 25)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Train(ex, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPredict times Predict on the 40-intent model, one sentence at
// a time, and reports the 99th percentile of the single calls.
func BenchmarkPredict(b *testing.B) {
	ex := synthetic(40, 25)
	m, err := Train(ex, Options{})
	if err != nil {
		b.Fatal(err)
	}
	texts := []string{"내일 저녁 7시에 두 명 예약하고 싶어요", "what time do you open on sunday?", ex[3].Text, ex[500].Text,
		"스터디룸예약가능할까요 ㅎㅎ", strings.Repeat("아주 긴 문장이에요 ", 20)}
	var ds []time.Duration
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		t0 := time.Now()
		m.Predict(texts[i%len(texts)])
		ds = append(ds, time.Since(t0))
		i++
	}
	slices.Sort(ds)
	b.ReportMetric(float64(ds[len(ds)*99/100].Nanoseconds()), "p99-ns")
}

// BenchmarkDecide adds the nearest-example search to Predict.
func BenchmarkDecide(b *testing.B) {
	ex := synthetic(40, 25)
	m, err := Train(ex, Options{})
	if err != nil {
		b.Fatal(err)
	}
	var ds []time.Duration
	for i := 0; b.Loop(); i++ {
		t0 := time.Now()
		m.Decide(ex[(i*37)%len(ex)].Text)
		ds = append(ds, time.Since(t0))
	}
	slices.Sort(ds)
	b.ReportMetric(float64(ds[len(ds)*99/100].Nanoseconds()), "p99-ns")
}
