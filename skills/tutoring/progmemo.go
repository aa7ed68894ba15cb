package tutoring

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/madang-world/madang/skills/store"
)

// Every quiz answer reads a student's progress, changes one quiz record
// and one question's state, and writes the whole progress back: twenty
// quiz records and the lesson's question states decoded (a map and a time
// each, allocation most of it) for one or two changes. That was an eighth
// of a tutor turn's CPU (BenchmarkTurn500 in agents/embedded).
//
// A progMemo keeps, for one progress key, the JSON last read or written
// and the progress that JSON decodes to. Reading JSON byte for byte the
// same gives that progress again — its own maps and Order, its records and
// question states shared with the memo — instead of decoding it. Writing
// remembers what the JSON written decodes to: the records and states that
// came from the memo, unchanged, and the others decoded from their own
// part of the JSON. It is exact, not a cache that can go stale: what is
// stored is always read and its text compared (a write that failed leaves
// other text stored, which is then decoded).
//
// So the quiz records and question states of a progress read are never
// changed in place: the code that changes one changes its own copy
// (progress.ownQuiz, progress.ownState), and an update whose function
// fails forgets the key's memo.
//
// Invariant (TestProgMemoSame checks it against the plain coders): whole
// is what decoding text gives; nobody changes it or what it points to.

// maxProgMemos bounds the keys remembered (about 10 KB each): past it the
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
	m := &progMemo{}
	ms.m[key] = m
	return m
}

// progMemo is one progress key's memo; mu is held while a progress is
// decoded or encoded with it.
type progMemo struct {
	mu    sync.Mutex
	text  string
	whole *progress // nil: nothing remembered
	// The JSON last written for each record and question state, with
	// the one written (what the JSON decodes to, as whole holds it).
	quizzes map[string]quizJSON
	states  map[string]stateJSON
}

type quizJSON struct {
	r    *quizRecord
	text string
}

type stateJSON struct {
	st   *qState
	text string
}

// forget drops everything remembered.
func (m *progMemo) forget() {
	m.mu.Lock()
	defer m.mu.Unlock()
	*m = progMemo{}
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

// share returns a progress of w's records and states in maps of its own.
func (w *progress) share() progress {
	return progress{Questions: maps.Clone(w.Questions), Quizzes: maps.Clone(w.Quizzes), Order: slices.Clone(w.Order)}
}

// DecodeJSON is progress.DecodeJSON, giving the remembered progress for
// the remembered JSON.
func (w memoProgress) DecodeJSON(data string) error {
	m := w.m
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.whole != nil && data == m.text {
		*w.p = m.whole.share()
		return nil
	}
	m.text, m.whole = "", nil
	if fast, ok := decodeProgress(data); ok {
		*w.p = fast
		if remembered(&fast) {
			whole := fast.share()
			m.text, m.whole = data, &whole
		}
		return nil
	}
	*w.p = progress{}
	return json.Unmarshal([]byte(data), w.p)
}

// remembered reports whether p is one the memo keeps whole: nothing in it
// nil, where AppendJSON writes null and only json.Unmarshal reads it.
func remembered(p *progress) bool {
	if p.Questions == nil || p.Quizzes == nil || p.Order == nil {
		return false
	}
	for _, st := range p.Questions {
		if st == nil {
			return false
		}
	}
	for _, r := range p.Quizzes {
		if r == nil || r.Questions == nil || r.Answers == nil {
			return false
		}
	}
	return true
}

// ownQuiz returns the quiz record id for the caller to change: a copy,
// put in its place, since a progress read shares its records with the
// memo. Nil if there is none.
func (p *progress) ownQuiz(id string) *quizRecord {
	r := p.Quizzes[id]
	if r == nil {
		return nil
	}
	r = r.clone()
	p.Quizzes[id] = r
	return r
}

// ownState is ownQuiz for a question's state.
func (p *progress) ownState(id string) *qState {
	st := p.Questions[id]
	if st == nil {
		return nil
	}
	c := *st
	p.Questions[id] = &c
	return &c
}

// clone returns a copy of r that shares nothing changeable with it.
func (r *quizRecord) clone() *quizRecord {
	c := *r
	c.Questions = slices.Clone(r.Questions)
	c.Answers = maps.Clone(r.Answers)
	c.Given = maps.Clone(r.Given)
	return &c
}

// AppendJSON is progress.AppendJSON, remembering the progress its JSON
// decodes to: the records and question states of the progress last read
// or written where p still holds them (the same pointers: never changed),
// written as the JSON written for them last; the others encoded, and
// decoded from their own part of the JSON.
func (w memoProgress) AppendJSON(b []byte) ([]byte, error) {
	m := w.m
	m.mu.Lock()
	defer m.mu.Unlock()
	prev := m.whole
	m.text, m.whole = "", nil
	p := w.p
	if p.Questions == nil || p.Quizzes == nil || p.Order == nil {
		return p.AppendJSON(b)
	}
	if m.quizzes == nil {
		m.quizzes, m.states = map[string]quizJSON{}, map[string]stateJSON{}
	}
	// The maps of the progress remembered last are the memo's alone
	// (DecodeJSON hands out copies: share), so they are filled again
	// rather than made anew at every write (perf19).
	var whole progress
	if prev != nil {
		clear(prev.Questions)
		clear(prev.Quizzes)
		whole = progress{Questions: prev.Questions, Quizzes: prev.Quizzes, Order: append(prev.Order[:0], p.Order...)}
	} else {
		whole = progress{Questions: make(map[string]*qState, len(p.Questions)), Quizzes: make(map[string]*quizRecord, len(p.Quizzes)),
			Order: slices.Clone(p.Order)}
	}
	var keys [64]string
	ok := all(p.Order, plainJSON)
	start := len(b)
	b = append(b, `{"questions":{`...)
	for i, id := range appendSortedKeys(keys[:0], p.Questions) {
		if i > 0 {
			b = append(b, ',')
		}
		b = store.AppendJSONString(b, id)
		b = append(b, ':')
		st := p.Questions[id]
		if e, in := m.states[id]; in && e.st == st {
			b = append(b, e.text...)
			whole.Questions[id] = st
			continue
		}
		at := len(b)
		var err error
		if b, err = appendQState(b, st); err != nil {
			return b, err
		}
		c := &scan{s: string(b[at:]), ok: true}
		dec := c.qState()
		if st == nil || !c.ok || c.i != len(c.s) || !plainJSON(id) {
			ok = false
			delete(m.states, id)
			continue
		}
		whole.Questions[id] = dec
		m.states[strings.Clone(id)] = stateJSON{dec, c.s}
	}
	b = append(b, `},"quizzes":{`...)
	for i, id := range appendSortedKeys(keys[:0], p.Quizzes) {
		if i > 0 {
			b = append(b, ',')
		}
		b = store.AppendJSONString(b, id)
		b = append(b, ':')
		r := p.Quizzes[id]
		if e, in := m.quizzes[id]; in && e.r == r {
			b = append(b, e.text...)
			whole.Quizzes[id] = r
			continue
		}
		at := len(b)
		var err error
		if b, err = appendQuizRecord(b, r); err != nil {
			return b, err
		}
		c := &scan{s: string(b[at:]), ok: true}
		dec := c.quizRecord()
		if r == nil || !c.ok || c.i != len(c.s) || !plainJSON(id) {
			ok = false
			delete(m.quizzes, id)
			continue
		}
		whole.Quizzes[id] = dec
		m.quizzes[strings.Clone(id)] = quizJSON{dec, c.s}
	}
	if len(m.quizzes) > len(p.Quizzes) {
		for id := range m.quizzes {
			if _, in := p.Quizzes[id]; !in {
				delete(m.quizzes, id)
			}
		}
	}
	if len(m.states) > len(p.Questions) {
		for id := range m.states {
			if _, in := p.Questions[id]; !in {
				delete(m.states, id)
			}
		}
	}
	b = append(b, `},"order":`...)
	b = store.AppendJSONStrings(b, p.Order)
	b = append(b, '}')
	if ok {
		m.text, m.whole = string(b[start:]), &whole
	}
	return b, nil
}

// plainJSON reports whether AppendJSONString writes s as it is, between
// quotes, which decodeProgress reads back as it is.
func plainJSON(s string) bool {
	high := false
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			return false
		} else if c >= utf8.RuneSelf {
			high = true
		}
	}
	return !high || utf8.ValidString(s) && !strings.Contains(s, "\u2028") && !strings.Contains(s, "\u2029")
}

func all(ss []string, f func(string) bool) bool {
	for _, s := range ss {
		if !f(s) {
			return false
		}
	}
	return true
}

// appendSortedKeys appends m's keys to keys in the order
// store.AppendJSONObject writes them.
func appendSortedKeys[V any](keys []string, m map[string]V) []string {
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, strings.Compare)
	return keys
}
