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
func (st *State) AppendJSON(b []byte) ([]byte, error) {
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
		b, _ = store.AppendJSONObject(b, st.Slots, store.JSONString)
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
			b = append(b, `{"from":`...)
			b = store.AppendJSONString(b, l.From)
			b = append(b, `,"text":`...)
			b = store.AppendJSONString(b, l.Text)
			b = append(b, `,"at":"`...)
			var err error
			if b, err = l.At.AppendText(b); err != nil {
				return b, err
			}
			b = append(b, `"}`...)
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
