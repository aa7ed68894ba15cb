package titles

import (
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
)

// A new user's trial (trial18, e7/e1/k7/k1): "remind me about it the day
// before" after a meeting was added answered "All right." and made
// nothing; "remind me the day before at 9am to prep slides" searched a
// time everyone is free; "그 회의 하루 전에 알림 설정해줘" the same;
// "회의 전날 오후 3시에 알림 좀" asked whom to invite. A reminder asked
// before the event in focus (or the one named) is a reminder of it: at
// the clock said on the day before, or the lead said before it, titled
// with what to be reminded of or the event's name.
var (
	remindWordRe = regexp.MustCompile(`(?i)\bremind\w*\b|\balarm\b|\bping\s+me\b|\bnudge\s+me\b|\balert\s+me\b|\bnotify\s+me\b|\bheads[\s-]up\b|알림|알람|알려\s*(?:줘|주세요|줄래|달라|주라|줘요|줄\s*수)|리마인더|리마인드`)
	dayBeforeRe  = regexp.MustCompile(`(?i)\b(?:the|a|one)\s+day\s+(?:before|prior|ahead|earlier)\b|\bthe\s+(?:night|evening)\s+before\b|\bday\s+before\b|전날|하루\s*(?:전|앞서)|전일|前日`)
	// leadBeforeRe: a lead of hours or minutes ("2 hours before", "30분 전에").
	leadBeforeRe = regexp.MustCompile(`(?i)\b(\d{1,3}|an?|one|two|three|half\s+an?)\s*(hours?|hrs?|h|minutes?|mins?|m)\s+(?:before|ahead|earlier|prior)\b|(\d{1,3}|한|두|세|삼십|십|이십|사십|오십)\s*(시간|분)\s*(?:정도\s*)?전`)
)

// remindBefore begins the reminder of an event asked before it.
func remindBefore(t *embedded.Turn) (agents.Step, bool) {
	text := strings.TrimSpace(t.Text())
	if !remindWordRe.MatchString(text) || t.Ordinal() != 0 || leadAfterRe.MatchString(text) || saveVerbRe.MatchString(text) {
		// ("add yoga at 7 and remind me 30 min before": the new event's
		// own reminder)
		return agents.Step{}, false
	}
	day := dayBeforeRe.MatchString(text)
	lead := 0
	if m := leadBeforeRe.FindStringSubmatch(text); m != nil && !day {
		n, unit := m[1]+m[3], m[2]+m[4]
		lead = leadCount(n)
		if (strings.HasPrefix(unit, "h") || unit == "시간") && !strings.HasPrefix(strings.ToLower(n), "half") {
			lead *= 60
		}
	}
	if !day && lead == 0 {
		return agents.Step{}, false
	}
	now := t.Now
	evs, ok := comingEvents(t)
	if !ok {
		return agents.Step{}, false
	}
	if len(evs) == 0 {
		return remindAlone(t, text, day, lead)
	}
	// The event meant: the one on screen, else the one the text names,
	// else the only one.
	pick := -1
	for i, e := range evs {
		if e.ID != "" && (e.ID == t.Slot("@shown_id") || e.ID == t.Slot("@said_id")) {
			pick = i
		}
	}
	if pick < 0 {
		lower := strings.ToLower(text)
		var named []int
		for i, e := range evs {
			for _, w := range strings.Fields(strings.ToLower(e.Title)) {
				if len([]rune(w)) >= 2 && !remindWordRe.MatchString(w) && strings.Contains(lower, w) {
					named = append(named, i)
					break
				}
			}
		}
		switch {
		case len(named) >= 1:
			pick = named[len(named)-1]
		case len(evs) == 1:
			pick = 0
		}
	}
	if pick < 0 {
		return remindAlone(t, text, day, lead)
	}
	if base, ok := reminderOf(evs[pick].Title); ok {
		// "remind me 10 minutes before it" right after a reminder was
		// added: "it" is still the meeting, not the reminder on screen
		// (trial19 got "Reminder: 회의 알림" at 2:20, before the reminder).
		for i, e := range evs {
			if _, rem := reminderOf(e.Title); !rem && e.Title == base && e.Start >= evs[pick].Start {
				pick = i
				break
			}
		}
	}
	e := evs[pick]
	st, err := time.Parse(time.RFC3339, e.Start)
	if err != nil {
		return agents.Step{}, false
	}
	var at time.Time
	if day {
		d := st.AddDate(0, 0, -1)
		h, m := st.Hour(), st.Minute()
		if ch, cm, _, ok := zoneClock(text); ok {
			h, m = ch, cm
		} else if ph, ok := reminderHour(text); ok {
			// "그 전날 저녁에 알려줘", "the evening before": that part of
			// the day before, not the event's own hour (trial19 got 2 PM).
			h, m = ph, 0
		}
		at = time.Date(d.Year(), d.Month(), d.Day(), h, m, 0, 0, st.Location())
	} else {
		at = st.Add(-time.Duration(lead) * time.Minute)
	}
	if !at.After(now) {
		return agents.Step{}, false
	}
	ko := t.Lang() != "en"
	title := ""
	if ko && koCommandRe.MatchString(text) || !ko && enAboutRe.MatchString(text) {
		title = reminderTitle(dayBeforeRe.ReplaceAllString(leadBeforeRe.ReplaceAllString(text, " "), " "), ko)
		if strings.EqualFold(title, "it") || strings.HasPrefix(strings.ToLower(title), "about") {
			title = ""
		}
	}
	if title == "" {
		title = t.Ko(e.Title+" 알림", "Reminder: "+e.Title)
	}
	if t.Intent() != "" {
		t.Finish()
	}
	t.Start("sched_create_event")
	return t.Proceed(map[string]string{"title": title, "start": at.Format("2006-01-02T15:04"), "duration_minutes": "15", "allow_overlap": "true"}, 0.8), true
}

func leadCount(n string) int {
	switch strings.ToLower(strings.TrimSpace(n)) {
	case "a", "an", "one", "한":
		return 1
	case "two", "두":
		return 2
	case "three", "세":
		return 3
	case "half an", "half a":
		return 30 // minutes (not multiplied by the hour: see above)
	case "십":
		return 10
	case "이십":
		return 20
	case "삼십":
		return 30
	case "사십":
		return 40
	case "오십":
		return 50
	}
	v := 0
	for _, c := range n {
		if c < '0' || c > '9' {
			return 0
		}
		v = v*10 + int(c-'0')
	}
	return v
}

// reminderOf: the title is one remindBefore gives a reminder ("회의 알림",
// "Reminder: Design review"), and the title of the event it reminds of.
func reminderOf(title string) (string, bool) {
	if b, ok := strings.CutPrefix(title, "Reminder: "); ok {
		return b, true
	}
	if b, ok := strings.CutSuffix(title, " 알림"); ok {
		return b, true
	}
	return "", false
}

// partOfDayRe: a part of the day said without a clock ("저녁에", "the
// evening before", "아침에").
var partOfDayRe = regexp.MustCompile(`(?i)(저녁|아침|밤|점심|오후|오전|새벽)|\b(evening|morning|night|noon|lunchtime|afternoon)\b`)

// reminderHour is the hour a reminder the day before said at a part of
// the day takes: the part said with the day before or after it ("그 전날
// 저녁에", "the evening before"), not the event's own ("오후 3시 회의").
func reminderHour(text string) (int, bool) {
	loc := dayBeforeRe.FindStringIndex(text)
	if loc == nil {
		return 0, false
	}
	m := partOfDayRe.FindStringSubmatch(text[loc[0]:])
	if m == nil {
		return 0, false
	}
	switch strings.ToLower(m[1] + m[2]) {
	case "저녁", "evening":
		return 19, true
	case "밤", "night":
		return 21, true
	case "아침", "오전", "morning":
		return 9, true
	case "점심", "noon", "lunchtime":
		return 12, true
	case "오후", "afternoon":
		return 15, true
	case "새벽":
		return 6, true
	}
	return 0, false
}

// A new user's trial (trial19, d2/g3): "remind me 30 minutes before my
// meeting with Jiyoung tomorrow at 3pm" with no such meeting in the
// calendar made a card inviting Jiyoung to a new meeting titled "before
// my meeting"; the Korean "내일 오후 3시 지영이랑 회의 30분 전에 알림
// 보내줘" the same. A reminder before a meeting (a call, an appointment)
// is the user's alone: at the lead before the time said, titled with
// the thing; with no time said, the user is told the calendar has no
// such meeting. Nobody is invited.
var (
	enBeforeThingRe = regexp.MustCompile(`(?i)\b(?:before|ahead\s+of|prior\s+to)\s+(?:my|the|our|that|this)\s+(.+)$`)
	koThingBeforeRe = regexp.MustCompile(`(회의|미팅|약속|통화|콜|면접|진료|상담|수업|예약|일정|모임|회식|발표)(?:은|는|이|가|을|를|의|에|시간)?\s*(?:\d{1,3}|한|두|세|삼십|십|이십|사십|오십|반)\s*(?:시간|분)?\s*(?:정도\s*)?전`)
	thingRe         = regexp.MustCompile(`(?i)\b(?:meeting|call|sync|appointment|interview|class|lesson|chat|1:1|one-on-one|catch-?up|standup|review|dinner|lunch)\b`)
	newMeetingRe    = regexp.MustCompile(`(?i)\b(?:invite|schedule|set\s+up|book|arrange|organi[sz]e)\b|초대|잡아|잡고|예약해|불러|모아|(?:회의|미팅|모임|면담|통화)\s*(?:해|하자|하고|할게|할래)(?:\s|$)`)
)

func remindAlone(t *embedded.Turn, text string, day bool, lead int) (agents.Step, bool) {
	var thing string
	if m := enBeforeThingRe.FindStringSubmatch(text); m != nil && thingRe.MatchString(m[1]) {
		thing = strings.TrimSpace(enWhenRe.ReplaceAllString(" "+m[1]+" ", " "))
		thing = strings.TrimRightFunc(thing, func(r rune) bool { return r == '.' || r == '!' || r == '?' || unicode.IsSpace(r) })
	} else if loc := koThingBeforeRe.FindStringIndex(text); loc != nil {
		head := text[:loc[0]] + koThingBeforeRe.FindStringSubmatch(text)[1]
		thing = strings.TrimSpace(koWhenRe.ReplaceAllString(head, " "))
	}
	if thing == "" || newMeetingRe.MatchString(text) {
		return agents.Step{}, false
	}
	start := t.Said("sched_create_event")["start"]
	st, err := time.ParseInLocation("2006-01-02T15:04", start, t.Now.Location())
	if err != nil || !strings.Contains(start, "T") {
		t.Understood("sched_my_events", 0.6, nil)
		return agents.Step{Say: t.Ko("캘린더에서 그 일정("+thing+")을 찾지 못했어요. 언제인지 알려 주시면 알림을 맞춰 드릴게요.",
			"I can't find that ("+thing+") in your calendar. Tell me when it is and I'll set the reminder.")}, true
	}
	var at time.Time
	if day {
		d := st.AddDate(0, 0, -1)
		h, m := st.Hour(), st.Minute()
		if ph, ok := reminderHour(text); ok {
			h, m = ph, 0
		}
		at = time.Date(d.Year(), d.Month(), d.Day(), h, m, 0, 0, st.Location())
	} else {
		at = st.Add(-time.Duration(lead) * time.Minute)
	}
	if !at.After(t.Now) {
		return agents.Step{}, false
	}
	if t.Intent() != "" {
		t.Finish()
	}
	t.Start("sched_create_event")
	title := t.Ko(thing+" 알림", "Reminder: "+thing)
	return t.Proceed(map[string]string{"title": title, "start": at.Format("2006-01-02T15:04"), "duration_minutes": "15", "allow_overlap": "true"}, 0.8), true
}
