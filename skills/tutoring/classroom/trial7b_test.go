package classroom_test

import "testing"

// A new user's trial of the tutor's quizzes (notes: trial 7b): "the outer
// core", the option's own words, read "Not quite: the answer is 3) the
// outer core"; "stop this quiz please", "can we stop the quiz?" ("Yes, go
// ahead", and the quiz went on), "quiz me on earthquakes again" and "지진
// 퀴즈 내주세요" in the middle of a quiz were graded as answers; "pretty
// sure it's oxygen" dropped the quiz, and "probably 3" then started
// another.

// TestTrial7bOptionWordsAreRight: the words of the right option are
// right, with or without its article, hedged or in a sentence; another
// option's words are wrong.
func TestTrial7bOptionWordsAreRight(t *testing.T) {
	c := newTutorChat(t)
	r, _ := c.say("e", "quiz me on earthquakes")
	wants(t, r, "1/3. Which layer of the Earth is liquid?")
	r, _ = c.say("e", "the outer core")
	wants(t, r, "Correct! The outer core is liquid")
	lacks(t, r, "Not quite")

	c = newTutorChat(t)
	c.say("f", "quiz me on earthquakes")
	r, _ = c.say("f", "maybe the outer core?")
	wants(t, r, "Correct!")

	c = newTutorChat(t)
	c.say("g", "quiz me on earthquakes")
	r, _ = c.say("g", "the inner core")
	wants(t, r, "Not quite: the answer is 3) the outer core.")
}

// TestTrial7bStopQuiz: a request to stop ends the quiz with the score so
// far, in both languages; the next words are not graded.
func TestTrial7bStopQuiz(t *testing.T) {
	c := newTutorChat(t)
	c.say("e", "quiz me on earthquakes")
	r, _ := c.say("e", "the outer core")
	wants(t, r, "Correct!", "2/3.")
	r, _ = c.say("e", "stop this quiz please")
	wants(t, r, "Quiz stopped: 1 of 1 right so far.")
	lacks(t, r, "Not quite", "3/3.")

	c.say("e", "quiz me on earthquakes")
	r, _ = c.say("e", "can we stop the quiz? i want to ask something")
	wants(t, r, "Quiz stopped: 0 of 0 right so far.")
	lacks(t, r, "go ahead")

	r, _ = c.say("k", "지진 퀴즈 내주세요")
	wants(t, r, "1/3. 지구 내부에서 액체 상태인 층은?")
	r, _ = c.say("k", "외핵")
	wants(t, r, "정답이에요!")
	r, _ = c.say("k", "퀴즈 그만할래요")
	wants(t, r, "퀴즈를 그만할게요. 지금까지 1문제 중 1개 맞혔어요.")
	lacks(t, r, "아쉬워요")
}

// TestTrial7bNewQuizInAQuiz: asking for a quiz in the middle of one
// starts it, in place of the one under way, not graded as an answer.
func TestTrial7bNewQuizInAQuiz(t *testing.T) {
	c := newTutorChat(t)
	r, _ := c.say("e", "photosynthesis quiz please")
	wants(t, r, "Quiz time! 1/3.")
	r, _ = c.say("e", "quiz me on earthquakes again")
	wants(t, r, "Quiz time! 1/3. Which layer of the Earth is liquid?")
	lacks(t, r, "Not quite")

	r, _ = c.say("k", "광합성 퀴즈 내주세요")
	wants(t, r, "1/3.")
	r, _ = c.say("k", "지진 퀴즈 내주세요")
	wants(t, r, "퀴즈를 시작할게요! 1/3. 지구 내부에서 액체 상태인 층은?")
	lacks(t, r, "아쉬워요")
}

// TestTrial7bHedgedStatementKeepsQuiz: "pretty sure it's oxygen" is an
// answer, graded; "ok back to the quiz: chemical energy I suppose" names
// the right option.
func TestTrial7bHedgedStatementKeepsQuiz(t *testing.T) {
	c := newTutorChat(t)
	c.say("e", "give me a quiz on photosynthesis")
	c.say("e", "mitochondria")
	r, _ := c.say("e", "the second one")
	wants(t, r, "Which gas does photosynthesis produce?")
	r, _ = c.say("e", "pretty sure it's oxygen")
	wants(t, r, "Correct! Photosynthesis makes glucose and oxygen.", "Quiz done: 2 of 3 right.")
	lacks(t, r, "don't cover")
}

// TestTrial7bGuessWithNoQuestion: "probably 3" when no quiz question is
// open says so; it does not start a quiz.
func TestTrial7bGuessWithNoQuestion(t *testing.T) {
	c := newTutorChat(t)
	c.say("e", "give me a quiz on photosynthesis")
	c.say("e", "stop the quiz")
	r, _ := c.say("e", "probably 3")
	lacks(t, r, "Quiz time!", "1/3.")
	wants(t, r, "There's no quiz question open right now.")
}
