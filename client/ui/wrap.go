// Package ui is the Madang client's user interface without the drawing:
// the model built from server events (chat, speech bubbles that fill in as
// an avatar's reply streams, cards, confirmations, notices, connection
// status), the layout of panels and cards, text wrapping for Korean and
// mixed text, the camera and input mapping. The Ebiten layer (package
// client/game) only draws what this package decided, so everything here is
// tested without a display.
//
// All text from the server — other users' chat, avatar and model output,
// card contents — is plain text: this package never interprets markup or
// links in it, and Sanitize strips control and bidi-override characters
// that could make a line lie about what it says.
package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Measure returns the advance width of s in pixels.
type Measure func(s string) int

// FixedMeasure is the metric of the client's bitmap font (and a fine one
// for tests): half-width characters are w pixels, wide ones (Hangul, CJK,
// full-width forms) 2w.
func FixedMeasure(w int) Measure {
	return func(s string) int {
		n := 0
		for _, r := range s {
			if Wide(r) {
				n += 2 * w
			} else {
				n += w
			}
		}
		return n
	}
}

// Wide reports whether r is drawn double width (East Asian Wide/Fullwidth).
func Wide(r rune) bool {
	switch {
	case r >= 0x1100 && r <= 0x115F, // Hangul Jamo initials
		r >= 0x2E80 && r <= 0x303E, // CJK radicals, punctuation
		r >= 0x3041 && r <= 0x33FF, // kana, compatibility jamo, CJK symbols
		r >= 0x3400 && r <= 0x4DBF,
		r >= 0x4E00 && r <= 0x9FFF,
		r >= 0xA960 && r <= 0xA97F, // Hangul Jamo extended-A
		r >= 0xAC00 && r <= 0xD7A3, // Hangul syllables
		r >= 0xF900 && r <= 0xFAFF,
		r >= 0xFE30 && r <= 0xFE4F,
		r >= 0xFF00 && r <= 0xFF60, // full-width forms
		r >= 0xFFE0 && r <= 0xFFE6:
		return true
	}
	return false
}

// breakAnywhere reports whether a line may break before or after r even
// without a space: Korean, Chinese and Japanese text wraps between
// characters (Korean word spacing exists, but long unspaced runs such as
// "장바구니에담아줘" must still wrap rather than overflow).
func breakAnywhere(r rune) bool { return Wide(r) }

// Wrap breaks text into lines no wider than max pixels. It keeps explicit
// newlines, breaks at the last space that fits (Korean words stay whole,
// as with CSS word-break: keep-all), between two Korean or CJK characters
// only when a line has no space, and splits a word longer than a line. No line is ever empty unless the text
// had an empty line; no line starts with the space it broke at.
func Wrap(text string, max int, m Measure) []string {
	if max < 1 {
		max = 1
	}
	var out []string
	for _, para := range strings.Split(text, "\n") {
		out = append(out, wrapLine(para, max, m)...)
	}
	return out
}

func wrapLine(s string, max int, m Measure) []string {
	if s == "" {
		return []string{""}
	}
	var lines []string
	for s != "" {
		if m(s) <= max {
			lines = append(lines, s)
			break
		}
		// Find the longest prefix that fits, and the last good break in it.
		fit, lastSpace, lastCJK := 0, -1, -1
		w := 0
		for i, r := range s {
			rw := m(string(r))
			if w+rw > max && i > 0 {
				break
			}
			w += rw
			fit = i + utf8.RuneLen(r)
			if unicode.IsSpace(r) {
				lastSpace = i
			} else if breakAnywhere(r) {
				lastCJK = fit // break after a wide character
			} else if i > 0 {
				if prev, _ := utf8.DecodeLastRuneInString(s[:i]); breakAnywhere(prev) {
					lastCJK = i // break before a Latin run that follows Korean
				}
			}
		}
		cut := fit
		switch {
		case fit == len(s):
		case lastSpace > 0:
			// Korean is wrapped between words where it has spaces (as
			// word-break: keep-all does): "빛에/너지를" is hard to read.
			cut = lastSpace
		case lastCJK > 0:
			cut = lastCJK
		}
		if cut <= 0 {
			_, n := utf8.DecodeRuneInString(s)
			cut = n
		}
		line := strings.TrimRight(s[:cut], " \t")
		if line == "" {
			line = s[:cut]
		}
		lines = append(lines, line)
		s = strings.TrimLeft(s[cut:], " \t")
	}
	return lines
}

// Sanitize makes server text safe to draw as one plain string: it drops
// control characters (keeping \n and turning \t into a space), Unicode
// bidi overrides and isolates (which can visually reorder a line, e.g. to
// disguise a file name or a link), zero-width joiners used to hide text,
// and invalid UTF-8. It never interprets markup: "<b>" stays "<b>".
func Sanitize(s string) string {
	if !strings.ContainsFunc(s, unsafeRune) && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\t':
			b.WriteByte(' ')
		case r == utf8.RuneError:
			b.WriteRune('\uFFFD')
		case unsafeRune(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func unsafeRune(r rune) bool {
	switch {
	case r == '\n':
		return false
	case r == '\t':
		return true
	case r < 0x20 || (r >= 0x7F && r < 0xA0):
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x200E, r == 0x200F, r == 0x061C:
		return true // bidi embeddings, overrides, isolates, marks
	case r == 0x200B || r == 0x200C || r == 0x200D || r == 0x2060 || r == 0xFEFF:
		return true // zero-width characters
	}
	return false
}

// Ellipsize cuts s to fit max pixels, ending in "…" when it was cut.
func Ellipsize(s string, max int, m Measure) string {
	if m(s) <= max {
		return s
	}
	ell := "…"
	w := m(ell)
	var b strings.Builder
	for _, r := range s {
		rw := m(string(r))
		if w+rw > max {
			break
		}
		w += rw
		b.WriteRune(r)
	}
	return b.String() + ell
}
