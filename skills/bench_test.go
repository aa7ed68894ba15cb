package skills_test

import (
	"encoding/json"
	"testing"

	"github.com/madang-world/madang/skills"
)

// BenchmarkDispatchRead: the Host's overhead for a read tool whose handler
// does nothing: lookup, caller and scope checks, schema validation,
// decoding, encoding the result.
func BenchmarkDispatchRead(b *testing.B) {
	h, _ := newGifts(b)
	ctx := h.As("alice", all...)
	args := json.RawMessage(`{}`)
	b.ReportAllocs()
	for b.Loop() {
		if r := h.Host.Call(ctx, "gifts_list", args, skills.CallOptions{}); r.Status != skills.StatusOK {
			b.Fatal(r.Error)
		}
	}
}

// BenchmarkPrepareIrreversible: validating arguments and issuing a
// confirmation, which writes the confirmation and an audit entry durably
// (two fsynced commits).
func BenchmarkPrepareIrreversible(b *testing.B) {
	h, _ := newGifts(b)
	ctx := h.As("alice", all...)
	args := json.RawMessage(`{"to":"지영","amount":30000,"note":"생일 축하해"}`)
	b.ReportAllocs()
	for b.Loop() {
		if r := h.Host.Call(ctx, "gifts_send", args, skills.CallOptions{IdempotencyKey: "k"}); r.Status != skills.StatusPending {
			b.Fatal(r.Error)
		}
	}
}
