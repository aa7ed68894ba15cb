package titles

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills"
)

// A new user's trial (trial16): "cancel the budget review" with no such
// event was answered about something else; "예산 검토 취소해줘" with only
// a gym session on the calendar proposed deleting the gym. A cancel that
// names an event by words no event's title has is told none was found —
// never another event proposed on a guess.
var (
	cancelNoise = regexp.MustCompile(`(?i)\b(?:please|pls|can|could|would|you|cancel|call\s+off|delete|remove|drop|scrap|the|my|our|for\s+me|meeting|event|appointment|calendar)\b|\b(?:just|actually|oh|ok|okay|hmm|um|wait|no|nah|sorry|never\s*mind|go\s+ahead|and|also)\b|(?:^|\s)(?:아|아니|아니다|아니요|아냐|음|어|앗|참|잠깐|아\s*참|됐고|그럼|그리고|이제|다시)(?:\s|,|$)|취소\S*|지워\S*|삭제\S*|없애\S*|캔슬\S*|그냥|좀|일정|회의|미팅|(?:을|를)(?:\s|$)|[?？.!,]`)
	// pointsOrWhen: the event is pointed at or said by its day or time,
	// not by name ("cancel it", "금요일 거 취소해줘", "the 3pm one").
	pointsOrWhen = regexp.MustCompile(`(?i)\d|\b(?:it|that|this|one|today|tomorrow|tonight|next|last|first|second|morning|afternoon|evening|week|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|(?:^|\s)(?:그|저|이|요)\s|그거|그것|그걸|이거|이것|이걸|저거|오늘|내일|모레|요일|주말|다음|이번|저번|아침|오전|오후|저녁|점심|첫|마지막|번째`)
)

func cancelUnnamed(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "sched_cancel_event" && intent != "sched_cancel_meeting" || t.Intent() != "" || t.Ordinal() != 0 || pointsOrWhen.MatchString(text) {
		return agents.Step{}, false
	}
	said := strings.Join(strings.Fields(cancelNoise.ReplaceAllString(text, " ")), " ")
	if said == "" {
		return agents.Step{}, false
	}
	now := t.Now
	r := t.Call("sched_my_events", map[string]any{"from": now.AddDate(0, 0, -1).Format("2006-01-02"), "to": now.AddDate(0, 0, 90).Format("2006-01-02")})
	if r.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	var evs []struct {
		Title string `json:"title"`
	}
	if json.Unmarshal(r.Data, &evs) != nil || len(evs) == 0 {
		return agents.Step{}, false // (none at all: the brain says so)
	}
	for _, e := range evs {
		lt := strings.ToLower(e.Title)
		for _, w := range strings.Fields(strings.ToLower(said)) {
			if len([]rune(w)) >= 2 && strings.Contains(lt, w) {
				return agents.Step{}, false
			}
		}
	}
	t.Understood(intent, max(p, 0.6), nil)
	return agents.Step{Say: t.Ko(fmt.Sprintf("‘%s’(이)라는 일정을 찾지 못했어요. \"내 일정 보여줘\"라고 하면 일정을 보여 드릴게요.", said),
		fmt.Sprintf("I couldn't find an event called “%s”. Say \"show my calendar\" to see your events.", said))}, true
}

// removeVerbRe: a verb that takes an event off the calendar.
var removeVerbRe = regexp.MustCompile(`(?i)빼\s*(?:줘|주세요|줄래|주실|자|야)|빼고\s*싶|지워|삭제|없애|취소|\b(?:cancel|remove|delete|drop|take\s+off)\b`)

// declineNoInvites: "요가 빼 주세요 오늘 못 갈 듯" was read as declining an
// invitation (its "못 갈"; post14) with none to answer: a removal of an
// event of the calendar named by its title, with no invitation waiting,
// is that event's cancel.
func declineNoInvites(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "sched_respond" || t.Ordinal() != 0 || !removeVerbRe.MatchString(text) {
		return agents.Step{}, false
	}
	if r := t.Call("sched_invites", map[string]any{}); r.Status != skills.StatusOK {
		return agents.Step{}, false
	} else {
		var inv []json.RawMessage
		if json.Unmarshal(r.Data, &inv) != nil || len(inv) > 0 {
			return agents.Step{}, false
		}
	}
	now := t.Now
	r := t.Call("sched_my_events", map[string]any{"from": now.AddDate(0, 0, -1).Format("2006-01-02"), "to": now.AddDate(0, 0, 90).Format("2006-01-02")})
	var evs []struct {
		Title string `json:"title"`
	}
	if r.Status != skills.StatusOK || json.Unmarshal(r.Data, &evs) != nil {
		return agents.Step{}, false
	}
	said := strings.ToLower(cancelNoise.ReplaceAllString(text, " "))
	for _, e := range evs {
		lt := strings.ToLower(e.Title)
		for _, w := range strings.Fields(said) {
			if len([]rune(w)) >= 2 && strings.Contains(lt, w) {
				return t.Begin("sched_cancel_event", max(p, 0.6)), true
			}
		}
	}
	return agents.Step{}, false
}
