package embedded

import "testing"

// TestAlternatives: a tool's "A or B or C" reads in English as "A, B or C"
// — the "or" kept — and in Korean as a list the template closes with 중.
func TestAlternatives(t *testing.T) {
	for _, c := range []struct{ in, lang, want string }{
		{"Minsu Kim or Minsu Park", "en", "Minsu Kim or Minsu Park"},
		{"Minsu Kim or Minsu Park or Minsu Lee", "en", "Minsu Kim, Minsu Park or Minsu Lee"},
		{"김민수 or 박민수", "ko", "김민수, 박민수"},
		{"Hana Cho", "en", "Hana Cho"},
	} {
		if got := alternatives(c.in, c.lang); got != c.want {
			t.Errorf("alternatives(%q, %s) = %q, want %q", c.in, c.lang, got, c.want)
		}
	}
}
