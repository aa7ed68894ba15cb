package server_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/llm"
	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server"
	"github.com/madang-world/madang/skills/skilltest"
	"github.com/prometheus/client_golang/prometheus"
)

// llmBrain is an avatar file's brain object for an LLM at url (a local
// fake), with more settings if given.
func llmBrain(url, more string) avatars.Brain {
	cfg := fmt.Sprintf(`{"kind":"llm","base_url":%q,"model":"fake"`, url+"/v1")
	if more != "" {
		cfg += "," + more
	}
	return avatars.Brain{Kind: "llm", Config: json.RawMessage(cfg + "}")}
}

// TestLLMAvatar: an avatar whose file says "brain": {"kind": "llm"} thinks
// with the configured OpenAI-compatible endpoint (here a local fake that
// speaks SSE), its answer reaches the user over the real WebSocket in
// several chunks, the API key comes from the environment, and /metrics
// counts tokens, cost and outcomes.
func TestLLMAvatar(t *testing.T) {
	var gotAuth string
	fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotAuth = r.Header.Get("Authorization")
		var req struct {
			MaxTokens int `json:"max_tokens"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, "the request is not a chat completion: "+err.Error(), http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "text/event-stream")
		for _, piece := range []string{"안녕하세요! ", "저는 언어 모델로 ", "생각하는 ", "비서예요."} {
			b, _ := json.Marshal(map[string]any{"choices": []any{map[string]any{"index": 0, "delta": map[string]any{"content": piece}}}})
			fmt.Fprintf(w, "data: %s\n\n", b)
			w.(http.Flusher).Flush()
			time.Sleep(20 * time.Millisecond)
		}
		fmt.Fprintf(w, "data: %s\n\n", `{"choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"usage":{"prompt_tokens":300,"completion_tokens":40,"total_tokens":340}}`)
		fmt.Fprint(w, "data: [DONE]\n\n")
	}))
	defer fake.Close()
	t.Setenv("MADANG_TEST_LLM_KEY", "sk-from-env")
	as := avatars.Campus()
	for _, a := range as {
		if a.ID == "assistant" {
			a.Brain = llmBrain(fake.URL, `"api_key_env":"MADANG_TEST_LLM_KEY","price_per_mtokens":1000`)
		}
	}
	// The program, not the server, makes the meter: the counters are
	// llm.PromMeter's, on the registry /metrics serves.
	reg := prometheus.NewRegistry()
	ts := newTestServer(t, &server.Options{World: campus(), Avatars: as, Clock: skilltest.NewClock(skilltest.Start), Speed: 15,
		Registry: reg, Brains: agents.NewBrains(llm.NewMeter(reg), nil)})
	b := newBot(t, ts, "민수")
	b.join(t, "lobby")
	av := avatarIn(t, b, "assistant")
	if _, err := b.Talk(av, "안녕하세요"); err != nil {
		t.Fatal(err)
	}
	var chunks []string
	deadline := time.After(10 * time.Second)
	for done := false; !done; {
		select {
		case ev := <-b.Events():
			if s, ok := ev.Payload.(*protocol.Speech); ok && s.Avatar == av {
				chunks = append(chunks, s.Text)
				done = s.Final
			}
		case <-deadline:
			t.Fatalf("no answer; chunks so far %q", chunks)
		}
	}
	if got := strings.Join(chunks, ""); got != "안녕하세요! 저는 언어 모델로 생각하는 비서예요." || len(chunks) < 4 {
		t.Errorf("answer %q in %d chunks", got, len(chunks))
	}
	if gotAuth != "Bearer sk-from-env" {
		t.Errorf("Authorization %q", gotAuth)
	}
	resp, err := http.Get(ts.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`madang_llm_tokens_total{avatar="assistant",kind="prompt"} 300`,
		`madang_llm_tokens_total{avatar="assistant",kind="completion"} 40`,
		`madang_llm_cost_usd_total{avatar="assistant"} 0.34`, // 340 tokens at $1000 per million
		`madang_llm_turns_total{avatar="assistant",outcome="ok"} 1`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}
