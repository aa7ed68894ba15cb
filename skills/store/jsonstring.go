package store

import "unicode/utf8"

// AppendJSONString appends s as json.Marshal encodes a string (HTML-safe:
// <, > and & as \u003c…; control characters as \b \f \n \r \t or
// \u00XX; invalid UTF-8 as \ufffd; U+2028 and U+2029 escaped), for
// JSONAppender implementations.
func AppendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	// Valid UTF-8 (nearly always: Korean text) needs no rune decoding: only
	// ASCII and U+2028/U+2029 (E2 80 A8/A9, which no other rune's bytes
	// contain) are escaped.
	valid := utf8.ValidString(s)
	for i := 0; i < len(s); {
		if valid {
			for i < len(s) && plain[s[i]] { // the bytes copied as they are
				i++
			}
			if i == len(s) {
				break
			}
		}
		c := s[i]
		if valid && c >= utf8.RuneSelf {
			if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2]&^1 == 0xA8 {
				b = append(b, s[start:i]...)
				b = append(b, '\\', 'u', '2', '0', '2', hex[s[i+2]&0xF])
				i += 3
				start = i
				continue
			}
			i++
			continue
		}
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// plain: in valid UTF-8, the bytes AppendJSONString copies unescaped —
// printable ASCII but " \ < > &, and every byte of a multi-byte rune but
// 0xE2, which may start U+2028 or U+2029.
var plain = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = true
	}
	for _, c := range []byte{'"', '\\', '<', '>', '&', 0xE2} {
		t[c] = false
	}
	return t
}()
