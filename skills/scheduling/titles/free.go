package titles

import (
	"regexp"
	"strings"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/scheduling"
)

// freeHours answers a question when (or whether) the user is free with
// the free hours of the days asked, the events in the way named — not
// the list of events (trial13: "am i free thursday afternoon?" answered
// "Here you go: … meeting"; on an empty calendar "내일 나 비는 시간
// 언제야?" answered "그 기간에는 일정이 없어요." and never said when the
// user was free). The hours looked at are the part of the day said
// (morning 9–12, afternoon 12–18, evening 18–22), else a working day,
// 9–18; today's start at the next half hour from now.
func freeHours(t *embedded.Turn, r *skills.Result) (agents.Step, bool) {
	text := t.Slot(slotFreeAsk)
	if r.Tool == "sched_my_events" {
		t.Set(slotFreeAsk, "")
	}
	if r.Tool != "sched_my_events" || r.Status != skills.StatusOK || !freeKo.MatchString(text) && !freeEn.MatchString(text) || len(t.Names()) > 0 {
		return agents.Step{}, false
	}
	evs, err := skills.Decode[[]scheduling.EventView](*r)
	if err != nil {
		return agents.Step{}, false
	}
	loc := t.Now.Location()
	today := time.Date(t.Now.Year(), t.Now.Month(), t.Now.Day(), 0, 0, 0, 0, loc)
	from, to := askedDays(t)
	if to.Sub(from) > 6*24*time.Hour {
		return agents.Step{}, false // a long range is a list to read, not hours to count
	}
	h0, h1, part := partOfDay(text, t.Lang())
	var busy [][2]time.Time
	var titles []string
	for _, b := range bookedPlans(t, from, to) {
		if !b.start.IsZero() {
			// a table booked is a plan too (a stay takes no hours)
			busy = append(busy, [2]time.Time{b.start, b.end})
			titles = append(titles, b.name)
		}
	}
	for _, e := range evs {
		st, err1 := time.Parse(time.RFC3339, e.Start)
		en, err2 := time.Parse(time.RFC3339, e.End)
		if err1 != nil || err2 != nil || e.Cancelled {
			continue
		}
		busy = append(busy, [2]time.Time{st.In(loc), en.In(loc)})
		titles = append(titles, e.Title)
	}
	var days []string
	for d := from; !d.After(to); d = d.AddDate(0, 0, 1) {
		start, end := d.Add(time.Duration(h0)*time.Hour), d.Add(time.Duration(h1)*time.Hour)
		if d.Equal(today) && t.Now.After(start) {
			start = t.Now.Truncate(30 * time.Minute).Add(30 * time.Minute)
		}
		if !start.Before(end) {
			continue // (the hours asked of today are past)
		}
		free := []([2]time.Time){{start, end}}
		var in []string
		for i, b := range busy {
			if !b[0].Before(end) || !b[1].After(start) {
				continue
			}
			in = append(in, clock(b[0], b[1], t.Lang())+" "+titles[i])
			var next [][2]time.Time
			for _, f := range free {
				if b[0].After(f[0]) {
					next = append(next, [2]time.Time{f[0], minTime(b[0], f[1])})
				}
				if b[1].Before(f[1]) {
					next = append(next, [2]time.Time{maxTime(b[1], f[0]), f[1]})
				}
			}
			free = next
		}
		var spans []string
		for _, f := range free {
			if f[1].Sub(f[0]) >= 30*time.Minute {
				spans = append(spans, clock(f[0], f[1], t.Lang()))
			}
		}
		date := words.Date(d, t.Lang())
		switch {
		case len(in) == 0:
			days = append(days, t.Ko(date+" "+clock(start, end, "ko")+" 내내 비어 있어요", date+": free all "+part+", "+clock(start, end, "en")))
		case len(spans) == 0:
			days = append(days, t.Ko(date+part+"에는 빈 시간이 없어요("+strings.Join(in, ", ")+")", date+": no free time "+part+" ("+strings.Join(in, ", ")+")"))
		default:
			days = append(days, t.Ko(date+part+" 비는 시간은 "+words.Josa(strings.Join(spans, ", "), "이에요/예요")+"("+strings.Join(in, ", ")+" 일정 있음)",
				date+": free "+strings.Join(spans, " and ")+" (busy "+strings.Join(in, ", ")+")"))
		}
	}
	if len(days) == 0 {
		return agents.Step{}, false
	}
	if t.Intent() == "sched_my_events" {
		t.Finish() // (as the list it replaces would)
	}
	return t.Resume(agents.Step{Say: strings.Join(days, t.Ko(". ", ". ")) + "."}), true
}

// partOfDay is the hours a question about free time looks at, and how a
// sentence names them ("afternoon"; in Korean a particle-ready " 오후").
func partOfDay(text, lang string) (int, int, string) {
	switch {
	case morningRe.MatchString(text):
		return 9, 12, pick(lang, " 오전", "morning")
	case afternoonRe.MatchString(text):
		return 12, 18, pick(lang, " 오후", "afternoon")
	case eveningRe.MatchString(text):
		return 18, 22, pick(lang, " 저녁", "evening")
	}
	return 9, 18, pick(lang, "", "day")
}

var (
	morningRe   = regexp.MustCompile(`(?i)오전|아침|\bmorning\b`)
	afternoonRe = regexp.MustCompile(`(?i)오후|점심\s*(?:이후|후|지나서)|\bafternoon\b`)
	eveningRe   = regexp.MustCompile(`(?i)저녁|밤|\bevening\b|\btonight\b|\bnight\b`)
)

func pick(lang, ko, en string) string {
	if lang == "en" {
		return en
	}
	return ko
}

// clock is a span of one day without its date: "오후 12시–2시", "12–2 PM".
func clock(st, en time.Time, lang string) string {
	sep := " "
	if lang == "en" {
		sep = ", "
	}
	return strings.TrimPrefix(words.Span(st, en, lang), words.Date(st, lang)+sep)
}

// day reads a slot's day ("2026-12-10") in loc.
func day(s string, loc *time.Location) (time.Time, bool) {
	d, err := time.ParseInLocation("2006-01-02", s, loc)
	return d, err == nil
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
