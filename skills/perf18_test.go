package skills_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/store"
)

// sealer is a skill whose one irreversible tool writes a record to its
// own file, handing the fsync's wait to the host when it can
// (skills.Later), and — with marks — declares that what it does is a
// write to that file (skills.MarksInFile).
type sealer struct {
	db    *store.DB
	marks bool
	// fsyncsBefore is how many fsyncs had happened since f0 when the
	// tool ran (the confirmation's mark waited for, or not).
	f0, fsyncsBefore uint64
}

type sealArgs struct {
	ID string `json:"id" jsonschema:"the record's id"`
}

func (s *sealer) Provision(env skills.Env) (err error) {
	s.db, err = env.Open("seals.db")
	return err
}

func (s *sealer) Tools() []*skills.Tool {
	opts := []skills.ToolOption{skills.WithPrepare(func(ctx context.Context, c skills.Caller, a sealArgs) (skills.Summary, error) {
		return skills.Summary{Text: "seal " + a.ID}, nil
	})}
	if s.marks {
		opts = append(opts, skills.MarksInFile(func() *store.DB { return s.db }))
	}
	return []*skills.Tool{skills.NewTool("seal", "Seal a record.", skills.Irreversible, nil,
		func(ctx context.Context, c skills.Caller, a sealArgs) (string, error) {
			s.fsyncsBefore = store.Fsyncs() - s.f0
			wait, err := s.db.Write(func(tx *store.Tx) error { return store.SetJSON(tx, store.NewKey("seal", a.ID), "sealed") })
			if err != nil {
				return "", err
			}
			if !skills.Later(ctx, s.db, wait) {
				if err := wait(); err != nil {
					return "", err
				}
			}
			return "sealed " + a.ID, nil
		}, opts...)}
}

// TestMarksInFilePerf18: the confirmation's "used" mark is on disk before
// an irreversible tool runs, unless the tool says that whatever it does
// is a write to its file (MarksInFile) and that file is the host's
// (store.Dir.Share): then the mark, the tool's write and the call's
// records share one fsync — after the tool ran, before the host answers.
// Files apart, the option changes nothing. Either way a confirmation
// serves once.
func TestMarksInFilePerf18(t *testing.T) {
	for _, tc := range []struct {
		shared, marks bool
		before, all   uint64 // fsyncs when the tool runs; for the whole confirmed call
	}{
		{shared: true, marks: true, before: 0, all: 1},
		{shared: true, marks: false, before: 1, all: 2},
		{shared: false, marks: true, before: 1, all: 3},
		{shared: false, marks: false, before: 1, all: 3},
	} {
		d, err := store.OpenDir(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		defer d.Close()
		if tc.shared {
			if err := d.Share("turns.db", "skills.db", "seals.db"); err != nil {
				t.Fatal(err)
			}
		}
		h, err := skills.NewHost(skills.HostOptions{Dir: d, Skills: []skills.ID{}})
		if err != nil {
			t.Fatal(err)
		}
		s := &sealer{marks: tc.marks}
		if err := h.Add("test.sealer", s); err != nil {
			t.Fatal(err)
		}
		ctx := skills.WithCaller(context.Background(), skills.Caller{UserID: "u1"})
		args := json.RawMessage(`{"id":"s1"}`)
		p := h.Call(ctx, "seal", args, skills.CallOptions{IdempotencyKey: "k1"})
		if p.Status != skills.StatusPending {
			t.Fatalf("%+v: prepare %+v", tc, p)
		}
		s.f0 = store.Fsyncs()
		r := h.Call(ctx, "seal", args, skills.CallOptions{IdempotencyKey: "k1", Confirmation: p.Confirmation.Nonce})
		all := store.Fsyncs() - s.f0
		if r.Status != skills.StatusOK || string(r.Data) != `"sealed s1"` {
			t.Fatalf("%+v: confirm %+v", tc, r)
		}
		if s.fsyncsBefore != tc.before || all != tc.all {
			t.Errorf("%+v: %d fsyncs before the tool ran, %d in all", tc, s.fsyncsBefore, all)
		}
		// The same confirmation again, under another key: refused.
		r = h.Call(ctx, "seal", args, skills.CallOptions{IdempotencyKey: "k2", Confirmation: p.Confirmation.Nonce})
		if r.Status != skills.StatusError || r.Error.Code != skills.CodeConfirmationInvalid {
			t.Errorf("%+v: a used confirmation again: %+v", tc, r)
		}
		h.Close()
	}
}
