package classroom_test

import "testing"

// A new user's trial (notes: trial 9, bugs 9 and 17): after an answer,
// "can you explain more detail about that", "can you tell me more about
// that" and "더 자세히 알려주세요" read "not covered" (only "자세히" went
// on); "is there a more casual way to say it?" after thank you read the
// whole greetings section, and "감사합니다 말고 더 편하게 말하는 법은요?"
// read "not covered".

// TestTrial9MoreAboutThat: a request for more about "that" right after an
// answer goes on with the rest of its section, in both languages.
func TestTrial9MoreAboutThat(t *testing.T) {
	for _, ask := range []string{"can you explain more detail about that", "can you tell me more about that", "could you go into more detail on that?", "tell me more about it please"} {
		c := newTutorChat(t)
		r, _ := c.say("e", "why do earthquakes happen?")
		wants(t, r, "An earthquake happens when rocks underground")
		r, _ = c.say("e", ask)
		lacks(t, r, "don't cover", "An earthquake happens when rocks underground")
		wants(t, r, "(Source: Earth science · Middle school · Earthquakes and Volcanoes § Earthquakes)")
	}
	for _, ask := range []string{"더 자세히 알려주세요", "그거 좀 더 자세히 설명해 주세요", "그것에 대해 더 알려줄래요?"} {
		c := newTutorChat(t)
		r, _ := c.say("k", "지진이 왜 일어나요?")
		wants(t, r, "지진은 땅속의 암석이")
		r, _ = c.say("k", ask)
		lacks(t, r, "수업 자료에 없어서")
		wants(t, r, "진원", "(출처: 중학교 지구과학 · 지진과 화산 § 지진)")
	}
}

// TestTrial9MoreStillNamesTopic: more about a topic of its own is that
// topic, not the last answer's rest.
func TestTrial9MoreStillNamesTopic(t *testing.T) {
	c := newTutorChat(t)
	c.say("e", "why do earthquakes happen?")
	r, _ := c.say("e", "tell me more about photosynthesis")
	wants(t, r, "Photosynthesis")
	lacks(t, r, "Earthquakes and Volcanoes")
}

// TestTrial9CasualThanks: the casual way to say thank you is the lesson's
// own casual form when it has one, or "not covered" — never the whole
// greetings section.
func TestTrial9CasualThanks(t *testing.T) {
	c := newTutorChat(t)
	r, _ := c.say("e", "how do i say thank you in korean")
	wants(t, r, "Gamsahamnida")
	r, _ = c.say("e", "is there a more casual way to say it?")
	lacks(t, r, "annyeonghi gaseyo", "Cheoeum boepgetseumnida")
	wants(t, r, "Our lessons don't give a more casual way to say that")
	r, _ = c.say("k", "고맙습니다는 어떻게 말해요?")
	wants(t, r, "고마울 때는")
	r, _ = c.say("k", "더 편하게 말하는 법은요?")
	lacks(t, r, "안녕히 가세요", "처음 뵙겠습니다")
	wants(t, r, "수업 자료에는 그걸 더 편하게 말하는 표현이 없어서")
	r, _ = c.say("k", "감사합니다 말고 더 편하게 말하는 법은요?")
	wants(t, r, "수업 자료에는 그걸 더 편하게 말하는 표현이 없어서")
	r, _ = c.say("k", "안녕하세요 말고 더 편하게 말하는 법은요?")
	wants(t, r, "친한 친구에게는 \"안녕\"이라고 짧게 말해도 돼요.")
	c = newTutorChat(t)
	r, _ = c.say("k", "한국어로 감사합니다 말고 더 편하게 말하는 법은요?")
	lacks(t, r, "안녕히 가세요", "처음 뵙겠습니다")
	wants(t, r, "수업 자료에")
}

// TestTrial9CasualGreeting: the lesson's casual greeting is the casual way
// to say hello, in both languages.
func TestTrial9CasualGreeting(t *testing.T) {
	c := newTutorChat(t)
	r, _ := c.say("e", "how do you say hello in korean?")
	wants(t, r, "annyeonghaseyo")
	r, _ = c.say("e", "is there a more casual way to say it?")
	wants(t, r, "With close friends you can just say \"annyeong\" (안녕).")
	lacks(t, r, "annyeonghi gaseyo")
	c = newTutorChat(t)
	r, _ = c.say("k", "한국어로 안녕은 어떻게 말해요?")
	t.Logf("%s", r)
	r, _ = c.say("k", "친구한테 더 편하게 말하는 법은요?")
	wants(t, r, "친한 친구에게는 \"안녕\"이라고 짧게 말해도 돼요.")
	lacks(t, r, "안녕히 가세요")
}
