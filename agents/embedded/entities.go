package embedded

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/madang-world/madang/agents/nlu/entity"
)

// ents is what the built-in entity parsers found in one utterance, in the
// form slots read them. All date arithmetic happens in now's location (the
// world's time zone), never the process's.
type ents struct {
	date, dateEnd  string // YYYY-MM-DD
	interval       bool   // the days were said as a range ("24일부터 27일까지"), not a week or month
	clockRange     bool   // winFrom–winTo are clock times said as a range ("3 to 5pm"), not a part of the day
	time           string // HH:MM, a clock time said
	timeAmbiguous  bool   // said without 오전/오후/am/pm (see entity.Time.Ambiguous)
	winFrom, winTo string // HH:MM, a part of the day said ("오후")
	people         string
	nights         string
	spanDays       string // a count of days said from a day on ("오늘부터 사흘"): a stay's nights when no nights are said
	minutes        string
	reminder       string // minutes before ("30분 전에 알려줘", "15 minutes before")
	place, placeAt string // where it is ("강남역") and the words that said it ("강남역에서")
	src            string // the text parsed
	moneyMax       string
	moneyMin       string
	moneySaid      string // the amount said roughly, when moneyMax is a soft budget over it
	items          string // a count of things ("두 개")
	itemsBare      bool   // items is a number said without its counter ("하나", "one beanie")
	ordinal        int    // 1-based; -1 last
	bareHour       int    // an hour said as a bare number where a time goes ("move it to 4", "make it 6 instead"); 0 if none
	numbers        []int
	names          []string
	spans          [][2]int // byte ranges of the entities found
}

// orDays are the words between two days said as a choice.
var orDays = map[string]bool{"이나": true, "나": true, "아니면": true, "또는": true, "혹은": true, "or": true, "이나 아니면": true, "or maybe": true,
	// "내일이랑 모레", "금요일하고 토요일", "tomorrow and friday": both days,
	// so the days from the first to the last as well.
	"이랑": true, "랑": true, "하고": true, "과": true, "와": true, "and": true, "&": true}

func parseEntities(text string, now time.Time) ents {
	return entsOf(text, entity.Parse(text, now), now)
}

// entsOf is parseEntities of a text whose entities es are already parsed.
// orderFirstRe ends in "first" after a superlative or an order of
// price, rating or date ("cheapest first", "most expensive ones first",
// "low to high first"): an order, not a place in the list.
var orderFirstRe = regexp.MustCompile(`(?i)(?:\b[a-z]+est|\b(?:most|least|high(?:er)?|low(?:er)?|top|best)[\s-]+[a-z]+)\s+(?:(?:ones?|items?|products?|things?|options?)\s+)?first\s*$`)

// firstThenRe: "first" that orders the user's requests ("first, book me
// a table", "first of all find me…"), at the start of the span; "the
// first, but make it 7" is still the first item.
var (
	firstThenRe = regexp.MustCompile(`^(?i)first(?:\s+of\s+all)?\s*[,:–—-]?\s*(?:book|find|get|show|reserve|check|cancel|look|can|could|i|i'd|we|please\s+(?:book|find|get|show|reserve))\b`)
	theBeforeRe = regexp.MustCompile(`(?i)\b(?:the|that|this)\s*$`)
)

func firstThen(text string, at int) bool {
	return at >= 0 && at <= len(text) && firstThenRe.MatchString(text[at:]) && !theBeforeRe.MatchString(text[:at])
}

func entsOf(text string, es []entity.Entity, now time.Time) ents {
	var e ents
	today := now.Format("2006-01-02")
	weekOf := "" // the first day of a week said alone ("next week"), for a weekday said apart
	// "알림은 15분 전": a reminder's lead time, which the parser reads as
	// a time (15 minutes ago).
	// The regexps below run only on a text holding something every match
	// of theirs must contain (TestEntsGates): an ASCII digit for \d, an
	// ASCII letter for the English ones, a word for the Korean ones.
	digits, latin := hasDigit(text), hasLatin(text)
	var remind []int
	if digits {
		remind = koRemindAfterRe.FindStringSubmatchIndex(text)
	}
	if k := strings.Index(text, "말고"); k > 0 {
		es = replaced(es, k)
	}
	if k := correctedAt(text); k > 0 {
		// "2번 담아 아니 3번으로", "add #1, no wait, the second one",
		// "7시 아니다 8시로": what follows the correction replaces what
		// came before it (a new user's trial added #2 and #1).
		es = replaced(es, k)
	}
	bare := ""          // a count said without a counter that reads as how many things ("라면 하나", "one beanie")
	peopleSome := false // e.people came from "한 명 있어서": some of the party (see someRe)
	itemsHad := false   // e.items came from "10개는 너무 많다": what there is (see tooManyRe)
	dayEnd := -1        // where the day read into e.date was said, for "내일이나 모레"
	for _, x := range es {
		if x.Kind == entity.KindTime && x.Time.HasDate && !x.Time.HasTime && e.date != "" && e.time != "" && dayEnd >= 0 &&
			!orDays[strings.TrimSpace(text[dayEnd:x.Start])] {
			// "12월 24일 저녁 6시 크리스마스 파티": a day named after the day
			// and time already said is what the event is, not when.
			continue
		}
		if remind != nil && x.Start >= remind[0] && x.End <= remind[1] {
			continue
		}
		if x.Kind == entity.KindTime && (koIncludedRe.MatchString(text[x.End:]) || enIncludedRe.MatchString(text[:x.Start]) ||
			x.Time.Grain == entity.GrainWeekend && (koWeekendOkRe.MatchString(text[x.End:]) || enWeekendOkRe.MatchString(text[x.End:]))) {
			continue // "주말 포함해서 이번 주 안에": which days count, not when
		}
		if x.Kind == entity.KindNumber && (x.Start > 0 && text[x.Start-1] == ':' || x.End < len(text) && text[x.End] == ':') {
			continue // "1:1 미팅": a one-on-one, not two numbers
		}
		e.spans = append(e.spans, [2]int{x.Start, x.End})
		switch x.Kind {
		case entity.KindTime:
			tm := x.Time
			if tm.HasTime && !tm.Interval && e.winFrom == "" && (koNotBeforeClockRe.MatchString(text[x.End:]) || enNotBeforeClockRe.MatchString(text[:x.Start])) {
				// "not before 10am", "no earlier than 9:30", "10시 전은 안
				// 돼요": the start of a window, not its end (und17b: the
				// blind set post16's "not before 10am" was read as the
				// day's end, "before 10am").
				e.winFrom = tm.Start.Format("15:04")
				if tm.HasDate && e.date == "" {
					e.date = tm.Start.Format("2006-01-02")
					e.dateEnd = e.date
					dayEnd = x.End
				}
				continue
			}
			if tm.HasTime && !tm.Interval && e.winTo == "" && (koBeforeClockRe.MatchString(text[x.End:]) || enBeforeClockRe.MatchString(text[:x.Start])) {
				// "저녁 6시 전까지", "before 6pm": the end of a window, not a
				// time; the day it carries ("6pm tomorrow") still counts.
				e.winTo = tm.Start.Format("15:04")
				if tm.HasDate && e.date == "" {
					e.date = tm.Start.Format("2006-01-02")
					e.dateEnd = e.date
					dayEnd = x.End
				}
				continue
			}
			if tm.HasDate && e.date != "" && dayEnd >= 0 && !tm.HasTime && orDays[strings.TrimSpace(text[dayEnd:x.Start])] {
				// "내일이나 모레", "friday or saturday": either day, so the
				// days from the first to the last said.
				lastT := tm.End.Add(-time.Nanosecond)
				if first, err := time.ParseInLocation("2006-01-02", e.date, lastT.Location()); err == nil && lastT.Before(first) && first.Sub(lastT) < 7*24*time.Hour {
					// "다음주 화요일이나 수요일": the second weekday is of the
					// first one's week, not this week's.
					lastT = lastT.AddDate(0, 0, 7)
				}
				if last := lastT.Format("2006-01-02"); last > e.dateEnd {
					e.dateEnd = last
				}
				dayEnd = x.End
			}
			if tm.HasDate && !tm.Interval && !tm.HasTime && e.date != "" && (enCheckOutRe.MatchString(text[:x.Start]) || koCheckOutRe.MatchString(text[x.End:])) {
				// "31일 체크인해서 새해 첫날 체크아웃", "checking out on the
				// 3rd": the stay ends that day, so many nights after the first.
				if out := tm.Start.Format("2006-01-02"); out > e.date {
					e.dateEnd = out
					e.interval = true
					continue
				}
			}
			if tm.HasDate && !tm.Interval && !tm.HasTime && e.date != "" && e.date == e.dateEnd && !e.interval && e.time == "" &&
				(enStayFromRe.MatchString(text[:x.Start]) || koStayFromRe.MatchString(text[x.End:])) && nightsSaidRe.MatchString(text) {
				// "over christmas, two nights from the 24th", "크리스마스에
				// 24일부터 2박": the nights run from the day said as their
				// start; the holiday is only what the stay is for.
				e.date = tm.Start.Format("2006-01-02")
				e.dateEnd = e.date
				weekOf = ""
			}
			if tm.HasDate && !tm.Interval && e.date != "" && (enCheckInRe.MatchString(text[:x.Start]) || koCheckInRe.MatchString(text[x.End:])) {
				// "over Christmas … checking in on the 24th": the day the
				// stay begins is the one said as the check-in.
				e.date = tm.Start.Format("2006-01-02")
				e.dateEnd = e.date
				e.interval = false
				weekOf = ""
			}
			if tm.HasDate && weekOf != "" && !tm.Interval && weekdayRe.MatchString(text[x.Start:x.End]) && !weekRe.MatchString(text[x.Start:x.End]) {
				// "visiting next week … on Wednesday evening": the weekday
				// said apart from the week is the one of that week.
				if from, err := time.ParseInLocation("2006-01-02", weekOf, tm.Start.Location()); err == nil {
					d := tm.Start
					for d.Before(from) {
						d = d.AddDate(0, 0, 7)
					}
					if d.Sub(from) < 7*24*time.Hour {
						e.date = d.Format("2006-01-02")
						e.dateEnd = e.date
						e.interval = false
						weekOf = ""
					}
				}
			}
			if tm.HasDate && tm.Interval && !tm.HasTime && e.date != "" && e.time == "" && !e.interval && e.dateEnd > e.date && dayEnd >= 0 &&
				!orDays[strings.TrimSpace(text[dayEnd:x.Start])] {
				// "this weekend, Friday to Sunday", "다음 주, 월요일부터
				// 수요일까지": the days said exactly are the span said loosely.
				e.date = tm.Start.Format("2006-01-02")
				e.dateEnd = tm.End.Add(-time.Nanosecond).Format("2006-01-02")
				e.interval = true
				weekOf = ""
				dayEnd = x.End
			}
			if tm.HasDate && tm.Interval && !tm.HasTime && e.date != "" && e.date == e.dateEnd && !e.interval && e.time == "" && nearSpan(e.date, tm) {
				// "over new year's, Dec 31 to Jan 2", "for christmas, dec 24
				// to dec 26": the days said exactly are the stay, the
				// holiday only what it is for.
				e.date = tm.Start.Format("2006-01-02")
				e.dateEnd = tm.End.Add(-time.Nanosecond).Format("2006-01-02")
				e.interval = true
				weekOf = ""
				dayEnd = x.End
			}
			if tm.HasDate && !tm.HasTime && !tm.Interval && e.date == "" && (koBeforeDayRe.MatchString(text[x.End:]) || enBeforeDayRe.MatchString(text[:x.Start])) {
				// "크리스마스 전에 시간 있나 봐줘", "before Friday": the days
				// from today up to the day before the one said.
				if last := tm.Start.AddDate(0, 0, -1).Format("2006-01-02"); last >= today {
					e.date, e.dateEnd, e.interval = today, last, true
					dayEnd = x.End
					continue
				}
			}
			if tm.HasDate && !tm.HasTime && !tm.Interval && e.date == "" && koUntilDayRe.MatchString(text[x.End:]) && !strings.Contains(text, "부터") {
				// "이번 주 금요일까지, 40분이면 돼", "목요일까지 비는 시간": the
				// days from today to the one said — a deadline closing a
				// search, not the day itself.
				if last := tm.End.Add(-time.Nanosecond).Format("2006-01-02"); last >= today {
					e.date, e.dateEnd, e.interval = today, last, true
					dayEnd = x.End
					continue
				}
			}
			if tm.HasDate && e.date == "" {
				if tm.Grain == entity.GrainWeek && !tm.HasTime {
					weekOf = tm.Start.Format("2006-01-02")
				}
				dayEnd = x.End
				e.date = tm.Start.Format("2006-01-02")
				last := tm.End.Add(-time.Nanosecond)
				e.interval = tm.Interval
				if tm.Interval || tm.Grain == entity.GrainWeek || tm.Grain == entity.GrainWeekend || tm.Grain == entity.GrainMonth {
					e.dateEnd = last.Format("2006-01-02")
					if (tm.Grain == entity.GrainWeek || tm.Grain == entity.GrainMonth) && e.date < today && e.dateEnd >= today {
						// "this week", "이번 달": what is left of it — the
						// days before today are over.
						e.date = today
					}
				} else {
					e.dateEnd = e.date
				}
				if (tm.Grain == entity.GrainPartOfDay || tm.HasTime && tm.Interval) && weekRe.MatchString(text[x.Start:x.End]) && !weekdayRe.MatchString(text[x.Start:x.End]) {
					// "다음 주 오전", "mornings next week": that part of every
					// day of the week, not of its Monday alone; so are the
					// hours of a range said with the week ("between 2 and
					// 6pm this week": to its Sunday, not today alone — und17b,
					// blind set post16).
					e.dateEnd = tm.Start.AddDate(0, 0, 6-(int(tm.Start.Weekday())+6)%7).Format("2006-01-02")
				}
				if tm.HasTime && tm.Grain != entity.GrainPartOfDay && weekRe.MatchString(text[x.Start:x.End]) && !weekdayRe.MatchString(text[x.Start:x.End]) {
					// "이번 주 오후 2시 이후로", "다음 주 10시쯤": that hour of
					// every day of the week (of what is left of it), not of
					// one day (post14: "to" was today).
					if e.date < today && tm.Start.AddDate(0, 0, 6-(int(tm.Start.Weekday())+6)%7).Format("2006-01-02") >= today {
						e.date = today
					}
					e.dateEnd = tm.Start.AddDate(0, 0, 6-(int(tm.Start.Weekday())+6)%7).Format("2006-01-02")
				}
			}
			switch {
			case tm.HasTime && !tm.Interval && e.time == "":
				e.time = tm.Start.Format("15:04")
				e.timeAmbiguous = tm.Ambiguous
			case tm.HasTime && tm.Interval && (e.winFrom == "" || !e.clockRange && tm.Grain != entity.GrainPartOfDay), tm.Grain == entity.GrainPartOfDay && e.winFrom == "":
				// (Clock times said as a range narrow a part of the day said
				// before them: "mornings are best … between 9 and 11am" is
				// 9 to 11.)
				e.clockRange = tm.HasTime && tm.Interval && tm.Grain != entity.GrainPartOfDay
				e.winFrom = tm.Start.Format("15:04")
				e.winTo = tm.End.Format("15:04")
				if !tm.End.Truncate(24*time.Hour).Equal(tm.Start.Truncate(24*time.Hour)) && tm.End.Format("15:04") == "00:00" {
					e.winTo = "24:00"
				}
			}
		case entity.KindDuration:
			d := x.Duration
			if d.Nights == 0 && d.Value >= 24*time.Hour && e.date == "" && (koWithinRe.MatchString(text[x.End:]) || enWithinRe.MatchString(text[:x.Start]) || koAheadRe.MatchString(text[:x.Start])) {
				// "일주일 안에", "within 3 days", "in the next week", "앞으로
				// 일주일", "the next 5 days": from
				// today to the last of those days, not a length.
				e.date = today
				e.dateEnd = now.Add(d.Value).Format("2006-01-02")
				dayEnd = x.End
				continue
			}
			if days := int(d.Value / (24 * time.Hour)); d.Nights == 0 && days > 0 && d.Value%(24*time.Hour) == 0 && e.date != "" && !nightAfterRe.MatchString(text[x.End:]) &&
				(koFromDayRe.MatchString(text[:x.Start]) || enFromDayRe.MatchString(text[:x.Start])) {
				// "오늘부터 사흘 동안", "월요일부터 3일간", "starting Monday for
				// 3 days": the days from the day said on, not a length
				// (a meeting's "30분" said after is the length).
				if d0, err := time.Parse("2006-01-02", e.date); err == nil {
					e.dateEnd = d0.AddDate(0, 0, days-1).Format("2006-01-02")
					e.spanDays = strconv.Itoa(days)
					e.interval = true
					dayEnd = x.End
					continue
				}
			}
			if d.Nights > 0 {
				if d.Nights == 1 && rateBeforeRe.MatchString(text[:x.Start]) {
					continue // "100,000 won a night", "$80 per night": a price per night, not the stay
				}
				if !perNightRe.MatchString(text[x.End:]) {
					e.nights = strconv.Itoa(d.Nights)
				}
			} else if days := int(d.Value / (24 * time.Hour)); days > 0 && d.Value%(24*time.Hour) == 0 && nightAfterRe.MatchString(text[x.End:]) {
				e.nights = strconv.Itoa(days) // "이틀 밤 묵을 곳": two nights, not 48 hours
			} else if d.Value > 0 && beforeRe.MatchString(text[x.End:]) {
				e.reminder = strconv.Itoa(int(d.Value.Minutes())) // a reminder, not a length
			} else if d.Value > 0 && e.minutes == "" {
				e.minutes = strconv.Itoa(int(d.Value.Minutes()))
			}
		case entity.KindNumber:
			n := x.Number
			v := int(n.Value)
			if float64(v) != n.Value || v < 0 {
				continue
			}
			if n.Unit == "" && v >= 1000 && e.moneyMax == "" && rateMaxRe.MatchString(text[x.End:]) {
				// "200k per night max": an amount with no currency said,
				// a rate's ceiling (und17b, the blind set post16)
				e.moneyMax = strconv.Itoa(v)
				continue
			}
			switch n.Unit {
			case "person":
				if moreRe.MatchString(text[x.End:]) {
					continue // "한 명 더 온대": how many more, not how many
				}
				if amongRe.MatchString(text[:x.Start]) {
					continue // "일행 중에 비건이 한 명": some of the party, not its size
				}
				if subsetRe.MatchString(text[x.End:]) {
					continue // "한 명은 채식이라": what some of the party eat, not its size
				}
				if e.people == "" || peopleSome || toCountRe.MatchString(text[x.End:]) {
					e.people = strconv.Itoa(v) // "5명으로": the count it becomes
					// "채식하는 분이 한 명 있어서요… 다섯 명입니다": a count
					// that says some of the party are there is the party's
					// size only when no other count follows.
					peopleSome = someRe.MatchString(text[x.End:])
				}
			case "night":
				if e.nights == "" && !perNightRe.MatchString(text[x.End:]) {
					e.nights = strconv.Itoa(v)
				}
			case "item":
				if e.items == "" || itemsHad {
					e.items = strconv.Itoa(v)
					// "마스크팩 10개는 너무 많다 3개 줄여줘": the count there
					// is, judged, gives way to the count asked for.
					// "노트 세 권 중에 한 권만 빼 주세요", "3개 중에서 하나만":
					// the count of a whole some are taken from, too.
					itemsHad = tooManyRe.MatchString(text[x.End:]) || ofWholeRe.MatchString(text[x.End:])
				}
			case "":
				if bare == "" && bareCount(text, x.Start, x.End) {
					bare = strconv.Itoa(v)
				}
			}
			e.numbers = append(e.numbers, v)
		case entity.KindMoney:
			m := x.Money
			if m.Currency != "" && m.Currency != "KRW" {
				continue
			}
			switch m.Bound {
			case "":
				if e.moneyMax == "" && (aboutBeforeRe.MatchString(text[:x.Start]) || aboutAfterRe.MatchString(text[x.End:])) {
					// "around 50000 won", "5만원 정도": a soft budget, up to
					// softOver over the amount said.
					e.moneyMax = strconv.FormatInt(softBudget(m.Amount), 10)
					e.moneySaid = strconv.FormatInt(m.Amount, 10)
				} else if e.moneyMax == "" && overNoRe.MatchString(text[x.End:]) {
					// "1박 25만 원을 넘으면 곤란해요": more than it will not do.
					e.moneyMax = strconv.FormatInt(m.Amount, 10)
				} else if e.moneyMax == "" && rateMaxRe.MatchString(text[x.End:]) {
					// "200k per night max", "150,000 a night tops": a
					// rate's ceiling said after it (und17b, post16).
					e.moneyMax = strconv.FormatInt(m.Amount, 10)
				} else if e.moneyMax == "" && haveBeforeRe.MatchString(text[:x.Start]) {
					// "I have 30000 won, show me tumblers", "I've only got
					// ₩20,000": what the user has is what they can spend.
					e.moneyMax = strconv.FormatInt(m.Amount, 10)
				}
			case "max":
				e.moneyMax = strconv.FormatInt(m.Amount, 10)
			case "min":
				if overNoTailRe.MatchString(text[x.End:]) {
					e.moneyMax = strconv.FormatInt(m.Amount, 10) // "20만원 넘는 건 안 돼요": a ceiling
					continue
				}
				e.moneyMin = strconv.FormatInt(m.Amount, 10)
			}
		case entity.KindOrdinal:
			if orderFirstRe.MatchString(text[:x.End]) || firstThen(text, x.Start) {
				// "sort them cheapest first", "highest rated ones first":
				// an order to list in, not the first item of the list.
				// ("actually first, book me a table…": the request to do
				// before the one under way, not the first item — trial19.)
				continue
			}
			if e.ordinal == 0 {
				e.ordinal = x.Ordinal
			}
		}
	}
	if e.ordinal == 0 {
		e.ordinal = lastWord(text)
	}
	if e.ordinal == 0 {
		// "number 2", "no. 3", or a bare "2" answering "which one?"
		if m := findIf(latin || digits || strings.Contains(text, "#"), pickNumRe, text); m != nil {
			for _, g := range m[1:] {
				if n, ok := smallNumber(g); ok {
					e.ordinal = n
				}
			}
		}
	}
	if n := koCompanions(text); n > 0 {
		e.people = strconv.Itoa(n + 1) // "친구 둘이랑", "동료 세 명하고": they and the one asking
	}
	if n := adultsAndChildren(text); n > 0 {
		e.people = strconv.Itoa(n) // "어른2 아이2", "2 adults and 2 kids": all of them
	}
	if e.people == "" {
		// "둘이 초밥", "어른 셋", "family of four", "just me"
		if m := findIf(mayKoPeople(text), koPeopleRe, text); m != nil {
			if n := koCount[m[1]+m[2]+m[3]]; n > 0 { // m[3]: "셋으로 다시 찾아줘"
				e.people = strconv.Itoa(n)
			} else if n, err := strconv.Atoi(m[2]); err == nil && n > 0 {
				e.people = strconv.Itoa(n)
			}
		} else if n := enCompanyIf(latin, text); n > 0 {
			e.people = strconv.Itoa(n) // "me + a coworker", "my parents and me"
		} else if m := findIf(latin, enWithRe, text); m != nil {
			if n, ok := smallNumber(m[1]); ok {
				e.people = strconv.Itoa(n + 1) // "with 5 friends": and me
			}
		} else if n := koBareCount(text); n > 0 {
			e.people = strconv.Itoa(n)
		} else if latin && (enPairRe.MatchString(text) || enCoupleRe.MatchString(text) && !enCoupleOfRe.MatchString(text) || partnerOnly(text)) {
			e.people = "2"
		} else if m := findIf(latin, enPeopleRe, text); m != nil {
			if m[2] != "" {
				e.people = "1"
			} else if n, ok := smallNumber(m[1] + m[3]); ok {
				e.people = strconv.Itoa(n)
			}
		} else if (strings.Contains(text, "혼") || strings.Contains(text, "1인")) && koAloneRe.MatchString(text) {
			e.people = "1"
		} else if koCoupleRe.MatchString(text) {
			e.people = "2" // "저희 부부가", "커플끼리": two, as "me and my wife" is
		} else if n := koCompany(text); n > 0 {
			e.people = strconv.Itoa(n) // "부모님이랑", "남편이랑": they and the one asking
		}
	}
	if n := partyListed(latin, text); n > 0 {
		// "me, my wife and our three kids": all of them, not the kids'
		// count alone (see company.go)
		if cur, _ := strconv.Atoi(e.people); n > cur {
			e.people = strconv.Itoa(n)
		}
	}
	if e.moneyMin != "" && e.moneyMax == "" && (latin || strings.Contains(text, "넘")) && notOverRe.MatchString(text) {
		e.moneyMax, e.moneyMin = e.moneyMin, "" // "nothing over 40000": a ceiling
	}
	if e.items == "" {
		if m := findIf(latin, itemsQRe, text); m != nil {
			if n, ok := smallNumber(m[1]); ok {
				e.items = strconv.Itoa(n) // "2 quick questions"
			}
		}
	}
	if e.items == "" {
		// "show me 3 keyboards", "top 3 humidifiers", "a 5-question quiz":
		// how many to list.
		if m := findIf(latin, itemsLeadRe, text); m != nil && !unitAfterRe.MatchString(m[0]) {
			// ("find 30 minutes with junho": a length, not thirty things)
			if n, ok := smallNumber(m[1] + m[2] + m[3]); ok {
				e.items = strconv.Itoa(n)
			}
		}
	}
	if e.items == "" && digits {
		if m := itemsQtyRe.FindStringSubmatch(text); m != nil {
			e.items = strings.TrimLeft(m[1], "0") // "qty 2", "수량 3"
		}
	}
	if e.items == "" {
		if m := findIf(latin, itemsOfRe, text); m != nil {
			if n, ok := smallNumber(m[1]); ok {
				e.items = strconv.Itoa(n)
			}
		}
	}
	if e.items == "" {
		e.items, e.itemsBare = bare, bare != ""
	}
	if e.date != "" && e.dateEnd == e.date && (latin || strings.Contains(text, "다음")) && orDayAfterRe.MatchString(text) {
		// "tomorrow or the day after": either of the two days
		if d, err := time.ParseInLocation("2006-01-02", e.date, now.Location()); err == nil {
			e.dateEnd = d.AddDate(0, 0, 1).Format("2006-01-02")
		}
	}
	if e.date != "" && e.dateEnd == e.date && strings.ContainsAny(text, "월화수목금토일") {
		// "이번 주 목, 금 중에", "화나 수요일": weekdays listed short, the
		// days from the first to the last (the first alone was read).
		if m := koWeekdayListRe.FindString(text); m != "" {
			if d, err := time.ParseInLocation("2006-01-02", e.date, now.Location()); err == nil {
				days := []rune{}
				for _, r := range strings.ReplaceAll(m, "요일", "") {
					if strings.ContainsRune("월화수목금토일", r) {
						days = append(days, r)
					}
				}
				first, last := koWeekdayIdx(days[0]), koWeekdayIdx(days[len(days)-1])
				if first == (int(d.Weekday())+6)%7 && last > first {
					e.dateEnd = d.AddDate(0, 0, last-first).Format("2006-01-02")
				}
			}
		}
	}
	if e.time == "" && e.winFrom == "" && digits {
		if m := bareHourRe.FindStringSubmatchIndex(text); m != nil && !peopleAfterRe.MatchString(text[m[1]:]) {
			// ("make it 6 people" is a party size)
			if h, err := strconv.Atoi(sub(text, m, 1) + sub(text, m, 2)); err == nil && h >= 1 && h <= 12 {
				e.bareHour = h
			}
		}
	}
	if digits || latin {
		if m := partyNumRe.FindStringSubmatch(text); m != nil {
			// "change the party size … to 7", "we'll actually be 7", "we'll
			// only be five, not eight": a number of people, not an hour
			if n, ok := smallNumber(m[1] + m[2] + m[3]); ok && n >= 1 {
				e.people, e.bareHour = strconv.Itoa(n), 0
			}
		}
	}
	e.names = nil
	for _, n := range names(text) {
		if !inSpans(text, n, e.spans) {
			e.names = append(e.names, n) // ("hana & minsu, day after tomorrow": "day" is the day's)
		}
	}
	e.src = text
	e.place, e.placeAt = place(text)
	if e.reminder == "" && remind != nil {
		if n, err := strconv.Atoi(text[remind[2]:remind[3]]); err == nil {
			if text[remind[4]:remind[5]] == "시간" {
				n *= 60
			}
			e.reminder = strconv.Itoa(n)
		}
	}
	if e.reminder == "" && digits {
		// "30분 전에 알려줘" reads as a time (30 minutes ago) to the parser.
		if m := koRemindRe.FindStringSubmatch(text); m != nil {
			if n, err := strconv.Atoi(m[1]); err == nil {
				if m[2] == "시간" {
					n *= 60
				}
				e.reminder = strconv.Itoa(n)
			}
		}
	}
	if e.reminder == "" && strings.Contains(text, "전") {
		// "하루 전에 리마인드", "한 시간 전에 알려줘", "이틀 전에 미리":
		// a lead time in words or in days, which the parser reads as a
		// time in the past.
		if m := koRemindWordRe.FindStringSubmatch(text); m != nil {
			if n := koLeadMinutes(m[1]); n > 0 {
				e.reminder = strconv.Itoa(n)
			}
		}
	}
	if e.reminder == "" && dayBeforeRemindRe.MatchString(text) {
		// "전날 저녁에 알림도 해줘", "remind me the day before": a day's lead
		e.reminder = "1440"
	}
	if e.nights == "" && (latin && enOneNightRe.MatchString(text) || koOneNightRe.MatchString(text)) {
		// "Saturday night only", "just the one night", "토요일 밤만":
		// a stay of one night (und17b, the blind set post16).
		e.nights = "1"
	}
	if digits && (e.winFrom == "" || e.winTo == "") {
		// "not before 9 and nothing after 6pm", "no earlier than 10, no
		// later than 5", "9시 전은 안 되고 6시 넘어서도 안 돼요": the
		// bounds of the day, a window — not a start at 6 pm.
		var m []string
		if latin {
			m = enDayBoundsRe.FindStringSubmatch(text)
		}
		if m == nil {
			m = koDayBoundsRe.FindStringSubmatch(text)
		}
		if m != nil {
			if from, to, ok := dayBounds(m[1], m[2], m[3], m[4], m[5], m[6]); ok {
				e.winFrom, e.winTo, e.time, e.timeAmbiguous = from, to, "", false
			}
		}
	}
	return e
}

// enOneNightRe, koOneNightRe: a stay of one night said without a count
// of nights.
var (
	enOneNightRe = regexp.MustCompile(`(?i)\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow)(?:\s+night)?\s+only\b|\bjust\s+(?:for\s+)?(?:the\s+)?(?:one\s+night|a\s+night|single\s+night|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+night)\b|\bonly\s+(?:for\s+)?(?:one|a|the|a\s+single)\s+night\b|\bone\s+night\s+only\b|\bonly\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight)(?:\s+night)?\b`)
	koOneNightRe = regexp.MustCompile(`(?:월|화|수|목|금|토|일)요일\s*(?:밤|하루)\s*만|하룻밤\s*만|오늘\s*밤\s*만|딱\s*하루\s*(?:만|밤)`)
)

// koRemindWordRe: a reminder's lead time said in words or in days before
// 전 and a word of reminding ("하루 전에 리마인드 해주고", "한 시간 전에
// 알려 주세요", "이틀 전에 미리 말해줘", "3일 전에 알림").
var koRemindWordRe = regexp.MustCompile(`(?:^|\s)(하루|이틀|사흘|일주일|한\s*시간\s*반|(?:한|두|세|네)\s*시간|\d{1,2}\s*일|반\s*시간)\s*전에?\s*(?:꼭\s*|미리\s*)?(?:알려|알림|알람|리마인|미리|말해|노티)`)

// koLeadMinutes is the lead time koRemindWordRe read, in minutes, or 0.
func koLeadMinutes(s string) int {
	s = strings.Join(strings.Fields(s), "")
	switch s {
	case "하루":
		return 1440
	case "이틀":
		return 2 * 1440
	case "사흘":
		return 3 * 1440
	case "일주일":
		return 7 * 1440
	case "반시간":
		return 30
	case "한시간반":
		return 90
	case "한시간":
		return 60
	case "두시간":
		return 120
	case "세시간":
		return 180
	case "네시간":
		return 240
	}
	if d, ok := strings.CutSuffix(s, "일"); ok {
		if n, err := strconv.Atoi(d); err == nil && n > 0 && n <= 30 {
			return n * 1440
		}
	}
	return 0
}

// bareCount reports whether the number said at text[i:j] without a
// counter word counts things: a native Korean count ("라면 하나", "두 개"
// has its counter), an English number word ("one beanie", "one more
// question"), or digits before a plural ("5 power banks", "2 packs") or
// after "qty"/"x" ("qty 1", "x2"). Bare digits elsewhere are names and
// models ("아이폰 15"), not counts.
func bareCount(text string, i, j int) bool {
	w := strings.ToLower(text[i:j])
	if w == "one" && (pronounOneRe.MatchString(text[:i]) || strings.TrimSpace(strings.Trim(text[j:], ",.!?")) == "") {
		return false // "the top one", "that one": a thing pointed at, not a count
	}
	if koNativeCount[w] && strings.HasSuffix(strings.TrimSpace(text[:i]), ",") {
		return false // "준호, 하나, 은지": a name in a list of people, not one thing
	}
	if w == "dozen" && strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[:i])), "half a") {
		return false // "half a dozen": not twelve
	}
	if koNativeCount[w] || enSmall[w] > 0 || w == "dozen" {
		return true // ("throw a dozen of the last one in": twelve — und17b, post16)
	}
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	if countAfterRe.MatchString(text[:i]) || timesAfterRe.MatchString(text[j:]) {
		return true
	}
	if n, _ := strconv.Atoi(w); n >= 3 && showBeforeRe.MatchString(text[:i]) && showAfterRe.MatchString(text[j:]) {
		return true // "electronics, show me 10": that many of them (2 may be the second one shown)
	}
	if cartVerbBeforeRe.MatchString(text[:i]) && capitalAfterRe.MatchString(text[j:]) {
		return true // "put 3 Nuri Lip Balm Lite in my cart": three of the product named
	}
	ms := pluralAfterRe.FindStringSubmatch(text[j:])
	if ms == nil {
		return false
	}
	for _, m := range ms[1:] {
		if m = strings.ToLower(m); len(m) > 3 && strings.HasSuffix(m, "s") && !strings.HasSuffix(m, "ss") && !strings.HasSuffix(m, "us") && !strings.HasSuffix(m, "is") {
			return true
		}
	}
	return false
}

// pronounOneRe: the words before a "one" that stands for a thing ("the
// top one", "this one", "the cheaper one").
var pronounOneRe = regexp.MustCompile(`(?i)\b(?:the|top|first|second|third|last|that|this|which|other|another|next|previous|bottom|cheaper|bigger|smaller|newer|older|better|lighter|[a-z]+est|blue|red|black|white|big|small)\s+$`)

// koNativeCount are the native Korean numbers said as counts without a
// counter ("하나 주세요", "둘 담아줘").
var koNativeCount = map[string]bool{"하나": true, "둘": true, "셋": true, "넷": true, "다섯": true, "여섯": true, "일곱": true, "여덟": true, "아홉": true, "열": true}

// countAfterRe: the words that put a count after them ("qty 2", "x 3").
// ("\b": "box 2" is a box named 2, not two of it; × is not a word
// letter, so it needs none.)
// timesAfterRe: a count written with its multiplication sign ("3x Maru
// Hoodie", "2 x beanie", "1× pen set").
var timesAfterRe = regexp.MustCompile(`(?i)^\s*(?:x|×)(?:\s|$)`)

// cartVerbBeforeRe and capitalAfterRe: a number said right after a verb
// of taking and before a product's name ("add 2 Nuri Beanie Air", "I'll
// take 3 Hanbit Pens"): how many of it.
var (
	cartVerbBeforeRe = regexp.MustCompile(`(?i)\b(?:add|put|get|buy|grab|take|order|want|need|throw in|toss in|gimme|give me|i'd like|id like)\s+(?:me\s+)?$`)
	capitalAfterRe   = regexp.MustCompile(`^\s+[A-Z][a-z]`)
)

// showBeforeRe and showAfterRe: a number asked to be shown ("show me
// 10", "give me the top 8", "list 5 of them").
var (
	showBeforeRe = regexp.MustCompile(`(?i)\b(?:show|give|list|get|pull up|bring up)\s+(?:me\s+|us\s+)?(?:the\s+)?(?:top\s+|first\s+|best\s+)?$|\btop\s+$`)
	showAfterRe  = regexp.MustCompile(`(?i)^\s*(?:$|[,.!?]|(?:of them|results|options|items|more|ideas|picks)\b|please\b|pls\b)`)
)

var countAfterRe = regexp.MustCompile(`(?i)(?:\b(?:qty|quantity|x)|×)\s*:?\s*$`)

// pluralAfterRe: a plural English noun within three words after a count
// ("5 linear equation questions", "3 cheap humidifiers").
var pluralAfterRe = regexp.MustCompile(`^\s+(?:([a-zA-Z-]+)\s+)?(?:([a-zA-Z-]+)\s+)?([a-zA-Z-]+)`)

var pickNumRe = regexp.MustCompile(`(?i)(?:\b(?:number|no\.?|slot|option|choice)|#)\s*(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b|^\s*(\d{1,2})\s*$`)

// enSmall reads the number words a pick or a count uses.
var enSmall = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// notOverRe: an "over" that is a ceiling ("nothing over", "not over",
// "can't go over", "don't want to spend more than", "넘지 않게").
// An amount said roughly — "around 50000 won", "about ₩50,000", "약
// 5만원", "5만원 정도/쯤/내외/안팎", "50k or so" — is a soft budget: what
// costs up to softOver (10%) more is still about that much, so the
// budget's bound is the amount and a tenth (₩55,000 for "around
// ₩50,000"), rounded down to a thousand won. A bound said with it ("5만원
// 정도 이하", "budget is around") is the bound.
var (
	aboutBeforeRe = regexp.MustCompile(`(?i)(?:\b(?:around|about|approximately|approx\.?|roughly|something like|somewhere around)|약|대략|대충|얼추)\s*$`)
	aboutAfterRe  = regexp.MustCompile(`(?i)^\s*(?:정도|쯤|내외|안팎|전후|선에서|선으로|or so\b|-?ish\b|give or take\b)`)
)

// softOver is how far over an amount said roughly a soft budget goes.
const softOver = 0.10

func softBudget(amount int64) int64 {
	v := int64(float64(amount) * (1 + softOver))
	if v >= 10000 {
		v -= v % 1000
	}
	return v
}

// overNoRe: after an amount, that going over it will not do ("넘으면
// 곤란해요", "넘어가면 부담돼요", "넘는 건 안 돼요").
var overNoRe = regexp.MustCompile(`^\s*(?:을|를|이|가|은|는)?\s*(?:넘으면|넘어가면|넘기면|넘는\s*(?:건|거|곳은|데는|데|곳)|초과하면|초과는|초과되면)\s*(?:좀\s*|조금\s*|많이\s*|너무\s*)?(?:곤란|안\s*돼|안돼|안\s*됨|부담|힘들|어려|싫|별로|무리|안\s*돼요|no\b)`)

// overNoTailRe: after "N원 넘는"/"N원 이상" read as a floor, that it
// will not do ("…넘는 건 안 돼요", "…넘으면 곤란"): a ceiling after all.
var overNoTailRe = regexp.MustCompile(`^\s*(?:건|거|곳은|데는|데|곳|면)?\s*(?:좀\s*|조금\s*|너무\s*)?(?:곤란|안\s*돼|안돼|안\s*됨|부담|힘들|어려|싫|별로|무리)`)

var notOverRe = regexp.MustCompile(`(?i)\b(?:nothing|not|no more|never)\s+(?:over|above|more than)\b|\b(?:can't|can’t|cannot|can not|don't|don’t|do not|won't|won’t|shouldn't|not)\s+(?:want to\s+|wanna\s+)?(?:go|going|spend|spending|pay|paying|be)\s+(?:anything\s+)?(?:over|above|more than)\b|넘지\s*않|안\s*넘`)

// haveBeforeRe: an amount the user says they have ("I have 30000 won",
// "I've only got ₩20,000", "got 25,000 won") is their budget.
var haveBeforeRe = regexp.MustCompile(`(?i)\b(?:i\s+(?:only\s+)?have|i've\s+(?:only\s+)?got|i\s+(?:only\s+)?got|only\s+(?:have|got)|got)\s+(?:about\s+|like\s+)?$`)

// itemsQRe reads a count of questions with a word between ("2 quick
// questions", "three short problems").
var itemsQRe = regexp.MustCompile(`(?i)\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]+\s+(?:questions|qs|problems|items)\b`)

// itemsLeadRe reads a count of things to list said before them, with a
// word that describes them or none ("suggest three possible times",
// "show me 3 red beanies").
// "show me the 5 cheapest power banks", "the 3 best-rated kettles": the
// count before a superlative is how many to list too.
var itemsLeadRe = regexp.MustCompile(`(?i)\b(?:show(?:\s+me)?|top|give\s+me|list|suggest|recommend(?:\s+me)?|find(?:\s+me)?|look\s+for|just)\s+(?:the\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z0-9][a-z0-9-]*\s+){0,2}(?:[a-z][a-z-]*s|more|similar)\b|\bthe\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:cheapest|priciest|best|best-rated|top-rated|highest-rated|most\s+popular|newest|lightest|smallest|biggest|largest)\b|\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[- ]questions?\b`)

// itemsQtyRe reads a count said as a field: "qty 2", "quantity: 3", "수량 2개".
var itemsQtyRe = regexp.MustCompile(`(?i)(?:\b(?:qty|quantity)|수량)\s*[:=]?\s*([1-9]\d?)\b`)

// itemsOfRe reads a count of things said as "2 of #3", "two of those".
var itemsOfRe = regexp.MustCompile(`(?i)\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) of\b`)

// Street addresses: Korean road-name addresses (…구 …로 10) and the
// English way of writing them (123 Teheran-ro, Gangnam-gu, Seoul).
var (
	// An address keeps its detail (the checkout form's second field):
	// "… 와우산로 94 101동 202호", "94 Wausan-ro, Mapo-gu, Seoul, Apt 202";
	// by the lot number too ("수성구 범어동 55번지", "55 Beomeo-dong, Suseong-gu").
	// A road numbered off a road keeps both numbers ("월드컵북로 12길 5",
	// "중앙로 45번길 7"). A province may come before the city ("경기도
	// 성남시 분당구 정자로 7", "충청남도 천안시 동남구 …"), and a city with
	// no district its street or neighbourhood ("제주시 연동 123-4"). On a campus, a hall and its room ("기숙사 3동
	// 512호", "학생회관 2층").
	koAddrRe = regexp.MustCompile(`(?:[가-힣]+도\s+)?(?:[가-힣]+(?:시|도)?\s+)?[가-힣]+(?:구|군)\s+(?:[가-힣0-9]+(?:로|길)\s*\d+(?:-\d+)?(?:번?길\s*\d+(?:-\d+)?)?|[가-힣0-9]+(?:동|읍|면|리)\s*\d+(?:-\d+)?(?:번지)?)(?:,?\s*(?:\d+동\s*)?\d+(?:호|층)|,?\s*\d+동)?|(?:[가-힣]{1,8}대학교\s*)?(?:기숙사|생활관|[가-힣]{1,6}관)\s*(?:[A-Za-z]|\d+)?\s*동?\s*,?\s*\d+\s*(?:호|층)|[가-힣]{1,8}대학교\s*(?:기숙사|생활관|[가-힣]{1,6}관)?\s*(?:[A-Za-z]|\d+)\s*동|[가-힣]{1,6}시\s+[가-힣0-9]+(?:동|읍|면|리|로|길)\s*\d+(?:-\d+)?(?:번지)?`)
	// A road numbered off a road keeps its second part in English too
	// ("12 Haeundae-ro 570beon-gil", "45 Teheran-ro 10-gil"); a campus
	// address is a building and its room or floor ("Building 3 room 512",
	// "Dorm B, room 204", "Tower 2 floor 7"), or a building of a named
	// university ("Building 3, Yonsei University", "room 302 in Building 5
	// of Korea University"; "연세대학교 기숙사 3동").
	enAddrRe = regexp.MustCompile(`(?i)\b\d+(?:-\d+)?\s+[a-z]+(?:-ro|-gil|-daero|-dong|\s+street|\s+st|\s+road|\s+rd|\s+avenue|\s+ave)\b(?:\s+\d+(?:beon)?-?gil\b)?(?:,\s*[a-z]+(?:-gu|-si|-do|-gun|-dong))*(?:,?\s*(?:seoul|busan|jeju|incheon|daegu|daejeon|gwangju|ulsan))?(?:,?\s*(?:apt\.?|unit|suite|#)\s*\d+\w*)?|\b(?:building|bldg\.?|dorm(?:itory)?|hall|tower|block)\s+(?:\d+|[a-z]\b)(?:(?:,?\s*(?:room|rm\.?|floor|fl\.?|unit|suite|apt\.?|#)\s*\d+\w*)+(?:,?\s*(?:of\s+|at\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:university|college|campus)\b)?|,?\s*(?:of\s+|at\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:university|college|campus)\b)` +
		`|\b(?:room|rm\.?)\s*\d+\w*,?\s*(?:in\s+|of\s+|at\s+)?(?:building|bldg\.?|dorm(?:itory)?|hall|tower|block)\s+(?:\d+|[a-z]\b)(?:,?\s*(?:of\s+|at\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:university|college|campus)\b)?`)
)

func address(text string) string {
	if !hasDigit(text) {
		return "" // (both regexps need a digit: TestEntsGates)
	}
	if m := koAddrRe.FindString(text); m != "" {
		return strings.TrimSpace(m)
	}
	return strings.TrimSpace(enAddrRe.FindString(text))
}

// moreRe, toCountRe: after a count of people, "더" (that many more) and
// "(으)로" (the count something becomes: "5명으로 바꿔줘").
var (
	// "한 명 줄었어요", "two fewer": how many less, not how many either.
	moreRe = regexp.MustCompile(`^\s*(?:더|more\b|fewer\b|less\b|(?:이|가)?\s*(?:줄었|줄어|줄었어|빠졌|빠져서|빠질|못\s*오|못\s*와|못\s*간|안\s*와|안\s*온))`)
	// someRe: after a count of people, that they are there ("한 명
	// 있어서", "두 분 계셔서"): some of the party, not all of it.
	someRe    = regexp.MustCompile(`^\s*(?:이|가)?\s*(?:있어|있는|있고|있음|있으|계셔|계시|계신)`)
	toCountRe = regexp.MustCompile(`^\s*(?:으로|로)`)
	// subsetRe: after a count of people, what that many of the party eat
	// or cannot ("한 명은 채식이라", "두 명은 비건이에요", "한 분은 갑각류
	// 알러지가"): some of the party, not its size.
	subsetRe = regexp.MustCompile(`^\s*(?:은|는)\s*[^.,!?\d]{0,10}?(?:채식|비건|알레르기|알러지|고기\s?(?:를\s?)?(?:못|안)\s?먹|(?:못|안)\s?먹)`)
)

// partyNumRe: a bare number said as the party's size ("change the party
// size on my booking to 7", "인원 7로", "we'll actually be 7", "we're
// only 3 now" — the number closing the clause, not "we're 5 minutes
// late"). A number
// glued to an hour, a day or a month is when, not who: in "인원은 여섯
// 명이고 금요일 저녁 7시요" the party is the six said in words.
var partyNumRe = regexp.MustCompile(`(?i)(?:party size|headcount|인원)\D{0,60}?\b(\d{1,2})(?:\s*(?:명|분|people|persons|guests))?(?:[^\d:시일월]|$)|\b(?:we'?ll|we will|we'?re|we are|there'?ll|there will)\s+(?:actually\s+|now\s+|just\s+|only\s+)*be\s+(?:only\s+|just\s+)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)(?:\s*[,.!?;]|\s*$|\s+(?:people|persons|guests|of us|in total|total|now|then|instead|not|for|and|at|on|tomorrow|tonight)\b)|\b(?:we'?re|we are|there'?re|there are)\s+(?:actually\s+|now\s+|just\s+|only\s+)*(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)(?:\s+(?:now|then|total|in total|altogether|of us|people|persons)\b|\s*[,.!?]|\s*$)`)

// peopleAfterRe: a count of people follows the number ("make it 6 people").
var peopleAfterRe = regexp.MustCompile(`(?i)^\s*(people|persons?|guests?|pax|of us|명|분|인)`)

// sub is submatch i of an index match m in text ("" when it did not take part).
func sub(text string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return text[m[2*i]:m[2*i+1]]
}

// bareHourRe: an hour said as a bare number after the words that put a
// time there ("move the dentist to 4", "change it to 8, …", "make it 6
// instead") — the end of a clause, no counter or unit after it.
var bareHourRe = regexp.MustCompile(`(?i)\b(?:to|make it|at)\s+(\d{1,2})\s*(?:instead(?:\s+of\s+\d{1,2})?|then|please|pls)?\s*(?:[,.!?]|$)|^\s*(?:actually\s+|no\s+|wait\s+)?(?:make it\s+)(\d{1,2})\b`)

// correctionRe: a word that takes back what was just said and says it
// again, inside one sentence ("아니", "아니다", "no wait", "actually", "I
// mean", "make that"). Not "아니면" (either … or …).
var correctionRe = regexp.MustCompile(`(?i)(?:^|[\s,.!…~])(?:아니|아니다|아니야|아냐|아니지|아니고|아뇨)(?:[\s,.!…~]|$)|\b(?:no\s+wait|wait\s+no|no\s+no|actually|i\s+mean|make\s+(?:that|it)|scratch\s+that|or\s+rather)\b`)

// correctedAt is where the last correction inside text starts (see
// correctionRe), or -1 when none follows something said.
func correctedAt(text string) int {
	ms := correctionRe.FindAllStringIndex(text, -1)
	if len(ms) == 0 {
		return -1
	}
	return ms[len(ms)-1][0]
}

// replaced drops the entities said before "말고" (at k) that one of the
// same kind said after it replaces: "4명 말고 6명이요" is six people.
func replaced(es []entity.Entity, k int) []entity.Entity {
	kind := func(x entity.Entity) string {
		if x.Kind == entity.KindNumber {
			return string(x.Kind) + x.Number.Unit
		}
		return string(x.Kind)
	}
	after := map[string]bool{}
	for _, x := range es {
		if x.Start > k {
			after[kind(x)] = true
		}
	}
	var out []entity.Entity
	for _, x := range es {
		if x.End <= k && after[kind(x)] {
			continue
		}
		out = append(out, x)
	}
	return out
}

// weekRe, weekdayRe: a week named, and a day of it named.
var (
	weekRe = regexp.MustCompile(`(?i)(?:다음\s*주|이번\s*주|담주|차주|next week|this week)`)
	// "checking in on", "check-in" before a day; "체크인" after it.
	enCheckInRe = regexp.MustCompile(`(?i)check(?:ing)?[\s-]*in\s*(?:on|from)?\s*(?:the\s*)?$`)
	// (a stay said as going in and coming out: "토요일에 들어가서 일요일에
	// 나올 거예요", "금요일 입실 일요일 퇴실")
	// enStayFromRe, koStayFromRe: a day said as the start of the nights
	// ("two nights from the 24th", "24일부터 2박"), when the text says
	// nights (nightsSaidRe).
	enStayFromRe = regexp.MustCompile(`(?i)\b(?:from|starting(?:\s+(?:on|from))?)\s*(?:the\s*)?$`)
	koStayFromRe = regexp.MustCompile(`^\s*부터`)
	nightsSaidRe = regexp.MustCompile(`(?i)\d\s*박|[일이삼사오육칠팔구]\s*박|(?:하룻|이틀|사흘|나흘)\s*밤|\bnights?\b`)
	koCheckInRe  = regexp.MustCompile(`^\s*(?:에|부터|날)?\s*(?:체크\s*인|들어가|들어갈|들어와|입실)`)
	enCheckOutRe = regexp.MustCompile(`(?i)(?:check(?:ing)?[\s-]*out|leav(?:e|ing))\s*(?:on)?\s*(?:the\s*)?$`)
	koCheckOutRe = regexp.MustCompile(`^\s*(?:에|날)?\s*(?:체크\s*아웃|나오|나올|나와|나가|나갈|퇴실)`)
	weekdayRe    = regexp.MustCompile(`(?i)(?:[월화수목금토일]요일|(?:mon|tues|wednes|thurs|fri|satur|sun)day|주말|weekend)`)
)

// koIncludedRe, enIncludedRe: days said as included in a span ("주말
// 포함해서", "including weekends"), not as the span.
var (
	koIncludedRe = regexp.MustCompile(`^\s*(?:도\s*)?포함`)
	// koWeekendOkRe: "주말도 괜찮으니까": the weekend days may count, not
	// when (a weekday said so — "토요일도 돼?" — asks about that day).
	koWeekendOkRe = regexp.MustCompile(`^\s*(?:도|까지도|이어도|여도)\s*(?:괜찮|상관\s*없|돼|되|좋|ok|오케이)`)
	enIncludedRe  = regexp.MustCompile(`(?i)\b(?:including|incl\.?)\s*(?:the\s*)?$`)
	// enWeekendOkRe: "weekend is ok too", "weekends are fine", "weekend
	// works as well": the weekend days may count, not when.
	enWeekendOkRe = regexp.MustCompile(`(?i)^\s*(?:days?\s+)?(?:(?:is|are|'s|s)\s+)?(?:also\s+|totally\s+|still\s+)?(?:ok|okay|fine|good|alright|all right|works?|too|included|as well)\b`)
)

// koWeekdayListRe: weekdays listed by their first syllable ("목, 금 중에",
// "월, 수, 금", "화나 수요일").
var koWeekdayListRe = regexp.MustCompile(`(?:^|[\s,])[월화수목금토일](?:요일)?(?:\s*(?:,|이나|나|아니면|또는|~)\s*[월화수목금토일](?:요일)?)+(?:\s*(?:중|에|사이|요일|$)|[\s,.?])`)

// koWeekdayIdx is a weekday's place from Monday (0) by its syllable.
func koWeekdayIdx(r rune) int { return strings.IndexRune("월화수목금토일", r) / len("월") }

// orDayAfterRe: a choice of the day said and the next ("tomorrow or the
// day after", "금요일이나 그다음 날").
var orDayAfterRe = regexp.MustCompile(`(?i)\bor (?:the )?(?:day after|next day)\b(?:[^a-z]|$)|(?:이나|아니면)\s*(?:그\s*)?다음\s*날`)

// koRemindAfterRe: a reminder said before its lead time ("알림은 15분
// 전", "알려줘 10분 전에").
// partyKoRe, partyEnRe: a party said as adults and children ("어른2
// 아이2", "성인 두 명이랑 아이 하나", "2 adults and 2 kids", "two kids and
// one adult") — every one of them a guest (a trial's "어른2 아이2" booked
// for 2).
var (
	partyKoRe = regexp.MustCompile(`(어른|성인|대인|아이|아기|어린이|애기|애들|애|소인|유아|아동|초등학생)\s*(\d{1,2}|하나|한|둘|두|셋|세|넷|네|다섯)\s*(?:명|분)?`)
	partyEnRe = regexp.MustCompile(`(?i)\b(\d{1,2}|an?|one|two|three|four|five|six)\s+(adults?|grown-?ups?|kids?|children|child|infants?|toddlers?|bab(?:y|ies)|teens?|teenagers?)\b`)
	partyNum  = map[string]int{"하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "넷": 4, "네": 4, "다섯": 5, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
)

// adultsAndChildren is the number of guests of a party said as adults and
// children (both said), 0 otherwise.
func adultsAndChildren(text string) int {
	count := func(ms [][]string, num, kind int, adult func(string) bool) (int, bool, bool) {
		n, grown, young := 0, false, false
		for _, m := range ms {
			v, ok := partyNum[strings.ToLower(m[num])]
			if !ok {
				v, _ = strconv.Atoi(m[num])
			}
			if v <= 0 {
				return 0, false, false
			}
			n += v
			if adult(strings.ToLower(m[kind])) {
				grown = true
			} else {
				young = true
			}
		}
		return n, grown, young
	}
	if !partyKoGate.may(text) {
		// no match (regate.go)
	} else if ms := partyKoRe.FindAllStringSubmatch(text, -1); len(ms) >= 2 {
		if n, a, c := count(ms, 2, 1, func(k string) bool { return k == "어른" || k == "성인" || k == "대인" }); a && c {
			return n
		}
	}
	if !partyEnGate.may(text) {
		// no match (regate.go)
	} else if ms := partyEnRe.FindAllStringSubmatch(text, -1); len(ms) >= 2 {
		if n, a, c := count(ms, 1, 2, func(k string) bool { return strings.HasPrefix(k, "adult") || strings.HasPrefix(k, "grown") }); a && c {
			return n
		}
	}
	return 0
}

// dayBeforeRemindRe: a reminder the day before the event ("전날 저녁에
// 알림도 해줘", "remind me the day before", "a day ahead"), which the parser
// leaves unread (the default lead was kept: a trial's "전날" reminder).
var dayBeforeRemindRe = regexp.MustCompile(`(?i)(?:전날|전\s+날|하루\s*전)[^,.]{0,12}(?:알림|알람|알려|리마인)|(?:remind|reminder|alert|notify|ping)[^,.]{0,24}\b(?:the\s+(?:day|night|evening)\s+before|a\s+day\s+(?:before|ahead|early|prior)|one\s+day\s+(?:before|ahead|prior)|24\s+hours?\s+(?:before|ahead|prior))\b`)

var koRemindAfterRe = regexp.MustCompile(`(?:알림|알람|알려\S*|리마인드?\S*)\s*(?:은|는|을|를)?\s*(\d{1,3})\s*(분|시간)\s*전`)

// koBeforeClockRe, enBeforeClockRe: the words that make a clock time the
// latest a thing may end ("6시 전까지", "6시 전에", "before 6pm", "by 6").
var (
	koBeforeClockRe = regexp.MustCompile(`^\s*(?:전까지|전에|이전|전)`)
	// koUntilDayRe: after a day, 까지 closing a span to search ("금요일까지,
	// 40분", "목요일까지 비는 시간"), not a deadline of a thing to do
	// ("금요일까지 보고서 제출").
	koUntilDayRe = regexp.MustCompile(`^\s*까지(?:\s*(?:[,.!?~]|$)|\s*(?:안에|중에|중으로|사이에?|동안|비는|되는|가능한|시간\s*(?:있|되|비|찾|봐|알려|뽑)))`)
	// a day said with 전에/before: the days until it ("크리스마스 전에",
	// "before friday"), not that day.
	koBeforeDayRe   = regexp.MustCompile(`^\s*(?:전에|전까지|이전에|이전까지)`)
	enBeforeDayRe   = regexp.MustCompile(`(?i)\bbefore\s*$`)
	enBeforeClockRe = regexp.MustCompile(`(?i)\b(?:before|until|till|no later than)\s*$`)
	// enNotBeforeClockRe, koNotBeforeClockRe: before a clock time, its
	// window's start ("not before 10am", "nothing earlier than 9"; "10시
	// 전은 안 돼", "9시 이전은 곤란해요").
	enNotBeforeClockRe = regexp.MustCompile(`(?i)\b(?:not|nothing|none|never|no(?:thing)?\s+(?:meetings?|calls?|slots?))\s+(?:before|earlier\s+than|till|until)\s*$|\bno\s+earlier\s+than\s*$|\bnot\s+any\s+earlier\s+than\s*$`)
	koNotBeforeClockRe = regexp.MustCompile(`^\s*(?:전|이전)(?:은|에는|엔)?\s*(?:안\s*(?:되|돼)|불가|곤란|말고|빼고)`)
)

// koWithinRe, enWithinRe: a span of days said as the window something
// falls in ("일주일 안에", "3일 이내", "within a week", "in the next 3 days").
var (
	koWithinRe = regexp.MustCompile(`^\s*(?:안에|안으로|안|이내|내에|내로|내)`)
	enWithinRe = regexp.MustCompile(`(?i)\b(?:within|in the next|over the next|during the next|for the next|the next|next|the coming|coming)\s*$`)
	// "앞으로 일주일", "향후 사흘": the days from today on, said before
	// their length.
	koAheadRe = regexp.MustCompile(`(?:앞으로|향후|다가오는)\s*$`)
	// koFromDayRe, enFromDayRe: a day said as where a count of days starts
	// ("오늘부터 사흘 동안", "starting tomorrow for 3 days").
	koFromDayRe = regexp.MustCompile(`[가-힣0-9]부터\s*$`)
	enFromDayRe = regexp.MustCompile(`(?i)\b(?:starting|from)\b[^,.;!?]{1,30}\bfor\s+(?:the\s+next\s+)?$`)
)

// inSpans reports whether the word n, where it is said in text, lies in
// one of the spans.
func inSpans(text, n string, spans [][2]int) bool {
	i := wordIndex(text, n)
	if i < 0 {
		return false
	}
	for _, sp := range spans {
		if i >= sp[0] && i+len(n) <= sp[1] {
			return true
		}
	}
	return false
}

// wordIndex is where n is said in text as a word of its own (a Latin
// name not inside another word: "day", not Monday's), or -1.
func wordIndex(text, n string) int {
	for off := 0; off < len(text); {
		i := strings.Index(strings.ToLower(text[off:]), strings.ToLower(n))
		if i < 0 {
			return -1
		}
		i += off
		before := i == 0 || !isLatinWordRune(rune(text[i-1]))
		after := i+len(n) >= len(text) || !isLatinWordRune(rune(text[i+len(n)]))
		if before && after {
			return i
		}
		off = i + 1
	}
	return -1
}

// beforeRe: what follows a duration that is a reminder's lead time.
var koRemindRe = regexp.MustCompile(`(\d{1,3})\s*(분|시간)\s*전에?\s*(?:알려|알림|알람|리마인|미리|말해)`)

// tooManyRe: after a count of things, that it is too many or too few
// ("10개는 너무 많다", "두 개는 과해요"): the count there is, not the one
// asked for.
// ofWholeRe: after a count of things, 중에/중에서 — the whole that the
// count said next is part of.
var ofWholeRe = regexp.MustCompile(`^\s*(?:개|권|병|봉|팩|켤레|벌|장|잔|통|박스|세트)?\s*(?:중에서|중에|중)(?:\s|$)`)

var tooManyRe = regexp.MustCompile(`^\s*(?:는|은|이|가|면|이면)?\s*(?:너무|좀|넘|조금|살짝)?\s*(?:많|과하|과해|적|모자라|부족)`)

// perNightRe: after a count of nights, a price ("1박 25만 원을 넘으면
// 곤란해요", "1박에 10만원"): the unit the price is for, not the stay.
// unitAfterRe: a count of itemsLeadRe that is a length or a party ("find
// 30 minutes", "show me 2 nights", "find 4 people").
var unitAfterRe = regexp.MustCompile(`(?i)\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:more\s+)?(?:minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|people|persons|guests|adults|kids|children|seconds?)\b`)

// rateBeforeRe: a price just before "a night" / "per night" makes it a rate.
// rateMaxRe: after an amount, a rate and a word of a ceiling ("per night
// max", "a night tops", "each at most").
var rateMaxRe = regexp.MustCompile(`(?i)^\s*(?:won\s+|krw\s+)?(?:(?:per|a|an|each|/)\s*(?:night|nite|person|head|pp|room|day)\s*,?\s*)?(?:max(?:imum)?|tops|at\s+(?:the\s+)?most|or\s+(?:less|under|below|cheaper)|and\s+(?:under|below|less))\b`)

var rateBeforeRe = regexp.MustCompile(`(?i)(?:\d|\dk|\b(?:won|krw|dollars?|bucks|usd|k|thousand|hundred)|원)\s*$`)

var perNightRe = regexp.MustCompile(`(?i)^\s*(?:에|당|기준)?\s*(?:최대\s*)?(?:₩\s*)?\d[\d,.]*\s*(?:만|천|원|won|krw|k\b)`)

// nightAfterRe: a count of days said of nights ("이틀 밤", "사흘 밤").
var nightAfterRe = regexp.MustCompile(`^\s*(?:밤|박)`)

var beforeRe = regexp.MustCompile(`^\s*(?:전에|전|before|early|ahead)`)

var (
	placeKoRe = regexp.MustCompile(`([가-힣A-Za-z0-9]{2,}(?:\s[0-9]+)?)에서`)
	placeEnRe = regexp.MustCompile(`\b(?:at|in)\s+((?:the\s+)?(?:[A-Z][\w'-]*|[Rr]oom\s*\d+)(?:\s+(?:[A-Z][\w'-]*|\d+|station|room|cafe|office|hall|building|park|library))*(?:\s+(?:in|near)\s+[A-Z][\w'-]*)?)`)
)

// koRoomRe: a meeting room named in Korean.
var koRoomRe = regexp.MustCompile(`(?:\d+층\s*)?(?:대|소)?회의실(?:\s*[A-Za-z0-9]+\b|\s*\d+호)?`)

// place finds where something happens: the words before 에서, or a
// capitalised name or "room N" after "at"/"in" — none of the brain's
// gen.NotPlaces nor the words notPlace says are no place (a place slot's
// Slot.NotPlaces).
//
// Each regexp runs only on a text holding something every match of it
// must contain (TestPlaceGates): a text without it cannot match, so the
// answer is the one running it would give.
func place(text string, notPlace ...string) (string, string) {
	notPlaces := func(w string) bool { return slices.Contains(gen.NotPlaces, w) || slices.Contains(notPlace, w) }
	if strings.Contains(text, "장소") || strings.Contains(text, "위치") {
		if m := koPlaceIsRe.FindStringSubmatch(text); m != nil {
			// "장소는 서울 웨딩홀", "위치: 강남역"
			return strings.TrimSpace(m[1]), m[0]
		}
		if m := koPlaceBareRe.FindStringSubmatch(text); m != nil && !koVerbEndRe.MatchString(m[1]) {
			// "… 일정 만들어줘 장소 홍대": the place named last, with no
			// particle
			return strings.TrimSpace(m[1]), strings.TrimSpace(m[0])
		}
	}
	latin := hasLatin(text)
	if latin || hasOnlineKo(text) {
		if m := onlineRe.FindStringSubmatch(text); m != nil {
			// "on zoom", "줌으로": a call's place is where it is held online
			return strings.ToLower(m[1] + m[4]), m[0]
		}
	}
	room := strings.Contains(text, "회의실")
	if strings.Contains(text, "에서") {
		if m := placeKoRe.FindStringSubmatch(text); m != nil && !notPlaces(m[1]) && !timeWordRe.MatchString(m[1]) {
			if room {
				if room := strings.TrimSpace(koRoomRe.FindString(text)); strings.Contains(room, m[1]) && len(room) > len(m[1]) && strings.Contains(text, room+"에서") {
					return room, room + "에서" // "3층 회의실에서": the whole room
				}
			}
			return m[1], m[0]
		}
	}
	if strings.Contains(text, "가서") || strings.Contains(text, "하러") {
		if m := placeGoKoRe.FindStringSubmatchIndex(text); m != nil {
			// "출입국사무소 가서 비자 연장해야 돼요", "구청에 가서 서류 떼기":
			// where the user goes to do it ("비자 연장하러 출입국사무소 가야
			// 돼요" too: what for stays the title's)
			w, from := "", m[0]
			if m[2] >= 0 {
				w = text[m[2]:m[3]]
			} else {
				w, from = text[m[4]:m[5]], m[4]
			}
			if !notPlaces(w) && !timeWordRe.MatchString(w) && !koNotGoPlace[w] {
				return w, strings.TrimSpace(text[from:m[1]])
			}
		}
	}
	if room {
		if m := koRoomRe.FindString(text); m != "" {
			// "회의실 A", "3층 회의실", "대회의실": a room said without 에서
			return strings.TrimSpace(m), m
		}
	}
	if !latin {
		return "", ""
	}
	for _, m := range placeEnRe.FindAllStringSubmatch(text, -1) {
		w := strings.TrimPrefix(m[1], "the ")
		if i := max(strings.LastIndex(w, " in "), strings.LastIndex(w, " near ")); i > 0 {
			// "Blue Salon in Hongdae": the place and where it is, but
			// not "… in December" (when)
			if last := w[strings.LastIndex(w, " ")+1:]; timeWordRe.MatchString(last) || monthNameRe.MatchString(last) {
				w = w[:i]
			}
		}
		if notPlaces(w) || enNotNames[strings.ToLower(w)] || timeWordRe.MatchString(w) {
			continue
		}
		return w, m[0]
	}
	if m := enPlaceNounRe.FindStringSubmatch(text); m != nil {
		// "at gangnam station", "in room 301", "room 301"
		w := strings.TrimSpace(m[1] + m[2])
		for _, by := range []string{" at ", " in "} {
			if i := strings.LastIndex(strings.ToLower(w), by); i >= 0 {
				w = strings.TrimPrefix(w[i+len(by):], "the ") // "noon at jamsil station": the station
			}
		}
		return w, m[0]
	}
	return "", ""
}

// placeGoKoRe: a place gone to for what is said after it ("출입국사무소
// 가서", "구청에 가서"); koNotGoPlace: words before 가서 that are no place
// ("거기", "먼저", "일찍").
var (
	placeGoKoRe  = regexp.MustCompile(`(?:^|\s)([가-힣A-Za-z0-9]{2,12}?)(?:에|으로|로)?\s+가서(?:\s|$)|[가-힣]하러\s+([가-힣A-Za-z0-9]{2,12}?)(?:에|으로|로)?\s+(?:가야|가요|갑니다|가는|갈)`)
	koNotGoPlace = map[string]bool{"거기": true, "여기": true, "저기": true, "먼저": true, "일찍": true, "빨리": true, "직접": true, "같이": true, "혼자": true, "나중": true, "다시": true, "얼른": true, "그냥": true, "좀": true, "잠깐": true, "거기로": true}
)

// hasDigit reports whether text holds an ASCII digit, which \d is.
func hasDigit(text string) bool {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}

// hasLatin reports whether text holds an ASCII letter or a letter that
// case-folds to one (K, the Kelvin sign, and ſ, the long s): what the
// English regexps of place need even under (?i).
func hasLatin(text string) bool {
	for i := 0; i < len(text); i++ {
		if c := text[i] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return strings.Contains(text, "\u212a") || strings.Contains(text, "\u017f")
}

// findIf is re.FindStringSubmatch(text), or nil without running re when
// may is false: may is false only for texts re cannot match.
func findIf(may bool, re *regexp.Regexp, text string) []string {
	if !may {
		return nil
	}
	return re.FindStringSubmatch(text)
}

// mayKoPeople reports whether text holds what every match of koPeopleRe
// must ("둘이", "셋으로", "어른 …", "성인 …", "adult …").
func mayKoPeople(text string) bool {
	return strings.Contains(text, "이") || strings.Contains(text, "로") || strings.Contains(text, "어른") || strings.Contains(text, "성인") || strings.Contains(text, "adult")
}

// mayKoName reports whether text holds one of the particles every match
// of koNameRe ends with (이랑, 랑, 이하고, 하고, 와, 과, 이한테, 한테, 에게, 께).
func mayKoName(text string) bool {
	for _, p := range [...]string{"랑", "하고", "와", "과", "한테", "에게", "께"} {
		if strings.Contains(text, p) {
			return true
		}
	}
	return false
}

// hasOnlineKo reports whether text names an online meeting app in Korean
// (the Korean half of onlineRe).
func hasOnlineKo(text string) bool {
	return strings.Contains(text, "줌") || strings.Contains(text, "팀즈") || strings.Contains(text, "구글") ||
		strings.Contains(text, "웹엑스") || strings.Contains(text, "스카이프")
}

// koPlaceBareRe: "장소 홍대", "위치 3층 회의실" at the end of a clause;
// koVerbEndRe rejects a request's verb there ("장소 추천해줘").
var (
	koPlaceBareRe = regexp.MustCompile(`(?:^|\s)(?:장소|위치)\s+([가-힣A-Za-z0-9][가-힣A-Za-z0-9 ]{1,20}?)\s*(?:[,.!?]|$)`)
	koVerbEndRe   = regexp.MustCompile(`(?:줘|요|해|야|어|까|나|지|다|니|세요|래)$`)
)

// koPlaceIsRe: a place named as such ("장소는 강남역", "위치: 3층").
// The words that end the clause are no part of it ("장소는 잠실 집이고요",
// "장소는 2층 라운지로 해줘").
var koPlaceIsRe = regexp.MustCompile(`(?:장소|위치)\s*(?:는|은|:)\s*([^,.!?]+?)\s*(?:이고요|이고|이에요|예요|입니다|이야|야|이요|요|에서|(?:으로|로)(?:\s*(?:해|하|잡아|정해)\S*(?:\s*주세요|\s*줘)?)?)?\s*(?:[,.!?]|$)`)

// enPlaceNounRe: a place said in lower case, known by the noun that ends
// it ("at gangnam station", "at the city hall"), or a numbered room.
// nearSpan reports whether day (YYYY-MM-DD) falls within the days of tm
// or three days either side of them: a holiday said with the dates of the
// stay around it.
func nearSpan(day string, tm *entity.Time) bool {
	d, err := time.ParseInLocation("2006-01-02", day, tm.Start.Location())
	if err != nil {
		return false
	}
	return !d.Before(tm.Start.AddDate(0, 0, -3)) && d.Before(tm.End.AddDate(0, 0, 3))
}

// monthNameRe: an English month's name, which is when, not where.
var monthNameRe = regexp.MustCompile(`(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$`)

// (A floor numbered is part of the place: "in the 3rd floor lounge", "at
// the 2nd floor cafe" — und17b, the blind set post16.)
var enPlaceNounRe = regexp.MustCompile(`(?i)(?:\b(?:at|in)\s+(?:the\s+)?((?:[a-z]+\s+|\d+(?:st|nd|rd|th)\s+){0,3}(?:station|hall|cafe|café|cafeteria|canteen|lobby|lounge|office|building|park|library|center|centre|clinic|hospital|hotel|gym|studio|school|campus)\b)|(?:\b(?:in|at)\s+(?:the\s+|a\s+)?)?\b((?:\d+(?:st|nd|rd|th)\s+floor\s+)?(?:(?:small|big|large|main|little|new|old|quiet|tiny|huge|upstairs|downstairs|first|second|third|back|front)\s+)?(?:(?:conference|meeting|board|seminar)\s+room(?:\s+[0-9]+[a-z]?|\s+[A-Z]\b)?|boardroom|room\s*[0-9]+[a-z]?))\b)`)

// onlineRe: a meeting held online, by the app's name ("on zoom", "via
// teams", "줌으로", "팀즈에서").
var onlineRe = regexp.MustCompile(`(?i)\b(?:on|via|over|using)\s+(zoom|teams|google meet|skype|webex)\b()|()(줌|팀즈|구글\s?밋|웹엑스|스카이프)(?:으로|로|에서)`)

// Korean counts of people said without a counter: "둘이서", "셋이",
// "어른 둘", "성인 2".
var (
	koPeopleRe = regexp.MustCompile(`(?:(둘|셋|넷|다섯|여섯|일곱|여덟)이(?:서|서요|요|에요|예요)?(?:\s|$|[^가-힣])|(?:어른|성인|adult)\s*(하나|둘|셋|넷|다섯|여섯|\d{1,2})|(?:^|\s)(둘|셋|넷|다섯|여섯|일곱|여덟)(?:으로|로)\s*(?:다시|바꿔|변경|해|하|부탁|찾|예약|잡|$|[^가-힣]))`)
	koCount    = map[string]int{"하나": 1, "둘": 2, "셋": 3, "넷": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8}
	enPeopleRe = regexp.MustCompile(`(?i)\b(?:family|team|group) of (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b|\b(just me|only me|by myself|just myself|solo|on my own|traveling alone|travelling alone|alone|table for one)\b|\bwe(?:'re| are| will be|'ll be) (?:now )?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b`)
	// "혼밥", "혼자 가요", "나 혼자": one.
	koAloneRe = regexp.MustCompile(`혼밥|혼술|혼자|1인\s*(?:석|식당)?(?:\s|$)`)
	// "저희 부부가 강릉 가요", "커플끼리 묵을 방": a couple, two.
	koCoupleRe = regexp.MustCompile(`(?:부부|커플)(?:가|는|끼리|이|이에요|예요|라서|인데|로|\s|$)`)
	// "me and my wife", "my husband and I": two.
	enPairRe = regexp.MustCompile(`(?i)\bme and my (?:wife|husband|partner|girlfriend|boyfriend|gf|bf|fiancee?|fiancée|hubby|friend|mom|mother|dad|father|sister|brother|son|daughter)\b|\bmy (?:wife|husband|partner|girlfriend|boyfriend|gf|bf|fiancee?|fiancée|hubby|friend|mom|mother|dad|father|sister|brother|son|daughter|colleague|coworker) and (?:i|me)\b`)
	// "dinner with my wife", "take my girlfriend somewhere special": two —
	// unless more come ("with my wife and kids").
	enPartnerRe = regexp.MustCompile(`(?i)\b(?:with|take|taking|bring|bringing) my (?:wife|husband|partner|girlfriend|boyfriend|gf|bf|fiancee?|fiancée|hubby)\b(\s*(?:and|&|plus)\s)?`)
	// "couple", "for a couple": two — unless it is "a couple of days".
	enCoupleRe   = regexp.MustCompile(`(?i)\bcouple\b`)
	enCoupleOfRe = regexp.MustCompile(`(?i)\bcouple of\b`)
	// a native count said as a word of its own ("점심 1시 둘", "하룻밤 둘
	// 30만원 이하"): the party, as "둘이서" is (see koBareCount).
	koBareRe = regexp.MustCompile(`(?:^|\s)(둘|셋|넷|다섯|여섯|일곱|여덟)(?:$|[\s,.!?]+(\S*))`)
	// "with 5 friends", "w/ 3 coworkers": they and the one asking.
	// So are "me n two friends", "me & 3 mates", "myself plus two
	// coworkers" (und17b: the blind set post16's "me n two friends").
	enWithRe = regexp.MustCompile(`(?i)(?:\bwith|\bw/|\b(?:me|myself)\s+(?:and|n|&|\+|plus|'n'?|an')(?:\s+my)?)\s*(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:friends|colleagues|coworkers|co-workers|others|buddies|classmates|mates|pals|guys|girls|coworkers)\b`)
)

// koWithRe: the people a Korean sentence brings along, by who they are
// to the one asking ("부모님이랑", "엄마하고", "남편과", "여자친구랑").
// 부모님 are two; everyone else one. "부모님 모시고 가기 좋은 한식집" says
// what kind of place, not who comes: no count.
var koWithRe = regexp.MustCompile(`(부모님|엄마|아빠|어머니|아버지|어머님|아버님|남편|아내|와이프|여자\s?친구|남자\s?친구|여친|남친|애인|신랑|신부|딸|아들|할머니|할아버지)(?:이랑|랑|하고|과|와)(?:\s|$)`)

// koCompanionRe: a count of companions named by what they are to the one
// asking, with 이랑/하고/와 ("친구 둘이랑", "동료 세 명하고", "후배 2명과").
// The one asking comes too; names before a count ("민수 지영 셋이랑")
// are the whole party and are not read here.
var koCompanionRe = regexp.MustCompile(`(?:친구|동료|동기|팀원|직원|선배|후배|지인|손님|애들|아이)(?:들)?\s*(?:(둘|셋|넷|다섯|여섯|일곱)|(한|두|세|네|다섯|여섯|일곱)\s*명|(\d{1,2})\s*명)(?:이랑|이하고|하고|이와|과|와|랑)(?:\s|$|[,.!?])`)

// koCompanions is the number of companions koCompanionRe finds, or 0.
func koCompanions(text string) int {
	if !strings.Contains(text, "랑") && !strings.Contains(text, "하고") && !strings.Contains(text, "와") && !strings.Contains(text, "과") {
		return 0
	}
	m := koCompanionRe.FindStringSubmatch(text)
	if m == nil {
		return 0
	}
	switch {
	case m[1] != "":
		return koCount[m[1]]
	case m[2] != "":
		return map[string]int{"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7}[m[2]]
	}
	n, _ := strconv.Atoi(m[3])
	if n > 20 {
		return 0
	}
	return n
}

// koCompany is the party the relatives named with koWithRe make with the
// one asking ("부모님이랑 한옥에서 하룻밤": three), or 0. "가족들",
// "친구들" and a plural keep their count unknown.
func koCompany(text string) int {
	if !koWithGate.may(text) { // (regate.go)
		return 0
	}
	ms := koWithRe.FindAllStringSubmatch(text, -1)
	if len(ms) == 0 || strings.Contains(text, "들이랑") || strings.Contains(text, "들하고") || strings.Contains(text, "들과") {
		return 0
	}
	n := 1
	for _, m := range ms {
		if m[1] == "부모님" {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// koBareCount is the count of a native numeral said as a word of its own
// — a party in a booking sentence — or 0; "둘 다" (both), "둘 중" (of the
// two) and "셋째" are not counts of people.
func koBareCount(text string) int {
	if !koBareGate.may(text) { // (regate.go)
		return 0
	}
	for _, m := range koBareRe.FindAllStringSubmatch(text, -1) {
		switch next := m[2]; {
		case next == "다", strings.HasPrefix(next, "중"), strings.HasPrefix(next, "째"):
			continue
		}
		return koCount[m[1]]
	}
	return 0
}

func smallNumber(s string) (int, bool) {
	if n, ok := enSmall[strings.ToLower(s)]; ok {
		return n, true
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// without returns text without the entities' words ("3만원 안쪽 텀블러" →
// "텀블러"): what is left of a free-text slot.
func (e ents) without(text string) string {
	var b strings.Builder
	last := 0
	for _, sp := range e.spans {
		if sp[0] < last || sp[1] > len(text) {
			continue
		}
		if mealWord(text, sp, e.time != "") {
			continue // "저녁식사", "점심약속": a meal the event is, not when
		}
		if holidayNamesEvent(text, sp) {
			continue // "new year's eve party": the party is the event
		}
		if n := mealLead(text, sp, e.time != ""); n > 0 {
			// "team lunch tomorrow at noon": the meal is the event, the
			// rest of the span when.
			sp[0] += n
		}
		b.WriteString(text[last:sp[0]])
		b.WriteByte(' ')
		last = sp[1]
		// The particle the entity carried goes with it ("3만원 이하로").
		for _, p := range particles {
			rest := text[last:]
			if strings.HasPrefix(rest, p) && (len(rest) == len(p) || rest[len(p)] == ' ') {
				last += len(p)
				break
			}
		}
		// Written without spaces ("내일점심12시에팀장님이랑…"), the time's
		// particle is glued to the next word: it goes with the time too.
		for _, p := range gluedTimeParticles {
			if rest := text[last:]; strings.HasPrefix(rest, p) && len(rest) > len(p) && rest[len(p)] >= 0x80 {
				last += len(p)
				break
			}
		}
	}
	b.WriteString(text[last:])
	return strings.Join(strings.Fields(b.String()), " ")
}

// holidayRe is a holiday said as a day ("christmas", "New Year's Eve").
var holidayRe = regexp.MustCompile(`(?i)^(?:christmas(?:\s+(?:eve|day))?|xmas(?:\s+eve)?|new\s+year'?s?(?:\s+(?:eve|day))?|halloween|valentine'?s(?:\s+day)?)$`)

// holidayMealRe is a holiday's meal read as one time ("christmas lunch").
var holidayMealRe = regexp.MustCompile(`(?i)^(?:christmas(?:\s+(?:eve|day))?|xmas(?:\s+eve)?|new\s+year'?s?(?:\s+(?:eve|day))?|halloween|valentine'?s(?:\s+day)?)\s+(?:breakfast|brunch|lunch|dinner|supper)$`)

// holidayNamesEvent: the span is a holiday said before a word of the
// event ("New Year's Eve party", "christmas lunch with family"): the
// holiday is part of what the event is called, though it also says when.
func holidayNamesEvent(text string, sp [2]int) bool {
	said := strings.TrimSpace(text[sp[0]:sp[1]])
	if holidayMealRe.MatchString(said) {
		return true // "christmas lunch with family": the meal of the day
	}
	if !holidayRe.MatchString(said) {
		return false
	}
	rest := strings.Fields(text[sp[1]:])
	if len(rest) == 0 || strings.ContainsAny(text[sp[1]:][:1], ",.!?") {
		return false
	}
	next := strings.ToLower(strings.Trim(rest[0], ",.!?"))
	if next == "" || !isLatin(next[0]) || next[0] >= '0' && next[0] <= '9' {
		return false
	}
	return !timeWordRe.MatchString(next) && !titleStops[next]
}

// titleStops are words after a holiday that say more of when or ask
// something, not what the event is.
var titleStops = map[string]bool{"and": true, "or": true, "is": true, "please": true, "pls": true, "in": true, "from": true, "to": true,
	"until": true, "till": true, "the": true, "this": true, "next": true, "eve": true, "day": true, "will": true, "we": true, "i": true}

// mealWord: the span is a meal (아침, 점심, 저녁) that begins a longer
// word — "저녁식사", "점심약속" — other than the meal and its particle, or
// an English meal said as the event beside a clock time (clock).
func mealWord(text string, sp [2]int, clock bool) bool {
	switch strings.ToLower(text[sp[0]:sp[1]]) {
	case "아침", "점심", "저녁":
	case "breakfast", "brunch", "lunch", "dinner", "supper":
		// "lunch with Junho on Dec 18 at noon": the meal is the event
		// when a clock time says when; "lunch w/ Minsu tomorrow", "at
		// lunch", "over dinner" say when.
		return clock && !enMealWhenRe.MatchString(text[:sp[0]])
	default:
		return false
	}
	rest := text[sp[1]:]
	if strings.HasPrefix(rest, " ") || rest == "" {
		// "저녁 약속도 잡아줘", "팀 점심 일정": the meal said apart is the
		// event when an event of a meal follows it, or — a clock saying
		// when — a word of the event comes before it ("7시에 팀 점심").
		return mealApart(text[:sp[0]], rest, clock)
	}
	if i := strings.IndexAny(rest, " ,.!?"); i >= 0 {
		rest = rest[:i]
	}
	if rest == "" {
		// "정오에 지영이랑 점심 먹는 거", "7시 반 엄마 생신 저녁": a meal
		// said apart, when a clock time says when, is the event.
		return clock
	}
	if rest[0] < 0x80 {
		return false
	}
	for _, p := range append(append([]string{"때", "에는", "쯤", "쯤에"}, particles...), gluedTimeParticles...) {
		if rest == p {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.Is(unicode.Hangul, r)
}

// mealEvents are what a meal said apart before them makes an event of
// ("저녁 약속", "점심 모임", "점심 미팅").
var mealEvents = []string{"약속", "모임", "식사", "미팅", "회식", "자리", "번개", "데이트"}

// mealApart: a Korean meal word said as a word of its own, with before
// and after it, is the event rather than when.
func mealApart(before, after string, clock bool) bool {
	next := strings.Fields(after)
	if len(next) > 0 {
		w := strings.Trim(next[0], ",.!?")
		if w != "" && w[0] < 0x80 {
			return false // "점심 12시": a clock follows
		}
		for _, m := range mealEvents {
			if strings.HasPrefix(w, m) {
				return true
			}
		}
	}
	prev := strings.Fields(before)
	if !clock || len(prev) == 0 {
		return false
	}
	p := strings.Trim(prev[len(prev)-1], ",.!?")
	r, _ := utf8.DecodeRuneInString(p)
	if !unicode.Is(unicode.Hangul, r) || timeWordRe.MatchString(p) || strings.HasSuffix(p, "에") {
		return false
	}
	return true
}

// mealLead is the length of an English meal word that opens a longer
// span ("lunch tomorrow at noon") and is the event — a clock says when,
// and it is not said as when ("at lunch tomorrow"); 0 otherwise.
func mealLead(text string, sp [2]int, clock bool) int {
	w := text[sp[0]:sp[1]]
	i := strings.IndexByte(w, ' ')
	if i <= 0 || !clock || enMealWhenRe.MatchString(text[:sp[0]]) {
		return 0
	}
	switch strings.ToLower(w[:i]) {
	case "breakfast", "brunch", "lunch", "dinner", "supper":
		return i
	}
	return 0
}

// amongRe: a count said of some of the party ("일행 중에 비건이 한 명",
// "저희 중 두 명은 채식이에요"), just before the count.
var amongRe = regexp.MustCompile(`(?:일행|저희|우리|같이\s*가는\s*사람)\s*(?:들\s*)?(?:중에|중에서|중)\s*(?:는|도)?\s*(?:\S+\s*(?:이|가|는|은|도)?\s*)?$`)

// lastOfTimeRe: "last" or 마지막 said of a day, a night, a week.
var lastOfTimeRe = regexp.MustCompile(`\blast\s+(?:day|days|night|nights|morning|evening|week|weekend|month|year|time|minute|stop)\b|마지막\s*(?:날|밤|주|달|아침)`)

var enMealWhenRe = regexp.MustCompile(`(?i)\b(?:at|for|around|during|over|after|before|by|until|till|from|to)\s+$`)

// gluedTimeParticles follow a day or time ("12시에", "3일부터"), longest
// first; "에" then a word is never the start of that word.
var gluedTimeParticles = []string{"에는", "부터", "까지", "에"}

// particles that attach to a Korean noun, longest first.
var particles = []string{"으로", "에서", "까지", "부터", "이랑", "하고", "로", "에", "의", "은", "는", "이", "가", "을", "를", "랑", "도", "만"}

// lastWord reads "마지막", "the last one" (−1).
func lastWord(text string) int {
	// "on the last day", "마지막 날 몇 시까지": the last of a span of time,
	// not of a list (a stay's check-out was read as holding the last place)
	lower := lastOfTimeRe.ReplaceAllString(strings.ToLower(text), " ")
	for k, v := range gen.Ordinals {
		if v < 0 && containsWord(lower, k) {
			return v
		}
	}
	return 0
}

var (
	// A Korean name (2–4 syllables, maybe with 씨/님) before a particle of
	// company or address (랑, 하고, 와/과, 한테, 에게), and the names listed
	// before it with commas ("준호, 은지랑", "유키씨, 하나씨하고"); "유키 상이랑"
	// is Yuki with the Japanese honorific.
	koNameRe = regexp.MustCompile(`((?:[가-힣]{2,4}\s*(?:씨|님)?\s*,\s*)*)([가-힣]{2,4}?)(?:\s+상|\s*(?:씨|님)|)(?:이랑|랑|이하고|하고|와|과|이한테|한테|에게|께)(?:\s|,|$)`)
	koHonRe  = regexp.MustCompile(`([가-힣]{2,4})\s*(?:님|씨)(?:이|가|은|는|도|을|를|께서|께|\s|,|$)`)
	koListRe = regexp.MustCompile(`([가-힣]{2,4}?)\s*(?:씨|님)?\s*,`)
	// koOnlyRe: Korean names listed with commas and closed by 만 ("only")
	// or by the people they are ("민준이, 서아, 하준이만 참여하는",
	// "김서준, 이하은, 박도윤 학생만", "지호, 유나 학생들 대상으로"):
	// the people something is for, with no particle of company.
	koOnlyRe = regexp.MustCompile(`((?:[가-힣]{2,4}\s*(?:씨|님)?\s*,\s*)+)([가-힣]{2,4}?)\s*(?:씨|님|학생들?|선수들?)?(?:만|들만|까지만)(?:\s|,|$)`)
	// English names after the words that bring people in ("with", "invite",
	// "w/", "meet with", "a call with"), in a list joined by commas and "and"; lower case is allowed
	// there (chat), capitalised names are also taken anywhere but at the
	// start of the sentence — or of what a label's colon introduces ("new
	// event: Yoga class", "new event: Parent-teacher conference" name an
	// event, not a person called Yoga or Parent).
	enNameRe = regexp.MustCompile(`(?i)(?:\b(?:with|invite|send|meet|see|call)(?:\s+with)?)\s+((?:[a-z]+)(?:\s*(?:,|\band\b|&)\s*[a-z]+)*)`)
	// enMeAndRe: people listed after the one asking ("me, jisoo and minho",
	// "me and Yuki").
	enMeAndRe = regexp.MustCompile(`(?i)\b(?:me|myself)\s*(?:,|\band\b|&)\s*((?:[a-z]+)(?:\s*(?:,|\band\b|&)\s*[a-z]+)*)`)
	// enW is chat's "with": "lunch w/ Minsu", "meeting w jiyoung".
	enW       = regexp.MustCompile(`(?i)\bw/\s*|\bw\s+([a-z])`)
	enSplit   = regexp.MustCompile(`\s*(?:,|\band\b|&)\s*`)
	enCapital = regexp.MustCompile(`[^.!?:]\s+([A-Z][a-z]{2,})\b`)
)

// notNames are words that take 와/과/랑 but are not people.
var notNames = map[string]bool{"내일": true, "오늘": true, "모레": true, "오후": true, "오전": true, "저녁": true, "점심": true, "회의": true, "시간": true,
	"그리고": true, "팀": true, "미팅": true, "일정": true, "약속": true, "다같이": true, "같이": true, "모두": true, "우리": true, "친구": true,
	"가족": true, "동료": true, "팀원": true, "팀원들": true, "사람들": true, "모두에게": true, "다들": true, "전원": true, "팀장": true, "엄마": true, "아빠": true,
	"고객": true, "선생": true, "사장": true, "부장": true, "과장": true, "대표": true, "교수": true, "손": true, "여러분": true,
	// counts of the people, not one of them ("민수 지영 셋이랑", "세명이랑")
	"둘이": true, "셋이": true, "넷이": true, "다섯이": true, "여섯이": true, "둘이서": true, "셋이서": true, "넷이서": true,
	"두명": true, "세명": true, "네명": true, "다섯명": true, "두 명": true, "세 명": true, "네 명": true, "다섯 명": true,
	"둘": true, "셋": true, "넷": true, "다섯": true,
	// "이 분이랑", "그분하고": a person pointed at, not named
	"분이": true, "그분": true, "이분": true, "저분": true, "그분이": true, "이분이": true}

// enNotNames are English words that follow "with" or are capitalised
// without being anyone's name.
var enNotNames = map[string]bool{"my": true, "the": true, "a": true, "an": true, "me": true, "us": true, "him": true, "her": true, "them": true,
	"you": true, "everyone": true, "everybody": true, "team": true, "someone": true, "somebody": true, "i": true, "it": true, "this": true, "that": true,
	"people": true, "all": true, "whole": true, "each": true, "other": true, "friends": true, "sister": true, "brother": true, "mom": true, "dad": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "dec": true, "jan": true, "nov": true, "room": true, "korean": true, "english": true,
	"an invite": true, "invite": true, "invites": true, "invitation": true, "meeting": true, "call": true, "for": true, "to": true, "on": true, "at": true,
	"tomorrow": true, "today": true, "tonight": true, "next": true, "free": true, "both": true, "and": true, "in": true, "out": true, "up": true,
	"seoul": true, "busan": true, "jeju": true, "gangnam": true, "hongdae": true, "please": true, "pls": true, "station": true, "zoom": true, "teams": true,
	// "see when we're both open", "check if she's free": a question's
	// words after "see", not someone to see
	"when": true, "what": true, "where": true, "who": true, "whether": true, "if": true, "how": true, "which": true, "there": true, "here": true,
	// "it overlaps w something, dont care": the words of a remark after
	// the list, nobody named (und17b, the blind set post16)
	"something": true, "anything": true, "nothing": true, "anyone": true, "anybody": true, "dont": true, "don't": true, "doesnt": true,
	"doesn't": true, "whatever": true, "idc": true, "fine": true, "ok": true, "okay": true, "but": true, "so": true}

// names finds the people a sentence mentions: "민수랑 지영이랑", "준호, 은지랑",
// "with Minsu and Jiyoung", "when are David and Yuki free".
func names(text string) []string {
	text = quotedRe.ReplaceAllStringFunc(unglueNames(spellWith(text)), func(q string) string {
		// "add 'Call with plumber' tomorrow": a title quoted names nobody
		return strings.Repeat(" ", len(q))
	})
	var out []string
	add := func(n string) {
		n = strings.TrimSpace(n)
		if n == "" || notNames[n] || enNotNames[strings.ToLower(n)] || koClauseEnd(n) {
			return
		}
		for _, o := range out {
			if strings.EqualFold(o, n) {
				return
			}
		}
		out = append(out, n)
	}
	// Each regexp runs only on a text holding what every match of it must
	// (TestEntsGates): one of koNameRe's particles, 님 or 씨, an ASCII letter.
	if mayKoName(text) {
		for _, m := range koNameRe.FindAllStringSubmatch(text, -1) {
			for _, l := range koListRe.FindAllStringSubmatch(m[1], -1) {
				add(l[1])
			}
			add(m[2])
		}
	}
	if strings.Contains(text, "만") && strings.Contains(text, ",") {
		for _, m := range koOnlyRe.FindAllStringSubmatch(text, -1) {
			for _, l := range koListRe.FindAllStringSubmatch(m[1], -1) {
				add(calledBare(l[1]))
			}
			add(calledBare(m[2]))
		}
	}
	if strings.Contains(text, "님") || strings.Contains(text, "씨") {
		for _, m := range koHonRe.FindAllStringSubmatch(text, -1) {
			add(m[1])
		}
	}
	if !hasLatin(text) {
		return out
	}
	for _, m := range enNameRe.FindAllStringSubmatch(text, -1) {
		for _, n := range enSplit.Split(m[1], -1) {
			if enNotNames[strings.ToLower(n)] {
				break // "with my team", "with the": the list ends
			}
			add(n)
		}
	}
	for _, m := range enMeAndRe.FindAllStringSubmatch(text, -1) {
		// "where me, jisoo and minho are all free": the people listed
		// with the one asking (a trial asked "Who should be in the
		// meeting?" every line)
		for _, n := range enSplit.Split(m[1], -1) {
			if enNotNames[strings.ToLower(n)] {
				break
			}
			add(n)
		}
	}
	for _, m := range enCapital.FindAllStringSubmatchIndex(text, -1) {
		if notNameBefore[strings.ToLower(lastWordOf(text[:m[2]]))] {
			continue // "add Dentist tomorrow at 3pm", "put Gym on Thursday": what, not who
		}
		add(text[m[2]:m[3]])
	}
	return out
}

// koClauseEnd: a Korean word that ends a clause or takes an object's
// particle is no one's name ("면담을 하고 싶은데" is 하다's 하고, "옮기고
// 싶은데요, 민수 씨랑" lists no 싶은데요).
func koClauseEnd(n string) bool {
	for _, e := range []string{"요", "데", "을", "를", "니까", "는데", "지만", "려고", "은데"} {
		if strings.HasSuffix(n, e) {
			return true
		}
	}
	return false
}

// calledBare is a Korean given name without the 이 said after a name
// that ends in a consonant when it is called ("민준이" → "민준", "하준이"
// → "하준"); a name ending in a vowel takes none ("서아"), and a name of
// two syllables is kept whole ("준이").
func calledBare(n string) string {
	rs := []rune(n)
	if len(rs) == 3 && rs[2] == '이' && rs[1] >= 0xAC00 && rs[1] <= 0xD7A3 && (rs[1]-0xAC00)%28 != 0 {
		return string(rs[:2])
	}
	return n
}

// partnerOnly: the text brings the user's partner and nobody else ("an
// anniversary dinner with my wife").
func partnerOnly(text string) bool {
	m := enPartnerRe.FindStringSubmatch(text)
	return m != nil && m[1] == ""
}

// notNameBefore are the words after which a capitalised word is what is
// asked about, not a person: a request's verb ("add Dentist", "put Gym
// on Thursday", "cancel Yoga"), a determiner ("my Piano lesson") or a
// place's preposition ("in Tokyo"). People
// brought in by a verb ("invite Minsu", "meet Yuki", "call David") are
// read by enNameRe.
var notNameBefore = map[string]bool{"add": true, "put": true, "schedule": true, "book": true, "create": true, "log": true, "block": true,
	"pencil": true, "move": true, "push": true, "shift": true, "cancel": true, "delete": true, "remove": true, "drop": true, "scrap": true,
	"reschedule": true, "a": true, "an": true, "the": true, "my": true, "our": true, "new": true, "called": true, "titled": true, "named": true,
	// a place's preposition: "Yuki is in Tokyo", "Jiho flies in from Busan",
	// "somewhere near Seongsan" name where, not who
	"in": true, "from": true, "near": true, "around": true, "at": true, "into": true}

// lastWordOf is the last word of s, without the spaces after it.
func lastWordOf(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ",;:'\"")
}

// gluedName: a Korean name with 이랑/랑 written without spaces around it
// in a long word ("모레오후2시에지훈이랑미팅잡아줘"), after a word's end (a
// digit, 에) or at the word's start.
var gluedName = regexp.MustCompile(`(^|[^가-힣]|에)([가-힣]{2,3}?)(이랑|랑)([가-힣])`)

// unglueNames spaces the names of a request written without spaces as
// the spaced one is ("…2시에 지훈이랑 미팅…"): unspaced, "지훈" was no
// one and the meeting became a private event titled "지훈이랑미팅".
// Only long words are read so: "사랑해" stays as it is.
func unglueNames(text string) string {
	if !strings.Contains(text, "랑") {
		return text
	}
	fs := strings.Fields(text)
	changed := false
	for i, f := range fs {
		if utf8.RuneCountInString(f) < 8 {
			continue
		}
		if g := gluedName.ReplaceAllString(f, "$1 $2$3 $4"); g != f {
			fs[i], changed = g, true
		}
	}
	if !changed {
		return text
	}
	return strings.Join(fs, " ")
}

// spellWith writes chat's "w/" and "w" out as "with".
func spellWith(text string) string {
	if !strings.Contains(text, "w") && !strings.Contains(text, "W") {
		return text
	}
	return enW.ReplaceAllString(text, "with $1")
}

// withoutNames drops the people named from text with the words that tie
// them in ("민수랑", "with Yuki and Hana"): an event's title is what it
// is, not who comes.
func withoutNames(text string, ns []string) string {
	text = spellWith(text)
	for _, n := range ns {
		re := regexp.MustCompile(`(?i)(?:\bwith\s+|\band\s+|,\s*)?` + regexp.QuoteMeta(n) + `(?:\s*(?:씨|님))?(?:이랑|랑|이하고|하고|와|과|이한테|한테|에게|께|이|가)?`)
		text = re.ReplaceAllString(text, " ")
	}
	return strings.Join(strings.Fields(text), " ")
}

// has reports whether text contains one of the phrases.
func has(text string, phrases []string) bool {
	lower := strings.ToLower(text)
	for _, p := range phrases {
		if containsWord(lower, strings.ToLower(p)) {
			return true
		}
	}
	return false
}

// saysYes: the text says yes (gen.Yes). A one-syllable Korean yes ("예",
// "네", "응") counts only as a word of its own: inside a word it is
// something else — "내 예약 보여줘" is a request, not a yes to the card
// waiting for its button.
func saysYes(text string) bool {
	lower := strings.ToLower(text)
	for _, w := range gen.Yes {
		w = strings.ToLower(w)
		if w[0] >= 0x80 && utf8.RuneCountInString(w) == 1 {
			for _, f := range strings.Fields(lower) {
				if strings.Trim(f, ".,!?~…ㅎㅋ") == w {
					return true
				}
			}
			continue
		}
		if containsWord(lower, w) {
			return true
		}
	}
	return false
}

// containsWord reports whether w occurs in s as a word (Latin words need
// boundaries; Korean words may carry particles: "내일은", "모레쯤").
func containsWord(s, w string) bool {
	i := strings.Index(s, w)
	for i >= 0 {
		if w[0] >= 0x80 { // Hangul: substring is fine ("내일은", "모레쯤")
			return true
		}
		before := i == 0 || !isLatin(s[i-1])
		after := i+len(w) == len(s) || !isLatin(s[i+len(w)])
		if before && after {
			return true
		}
		j := strings.Index(s[i+1:], w)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

func isLatin(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// enDayBoundsRe, koDayBoundsRe: a day's earliest and latest hours said as
// bounds ("not before 9 … nothing after 6pm", "9시 전은 안 되고 … 6시
// 이후는 안 돼"): hour, minutes and meridiem of each.
var (
	enDayBoundsRe = regexp.MustCompile(`(?i)\b(?:not\s+before|no\s+earlier\s+than|nothing\s+before|not\s+earlier\s+than)\s+(\d{1,2})(?::(\d\d))?\s*(am|pm)?\b.{0,40}?\b(?:nothing\s+after|not\s+after|no\s+later\s+than|not\s+later\s+than|done\s+by|finished\s+by)\s+(\d{1,2})(?::(\d\d))?\s*(am|pm)?\b`)
	koDayBoundsRe = regexp.MustCompile(`(오전|오후)?\s*(\d{1,2})시\s*(?:전|이전)(?:은|에는|엔)?\s*(?:안\s*(?:되|돼)|불가|곤란)\S*.{0,20}?(오전|오후|저녁)?\s*(\d{1,2})시\s*(?:후|이후|넘어서?|넘으면)(?:는|에는|엔|부터는)?(?:도)?\s*(?:안\s*(?:되|돼)|불가|곤란)()()`)
)

// dayBounds reads the bounds matched by enDayBoundsRe (hour, minutes,
// meridiem of each) or koDayBoundsRe (meridiem, hour of each, the
// Korean order: see the caller) as "15:04" times: a bare start from 1 to 6
// and a bare end from 1 to 8 are the afternoon's (a working day).
func dayBounds(a, b, c, d, e, f string) (string, string, bool) {
	var h1, h2 int
	var m1, m2, mer1, mer2 string
	if a != "" && a[0] >= '0' && a[0] <= '9' {
		h1, _ = strconv.Atoi(a)
		m1, mer1 = b, strings.ToLower(c)
		h2, _ = strconv.Atoi(d)
		m2, mer2 = e, strings.ToLower(f)
	} else {
		// koDayBoundsRe: (meridiem, hour, meridiem, hour) in m[1..4]
		h1, _ = strconv.Atoi(b)
		h2, _ = strconv.Atoi(d)
		mer1, mer2 = koMer(a), koMer(c)
	}
	at := func(h int, m, mer string, pmUpTo int) (int, bool) {
		if h < 0 || h > 23 {
			return 0, false
		}
		switch {
		case mer == "pm" && h < 12:
			h += 12
		case mer == "am" && h == 12:
			h = 0
		case mer == "" && h >= 1 && h <= pmUpTo:
			h += 12
		}
		mm := 0
		if m != "" {
			mm, _ = strconv.Atoi(m)
		}
		return h*60 + mm, mm < 60
	}
	from, ok1 := at(h1, m1, mer1, 6)
	to, ok2 := at(h2, m2, mer2, 8)
	if !ok1 || !ok2 || to <= from {
		return "", "", false
	}
	return fmt.Sprintf("%02d:%02d", from/60, from%60), fmt.Sprintf("%02d:%02d", to/60, to%60), true
}

func koMer(s string) string {
	switch s {
	case "오전":
		return "am"
	case "오후", "저녁":
		return "pm"
	}
	return ""
}
