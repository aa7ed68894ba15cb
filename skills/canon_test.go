package skills

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// argsHashRoundTrip is ArgsHash without its shortcut: the reference.
func argsHashRoundTrip(raw []byte) string {
	var generic any
	if strings.TrimSpace(string(raw)) == "" {
		raw = []byte("{}")
	}
	if err := json.Unmarshal(raw, &generic); err != nil {
		sum := sha256.Sum256(raw)
		return hex.EncodeToString(sum[:])
	}
	canon, _ := json.Marshal(generic)
	sum := sha256.Sum256(canon)
	return hex.EncodeToString(sum[:])
}

// TestArgsHashShortcut: ArgsHash gives the round trip's hash for random
// arguments as json.Marshal writes them (which it must read as canonical
// most of the time) and for the same texts respelt: white space, keys
// out of order or twice, escapes, 2.0, 1e3, -0, leading zeros, long
// integers, broken UTF-8, U+2028, cut short.
func TestArgsHashShortcut(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 22))
	words := []string{"quiz_id", "q1", "엽록체", "2번", "a b", "", "<b>", "&", "\u2028", "\xff", `"`, `\`, "\n", "é"}
	var value func(depth int) any
	value = func(depth int) any {
		switch rng.IntN(9) {
		case 0:
			return nil
		case 1:
			return rng.IntN(2) == 0
		case 2:
			return float64(rng.IntN(2000) - 1000)
		case 3:
			return []float64{0.5, 1e21, 123456789012345678, -0.0, 1e-7, 3}[rng.IntN(6)]
		case 4, 5:
			return words[rng.IntN(len(words))] + words[rng.IntN(len(words))]
		case 6:
			if depth < 3 {
				var a []any
				for range rng.IntN(4) {
					a = append(a, value(depth+1))
				}
				return a
			}
		}
		m := map[string]any{}
		if depth < 3 {
			for range rng.IntN(5) {
				m[words[rng.IntN(len(words))]] = value(depth + 1)
			}
		}
		return m
	}
	fast := 0
	for range 20000 {
		raw, err := json.Marshal(value(0))
		if err != nil {
			t.Fatal(err)
		}
		if canonical(raw) {
			fast++
		}
		s := string(raw)
		for _, v := range []string{s,
			strings.Replace(s, ":", ": ", 1), " " + s, s + "\n",
			strings.Replace(s, `"q1"`, `"\u0071\u0031"`, 1),
			strings.Replace(s, `{"`, `{"zz":1,"`, 1),
			strings.Replace(s, `{"`, `{"quiz_id":1,"`, 1),
			strings.Replace(s, `3`, `3.0`, 1), strings.Replace(s, `3`, `3e0`, 1), strings.Replace(s, `1`, `01`, 1),
			strings.Replace(s, `0`, `-0`, 1), strings.Replace(s, `1`, `12345678901234567`, 1),
			strings.Replace(s, `엽`, "\xed", 1), strings.Replace(s, `a b`, "a\u2028b", 1),
			s[:len(s)/2],
		} {
			if got, want := ArgsHash([]byte(v)), argsHashRoundTrip([]byte(v)); got != want {
				t.Fatalf("args %s: ArgsHash %s, round trip %s", v, got, want)
			}
		}
	}
	if fast < 5000 {
		t.Errorf("only %d of 20000 arguments as json.Marshal writes them were read as canonical", fast)
	}
	for _, s := range []string{`{"answer":"2번","question_id":"q2","quiz_id":"q0123"}`, `{}`, `[]`, `{"n":3,"on":true,"x":null}`} {
		if !canonical([]byte(s)) {
			t.Errorf("%s: not read as canonical", s)
		}
	}
}

// TestAuditEntryJSONSame: AuditEntry.AppendJSON writes json.Marshal's
// bytes, with and without the optional fields, and zeroPad is %0*d.
func TestAuditEntryJSONSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 22))
	words := []string{"", "s001", "tutor", "mcp", "tutor_answer", "<&>", "학생", "\xff", "\u2028", `"\`}
	for i := range 5000 {
		w := func() string { return words[rng.IntN(len(words))] }
		e := AuditEntry{At: time.Unix(rng.Int64N(4e9), rng.Int64N(1e9)).In(time.FixedZone("KST", 9*3600)), User: w(), Avatar: w(), Channel: w(),
			Tool: w(), Effect: Effect(w()), Phase: w(), ArgsHash: w(), Outcome: w()}
		want, _ := json.Marshal(e)
		got, err := e.AppendJSON(nil)
		if err != nil || string(got) != string(want) {
			t.Fatalf("entry %d: AppendJSON %s (%v), json.Marshal %s", i, got, err, want)
		}
	}
	for _, n := range []int64{0, 7, 123456789012, 1 << 62, -5, 99999999999999999} {
		for _, w := range []int{12, 20} {
			if got, want := zeroPad(n, w), fmt.Sprintf("%0*d", w, n); got != want {
				t.Errorf("zeroPad(%d, %d) = %q, want %q", n, w, got, want)
			}
		}
	}
}
