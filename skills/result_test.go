package skills_test

import (
	"context"
	"encoding/json"
	"errors"
	"testing"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
)

// Ticket is a result type as a pack exports it.
type Ticket struct {
	ID    string          `json:"id"`
	Seats []int           `json:"seats"`
	Note  string          `json:"note,omitempty"`
	Extra json.RawMessage `json:"extra,omitempty"`
}

type ticketSkill struct{ bad bool }

func (s ticketSkill) Tools() []*skills.Tool {
	return []*skills.Tool{skills.NewTool("ticket_get", "A ticket.", skills.Read, nil,
		func(context.Context, skills.Caller, struct{}) (Ticket, error) {
			return Ticket{ID: "t1", Seats: []int{3, 4}, Extra: json.RawMessage(`{"row":"A"}`)}, nil
		})}
}

// TestResultSchema: a typed tool's result type is its Output schema; data
// that breaks it is reported field by field; Decode reads a result into the
// exported type and says which tool and type disagreed when it cannot.
func TestResultSchema(t *testing.T) {
	h := skilltest.New(t, skilltest.Skill("test.ticket", ticketSkill{}))
	tool, _ := h.Host.Tool("ticket_get")
	const want = `{"type":"object","properties":{"id":{"type":"string"},"seats":{"type":["null","array"],"items":{"type":"integer"}},` +
		`"note":{"type":"string"},"extra":true},"required":["id","seats"],"additionalProperties":false}`
	if string(tool.Output) != want {
		t.Errorf("output schema\n got %s\nwant %s", tool.Output, want)
	}
	ctx := h.As("u1")
	r := h.Call(ctx, "ticket_get", struct{}{}) // skilltest checks r against Output
	got := skilltest.Decode[Ticket](t, r)
	if got.ID != "t1" || len(got.Seats) != 2 || string(got.Extra) != `{"row":"A"}` {
		t.Errorf("decoded %+v", got)
	}

	err := tool.ValidateResult([]byte(`{"id":7,"seats":[1],"colour":"red"}`))
	const wantErr = `internal: result of ticket_get does not match its declared type: ` +
		`(result): additional properties 'colour' not allowed; /id: got number, want string`
	if err == nil || err.Error() != wantErr {
		t.Errorf("bad result:\n got %v\nwant %s", err, wantErr)
	}
	if err := tool.ValidateResult(r.Data); err != nil {
		t.Errorf("good result: %v", err)
	}

	_, err = skills.Decode[Ticket](skills.Result{Tool: "ticket_get", Status: skills.StatusOK, Data: json.RawMessage(`{"id":7}`)})
	var de *skills.DecodeError
	if !errors.As(err, &de) || de.Tool != "ticket_get" || de.Into != "skills_test.Ticket" {
		t.Fatalf("decode error %#v", err)
	}
	if want := "result of ticket_get does not decode into skills_test.Ticket: json: cannot unmarshal number into Go struct field Ticket.id of type string"; err.Error() != want {
		t.Errorf("decode error:\n got %v\nwant %s", err, want)
	}
	_, err = skills.Decode[Ticket](skills.Result{Tool: "ticket_get", Status: skills.StatusError, Error: skills.Errorf(skills.CodeNotFound, "no ticket t9")})
	if !errors.Is(err, skills.ErrNotFound) || err.Error() != "result of ticket_get is error, not a skills_test.Ticket: not_found: no ticket t9" {
		t.Errorf("decoding an error result: %v", err)
	}
}
