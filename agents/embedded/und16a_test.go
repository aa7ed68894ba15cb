package embedded

import (
	"slices"
	"testing"

	"github.com/madang-world/madang/skills/dialogue"
)

// TestUnd16aNamesListedWithOnly: Korean names listed with commas and
// closed by 만 or by who they are ("학생만") are people, the 이 of calling
// a name that ends in a consonant taken off; a list of other words is
// not. Our own sentences.
func TestUnd16aNamesListedWithOnly(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"지훈이, 유나, 예준이만 들어오는 퀴즈 시작해", []string{"지훈", "유나", "예준"}},
		{"박서윤, 최도현 학생만 참여하는 퀴즈 열어 줘", []string{"박서윤", "최도현"}},
		{"하람, 소율만 같이 푸는 퀴즈", []string{"하람", "소율"}},
	} {
		got := names(c.text)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: names %q, want %q among them", c.text, got, w)
			}
		}
	}
	for _, text := range []string{"사과, 배만 주세요", "3만원, 5만원 중에"} {
		if got := names(text); len(got) > 0 && !(len(got) == 0) {
			for _, n := range got {
				if n == "사과" || n == "배" {
					t.Errorf("%q: %q read as a person", text, n)
				}
			}
		}
	}
	if calledBare("민준이") != "민준" || calledBare("서아") != "서아" || calledBare("하은") != "하은" || calledBare("지아이") != "지아이" {
		t.Error("calledBare takes off only the 이 after a consonant")
	}
}

// TestUnd16aClauseReasonAndWish: the reason said before the thing is not
// searched for, and a clause that only wishes a quality adds it.
func TestUnd16aClauseReasonAndWish(t *testing.T) {
	goods := []dialogue.Entry{{Value: "goods", Words: []string{"우산", "텀블러", "장갑"}}}
	for _, c := range []struct{ text, want string }{
		{"비가 와서 우산 하나 사려고요. 파란색이면 좋겠어요", "우산 하나 사려고요 파란색"},
		{"캠핑 갈 때 쓸 텀블러 보여줘. 튼튼한 걸로", "쓸 텀블러 보여줘 튼튼한"},
		{"장갑 보여줘. 두번째 걸로", "장갑 보여줘"},
	} {
		if got := namingClause(c.text, goods); got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}

// TestUnd16aClauseColourBrand: a clause of a colour or a brand said with
// (으)로 adds it to the thing searched for.
func TestUnd16aClauseColourBrand(t *testing.T) {
	goods := []dialogue.Entry{{Value: "goods", Words: []string{"hoodie", "우산", "backpack"}}}
	for _, c := range []struct{ text, want string }{
		{"hoodie 있어요? 회색으로", "hoodie 있어요 회색"},
		{"backpack 있나요? 다온 브랜드로요", "backpack 있나요 다온 브랜드"},
		{"우산 있어요? 3만원 이하로", "우산 있어요"},
	} {
		if got := namingClause(c.text, goods); got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}
