package classroom

import "testing"

// TestAnswersQuiz: on a class quiz's roster, answers are graded and
// everything else is not. The intents are what the tutor's classifier
// made of each text when this was written ("" when below minP): answers
// it takes for questions ("엽록체") and questions it takes for nothing.
// server/classquiz_test.go asks some of them over the real WebSocket.
func TestAnswersQuiz(t *testing.T) {
	for _, c := range []struct {
		text, intent string
		want         bool
	}{
		// Answers, however the classifier reads them.
		{"x = 4", "out_of_scope", true},
		{"3번", "out_of_scope", true},
		{"엽록체", "tutor_ask", true},
		{"chloroplast", "tutor_ask", true},
		{"세종대왕", "tutor_lesson", true},
		{"엽록체?", "tutor_ask", true}, // hesitant
		{"the third one", "", true},
		{"I think it is x equals nine", "", true},
		{"양변에 같은 수를 더한다", "out_of_scope", true},
		// Questions and requests.
		{"how many letters did the original Korean alphabet have?", "", false},
		{"how many letters did the original Korean alphabet have", "", false},
		{"훈민정음은 처음에 몇 글자였어요", "tutor_ask", false},
		{"광합성 설명해줘", "tutor_lesson", false},
		{"explain photosynthesis", "tutor_ask", false},
		{"What is photosynthesis?", "tutor_ask", false},
		{"how am I doing", "tutor_progress", false},
		{"진도 보여줘", "tutor_progress", false},
		{"내 성적", "tutor_progress", false},
		{"thanks", "thanks", false},
		{"help", "help", false},
		{"I still don't get why plants need light?", "", false},
		{"I would like to learn about the Joseon dynasty please", "tutor_lesson", false},
	} {
		if got := answersQuiz(c.text, c.intent); got != c.want {
			t.Errorf("answersQuiz(%q, %q) = %v, want %v", c.text, c.intent, got, c.want)
		}
	}
}
