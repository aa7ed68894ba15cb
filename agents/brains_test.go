package agents_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/madang-world/madang/agents"
	_ "github.com/madang-world/madang/agents/embedded" // kind "embedded", the fallback below
	"github.com/madang-world/madang/avatars"
)

// echo is a third-party kind: it repeats the user with its configured
// prefix and reports each turn to the meter.
type echo struct {
	avatar, prefix string
	meter          agents.Meter
	fallback       agents.Brain
}

func (e *echo) Next(ctx context.Context, t *agents.Turn) (agents.Step, error) {
	e.meter.Outcome(e.avatar, "ok")
	return agents.Step{Say: e.prefix + t.Input.Text}, nil
}

var made sync.Map // avatar ID → how many times the factory ran

func init() {
	agents.RegisterBrain("test-echo", func(env agents.BrainEnv) (agents.Brain, error) {
		var s struct {
			Prefix string `json:"prefix"`
		}
		if err := agents.DecodeBrainConfig(env.Config, &s); err != nil {
			return nil, err
		}
		fb, err := env.Make("embedded")
		if err != nil {
			return nil, err
		}
		n, _ := made.LoadOrStore(env.Avatar.ID, new(int))
		*n.(*int)++
		return &echo{avatar: env.Avatar.ID, prefix: s.Prefix, meter: env.Meter, fallback: fb}, nil
	})
}

type countMeter struct {
	mu       sync.Mutex
	outcomes []string
}

func (m *countMeter) Usage(string, int, int) {}
func (m *countMeter) Outcome(a, o string) {
	m.mu.Lock()
	m.outcomes = append(m.outcomes, a+":"+o)
	m.mu.Unlock()
}

func avatar(t *testing.T, id, brain string) *avatars.Avatar {
	t.Helper()
	a, err := avatars.Parse(id+".json", []byte(`{"id":"`+id+`","role":"tutor","name_ko":"가","name_en":"A","greeting_ko":"안녕","greeting_en":"Hi","room":"lobby","skills":["madang.tutoring"],"brain":`+brain+`}`))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestBrainKindFromFile: the file's kind picks the factory, which gets
// the file's settings, a fallback of another kind and the meter; the
// brain is made once per avatar and shared.
func TestBrainKindFromFile(t *testing.T) {
	m := &countMeter{}
	bs := agents.NewBrains(m, nil)
	a := avatar(t, "echoer", `{"kind":"test-echo","prefix":"메아리: "}`)
	if err := bs.Prepare(a); err != nil {
		t.Fatal(err)
	}
	b1, _ := bs.For(a)
	b2 := bs.Func()(a)
	if b1 != b2 {
		t.Fatal("two brains for one avatar")
	}
	if n, _ := made.Load("echoer"); *n.(*int) != 1 {
		t.Fatalf("factory ran %d times", *n.(*int))
	}
	step, err := b1.Next(context.Background(), &agents.Turn{Avatar: a, Input: agents.Input{Kind: agents.InText, Text: "안녕"}, State: &agents.State{}})
	if err != nil || step.Say != "메아리: 안녕" {
		t.Fatalf("step %+v, %v", step, err)
	}
	if e := b1.(*echo); e.fallback == nil {
		t.Fatal("no fallback")
	}
	if strings.Join(m.outcomes, ",") != "echoer:ok" {
		t.Fatalf("meter %v", m.outcomes)
	}
}

// TestBrainErrors: an unknown kind names the registered ones; a misspelt
// setting is refused by the kind's factory; both stop Prepare.
func TestBrainErrors(t *testing.T) {
	bs := agents.NewBrains(nil, nil)
	err := bs.Prepare(avatar(t, "ghost", `{"kind":"telepathy"}`))
	if !errors.Is(err, agents.ErrUnknownBrain) || !strings.Contains(err.Error(), `"telepathy"`) || !strings.Contains(err.Error(), "embedded, test-echo") {
		t.Fatalf("unknown kind: %v", err)
	}
	err = bs.Prepare(avatar(t, "typo", `{"kind":"test-echo","prefx":"x"}`))
	if err == nil || !strings.Contains(err.Error(), `unknown field "prefx"`) || !strings.Contains(err.Error(), "avatar typo: test-echo brain") {
		t.Fatalf("misspelt setting: %v", err)
	}
	if _, err := bs.For(avatar(t, "plain", `{"kind":"embedded","model":"x"}`)); err == nil {
		t.Fatal("the embedded brain took a setting it does not have")
	}
	// A brain that could not be made fails its turns with the reason.
	_, err = bs.Func()(avatar(t, "ghost2", `{"kind":"telepathy"}`)).Next(context.Background(), &agents.Turn{})
	if !errors.Is(err, agents.ErrUnknownBrain) {
		t.Fatalf("broken brain: %v", err)
	}
	defer func() {
		if recover() == nil {
			t.Fatal("a kind registered twice did not panic")
		}
	}()
	agents.RegisterBrain("test-echo", func(agents.BrainEnv) (agents.Brain, error) { return nil, nil })
}

func TestDecodeBrainConfig(t *testing.T) {
	var s struct {
		Model string `json:"model"`
	}
	if err := agents.DecodeBrainConfig(json.RawMessage(`{"kind":"llm","model":"m"}`), &s); err != nil || s.Model != "m" {
		t.Fatalf("%+v %v", s, err)
	}
}
