package desk

import (
	"math"
	"regexp"
	"strings"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/agents/nlu/entity"
	"github.com/madang-world/madang/skills/booking"
)

// A new user's trial (round 16): a resort stay held for Saturday and
// booked, "토요일 말고 일요일로" asked how many nights (a new search), "아 일요일로
// 해주세요" went to the calendar ("옮길 일정이 없어요"), and "make it sunday
// instead" offered the resort's free table times. A new day said as a
// change, with one stay booked and nothing under way, is that stay's new
// check-in day: the same place, nights and guests, replacing the stay
// once confirmed (as stayShift does for "체크인을 하루 늦춰줘").

var (
	// redateCueRe says the day is a change ("일요일로 해줘", "바꿔", "make
	// it sunday instead").
	redateCueRe = regexp.MustCompile(`(?i)말고|대신|바꿔|바꿀|변경|옮겨|옮길|(?:으로|로)\s*(?:해|할게|하자|부탁|돼|될까|가능|요|$|\.|!|\?)|\b(?:instead|rather|not|change|move|switch|make\s+it|reschedule|swap)\b`)
	// oldDayRe: the day said right before it is the one given up
	// ("토요일 말고", "토요일 대신").
	oldDayAfterRe = regexp.MustCompile(`^\s*(?:말고|대신|에서|->|→|to\b)`)
	// oldDayBeforeRe: the day said right after it is the one given up
	// ("not saturday", "instead of saturday", "from saturday to").
	oldDayBeforeRe = regexp.MustCompile(`(?i)(?:\bnot|\binstead\s+of|\brather\s+than|\bfrom)\s*$`)
	// otherTaskRe names what the calendar or a table is about: a day for
	// those is not the stay's.
	otherTaskRe = regexp.MustCompile(`(?i)일정|회의|미팅|약속|캘린더|식당|레스토랑|점심|저녁\s*(?:예약|식사)|\b(?:meeting|event|calendar|schedule|call|restaurant|table|dinner|lunch)\b`)
)

// newStayDay is the day a text moves a stay to: the one day it says that
// is not the day given up, none (ok false) when it says no change of day.
func newStayDay(text string, now time.Time) (time.Time, bool) {
	d, nights, ok := newStayDays(text, now)
	return d, ok && nights == 0
}

// newStayDays is newStayDay that also reads the new dates said as a span
// ("dec 25 to 27", "1월 1일부터 1월 3일로": check-in to check-out), nights
// then the nights between (0 for a day alone).
func newStayDays(text string, now time.Time) (time.Time, int, bool) {
	if !redateCueRe.MatchString(text) {
		return time.Time{}, 0, false
	}
	var days []time.Time
	nights := 0
	for _, e := range entity.Parse(text, now) {
		if e.Kind != entity.KindTime || e.Time == nil {
			continue
		}
		if e.Time.Interval && e.Time.HasDate && !e.Time.HasTime {
			last := e.Time.End.Add(-time.Nanosecond)
			n := int(math.Round(time.Date(last.Year(), last.Month(), last.Day(), 0, 0, 0, 0, time.UTC).Sub(time.Date(e.Time.Start.Year(), e.Time.Start.Month(), e.Time.Start.Day(), 0, 0, 0, 0, time.UTC)).Hours() / 24))
			if n < 1 || n > 30 || len(days) > 0 {
				return time.Time{}, 0, false
			}
			days, nights = append(days, e.Time.Start), n
			continue
		}
		if e.Time.HasTime || e.Time.Interval || !e.Time.HasDate || e.Time.Grain != entity.GrainDay {
			return time.Time{}, 0, false
		}
		if oldDayAfterRe.MatchString(text[e.End:]) || oldDayBeforeRe.MatchString(text[:e.Start]) {
			continue
		}
		days = append(days, e.Time.Start)
	}
	if len(days) != 1 {
		return time.Time{}, 0, false
	}
	return days[0], nights, true
}

// stayRedate: "토요일 말고 일요일로", "make it sunday instead" with one stay
// booked and nothing under way moves the stay to that day.
func stayRedate(t *embedded.Turn) (agents.Step, bool) {
	text := t.Text()
	if t.Intent() != "" || t.State.Pending != nil || otherTaskRe.MatchString(text) || len([]rune(text)) > 60 {
		return agents.Step{}, false
	}
	to, nights, ok := newStayDays(text, t.Now)
	if !ok {
		return agents.Step{}, false
	}
	vs, ok := mine(t)
	if !ok {
		return agents.Step{}, false
	}
	var stays []booking.BookingView
	tables := 0
	for _, v := range vs {
		switch {
		case v.Kind == "lodging" && v.Status == booking.Confirmed:
			stays = append(stays, v)
		case v.Kind != "lodging":
			tables++
		}
	}
	if len(stays) == 0 || tables > 0 && !stayWords.MatchString(text) {
		// No stay, or a table too the day may be meant for: the brain
		// reads it.
		return agents.Step{}, false
	}
	t.Understood("booking_hold", 0.9, nil)
	if len(stays) > 1 {
		var ls []string
		for _, s := range stays {
			ls = append(ls, s.PlaceLabel+" "+s.WhenText)
		}
		return agents.Step{Say: t.Ko("어느 숙소 예약의 날짜를 바꿀까요? "+strings.Join(ls, ", "), "Which stay should I move? "+strings.Join(ls, ", "))}, true
	}
	s := stays[0]
	if nights > 0 && nights != s.Nights {
		// "dec 25 to 27 instead": new dates, and as many nights as they span
		s.Nights = nights
	} else if s.Date == to.Format("2006-01-02") {
		return agents.Step{}, false
	}
	return moveStay(t, s, to), true
}

var (
	// heldRe names a hold ("the hold", "가예약", "잡아 둔 거").
	heldRe = regexp.MustCompile(`(?i)\bhold\b|\bheld\b|가예약|임시\s*예약|잡아\s*둔|잡아둔|찜해\s*둔|홀드`)
	// finalRe makes a hold final ("confirm", "make it final", "lock in",
	// "확정").
	finalRe = regexp.MustCompile(`(?i)\bconfirm|\bmake\s+(?:it|that|this)\s+(?:final|official)|\block\s+(?:it\s+|that\s+|this\s+)?in\b|\bfinali[sz]e|\bgo\s+through\s+with|확정|진행해|마무리`)
	// notFinalRe asks about holds, or undoes one.
	notFinalRe = regexp.MustCompile(`(?i)취소|말고|안\s*할|\?|보여|있어|살아|\b(?:cancel|release|drop|show|list|still|any)\b`)
)

// confirmHeld: "lock in the busan resort hold before it expires!!", "I
// have a hold on a table at Bada Bistro — please make it final" were read
// as new searches (the place and its kind are a search's words; post15's
// booking_confirm). A hold named with a word that makes it final is its
// confirmation: the hold's card (whose button confirms), or that there is
// no hold to confirm.
func confirmHeld(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent == "booking_confirm" || t.Intent() != "" || t.State.Pending != nil || !heldRe.MatchString(text) || !finalRe.MatchString(text) || notFinalRe.MatchString(text) {
		return agents.Step{}, false
	}
	if intent != "booking_search_lodgings" && intent != "booking_search_restaurants" && intent != "booking_hold" && intent != embedded.OutOfScope && intent != embedded.Help {
		return agents.Step{}, false
	}
	return t.Begin("booking_confirm", max(p, 0.6)), true
}
