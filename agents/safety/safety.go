// Package safety decides which requests an avatar refuses, whichever
// brain is thinking: phishing and scams, payment fraud, intrusion,
// harassment, discrimination, sexual content involving minors — and
// which it answers itself: guidance for a harmless question about a harm,
// a caring answer with the crisis line for someone who may hurt
// themselves (OWASP Top 10 for LLM Applications). docs/safety.md has the
// design and its figures.
//
// Two checkers implement Checker. Rules (Default) is data (rules.json,
// embedded; a deployment may load its own). Learned (Trained, learned.go)
// adds a model trained on data/train.json (agents/nlu/intent) to the same
// rules: it tells harmful requests from their look-alikes and from
// everyday requests, and answers look-alikes with data/help.json.
//
// The rules are deliberately simple: a message scores 2 for every harmful
// pattern or concept combination it matches; it is refused unless it also
// carries "safe" markers (asking how to recognise, prevent, report or
// learn about a harm, or having suffered one) and the harm score is at most
// four times their number. So "피싱 메일 구별하는 법" passes while
// "explain how to hack my ex's instagram" does not.
package safety

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Verdict is a checker's decision. A refused request never reaches a
// brain; neither does one with Help, which is the answer to give instead.
type Verdict struct {
	Refuse   bool
	Category string // the harmful category (the rules': the first matched)
	Harm     int    // score of the rules' harmful matches
	Safe     int    // the rules' safe markers found
	// Help, when set, is what to say instead of asking a brain, in the
	// text's language (Hangul → Korean): a caring answer with the crisis
	// line when someone may hurt themselves (Category self_harm; never a
	// refusal), or guidance — how to recognise it, what to do, whom to
	// call — for a harmless question about a harm (Topic names it). Only
	// the learned checker sets it.
	Help  string
	Topic string
	// More is the rest of the guidance when Help gives only the part that
	// answers the question: what to say to "자세히" / "more" right after.
	More string
	// Label and P are the learned model's best label and its probability
	// (for logs and evaluation).
	Label string
	P     float64
}

// Guidance reports whether v answers a harmless question about a harm
// with guidance (Help for a look-alike): not a refusal, and not the
// caring answer to someone who may hurt themselves or is struggling
// (Category or Topic self_harm, Topic wellbeing).
func (v Verdict) Guidance() bool {
	return !v.Refuse && v.Help != "" && v.Category != SelfHarm && v.Topic != SelfHarm && v.Topic != wellbeing
}

// Checker decides whether to refuse a user's message.
type Checker interface {
	Check(text string) Verdict
	// Refusal is the polite refusal in lang ("ko" or "en").
	Refusal(lang string) string
}

// CategoryRefuser is a Checker that can word its refusal for the category
// refused: "the card holder can pay themselves" says what is possible
// instead where the general refusal can only say "a safe way". The
// conversation asks for it when the checker offers it (Rules and Learned
// do); RefusalFor falls back to Refusal for a category with no text.
type CategoryRefuser interface {
	RefusalFor(category, lang string) string
}

// Rules is the data-driven checker.
type Rules struct {
	cats     []category
	concepts []*foldRegexp
	safe     *foldRegexp
	ref      map[string]string
	refBy    map[string]map[string]string // category → lang → refusal
}

type category struct {
	name   string
	pats   []*foldRegexp
	combos [][]int // indexes in concepts; every concept of a combo must match
}

type file struct {
	Concepts   map[string]string `json:"concepts"`
	Categories []struct {
		Name     string     `json:"name"`
		Patterns []string   `json:"patterns"`
		Combos   [][]string `json:"combos"`
	} `json:"categories"`
	Safe    []string          `json:"safe"`
	Refusal map[string]string `json:"refusal"`
	// RefusalBy words the refusal for a category (ko and en both).
	RefusalBy map[string]map[string]string `json:"refusal_by_category"`
}

//go:embed rules.json
var builtin []byte

// Default returns the built-in rules.
func Default() *Rules {
	r, err := Load(strings.NewReader(string(builtin)))
	if err != nil {
		panic("safety: built-in rules.json is broken: " + err.Error())
	}
	return r
}

// Load reads rules in rules.json's format. Every pattern must compile.
func Load(rd io.Reader) (*Rules, error) {
	var f file
	dec := json.NewDecoder(io.LimitReader(rd, 1<<20))
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("safety rules: %w", err)
	}
	r := &Rules{ref: f.Refusal, refBy: f.RefusalBy}
	if r.ref["ko"] == "" || r.ref["en"] == "" {
		return nil, fmt.Errorf("safety rules: refusal needs ko and en texts")
	}
	for cat, texts := range r.refBy {
		if texts["ko"] == "" || texts["en"] == "" {
			return nil, fmt.Errorf("safety rules: refusal_by_category %q needs ko and en texts", cat)
		}
	}
	concepts := map[string]int{}
	for name, p := range f.Concepts {
		re, err := compileFold(p)
		if err != nil {
			return nil, fmt.Errorf("safety rules: concept %s: %w", name, err)
		}
		concepts[name] = len(r.concepts)
		r.concepts = append(r.concepts, re)
	}
	for _, c := range f.Categories {
		cat := category{name: c.Name}
		for i, combo := range c.Combos {
			var res []int
			for _, name := range combo {
				re, ok := concepts[name]
				if !ok {
					return nil, fmt.Errorf("safety rules: %s combo %d names unknown concept %q", c.Name, i+1, name)
				}
				res = append(res, re)
			}
			if len(res) < 2 {
				return nil, fmt.Errorf("safety rules: %s combo %d needs at least two concepts", c.Name, i+1)
			}
			cat.combos = append(cat.combos, res)
		}
		for i, p := range c.Patterns {
			re, err := compileFold(p)
			if err != nil {
				return nil, fmt.Errorf("safety rules: %s pattern %d: %w", c.Name, i+1, err)
			}
			cat.pats = append(cat.pats, re)
		}
		r.cats = append(r.cats, cat)
	}
	if len(f.Safe) > 0 {
		re, err := compileFold(strings.Join(f.Safe, "|"))
		if err != nil {
			return nil, fmt.Errorf("safety rules: safe patterns: %w", err)
		}
		r.safe = re
	}
	return r, nil
}

// collapseSpaces is the text the rules read: trimmed, with every run of
// spaces, tabs and line breaks (\s) made one space.
func collapseSpaces(text string) string {
	t := strings.TrimSpace(text)
	run := false
	for i := 0; i < len(t); i++ {
		if isSpace(t[i]) && (t[i] != ' ' || i+1 < len(t) && isSpace(t[i+1])) {
			run = true
			break
		}
	}
	if !run {
		return t
	}
	b := make([]byte, 0, len(t))
	for i := 0; i < len(t); i++ {
		if !isSpace(t[i]) {
			b = append(b, t[i])
			continue
		}
		if len(b) == 0 || !isSpace(t[i-1]) {
			b = append(b, ' ')
		}
	}
	return string(b)
}

// isSpace is regexp's \s: ASCII space, tab, line feed, form feed and
// carriage return.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// Check implements Checker.
func (r *Rules) Check(text string) Verdict {
	t := foldText(collapseSpaces(text))
	return r.check(&t)
}

// check is Check of a collapsed (collapseSpaces) and folded text.
func (r *Rules) check(t *folded) Verdict {
	// each concept is matched at most once: memo[i] is 0 (not yet), 1
	// (no) or 2 (yes)
	var small [32]uint8
	memo := small[:0]
	if len(r.concepts) <= len(small) {
		memo = small[:len(r.concepts)]
	} else {
		memo = make([]uint8, len(r.concepts))
	}
	concept := func(i int) bool {
		if memo[i] == 0 {
			memo[i] = 1
			if r.concepts[i].match(t) {
				memo[i] = 2
			}
		}
		return memo[i] == 2
	}
	var v Verdict
	for _, c := range r.cats {
		hit := 0
		for _, p := range c.pats {
			if p.match(t) {
				hit++
			}
		}
		for _, combo := range c.combos {
			all := true
			for _, i := range combo {
				if !concept(i) {
					all = false
					break
				}
			}
			if all {
				hit++
			}
		}
		if hit > 0 {
			v.Harm += 2 * hit
			if v.Category == "" {
				v.Category = c.name
			}
		}
	}
	if v.Harm == 0 {
		return v
	}
	if r.safe != nil {
		v.Safe = r.safe.count(t)
	}
	v.Refuse = v.Safe == 0 || v.Harm > 4*v.Safe
	return v
}

// Refusal implements Checker.
func (r *Rules) Refusal(lang string) string {
	if lang == "en" {
		return r.ref["en"]
	}
	return r.ref["ko"]
}

// RefusalFor implements CategoryRefuser.
func (r *Rules) RefusalFor(category, lang string) string {
	if texts, ok := r.refBy[category]; ok {
		if lang == "en" {
			return texts["en"]
		}
		return texts["ko"]
	}
	return r.Refusal(lang)
}
