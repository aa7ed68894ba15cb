package protocol

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestDecode(t *testing.T) {
	for i, tc := range []struct {
		frame string
		typ   Type
		id    string
		code  Code
	}{
		{`{"type":"hello","id":"1","payload":{"versions":[1]}}`, TypeHello, "1", ""},
		{`{"type":"ping"}`, TypePing, "", ""},
		{`{"type":"leave","id":"x","payload":null}`, TypeLeave, "x", ""},
		{` {"type":"ping"} `, TypePing, "", ""},
		{``, "", "", CodeBadFrame},
		{`null`, "", "", CodeBadFrame},
		{`{}`, "", "", CodeBadFrame},
		{`{"type":1}`, "", "", CodeBadFrame},
		{`{"type":"ping"}{"type":"ping"}`, "", "", CodeBadFrame},
		{`{"type":"ping","extra":1}`, "", "", CodeBadFrame},
		{`{"type":"ping","id":"` + strings.Repeat("x", 65) + `"}`, "", "", CodeBadFrame},
		{`{"type":"tick"}`, TypeTick, "", CodeUnknownType},
		{`{"type":"chat","payload":"hi"}`, TypeChat, "", CodeInvalidPayload},
		{`{"type":"chat","payload":[]}`, TypeChat, "", CodeInvalidPayload},
		{"{\"type\":\"chat\",\"payload\":{\"text\":\"\xc3\x28\"}}", "", "", CodeBadFrame},
		{`{"type":"chat","payload":{"text":"` + strings.Repeat("a", MaxFrameBytes) + `"}}`, "", "", CodeBadFrame},
	} {
		env, err := Decode([]byte(tc.frame))
		if tc.code == "" {
			if err != nil || env.Type != tc.typ || env.ID != tc.id {
				t.Errorf("test %d: got %+v, %v", i, env, err)
			}
			continue
		}
		var pe *Error
		if !errors.As(err, &pe) || pe.Code != tc.code || pe.Message == "" {
			t.Errorf("test %d: err %v, want code %s", i, err, tc.code)
		}
		if !errors.Is(err, &Error{Code: tc.code}) {
			t.Errorf("test %d: errors.Is does not match the code", i)
		}
	}
}

func TestDecodePayload(t *testing.T) {
	for i, tc := range []struct {
		payload string
		ok      bool
		msg     string
	}{
		{`{"to":{"x":1,"y":2}}`, true, ""},
		{``, true, ""},
		{`{"to":{"x":"1","y":2}}`, false, `field "to.x" must not be a JSON string`},
		{`{"to":{"x":1.5,"y":2}}`, false, `field "to.x" must not be a JSON number`},
		{`{"dir":"n","jump":true}`, false, `unknown field "jump"`},
		{`{"to":`, false, "unexpected end of JSON"},
	} {
		var m Move
		err := DecodePayload(Envelope{Type: TypeMove, Payload: json.RawMessage(tc.payload)}, &m)
		if (err == nil) != tc.ok || (err != nil && !strings.Contains(err.Error(), tc.msg)) {
			t.Errorf("test %d: err = %v, want ok=%v containing %q", i, err, tc.ok, tc.msg)
		}
		if err != nil && !errors.Is(err, ErrInvalidPayload) {
			t.Errorf("test %d: not ErrInvalidPayload", i)
		}
	}
}

// TestAppendTick: the hand-written encoder writes exactly what
// encoding/json writes for the same tick.
func TestAppendTick(t *testing.T) {
	for i, tk := range []Tick{
		{T: 1},
		{T: 99, Add: []Entity{{ID: 7, Kind: KindPlayer, Name: "민수 <&>", X: 3.25, Y: 10, Dir: DirS}}},
		{T: 98, Add: []Entity{{ID: 8, Kind: KindAvatar, Name: "선생님", X: 1, Y: 2, Dir: DirN, Role: "tutor", Look: "tutor-1"}}},
		{T: 2, Mov: []Pos{{ID: 1, X: 0.05, Y: 255.99, Dir: DirE}, {ID: 2, X: 12, Y: 1.5, Dir: DirN, TS: 1795752861832123}}},
		{T: 3, Del: []uint32{1, 4294967295}},
		{T: 18446744073709551615, Add: []Entity{{ID: 1, Kind: KindAvatar, Name: "Tutor \"T\"\n", X: 1, Y: 2, Dir: DirW}},
			Mov: []Pos{{ID: 3, X: 4.4, Y: 5.5, Dir: DirS}}, Del: []uint32{9}},
	} {
		want := MustEncode(TypeTick, "", &tk)
		got := AppendTick(nil, &tk)
		if !bytes.Equal(got, want) {
			t.Errorf("test %d:\n got %s\nwant %s", i, got, want)
		}
		var env Envelope
		if err := json.Unmarshal(got, &env); err != nil {
			t.Errorf("test %d: not JSON: %v", i, err)
		}
	}
}

// TestAppendCoord: integer formatting equals encoding/json for every
// coordinate the server can send.
func TestAppendCoord(t *testing.T) {
	for k := int64(0); k <= 25600; k++ {
		v := float64(k) / 100
		want, _ := json.Marshal(v)
		if got := appendCoord(nil, v); string(got) != string(want) {
			t.Fatalf("%v: %s, want %s", v, got, want)
		}
	}
}

func TestRound(t *testing.T) {
	for in, want := range map[float64]float64{1.004: 1, 1.006: 1.01, 2.2: 2.2, 7.999: 8, 0: 0} {
		if got := Round(in); got != want {
			t.Errorf("Round(%v) = %v, want %v", in, got, want)
		}
	}
}

func TestSplitFrame(t *testing.T) {
	var parts []string
	SplitFrame([]byte("{\"a\":1}\n{\"b\":2}\n\n{\"c\":3}"), func(b []byte) error { parts = append(parts, string(b)); return nil })
	if len(parts) != 3 || parts[2] != `{"c":3}` {
		t.Fatalf("parts %q", parts)
	}
}

// FuzzDecode: Decode never panics; what it accepts is a client type whose
// envelope survives a round trip.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		`{"type":"hello","id":"1","payload":{"versions":[1],"resume":"rsm_x"}}`,
		`{"type":"move","id":"2","payload":{"to":{"x":3,"y":4}}}`,
		`{"type":"move","payload":{"dir":"n"}}`,
		`{"type":"chat","id":"c","payload":{"text":"안녕하세요","scope":"near"}}`,
		`{"type":"join","payload":{"room":"classroom"}}`,
		`{"type":"ping","payload":{"ts":1}}`,
		`{"type":"leave"}`,
		`{"type":"chat","payload":{"text":"\u0000"}}`,
		"{\"type\":\"chat\",\"payload\":{\"text\":\"\xff\"}}",
		`[`, `{"type":"x"}`, ``,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		env, err := Decode(data)
		if err != nil {
			var pe *Error
			if !errors.As(err, &pe) || pe.Code == "" {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if !ClientTypes[env.Type] || len(env.ID) > MaxIDLen {
			t.Fatalf("accepted %q id %q", env.Type, env.ID)
		}
		// Re-encoded without HTML escaping: json.Marshal would turn each
		// '<' of a near-limit frame into six bytes and push it past the
		// frame limit (found by the fuzzer: 3,031 '>' in a key).
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(env); err != nil {
			t.Fatal(err)
		}
		b := bytes.TrimSpace(buf.Bytes())
		if len(b) > MaxFrameBytes {
			return // an id with U+2028s can grow by a few dozen bytes
		}
		env2, err := Decode(b)
		if err != nil || env2.Type != env.Type || env2.ID != env.ID {
			t.Fatalf("round trip: %v %+v", err, env2)
		}
		// Payload decoding into every client type never panics either.
		for _, v := range []any{&Hello{}, &Join{}, &Move{}, &Chat{}, &Ping{}, &Leave{}} {
			DecodePayload(env, v)
		}
	})
}

// Example session, as documented in README.md.
func ExampleEncode() {
	b, _ := Encode(TypeChat, "7", &Chat{Text: "안녕하세요", Scope: ScopeNear})
	fmt.Println(string(b))
	env, _ := Decode(b)
	var c Chat
	DecodePayload(env, &c)
	fmt.Println(env.Type, env.ID, c.Text)
	// Output:
	// {"type":"chat","id":"7","payload":{"text":"안녕하세요","scope":"near"}}
	// chat 7 안녕하세요
}
