// Package desk is the booking pack's dialogue its conversation data
// cannot express: a question about a place to stay shown or booked —
// whether breakfast is included ("2번 조식 포함이야?", "is breakfast
// included?") — answered from what the place says, without holding it.
// It registers itself with the embedded brain for avatars that have the
// booking skill; import it for that side effect (skills/standard does).
//
// A new user's trial (left8): "2번 조식 포함이야?" held the room (a pick
// with words around it), "조식 포함이야?" after booking was not
// understood, and a breakfast question was answered with check-in times.
package desk

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/booking"
)

func init() { embedded.Register(string(booking.ID), handler{}) }

type handler struct{}

func (handler) Early(t *embedded.Turn) (agents.Step, bool) {
	if step, ok := rideEarly(t); ok {
		return step, true
	}
	if step, ok := afterMeeting(t); ok {
		return step, true
	}
	if step, ok := stayShift(t); ok {
		return step, true
	}
	if step, ok := stayShorten(t); ok {
		return step, true
	}
	if step, ok := stayRedate(t); ok {
		return step, true
	}
	if step, ok := unknownArea(t); ok {
		return step, true
	}
	if step, ok := priceAsked(t); ok {
		return step, true
	}
	if step, ok := bookedTotal(t); ok {
		return step, true
	}
	if step, ok := pickBy(t); ok {
		return step, true
	}
	return breakfast(t)
}

func (handler) Text(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	if t.State.Pending != nil {
		// ("전부 얼마야?" with the stay's hold card open: Early does not
		// see a text while a card waits.)
		if step, ok := bookedTotal(t); ok {
			return step, true
		}
	}
	if step, ok := ride(t, intent, p); ok {
		return step, true
	}
	if step, ok := cancelBookingSaid(t, intent, p); ok {
		return step, true
	}
	if step, ok := cancelOtherKind(t, intent, p); ok {
		return step, true
	}
	if step, ok := cancelReplaced(t, intent, p); ok {
		return step, true
	}
	if step, ok := heldAsked(t, intent, p); ok {
		return step, true
	}
	if step, ok := confirmHeld(t, intent, p); ok {
		return step, true
	}
	if step, ok := eventNotTable(t, intent, p); ok {
		return step, true
	}
	if step, ok := cancelBookedSaid(t, intent, p); ok {
		return step, true
	}
	if step, ok := cancelNotBooking(t, intent, p); ok {
		return step, true
	}
	if step, ok := dietNoneOffers(t, intent, p); ok {
		return step, true
	}
	if step, ok := allergyExcludes(t, intent, p); ok {
		return step, true
	}
	return myBookings(t, intent, p)
}

var (
	// heldStateKo: bookings on hold named by their state ("홀드 걸어둔 거",
	// "확정 전인 것", "확정 안 된 홀드", "가예약 잡아 둔 거").
	heldStateKo = regexp.MustCompile(`(?i)(?:홀드|hold|가예약|임시\s*예약)\s*(?:만\s*)?(?:걸어|잡아|해\s*둔|해둔|해\s*놓|된|중인|상태)|확정\s*(?:전|안\s*된|안된|안\s*한|안한|안\s*됐|되지\s*않은|하지\s*않은)`)
	// showOrAskKo: the text asks to see them or whether there are any.
	showOrAskKo = regexp.MustCompile(`보여|보고\s*싶|볼래|볼게|있어\s*[?？]|있어요|있나|있는지|있을까|남아|살아\s*있|목록|리스트|뭐뭐|뭐\s*있|어떤\s*거`)
	// confirmAskKo: a request to confirm one ("확정해 줘", "컨펌 부탁해요").
	confirmAskKo = regexp.MustCompile(`(?i)(?:확정|컨펌|confirm)\s*(?:좀\s*)?(?:해|할게|할래|하겠|부탁|처리|시켜|ㄱ)`)
)

// heldAsked: "홀드만 걸어둔 거 보여줘", "확정 안 된 홀드 남아 있어요?" ask
// to see the bookings on hold (booking_mine, held) — their state named,
// not a request to confirm one, however much the word 확정 sounded like
// it (blind sets post12, post14, post15: each read as a confirmation).
func heldAsked(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "booking_confirm" || t.Intent() != "" || t.Ordinal() != 0 || !heldStateKo.MatchString(text) || !showOrAskKo.MatchString(text) || confirmAskKo.MatchString(text) {
		return agents.Step{}, false
	}
	return t.Begin("booking_mine", max(p, 0.6)), true
}

var (
	// stayTypeRe names a kind of stay ("그 한옥 예약", "the hotel").
	stayTypeRe = regexp.MustCompile(`(?i)(한옥|호텔|게스트하우스|리조트|숙소|hanok|hotel|guesthouse|resort|\bstay\b)`)
	// tableRe names a meal out ("그 식당 예약", "that dinner").
	tableRe = regexp.MustCompile(`(?i)식당|레스토랑|저녁\s*예약|점심\s*예약|디너|런치|\b(?:restaurant|dinner|lunch|table)\b`)
	// stayType is the catalogue's type a stay word names ("" for any stay).
	stayType = map[string]string{"한옥": "hanok", "hanok": "hanok", "호텔": "hotel", "hotel": "hotel", "게스트하우스": "guesthouse",
		"guesthouse": "guesthouse", "리조트": "resort", "resort": "resort"}
)

// cancelOtherKind: "그 한옥 예약 취소해줘" with only a restaurant booked
// offered to cancel the restaurant (trial13). A cancel that names a kind
// of place the user has no booking of says so, and names the bookings
// there are; nothing is offered for cancelling on a guess.
func cancelOtherKind(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "booking_cancel" || t.Intent() != "" && t.Intent() != "booking_cancel" {
		return agents.Step{}, false
	}
	kind, typ, said := "", "", ""
	if m := stayTypeRe.FindStringSubmatch(text); m != nil {
		kind, typ, said = "lodging", stayType[strings.ToLower(m[1])], m[1]
	} else if m := tableRe.FindString(text); m != "" {
		kind, said = "restaurant", m
	}
	if kind == "" {
		return agents.Step{}, false
	}
	r := t.Call("booking_mine", map[string]any{})
	bs, err := skills.Decode[[]booking.BookingView](r)
	if r.Status != skills.StatusOK || err != nil || len(bs) == 0 {
		return agents.Step{}, false
	}
	var have []string
	for _, b := range bs {
		pl, ok := booking.Catalogue(b.Place)
		if b.Kind == kind && (typ == "" || ok && pl.Type == typ) {
			return agents.Step{}, false // one of that kind: the brain finds it
		}
		have = append(have, b.PlaceLabel+" "+b.WhenText)
	}
	t.Understood("booking_cancel", max(p, 0.6), nil)
	if t.Intent() != "" {
		t.Finish()
	}
	return agents.Step{Say: t.Ko(fmt.Sprintf("‘%s’ 예약은 없어요. 지금 있는 예약: %s. 이 중에서 취소하실 게 있으면 이름으로 말씀해 주세요.", said, strings.Join(have, ", ")),
		fmt.Sprintf("You have no %s booking. Your bookings: %s. If you want to cancel one of these, tell me which by name.", said, strings.Join(have, ", ")))}, true
}

var (
	// bookingsRe names the user's bookings ("내 예약", "my reservations").
	bookingsRe = regexp.MustCompile(`(?i)예약\s*(?:들|한\s*거|한\s*것|내역|목록|리스트|현황)?\s*(?:을|를|은|는|도|좀)?\s*(?:전부|다|모두|싹\s*다|전체|하나도\s*빠짐없이)?\s*(?:보여|알려|확인|뭐|어떻게|있|좀)|\b(?:my|all\s+(?:of\s+)?my|all\s+the)\s+(?:reservations?|bookings?)\b`)
	// notListRe: a booking asked for or about, not the list ("예약 가능한
	// 곳", "예약해줘", "book a table").
	notListRe = regexp.MustCompile(`(?i)가능|자리|빈\s*방|예약\s*(?:해|하|할|좀\s*해)|취소|바꿔|변경|옮겨|\b(?:cancel|change|move|make|book\s+a|available)\b`)
	// calendarRe: the calendar named as well ("일정이랑 예약").
	calendarRe = regexp.MustCompile(`(?i)일정|캘린더|스케줄|미팅|회의|\b(?:calendar|schedule|meetings?|events?|agenda)\b`)
)

// myBookings: "내 예약 전부 보여줘" was read as the calendar (another
// pack's list: "앞으로 30일 동안 일정이 없어요", a hotel booked missing —
// trial13), while "내 예약 보여줘" listed the bookings. A request to see
// the user's bookings, with no word of the calendar, is the bookings.
func myBookings(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if strings.HasPrefix(intent, "booking_") || t.Intent() != "" || !bookingsRe.MatchString(text) || notListRe.MatchString(text) || calendarRe.MatchString(text) {
		return agents.Step{}, false
	}
	return t.Begin("booking_mine", max(p, 0.6)), true
}

func (handler) Result(*embedded.Turn, *skills.Result) (agents.Step, bool) {
	return agents.Step{}, false
}

var (
	// breakfastRe names breakfast ("조식", "아침 식사", "breakfast").
	breakfastRe = regexp.MustCompile(`(?i)\bbreakfast\b|조식|아침\s*식사|아침밥`)
	// searchRe asks for places ("조식 포함 호텔 찾아줘"), not about one.
	searchRe = regexp.MustCompile(`(?i)찾아|추천|알아봐|검색|보여\s*줘|\b(?:find|search|recommend|looking\s+for|show\s+me|any\s+(?:hotels?|places?))\b`)
	// includedRe is a note that says breakfast is included.
	includedRe = regexp.MustCompile(`(?i)조식\s*포함|breakfast\s+included|includes\s+breakfast`)
)

// holdsRe: a pick said with a verb that takes it ("1번 예약. 제가 비건이라
// 조식 비건으로 가능한지도 봐주세요", "2번으로 잡아 줘, 조식 되나?", "book
// the first, is breakfast included?"): the place is held, the question
// goes with it as a request.
var holdsRe = regexp.MustCompile(`(?i)예약|잡아|할게|할래|ㄱㄱ|(?:으로|로)\s*(?:해|갈게|가자)|\b(?:book|reserve|hold|take|go\s+with)\b`)

// breakfast answers whether breakfast is included at the place to stay
// the text is about: the one of the list shown at the place said, or the
// user's stay booked. A place whose note says nothing of breakfast is
// said to be unknown, never "no".
func breakfast(t *embedded.Turn) (agents.Step, bool) {
	text := t.Text()
	if !breakfastRe.MatchString(text) || searchRe.MatchString(text) || t.Ordinal() != 0 && holdsRe.MatchString(text) {
		return agents.Step{}, false
	}
	var places []booking.Place
	if n, opts := t.Ordinal(), t.State.Options; n > 0 {
		if n > len(opts) {
			return agents.Step{}, false
		}
		p, ok := booking.Catalogue(opts[n-1].ID)
		if !ok || p.Kind != "lodging" {
			return agents.Step{}, false
		}
		places = append(places, p)
	} else {
		places = stays(t)
	}
	if len(places) == 0 {
		return agents.Step{}, false
	}
	var out []string
	for _, p := range places {
		name := p.NameKo
		if t.Lang() == "en" {
			name = p.NameEn
		}
		if includedRe.MatchString(p.Note + " " + p.NoteEn) {
			out = append(out, t.Ko("네, "+words.Josa(name, "은/는")+" 조식이 포함돼요.", "Yes, "+name+" includes breakfast."))
		} else {
			out = append(out, t.Ko(name+"의 조식 정보는 없어요. 숙소에 직접 확인해 주세요.", "I don't have breakfast details for "+name+"; please check with them."))
		}
	}
	t.Understood(embedded.OutOfScope, 0.5, nil)
	return agents.Step{Say: strings.Join(out, " ")}, true
}

// stays are the places of the user's upcoming stays (confirmed or held).
func stays(t *embedded.Turn) []booking.Place {
	vs, ok := mine(t)
	if !ok {
		return nil
	}
	var out []booking.Place
	seen := map[string]bool{}
	for _, v := range vs {
		if p, ok := booking.Catalogue(v.Place); ok && p.Kind == "lodging" && !seen[p.ID] {
			seen[p.ID] = true
			out = append(out, p)
		}
	}
	return out
}

// namesBookingRe: the booking itself named ("that dinner", "그 예약").
var namesBookingRe = regexp.MustCompile(`(?i)예약|식당|저녁|점심|디너|숙소|호텔|한옥|\b(?:booking|reservation|dinner|lunch|table|restaurant|hotel|stay)\b`)

// cancelReplaced: "hmm cancel that dinner" while the card of a change to
// the dinner (6 people instead of 5) waited only dropped the change; the
// dinner stayed booked (trial13). A cancel that names the booking while
// its change waits drops the change and asks to cancel the booking
// itself, on its own card.
func cancelReplaced(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	pd := t.State.Pending
	if intent != "cancel" || pd == nil || pd.Tool != "booking_confirm" || !namesBookingRe.MatchString(t.Text()) {
		return agents.Step{}, false
	}
	r := t.Call("booking_mine", map[string]any{"held": true})
	bs, err := skills.Decode[[]booking.BookingView](r)
	if r.Status != skills.StatusOK || err != nil {
		return agents.Step{}, false
	}
	replaced := ""
	for _, b := range bs {
		if b.Status == booking.Held && b.Replaces != "" && strings.Contains(string(pd.Args), b.ID) {
			replaced = b.Replaces
		}
	}
	if replaced == "" {
		return agents.Step{}, false
	}
	t.Cancel(p) // the change's card is withdrawn
	t.Start("booking_cancel")
	t.Understood("booking_cancel", max(p, 0.6), map[string]string{"booking_id": replaced})
	raw, _ := json.Marshal(map[string]any{"booking_id": replaced})
	return agents.Step{Say: t.Ko("바꾸려던 건 그만두고, 예약 자체를 취소할게요. 확인 카드를 봐 주세요.", "I've dropped the change; to cancel the booking itself, check the card and confirm."),
		Call: &agents.ToolCall{Tool: "booking_cancel", Args: raw}}, true
}

// cancelNotBooking: "cancel the budget review" with no booking was told
// "You have no bookings to cancel" (trial16): a cancel that names no
// booking, place or meal, while the user has no booking, is about an
// event of the calendar by that name — looked for there, and said when
// there is none.
func cancelNotBooking(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "booking_cancel" || t.Intent() != "" || namesBookingRe.MatchString(text) || stayTypeRe.MatchString(text) || t.Ordinal() != 0 || whenSaidRe.MatchString(text) {
		return agents.Step{}, false
	}
	r := t.Call("booking_mine", map[string]any{})
	if bs, err := skills.Decode[[]booking.BookingView](r); r.Status != skills.StatusOK || err != nil || len(bs) > 0 {
		return agents.Step{}, false
	}
	said := strings.TrimSpace(cancelWordsRe.ReplaceAllString(text, " "))
	if said == "" {
		return agents.Step{}, false
	}
	// The calendar's events of the coming months, for one of that name.
	now := t.Now
	ev := t.Call("sched_my_events", map[string]any{"from": now.AddDate(0, 0, -1).Format("2006-01-02"), "to": now.AddDate(0, 0, 90).Format("2006-01-02")})
	if ev.Status == skills.StatusOK {
		var evs []struct {
			Title string `json:"title"`
		}
		if json.Unmarshal(ev.Data, &evs) == nil {
			for _, e := range evs {
				if sharesWord(e.Title, said) {
					return t.Begin("sched_cancel_event", max(p, 0.6)), true
				}
			}
		}
	}
	t.Understood("booking_cancel", max(p, 0.6), nil)
	return agents.Step{Say: t.Ko(fmt.Sprintf("‘%s’(이)라는 일정이나 예약을 찾지 못했어요. \"내 일정 보여줘\"나 \"내 예약 보여줘\"로 확인해 보세요.", said),
		fmt.Sprintf("I couldn't find an event or booking called “%s”. Say \"show my calendar\" or \"show my bookings\" to check.", said))}, true
}

// cancelWordsRe are the words of cancelling around the name of what to
// cancel ("cancel the budget review", "예산 검토 취소해줘").
var cancelWordsRe = regexp.MustCompile(`(?i)\b(?:please|pls|can|could|would|you|cancel|call\s+off|delete|remove|drop|scrap|the|my|our|that|this|for\s+me|meeting|event|appointment|one)\b|\b(?:just|actually|oh|ok|okay|hmm|um|wait|no|nah|sorry|it)\b|(?:^|\s)(?:아|아니|아니다|아니요|아냐|음|어|앗|참|잠깐|그|이|저|그거|그걸|이거)(?:\s|,|$)|취소\S*|지워\S*|삭제\S*|없애\S*|그냥|좀|일정|회의|미팅|(?:을|를)(?:\s|$)|[?？.!,]`)

// sharesWord: a word of two letters or more of said is in title.
func sharesWord(title, said string) bool {
	lt := strings.ToLower(title)
	for _, w := range strings.Fields(strings.ToLower(said)) {
		if len([]rune(w)) >= 2 && strings.Contains(lt, w) {
			return true
		}
	}
	return false
}

// whenSaidRe: a day or time said ("my 4pm on friday", "금요일 오후 4시
// 거"): what is cancelled is found by when, not by a name.
var whenSaidRe = regexp.MustCompile(`(?i)\d|\b(?:today|tomorrow|tonight|next|last|morning|afternoon|evening|noon|week|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|오늘|내일|모레|요일|주말|다음|이번|아침|오전|오후|저녁|점심|정오`)

// mine: the user's bookings (booking_mine), or false when the tool failed
// or answered what is not a list of bookings.
func mine(t *embedded.Turn) ([]booking.BookingView, bool) {
	r := t.Call("booking_mine", map[string]any{})
	if r.Status != skills.StatusOK {
		return nil, false
	}
	vs, err := skills.Decode[[]booking.BookingView](r)
	return vs, err == nil
}

var (
	// bookedCancelKo: a booking made, named as such, and a verb that
	// undoes it ("제주 게하 예약한 거 날려줘", "회식 자리 예약 캔슬 부탁드립니다",
	// "호텔 잡아둔 거 취소해 줘", "예약했던 한옥 없애 줘", "크리스마스에 잡아둔
	// 해운대 리조트 취소 부탁드립니다").
	bookedCancelKo = regexp.MustCompile(`(?:예약|잡아\s*둔|잡아\s*놓은|잡은)\s*(?:한|했던|해\s*둔|해\s*놓은|된|했던|해둔)?\s*(?:(?:거|것|건|자리|곳|데|[가-힣]{1,6})\s*){0,2}(?:을|를|은|는|도|좀|그냥)?\s*(?:좀\s*)?(?:취소|캔슬|날려|날리|없애|지워|삭제|빼\s*줘|빼\s*주세요|cancel)`)
	// bookedCancelEn: "scrap the hanok stay", "cancel my hotel booking",
	// "call off the dinner reservation": a cancel of a booking said.
	bookedCancelEn = regexp.MustCompile(`(?i)\b(?:cancel|scrap|drop|ditch|nix|call\s+off|get\s+rid\s+of)\b[^.?!]{0,40}\b(?:booking|reservation|stay|table|hanok|hotel|guesthouse|resort|room)s?\b`)
)

// cancelPolicyRe: cancelling asked about as a place's terms ("무료 취소
// 가능한 호텔", "free cancellation"), not done.
var cancelPolicyRe = regexp.MustCompile(`(?i)(?:취소|캔슬)\s*(?:가능|되는|돼|규정|수수료|정책|불가)|free\s+cancell?ation|cancell?ation\s+(?:policy|fee)|refundable`)

// cancelBookedSaid: "제주 게하 예약한 거 날려줘 일정 바뀜" was read as a
// new search for a guesthouse in Jeju, "여의도 회식 자리 예약 캔슬
// 부탁드립니다" as a restaurant search (blind sets post14, post16): the
// place said named the booking to cancel. A search's intent with a
// booking named and a verb that undoes it is the cancel.
func cancelBookedSaid(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "booking_search_restaurants" && intent != "booking_search_lodgings" || t.Ordinal() != 0 ||
		!bookedCancelKo.MatchString(text) && !bookedCancelEn.MatchString(text) || cancelPolicyRe.MatchString(text) {
		return agents.Step{}, false
	}
	return t.Begin("booking_cancel", max(p, 0.6)), true
}

var (
	// calendarAskKo, calendarAskEn: a thing put in the calendar — a
	// reminder before it ("하루 전에 알려줘", "한 시간 전에 알림"), or the
	// calendar named with a verb of entering ("일정에 넣어", "등록해 주세요",
	// "remind me a day before", "put it in my calendar").
	calendarAskKo = regexp.MustCompile(`(?:하루|이틀|\d+\s*(?:분|시간|일)|(?:한|두|세)\s*시간(?:\s*반)?|삼십\s*분|반\s*시간)\s*전에?\s*(?:꼭\s*|미리\s*)?(?:알려|알림|알람|리마인|말해)|(?:일정|캘린더|달력|스케줄)\S{0,2}\s*(?:에|으로|로)?\s*(?:넣|추가|등록|잡아|저장)|등록\s*(?:해|좀|부탁)`)
	calendarAskEn = regexp.MustCompile(`(?i)\bremind\s+me\b|\b(?:to|in|on)\s+my\s+(?:calendar|schedule)\b|\b(?:calendar|schedule)\s+(?:it|this)\b`)
	// tableAskRe: a table asked for ("예약", "자리 있", "찾아", "book a
	// table"): a booking, whatever else is said.
	tableAskRe = regexp.MustCompile(`(?i)예약|자리\s*(?:있|되|나|잡)|찾아|추천|알아봐|\b(?:book|reserve|reservation|table\s+for|find|recommend)\b`)
)

// calendarEntry: the text puts a thing in the calendar and asks for no
// table.
func calendarEntry(text string) bool {
	return (calendarAskKo.MatchString(text) || calendarAskEn.MatchString(text)) && !tableAskRe.MatchString(text)
}

// eventNotTable: "12/23 저녁 7시 엄마 생신 저녁 식사, 두 시간, 장소는 신촌
// 한식당, 하루 전에 알려줘" and "가족 저녁 식사 두 시간 등록해 주세요 … 한
// 시간 전에 알려 주세요" were read as restaurant searches (blind sets
// post14, post16): a meal out put in the calendar, with a reminder, is
// an event of the calendar where one is kept — not a table to book,
// unless a table is asked for.
func eventNotTable(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "booking_search_restaurants" || t.Intent() != "" || t.Ordinal() != 0 || t.Said("sched_create_event") == nil ||
		!calendarEntry(text) {
		return agents.Step{}, false
	}
	return t.Begin("sched_create_event", max(p, 0.6)), true
}

// dietRe: a diet no place of the catalogue may offer ("할랄", "halal",
// "코셔", "kosher"), with its name in each language.
var dietRe = regexp.MustCompile(`(?i)할랄|\bhalal\b|코셔|\bkosher\b`)

// dietNoneOffers: "다음주 수요일 저녁 7시에 할랄 식당 3명 예약해줘" listed
// places none of which says halal, silently (trial17 f2, a2). A diet said
// that no restaurant's details mention is said to be unknown there, and
// the search goes on without it.
func dietNoneOffers(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "booking_search_restaurants" && intent != "booking_hold" || p < 0.35 || t.Intent() == intent {
		return agents.Step{}, false
	}
	m := dietRe.FindString(text)
	if m == "" {
		return agents.Step{}, false
	}
	for _, pl := range booking.Places("restaurant") {
		if dietRe.MatchString(pl.Note + " " + pl.NoteEn + " " + pl.Cuisine + " " + pl.CuisineKo) {
			return agents.Step{}, false
		}
	}
	step := t.Begin(intent, p)
	if step.Call == nil && step.Say == "" && step.Card == nil {
		return agents.Step{}, false
	}
	note := t.Ko(fmt.Sprintf("%s 음식을 한다고 적힌 식당은 없어요. 식당에 직접 확인해 주세요.", m),
		fmt.Sprintf("None of the restaurants I can book says it serves %s food; please check with the restaurant.", strings.ToLower(m)))
	step.Say = strings.TrimSpace(note + " " + step.Say)
	return step, true
}
