package entity

func ordinalRule(p *parser, i int) (Entity, bool) {
	t := p.tok(i)
	if t == nil { // past the end ("마지막에서" said last)
		return Entity{}, false
	}
	end := func(n, j int) (Entity, bool) {
		if p.isAny(j, cOne) {
			j++ // 두 번째 거, the first one
		}
		e := p.span(KindOrdinal, i, j)
		e.Ordinal = n
		return e, true
	}
	// 첫 번째, 첫째
	if _, ok := t.has(cFirst); ok && p.isAny(i+1, cOrdSuffix) {
		return end(1, i+2)
	}
	// 마지막에서 두 번째, 뒤에서 세 번째, 끝에서 두 번째: counted from the end
	if t.s == "마지막" || t.s == "뒤" || t.s == "끝" {
		if p.isAny(i+1, cFrom) && p.tok(i+1).s == "에서" {
			if o, ok := ordinalRule(p, i+2); ok && o.Ordinal > 0 {
				e := p.span(KindOrdinal, i, i+1)
				e.End, e.Ordinal = o.End, -o.Ordinal
				return e, true
			}
		}
	}
	// 마지막, 맨 마지막, 맨 끝, 맨 뒤 (-1); 맨 처음, 맨 앞, 처음 거 (1)
	if t.s == "맨" {
		switch n := p.tok(i + 1); {
		case n == nil:
		case n.s == "마지막" || n.s == "끝" || n.s == "뒤":
			return end(LastOrdinal, i+2)
		case n.s == "처음" || n.s == "앞":
			return end(1, i+2)
		case n.s == "위" || n.s == "위에" || n.s == "윗":
			return end(1, i+2) // 맨 위에 있는 거: the top of the list
		case n.s == "아래" || n.s == "밑":
			return end(LastOrdinal, i+2)
		}
	}
	// the top one, the bottom one: places in a list shown top to bottom
	if (t.s == "top" || t.s == "bottom") && p.isAny(i+1, cOne) {
		if t.s == "top" {
			return end(1, i+1)
		}
		return end(LastOrdinal, i+1)
	}
	if t.s == "처음" && p.isAny(i+1, cOne) {
		return end(1, i+1)
	}
	if t.s == "마지막" {
		if n := p.tok(i + 1); n != nil && lastOfStay[n.s] {
			// 마지막 날, 마지막 밤: the last day of a stay or a span, not
			// the last item of a list ("마지막 날 몇 시까지 방 빼야 돼?")
			return Entity{}, false
		}
		return end(LastOrdinal, i+1)
	}
	// second to last, next to last, second last, penultimate
	if t.s == "penultimate" {
		return end(-2, i+1)
	}
	if s, ok := t.has(cEnOrd); ok && s.v >= 2 {
		if p.latin(i+1, "to") && p.latin(i+2, "last") {
			return end(-s.v, i+3)
		}
		if p.latin(i+1, "last") {
			return end(-s.v, i+2)
		}
	}
	if t.s == "next" && p.latin(i+1, "to") && p.latin(i+2, "last") {
		return end(-2, i+3)
	}
	// the last one, the last, last one
	if t.s == "last" {
		next := p.tok(i + 1)
		if next != nil && p.isAny(i+1, cOne) {
			return end(LastOrdinal, i+1)
		}
		if i > 0 && p.isAny(i-1, cThe) && (next == nil || !p.isAny(i+1, cWeekUnit, cMonthUnit, cYear, cWeekday, cWeekdayShort, cNight, cPOD, cWeekend, cDay)) {
			return end(LastOrdinal, i+1)
		}
		return Entity{}, false
	}
	// option 3, number 2, choice 1, #2, no. 2
	if t.s == "option" || t.s == "number" || t.s == "choice" || t.s == "#" || t.s == "no" && p.sym(i+1, ".") {
		j := i + 1
		if t.s == "no" {
			j++
		}
		if n := p.tok(j); n != nil && n.k == tNum && isInt(n.v) && n.v >= 1 && n.v <= 1000 && (t.s != "#" || !n.sp) {
			e := p.span(KindOrdinal, i, j+1)
			e.Ordinal = int(n.v)
			return e, true
		}
	}
	// first, second, the third one
	if s, ok := t.has(cEnOrd); ok {
		if s.v == 1 && p.latin(i+1, "thing") {
			return Entity{}, false // first thing tomorrow
		}
		if s.v == 2 && i > 0 && (p.isAny(i-1, cEnA) || p.latin(i-1, "per") || p.latin(i-1, "one")) {
			return Entity{}, false // a second
		}
		return end(s.v, i+1)
	}
	if !p.wordStarts(i) {
		return Entity{}, false
	}
	// 2번째, 두 번째, 둘째, 2번, 1st
	for _, r := range p.numbers(i) {
		if !isInt(r.v) || r.v < 1 || r.v > 1000 || r.f&(fEnglish|fMag) != 0 {
			continue
		}
		n := int(r.v)
		if p.isAny(r.j, cOrdSuffix) {
			if r.f&fSino != 0 {
				continue
			}
			return end(n, r.j+1)
		}
		if s := p.tok(r.j); s != nil && s.s == "번" && r.f&fDigits != 0 && p.wordEnds(r.j+1) {
			return end(n, r.j+1)
		}
		if r.f&fDigits != 0 && r.j == i+1 && p.ordSuffix(r.j, n) && n <= 10 && (!p.dateContext(i, r.j+1) || p.isAny(r.j+1, cOne)) {
			return end(n, r.j+1)
		}
	}
	return Entity{}, false
}

// ordSuffix: 1st, 2nd, 3rd, 4th, glued to the digits.
func (p *parser) ordSuffix(j, n int) bool {
	t := p.tok(j)
	if t == nil || t.sp || (t.k != tLatin && t.k != tWord) {
		return false
	}
	want := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			want = "st"
		case 2:
			want = "nd"
		case 3:
			want = "rd"
		}
	}
	return t.s == want
}

// dateContext: "on the 3rd", "the 3rd of May", "May 3rd" read a day of the month.
func (p *parser) dateContext(i, j int) bool {
	k := i - 1
	if p.isAny(k, cThe) {
		k--
	}
	if p.isAny(k, cOn, cUntil, cFrom, cMonthName, cTo, cAnd, cBetween, cWeekday) || p.latin(k, "by") || p.latin(k, "before") {
		return true
	}
	if p.isAny(i-1, cMonthName) {
		return true
	}
	if p.isAny(j, cOf) && p.isAny(j+1, cMonthName) || p.isAny(j, cMonthName) {
		return true
	}
	return false
}

// lastOfStay are the words after 마지막 that make it the last of a span of
// time, not of a list.
var lastOfStay = map[string]bool{"날": true, "날에": true, "날은": true, "날엔": true, "날에는": true, "밤": true, "밤에": true, "밤은": true,
	"주": true, "주에": true, "주말": true, "달": true, "날짜": true, "아침": true, "아침에": true}
