package llm_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/madang-world/madang/agents/llm"
)

// fakeLLM is a local OpenAI-compatible server that speaks the real SSE
// format. Each request is answered by the test's script.
type fakeLLM struct {
	*httptest.Server
	mu   sync.Mutex
	reqs []llm.Request
	auth []string
	// script answers request n (0-based).
	script func(w http.ResponseWriter, req llm.Request, n int)
}

func newFake(t *testing.T, script func(w http.ResponseWriter, req llm.Request, n int)) *fakeLLM {
	f := &fakeLLM{script: script}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/chat/completions" || r.Method != http.MethodPost {
			http.Error(w, "not found", 404)
			return
		}
		var req llm.Request
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		f.mu.Lock()
		n := len(f.reqs)
		f.reqs = append(f.reqs, req)
		f.auth = append(f.auth, r.Header.Get("Authorization"))
		f.mu.Unlock()
		f.script(&ctxWriter{ResponseWriter: w, ctx: r.Context()}, req, n)
	}))
	t.Cleanup(f.Close)
	return f
}

func (f *fakeLLM) requests() []llm.Request {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]llm.Request(nil), f.reqs...)
}

func (f *fakeLLM) url() string { return f.URL + "/v1" }

// sse writes one event and flushes it.
func sse(w http.ResponseWriter, v any) {
	var data string
	if s, ok := v.(string); ok {
		data = s
	} else {
		b, _ := json.Marshal(v)
		data = string(b)
	}
	fmt.Fprintf(w, "data: %s\n\n", data)
	w.(http.Flusher).Flush()
}

func startSSE(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(200)
	fmt.Fprint(w, ": keep-alive comment\n\n")
}

type call struct{ id, name, args string }

func delta(d map[string]any, finish any) map[string]any {
	return map[string]any{"id": "chatcmpl-1", "object": "chat.completion.chunk",
		"choices": []any{map[string]any{"index": 0, "delta": d, "finish_reason": finish}}}
}

// sayText streams text in small pieces, then stop, usage and [DONE].
func sayText(w http.ResponseWriter, text string, pieces int) {
	startSSE(w)
	rs := []rune(text)
	step := max(1, len(rs)/max(1, pieces))
	sse(w, delta(map[string]any{"role": "assistant", "content": ""}, nil))
	for i := 0; i < len(rs); i += step {
		sse(w, delta(map[string]any{"content": string(rs[i:min(len(rs), i+step)])}, nil))
	}
	sse(w, delta(map[string]any{}, "stop"))
	sse(w, map[string]any{"choices": []any{}, "usage": map[string]int{"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120}})
	sse(w, "[DONE]")
}

// callsOpenAI streams tool calls OpenAI-style: id and name first, then the
// arguments in fragments, each call at its own index.
func callsOpenAI(w http.ResponseWriter, calls ...call) {
	startSSE(w)
	for i, c := range calls {
		sse(w, delta(map[string]any{"role": "assistant", "tool_calls": []any{map[string]any{"index": i, "id": c.id, "type": "function",
			"function": map[string]any{"name": c.name, "arguments": ""}}}}, nil))
		rs := []rune(c.args)
		for j := 0; j < len(rs); j += 5 {
			sse(w, delta(map[string]any{"tool_calls": []any{map[string]any{"index": i,
				"function": map[string]any{"arguments": string(rs[j:min(len(rs), j+5)])}}}}, nil))
		}
	}
	sse(w, delta(map[string]any{}, "tool_calls"))
	sse(w, map[string]any{"choices": nil, "usage": map[string]int{"prompt_tokens": 200, "completion_tokens": 30, "total_tokens": 230}})
	sse(w, "[DONE]")
}

// callsOllama streams each call whole in one chunk, all at index 0, and
// finishes with "stop" (as older Ollama builds do).
func callsOllama(w http.ResponseWriter, calls ...call) {
	startSSE(w)
	for _, c := range calls {
		sse(w, delta(map[string]any{"role": "assistant", "content": "", "tool_calls": []any{map[string]any{"index": 0, "id": c.id, "type": "function",
			"function": map[string]any{"name": c.name, "arguments": c.args}}}}, nil))
	}
	sse(w, delta(map[string]any{}, "stop"))
	sse(w, "[DONE]")
}

// lastTool returns the content of the last tool message of a request.
func lastTool(req llm.Request) string {
	for i := len(req.Messages) - 1; i >= 0; i-- {
		if req.Messages[i].Role == "tool" {
			return req.Messages[i].Content
		}
	}
	return ""
}

func toolMessages(req llm.Request) int {
	n := 0
	for _, m := range req.Messages {
		if m.Role == "tool" {
			n++
		}
	}
	return n
}

// ctxWriter gives scripts the request's context (so a stalling script ends
// when the client gives up) and keeps Flush and Hijack.
type ctxWriter struct {
	http.ResponseWriter
	ctx context.Context
}

func (c *ctxWriter) Flush() { c.ResponseWriter.(http.Flusher).Flush() }
func (c *ctxWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	return c.ResponseWriter.(http.Hijacker).Hijack()
}

// wait sleeps d or until the client hung up.
func wait(w http.ResponseWriter, d time.Duration) {
	select {
	case <-time.After(d):
	case <-w.(*ctxWriter).ctx.Done():
	}
}

func stall(w http.ResponseWriter, d time.Duration) {
	startSSE(w)
	sse(w, delta(map[string]any{"role": "assistant", "content": ""}, nil))
	wait(w, d)
}

var _ = strings.Contains
