package titles

import (
	"regexp"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
)

// A new user's trial (trial19, a4/j3): "아 그 회의 다음날 같은 시간으로
// 옮겨줘" and "push it to the same time the day after", with the meeting
// just made, asked "언제로 옮길까요?" / "When should it be?": no task was
// under way to read "the next day" against. The day after (or before)
// the event in focus, at its own hour, is the new time.
var (
	sameTimeRe = regexp.MustCompile(`(?i)\bsame\s+time\b|\bsame\s+hour\b|\bsame\s+slot\b|같은\s*시간|같은\s*시각|똑같은\s*시간|시간은\s*(?:그대로|같게)|그\s*시간\s*그대로`)
	nextDayRe  = regexp.MustCompile(`(?i)\b(?:the\s+)?(?:next|following)\s+day\b|\bthe\s+day\s+after\b|\ba\s+day\s+later\b|\bone\s+day\s+later\b|다음\s*날|담날|이튿날|하루\s*(?:뒤|후|미뤄|늦춰|밀어)`)
	dayBackRe  = regexp.MustCompile(`(?i)\bthe\s+day\s+before\b|\ba\s+day\s+(?:earlier|sooner)\b|\bthe\s+previous\s+day\b|전날|하루\s*(?:전|앞|당겨|앞당겨)`)
	moveWordRe = regexp.MustCompile(`(?i)옮겨|옮기|미뤄|미루|당겨|늦춰|바꿔|변경|밀어|\b(?:move|push|shift|reschedule|change|make\s+it|bump)\b`)
)

func sameTimeOtherDay(t *embedded.Turn) (agents.Step, bool) {
	text := t.Text()
	if !sameTimeRe.MatchString(text) || !moveWordRe.MatchString(text) || t.State.Pending != nil || t.Intent() != "" || t.Ordinal() != 0 {
		return agents.Step{}, false
	}
	step := 0
	switch {
	case nextDayRe.MatchString(text):
		step = 1
	case dayBackRe.MatchString(text):
		step = -1
	default:
		return agents.Step{}, false
	}
	now := t.Now
	evs, ok := comingEvents(t)
	if !ok {
		return agents.Step{}, false
	}
	pick := -1
	live := 0
	for i, e := range evs {
		if e.Cancelled {
			continue
		}
		live++
		if e.ID != "" && (e.ID == t.Slot("@said_id") || e.ID == t.Slot("@shown_id")) {
			pick = i
		}
	}
	if pick < 0 && live == 1 {
		for i, e := range evs {
			if !e.Cancelled {
				pick = i
			}
		}
	}
	if pick < 0 {
		return agents.Step{}, false
	}
	st, err := time.Parse(time.RFC3339, evs[pick].Start)
	if err != nil {
		return agents.Step{}, false
	}
	at := st.In(now.Location()).AddDate(0, 0, step)
	t.Start("sched_move_event")
	out := t.Proceed(map[string]string{"event_id": evs[pick].ID, "start": at.Format("2006-01-02T15:04")}, 0.8)
	return out, out.Call != nil || out.Say != "" || out.Card != nil
}
