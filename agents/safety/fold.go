package safety

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Every pattern of the checkers is matched case-insensitively ((?i)), and
// Check runs about a hundred of them on every message, so how they are
// matched is most of what a check costs. Go's regexp folds case rune by
// rune while it matches (unicode.SimpleFold on every comparison) and, for
// patterns that open with an alternation, tries every start position.
// A foldRegexp matches the same thing for a fraction of that:
//
//   - the message is folded once (foldText: every rune to one fixed member
//     of its case-folding orbit, so A and a both read a, Σ σ ς all read Σ),
//     and the pattern's literals are folded the same way at compile time,
//     so the compiled pattern compares runes exactly, with no folding;
//   - one of the literals every match must contain (requiredLiterals) is
//     looked for with strings.Contains before the pattern runs at all:
//     most patterns name words most messages lack.
//
// Why the fast form matches exactly what (?i) matches: a folded literal
// rune matches a rune of the message iff both lie in one orbit, iff they
// fold alike; a character class parsed under (?i) already holds whole
// orbits, so it holds a rune iff it holds its fold; and \b, ^ and $ look
// at ASCII letters, digits and newlines, which fold to ASCII letters,
// digits and newlines — except the Kelvin sign K and the long s ſ, which
// fold to ASCII letters but are not ASCII word characters. A message with
// either (or with bytes that are not UTF-8) is matched by the (?i) pattern
// itself, as is a pattern with case-sensitive parts ((?-i), which no
// built-in pattern has). TestFoldMatchesLikeIgnoreCase checks the fast
// form against (?i) on random and exotic text.
type foldRegexp struct {
	slow *regexp.Regexp // (?i)pattern
	fast *regexp.Regexp // the same for folded text; nil: always slow
	// need: a match of fast contains one of these folded strings; nil
	// when the pattern promises none (then fast always runs)
	need []string
	// branches are fast's alternatives, each with its own need, when it
	// is a long alternation (see compile)
	branches []*foldRegexp
	id       int // the result's slot in doc.memo; -1 for rules loaded at run time

	// A package-level pattern (mustFold, mustExact) is compiled by
	// compileAll, on every core, when the package starts, or by its
	// first use if that comes sooner (ready): compiling the 665 of them
	// one after another was the package's init, 0.38 s of a server's
	// start on one core (round v18).
	once    sync.Once
	lazy    bool
	pattern string
	fold    bool
}

// pending are the package-level patterns compileAll compiles.
var pending []*foldRegexp

// ready compiles a package-level pattern, once.
func (re *foldRegexp) ready() {
	if !re.lazy {
		return
	}
	re.once.Do(func() {
		c, err := compile(re.pattern, re.fold)
		if err != nil {
			panic(err)
		}
		re.slow, re.fast, re.need, re.branches = c.slow, c.fast, c.need, c.branches
	})
}

func init() { compileAll() }

// compileAll compiles the package-level patterns on every core; a bad
// pattern panics here, at start, as regexp.MustCompile would.
func compileAll() {
	// (the heap is small at start: collections every few MB of the
	// compiler's garbage took more than the compiling)
	defer debug.SetGCPercent(debug.SetGCPercent(800))
	work := make(chan *foldRegexp)
	var wg sync.WaitGroup
	for range max(runtime.GOMAXPROCS(0), 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for re := range work {
				re.ready()
			}
		}()
	}
	for _, re := range pending {
		work <- re
	}
	close(work)
	wg.Wait()
	pending = nil
}

// nFold counts the package's foldRegexps (mustFold), each with its slot
// in doc.memo.
var nFold int

// mustFold compiles a package-level pattern, matched case-insensitively,
// with a memo slot.
func mustFold(pattern string) *foldRegexp { return mustCompile(pattern, true) }

// mustExact compiles a package-level pattern matched as written
// (case-sensitively), with a memo slot.
func mustExact(pattern string) *foldRegexp { return mustCompile(pattern, false) }

func mustCompile(pattern string, fold bool) *foldRegexp {
	re := &foldRegexp{lazy: true, pattern: pattern, fold: fold}
	pending = append(pending, re)
	re.id = nFold
	nFold++
	if nFold > maxMemo {
		panic(fmt.Sprintf("safety: more than %d package-level patterns; raise maxMemo", maxMemo))
	}
	return re
}

// compileFold compiles pattern as (?i)pattern, with its fast form when it
// has one.
func compileFold(pattern string) (*foldRegexp, error) { return compile(pattern, true) }

// compile compiles pattern, as (?i)pattern if fold, with its fast form
// when it has one.
func compile(pattern string, fold bool) (*foldRegexp, error) {
	if fold {
		pattern = "(?i)" + pattern
	}
	slow, err := regexp.Compile(pattern)
	if err != nil {
		return nil, err
	}
	r := &foldRegexp{slow: slow, id: -1}
	tree, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil || !foldTree(tree) {
		return r, nil
	}
	fast, err := regexp.Compile(treeString(tree))
	if err != nil {
		return r, nil
	}
	r.fast = fast
	r.need, _ = requiredLiterals(tree)
	// A long alternation matches when one of its branches does: matched
	// branch by branch, each with its own pre-filter, most are never run,
	// and those that run are small enough for regexp's backtracker rather
	// than its much slower general matcher.
	if tree.Op == syntax.OpAlternate && len(tree.Sub) >= 8 {
		var bs []*foldRegexp
		for _, sub := range tree.Sub {
			b, err := regexp.Compile(treeString(sub))
			if err != nil {
				return r, nil
			}
			need, _ := requiredLiterals(sub)
			bs = append(bs, &foldRegexp{fast: b, need: need, id: -1})
		}
		r.branches = bs
	}
	return r, nil
}

// foldTree rewrites a parsed pattern to match folded text with no case
// folding: literals folded (foldRune), every FoldCase flag cleared. It
// reports false, leaving the pattern to the slow path, when a part tells
// runes of one orbit apart (a case-sensitive letter or class).
func foldTree(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral:
		for i, r := range re.Rune {
			if re.Flags&syntax.FoldCase == 0 && (unicode.SimpleFold(r) != r || foldRune(r) != r) {
				return false
			}
			re.Rune[i] = foldRune(r)
		}
	case syntax.OpCharClass:
		// parsed under (?i), the class holds whole orbits; else it must
		// (as \s, \S or [가-힣] do)
		if re.Flags&syntax.FoldCase == 0 && !wholeOrbits(re.Rune) {
			return false
		}
	}
	re.Flags &^= syntax.FoldCase
	for _, s := range re.Sub {
		if !foldTree(s) {
			return false
		}
	}
	return true
}

// wholeOrbits reports whether a class (ranges lo, hi, …) holds, with every
// rune, its whole case-folding orbit. It looks at the class or at its
// complement (which is closed if the class is), whichever is smaller,
// and gives up (false) on classes of more than 100,000 runes both ways.
func wholeOrbits(ranges []rune) bool {
	in := func(r rune) bool {
		for i := 0; i < len(ranges); i += 2 {
			if ranges[i] <= r && r <= ranges[i+1] {
				return true
			}
		}
		return false
	}
	size := 0
	for i := 0; i < len(ranges); i += 2 {
		size += int(ranges[i+1]-ranges[i]) + 1
	}
	look, want := ranges, true    // look at the members
	if size > unicode.MaxRune/2 { // at the complement's
		look, want, size = nil, false, unicode.MaxRune+1-size
		next := rune(0)
		for i := 0; i < len(ranges); i += 2 {
			if ranges[i] > next {
				look = append(look, next, ranges[i]-1)
			}
			next = ranges[i+1] + 1
		}
		if next <= unicode.MaxRune {
			look = append(look, next, unicode.MaxRune)
		}
	}
	if size > 100000 {
		return false
	}
	for i := 0; i < len(look); i += 2 {
		for r := look[i]; r <= look[i+1]; r++ {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				if in(f) != want {
					return false
				}
			}
		}
	}
	return true
}

// foldRune is the member of r's case-folding orbit that stands for the
// orbit: a lower-case ASCII letter for the orbits with one (k for K, k
// and the Kelvin sign), else the orbit's smallest rune.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	if 0xAC00 <= r && r <= 0xD7A3 { // Hangul syllables have no case
		return r
	}
	m := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		m = min(m, f)
	}
	if 'A' <= m && m <= 'Z' {
		m += 'a' - 'A'
	}
	return m
}

// folded is a message as the patterns read it.
type folded struct {
	raw string
	// low is raw with every rune folded (foldRune), when ok; not ok:
	// raw has the Kelvin sign, the long s or bytes that are not UTF-8, and
	// the patterns run on raw with their (?i) form.
	low string
	ok  bool
}

func foldText(s string) folded {
	f := folded{raw: s, ok: true}
	ascii, upper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	switch {
	case ascii && !upper:
		f.low = s
	case ascii:
		f.low = strings.ToLower(s)
	case !utf8.ValidString(s):
		return folded{raw: s}
	default:
		var b strings.Builder
		b.Grow(len(s))
		for _, r := range s {
			if r == 0x17F || r == 0x212A {
				return folded{raw: s}
			}
			b.WriteRune(foldRune(r))
		}
		f.low = b.String()
	}
	return f
}

// match reports whether the pattern matches t (as (?i)pattern matches
// t.raw).
func (re *foldRegexp) match(t *folded) bool {
	re.ready()
	if re.fast == nil || !t.ok {
		return re.slow.MatchString(t.raw)
	}
	if !re.maybe(t.low) {
		return false
	}
	if re.branches != nil {
		for _, b := range re.branches {
			if b.maybe(t.low) && b.fast.MatchString(t.low) {
				return true
			}
		}
		return false
	}
	return re.fast.MatchString(t.low)
}

// count is the number of the pattern's non-overlapping matches in t (as
// len((?i)pattern.FindAllStringIndex(t.raw, -1))).
func (re *foldRegexp) count(t *folded) int {
	re.ready()
	if re.fast == nil || !t.ok {
		return len(re.slow.FindAllStringIndex(t.raw, -1))
	}
	if !re.maybe(t.low) {
		return 0
	}
	return len(re.fast.FindAllStringIndex(t.low, -1))
}

// maybe is the pre-filter: false when folded text s lacks every literal a
// match needs.
func (re *foldRegexp) maybe(s string) bool {
	if re.need == nil {
		return true
	}
	for _, n := range re.need {
		if strings.Contains(s, n) {
			return true
		}
	}
	return false
}

// requiredLiterals is a set of literals one of which every match of re
// contains, and ok; ok is false when re promises none (it can match
// without any literal, as with an optional part or a large class).
func requiredLiterals(re *syntax.Regexp) (need []string, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		// a small class is as good as its runes
		var need []string
		for i := 0; i < len(re.Rune); i += 2 {
			if len(need)+int(re.Rune[i+1]-re.Rune[i]) >= 20 {
				return nil, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				need = append(need, string(r))
			}
		}
		return need, len(need) > 0
	case syntax.OpCapture, syntax.OpPlus:
		return requiredLiterals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredLiterals(re.Sub[0])
		}
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			n, ok := requiredLiterals(s)
			if !ok {
				return nil, false
			}
			need = append(need, n...)
		}
		return need, true
	case syntax.OpConcat:
		// the part whose literals are the most telling: the longest
		// shortest literal, then the fewest literals
		best, shortest := []string(nil), 0
		for _, s := range re.Sub {
			n, ok := requiredLiterals(s)
			if !ok {
				continue
			}
			sh := len(n[0])
			for _, x := range n {
				sh = min(sh, len(x))
			}
			if best == nil || sh > shortest || sh == shortest && len(n) < len(best) {
				best, shortest = n, sh
			}
		}
		return best, best != nil
	}
	return nil, false
}

// rulesText is the message as the rules read it (collapseSpaces), folded.
func (d *doc) rulesText() *folded {
	c := collapseSpaces(d.t.raw)
	if c == d.t.raw {
		return &d.t
	}
	t := foldText(c)
	return &t
}
