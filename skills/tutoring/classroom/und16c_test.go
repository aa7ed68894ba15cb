package classroom_test

import "testing"

// TestUnd16cQuestionDuringOwnQuiz (a new user's trial, round 16): a
// question that breaks into the student's own quiz ("잠깐 근데 광합성은
// 어디서 일어나요?", "wait what is a variable", with or without a question
// mark) is answered from the lessons, the quiz's question is asked again,
// and the next answer is graded — the question never is.
func TestUnd16cQuestionDuringOwnQuiz(t *testing.T) {
	for _, c := range []struct{ start, q, answer, back, graded string }{
		{"일차방정식 퀴즈 내줘", "잠깐 근데 광합성은 어디서 일어나요?", "엽록체", "퀴즈로 돌아갈게요. 1/3", "정답"},
		{"일차방정식 퀴즈 내줘", "잠깐만요 근데 지진은 왜 일어나요", "암석", "퀴즈로 돌아갈게요. 1/3", "정답"},
		{"quiz me on linear equations", "wait, where does photosynthesis happen?", "chloroplast", "Back to the quiz: 1/3", "Correct"},
		{"quiz me on linear equations", "hold on what is a variable", "", "Back to the quiz: 1/3", "Correct"},
	} {
		k := newTutorChat(t)
		k.say("u", c.start)
		r, _ := k.say("u", c.q)
		wants(t, r, c.answer, c.back)
		lacks(t, r, "정답이에요", "오답", "Correct", "Not quite", "2/3")
		r, _ = k.say("u", "4")
		wants(t, r, c.graded, "2/3")
	}
}

// TestUnd16cQuestionDuringClassQuiz: the same in a class quiz — the
// student's question is answered, the class quiz's question asked again
// with its card, and the student's next answer graded.
func TestUnd16cQuestionDuringClassQuiz(t *testing.T) {
	for _, c := range []struct{ start, q, answer, back string }{
		{"반 전체 일차방정식 퀴즈 시작해줘", "잠깐 근데 광합성은 어디서 일어나요?", "엽록체", "퀴즈로 돌아갈게요. 1/3"},
		{"start a class quiz on linear equations", "wait, where does photosynthesis happen?", "chloroplast", "Back to the quiz: 1/3"},
	} {
		k := newClassChat(t, "a", "b")
		k.say("a", c.start)
		r, card := k.say("b", c.q)
		wants(t, r, c.answer, c.back)
		lacks(t, r, "Correct", "정답!", "Not quite", "2/3")
		if card.Kind != "quiz" {
			t.Fatalf("%q: card %+v, want the quiz's question again", c.q, card)
		}
		r, _ = k.say("b", "4")
		wants(t, r, "2/3")
	}
}

// TestUnd16cAnswersStillGraded: answers in the quiz's words — hedged, a
// choice, a recalled word — are still answers.
func TestUnd16cAnswersStillGraded(t *testing.T) {
	for _, c := range []struct{ start, a string }{
		{"광합성 퀴즈 풀래요", "엽록체인가요?"},
		{"광합성 퀴즈 풀래요", "음 뭐더라, 엽록체?"},
		{"quiz me on photosynthesis", "um, chloroplast?"},
	} {
		k := newTutorChat(t)
		k.say("u", c.start)
		r, _ := k.say("u", c.a)
		wants(t, r, "2/3")
	}
}

// TestUnd16cErrandIsNotALesson (post15's out_of_scope): an errand asked
// of the tutor — a book into the cart, a table booked — is not her work,
// whatever lesson its words name; a question about such things is still
// a lesson question.
func TestUnd16cErrandIsNotALesson(t *testing.T) {
	for _, c := range []struct{ x, want string }{
		{"한국어 회화책 장바구니에 담아 주세요", "퀴즈 내줘"},
		{"put a math workbook in my cart", "give me a quiz"},
		{"book me a table for two tonight", "give me a quiz"},
	} {
		k := newTutorChat(t)
		r, _ := k.say("u", c.x)
		wants(t, r, c.want) // what she does, not a lesson
		lacks(t, r, "출처", "Source:", "1/3")
	}
	k := newTutorChat(t)
	r, _ := k.say("u", "식당에서 음식 주문할 때 한국어로 뭐라고 해요?")
	lacks(t, r, "도와드릴 수 없는")
}
