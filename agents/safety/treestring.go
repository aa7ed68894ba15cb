package safety

import (
	"regexp/syntax"
	"strconv"
	"strings"
	"sync"
)

// treeString is re.String() for a tree foldTree has rewritten (no FoldCase
// flag left), without most of what String costs on the checkers'
// patterns. Since Go 1.22 String first walks the tree for the flags to
// print (regexp/syntax calcFlags), and for every character class it calls
// unicode.SimpleFold on each rune of the class between 'A' and the last
// rune with a case: 125,000 calls for every \S, [^…] or \w-like class,
// and the patterns hold hundreds of \S. That walk was 15 % of the demo
// server's start-up CPU (agents/safety's package init, in perf).
//
// The flags it looks for cannot matter here: a class only ever asks for
// (?i) to be off, and with every FoldCase flag cleared (?i) is never
// printed. So each large class is swapped, for the walk, with a
// one-rune literal no pattern uses (a private-use rune above every case
// orbit, which the walk skips and String prints as \x{…}); the literal's
// text is then replaced by the class's own text, printed once per
// distinct class and remembered. A one-rune literal and a class print
// alike in every context (no parentheses around either under a
// repetition, none in a concatenation), so the result is String's,
// byte for byte (TestTreeStringLikeString checks every package pattern).
func treeString(re *syntax.Regexp) string {
	var swapped []*syntax.Regexp
	var saved [][]rune
	ok := true
	var walk func(*syntax.Regexp)
	walk = func(n *syntax.Regexp) {
		switch n.Op {
		case syntax.OpLiteral:
			for _, r := range n.Rune {
				ok = ok && r < placeholderBase
			}
		case syntax.OpCharClass:
			if classSize(n.Rune) < largeClass {
				for _, r := range n.Rune {
					ok = ok && r < placeholderBase
				}
				break
			}
			saved = append(saved, n.Rune)
			swapped = append(swapped, n)
			n.Op, n.Rune = syntax.OpLiteral, []rune{placeholderBase + rune(len(swapped)-1)}
		}
		for _, s := range n.Sub {
			walk(s)
		}
	}
	walk(re)
	s := ""
	if ok && len(swapped) < placeholderCount {
		s = re.String()
	}
	for i, n := range swapped {
		n.Op, n.Rune = syntax.OpCharClass, saved[i]
	}
	if s == "" {
		return re.String()
	}
	for i := range swapped {
		s = strings.Replace(s, `\x{`+strconv.FormatInt(int64(placeholderBase)+int64(i), 16)+`}`, classString(saved[i]), 1)
	}
	return s
}

const (
	// placeholderBase starts supplementary private use area A: no case
	// orbit reaches it, and no built-in pattern names it (treeString
	// falls back to String if one does).
	placeholderBase  = 0xF0000
	placeholderCount = 0xFFFE
	// largeClass: a class of fewer runes costs String little
	largeClass = 256
)

// classSize is the number of runes in a class (ranges lo, hi, …).
func classSize(ranges []rune) int {
	n := 0
	for i := 0; i+1 < len(ranges); i += 2 {
		n += int(ranges[i+1]-ranges[i]) + 1
	}
	return n
}

var classText sync.Map // the ranges' numbers → the class as String prints it

// classString is String's text for a class on its own (flags none), once
// per distinct class.
func classString(ranges []rune) string {
	var k strings.Builder
	for _, r := range ranges {
		k.WriteString(strconv.Itoa(int(r)))
		k.WriteByte(',')
	}
	key := k.String()
	if v, ok := classText.Load(key); ok {
		return v.(string)
	}
	s := (&syntax.Regexp{Op: syntax.OpCharClass, Rune: ranges}).String()
	classText.Store(key, s)
	return s
}
