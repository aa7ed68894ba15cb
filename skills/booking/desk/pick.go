package desk

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills/booking"
)

// A new user's trial (trial16): picks said by price or by what a place
// offers — "이 중에 제일 싼 걸로", "the cheapest one", "조식 포함된 데로
// 해줘" — and "which one includes breakfast?" about the places shown all
// fell back. The cheapest (by the night's price, or the price band) or
// the one with breakfast is the one picked, held as "2번" would be; when
// two tie, or none has it, that is said and which one asked.
var (
	cheapestKo = regexp.MustCompile(`(?:제일|가장|젤|제일로|더)\s*(?:싼|저렴한|싸게\s*나온)\s*(?:걸로|거로|것으로|곳으로|데로|데|곳|거|걸|숙소|집)`)
	cheapestEn = regexp.MustCompile(`(?i)\b(?:the\s+)?(?:cheapest|cheaper|least\s+expensive|less\s+expensive|lowest\s+priced?)(?:\s+(?:one|place|option|hotel|stay|of\s+(?:them|these|the\s+\w+)))?\b`)
	// moreWanted: a request for other, cheaper places than those shown
	// (the refinement), not a pick among them.
	moreWanted  = regexp.MustCompile(`(?i)없어|없나|있어|있나|있을까|찾아|보여|다른|\bany(?:thing|where)?\b|\bother\b|\bmore\b|\bshow\b|\bfind\b|\bis there\b|\bare there\b`)
	breakfastKo = regexp.MustCompile(`조식|아침\s*(?:식사|밥)?\s*(?:포함|나오|주는|제공)`)
	breakfastEn = regexp.MustCompile(`(?i)\bbreakfast\b`)
	asksWhichRe = regexp.MustCompile(`(?i)\bwhich\b|\bwhat\b|어디|어느|어떤|뭐|[?？]`)
)

// pickBy picks, or names, the option of the list shown the words mean.
func pickBy(t *embedded.Turn) (agents.Step, bool) {
	text := t.Text()
	opts := t.State.Options
	if len(opts) < 2 || t.Ordinal() != 0 {
		return agents.Step{}, false
	}
	places := make([]booking.Place, len(opts))
	for i, o := range opts {
		p, ok := booking.Catalogue(o.ID)
		if !ok {
			return agents.Step{}, false
		}
		places[i] = p
	}
	name := func(i int) string {
		if t.Lang() == "en" {
			return fmt.Sprintf("%d) %s", i+1, places[i].NameEn)
		}
		return fmt.Sprintf("%d) %s", i+1, places[i].NameKo)
	}
	var found []int
	what := ""
	switch {
	case (cheapestKo.MatchString(text) || cheapestEn.MatchString(text)) && !moreWanted.MatchString(text) && !strings.ContainsAny(text, "?？"):
		// ("cheaper one?" asks for cheaper places: the refinement)
		best := int64(-1)
		for i, p := range places {
			v := p.Price
			if p.Kind != "lodging" {
				v = int64(p.PriceBand)
			}
			if best < 0 || v < best {
				best, found = v, []int{i}
			} else if v == best {
				found = append(found, i)
			}
		}
		what = t.Ko("가장 싼 곳은", "The cheapest are")
	case breakfastKo.MatchString(text) || breakfastEn.MatchString(text):
		if places[0].Kind != "lodging" {
			return agents.Step{}, false
		}
		for i, p := range places {
			if includedRe.MatchString(p.Note + " " + p.NoteEn) {
				found = append(found, i)
			}
		}
		if asksWhichRe.MatchString(text) || len(found) != 1 {
			// "which one includes breakfast?": said, not held
			t.Understood(embedded.OutOfScope, 0.5, nil)
			if len(found) == 0 {
				return agents.Step{Say: t.Ko("보여 드린 곳 중에는 조식 포함이라고 적힌 곳이 없어요. 숙소에 직접 확인해 주세요.",
					"None of the places shown says breakfast is included; please check with them.")}, true
			}
			var ns []string
			for _, i := range found {
				ns = append(ns, name(i))
			}
			return agents.Step{Say: t.Ko("조식이 포함된 곳: "+strings.Join(ns, ", ")+". 이곳으로 하시려면 번호로 말씀해 주세요.",
				"Breakfast is included at "+strings.Join(ns, ", ")+". Say its number to book it.")}, true
		}
	default:
		return agents.Step{}, false
	}
	if len(found) == 1 {
		t.Pick(found[0] + 1)
		return agents.Step{}, false
	}
	var ns []string
	for _, i := range found {
		ns = append(ns, name(i))
	}
	t.Understood(embedded.OutOfScope, 0.5, nil)
	return agents.Step{Say: t.Ko(fmt.Sprintf("%s %s — 값이 같아요. 어느 곳으로 할까요?", what, strings.Join(ns, ", ")),
		fmt.Sprintf("%s %s, at the same price. Which one would you like?", what, strings.Join(ns, " and ")))}, true
}
