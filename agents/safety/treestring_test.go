package safety

import (
	"regexp/syntax"
	"testing"
)

// TestTreeStringLikeString: the folded tree of every package-level
// pattern, and of each branch of the long alternations, prints as
// regexp/syntax's String prints it, so the fast patterns compile from the
// same text as before treeString.
func TestTreeStringLikeString(t *testing.T) {
	srcs := []string{
		`(?i)\S*a[^b]\s?\w+(?:x|[^가-힣])`,
		`(?i)(?s:.)\S+[^\x{f0000}]`, // a class naming a placeholder rune
		`^\S{2,}$`,
	}
	for _, re := range builtinPatterns() {
		srcs = append(srcs, re.slow.String())
	}
	n := 0
	for _, src := range srcs {
		tree, err := syntax.Parse(src, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if !foldTree(tree) {
			continue
		}
		trees := []*syntax.Regexp{tree}
		if tree.Op == syntax.OpAlternate {
			trees = append(trees, tree.Sub...)
		}
		for _, re := range trees {
			if got, want := treeString(re), re.String(); got != want {
				t.Fatalf("pattern %.80q:\ntreeString %.200q\nString     %.200q", src, got, want)
			}
			n++
		}
	}
	if n < 100 {
		t.Fatalf("only %d trees compared", n)
	}
}
