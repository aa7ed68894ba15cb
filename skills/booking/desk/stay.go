package desk

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills/booking"
)

// A new user's trial (round 11): "체크인을 하루 늦춰줘" after booking a
// hotel was read as moving a calendar event ("옮길 일정이 없어요").

var (
	// stayWords name a stay's dates ("체크인", "check-in", "숙박").
	stayWords = regexp.MustCompile(`(?i)체크\s*인|\bcheck[\s-]?in\b|숙박|숙소|호텔|\b(?:stay|hotel)\b`)
	// laterRe and earlierRe move it ("하루 늦춰줘", "push it back a day",
	// "이틀 당겨줘", "a day earlier").
	laterRe   = regexp.MustCompile(`(?i)늦[춰추출]|미[뤄루룰]|뒤로|\blater\b|\bpush(?:ed)?\b|\bpostpone|\bdelay`)
	earlierRe = regexp.MustCompile(`(?i)당[겨기길]|앞당|앞으로|\bearlier\b|\bmove\s+(?:it\s+)?up\b|\bbring\s+(?:it\s+)?forward\b`)
	// daysRe is how many days ("하루", "이틀", "2일", "a day", "2 days").
	daysRe   = regexp.MustCompile(`(?i)(하루|이틀|사흘|나흘|(\d{1,2})\s*일(?:\s|$|만|씩|정도|더|늦|뒤|앞|당|미)|\ba\s+day\b|\bone\s+day\b|\btwo\s+days\b|\bthree\s+days\b|\b(\d{1,2})\s+days?\b)`)
	dayWords = map[string]int{"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "a day": 1, "one day": 1, "two days": 2, "three days": 3}
)

// shiftDays is how many days the text moves a stay by (negative:
// earlier), 0 when it says no move of days.
func shiftDays(text string) int {
	sign := 0
	switch {
	case laterRe.MatchString(text):
		sign = 1
	case earlierRe.MatchString(text):
		sign = -1
	default:
		return 0
	}
	m := daysRe.FindStringSubmatch(text)
	if m == nil {
		return 0
	}
	n := dayWords[strings.ToLower(strings.Join(strings.Fields(m[1]), " "))]
	for _, g := range m[2:] {
		if v, err := strconv.Atoi(g); err == nil && v > 0 && v <= 30 {
			n = v
		}
	}
	return sign * n
}

// stayShift: "체크인을 하루 늦춰줘", "push my hotel check-in back a day"
// with one stay booked holds the same place from the new day for as
// many nights and guests, replacing the stay once confirmed (the old
// one is cancelled only after the new one is booked).
func stayShift(t *embedded.Turn) (agents.Step, bool) {
	text := t.Text()
	if !stayWords.MatchString(text) {
		return agents.Step{}, false
	}
	n := shiftDays(text)
	if n == 0 {
		return agents.Step{}, false
	}
	vs, ok := mine(t)
	if !ok {
		return agents.Step{}, false
	}
	var stays []booking.BookingView
	for _, v := range vs {
		if v.Kind == "lodging" && v.Status == booking.Confirmed {
			stays = append(stays, v)
		}
	}
	t.Understood("booking_hold", 0.9, nil)
	if len(stays) == 0 {
		return agents.Step{Say: t.Ko("바꿀 숙소 예약이 없어요.", "You have no stay booked to change.")}, true
	}
	if len(stays) > 1 {
		var ls []string
		for _, s := range stays {
			ls = append(ls, s.PlaceLabel+" "+s.WhenText)
		}
		return agents.Step{Say: t.Ko("어느 숙소 예약의 날짜를 바꿀까요? "+strings.Join(ls, ", "), "Which stay should I move? "+strings.Join(ls, ", "))}, true
	}
	s := stays[0]
	in, err := time.Parse("2006-01-02", s.Date)
	if err != nil {
		return agents.Step{}, false
	}
	return moveStay(t, s, in.AddDate(0, 0, n)), true
}

// moveStay holds stay s's place from day to for as many nights and guests,
// replacing s once confirmed.
func moveStay(t *embedded.Turn, s booking.BookingView, to time.Time) agents.Step {
	day := words.Date(to, t.Lang())
	t.Understood("booking_hold", 0.9, map[string]string{"place_id": s.Place, "date": to.Format("2006-01-02"), "nights": strconv.Itoa(s.Nights), "party_size": strconv.Itoa(s.Party), "replaces": s.ID})
	say := t.Ko(fmt.Sprintf("%s 체크인을 %s로 바꿔 볼게요(%d박, %d명). 확정하면 새 예약을 먼저 확정하고, 그다음 원래 예약(%s)을 취소해요.", s.PlaceLabel, day, s.Nights, s.Party, s.WhenText),
		fmt.Sprintf("I'll move your check-in at %s to %s (%d nights, %d guests). When you confirm, the new stay is booked first and then the original one (%s) is cancelled.", s.PlaceLabel, day, s.Nights, s.Party, s.WhenText))
	return agents.Step{Say: say, Call: call("booking_hold", map[string]any{"place_id": s.Place, "date": to.Format("2006-01-02"), "nights": s.Nights, "party_size": s.Party, "name": s.Name, "replaces": s.ID})}
}

func call(tool string, args any) *agents.ToolCall {
	raw, _ := json.Marshal(args)
	return &agents.ToolCall{Tool: tool, Args: raw}
}
