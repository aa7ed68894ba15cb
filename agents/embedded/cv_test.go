package embedded

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/madang-world/madang/agents/nlu/intent"
	"github.com/madang-world/madang/skills/dialogue"

	_ "github.com/madang-world/madang/skills/booking"
	_ "github.com/madang-world/madang/skills/scheduling"
	_ "github.com/madang-world/madang/skills/shopping"
	_ "github.com/madang-world/madang/skills/tutoring"
)

// cvAvatars are the campus avatars' skills (avatars/campus/*.json, the
// packs that have dialogue data).
var cvAvatars = [][]string{
	{"madang.scheduling", "madang.booking"},
	{"madang.shopping"},
	{"madang.tutoring"},
}

// cvFolds is the number of folds of TestClassifierCV.
const cvFolds = 5

// cvScore counts one language's held-out decisions.
type cvScore struct {
	n, right       int // every held-out example, and those whose top intent is theirs
	in, inRight    int // examples of a real intent, and those right
	inOOS          int // examples of a real intent answered out_of_scope
	oos, oosRight  int // out_of_scope examples (the generic data's), and those answered so
	saidOOS        int // answers out_of_scope
	saidOOSRight   int
	close, closeOK int            // answers whose two best intents are within cvClose, and those right
	confused       map[string]int // "wanted → answered"
	oosHow         map[string]int // how an in-domain example came out out_of_scope: the trained class or the None/threshold decision
}

const cvClose = 0.1

func (s cvScore) String() string {
	pct := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return 100 * float64(a) / float64(b)
	}
	return fmt.Sprintf("acc %5.1f (%d/%d)  in-domain %5.1f  in→oos %4.1f  oos P %5.1f R %5.1f  close %d (%.0f%% right)",
		pct(s.right, s.n), s.right, s.n, pct(s.inRight, s.in), pct(s.inOOS, s.in),
		pct(s.saidOOSRight, s.saidOOS), pct(s.oosRight, s.oos), s.close, pct(s.closeOK, s.close))
}

// classifierCV trains the classifier of each campus avatar cvFolds times,
// each time without one fold of its written examples (a fold is a run of
// neighbouring examples of each intent and language — writers add
// paraphrases of one family together, so a fold holds out families more
// than sentences — and the variants made from an example by swapping its
// names go with it), and scores the held-out written examples. Nothing
// of the evaluation sets is read: this is what the classifier makes of
// sentences it was not trained on.
func classifierCV(t testing.TB, cfg clfConfig) map[string]*cvScore {
	scores := map[string]*cvScore{"ko": {confused: map[string]int{}, oosHow: map[string]int{}}, "en": {confused: map[string]int{}, oosHow: map[string]int{}}}
	for _, ids := range cvAvatars {
		var fs []*dialogue.File
		for _, id := range ids {
			f, err := dataOf(id)
			if err != nil {
				t.Fatal(err)
			}
			if f != nil {
				fs = append(fs, f)
			}
		}
		groups := exampleGroups(fs)
		fold := make([]int, len(groups))
		byKey := map[string][]int{}
		var keys []string
		for i, g := range groups {
			k := g.exs[0].Intent + "/" + g.lang
			if byKey[k] == nil {
				keys = append(keys, k)
			}
			byKey[k] = append(byKey[k], i)
		}
		for _, k := range keys {
			is := byKey[k]
			for j, i := range is {
				fold[i] = j * cvFolds / len(is)
			}
		}
		for f := range cvFolds {
			var exs []example
			for i, g := range groups {
				if fold[i] != f {
					exs = append(exs, g.exs...)
				}
			}
			clf, err := trainWith(exs, fs, cfg)
			if err != nil {
				t.Fatal(err)
			}
			for i, g := range groups {
				if fold[i] != f {
					continue
				}
				want := g.exs[0].Intent
				preds := clf.predict(g.exs[0].Text, trainClock)
				got := preds[0].Intent
				s := scores[g.lang]
				s.n++
				if got == want {
					s.right++
				} else {
					s.confused[want+" → "+got]++
				}
				if got == OutOfScope {
					s.saidOOS++
					if want == OutOfScope {
						s.saidOOSRight++
					}
				}
				if want == OutOfScope {
					s.oos++
					if got == OutOfScope {
						s.oosRight++
					}
				} else {
					s.in++
					if got == want {
						s.inRight++
					}
					if got == OutOfScope {
						s.inOOS++
						n := 0
						for _, p := range preds {
							if p.Intent == OutOfScope {
								n++
							}
						}
						switch {
						case n == 1:
							s.oosHow["trained class"]++
						case preds[1].Intent == OutOfScope:
							s.oosHow["decision, trained class best"]++
						default:
							s.oosHow["decision, an intent best"]++
						}
					}
				}
				if len(preds) > 1 && preds[0].Intent != OutOfScope && preds[0].P-preds[1].P < cvClose {
					s.close++
					if got == want {
						s.closeOK++
					}
				}
			}
		}
	}
	return scores
}

// TestClassifierCV reports the classifier's cross-validated figures
// (docs/classifier-cv.md keeps them) and holds a floor under them.
// MADANG_CV_SWEEP=1 also measures the alternatives of cvSweep.
func TestClassifierCV(t *testing.T) {
	if testing.Short() {
		t.Skip("trains 15 models")
	}
	if raceOn && os.Getenv("MADANG_TEST_LONG") == "" {
		t.Skip("make test runs it without -race (Makefile, target race)")
	}
	configs := []struct {
		name string
		cfg  clfConfig
	}{{"default", defaultClf}}
	if os.Getenv("MADANG_CV_SWEEP") != "" {
		configs = append(configs, cvSweep()...)
	}
	for _, c := range configs {
		s := classifierCV(t, c.cfg)
		t.Logf("%-22s ko %v", c.name, s["ko"])
		t.Logf("%-22s en %v", c.name, s["en"])
		if c.name == "default" && testing.Verbose() {
			for _, lang := range []string{"ko", "en"} {
				type kv struct {
					k string
					n int
				}
				var top []kv
				for k, n := range s[lang].confused {
					top = append(top, kv{k, n})
				}
				sort.Slice(top, func(i, j int) bool { return top[i].n > top[j].n || top[i].n == top[j].n && top[i].k < top[j].k })
				for _, x := range top[:min(12, len(top))] {
					t.Logf("  %s %3d  %s", lang, x.n, x.k)
				}
				t.Logf("  %s in-domain → out_of_scope by %v", lang, s[lang].oosHow)
			}
		}
		if c.name == "default" {
			for _, lang := range []string{"ko", "en"} {
				if acc := float64(s[lang].right) / float64(s[lang].n); acc < cvFloor[lang] {
					t.Errorf("%s cross-validated accuracy %.3f < floor %.3f", lang, acc, cvFloor[lang])
				}
			}
		}
	}
}

// cvFloor: the default's figures with the v10 training data (ko 85.3, en
// 80.7; 85.2 and 82.2 on v9's, docs/classifier-cv.md), less two to three
// points. Examples added to the packs move them either way: v10's
// shopping and scheduling examples cost English 1.5 points of
// cross-validated accuracy while every evaluation set rose; the floor
// catches a collapse, not that drift.
var cvFloor = map[string]float64{"ko": 0.83, "en": 0.78}

func cvSweep() []struct {
	name string
	cfg  clfConfig
} {
	var out []struct {
		name string
		cfg  clfConfig
	}
	add := func(name string, f func(c *clfConfig)) {
		c := defaultClf
		f(&c)
		out = append(out, struct {
			name string
			cfg  clfConfig
		}{name, c})
	}
	for _, spec := range strings.Split(os.Getenv("MADANG_CV_SWEEP"), ",") {
		switch spec {
		case "l2":
			for _, l2 := range []float64{3e-5, 3e-4, 1e-3} {
				add(fmt.Sprintf("L2=%g", l2), func(c *clfConfig) { c.opts.L2 = l2 })
			}
		case "epochs":
			for _, e := range []int{8, 12} {
				add(fmt.Sprintf("epochs=%d", e), func(c *clfConfig) { c.opts.Epochs = e })
			}
		case "noise":
			for _, n := range []float64{0.75, 1, 2.5} {
				add(fmt.Sprintf("noise=%g", n), func(c *clfConfig) { c.opts.Noise = n })
			}
		case "minp":
			for _, p := range []float64{0.25, 0.3, 0.45} {
				add(fmt.Sprintf("minP=%g", p), func(c *clfConfig) { c.opts.MinP = p })
			}
		case "minsim":
			for _, p := range []float64{0.08, 0.1, 0.2} {
				add(fmt.Sprintf("minSim=%g", p), func(c *clfConfig) { c.opts.MinSimilarity = p })
			}
		case "confident":
			for _, p := range []float64{0.45, 0.65} {
				add(fmt.Sprintf("confident=%g", p), func(c *clfConfig) { c.confident = p })
			}
		case "lead":
			for _, lp := range []float64{0.15, 0.2} {
				for _, ld := range []float64{1.5, 2.5} {
					add(fmt.Sprintf("lowP=%g lead=%g", lp, ld), func(c *clfConfig) { c.lowP, c.lead = lp, ld })
				}
			}
		case "bag":
			add("bag=3", func(c *clfConfig) { c.bag = 3 })
		case "char":
			add("char2-5", func(c *clfConfig) { c.opts.CharMax = 5 })
			add("char1-4", func(c *clfConfig) { c.opts.CharMin = 1 })
		case "nojamo":
			add("nojamo", func(c *clfConfig) { c.opts.JamoMax = -1 })
		case "lr":
			for _, lr := range []float64{0.25, 1} {
				add(fmt.Sprintf("lr=%g", lr), func(c *clfConfig) { c.opts.LearningRate = lr })
			}
		}
	}
	_ = intent.None
	return out
}
