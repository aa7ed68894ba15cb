package tutoring

import "testing"

func TestUnd16cInterjectionLead(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"잠깐 근데 광합성은 어디서 일어나요?", "광합성은 어디서 일어나요?"},
		{"잠깐만요, 엽록체가 뭐예요?", "엽록체가 뭐예요?"},
		{"아 참 선생님 질문이요 지진은 왜 일어나요?", "지진은 왜 일어나요?"},
		{"어디서 광합성이 일어나요?", "어디서 광합성이 일어나요?"},
		{"아이스크림은 왜 녹아요?", "아이스크림은 왜 녹아요?"},
		{"참외는 과일이에요?", "참외는 과일이에요?"},
		{"hold on, where does photosynthesis happen?", "where does photosynthesis happen?"},
		{"wait, what's a variable?", "what's a variable?"},
		{"sorry quick question: what is magma?", "what is magma?"},
		{"ohm's law?", "ohm's law?"},
		{"butterflies?", "butterflies?"},
	} {
		if got := interjectionLead.ReplaceAllString(c.in, ""); got != c.want {
			t.Errorf("%q → %q, want %q", c.in, got, c.want)
		}
	}
}
