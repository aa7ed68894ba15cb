package protocol

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The text policy (README.md §3, "Text"): one set of rules for display
// names and for chat and talk text, so that what one user types cannot
// make another user's screen lie — reorder text (bidi overrides), hide
// text (zero-width and filler characters), control a terminal (C0 and C1
// controls), or pass for an avatar.
//
// Rejected anywhere: C0 controls (chat and talk keep \n and \t), DEL, C1
// controls (U+0080–U+009F), line and paragraph separators, every format
// character (Cf: bidi embeddings, overrides, isolates and marks, zero-width
// space, soft hyphen, byte order mark…) except the joiners U+200C and
// U+200D between visible characters and tag characters inside an emoji
// flag sequence, private-use characters and noncharacters.
//
// Text must have at least one visible character: whitespace, format
// characters, lone combining marks, variation selectors and the blank
// look-alikes (Hangul fillers U+115F U+1160 U+3164 U+FFA0, braille blank
// U+2800, and a few more in invisible) do not count. So 👨‍👩‍👧 (emoji
// joined by ZWJ) passes and a name of U+3164 alone does not.
//
// Names further: one line, no blank look-alikes or zero-width characters
// at all (they imitate spaces), runs of whitespace collapse to one space,
// and a name must not imitate an avatar's (Imitates).

// invisible reports whether r shows nothing on its own although it is not
// whitespace or a format character.
func invisible(r rune) bool {
	switch r {
	case 0x115F, 0x1160, 0x3164, 0xFFA0, // Hangul fillers
		0x2800,         // braille pattern blank
		0x034F,         // combining grapheme joiner
		0x17B4, 0x17B5, // Khmer inherent vowels
		0x180E: // Mongolian vowel separator
		return true
	}
	return r >= 0xFE00 && r <= 0xFE0F || r >= 0xE0100 && r <= 0xE01EF // variation selectors
}

func isTag(r rune) bool { return r >= 0xE0020 && r <= 0xE007F }

func nonchar(r rune) bool { return r >= 0xFDD0 && r <= 0xFDEF || r&0xFFFE == 0xFFFE }

// visible reports whether r shows something by itself.
func visible(r rune) bool {
	return !unicode.IsSpace(r) && !invisible(r) && !unicode.In(r, unicode.Cf, unicode.Mn, unicode.Me, unicode.Cc, unicode.Zl, unicode.Zp)
}

// CheckText applies the text policy to chat or talk text (multiline: \n
// and \t allowed) and returns "" or what is wrong, for an error message.
func CheckText(s string, multiline bool) string {
	if !utf8.ValidString(s) {
		return "text is not valid UTF-8"
	}
	seen := false
	var prev rune = -1
	inFlag := false
	for i, r := range s {
		switch {
		case r == '\n' || r == '\t':
			if !multiline {
				return "line breaks and tabs are not allowed"
			}
		case r < 0x20 || r == 0x7F || r >= 0x80 && r <= 0x9F:
			return "control character " + hexRune(r) + " is not allowed"
		case r == 0x2028 || r == 0x2029:
			return "line separator " + hexRune(r) + " is not allowed"
		case r == 0x200C || r == 0x200D:
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if prev < 0 || !visible(prev) && !invisible(prev) && !unicode.Is(unicode.Mn, prev) || i+utf8.RuneLen(r) >= len(s) || !visible(next) {
				return "a joiner (" + hexRune(r) + ") must stand between two visible characters"
			}
		case isTag(r):
			if !inFlag {
				return "tag character " + hexRune(r) + " is only allowed in an emoji flag"
			}
			if r == 0xE007F {
				inFlag = false
			}
		case unicode.Is(unicode.Cf, r):
			return "invisible formatting character " + hexRune(r) + " (bidi control, zero-width space…) is not allowed"
		case unicode.Is(unicode.Co, r) || nonchar(r):
			return "character " + hexRune(r) + " is not allowed"
		}
		if r == 0x1F3F4 { // waving black flag: may start a tag sequence
			inFlag = true
		} else if !isTag(r) {
			inFlag = false
		}
		seen = seen || visible(r)
		prev = r
	}
	if !seen {
		return "text has no visible character"
	}
	return ""
}

// CleanName applies the text policy to a display name: trimmed, runs of
// whitespace collapsed to one space, 1 to MaxNameRunes code points, one
// line, no blank look-alikes. It returns the name and "" or what is wrong.
// Whether it imitates an avatar is the server's check (Imitates).
func CleanName(s string) (string, string) {
	if !utf8.ValidString(s) {
		return "", "not valid UTF-8"
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return "", fmt.Sprintf("must be 1 to %d characters", MaxNameRunes)
	}
	if p := CheckText(s, false); p != "" {
		return "", p
	}
	s = strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
	if n := utf8.RuneCountInString(s); n > MaxNameRunes {
		return "", fmt.Sprintf("must be 1 to %d characters, not %d", MaxNameRunes, n)
	}
	for _, r := range s {
		if invisible(r) && !(r >= 0xFE00 && r <= 0xFE0F) || r == 0x200C {
			return "", "character " + hexRune(r) + " shows nothing and is not allowed in a name"
		}
	}
	return s, ""
}

// nameKey is what a name looks like: NFKC (full-width letters become
// ordinary ones), lower case, without accents, spaces, punctuation or
// invisible characters.
func nameKey(s string) string {
	s = norm.NFKD.String(norm.NFKC.String(s))
	var b strings.Builder
	for _, r := range s {
		if !visible(r) || unicode.IsPunct(r) || unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return norm.NFC.String(b.String())
}

// Imitates reports whether name looks like other (an avatar's name): the
// same after setting aside width, case, accents, spaces, punctuation and
// invisible characters, or containing it ("진짜 하나 선생님").
func Imitates(name, other string) bool {
	n, o := nameKey(name), nameKey(other)
	if o == "" {
		return false
	}
	return n == o || utf8.RuneCountInString(o) >= 3 && strings.Contains(n, o)
}

func hexRune(r rune) string { return fmt.Sprintf("%U", r) }
