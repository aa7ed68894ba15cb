package agents

import "testing"

// TestNextLang: a reply without letters keeps the conversation's language.
func TestNextLang(t *testing.T) {
	for _, c := range []struct{ prev, text, want string }{
		{"ko", "2", "ko"},
		{"ko", "19:00", "ko"},
		{"ko", "👍", "ko"},
		{"en", "2", "en"},
		{"", "2", "en"},
		{"en", "두 명", "ko"},
		{"ko", "two", "en"},
		{"ko", "ㅇㅇ", "ko"},
		{"ko", "x=4", "ko"}, // an equation is no English (trial 8)
		{"ko", "2x + 6", "ko"},
		{"en", "x=4", "en"},
		{"ko", "ok", "en"},
	} {
		if got := nextLang(c.prev, c.text); got != c.want {
			t.Errorf("nextLang(%q, %q) = %q, want %q", c.prev, c.text, got, c.want)
		}
	}
}
