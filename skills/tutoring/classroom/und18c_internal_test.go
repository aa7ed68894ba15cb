package classroom

import (
	"slices"
	"testing"
)

// TestUnd18cStudents: a lesson's word read as a name ("지진" of "지진과
// 화산", "King" of "King Sejong") is no student.
func TestUnd18cStudents(t *testing.T) {
	for _, c := range []struct {
		text        string
		named, want []string
	}{
		{"민지, 현우, 유나만 지진과 화산 클래스 퀴즈", []string{"지진", "민지", "현우", "유나"}, []string{"민지", "현우", "유나"}},
		{"class quiz for Tom and Ana on King Sejong", []string{"Tom", "Ana", "King"}, []string{"Tom", "Ana"}},
		{"광합성 퀴즈 서진이랑 도하만", []string{"서진", "도하"}, []string{"서진", "도하"}},
	} {
		if got := und18cStudents(c.text, c.named); !slices.Equal(got, c.want) {
			t.Errorf("%q: students %v, want %v", c.text, got, c.want)
		}
	}
}
