package classroom_test

import "testing"

// A new user's trial of the tutor's quizzes (world clock Mon 2026-12-07
// 09:00 KST): "oxygen i think?" to "Which gas does photosynthesis
// produce? … 3) oxygen" read "Not quite: the answer is 3) oxygen" and
// lowered their mastery; "wait i said oxygen, thats the right answer!"
// read "Our lessons don't cover that"; "맨틀?" to question 1/3 was
// answered as a lesson question and the quiz was dropped ("2번" → "지금은
// 고를 목록이 없어요").

// TestTrial9HedgedAnswerIsGraded: a hedged answer is graded on its words.
func TestTrial9HedgedAnswerIsGraded(t *testing.T) {
	c := newTutorChat(t)
	r, _ := c.say("e", "give me a quiz on photosynthesis")
	wants(t, r, "1/3. In which part of the cell does photosynthesis take place?")
	r, _ = c.say("e", "mitochondria")
	wants(t, r, "Not quite: the answer is chloroplast.", "Which pair does photosynthesis need?")
	r, _ = c.say("e", "the second one")
	wants(t, r, "Correct!", "Which gas does photosynthesis produce?")
	r, _ = c.say("e", "oxygen i think?")
	wants(t, r, "Correct! Photosynthesis makes glucose and oxygen.", "Quiz done: 2 of 3 right.")
	lacks(t, r, "Not quite")
}

// TestTrial9ShortReplyStaysInQuiz: "맨틀?" to an open question is an
// answer (graded), and the quiz goes on.
func TestTrial9ShortReplyStaysInQuiz(t *testing.T) {
	c := newTutorChat(t)
	r, _ := c.say("k", "지진 퀴즈 내주세요")
	wants(t, r, "1/3. 지구 내부에서 액체 상태인 층은?")
	r, _ = c.say("k", "맨틀?")
	wants(t, r, "아쉬워요. 정답은 3번 외핵이에요.", "2/3.")
	lacks(t, r, "출처")
	r, _ = c.say("k", "외핵인가요?")
	lacks(t, r, "출처", "고를 목록이 없어요")
	wants(t, r, "3/3.")
}

// TestTrial9ProtestRechecks: "wait i said oxygen, thats the right
// answer!" after a grading re-checks the answer given: a wrong answer is
// said again with what was answered, not "not covered".
func TestTrial9ProtestRechecks(t *testing.T) {
	c := newTutorChat(t)
	c.say("p", "give me a quiz on photosynthesis")
	c.say("p", "chloroplast")
	c.say("p", "2")
	r, _ := c.say("p", "nitrogen")
	wants(t, r, "Not quite: the answer is 3) oxygen.")
	r, _ = c.say("p", "wait i said oxygen, thats the right answer!")
	lacks(t, r, "don't cover")
	wants(t, r, "You answered “nitrogen”", "3) oxygen")
	r, _ = c.say("p", "아니 내 답 맞잖아요!")
	lacks(t, r, "수업 자료에 없어서")
}

// TestTrial9FeedbackApartFromCounter: "정답이에요! 2x = 8, x = 4 2/3."
// read as the fraction 4⅔: the grading ends its sentence and the next
// question's counter starts a line of its own, in both languages.
func TestTrial9FeedbackApartFromCounter(t *testing.T) {
	c := newTutorChat(t)
	r, _ := c.say("k", "일차방정식 퀴즈 풀래요")
	wants(t, r, "1/3. 2x + 3 = 11의 해를 구하세요.")
	r, _ = c.say("k", "x=4 요")
	wants(t, r, "정답이에요! 2x = 8, x = 4.\n2/3. x - 5 = 2의 해를 구하세요.")
	lacks(t, r, "x = 4 2/3")
	r, _ = c.say("e", "quiz me on linear equations")
	wants(t, r, "1/3. Solve 2x + 3 = 11.")
	r, _ = c.say("e", "x = 4")
	wants(t, r, "Correct! 2x = 8, so x = 4.\n2/3.")
}

// TestTrial9QuizStaysOpen: a lesson question in the middle of the quiz is
// answered and the quiz goes on; the next answer is graded.
func TestTrial9QuizStaysOpen(t *testing.T) {
	c := newTutorChat(t)
	c.say("k", "지진 퀴즈 내주세요")
	r, _ := c.say("k", "지구 내부는 어떤 층으로 되어 있어요?")
	wants(t, r, "지각, 맨틀, 외핵, 내핵", "퀴즈로 돌아갈게요. 1/3. 지구 내부에서 액체 상태인 층은?")
	r, _ = c.say("k", "3번")
	wants(t, r, "정답이에요!", "2/3.")
	lacks(t, r, "고를 목록이 없어요")
}
