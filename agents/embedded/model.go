package embedded

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/dialogue"
)

// Generic intents: they belong to no skill and every avatar has them.
const (
	Greet      = "greet"
	Help       = "help"
	Thanks     = "thanks"
	Cancel     = "cancel"
	OutOfScope = "out_of_scope"
)

//go:embed data/generic.json
var genericJSON []byte

// generic is the brain's own data: the generic intents' examples and the
// small words every conversation uses (yes, corrections, ordinals).
type generic struct {
	Intents    map[string]map[string][]string `json:"intents"`
	Yes        []string                       `json:"yes"`
	Correction []string                       `json:"correction"`
	This       []string                       `json:"this"` // words that point at the item in focus ("이거", "it")
	// Point: words that point at the one option of a one-item list
	// ("거기로 해주세요", "ok that one"); see optionNamed.
	Point []string `json:"point"`
	// Show: words that ask to see an item ("show me the second one", "2번
	// 자세히"): a pick with them opens it, never the card's next step.
	Show   []string `json:"show"`
	Answer []string `json:"answer"` // words around an answer to a quiz question ("my answer is")
	// AnswerOpens: words that, opening a text, say it gives an answer
	// ("the answer is …", "정답은 …") however much the rest sounds like a
	// question; see saysAnswer.
	AnswerOpens []string `json:"answer_opens"`
	// NotPlaces: words that, said before 에서 or after "at"/"in", are
	// no place where something happens ("오늘에서", "in the morning");
	// see place.
	NotPlaces []string       `json:"not_places"`
	Confirm   []string       `json:"confirm"` // words that ask for a pending call to go ahead whatever else the text says
	Ordinals  map[string]int `json:"ordinals"`
	// Later and Earlier move an item's time by the length said ("30분
	// 늦춰줘", "an hour earlier"): see shiftSign.
	Later   []string `json:"later"`
	Earlier []string `json:"earlier"`
	// NotAlso are words that end in 도 without it meaning "as well"
	// (제주도, 포도): a text slot's Also keeps their 도.
	NotAlso []string `json:"not_also"`
}

var gen = func() *generic {
	var g generic
	if err := json.Unmarshal(genericJSON, &g); err != nil {
		panic("embedded: data/generic.json: " + err.Error())
	}
	return &g
}()

// model is what one avatar can talk about: its skills' data merged, and
// the intent classifier trained on their examples.
type model struct {
	files   []*dialogue.File
	intents map[string]*intentOf // by intent name
	results map[string]*resultOf // by tool name
	clf     classifier
	built   time.Duration
}

// fallback is the first fallback the avatar's skills declare (in the
// order of its skills), or nil.
func (m *model) fallback() *dialogue.Fallback {
	for _, f := range m.files {
		if f.Fallback != nil {
			return f.Fallback
		}
	}
	return nil
}

type intentOf struct {
	*dialogue.Intent
	name string
	file *dialogue.File
}

type resultOf struct {
	*dialogue.Result
	file *dialogue.File
}

var (
	modelsMu sync.Mutex
	models   = map[string]*model{}
	building = map[string]*inBuild{} // under modelsMu
)

// modelKey identifies an avatar's model: the same skills give the same model.
func modelKey(a *avatars.Avatar) string { return strings.Join(a.Skills, "\x00") }

// Prepare builds the models of the avatars now (at server start-up) rather
// than on their first conversation, and reports data that does not load.
func Prepare(as ...*avatars.Avatar) error {
	for _, a := range as {
		if _, err := modelFor(a); err != nil {
			return err
		}
	}
	return nil
}

func modelFor(a *avatars.Avatar) (*model, error) {
	key := modelKey(a)
	modelsMu.Lock()
	m := models[key]
	if m != nil {
		modelsMu.Unlock()
		return m, nil
	}
	// One build per model at a time: the conversations that start while
	// it trains (a full classroom's first messages) wait for it instead
	// of each training its own copy.
	if b := building[key]; b != nil {
		modelsMu.Unlock()
		<-b.done
		if b.err != nil {
			return nil, fmt.Errorf("avatar %s: %w", a.ID, b.err)
		}
		return b.m, nil
	}
	b := &inBuild{done: make(chan struct{}), err: errBuildPanicked}
	building[key] = b
	modelsMu.Unlock()
	defer func() { // even if build panics: no waiter is left waiting
		modelsMu.Lock()
		delete(building, key)
		if b.err == nil {
			models[key] = b.m
		}
		modelsMu.Unlock()
		close(b.done)
	}()
	b.m, b.err = build(a.Skills)
	if b.err != nil {
		return nil, fmt.Errorf("avatar %s: %w", a.ID, b.err)
	}
	return b.m, nil
}

var errBuildPanicked = errors.New("building the model panicked")

// inBuild is a model being built; done is closed when m or err is set.
type inBuild struct {
	done chan struct{}
	m    *model
	err  error
}

// dataOf reads a registered skill's conversation data (cached: New has no
// side effects and the data is embedded, so one read per skill).
var (
	filesMu sync.Mutex
	files   = map[string]*dialogue.File{}
)

func dataOf(id string) (*dialogue.File, error) {
	filesMu.Lock()
	defer filesMu.Unlock()
	if f, ok := files[id]; ok {
		return f, nil
	}
	info, ok := skills.Lookup(skills.ID(id))
	if !ok {
		files[id] = nil
		return nil, nil
	}
	c, ok := info.New().(skills.Conversational)
	if !ok {
		files[id] = nil
		return nil, nil
	}
	name, data := c.ConversationData()
	f, err := dialogue.Parse(name, data)
	if err != nil {
		return nil, err
	}
	files[id] = f
	return f, nil
}

// Examples are the training examples of skill data files plus the generic
// intents, plain (annotations removed).
//
// Names the user picks things by — a product, a book title, a question's
// words — are open-ended, and an intent must not be learnt from them ("어린
// 왕자" in a cancellation example must not make "어린 왕자 예약해줘" a
// cancellation). So every example whose annotated span fills a free slot
// (one read from the words or picked) is also given with that span
// replaced by spans of the same language from other examples of the file:
// the names then occur with every intent alike and only the words around
// them decide. The choice is seeded, so the model is the same every time.
func examples(fs []*dialogue.File) []example {
	var out []example
	for _, g := range exampleGroups(fs) {
		out = append(out, g.exs...)
	}
	return out
}

// exampleGroup is one written example (first) with the variants made
// from it by swapping its free spans: they stand or fall together when
// the examples are split for cross-validation (cv_test.go).
type exampleGroup struct {
	lang string
	exs  []example
}

// exampleGroups is examples, grouped by the written example each comes from.
func exampleGroups(fs []*dialogue.File) []exampleGroup {
	var out []exampleGroup
	rng := rand.New(rand.NewPCG(1, 2))
	for _, f := range fs {
		free := map[string][]string{} // language → free span texts
		next := map[string]int{}
		for _, in := range f.Intents {
			for lang, exs := range in.Examples {
				for _, ex := range exs {
					text, spans := dialogue.Example(ex)
					for _, sp := range spans {
						if isFree(in.Slots[sp.Slot]) {
							k := poolOf(lang, in.Slots[sp.Slot])
							free[k] = append(free[k], text[sp.Start:sp.End])
						}
					}
				}
			}
		}
		for _, in := range f.Intents {
			for _, lang := range []string{"ko", "en"} {
				for _, ex := range in.Examples[lang] {
					text, spans := dialogue.Example(ex)
					g := exampleGroup{lang: lang, exs: []example{{Intent: in.Intent, Text: text}}}
					if len(free[lang]) < 2 && len(free[lang+"names"]) < 2 {
						out = append(out, g)
						continue
					}
					for range swaps {
						var b strings.Builder
						last, swapped := 0, false
						for _, sp := range spans {
							if !isFree(in.Slots[sp.Slot]) {
								continue
							}
							k := poolOf(lang, in.Slots[sp.Slot])
							pool := free[k]
							if len(pool) < 2 {
								continue
							}
							b.WriteString(text[last:sp.Start])
							// Round the pool from a seeded start, so every
							// name lands in every intent about as often.
							b.WriteString(pool[next[k]%len(pool)])
							next[k] += 1 + rng.IntN(3)
							last, swapped = sp.End, true
						}
						if swapped {
							b.WriteString(text[last:])
							g.exs = append(g.exs, example{Intent: in.Intent, Text: b.String()})
						}
					}
					out = append(out, g)
				}
			}
		}
	}
	names := make([]string, 0, len(gen.Intents))
	for n := range gen.Intents {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		for _, lang := range []string{"ko", "en"} {
			for _, ex := range gen.Intents[n][lang] {
				out = append(out, exampleGroup{lang: lang, exs: []example{{Intent: n, Text: ex}}})
			}
		}
	}
	return out
}

// Elsewhere is what the veto model (vetoExamples) answers for a request
// another avatar of the world serves. The brain never takes it as an
// intent: the text is out of scope for this avatar, and not handed to a
// judging fallback either (see withoutElsewhere).
const Elsewhere = "elsewhere"

// mine is the veto model's answer for a request of this avatar's packs.
const mine = "mine"

// vetoExamples teach the veto model whose request a text is: every
// written example of the avatar's packs and of the generic intents but
// out of scope as mine, and every example of each registered pack the
// avatar does not have (skillIDs) as Elsewhere — only sentences (four words, or eight Hangul syllables, or more) that are
// not also the avatar's own examples: a bare "2번" or "cancel it" says
// nothing about whose job it is. Without it the avatar knew only its own
// intents and the generic out-of-scope examples, so "find a time for me
// to meet with Minsu next week" was the tutor's nearest intent, a question
// for the lessons (its words overlap a Korean lesson's greetings), and a
// grammar question to the shop a product. (Trained into the intent model
// itself, the other packs' requests pulled the avatar's own requests that
// share a word with them out of scope: "a Korean textbook" in the shop,
// "my pilates class" to the assistant.) No other packs registered: none.
func vetoExamples(skillIDs []string, own []*dialogue.File) []example {
	var out []example
	ownText := map[string]bool{}
	for _, f := range own {
		for _, in := range f.Intents {
			for _, lang := range []string{"ko", "en"} { // (in order: the fingerprint is of the list)
				for _, ex := range in.Examples[lang] {
					text, _ := dialogue.Example(ex)
					ownText[strings.ToLower(strings.TrimSpace(text))] = true
					out = append(out, example{Intent: mine, Text: text})
				}
			}
		}
	}
	// The generic intents are every avatar's: a greeting, thanks, "what
	// can you do" (their out-of-scope examples are nobody's, and left out).
	names := make([]string, 0, len(gen.Intents))
	for name := range gen.Intents {
		if name != OutOfScope {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		for _, lang := range []string{"ko", "en"} {
			for _, ex := range gen.Intents[name][lang] {
				ownText[strings.ToLower(strings.TrimSpace(ex))] = true
				out = append(out, example{Intent: mine, Text: ex})
			}
		}
	}
	n := len(out)
	for _, info := range skills.List() {
		if contains(skillIDs, string(info.ID)) {
			continue
		}
		f, err := dataOf(string(info.ID))
		if err != nil || f == nil {
			continue
		}
		for _, in := range f.Intents {
			for _, lang := range []string{"ko", "en"} {
				for _, ex := range in.Examples[lang] {
					text, _ := dialogue.Example(ex)
					if sentenceLong(text) && !ownText[strings.ToLower(strings.TrimSpace(text))] {
						out = append(out, example{Intent: Elsewhere, Text: text})
					}
				}
			}
		}
	}
	if len(out) == n {
		return nil
	}
	return out
}

// sentenceLong: four words or more, or eight Hangul syllables.
func sentenceLong(text string) bool {
	n := 0
	for _, r := range text {
		if r >= 0xAC00 && r <= 0xD7A3 {
			n++
		}
	}
	return len(strings.Fields(text)) >= 4 || n >= 8
}

// poolOf: people's names (with the particle that ties them in, "민수랑")
// are swapped with other names; other free spans with each other.
func poolOf(lang string, s *dialogue.Slot) string {
	if s.From == dialogue.FromNames {
		return lang + "names"
	}
	return lang
}

// swaps is how many variants with other names each example gets.
const swaps = 3

// isFree: the slot's value is the user's own words, a pick by name, or
// people's names (which must not tie an intent to "Minsu" either).
func isFree(s *dialogue.Slot) bool {
	return s != nil && (s.From == dialogue.FromText || s.From == dialogue.FromPick || s.From == dialogue.FromNames)
}

// filesOf is the data files of the skills that have one, in their order.
func filesOf(skillIDs []string) ([]*dialogue.File, error) {
	var out []*dialogue.File
	for _, id := range skillIDs {
		f, err := dataOf(id)
		if err != nil {
			return nil, err
		}
		if f != nil {
			out = append(out, f)
		}
	}
	return out, nil
}

func build(skillIDs []string) (*model, error) {
	start := time.Now()
	m := &model{intents: map[string]*intentOf{}, results: map[string]*resultOf{}}
	fs, err := filesOf(skillIDs)
	if err != nil {
		return nil, err
	}
	m.files = fs
	for _, f := range fs {
		for _, in := range f.Intents {
			if _, dup := m.intents[in.Intent]; !dup {
				m.intents[in.Intent] = &intentOf{in, in.Intent, f}
			}
		}
		for tool, r := range f.Results {
			if _, dup := m.results[tool]; !dup {
				m.results[tool] = &resultOf{r, f}
			}
		}
	}
	// The veto model is masked, fingerprinted and loaded (or trained)
	// beside the intent model: it reads the same gazetteers and nothing
	// the intent model makes, and start-up waits for both (docs/
	// performance.md, round v17).
	type vetoed struct {
		c   classifier
		err error
	}
	vc := make(chan vetoed, 1)
	go func() {
		c := trained{cfg: defaultClf}
		c.setGazetteers(m.files)
		v, err := c.withVeto(vetoExamples(skillIDs, m.files))
		vc <- vetoed{v, err}
	}()
	clf, err := train(examples(m.files), m.files)
	v := <-vc
	if err != nil {
		return nil, err
	}
	if v.err != nil {
		return nil, v.err
	}
	if c, ok := clf.(trained); ok {
		if vt, ok := v.c.(trained); ok && vt.veto != nil {
			c.veto, c.vetoLoaded = vt.veto, vt.vetoLoaded
			c.memo = newPredMemo()
		}
		clf = c
	}
	m.clf = clf
	m.built = time.Since(start)
	how := "trained (no shipped model matches its data)"
	veto := "none (no other pack registered)"
	if t, ok := clf.(trained); ok {
		if t.loaded {
			how = "loaded shipped weights"
		}
		if t.veto != nil {
			veto = "trained (no shipped model matches its data)"
			if t.vetoLoaded {
				veto = "loaded shipped weights"
			}
		}
	}
	slog.Info("embedded: intent model", "skills", strings.Join(skillIDs, ","), "model", how, "veto", veto, "took", m.built.Round(time.Millisecond))
	return m, nil
}

// gazetteer finds a gazetteer's entries in any of the avatar's files.
func (m *model) gazetteer(f *dialogue.File, name string) []dialogue.Entry {
	if f != nil && f.Gazetteers[name] != nil {
		return f.Gazetteers[name]
	}
	for _, g := range m.files {
		if g.Gazetteers[name] != nil {
			return g.Gazetteers[name]
		}
	}
	return nil
}
