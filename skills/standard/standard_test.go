package standard_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/booking"
	"github.com/madang-world/madang/skills/scheduling"
	"github.com/madang-world/madang/skills/shopping"
	"github.com/madang-world/madang/skills/skilltest"
	_ "github.com/madang-world/madang/skills/standard"
	"github.com/madang-world/madang/skills/tutoring"
)

var builtin = []skills.ID{booking.ID, scheduling.ID, shopping.ID, tutoring.ID}

// TestEveryTool: every built-in tool has an object schema that forbids
// unknown fields, declares its scopes and refuses callers without them,
// rejects arguments it does not know (a model passing user_id, say), and
// refuses an anonymous context.
func TestEveryTool(t *testing.T) {
	h := skilltest.New(t, skilltest.Registered(builtin...))
	tools := h.Host.Tools()
	if len(tools) < 35 {
		t.Fatalf("only %d tools", len(tools))
	}
	irreversible := 0
	for _, tool := range tools {
		var s map[string]any
		if err := json.Unmarshal(tool.Schema, &s); err != nil || s["type"] != "object" || s["additionalProperties"] != false {
			t.Errorf("%s: schema %s", tool.Name, tool.Schema)
		}
		if len(tool.Scopes) == 0 {
			t.Errorf("%s declares no scope", tool.Name)
		}
		if tool.Description == "" {
			t.Errorf("%s has no description", tool.Name)
		}
		if tool.Effect == skills.Irreversible {
			irreversible++
		}
		if r := h.Call(h.As("u1"), tool.Name, `{}`); skilltest.ErrCode(r) != skills.CodeForbidden {
			t.Errorf("%s without scopes: %+v", tool.Name, r)
		}
		all := h.As("u1", tool.Scopes...)
		if r := h.Call(all, tool.Name, `{"user_id":"u2"}`); skilltest.ErrCode(r) != skills.CodeInvalidArguments || !strings.Contains(r.Error.Message, "user_id") {
			t.Errorf("%s with user_id: %+v", tool.Name, r)
		}
		if r := h.Call(context.Background(), tool.Name, `{}`); skilltest.ErrCode(r) != skills.CodeUnauthenticated {
			t.Errorf("%s anonymous: %+v", tool.Name, r)
		}
	}
	if irreversible < 6 {
		t.Fatalf("%d irreversible tools", irreversible)
	}
}
