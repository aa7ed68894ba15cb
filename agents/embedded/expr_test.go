package embedded

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/agents"
)

// exprSplit is turn.expr as it was, with strings.Split: the reference.
func (t *turn) exprSplit(e string, get func(string) (string, bool)) string {
	parts := strings.Split(e, "|")
	var v string
	if ko, en, ok := strings.Cut(strings.TrimPrefix(parts[0], "t:"), "/"); ok && strings.HasPrefix(parts[0], "t:") {
		return t.ko(ko, en)
	}
	for _, alt := range strings.Split(parts[0], "?") {
		alt = strings.TrimSpace(alt)
		if len(alt) >= 2 && alt[0] == '\'' && alt[len(alt)-1] == '\'' {
			v = alt[1 : len(alt)-1]
			break
		}
		if ko, en, ok := strings.Cut(strings.TrimPrefix(alt, "t:"), "/"); ok && strings.HasPrefix(alt, "t:") {
			v = t.ko(ko, en) // an alternative in both languages
			break
		}
		if x, _ := get(alt); x != "" {
			v = x
			break
		}
	}
	for _, f := range parts[1:] {
		name, arg, _ := strings.Cut(f, ":")
		v = t.filter(name, arg, v, get)
	}
	return v
}

// TestExprSame: expr reads template expressions as the Split version did,
// for expressions built of names, quoted defaults, alternatives, filters
// and the separators alone.
func TestExprSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 22))
	now := time.Date(2026, 12, 6, 9, 0, 0, 0, time.FixedZone("KST", 9*3600))
	tt := &turn{Turn: &agents.Turn{Now: now}, st: &agents.State{}, lang: "ko"}
	vals := map[string]string{"n": "2", "price": "12000", "start": "2026-12-07T19:00:00+09:00", "title": "광합성", "date": "2026-12-07", "when": "2026-12-07T19:00", "empty": ""}
	get := func(k string) (string, bool) { v, ok := vals[k]; return v, ok }
	pieces := []string{"n", "price", "start", "title", "date", "when", "empty", "missing", "'기본'", "''", "?", "|", ":", " ", "t:", "가/en",
		"|day", "|clock", "|won", "|kodate", "|endate", "|hm", "|md", "|add_days:1", "|add_min:30", "|pairs", "|min", "|minus:1"}
	for i := range 20000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		e := b.String()
		if got, want := tt.expr(e, get), tt.exprSplit(e, get); got != want {
			t.Fatalf("expression %d %q: expr %q, Split version %q", i, e, got, want)
		}
	}
}
