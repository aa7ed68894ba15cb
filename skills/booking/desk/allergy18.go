package desk

import (
	"encoding/json"
	"regexp"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills/booking"
	"github.com/madang-world/madang/skills/search"
)

// A new user's trial (trial18, n3): "…6명, 한 명은 채식, 한 명은 해산물
// 알레르기, 목요일 7시 강남역 근처…" searched seafood restaurants and
// offered one: the allergy was read as the cuisine. A food someone
// cannot eat excludes places made of it; it never selects them.
var (
	avoidKo = []*regexp.Regexp{
		regexp.MustCompile(`(\S+?)\s*(?:알레르기|알러지|앨러지|알레르|allergy)`),
		regexp.MustCompile(`(\S+?)\s*(?:을|를|은|는|이|가)?\s*(?:못\s*먹|안\s*먹|먹으면\s*안|먹지\s*못|먹지\s*않|못\s*드|안\s*드)`),
	}
	avoidEn = []*regexp.Regexp{
		regexp.MustCompile(`(?i)\ballergic\s+to\s+([a-z]+)`),
		regexp.MustCompile(`(?i)\b([a-z]+)\s+allerg`),
		regexp.MustCompile(`(?i)\b(?:can'?t|cannot|doesn'?t|don'?t|won'?t|can\s+not|does\s+not|do\s+not)\s+(?:eat|have)\s+(?:any\s+)?([a-z]+)`),
	}
)

// avoidSaid is the food the text says someone cannot eat ("해산물", "shellfish").
func avoidSaid(text string) string {
	for _, re := range avoidEn {
		if m := re.FindStringSubmatch(text); m != nil {
			return strings.ToLower(m[1])
		}
	}
	for _, re := range avoidKo {
		if m := re.FindStringSubmatch(text); m != nil {
			return search.StripJosa(m[1])
		}
	}
	return ""
}

// allergyExcludes: the search is begun as the classifier read it, the
// cuisine the allergy named dropped and the places of it left out.
func allergyExcludes(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	if intent != "booking_search_restaurants" || t.Ordinal() != 0 {
		// (a pick said with an allergy — "1번으로 해 주시고요, 제가 새우
		// 알레르기가 있어요" — is the hold, the allergy told with it)
		return agents.Step{}, false
	}
	avoid := avoidSaid(t.Text())
	if avoid == "" || !booking.Conflicts("seafood", avoid) && !booking.Conflicts("japanese", avoid) && !booking.Conflicts("italian", avoid) {
		return agents.Step{}, false
	}
	step := t.Begin("booking_search_restaurants", max(p, 0.6))
	if cu := t.Slot("cuisine"); cu != "" && booking.Conflicts(cu, avoid) {
		t.Set("cuisine", "")
	}
	if step.Call != nil && step.Call.Tool == "booking_search_restaurants" {
		var args map[string]any
		if json.Unmarshal(step.Call.Args, &args) == nil {
			if cu, _ := args["cuisine"].(string); cu != "" && booking.Conflicts(cu, avoid) {
				delete(args, "cuisine")
			}
			args["avoid"] = avoid
			step.Call.Args, _ = json.Marshal(args)
		}
	}
	return step, true
}
