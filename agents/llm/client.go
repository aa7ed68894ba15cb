// Package llm lets avatars think with a large language model behind any
// OpenAI-compatible Chat Completions endpoint (Ollama, vLLM, llama.cpp's
// llama-server, LM Studio, OpenAI …), streaming, with tool calling — and
// without giving up the embedded brain's guarantees: the model only
// proposes; arguments are validated against the tool's schema before
// anything runs; irreversible tools still wait for the user's Confirm;
// when the model is down, slow or over budget the embedded brain answers.
//
// The client is a small one over net/http (docs/background.md §3 explains why
// not openai-go: its stream accumulator merges Ollama's parallel calls).
package llm

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Message is one chat message.
type Message struct {
	Role       string     `json:"role"` // system, user, assistant, tool
	Content    string     `json:"content"`
	ToolCalls  []ToolCall `json:"tool_calls,omitempty"`
	ToolCallID string     `json:"tool_call_id,omitempty"`
}

// ToolCall is a call the model made. Arguments is a JSON string, as on the
// wire.
type ToolCall struct {
	ID       string `json:"id"`
	Type     string `json:"type"`
	Function struct {
		Name      string `json:"name"`
		Arguments string `json:"arguments"`
	} `json:"function"`
}

// Tool is a function the model may call.
type Tool struct {
	Type     string       `json:"type"` // "function"
	Function ToolFunction `json:"function"`
}

// ToolFunction describes a tool.
type ToolFunction struct {
	Name        string          `json:"name"`
	Description string          `json:"description"`
	Parameters  json.RawMessage `json:"parameters"`
}

// Request is a chat completion request. Stream and MaxTokens are always
// set by the client.
type Request struct {
	Model         string    `json:"model"`
	Messages      []Message `json:"messages"`
	Tools         []Tool    `json:"tools,omitempty"`
	Stream        bool      `json:"stream"`
	StreamOptions *struct {
		IncludeUsage bool `json:"include_usage"`
	} `json:"stream_options,omitempty"`
	MaxTokens   int      `json:"max_tokens"`
	Temperature *float64 `json:"temperature,omitempty"`
}

// Usage is what a completion cost.
type Usage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
	TotalTokens      int `json:"total_tokens"`
}

// Response is an assembled streamed completion.
type Response struct {
	Content      string
	ToolCalls    []ToolCall
	FinishReason string
	Usage        Usage
	Attempts     int // HTTP attempts it took (retries on 429/5xx)
}

// Config configures a client. Zero values get the defaults shown.
type Config struct {
	BaseURL string // e.g. http://127.0.0.1:11434/v1 (Ollama)
	Model   string
	APIKey  string // sent as a bearer token when set (Ollama needs any non-empty value)
	// MaxTokens caps every completion (default 512): a runaway model costs
	// a bounded amount.
	MaxTokens int
	// ConnectTimeout bounds the TCP connect (default 1.5 s); FirstByte
	// bounds the wait for response headers and the first streamed event
	// (default 1.5 s), IdleTimeout the silence between events (default
	// 1.5 s): past them the embedded brain answers, within 2 s of the
	// model going quiet. Raise them for a slow local model.
	ConnectTimeout time.Duration
	FirstByte      time.Duration
	// Total bounds a whole completion (default 60 s).
	IdleTimeout time.Duration
	Total       time.Duration
	// Attempts is how many times a 429 or 5xx is tried (default 3, max 3);
	// Retry-After is honoured up to MaxRetryWait (default 2 s; a longer
	// wait is a fallback, not a retry).
	Attempts     int
	MaxRetryWait time.Duration
	// HTTP overrides the transport (tests).
	HTTP *http.Client
}

func (c *Config) defaults() {
	if c.MaxTokens <= 0 {
		c.MaxTokens = 512
	}
	if c.ConnectTimeout <= 0 {
		c.ConnectTimeout = 1500 * time.Millisecond
	}
	if c.FirstByte <= 0 {
		c.FirstByte = 1500 * time.Millisecond
	}
	if c.IdleTimeout <= 0 {
		c.IdleTimeout = 1500 * time.Millisecond
	}
	if c.Total <= 0 {
		c.Total = 60 * time.Second
	}
	if c.Attempts <= 0 || c.Attempts > 3 {
		c.Attempts = 3
	}
	if c.MaxRetryWait <= 0 {
		c.MaxRetryWait = 2 * time.Second
	}
}

// Client talks to one endpoint.
type Client struct {
	cfg  Config
	http *http.Client
}

// NewClient returns a client for cfg.
func NewClient(cfg Config) *Client {
	cfg.defaults()
	hc := cfg.HTTP
	if hc == nil {
		hc = &http.Client{Transport: &http.Transport{
			DialContext:           (&net.Dialer{Timeout: cfg.ConnectTimeout}).DialContext,
			ResponseHeaderTimeout: cfg.FirstByte,
			MaxIdleConnsPerHost:   8,
		}}
	}
	return &Client{cfg: cfg, http: hc}
}

// Errors, typed so the brain can say what happened.
var (
	ErrTimeout   = errors.New("llm: the model did not answer in time")
	ErrTruncated = errors.New("llm: the stream ended before the completion finished")
	ErrBadStream = errors.New("llm: unreadable stream")
)

// StatusError is an HTTP error from the endpoint.
type StatusError struct {
	Status     int
	Body       string
	RetryAfter time.Duration
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("llm: HTTP %d: %s", e.Status, e.Body)
}

// Retryable: 429 and 5xx only; 4xx means our request is wrong.
func (e *StatusError) Retryable() bool { return e.Status == 429 || e.Status >= 500 }

// Stream sends req and assembles the streamed answer; onText receives
// content as it arrives (for speech bubbles). 429 and 5xx are retried
// before any content has been delivered, with backoff and jitter,
// honouring Retry-After; nothing is retried once text has streamed (the
// user would hear it twice).
func (c *Client) Stream(ctx context.Context, req Request, onText func(string)) (*Response, error) {
	req.Model = c.cfg.Model
	req.Stream = true
	req.StreamOptions = &struct {
		IncludeUsage bool `json:"include_usage"`
	}{true}
	if req.MaxTokens <= 0 || req.MaxTokens > c.cfg.MaxTokens {
		req.MaxTokens = c.cfg.MaxTokens
	}
	body, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, c.cfg.Total)
	defer cancel()
	var last error
	for attempt := 1; attempt <= c.cfg.Attempts; attempt++ {
		resp, streamed, err := c.once(ctx, body, onText)
		if err == nil {
			resp.Attempts = attempt
			return resp, nil
		}
		last = err
		var se *StatusError
		if streamed || !errors.As(err, &se) || !se.Retryable() || attempt == c.cfg.Attempts {
			break
		}
		wait := se.RetryAfter
		if wait == 0 {
			wait = time.Duration(float64(200*time.Millisecond) * float64(int(1)<<(attempt-1)) * (0.5 + rand.Float64()))
		}
		if wait > c.cfg.MaxRetryWait {
			break // a long Retry-After: better to fall back now
		}
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return nil, ErrTimeout
		}
	}
	return nil, last
}

func (c *Client) once(ctx context.Context, body []byte, onText func(string)) (_ *Response, streamed bool, _ error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimRight(c.cfg.BaseURL, "/")+"/chat/completions", bytes.NewReader(body))
	if err != nil {
		return nil, false, err
	}
	hreq.Header.Set("Content-Type", "application/json")
	hreq.Header.Set("Accept", "text/event-stream")
	if c.cfg.APIKey != "" {
		hreq.Header.Set("Authorization", "Bearer "+c.cfg.APIKey)
	}
	// One watchdog for "first byte" and "idle": reset at every event.
	var mu sync.Mutex
	timedOut := false
	watch := time.AfterFunc(c.cfg.FirstByte, func() {
		mu.Lock()
		timedOut = true
		mu.Unlock()
		cancel()
	})
	defer watch.Stop()
	kick := func(d time.Duration) { watch.Reset(d) }
	wrap := func(err error) error {
		mu.Lock()
		defer mu.Unlock()
		if timedOut || errors.Is(err, context.DeadlineExceeded) {
			return fmt.Errorf("%w: %v", ErrTimeout, err)
		}
		return err
	}
	hresp, err := c.http.Do(hreq)
	if err != nil {
		return nil, false, wrap(err)
	}
	defer hresp.Body.Close()
	if hresp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(hresp.Body, 2048))
		return nil, false, &StatusError{Status: hresp.StatusCode, Body: strings.TrimSpace(string(b)), RetryAfter: retryAfter(hresp.Header.Get("Retry-After"))}
	}
	kick(c.cfg.FirstByte)
	acc := &accumulator{}
	sc := bufio.NewScanner(hresp.Body)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	done := false
	for sc.Scan() {
		kick(c.cfg.IdleTimeout)
		line := sc.Text()
		data, ok := strings.CutPrefix(line, "data:")
		if !ok {
			continue // comments, keep-alives, event: lines
		}
		data = strings.TrimSpace(data)
		if data == "[DONE]" {
			done = true
			break
		}
		var ch chunk
		if err := json.Unmarshal([]byte(data), &ch); err != nil {
			return nil, streamed, fmt.Errorf("%w: %v", ErrBadStream, err)
		}
		if ch.Error != nil {
			return nil, streamed, fmt.Errorf("%w: %s", ErrBadStream, ch.Error.Message)
		}
		if text := acc.add(&ch); text != "" && onText != nil {
			streamed = true
			onText(text)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, streamed, wrap(fmt.Errorf("%w: %v", ErrTruncated, err))
	}
	if !done && acc.finish == "" {
		return nil, streamed, ErrTruncated
	}
	return acc.response(), streamed, nil
}

func retryAfter(v string) time.Duration {
	if v == "" {
		return 0
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil && s >= 0 {
		return time.Duration(s * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(0, time.Until(t))
	}
	return 0
}

// chunk is one streamed event.
type chunk struct {
	Choices []struct {
		Delta struct {
			Content   *string `json:"content"`
			ToolCalls []struct {
				Index    *int   `json:"index"`
				ID       string `json:"id"`
				Type     string `json:"type"`
				Function struct {
					Name      string `json:"name"`
					Arguments string `json:"arguments"`
				} `json:"function"`
			} `json:"tool_calls"`
		} `json:"delta"`
		FinishReason *string `json:"finish_reason"`
	} `json:"choices"`
	Usage *Usage `json:"usage"`
	Error *struct {
		Message string `json:"message"`
	} `json:"error"`
}

// accumulator assembles tool calls from OpenAI-style fragments and
// Ollama-style whole calls (which reuse index 0): a delta whose id differs
// from the call at its index starts a new call; names are assigned, never
// concatenated (llama.cpp once repeated them in every delta).
type accumulator struct {
	content strings.Builder
	calls   []ToolCall
	finish  string
	usage   Usage
}

func (a *accumulator) add(ch *chunk) string {
	if ch.Usage != nil {
		a.usage = *ch.Usage
	}
	var text string
	for _, c := range ch.Choices {
		if c.FinishReason != nil && *c.FinishReason != "" {
			a.finish = *c.FinishReason
		}
		if c.Delta.Content != nil {
			text += *c.Delta.Content
		}
		for _, d := range c.Delta.ToolCalls {
			i := len(a.calls) - 1
			if d.Index != nil {
				i = *d.Index
			}
			if i < 0 || i > len(a.calls) || (d.ID != "" && i < len(a.calls) && a.calls[i].ID != "" && a.calls[i].ID != d.ID) {
				i = len(a.calls)
			}
			for len(a.calls) <= i {
				a.calls = append(a.calls, ToolCall{Type: "function"})
			}
			if d.ID != "" {
				a.calls[i].ID = d.ID
			}
			if d.Function.Name != "" {
				a.calls[i].Function.Name = d.Function.Name
			}
			a.calls[i].Function.Arguments += d.Function.Arguments
		}
	}
	a.content.WriteString(text)
	return text
}

func (a *accumulator) response() *Response {
	r := &Response{Content: a.content.String(), FinishReason: a.finish, Usage: a.usage}
	for i, c := range a.calls {
		if c.Function.Name == "" {
			continue // a fragment that never got a name is not a call
		}
		if c.ID == "" {
			c.ID = fmt.Sprintf("call_%d", i)
		}
		if strings.TrimSpace(c.Function.Arguments) == "" {
			c.Function.Arguments = "{}"
		}
		r.ToolCalls = append(r.ToolCalls, c)
	}
	return r
}
