package desk

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/protocol/words"
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

var (
	// priceAskRe asks what a place costs ("총 얼마야?", "가격이 어떻게 돼요",
	// "how much would the first one cost in total?").
	priceAskRe = regexp.MustCompile(`(?i)얼마|가격|요금|비용|숙박비|\bhow\s+much\b|\bcost|\bprice|\brate\b|\btotal\b`)
	// bookVerbRe: the text books or holds ("예약해줘", "book it"), which a
	// price said with it does not stop.
	bookVerbRe = regexp.MustCompile(`(?i)예약\s*(?:해|할게|할래|하자|부탁|진행|ㄱ)|잡아\s*(?:줘|주|둬)|(?:으로|로)\s*(?:할게|할래|하자|해\s*줘|해\s*주세요)|\b(?:book|reserve|hold|grab|take)\s+(?:it|that|this|the|number|#|one)\b|\bgo\s+with\b|\bi'?ll\s+take\b`)
)

// priceAsked: "how much would the first one cost in total?", "두번째
// 거는 총 얼마야?" to the stays shown placed a hold (trial17 b3, b4, j1).
// A price question about a listed option answers the price — the night's,
// and the stay's total for the nights and guests asked — and offers to
// book it; nothing is held.
func priceAsked(t *embedded.Turn) (agents.Step, bool) {
	text := t.Text()
	opts := t.State.Options
	if len(opts) == 0 || !priceAskRe.MatchString(text) || bookVerbRe.MatchString(text) {
		return agents.Step{}, false
	}
	n := t.Ordinal()
	if n == 0 && len(opts) == 1 {
		n = 1
	}
	if n < 1 || n > len(opts) {
		return agents.Step{}, false
	}
	p, ok := booking.Catalogue(opts[n-1].ID)
	if !ok || p.Kind != "lodging" || p.Price <= 0 {
		return agents.Step{}, false
	}
	name := p.NameKo
	if t.Lang() == "en" {
		name = p.NameEn
	}
	nights, _ := strconv.Atoi(t.Slot("nights"))
	guests, _ := strconv.Atoi(t.Slot("guests"))
	if guests == 0 {
		guests, _ = strconv.Atoi(t.Slot("party_size"))
	}
	t.Understood(embedded.OutOfScope, 0.6, nil)
	night := words.Won(p.Price, t.Lang())
	if nights < 1 {
		return agents.Step{Say: t.Ko(fmt.Sprintf("%s 1박에 %s이에요(현장 결제). 예약하시려면 \"%d번으로 예약해줘\"라고 말씀해 주세요.", words.Josa(name, "은/는"), night, n),
			fmt.Sprintf("%s is %s a night (paid at the property). Say \"book number %d\" to hold it.", name, night, n))}, true
	}
	rooms := 1
	if guests > 0 && p.MaxGuests > 0 {
		rooms = (guests + p.MaxGuests - 1) / p.MaxGuests
	}
	total := words.Won(p.Price*int64(nights*rooms), t.Lang())
	roomsKo, roomsEn := "", ""
	if rooms > 1 {
		roomsKo, roomsEn = fmt.Sprintf(", 객실 %d개", rooms), fmt.Sprintf(", %d rooms", rooms)
	}
	return agents.Step{Say: t.Ko(fmt.Sprintf("%s 1박에 %s, %d박%s이면 모두 %s이에요(현장 결제). 예약하시려면 \"%d번으로 예약해줘\"라고 말씀해 주세요.", words.Josa(name, "은/는"), night, nights, roomsKo, total, n),
		fmt.Sprintf("%s is %s a night: %s in total for %d night(s)%s (paid at the property). Say \"book number %d\" to hold it.", name, night, total, nights, roomsEn, n))}, true
}
