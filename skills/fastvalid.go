package skills

import (
	"encoding/json"
	"regexp"
	"slices"
	"strconv"
	"sync"
	"unicode/utf8"
)

// Every call that changes data is validated against its tool's JSON
// Schema before it runs (Tool.Validate), and the general validator
// (santhosh-tekuri/jsonschema) decodes the arguments into maps of any and
// walks them with a state per keyword: 2–3 % of a tutor turn's CPU and 5 %
// of its allocations (BenchmarkTurn500 in agents/embedded, perf19 in
// docs/performance.md). The arguments an avatar sends are small flat
// objects of plain strings, numbers and booleans, and the schemas NewTool
// makes use a handful of keywords.
//
// A fastSchema answers only one question: are these arguments certainly
// valid? It is built only for a schema all of whose keywords it knows
// (fastKeywords; anything else: no fast path), and it says yes only for
// arguments it reads completely — an object of known properties, each
// once, with plain strings (no escapes, valid UTF-8), integers written as
// digits, booleans, null and arrays of these. Anything else — an escape, a
// fraction, an unknown key, a duplicate, any doubt — is "don't know", and
// the general validator decides as before. So Validate's answer is the
// same for every input (TestFastValidSamePerf19): nil when the fast path
// says valid (the general validator says so too), the general validator's
// own message otherwise.
type fastSchema struct {
	types    uint8 // bits of the fast… constants below
	props    map[string]prop
	need     uint64 // bits of the required properties
	closed   bool   // additionalProperties: false
	pattern  *regexp.Regexp
	minLen   int // -1: none
	maxLen   int
	enum     []string // nil: none (only all-string enums)
	min, max int64
	hasMin   bool
	hasMax   bool
	items    *fastSchema
	minItems int // -1: none
	maxItems int
}

// prop is a property's schema and its bit in a set of properties.
type prop struct {
	*fastSchema
	bit uint
}

const (
	fastString uint8 = 1 << iota
	fastInteger
	fastNumber
	fastBoolean
	fastNull
	fastArray
	fastObject
)

var fastTypes = map[string]uint8{"string": fastString, "integer": fastInteger, "number": fastNumber,
	"boolean": fastBoolean, "null": fastNull, "array": fastArray, "object": fastObject}

// fastKeywords are the keywords a fastSchema knows; description and
// title are annotations, which validate nothing.
var fastKeywords = map[string]bool{"type": true, "properties": true, "required": true, "additionalProperties": true,
	"description": true, "title": true, "pattern": true, "minLength": true, "maxLength": true, "enum": true,
	"minimum": true, "maximum": true, "items": true, "minItems": true, "maxItems": true}

// lazyFast is a schema's fast path, made when it is first needed: making
// it reads the schema and compiles its patterns (about 0.4 ms a schema on
// the shared machine), which a server's start need not pay for tools it
// never calls. A nil *lazyFast has none.
type lazyFast struct {
	once sync.Once
	raw  []byte
	f    *fastSchema
}

func (l *lazyFast) get() *fastSchema {
	if l == nil {
		return nil
	}
	l.once.Do(func() { l.f = newFastSchema(l.raw) })
	return l.f
}

// newFastSchema returns the fast path of a schema's text, or nil when the
// schema uses anything it does not know.
func newFastSchema(raw []byte) *fastSchema {
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(raw, &doc); err != nil {
		return nil
	}
	s, ok := fastOf(doc)
	if !ok || s.types != fastObject {
		return nil
	}
	return s
}

func fastOf(doc map[string]json.RawMessage) (*fastSchema, bool) {
	s := &fastSchema{minLen: -1, maxLen: -1, minItems: -1, maxItems: -1}
	for k := range doc {
		if !fastKeywords[k] {
			return nil, false
		}
	}
	if t, in := doc["type"]; in {
		var one string
		var many []string
		if json.Unmarshal(t, &one) == nil {
			many = []string{one}
		} else if json.Unmarshal(t, &many) != nil || len(many) == 0 {
			return nil, false
		}
		for _, n := range many {
			bit, ok := fastTypes[n]
			if !ok {
				return nil, false
			}
			s.types |= bit
		}
	} else {
		return nil, false // a schema without a type accepts what this path cannot check
	}
	if p, in := doc["properties"]; in {
		var props map[string]map[string]json.RawMessage
		if json.Unmarshal(p, &props) != nil {
			return nil, false
		}
		if len(props) > 64 {
			return nil, false
		}
		s.props = map[string]prop{}
		for name, sub := range props {
			if !plainKey(name) {
				return nil, false
			}
			f, ok := fastOf(sub)
			if !ok {
				return nil, false
			}
			s.props[name] = prop{f, uint(len(s.props))}
		}
	}
	if r, in := doc["required"]; in {
		var required []string
		if json.Unmarshal(r, &required) != nil {
			return nil, false
		}
		for _, name := range required {
			p, in := s.props[name]
			if !in {
				return nil, false // never there: no fast path
			}
			s.need |= 1 << p.bit
		}
	}
	if a, in := doc["additionalProperties"]; in {
		var b bool
		if json.Unmarshal(a, &b) != nil || b {
			return nil, false
		}
		s.closed = true
	}
	if s.types&fastObject != 0 && !s.closed {
		return nil, false // other keys could hold any JSON
	}
	if p, in := doc["pattern"]; in {
		var pat string
		if json.Unmarshal(p, &pat) != nil {
			return nil, false
		}
		re, err := regexp.Compile(pat) // as the general validator compiles it (goRegexpCompile)
		if err != nil {
			return nil, false
		}
		s.pattern = re
	}
	for _, c := range []struct {
		key string
		to  *int
	}{{"minLength", &s.minLen}, {"maxLength", &s.maxLen}, {"minItems", &s.minItems}, {"maxItems", &s.maxItems}} {
		if v, in := doc[c.key]; in {
			n, ok := smallInt(v)
			if !ok || n < 0 {
				return nil, false
			}
			*c.to = int(n)
		}
	}
	if e, in := doc["enum"]; in {
		if json.Unmarshal(e, &s.enum) != nil || s.enum == nil {
			return nil, false // not all strings
		}
		for _, v := range s.enum {
			if !plainKey(v) {
				return nil, false
			}
		}
	}
	if v, in := doc["minimum"]; in {
		n, ok := smallInt(v)
		if !ok {
			return nil, false
		}
		s.min, s.hasMin = n, true
	}
	if v, in := doc["maximum"]; in {
		n, ok := smallInt(v)
		if !ok {
			return nil, false
		}
		s.max, s.hasMax = n, true
	}
	if it, in := doc["items"]; in {
		var sub map[string]json.RawMessage
		if json.Unmarshal(it, &sub) != nil {
			return nil, false
		}
		f, ok := fastOf(sub)
		if !ok {
			return nil, false
		}
		s.items = f
	}
	return s, true
}

// smallInt reads a JSON number written as a plain integer of at most 15
// digits.
func smallInt(v json.RawMessage) (int64, bool) {
	s := string(v)
	if !plainInt(s) || len(s) > 16 {
		return 0, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil
}

// plainInt reports whether s is -?(0|[1-9][0-9]*).
func plainInt(s string) bool {
	if s != "" && s[0] == '-' {
		s = s[1:]
	}
	if s == "" || s[0] == '0' && len(s) > 1 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// plainKey reports whether s is written in JSON as it is, between quotes,
// and read back the same by any decoder: printable ASCII without " and \.
func plainKey(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}

// valid reports whether raw is certainly valid under s; false means
// "not known" (the general validator decides).
func (s *fastSchema) valid(raw []byte) bool {
	r := fastReader{b: raw}
	r.space()
	if !r.value(s) {
		return false
	}
	r.space()
	return r.i == len(r.b)
}

// fastReader reads JSON for fastSchema.valid.
type fastReader struct {
	b []byte
	i int
}

func (r *fastReader) space() {
	for r.i < len(r.b) {
		switch r.b[r.i] {
		case ' ', '\t', '\n', '\r':
			r.i++
		default:
			return
		}
	}
}

// str reads a plain string (no escapes, no control characters, valid
// UTF-8) and returns it without its quotes, in raw's own bytes: nothing
// is allocated for it (it is compared and matched, never kept).
func (r *fastReader) str() ([]byte, bool) {
	if r.i >= len(r.b) || r.b[r.i] != '"' {
		return nil, false
	}
	start := r.i + 1
	ascii := true
	for j := start; j < len(r.b); j++ {
		switch c := r.b[j]; {
		case c == '"':
			r.i = j + 1
			s := r.b[start:j]
			if !ascii && !utf8.Valid(s) {
				return nil, false
			}
			return s, true
		case c == '\\' || c < 0x20:
			return nil, false
		case c >= utf8.RuneSelf:
			ascii = false
		}
	}
	return nil, false
}

// value reads one value and reports whether it is certainly valid under s.
func (r *fastReader) value(s *fastSchema) bool {
	if r.i >= len(r.b) {
		return false
	}
	switch c := r.b[r.i]; {
	case c == '"':
		v, ok := r.str()
		if !ok || s.types&fastString == 0 {
			return false
		}
		if s.minLen >= 0 || s.maxLen >= 0 {
			n := utf8.RuneCount(v)
			if s.minLen >= 0 && n < s.minLen || s.maxLen >= 0 && n > s.maxLen {
				return false
			}
		}
		if s.pattern != nil && !s.pattern.Match(v) {
			return false
		}
		return s.enum == nil || slices.ContainsFunc(s.enum, func(e string) bool { return e == string(v) })
	case c == 't' || c == 'f':
		lit := "false"
		if c == 't' {
			lit = "true"
		}
		if !r.lit(lit) || s.types&fastBoolean == 0 {
			return false
		}
		return s.enum == nil
	case c == 'n':
		return r.lit("null") && s.types&fastNull != 0 && s.enum == nil
	case c == '-' || c >= '0' && c <= '9':
		j := r.i + 1
		for j < len(r.b) && r.b[j] >= '0' && r.b[j] <= '9' {
			j++
		}
		num := string(r.b[r.i:j])
		r.i = j
		if s.types&(fastInteger|fastNumber) == 0 || s.enum != nil || !plainInt(num) || len(num) > 16 {
			return false // a fraction or an exponent stops the reading here: not known
		}
		n, err := strconv.ParseInt(num, 10, 64)
		if err != nil {
			return false
		}
		return (!s.hasMin || n >= s.min) && (!s.hasMax || n <= s.max)
	case c == '[':
		if s.types&fastArray == 0 || s.enum != nil {
			return false
		}
		r.i++
		n := 0
		r.space()
		if r.i < len(r.b) && r.b[r.i] == ']' {
			r.i++
		} else {
			for {
				r.space()
				if s.items == nil || !r.value(s.items) {
					return false // no items schema: elements of any kind, not read here
				}
				n++
				r.space()
				if r.i >= len(r.b) {
					return false
				}
				if r.b[r.i] == ']' {
					r.i++
					break
				}
				if r.b[r.i] != ',' {
					return false
				}
				r.i++
			}
		}
		return (s.minItems < 0 || n >= s.minItems) && (s.maxItems < 0 || n <= s.maxItems)
	case c == '{':
		if s.types&fastObject == 0 || !s.closed || s.enum != nil {
			return false
		}
		r.i++
		var seen uint64 // bits of s.names
		r.space()
		if r.i < len(r.b) && r.b[r.i] == '}' {
			r.i++
		} else {
			for {
				r.space()
				k, ok := r.str()
				if !ok {
					return false
				}
				sub, in := s.props[string(k)]
				if !in || seen&(1<<sub.bit) != 0 {
					return false // unknown, or said twice
				}
				seen |= 1 << sub.bit
				r.space()
				if r.i >= len(r.b) || r.b[r.i] != ':' {
					return false
				}
				r.i++
				r.space()
				if !r.value(sub.fastSchema) {
					return false
				}
				r.space()
				if r.i >= len(r.b) {
					return false
				}
				if r.b[r.i] == '}' {
					r.i++
					break
				}
				if r.b[r.i] != ',' {
					return false
				}
				r.i++
			}
		}
		return seen&s.need == s.need
	}
	return false
}

func (r *fastReader) lit(s string) bool {
	if len(r.b)-r.i < len(s) || string(r.b[r.i:r.i+len(s)]) != s {
		return false
	}
	r.i += len(s)
	return true
}
