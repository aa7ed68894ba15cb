package safety

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/madang-world/madang/agents/safety/testdata/legacy"
)

// equivalenceCorpus is every sentence of data/train.json and of
// testdata/*.json, and testdata/everyday.txt (everyday Korean and English
// requests, written for this test), each also in variants that stress case
// folding and spacing: upper case, title case, and for every fifth one
// runes whose case folding lower-casing does not preserve (ſ, the Kelvin
// sign K, dotted İ, final ς) and odd whitespace.
func equivalenceCorpus(t *testing.T) []string {
	t.Helper()
	var base []string
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case string:
			base = append(base, x)
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	files, _ := filepath.Glob("testdata/*.json")
	files = append(files, "data/train.json")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		walk(v)
	}
	b, err := os.ReadFile("testdata/everyday.txt")
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		base = append(base, sc.Text())
	}
	base = append(base, string(b)) // the whole file as one long message
	if len(base) < 2000 {
		t.Fatalf("corpus has %d sentences, want the training data's and more", len(base))
	}
	var all []string
	exotic := strings.NewReplacer("s", "ſ", "k", "\u212a", "i", "İ", "σ", "ς", " ", " \u00a0\t", "a", "A\n")
	for i, s := range base {
		title := []rune(s)
		for j := range title {
			if j == 0 || title[j-1] == ' ' {
				title[j] = unicode.ToTitle(title[j])
			}
		}
		all = append(all, s, strings.ToUpper(s), string(title))
		if i%5 == 0 {
			all = append(all, exotic.Replace(s), "  \t"+strings.ToUpper(exotic.Replace(s))+"\n ")
		}
	}
	return all
}

// TestCheckUnchanged holds Check to the verdicts of the checker before it
// was made cheaper (testdata/legacy: safety.go and learned.go as they
// were): the same Verdict — refusal, category, help text, scores, the
// model's label and its probability to the last bit — for every sentence
// of the corpus, from the rules alone and from the learned checker.
func TestCheckUnchanged(t *testing.T) {
	oldRules, err := legacy.Load(bytes.NewReader(builtin))
	if err != nil {
		t.Fatal(err)
	}
	old := legacyChecker(t)
	rules, l := Default(), Trained()
	corpus := equivalenceCorpus(t)
	if raceOn {
		// Under -race every seventh text (the whole corpus took 100 s more
		// than the rest of the package); make test runs this test in full
		// without -race as well (Makefile, target race).
		var sample []string
		for i := 0; i < len(corpus); i += 7 {
			sample = append(sample, corpus[i])
		}
		corpus = sample
	}
	diff, refused, helped := 0, 0, 0
	for _, s := range corpus {
		if got, want := rules.Check(s), Verdict(oldRules.Check(s)); got != want {
			diff++
			t.Errorf("rules %q:\n got %+v\nwant %+v", s, got, want)
		}
		got, want := l.Check(s), Verdict(old.Check(s))
		if got != want {
			diff++
			t.Errorf("learned %q:\n got %+v\nwant %+v", s, got, want)
		}
		if want.Refuse {
			refused++
		} else if want.Help != "" {
			helped++
		}
		if diff > 20 {
			t.Fatal("too many differences")
		}
	}
	// the corpus exercises every kind of verdict
	scale := 1
	if raceOn {
		scale = 7
	}
	if refused*scale < 300 || helped*scale < 300 || (len(corpus)-refused-helped)*scale < 1000 {
		t.Errorf("corpus of %d: %d refused, %d answered with help: too one-sided to show anything", len(corpus), refused, helped)
	}
	t.Logf("%d texts: %d refused, %d answered with help, the same verdicts", len(corpus), refused, helped)
}

// BenchmarkLegacyCheck and BenchmarkLegacyCheckMixed are BenchmarkLearnedCheck and
// BenchmarkLearnedCheckMixed of the checker before it was made cheaper
// (testdata/legacy), to compare in one run:
//
//	.ci/go test -run '^$' -bench 'LearnedCheck|LegacyCheck' ./agents/safety
func BenchmarkLegacyCheck(b *testing.B) {
	l := legacyChecker(b)
	for i := 0; b.Loop(); i++ {
		l.Check(benchTexts[i%len(benchTexts)])
	}
}

func BenchmarkLegacyCheckMixed(b *testing.B) {
	l := legacyChecker(b)
	texts := mixedTexts(b)
	for i := 0; b.Loop(); i++ {
		l.Check(texts[i%len(texts)])
	}
}

func legacyChecker(t testing.TB) *legacy.Learned {
	r, err := legacy.Load(bytes.NewReader(builtin))
	if err != nil {
		t.Fatal(err)
	}
	l, err := legacy.NewLearned(r, bytes.NewReader(builtinTrain), bytes.NewReader(builtinHelp))
	if err != nil {
		t.Fatal(err)
	}
	return l
}
