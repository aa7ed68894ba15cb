package agents

import (
	"math/rand"
	"strings"
	"testing"
)

// TestFactGates: a fact rule's regexp runs only on a text its gate lets
// through (factRule.need); no text the gate refuses may match it, or a
// fact said would be missed. Over facts as people say them and over
// random texts built from the rules' own words.
func TestFactGates(t *testing.T) {
	said := []string{
		"저는 비건이에요", "저 비건이고", "i'm vegan", "I am a vegan", "전 채식해요", "저는 고기를 안 먹어요", "저 채식주의자예요",
		"i don't eat meat", "I'm vegetarian", "땅콩 알레르기가 있어요", "allergic to peanuts", "예산은 50만원", "budget is about 500,000",
		"한식 정말 좋아해", "italian food is my favourite", "i really love korean", "저는 초급이에요", "i'm a beginner", "제가 중급",
		"엽록체", "2번", "산소", "광합성 퀴즈 내줘", "채식 식당 찾아줘", "\u212a", "ſ",
	}
	words := []string{" ", ",", ".", "!", "?", "저는", "전", "나는", "난", "제가", "내가", "제", "저", "비건", "완전 채식", "채식", "이고",
		"이에요", "예요", "해요", "채식주의자", "고기를", "고기", "안 먹", "못 먹", "i'm", "I am", "a", "vegan", "vegetarian", "i don't eat meat",
		"땅콩", "알레르기가", "알레르기", "있", "allergic to", "예산은", "예산", "50", "만", "원", "budget", "is", "of", "about", "₩", "500,000",
		"이탈리안", "한식", "해산물", "음식을", "요리", "정말", "가장", "좋아해", "좋아요", "좋아합니다", "italian", "food", "is my favorite",
		"lover", "i love", "really", "초급", "초보", "중급", "고급", "beginner", "advanced", "\u212a", "ſ", "1", "엽록체", "산소", "퀴즈"}
	r := rand.New(rand.NewSource(22))
	texts := append([]string(nil), said...)
	for range 100000 {
		var b strings.Builder
		for n := 1 + r.Intn(6); n > 0; n-- {
			b.WriteString(words[r.Intn(len(words))])
			if r.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	passed := make([]int, len(factRules))
	for _, s := range texts {
		for i := range factRules {
			fr := &factRules[i]
			if fr.may(s) {
				passed[i]++
			} else if fr.re.MatchString(s) {
				t.Errorf("the %s rule (%d) matches %q, which its gate refuses", fr.key, i, s)
			}
		}
	}
	for i, n := range passed {
		if n == 0 || n == len(texts) {
			t.Errorf("rule %d: the gate let %d of %d texts through", i, n, len(texts))
		}
	}
}
