// Package legacy is agents/safety's checker as it was before Check was
// made cheaper: safety.go and learned.go at commit d8e5bcd, unchanged but
// for this package clause and the embedded files, which the caller passes
// in (Load, NewLearned). TestCheckUnchanged (../../equivalence_test.go)
// holds the new checker to its verdicts. Test-only: nothing else imports it.
package legacy

import (
	"encoding/json"
	"fmt"
	"io"
	"regexp"
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
	// Label and P are the learned model's best label and its probability
	// (for logs and evaluation).
	Label string
	P     float64
}

// Checker decides whether to refuse a user's message.
type Checker interface {
	Check(text string) Verdict
	// Refusal is the polite refusal in lang ("ko" or "en").
	Refusal(lang string) string
}

// Rules is the data-driven checker.
type Rules struct {
	cats []category
	safe *regexp.Regexp
	ref  map[string]string
}

type category struct {
	name   string
	pats   []*regexp.Regexp
	combos [][]*regexp.Regexp // every concept of a combo must match
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
}

// Load reads rules in rules.json's format. Every pattern must compile.
func Load(rd io.Reader) (*Rules, error) {
	var f file
	dec := json.NewDecoder(io.LimitReader(rd, 1<<20))
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("safety rules: %w", err)
	}
	r := &Rules{ref: f.Refusal}
	if r.ref["ko"] == "" || r.ref["en"] == "" {
		return nil, fmt.Errorf("safety rules: refusal needs ko and en texts")
	}
	concepts := map[string]*regexp.Regexp{}
	for name, p := range f.Concepts {
		re, err := regexp.Compile("(?i)" + p)
		if err != nil {
			return nil, fmt.Errorf("safety rules: concept %s: %w", name, err)
		}
		concepts[name] = re
	}
	for _, c := range f.Categories {
		cat := category{name: c.Name}
		for i, combo := range c.Combos {
			var res []*regexp.Regexp
			for _, name := range combo {
				re := concepts[name]
				if re == nil {
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
			re, err := regexp.Compile("(?i)" + p)
			if err != nil {
				return nil, fmt.Errorf("safety rules: %s pattern %d: %w", c.Name, i+1, err)
			}
			cat.pats = append(cat.pats, re)
		}
		r.cats = append(r.cats, cat)
	}
	if len(f.Safe) > 0 {
		re, err := regexp.Compile("(?i)" + strings.Join(f.Safe, "|"))
		if err != nil {
			return nil, fmt.Errorf("safety rules: safe patterns: %w", err)
		}
		r.safe = re
	}
	return r, nil
}

var spaces = regexp.MustCompile(`\s+`)

// Check implements Checker.
func (r *Rules) Check(text string) Verdict {
	t := spaces.ReplaceAllString(strings.TrimSpace(text), " ")
	var v Verdict
	for _, c := range r.cats {
		hit := 0
		for _, p := range c.pats {
			if p.MatchString(t) {
				hit++
			}
		}
		for _, combo := range c.combos {
			all := true
			for _, re := range combo {
				if !re.MatchString(t) {
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
		v.Safe = len(r.safe.FindAllStringIndex(t, -1))
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
