package standard_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/agents/nlu/intent"
	"github.com/madang-world/madang/avatars"
)

var updateModels = flag.Bool("update", false, "rewrite models/ from the packs' data (the shipped intent models)")

// sampleTexts are texts the shipped and the freshly trained models must
// analyse alike, besides a share of the training examples: requests of
// every pack, small talk and text of no pack, in both languages.
var sampleTexts = []string{
	"내일 qtime 에 두 명 예약할게요", "book a table for qpeople qdate", "예약 취소해줘", "cancel my booking",
	"다음 주 회의 잡아줘", "move my meeting to qdate qtime", "장바구니 보여줘", "add the blue one to my cart",
	"광합성이 뭐예요?", "why is the sky blue", "안녕하세요", "thanks a lot", "고양이가 밥을 안 먹어요",
	"what's the weather like", "ㅋㅋㅋ", "", "qordinal", "2번", "환불하고 싶어요", "I want to return this",
}

// TestShippedModels: every combination of packs the campus avatars use
// has its intent model shipped in models/, named by the fingerprint of
// what it is trained on, and registered (intent.Shipped); loaded, it
// analyses the sample texts and every fifth training example exactly as a
// freshly trained one does. No other file lies in models/. With -update
// the files are rewritten from the packs' data (run it after changing a
// pack's dialogue.json, agents/embedded/data or the classifier).
func TestShippedModels(t *testing.T) {
	if raceOn && os.Getenv("MADANG_TEST_LONG") == "" && !*updateModels {
		t.Skip("trains the packs' models afresh: make test runs it without -race (Makefile, target race; see raceOn)")
	}
	// The models are generated (make weights), not committed: a checkout
	// that has not generated them has none, and its binaries train at start.
	if have, _ := filepath.Glob(filepath.Join("models", "*.bag")); len(have) == 0 && !*updateModels {
		t.Skip("no trained models in models: `make weights` generates them (make build and make test run it)")
	}
	want := map[string]bool{}
	for _, a := range avatars.Campus() {
		if want[strings.Join(a.Skills, ",")] {
			continue
		}
		want[strings.Join(a.Skills, ",")] = true
		// the avatar's intent model, then its veto model (whose request a
		// text is; none when no other pack is registered)
		for _, set := range []func([]string) ([]intent.Example, intent.Options, int, error){embedded.TrainingSet, embedded.VetoTrainingSet} {
			exs, opts, n, err := set(a.Skills)
			if err != nil {
				t.Fatal(err)
			}
			if len(exs) == 0 {
				continue
			}
			fp := intent.Fingerprint(exs, opts, n)
			file := intent.ShippedFile(fp)
			want[file] = true
			fresh, err := intent.TrainBag(exs, opts, n)
			if err != nil {
				t.Fatal(err)
			}
			if *updateModels {
				var buf bytes.Buffer
				if err := intent.WriteBag(&buf, fresh, exs, opts, n); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join("models", file), buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				t.Logf("%s: models/%s, %d bytes", a.Skills, file, buf.Len())
				continue
			}
			data, ok := intent.Shipped(fp)
			if !ok {
				t.Errorf("%s: no shipped model matches the packs' data: stale (run `make weights`)", a.Skills)
				continue
			}
			loaded, err := intent.LoadBag(data, exs, opts, n)
			if err != nil {
				t.Fatalf("%s: models/%s: %v", a.Skills, file, err)
			}
			texts := slices.Clone(sampleTexts)
			for i := 0; i < len(exs); i += 5 {
				texts = append(texts, exs[i].Text)
			}
			for _, s := range texts {
				if got, want := loaded.Analyze(s), fresh.Analyze(s); !reflect.DeepEqual(got, want) {
					t.Errorf("%s: %q: shipped %+v, trained %+v", a.Skills, s, got, want)
				}
			}
		}
	}
	files, err := filepath.Glob("models/*.bag")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if want[filepath.Base(f)] {
			continue
		}
		if *updateModels {
			if err := os.Remove(f); err != nil {
				t.Fatal(err)
			}
			continue
		}
		t.Errorf("%s is the model of no campus avatar's packs: stale (run `make weights`)", f)
	}
}
