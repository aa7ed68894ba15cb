package embedded

import "testing"

// TestUnd16cBareFollowUp: a short follow-up naming only what changes —
// a place to keep to ("only in X", "X에서만요") — is a bare follow-up; a
// request with a verb of its own is not.
func TestUnd16cBareFollowUp(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"강남은요?", true},
		{"just in Jongno please", true},
		{"only in haeundae", true},
		{"in Gangnam only", true},
		{"종로에서만요", true},
		{"해운대 쪽으로만 보여줘", true},
		{"book it in gangnam only if it's free", false},
		{"only the first one", false},
		{"강남에서 저녁 7시에 예약해줘", false},
	} {
		if got := bareFollowUp(c.text); got != c.want {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}
