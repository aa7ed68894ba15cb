package classroom_test

import (
	"testing"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/skills/skilltest"
	"github.com/madang-world/madang/skills/store"
	"github.com/madang-world/madang/skills/tutoring"
)

// roomSink is a sink whose classroom holds the students named.
type roomSink struct {
	*sink
	students []agents.User
}

func (o roomSink) Present(*avatars.Avatar) []agents.User { return o.students }

// newClassChat is newTutorChat in a classroom where the students named
// are present (a class quiz is for them).
func newClassChat(t *testing.T, students ...string) *tutorChat {
	h := skilltest.New(t, skilltest.Skill(tutoring.ID, tutoring.New()))
	db, err := store.OpenMemory(store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	o := &sink{partial: map[string]string{}, speech: map[string][]string{}, cards: map[string][]protocol.Card{}}
	var us []agents.User
	for _, s := range students {
		us = append(us, agents.User{ID: s, Name: s})
	}
	rt, err := agents.New(agents.Options{Host: h.Host, DB: db, Avatars: avatars.Campus(), Out: roomSink{o, us}, Clock: h.Clock,
		Brain: func(*avatars.Avatar) agents.Brain { return embedded.New() }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rt.Close)
	return &tutorChat{t: t, rt: rt, out: o}
}

// A new user's trial of the tutor (notes: trial 8): "지진 더 자세히" started a
// whole-class quiz and "아 퀴즈 하려던거 아니에요 그만해주세요" was graded as
// a wrong answer; "힌트 주세요" during a quiz was graded wrong too.

// TestTrial10MoreOnATopic: "<topic> 더 자세히" tells more about the topic;
// it starts no quiz, class or solo.
func TestTrial10MoreOnATopic(t *testing.T) {
	c := newClassChat(t, "m", "o")
	for _, more := range []string{"지진 더 자세히", "지진 자세히", "광합성 더 자세히 알려줘", "more on earthquakes"} {
		r, card := c.say("m", more)
		lacks(t, r, "퀴즈", "quiz", "Quiz", "1/3")
		if card.Kind == "quiz" {
			t.Fatalf("%q showed a quiz card %+v", more, card)
		}
	}
}

// TestTrial10StopWishStopsQuiz: a clear wish to stop ends the quiz,
// solo or class, and is never graded.
func TestTrial10StopWishStopsQuiz(t *testing.T) {
	c := newClassChat(t, "a", "b", "c", "d", "va", "vb", "vc", "vd")
	for i, stop := range []string{"아 퀴즈 하려던거 아니에요 그만해주세요", "그만해 주세요", "I didn't mean to start a quiz", "stop please"} {
		u := string(rune('a' + i))
		r, _ := c.say(u, "반 전체 퀴즈 시작")
		wants(t, r, "반 전체 퀴즈를 시작했어요")
		r, _ = c.say(u, stop)
		lacks(t, r, "아쉬워요", "2/3", "Not quite")
		r, _ = c.say(u, "1번")
		lacks(t, r, "아쉬워요", "정답", "2/3")
		v := "v" + u
		r, _ = c.say(v, "지진 퀴즈 내주세요")
		wants(t, r, "1/3.")
		r, _ = c.say(v, stop)
		lacks(t, r, "아쉬워요", "2/3", "Not quite")
	}
}

// TestTrial10ClassQuizStarterStops: the trial's turns; a wish to stop
// from a student who did not start the class quiz is not graded and does
// not stop it for the others; the starter's does.
func TestTrial10ClassQuizStarterStops(t *testing.T) {
	c := newClassChat(t, "s", "o")
	r, _ := c.say("s", "지진에 대해서 더 자세히 알고 싶어요")
	wants(t, r, "지진은 땅속의 암석이")
	c.say("s", "그만")
	r, card := c.say("s", "지진 더 자세히")
	lacks(t, r, "퀴즈")
	if card.Kind == "quiz" {
		t.Fatalf("a quiz card %+v", card)
	}
	r, _ = c.say("s", "반 퀴즈 시작해요")
	wants(t, r, "반 전체 퀴즈를 시작했어요")
	r, _ = c.say("o", "그만해주세요")
	lacks(t, r, "아쉬워요", "2/3", "마칠게요")
	wants(t, r, "시작한 친구가 멈출 수 있어요")
	r, _ = c.say("o", "3번")
	wants(t, r, "정답", "2/3")
	r, _ = c.say("s", "아 퀴즈 하려던거 아니에요 그만해주세요")
	wants(t, r, "반 퀴즈를 마칠게요")
}

// TestTrial10SituationSentence: asked what to do in an earthquake in a
// classroom, the tutor says the sentence for that situation (under a
// table), not the section's tsunami advice; asked about the coast, the
// tsunami one.
func TestTrial10SituationSentence(t *testing.T) {
	c := newTutorChat(t)
	r, _ := c.say("k", "지진이 났을때 교실에 있으면 어떻게 해야돼요?")
	wants(t, r, "튼튼한 탁자 아래로 들어가")
	lacks(t, r, "쓰나미")
	r, _ = c.say("k", "바닷가에서 지진이 나면 어떻게 해요?")
	wants(t, r, "쓰나미")
	r, _ = c.say("e", "what should I do if an earthquake hits while im in class?")
	wants(t, r, "get under a sturdy table")
}

// TestTrial10WhyLongerForm: "선생님 지진은 왜 일어나는 거에요?" is the
// plain "지진은 왜 일어나요?" (일어나는 is the verb, not 일어 + 나는).
func TestTrial10WhyLongerForm(t *testing.T) {
	c := newTutorChat(t)
	for _, q := range []string{"선생님 지진은 왜 일어나는 거에요?", "지진은 왜 일어나는 거예요?", "지진은 왜 일어나요?"} {
		r, _ := c.say("k", q)
		wants(t, r, "지진은 땅속의 암석이 오랫동안 힘을 받다가")
	}
}

// TestTrial10FollowUpOnLastSection: a follow-up naming no topic of its
// own is about the section last answered from, in both languages; a
// question naming its own topic is asked as itself.
func TestTrial10FollowUpOnLastSection(t *testing.T) {
	c := newTutorChat(t)
	r, _ := c.say("e", "hi teacher! when do I use present perfect vs simple past? i always mix them up")
	wants(t, r, "The present perfect cannot be used with words that name a definite time in the past.")
	r, _ = c.say("e", "can you give me an example?")
	lacks(t, r, "don't cover")
	wants(t, r, `"I saw the movie yesterday." is correct`)
	r, _ = c.say("e", "how do I say thank you in Korean?")
	wants(t, r, "both mean thank you")
	r, _ = c.say("e", "and whats the more casual version?")
	// (trial 9: the lesson has no casual thank you, and its casual
	// greeting is not one — TestTrial9CasualThanks)
	lacks(t, r, `"annyeong" (안녕)`, "annyeonghi")
	wants(t, r, "Our lessons don't give a more casual way to say that")

	r, _ = c.say("k", "현재완료와 과거 시제는 어떻게 달라요?")
	wants(t, r, "현재완료는")
	r, _ = c.say("k", "예시 들어 주세요")
	lacks(t, r, "수업 자료에 없어서")
	wants(t, r, "예를 들어")
	r, _ = c.say("k", "그럼 광합성은 어디에서 일어나요?")
	wants(t, r, "엽록체")
}

// TestTrial10TwoQuestionsJoined: "who was King Sejong and why is he
// famous?" is answered (the lessons say who he was), not refused.
func TestTrial10TwoQuestionsJoined(t *testing.T) {
	c := newTutorChat(t)
	r, _ := c.say("e", "who was King Sejong and why is he famous?")
	lacks(t, r, "don't cover")
	wants(t, r, "Sejong was the fourth king of Joseon")
}

// TestTrial10Hint: "힌트 주세요" / "hint please" during a quiz gives a hint
// and keeps the question open; the answer after it is graded.
func TestTrial10Hint(t *testing.T) {
	c := newTutorChat(t)
	c.say("k", "훈민정음은 누가 만들었어요?")
	r, _ := c.say("k", "한국사 퀴즈 내주세요")
	wants(t, r, "1/3. 1392년에 조선을 세운 사람은?")
	c.say("k", "이성계")
	r, _ = c.say("k", "2번")
	wants(t, r, "3/3. 훈민정음을 반포한 해는?")
	r, _ = c.say("k", "잘 모르겠어요 힌트 주세요")
	lacks(t, r, "아쉬워요", "정답은", "1446")
	wants(t, r, "힌트", "____", "3/3. 훈민정음을 반포한 해는?")
	r, _ = c.say("k", "1446")
	wants(t, r, "정답")

	c.say("e", "quiz me on earthquakes")
	r, _ = c.say("e", "hint please")
	lacks(t, r, "Not quite", "2/3")
	wants(t, r, "Hint: it's not 4) the inner core", "1/3.")
	r, _ = c.say("e", "3")
	wants(t, r, "Correct", "2/3")

	k := newClassChat(t, "a", "b")
	k.say("a", "반 퀴즈 시작")
	r, _ = k.say("b", "힌트 주세요")
	lacks(t, r, "아쉬워요")
	wants(t, r, "힌트: 이 보기는 답이 아니에요 — 4) 계산해 주세요.", "1/3. 처음 만난 사람에게 하는 정중한 인사는? 1) 안녕히 가세요")
}

// TestTrial10ClassQuizInProgress: a class quiz's answers count in the
// student's progress; the progress shows the lessons touched, then the
// rest in one line.
func TestTrial10ClassQuizInProgress(t *testing.T) {
	c := newClassChat(t, "a")
	r, _ := c.say("a", "지진 반 퀴즈 시작")
	wants(t, r, "반 전체 퀴즈를 시작했어요", "지구 내부에서 액체 상태인 층은?")
	c.say("a", "3번")
	c.say("a", "멘틀")
	r, _ = c.say("a", "진앙")
	wants(t, r, "반 퀴즈를 다 풀었어요")
	r, _ = c.say("a", "제 진도 어디까지 왔어요?")
	wants(t, r, "지진과 화산 21% (복습할 문제 0개). 아직 시작하지 않은 단원: ", "광합성")
	lacks(t, r, "지진과 화산 0%", "광합성 0%")

	r, _ = c.say("n", "how am i doing overall?")
	wants(t, r, "You haven't answered anything yet, so all 6 lessons are at 0% (Earthquakes and Volcanoes, ")
}
