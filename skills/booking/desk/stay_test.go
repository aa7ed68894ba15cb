package desk

import "testing"

// TestShiftDays: how many days a request moves a stay by, in both
// languages; a text that moves nothing is 0.
func TestShiftDays(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"체크인을 하루 늦춰줘", 1},
		{"호텔 체크인 이틀 미뤄 주세요", 2},
		{"숙소 하루 당겨줄 수 있어?", -1},
		{"체크인 2일 늦출게요", 2},
		{"can you push my hotel check-in back a day?", 1},
		{"move my check-in 2 days later", 2},
		{"check in a day earlier please", -1},
		{"체크인 몇 시야?", 0},
		{"호텔 예약 취소해줘", 0},
	} {
		if got := shiftDays(c.text); got != c.want {
			t.Errorf("%q: %d, want %d", c.text, got, c.want)
		}
	}
}
