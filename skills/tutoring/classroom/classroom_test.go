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
		// A question word with its "is" ("who's", "how's") asks.
		{"who's ahead?", "", false},
		{"how's everyone doing", "", false},
	} {
		if got := answersQuiz(c.text, c.intent); got != c.want {
			t.Errorf("answersQuiz(%q, %q) = %v, want %v", c.text, c.intent, got, c.want)
		}
	}
}

// TestClassAnswerSaid: an answer handed in for the class quiz by name is
// read as one, with the answer itself, whether or not a quiz runs (when
// none does the student is told so); questions and starts are not answers.
func TestClassAnswerSaid(t *testing.T) {
	for _, c := range []struct{ text, answer string }{
		{"반 퀴즈 답 3번이요", ""},
		{"클래스 퀴즈 정답 광합성으로 낼게요", "광합성"},
		{"반 퀴즈 답은 세종대왕이요", "세종대왕"},
		{"학급 퀴즈 정답 4 제출할게요", ""},
		{"my answer for the class quiz is C", "C"},
		{"class quiz answer: magma", "magma"},
		{"my answer to the class quiz is the mantle.", "the mantle"},
	} {
		if !saysClassAnswer(c.text) {
			t.Errorf("saysClassAnswer(%q) = false, want true", c.text)
		}
		if c.answer != "" {
			if got := namedAnswer(c.text); got != c.answer {
				t.Errorf("namedAnswer(%q) = %q, want %q", c.text, got, c.answer)
			}
		}
	}
	for _, text := range []string{
		"반 퀴즈 시작해 주세요",
		"start a class quiz on volcanoes",
		"반 퀴즈 정답 뭐였어?",
		"what was the answer to the class quiz",
		"class quiz results please",
		"my answer is 3", // no class named: the running quiz's path reads it
		"저녁 7시 반에 퀴즈 답 맞춰볼래",
	} {
		if saysClassAnswer(text) {
			t.Errorf("saysClassAnswer(%q) = true, want false", text)
		}
	}
}

// TestAsksStandings: who is ahead in the quiz, in either language; an
// answer is not.
func TestAsksStandings(t *testing.T) {
	for text, want := range map[string]bool{
		"who is in the lead": true, "who's on top?": true, "leaderboard": true, "show the standings": true,
		"지금 누가 이기고 있어요?": true, "순위 알려줘": true, "지금 1등 누구야": true,
		"x = 4": false, "the third one": false, "엽록체": false, "who was King Sejong": false,
	} {
		if got := asksStandings(text); got != want {
			t.Errorf("asksStandings(%q) = %v, want %v", text, got, want)
		}
	}
}
