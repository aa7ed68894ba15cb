package classroom_test

import "testing"

// TestTrial9WeatherIsNotTheRainGauge: a question about the weather or the
// rain is never answered from the lesson's sentence on the rain gauge
// (측우기), which says what measured rain in Sejong's time, not whether it
// rains (dev set post7): a cited sentence answers what was asked.
func TestTrial9WeatherIsNotTheRainGauge(t *testing.T) {
	c := newTutorChat(t)
	for _, q := range []string{"is it going to rain tomorrow?", "is it going to rain this weekend", "will it rain in Seoul on Saturday?", "does it rain a lot in Korea?", "how much rain did Seoul get yesterday?", "what should I wear if it rains?", "what's the weather like today?", "how much rain falls in Korea in summer?", "why does it rain?"} {
		r, _ := c.say("e", q)
		lacks(t, r, "rain gauge", "Source")
	}
	for _, q := range []string{"내일 비 와요?", "내일 비 온대요?", "주말에 비 많이 와요?", "어제 서울에 비가 얼마나 왔어요?", "비 오면 우산 챙겨야 해요?", "오늘 강수량이 얼마예요?", "오늘 날씨 어때요?", "비는 왜 와요?", "우리나라 여름에 비가 얼마나 와요?", "장마는 언제 시작해요?"} {
		r, _ := c.say("k", q)
		lacks(t, r, "측우기", "출처")
	}
	r, _ := c.say("k", "측우기는 누가 만들었어요?")
	wants(t, r, "측우기")
}
