package server_test

import (
	"strings"
	"testing"

	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/skills/skilltest"
)

// TestTutorQuizTrial: a new user's trial of the tutor over the WebSocket
// (fixed clock), in Korean and English: "몰라 패스" was graded wrong, the
// second question showed no choices and no word on how to answer it,
// "experiance" was wrong, mastery read 9 % after 1/3 right and after 0/3,
// nothing was to review, English progress had Korean lesson names, and
// "how do u solve 3x+5=20" got the lesson's example.
func TestTutorQuizTrial(t *testing.T) {
	ts := newAvatarServer(t, "", skilltest.NewClock(skilltest.Start))
	k, e := newBot(t, ts, "민지"), newBot(t, ts, "Sam")
	k.join(t, "classroom")
	e.join(t, "classroom")
	tutor := avatarIn(t, k, "tutor")

	has(t, talk(t, k, tutor, "현재완료 퀴즈 내줘", false).text(), "1/3. 빈칸에 알맞은 말은?")
	r := talk(t, k, tutor, "1번", false)
	has(t, r.text(), "아쉬워요. 정답은 2번 has예요.", "2/3. 현재완료는 have/has 뒤에 동사의 어떤 형태를 쓰나요? (답을 직접 써 주세요)")
	if len(r.cards) == 0 || r.cards[0].Kind != protocol.CardQuiz || len(r.cards[0].Items) != 1 || r.cards[0].Items[0].Subtitle != "(답을 직접 써 주세요)" {
		t.Fatalf("short-answer card %+v", r.cards)
	}
	has(t, talk(t, k, tutor, "몰라 패스", false).text(), "넘어갈게요. 정답은 과거분사예요.", "3/3")
	has(t, talk(t, k, tutor, "1번", false).text(), "정답이에요!", "3문제 중 1개 맞혔어요. 이 단원 전체로 보면 숙달도는 7%예요.")
	has(t, talk(t, k, tutor, "내 진도 알려줘", false).text(), "영어 문법: 현재완료 7% (복습할 문제 2개)")

	has(t, talk(t, e, tutor, "quiz me on the present perfect", false).text(), "1/3. Fill in the blank")
	has(t, talk(t, e, tutor, "have", false).text(), "Not quite", "(Type your answer)")
	has(t, talk(t, e, tutor, "no idea", false).text(), "Skipped: the answer is past participle.")
	has(t, talk(t, e, tutor, "experiance", false).text(), `Correct! Just a small spelling slip: it's spelled "experience".`, "Across the whole lesson, your mastery is 7%.")
	has(t, talk(t, e, tutor, "quiz me on earthquakes", false).text(), "1/3")
	for _, a := range []string{"x", "y", "z"} {
		r = talk(t, e, tutor, a, false)
	}
	has(t, r.text(), "Quiz done: 0 of 3 right. Across the whole lesson, your mastery is 0%.")
	r = talk(t, e, tutor, "show my progress", false)
	has(t, r.text(), "Earthquakes and Volcanoes 0% (3 to review)", "English Grammar: The Present Perfect 7% (2 to review)")
	if strings.ContainsFunc(r.text(), func(c rune) bool { return c >= 0xAC00 && c <= 0xD7A3 }) {
		t.Fatalf("English progress in Korean: %q", r.text())
	}
	has(t, talk(t, e, tutor, "how do u solve 3x+5=20", false).text(), "Divide both sides by 3: x = 5. Answer: x = 5.", "(Source: Mathematics · Middle school · Linear Equations § Solving a linear equation)")
	has(t, talk(t, k, tutor, "2x-3=7 이거 어떻게풀어", false).text(), "양변을 2로 나누면 x = 5예요. 답: x = 5", "(출처: 중학교 수학 · 일차방정식 § 일차방정식의 풀이)")
}
