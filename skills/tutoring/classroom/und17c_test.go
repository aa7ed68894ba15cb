package classroom_test

import "testing"

// TestUnd17cOwnRecord: the student's own record asked in words of its
// own kind — how they did, what they keep getting wrong, whether they are
// getting better — is their progress, not a question to the lessons.
func TestUnd17cOwnRecord(t *testing.T) {
	for _, text := range []string{
		"so how did I do in the end?",
		"what do i keep getting wrong",
		"which questions did I miss?",
		"am I getting better at equations?",
		"how many have I gotten right so far",
		"제가 뭘 자주 틀렸어요?",
		"저 지금까지 몇 개 맞혔어요?",
		"저 실력 좀 늘었나요?",
	} {
		k := newTutorChat(t)
		r, _ := k.say("u", text)
		wants(t, r, "0%")
	}
}

// TestUnd17cOthersAnswered: who else has answered, or the live scores, is
// the class quiz's results — with none running, said so; never the
// asker's own progress.
func TestUnd17cOthersAnswered(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"who's answered already?", "There's no class quiz running"},
		{"how many students have submitted?", "There's no class quiz running"},
		{"show the live standings", "There's no class quiz running"},
		{"실시간 순위 좀 보여 주세요", "진행 중인 반 퀴즈가 없어요"},
		{"누가 벌써 답했어요?", "진행 중인 반 퀴즈가 없어요"},
	} {
		k := newTutorChat(t)
		r, _ := k.say("u", c.text)
		wants(t, r, c.want)
		lacks(t, r, "0%")
	}
}

// TestUnd17cWhatToAsk: not knowing what to ask wants questions suggested.
func TestUnd17cWhatToAsk(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"any good starter questions about volcanoes?", "ask"},
		{"I have no idea what I should ask about the present perfect", "ask"},
		{"지진에 대해 어떤 질문을 하면 좋을지 모르겠어요, 추천 좀", "물어보"},
		{"세종대왕 관련해서 물어볼 만한 거 있어요?", "물어보"},
	} {
		k := newTutorChat(t)
		r, _ := k.say("u", c.text)
		wants(t, r, c.want)
		lacks(t, r, "don't cover", "자료에 없어")
	}
}

// TestUnd17cTeachMe: "teach me <lesson>" as a request is the lesson (its
// first section is read out); "how to make …" asked of it stays a
// question.
func TestUnd17cTeachMe(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		// (to an English reader in English: fix18, trial18 e6/e14 read
		// an English user's first lesson line in Korean)
		{"Please teach me linear equations.", "Equations and solutions"},
		{"can you teach me about photosynthesis", "hotosynthesis"},
		{"현재완료 가르쳐 주세요", "현재완료"},
	} {
		k := newTutorChat(t)
		r, _ := k.say("u", c.text)
		wants(t, r, c.want)
		lacks(t, r, "don't cover", "자료에 없어")
	}
}

// TestUnd17cClassQuizProposed: a quiz for the class proposed to everyone
// ("다 같이 … 풀어 봅시다") starts a class quiz, whatever the opening.
func TestUnd17cClassQuizProposed(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"수업 끝나기 전에 다 같이 광합성 퀴즈 두 문제 풀어 봅시다", "반 전체 퀴즈를 시작했어요"},
		{"shall we all do a quick earthquake quiz together before the bell?", "Class quiz started"},
	} {
		k := newClassChat(t, "a", "b")
		r, _ := k.say("a", c.text)
		wants(t, r, c.want)
	}
}
