package entity

import "strings"

// A rule reads one kind of entity starting at token i.
type rule func(p *parser, i int) (Entity, bool)

// rules in priority order: when two readings cover the same text, the earlier wins.
var rules = []rule{timeRule, durationRule, moneyRule, ordinalRule, numberRule}

// span is the entity covering tokens i..j-1.
func (p *parser) span(k Kind, i, j int) Entity {
	return Entity{Kind: k, Start: p.toks[i].start, End: p.toks[j-1].end}
}

// ---- numbers ----------------------------------------------------------------

func numberRule(p *parser, i int) (Entity, bool) {
	t := p.tok(i)
	// party of four, table for two, group of 6
	if _, ok := t.has(cParty); ok {
		if p.isAny(i+1, cOf, cFor) {
			if r, ok := p.number(i + 2); ok && isInt(r.v) && r.v > 0 && r.f&(fDigits|fEnglish) != 0 {
				e := p.span(KindNumber, i, r.j)
				e.Number = &Number{Value: r.v, Unit: "person"}
				return e, true
			}
		}
	}
	// x3, ×2 at the end of a request ("add the last one x3"): that many
	if (t.s == "x" || t.s == "×") && p.wordStarts(i) && !p.spaced(i+1) {
		if r, ok := p.number(i + 1); ok && r.j == i+2 && r.f&fDigits != 0 && isInt(r.v) && r.v > 0 && r.v < 100 && p.wordEnds(r.j) &&
			(p.tok(r.j) == nil || p.sym(r.j, ",") || p.sym(r.j, ".") || p.sym(r.j, "!") || p.latin(r.j, "please") || p.latin(r.j, "pls")) {
			// (said last: "the x10 zoom camera" is a name)
			e := p.span(KindNumber, i, r.j)
			e.Number = &Number{Value: r.v, Unit: "item"}
			return e, true
		}
	}
	// 5x, 2× before the thing ("5x number 4", "2x the first one"): that many
	if t.k == tNum && p.wordStarts(i) {
		if r, ok := p.number(i); ok && r.j == i+1 && r.f&fDigits != 0 && isInt(r.v) && r.v > 0 && r.v < 100 {
			if x := p.tok(r.j); x != nil && !x.sp && (x.s == "x" || x.s == "×") && p.spaced(r.j+1) && p.tok(r.j+1) != nil {
				e := p.span(KindNumber, i, r.j+1)
				e.Number = &Number{Value: r.v, Unit: "item"}
				return e, true
			}
		}
	}
	// 혼자, 혼자서: one person
	if _, ok := t.has(cAlone); ok && p.wordStarts(i) {
		j := i + 1
		if n := p.tok(j); n != nil && !n.sp && n.k == tHangul && n.s == "서" {
			j++
		}
		e := p.span(KindNumber, i, j)
		e.Number = &Number{Value: 1, Unit: "person"}
		return e, true
	}
	// for 4 (a party), not for 4 hours / for 7pm
	if _, ok := t.has(cFor); ok && t.s == "for" {
		if r, ok := p.number(i + 1); ok && isInt(r.v) && r.v > 0 && r.v <= 30 && r.f&(fDigits|fEnglish) != 0 && p.partyEnd(r.j) {
			e := p.span(KindNumber, i, r.j)
			e.Number = &Number{Value: r.v, Unit: "person"}
			return e, true
		}
	}
	if !p.wordStarts(i) {
		return Entity{}, false
	}
	// 두세 명, 서너 개
	if s, ok := t.has(cNativeRange); ok {
		if c, ok := p.counter(numRead{float64(s.v % 100), i + 1, fNative}, i+1); ok {
			e := p.span(KindNumber, i, c.j)
			e.Number = &Number{Value: float64(s.v % 100), Min: float64(s.v / 100), Unit: c.unit}
			return e, true
		}
	}
	// 2~3명, 3-4 people, 2 or 3 people: a range needs its counter
	if lo, ok := p.number(i); ok && lo.f&(fDigits|fEnglish) != 0 && isInt(lo.v) && (p.sym(lo.j, "~") || p.sym(lo.j, "-") || p.latin(lo.j, "or") || p.latin(lo.j, "to")) {
		if hi, ok := p.number(lo.j + 1); ok && hi.f == lo.f && isInt(hi.v) && hi.v > lo.v {
			if c, ok := p.counter(hi, hi.j); ok {
				e := p.span(KindNumber, i, c.j)
				e.Number = &Number{Value: hi.v, Min: lo.v, Unit: c.unit}
				return e, true
			}
		}
	}
	for _, r := range p.numbers(i) {
		j := r.j
		if j > i+1 && r.f&fSino != 0 && r.f&fMag == 0 {
			continue
		}
		// a counter
		if c, ok := p.counter(r, j); ok {
			e := p.span(KindNumber, i, c.j)
			e.Number = &Number{Value: r.v, Unit: c.unit}
			return e, true
		}
	}
	r, ok := p.number(i)
	if !ok || p.isAny(r.j, cPer) {
		return Entity{}, false
	}
	switch {
	case r.f&fNative != 0:
		// 다섯, 하나, 열: alone only as a whole word, and never the prenominal 한/두/세/네/스무.
		if !p.nativeEnds(r.j) || isPrenominal(p.tok(r.j-1).s) {
			return Entity{}, false
		}
	case r.f&fDigits == 0 && r.f&fEnglish == 0:
		return Entity{}, false // 이, 사, 만, 십: too often other words (만나요, 하나만)
	case r.f&fEnglish != 0:
		if _, ok := t.has(cEnA); ok && r.f&fMag == 0 {
			return Entity{}, false
		}
		if t.s == "one" && i > 0 && p.isAny(i-1, cThis, cThe, cLast) {
			return Entity{}, false
		}
		if p.sym(r.j, "-") && p.latin(r.j+1, "on") || i >= 2 && p.sym(i-1, "-") && p.latin(i-2, "on") {
			return Entity{}, false // a one-on-one, two-on-two: a kind of meeting or game, no count
		}
	}
	e := p.span(KindNumber, i, r.j)
	e.Number = &Number{Value: r.v}
	return e, true
}

// nativeEnds: a native numeral said alone ends a word or takes a case
// particle (둘이서, 셋은, 하나만); 하나요 / 하나니 are the verb 하다.
func (p *parser) nativeEnds(j int) bool {
	t := p.tok(j)
	if t == nil || t.sp || t.k != tHangul {
		return t == nil || t.sp || t.k != tHangul && (t.k != tWord || t.s[0] < 0x80 || t.s == "만" || t.s == "이" || t.s == "씩")
	}
	for _, r := range t.s {
		return strings.ContainsRune("이은는을를도씩와과랑", r)
	}
	return true
}

func isPrenominal(s string) bool {
	switch s {
	case "한", "두", "세", "네", "스무", "석", "넉":
		return true
	}
	return false
}

type counted struct {
	unit string
	j    int
}

// counter reads the counter after a number: 명, 분 (after native numerals), 인, 개, people, of us.
func (p *parser) counter(r numRead, j int) (counted, bool) {
	t := p.tok(j)
	if t == nil {
		return counted{}, false
	}
	if _, ok := t.has(cPeople); ok {
		return counted{"person", j + 1}, true
	}
	if t.s == "of" && p.latin(j+1, "us") {
		if r.v == 1 {
			// "one of us has a peanut allergy" is someone of the party,
			// not a party of one
			return counted{}, false
		}
		return counted{"person", j + 2}, true
	}
	if t.s == "분" {
		// 네 분: people; 4분 is minutes unless a seat or a booking follows (4분 자리, 4분이서)
		if r.f&fNative != 0 || r.f&fDigits != 0 && p.seatFollows(j+1) {
			return counted{"person", j + 1}, true
		}
		return counted{}, false
	}
	if t.s == "번" && r.f&fNative != 0 && !p.isAny(j+1, cOrdSuffix) {
		return counted{"times", j + 1}, true
	}
	if c, ok := t.has(cCounter); ok {
		if t.s[0] >= 0x80 && !p.wordEnds(j+1) {
			return counted{}, false // 3개국: not a count of items
		}
		return counted{c.u, j + 1}, true
	}
	return counted{}, false
}

// seatFollows: the words after "4분" that make it four people.
func (p *parser) seatFollows(j int) bool {
	t := p.tok(j)
	if t == nil || t.s[0] < 0x80 {
		return false
	}
	for _, w := range []string{"이서", "자리", "예약", "좌석", "테이블", "오세요", "이세요", "입니다", "이에요"} {
		if strings.HasPrefix(t.s, w) {
			return true
		}
	}
	return false
}

// partyEnd: after "for N" nothing says it is a time or a length.
func (p *parser) partyEnd(j int) bool {
	t := p.tok(j)
	if t == nil {
		return true
	}
	if t.k == tSym {
		return t.s != ":" && t.s != "." && t.s != "-" && t.s != "~"
	}
	return !p.isAny(j, cAmPm, cOclock, cHours, cMinute, cSecond, cDay, cNight, cWeekUnit, cMonthUnit, cYear,
		cCounter, cPeople, cEnMag, cWon, cDollar, cHalf, cAnd) && t.s != "k" && t.s != "ish"
}
