package server_test

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server"
	"github.com/madang-world/madang/skills/mcpsrc"
	"github.com/madang-world/madang/skills/skilltest"
)

// buildLunch builds the external skill example.
func buildLunch(t *testing.T) string {
	bin := filepath.Join(t.TempDir(), "mcplunch")
	cmd := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "build", "-o", bin, "../examples/mcplunch")
	cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building mcplunch: %v\n%s", err, out)
	}
	return bin
}

// menuModel is an LLM that looks up the cafeteria menu with the external
// tool and then reads it out.
func menuModel(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Messages []struct {
			Role    string `json:"role"`
			Content string `json:"content"`
		} `json:"messages"`
		Tools []struct {
			Function struct {
				Name string `json:"name"`
			} `json:"function"`
		} `json:"tools"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || len(req.Messages) == 0 {
		http.Error(w, fmt.Sprintf("the request is not a chat completion with messages: %v", err), http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	last := req.Messages[len(req.Messages)-1]
	if last.Role != "tool" {
		has := false
		for _, t := range req.Tools {
			has = has || t.Function.Name == "lunch_menu_today"
		}
		if !has {
			fmt.Fprint(w, `data: {"choices":[{"index":0,"delta":{"content":"no lunch tool"},"finish_reason":"stop"}]}`+"\n\ndata: [DONE]\n\n")
			return
		}
		fmt.Fprint(w, `data: {"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"c1","type":"function","function":{"name":"lunch_menu_today","arguments":"{\"date\":\"2026-12-07\"}"}}]},"finish_reason":"tool_calls"}]}`+"\n\ndata: [DONE]\n\n")
		return
	}
	b, _ := json.Marshal(map[string]any{"choices": []any{map[string]any{"index": 0, "delta": map[string]any{"content": "오늘 메뉴: " + last.Content}, "finish_reason": "stop"}}})
	fmt.Fprintf(w, "data: %s\n\ndata: [DONE]\n\n", b)
}

// TestAvatarUsesMCPTool: an avatar granted an external MCP source calls
// its tool (over stdio, then over Streamable HTTP), and the user hears the
// answer over the real WebSocket (auditing is tested in skills/mcpsrc).
func TestAvatarUsesMCPTool(t *testing.T) {
	bin := buildLunch(t)
	fake := httptest.NewServer(http.HandlerFunc(menuModel))
	defer fake.Close()
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := ln.Addr().String()
	ln.Close()
	httpSrv := exec.Command(bin, "-http", addr)
	if err := httpSrv.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { httpSrv.Process.Kill(); httpSrv.Wait() }()
	for i := 0; i < 100; i++ {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	for _, transport := range []string{"stdio", "http"} {
		t.Run(transport, func(t *testing.T) {
			src := mcpsrc.Source{Name: "lunch", Command: bin, Effects: map[string]string{"menu_today": "read"}}
			if transport == "http" {
				src = mcpsrc.Source{Name: "lunch", URL: "http://" + addr + "/mcp", Effects: map[string]string{"menu_today": "read"}}
			}
			c, err := mcpsrc.Dial(t.Context(), src)
			if err != nil {
				t.Fatal(err)
			}
			src.Approved = c.Definitions()
			c.Close()
			cfg := filepath.Join(t.TempDir(), "mcp.json")
			b, _ := json.Marshal(mcpsrc.Config{Sources: []mcpsrc.Source{src}})
			os.WriteFile(cfg, b, 0o644)
			as := avatars.Campus()
			for _, a := range as {
				if a.ID == "assistant" {
					a.Skills = append(a.Skills, "mcp.lunch")
					a.Scopes = append(a.Scopes, "mcp.lunch")
					a.Brain = llmBrain(fake.URL, "")
				}
			}
			ts := newTestServer(t, &server.Options{World: campus(), Avatars: as, Clock: skilltest.NewClock(skilltest.Start), Speed: 15, Sources: []server.SkillSource{mcpsrc.File(cfg)}})
			bt := newBot(t, ts, "민수")
			bt.join(t, "lobby")
			av := avatarIn(t, bt, "assistant")
			if _, err := bt.Talk(av, "오늘 구내식당 메뉴 뭐야?"); err != nil {
				t.Fatal(err)
			}
			var said strings.Builder
			deadline := time.After(15 * time.Second)
			for done := false; !done; {
				select {
				case ev := <-bt.Events():
					if s, ok := ev.Payload.(*protocol.Speech); ok {
						said.WriteString(s.Text)
						done = s.Final
					}
				case <-deadline:
					t.Fatalf("no answer; so far %q", said.String())
				}
			}
			if !strings.Contains(said.String(), "불고기") || !strings.Contains(said.String(), "external") {
				t.Errorf("answer %q lacks the external menu", said.String())
			}
		})
	}
}
