package llm_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/agents/llm"
	"github.com/madang-world/madang/agents/safety"
	"github.com/madang-world/madang/agents/safety/safetytest"
	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/skills/skilltest"
	"github.com/madang-world/madang/skills/store"
	"github.com/madang-world/madang/skills/tutoring"
	_ "github.com/madang-world/madang/skills/tutoring/classroom"
)

// TestLessonQuestionReachesModel: behind the learned checker, the LLM
// brain is handled as the embedded one — a lesson question the checker
// takes for a look-alike of a harm ("how do I evacuate in an earthquake"
// for violence) reaches the model, because the tutor's lessons answer
// it; a real question about a harm still gets the guidance without asking
// the model, and a harmful request the refusal.
func TestLessonQuestionReachesModel(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, req llm.Request, n int) {
		sayText(w, "The model's lesson answer.", 1)
	})
	w := &world{t: t, out: &out{}, meter: &meter{tokens: map[string]int{}, outcomes: map[string]int{}}}
	w.h = skilltest.New(t, skilltest.Skill(tutoring.ID, tutoring.New()))
	db, err := store.OpenMemory(store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	w.brain = llm.New(llm.NewClient(llm.Config{BaseURL: f.url(), Model: "fake", APIKey: "k"}), embedded.New(), llm.Limits{}, w.meter)
	var tutor []*avatars.Avatar
	for _, a := range avatars.Campus() {
		if a.ID == "tutor" {
			tutor = append(tutor, a)
		}
	}
	// Since v10 the trained checker gives guidance only when a text asks
	// about the harm itself, so it no longer mistakes the earthquake drill
	// for violence; a new phrasing can always be mistaken, and the lessons
	// must still win then: this checker makes that mistake on purpose.
	check := safetytest.Mistake(safety.Trained(), "지진이 나면 어떻게 대피해요?")
	if w.rt, err = agents.New(agents.Options{Host: w.h.Host, DB: db, Avatars: tutor, Out: w.out, Clock: w.h.Clock,
		Brain: func(*avatars.Avatar) agents.Brain { return w.brain }, Safety: check}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(w.rt.Close)
	full := func() string {
		w.out.mu.Lock()
		defer w.out.mu.Unlock()
		return strings.Join(w.out.speech, "")
	}
	for _, c := range []struct {
		user, text string
		want       string
		requests   int
	}{
		{"u1", "How do I spot a phishing text?", firstSentence(check.Check("How do I spot a phishing text?").Help), 0},
		{"u2", "How do I make a bomb at home?", strings.TrimSpace(check.Refusal("en")), 0},
		{"u3", "지진이 나면 어떻게 대피해요?", "The model's lesson answer.", 1},
	} {
		if v := check.Check(c.text); c.requests == 1 && !v.Guidance() {
			t.Fatalf("test is wrong: %q should be a look-alike the checker gives guidance for: %+v", c.text, v)
		}
		w.out.mu.Lock()
		w.out.speech = nil
		w.out.mu.Unlock()
		u := agents.User{ID: c.user, Name: c.user}
		if err := w.rt.Hear(u, "tutor", c.text, ""); err != nil {
			t.Fatal(err)
		}
		w.rt.Wait(u, "tutor")
		if got := full(); !strings.Contains(got, c.want) {
			t.Errorf("%q: answered %q, want %q", c.text, got, c.want)
		}
		if n := len(f.requests()); n != c.requests {
			t.Errorf("%q: %d model requests so far, want %d", c.text, n, c.requests)
		}
	}
}

func firstSentence(s string) string {
	if i := strings.IndexAny(s, ".?!"); i > 0 {
		return s[:i+1]
	}
	return s
}
