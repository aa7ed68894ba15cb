package classroom_test

import (
	"testing"

	"github.com/madang-world/madang/avatars"
)

// TestUnd18cLessonAskedFor: a lesson asked to be taught, started, studied
// or gone through by name — in either language, with the lesson's own
// name or a word of it — is that lesson (its first part is read out), not
// a question to the lessons; a real question stays one.
func TestUnd18cLessonAskedFor(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"teach us the present perfect", "How to form the present perfect"},
		{"can we begin the photosynthesis lesson", "What photosynthesis is"},
		{"I want to study linear equations today", "Equations and solutions"},
		{"let's go through the Korean basics unit", "Greetings"},
		{"ok start the earthquakes and volcanoes lesson pls", "Inside the Earth"},
		{"지진과 화산 공부하고 싶어요", "지구의 내부 구조"},
		{"세종대왕 수업 시작해 주세요", "조선의 건국"},
		{"현재완료 배워 볼래요", "현재완료의 형태"},
		{"Photosynthesis 레슨 시작할게요", "광합성이란"},
		{"일차방정식 강의 들을래요", "방정식과 해"},
		{"can you go over the properties of equality with me", "Properties of equality"},
		{"이항 섹션 같이 읽어요", "이항"},
	} {
		k := newTutorChat(t)
		r, _ := k.say("u", c.text)
		wants(t, r, c.want)
		lacks(t, r, "don't cover", "자료에 없어")
	}
	for _, c := range []struct{ text, bad string }{
		{"How do I order one coffee in Korean?", "인사하기:"},
		{"teach me why volcanoes erupt", "지구의 내부 구조:"},
		{"광합성은 왜 낮에만 일어나요?", "광합성이란:"},
		{"let me review what I missed on photosynthesis", "광합성이란:"},
	} {
		k := newTutorChat(t)
		r, _ := k.say("u", c.text)
		lacks(t, r, c.bad)
	}
}

// TestUnd18cSectionJump: in a lesson, a part named to jump to is that
// part.
func TestUnd18cSectionJump(t *testing.T) {
	for _, c := range []struct{ first, text, want string }{
		{"teach me about earthquakes and volcanoes", "skip ahead to the plates section", "Plates and where earthquakes happen"},
		{"지진과 화산 수업 해 주세요", "화산 부분으로 넘어가요", "화산"},
		{"photosynthesis lesson please", "go straight to the respiration part", "Photosynthesis and respiration"},
		{"광합성 수업 시작해요", "호흡 파트부터 해 주세요", "광합성과 호흡"},
	} {
		k := newTutorChat(t)
		k.say("u", c.first)
		r, _ := k.say("u", c.text)
		wants(t, r, c.want)
		lacks(t, r, "don't cover", "자료에 없어", "고를 목록이 없어요")
	}
}

// TestUnd18cLessonPicked: after the list of lessons, one chosen by its
// place or its name is that lesson taught.
func TestUnd18cLessonPicked(t *testing.T) {
	for _, c := range []struct{ first, text, want string }{
		{"What lessons do you have?", "the fourth one please", "Equations and solutions"},
		{"what can I study here", "let's do the photosynthesis one", "What photosynthesis is"},
		{"수업 뭐 있어요?", "광합성 그걸로 할게요", "광합성이란"},
		{"어떤 수업 들을 수 있어요?", "두 번째 거 할래요", "조선의 건국"},
		{"list the lessons", "ok start the last lesson", "How to form the present perfect"},
	} {
		k := newTutorChat(t)
		k.say("u", c.first)
		r, _ := k.say("u", c.text)
		wants(t, r, c.want)
		lacks(t, r, "no list", "고를 목록이 없어요")
	}
}

// TestUnd18cQuizTopicAfter: "quiz me" with no lesson starts a quiz on the
// tutor's choice; the lesson said right after is what the quiz is on —
// started again on it, not graded as an answer.
func TestUnd18cQuizTopicAfter(t *testing.T) {
	for _, c := range []struct{ first, text, want string }{
		{"quiz me", "about volcanoes", "Quiz"},
		{"give me a quiz", "on the present perfect please", "Quiz"},
		{"test me", "photosynthesis", "Quiz"},
	} {
		k := newTutorChat(t)
		k.say("u", c.first)
		r, _ := k.say("u", c.text)
		wants(t, r, c.want, "1/")
		lacks(t, r, "Correct", "Not quite", "answer is")
	}
	// An answer to the quiz is still graded.
	k := newTutorChat(t)
	k.say("u", "quiz me")
	r, _ := k.say("u", "2")
	lacks(t, r, "Quiz time")
}

// TestUnd18cClassQuizWords: a quiz for the whole class asked for in
// other words than "quiz", or with the students named, starts the class
// quiz; the lesson said right after a class quiz started with none
// starts it again on that lesson.
func TestUnd18cClassQuizWords(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"let's have everyone in the room answer 4 questions on photosynthesis", "Class quiz started"},
		{"group quiz on volcanoes for Mia, Leo and Sam", "Class quiz started"},
		{"모든 학생에게 일차방정식 세 문제 냅시다", "반 전체 퀴즈를 시작했어요"},
		{"수업 끝나기 전에 교실 전체 한국어 기초 퀴즈 두 문제 갑시다", "반 전체 퀴즈를 시작했어요"},
		{"지수, 태오, 하린이만 참여하는 광합성 퀴즈 시작", "반 전체 퀴즈를 시작했어요"},
	} {
		k := newClassChat(t, "a", "b")
		r, _ := k.say("a", c.text)
		wants(t, r, c.want)
	}
	for _, c := range []struct{ first, text, want string }{
		{"start a quiz for the whole class", "on the present perfect, 4 questions", "Class quiz started"},
		{"반 전체 퀴즈 시작할게요", "광합성으로요", "반 전체 퀴즈를 시작했어요"},
	} {
		k := newClassChat(t, "a", "b")
		k.say("a", c.first)
		r, _ := k.say("a", c.text)
		wants(t, r, c.want)
		lacks(t, r, "Correct", "Not quite", "정답이에요", "아쉬워요")
	}
}

// TestUnd18cGreeting: a greeting with a borrowed word or a nickname
// greets; it raises no hand.
func TestUnd18cGreeting(t *testing.T) {
	var tutor *avatars.Avatar
	for _, a := range avatars.Campus() {
		if a.ID == "tutor" {
			tutor = a
		}
	}
	if tutor == nil {
		t.Fatal("no tutor avatar")
	}
	for _, c := range []struct{ text, lang string }{
		{"쌤 굿모닝!!", "ko"},
		{"선생님 하이요~", "ko"},
		{"좋은 아침이에요 선생님", "ko"},
		{"morning Ms. Hana", "en"},
		{"heyyy teacher", "en"},
	} {
		k := newTutorChat(t)
		r, _ := k.say("u", c.text)
		wants(t, r, tutor.Greeting(c.lang))
		lacks(t, r, "go ahead", "말씀하세요", "I see your hand", "손 드신")
	}
}

// TestUnd18cRecord: the student's record asked for by a document's or a
// measure's name is their progress.
func TestUnd18cRecord(t *testing.T) {
	for _, text := range []string{
		"제 성적표 보여 주세요",
		"학습 기록 좀 볼 수 있을까요",
		"show me my grades",
		"my stats please",
	} {
		k := newTutorChat(t)
		r, _ := k.say("u", text)
		wants(t, r, "0%")
	}
}

// TestUnd18cHelpAndSuggestions: how to use the tutor asked, with no
// lesson named, is help; questions to ask asked for are suggested — not
// a question to the lessons; "X 어떻게 써요?" of a thing stays a question.
func TestUnd18cHelpAndSuggestions(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"이거 어떻게 사용해요?", "퀴즈 내줘"},
		{"선생님 이용 방법 좀 알려 주세요", "퀴즈 내줘"},
		{"how do I use this?", "quiz"},
		{"sorry, how does this work", "quiz"},
		{"any starter questions you'd suggest?", "could ask"},
		{"어떤 질문부터 하면 좋을지 추천 좀 해 주세요", "이런 걸 물어보세요"},
	} {
		k := newTutorChat(t)
		r, _ := k.say("u", c.text)
		wants(t, r, c.want)
		lacks(t, r, "(출처:", "(Source:")
	}
	k := newTutorChat(t)
	r, _ := k.say("u", "since는 어떻게 써요?")
	lacks(t, r, "퀴즈 내줘")
}

// TestUnd18cQuizOnLesson: a quiz (or questions) asked for on a lesson is
// a quiz, however much the lesson's name sounds like the lesson; a
// solution given as an equation during it is an answer, graded.
func TestUnd18cQuizOnLesson(t *testing.T) {
	for _, text := range []string{
		"I'd like a quiz on linear equations",
		"give me a photosynthesis question",
		"ask me a few questions on volcanoes",
	} {
		k := newTutorChat(t)
		r, _ := k.say("u", text)
		wants(t, r, "1/")
		lacks(t, r, "방정식과 해:", "광합성이란:", "지구의 내부 구조:")
	}
	for _, answer := range []string{"x = 3", "i think x=-2"} {
		k := newTutorChat(t)
		k.say("u", "quiz me on linear equations")
		r, _ := k.say("u", answer)
		wants(t, r, "2/3")
		lacks(t, r, "(Source:")
	}
}

// TestUnd18cClassAverage: the class quiz's results asked about ("what's
// the class average on this quiz?") are its results — with none running,
// said so — never the end of anything.
func TestUnd18cClassAverage(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"what's the class average on this quiz?", "There's no class quiz running"},
		{"how are the class's scores looking", "There's no class quiz running"},
	} {
		k := newClassChat(t, "a", "b")
		r, _ := k.say("a", c.text)
		wants(t, r, c.want)
	}
}
