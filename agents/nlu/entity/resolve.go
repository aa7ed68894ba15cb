package entity

import "time"

// ---- intervals -----------------------------------------------------------

// interval reads a range: 3일부터 5일까지, 월~수, 다음 주 월~수, 3~5시, 오후 3시부터 5시까지,
// from 3 to 5pm, between Monday and Wednesday, Dec 24-26, 밤 10시부터 새벽 2시까지.
func (p *parser) interval(i int) (Time, int, bool) {
	j := i
	// next Friday from 7 to 9pm: a day said before the range
	var pre spec
	hasPre := false
	if s, pj, ok := p.timeExpr(i); ok && s.bits&(bClock) == 0 && s.bits&dayBits != 0 && !s.bare && (p.latin(pj, "from") || p.latin(pj, "between")) {
		pre, hasPre, j = s, true, pj
	} else if ok && s.bits&bClock == 0 && s.bits&bPod != 0 && !s.bare && p.bareHours(pj) {
		// tomorrow afternoon 2-5, 오후 2-5: the part of the day says
		// which hours two bare numbers are
		pre, hasPre, j = s, true, pj
	} else if ok && s.bits&bClock == 0 && s.bits&dayBits != 0 && !s.bare && p.bareHours(pj) {
		// monday 8 to 11, friday 9-12: a day, then two bare hours, is
		// that day's hours (the hours read as 3~5시 are)
		pre, hasPre, j = s, true, pj
	}
	between := false
	if p.isAny(j, cBetween) {
		between = true
		j++
	} else if p.isAny(j, cFrom) && p.tok(j).s == "from" {
		j++
	}
	prefixed := j > i
	if p.isAny(j, cThe) {
		j++
	}
	l, lj, ok := p.rangeEnd(j)
	if !ok {
		return Time{}, i, false
	}
	k := lj
	ko := false // 부터 / 에서 said: 까지 may close the range
	switch {
	case between:
		if !p.isAny(k, cAnd) {
			return Time{}, i, false
		}
		k++
	case p.isAny(k, cFrom) && p.tok(k).s != "from":
		ko = true
		k++
		if p.sym(k, "~") || p.sym(k, "-") {
			k++
		}
	case p.sym(k, "~") || p.sym(k, "-"):
		k++
	case p.isAny(k, cTo) || p.isAny(k, cUntil) && p.tok(k).s[0] < 0x80:
		k++
	default:
		return Time{}, i, false
	}
	if p.isAny(k, cThe) && p.tok(k).s == "the" {
		k++
	}
	r, rj, ok := p.rangeEnd(k)
	if !ok {
		return Time{}, i, false
	}
	if l.bare && r.bare {
		// from 9 to 5, between 1 and 3: two bare hours
		if !prefixed {
			return Time{}, i, false
		}
		var ok1, ok2 bool
		l, ok1 = clockSpec(l.bareN, 0, false, merNone)
		r, ok2 = clockSpec(r.bareN, 0, false, merNone)
		if !ok1 || !ok2 {
			return Time{}, i, false
		}
	}
	if hasPre {
		for _, e := range []*spec{&l, &r} {
			if e.bare || e.bits&dayBits != 0 {
				continue
			}
			m, ok := merge(*e, pre)
			if !ok {
				return Time{}, i, false
			}
			*e = m
		}
	}
	if p.isAny(rj, cUntil) && p.tok(rj).s == "까지" || ko && p.isAny(rj, cBetween) && p.tok(rj).s == "사이" {
		rj++
	} else if ko && p.tok(lj).s == "에서" {
		return Time{}, i, false // 강남에서 ...: 에서 needs 까지
	}
	l, r, ok = inherit(l, r)
	if !ok {
		return Time{}, i, false
	}
	lt, ok := resolve(l, p.ref, p.ref)
	if !ok {
		return Time{}, i, false
	}
	rt, ok := resolve(r, p.ref, lt.Start)
	if ok && r.bits&bClock != 0 && r.hour == 12 && r.minutes%60 == 0 && rt.Start.Hour() == 0 && lt.Start.Hour() < 12 {
		// monday morning between 9 and 12: the range ends at noon that
		// morning, not at midnight (a morning's 12 read as 12 am).
		noon := time.Date(lt.Start.Year(), lt.Start.Month(), lt.Start.Day(), 12, 0, 0, 0, lt.Start.Location())
		rt.Start, rt.End = noon, noon.Add(time.Hour)
	}
	if !ok || rt.Start.Before(lt.Start) {
		return Time{}, i, false
	}
	t := lt
	t.End = rt.End
	if r.bits&bClock != 0 {
		t.End = rt.Start
	}
	if !t.End.After(t.Start) {
		return Time{}, i, false
	}
	t.HasDate = lt.HasDate || rt.HasDate
	t.HasTime = lt.HasTime || rt.HasTime
	t.Approx = lt.Approx || rt.Approx
	t.Ambiguous = lt.Ambiguous && rt.Ambiguous
	t.Interval = true
	return t, rj, true
}

// dayPair reads two neighbouring days joined by a Korean "and": 모레랑
// 글피, 오늘이랑 내일, 토요일하고 일요일, 24일과 25일 — both days, one
// range from the first to the second. Days apart ("월요일이랑 수요일")
// are two days, not the days between them: not read as one.
func (p *parser) dayPair(i int) (Time, int, bool) {
	day := func(s spec) bool { return !s.bare && s.bits&(bClock|bPod) == 0 && s.bits&dayBits != 0 }
	l, lj, ok := p.timeExpr(i)
	if !ok || !day(l) {
		return Time{}, i, false
	}
	t := p.tok(lj)
	if t == nil || t.s != "랑" && t.s != "이랑" && t.s != "하고" && t.s != "와" && t.s != "과" {
		return Time{}, i, false
	}
	r, rj, ok := p.timeExpr(lj + 1)
	if !ok || !day(r) {
		return Time{}, i, false
	}
	lt, ok1 := resolve(l, p.ref, p.ref)
	rt, ok2 := resolve(r, p.ref, lt.Start)
	if !ok1 || !ok2 || lt.Interval || rt.Interval || !rt.Start.Equal(lt.Start.AddDate(0, 0, 1)) {
		return Time{}, i, false
	}
	lt.End = rt.End
	lt.Interval = true
	return lt, rj, true
}

// rangeEnd reads one end of a range: a time, or a bare number (3 in 3~5시).
func (p *parser) rangeEnd(i int) (spec, int, bool) {
	s, j, ok := p.timeExpr(i)
	if ok {
		return s, j, true
	}
	if p.latin(i, "now") {
		// between now and Friday, from now until New Year's Day: from today
		return spec{bits: bRel, rel: 0}, i + 1, true
	}
	r, ok := p.number(i)
	if !ok || !isInt(r.v) || r.v < 0 || r.v > 31 || r.f&fMag != 0 || r.f&fSino != 0 {
		return spec{}, i, false
	}
	if p.isAny(r.j, cNight) {
		return spec{}, i, false // 12월 20일부터 2박: a stay's length, not the range's end
	}
	if p.isAny(r.j, cHours) {
		return spec{}, i, false // 10시부터 두 시간: a length, not the range's end
	}
	if t := p.tok(i); t.s == "one" && i > 0 && (p.isAny(i-1, cThis, cThe, cLast, cEnOrd) || p.latin(i-1, "that") || p.latin(i-1, "other") || p.latin(i-1, "another") || p.latin(i-1, "same")) {
		return spec{}, i, false // the first one to Monday 4pm: "one" is the event, not 1 o'clock
	}
	// 8 tonight: a bare hour with the words that make it a time
	if c, cj, ok := p.bareClock(i); ok {
		if s2, j2, ok := p.timeExpr(p.glue(cj)); ok && s2.bits&bClock == 0 && !s2.bare {
			if m, ok := merge(c, s2); ok {
				return m, j2, true
			}
		}
	}
	return spec{bare: true, bareN: int(r.v)}, r.j, true
}

// inherit gives each end of a range what only the other said: 다음 주 월~수 (the week),
// 12월 24일~26일 (the month), 3~5시 (the unit), from 3 to 5pm (the meridiem), 오후 3시부터 5시까지 (the part of the day).
func inherit(l, r spec) (spec, spec, bool) {
	if l.bare && r.bare {
		return l, r, false
	}
	fromBare := func(b spec, o spec) (spec, bool) {
		switch {
		case o.bits&bClock != 0:
			s, ok := clockSpec(b.bareN, 0, false, merNone)
			return s, ok
		case o.bits&bDom != 0:
			if b.bareN < 1 {
				return b, false
			}
			return spec{bits: bDom, dom: b.bareN}, true
		}
		return b, false
	}
	var ok bool
	if l.bare {
		if l, ok = fromBare(l, r); !ok {
			return l, r, false
		}
	}
	if r.bare {
		if r, ok = fromBare(r, l); !ok {
			return l, r, false
		}
	}
	// both ends must be of one kind: days with days, clocks with clocks
	if (l.bits&bClock != 0) != (r.bits&bClock != 0) && l.bits&dayBits == 0 && r.bits&dayBits == 0 {
		return l, r, false
	}
	if (l.bits&bClock == 0) && (r.bits&bClock != 0) && l.bits&bPod == 0 {
		return l, r, false // 내일부터 7시: not a range
	}
	copyDay := func(dst *spec, src spec) {
		dst.bits |= src.bits & dayBits
		dst.rel, dst.after, dst.afterMonths = src.rel, src.after, src.afterMonths
		dst.weekday, dst.week, dst.month, dst.monthRel = src.weekday, src.week, src.month, src.monthRel
		dst.year, dst.yearRel, dst.dom = src.year, src.yearRel, src.dom
	}
	switch {
	case r.bits&dayBits == 0 && l.bits&dayBits != 0 && r.bits&(bClock|bPod) != 0:
		copyDay(&r, l)
	case l.bits&dayBits == 0 && r.bits&dayBits != 0 && l.bits&(bClock|bPod) != 0:
		copyDay(&l, r)
	}
	if r.bits&dayBits == bDom && l.bits&(bMonth|bMonthRel|bYear|bYearRel) != 0 {
		r.bits |= l.bits & (bMonth | bMonthRel | bYear | bYearRel)
		r.month, r.monthRel, r.year, r.yearRel = l.month, l.monthRel, l.year, l.yearRel
	}
	if l.bits&dayBits == bDom && r.bits&(bMonth|bMonthRel|bYear|bYearRel) != 0 {
		l.bits |= r.bits & (bMonth | bMonthRel | bYear | bYearRel)
		l.month, l.monthRel, l.year, l.yearRel = r.month, r.monthRel, r.year, r.yearRel
	}
	if r.bits&dayBits == bWeekday && l.bits&bWeek != 0 {
		r.bits |= bWeek
		r.week = l.week
	}
	if l.bits&dayBits == bWeekday && r.bits&bWeek != 0 {
		l.bits |= bWeek
		l.week = r.week
	}
	// the meridiem and the part of the day
	if l.bits&bClock != 0 && r.bits&bClock != 0 {
		if l.bits&bPod == 0 && l.mer == merNone && !l.fixedClock && r.bits&bPod == 0 && r.mer == merNone && !r.fixedClock &&
			l.hour >= 7 && l.hour <= 11 && r.hour >= 1 && r.hour <= 6 {
			// 9시부터 6시까지: a working day (on the day said: 내일 10시부터
			// 4시 사이)
			ol, or := l, r
			l, _ = clockSpec(l.hour, l.minutes%60, l.hasMin, merAM)
			r, _ = clockSpec(r.hour, r.minutes%60, r.hasMin, merPM)
			copyDay(&l, ol)
			copyDay(&r, or)
		}
		if l.bits&bPod == 0 && l.mer == merNone && !l.fixedClock {
			ol := l
			rpm := r.mer == merPM || r.bits&bPod != 0 && (pods[r.pod].mer == merPM || pods[r.pod].mer == merNight)
			ram := r.mer == merAM || r.bits&bPod != 0 && pods[r.pod].mer == merAM
			// within the half day said: the minutes count (from 3 to
			// 3:30 pm starts at 3 pm, from 11 to 12:15 pm at 11 am)
			lm, rm := l.hour%12*60+l.minutes%60, r.hour%12*60+r.minutes%60
			switch {
			case rpm && lm < rm:
				l, _ = clockSpec(l.hour, l.minutes%60, l.hasMin, merPM)
			case rpm:
				l, _ = clockSpec(l.hour, l.minutes%60, l.hasMin, merAM)
			case ram && lm < rm:
				l, _ = clockSpec(l.hour, l.minutes%60, l.hasMin, merAM)
			}
			if l.bits&dayBits == 0 && ol.bits&dayBits != 0 {
				copyDay(&l, ol) // a meridiem chosen keeps the day said
			}
			if r.bits&dayBits != 0 {
				copyDay(&l, r)
			}
		}
	}
	return l, r, true
}

// ---- resolution ----------------------------------------------------------

func midnight(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
}

func daysIn(y int, m time.Month, loc *time.Location) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, loc).Day()
}

func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.Month() == b.Month() && a.Day() == b.Day()
}

// resolve turns s into a Time: relative words count from ref, and where the
// expression leaves the day open (7시, 화요일, 24일, 주말) the first one that is
// not over at notBefore is chosen.
func resolve(s spec, ref, notBefore time.Time) (Time, bool) {
	loc := ref.Location()
	notBefore = notBefore.In(loc)
	// the current minute counts as now: 10시 said at 10:00:30 is this 10:00
	notBefore = time.Date(notBefore.Year(), notBefore.Month(), notBefore.Day(), notBefore.Hour(), notBefore.Minute(), 0, 0, loc)
	today := midnight(ref)
	t := Time{HasDate: s.bits&dayBits != 0, HasTime: s.bits&bClock != 0, Approx: s.approx}
	if !validDay(s.bits) {
		return t, false
	}
	// a candidate day (or range of days) and how to step to the next
	type cand struct {
		start, end time.Time
		grain      Grain
	}
	var next func(k int) (cand, bool) // the k-th candidate, k >= 0
	fixed := func(c cand) {
		next = func(k int) (cand, bool) { return c, k == 0 }
	}
	dayC := func(d time.Time) cand { return cand{d, d.AddDate(0, 0, 1), GrainDay} }
	monday := today.AddDate(0, 0, -(isoWeekday(today) - 1))
	db := s.bits & dayBits
	if db&bDom != 0 {
		db &^= bWeekday
	}
	switch {
	case db&bAfter != 0:
		if s.afterMonths != 0 {
			fixed(dayC(today.AddDate(0, s.afterMonths, 0)))
			break
		}
		x := ref.Add(s.after)
		x = time.Date(x.Year(), x.Month(), x.Day(), x.Hour(), x.Minute(), 0, 0, loc)
		return Time{Start: x, End: x.Add(time.Minute), Grain: GrainMinute, HasDate: true, HasTime: true, Approx: s.approx}, true
	case db == bRel:
		fixed(dayC(today.AddDate(0, 0, s.rel)))
	case db&bWeek != 0 && db&bWeekday != 0:
		fixed(dayC(monday.AddDate(0, 0, 7*s.week+s.weekday-1)))
	case db&bWeek != 0 && db&bWeekend != 0:
		sat := monday.AddDate(0, 0, 7*s.week+5)
		fixed(cand{sat, sat.AddDate(0, 0, 2), GrainWeekend})
	case db == bWeek:
		m := monday.AddDate(0, 0, 7*s.week)
		fixed(cand{m, m.AddDate(0, 0, 7), GrainWeek})
	case db == bWeekend:
		next = func(k int) (cand, bool) {
			sat := monday.AddDate(0, 0, 5+7*k)
			return cand{sat, sat.AddDate(0, 0, 2), GrainWeekend}, k < 3
		}
	case db == bWeekday:
		next = func(k int) (cand, bool) {
			d := today.AddDate(0, 0, (s.weekday-isoWeekday(today)+7)%7+7*k)
			return dayC(d), k < 3
		}
	case db == bDom || db == bMonthRel|bDom:
		if db&bMonthRel != 0 {
			y, m := today.Year(), today.Month()+time.Month(s.monthRel)
			if s.dom > daysIn(y, m, loc) {
				return t, false
			}
			fixed(dayC(time.Date(y, m, s.dom, 0, 0, 0, 0, loc)))
			break
		}
		next = func(k int) (cand, bool) {
			// the k-th month from this one that has the day
			y, m := today.Year(), today.Month()
			for n := 0; n <= 24; n++ {
				if s.dom <= daysIn(y, m+time.Month(n), loc) {
					if k == 0 {
						return dayC(time.Date(y, m+time.Month(n), s.dom, 0, 0, 0, 0, loc)), true
					}
					k--
				}
			}
			return cand{}, false
		}
	case db&bMonth != 0 && db&(bYear|bYearRel) == 0:
		next = func(k int) (cand, bool) {
			y := today.Year()
			for n := 0; n <= 12; n++ {
				if db&bDom == 0 {
					if k == 0 {
						d := time.Date(y+n, time.Month(s.month), 1, 0, 0, 0, 0, loc)
						return cand{d, d.AddDate(0, 1, 0), GrainMonth}, true
					}
					k--
				} else if s.dom <= daysIn(y+n, time.Month(s.month), loc) {
					if k == 0 {
						return dayC(time.Date(y+n, time.Month(s.month), s.dom, 0, 0, 0, 0, loc)), true
					}
					k--
				}
			}
			return cand{}, false
		}
	case db&(bYear|bYearRel) != 0:
		y := s.year
		if db&bYearRel != 0 {
			y = today.Year() + s.yearRel
		}
		if y < 1 || y > 9999 {
			return t, false
		}
		switch {
		case db&bDom != 0:
			if s.dom > daysIn(y, time.Month(s.month), loc) {
				return t, false
			}
			fixed(dayC(time.Date(y, time.Month(s.month), s.dom, 0, 0, 0, 0, loc)))
		case db&bMonth != 0:
			d := time.Date(y, time.Month(s.month), 1, 0, 0, 0, 0, loc)
			fixed(cand{d, d.AddDate(0, 1, 0), GrainMonth})
		default:
			d := time.Date(y, 1, 1, 0, 0, 0, 0, loc)
			fixed(cand{d, d.AddDate(1, 0, 0), GrainYear})
		}
	case db == bMonthRel:
		d := time.Date(today.Year(), today.Month()+time.Month(s.monthRel), 1, 0, 0, 0, 0, loc)
		fixed(cand{d, d.AddDate(0, 1, 0), GrainMonth})
	case db == 0:
		next = func(k int) (cand, bool) { return dayC(today.AddDate(0, 0, k)), k < 3 }
	default:
		return t, false
	}
	tod := s.bits&(bClock|bPod) != 0
	var out Time
	found := false
	for k := 0; ; k++ {
		c, ok := next(k)
		if !ok {
			break
		}
		days := []time.Time{c.start}
		if tod && c.grain != GrainDay {
			days = days[:0]
			for d := c.start; d.Before(c.end) && len(days) < 40; d = d.AddDate(0, 0, 1) {
				days = append(days, d)
			}
		}
		for _, d := range days {
			x := Time{Start: c.start, End: c.end, Grain: c.grain}
			if tod {
				x = timeOfDay(s, d, notBefore)
			}
			if k == 0 && !found {
				out, found = x, true
			}
			pass := x.End.After(notBefore)
			if s.bits&bClock != 0 {
				pass = !x.Start.Before(notBefore)
			}
			if pass {
				out = x
				goto done
			}
		}
	}
done:
	if !found {
		return t, false
	}
	out.HasDate, out.HasTime, out.Approx = t.HasDate, t.HasTime, t.Approx
	if s.bits&bClock != 0 && !s.fixedClock && s.mer == merNone && s.bits&bPod == 0 && s.hour >= 1 && s.hour <= 12 {
		out.Ambiguous = true
	}
	return out, true
}

func isoWeekday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// timeOfDay places the part of the day or the clock of s on day d.
func timeOfDay(s spec, d time.Time, notBefore time.Time) Time {
	at := func(min int) time.Time {
		return time.Date(d.Year(), d.Month(), d.Day(), 0, min, 0, 0, d.Location())
	}
	if s.bits&bClock == 0 {
		pd := pods[s.pod]
		return Time{Start: at(pd.from), End: at(pd.to), Grain: GrainPartOfDay}
	}
	g := GrainHour
	if s.hasMin {
		g = GrainMinute
	}
	cands := clockCandidates(s)
	pick := cands[0]
	if sameDay(d, notBefore) {
		pick = cands[len(cands)-1]
		for _, m := range cands {
			if !at(m).Before(notBefore) {
				pick = m
				break
			}
		}
	}
	st := at(pick)
	end := st.Add(time.Hour)
	if g == GrainMinute {
		end = st.Add(time.Minute)
	}
	return Time{Start: st, End: end, Grain: g}
}

// clockCandidates lists the minutes after midnight the clock of s may mean,
// in order of preference (see the package doc).
func clockCandidates(s spec) []int {
	m := s.minutes
	if s.fixedClock || s.mer != merNone {
		return []int{m}
	}
	h, min := s.hour, s.minutes%60
	if s.bits&bPod != 0 {
		switch pods[s.pod].mer {
		case merAM:
			if h == 12 {
				return []int{min}
			}
			return []int{m}
		case merPM:
			if h < 12 {
				return []int{m + 12*60}
			}
			return []int{m}
		case merNoon:
			if h >= 1 && h <= 6 {
				return []int{m + 12*60}
			}
			return []int{m}
		case merNight:
			switch {
			case h >= 6 && h <= 11:
				return []int{m + 12*60}
			case h == 12:
				return []int{24*60 + min}
			case h >= 1 && h <= 5:
				return []int{24*60 + m}
			}
			return []int{m}
		}
	}
	switch {
	case h >= 1 && h <= 6:
		return []int{m + 12*60}
	case h >= 7 && h <= 11:
		return []int{m, m + 12*60}
	case h == 12:
		return []int{m, min + 24*60}
	}
	return []int{m}
}

// bareHours: two hours in digits joined by "-", "~" or "to" start at i
// (2-5, 2~5, 2 to 5), each from 1 to 12 and not a count of people or
// things.
func (p *parser) bareHours(i int) bool {
	l, ok := p.number(i)
	if !ok || l.f&fDigits == 0 || !isInt(l.v) || l.v < 1 || l.v > 12 || l.j != i+1 {
		return false
	}
	if !p.sym(l.j, "-") && !p.sym(l.j, "~") && !p.latin(l.j, "to") {
		return false
	}
	r, ok := p.number(l.j + 1)
	// (afternoon 2-3 people: a count, not hours)
	return ok && r.f&fDigits != 0 && isInt(r.v) && r.v >= 1 && r.v <= 12 && !p.isAny(r.j, cCounter, cPeople, cNight)
}
