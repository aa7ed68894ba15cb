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
	stays, ok := confirmedStays(t)
	if !ok {
		return agents.Step{}, false
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

var (
	// oneNightRe names one night of a stay: its first or last ("첫날",
	// "마지막 날", "마지막 밤", "the first night", "the last night"), or one
	// night alone ("하루만", "1박만", "one night").
	firstNightRe = regexp.MustCompile(`(?i)첫\s*날|첫\s*밤|첫\s*박|첫\s*번째\s*(?:날|밤)|체크인\s*(?:하는\s*)?날|\b(?:the\s+)?first\s+(?:night|day)\b`)
	lastNightRe  = regexp.MustCompile(`(?i)마지막\s*(?:날|밤|박)|끝\s*날|\b(?:the\s+)?(?:last|final)\s+(?:night|day)\b`)
	oneNightRe   = regexp.MustCompile(`(?i)하루만|하루\s*(?:빼|취소|줄)|1\s*박만|하룻\s*밤|한\s*밤만|1\s*박\s*(?:빼|취소|줄)|\bone\s+night\b|\ba\s+night\b|\bby\s+(?:a|one)\s+night\b`)
	// stayTimeAskRe asks the house times ("마지막 날 몇 시까지 방 빼야 돼요?",
	// "what time do we check out on the last day?"): not a night taken off.
	stayTimeAskRe = regexp.MustCompile(`(?i)몇\s*시|방\s*빼|체크\s*아웃|\bwhat\s+time\b|\bcheck[\s-]?out\b|\bwhen\b`)
	// shortenRe: the stay made shorter ("취소", "빼", "줄여", "cancel",
	// "drop", "shorten", "cut", "skip").
	shortenRe = regexp.MustCompile(`(?i)취소|빼|줄여|줄이|줄일|안\s*묵|\b(?:cancel|drop|shorten|cut|skip|remove|lose|don'?t\s+need)`)
)

// stayShorten: "마지막날 하루만 취소해줘", "첫날 하루 취소 가능?", "cancel the
// last night only" (trial17) answered "알겠어요." — once claiming "취소했어요"
// with no booking at all — or "You have no bookings to cancel" with one
// booked. One night dropped from a stay is a change of its dates: with one
// stay of two nights or more, the same place held for a night less (from
// the next day when the first night goes), replacing the stay once
// confirmed; with none, that there is no stay to change.
func stayShorten(t *embedded.Turn) (agents.Step, bool) {
	text := t.Text()
	first, last := firstNightRe.MatchString(text), lastNightRe.MatchString(text)
	if !first && !last && !(oneNightRe.MatchString(text) && stayWords.MatchString(text)) || !shortenRe.MatchString(text) || first && last {
		return agents.Step{}, false
	}
	if otherTaskRe.MatchString(text) || stayTimeAskRe.MatchString(text) {
		return agents.Step{}, false
	}
	stays, ok := confirmedStays(t)
	if !ok {
		return agents.Step{}, false
	}
	t.Understood("booking_hold", 0.9, nil)
	if t.Intent() != "" {
		t.Finish()
	}
	if len(stays) == 0 {
		return agents.Step{Say: t.Ko("줄일 숙소 예약이 없어요. 숙소를 찾으시면 \"12월 24일부터 2박 제주 호텔 2명\"처럼 말씀해 주세요.",
			"You have no stay booked to shorten. To find one, say something like \"a hotel in Jeju from Dec 24 for 2 nights, 2 guests\".")}, true
	}
	if len(stays) > 1 {
		var ls []string
		for _, s := range stays {
			ls = append(ls, s.PlaceLabel+" "+s.WhenText)
		}
		return agents.Step{Say: t.Ko("어느 숙소 예약을 하루 줄일까요? "+strings.Join(ls, ", "), "Which stay should I shorten by a night? "+strings.Join(ls, ", "))}, true
	}
	s := stays[0]
	if s.Nights < 2 {
		return agents.Step{Say: t.Ko(fmt.Sprintf("%s 예약(%s)은 1박이라 하루만 뺄 수는 없어요. 예약 전체를 취소하려면 \"숙소 예약 취소해줘\"라고 말씀해 주세요.", s.PlaceLabel, s.WhenText),
			fmt.Sprintf("Your stay at %s (%s) is one night, so there is no night to take off. Say \"cancel my stay\" to cancel it.", s.PlaceLabel, s.WhenText))}, true
	}
	in, err := time.Parse("2006-01-02", s.Date)
	if err != nil {
		return agents.Step{}, false
	}
	if first {
		in = in.AddDate(0, 0, 1)
	}
	day := words.Date(in, t.Lang())
	n := s.Nights - 1
	t.Understood("booking_hold", 0.9, map[string]string{"place_id": s.Place, "date": in.Format("2006-01-02"), "nights": strconv.Itoa(n), "party_size": strconv.Itoa(s.Party), "replaces": s.ID})
	say := t.Ko(fmt.Sprintf("하루만 따로 취소할 수는 없어서, %s 예약을 %s 체크인 %d박으로 바꿔 볼게요(%d명). 확정하면 새 예약을 먼저 확정하고, 그다음 원래 예약(%s)을 취소해요.", s.PlaceLabel, day, n, s.Party, s.WhenText),
		fmt.Sprintf("A night can't be cancelled on its own, so I'll change your stay at %s to check in %s for %d night(s) (%d guests). When you confirm, the new stay is booked first and then the original one (%s) is cancelled.", s.PlaceLabel, day, n, s.Party, s.WhenText))
	return agents.Step{Say: say, Call: call("booking_hold", map[string]any{"place_id": s.Place, "date": in.Format("2006-01-02"), "nights": n, "party_size": s.Party, "name": s.Name, "replaces": s.ID})}, true
}

// confirmedStays is the user's confirmed stays (mine, lodging only); false
// when the bookings could not be read.
func confirmedStays(t *embedded.Turn) ([]booking.BookingView, bool) {
	vs, ok := mine(t)
	if !ok {
		return nil, false
	}
	var stays []booking.BookingView
	for _, v := range vs {
		if v.Kind == "lodging" && v.Status == booking.Confirmed {
			stays = append(stays, v)
		}
	}
	return stays, true
}
