package intent

import "testing"

// TestExpandChat: chat spellings are written out word by word and
// everything else stays as written; single letters (variables) and words
// inside others are not touched.
func TestExpandChat(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"wat does chlorophyll do", "what does chlorophyll do"},
		{"Wut is magma?", "what is magma?"},
		{"how do plants make food pls", "how do plants make food please"},
		{"solve for r in 2r + 3 = 7", "solve for r in 2r + 3 = 7"},
		{"What does King Sejong's science mean?", "What does King Sejong's science mean?"},
		{"what's a watt", "what's a watt"},
	} {
		if got := ExpandChat(c.in); got != c.want {
			t.Errorf("ExpandChat(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
