package classroom_test

import (
	"strings"
	"testing"
)

// A new user's trial (notes: trial 10, items 6 and 11).

// TestFix10cHangulWhyFollowUp: after the Hunminjeongeum answer, "why did
// he make it? couldnt people already write?" was refused by the safety
// checker as discrimination. The lesson says why (ordinary people could
// not read the Chinese characters): the student reads that, never a
// refusal.
func TestFix10cHangulWhyFollowUp(t *testing.T) {
	c := guardedTutor(t)
	c.say("u", "When was Hunminjeongeum created?")
	got, _ := c.say("u", "why did he make it? couldnt people already write?")
	lacks(t, got, "Sorry, I can't help", "stay safe")
	wants(t, got, "could not read the difficult Chinese characters")
}

// TestFix10cWhyHangul: "why did King Sejong create Hangul?" is answered
// with the lesson's reason, in both languages.
func TestFix10cWhyHangul(t *testing.T) {
	c := guardedTutor(t)
	got, _ := c.say("e", "why did King Sejong create Hangul?")
	wants(t, got, "could not read the difficult Chinese characters")
	got, _ = c.say("k", "세종대왕은 왜 한글을 만들었어요?")
	wants(t, got, "어려운 한자를 몰라서")
}

// TestFix10cAskedQuestion: the tutor answers the question asked, from
// the lesson that says it.
func TestFix10cAskedQuestion(t *testing.T) {
	for _, tc := range []struct {
		name       string
		turns      []string
		want, lack []string
	}{
		{"when-used", []string{"현재완료는 언제 써요?"}, []string{"과거에 일어난 일이 현재와 이어져 있을 때 써요"}, nil},
		{"correction", []string{"현재완료는 어떻게 만들어요?", "아니 형태 말고 언제 쓰는지요"}, []string{"과거에 일어난 일이 현재와 이어져 있을 때 써요"}, nil},
		{"sejong-did", []string{"세종대왕은 뭐 했어요?"}, []string{"집현전을 키워"}, []string{"수업 자료에 없어서"}},
		{"sejong-achievements", []string{"세종의 업적 알려주세요"}, []string{"집현전을 키워", "농사직설"}, []string{"수업 자료에 없어서"}},
		{"annyeong-meaning", []string{"안녕하세요 뜻이 뭐예요? 아무한테나 써도 돼요?"}, []string{"누구에게나 쓸 수 있는 정중한 인사"}, nil},
		{"check-solution", []string{"3(x-2)=x+4 는요? 제가 풀어봤는데 x=5 맞아요?"}, []string{"x = 5", "맞아요"}, nil},
		{"check-wrong", []string{"3(x-2)=x+4 풀었는데 x=4 맞아요?"}, []string{"아쉽지만 x = 4는 답이 아니에요", "답: x = 5"}, nil},
		{"check-en", []string{"I solved 2x+3=11 and got x=4, is that right?"}, []string{"Yes, that's right: x = 4", "Answer: x = 4"}, nil},
		{"simpler", []string{"When was Hunminjeongeum created?", "Explain it more simply? with another example please"}, []string{"King Sejong created Hunminjeongeum"}, []string{"don't cover"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := guardedTutor(t)
			got := ""
			for _, turn := range tc.turns {
				got, _ = c.say("u", turn)
			}
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("reply %q lacks %q", got, w)
				}
			}
			for _, w := range tc.lack {
				if strings.Contains(got, w) {
					t.Errorf("reply %q says %q", got, w)
				}
			}
		})
	}
}
