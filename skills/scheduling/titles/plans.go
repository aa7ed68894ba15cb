package titles

import (
	"slices"
	"strings"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/scheduling"
)

// A booking is a plan too. "그날 다른 약속 있나?" asked of a Saturday with
// a table booked at 7 answered "그 기간에는 일정이 없어요." (a new user's
// trial): the calendar holds events, the user's bookings are the
// assistant's other tool. When the avatar has a tool that lists the
// user's bookings (mineTool, read-only), the answer to a question about
// the user's days counts the bookings on those days: named with the
// events, and a table's hours busy in the free hours.

// mineTool lists the user's bookings: a read-only tool whose items have
// a date (a table's day or a stay's check-in), maybe a time and nights.
const mineTool = "booking_mine"

// tableHours is how long a table booked keeps the user busy.
const tableHours = 2 * time.Hour

// bookedPlan is one of the user's bookings on a day asked about.
type bookedPlan struct {
	start, end time.Time // a table's hours; zero for a stay
	label      string    // "12월 12일(토) 오후 7시 온 트라토리아 예약"
	name       string    // "온 트라토리아 예약"
}

type bookingItem struct {
	Date       string `json:"date"`
	Time       string `json:"time"`
	Nights     int    `json:"nights"`
	Status     string `json:"status"`
	PlaceLabel string `json:"place_label"`
	WhenText   string `json:"when_text"`
}

// bookedPlans are the user's bookings (confirmed or held) on the days
// from to to (inclusive, in loc); none when the avatar cannot list them.
func bookedPlans(t *embedded.Turn, from, to time.Time) []bookedPlan {
	if t.Call == nil || !hasTool(t, mineTool) {
		return nil
	}
	r := t.Call(mineTool, map[string]any{})
	items, err := skills.Decode[[]bookingItem](r)
	if err != nil {
		return nil
	}
	loc := from.Location()
	var out []bookedPlan
	for _, b := range items {
		if b.Status != "confirmed" && b.Status != "held" {
			continue
		}
		d, ok := day(b.Date, loc)
		if !ok {
			continue
		}
		last := d
		if b.Nights > 1 {
			last = d.AddDate(0, 0, b.Nights-1)
		}
		if d.After(to) || last.Before(from) {
			continue
		}
		name := strings.TrimSpace(b.PlaceLabel + t.Ko(" 예약", " booking"))
		if b.Status == "held" {
			name += t.Ko("(확정 전)", " (not confirmed yet)")
		}
		p := bookedPlan{label: strings.TrimSpace(b.WhenText + " " + name), name: name}
		if hm, err := time.ParseInLocation("15:04", b.Time, loc); err == nil && b.Time != "" {
			p.start = d.Add(time.Duration(hm.Hour())*time.Hour + time.Duration(hm.Minute())*time.Minute)
			p.end = p.start.Add(tableHours)
		}
		out = append(out, p)
	}
	return out
}

// hasTool: the avatar may use the tool named.
func hasTool(t *embedded.Turn, name string) bool {
	return slices.ContainsFunc(t.Tools, func(x *skills.Tool) bool { return x.Name == name })
}

// askedDays are the first and last day a calendar look-up asked about.
func askedDays(t *embedded.Turn) (time.Time, time.Time) {
	loc := t.Now.Location()
	today := time.Date(t.Now.Year(), t.Now.Month(), t.Now.Day(), 0, 0, 0, 0, loc)
	from, ok := day(t.Slot("from"), loc)
	if !ok {
		from = today
	}
	to, ok := day(t.Slot("to"), loc)
	if !ok || to.Before(from) {
		to = from
	}
	return from, to
}

// withBookings answers the user's events of the days asked together
// with their bookings on those days, when there are any; the brain's
// own answer (the events alone) otherwise.
func withBookings(t *embedded.Turn, r *skills.Result) (agents.Step, bool) {
	if r.Tool != "sched_my_events" || r.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	evs, err := skills.Decode[[]scheduling.EventView](*r)
	if err != nil {
		return agents.Step{}, false
	}
	from, to := askedDays(t)
	plans := bookedPlans(t, from, to)
	if len(plans) == 0 {
		return agents.Step{}, false
	}
	var lines, booked []string
	for _, e := range evs {
		if !e.Cancelled {
			lines = append(lines, e.WhenText+" "+e.Title)
		}
	}
	for _, p := range plans {
		booked = append(booked, p.label)
	}
	var say string
	if len(lines) == 0 {
		say = t.Ko("캘린더 일정은 없지만 예약이 있어요: "+strings.Join(booked, ", ")+".",
			"Nothing on your calendar, but you have a booking: "+strings.Join(booked, ", ")+".")
	} else {
		say = t.Ko("일정이에요: "+strings.Join(lines, ", ")+". 예약도 있어요: "+strings.Join(booked, ", ")+".",
			"Here you go: "+strings.Join(lines, ", ")+". You also have a booking: "+strings.Join(booked, ", ")+".")
	}
	if t.Intent() == "sched_my_events" {
		t.Finish() // (as the list it replaces would)
	}
	return t.Resume(agents.Step{Say: say}), true
}
