package embedded

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// Go's regexp can skip ahead only to a literal prefix, which a pattern
// led by an alternation or a group does not have, so a pattern that
// cannot match a text still tries it at every position. The party
// readers (koPartyListed, adultsAndChildren, koCompany, koBareCount) run
// such patterns on every text a user says — a quiz answer such as "산소"
// included — and they were 4–5 % of a tutor turn's CPU (BenchmarkTurn500,
// perf19 in docs/performance.md).
//
// A reGate is computed from a pattern's own syntax tree: a set of strings
// of which every match of the pattern contains at least one. A text that
// contains none of them cannot match, and the pattern is not run on it.
// Since the gate is derived from the compiled pattern when the package
// starts, a pattern changed later gets its gate changed with it; a
// pattern whose matches need no particular string gets no gate (may
// always says yes). TestReGateSoundPerf19 checks the derivation on random
// patterns and texts, TestReGatesPerf19 the patterns gated here.
type reGate struct {
	any []gateLit // nil: no gate
}

// gateLit is a string a match must contain, compared exactly, or with
// ASCII letters in either case (fold; s is lower case then).
type gateLit struct {
	s    string
	fold bool
}

// may reports whether re could match text: false only if text contains
// none of the strings every match contains.
func (g reGate) may(text string) bool {
	if g.any == nil {
		return true
	}
	for _, l := range g.any {
		if l.fold && containsFoldASCII(text, l.s) || !l.fold && strings.Contains(text, l.s) {
			return true
		}
	}
	return false
}

// gateOf derives re's gate.
func gateOf(re *regexp.Regexp) reGate {
	t, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return reGate{}
	}
	in := gateInfo(t.Simplify())
	return reGate{any: in.need()}
}

// maxExact bounds the sets of exact strings carried up the tree.
const maxExact = 32

// reInfo is what is known of a subexpression's matches: exact, when not
// nil, every string it can match (case-sensitive); req, when not nil,
// strings of which each match contains one.
type reInfo struct {
	exact []string
	req   []gateLit
}

// need is what every match must contain: req, or exact when it holds no
// empty string.
func (in reInfo) need() []gateLit {
	if in.exact != nil {
		var ls []gateLit
		for _, s := range in.exact {
			if s == "" {
				return in.req
			}
			ls = append(ls, gateLit{s: s})
		}
		return ls
	}
	return in.req
}

// score ranks a set of required strings: the shortest string's length in
// bytes (longer is rarer), fewer strings first among equals.
func score(ls []gateLit) (int, int) {
	if ls == nil {
		return -1, 0
	}
	short := -1
	for _, l := range ls {
		if short < 0 || len(l.s) < short {
			short = len(l.s)
		}
	}
	return short, -len(ls)
}

func better(a, b []gateLit) []gateLit {
	sa, na := score(a)
	sb, nb := score(b)
	if sa > sb || sa == sb && na >= nb {
		return a
	}
	return b
}

func gateInfo(re *syntax.Regexp) reInfo {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return reInfo{exact: []string{""}}
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase == 0 {
			return reInfo{exact: []string{string(re.Rune)}}
		}
		return reInfo{req: foldPiece(re.Rune)}
	case syntax.OpCharClass:
		n := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			n += int(re.Rune[i+1]-re.Rune[i]) + 1
		}
		if n == 0 || n > 10 {
			return reInfo{}
		}
		var ex []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if !utf8.ValidRune(r) {
					return reInfo{}
				}
				ex = append(ex, string(r))
			}
		}
		return reInfo{exact: ex}
	case syntax.OpCapture:
		return gateInfo(re.Sub[0])
	case syntax.OpConcat:
		return concatInfo(re.Sub)
	case syntax.OpAlternate:
		// Exact: the union of the branches' exact sets, when each has
		// one. Required: the union of what each branch requires, when
		// each requires something.
		var out reInfo
		exact, req := true, true
		for _, sub := range re.Sub {
			in := gateInfo(sub)
			if exact && in.exact != nil && len(out.exact)+len(in.exact) <= maxExact {
				out.exact = append(out.exact, in.exact...)
			} else {
				exact = false
			}
			if r := in.need(); req && r != nil {
				out.req = append(out.req, r...)
			} else {
				req = false
			}
		}
		if !exact {
			out.exact = nil
		}
		if !req {
			out.req = nil
		}
		return out
	case syntax.OpQuest:
		in := gateInfo(re.Sub[0])
		if in.exact != nil && len(in.exact) < maxExact {
			return reInfo{exact: append([]string{""}, in.exact...)}
		}
		return reInfo{}
	case syntax.OpPlus:
		return reInfo{req: gateInfo(re.Sub[0]).need()}
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return reInfo{req: gateInfo(re.Sub[0]).need()}
		}
		return reInfo{}
	}
	return reInfo{} // any character, a star, a large class: nothing known
}

// concatInfo: a run of subexpressions with exact sets makes the exact
// set of their concatenations (while it stays small); every such run's
// set, and every subexpression's own requirement, is a requirement of the
// whole, and the best one is kept.
func concatInfo(subs []*syntax.Regexp) reInfo {
	cur := []string{""}
	var best []gateLit
	allExact := true
	flush := func() {
		var ls []gateLit
		for _, s := range cur {
			if s == "" {
				ls = nil
				break
			}
			ls = append(ls, gateLit{s: s})
		}
		if ls != nil {
			best = better(best, ls)
		}
		cur = []string{""}
	}
	for _, sub := range subs {
		in := gateInfo(sub)
		if in.exact != nil && len(cur)*len(in.exact) <= maxExact {
			next := make([]string, 0, len(cur)*len(in.exact))
			for _, a := range cur {
				for _, b := range in.exact {
					next = append(next, a+b)
				}
			}
			cur = next
			continue
		}
		allExact = false
		flush()
		if in.exact != nil {
			cur = in.exact // a new run starts with it
			continue
		}
		if r := in.need(); r != nil {
			best = better(best, r)
		}
	}
	if allExact {
		return reInfo{exact: cur}
	}
	flush()
	return reInfo{req: best}
}

// foldPiece is what a case-folded literal's matches must contain: its
// longest run of ASCII letters and digits other than k and s (k and s
// also match the Kelvin sign and the long s), in lower case; nil if the
// literal has a non-ASCII rune or no such run.
func foldPiece(rs []rune) []gateLit {
	best, cur := "", []byte{}
	for _, r := range rs {
		if r >= utf8.RuneSelf {
			return nil
		}
		c := byte(r)
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c == 'k' || c == 's' {
			cur = cur[:0]
			continue
		}
		cur = append(cur, c)
		if len(cur) > len(best) {
			best = string(cur)
		}
	}
	if best == "" {
		return nil
	}
	return []gateLit{{s: best, fold: true}}
}

// containsFoldASCII reports whether text contains lower (lower-case
// ASCII) with its ASCII letters in either case.
func containsFoldASCII(text, lower string) bool {
	n := len(lower)
	for i := 0; i+n <= len(text); i++ {
		j := 0
		for ; j < n; j++ {
			c := text[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != lower[j] {
				break
			}
		}
		if j == n {
			return true
		}
	}
	return false
}

// The gates of the party readers' patterns (company.go, entities.go).
var (
	koMemberGate = gateOf(koMemberRe)
	partyKoGate  = gateOf(partyKoRe)
	partyEnGate  = gateOf(partyEnRe)
	koWithGate   = gateOf(koWithRe)
	koBareGate   = gateOf(koBareRe)
)
