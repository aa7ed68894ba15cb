package embedded

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/booking"
	"github.com/madang-world/madang/skills/scheduling"
	"github.com/madang-world/madang/skills/shopping"
	"github.com/madang-world/madang/skills/skilltest"
	"github.com/madang-world/madang/skills/tutoring"
)

// benchScript is what each simulated user says, in turn, to its avatar:
// requests, answers to questions, corrections, picks, small talk.
var benchScript = map[string][]string{
	"assistant": {"내일 저녁 7시에 종로에서 3명 한식 먹을 데 찾아줘", "아니 8시로", "오늘 일정 뭐 있어?", "book a hotel in Busan for two nights from friday", "고마워"},
	"shopper":   {"5만원 이하 블루투스 스피커 있어?", "2번 담아줘", "cheap running shoes", "장바구니 보여줘", "결제할게요"},
	"tutor":     {"광합성은 어디서 일어나?", "what is a linear equation?", "내 진도 알려줘", "안녕하세요"},
}

// BenchmarkTurn: 500 conversations live at once, brain only —
// classification, entities, slot filling and the proposal, without the
// skill calls and without the conversation's durable save
// (BenchmarkTurn500 in bench_test.go measures the whole turn through the
// runtime). The turns of the 500 conversations are served by one worker
// per CPU, as the runtime's conversation goroutines share the CPUs; the
// p99 is of the time a turn spends in the brain, not of the queue in
// front of a 2-core machine when all 500 speak in the same millisecond.
func BenchmarkTurn(b *testing.B) {
	h := skilltest.New(b, skilltest.Skill(scheduling.ID, scheduling.New()), skilltest.Skill(booking.ID, booking.New()),
		skilltest.Skill(shopping.ID, shopping.New(shopping.Options{})), skilltest.Skill(tutoring.ID, tutoring.New()))
	tools := map[string][]*skills.Tool{}
	as := avatars.Campus()
	for _, a := range as {
		for _, t := range h.Host.Tools() {
			if a.HasSkill(string(t.Skill)) {
				tools[a.ID] = append(tools[a.ID], t)
			}
		}
		if err := Prepare(a); err != nil {
			b.Fatal(err)
		}
	}
	// Read tools a turn may call (a pick list) answer from a canned empty
	// list: the brain's own work is what is measured.
	empty := func(tool string, _ any) skills.Result {
		return skills.Result{Tool: tool, Status: skills.StatusOK, Data: json.RawMessage(`[]`)}
	}
	const conversations = 500
	brain := New()
	now := skilltest.Start
	type conv struct {
		a  *avatars.Avatar
		st *agents.State
		n  int
	}
	convs := make([]*conv, conversations)
	for i := range convs {
		convs[i] = &conv{a: as[i%len(as)], st: &agents.State{}}
	}
	workers := runtime.GOMAXPROCS(0)
	lat := make([][]time.Duration, workers)
	var mu sync.Mutex
	turn := 0
	b.ResetTimer()
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				if turn == b.N {
					mu.Unlock()
					return
				}
				i := turn % conversations
				turn++
				c := convs[i]
				script := benchScript[c.a.ID]
				text := script[c.n%len(script)]
				c.n++
				if c.n%len(script) == 0 {
					c.st = &agents.State{}
				}
				st := c.st
				st.Lang = agents.DetectLang(text)
				mu.Unlock()
				t := &agents.Turn{Avatar: c.a, User: agents.User{ID: fmt.Sprint("u", i), Name: "u"}, Now: now, State: st,
					Input: agents.Input{Kind: agents.InText, Text: text}, Tools: tools[c.a.ID], Call: empty}
				start := time.Now()
				_, err := brain.Next(context.Background(), t)
				lat[w] = append(lat[w], time.Since(start))
				if err != nil {
					b.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	b.StopTimer()
	var all []time.Duration
	for _, l := range lat {
		all = append(all, l...)
	}
	if len(all) == 0 {
		return
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	q := func(p float64) float64 { return float64(all[int(p*float64(len(all)-1))].Microseconds()) / 1000 }
	b.ReportMetric(q(0.5), "p50-ms")
	b.ReportMetric(q(0.99), "p99-ms")
}

// BenchmarkModelBuild: training one avatar's classifier from its skills'
// data, as the server does at start-up (target ≤ 500 ms per avatar).
func BenchmarkModelBuild(b *testing.B) {
	for _, a := range avatars.Campus() {
		b.Run(a.ID, func(b *testing.B) {
			for b.Loop() {
				if _, err := build(a.Skills); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
