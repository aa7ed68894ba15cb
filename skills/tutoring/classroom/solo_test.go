package classroom_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/skills/skilltest"
	"github.com/madang-world/madang/skills/store"
	"github.com/madang-world/madang/skills/tutoring"
	_ "github.com/madang-world/madang/skills/tutoring/classroom"
)

// sink records what a conversation sends one student: replies and cards.
type sink struct {
	mu      sync.Mutex
	partial map[string]string
	speech  map[string][]string
	cards   map[string][]protocol.Card
	langs   map[string]string // the language the last reply was tagged with
}

func (o *sink) Speech(a *avatars.Avatar, u string, s protocol.Speech) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.partial[u] += s.Text
	if o.langs == nil {
		o.langs = map[string]string{}
	}
	o.langs[u] = s.Lang
	if s.Final {
		o.speech[u] = append(o.speech[u], o.partial[u])
		o.partial[u] = ""
	}
}
func (o *sink) Card(a *avatars.Avatar, u string, c protocol.Card) {
	o.mu.Lock()
	o.cards[u] = append(o.cards[u], c)
	o.mu.Unlock()
}
func (o *sink) ConfirmRequest(*avatars.Avatar, string, protocol.ConfirmRequest) {}
func (o *sink) State(*avatars.Avatar, string, string)                           {}
func (o *sink) Present(*avatars.Avatar) []agents.User                           { return nil }
func (o *sink) Broadcast(*avatars.Avatar, protocol.Card)                        {}
func (o *sink) Reject(*avatars.Avatar, string, string)                          {}

type tutorChat struct {
	t   *testing.T
	rt  *agents.Runtime
	out *sink
}

func newTutorChat(t *testing.T) *tutorChat {
	h := skilltest.New(t, skilltest.Skill(tutoring.ID, tutoring.New()))
	db, err := store.OpenMemory(store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	o := &sink{partial: map[string]string{}, speech: map[string][]string{}, cards: map[string][]protocol.Card{}}
	rt, err := agents.New(agents.Options{Host: h.Host, DB: db, Avatars: avatars.Campus(), Out: o, Clock: h.Clock,
		Brain: func(*avatars.Avatar) agents.Brain { return embedded.New() }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rt.Close)
	return &tutorChat{t: t, rt: rt, out: o}
}

// say sends text to the tutor and returns its reply and the last card.
func (c *tutorChat) say(user, text string) (string, protocol.Card) {
	c.t.Helper()
	u := agents.User{ID: user, Name: user}
	if err := c.rt.Hear(u, "tutor", text, ""); err != nil {
		c.t.Fatal(err)
	}
	c.rt.Wait(u, "tutor")
	c.out.mu.Lock()
	defer c.out.mu.Unlock()
	s, cs := c.out.speech[user], c.out.cards[user]
	got, card := "", protocol.Card{}
	if len(s) > 0 {
		got = s[len(s)-1]
	}
	if len(cs) > 0 {
		card = cs[len(cs)-1]
	}
	c.t.Logf("%s: %s\n    ← %s\n    card %+v", user, text, got, card)
	return got, card
}

// TestSoloQuizMovesOn: in a new user's trial "한 문제 더" was graded as an
// answer and "이거 넘어갈래" / "skip this one" cancelled the whole quiz. A
// request to move on shows the right answer and asks the next question;
// after the quiz, "one more question" asks one more; progress asked for
// mid-quiz is shown and the quiz goes on; "2번" picks the second choice;
// the answer card has its section.
func TestSoloQuizMovesOn(t *testing.T) {
	c := newTutorChat(t)
	must := func(got string, wants ...string) {
		t.Helper()
		for _, w := range wants {
			if !strings.Contains(got, w) {
				t.Fatalf("reply %q lacks %q", got, w)
			}
		}
	}
	r, _ := c.say("k1", "한국어 퀴즈 내줘")
	must(r, "1/3", "처음 만난 사람에게 하는 정중한 인사는?")
	r, _ = c.say("k1", "2번")
	must(r, "정답이에요!", "2/3")
	r, _ = c.say("k1", "이거 넘어갈래")
	must(r, "넘어갈게요. 정답은 2번 안녕히 계세요", "3/3")
	r, _ = c.say("k1", "한 문제 더")
	must(r, "넘어갈게요. 정답은 감사합니다", "퀴즈 끝")

	r, _ = c.say("e1", "give me a quiz on korean")
	must(r, "1/3")
	r, _ = c.say("e1", "skip this one")
	must(r, "Skipped: the answer is 2) 안녕하세요", "2/3")
	r, _ = c.say("e1", "one more question")
	must(r, "Skipped: the answer is 2) 안녕히 계세요", "3/3")
	r, _ = c.say("e1", "gamsahamnida")
	must(r, "Correct!", "Quiz done")

	// A student who switches language mid-quiz is graded in the language
	// they answer in: the right answer and its reason in English.
	r, _ = c.say("k4", "지구 내부 퀴즈 내줘")
	must(r, "1/3", "지구")
	r, _ = c.say("k4", "skip this one")
	if !strings.HasPrefix(r, "Skipped: the answer is") || strings.ContainsFunc(strings.SplitN(r, "2/3", 2)[0], func(c rune) bool { return c >= 0xAC00 && c <= 0xD7A3 }) {
		t.Errorf("English skip of a Korean quiz: %q", r)
	}

	// Once the quiz is over, "one more question" is one more, on its lesson.
	r, _ = c.say("e1", "one more question")
	must(r, "Quiz time!", "1/1")

	// The student's progress asked for in the middle of a quiz is shown,
	// and the quiz waits for the answer (it was graded as one).
	r, _ = c.say("k3", "광합성 퀴즈 내줘")
	must(r, "1/3")
	r, _ = c.say("k3", "내 진도 알려줘")
	must(r, "광합성", "%", "퀴즈로 돌아갈게요. 1/3.")
	r, _ = c.say("k3", "틀린 답")
	must(r, "아쉬워요. 정답은", "2/3")

	r, card := c.say("e2", "what is photosynthesis?")
	must(r, "light energy", "Source")
	if len(card.Items) == 0 || card.Items[0].Title != "What photosynthesis is" {
		t.Errorf("answer card %+v: want the section as its item", card)
	}
}
