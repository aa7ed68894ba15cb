package agents

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"
)

type stepClock struct{ t time.Time }

func (c *stepClock) Now() time.Time { c.t = c.t.Add(time.Second); return c.t }

// TestRememberSlides: remember keeps the last MaxHistory lines and
// summarises the older ones exactly as copying the kept lines into a new
// array at every line did, for a conversation loaded from disk (its
// History as long as its array) and one that starts empty; and a slice of
// History taken at any turn still reads the same lines after later turns.
func TestRememberSlides(t *testing.T) {
	for _, loaded := range []int{0, MaxHistory} {
		clock := &stepClock{t: time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)}
		c := &Conversation{rt: &Runtime{clock: clock}, st: &State{}}
		ref := &State{}
		for i := range loaded {
			l := Line{From: "user", Text: fmt.Sprintf("불러온 줄 %d", i), At: clock.t}
			c.st.History = append(c.st.History, l)
			ref.History = append(ref.History, l)
		}
		c.st.History = c.st.History[:len(c.st.History):len(c.st.History)] // as decoded: no spare room
		type snap struct {
			view []Line
			want []Line
		}
		var snaps []snap
		for i := range 5 * MaxHistory {
			from, text := "user", fmt.Sprintf("질문 %d", i)
			if i%2 == 1 {
				from, text = "avatar", fmt.Sprintf("answer %d <&>", i)
			}
			at := clock.t.Add(time.Second)
			c.remember(from, text)
			// The copying version, on the same lines.
			ref.History = append(ref.History, Line{From: from, Text: text, At: at})
			if n := len(ref.History); n > MaxHistory {
				ref.Summary = summarise(ref.Summary, ref.History[:n-MaxHistory])
				ref.History = append([]Line(nil), ref.History[n-MaxHistory:]...)
			}
			if !reflect.DeepEqual(c.st.History, ref.History) || c.st.Summary != ref.Summary {
				t.Fatalf("loaded %d, line %d: history %v summary %q, want %v %q", loaded, i, c.st.History, c.st.Summary, ref.History, ref.Summary)
			}
			if i%7 == 0 {
				snaps = append(snaps, snap{c.st.History, append([]Line(nil), c.st.History...)})
			}
		}
		for j, s := range snaps {
			if !reflect.DeepEqual(s.view, s.want) {
				t.Fatalf("loaded %d: slice %d of History changed after later lines", loaded, j)
			}
		}
	}
}

// TestChunkSame: chunk cuts valid UTF-8 into the pieces chunkRunes cuts
// (the rune-slice version), for random texts of Korean, English, spaces,
// emoji and stray bytes (which both read as U+FFFD).
func TestChunkSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 22))
	pieces := []string{" ", "  ", "a", "quiz ", "맞았어요!", "광합성은 ", "엽록체에서", "😀", "\n", "\xff", "\xe2\x80", "é", "1) ", "\u2028"}
	for i := range 100000 {
		var s string
		for range rng.IntN(30) {
			s += pieces[rng.IntN(len(pieces))]
		}
		if got, want := chunk(s), chunkRunes(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("text %d %q: chunk %q, by runes %q", i, s, got, want)
		}
	}
}

// TestSummariseSettled: what summarise returns comes back unchanged when
// it is given none of the user's lines (remember relies on it to skip the
// avatar's), whatever the summary held before — long, short, invalid
// UTF-8, loaded as written by an older bound.
func TestSummariseSettled(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 8))
	pieces := []string{"광합성 퀴즈 내줘", "엽록체", "2번", "\xff", "\xe2\x80", "…", " / ", "what is photosynthesis?", "😀"}
	text := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	avatarOnly := []Line{{From: "avatar", Text: text(30)}, {From: "system", Text: text(3)}}
	for i := range 2000 {
		summary := text(rng.IntN(400))
		var dropped []Line
		for range rng.IntN(3) {
			dropped = append(dropped, Line{From: []string{"user", "avatar"}[rng.IntN(2)], Text: text(rng.IntN(40))})
		}
		out := summarise(summary, dropped)
		if again := summarise(out, avatarOnly); again != out {
			t.Fatalf("case %d: summarise(%q, the avatar's lines) = %q", i, out, again)
		}
		if again := summarise(out, nil); again != out {
			t.Fatalf("case %d: summarise(%q, nothing) = %q", i, out, again)
		}
	}
}
