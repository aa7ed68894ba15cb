package tutoring

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/madang-world/madang/skills/store"
)

// Every quiz answer reads a student's progress, changes one quiz record
// and one question's state, and writes the whole progress back: twenty
// quiz records decoded (a map and a time each) and encoded again (map keys
// sorted, times formatted) when one changed. That was about a sixth of a
// tutor turn's CPU (BenchmarkTurn500 in agents/embedded).
//
// A progMemo keeps, for one progress key, each quiz record's JSON as it was
// last read or written together with the record that JSON decodes to. A
// record whose JSON is byte for byte the one remembered is a copy of the
// remembered record, not decoded again; a record equal to the remembered
// one, in everything its JSON says, is written as the remembered JSON, not
// encoded again. Both are exact, not a cache that can go stale: what is
// stored is always read, and only its text is compared.
//
// Invariants (TestProgMemoSame checks them against the plain coders):
//   - rec is what decoding text gives, and nobody else holds it: callers
//     get copies (clone), so their changes never reach it;
//   - canon: text is what AppendJSON writes for rec (set when the text was
//     written here; a record read from a file written otherwise may decode
//     from other bytes, and is then only reused to decode).

// maxProgMemos bounds the keys remembered (about 6 KB each): past it the
// memo starts again empty, which costs one full decode and encode a key.
const maxProgMemos = 4096

type progMemos struct {
	mu sync.Mutex
	m  map[string]*progMemo
}

// get returns the memo of a progress key.
func (ms *progMemos) get(key string) *progMemo {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	if m := ms.m[key]; m != nil {
		return m
	}
	if ms.m == nil || len(ms.m) >= maxProgMemos {
		ms.m = map[string]*progMemo{}
	}
	m := &progMemo{quizzes: map[string]quizText{}}
	ms.m[key] = m
	return m
}

// progMemo is one progress key's memo; mu is held while a progress is
// decoded or encoded with it.
type progMemo struct {
	mu      sync.Mutex
	quizzes map[string]quizText // by quiz ID
}

type quizText struct {
	text  string
	rec   *quizRecord
	canon bool
}

// memoProgress is a progress read and written through its key's memo
// (store.JSONDecoder and store.JSONAppender, as progress itself).
type memoProgress struct {
	p *progress
	m *progMemo
}

var (
	_ store.JSONAppender = memoProgress{}
	_ store.JSONDecoder  = memoProgress{}
)

// DecodeJSON is progress.DecodeJSON, reusing the remembered records.
func (w memoProgress) DecodeJSON(data string) error {
	w.m.mu.Lock()
	defer w.m.mu.Unlock()
	if fast, ok := decodeProgress(data, w.m); ok {
		*w.p = fast
		return nil
	}
	*w.p = progress{}
	return json.Unmarshal([]byte(data), w.p)
}

// quiz reads the quiz record id at c's position: a copy of the remembered
// one when its JSON is the same, otherwise decoded (and remembered).
func (m *progMemo) quiz(c *scan, id string) *quizRecord {
	end := c.objectEnd()
	if end < 0 {
		return c.quizRecord()
	}
	text := c.s[c.i:end]
	if e, ok := m.quizzes[id]; ok && e.text == text {
		c.i = end
		return e.rec.clone()
	}
	r := c.quizRecord()
	if c.ok && c.i == end {
		m.quizzes[strings.Clone(id)] = quizText{text: strings.Clone(text), rec: r.clone()}
	}
	return r
}

// objectEnd returns the index just past the object that starts at c's
// position, for JSON whose strings have no escapes (AppendJSON's layout
// as decodeProgress reads it), or -1.
func (c *scan) objectEnd() int {
	if !c.ok || c.i >= len(c.s) || c.s[c.i] != '{' {
		return -1
	}
	depth, in := 0, false
	for j := c.i; j < len(c.s); j++ {
		switch b := c.s[j]; {
		case in:
			switch b {
			case '"':
				in = false
			case '\\':
				return -1
			}
		case b == '"':
			in = true
		case b == '{' || b == '[':
			depth++
		case b == '}' || b == ']':
			depth--
			if depth == 0 {
				return j + 1
			}
		}
	}
	return -1
}

// clone returns a copy of r that shares nothing changeable with it.
func (r *quizRecord) clone() *quizRecord {
	c := *r
	c.Questions = slices.Clone(r.Questions)
	c.Answers = maps.Clone(r.Answers)
	c.Given = maps.Clone(r.Given)
	return &c
}

// sameJSON reports whether AppendJSON writes the same bytes for r as for
// o: the same fields, nil where it writes null, and creation times at the
// same instant with the same offset (RFC 3339 writes only those).
func (r *quizRecord) sameJSON(o *quizRecord) bool {
	if r == nil || o == nil {
		return false
	}
	if (r.Questions == nil) != (o.Questions == nil) || !slices.Equal(r.Questions, o.Questions) ||
		(r.Answers == nil) != (o.Answers == nil) || !maps.Equal(r.Answers, o.Answers) ||
		r.Lang != o.Lang || len(r.Given) != len(o.Given) || !maps.Equal(r.Given, o.Given) ||
		!r.Created.Equal(o.Created) {
		return false
	}
	_, ro := r.Created.Zone()
	_, oo := o.Created.Zone()
	return ro == oo
}

// AppendJSON is progress.AppendJSON, writing the remembered JSON of
// records that have not changed.
func (w memoProgress) AppendJSON(b []byte) ([]byte, error) {
	w.m.mu.Lock()
	defer w.m.mu.Unlock()
	p := w.p
	if p.Quizzes == nil {
		return p.AppendJSON(b)
	}
	b = append(b, `{"questions":`...)
	b, err := store.AppendJSONObject(b, p.Questions, appendQState)
	if err != nil {
		return b, err
	}
	b = append(b, `,"quizzes":{`...)
	ids := make([]string, 0, len(p.Quizzes))
	for id := range p.Quizzes {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, strings.Compare) // as store.AppendJSONObject
	for i, id := range ids {
		if i > 0 {
			b = append(b, ',')
		}
		b = store.AppendJSONString(b, id)
		b = append(b, ':')
		if b, err = w.m.appendQuiz(b, id, p.Quizzes[id]); err != nil {
			return b, err
		}
	}
	for id := range w.m.quizzes {
		if _, ok := p.Quizzes[id]; !ok {
			delete(w.m.quizzes, id)
		}
	}
	b = append(b, `},"order":`...)
	b = store.AppendJSONStrings(b, p.Order)
	return append(b, '}'), nil
}

// appendQuiz appends r, the record id: the remembered JSON when r is the
// same, otherwise encoded (and remembered with what it decodes to).
func (m *progMemo) appendQuiz(b []byte, id string, r *quizRecord) ([]byte, error) {
	if e, ok := m.quizzes[id]; ok && e.canon && r.sameJSON(e.rec) {
		return append(b, e.text...), nil
	}
	start := len(b)
	b, err := appendQuizRecord(b, r)
	if err != nil || r == nil {
		delete(m.quizzes, id)
		return b, err
	}
	text := string(b[start:])
	c := &scan{s: text, ok: true}
	if dec := c.quizRecord(); c.ok && c.i == len(text) {
		m.quizzes[strings.Clone(id)] = quizText{text: text, rec: dec, canon: true}
	} else {
		delete(m.quizzes, id)
	}
	return b, nil
}
