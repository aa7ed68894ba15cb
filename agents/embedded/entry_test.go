package embedded

import "testing"

// "6명 회식할 데" read 회 (sashimi) from 회식 (a team dinner), and the search
// became a seafood one: a one-syllable Korean word of a gazetteer is a
// word of its own.
func TestOneSyllableEntryIsAWord(t *testing.T) {
	for text, want := range map[string]bool{
		"강남에서 6명 회식할 데": false,
		"내일 회의 끝나고":     false,
		"회사 근처":         false,
		"회 먹고 싶어":       true,
		"저녁에 회랑 술":      true,
		"오늘은 회":         true,
	} {
		if got := containsEntry(text, "회"); got != want {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
	if !containsEntry("고깃집 찾아줘", "고깃집") || !containsEntry("italian place", "italian") {
		t.Error("longer words are found as before")
	}
}
