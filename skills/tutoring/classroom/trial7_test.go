package classroom_test

import (
	"strings"
	"testing"

	"github.com/madang-world/madang/protocol"
)

// A new user's trial of the tutor's quizzes and progress, in Korean and
// English, as the student reads it: "몰라 패스" was graded wrong
// ("아쉬워요"), "experiance" was wrong, the second question showed no
// choices and no word on how to answer, mastery read 9 % after 1/3 right
// and after 0/3, nothing was to review after wrong answers, and English
// progress listed Korean lesson names.

func hasHangul(s string) bool {
	return strings.ContainsFunc(s, func(c rune) bool { return c >= 0xAC00 && c <= 0xD7A3 })
}

func wants(t *testing.T, got string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(got, w) {
			t.Fatalf("reply %q lacks %q", got, w)
		}
	}
}

// shortCard: the card of a short-answer question shows the question, says
// under it to type the answer, and offers no choices.
func shortCard(t *testing.T, card protocol.Card, prompt, hint string) {
	t.Helper()
	if card.Kind != protocol.CardQuiz || len(card.Items) != 1 || card.Items[0].Title != prompt || card.Items[0].Subtitle != hint {
		t.Fatalf("card %+v, want one item %q saying %q", card, prompt, hint)
	}
}

// TestTrial7QuizKorean: a Korean quiz with a pass, a right answer and a
// misspelt right one; mastery and review as the student reads them.
func TestTrial7QuizKorean(t *testing.T) {
	c := newTutorChat(t)
	r, _ := c.say("k1", "현재완료 퀴즈 내줘")
	wants(t, r, "1/3. 빈칸에 알맞은 말은? She ___ eaten lunch. 1) have 2) has 3) is 4) did")
	r, card := c.say("k1", "1번")
	wants(t, r, "아쉬워요. 정답은 2번 has예요.", "2/3. 현재완료는 have/has 뒤에 동사의 어떤 형태를 쓰나요? (답을 직접 써 주세요)")
	shortCard(t, card, "현재완료는 have/has 뒤에 동사의 어떤 형태를 쓰나요?", "(답을 직접 써 주세요)")
	r, _ = c.say("k1", "몰라 패스")
	wants(t, r, "넘어갈게요. 정답은 과거분사예요. 현재완료는 have/has + 과거분사예요.\n3/3.")
	r, _ = c.say("k1", "1번")
	wants(t, r, "정답이에요!", "퀴즈 끝! 3문제 중 1개 맞혔어요. 이 단원 전체로 보면 숙달도는 7%예요.")
	r, _ = c.say("k1", "내 진도 알려줘")
	wants(t, r, "영어 문법: 현재완료 7% (복습할 문제 2개)", "아직 시작하지 않은 단원: 지진과 화산, ")
	if strings.Contains(r, " · ") {
		t.Errorf("Korean progress names lessons in both languages: %q", r)
	}

	// Other ways to pass, and a slip of one jamo in a right answer.
	r, _ = c.say("k2", "현재완료 퀴즈 내줘")
	wants(t, r, "1/3")
	r, _ = c.say("k2", "모르겠어요")
	wants(t, r, "넘어갈게요. 정답은 2번 has예요.", "2/3")
	r, _ = c.say("k2", "과거분사")
	wants(t, r, "정답이에요!", "3/3")
	r, _ = c.say("k2", "경엄")
	wants(t, r, `정답이에요! 철자만 살짝 달라요. 바른 철자는 "경험"이에요.`, "3문제 중 2개 맞혔어요. 이 단원 전체로 보면 숙달도는 14%예요.")
}

// TestTrial7QuizEnglish: the English quizzes of the trial: a misspelt
// right answer, three wrong answers, and English progress.
func TestTrial7QuizEnglish(t *testing.T) {
	c := newTutorChat(t)
	r, _ := c.say("e1", "quiz me on the present perfect")
	wants(t, r, "1/3. Fill in the blank: She ___ eaten lunch.")
	r, card := c.say("e1", "have")
	wants(t, r, "Not quite: the answer is 2) has.", "2/3. Which form of the verb follows have/has in the present perfect? (Type your answer)")
	shortCard(t, card, "Which form of the verb follows have/has in the present perfect?", "(Type your answer)")
	r, _ = c.say("e1", "i dont know")
	wants(t, r, "Skipped: the answer is past participle.", "3/3")
	r, _ = c.say("e1", "experiance")
	wants(t, r, `Correct! Just a small spelling slip: it's spelled "experience".`, "Quiz done: 1 of 3 right. Across the whole lesson, your mastery is 7%.")

	r, _ = c.say("e2", "quiz me on earthquakes")
	wants(t, r, "1/3. Which layer of the Earth is liquid?")
	r, card = c.say("e2", "x")
	wants(t, r, "Not quite: the answer is 3) the outer core.", "2/3. Which layer makes up about 80 % of the Earth's volume? (Type your answer)")
	shortCard(t, card, "Which layer makes up about 80 % of the Earth's volume?", "(Type your answer)")
	c.say("e2", "y")
	r, _ = c.say("e2", "z")
	wants(t, r, "Quiz done: 0 of 3 right. Across the whole lesson, your mastery is 0%.")
	r, _ = c.say("e2", "show my progress")
	wants(t, r, "Earthquakes and Volcanoes 0% (3 to review)", "Not started yet: ", "English Grammar: The Present Perfect.")
	if hasHangul(r) {
		t.Errorf("English progress in Korean: %q", r)
	}
}
