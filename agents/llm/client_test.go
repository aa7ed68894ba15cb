package llm_test

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/agents/llm"
)

func client(f *fakeLLM) *llm.Client {
	return llm.NewClient(llm.Config{BaseURL: f.url(), Model: "test-model", APIKey: "sk-test", FirstByte: time.Second, IdleTimeout: time.Second})
}

func stream(t *testing.T, c *llm.Client) (*llm.Response, []string, error) {
	var pieces []string
	resp, err := c.Stream(context.Background(), llm.Request{Messages: []llm.Message{{Role: "user", Content: "안녕"}}}, func(s string) { pieces = append(pieces, s) })
	return resp, pieces, err
}

func TestStreamsText(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, req llm.Request, n int) {
		sayText(w, "안녕하세요, 무엇을 도와드릴까요?", 5)
	})
	resp, pieces, err := stream(t, client(f))
	if err != nil {
		t.Fatal(err)
	}
	if resp.Content != "안녕하세요, 무엇을 도와드릴까요?" || len(pieces) < 4 || strings.Join(pieces, "") != resp.Content {
		t.Errorf("content %q in %d pieces", resp.Content, len(pieces))
	}
	if resp.Usage.TotalTokens != 120 || resp.FinishReason != "stop" {
		t.Errorf("usage %+v finish %q", resp.Usage, resp.FinishReason)
	}
	req := f.requests()[0]
	if !req.Stream || req.MaxTokens != 512 || req.Model != "test-model" || f.auth[0] != "Bearer sk-test" {
		t.Errorf("request: stream=%v max_tokens=%d model=%q auth=%q", req.Stream, req.MaxTokens, req.Model, f.auth[0])
	}
}

func TestAssemblesToolCalls(t *testing.T) {
	calls := []call{
		{"call_A", "booking_search_restaurants", `{"area":"강남","cuisine":"italian","party_size":4}`},
		{"call_B", "booking_mine", `{}`},
	}
	for name, style := range map[string]func(http.ResponseWriter, ...call){"openai": callsOpenAI, "ollama": callsOllama} {
		t.Run(name, func(t *testing.T) {
			f := newFake(t, func(w http.ResponseWriter, req llm.Request, n int) { style(w, calls...) })
			resp, _, err := stream(t, client(f))
			if err != nil {
				t.Fatal(err)
			}
			if len(resp.ToolCalls) != 2 {
				t.Fatalf("%d calls: %+v", len(resp.ToolCalls), resp.ToolCalls)
			}
			for i, c := range calls {
				got := resp.ToolCalls[i]
				if got.ID != c.id || got.Function.Name != c.name || got.Function.Arguments != c.args {
					t.Errorf("call %d: %+v, want %+v", i, got, c)
				}
			}
		})
	}
}

// llama.cpp once repeated the name in every delta; names are assigned,
// never concatenated. Empty arguments mean {}.
func TestRepeatedNamesAndEmptyArgs(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, req llm.Request, n int) {
		startSSE(w)
		for _, a := range []string{"", ""} {
			sse(w, delta(map[string]any{"tool_calls": []any{map[string]any{"index": 0, "id": "c1", "function": map[string]any{"name": "booking_mine", "arguments": a}}}}, nil))
		}
		sse(w, delta(map[string]any{}, "tool_calls"))
		sse(w, "[DONE]")
	})
	resp, _, err := stream(t, client(f))
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.ToolCalls) != 1 || resp.ToolCalls[0].Function.Name != "booking_mine" || resp.ToolCalls[0].Function.Arguments != "{}" {
		t.Errorf("%+v", resp.ToolCalls)
	}
}

func TestRetriesHonourRetryAfter(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, req llm.Request, n int) {
		switch n {
		case 0:
			w.Header().Set("Retry-After", "0.3")
			http.Error(w, `{"error":{"message":"rate limited"}}`, 429)
		case 1:
			http.Error(w, "overloaded", 503)
		default:
			sayText(w, "됐어요", 1)
		}
	})
	start := time.Now()
	resp, _, err := stream(t, client(f))
	if err != nil {
		t.Fatal(err)
	}
	if resp.Attempts != 3 || time.Since(start) < 300*time.Millisecond {
		t.Errorf("attempts %d after %v", resp.Attempts, time.Since(start))
	}
}

func TestNoRetryOn4xxOrLongRetryAfter(t *testing.T) {
	for _, c := range []struct {
		status int
		after  string
	}{{400, ""}, {401, ""}, {429, "30"}, {500, ""}} {
		f := newFake(t, func(w http.ResponseWriter, req llm.Request, n int) {
			if c.after != "" {
				w.Header().Set("Retry-After", c.after)
			}
			http.Error(w, "no", c.status)
		})
		start := time.Now()
		_, _, err := stream(t, client(f))
		var se *llm.StatusError
		if !errors.As(err, &se) || se.Status != c.status {
			t.Fatalf("%d: %v", c.status, err)
		}
		want := 1
		if c.status == 500 {
			want = 3 // 5xx is retried (≤ 3 attempts)
		}
		if got := len(f.requests()); got != want || time.Since(start) > 15*time.Second { // a long Retry-After is not waited for; how fast is not asserted (load)
			t.Errorf("HTTP %d Retry-After %q: %d attempts in %v, want %d", c.status, c.after, got, time.Since(start), want)
		}
	}
}

func TestBrokenStreams(t *testing.T) {
	cases := map[string]func(w http.ResponseWriter){
		"reset mid-stream": func(w http.ResponseWriter) {
			startSSE(w)
			sse(w, delta(map[string]any{"content": "반쯤 말하다가"}, nil))
			conn, _, _ := w.(http.Hijacker).Hijack()
			conn.(*net.TCPConn).SetLinger(0)
			conn.Close()
		},
		"truncated": func(w http.ResponseWriter) {
			startSSE(w)
			sse(w, delta(map[string]any{"tool_calls": []any{map[string]any{"index": 0, "id": "c1", "function": map[string]any{"name": "booking_hold", "arguments": `{"place_id":`}}}}, nil))
		},
		"garbage": func(w http.ResponseWriter) {
			startSSE(w)
			sse(w, "{not json")
		},
		"error event": func(w http.ResponseWriter) {
			startSSE(w)
			sse(w, map[string]any{"error": map[string]any{"message": "model crashed"}})
		},
	}
	for name, script := range cases {
		t.Run(name, func(t *testing.T) {
			f := newFake(t, func(w http.ResponseWriter, req llm.Request, n int) { script(w) })
			resp, _, err := stream(t, client(f))
			if err == nil {
				t.Fatalf("no error; response %+v", resp)
			}
			if n := len(f.requests()); n != 1 {
				t.Errorf("%d requests: a stream that already spoke or broke mid-way must not be retried", n)
			}
		})
	}
}

func TestStallTimesOut(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, req llm.Request, n int) { stall(w, 30*time.Second) })
	c := llm.NewClient(llm.Config{BaseURL: f.url(), Model: "m"}) // defaults: 1.5 s first byte and idle
	start := time.Now()
	_, _, err := stream(t, c)
	if !errors.Is(err, llm.ErrTimeout) || time.Since(start) > 15*time.Second { // not the 30 s stall; exact timing is not asserted (load)
		t.Fatalf("after %v: %v", time.Since(start), err)
	}
	// No headers at all: the first-byte timeout (2 s) fires.
	f2 := newFake(t, func(w http.ResponseWriter, req llm.Request, n int) { wait(w, 30*time.Second) })
	start = time.Now()
	_, _, err = stream(t, llm.NewClient(llm.Config{BaseURL: f2.url(), Model: "m"}))
	if !errors.Is(err, llm.ErrTimeout) || time.Since(start) > 15*time.Second {
		t.Fatalf("silent server: after %v: %v", time.Since(start), err)
	}
}
