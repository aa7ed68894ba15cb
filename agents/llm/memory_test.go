package llm_test

import (
	"bytes"
	"fmt"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/agents/llm"
	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/skills/booking"
	"github.com/madang-world/madang/skills/scheduling"
	"github.com/madang-world/madang/skills/skilltest"
	"github.com/madang-world/madang/skills/store"
)

func TestExtractFacts(t *testing.T) {
	now := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	cases := map[string]string{
		"저는 채식주의자예요":                     "diet=vegetarian",
		"전 고기 안 먹어요":                     "diet=vegetarian",
		"I'm vegetarian, by the way":     "diet=vegetarian",
		"저는 비건이에요":                       "diet=vegan",
		"땅콩 알레르기가 있어요":                   "allergy=땅콩",
		"I'm allergic to shellfish.":     "allergy=shellfish",
		"예산은 10만원이에요":                    "budget=100000원",
		"my budget is 50,000":            "budget=50000원",
		"이탈리안 음식을 제일 좋아해요":               "cuisine=italian",
		"I really love japanese":         "cuisine=japanese",
		"저는 초급이에요":                       "level=beginner",
		"I'm an intermediate learner":    "level=intermediate",
		"채식 식당 찾아줘":                      "",                       // a request, not a fact
		"참고로 저 비건이고 견과류 알레르기 있어요":        "diet=vegan,allergy=견과류", // a new user's trial: vegan was lost
		"저 채식해요":                         "diet=vegetarian",
		"저 채식 식당 괜찮아 보이네":                "", // 저 is "that" here
		"저 비건 카페 예약돼요?":                  "",
		"vegetarian restaurants near me": "",
		"이탈리안 식당 예약해줘":                   "",
	}
	for text, want := range cases {
		var got []string
		for _, f := range agents.ExtractFacts(text, now) {
			got = append(got, f.Key+"="+f.Value)
		}
		if strings.Join(got, ",") != want {
			t.Errorf("%q → %q, want %q", text, got, want)
		}
	}
	if !agents.ForgetRequest("내 정보 잊어줘") || !agents.ForgetRequest("Forget what you know about me") || agents.ForgetRequest("잊지 말고 예약해줘") {
		t.Error("forget requests")
	}
}

// memWorld is a runtime on a real database file that can be restarted.
type memWorld struct {
	t    *testing.T
	dir  string
	h    *skilltest.Harness
	d    *store.Dir
	db   *store.DB
	rt   *agents.Runtime
	out  *out
	fake *fakeLLM
	llm  bool
}

func (w *memWorld) start() {
	var err error
	if w.d, err = store.OpenDir(w.dir); err != nil {
		w.t.Fatal(err)
	}
	if w.db, err = w.d.Open("conversations.db", store.Options{Durable: true}); err != nil {
		w.t.Fatal(err)
	}
	w.out = &out{}
	brain := func(*avatars.Avatar) agents.Brain { return embedded.New() }
	if w.llm {
		b := llm.New(llm.NewClient(llm.Config{BaseURL: w.fake.url(), Model: "m"}), embedded.New(), llm.Limits{}, nil)
		brain = func(*avatars.Avatar) agents.Brain { return b }
	}
	// Forgotten words leave the file a moment after a forget (agents'
	// compactor); the tests wait for that with WaitForgotten.
	if w.rt, err = agents.New(agents.Options{Host: w.h.Host, DB: w.db, Avatars: avatars.Campus(), Out: w.out, Clock: w.h.Clock, Brain: brain,
		CompactAfter: time.Millisecond}); err != nil {
		w.t.Fatal(err)
	}
}

func (w *memWorld) restart() {
	w.rt.Close()
	w.db.Close()
	w.d.Close()
	w.start()
}

func (w *memWorld) say(user, avatar, text string) string {
	w.t.Helper()
	u := agents.User{ID: user, Name: user}
	w.rt.Hear(u, avatar, text, "")
	w.rt.Wait(u, avatar)
	return w.out.last()
}

func newMemWorld(t *testing.T, withLLM bool) *memWorld {
	w := &memWorld{t: t, dir: t.TempDir(), llm: withLLM}
	w.h = skilltest.New(t, skilltest.Skill(scheduling.ID, scheduling.New()), skilltest.Skill(booking.ID, booking.New()))
	if withLLM {
		w.fake = newFake(t, func(rw http.ResponseWriter, req llm.Request, n int) { sayText(rw, "네, 알겠어요.", 2) })
	}
	w.start()
	t.Cleanup(func() { w.rt.Close(); w.db.Close(); w.d.Close() })
	return w
}

// fileHas reports whether the database file holds s (after compaction a
// deleted record is gone from it).
func (w *memWorld) fileHas(s string) bool {
	b, err := os.ReadFile(w.db.Path())
	if err != nil {
		w.t.Fatal(err)
	}
	return bytes.Contains(b, []byte(s))
}

// TestMemoryEmbedded: a fact said in one conversation shapes a later one
// after a restart; "내 정보 잊어줘" deletes it from replies and from the
// database file.
func TestMemoryEmbedded(t *testing.T) {
	w := newMemWorld(t, false)
	w.say("u1", "assistant", "참고로 저는 채식주의자예요")
	if facts, _ := w.rt.Facts("u1", "assistant"); len(facts) != 1 || facts[0].Value != "vegetarian" {
		t.Fatalf("facts %+v", facts)
	}
	w.restart()
	got := w.say("u1", "assistant", "내일 저녁 7시에 강남에서 2명 예약해줘")
	if !strings.Contains(got, "채식하신다고") {
		t.Errorf("after restart the fact was not used: %q", got)
	}
	// Another avatar and another user know nothing.
	if facts, _ := w.rt.Facts("u1", "shopper"); len(facts) != 0 {
		t.Errorf("the shopper knows %+v", facts)
	}
	if facts, _ := w.rt.Facts("u2", "assistant"); len(facts) != 0 {
		t.Errorf("u2 shares u1's facts: %+v", facts)
	}
	if !w.fileHas("채식주의자") {
		t.Fatal("test is wrong: the fact should be in the file before forgetting")
	}
	got = w.say("u1", "assistant", "내 정보 잊어줘")
	if !strings.Contains(got, "지웠어요") {
		t.Errorf("forget reply %q", got)
	}
	if facts, _ := w.rt.Facts("u1", "assistant"); len(facts) != 0 {
		t.Errorf("facts after forgetting: %+v", facts)
	}
	w.rt.WaitForgotten()
	if w.fileHas("채식주의자") || w.fileHas("vegetarian") {
		t.Error("the database file still holds the forgotten words")
	}
	w.restart()
	got = w.say("u1", "assistant", "내일 저녁 7시에 강남에서 2명 예약해줘")
	// The fact is gone when the reply no longer mentions it and the search
	// is no longer narrowed to vegetarian places (a varied list may still
	// name one, "온 채식 식당", among others).
	if strings.Contains(got, "채식하신다고") || !strings.Contains(got, "트라토리아") {
		t.Errorf("after forgetting and a restart the fact is still used: %q", got)
	}
}

// TestMemoryLLM: facts reach the model's prompt after a restart, only for
// their user, and never after Forget.
func TestMemoryLLM(t *testing.T) {
	w := newMemWorld(t, true)
	w.say("u1", "assistant", "저는 땅콩 알레르기가 있어요")
	w.restart()
	w.say("u1", "assistant", "내일 점심 먹을 곳 추천해줘")
	w.say("u2", "assistant", "내일 점심 먹을 곳 추천해줘")
	reqs := w.fake.requests()
	if len(reqs) < 3 {
		t.Fatalf("%d requests", len(reqs))
	}
	sys := func(r llm.Request) string { return r.Messages[0].Content }
	if !strings.Contains(sys(reqs[len(reqs)-2]), "allergy: 땅콩") {
		t.Errorf("u1's prompt after restart lacks the fact:\n%s", sys(reqs[len(reqs)-2]))
	}
	if strings.Contains(sys(reqs[len(reqs)-1]), "땅콩") {
		t.Error("u2's prompt carries u1's fact")
	}
	if err := w.rt.Forget("u1", "assistant", ""); err != nil {
		t.Fatal(err)
	}
	w.say("u1", "assistant", "내일 점심 먹을 곳 추천해줘")
	reqs = w.fake.requests()
	last, _ := reqs[len(reqs)-1].Messages, 0
	for _, m := range last {
		if strings.Contains(m.Content, "땅콩") {
			t.Errorf("after Forget the prompt still has it: %q", m.Content)
		}
	}
	w.rt.WaitForgotten()
	if w.fileHas("땅콩") {
		t.Error("the database file still holds the forgotten words")
	}
}

// TestHistoryBounded: old lines fold into a bounded summary.
func TestHistoryBounded(t *testing.T) {
	w := newMemWorld(t, false)
	for i := 0; i < 40; i++ {
		w.say("u1", "tutor", "광합성에 대해 질문 "+strings.Repeat("가", i%7)+" 번호 "+string(rune('A'+i%26)))
	}
	st, ok := w.rt.Snapshot("u1", "tutor")
	if !ok || len(st.History) > agents.MaxHistory || st.Summary == "" || len([]rune(st.Summary)) > agents.MaxSummary+1 {
		t.Errorf("history %d lines, summary %d characters: %q", len(st.History), len([]rune(st.Summary)), st.Summary)
	}
}

// TestIdleConversationsEnd: a conversation's goroutine ends after its idle
// time, the avatar's state for that user is cleared, and the next message
// picks the conversation up where it was (state restored from the file).
func TestIdleConversationsEnd(t *testing.T) {
	w := newMemWorld(t, false)
	w.rt.Close()
	rt, err := agents.New(agents.Options{Host: w.h.Host, DB: w.db, Avatars: avatars.Campus(), Out: w.out, Clock: w.h.Clock,
		Brain: func(*avatars.Avatar) agents.Brain { return embedded.New() }, IdleAfter: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	w.rt = rt
	for i := 0; i < 5; i++ {
		w.say(fmt.Sprintf("u%d", i), "assistant", "안녕하세요")
	}
	if rt.Active() != 5 {
		t.Fatalf("%d active conversations", rt.Active())
	}
	deadline := time.Now().Add(3 * time.Second)
	for rt.Active() != 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if rt.Active() != 0 {
		t.Fatalf("%d conversations still running after their idle time", rt.Active())
	}
	saved, _ := rt.Snapshot("u0", "assistant")
	w.say("u0", "assistant", "내 일정 알려줘")
	st, _ := rt.Snapshot("u0", "assistant")
	if len(st.History) != len(saved.History)+2 {
		t.Fatalf("history %d → %d: the conversation did not resume from its saved state", len(saved.History), len(st.History))
	}
	// Intact: the lines before the new turn are the saved ones, word for
	// word, and the new turn's are the user's and the avatar's answer.
	for i, l := range saved.History {
		if got := st.History[i]; got.From != l.From || got.Text != l.Text || !got.At.Equal(l.At) {
			t.Errorf("line %d after the restore: %+v, saved %+v", i, got, l)
		}
	}
	if l := st.History[len(saved.History)]; l.Text != "내 일정 알려줘" {
		t.Errorf("the new turn's first line: %+v", l)
	}
	if st.Lang != saved.Lang || st.Greeted != saved.Greeted {
		t.Errorf("restored language %q, greeted %v; saved %q, %v", st.Lang, st.Greeted, saved.Lang, saved.Greeted)
	}
}
