package entity

import (
	"strings"
	"time"
)

func durationRule(p *parser, i int) (Entity, bool) {
	d, j, ok := p.duration(i)
	if !ok {
		return Entity{}, false
	}
	// "3일 뒤", "in 2 hours": a time, read by the time rule.
	e := p.span(KindDuration, i, j)
	e.Duration = &d
	return e, true
}

const day = 24 * time.Hour

// duration reads a length of time at i.
func (p *parser) duration(i int) (Duration, int, bool) {
	t := p.tok(i)
	if t == nil {
		return Duration{}, i, false
	}
	// half an hour, a half hour
	if t.s == "half" && p.isAny(i+1, cEnA) && p.isAny(i+2, cHours) {
		return Duration{Value: 30 * time.Minute}, i + 3, true
	}
	if _, ok := t.has(cEnA); ok && p.latin(i+1, "half") && p.isAny(i+2, cHours) {
		return Duration{Value: 30 * time.Minute}, i + 3, true
	}
	// a free half hour, a half-hour call
	if t.s == "half" && p.isAny(i+1, cHours) {
		return Duration{Value: 30 * time.Minute}, i + 2, true
	}
	if t.s == "half" && p.sym(i+1, "-") && p.isAny(i+2, cHours) {
		return Duration{Value: 30 * time.Minute}, i + 3, true
	}
	// 하룻밤: one night's stay
	if _, ok := t.has(cOneNight); ok && p.wordStarts(i) {
		return Duration{Value: day, Nights: 1}, i + 1, true
	}
	// 하루, 이틀, 사흘, 일주일 [동안]
	if s, ok := t.has(cDayCount); ok && p.wordStarts(i) {
		j := i + 1
		if p.isAny(j, cFor) {
			j++
		}
		return Duration{Value: time.Duration(s.v) * day, Days: s.v}, j, true
	}
	var n numRead
	var found bool
	for _, r := range p.numbers(i) {
		if r.f&fSino != 0 && r.f&fMag == 0 && r.j == i+1 && !p.isAny(r.j, cNight) {
			continue
		}
		if _, ok := p.durUnit(r.j); ok {
			n, found = r, true
			break
		}
		// two and a half hours
		if p.isAny(r.j, cAnd) && p.isAny(r.j+1, cEnA) && p.latin(r.j+2, "half") && p.isAny(r.j+3, cHours) {
			n, found = numRead{r.v + 0.5, r.j + 3, r.f}, true
			break
		}
	}
	if !found && t.k == tWord {
		if _, ok := t.has(cEnA); ok && p.isAny(i+1, cHours, cMinute, cDay, cWeekUnit, cMonthUnit, cNight) {
			n, found = numRead{1, i + 1, fEnglish}, true
		}
		// a couple of hours
		if _, ok := t.has(cEnA); ok && p.latin(i+1, "couple") && p.isAny(i+2, cOf) {
			if _, ok := p.durUnit(i + 3); ok {
				n, found = numRead{2, i + 3, fEnglish}, true
			}
		}
	}
	if !found || n.v <= 0 || n.v > 10000 {
		return Duration{}, i, false
	}
	if !p.wordStarts(i) {
		return Duration{}, i, false
	}
	u, _ := p.durUnit(n.j)
	j := n.j + 1
	if p.sym(n.j, "-") {
		j++
	}
	var d Duration
	switch u {
	case cHours:
		d.Value = time.Duration(n.v * float64(time.Hour))
		// 1시간 반, an hour and a half, 1시간 30분, 1 hour 30 minutes
		if p.isAny(j, cHalf) && p.tok(j).s == "반" {
			d.Value += 30 * time.Minute
			j++
		} else if p.isAny(j, cAnd) && p.isAny(j+1, cEnA) && p.latin(j+2, "half") {
			d.Value += 30 * time.Minute
			j += 3
		} else if m, ok := p.number(j); ok && m.f&fNative == 0 && p.isAny(m.j, cMinute) && m.v < 60 {
			d.Value += time.Duration(m.v) * time.Minute
			j = m.j + 1
		} else if m, ok := p.number(j + 1); ok && p.isAny(j, cAnd) && m.f&fNative == 0 && p.isAny(m.j, cMinute) && m.v < 60 {
			d.Value += time.Duration(m.v) * time.Minute
			j = m.j + 1
		}
	case cHalf:
		return Duration{}, i, false
	case cMinute:
		if n.f&fNative != 0 || n.f&fDigits != 0 && p.tok(n.j).s == "분" && p.seatFollows(n.j+1) {
			return Duration{}, i, false // 세 분, 4분 자리: people
		}
		d.Value = time.Duration(n.v * float64(time.Minute))
	case cSecond:
		d.Value = time.Duration(n.v * float64(time.Second))
	case cDay:
		if !isInt(n.v) {
			return Duration{}, i, false
		}
		// N일 is a date unless 동안/간/짜리 or "days" says a length, or
		// it bounds a span from now: "3일 안에", "5일 이내", "앞으로 3일"
		if p.tok(n.j).s == "일" && !p.isAny(j, cFor) && !p.daysWithin(i, j) {
			return Duration{}, i, false
		}
		d.Days = int(n.v)
		d.Value = time.Duration(d.Days) * day
	case cNight:
		if !isInt(n.v) {
			return Duration{}, i, false
		}
		d.Nights = int(n.v)
		d.Value = time.Duration(d.Nights) * day
		// 2박 3일
		if m, ok := p.number(j); ok && isInt(m.v) && m.f&(fDigits|fSino) != 0 && p.isAny(m.j, cDay) {
			d.Days = int(m.v)
			d.Value = time.Duration(d.Days) * day
			j = m.j + 1
		}
	case cWeekUnit:
		if p.tok(n.j).s == "주" && !p.isAny(j, cFor) && !p.latin(j, "일") {
			return Duration{}, i, false
		}
		d.Days = int(n.v * 7)
		d.Value = time.Duration(d.Days) * day
	case cMonthUnit:
		if p.tok(n.j).s == "달" && n.f&fNative == 0 {
			return Duration{}, i, false
		}
		d.Days = int(n.v * 30)
		d.Value = time.Duration(d.Days) * day
	}
	if p.isAny(j, cFor) && p.tok(j).s[0] >= 0x80 {
		j++ // 동안, 간, 짜리
	}
	if d.Value <= 0 {
		return Duration{}, i, false
	}
	return d, j, true
}

// durUnit is the unit word of a duration at j (a hyphen may come first: 30-minute).
func (p *parser) durUnit(j int) (cat, bool) {
	if p.sym(j, "-") && !p.spaced(j) {
		j++
	}
	for _, c := range []cat{cHours, cMinute, cSecond, cDay, cNight, cWeekUnit, cMonthUnit} {
		if _, ok := p.is(j, c); ok {
			return c, true
		}
	}
	return cNone, false
}

// daysWithin: the days counted at i..j-1 ("3일") bound a span from now —
// 안에/내에/이내/내로 after them ("3일 안에", "5일 이내로") or 앞으로/향후
// before them ("앞으로 3일", "향후 5일") — a length, not the 3rd of a month.
func (p *parser) daysWithin(i, j int) bool {
	if i < 0 || j > len(p.toks) || j <= i {
		return false
	}
	after := p.text[p.toks[j-1].end:]
	if len(after) > 0 && after[0] == ' ' && p.toks[i].v <= 14 { // (24일 안에: by the 24th)
		after = strings.TrimLeft(after, " ")
		for _, w := range []string{"안에", "안으로", "이내", "내에", "내로"} {
			if strings.HasPrefix(after, w) {
				return true
			}
		}
	}
	before := strings.TrimRight(p.text[:p.toks[i].start], " ")
	if len(before) < len(p.text[:p.toks[i].start]) {
		for _, w := range []string{"앞으로", "향후"} {
			if strings.HasSuffix(before, w) && (len(before) == len(w) || before[len(before)-len(w)-1] == ' ') {
				return true
			}
		}
	}
	return false
}
