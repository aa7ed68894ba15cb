package titles

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/scheduling"
)

// A new user's trial (trial17, i1): "what time is my lunch tomorrow in
// new york time?" changed the user's time zone ("Your time zone is
// set."). A question of when an event is, in a zone named, is answered:
// the event's time in the user's zone and in that one; the zone stays.
var zoneAskRe = regexp.MustCompile(`(?i)\bwhat\s+time\b|\bwhen\b|몇\s*시|언제|\?|？`)

// zoneChangeRe says to change the zone ("switch", "바꿔"): not a question.
var zoneChangeRe = regexp.MustCompile(`(?i)\b(?:switch|change|set|move|update|use)\b|바꿔|바꿀|변경|설정|맞춰`)

func zoneAsked(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "sched_settings" || !zoneAskRe.MatchString(text) || zoneChangeRe.MatchString(text) {
		return agents.Step{}, false
	}
	tz := t.Said("sched_settings")["time_zone"]
	loc, err := time.LoadLocation(tz)
	if tz == "" || err != nil {
		return agents.Step{}, false
	}
	now := t.Now
	r := t.Call("sched_my_events", map[string]any{"from": now.AddDate(0, 0, -1).Format("2006-01-02"), "to": now.AddDate(0, 0, 30).Format("2006-01-02")})
	if r.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	var evs []struct {
		Title    string `json:"title"`
		Start    string `json:"start"`
		End      string `json:"end"`
		WhenText string `json:"when_text"`
	}
	if json.Unmarshal(r.Data, &evs) != nil {
		return agents.Step{}, false
	}
	lower := strings.ToLower(text)
	var found []int
	for i, e := range evs {
		for _, w := range strings.Fields(strings.ToLower(e.Title)) {
			if len([]rune(w)) >= 2 && strings.Contains(lower, w) {
				found = append(found, i)
				break
			}
		}
	}
	if len(found) != 1 {
		return agents.Step{}, false
	}
	e := evs[found[0]]
	st, err1 := time.Parse(time.RFC3339, e.Start)
	en, err2 := time.Parse(time.RFC3339, e.End)
	if err1 != nil || err2 != nil {
		return agents.Step{}, false
	}
	t.Understood("sched_my_events", max(p, 0.6), nil)
	there := words.Span(st.In(loc), en.In(loc), t.Lang())
	city := scheduling.ZoneName(tz, t.Lang())
	return agents.Step{Say: t.Ko(fmt.Sprintf("‘%s’ 일정은 %s이고, %s 시간(%s)으로는 %s예요. 시간대는 바꾸지 않았어요.", e.Title, e.WhenText, city, tz, there),
		fmt.Sprintf("“%s” is %s your time — %s in %s time (%s). Your time zone is unchanged.", e.Title, e.WhenText, there, city, tz))}, true
}
