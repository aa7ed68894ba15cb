package embedded_test

import (
	"fmt"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/skills/skilltest"
	"github.com/madang-world/madang/skills/store"
	"github.com/madang-world/madang/skills/tutoring"
)

// timing is an Output that records when each user's reply finished.
type timing struct {
	mu   sync.Mutex
	done map[string]chan struct{}
}

func (o *timing) Speech(a *avatars.Avatar, u string, s protocol.Speech) {
	if s.Final {
		o.mu.Lock()
		ch := o.done[u]
		o.mu.Unlock()
		ch <- struct{}{}
	}
}
func (o *timing) Card(*avatars.Avatar, string, protocol.Card)                     {}
func (o *timing) ConfirmRequest(*avatars.Avatar, string, protocol.ConfirmRequest) {}
func (o *timing) State(*avatars.Avatar, string, string)                           {}
func (o *timing) Present(*avatars.Avatar) []agents.User                           { return nil }
func (o *timing) Broadcast(*avatars.Avatar, protocol.Card)                        {}
func (o *timing) Reject(*avatars.Avatar, string, string)                          {}

// BenchmarkTurn500: 500 students talk to the tutor at once. Each turn is
// message in → reply out through the embedded brain, including the skill
// call and its fsynced write (a quiz answer updates the student's
// progress; the conversation state is saved durably too).
func BenchmarkTurn500(b *testing.B) {
	h := skilltest.New(b, skilltest.Skill(tutoring.ID, tutoring.New()))
	cdir, err := store.OpenDir(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer cdir.Close()
	db, err := cdir.Open("conversations.db", store.Options{Durable: true}) // as the server keeps them
	if err != nil {
		b.Fatal(err)
	}
	out := &timing{done: map[string]chan struct{}{}}
	rt, _ := agents.New(agents.Options{Host: h.Host, DB: db, Avatars: avatars.Campus(), Out: out, Clock: h.Clock,
		Brain: func(*avatars.Avatar) agents.Brain { return embedded.New() }})
	defer rt.Close()
	const n = 500
	users := make([]agents.User, n)
	for i := range users {
		users[i] = agents.User{ID: fmt.Sprintf("s%03d", i), Name: "학생"}
		out.done[users[i].ID] = make(chan struct{}, 4)
	}
	turn := func(u agents.User, text string) time.Duration {
		start := time.Now()
		if err := rt.Hear(u, "tutor", text, ""); err != nil {
			b.Fatal(err)
		}
		<-out.done[u.ID]
		return time.Since(start)
	}
	// Everyone starts a quiz; then each benchmark round answers a question.
	var wg sync.WaitGroup
	for _, u := range users {
		wg.Add(1)
		go func() { defer wg.Done(); turn(u, "광합성 퀴즈 내줘") }()
	}
	wg.Wait()
	var mu sync.Mutex
	var lat []time.Duration
	answers := []string{"엽록체", "2번", "산소"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, u := range users {
			wg.Add(1)
			go func() {
				defer wg.Done()
				d := turn(u, answers[i%3])
				if i%3 == 2 { // the quiz is over: start the next one (not measured)
					turn(u, "광합성 퀴즈 내줘")
				}
				mu.Lock()
				lat = append(lat, d)
				mu.Unlock()
			}()
		}
		wg.Wait()
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	q := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000 }
	b.ReportMetric(q(0.5), "p50-ms")
	b.ReportMetric(q(0.99), "p99-ms")
	b.ReportMetric(float64(len(lat))/b.Elapsed().Seconds(), "turns/s")
}
