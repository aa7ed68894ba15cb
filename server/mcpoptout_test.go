package server_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/madang-world/madang/skills"
)

// optOut is a skill with one tool offered over /mcp and one kept off it.
type optOut struct{}

func (optOut) Tools() []*skills.Tool {
	hello := func(ctx context.Context, c skills.Caller, _ struct{}) (string, error) {
		return "안녕하세요, " + c.Name, nil
	}
	return []*skills.Tool{
		skills.NewTool("optout_everywhere", "Greets the caller.", skills.Read, nil, hello),
		skills.NewTool("optout_inworld", "Greets the caller, in the world only.", skills.Read, nil, hello, skills.WithoutMCP()),
	}
}

var registerOptOut sync.Once

// listedTools is the set of tool names an MCP session is offered.
func listedTools(ctx context.Context, t *testing.T, cs *mcp.ClientSession) map[string]bool {
	t.Helper()
	lt, err := cs.ListTools(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, x := range lt.Tools {
		names[x.Name] = true
	}
	return names
}

// TestMCPToolOptOut: a tool declared WithoutMCP is neither listed nor
// callable over /mcp, while its sibling is.
func TestMCPToolOptOut(t *testing.T) {
	registerOptOut.Do(func() { skills.Register(skills.Info{ID: "test.optout", New: func() skills.Skill { return optOut{} }}) })
	ts := newAvatarServer(t, "", nil)
	b := newBot(t, ts, "민수")
	cs, err := mcpConnect(t, ts, mcpToken(t, ts, b.cred.Token), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer cs.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	listed := listedTools(ctx, t, cs)
	if !listed["optout_everywhere"] || listed["optout_inworld"] {
		t.Errorf("listed: everywhere %v, in-world only %v", listed["optout_everywhere"], listed["optout_inworld"])
	}
	res, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: "optout_everywhere", Arguments: map[string]any{}})
	if err != nil || res.IsError || res.Content[0].(*mcp.TextContent).Text != `"안녕하세요, 민수"` {
		t.Errorf("the offered tool: %v %+v", err, res)
	}
	res, err = cs.CallTool(ctx, &mcp.CallToolParams{Name: "optout_inworld", Arguments: map[string]any{}})
	if err == nil && !res.IsError {
		t.Errorf("the in-world tool ran over /mcp: %+v", res.Content[0])
	}
}
