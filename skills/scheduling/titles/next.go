package titles

import (
	"encoding/json"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/scheduling"
)

// A new user's trial (trial16): to the free times found for a meeting,
// "그 다음 시간은?", "다른 시간 없어?", "그거 말고 그 다음꺼" fell back or
// were sent to the tutor. They ask for the next free times after those
// shown: the search again, over the days searched and the week after
// them, and only the times after the last one shown.
var nextTimesRe = regexp.MustCompile(`(?i)그\s*다음\s*(?:시간|거|꺼|걸|것)?|다음\s*(?:시간|거|꺼|타임)|다른\s*(?:시간|때|타임)|더\s*늦은\s*(?:시간|거|꺼)?|뒤\s*(?:시간|거|꺼)|\b(?:next|other|later|different|more)\s+(?:times?|slots?|ones?|options?)\b|\banything\s+(?:later|else)\b|\bwhat\s+(?:else|about\s+later)\b|\bafter\s+(?:those|these|that)\b`)

// slotAfter keeps the last time shown while the next ones are asked for.
const slotAfter = "@slots_after"

// nextSlots asks for the free times after those shown.
func nextSlots(t *embedded.Turn) (agents.Step, bool) {
	text := t.Text()
	opts := t.State.Options
	if t.Slot("@card") != "sched_find_slots" || len(opts) == 0 || t.Ordinal() != 0 || t.SetTime() || !nextTimesRe.MatchString(text) {
		return agents.Step{}, false
	}
	st := t.State.Slots
	from, to := st["from"], st["to"]
	last := opts[len(opts)-1].ID
	if len(last) < 16 || from == "" {
		return agents.Step{}, false
	}
	if to == "" {
		to = from
	}
	if last[:10] > from {
		from = last[:10] // (the times shown before it are not asked for)
	}
	if d, err := time.Parse("2006-01-02", to); err == nil {
		if f, err := time.Parse("2006-01-02", from); err == nil && d.Sub(f) < 6*24*time.Hour {
			to = f.AddDate(0, 0, 6).Format("2006-01-02")
		}
	}
	args := map[string]any{"from": from, "to": to, "limit": 20}
	var who []string
	for _, p := range strings.Split(st["participants"], ",") {
		if p = strings.TrimSpace(p); p != "" {
			who = append(who, p)
		}
	}
	args["participants"] = who
	if n, err := strconv.Atoi(st["duration_minutes"]); err == nil && n > 0 {
		args["duration_minutes"] = n
	} else {
		args["duration_minutes"] = 60
	}
	for _, k := range []string{"day_start", "day_end"} {
		if st[k] != "" {
			args[k] = st[k]
		}
	}
	if st["include_weekends"] == "true" {
		args["include_weekends"] = true
	}
	t.Set(slotAfter, last)
	t.Understood("sched_find_slots", 0.8, nil)
	raw, _ := json.Marshal(args)
	return agents.Step{Call: &agents.ToolCall{Tool: "sched_find_slots", Args: raw}}, true
}

// laterSlots keeps, of the times found again, those after the last one
// shown (at most as many as were shown); the brain shows them as ever.
func laterSlots(t *embedded.Turn, r *skills.Result) {
	after := t.Slot(slotAfter)
	if after == "" || r.Tool != "sched_find_slots" {
		return
	}
	t.Set(slotAfter, "")
	var res scheduling.SlotResult
	if r.Status != skills.StatusOK || json.Unmarshal(r.Data, &res) != nil {
		return
	}
	var keep []scheduling.Slot
	for _, s := range res.Slots {
		if s.Start > after {
			keep = append(keep, s)
		}
	}
	sort.SliceStable(keep, func(i, j int) bool { return keep[i].Start < keep[j].Start })
	if len(keep) > 3 {
		keep = keep[:3]
	}
	res.Slots = keep
	if b, err := json.Marshal(res); err == nil {
		r.Data = b
	}
}
