package entity

import (
	"math"
	"strings"
)

type numForm uint8

const (
	fDigits  numForm = 1 << iota // 3, 28,400, 2.5
	fSino                        // 삼, 십오
	fMag                         // used 십/백/천/만/억 or hundred/thousand
	fNative                      // 세, 열두, 스무
	fEnglish                     // three, twenty-five
)

// numRead is one reading of a number starting at a token: its value, the
// token after it and how it was written.
type numRead struct {
	v float64
	j int
	f numForm
}

const maxNumber = 1e15

func (p *parser) tok(i int) *token {
	if i < 0 || i >= len(p.toks) {
		return nil
	}
	return &p.toks[i]
}

// is reports whether token i has a sense of category c.
func (p *parser) is(i int, c cat) (sense, bool) {
	if t := p.tok(i); t != nil {
		return t.has(c)
	}
	return sense{}, false
}

// isAny reports whether token i has one of the categories.
func (p *parser) isAny(i int, cs ...cat) bool {
	for _, c := range cs {
		if _, ok := p.is(i, c); ok {
			return true
		}
	}
	return false
}

func (p *parser) sym(i int, s string) bool {
	t := p.tok(i)
	return t != nil && t.k == tSym && t.s == s
}

func (p *parser) latin(i int, s string) bool {
	t := p.tok(i)
	return t != nil && (t.k == tLatin || t.k == tWord) && t.s == s
}

// spaced reports whether whitespace precedes token i.
func (p *parser) spaced(i int) bool {
	t := p.tok(i)
	return t == nil || t.sp
}

func isKorean(t *token) bool {
	return t != nil && (t.k == tHangul || t.k == tWord && t.s[0] >= 0x80)
}

// particles start the Hangul that may follow a word and keep it a word:
// 주에, 5일은, 3명이요.
var particles = map[rune]bool{}

func init() {
	for _, r := range "에은는이가을를도로으엔만요쯤께경부까나랑과와하중안내초말처정보라니면씩야여인입어용석예" {
		particles[r] = true
	}
}

// wordEnds reports whether a word ending before token j ends there: nothing
// Hangul glued to it but a lexicon word or a particle (다음 주 / 다음 주에, not 다음 주문).
func (p *parser) wordEnds(j int) bool {
	t := p.tok(j)
	if t == nil || t.sp || t.k != tHangul {
		return true
	}
	for _, r := range t.s {
		if particles[r] {
			return true
		}
		break
	}
	// Digits and their counter are a word whatever is glued after them:
	// chat runs words together ("7시강남", "3박어른셋", "4명예약"), and a
	// counter after digits is never the start of a longer word.
	if j >= 2 {
		if c, n := p.tok(j-1), p.tok(j-2); c.k == tWord && !c.sp && n.k == tNum && gluedCounters[c.s] {
			return true
		}
	}
	return false
}

// gluedCounters are the counters that end a word after digits even with
// Hangul glued on (see wordEnds).
var gluedCounters = map[string]bool{"시": true, "분": true, "박": true, "명": true, "인": true, "일": true, "시간": true, "개": true, "원": true, "만원": true}

// wordStarts reports whether token i starts a word: no unknown Hangul glued
// before it (세 명, not 주세요's 세).
func (p *parser) wordStarts(i int) bool {
	t := p.tok(i)
	if t == nil || t.sp || i == 0 {
		return true
	}
	prev := p.tok(i - 1)
	if prev.k == tHangul {
		// Digits glued after Hangul still start a word ("숙소3박",
		// "일식4명"): no Korean word runs on into digits.
		return t.k == tNum
	}
	if prev.k == tLatin || prev.k == tWord && prev.s[0] < 0x80 && t.s[0] < 0x80 {
		return false
	}
	return true
}

// numbers lists the readings of a number at token i, longest first.
func (p *parser) numbers(i int) []numRead {
	if i < 0 || i >= len(p.toks) {
		return nil
	}
	if p.numOK[i] {
		return p.nums[i]
	}
	p.numOK[i] = true
	p.nums[i] = p.readNumbers(i)
	return p.nums[i]
}

func (p *parser) readNumbers(i int) []numRead {
	var out []numRead
	out = p.koMag(i, out)
	out = p.native(i, out)
	out = p.english(i, out)
	// longest first
	for a := 1; a < len(out); a++ {
		for b := a; b > 0 && out[b].j > out[b-1].j; b-- {
			out[b], out[b-1] = out[b-1], out[b]
		}
	}
	return out
}

// number is the longest reading at i.
func (p *parser) number(i int) (numRead, bool) {
	r := p.numbers(i)
	if len(r) == 0 {
		return numRead{}, false
	}
	return r[0], true
}

// koMag reads digits and Sino-Korean numerals with their magnitudes:
// 3, 3만, 2만5천, 2만 5천, 십만, 삼십, 오천. Every place the number may stop is a reading.
func (p *parser) koMag(i int, out []numRead) []numRead {
	total, group := 0.0, 0.0
	var f numForm
	j := i
	for {
		t := p.tok(j)
		if t == nil {
			break
		}
		coef, hasCoef := 0.0, false
		k := j
		if t.k == tNum {
			coef, hasCoef = t.v, true
			k++
			if n := p.tok(k); n != nil && !n.sp && (n.s == "k" || n.s == "K") && j == i {
				// 30k: thirty thousand
				if v := coef * 1000; v <= maxNumber {
					return append(out, numRead{v, k + 1, fDigits | fMag})
				}
				return out
			}
		} else if s, ok := t.has(cSino); ok && t.s != "이" || ok && p.isAny(j+1, cSinoMag, cBigMag) {
			coef, hasCoef = float64(s.v), true
			k++
		}
		m := p.tok(k)
		if hasCoef && m != nil && m.sp {
			m = nil
		}
		small, isSmall := sense{}, false
		big, isBig := sense{}, false
		if m != nil {
			small, isSmall = m.has(cSinoMag)
			big, isBig = m.has(cBigMag)
		}
		if j > i && t.sp && !(isSmall || isBig) {
			break // "3만 2명": the 2 is another number
		}
		switch {
		case isSmall:
			if !hasCoef {
				coef = 1
			}
			group += coef * float64(small.v)
			f |= fMag
			j = k + 1
		case isBig:
			if !hasCoef {
				coef = 0
			}
			g := group + coef
			if g == 0 {
				g = 1
			}
			total += g * float64(big.v)
			group = 0
			f |= fMag
			j = k + 1
		case hasCoef:
			group += coef
			j = k
		default:
			return out
		}
		if t.k == tNum {
			f |= fDigits
		} else if hasCoef {
			f |= fSino
		}
		if v := total + group; v <= maxNumber {
			out = append(out, numRead{v, j, f})
		} else {
			return out
		}
		if !isSmall && !isBig {
			break // a unit digit ends the number
		}
	}
	return out
}

// native reads native Korean numerals: 하나, 세, 열, 열두, 열 두, 스무.
func (p *parser) native(i int, out []numRead) []numRead {
	t := p.tok(i)
	if t == nil {
		return out
	}
	if s, ok := t.has(cNative); ok {
		if t.s == "한" && verbHan(p.tok(i-1), t.sp) {
			return out
		}
		return append(out, numRead{float64(s.v), i + 1, fNative})
	}
	s, ok := t.has(cNativeTens)
	if !ok {
		return out
	}
	out = append(out, numRead{float64(s.v), i + 1, fNative})
	if u, ok := p.is(i+1, cNative); ok {
		out = append(out, numRead{float64(s.v + u.v), i + 2, fNative})
	}
	return out
}

// verbHan: a 한 after b is the verb 하다, not one — after its negation
// ("답 안 한 사람", "예약 못 한 분", glued: "응답안한사람") or a quoted
// clause ("온다고 한 사람", "참석하겠다고 한 분").
func verbHan(b *token, spaced bool) bool {
	if b == nil || b.s[0] < 0x80 {
		return false
	}
	if b.s == "안" || b.s == "못" || !spaced && b.k == tHangul && (strings.HasSuffix(b.s, "안") || strings.HasSuffix(b.s, "못")) {
		return true
	}
	for _, q := range []string{"다고", "라고", "냐고", "자고"} {
		if strings.HasSuffix(b.s, q) {
			return true
		}
	}
	return false
}

// english reads English number words: three, twenty-five, twenty five,
// two hundred, a hundred, a dozen.
func (p *parser) english(i int, out []numRead) []numRead {
	j := i
	v := 0.0
	if t := p.tok(i); t != nil && t.k == tNum {
		// "300 thousand", "1.5 million": digits with an English magnitude
		if m, ok := p.is(i+1, cEnMag); ok && p.spaced(i+1) {
			if v := t.v * float64(m.v); v <= maxNumber && isInt(v) {
				return append(out, numRead{v, i + 2, fDigits | fMag})
			}
		}
		return out
	}
	if _, ok := p.is(j, cEnA); ok && p.isAny(j+1, cEnMag) {
		v = 1
		j++
	} else if s, ok := p.is(j, cEnNum); ok {
		v = float64(s.v)
		j++
		if s.v >= 20 && s.v%10 == 0 {
			k := j
			if p.sym(k, "-") && !p.spaced(k) {
				k++
			}
			if u, ok := p.is(k, cEnNum); ok && u.v < 10 {
				v += float64(u.v)
				j = k + 1
			}
		}
	} else {
		return out
	}
	out = append(out, numRead{v, j, fEnglish})
	if m, ok := p.is(j, cEnMag); ok {
		v *= float64(m.v)
		j++
		out = append(out, numRead{v, j, fEnglish | fMag})
		if m2, ok := p.is(j, cEnMag); ok && m2.v > m.v && v*float64(m2.v) <= maxNumber {
			// a hundred thousand, two hundred thousand: the magnitudes multiply
			v *= float64(m2.v)
			j++
			out = append(out, numRead{v, j, fEnglish | fMag})
		}
		if _, ok := p.is(j, cAnd); ok {
			if s, ok := p.is(j+1, cEnNum); ok {
				out = append(out, numRead{v + float64(s.v), j + 2, fEnglish | fMag})
			}
		} else if s, ok := p.is(j, cEnNum); ok {
			out = append(out, numRead{v + float64(s.v), j + 1, fEnglish | fMag})
		}
	}
	return out
}

func isInt(v float64) bool { return v == math.Trunc(v) }
