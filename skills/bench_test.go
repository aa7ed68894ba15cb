package skills_test

import (
	"encoding/json"
	"strconv"
	"testing"
	"time"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
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

// BenchmarkWriteRecords: a write call's records (idempotency record,
// its index entry, audit entry; durable) with the clock moving a second a
// call. "expiring": ten minutes' records are kept and each call's
// transaction sweeps older ones (expire.go); "kept": nothing expires
// within the run — the cost of the sweep is the difference.
func BenchmarkWriteRecords(b *testing.B) {
	for _, kept := range []bool{false, true} {
		name := "expiring"
		if kept {
			name = "kept"
		}
		b.Run(name, func(b *testing.B) {
			g := &gifts{ideas: map[string][]string{}}
			h := skilltest.New(b, skilltest.Skill("test.gifts", g), skilltest.Host(func(o *skills.HostOptions) {
				o.IdempotencyTTL, o.AuditRetention = 10*time.Minute, 10*time.Minute
				if kept {
					o.IdempotencyTTL, o.AuditRetention = 1000*time.Hour, -1
				}
			}))
			ctx := h.As("alice", all...)
			args := json.RawMessage(`{"idea":"꽃"}`)
			i := 0
			b.ReportAllocs()
			for b.Loop() {
				i++
				h.Clock.Advance(time.Second)
				if r := h.Host.Call(ctx, "gifts_add", args, skills.CallOptions{IdempotencyKey: strconv.Itoa(i)}); r.Status != skills.StatusOK {
					b.Fatal(r.Error)
				}
			}
		})
	}
}
