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
	// district: the user's own places, deictics, days and months, cuisines,
	// where in a place a seat or a room is ("창가 쪽 방").
	notArea = regexp.MustCompile(`(?i)^(?:여기|거기|저기|이|그|저|우리|우리집|집|회사|학교|역|동네|시내|바다|해변|공항|창가|창문|구석|안|안쪽|바깥|테라스|입구|조용한|오션뷰|me|here|there|town|the|my|our|a|an|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|korean|italian|japanese|chinese|french|english|noon|midnight)$`)
)

// districtRe: well-known districts of Korean cities the catalogue has no
// place in, said bare ("신촌 2명 일식집", "a table in Sinchon"): a word of
// the city's map, not of any one catalogue — a district the catalogue
// gains is its area first (the gazetteer is read before this).
var districtRe = regexp.MustCompile(`(?:^|[\s,])(신촌|광화문|명동|잠실|건대|건대입구|압구정|신사동|가로수길|을지로|대학로|혜화|합정|망원|연남동|상수|왕십리|노원|목동|영등포|신림|서울대입구|사당|교대|선릉|삼성동|청담|한남동|용산|동대문|마포|판교|분당|일산|수원|인천|송도|대전|대구|광주|전주|경주|강릉|속초|여수|기장|동래|센텀|중문|함덕|협재)(?:역|동)?(?:에서|에|쪽|근처|으로|로)?(?:\s|$|[,.?!])|(?i)\b(?:in|at|near|around)\s+(Sinchon|Gwanghwamun|Myeongdong|Jamsil|Apgujeong|Sinsa|Euljiro|Hyehwa|Hapjeong|Mangwon|Yeonnam|Wangsimni|Yongsan|Dongdaemun|Mapo|Pangyo|Bundang|Ilsan|Suwon|Incheon|Songdo|Daejeon|Daegu|Gwangju|Jeonju|Gyeongju|Gangneung|Sokcho|Yeosu|Jungmun)\b`)

// unknownArea answers a request for a place near an area the catalogue
// does not know (and that names no city it knows) with the areas it has.
func unknownArea(t *embedded.Turn) (agents.Step, bool) {
	text := t.Text()
	if !seekRe.MatchString(text) || t.Ordinal() != 0 || calendarEntry(text) || t.Gazetteer("area") != "" || t.Gazetteer("city") != "" || t.Gazetteer("place_name") != "" {
		return agents.Step{}, false
	}
	area := ""
	if m := nearKoRe.FindStringSubmatch(text); m != nil {
		area = strings.TrimSuffix(m[1], "역")
	} else if m := nearEnRe.FindStringSubmatch(text); m != nil {
		area = m[1]
	} else if m := districtRe.FindStringSubmatch(text); m != nil {
		// "오늘저녁 7시 신촌 2명 일식집 예약해줘": a district said bare
		// (no 쪽, no "near") drifted to places of every city, 남포동 in
		// Busan among them, without a word that 신촌 has none (trial13).
		area = m[1] + m[2]
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
