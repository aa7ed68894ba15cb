package store

import (
	"encoding/json"
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// TestAppendJSONStringSame: AppendJSONString writes json.Marshal's bytes
// for random strings of ASCII, Korean, U+2028/U+2029, their neighbours
// (U+2027, U+202A) and stray or cut UTF-8 bytes.
func TestAppendJSONStringSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 22))
	pieces := []string{"a", "Z", " ", "\"", "\\", "<", ">", "&", "\x00", "\n", "\x1f", "\x7f", "학", "생",
		"\u2028", "\u2029", "\u2027", "\u202a", "\xe2\x80", "\xe2", "\x80", "\xa8", "\xff", "😀", "\xf0\x9f\x98", "é",
		"\xed\xa0\x80", "\xed\x9f\xbf", "\xe0\x80\x80", "\xe0\xa0\x80", "\xf4\x90\x80\x80", "\xf4\x8f\xbf\xbf", "\xf0\x8f\xbf\xbf",
		"\xf0\x90\x80\x80", "\xc0\xaf", "\xc1\xbf", "\xc2\x80", "\xdf\xbf", "\xf5\x80\x80\x80", "\xef\xbf\xbd", "\xbf"}
	for i := range 200000 {
		var s []byte
		for range rng.IntN(12) {
			s = append(s, pieces[rng.IntN(len(pieces))]...)
		}
		want, _ := json.Marshal(string(s))
		if got := AppendJSONString(nil, string(s)); string(got) != string(want) {
			t.Fatalf("string %d %q: AppendJSONString %s, json.Marshal %s", i, s, got, want)
		}
	}
}

// TestRuneLen: runeLen accepts what utf8.DecodeRuneInString decodes,
// with its length, for every lead byte above ASCII and every second byte
// (third and fourth at the edges of the continuation range).
func TestRuneLen(t *testing.T) {
	edges := []byte{0x00, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff}
	for b0 := 0x80; b0 <= 0xff; b0++ {
		for b1 := 0; b1 <= 0xff; b1++ {
			for _, b2 := range edges {
				for _, b3 := range edges {
					for n := 1; n <= 4; n++ {
						s := string([]byte{byte(b0), byte(b1), b2, b3}[:n])
						r, size := utf8.DecodeRuneInString(s)
						want := size
						if r == utf8.RuneError && size == 1 {
							want = 0
						}
						if got := runeLen(s); got != want {
							t.Fatalf("runeLen(%q) = %d, want %d", s, got, want)
						}
					}
				}
			}
		}
	}
}

// TestAppendJSONStringLong: as TestAppendJSONStringSame, with long runs
// of plain ASCII and Korean (the inline three-byte
// path) around the rare bytes, at every alignment.
func TestAppendJSONStringLong(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 22))
	pieces := []string{"The quiz has three questions. ", "학생이 답을 골랐습니다 ", "2026-12-06T07:00:00Z", "abc", "a", "\"", "\\",
		"<", ">", "&", "\x00", "\n", "\x7f", "\u2028", "\u2029", "\xe2\x80", "\xed\xa0\x80", "\xed\x9f\xbf", "\xea\xb0", "\xec",
		"\xef\xbf\xbf", "\xe1\x80\x80", "\xee\x80", "😀", "é", "\xff", "\x80"}
	for i := range 100000 {
		var s []byte
		for range rng.IntN(16) {
			s = append(s, pieces[rng.IntN(len(pieces))]...)
		}
		want, _ := json.Marshal(string(s))
		if got := AppendJSONString(nil, string(s)); string(got) != string(want) {
			t.Fatalf("string %d %q: AppendJSONString %s, json.Marshal %s", i, s, got, want)
		}
	}
}
