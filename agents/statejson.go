package agents

import (
	"encoding/json"

	"github.com/madang-world/madang/skills/store"
)

// AppendJSON appends st encoded exactly as json.Marshal encodes it (same
// bytes: field order, omitempty, sorted map keys, HTML-safe string
// escapes), without reflection. Every turn saves its conversation's state
// (store.Seal uses this), and reflection-driven encoding of forty lines of
// history and the brain's slots was a tenth of a turn's CPU.
// TestStateJSONSame compares the two on random states; the rare parts
// (a pending confirmation, a brain's scratch) are encoded by json.Marshal
// itself.
func (st *State) AppendJSON(b []byte) ([]byte, error) { return st.appendJSON(b, nil) }

// appendJSON is AppendJSON, taking the JSON of history lines and long slot
// values already encoded from memo (nil: none).
func (st *State) appendJSON(b []byte, memo *stateMemo) ([]byte, error) {
	if st == nil {
		return append(b, "null"...), nil
	}
	b = append(b, `{"fsm":`...)
	b = store.AppendJSONString(b, st.FSM)
	b = append(b, `,"lang":`...)
	b = store.AppendJSONString(b, st.Lang)
	if st.Intent != "" {
		b = append(b, `,"intent":`...)
		b = store.AppendJSONString(b, st.Intent)
	}
	if len(st.Slots) > 0 {
		b = append(b, `,"slots":`...)
		value := store.JSONString
		if memo != nil {
			value = memo.jsonString
		}
		b, _ = store.AppendJSONObject(b, st.Slots, value)
	}
	if len(st.Stack) > 0 {
		b = append(b, `,"stack":[`...)
		for i, f := range st.Stack {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"intent":`...)
			b = store.AppendJSONString(b, f.Intent)
			if len(f.Slots) > 0 {
				b = append(b, `,"slots":`...)
				b, _ = store.AppendJSONObject(b, f.Slots, store.JSONString)
			}
			if len(f.Options) > 0 {
				b = append(b, `,"options":`...)
				b = appendJSONOptions(b, f.Options)
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if len(st.Options) > 0 {
		b = append(b, `,"options":`...)
		b = appendJSONOptions(b, st.Options)
	}
	if st.Pending != nil {
		p, err := json.Marshal(st.Pending)
		if err != nil {
			return b, err
		}
		b = append(b, `,"pending":`...)
		b = append(b, p...)
	}
	if len(st.History) > 0 {
		b = append(b, `,"history":[`...)
		for i, l := range st.History {
			if i > 0 {
				b = append(b, ',')
			}
			var err error
			if b, err = memo.line(b, l); err != nil {
				return b, err
			}
		}
		b = append(b, ']')
	}
	if st.Summary != "" {
		b = append(b, `,"summary":`...)
		b = store.AppendJSONString(b, st.Summary)
	}
	if st.Greeted {
		b = append(b, `,"greeted":true`...)
	}
	if len(st.Scratch) > 0 {
		s, err := json.Marshal(st.Scratch)
		if err != nil {
			return b, err
		}
		b = append(b, `,"scratch":`...)
		b = append(b, s...)
	}
	b = append(b, `,"updated":"`...)
	var err error
	if b, err = st.Updated.AppendText(b); err != nil {
		return b, err
	}
	return append(b, `"}`...), nil
}

func appendJSONLine(b []byte, l Line) ([]byte, error) {
	b = append(b, `{"from":`...)
	b = store.AppendJSONString(b, l.From)
	b = append(b, `,"text":`...)
	b = store.AppendJSONString(b, l.Text)
	b = append(b, `,"at":"`...)
	var err error
	if b, err = l.At.AppendText(b); err != nil {
		return b, err
	}
	return append(b, `"}`...), nil
}

// stateMemo is a conversation's memo of the JSON its last save wrote for
// each history line and each long slot value. A turn adds a line or two
// to a window of MaxHistory and changes a few slots, yet every save
// encoded the whole state again: escaping every line's text and
// formatting its time was most of a save's encoding (BenchmarkTurn500 in
// agents/embedded). A line or value equal to one the last save wrote
// (==: the same strings, the same time.Time value) is written as the JSON
// written then, which is what encoding it again would give; anything
// else is encoded. Entries not used by a save are dropped by it, so the
// memo holds one state's worth. Not safe for concurrent use: each
// conversation has its own, used by its goroutine.
type stateMemo struct {
	lines, lines2 []lineJSON
	strs, strs2   []strJSON
	at            int // where the last line found was in lines
}

type lineJSON struct {
	line Line
	json string
}

type strJSON struct {
	s, json string
}

// memoMin is the shortest slot value remembered: shorter ones cost less to
// escape than to look up.
const memoMin = 64

// line appends l's JSON. The lines of a save are the last save's lines
// less the first few, and a line or two more: each is looked for from
// where the last one was found.
func (m *stateMemo) line(b []byte, l Line) ([]byte, error) {
	if m == nil {
		return appendJSONLine(b, l)
	}
	for i := m.at; i < len(m.lines); i++ {
		if m.lines[i].line == l {
			m.at = i + 1
			m.lines2 = append(m.lines2, m.lines[i])
			return append(b, m.lines[i].json...), nil
		}
	}
	start := len(b)
	b, err := appendJSONLine(b, l)
	if err == nil {
		m.lines2 = append(m.lines2, lineJSON{l, string(b[start:])})
	}
	return b, err
}

// jsonString is store.JSONString through the memo.
func (m *stateMemo) jsonString(b []byte, s string) ([]byte, error) {
	if len(s) < memoMin {
		return store.AppendJSONString(b, s), nil
	}
	for _, e := range m.strs {
		if e.s == s {
			m.strs2 = append(m.strs2, e)
			return append(b, e.json...), nil
		}
	}
	start := len(b)
	b = store.AppendJSONString(b, s)
	m.strs2 = append(m.strs2, strJSON{s, string(b[start:])})
	return b, nil
}

// encode encodes st as AppendJSON does, through the memo, and keeps for
// the next save only what this one wrote.
func (m *stateMemo) encode(st *State) store.JSONAppender {
	return memoState{st, m}
}

type memoState struct {
	st *State
	m  *stateMemo
}

func (w memoState) AppendJSON(b []byte) ([]byte, error) {
	m := w.m
	m.at = 0
	b, err := w.st.appendJSON(b, m)
	m.lines, m.lines2 = m.lines2, m.lines[:0]
	m.strs, m.strs2 = m.strs2, m.strs[:0]
	clear(m.lines2[:cap(m.lines2)]) // (no strings kept alive past their save)
	clear(m.strs2[:cap(m.strs2)])
	return b, err
}

func appendJSONOptions(b []byte, os []Option) []byte {
	b = append(b, '[')
	for i, o := range os {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"id":`...)
		b = store.AppendJSONString(b, o.ID)
		b = append(b, `,"label":`...)
		b = store.AppendJSONString(b, o.Label)
		if o.Value != "" {
			b = append(b, `,"value":`...)
			b = store.AppendJSONString(b, o.Value)
		}
		b = append(b, '}')
	}
	return append(b, ']')
}
