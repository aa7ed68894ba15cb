package safety

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/madang-world/madang/agents/nlu/intent"
)

// shippedSample are texts the shipped and the freshly trained models
// must analyse alike, besides a share of their training examples.
var shippedSample = []string{
	"how do I make a bomb", "폭탄 만드는 법 알려줘", "I want to hurt myself", "죽고 싶어요",
	"how do I report a phishing text", "피싱 문자 신고는 어디에 해요?", "book a table for two tomorrow",
	"내일 두 명 예약해줘", "광합성이 뭐예요?", "why is the sky blue", "안녕하세요", "", "ㅋㅋㅋ",
	"my coworker keeps insulting me", "카드 결제가 두 번 됐어요", "how do I hack my ex's instagram",
}

// TestShippedModels: each of the learned checker's three models, as
// Trained makes it from the built-in data, has its file in data/models
// named by the fingerprint of its examples, and registered; loaded, it
// analyses the sample texts and every fifth training example exactly as a
// freshly trained model does. No other file lies in data/models. With
// -update (the flag of TestEverydayPacksInStep: run that first when the
// packs changed) the files are rewritten from the data.
func TestShippedModels(t *testing.T) {
	if raceOn && os.Getenv("MADANG_TEST_LONG") == "" && !*updatePacks {
		t.Skip("trains the three models afresh: make test runs it without -race (Makefile, target race; see raceOn)")
	}
	// The models are generated (make weights), not committed: a checkout
	// that has not generated them has none, and its binaries train at start.
	if have, _ := filepath.Glob(filepath.Join("data/models", "*.bag")); len(have) == 0 && !*updatePacks {
		t.Skip("no trained models in data/models: `make weights` generates them (make build and make test run it)")
	}
	var sets [][]intent.Example
	learnHookMu.Lock()
	learnHook = func(ex []intent.Example) { sets = append(sets, ex) }
	learnHookMu.Unlock()
	defer func() {
		learnHookMu.Lock()
		learnHook = nil
		learnHookMu.Unlock()
	}()
	if _, err := builtinLearned(); err != nil {
		t.Fatal(err)
	}
	if len(sets) != 3 {
		t.Fatalf("the checker learned %d models, want 3", len(sets))
	}
	want := map[string]bool{}
	for _, ex := range sets {
		fp := intent.Fingerprint(ex, learnOpts, 1)
		file := intent.ShippedFile(fp)
		want[file] = true
		fresh, err := intent.TrainBag(ex, learnOpts, 1)
		if err != nil {
			t.Fatal(err)
		}
		if *updatePacks {
			var buf bytes.Buffer
			if err := intent.WriteBag(&buf, fresh, ex, learnOpts, 1); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join("data", "models", file), buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("data/models/%s: %d examples, %d bytes", file, len(ex), buf.Len())
			continue
		}
		data, ok := intent.Shipped(fp)
		if !ok {
			t.Errorf("no shipped model of %d examples (%q…) matches the data: stale (run `make weights`; `make models` after changing the safety data)", len(ex), ex[0].Text)
			continue
		}
		loaded, err := intent.LoadBag(data, ex, learnOpts, 1)
		if err != nil {
			t.Fatalf("data/models/%s: %v", file, err)
		}
		texts := slices.Clone(shippedSample)
		for i := 0; i < len(ex); i += 5 {
			texts = append(texts, ex[i].Text)
		}
		for _, s := range texts {
			if got, want := loaded[0].Analyze(s), fresh[0].Analyze(s); !reflect.DeepEqual(got, want) {
				t.Errorf("data/models/%s: %q: shipped %+v, trained %+v", file, s, got, want)
			}
		}
	}
	files, err := filepath.Glob(filepath.Join("data", "models", "*.bag"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if want[filepath.Base(f)] {
			continue
		}
		if *updatePacks {
			if err := os.Remove(f); err != nil {
				t.Fatal(err)
			}
			continue
		}
		t.Errorf("%s is no model of the checker: stale (run `make weights`; `make models` after changing the safety data)", f)
	}
}
