package intent

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"reflect"
	"strings"
	"testing"
)

// load reads a testdata file of {"intent": [texts]} (keys starting with _
// are comments).
func load(t testing.TB, name string) map[string][]string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for k, v := range raw {
		if strings.HasPrefix(k, "_") {
			continue
		}
		var texts []string
		if err := json.Unmarshal(v, &texts); err != nil {
			t.Fatalf("%s: %s: %v", name, k, err)
		}
		out[k] = texts
	}
	return out
}

func examples(set map[string][]string) []Example {
	var ex []Example
	for _, k := range sortedKeys(set) {
		for _, s := range set[k] {
			ex = append(ex, Example{k, s})
		}
	}
	return ex
}

func sortedKeys(m map[string][]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := range ks {
		for j := i + 1; j < len(ks); j++ {
			if ks[j] < ks[i] {
				ks[i], ks[j] = ks[j], ks[i]
			}
		}
	}
	return ks
}

func trained(t testing.TB, o Options) *Model {
	t.Helper()
	m, err := Train(examples(load(t, "train.json")), o)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestDeterministic: the same examples and seed give a bit-identical
// model (weights compared bit by bit), another seed another one.
func TestDeterministic(t *testing.T) {
	ex := examples(load(t, "train.json"))
	a, err := Train(ex, Options{Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Train(ex, Options{Seed: 7})
	c, _ := Train(ex, Options{Seed: 8})
	bits := func(v []float64) []uint64 {
		out := make([]uint64, len(v))
		for i, x := range v {
			out[i] = math.Float64bits(x)
		}
		return out
	}
	bits32 := func(v []float32) []uint32 {
		out := make([]uint32, len(v))
		for i, x := range v {
			out[i] = math.Float32bits(x)
		}
		return out
	}
	if !reflect.DeepEqual(bits32(a.w), bits32(b.w)) || !reflect.DeepEqual(bits(a.b), bits(b.b)) ||
		!reflect.DeepEqual(a.table, b.table) || !reflect.DeepEqual(bits(a.idf), bits(b.idf)) {
		t.Fatal("two trainings with the same seed differ")
	}
	if reflect.DeepEqual(bits32(a.w), bits32(c.w)) {
		t.Fatal("seeds 7 and 8 gave the same weights: the seed is not used")
	}
	s := "내일 저녁에 두 명 예약할게요"
	if !reflect.DeepEqual(a.Predict(s), b.Predict(s)) {
		t.Fatal("same model, different predictions")
	}
}

// TestPredictShape: every intent once, best first, summing to 1.
func TestPredictShape(t *testing.T) {
	m := trained(t, Options{})
	want := append(sortedKeys(load(t, "train.json")), None)
	if got := m.Intents(); !reflect.DeepEqual(got, want) {
		t.Fatalf("Intents() = %v, want %v", got, want)
	}
	for _, s := range []string{"스터디룸 예약", "", "🙂🙂", "hello", strings.Repeat("아주 긴 문장 ", 200)} {
		sc := m.Predict(s)
		if len(sc) != len(want) {
			t.Fatalf("%q: %d scores", s, len(sc))
		}
		var sum float64
		seen := map[string]bool{}
		for i, x := range sc {
			sum += x.P
			seen[x.Intent] = true
			if i > 0 && x.P > sc[i-1].P {
				t.Fatalf("%q: not sorted: %v", s, sc)
			}
		}
		if math.Abs(sum-1) > 1e-9 || len(seen) != len(want) {
			t.Fatalf("%q: sum %v, %d distinct", s, sum, len(seen))
		}
	}
	if sc := m.Predict("🙂🙂"); sc[0].Intent != None || sc[0].P != 1 {
		t.Errorf("a text with nothing known: %v, want None with P 1", sc[:2])
	}
}

// TestHeldOut trains on train.json and decides heldout.json's
// paraphrases (other words, particles, endings, missing spaces, typos),
// which the model never saw: each must be accepted with its intent.
func TestHeldOut(t *testing.T) {
	m := trained(t, Options{})
	held := load(t, "heldout.json")
	right, total := 0, 0
	for _, want := range sortedKeys(held) {
		for _, s := range held[want] {
			total++
			a := m.Analyze(s)
			if a.OK && a.Intent == want {
				right++
			} else {
				t.Logf("%q: want %s, got %s p=%.2f sim=%.2f ok=%v (nearest %q)", s, want, a.Intent, a.P, a.Similarity, a.OK, a.Nearest)
			}
		}
	}
	t.Logf("held-out paraphrases decided right: %d/%d = %.0f%%", right, total, 100*float64(right)/float64(total))
	if right*100 < 85*total {
		t.Errorf("held-out accuracy %d/%d, want ≥ 85%%", right, total)
	}
}

// TestOutOfScope: sentences about none of the intents, Korean and
// English, are not accepted.
func TestOutOfScope(t *testing.T) {
	m := trained(t, Options{})
	oos := load(t, "oos.json")
	for _, lang := range []string{"ko", "en"} {
		rejected := 0
		for _, s := range oos[lang] {
			a := m.Analyze(s)
			if !a.OK {
				rejected++
			} else {
				t.Logf("accepted out-of-scope %q as %s p=%.2f sim=%.2f (nearest %q)", s, a.Intent, a.P, a.Similarity, a.Nearest)
			}
		}
		t.Logf("%s: out-of-scope rejected %d/%d", lang, rejected, len(oos[lang]))
		if rejected*100 < 80*len(oos[lang]) {
			t.Errorf("%s: only %d/%d out-of-scope sentences rejected, want ≥ 80%%", lang, rejected, len(oos[lang]))
		}
	}
	// Decide agrees with Analyze.
	in, p, ok := m.Decide("스터디룸 예약하고 싶어요")
	if in != "book" || !ok || p < 0.45 {
		t.Errorf("Decide(in scope) = %s %.2f %v", in, p, ok)
	}
	if _, _, ok := m.Decide("고양이가 밥을 안 먹어요"); ok {
		t.Error("Decide accepted a sentence about a cat's appetite")
	}
}

// TestParticles: the same noun with different particles and endings is
// the same intent (the character n-grams survive them).
func TestParticles(t *testing.T) {
	m := trained(t, Options{})
	for _, s := range []string{"광합성 수업 듣고 싶어요", "광합성은 수업 들을 수 있나요", "광합성에서 수업을 신청하려면", "광합성이 수업으로 있어요?"} {
		if in, _, ok := m.Decide(s); in != "lesson" || !ok {
			t.Errorf("%q → %s ok=%v, want lesson", s, in, ok)
		}
	}
}

func TestTrainErrors(t *testing.T) {
	good := []Example{{"a", "안녕"}, {"b", "잘 가"}}
	for _, c := range []struct {
		ex   []Example
		o    Options
		want error
	}{
		{[]Example{{"a", "안녕"}, {"a", "hi"}}, Options{}, ErrTooFewIntents},
		{nil, Options{}, ErrTooFewIntents},
		{[]Example{{"a", "안녕"}, {"b", "  ?!  "}}, Options{}, ErrEmptyText},
		{[]Example{{"a", "안녕"}, {"", "hi"}}, Options{}, ErrEmptyIntent},
		{[]Example{{"a", "안녕"}, {None, "hi"}}, Options{}, ErrReserved},
		{good, Options{CharMin: 5, CharMax: 3}, ErrOptions},
		{good, Options{MinP: 2}, ErrOptions},
		{good, Options{Epochs: -1}, ErrOptions},
		{good, Options{LearningRate: math.NaN()}, ErrOptions},
	} {
		_, err := Train(c.ex, c.o)
		if !errors.Is(err, c.want) {
			t.Errorf("Train(%v, %+v) = %v, want %v", c.ex, c.o, err, c.want)
		}
	}
	_, err := Train([]Example{{"a", "안녕"}, {"b", "..."}}, Options{})
	var ee *ExampleError
	if !errors.As(err, &ee) || ee.Index != 1 {
		t.Errorf("error %v does not name example 1", err)
	}
	if _, err := Train(good, Options{}); err != nil {
		t.Errorf("two intents: %v", err)
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"  Hello,   WORLD!! ": "hello world",
		"ＡＢＣ１２３":              "abc123",
		"What's up?":          "whats up",
		"soooo gooood":        "soo good",
		"ㅋㅋㅋㅋㅋ 대박":            "\u110f\u110f 대박", // NFKC: compatibility jamo become conjoining ones
		"ㄱㅅ ㅇㅇ":               "감사 응",
		"예약\u200b해줘":          "예약 해줘",
		"\u1100\u1161\u11a8":  "각", // decomposed jamo compose
		"thx u r great":       "thanks you are great",
		"낼 담주 예약":             "내일 다음 주 예약",
		"ㄱㅅㄱㅅ":                "감사", // a chat word said twice
		"thxthx":              "thanks",
		"nvm":                 "never mind",
		"lunch abt the bday":  "lunch about the birthday",
		"hahaha":              "hahaha",
		"광합성에서…":              "광합성에서",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestConcurrent: a model is shared by every conversation; Predict and
// Analyze from many goroutines give the same answers as one (run with
// -race).
func TestConcurrent(t *testing.T) {
	m := trained(t, Options{})
	texts := []string{"스터디룸 예약하고 싶어요", "how much is this?", "고양이가 밥을 안 먹어요", "where is the library?"}
	want := make([]Analysis, len(texts))
	for i, s := range texts {
		want[i] = m.Analyze(s)
	}
	done := make(chan error, 8)
	for g := range 8 {
		go func() {
			for i := range 50 {
				k := (g + i) % len(texts)
				if got := m.Analyze(texts[k]); !reflect.DeepEqual(got, want[k]) {
					done <- errors.New("different answer for " + texts[k])
					return
				}
			}
			done <- nil
		}()
	}
	for range 8 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
}

// TestBag: a bag of one is its model; a bag of three is deterministic,
// its probabilities are the mean of its models' and it decides as a model
// does (in-scope accepted, out-of-scope refused).
func TestBag(t *testing.T) {
	ex := examples(load(t, "train.json"))
	one, err := TrainBag(ex, Options{Seed: 3}, 1)
	if err != nil {
		t.Fatal(err)
	}
	m, _ := Train(ex, Options{Seed: 3})
	s := "내일 저녁에 두 명 예약할게요"
	if !reflect.DeepEqual(one.Analyze(s), m.Analyze(s)) {
		t.Fatal("a bag of one differs from its model")
	}
	b, _ := TrainBag(ex, Options{Seed: 3}, 3)
	b2, _ := TrainBag(ex, Options{Seed: 3}, 3)
	if !reflect.DeepEqual(b.Analyze(s), b2.Analyze(s)) {
		t.Fatal("two bags with the same seeds decide differently")
	}
	var mean float64
	for _, mi := range b {
		for _, sc := range mi.Predict(s) {
			if sc.Intent == "book" {
				mean += sc.P / 3
			}
		}
	}
	a := b.Analyze(s)
	if a.Intent != "book" || !a.OK || math.Abs(a.P-mean) > 1e-9 {
		t.Fatalf("bag: %s p=%.4f ok=%v, want book p=%.4f ok", a.Intent, a.P, a.OK, mean)
	}
	if a := b.Analyze("고양이가 밥을 안 먹어요"); a.OK {
		t.Errorf("bag accepted a sentence about a cat's appetite as %s p=%.2f", a.Intent, a.P)
	}
	if _, err := TrainBag(ex, Options{}, 0); !errors.Is(err, ErrOptions) {
		t.Errorf("a bag of 0: %v, want ErrOptions", err)
	}
}
