package protocol

import (
	"reflect"
	"testing"
)

func moveFrames() []string {
	var out []string
	for _, id := range []string{"", "c1", "load-17:3"} {
		for _, m := range []Move{{Dir: DirE}, {Dir: DirStop, TS: 1795770305210123}, {To: &Point{X: 3, Y: -4}}, {To: &Point{}, Dir: "n", TS: -7}, {}} {
			out = append(out, string(MustEncode(TypeMove, id, &m)))
		}
	}
	return out
}

// TestDecodeMoveCanonical: whatever Encode writes for a move, the fast path
// reads, exactly as the strict decoder does.
func TestDecodeMoveCanonical(t *testing.T) {
	for _, f := range moveFrames() {
		id, m, ok := DecodeMove([]byte(f))
		if !ok {
			t.Errorf("fast path refused %s", f)
			continue
		}
		sameAsStrict(t, []byte(f), id, m)
	}
	// Anything else is left to the strict decoder.
	for _, f := range []string{
		`{"type":"move","payload":{"dir":"e"}} `, `{ "type":"move","payload":{}}`, `{"type":"move","payload":{"ts":1.0}}`,
		`{"type":"move","payload":{"ts":1e3}}`, `{"type":"move","payload":{"ts":01}}`, `{"type":"move","payload":{"dir":"\u0065"}}`,
		`{"type":"move","payload":{"dir":"e","dir":"w"}}`, `{"type":"move","payload":{"ts":99999999999999999999}}`,
		`{"type":"move","id":"a\"b","payload":{}}`, `{"type":"move","payload":{"to":{"y":1,"x":2}}}`, `{"type":"move","payload":{"x":1}}`,
		`{"type":"chat","payload":{}}`, `{"type":"move","payload":{}}x`, `{"type":"move","payload":{"ts":-}}`,
	} {
		if _, _, ok := DecodeMove([]byte(f)); ok {
			t.Errorf("fast path accepted %s", f)
		}
	}
}

func sameAsStrict(t *testing.T, frame []byte, id string, m Move) {
	t.Helper()
	env, err := Decode(frame)
	if err != nil {
		t.Fatalf("fast path accepted what Decode refuses: %q: %v", frame, err)
	}
	var m2 Move
	if err := DecodePayload(env, &m2); err != nil {
		t.Fatalf("fast path accepted a payload DecodePayload refuses: %q: %v", frame, err)
	}
	if env.Type != TypeMove || env.ID != id || !reflect.DeepEqual(m, m2) {
		t.Fatalf("%q: fast %q %+v, strict %s %q %+v", frame, id, m, env.Type, env.ID, m2)
	}
}

// FuzzDecodeMove: differential — every frame the fast path accepts, the
// strict decoder accepts and reads the same way.
func FuzzDecodeMove(f *testing.F) {
	for _, s := range moveFrames() {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if id, m, ok := DecodeMove(data); ok {
			sameAsStrict(t, data, id, m)
		}
	})
}

func BenchmarkDecodeMoveFast(b *testing.B) {
	f := MustEncode(TypeMove, "c123", &Move{Dir: DirE, TS: 1795770305210123})
	b.ReportAllocs()
	for b.Loop() {
		DecodeMove(f)
	}
}
