package standard_test

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
)

// FuzzToolArgs sends arbitrary argument bytes to every built-in tool through
// the real Host (schema validation, decoding, the handler, the database) as a
// caller holding every scope the tool needs. Whatever the bytes, the answer is
// a typed result: never a panic and never CodeInternal (which means a bug),
// and arguments the schema refuses never reach the handler. An irreversible
// tool's pending call is confirmed too, so commit paths are fuzzed as well.
func FuzzToolArgs(f *testing.F) {
	h := skilltest.New(f, skilltest.Registered(builtin...))
	tools := h.Host.Tools()
	seeds := []string{`{}`, ``, `null`, `[]`, `{"query":"우산"}`, `{"query":"노트북","max_price":-1}`,
		`{"title":"회의","start":"2026-12-01T10:00:00+09:00","minutes":60}`,
		`{"product_id":"p-umbrella","quantity":2}`, `{"lesson_id":"fractions-1"}`,
		`{"restaurant_id":"r1","date":"2026-12-24","time":"19:00","party":4}`,
		`{"attendees":["u2","u3"],"minutes":30,"from":"2026-12-01","to":"2026-12-03"}`,
		`{"query":"\u0000","limit":1e308}`, `{"quantity":2.0}`, `{"a":{"b":{"c":[[[[[]]]]]}}}`}
	for i := range tools {
		for _, s := range seeds {
			f.Add(uint8(i), s)
		}
	}
	f.Fuzz(func(t *testing.T, which uint8, raw string) {
		tool := tools[int(which)%len(tools)]
		ctx := h.As("fuzz-user", tool.Scopes...)
		slow := time.AfterFunc(5*time.Second, func() { panic(fmt.Sprintf("%s %q: still running after 5s", tool.Name, raw)) })
		defer slow.Stop()
		r := h.Call(ctx, tool.Name, json.RawMessage(raw))
		check := func(r skills.Result) {
			switch r.Status {
			case skills.StatusOK, skills.StatusPending:
			case skills.StatusError:
				if r.Error == nil || r.Error.Code == "" || r.Error.Message == "" {
					t.Fatalf("%s %q: error without code or message: %+v", tool.Name, raw, r)
				}
				if r.Error.Code == skills.CodeInternal {
					t.Fatalf("%s %q: internal error: %s", tool.Name, raw, r.Error.Message)
				}
			default:
				t.Fatalf("%s %q: status %q", tool.Name, raw, r.Status)
			}
		}
		check(r)
		if tool.Validate([]byte(raw)) != nil && skilltest.ErrCode(r) != skills.CodeInvalidArguments {
			t.Fatalf("%s %q: the schema refuses these arguments but the call answered %+v", tool.Name, raw, r)
		}
		if r.Status == skills.StatusPending {
			check(h.Confirm(ctx, r, json.RawMessage(raw)))
		}
	})
}
