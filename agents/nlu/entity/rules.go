package entity

import (
	"strings"
	"time"
)

// A rule reads one kind of entity starting at token i.
type rule func(p *parser, i int) (Entity, bool)

// rules in priority order: when two readings cover the same text, the earlier wins.
var rules = []rule{timeRule, durationRule, moneyRule, ordinalRule, numberRule}

// span is the entity covering tokens i..j-1.
func (p *parser) span(k Kind, i, j int) Entity {
	return Entity{Kind: k, Start: p.toks[i].start, End: p.toks[j-1].end}
}

// ---- numbers -------------------------------------------------------------

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

// ---- ordinals ------------------------------------------------------------

func ordinalRule(p *parser, i int) (Entity, bool) {
	t := p.tok(i)
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
		}
	}
	if t.s == "처음" && p.isAny(i+1, cOne) {
		return end(1, i+1)
	}
	if t.s == "마지막" {
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
		if r.f&fDigits != 0 && r.j == i+1 && p.ordSuffix(r.j, n) && n <= 10 && !p.dateContext(i, r.j+1) {
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

// ---- money ---------------------------------------------------------------

// pairRules read two entities at once; they run before rules, so on equal
// spans their readings win.
var pairRules = []func(p *parser, i int) []Entity{moneyRangeRule}

// moneyRangeRule reads a price range as a min and a max: 2만원에서 3만원 사이,
// 2만~3만원, between $20 and $30, 20,000 to 30,000 won.
func moneyRangeRule(p *parser, i int) []Entity {
	j := i
	between := false
	if t := p.tok(i); t != nil && t.s == "between" {
		between = true
		j++
	}
	m1, k1, ok := p.amount(j, false)
	if !ok || m1.Currency == "" {
		r, rok := p.number(j)
		if !rok || r.f&(fNative|fEnglish) != 0 || r.f&fSino != 0 && r.f&fMag == 0 {
			return nil
		}
		m1, k1 = Money{Amount: int64(r.v)}, r.j
	}
	k := k1
	switch {
	case between:
		if !p.isAny(k, cAnd) {
			return nil
		}
		k++
	case p.isAny(k, cFrom) && p.tok(k).s != "from", p.sym(k, "~"), p.sym(k, "-"), p.isAny(k, cTo) && p.tok(k).s == "to":
		k++
	default:
		return nil
	}
	m2, k2, ok := p.amount(k, false)
	if !ok || m2.Currency == "" {
		// $30-40: the second amount takes the first's currency
		r, rok := p.number(k)
		if m1.Currency == "" || !rok || r.f&(fNative|fEnglish) != 0 || r.f&fSino != 0 && r.f&fMag == 0 {
			return nil
		}
		m2, k2 = Money{Amount: int64(r.v), Currency: m1.Currency}, r.j
	}
	if m1.Currency == "" {
		m1.Currency = m2.Currency
		// 3~5만원: the first number takes the second's magnitude
		for _, mag := range []int64{100000000, 10000, 1000} {
			if m1.Amount > 0 && m1.Amount < 1000 && m2.Amount%mag == 0 && m1.Amount*mag <= m2.Amount && m1.Amount*mag*10 > m2.Amount {
				m1.Amount *= mag
				break
			}
		}
	}
	if m1.Currency != m2.Currency || m2.Amount < m1.Amount {
		return nil
	}
	if p.isAny(k2, cBetween) || p.isAny(k2, cUntil) && p.tok(k2).s == "까지" {
		k2++
	}
	m1.Bound, m2.Bound = "min", "max"
	a, b := p.span(KindMoney, i, k1), p.span(KindMoney, k, k2)
	a.Money, b.Money = &m1, &m2
	return []Entity{a, b}
}

func moneyRule(p *parser, i int) (Entity, bool) {
	// a bound said first: under ₩30,000, less than 30000 won, at most $50, 최대 3만원
	b, j := p.boundBefore(i)
	m, k, ok := p.amount(j, b >= 0)
	if !ok {
		return Entity{}, false
	}
	if b < 0 {
		if b2, k2 := p.boundAfter(k); b2 >= 0 {
			b, k = b2, k2
		}
	}
	if m.Currency == "" {
		if b < 0 {
			return Entity{}, false
		}
		m.Currency = "KRW"
	}
	if b >= 0 {
		m.Bound, m.Strict = bounds[b].kind, bounds[b].strict
	}
	e := p.span(KindMoney, i, k)
	e.Money = &m
	return e, true
}

// boundBefore reads an English or Korean bound before an amount; -1 if none.
func (p *parser) boundBefore(i int) (int, int) {
	t := p.tok(i)
	if t == nil {
		return -1, i
	}
	two := func(a, b string) bool { return t.s == a && p.latin(i+1, b) }
	switch {
	case two("less", "than"), two("fewer", "than"):
		return 1, i + 2
	case two("more", "than"):
		return 3, i + 2
	case two("at", "most"), two("up", "to"):
		return 0, i + 2
	case two("at", "least"):
		return 2, i + 2
	case t.s == "no" || t.s == "not":
		if p.latin(i+1, "more") && p.latin(i+2, "than") {
			return 0, i + 3
		}
		if p.latin(i+1, "less") && p.latin(i+2, "than") {
			return 2, i + 3
		}
	}
	if s, ok := t.has(cBoundPre); ok {
		return s.v, i + 1
	}
	return -1, i
}

// boundAfter reads a bound after an amount: 이하, 까지, 미만, 이상, 넘지 않는, or less, or more, max.
func (p *parser) boundAfter(k int) (int, int) {
	t := p.tok(k)
	if t == nil {
		return -1, k
	}
	if t.s == "or" || t.s == "and" {
		switch n := p.tok(k + 1); {
		case n == nil:
		case n.s == "less" || n.s == "fewer" || n.s == "under" || n.s == "below" || n.s == "lower" || n.s == "cheaper":
			return 0, k + 2
		case n.s == "more" || n.s == "above" || n.s == "over" || n.s == "higher":
			return 2, k + 2
		}
		return -1, k
	}
	if t.s == "넘지" {
		if n := p.tok(k + 1); n != nil && n.k == tHangul && len(n.s) >= 3 && n.s[:3] == "않" {
			return 0, k + 2
		}
		return -1, k
	}
	if s, ok := t.has(cBound); ok {
		if t.s[0] >= 0x80 && t.s != "까지" && !p.wordEnds(k+1) {
			return -1, k
		}
		if t.s == "안" {
			// 3만원 안으로 / 안에서 / 안쪽: "안" alone must be followed by a particle.
			if n := p.tok(k + 1); n == nil || n.sp || n.k != tHangul {
				return -1, k
			}
		}
		return s.v, k + 1
	}
	return -1, k
}

// amount reads ₩30,000, $50, 3만원, 28,400원, 30000 won, 50 dollars, 30k won,
// and with bare (a bound around it) a Korean amount with a magnitude (3만 이하).
func (p *parser) amount(i int, boundSaid bool) (Money, int, bool) {
	t := p.tok(i)
	if t == nil {
		return Money{}, i, false
	}
	cur := ""
	j := i
	switch {
	case t.k == tSym && (t.s == "₩" || t.s == "$"):
		cur = "KRW"
		if t.s == "$" {
			cur = "USD"
		}
		j++
	case t.s == "krw" || t.s == "usd":
		cur = "KRW"
		if t.s == "usd" {
			cur = "USD"
		}
		j++
	}
	for _, r := range p.numbers(j) {
		v, k := r.v, r.j
		if r.f&fNative != 0 {
			continue
		}
		if r.f&fSino != 0 && r.f&fMag == 0 {
			continue
		}
		if cur != "" {
			if p.isAny(k, cWon) || p.isAny(k, cDollar) {
				k++
			}
			return money(v, cur), k, true
		}
		if p.isAny(k, cWon) {
			if p.tok(k).s == "원" && !p.wordEnds(k+1) && !p.isAny(k+1, cBound) && !p.boundWordGlued(k+1) {
				continue
			}
			return money(v, "KRW"), k + 1, true
		}
		if p.isAny(k, cDollar) {
			return money(v, "USD"), k + 1, true
		}
		if r.f&fMag != 0 && r.f&fEnglish == 0 {
			if boundSaid {
				return Money{Amount: int64(v)}, k, true // under 30k, 최대 3만
			}
			if b, _ := p.boundAfter(k); b >= 0 && p.tok(k) != nil {
				return Money{Amount: int64(v)}, k, true
			}
		}
	}
	return Money{}, i, false
}

func (p *parser) boundWordGlued(k int) bool {
	t := p.tok(k)
	return t != nil && t.k == tHangul && len(t.s) >= 3 && (t.s[:3] == "짜" || t.s[:3] == "대")
}

func money(v float64, cur string) Money {
	return Money{Amount: int64(v), Currency: cur}
}

// ---- durations -----------------------------------------------------------

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
		// N일 is a date unless 동안/간/짜리 or "days" says a length
		if p.tok(n.j).s == "일" && !p.isAny(j, cFor) {
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
