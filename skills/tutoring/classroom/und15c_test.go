package classroom_test

import "testing"

// A new user's trial of the running campus (und15c, issue 18): "반 퀴즈
// 같이 하자 나랑 지영이랑 세종대왕으로" — a class quiz on a topic, with a
// classmate — was taken for a question to the lessons ("the lessons don't
// cover that"). It starts the class quiz on that lesson for the two.
func TestUnd15cClassQuizWithClassmatesOnATopic(t *testing.T) {
	for _, c := range []struct{ me, mate, text, want, first string }{
		{"나", "지영", "반 퀴즈 같이 하자 나랑 지영이랑 세종대왕으로", "반 전체 퀴즈를 시작했어요! 2명", "조선을 세운"},
		{"Liam", "Mina", "let's do a class quiz with Mina and me on sejong", "for 2 students", "Joseon"},
	} {
		k := newClassChat(t, c.me, c.mate, "민호")
		r, _ := k.say(c.me, c.text)
		wants(t, r, c.want, c.first)
	}
	// A question about class quizzes still asks (it starts none).
	k := newClassChat(t, "나", "지영")
	r, _ := k.say("나", "반 퀴즈는 어떻게 해요?")
	lacks(t, r, "시작했어요")
}

// A new user's trial: "선생님 도와주세요" — a student asking for help and
// naming nothing to help with — was answered "네, 말씀하세요." as a raised
// hand. It gets what the tutor can do, with questions to try; help with a
// topic is still the topic's answer, and a raised hand is still one.
func TestUnd15cHelpGetsWhatTheTutorDoes(t *testing.T) {
	for _, x := range []string{"선생님 도와주세요", "쌤 저 좀 도와줄래요?", "도움이 필요해요"} {
		c := newTutorChat(t)
		r, _ := c.say("u", x)
		wants(t, r, "광합성이 뭐야?", "퀴즈 내줘")
	}
	for _, x := range []string{"teacher, help me please", "I need some help"} {
		c := newTutorChat(t)
		r, _ := c.say("u", x)
		wants(t, r, "give me a quiz", "what is photosynthesis?")
	}
	k := newClassChat(t, "나", "지영")
	r, _ := k.say("나", "선생님 도와주세요")
	wants(t, r, "광합성이 뭐야?")
	r, _ = k.say("지영", "선생님 질문 있어요")
	lacks(t, r, "광합성이 뭐야?")
	c := newTutorChat(t)
	r, _ = c.say("u", "광합성 숙제 도와주세요")
	wants(t, r, "광합성은")
}

// TestUnd15cAskedByNameIsNotALessonQuestion (issue 18, the weakest
// intents of post14): where to begin, how well the student does and the
// class quiz's results, asked by name, are what they ask for — the
// lessons' retrieval found words in them and answered a lesson instead
// (or the student's own progress, for "단체 퀴즈 정답률").
func TestUnd15cAskedByNameIsNotALessonQuestion(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"어디서부터 손대야 할지 모르겠어요", "이런 걸 물어보세요"},
		{"no idea what to ask, any ideas?", "You could ask"},
		{"지금까지 제가 얼마나 잘하고 있는지 궁금해요", "단원 6개"},
		{"what's the average for the class so far?", "no class quiz running"},
		{"can I see the live results?", "no class quiz running"},
		{"단체 퀴즈 평균 점수 알려줘", "진행 중인 반 퀴즈가 없어요"},
		{"애들 결과 실시간으로 보고 싶어요", "진행 중인 반 퀴즈가 없어요"},
	} {
		k := newClassChat(t, "나", "지영")
		r, _ := k.say("나", c.text)
		wants(t, r, c.want)
	}
	// With the class quiz running, the results are its standings.
	k := newClassChat(t, "나", "지영")
	k.say("나", "반 전체 광합성 퀴즈 시작해 주세요")
	r, _ := k.say("나", "단체 퀴즈 정답률 알려주세요")
	lacks(t, r, "진행 중인 반 퀴즈가 없어요", "단원 6개")
}
