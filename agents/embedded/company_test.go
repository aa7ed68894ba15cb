package embedded

import "testing"

// TestEnCompany: a party said by who comes is counted, the one asking
// once; people met, not brought, are no party.
func TestEnCompany(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"a table for me + a coworker tomorrow at 1", 2},
		{"the two of them plus me, sunday at noon", 3},
		{"dinner for my parents and me on friday", 3},
		{"me, my sister and 2 friends", 4},
		{"bbq with my parents saturday 6pm", 3},
		{"my boss and I need lunch near city hall", 2},
		{"the three of us and my cousin", 4},
		{"me and my two kids", 3},
		{"a quiet place for my wife, our daughter and me", 3},
		{"italian in hongdae at 7", 0},
		{"move the meeting with Minsu and Hana to friday", 0},
		{"I need a table at 7", 0},
		{"dinner with my wife and kids Saturday at 7", 0},
		{"me, my sister and some friends", 0},
	} {
		if got := enCompany(c.text); got != c.want {
			t.Errorf("enCompany(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
