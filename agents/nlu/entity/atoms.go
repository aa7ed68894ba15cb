package entity

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// The atoms: each reads one time word or phrase into a spec.

var atoms = []func(p *parser, i int) (spec, int, bool){
	atomHoliday, atomRelDay, atomAfter, atomWeek, atomMonthRel, atomWeekday, atomDate, atomEnDate, atomPod, atomClock, atomEnClock, atomPrefixed,
}

// atomHoliday: 크리스마스, 크리스마스 이브, 한글날, Christmas (Eve), New Year's Day/Eve, Valentine's Day:
// holidays on a fixed day of the solar calendar (설날 and 추석 follow the lunar one and are not read).
func atomHoliday(p *parser, i int) (spec, int, bool) {
	t := p.tok(i)
	if t == nil {
		return spec{}, i, false
	}
	day := func(v, j int) (spec, int, bool) {
		// 크리스마스 전날, 한글날 다음날: the day before or after it.
		if d := p.dayShift(j); d.n != 0 {
			t := time.Date(2001, time.Month(v/100), v%100+d.by, 0, 0, 0, 0, time.UTC)
			v, j = int(t.Month())*100+t.Day(), j+d.n
		}
		return spec{bits: bMonth | bDom, month: v / 100, dom: v % 100}, j, true
	}
	if s, ok := t.has(cHoliday); ok {
		if t.s[0] >= 0x80 && !p.wordStarts(i) {
			return spec{}, i, false
		}
		if s.v == 1225 {
			if n := p.tok(i + 1); n != nil && (n.s == "eve" || n.s == "이브") {
				return day(1224, i+2)
			}
			if p.latin(i+1, "day") {
				return day(1225, i+2)
			}
		}
		return day(s.v, i+1)
	}
	if t.s == "new" && p.tok(i+1) != nil && (p.tok(i+1).s == "years" || p.tok(i+1).s == "year") {
		k := i + 2
		if p.sym(k, "'") && p.latin(k+1, "s") { // New Year's: the lexer splits the 's off
			k += 2
		}
		switch {
		case p.latin(k, "eve"):
			return day(1231, k+1)
		case p.latin(k, "day"):
			return day(101, k+1)
		case (k > i+2 || p.tok(i+1).s == "years") && p.dayBefore(i):
			// "until new year's", "between now and new years": the day
			// (a "new years trip" is no date)
			return day(101, k)
		}
	}
	if t.s == "valentine's" && p.latin(i+1, "day") {
		return day(214, i+2)
	}
	if t.s == "새해" && p.tok(i+1) != nil && p.tok(i+1).s == "첫날" {
		return day(101, i+2)
	}
	return spec{}, i, false
}

// dayBefore: the word before token i is one that a day follows ("until",
// "before", "on", "and", "over").
func (p *parser) dayBefore(i int) bool {
	if p.isAny(i-1, cUntil, cTo, cFrom, cOn, cAnd, cAt, cFor) {
		return true
	}
	t := p.tok(i - 1)
	return t != nil && (t.s == "by" || t.s == "before" || t.s == "after" || t.s == "since" || t.s == "over" || t.s == "past")
}

// shift is a day said relative to the day before it: by days, in n tokens.
type shift struct{ by, n int }

// dayShift reads 전날 / 전야 (the day before) and 다음날 / 다음 날 /
// 이튿날 / 당일 (the day after, the day itself) after a day at j; n is 0
// when none is said.
func (p *parser) dayShift(j int) shift {
	t := p.tok(j)
	if t == nil {
		return shift{}
	}
	n := p.tok(j + 1)
	glued := n != nil && !n.sp
	switch {
	case t.s == "전날" || t.s == "전야":
		return shift{-1, 1}
	case t.s == "전" && glued && (n.s == "날" || n.s == "야"):
		return shift{-1, 2}
	case t.s == "다음날" || t.s == "이튿날":
		return shift{1, 1}
	case t.s == "다음" && n != nil && n.s == "날":
		return shift{1, 2}
	case t.s == "당일":
		return shift{0, 1}
	}
	return shift{}
}

// atomRelDay: 오늘, 내일, 모레, 글피, 어제, 그저께, today, tomorrow, tonight,
// last night, (the) day after tomorrow.
func atomRelDay(p *parser, i int) (spec, int, bool) {
	t := p.tok(i)
	if t == nil {
		return spec{}, i, false
	}
	if s, ok := t.has(cRelDay); ok {
		if t.s[0] >= 0x80 && !p.wordStarts(i) && t.s != "내일" && t.s != "오늘" && t.s != "모레" {
			return spec{}, i, false
		}
		if (t.s == "낼" || t.s == "내일") && p.tok(i+1) != nil && p.tok(i+1).s == "모레" {
			// "낼 모레 일정", "내일 모레": 낼모레 said in two words, the
			// day after tomorrow.
			return spec{bits: bRel, rel: 2}, i + 2, true
		}
		return spec{bits: bRel, rel: s.v}, i + 1, true
	}
	if t.s == "tonight" || t.s == "tonite" {
		return spec{bits: bRel | bPod, rel: 0, pod: 9}, i + 1, true
	}
	if t.s == "last" && p.latin(i+1, "night") {
		return spec{bits: bRel | bPod, rel: -1, pod: 7}, i + 2, true
	}
	// (the) day after tomorrow, (the) day before yesterday
	j := i
	if t.s == "the" {
		j++
	}
	if p.latin(j, "day") {
		if p.latin(j+1, "after") && p.latin(j+2, "tomorrow") {
			return spec{bits: bRel, rel: 2}, j + 3, true
		}
		if p.latin(j+1, "before") && p.latin(j+2, "yesterday") {
			return spec{bits: bRel, rel: -2}, j + 3, true
		}
	}
	return spec{}, i, false
}

// atomAfter: 3일 뒤, 사흘 후, 2시간 뒤, in 3 days, 3 days later, 2 weeks from now, 3일 전, 2 days ago.
func atomAfter(p *parser, i int) (spec, int, bool) {
	in := p.latin(i, "in")
	start := i
	if in {
		start++
	}
	q, j, ok := p.quantity(start)
	if !ok {
		return spec{}, i, false
	}
	sign := 0
	switch {
	case in:
		sign = 1
	case p.isAny(j, cLater):
		if t := p.tok(j); t.s == "after" {
			return spec{}, i, false
		}
		sign = 1
		j++
		if p.tok(j) != nil && p.tok(j).s == "에" {
			j++
		}
	case p.latin(j, "from") && (p.latin(j+1, "now") || p.latin(j+1, "today")):
		sign = 1
		j += 2
	case p.isAny(j, cPast) && (p.tok(j).s == "ago" || p.tok(j).s == "전" && p.wordEnds(j+1)):
		sign = -1
		j++
	default:
		return spec{}, i, false
	}
	switch q.unit {
	case cDay, cWeekUnit:
		return spec{bits: bRel, rel: sign * q.days}, j, true
	case cMonthUnit:
		return spec{bits: bAfter, afterMonths: sign * q.months}, j, true
	case cHours, cMinute, cSecond:
		return spec{bits: bAfter, after: time.Duration(sign) * q.d}, j, true
	}
	return spec{}, i, false
}

// quantity is an amount of time for atomAfter.
type quantity struct {
	unit   cat
	d      time.Duration
	days   int
	months int
}

func (p *parser) quantity(i int) (quantity, int, bool) {
	t := p.tok(i)
	if t == nil {
		return quantity{}, i, false
	}
	if s, ok := t.has(cDayCount); ok {
		return quantity{unit: cDay, days: s.v}, i + 1, true
	}
	if t.s == "half" && p.isAny(i+1, cEnA) && p.isAny(i+2, cHours) {
		return quantity{unit: cMinute, d: 30 * time.Minute}, i + 3, true
	}
	var n numRead
	if _, ok := t.has(cEnA); ok {
		n = numRead{1, i + 1, fEnglish}
	} else {
		r, ok := p.number(i)
		if !ok || r.f&fSino != 0 && r.f&fMag == 0 {
			return quantity{}, i, false
		}
		n = r
	}
	u := p.tok(n.j)
	if u == nil || n.v <= 0 || n.v > 10000 {
		return quantity{}, i, false
	}
	j := n.j + 1
	switch {
	case p.isAny(n.j, cHours):
		d := time.Duration(n.v * float64(time.Hour))
		if p.isAny(j, cHalf) && p.tok(j).s == "반" {
			d += 30 * time.Minute
			j++
		} else if p.isAny(j, cAnd) && p.isAny(j+1, cEnA) && p.latin(j+2, "half") {
			d += 30 * time.Minute
			j += 3
		} else if m, ok := p.number(j); ok && m.f&fNative == 0 && p.isAny(m.j, cMinute) && m.v < 60 {
			d += time.Duration(m.v) * time.Minute
			j = m.j + 1
		}
		return quantity{unit: cHours, d: d}, j, true
	case p.isAny(n.j, cMinute) && !(u.s == "분" && n.f&fNative != 0):
		return quantity{unit: cMinute, d: time.Duration(n.v * float64(time.Minute))}, j, true
	case p.isAny(n.j, cSecond):
		return quantity{unit: cSecond, d: time.Duration(n.v * float64(time.Second))}, j, true
	case !isInt(n.v):
		return quantity{}, i, false
	case p.isAny(n.j, cDay):
		return quantity{unit: cDay, days: int(n.v)}, j, true
	case p.isAny(n.j, cWeekUnit):
		if p.tok(j) != nil && p.tok(j).s == "일" {
			j++ // 2주일
		}
		return quantity{unit: cWeekUnit, days: 7 * int(n.v)}, j, true
	case p.isAny(n.j, cMonthUnit):
		return quantity{unit: cMonthUnit, months: int(n.v)}, j, true
	}
	return quantity{}, i, false
}

// atomWeek: 이번 주, 다음 주, 다다음 주, 지난주, 담주, 주말, 이번 주말, next week, this weekend,
// next Monday, last Friday, 다음 월요일.
func atomWeek(p *parser, i int) (spec, int, bool) {
	t := p.tok(i)
	if t == nil {
		return spec{}, i, false
	}
	if s, ok := t.has(cNextWeek); ok {
		return spec{bits: bWeek, week: s.v}, i + 1, true
	}
	if _, ok := t.has(cWeekend); ok {
		return spec{bits: bWeekend}, i + 1, true
	}
	off, isMod := 0, false
	if s, ok := t.has(cNext); ok {
		off, isMod = s.v, true
	} else if _, ok := t.has(cThis); ok {
		isMod = true
	} else if _, ok := t.has(cLast); ok {
		off, isMod = -1, true
	}
	if !isMod {
		return spec{}, i, false
	}
	j := i + 1
	if t.s == "this" && p.latin(j, "coming") {
		j++ // this coming Saturday
	}
	switch {
	case p.isAny(j, cWeekUnit) && (p.tok(j).s != "주" || p.wordEnds(j+1)) && p.tok(j).s != "weeks":
		return spec{bits: bWeek, week: off}, j + 1, true
	case p.isAny(j, cWeekend):
		return spec{bits: bWeek | bWeekend, week: off}, j + 1, true
	}
	if s, ok := p.is(j, cWeekday); ok {
		if off == 0 {
			// this Friday / 이번 금요일: the coming one
			return spec{bits: bWeekday, weekday: s.v}, j + 1, true
		}
		return spec{bits: bWeek | bWeekday, week: off, weekday: s.v}, j + 1, true
	}
	if s, ok := p.is(j, cWeekdayShort); ok && p.tok(j).s[0] < 0x80 {
		if off == 0 {
			return spec{bits: bWeekday, weekday: s.v}, j + 1, true
		}
		return spec{bits: bWeek | bWeekday, week: off, weekday: s.v}, j + 1, true
	}
	return spec{}, i, false
}

// atomMonthRel: 이번 달, 다음 달, 지난달, this month, next month; 올해, 내년, next year.
func atomMonthRel(p *parser, i int) (spec, int, bool) {
	t := p.tok(i)
	if t == nil {
		return spec{}, i, false
	}
	if s, ok := t.has(cYearRel); ok {
		return spec{bits: bYearRel, yearRel: s.v}, i + 1, true
	}
	off, isMod := 0, false
	if s, ok := t.has(cNext); ok {
		off, isMod = s.v, true
	} else if _, ok := t.has(cThis); ok {
		isMod = true
	} else if _, ok := t.has(cLast); ok {
		off, isMod = -1, true
	}
	if !isMod {
		return spec{}, i, false
	}
	if n := p.tok(i + 1); n != nil && (n.s == "달" || n.s == "month") && p.wordEnds(i+2) {
		return spec{bits: bMonthRel, monthRel: off}, i + 2, true
	}
	if n := p.tok(i + 1); n != nil && n.s == "year" {
		return spec{bits: bYearRel, yearRel: off}, i + 2, true
	}
	return spec{}, i, false
}

// atomWeekday: 화요일, Tuesday; 월/화/mon/sat only count with another word or in a range.
func atomWeekday(p *parser, i int) (spec, int, bool) {
	t := p.tok(i)
	if t == nil {
		return spec{}, i, false
	}
	if s, ok := t.has(cWeekday); ok {
		j := i + 1
		if p.sym(j, ".") && !p.spaced(j) {
			j++
		}
		return spec{bits: bWeekday, weekday: s.v}, j, true
	}
	if s, ok := t.has(cWeekdayShort); ok {
		if t.s[0] >= 0x80 && !p.wordEnds(i+1) && !p.isAny(i+1, cFrom, cUntil) && !p.sym(i+1, "~") && !p.sym(i+1, "-") {
			return spec{}, i, false
		}
		if t.s[0] >= 0x80 && !p.wordStarts(i) {
			return spec{}, i, false
		}
		if n := p.tok(i + 1); t.s[0] >= 0x80 && n != nil && !n.sp && n.s[0] >= 0x80 {
			// 일정, 월급, 화면, 수정: the syllable starts another word (정, 수
			// and the like are also particles: 정도, 수요일에).
			if r, _ := utf8.DecodeRuneInString(n.s); koNotWeekday[t.s+string(r)] {
				return spec{}, i, false
			}
		}
		return spec{bits: bWeekday, weekday: s.v, short: true, koShort: t.s[0] >= 0x80}, i + 1, true
	}
	return spec{}, i, false
}

// koNotWeekday are words that begin with a one-syllable weekday.
var koNotWeekday = map[string]bool{"일정": true, "일단": true, "일찍": true, "일반": true, "월급": true, "화면": true, "화장": true,
	"수업": true, "수고": true, "수정": true, "목표": true, "목록": true, "금액": true, "금방": true, "토론": true}

// atomDate: 2026년 12월 24일, 12월 24일, 12월, 24일, 2026-12-24, 2026.12.24, 12/24.
func atomDate(p *parser, i int) (spec, int, bool) {
	t := p.tok(i)
	if t == nil {
		return spec{}, i, false
	}
	// ISO and dotted dates
	if t.k == tNum && t.digits == 4 && !t.commas && isInt(t.v) {
		for _, sep := range []string{"-", ".", "/"} {
			if p.sym(i+1, sep) && p.num2(i+2, 1, 12) && p.sym(i+3, sep) && p.num2(i+4, 1, 31) && !p.spaced(i+1) && !p.spaced(i+2) {
				s := spec{bits: bYear | bMonth | bDom, year: int(t.v), month: int(p.toks[i+2].v), dom: int(p.toks[i+4].v)}
				return s, i + 5, true
			}
		}
	}
	// M.D before a time of the day or a weekday ("12.22 오후 2시",
	// "1.5(화)"): the lexer reads 12.22 as one decimal number
	if m, d, ok := p.dottedMonthDay(i); ok {
		return spec{bits: bMonth | bDom, month: m, dom: d}, i + 1, true
	}
	// M/D, M/D/YYYY
	if t.k == tNum && p.num2(i, 1, 12) && p.sym(i+1, "/") && !p.spaced(i+1) && p.num2(i+2, 1, 31) && !p.spaced(i+2) {
		s := spec{bits: bMonth | bDom, month: int(t.v), dom: int(p.toks[i+2].v)}
		if !p.sym(i+3, "/") {
			return s, i + 3, true
		}
		if y := p.tok(i + 4); y != nil && y.k == tNum && y.digits == 4 && isInt(y.v) && !y.sp && !p.spaced(i+3) {
			s.bits |= bYear
			s.year = int(y.v)
			return s, i + 5, true
		}
	}
	s := spec{}
	j := i
	// YYYY년
	if t.k == tNum && t.digits == 4 && isInt(t.v) && p.isAny(i+1, cYear) {
		s.bits |= bYear
		s.year = int(t.v)
		j = i + 2
	}
	if s.bits != 0 {
		k := j
		if m, mj, ok := p.koMonth(k); ok {
			s.bits |= bMonth
			s.month = m
			j = mj
		}
	} else if m, mj, ok := p.koMonth(j); ok {
		s.bits |= bMonth
		s.month = m
		j = mj
	}
	// the day of a date whose month was said is no date alone (2월 30일 is no date at all)
	if s.bits == 0 && p.tok(i-1) != nil && p.tok(i-1).s == "월" && !p.spaced(i) {
		return spec{}, i, false
	}
	if s.bits == 0 && i >= 2 && p.tok(i-1).s == "월" && p.tok(i-2).k == tNum {
		return spec{}, i, false
	}
	if s.bits == 0 || s.bits&bMonth != 0 {
		if d, dj, ok := p.koDom(j); ok {
			s.bits |= bDom
			s.dom = d
			j = dj
		}
	}
	if s.bits == 0 {
		return spec{}, i, false
	}
	return s, j, true
}

// num2 reports whether token i is an integer from lo to hi written in at most two digits.
func (p *parser) num2(i, lo, hi int) bool {
	t := p.tok(i)
	return t != nil && t.k == tNum && t.digits <= 2 && isInt(t.v) && int(t.v) >= lo && int(t.v) <= hi
}

// koMonth reads 12월, 십이월, 시월.
func (p *parser) koMonth(i int) (int, int, bool) {
	if s, ok := p.is(i, cMonthName); ok && p.tok(i).s[0] >= 0x80 {
		return s.v, i + 1, true
	}
	for _, r := range p.numbers(i) {
		if r.f&(fNative|fEnglish) != 0 || !isInt(r.v) || r.v < 1 || r.v > 12 {
			continue
		}
		if m := p.tok(r.j); m != nil && m.s == "월" && p.wordEnds(r.j+1) {
			return int(r.v), r.j + 1, true
		}
	}
	return 0, i, false
}

// koDom reads 24일 (not 24일간, 3일 뒤: those are lengths).
func (p *parser) koDom(i int) (int, int, bool) {
	for _, r := range p.numbers(i) {
		if r.f&(fNative|fEnglish) != 0 || !isInt(r.v) || r.v < 1 || r.v > 31 {
			continue
		}
		if r.f&fDigits == 0 && r.f&fMag == 0 {
			continue
		}
		if d := p.tok(r.j); d != nil && d.s == "일" && p.wordEnds(r.j+1) && !p.isAny(r.j+1, cFor, cLater, cPast) {
			if p.isAny(r.j+1, cApproxPost) && p.tok(r.j+1).s == "정도" {
				continue // 3일 정도: a length
			}
			if p.daysWithin(i, r.j+1) && !p.isAny(i-1, cMonth) {
				continue // 3일 안에, 앞으로 5일: a length (12월 3일 안에 is a day)
			}
			return int(r.v), r.j + 1, true
		}
	}
	return 0, i, false
}

// atomEnDate: Dec 24, December 24th, Dec. 24, 2026, 24 Dec, 24th of December, the 24th, on the 3rd, December.
func atomEnDate(p *parser, i int) (spec, int, bool) {
	t := p.tok(i)
	if t == nil {
		return spec{}, i, false
	}
	if m, ok := t.has(cMonthName); ok && t.s[0] < 0x80 {
		j := i + 1
		if p.sym(j, ".") && !p.spaced(j) {
			j++
		}
		if p.num2(j, 1, 31) {
			s := spec{bits: bMonth | bDom, month: m.v, dom: int(p.toks[j].v)}
			j++
			if tt := p.tok(j); tt != nil && !tt.sp && (tt.s == "st" || tt.s == "nd" || tt.s == "rd" || tt.s == "th") {
				j++
			}
			if p.sym(j, ",") && p.tok(j+1) != nil && p.tok(j+1).k == tNum && p.tok(j+1).digits == 4 {
				s.bits |= bYear
				s.year = int(p.toks[j+1].v)
				j += 2
			}
			return s, j, true
		}
		switch t.s {
		case "may", "march", "mar", "jan", "jun", "sat", "sun":
			if !p.isAny(i-1, cIn, cOf, cNext, cThis, cLast, cFrom, cUntil) {
				return spec{}, i, false
			}
		}
		return spec{bits: bMonth, month: m.v}, i + 1, true
	}
	// 24th, the 24th, 24th of December, 24 Dec
	j := i
	if t.k == tNum && p.num2(i, 1, 31) {
		n := int(t.v)
		k := i + 1
		hasSuffix := p.ordSuffix(k, n)
		if hasSuffix {
			k++
		}
		of := k
		if p.isAny(of, cOf) {
			of++
		}
		if m, ok := p.is(of, cMonthName); ok && p.tok(of).s[0] < 0x80 && (hasSuffix || of == k) {
			return spec{bits: bMonth | bDom, month: m.v, dom: n}, of + 1, true
		}
		if hasSuffix && (n > 10 || p.dateContext(j, k)) && !p.isAny(k, cOne) {
			// ("details on the 3rd one?", "on the 2nd one": a place in a
			// list, whatever the word before it — a day is not "one".)
			return spec{bits: bDom, dom: n}, k, true
		}
	}
	return spec{}, i, false
}

// atomPod: 새벽, 아침, 오전, 점심, 낮, 오후, 저녁, 밤, morning, afternoon, evening, night, lunch;
// this morning / this evening are today's.
func atomPod(p *parser, i int) (spec, int, bool) {
	t := p.tok(i)
	if t == nil {
		return spec{}, i, false
	}
	if _, ok := t.has(cThis); ok && t.s == "this" {
		if s, ok := p.is(i+1, cPOD); ok {
			return spec{bits: bRel | bPod, pod: s.v}, i + 2, true
		}
	}
	if s, ok := t.has(cPOD); ok {
		if t.s == "night" && (p.isAny(i-1, cEnNum, cEnA) || p.tok(i-1) != nil && p.tok(i-1).k == tNum) {
			return spec{}, i, false
		}
		if t.s[0] >= 0x80 && !p.wordEnds(i+1) && !p.isAny(i+1, cHour) {
			return spec{}, i, false
		}
		if t.s == "밤" && !p.wordStarts(i) && !p.isAny(i-1, cRelDay) {
			return spec{}, i, false
		}
		return spec{bits: bPod, pod: s.v}, i + 1, true
	}
	return spec{}, i, false
}

// clockSpec builds a clock at hour:min as said.
func clockSpec(h, m int, hasMin bool, mer int) (spec, bool) {
	if m < 0 || m > 59 || h < 0 || h > 24 || h == 24 && m > 0 {
		return spec{}, false
	}
	s := spec{bits: bClock, hour: h, minutes: h*60 + m, hasMin: hasMin, mer: mer}
	switch mer {
	case merAM:
		if h < 1 || h > 12 {
			return spec{}, false
		}
		if h == 12 {
			s.minutes = m
		}
	case merPM:
		if h < 1 || h > 12 {
			return spec{}, false
		}
		if h < 12 {
			s.minutes += 12 * 60
		}
	default:
		if h == 0 || h > 12 {
			s.fixedClock = true
		}
	}
	return s, true
}

// atomClock: 7시, 일곱 시, 7시 반, 3시 15분, 19시, 12시 정각, 정오, 자정.
func atomClock(p *parser, i int) (spec, int, bool) {
	t := p.tok(i)
	if t == nil {
		return spec{}, i, false
	}
	if _, ok := t.has(cNoon); ok {
		return spec{bits: bClock, hour: 12, minutes: 12 * 60, fixedClock: true}, i + 1, true
	}
	if _, ok := t.has(cMidnight); ok {
		return spec{bits: bClock, hour: 0, minutes: 24 * 60, fixedClock: true}, i + 1, true
	}
	for _, r := range p.numbers(i) {
		if !isInt(r.v) || r.f&(fEnglish|fMag) != 0 || r.f&fSino != 0 {
			continue
		}
		if r.f&fNative != 0 && (r.v < 1 || r.v > 12) {
			continue
		}
		if !p.isAny(r.j, cHour) || !p.wordStarts(i) && t.k != tNum {
			continue
		}
		h := int(r.v)
		j := r.j + 1
		m, hasMin := 0, false
		if p.isAny(j, cHalf) && p.tok(j).s == "반" {
			m, hasMin = 30, true
			j++
		} else if mm, ok := p.number(j); ok && mm.f&(fNative|fEnglish) == 0 && isInt(mm.v) && mm.v < 60 && p.isAny(mm.j, cMinute) {
			m, hasMin = int(mm.v), true
			j = mm.j + 1
			if pt := p.tok(j); pt != nil && pt.s == "전" && p.wordEnds(j+1) && m > 0 && h > 0 {
				// 7시 10분 전: ten to seven
				h, m = h-1, 60-m
				if h == 0 {
					h = 12 // 1시 10분 전: 12:50
				}
				j++
			}
		} else if n := p.tok(j); n != nil && n.k == tNum && n.digits == 2 && isInt(n.v) && n.v < 60 && p.clockEnd(j+1) && !p.isAny(j+1, cHour, cMonth) && p.wordEnds(j+1) {
			m, hasMin = int(n.v), true // 3시30, 7시 45: minutes without 분
			j++
		} else if p.isAny(j, cOclock) {
			j++
		}
		if !p.wordEnds(j) && !p.isAny(j, cApproxPost) {
			continue
		}
		s, ok := clockSpec(h, m, hasMin, merNone)
		if !ok {
			continue
		}
		return s, j, true
	}
	return spec{}, i, false
}

// atomEnClock: 7pm, 7 p.m., 7:30, 7:30pm, 19:00, 7.30pm, 7 o'clock, half past 7, quarter to 8.
func atomEnClock(p *parser, i int) (spec, int, bool) {
	t := p.tok(i)
	if t == nil {
		return spec{}, i, false
	}
	// half past 7, quarter past 7, quarter to 8
	if t.s == "half" || t.s == "quarter" {
		add := 30
		if t.s == "quarter" {
			add = 15
		}
		if p.latin(i+1, "past") || p.latin(i+1, "to") && t.s == "quarter" {
			if r, ok := p.number(i + 2); ok && isInt(r.v) && r.v >= 1 && r.v <= 12 && r.f&(fDigits|fEnglish) != 0 && r.f&fMag == 0 {
				h, m := int(r.v), add
				if p.latin(i+1, "to") {
					h, m = h-1, 60-add
					if h == 0 {
						h = 12
					}
				}
				j := r.j
				mer := merNone
				if s, ok := p.is(j, cAmPm); ok {
					mer = s.v
					j++
				}
				if s, ok := clockSpec(h, m, true, mer); ok {
					return s, j, true
				}
			}
		}
		return spec{}, i, false
	}
	if t.k == tWord {
		// six o'clock, seven pm, seven thirty, eight forty-five pm
		if s, ok := t.has(cEnNum); ok && s.v >= 1 && s.v <= 12 {
			j, mer := i+1, merNone
			min, hasMin := 0, false
			if p.isAny(j, cOclock) {
				j++
			} else if m, ok := p.number(j); ok && m.f == fEnglish && isInt(m.v) && m.v >= 10 && m.v <= 59 && !p.isAny(m.j, cPeople, cCounter, cHours, cMinute) {
				min, hasMin, j = int(m.v), true, m.j
			}
			if m, ok := p.is(j, cAmPm); ok {
				mer = m.v
				j++
			}
			if j > i+1 {
				c, ok := clockSpec(s.v, min, hasMin, mer)
				return c, j, ok
			}
		}
		return spec{}, i, false
	}
	if t.k != tNum || !isInt(t.v) && !(len(t.s) >= 4 && t.s[len(t.s)-3] == '.') {
		return spec{}, i, false
	}
	if p.tok(i-1) != nil && !p.spaced(i) && (p.sym(i-1, ":") || p.sym(i-1, ".") || p.sym(i-1, "$") || p.tok(i-1).k == tNum) {
		return spec{}, i, false
	}
	h, m, hasMin, j := int(t.v), 0, false, i+1
	if t.s == "12" && p.isAny(j, cNoon) {
		return spec{bits: bClock, hour: 12, minutes: 12 * 60, fixedClock: true}, j + 1, true // 12 noon
	}
	if t.s == "12" && p.isAny(j, cMidnight) {
		return spec{bits: bClock, hour: 0, minutes: 24 * 60, fixedClock: true}, j + 1, true
	}
	if !isInt(t.v) {
		// 7.30pm
		h = int(t.v)
		m = int((t.v-float64(h))*100 + 0.5)
		hasMin = true
		if !p.isAny(j, cAmPm) {
			return spec{}, i, false
		}
	} else if t.digits > 2 {
		// 730pm, 1130am
		if t.digits > 4 || p.spaced(j) || !p.isAny(j, cAmPm) {
			return spec{}, i, false
		}
		h, m, hasMin = int(t.v)/100, int(t.v)%100, true
	} else if p.sym(j, ":") && !p.spaced(j) && p.tok(j+1) != nil && p.tok(j+1).k == tNum && p.tok(j+1).digits == 2 && !p.spaced(j+1) && isInt(p.tok(j+1).v) {
		m, hasMin = int(p.tok(j+1).v), true
		j += 2
		if p.sym(j, ":") && p.tok(j+1) != nil && p.tok(j+1).k == tNum { // seconds
			j += 2
		}
	}
	mer := merNone
	if s, ok := p.is(j, cAmPm); ok {
		mer = s.v
		j++
	} else if p.isAny(j, cOclock) {
		j++
		if s, ok := p.is(j, cAmPm); ok {
			mer = s.v
			j++
		}
	} else if !hasMin {
		// 7ish, 7-ish
		if p.latin(j, "ish") && !p.spaced(j) {
			s, ok := clockSpec(h, 0, false, merNone)
			s.approx = true
			return s, j + 1, ok
		}
		if p.sym(j, "-") && p.latin(j+1, "ish") {
			s, ok := clockSpec(h, 0, false, merNone)
			s.approx = true
			return s, j + 2, ok
		}
		// 7 in the evening
		if p.latin(j, "in") && p.latin(j+1, "the") {
			if pd, ok := p.is(j+2, cPOD); ok {
				s, ok := clockSpec(h, 0, false, merNone)
				if ok {
					s, ok = merge(s, spec{bits: bPod, pod: pd.v})
				}
				return s, j + 3, ok
			}
		}
		return spec{}, i, false
	}
	s, ok := clockSpec(h, m, hasMin, mer)
	if !ok {
		return spec{}, i, false
	}
	if len(t.s) == 2 && t.s[0] == '0' && mer == merNone {
		s.fixedClock = true // 08:00 is a 24-hour clock
	}
	return s, j, true
}

// atomPrefixed: at 7, around 7, about 7:30, 약 7시, "at 7" with a bare hour.
func atomPrefixed(p *parser, i int) (spec, int, bool) {
	t := p.tok(i)
	if t == nil {
		return spec{}, i, false
	}
	_, approx := t.has(cApproxPre)
	_, at := t.has(cAt)
	if !approx && !at || t.s[0] >= 0x80 && !p.wordStarts(i) {
		return spec{}, i, false // 예약 3시 has no 약
	}
	if approx && p.latin(i+1, "at") {
		i++
	}
	// around 7pm, at 7:30, 약 7시
	best, bj, found := spec{}, i+1, false
	for _, f := range []func(p *parser, i int) (spec, int, bool){atomClock, atomEnClock} {
		if s, j, ok := f(p, i+1); ok && j > bj && s.bits&bClock != 0 {
			best, bj, found = s, j, true
		}
	}
	if !found {
		// bare hour: at 7, around seven
		r, ok := p.number(i + 1)
		if !ok || !isInt(r.v) || r.v < 0 || r.v > 23 || r.f&fMag != 0 || r.f&(fDigits|fEnglish) == 0 || !p.clockEnd(r.j) {
			return spec{}, i, false
		}
		if p.tok(i+1).k == tNum && p.tok(i+1).digits > 2 {
			return spec{}, i, false
		}
		s, ok := clockSpec(int(r.v), 0, false, merNone)
		if !ok {
			return spec{}, i, false
		}
		best, bj = s, r.j
		if p.latin(bj, "ish") && !p.spaced(bj) {
			approx = true
			bj++
		}
	}
	best.approx = best.approx || approx
	return best, bj, true
}

// clockEnd: after a bare hour nothing says it is a count or a length (at 7, not at 7 people).
func (p *parser) clockEnd(j int) bool {
	t := p.tok(j)
	if t == nil {
		return true
	}
	if t.k == tSym {
		if t.s == "." {
			// "at six. There'll be four of us": a full stop ends the
			// sentence; only digits right after make it 7.5 or 2026.12
			n := p.tok(j + 1)
			return n == nil || n.sp || n.k != tNum
		}
		return t.s != ":" && t.s != "%" && t.s != "~" && t.s != "-"
	}
	if t.k == tNum {
		return false
	}
	return !p.isAny(j, cHours, cMinute, cSecond, cDay, cNight, cWeekUnit, cMonthUnit, cYear, cCounter, cPeople,
		cEnMag, cWon, cDollar, cHalf, cOf) && t.s != "k"
}

// bareClock reads a bare hour that other words make a time: 7ish, 7 in the
// evening, 8 tonight (only where the caller allows a bare hour).
func (p *parser) bareClock(i int) (spec, int, bool) {
	r, ok := p.number(i)
	if !ok || !isInt(r.v) || r.v < 0 || r.v > 24 || r.f&fMag != 0 || r.f&(fDigits|fEnglish) == 0 || !p.clockEnd(r.j) {
		return spec{}, i, false
	}
	if t := p.tok(i); t.k == tNum && t.digits > 2 {
		return spec{}, i, false
	}
	s, ok := clockSpec(int(r.v), 0, false, merNone)
	return s, r.j, ok
}

// dottedMonthDay reads M.D at i — a number like 12.22 with one or two
// digits either side of its point — as a month and a day when a time of
// the day or a weekday follows it ("12.22 오후 2시", "12.24 저녁 7시",
// "1.5(화)"), never alone: 4.5 and 1.5kg are amounts.
func (p *parser) dottedMonthDay(i int) (int, int, bool) {
	t := p.tok(i)
	if t == nil || t.k != tNum || t.commas || t.digits > 2 || !p.wordStarts(i) {
		return 0, 0, false
	}
	k := strings.IndexByte(t.s, '.')
	if k < 0 || len(t.s)-k-1 < 1 || len(t.s)-k-1 > 2 {
		return 0, 0, false
	}
	m, err1 := strconv.Atoi(t.s[:k])
	d, err2 := strconv.Atoi(t.s[k+1:])
	if err1 != nil || err2 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, 0, false
	}
	j := i + 1
	n := p.tok(j)
	switch {
	case n == nil:
		return 0, 0, false
	case !n.sp && p.sym(j, "(") && p.isAny(j+1, cWeekdayShort, cWeekday):
		return m, d, true
	case n.sp && p.isAny(j, cAmPm, cPOD, cNoon, cWeekday):
		return m, d, true
	case n.sp && n.k == tNum && p.isAny(j+1, cHour, cAmPm) && !p.spaced(j+1):
		return m, d, true // 12.22 14시, 12.22 2pm
	case n.sp && p.isAny(j, cAt) && p.tok(j+1) != nil && p.tok(j+1).k == tNum && p.isAny(j+2, cAmPm, cHour):
		return m, d, true // 12.22 at 2pm
	}
	return 0, 0, false
}
