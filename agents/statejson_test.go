package agents

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/madang-world/madang/protocol"
)

// TestStateJSONSame: State.AppendJSON writes the very bytes json.Marshal
// writes, for random states whose strings hold what JSON escapes (quotes,
// backslashes, control characters, <>&, invalid UTF-8, U+2028/2029,
// Korean), with every optional field present or absent, and for the
// state a real quiz conversation leaves (JSON inside a slot).
func TestStateJSONSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 22))
	pieces := []string{"", "a", "학생", "광합성 퀴즈", `"`, `\`, "\n", "\t", "\r", "\b", "\f", "\x00", "\x1f", "\x7f",
		"<", ">", "&", "\u2028", "\u2029", "\xff", "\xe2\x80", "é", "😀", "\ufffd", `{"a":[1,"x"]}`, " ", "/", "'"}
	str := func() string {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	slots := func() map[string]string {
		switch rng.IntN(3) {
		case 0:
			return nil
		case 1:
			return map[string]string{}
		}
		m := map[string]string{}
		for range 1 + rng.IntN(40) {
			m[str()] = str()
		}
		return m
	}
	options := func() []Option {
		var os []Option
		for range rng.IntN(4) {
			os = append(os, Option{ID: str(), Label: str(), Value: str()})
		}
		return os
	}
	when := func() time.Time {
		zones := []*time.Location{time.UTC, time.FixedZone("KST", 9*3600), time.FixedZone("x", -(3*3600 + 30*60 + 15))}
		return time.Unix(rng.Int64N(4e9), rng.Int64N(1e9)*int64(rng.IntN(2))).In(zones[rng.IntN(len(zones))])
	}
	for i := range 3000 {
		st := &State{FSM: str(), Lang: str(), Intent: str(), Slots: slots(), Options: options(), Summary: str(),
			Greeted: rng.IntN(2) == 0, Updated: when()}
		for range rng.IntN(3) {
			st.Stack = append(st.Stack, Frame{Intent: str(), Slots: slots(), Options: options()})
		}
		for range rng.IntN(45) {
			st.History = append(st.History, Line{From: str(), Text: str(), At: when()})
		}
		if rng.IntN(4) == 0 {
			st.Pending = &Pending{Tool: str(), Args: json.RawMessage(`{"a": "<b>"}`), Key: str(), Nonce: str(), Expires: when(),
				Request: protocol.ConfirmRequest{Nonce: str(), Summary: str()}}
		}
		if rng.IntN(4) == 0 {
			st.Scratch = json.RawMessage(` {"m": ["<&>", 1] } `)
		}
		if rng.IntN(20) == 0 {
			st.Slots = map[string]string{"_seq": `[{"id":"q1","q":"광합성은 어디서?","choices":["엽록체","핵"]}]`, "@name": "민수"}
		}
		same(t, i, st)
	}
	same(t, -3, benchState())
	same(t, -1, &State{})
	same(t, -2, (*State)(nil))
}

func same(t *testing.T, i int, st *State) {
	t.Helper()
	want, werr := json.Marshal(st)
	got, gerr := st.AppendJSON([]byte("prefix"))
	if (werr != nil) != (gerr != nil) {
		t.Fatalf("state %d: json.Marshal error %v, AppendJSON error %v", i, werr, gerr)
	}
	if werr == nil && !bytes.Equal(got, append([]byte("prefix"), want...)) {
		t.Fatalf("state %d:\nAppendJSON  %s\njson.Marshal %s", i, got[len("prefix"):], want)
	}
}

// TestStateMemoSame: a conversation's saves through its stateMemo write
// json.Marshal's bytes at every turn, as its history slides, lines repeat
// word for word, slots with long values come and go, a line's time is
// the same instant in another zone, and between unrelated states.
func TestStateMemoSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 9))
	var m stateMemo
	st := benchState()
	texts := []string{"엽록체", "2번", `"산소"라고요 <확실>`, strings.Repeat("맞았어요! 광합성은 엽록체에서 일어나요. ", 3), "\u2028\u2028", "ÿbad"}
	kst := time.FixedZone("KST", 9*3600)
	at := time.Date(2026, 12, 6, 10, 0, 0, 0, kst)
	for turn := range 400 {
		at = at.Add(time.Duration(rng.IntN(5000)) * time.Millisecond)
		l := Line{From: []string{"user", "avatar"}[turn%2], Text: texts[rng.IntN(len(texts))], At: at}
		if rng.IntN(10) == 0 {
			l.At = l.At.UTC() // the same instant, written otherwise
		}
		st.History = append(st.History, l)
		if n := len(st.History); n > MaxHistory {
			st.History = st.History[n-MaxHistory:]
		}
		switch rng.IntN(4) {
		case 0:
			st.Slots["_seq_n"] = strings.Repeat("1", rng.IntN(100))
		case 1:
			delete(st.Slots, "_seq")
		case 2:
			st.Slots["_seq"] = benchState().Slots["_seq"]
		}
		st.Updated = at
		want, err := json.Marshal(st)
		if err != nil {
			t.Fatal(err)
		}
		got, err := m.encode(st).AppendJSON(nil)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("turn %d:\nmemo        %s (%v)\njson.Marshal %s", turn, got, err, want)
		}
		if turn%50 == 49 { // another conversation's state, once
			other := benchState()
			other.History[3].Text = "다른 대화"
			if want, _ := json.Marshal(other); !bytes.Equal(must(m.encode(other).AppendJSON(nil)), want) {
				t.Fatalf("turn %d: another state differs", turn)
			}
		}
	}
	if len(m.lines) > MaxHistory+1 {
		t.Errorf("the memo holds %d lines, more than a state's", len(m.lines))
	}
	bad := &State{History: []Line{{At: time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC)}}}
	if _, err := m.encode(bad).AppendJSON(nil); err == nil {
		t.Error("a time JSON cannot hold was encoded through the memo")
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

// TestStateJSONYearOutOfRange: a time JSON cannot hold fails both ways
// (store.Seal then takes json.Marshal's error).
func TestStateJSONYearOutOfRange(t *testing.T) {
	same(t, 0, &State{Updated: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)})
	same(t, 1, &State{History: []Line{{At: time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC)}}})
}

// TestLastRunes: lastRunes is the rune-slice version it replaces.
func TestLastRunes(t *testing.T) {
	for _, s := range []string{"광합성 퀴즈 내줘 / 엽록체 / 2번 / 산소", "abc😀é", "a\xffb\xe2\x80c학생", "\xff\xfe\xfd"} {
		for n := 0; n < utf8.RuneCountInString(s); n++ {
			r := []rune(s)
			if got, want := lastRunes(s, n), string(r[len(r)-n:]); got != want {
				t.Errorf("lastRunes(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

// benchState is a tutor conversation's state as Turn500 leaves it: forty
// lines of history, a summary, and a quiz's questions in its slots.
func benchState() *State {
	at := time.Date(2026, 12, 6, 9, 0, 0, 0, time.FixedZone("KST", 9*3600))
	st := &State{FSM: "listening", Lang: "ko", Intent: "tutor_quiz", Summary: strings.Repeat("광합성 퀴즈 내줘 / 엽록체 / ", 20), Updated: at,
		Slots: map[string]string{
			"_seq":      `[{"choices":["엽록체","미토콘드리아","핵","세포막"],"explanation":"광합성은 엽록체에서 일어나요.","id":"photo-1","lesson_id":"photosynthesis","question":"광합성은 세포의 어디에서 일어나나요?","type":"mc"},{"choices":["산소","질소","이산화탄소"],"id":"photo-2","question":"광합성에 필요한 기체는?","type":"mc"},{"id":"photo-3","question":"광합성으로 나오는 기체는?","type":"short"}]`,
			"_seq_root": `{"lang":"ko","lesson_id":"photosynthesis","questions":[],"quiz_id":"q0123456789abcdef0123"}`,
			"_seq_tool": "tutor_quiz", "_seq_n": "1", "_seq_right": "1", "lesson_id": "photosynthesis",
		}}
	for i := range MaxHistory {
		from, text := "user", "엽록체"
		if i%2 == 1 {
			from, text = "avatar", "맞았어요! 광합성은 엽록체에서 일어나요. 2번 문제: 광합성에 필요한 기체는? 1) 산소 2) 질소 3) 이산화탄소"
		}
		st.History = append(st.History, Line{From: from, Text: text, At: at.Add(time.Duration(i) * time.Second)})
	}
	return st
}

// BenchmarkStateJSON: encoding a conversation's state, by reflection
// (json.Marshal) and by State.AppendJSON.
func BenchmarkStateJSON(b *testing.B) {
	st := benchState()
	b.Run("json.Marshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := json.Marshal(st); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("AppendJSON", func(b *testing.B) {
		b.ReportAllocs()
		buf := make([]byte, 0, 8192)
		for b.Loop() {
			if _, err := st.AppendJSON(buf[:0]); err != nil {
				b.Fatal(err)
			}
		}
	})
}
