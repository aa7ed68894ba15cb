package classroom_test

import "testing"

// TestSimplerIsNotARepeat: "쉽게 설명해줘" / "explain it simply" after an
// answer — a question's or a lesson section's — gives the lesson's own
// example (or its one-line summary), never the answer's first sentence
// again, and never "not covered".
func TestSimplerIsNotARepeat(t *testing.T) {
	c := newTutorChat(t)
	for _, x := range []struct{ user, ask, simpler, want, first string }{
		{"k1", "현재완료 설명해줘", "쉽게 설명해줘",
			"예로 보면 쉬워요. 예를 들어 \"I have finished my homework.\"(나는 숙제를 끝냈어요), \"She has eaten lunch.\"(그녀는 점심을 먹었어요)처럼 써요.",
			"현재완료는 \"have/has + 과거분사\"의 형태로 써요."},
		{"k4", "현재완료 수업해줘", "쉽게 설명해줘", // a lesson section taught (tutor_lesson)
			"예로 보면 쉬워요. 예를 들어 \"I have finished my homework.\"", "현재완료는 \"have/has + 과거분사\"의 형태로 써요."},
		{"k2", "현재완료는 어떻게 만들어요?", "더 쉽게 설명해 줘",
			"예로 보면 쉬워요. 예를 들어 \"I have finished my homework.\"", ""},
		{"e1", "explain the present perfect", "can you explain it more simply?",
			"An example makes it easier. For example: \"I have finished my homework.\" and \"She has eaten lunch.\"", ""},
		{"k3", "광합성이 뭐예요?", "좀더 쉽게 설명해줄수있어?",
			"한눈에 보면: 광합성을 식으로 나타내면 \"물 + 이산화 탄소 → (빛에너지, 엽록체) → 포도당 + 산소\"예요.", ""},
		{"e2", "what is photosynthesis?", "explain it simply",
			"At a glance: As an equation: water + carbon dioxide → (light energy, chloroplast) → glucose + oxygen.", ""},
	} {
		c.say(x.user, x.ask)
		r, _ := c.say(x.user, x.simpler)
		wants(t, r, x.want)
		lacks(t, r, "수업 자료에 없어서", "don't cover")
		if x.first != "" {
			lacks(t, r, x.first)
		}
	}
}
