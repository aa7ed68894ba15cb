package classroom

import "testing"

// TestUnd15cReactionIsNoClass: "반" inside another word (반응) names no
// class — a lesson's question about results stays the lesson's — while
// the class said as a word of its own does.
func TestUnd15cReactionIsNoClass(t *testing.T) {
	for x, want := range map[string]bool{"화학 반응의 결과는 뭐예요?": false, "명반응 결과물은?": false, "반 퀴즈 결과 보여줘": true,
		"우리 반 평균 점수": true, "what's the class average?": true, "단체 퀴즈 정답률": true} {
		if got := namesClass(x); got != want {
			t.Errorf("%q: names the class %v, want %v", x, got, want)
		}
	}
}
