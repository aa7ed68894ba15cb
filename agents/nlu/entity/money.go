package entity

import "strings"

// pairRules read two entities at once; they run before rules, so on equal
// spans their readings win.
var pairRules = []func(p *parser, i int) []Entity{moneyRangeRule, moneyDecadeRule}

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
		if !rok || r.f&(fNative|fEnglish) != 0 || r.f&fSino != 0 && r.f&fMag == 0 {
			return nil
		}
		cur := m1.Currency
		switch {
		case cur != "":
		case between && m1.Amount >= 1000 && r.v >= 1000:
			// between 100k and 200k, between 20000 and 30000: prices, in won
			// (hours and counts are smaller).
			m1.Currency, cur = "KRW", "KRW"
		case between && r.f&fMag != 0 && r.v >= 1000:
			// between 100 and 300k: the first end takes the second's
			// magnitude below
			cur = "KRW"
		default:
			return nil
		}
		m2, k2 = Money{Amount: int64(r.v), Currency: cur}, r.j
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

// moneyDecadeRule reads a price band as a min and a max: 3만원대 is 30,000 to
// 39,999 won, 만원대 10,000 to 19,999 — the band is the amount's last
// nonzero place. The min covers the amount, the max the 대.
func moneyDecadeRule(p *parser, i int) []Entity {
	if i > 0 && (p.sym(i-1, "~") || p.sym(i-1, "-") || p.isAny(i-1, cFrom)) {
		return nil // 10~20만원대: a range's end, read by moneyRangeRule
	}
	if t := p.tok(i); i > 0 && t != nil && !t.sp {
		return nil // glued to what comes before: 20만원대 read from 만
	}
	m, k, ok := p.amount(i, false)
	if !ok || m.Currency != "KRW" || m.Amount < 1000 || !p.boundWordGlued(k) || !strings.HasPrefix(p.tok(k).s, "대") {
		return nil
	}
	step := int64(1)
	for v := m.Amount; v%10 == 0; v /= 10 {
		step *= 10
	}
	lo, hi := m, m
	lo.Bound, hi.Bound = "min", "max"
	hi.Amount = m.Amount + step - 1
	a, b := p.span(KindMoney, i, k), p.span(KindMoney, k, k+1)
	b.End = b.Start + len("대")
	a.Money, b.Money = &lo, &hi
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
	if t.s == "spend" || t.s == "spending" {
		// "I can spend 30k", "spending 50,000 won at most": what may be
		// spent is a ceiling, as a budget is.
		return 0, i + 1
	}
	if j := p.budget(i); j > i {
		// "budget is 30000 won", "예산은 3만원이야": a budget is what may
		// be spent at most, the same bound as 이하 or "up to".
		return 0, j
	}
	return -1, i
}

// budget reads the words that name an amount as a budget — "budget is",
// "my budget's about", "budget of", "예산은", "예산 한" — and returns where
// the amount starts (i when there is none).
func (p *parser) budget(i int) int {
	t := p.tok(i)
	switch {
	case t == nil:
		return i
	case t.k == tHangul:
		// 예산, 예산은, 예산이, 예산으로, 예산은요
		if !strings.HasPrefix(t.s, "예산") || len(t.s) > len("예산으로") {
			return i
		}
		j := i + 1
		if n := p.tok(j); n != nil && (n.s == "한" || n.s == "대략" || n.s == "약" || n.s == "최대") {
			j++
		}
		return j
	case t.s == "budget" || t.s == "budget's" || t.s == "budgets":
		j := i + 1
		for n := 0; n < 3; n++ {
			nt := p.tok(j)
			if nt == nil {
				break
			}
			switch nt.s {
			case "is", "of", "'s", "s", ":", "was", "around", "about", "roughly", "approximately", "like", "maybe":
				j++
				continue
			}
			break
		}
		return j
	}
	return i
}

// boundAfter reads a bound after an amount: 이하, 까지, 미만, 이상, 넘지 않는, or less, or more, max, to spend.
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
	if t.s == "to" && p.latin(k+1, "spend") {
		// "25k to spend", "30000 won to spend on shoes": a ceiling
		return 0, k + 2
	}
	if t.s == "넘지" {
		if n := p.tok(k + 1); n != nil && n.k == tHangul && len(n.s) >= 3 && n.s[:3] == "않" {
			return 0, k + 2
		}
		return -1, k
	}
	if t.s == "안" {
		// 20만원 안 넘는 / 안 넘게 / 안 넘어: not over it, a ceiling.
		if n := p.tok(k + 1); n != nil && strings.HasPrefix(n.s, "넘") {
			return 0, k + 2
		}
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
		if boundSaid && r.f&(fEnglish|fMag) == 0 && v >= 1000 && v == float64(int64(v)) {
			// "under 40000", "less than 25000": a bare price of four digits
			// or more after a bound is won (a count or an hour is smaller).
			return Money{Amount: int64(v)}, k, true
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
