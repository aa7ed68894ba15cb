package agents

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"sync"

	"github.com/madang-world/madang/avatars"
)

// Brains are registered by kind, the way skills are (skills.Register): a
// package registers its kind in init, a program links the kinds it wants
// by importing their packages, and an avatar file picks one with
// "brain": {"kind": "…"}. The embedded brain (agents/embedded) registers
// "embedded" and the LLM brain (agents/llm) "llm"; a third-party brain is
// a third package doing the same (docs/skills.md). The server never names
// a kind: it receives a Brains and asks it for each avatar's brain.

// BrainFactory makes the brain of one avatar whose file names the kind.
// It is called once per avatar (Brains keeps the result), when the server
// starts, so a bad configuration stops the start-up with its error.
type BrainFactory func(BrainEnv) (Brain, error)

// BrainEnv is what a factory gets.
type BrainEnv struct {
	// Avatar is the avatar the brain thinks for.
	Avatar *avatars.Avatar
	// Config is the avatar file's whole "brain" object, kind included. A
	// factory decodes its own settings from it (and should refuse fields
	// it does not know, so a typo is an error, not a silent default).
	Config json.RawMessage
	// Meter receives the brain's usage and turn outcomes; the program
	// exports them as madang_llm_tokens_total, madang_llm_cost_usd_total
	// and madang_llm_turns_total (agents/llm.NewMeter). Never nil.
	Meter Meter
	// Logger is the server's logger (personal data redacted).
	Logger *slog.Logger

	brains *Brains
}

// Make returns the brain of another registered kind for the same avatar,
// with that kind's default settings: how a brain gets a fallback (the LLM
// brain hands a turn it cannot answer to Make("embedded")).
func (e BrainEnv) Make(kind string) (Brain, error) {
	return e.brains.make(e.Avatar, kind, json.RawMessage(fmt.Sprintf(`{"kind":%q}`, kind)))
}

// Meter receives what brains use. Usage is the tokens of one model
// completion; Outcome is how a turn went: "ok", or "fallback_<why>" when
// the brain handed it to its fallback (down, slow, budget, bad_output…).
type Meter interface {
	Usage(avatar string, prompt, completion int)
	Outcome(avatar, outcome string)
}

// ErrUnknownBrain is returned for an avatar whose brain kind no linked
// package registered.
var ErrUnknownBrain = errors.New("unknown brain kind")

var (
	kindsMu sync.RWMutex
	kinds   = map[string]BrainFactory{}
)

// RegisterBrain makes kind available to avatar files. It is meant for
// init functions and panics on a duplicate or empty kind, like
// skills.Register: two packages claiming one kind is a build mistake.
func RegisterBrain(kind string, f BrainFactory) {
	kindsMu.Lock()
	defer kindsMu.Unlock()
	if kind == "" || f == nil {
		panic("agents: RegisterBrain needs a kind and a factory")
	}
	if _, dup := kinds[kind]; dup {
		panic("agents: brain kind " + kind + " registered twice")
	}
	kinds[kind] = f
}

// BrainKinds lists the registered kinds, sorted.
func BrainKinds() []string {
	kindsMu.RLock()
	defer kindsMu.RUnlock()
	out := make([]string, 0, len(kinds))
	for k := range kinds {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Brains resolves each avatar's brain through the registry and keeps it:
// one brain per avatar, shared by the avatar's conversations (so an LLM
// brain's budgets and circuit breaker are the avatar's).
type Brains struct {
	meter  Meter
	logger *slog.Logger

	mu   sync.Mutex
	made map[string]Brain // avatar ID → its brain
}

// NewBrains returns a resolver whose brains report to meter (nil: their
// usage is not recorded) and log to logger (nil: discarded).
func NewBrains(meter Meter, logger *slog.Logger) *Brains {
	if meter == nil {
		meter = nopMeter{}
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Brains{meter: meter, logger: logger, made: map[string]Brain{}}
}

// Prepare makes every avatar's brain now, so an unknown kind, a bad
// setting or broken conversation data stops the start-up instead of the
// first conversation. The brains are made at once (a kind's factory is
// called concurrently anyway, by the conversations that start together):
// the campus avatars' models loaded one after another while the two
// cores of a start had room (perf16); the error is the first avatar's
// in the order given.
func (b *Brains) Prepare(as ...*avatars.Avatar) error {
	errs := make([]error, len(as))
	var wg sync.WaitGroup
	for i, a := range as {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = b.For(a)
		}()
	}
	wg.Wait()
	return cmpOrErr(errs)
}

// cmpOrErr is the first error that is not nil.
func cmpOrErr(errs []error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// For returns a's brain, making it on first use.
func (b *Brains) For(a *avatars.Avatar) (Brain, error) {
	b.mu.Lock()
	br := b.made[a.ID]
	b.mu.Unlock()
	if br != nil {
		return br, nil
	}
	kind := a.Brain.Kind
	if kind == "" {
		kind = avatars.DefaultBrain
	}
	cfg := a.Brain.Config
	if len(cfg) == 0 {
		cfg = json.RawMessage(fmt.Sprintf(`{"kind":%q}`, kind))
	}
	br, err := b.make(a, kind, cfg)
	if err != nil {
		return nil, err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if prev := b.made[a.ID]; prev != nil { // made meanwhile by another conversation
		return prev, nil
	}
	b.made[a.ID] = br
	return br, nil
}

func (b *Brains) make(a *avatars.Avatar, kind string, cfg json.RawMessage) (Brain, error) {
	kindsMu.RLock()
	f := kinds[kind]
	kindsMu.RUnlock()
	if f == nil {
		return nil, fmt.Errorf("avatar %s: %w %q (registered: %s; a kind is linked by importing its package, e.g. agents/embedded)",
			a.ID, ErrUnknownBrain, kind, strings.Join(BrainKinds(), ", "))
	}
	br, err := f(BrainEnv{Avatar: a, Config: cfg, Meter: b.meter, Logger: b.logger, brains: b})
	if err != nil {
		return nil, fmt.Errorf("avatar %s: %s brain: %w", a.ID, kind, err)
	}
	return br, nil
}

// Func adapts b to Options.Brain. An avatar whose brain cannot be made
// (Prepare was not called, or its settings broke since) gets a brain
// that fails every turn with the reason, which the conversation reports.
func (b *Brains) Func() func(*avatars.Avatar) Brain {
	return func(a *avatars.Avatar) Brain {
		br, err := b.For(a)
		if err != nil {
			return brokenBrain{err}
		}
		return br
	}
}

type brokenBrain struct{ err error }

func (b brokenBrain) Next(context.Context, *Turn) (Step, error) { return Step{}, b.err }

type nopMeter struct{}

func (nopMeter) Usage(string, int, int) {}
func (nopMeter) Outcome(string, string) {}

// DecodeBrainConfig decodes an avatar's brain settings into v (a struct
// with a Kind field or not), refusing fields v does not have, so a
// misspelt setting is an error, not a silent default.
func DecodeBrainConfig(cfg json.RawMessage, v any) error {
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(cfg, &probe); err != nil {
		return err
	}
	delete(probe, "kind") // the registry's, not the brain's
	rest, _ := json.Marshal(probe)
	dec := json.NewDecoder(strings.NewReader(string(rest)))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}
