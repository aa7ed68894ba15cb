package entity

import (
	"strings"
	"time"
)

// spec is a time expression as said, before it is resolved against the
// reference: which slots were filled. Rules build specs from words; merge
// joins adjacent ones (내일 + 저녁 + 7시 반); resolve turns one into a Time.
type spec struct {
	bits uint16

	rel         int           // bRel: days from today (내일 1)
	after       time.Duration // bAfter: from the reference instant (30분 뒤)
	afterMonths int           // bAfter: months from today (3달 뒤)
	weekday     int           // bWeekday: ISO 1..7
	short       bool          // the weekday was a one-syllable 월/화 or a clipped mon/sat
	koShort     bool          // the weekday was a one-syllable 월/화: it joins no clock
	week        int           // bWeek: ISO weeks from this one (다음 주 1)
	month       int           // bMonth: 1..12
	monthRel    int           // bMonthRel: 다음 달 1
	year        int           // bYear
	yearRel     int           // bYearRel: 내년 1
	dom         int           // bDom: day of the month
	pod         int           // bPod: index in pods
	minutes     int           // bClock: minutes after midnight as said (may exceed 24h: 자정, 밤 1시)
	hour        int           // bClock: the hour as said, for the meridiem rules
	hasMin      bool          // bClock: minutes were said (7시 반)
	mer         int           // bClock: merAM/merPM said with the clock (7pm); merNone
	fixedClock  bool          // bClock: 정오/자정/19:00 — no meridiem to choose
	approx      bool
	bare        bool // a bare number (3 in 3~5시): its unit comes from the other end of an interval
	bareN       int
}

const (
	bRel uint16 = 1 << iota
	bAfter
	bWeekday
	bWeek
	bWeekend
	bMonth
	bMonthRel
	bYear
	bYearRel
	bDom
	bPod
	bClock

	dayBits = bRel | bAfter | bWeekday | bWeek | bWeekend | bMonth | bMonthRel | bYear | bYearRel | bDom
)

// validDay lists the combinations of day slots that make one day or range.
func validDay(b uint16) bool {
	switch b &^ (bPod | bClock) {
	case 0, bRel, bAfter, bWeekday, bWeek, bWeek | bWeekday, bWeekend, bWeek | bWeekend,
		bDom, bMonth, bMonth | bDom, bMonthRel, bMonthRel | bDom,
		bYear, bYear | bMonth, bYear | bMonth | bDom, bYearRel, bYearRel | bMonth, bYearRel | bMonth | bDom:
		return true
	}
	// 12월 14일 월요일, Monday, December 14: the date decides, the weekday only repeats it
	if b&bWeekday != 0 && b&bDom != 0 && b&bWeek == 0 {
		return validDay(b &^ bWeekday)
	}
	return false
}

func merge(a, b spec) (spec, bool) {
	if a.bits&b.bits != 0 || a.bare || b.bare {
		return a, false
	}
	u := a.bits | b.bits
	if !validDay(u) || u&bDom != 0 && (a.short || b.short) {
		return a, false
	}
	if u&bAfter != 0 && u&(bPod|bClock) != 0 {
		return a, false
	}
	if u&bPod != 0 && u&bClock != 0 {
		// the clock's own meridiem must agree with the part of the day
		c, d := a, b
		if b.bits&bClock != 0 {
			c, d = b, a
		}
		if c.mer != merNone && pods[d.pod].mer != merNone {
			pm := pods[d.pod].mer == merPM || pods[d.pod].mer == merNight
			if (c.mer == merPM) != pm && pods[d.pod].mer != merNoon {
				return a, false
			}
		}
	}
	m := a
	m.bits = u
	if b.bits&bRel != 0 {
		m.rel = b.rel
	}
	if b.bits&bAfter != 0 {
		m.after, m.afterMonths = b.after, b.afterMonths
	}
	if b.bits&bWeekday != 0 {
		m.weekday, m.short, m.koShort = b.weekday, b.short, b.koShort
	}
	if b.bits&bWeek != 0 {
		m.week = b.week
	}
	if b.bits&bMonth != 0 {
		m.month = b.month
	}
	if b.bits&bMonthRel != 0 {
		m.monthRel = b.monthRel
	}
	if b.bits&bYear != 0 {
		m.year = b.year
	}
	if b.bits&bYearRel != 0 {
		m.yearRel = b.yearRel
	}
	if b.bits&bDom != 0 {
		m.dom = b.dom
	}
	if b.bits&bPod != 0 {
		m.pod = b.pod
	}
	if b.bits&bClock != 0 {
		m.minutes, m.hour, m.hasMin, m.mer, m.fixedClock = b.minutes, b.hour, b.hasMin, b.mer, b.fixedClock
	}
	m.approx = a.approx || b.approx
	return m, true
}

// ---- the rule ------------------------------------------------------------

func timeRule(p *parser, i int) (Entity, bool) {
	if t, j, ok := p.dayPair(i); ok {
		e := p.span(KindTime, i, j)
		e.Time = &t
		return e, true
	}
	if t, j, ok := p.interval(i); ok {
		e := p.span(KindTime, i, j)
		e.Time = &t
		return e, true
	}
	s, j, ok := p.timeExpr(i)
	if !ok || s.bare || s.short && s.bits&^bWeekday == 0 && !(!s.koShort && p.tok(i-1) != nil && strings.EqualFold(p.tok(i-1).s, "on")) {
		// (A bare "sat", "sun", "wed" is a word more often than a day;
		// "on sat" is the day.)
		return Entity{}, false
	}
	t, ok := resolve(s, p.ref, p.ref)
	if !ok {
		return Entity{}, false
	}
	e := p.span(KindTime, i, j)
	e.Time = &t
	return e, true
}

// timeExpr reads atoms joined by glue (에, 의, at, on, ",") as long as they merge.
func (p *parser) timeExpr(i int) (spec, int, bool) {
	if i < 0 || i >= len(p.toks) {
		return spec{}, i, false
	}
	m := &p.exprs[i]
	if !m.done {
		m.s, m.j, m.ok = p.readTimeExpr(i)
		m.done = true
	}
	return m.s, m.j, m.ok
}

func (p *parser) readTimeExpr(i int) (spec, int, bool) {
	s, j, ok := p.atom(i)
	if !ok {
		return s, i, false
	}
	for {
		k := p.glue(j)
		s2, j2, ok := p.atom(k)
		if !ok {
			break
		}
		// 월~금 9시: a one-syllable weekday joins nothing but its week;
		// 11시 반에 점심: a Korean part of the day after a clock is the meal, not the time.
		if s.bits&bClock != 0 && s2.bits == bPod && p.tok(k).s[0] >= 0x80 && !s.koShort {
			// The meal still says which half of the day a bare hour is:
			// "7시 저녁 약속" is at 7 pm, "1시 점심" at 1 pm.
			s = mealMeridiem(s, s2.pod)
			break
		}
		if s.koShort && s2.bits&(bClock|bPod) != 0 || s2.koShort && s.bits&(bClock|bPod) != 0 {
			break
		}
		// 저녁 8시 크리스마스 파티: Korean says the day first, so a holiday
		// after a clock names the event, not its day.
		if s.bits&bClock != 0 && s.bits&dayBits == 0 && s2.bits == bMonth|bDom && p.tok(k).s[0] >= 0x80 && p.isAny(k, cHoliday) {
			break
		}
		m, ok := merge(s, s2)
		if !ok {
			break
		}
		s, j = m, j2
	}
	// 7시쯤, 7시 정도, 7시경 (glued: 경 alone is another word), 7ish
	if t := p.tok(j); t != nil && p.isAny(j, cApproxPost) && (t.s != "ish" && t.s != "경" || !t.sp) {
		s.approx = true
		j++
	} else if p.sym(j, "-") && p.latin(j+1, "ish") {
		s.approx = true
		j += 2
	}
	return s, j, true
}

// glue skips the words that may join two atoms of one time.
func (p *parser) glue(j int) int {
	for n := 0; n < 3; n++ {
		t := p.tok(j)
		if t == nil {
			return j
		}
		switch {
		case t.s == "에" || t.s == "의" || t.s == "," || t.s == "on" || t.s == "the" || t.s == "of":
			j++
		case p.isAny(j, cMeal):
			j++
		case p.sym(j, "(") && p.isAny(j+1, cWeekday, cWeekdayShort) && p.sym(j+2, ")"):
			j += 3 // 12/24(목) 7시, 내일(토): the date decides, the weekday only repeats it
		case t.s == "in" && p.latin(j+1, "the") && p.isAny(j+2, cPOD):
			j += 2
		default:
			return j
		}
	}
	return j
}

// atom reads the longest single time word or phrase at i.
func (p *parser) atom(i int) (spec, int, bool) {
	best, bj, found := spec{}, i, false
	for _, f := range atoms {
		if s, j, ok := f(p, i); ok && j > bj {
			best, bj, found = s, j, true
		}
	}
	return best, bj, found
}

// mealMeridiem is s with the meridiem of a bare hour said before a Korean
// meal (pods: 3 점심, 6 저녁); as it was when the clock has its own, a
// part of the day was said with it, or the meal cannot be at that hour.
func mealMeridiem(s spec, pod int) spec {
	if s.mer != merNone || s.fixedClock || s.bits&bPod != 0 || s.hour < 1 || s.hour > 11 {
		return s
	}
	switch {
	case pod == 6 && s.hour >= 5, pod == 3 && s.hour <= 2:
		s.mer, s.minutes = merPM, s.minutes+12*60
	case pod == 3 && s.hour >= 10:
		s.mer = merAM
	}
	return s
}
