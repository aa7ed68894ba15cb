package skills_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/store"
)

// noter is a skill whose one tool writes a note to its own file and
// hands the fsync's wait to the host when it can (skills.Later).
type noter struct {
	db      *store.DB
	later   []bool       // what Later answered, call by call
	badWait func() error // if set, the wait handed over instead of the write's
	openErr error
}

type noteArgs struct {
	ID   string `json:"id" jsonschema:"the note's id"`
	Text string `json:"text" jsonschema:"the note"`
}

func (n *noter) Provision(env skills.Env) error {
	n.db, n.openErr = env.Open("notes.db")
	return n.openErr
}

func (n *noter) Tools() []*skills.Tool {
	return []*skills.Tool{skills.NewTool("note", "Keep a note.", skills.Write, nil,
		func(ctx context.Context, c skills.Caller, a noteArgs) (string, error) {
			wait, err := n.db.Write(func(tx *store.Tx) error { return store.SetJSON(tx, store.NewKey("note", a.ID), a.Text) })
			if err != nil {
				return "", err
			}
			if n.badWait != nil {
				wait = n.badWait
			}
			later := skills.Later(ctx, n.db, wait)
			n.later = append(n.later, later)
			if !later {
				if err := wait(); err != nil {
					return "", err
				}
			}
			return "적었어요: " + a.Text, nil
		})}
}

// TestLaterOneFsync: a tool whose file shares the host's file
// (store.Dir.Share) hands its wait to the host, and the call — the
// tool's write, the idempotency record and the audit entry — costs one
// fsync; in a file of its own the tool waits itself (Later is false).
// A wait handed over that fails fails the call.
func TestLaterOneFsync(t *testing.T) {
	for _, shared := range []bool{true, false} {
		d, err := store.OpenDir(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		defer d.Close()
		if shared {
			if err := d.Share("turns.db", "skills.db", "notes.db"); err != nil {
				t.Fatal(err)
			}
		}
		h, err := skills.NewHost(skills.HostOptions{Dir: d, Skills: []skills.ID{}})
		if err != nil {
			t.Fatal(err)
		}
		n := &noter{}
		if err := h.Add("test.noter", n); err != nil {
			t.Fatal(err)
		}
		ctx := skills.WithCaller(context.Background(), skills.Caller{UserID: "u1"})
		f0 := store.Fsyncs()
		r := h.Call(ctx, "note", json.RawMessage(`{"id":"n1","text":"광합성은 엽록체에서"}`), skills.CallOptions{IdempotencyKey: "k1"})
		if r.Status != skills.StatusOK || string(r.Data) != `"적었어요: 광합성은 엽록체에서"` {
			t.Fatalf("shared=%v: %+v", shared, r)
		}
		fsyncs := store.Fsyncs() - f0
		switch {
		case shared && (len(n.later) != 1 || !n.later[0] || fsyncs != 1):
			t.Errorf("shared file: Later %v, %d fsyncs; want true and 1", n.later, fsyncs)
		case !shared && (len(n.later) != 1 || n.later[0] || fsyncs != 2):
			t.Errorf("files apart: Later %v, %d fsyncs; want false and 2 (notes.db, skills.db)", n.later, fsyncs)
		}
		var text string
		if err := n.db.View(func(tx *store.Tx) error { return store.GetJSON(tx, store.NewKey("note", "n1"), &text) }); err != nil || text != "광합성은 엽록체에서" {
			t.Errorf("shared=%v: the note reads %q (%v)", shared, text, err)
		}
		if !shared {
			continue
		}
		// The wait handed over fails: so does the call.
		n.badWait = func() error { return errors.New("fsync: input/output error") }
		r = h.Call(ctx, "note", json.RawMessage(`{"id":"n2","text":"산소"}`), skills.CallOptions{IdempotencyKey: "k2"})
		if r.Status != skills.StatusError || r.Error.Code != skills.CodeUnavailable || !strings.Contains(r.Error.Message, "could not be saved to disk") {
			t.Errorf("a failed wait handed over: %+v, want an unavailable error", r)
		}
	}
}
