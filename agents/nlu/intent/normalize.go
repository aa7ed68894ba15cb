package intent

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize is the text every feature is read from: NFKC (full-width
// letters and digits become ASCII, compatibility jamo and decomposed
// Hangul compose into syllables), lower case, punctuation and symbols as
// spaces, apostrophes dropped inside words ("what's" → "whats"), a rune
// repeated more than twice cut to two ("soooo" → "soo", "ㅋㅋㅋㅋ" → "ㅋㅋ"),
// runs of spaces collapsed, and a few chat spellings written out (see
// chat). Missing or extra spaces are not repaired here: the features
// read the text with its spaces removed as well (see features.go).
func Normalize(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	run := 0
	space := true // at start: drop leading spaces
	rs := []rune(s)
	for i, r := range rs {
		r = unicode.ToLower(r)
		switch {
		case r == '\'' || r == '’' || r == '‘':
			// inside a word the apostrophe joins ("don't" → "dont")
			if i > 0 && i+1 < len(rs) && unicode.IsLetter(rs[i-1]) && unicode.IsLetter(rs[i+1]) {
				continue
			}
			r = ' '
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
		default:
			r = ' ' // punctuation, symbols, emoji, controls, every space
		}
		if r == ' ' {
			if !space {
				b.WriteByte(' ')
				space = true
			}
			prev, run = ' ', 0
			continue
		}
		if r == prev {
			run++
			if run > 2 {
				continue
			}
		} else {
			prev, run = r, 1
		}
		b.WriteRune(r)
		space = false
	}
	out := strings.TrimSuffix(b.String(), " ")
	if !hasChat(out) {
		return out
	}
	f := strings.Fields(out)
	for i, w := range f {
		if c, ok := chatWord(w); ok {
			f[i] = c
		}
	}
	return strings.Join(f, " ")
}

// chat holds whole-word chat spellings and abbreviations with their
// written form. Character n-grams already absorb most typos (one wrong
// letter leaves most of a word's n-grams intact); these are the short
// forms that share no n-gram with what they stand for.
var chat = map[string]string{
	"u": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please", "thx": "thanks", "ty": "thanks",
	"tmrw": "tomorrow", "tmr": "tomorrow", "2moro": "tomorrow", "tonite": "tonight", "wanna": "want to",
	"gonna": "going to", "gotta": "have to", "wat": "what", "wut": "what", "cuz": "because", "bc": "because",
	"im": "i am", "ive": "i have", "idk": "i dont know", "asap": "as soon as possible",
	"nvm": "never mind", "nvmd": "never mind", "abt": "about", "rn": "right now", "ppl": "people", "bday": "birthday",
	"ㄱㅅ": "감사", "ㄳ": "감사", "ㅇㅇ": "응", "ㄴㄴ": "아니", "ㅇㅋ": "오케이", "ㅈㅅ": "죄송", "ㅊㅋ": "축하",
	// more English chat: short forms of the words requests are made of
	// ("recs pls", "free slots next wk", "my mtg", "lemme see"; not "w/",
	// whose "w" as "with" shifted the Korean readings of a pack without
	// declared words — TestPackWithoutDeclaredWords)
	"recs": "recommendations", "rec": "recommendation", "reccs": "recommendations", "recos": "recommendations",
	"wk": "week", "wks": "weeks", "wknd": "weekend", "wkend": "weekend", "b4": "before",
	"mtg": "meeting", "mtgs": "meetings", "appt": "appointment", "appts": "appointments",
	"pkg": "package", "addr": "address", "qty": "quantity", "smth": "something", "sth": "something",
	"lemme": "let me", "gimme": "give me", "dunno": "dont know", "tysm": "thanks so much", "tyvm": "thanks very much",
	"thnx": "thanks", "thanx": "thanks", "thks": "thanks", "2day": "today", "2nite": "tonight",
	"넹": "네", "넵": "네", "마니": "많이", "젤": "제일", "담주": "다음 주", "낼": "내일", "잠만": "잠깐만",
}

// The chat words as Normalize's NFKC writes them (compatibility jamo
// such as ㅇ become conjoining ones).
func init() {
	for k, v := range chat {
		if n := norm.NFKC.String(k); n != k {
			delete(chat, k)
			chat[n] = v
		}
	}
}

func hasChat(s string) bool {
	for _, w := range strings.Fields(s) {
		if _, ok := chatWord(w); ok {
			return true
		}
	}
	return false
}

// chatWord is the written form of a chat word, also when it is said twice
// or more in a row ("ㄱㅅㄱㅅ" → "감사", "thxthx" → "thanks"), as chat
// often doubles its abbreviations.
func chatWord(w string) (string, bool) {
	if c, ok := chat[w]; ok {
		return c, true
	}
	rs := []rune(w)
	for n := 1; 2*n <= len(rs); n++ {
		if len(rs)%n != 0 {
			continue
		}
		unit := string(rs[:n])
		if strings.Repeat(unit, len(rs)/n) != w {
			continue
		}
		if c, ok := chat[unit]; ok {
			return c, true
		}
	}
	return "", false
}

// ExpandChat writes out the chat spellings of s whole word by whole word
// ("wat does chlorophyll do" → "what does chlorophyll do", "can u" →
// "can you"), keeping everything else as written — its case, its
// punctuation, its spaces — for a value read by something that knows
// only written words. Unlike Normalize it changes nothing else.
func ExpandChat(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if !unicode.IsLetter(rs[i]) && !unicode.IsDigit(rs[i]) {
			b.WriteRune(rs[i])
			i++
			continue
		}
		j := i
		for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j])) {
			j++
		}
		w := string(rs[i:j])
		lw := strings.ToLower(w)
		// A word joined by an apostrophe ("u's") is left alone, and so is
		// a single letter: "r" in "solve for r" is a variable, not "are".
		glued := j < len(rs) && (rs[j] == '\'' || rs[j] == '’') || i > 0 && (rs[i-1] == '\'' || rs[i-1] == '’')
		if c, ok := chat[lw]; ok && !glued && j-i > 1 {
			b.WriteString(c)
		} else {
			b.WriteString(w)
		}
		i = j
	}
	return b.String()
}
