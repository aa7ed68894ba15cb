package classroom_test

import "testing"

// A new user's trial (v16): two questions in one message were answered
// only in part. Each is answered, each with its own source.
func TestTrial16TwoQuestions(t *testing.T) {
	c := newTutorChat(t)
	r, _ := c.say("u", "지진은 왜 일어나요? 그리고 화산은 어떻게 생겨요?")
	wants(t, r, "땅이 흔들리는")
	wants(t, r, "마그마")
	wants(t, r, "§ 지진")
	r, _ = c.say("v", "Where does photosynthesis take place? And what does a plant need for it?")
	wants(t, r, "chloroplasts")
	wants(t, r, "water and carbon dioxide")
	wants(t, r, "§ Where photosynthesis happens")
}

// A new user's trial (v16): a follow-up on the topic in focus — an example
// after a Korean expression's meaning, "what else did he do?" after who
// someone was — is answered from that topic's section.
func TestTrial16FollowUps(t *testing.T) {
	c := newTutorChat(t)
	r, _ := c.say("u", "주세요가 무슨 뜻이야?")
	wants(t, r, "주세요")
	r, _ = c.say("u", "예문 보여줘")
	wants(t, r, "비빔밥 주세요")
	r, _ = c.say("v", "who was King Sejong?")
	wants(t, r, "fourth king")
	r, _ = c.say("v", "what else did he do?")
	wants(t, r, "Sejong")
	lacks(t, r, "Ask about a lesson")
}

// A new user's trial (v16): a question about a word for thanks is a lesson
// question, not thanks said to the tutor.
func TestTrial16ThanksWords(t *testing.T) {
	c := newTutorChat(t)
	r, _ := c.say("u", "is 고맙습니다 more polite than 고마워?")
	lacks(t, r, "welcome")
	r, _ = c.say("u", "how is 감사합니다 different from 고맙습니다?")
	wants(t, r, "both mean thank you")
	r, _ = c.say("v", "감사합니다랑 고맙습니다는 뭐가 달라요?")
	lacks(t, r, "천만에요")
	wants(t, r, "고맙습니다")
}

// A new user's trial (v16): a beginner's "what should I learn first?" is
// pointed to one lesson, with why and how to begin it.
func TestTrial16FirstLesson(t *testing.T) {
	c := newTutorChat(t)
	r, _ := c.say("u", "I'm new here, what should I study first?")
	wants(t, r, "Start with Korean for Beginners")
	wants(t, r, "written for beginners")
	r, _ = c.say("v", "처음에 어떤 수업부터 들으면 돼요?")
	wants(t, r, "부터 시작해 보세요")
	wants(t, r, "수업 보여줘")
}

// A lesson named with "where do I start" is where to start: not pointed
// to another lesson.
func TestTrial16FirstLessonNamed(t *testing.T) {
	c := newTutorChat(t)
	r, _ := c.say("u", "where should I start with photosynthesis?")
	lacks(t, r, "Start with Korean for Beginners")
}
