package skills

import (
	"bytes"
	"unicode/utf8"
)

// canonical reports whether raw is already what ArgsHash's json.Marshal
// of its json.Unmarshal would write — no white space, object keys in
// strictly increasing order, strings with nothing json.Marshal escapes,
// integers of at most 15 digits — so the round trip can be skipped (the
// brains write arguments with json.Marshal: nearly every call's are).
// false only costs the round trip.
func canonical(raw []byte) bool {
	c := canonScan{b: raw}
	return c.value() && c.i == len(raw)
}

type canonScan struct {
	b []byte
	i int
}

func (c *canonScan) value() bool {
	if c.i >= len(c.b) {
		return false
	}
	switch x := c.b[c.i]; {
	case x == '{':
		c.i++
		if c.i < len(c.b) && c.b[c.i] == '}' {
			c.i++
			return true
		}
		var prev []byte
		for n := 0; ; n++ {
			k, ok := c.str()
			if !ok || n > 0 && bytes.Compare(prev, k) >= 0 || c.i >= len(c.b) || c.b[c.i] != ':' {
				return false
			}
			prev = k
			c.i++
			if !c.value() || c.i >= len(c.b) {
				return false
			}
			switch c.b[c.i] {
			case ',':
				c.i++
			case '}':
				c.i++
				return true
			default:
				return false
			}
		}
	case x == '[':
		c.i++
		if c.i < len(c.b) && c.b[c.i] == ']' {
			c.i++
			return true
		}
		for {
			if !c.value() || c.i >= len(c.b) {
				return false
			}
			switch c.b[c.i] {
			case ',':
				c.i++
			case ']':
				c.i++
				return true
			default:
				return false
			}
		}
	case x == '"':
		_, ok := c.str()
		return ok
	case x == 't':
		return c.lit("true")
	case x == 'f':
		return c.lit("false")
	case x == 'n':
		return c.lit("null")
	case x == '-' || x >= '0' && x <= '9':
		return c.integer()
	}
	return false
}

func (c *canonScan) lit(l string) bool {
	if bytes.HasPrefix(c.b[c.i:], []byte(l)) {
		c.i += len(l)
		return true
	}
	return false
}

// integer: -?(0|[1-9][0-9]{0,14}), not -0: json.Marshal writes a float64
// holding it with the same digits.
func (c *canonScan) integer() bool {
	start := c.i
	if c.b[c.i] == '-' {
		c.i++
	}
	d := c.i
	for c.i < len(c.b) && c.b[c.i] >= '0' && c.b[c.i] <= '9' {
		c.i++
	}
	n := c.i - d
	if n == 0 || n > 15 || n > 1 && c.b[d] == '0' || c.b[d] == '0' && d > start {
		return false
	}
	if c.i < len(c.b) && (c.b[c.i] == '.' || c.b[c.i] == 'e' || c.b[c.i] == 'E') {
		return false
	}
	return true
}

// str reads a string json.Marshal would write as it is: valid UTF-8
// without escapes, control characters, <, >, &, U+2028 or U+2029.
func (c *canonScan) str() ([]byte, bool) {
	if c.i >= len(c.b) || c.b[c.i] != '"' {
		return nil, false
	}
	c.i++
	start := c.i
	for c.i < len(c.b) {
		x := c.b[c.i]
		switch {
		case x == '"':
			s := c.b[start:c.i]
			c.i++
			return s, true
		case x < 0x20 || x == '\\' || x == '<' || x == '>' || x == '&':
			return nil, false
		case x < utf8.RuneSelf:
			c.i++
		default:
			r, size := utf8.DecodeRune(c.b[c.i:])
			if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
				return nil, false
			}
			c.i += size
		}
	}
	return nil, false
}
