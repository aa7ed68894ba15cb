package desk

import (
	"regexp"
	"slices"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills/booking"
)

// A new user's trial (round 11): "광화문쪽 파스타집" named an area the
// catalogue does not know; the area was dropped and places of every city
// were listed, mixed. A place asked for near an area that is neither an
// area nor a city the catalogue knows is answered with the areas there
// are, and the request waits for one.
var (
	// nearKoRe is an area said with 쪽/근처/부근 ("광화문쪽", "신촌 근처에서").
	nearKoRe = regexp.MustCompile(`([가-힣]{2,6})\s*(?:쪽|근처|부근|인근|주변|일대)`)
	// nearEnRe is one said in English ("near Gwanghwamun", "around Sinchon").
	nearEnRe = regexp.MustCompile(`\b(?:near|around|by|in)\s+([A-Z][a-z]{2,}(?:-[a-z]+)?)\b`)
	// seekRe asks for a place to eat or stay.
	seekRe = regexp.MustCompile(`(?i)집|식당|맛집|레스토랑|호텔|숙소|한옥|펜션|예약|\b(?:restaurants?|places?|table|hotels?|spots?|somewhere to (?:eat|stay)|eat|dinner|lunch|stay)\b`)
	// stayRe is a place to stay rather than to eat.
	stayRe = regexp.MustCompile(`(?i)호텔|숙소|한옥|펜션|게스트하우스|리조트|\b(?:hotels?|stay|hanok|guesthouse|resort)\b`)
	// notArea are words before 쪽/근처 or after "near" that name no
	// district: the user's own places, deictics, days and months, cuisines.
	notArea = regexp.MustCompile(`(?i)^(?:여기|거기|저기|이|그|저|우리|우리집|집|회사|학교|역|동네|시내|바다|해변|공항|me|here|there|town|the|my|our|a|an|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|korean|italian|japanese|chinese|french|english|noon|midnight)$`)
)

// unknownArea answers a request for a place near an area the catalogue
// does not know (and that names no city it knows) with the areas it has.
func unknownArea(t *embedded.Turn) (agents.Step, bool) {
	text := t.Text()
	if !seekRe.MatchString(text) || t.Gazetteer("area") != "" || t.Gazetteer("city") != "" || t.Gazetteer("place_name") != "" {
		return agents.Step{}, false
	}
	area := ""
	if m := nearKoRe.FindStringSubmatch(text); m != nil {
		area = strings.TrimSuffix(m[1], "역")
	} else if m := nearEnRe.FindStringSubmatch(text); m != nil {
		area = m[1]
	}
	if area == "" || notArea.MatchString(area) || strings.HasSuffix(area, "집") || strings.HasSuffix(area, "식당") {
		return agents.Step{}, false
	}
	kind, intent := "restaurant", "booking_search_restaurants"
	if stayRe.MatchString(text) {
		kind, intent = "lodging", "booking_search_lodgings"
	}
	// The areas there are, by city, in the catalogue's order.
	var cities []string
	areas := map[string][]string{}
	for _, p := range booking.Places(kind) {
		c, a := t.Ko(p.CityKo, cityEn(p.City)), t.Ko(p.AreaKo, p.AreaEn)
		if _, ok := areas[c]; !ok {
			cities = append(cities, c)
		}
		if !slices.Contains(areas[c], a) {
			areas[c] = append(areas[c], a)
		}
	}
	var at []string
	for _, c := range cities {
		at = append(at, c+t.Ko("(", " (")+strings.Join(areas[c], ", ")+")")
	}
	slots := t.Said(intent)
	t.Understood(intent, 0.9, slots)
	t.Start(intent)
	for k, v := range slots {
		t.Set(k, v)
	}
	t.Set("_asking", "area") // the area said next is this request's
	return agents.Step{Say: t.Say("booking.unknown_area", "area", area, "at", strings.Join(at, ", "))}, true
}

// cityEn is a city id as English says it ("seoul" → "Seoul").
func cityEn(id string) string {
	if id == "" {
		return id
	}
	return strings.ToUpper(id[:1]) + id[1:]
}
