package titles

import (
	"regexp"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
)

// A new user's trial (trial18, k7): "하나씨가 안된대. 지영이랑 둘이서만
// 되는 시간으로 다시 찾아줘" searched with 정하나 still in. Someone said
// not to be coming is left out of the search for a time.
var (
	outKoRe = regexp.MustCompile(`(\S+?)(?:씨|님|이)?(?:가|는|은|도)?\s*(?:안\s*된대|안\s*된다|안\s*된다고|안\s*돼|못\s*온대|못\s*와|못\s*온다|못\s*온다고|못\s*간대|빠진대|빠진다|불참|못\s*한대|안\s*온대)`)
	outEnRe = regexp.MustCompile(`(?i)\b([a-z]+)\s+(?:can'?t\s+(?:make\s+it|come|join|attend|do\s+it)|cannot\s+(?:make\s+it|come|join|attend)|isn'?t\s+coming|is\s+not\s+coming|won'?t\s+(?:make\s+it|be\s+there|come)|is\s+out|dropped\s+out|declined|bailed|is\s+busy)`)
)

// outOfSearch: the search for a time, begun as the classifier read it,
// without the people said not to be coming.
func outOfSearch(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	if intent != "sched_find_slots" || t.Ordinal() != 0 {
		return agents.Step{}, false
	}
	var out []string
	for _, m := range outKoRe.FindAllStringSubmatch(t.Text(), -1) {
		out = append(out, strings.ToLower(m[1]))
	}
	for _, m := range outEnRe.FindAllStringSubmatch(t.Text(), -1) {
		out = append(out, strings.ToLower(m[1]))
	}
	if len(out) == 0 {
		return agents.Step{}, false
	}
	// A search under way names its people: "목요일 오후로는 안돼?" ("can't
	// it be Thursday afternoon?") says no one is out — the words before
	// 안돼 are a time, not one of them — and is the search's to refine
	// (TestFix16WeekdayOfTheEventsWeek, TestFix8aHourOnTheCard).
	if names := t.Slot("participants"); names != "" && !namesAny(names, out) {
		return agents.Step{}, false
	}
	prevFrom, prevTo := t.Slot("from"), t.Slot("to")
	step := t.Begin("sched_find_slots", max(p, 0.6))
	var keep []string
	gone := false
	for _, name := range strings.Split(t.Slot("participants"), ",") {
		name = strings.TrimSpace(name)
		if name == "" || strings.EqualFold(name, "just") || strings.EqualFold(name, "only") {
			continue
		}
		out1 := false
		for _, o := range out {
			if len([]rune(o)) >= 2 && strings.Contains(strings.ToLower(name), o) {
				out1 = true
			}
		}
		if out1 {
			gone = true
			continue
		}
		keep = append(keep, name)
	}
	if !gone || len(keep) == 0 {
		return step, true
	}
	slots := map[string]string{"participants": strings.Join(keep, ",")}
	if step.Call == nil && prevFrom != "" && t.Slot("from") == "" {
		// (the search again is around the day of the one before)
		slots["from"], slots["to"] = prevFrom, prevTo
	}
	if st := t.Proceed(slots, max(p, 0.6)); st.Call != nil || st.Say != "" || st.Card != nil {
		return st, true
	}
	return step, true
}

// namesAny: one of the comma-separated names contains one of out (two
// letters at least), as outOfSearch matches them.
func namesAny(names string, out []string) bool {
	for _, name := range strings.Split(names, ",") {
		name = strings.ToLower(strings.TrimSpace(name))
		for _, o := range out {
			if name != "" && len([]rune(o)) >= 2 && strings.Contains(name, o) {
				return true
			}
		}
	}
	return false
}
