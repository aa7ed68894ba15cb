package entity

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

type tkind uint8

const (
	tNum    tkind = iota // a run of digits, with thousands commas and a decimal part
	tWord                // a lexicon word (Korean or English)
	tLatin               // an unknown Latin word
	tHangul              // an unknown run of Hangul
	tSym                 // one punctuation or symbol rune
	tOther               // digits too long to be a number anyone says (a card or phone number)
)

type token struct {
	k          tkind
	start, end int    // byte offsets in the input
	s          string // lower-cased text
	v          float64
	digits     int  // tNum: how many digits before any decimal point
	commas     bool // tNum: written with thousands separators
	sp         bool // whitespace between the previous token and this one
	senses     []sense
}

func (t *token) has(c cat) (sense, bool) {
	for _, s := range t.senses {
		if s.c == c {
			return s, true
		}
	}
	return sense{}, false
}

type parser struct {
	text string
	ref  time.Time
	toks []token

	// memos: every rule asks for the numbers and the time expression at
	// the tokens it looks at, so each is read once per token.
	nums  [][]numRead
	numOK []bool
	exprs []exprMemo
}

type exprMemo struct {
	done, ok bool
	s        spec
	j        int
}

// maxTokens bounds the work on absurd inputs: text past the 4096th token is
// not read (a chat message is a few dozen).
const maxTokens = 4096

func newParser(text string, ref time.Time) *parser {
	p := &parser{text: text, ref: ref}
	p.toks = lex(text)
	p.nums = make([][]numRead, len(p.toks))
	p.numOK = make([]bool, len(p.toks))
	p.exprs = make([]exprMemo, len(p.toks))
	return p
}

func isHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

func isLatinLetter(r rune) bool { return r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z') }

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// lex splits text into tokens. Digits, Latin words and symbols are split as
// usual; a Hangul run is segmented by the longest lexicon word at each
// position, and syllables no word starts with are gathered into one tHangul
// token.
// koWordStart are words read only where a word starts: chat's "담"
// ("담주 월요일", "담 금요일") ends many other words (면담, 상담, 잡담,
// 농담, 부담).
var koWordStart = map[string]bool{"담": true, "담주": true}

func lex(text string) []token {
	var toks []token
	sp := false
	i := 0
	for i < len(text) && len(toks) < maxTokens {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			sp = true
			i += n
			continue
		case isDigit(text[i]):
			t := lexNumber(text, i)
			t.sp = sp
			toks = append(toks, t)
			i = t.end
		case isLatinLetter(r):
			// a.m. / p.m.
			if j := i + 4; j <= len(text) && (strings.EqualFold(text[i:j], "a.m.") || strings.EqualFold(text[i:j], "p.m.")) {
				w := strings.ToLower(text[i:i+1]) + "m"
				toks = append(toks, token{k: tWord, start: i, end: j, s: w, sp: sp, senses: enLex[w]})
				i = j
				break
			}
			j := i
			for j < len(text) && (isLatinLetter(rune(text[j])) || text[j] == '\'' && j+1 < len(text) && isLatinLetter(rune(text[j+1]))) {
				j++
			}
			w := strings.ToLower(text[i:j])
			if base, ok := strings.CutSuffix(w, "'s"); ok && enLex[base] != nil {
				w, j = base, j-2 // tomorrow's weather: the 's is left as a word of its own
			}
			t := token{k: tLatin, start: i, end: j, s: w, sp: sp}
			if s, ok := enLex[w]; ok {
				t.k, t.senses = tWord, s
			} else if c := enTypo(w); c != "" {
				t.k, t.s, t.senses = tWord, c, enLex[c]
			}
			toks = append(toks, t)
			i = j
		case isHangul(r):
			j := i
			unknown := -1
			flush := func(end int) {
				if unknown >= 0 {
					toks = append(toks, token{k: tHangul, start: unknown, end: end, s: text[unknown:end], sp: sp})
					sp = false
					unknown = -1
				}
			}
			for j < len(text) {
				r, n := utf8.DecodeRuneInString(text[j:])
				if !isHangul(r) {
					break
				}
				w := ""
				for _, c := range koByFirst[r] {
					if strings.HasPrefix(text[j:], c) {
						w = c
						break
					}
				}
				if w != "" && j != i && koWordStart[w] {
					w = "" // "면담 목요일", "상담 금요일": the end of a word, not "담(주)"
				}
				if w == "" {
					if unknown < 0 {
						unknown = j
					}
					j += n
					continue
				}
				flush(j)
				toks = append(toks, token{k: tWord, start: j, end: j + len(w), s: w, sp: sp, senses: koLex[w]})
				sp = false
				j += len(w)
			}
			flush(j)
			i = j
		default:
			s := text[i : i+n]
			switch r {
			case '～', '〜', '∼':
				s = "~"
			case '–', '—', '−':
				s = "-"
			case '￦':
				s = "₩"
			case '＄':
				s = "$"
			}
			t := token{k: tSym, start: i, end: i + n, s: s, sp: sp}
			if r == '@' {
				t.k, t.senses = tWord, enLex["@"]
			}
			toks = append(toks, t)
			i += n
		}
		sp = false
	}
	return toks
}

// lexNumber reads digits at i: 28,400 (commas before groups of three), 2.5,
// but not the dots of 2026.12.24 (a dot followed by digits and another dot).
func lexNumber(text string, i int) token {
	j := i
	var v float64
	digits := 0
	for j < len(text) && isDigit(text[j]) {
		if digits < 18 {
			v = v*10 + float64(text[j]-'0')
		}
		digits++
		j++
	}
	commas := false
	for j+3 < len(text) && text[j] == ',' && isDigit(text[j+1]) && isDigit(text[j+2]) && isDigit(text[j+3]) &&
		(j+4 >= len(text) || !isDigit(text[j+4])) && (commas || digits <= 3) {
		if digits < 18 {
			v = v*1000 + float64(text[j+1]-'0')*100 + float64(text[j+2]-'0')*10 + float64(text[j+3]-'0')
		}
		digits += 3
		commas = true
		j += 4
	}
	afterDot := i >= 2 && text[i-1] == '.' && isDigit(text[i-2])
	if j+1 < len(text) && text[j] == '.' && isDigit(text[j+1]) && !afterDot {
		k := j + 1
		for k < len(text) && isDigit(text[k]) {
			k++
		}
		if (k >= len(text) || text[k] != '.') && k-j-1 <= 6 {
			f, scale := 0.0, 1.0
			for x := j + 1; x < k; x++ {
				scale /= 10
				f += float64(text[x]-'0') * scale
			}
			v += f
			j = k
		}
	}
	if digits > 15 {
		return token{k: tOther, start: i, end: j, s: text[i:j]}
	}
	return token{k: tNum, start: i, end: j, s: text[i:j], v: v, digits: digits, commas: commas}
}

// typoWords are the English words of the lexicon a misspelling is read
// as: long enough (six letters or more) that one slip of the finger
// ("satruday", "firday", "wendesday", "tomorro") cannot turn another
// word into them. Short words, numerals and month names stay exact
// ("march" is one letter from "match", "may" is a verb).
var typoWords = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"tomorrow", "tonight", "morning", "afternoon", "evening", "weekend", "yesterday"}

// enTypo is the word of typoWords that w is one edit away from (a letter
// missing, extra, wrong, or two neighbours swapped), keeping its first
// letter; "" if none. A plural is no typo: "closed on Mondays" is every
// Monday, not the next one.
func enTypo(w string) string {
	if len(w) < 6 {
		return ""
	}
	for _, c := range typoWords {
		if c[0] == w[0] && w != c+"s" && OneEdit(w, c) {
			return c
		}
	}
	return ""
}

// OneEdit reports whether a and b (ASCII) differ by exactly one
// insertion, deletion, substitution or swap of neighbours — the slips of
// typing that the brain forgives in long English words.
func OneEdit(a, b string) bool {
	if a == b {
		return false
	}
	la, lb := len(a), len(b)
	if la-lb > 1 || lb-la > 1 {
		return false
	}
	i := 0
	for i < la && i < lb && a[i] == b[i] {
		i++
	}
	switch {
	case la == lb:
		if a[i+1:] == b[i+1:] {
			return true // substitution
		}
		return i+1 < la && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] // swap
	case la > lb:
		return a[i+1:] == b[i:]
	default:
		return a[i:] == b[i+1:]
	}
}
