package followup

import "testing"

// TestAsksMore: only a whole message asking for more, polite or not, goes
// on with the last answer; questions that merely contain the words do not.
func TestAsksMore(t *testing.T) {
	for _, s := range []string{"자세히", "더 자세히", "자세히요", "자세히 알려 주세요", "자세히 말해 줘", "더 알려줘", "더 알려주세요", "더 설명해 줘", "더 설명해 주세요", "좀 더", "좀 더요!",
		"more", "Tell me more.", "more please", "please go on", "explain more", " Go on "} {
		if !AsksMore(s) {
			t.Errorf("AsksMore(%q) = false", s)
		}
	}
	for _, s := range []string{"지진에 대해 더 알려줘", "tell me more about volcanoes", "more than 3", "규모", "더 싼 건 없어?", "what is photosynthesis?", ""} {
		if AsksMore(s) {
			t.Errorf("AsksMore(%q) = true", s)
		}
	}
}
