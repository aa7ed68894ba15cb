package embedded

import (
	"slices"
	"testing"
)

// TestUnd17aNamesNotClauses: a word before 하고 that takes an object's
// particle ("면담을 하고") and a clause's end listed before a comma
// ("옮기고 싶은데요, 민수 씨랑") are no one's names; the people are.
func TestUnd17aNamesNotClauses(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"하나 씨랑 면담을 하고 싶은데 언제 시간 되는지 봐 줄래요?", []string{"하나"}},
		{"팀 회의 시간 좀 옮기고 싶은데요, 민수 씨랑 지영 씨도 들어오는 거요", []string{"민수", "지영"}},
		{"보고를 하고 나서 지영이랑 보자", []string{"지영"}},
		{"점심을하고 싶은데 준호하고 내일 되나", []string{"준호"}},
		{"운동을 하고 싶은데, 은지 님한테 물어봐 줘", []string{"은지"}},
	} {
		got := names(c.text)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: names %q, want %q", c.text, got, c.want)
		}
	}
}
