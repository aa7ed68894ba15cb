package server_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/skills/mcpsrc"
)

// nodeProject installs examples/mcpnode (the MCP TypeScript SDK from npm,
// pinned by its package-lock.json) into a temporary copy, once per test
// binary.
func nodeProject(t *testing.T) string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node is not installed: run `make test-deps` (installs Debian's nodejs and npm)")
	}
	_ = node
	dir := t.TempDir()
	for _, f := range []string{"package.json", "package-lock.json", "skill.mjs", "client.mjs"} {
		b, err := os.ReadFile(filepath.Join("..", "examples", "mcpnode", f))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, f), b, 0o644)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("npm ci: %v\n%s", err, out)
	}
	return dir
}

// TestMCPInteropTypeScript: the official MCP TypeScript SDK's client —
// code Madang did not write — lists Madang's tools over /mcp, searches,
// holds a table and confirms it through elicitation; a declined
// elicitation leaves the booking held. And a skill written in JavaScript
// with the same SDK serves an avatar's tool calls over stdio.
func TestMCPInteropTypeScript(t *testing.T) {
	if testing.Short() {
		t.Skip("installs the MCP TypeScript SDK with npm")
	}
	dir := nodeProject(t)
	ts := newAvatarServer(t, "", nil)
	b := newBot(t, ts, "민수")
	tok := mcpTokenClientConfirm(t, ts, b.cred.Token) // the user lets this client confirm

	run := func(env ...string) map[string]map[string]any {
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		defer cancel()
		cmd := exec.CommandContext(ctx, "node", "client.mjs", ts.URL+"/mcp", tok)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), env...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		steps := map[string]map[string]any{}
		sc := bufio.NewScanner(bytes.NewReader(out))
		for sc.Scan() {
			var m map[string]any
			if json.Unmarshal(sc.Bytes(), &m) == nil {
				steps[m["step"].(string)] = m
			}
		}
		if err != nil {
			t.Fatalf("node client: %v\n%s\n%s", err, out, stderr.String())
		}
		return steps
	}
	steps := run()
	tools, _ := steps["list"]["tools"].([]any)
	if len(tools) < 10 || !strings.Contains(toJSON(tools), "booking_confirm") {
		t.Errorf("tools listed: %v", tools)
	}
	if typed := toJSON(steps["list"]["typed"]); !strings.Contains(typed, `"booking_hold"`) || !strings.Contains(typed, `"booking_confirm"`) || strings.Contains(typed, `"booking_mine"`) {
		t.Errorf("tools with an outputSchema: %s", typed)
	}
	if steps["search"]["isError"] != false || !strings.Contains(steps["search"]["text"].(string), "트라토리아") {
		t.Errorf("search: %v", steps["search"])
	}
	if steps["hold"]["status"] != "held" {
		t.Errorf("hold: %v", steps["hold"])
	}
	if c := steps["confirm"]; c["isError"] != false || c["status"] != "confirmed" || !strings.Contains(c["asked"].(string), "12월 10일(목)") {
		t.Errorf("confirm: %v", c)
	}
	steps = run("MADANG_ELICIT=decline")
	if c := steps["confirm"]; !strings.Contains(c["text"].(string), "declined") || c["status"] != "declined" {
		t.Errorf("declined confirm: %v", c)
	}
	mcpCalls := 0
	for _, e := range ts.Server.SkillsAudit() {
		if e.Channel == "mcp" {
			mcpCalls++
		}
	}
	if mcpCalls != 7 { // run 1: search, hold, confirm (prepare, commit); run 2: search, hold, prepare
		t.Errorf("%d audited MCP calls", mcpCalls)
	}

	// The JavaScript skill, over stdio, through mcpsrc.
	src := mcpsrc.Source{Name: "events", Command: "node", Args: []string{filepath.Join(dir, "skill.mjs")}, Effects: map[string]string{"events_on": "read"}}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := mcpsrc.Dial(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	src.Approved = c.Definitions()
	c2, err := mcpsrc.Dial(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	ids, err := mcpsrc.NewPseudonyms(bytes.Repeat([]byte{9}, 32))
	if err != nil {
		t.Fatal(err)
	}
	tl, refused := c2.Tools(nil, ids)
	if len(tl) != 3 || len(refused) != 0 { // events_on, my_registrations, register
		t.Fatalf("tools %d, refused %+v", len(tl), refused)
	}
}

func toJSON(v any) string { b, _ := json.Marshal(v); return string(b) }
