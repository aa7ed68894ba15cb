package store

// AppendJSONString appends s as json.Marshal encodes a string (HTML-safe:
// <, > and & as \u003c…; control characters as \b \f \n \r \t or
// \u00XX; invalid UTF-8 as \ufffd, byte by byte; U+2028 and U+2029
// escaped), for JSONAppender implementations.
//
// It checks UTF-8 as it goes, by the ranges utf8.DecodeRuneInString
// accepts, instead of decoding each rune: Korean text is nearly all
// three-byte runes, and decoding them was most of an encoding's time.
func AppendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if plain[c] {
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
		// Three-byte runes led by E1–EC, EE or EF (Hangul syllables are
		// EA–ED) have no range limits beyond continuation bytes and are
		// never U+2028/U+2029: checked here without a call.
		if c >= 0xE1 && c != 0xE2 && c != 0xED && c <= 0xEF && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			i += 3
			continue
		}
		if n := runeLen(s[i:]); n > 0 {
			if n == 3 && c == 0xE2 && s[i+1] == 0x80 && s[i+2]&^1 == 0xA8 { // U+2028, U+2029
				b = append(b, s[start:i]...)
				b = append(b, '\\', 'u', '2', '0', '2', hex[s[i+2]&0xF])
				i += 3
				start = i
				continue
			}
			i += n
			continue
		}
		b = append(b, s[start:i]...)
		b = append(b, `\ufffd`...)
		i++
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// runeLen is the length of the valid multi-byte UTF-8 rune s starts with,
// or 0 where utf8.DecodeRuneInString would return RuneError, 1.
func runeLen(s string) int {
	cont := func(x byte) bool { return x&0xC0 == 0x80 }
	switch c := s[0]; {
	case c >= 0xC2 && c <= 0xDF:
		if len(s) >= 2 && cont(s[1]) {
			return 2
		}
	case c >= 0xE0 && c <= 0xEF:
		if len(s) >= 3 && cont(s[1]) && cont(s[2]) && (c != 0xE0 || s[1] >= 0xA0) && (c != 0xED || s[1] <= 0x9F) {
			return 3
		}
	case c >= 0xF0 && c <= 0xF4:
		if len(s) >= 4 && cont(s[1]) && cont(s[2]) && cont(s[3]) && (c != 0xF0 || s[1] >= 0x90) && (c != 0xF4 || s[1] <= 0x8F) {
			return 4
		}
	}
	return 0
}

// plain: the ASCII bytes AppendJSONString copies unescaped — printable
// but " \ < > &.
var plain = func() (t [128]bool) {
	for c := 0x20; c < 128; c++ {
		t[c] = true
	}
	for _, c := range []byte{'"', '\\', '<', '>', '&'} {
		t[c] = false
	}
	return t
}()
