package protocol_test

import (
	"strings"
	"testing"

	"github.com/madang-world/madang/protocol"
)

// TestTextPolicy: one table for what names and chat text may hold
// (protocol/README.md §3, "Text").
func TestTextPolicy(t *testing.T) {
	cases := []struct {
		in         string
		chat, name bool // accepted as chat text, as a display name
	}{
		{"안녕하세요", true, true},
		{"민수", true, true},
		{"Jane Doe", true, true},
		{"두 줄\n두번째 줄", true, false},
		{"탭\t문자", true, false},
		{"👨‍👩‍👧", true, true},   // ZWJ emoji sequence
		{"민수 👩🏽‍💻", true, true}, // skin tone and ZWJ
		{"🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F", true, true}, // flag tag sequence
		{"❤️", true, true},       // variation selector after a visible character
		{"مرحبا", true, true},    // right-to-left script without controls
		{"é", true, true},        // combining accent on a letter
		{"\u3164", false, false}, // Hangul filler only
		{"\u115F", false, false},
		{"\u1160\u3164", false, false},
		{"\uFFA0", false, false},
		{"\u2800", false, false}, // braille blank
		{"\u200B", false, false}, // zero-width space only
		{"\u200D", false, false}, // ZWJ only
		{"\u200B\u200C\u200D", false, false},
		{"\u3000", false, false},       // ideographic space only
		{"\u0301", false, false},       // a lone combining mark
		{"\uFE0F", false, false},       // a lone variation selector
		{"abc\u202Edef", false, false}, // right-to-left override
		{"\u202Aabc\u202C", false, false},
		{"\u2066abc\u2069", false, false}, // isolates
		{"abc\u200Fdef", false, false},    // right-to-left mark
		{"a\u0085b", false, false},        // C1 next line
		{"a\u009Bb", false, false},        // C1 control sequence introducer
		{"a\u0080b", false, false},
		{"a\u007Fb", false, false},
		{"a\u0000b", false, false},
		{"a\u001Bb", false, false},
		{"a\u2028b", false, false},     // line separator
		{"a\uFEFFb", false, false},     // byte order mark
		{"a\u00ADb", false, false},     // soft hyphen
		{"a\uFDD0b", false, false},     // noncharacter
		{"a\uE000b", false, false},     // private use
		{"a\U000E0041b", false, false}, // a tag character outside a flag
		{"민\u3164수", true, false},      // a filler inside a name imitates a space
		{"민수\u2800", true, false},
		{"민\u200B수", false, false}, // zero-width space: a format character
		{"\xff\xfe", false, false}, // not UTF-8
	}
	for _, c := range cases {
		if p := protocol.CheckText(c.in, true); (p == "") != c.chat {
			t.Errorf("chat %+q: problem %q, want accepted=%v", c.in, p, c.chat)
		}
		if _, p := protocol.CleanName(c.in); (p == "") != c.name {
			t.Errorf("name %+q: problem %q, want accepted=%v", c.in, p, c.name)
		}
	}
	if got, p := protocol.CleanName("  김   민수 "); p != "" || got != "김 민수" {
		t.Errorf("CleanName collapses spaces: %q %q", got, p)
	}
	if _, p := protocol.CleanName(strings.Repeat("가", protocol.MaxNameRunes+1)); p == "" {
		t.Error("an over-long name was accepted")
	}
}

// TestImitates: a name that looks like an avatar's, after NFKC, width,
// case, spaces, punctuation and invisible characters are set aside.
func TestImitates(t *testing.T) {
	avatar := []string{"하나 선생님", "Ms. Hana"}
	cases := map[string]bool{
		"하나 선생님":        true,
		"하나선생님":         true,
		"하나\u3000선생님":   true, // ideographic space
		"하나  선생님":       true,
		"하나 선생님.":       true,
		"[하나 선생님]":      true,
		"진짜 하나 선생님":     true,
		"ms. hana":      true,
		"MS HANA":       true,
		"Ｍｓ．Ｈａｎａ":       true, // full width
		"Ms. Hána":      true, // accent
		"하나":            false,
		"Hana":          false,
		"선생님":           false,
		"민수":            false,
		"하나 선생님 팬클럽 회장": true,
	}
	for name, want := range cases {
		got := false
		for _, a := range avatar {
			got = got || protocol.Imitates(name, a)
		}
		if got != want {
			t.Errorf("%q imitates an avatar: %v, want %v", name, got, want)
		}
	}
}
