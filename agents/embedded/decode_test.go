package embedded

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/skills"
	_ "github.com/madang-world/madang/skills/booking"
)

// TestUnreadableResult: a tool result that is not JSON ends the turn with
// a *skills.DecodeError naming the tool (the conversation logs it and
// apologises) instead of rendering a card from nothing; a damaged quiz
// state does the same with its slot named.
func TestUnreadableResult(t *testing.T) {
	jini := campusAvatar(t, "assistant")
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	good, err := New().Next(context.Background(), &agents.Turn{Avatar: jini, User: agents.User{ID: "u"}, Now: now, State: &agents.State{Lang: "ko"},
		Input: agents.Input{Kind: agents.InResult, Result: &skills.Result{Tool: "booking_search_restaurants", Status: skills.StatusOK, Data: json.RawMessage(`[]`)}}})
	if err != nil || good.Say == "" {
		t.Fatalf("a readable empty result: %+v, %v", good, err)
	}
	_, err = New().Next(context.Background(), &agents.Turn{Avatar: jini, User: agents.User{ID: "u"}, Now: now, State: &agents.State{Lang: "ko"},
		Input: agents.Input{Kind: agents.InResult, Result: &skills.Result{Tool: "booking_search_restaurants", Status: skills.StatusOK, Data: json.RawMessage(`[{"id":`)}}})
	var de *skills.DecodeError
	if !errors.As(err, &de) || de.Tool != "booking_search_restaurants" {
		t.Fatalf("an unreadable result: %v", err)
	}
	if want := "result of booking_search_restaurants does not decode into JSON: unexpected end of JSON input"; err.Error() != want {
		t.Errorf("error:\n got %s\nwant %s", err, want)
	}

	st := &agents.State{Lang: "ko", Slots: map[string]string{"_seq": `["q1",`, "_seq_tool": "booking_search_restaurants"}}
	tt := &turn{Turn: &agents.Turn{Avatar: jini, State: st}, st: st, lang: "ko"}
	var items []any
	tt.stateJSON("_seq", &items)
	if tt.err == nil || !strings.HasPrefix(tt.err.Error(), "embedded: conversation state _seq is damaged: ") {
		t.Errorf("damaged state: %v", tt.err)
	}
}
