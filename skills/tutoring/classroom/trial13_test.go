package classroom_test

import "testing"

// A new user's trial (notes: trial 13): "그거 영어로 설명해 줄래" after
// "더 자세히" said the first answer in English, not the rest just told,
// and the English reply was tagged lang=ko.
func TestTrial13InEnglishAfterMore(t *testing.T) {
	c := newTutorChat(t)
	c.say("u", "지진은 왜 일어나?")
	r, _ := c.say("u", "더 자세히")
	wants(t, r, "진원")
	r, _ = c.say("u", "그거 영어로 설명해 줄래")
	wants(t, r, "focus", "(Source:")
	lacks(t, r, "suddenly break")
	c.out.mu.Lock()
	lang := c.out.langs["u"]
	c.out.mu.Unlock()
	if lang != "en" {
		t.Fatalf("the English reply was tagged lang=%q", lang)
	}
	r, _ = c.say("u", "광합성이 뭐에요?")
	wants(t, r, "광합성은")
	c.out.mu.Lock()
	lang = c.out.langs["u"]
	c.out.mu.Unlock()
	if lang != "ko" {
		t.Fatalf("a Korean reply was tagged lang=%q", lang)
	}
}

// TestTrial13MoreDuringQuiz: "더 알려줘" / "more" while a quiz question
// waits says what the student can do and asks the question again, rather
// than "There's no answer to go on with yet."
func TestTrial13MoreDuringQuiz(t *testing.T) {
	c := newTutorChat(t)
	r, _ := c.say("u", "광합성 퀴즈 내줘")
	wants(t, r, "1/3.")
	r, _ = c.say("u", "더 알려줘")
	lacks(t, r, "이어서 설명할 답이 없어요", "아쉬워요", "정답")
	wants(t, r, "힌트", "1/3.")
	r, _ = c.say("u", "more")
	lacks(t, r, "no answer to go on with", "Not quite")
	wants(t, r, "hint", "1/3.")
}

// TestTrial13QuizAsksWhichLesson: "퀴즈 내줘" from a Korean student with
// no lesson named or recent asks which lesson, naming them, rather than
// starting the Korean-for-foreigners quiz; the lesson named next starts
// its quiz. After a lesson question, the quiz is on that lesson.
func TestTrial13QuizAsksWhichLesson(t *testing.T) {
	c := newTutorChat(t)
	r, card := c.say("u", "퀴즈 내줘")
	wants(t, r, "어느 수업", "광합성", "지진과 화산")
	lacks(t, r, "1/3", "처음 만난 사람")
	if card.Kind == "quiz" {
		t.Fatalf("a quiz card was shown: %+v", card)
	}
	r, _ = c.say("u", "광합성이요")
	wants(t, r, "1/3.")
	lacks(t, r, "처음 만난 사람", "안녕")

	c2 := newTutorChat(t)
	c2.say("v", "지진은 왜 일어나?")
	r, _ = c2.say("v", "퀴즈 내줘")
	wants(t, r, "1/3.")
	lacks(t, r, "어느 수업", "안녕")
}

// TestTrial13QuizOnTheSecondLesson: "quiz me on the second lesson" after
// the list of lessons quizzes the second lesson of that list.
func TestTrial13QuizOnTheSecondLesson(t *testing.T) {
	c := newTutorChat(t)
	r, _ := c.say("u", "what lessons do you have?")
	wants(t, r, "Earthquakes and Volcanoes, 조선의 건국과 세종의 업적 · Early Joseon and King Sejong")
	r, _ = c.say("u", "Can you quiz me on the second lesson?")
	wants(t, r, "1/3.")
	lacks(t, r, "안녕", "greeting")
	c2 := newTutorChat(t)
	r, _ = c2.say("v", "두 번째 수업 퀴즈 내줘")
	wants(t, r, "1/3.")
	lacks(t, r, "안녕", "어느 수업")
}
