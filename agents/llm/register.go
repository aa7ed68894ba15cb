package llm

import (
	"errors"
	"os"
	"sync"

	"github.com/madang-world/madang/agents"
	"github.com/prometheus/client_golang/prometheus"
)

// Kind is the LLM brain's kind in avatar files:
//
//	"brain": {"kind": "llm", "base_url": "http://127.0.0.1:11434/v1", "model": "qwen2.5:7b",
//	          "api_key_env": "OPENAI_API_KEY", "max_tokens": 512, "price_per_mtokens": 0.6,
//	          "fallback": "embedded"}
const Kind = "llm"

func init() { agents.RegisterBrain(Kind, factory) }

// Settings are an LLM avatar's "brain" object.
type Settings struct {
	BaseURL string `json:"base_url"`
	Model   string `json:"model"`
	// APIKeyEnv names the environment variable holding the key: the key
	// itself is never in a file.
	APIKeyEnv string `json:"api_key_env,omitempty"`
	MaxTokens int    `json:"max_tokens,omitempty"`
	// PricePerMTokens is what a million tokens cost (USD), for the cost
	// counter in /metrics; 0 for a local model.
	PricePerMTokens float64 `json:"price_per_mtokens,omitempty"`
	// Fallback is the kind that answers when the model cannot (default
	// "embedded").
	Fallback string `json:"fallback,omitempty"`
}

// ErrSettings is returned for an LLM avatar without base_url or model.
var ErrSettings = errors.New("an llm brain needs base_url and model")

// factory makes one brain per avatar, so its budgets and circuit breaker
// are the avatar's, falling back to another registered kind.
func factory(env agents.BrainEnv) (agents.Brain, error) {
	var s Settings
	if err := agents.DecodeBrainConfig(env.Config, &s); err != nil {
		return nil, err
	}
	if s.BaseURL == "" || s.Model == "" {
		return nil, ErrSettings
	}
	if s.Fallback == "" {
		s.Fallback = "embedded"
	}
	if s.Fallback == Kind {
		return nil, errors.New("an llm brain cannot fall back to itself")
	}
	fb, err := env.Make(s.Fallback)
	if err != nil {
		return nil, err
	}
	key := ""
	if s.APIKeyEnv != "" {
		key = os.Getenv(s.APIKeyEnv)
	}
	if p, ok := env.Meter.(interface{ SetPrice(string, float64) }); ok {
		p.SetPrice(env.Avatar.ID, s.PricePerMTokens)
	}
	c := NewClient(Config{BaseURL: s.BaseURL, Model: s.Model, APIKey: key, MaxTokens: s.MaxTokens})
	return New(c, fb, Limits{}, env.Meter).WithLogger(env.Logger), nil
}

// PromMeter exports what brains use in /metrics: madang_llm_tokens_total
// (by avatar and kind), madang_llm_cost_usd_total (at the avatar's price)
// and madang_llm_turns_total (by avatar and outcome). Any brain kind
// reports to it through agents.BrainEnv.Meter, so the counters cover a
// third-party brain as they cover this one.
type PromMeter struct {
	tokens   *prometheus.CounterVec
	cost     *prometheus.CounterVec
	outcomes *prometheus.CounterVec
	mu       sync.Mutex
	price    map[string]float64 // avatar → USD per million tokens
}

// NewMeter registers the counters with reg.
func NewMeter(reg prometheus.Registerer) *PromMeter {
	m := &PromMeter{
		tokens:   prometheus.NewCounterVec(prometheus.CounterOpts{Name: "madang_llm_tokens_total", Help: "LLM tokens used, by avatar and kind (prompt, completion)."}, []string{"avatar", "kind"}),
		cost:     prometheus.NewCounterVec(prometheus.CounterOpts{Name: "madang_llm_cost_usd_total", Help: "LLM cost in US dollars at the avatar's configured price (0 for local models)."}, []string{"avatar"}),
		outcomes: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "madang_llm_turns_total", Help: "Brain turns by outcome: ok, or fallback_<down|slow|budget|bad_output> (the fallback brain answered)."}, []string{"avatar", "outcome"}),
		price:    map[string]float64{},
	}
	reg.MustRegister(m.tokens, m.cost, m.outcomes)
	return m
}

// SetPrice sets an avatar's price per million tokens.
func (m *PromMeter) SetPrice(avatar string, usdPerMTokens float64) {
	m.mu.Lock()
	m.price[avatar] = usdPerMTokens
	m.mu.Unlock()
}

// Usage implements agents.Meter.
func (m *PromMeter) Usage(avatar string, prompt, completion int) {
	m.tokens.WithLabelValues(avatar, "prompt").Add(float64(prompt))
	m.tokens.WithLabelValues(avatar, "completion").Add(float64(completion))
	m.mu.Lock()
	p := m.price[avatar]
	m.mu.Unlock()
	m.cost.WithLabelValues(avatar).Add(float64(prompt+completion) * p / 1e6)
}

// Outcome implements agents.Meter.
func (m *PromMeter) Outcome(avatar, o string) { m.outcomes.WithLabelValues(avatar, o).Inc() }
