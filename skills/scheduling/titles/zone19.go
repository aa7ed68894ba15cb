package titles

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/scheduling"
)

// A new user's trial (trial19, h4): "Yuki is in Tokyo and David is in New
// York. Find a 30 minute slot on Thursday…" offered 10:30 AM, 11 AM and
// 4:30 PM Seoul time, without a word that this is 8:30 PM, 9 PM and 2:30
// AM in New York. The free times found for a request that names other
// zones are told in those zones too, each marked when it falls outside
// the working day there (8 AM–6 PM).
func slotZones(t *embedded.Turn, r *skills.Result) (agents.Step, bool) {
	if r.Tool != "sched_find_slots" || r.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	home := t.Now.Location()
	var locs []*time.Location
	for _, m := range zoneMentions(t.Slot("@heard")) {
		if m.tz == home.String() {
			continue
		}
		if l, err := time.LoadLocation(m.tz); err == nil {
			locs = append(locs, l)
		}
	}
	if len(locs) == 0 {
		return agents.Step{}, false
	}
	step := t.Answer(r)
	lang := t.Lang()
	var lines []string
	for i, o := range t.State.Options {
		st, err := time.Parse(time.RFC3339, o.ID)
		if err != nil {
			return step, true
		}
		var parts []string
		for _, l := range locs {
			at := st.In(l)
			s := scheduling.ZoneName(l.String(), lang) + " " + words.Clock(at.Hour(), at.Minute(), lang)
			if at.YearDay() != st.In(home).YearDay() {
				s = scheduling.ZoneName(l.String(), lang) + " " + words.Date(at, lang) + " " + words.Clock(at.Hour(), at.Minute(), lang)
			}
			if at.Hour() < 8 || at.Hour() >= 18 {
				s += t.Ko("(업무 시간 밖)", " (outside working hours)")
			}
			parts = append(parts, s)
		}
		lines = append(lines, strconv.Itoa(i+1)+") "+strings.Join(parts, ", "))
	}
	if len(lines) > 0 {
		step.Say = strings.TrimSpace(step.Say) + t.Ko(" 다른 시간대로는 "+strings.Join(lines, "; ")+"이에요.", " In their time zones: "+strings.Join(lines, "; ")+".")
	}
	return step, true
}

// theirZoneRe: the zone named is someone else's ("David works from New
// York", "데이비드가 뉴욕에 있어"), not a change of one's own; slotWordRe
// asks for a time together.
var (
	ownZoneRe  = regexp.MustCompile(`(?i)\b(?:my|i'?m|i\s+am|me|i'?ve|i'?ll|i\s+will|i'?d|i\s+moved|i\s+live|we|we'?re|our|us)\b|(?:^|\s)(?:내|제|나는|저는|난|전)\s`)
	slotWordRe = regexp.MustCompile(`(?i)\b(?:find|slot|time|meet|meeting|call|free|available|schedule|set\s+up)\b|찾아|시간|회의|미팅|통화|잡아`)
)

// othersZone: "David works from New York - can you find 30 minutes with
// him on thursday?" set the user's own time zone to New York (fix19a's
// own check of trial19's flow). A zone said of someone in the directory,
// with a time together asked and nothing of the user's own zone, is the
// search for that time, not a change of the user's zone.
func othersZone(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "sched_settings" || ownZoneRe.MatchString(text) || !slotWordRe.MatchString(text) || len(zoneMentions(text)) == 0 {
		return agents.Step{}, false
	}
	person := false // someone named who is no place ("Sydney" is read as a name too)
	for _, n := range append(t.Names(), strings.Split(t.Said("sched_find_slots")["participants"], ",")...) {
		if n = strings.TrimSpace(n); n != "" && zoneCities[strings.ToLower(n)] == "" && zoneCities[n] == "" {
			person = true
		}
	}
	if !person {
		return agents.Step{}, false
	}
	return t.Begin("sched_find_slots", max(p, 0.6)), true
}
