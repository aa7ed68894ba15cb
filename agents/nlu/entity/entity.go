package entity

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// Kind is what an entity is.
type Kind string

// The kinds of entity Parse finds.
const (
	KindTime     Kind = "time"     // a date, a time of day, a date+time, or an interval of them
	KindDuration Kind = "duration" // 한 시간, 1시간 반, 45 minutes, 2박 3일 (Nights=2, Days=3)
	KindNumber   Kind = "number"   // 세 명, 네 분, 다섯, 3, twelve  (a count of people carries Unit "person")
	KindMoney    Kind = "money"    // 3만원 이하/안쪽/미만/까지, under ₩30,000, 28,400원
	KindOrdinal  Kind = "ordinal"  // 첫 번째, 2번째 거, 2번, the first one, second
)

// Entity is one thing found in the text.
type Entity struct {
	Kind       Kind
	Start, End int    // byte offsets of the matched text in the input
	Text       string // text[Start:End]

	Time     *Time     // KindTime
	Duration *Duration // KindDuration
	Number   *Number   // KindNumber
	Money    *Money    // KindMoney
	Ordinal  int       // KindOrdinal: 1-based; negative counts from the end: LastOrdinal (-1) is 마지막 / "the last one", -2 마지막에서 두 번째 / "second to last"
}

// LastOrdinal is the Ordinal of 마지막 / "the last one": the position counted from the end.
const LastOrdinal = -1

// Grain is the precision of a Time.
type Grain string

// The grains of a Time.
const (
	GrainMinute    Grain = "minute"
	GrainHour      Grain = "hour"
	GrainPartOfDay Grain = "part_of_day"
	GrainDay       Grain = "day"
	GrainWeek      Grain = "week"
	GrainWeekend   Grain = "weekend"
	GrainMonth     Grain = "month"
	GrainYear      Grain = "year" // 내년, 2027년 (added to the fixed API)
)

// Time is a point at a grain, or an interval. Everything is in ref's location.
type Time struct {
	Start    time.Time // first instant (midnight for a day grain)
	End      time.Time // exclusive end: Start + one grain, or the end of the interval
	Grain    Grain
	HasDate  bool // a day was said (내일, 12월 3일, next Monday)
	HasTime  bool // a clock time was said (7시 반, 7pm, 정오)
	Approx   bool // "around 7", "7시쯤"
	Interval bool // a range was said (월~수, from 3 to 5pm, 3일부터 5일까지)

	// Ambiguous (added to the fixed API): an hour from 1 to 12 was said with no
	// 오전/오후/am/pm and no part of the day, so Start is the reading chosen by
	// the rules in the package doc and Start±12h is the other one. A dialogue
	// may confirm it ("오전 7시요, 오후 7시요?").
	Ambiguous bool
}

// Duration is a length of time. Nights and Days are set for stays (2박 3일, 3박, "three nights")
// and for counts of days (3일간, 사흘 동안); Value is then Days×24h, or Nights×24h without days.
type Duration struct {
	Value        time.Duration
	Nights, Days int
}

// Number is a count, with the unit its counter word names.
// Units: "person" (명, 분, 인, 사람, people, guests), "item" (개, items), "times" (두 번),
// "portion" (인분), "cup" (잔), "bottle" (병), "bowl" (그릇), "ticket" (장, tickets),
// "room" (rooms, 객실), "" (no counter). Nights (3박, "three nights") are
// read as a Duration with Nights set, never as a Number of unit "night".
type Number struct {
	Value float64
	Unit  string
	// Min (added to the fixed API) is the lower end of a range of counts —
	// 두세 명, 서너 명, 2~3명, "3-4 people", "2 or 3 people" — whose upper end
	// is Value; 0 when one count was said.
	Min float64
}

// Money is an amount, possibly a bound on a price.
type Money struct {
	Amount   int64  // in the currency's main unit: won for KRW, whole dollars for USD (cents are dropped)
	Currency string // "KRW", "USD"
	Bound    string // "" exact, "max" (이하/까지/under/at most/안쪽/미만/below/less than), "min" (이상/over/at least)
	Strict   bool   // the bound itself is excluded: 미만/under/less than/below, 초과/over/more than/above
}

// String renders e in the one-line form the corpus tests use, e.g.
//
//	time "내일 저녁 7시 반" 2026-12-07T19:30 minute date clock
//	money "3만원 이하" 30000 KRW max
func (e Entity) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %q", e.Kind, e.Text)
	switch e.Kind {
	case KindTime:
		if e.Time != nil {
			b.WriteString(" " + e.Time.String())
		}
	case KindDuration:
		if d := e.Duration; d != nil {
			b.WriteString(" " + d.Value.String())
			if d.Nights > 0 {
				fmt.Fprintf(&b, " nights=%d", d.Nights)
			}
			if d.Days > 0 {
				fmt.Fprintf(&b, " days=%d", d.Days)
			}
		}
	case KindNumber:
		if n := e.Number; n != nil {
			if n.Min != 0 {
				fmt.Fprintf(&b, " %g..%g", n.Min, n.Value)
			} else {
				fmt.Fprintf(&b, " %g", n.Value)
			}
			if n.Unit != "" {
				b.WriteString(" " + n.Unit)
			}
		}
	case KindMoney:
		if m := e.Money; m != nil {
			fmt.Fprintf(&b, " %d %s", m.Amount, m.Currency)
			if m.Bound != "" {
				b.WriteString(" " + m.Bound)
			}
			if m.Strict {
				b.WriteString(" strict")
			}
		}
	case KindOrdinal:
		fmt.Fprintf(&b, " %d", e.Ordinal)
	}
	return b.String()
}

// String renders t as START[..END] GRAIN FLAGS; END is shown only when it is
// not START plus one grain. Clock times are shown when the grain is finer than
// a day or the instants are not midnight.
func (t Time) String() string {
	clock := t.Grain == GrainMinute || t.Grain == GrainHour || t.Grain == GrainPartOfDay ||
		!isMidnight(t.Start) || !isMidnight(t.End)
	f := func(x time.Time) string {
		if clock {
			return x.Format("2006-01-02T15:04")
		}
		return x.Format("2006-01-02")
	}
	s := f(t.Start)
	if t.Interval || !t.End.Equal(addGrain(t.Start, t.Grain)) {
		s += ".." + f(t.End)
	}
	s += " " + string(t.Grain)
	for _, fl := range []struct {
		on   bool
		name string
	}{{t.HasDate, "date"}, {t.HasTime, "clock"}, {t.Approx, "approx"}, {t.Interval, "interval"}, {t.Ambiguous, "ambiguous"}} {
		if fl.on {
			s += " " + fl.name
		}
	}
	return s
}

func isMidnight(t time.Time) bool { return t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 }

// addGrain is t plus one grain (part_of_day has no fixed length: t itself).
func addGrain(t time.Time, g Grain) time.Time {
	switch g {
	case GrainMinute:
		return t.Add(time.Minute)
	case GrainHour:
		return t.Add(time.Hour)
	case GrainDay:
		return t.AddDate(0, 0, 1)
	case GrainWeek:
		return t.AddDate(0, 0, 7)
	case GrainWeekend:
		return t.AddDate(0, 0, 2)
	case GrainMonth:
		return t.AddDate(0, 1, 0)
	case GrainYear:
		return t.AddDate(1, 0, 0)
	}
	return t
}

// Parse finds every entity in text (Korean, English or mixed), resolving relative expressions against ref
// (ref's Location is the world's time zone: ALL date arithmetic happens in ref.Location(); never time.Local).
// Entities do not overlap; they are sorted by Start. Parse never panics, whatever the input.
func Parse(text string, ref time.Time) []Entity {
	p := newParser(text, ref)
	var cands []Entity
	for i := range p.toks {
		for _, r := range pairRules {
			for _, e := range r(p, i) {
				if e.End > e.Start {
					cands = append(cands, e)
				}
			}
		}
		for _, r := range rules {
			if e, ok := r(p, i); ok && e.End > e.Start {
				cands = append(cands, e)
			}
		}
	}
	return pick(text, cands)
}

// pick keeps the longest candidates that do not overlap (ties: the earlier
// start, then the earlier rule), sorted by Start. Length is counted in
// letters, not bytes: a Hangul syllable is three bytes, so by bytes "오후 6시
// 크리스마스" outweighed "12월 24일 오후 6시" and the party was put on the 25th.
func pick(text string, cands []Entity) []Entity {
	order := make([]int, len(cands))
	runes := make([]int, len(cands))
	for i := range order {
		order[i] = i
		runes[i] = utf8.RuneCountInString(text[cands[i].Start:min(cands[i].End, len(text))])
	}
	sort.SliceStable(order, func(a, b int) bool {
		x, y := cands[order[a]], cands[order[b]]
		if lx, ly := runes[order[a]], runes[order[b]]; lx != ly {
			return lx > ly
		}
		return x.Start < y.Start
	})
	var out []Entity
	taken := make([]bool, len(text)) // bytes covered by a kept entity
	for _, i := range order {
		c := cands[i]
		free := true
		for b := c.Start; b < c.End; b++ {
			if taken[b] {
				free = false
				break
			}
		}
		if free {
			for b := c.Start; b < c.End; b++ {
				taken[b] = true
			}
			c.Text = text[c.Start:c.End]
			out = append(out, c)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}
