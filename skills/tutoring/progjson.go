package tutoring

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/madang-world/madang/skills/store"
)

// A student's progress is read, updated and written back by every quiz
// answer (about 3 KB of JSON: the lesson's questions and the last twenty
// quizzes). Through reflection that was a fifth of a tutor turn's CPU, so
// progress encodes itself (AppendJSON: the bytes json.Marshal writes) and
// decodes what it wrote without reflection (DecodeJSON), leaving anything
// else to json.Unmarshal. TestProgressJSONSame holds both to encoding/json.

var (
	_ store.JSONAppender = (*progress)(nil)
	_ store.JSONDecoder  = (*progress)(nil)
)

// AppendJSON appends p as json.Marshal encodes it.
func (p *progress) AppendJSON(b []byte) ([]byte, error) {
	b = append(b, `{"questions":`...)
	b, err := store.AppendJSONObject(b, p.Questions, appendQState)
	if err != nil {
		return b, err
	}
	b = append(b, `,"quizzes":`...)
	if b, err = store.AppendJSONObject(b, p.Quizzes, appendQuizRecord); err != nil {
		return b, err
	}
	b = append(b, `,"order":`...)
	b = store.AppendJSONStrings(b, p.Order)
	return append(b, '}'), nil
}

func appendQState(b []byte, st *qState) ([]byte, error) {
	if st == nil {
		return append(b, "null"...), nil
	}
	b = append(b, `{"box":`...)
	b = strconv.AppendInt(b, int64(st.Box), 10)
	b = append(b, `,"due":"`...)
	var err error
	if b, err = st.Due.AppendText(b); err != nil {
		return b, err
	}
	b = append(b, `","correct":`...)
	b = strconv.AppendInt(b, int64(st.Correct), 10)
	b = append(b, `,"attempts":`...)
	b = strconv.AppendInt(b, int64(st.Attempts), 10)
	return append(b, '}'), nil
}

func appendQuizRecord(b []byte, r *quizRecord) ([]byte, error) {
	if r == nil {
		return append(b, "null"...), nil
	}
	b = append(b, `{"questions":`...)
	b = store.AppendJSONStrings(b, r.Questions)
	b = append(b, `,"answers":`...)
	b, _ = store.AppendJSONObject(b, r.Answers, func(b []byte, v bool) ([]byte, error) { return strconv.AppendBool(b, v), nil })
	b = append(b, `,"created":"`...)
	var err error
	if b, err = r.Created.AppendText(b); err != nil {
		return b, err
	}
	b = append(b, '"')
	if r.Lang != "" {
		b = append(b, `,"lang":`...)
		b = store.AppendJSONString(b, r.Lang)
	}
	if len(r.Given) > 0 {
		b = append(b, `,"given":`...)
		b, _ = store.AppendJSONObject(b, r.Given, func(b []byte, v string) ([]byte, error) { return store.AppendJSONString(b, v), nil })
	}
	return append(b, '}'), nil
}

// DecodeJSON decodes data into p, which must be zero, as json.Unmarshal
// would. It reads the layout AppendJSON writes (keys in its order, no
// spaces, strings without escapes, no nulls inside); on anything else it
// starts again with json.Unmarshal.
func (p *progress) DecodeJSON(data string) error {
	if fast, ok := decodeProgress(data); ok {
		*p = fast
		return nil
	}
	*p = progress{}
	return json.Unmarshal([]byte(data), p)
}

// scan is a cursor over JSON in AppendJSON's layout; ok turns false at the
// first thing outside it.
type scan struct {
	s  string
	i  int
	ok bool
}

func (c *scan) lit(l string) bool {
	if c.ok && strings.HasPrefix(c.s[c.i:], l) {
		c.i += len(l)
		return true
	}
	c.ok = false
	return false
}

// peek reports whether the next byte is b (and consumes it).
func (c *scan) peek(b byte) bool {
	if c.ok && c.i < len(c.s) && c.s[c.i] == b {
		c.i++
		return true
	}
	return false
}

// str reads a string without escapes whose bytes are valid UTF-8, which
// json.Unmarshal would return as it is.
func (c *scan) str() string {
	if !c.lit(`"`) {
		return ""
	}
	j := strings.IndexByte(c.s[c.i:], '"')
	if j < 0 {
		c.ok = false
		return ""
	}
	s := c.s[c.i : c.i+j]
	high := false
	for k := 0; k < len(s); k++ {
		b := s[k]
		if b < 0x20 || b == '\\' {
			c.ok = false
			return ""
		}
		high = high || b >= utf8.RuneSelf
	}
	if high && !utf8.ValidString(s) {
		c.ok = false
		return ""
	}
	c.i += j + 1
	return s
}

func (c *scan) int() int {
	if !c.ok {
		return 0
	}
	j := c.i
	for j < len(c.s) && (c.s[j] == '-' || c.s[j] >= '0' && c.s[j] <= '9') {
		j++
	}
	n, err := strconv.ParseInt(c.s[c.i:j], 10, 0)
	var buf [20]byte
	if err != nil || string(strconv.AppendInt(buf[:0], n, 10)) != c.s[c.i:j] { // as AppendJSON writes it: no "01", no "-0"
		c.ok = false
		return 0
	}
	c.i = j
	return int(n)
}

// time reads a time as time.Time.UnmarshalJSON does (json.Unmarshal
// calls it with the quoted string).
func (c *scan) time() time.Time {
	var t time.Time
	start := c.i
	c.str()
	if c.ok && t.UnmarshalJSON([]byte(c.s[start:c.i])) != nil {
		c.ok = false
	}
	return t
}

func (c *scan) strings() []string {
	if !c.lit("[") {
		return nil
	}
	ss := []string{}
	if c.peek(']') {
		return ss
	}
	for c.ok {
		ss = append(ss, c.str())
		if c.peek(']') {
			return ss
		}
		c.lit(",")
	}
	return nil
}

// object reads {"k":v,...}, calling each for every key.
func (c *scan) object(each func(k string)) {
	if !c.lit("{") || c.peek('}') {
		return
	}
	for c.ok {
		k := c.str()
		c.lit(":")
		each(k)
		if c.peek('}') {
			return
		}
		c.lit(",")
	}
}

func decodeProgress(s string) (progress, bool) {
	c := &scan{s: s, ok: true}
	var p progress
	c.lit(`{"questions":`)
	p.Questions = map[string]*qState{}
	c.object(func(k string) { p.Questions[k] = c.qState() })
	c.lit(`,"quizzes":`)
	p.Quizzes = map[string]*quizRecord{}
	c.object(func(k string) { p.Quizzes[k] = c.quizRecord() })
	c.lit(`,"order":`)
	p.Order = c.strings()
	c.lit("}")
	return p, c.ok && c.i == len(s)
}

// qState reads one question's state in AppendJSON's layout.
func (c *scan) qState() *qState {
	st := &qState{}
	c.lit(`{"box":`)
	st.Box = c.int()
	c.lit(`,"due":`)
	st.Due = c.time()
	c.lit(`,"correct":`)
	st.Correct = c.int()
	c.lit(`,"attempts":`)
	st.Attempts = c.int()
	c.lit("}")
	return st
}

// quizRecord reads one quiz record in AppendJSON's layout.
func (c *scan) quizRecord() *quizRecord {
	r := &quizRecord{}
	c.lit(`{"questions":`)
	r.Questions = c.strings()
	c.lit(`,"answers":`)
	r.Answers = map[string]bool{}
	c.object(func(q string) {
		switch {
		case c.peek('t'):
			c.lit("rue")
			r.Answers[q] = true
		case c.peek('f'):
			c.lit("alse")
			r.Answers[q] = false
		default:
			c.ok = false
		}
	})
	c.lit(`,"created":`)
	r.Created = c.time()
	if c.peek(',') {
		if strings.HasPrefix(c.s[c.i:], `"lang":`) {
			c.lit(`"lang":`)
			r.Lang = c.str()
			if c.peek(',') {
				c.i-- // (the given answers follow)
			}
		} else {
			c.i--
		}
	}
	if c.peek(',') {
		c.lit(`"given":`)
		r.Given = map[string]string{}
		c.object(func(q string) { r.Given[q] = c.str() })
	}
	c.lit("}")
	return r
}
