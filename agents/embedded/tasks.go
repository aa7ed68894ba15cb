package embedded

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/skills"
)

// ---- meetings ----

func (t *turn) fillMeeting(text string) {
	if ns := names(text); len(ns) > 0 {
		t.set("people", strings.Join(ns, ","))
	}
	w := ParseWhen(text, t.Now)
	if w.HasDay {
		t.set("date", w.Day.Format("2006-01-02"))
		t.set("days", strconv.Itoa(max(w.Days, 1)))
	}
	if w.HasTime {
		t.set("time", fmt.Sprintf("%02d:%02d", w.Hour, w.Min))
	}
	if w.HasWindow {
		t.set("from", fmtDur(w.From))
		t.set("to", fmtDur(w.To))
	}
	if w.Duration > 0 {
		t.set("duration", strconv.Itoa(int(w.Duration.Minutes())))
	}
	if t.slot("title") == "" {
		t.set("title", t.ko("회의", "Meeting"))
	}
}

func (t *turn) meetingNext() agents.Step {
	switch {
	case t.slot("people") == "":
		return agents.Step{Say: t.ko("누구와 회의할까요?", "Who should be in the meeting?")}
	case t.slot("date") == "":
		return agents.Step{Say: t.ko("언제로 잡을까요? (예: 내일 오후)", "When? (for example, tomorrow afternoon)")}
	}
	dur := t.slot("duration")
	if dur == "" {
		dur = "60"
		t.set("duration", dur)
	}
	d, _ := strconv.Atoi(dur)
	from, to := t.slot("from"), t.slot("to")
	if tm := t.slot("time"); tm != "" {
		// An exact time: look from that time for the length of the meeting.
		st, _ := time.Parse("15:04", tm)
		from = tm
		to = st.Add(time.Duration(d) * time.Minute).Format("15:04")
	}
	if from == "" {
		from, to = "09:00", "18:00"
	}
	day, _ := time.Parse("2006-01-02", t.slot("date"))
	days, _ := strconv.Atoi(t.slot("days"))
	last := day.AddDate(0, 0, max(days, 1)-1)
	t.set("phase", "slots")
	return agents.Step{Call: call("sched_find_slots", map[string]any{
		"participants": strings.Split(t.slot("people"), ","), "from": t.slot("date"), "to": last.Format("2006-01-02"),
		"duration_minutes": d, "day_start": from, "day_end": to, "limit": 3})}
}

func (t *turn) meetingSlots(r *skills.Result) agents.Step {
	var res struct {
		Participants []string
		Slots        []struct{ Start, End, Label, Why string }
	}
	json.Unmarshal(r.Data, &res)
	t.set("names", strings.Join(res.Participants, ", "))
	if len(res.Slots) == 0 {
		t.set("date", "")
		t.set("time", "")
		t.set("phase", "")
		return agents.Step{Say: t.ko("그때는 모두가 비는 시간이 없어요. 다른 날이나 시간대를 말씀해 주세요.", "Nobody is free together then. Try another day or time of day.")}
	}
	card := &protocol.Card{Kind: protocol.CardSlots, Title: t.ko("모두 가능한 시간", "Times that work for everyone")}
	t.st.Options = nil
	for _, s := range res.Slots {
		st, _ := time.Parse(time.RFC3339, s.Start)
		label := s.Label
		if t.lang == "en" {
			en, _ := time.Parse(time.RFC3339, s.End)
			label = st.Format("Mon Jan 2 15:04") + "–" + en.Format("15:04")
		}
		t.st.Options = append(t.st.Options, agents.Option{ID: s.Start, Label: label, Value: st.Format("15:04")})
		card.Items = append(card.Items, protocol.CardItem{ID: s.Start, Title: label, Reason: s.Why})
	}
	t.set("phase", "pick")
	return agents.Step{Card: card, Say: t.ko(fmt.Sprintf("%s님과 모두 가능한 시간이에요: %s. 몇 번째로 할까요?", res.Participants[0]+func() string {
		if len(res.Participants) > 1 {
			return ", " + strings.Join(res.Participants[1:], ", ")
		}
		return ""
	}(), labels(t.st.Options)),
		fmt.Sprintf("Everyone is free at: %s. Which one?", labels(t.st.Options)))}
}

func labels(os []agents.Option) string {
	var out []string
	for i, o := range os {
		out = append(out, fmt.Sprintf("%d) %s", i+1, o.Label))
	}
	return strings.Join(out, ", ")
}

func (t *turn) meetingInvite(n int) agents.Step {
	o := t.st.Options[n]
	d, _ := strconv.Atoi(t.slot("duration"))
	st, _ := time.Parse(time.RFC3339, o.ID)
	t.set("phase", "invite")
	return agents.Step{Say: t.ko(fmt.Sprintf("%s로 초대장을 보낼게요. 확인 카드에서 ‘확인’을 눌러 주세요.", o.Label), fmt.Sprintf("I'll invite everyone for %s. Please press Confirm on the card.", o.Label)),
		Call: call("sched_invite", map[string]any{"title": t.slot("title"), "participants": strings.Split(t.slot("people"), ","),
			"start": st.Format(time.RFC3339), "duration_minutes": d})}
}

func (t *turn) showEvents(r *skills.Result) agents.Step {
	var evs []struct{ ID, Title, Start, End string }
	json.Unmarshal(r.Data, &evs)
	t.finish()
	if len(evs) == 0 {
		return t.resume(agents.Step{Say: t.ko("그 기간에는 일정이 없어요.", "Nothing on your calendar then.")})
	}
	card := &protocol.Card{Kind: protocol.CardOptions, Title: t.ko("일정", "Schedule")}
	var parts []string
	for _, e := range evs {
		st, _ := time.Parse(time.RFC3339, e.Start)
		card.Items = append(card.Items, protocol.CardItem{ID: e.ID, Title: e.Title, Subtitle: st.Format("01-02 15:04")})
		parts = append(parts, fmt.Sprintf("%s %s", st.Format("1/2 15:04"), e.Title))
	}
	return t.resume(agents.Step{Card: card, Say: t.ko("일정이에요: ", "Here you go: ") + strings.Join(parts, ", ")})
}

// ---- restaurants and lodgings ----

// fillPlace reads a neighbourhood (and its city) or a city.
func (t *turn) fillPlace(text string) {
	if a, ok := lookup(text, lex.Areas); ok {
		t.set("city", a[0])
		t.set("area", a[1])
	} else if c, ok := lookup(text, lex.Cities); ok {
		t.set("city", c)
	}
}

func (t *turn) fillRestaurant(text string) {
	t.fillPlace(text)
	if c, ok := lookup(text, lex.Cuisines); ok {
		t.set("cuisine", c)
	}
	if n, ok := People(text); ok {
		t.set("party", strconv.Itoa(n))
	}
	w := ParseWhen(text, t.Now)
	if w.HasDay {
		t.set("date", w.Day.Format("2006-01-02"))
	}
	if w.HasTime {
		t.set("time", fmt.Sprintf("%02d:%02d", w.Hour, w.Min))
	}
	if t.slot("date") == "" && (w.HasTime || w.HasWindow) {
		t.set("date", t.Now.Format("2006-01-02"))
	}
}

func (t *turn) restaurantNext() agents.Step {
	switch {
	case t.slot("date") == "":
		return agents.Step{Say: t.ko("며칠 몇 시로 예약할까요?", "What day and time?")}
	case t.slot("time") == "":
		return agents.Step{Say: t.ko("몇 시로 할까요?", "What time?")}
	case t.slot("party") == "":
		return agents.Step{Say: t.ko("몇 분이세요?", "For how many people?")}
	}
	party, _ := strconv.Atoi(t.slot("party"))
	args := map[string]any{"date": t.slot("date"), "time": t.slot("time"), "party_size": party, "lang": t.lang}
	for _, k := range []string{"city", "area", "cuisine"} {
		if v := t.slot(k); v != "" {
			args[k] = v
		}
	}
	// What the avatar remembers: a vegetarian gets places with vegetarian
	// dishes, and a favourite cuisine is the default when none was asked.
	for _, f := range t.Memory {
		switch {
		case f.Key == "diet" && (f.Value == "vegetarian" || f.Value == "vegan"):
			args["vegetarian"] = true
			t.set("remembered", t.ko("채식하신다고 하셔서 채식 메뉴가 있는 곳으로 찾았어요. ", "You told me you're vegetarian, so I looked for places with vegetarian dishes. "))
		case f.Key == "cuisine" && args["cuisine"] == nil:
			args["cuisine"] = f.Value
			if t.slot("remembered") == "" {
				t.set("remembered", t.ko("좋아하신다던 음식으로 찾았어요. ", "I looked for the food you said you like. "))
			}
		}
	}
	t.set("phase", "search")
	return agents.Step{Call: call("booking_search_restaurants", args)}
}

func (t *turn) fillLodging(text string) {
	t.fillPlace(text)
	if ty, ok := lookup(text, lex.LodgingTypes); ok {
		t.set("type", ty)
	}
	if n, ok := People(text); ok {
		t.set("party", strconv.Itoa(n))
	}
	if n, ok := Count(text, "박"); ok {
		t.set("nights", strconv.Itoa(n))
	} else if m := strings.Fields(strings.ToLower(text)); len(m) > 0 {
		for i, f := range m {
			if strings.HasPrefix(f, "night") && i > 0 {
				if n, ok := number(m[i-1]); ok {
					t.set("nights", strconv.Itoa(n))
				}
			}
		}
	}
	if w := ParseWhen(text, t.Now); w.HasDay {
		t.set("date", w.Day.Format("2006-01-02"))
	}
}

func (t *turn) lodgingNext() agents.Step {
	switch {
	case t.slot("date") == "":
		return agents.Step{Say: t.ko("언제 체크인하세요?", "When do you check in?")}
	case t.slot("nights") == "":
		return agents.Step{Say: t.ko("며칠 묵으세요? (예: 2박)", "How many nights?")}
	}
	party := 2
	if p := t.slot("party"); p != "" {
		party, _ = strconv.Atoi(p)
	}
	nights, _ := strconv.Atoi(t.slot("nights"))
	args := map[string]any{"check_in": t.slot("date"), "nights": nights, "guests": party, "lang": t.lang}
	for _, k := range []string{"city", "area", "type"} {
		if v := t.slot(k); v != "" {
			args[k] = v
		}
	}
	t.set("phase", "search")
	return agents.Step{Call: call("booking_search_lodgings", args)}
}

func (t *turn) placeOptions(r *skills.Result) agents.Step {
	var ps []struct {
		ID, Name, Area, Cuisine, Type, Note string
		PriceBand                           string `json:"price_band"`
		Price                               int64  `json:"price_per_night"`
		Available                           bool
		Other                               []string `json:"other_times"`
	}
	json.Unmarshal(r.Data, &ps)
	card := &protocol.Card{Kind: protocol.CardOptions, Title: t.ko("예약 가능한 곳", "Places with room")}
	t.st.Options = nil
	var other []string
	for _, p := range ps {
		if !p.Available {
			if len(p.Other) > 0 && len(other) == 0 {
				other = p.Other
			}
			continue
		}
		sub := strings.TrimSpace(p.Area + " · " + p.Cuisine + p.Type + " " + p.PriceBand)
		if p.Price > 0 {
			sub += fmt.Sprintf(" · %d원/박", p.Price)
		}
		card.Items = append(card.Items, protocol.CardItem{ID: p.ID, Title: p.Name, Subtitle: sub, Reason: p.Note})
		t.st.Options = append(t.st.Options, agents.Option{ID: p.ID, Label: p.Name})
		if len(t.st.Options) == 3 {
			break
		}
	}
	if len(t.st.Options) == 0 {
		t.set("phase", "")
		if len(other) > 0 {
			t.set("time", "")
			return agents.Step{Say: t.ko("그 시간에는 자리가 없어요. 가능한 시간: "+strings.Join(other, ", ")+". 몇 시로 할까요?",
				"Nothing free then. Free times: "+strings.Join(other, ", ")+". Which time?")}
		}
		return agents.Step{Say: t.ko("조건에 맞는 곳이 없어요. 지역이나 날짜를 바꿔 볼까요?", "Nothing matches; shall we try another area or date?")}
	}
	t.set("phase", "pick")
	return agents.Step{Card: card, Say: t.slot("remembered") + t.ko("예약할 수 있는 곳이에요: "+labels(t.st.Options)+". 어디로 할까요?", "These have room: "+labels(t.st.Options)+". Which one?")}
}

func (t *turn) restaurantHold(n int) agents.Step {
	o := t.st.Options[n]
	party, _ := strconv.Atoi(t.slot("party"))
	t.set("phase", "hold")
	return agents.Step{Call: call("booking_hold", map[string]any{"place_id": o.ID, "date": t.slot("date"), "time": t.slot("time"), "party_size": party})}
}

func (t *turn) lodgingHold(n int) agents.Step {
	o := t.st.Options[n]
	party := 2
	if p := t.slot("party"); p != "" {
		party, _ = strconv.Atoi(p)
	}
	nights, _ := strconv.Atoi(t.slot("nights"))
	t.set("phase", "hold")
	return agents.Step{Call: call("booking_hold", map[string]any{"place_id": o.ID, "date": t.slot("date"), "nights": nights, "party_size": party})}
}

func (t *turn) showBookings(r *skills.Result) agents.Step {
	var bs []struct {
		ID, Date, Time, Status string
		PlaceName              string `json:"place_name"`
		PlaceNameEn            string `json:"place_name_en"`
	}
	json.Unmarshal(r.Data, &bs)
	cancel := t.st.Intent == "cancel_booking"
	if len(bs) == 0 {
		t.finish()
		return t.resume(agents.Step{Say: t.ko("예정된 예약이 없어요.", "You have no upcoming bookings.")})
	}
	card := &protocol.Card{Kind: protocol.CardBooking, Title: t.ko("내 예약", "My bookings")}
	t.st.Options = nil
	for _, b := range bs {
		if t.lang == "en" && b.PlaceNameEn != "" {
			b.PlaceName = b.PlaceNameEn
		}
		card.Items = append(card.Items, protocol.CardItem{ID: b.ID, Title: b.PlaceName, Subtitle: strings.TrimSpace(b.Date + " " + b.Time), Status: b.Status})
		t.st.Options = append(t.st.Options, agents.Option{ID: b.ID, Label: b.PlaceName})
	}
	if cancel {
		return agents.Step{Card: card, Say: t.ko("어떤 예약을 취소할까요? "+labels(t.st.Options), "Which booking should I cancel? "+labels(t.st.Options))}
	}
	t.finish()
	for i := range card.Items {
		if card.Items[i].Status == "held" {
			card.Items[i].Subtitle += t.ko(" (확정 전)", " (not confirmed)")
		}
	}
	return t.resume(agents.Step{Card: card, Say: t.ko("예약 내역이에요: ", "Your bookings: ") + labels(optionsOf(card))})
}

func optionsOf(c *protocol.Card) []agents.Option {
	var out []agents.Option
	for _, it := range c.Items {
		out = append(out, agents.Option{ID: it.ID, Label: strings.TrimSpace(it.Title + " " + it.Subtitle)})
	}
	return out
}

// ---- shopping ----

func (t *turn) productOptions(r *skills.Result) agents.Step {
	var items []struct {
		ID, Name, Reason string
		Price            int64
		PriceText        string `json:"price_text"`
		InStock          int    `json:"in_stock"`
	}
	var sr struct {
		Results []json.RawMessage
	}
	if json.Unmarshal(r.Data, &sr) == nil && sr.Results != nil {
		raw, _ := json.Marshal(sr.Results)
		json.Unmarshal(raw, &items)
	} else {
		json.Unmarshal(r.Data, &items)
	}
	t.st.Intent = "shop_search"
	if len(items) == 0 {
		return agents.Step{Say: t.ko("조건에 맞는 상품을 찾지 못했어요. 다른 말로 찾아볼까요?", "I couldn't find anything like that. Try other words?")}
	}
	card := &protocol.Card{Kind: protocol.CardProducts, Title: t.ko("추천 상품", "Suggestions")}
	t.st.Options = nil
	var lines []string
	for i, it := range items {
		card.Items = append(card.Items, protocol.CardItem{ID: it.ID, Title: it.Name, Price: it.PriceText, Reason: it.Reason})
		t.st.Options = append(t.st.Options, agents.Option{ID: it.ID, Label: it.Name})
		if i < 3 {
			lines = append(lines, fmt.Sprintf("%d) %s %s — %s", i+1, it.Name, it.PriceText, it.Reason))
		}
	}
	return agents.Step{Card: card, Say: t.ko("이런 상품은 어떠세요? ", "How about these? ") + strings.Join(lines, "; ") +
		t.ko(". 마음에 드는 게 있으면 \"1번 장바구니에 담아줘\"라고 말씀해 주세요.", ". Say \"add number 1 to my cart\" if you like one.")}
}

// cartView is what the brain reads of a shop_cart or shop_cart_add result
// (shopping.CartView on the wire; the brain reads tool results as JSON, as
// an LLM would, rather than importing the pack).
type cartView struct {
	Lines []struct {
		ID   string `json:"id"`
		Name string `json:"name"`
		Qty  int    `json:"quantity"`
	} `json:"lines"`
	Total int64  `json:"total"`
	Text  string `json:"total_text"`
}

func cartOf(data json.RawMessage) (cartView, error) {
	var cv cartView
	err := json.Unmarshal(data, &cv)
	return cv, err
}

func (t *turn) showCart(r *skills.Result) agents.Step {
	cv, _ := cartOf(r.Data)
	if len(cv.Lines) == 0 {
		return agents.Step{Say: t.ko("장바구니가 비어 있어요.", "Your cart is empty.")}
	}
	card := &protocol.Card{Kind: protocol.CardCart, Title: t.ko("장바구니", "Cart")}
	var parts []string
	for _, l := range cv.Lines {
		card.Items = append(card.Items, protocol.CardItem{Title: l.Name, Subtitle: fmt.Sprintf("× %d", l.Qty)})
		parts = append(parts, fmt.Sprintf("%s × %d", l.Name, l.Qty))
	}
	return agents.Step{Card: card, Say: t.ko("장바구니: ", "Cart: ") + strings.Join(parts, ", ") + " = " + cv.Text}
}

func (t *turn) fillCheckout(text string) {
	for kind, words := range lex.Fulfilment {
		if has(text, words) {
			t.set("fulfilment", kind)
		}
	}
	if s, ok := lookup(text, lex.Stores); ok {
		t.set("store", s)
	}
	if t.slot("phase") == "address" && strings.TrimSpace(text) != "" && t.slot("fulfilment") == "delivery" && !has(text, lex.Fulfilment["delivery"]) {
		t.set("address", strings.TrimSpace(text))
	}
	if strings.Contains(strings.ToLower(text), "마스터") || strings.Contains(strings.ToLower(text), "mastercard") {
		t.set("method", "pm_card_mastercard")
	}
}

func (t *turn) checkoutNext() agents.Step {
	switch {
	case t.slot("fulfilment") == "":
		t.set("phase", "fulfilment")
		return agents.Step{Say: t.ko("배송으로 받으실까요, 매장에서 픽업하실까요?", "Delivery, or pick up at a store?")}
	case t.slot("fulfilment") == "delivery" && t.slot("address") == "":
		t.set("phase", "address")
		return agents.Step{Say: t.ko("배송받으실 주소를 알려 주세요.", "What's the delivery address?")}
	}
	t.set("phase", "cart")
	t.st.Intent = "checkout"
	return agents.Step{Call: call("shop_cart", map[string]any{})}
}

func (t *turn) checkoutWithCart(r *skills.Result) agents.Step {
	cv, _ := cartOf(r.Data)
	if len(cv.Lines) == 0 {
		t.finish()
		return agents.Step{Say: t.ko("장바구니가 비어 있어요. 먼저 상품을 담아 주세요.", "Your cart is empty; add something first.")}
	}
	var items []map[string]any
	for _, l := range cv.Lines {
		items = append(items, map[string]any{"product_id": l.ID, "quantity": l.Qty})
	}
	method := t.slot("method")
	if method == "" {
		method = "pm_card_visa"
	}
	args := map[string]any{"items": items, "payment_method": method, "fulfilment": t.slot("fulfilment"), "expected_total": cv.Total}
	if t.slot("fulfilment") == "delivery" {
		args["address"] = t.slot("address")
	} else {
		store := t.slot("store")
		if store == "" {
			store = "gangnam"
		}
		args["pickup_store"] = store
	}
	t.set("phase", "pay")
	return agents.Step{Say: t.ko("결제 전에 확인 카드를 보여 드릴게요.", "Here's the summary to confirm before I pay."), Call: call("shop_checkout", args)}
}

func (t *turn) showOrders(r *skills.Result) agents.Step {
	var raw []map[string]any
	json.Unmarshal(r.Data, &raw)
	t.finish()
	if len(raw) == 0 {
		return agents.Step{Say: t.ko("주문 내역이 없어요.", "You have no orders.")}
	}
	card := &protocol.Card{Kind: protocol.CardOrder, Title: t.ko("주문 현황", "Orders")}
	for i, o := range raw {
		id, _ := o["id"].(string)
		st, _ := o["status"].(string)
		ko, _ := o["status_ko"].(string)
		total, _ := o["total_text"].(string)
		card.Items = append(card.Items, protocol.CardItem{ID: id, Title: id, Price: total, Status: st})
		if i == 0 {
			return agents.Step{Card: card, Say: t.ko(fmt.Sprintf("최근 주문 %s은(는) 지금 ‘%s’ 상태예요.", id, ko), fmt.Sprintf("Your latest order %s is %s.", id, strings.ReplaceAll(st, "_", " ")))}
		}
	}
	return agents.Step{Card: card}
}

// ---- tutoring ----

func (t *turn) answer(r *skills.Result) agents.Step {
	var g struct {
		Covered   bool
		Answer    string
		Message   string
		Citations []struct {
			LessonID     string `json:"lesson_id"`
			LessonTitle  string `json:"lesson_title"`
			SectionTitle string `json:"section_title"`
			SectionID    string `json:"section_id"`
			Quote        string
		}
	}
	json.Unmarshal(r.Data, &g)
	if t.slot("release") != "" && t.Class != nil {
		defer t.Class.Release(t.User.ID) // answered: the next raised hand has the floor
	}
	t.finish()
	if !g.Covered {
		return t.resume(agents.Step{Say: t.ko("그 내용은 우리 수업 자료에 없어서 정확히 답할 수 없어요. 지어내서 말하지 않을게요. 수업에서 다루는 광합성, 일차방정식, 한국어 기초에 대해 물어봐 주세요.",
			"Our lessons don't cover that, so I won't guess. Ask me about photosynthesis, linear equations or beginner Korean.")})
	}
	c := g.Citations[0]
	if t.st.Slots == nil {
		t.st.Slots = map[string]string{}
	}
	t.st.Slots["last_lesson"] = c.LessonID
	card := &protocol.Card{Kind: protocol.CardAnswer, Title: c.LessonTitle}
	for _, ci := range g.Citations {
		card.Sources = append(card.Sources, protocol.Source{Lesson: ci.LessonTitle, Section: ci.SectionTitle, Quote: ci.Quote})
	}
	return t.resume(agents.Step{Card: card, Say: g.Answer + t.ko(fmt.Sprintf(" (출처: %s · %s)", c.LessonTitle, c.SectionTitle), fmt.Sprintf(" (Source: %s · %s)", c.LessonTitle, c.SectionTitle))})
}

type quizQ struct {
	ID      string   `json:"id"`
	Type    string   `json:"type"`
	Prompt  string   `json:"prompt"`
	Choices []string `json:"choices"`
}

func (t *turn) quizCard(q quizQ, n, of int) *protocol.Card {
	card := &protocol.Card{Kind: protocol.CardQuiz, Title: t.ko(fmt.Sprintf("퀴즈 %d/%d", n, of), fmt.Sprintf("Quiz %d/%d", n, of)),
		Items: []protocol.CardItem{{ID: q.ID, Title: q.Prompt}}}
	for i, c := range q.Choices {
		card.Items = append(card.Items, protocol.CardItem{ID: strconv.Itoa(i + 1), Title: fmt.Sprintf("%d) %s", i+1, c)})
	}
	return card
}

func (t *turn) askQuestion(q quizQ, n, of int) agents.Step {
	t.set("question", q.ID)
	say := fmt.Sprintf("%d/%d. %s", n, of, q.Prompt)
	if len(q.Choices) > 0 {
		var cs []string
		for i, c := range q.Choices {
			cs = append(cs, fmt.Sprintf("%d) %s", i+1, c))
		}
		say += " " + strings.Join(cs, " ")
	}
	return agents.Step{Card: t.quizCard(q, n, of), Say: say}
}

func (t *turn) quizStart(r *skills.Result) agents.Step {
	var qz struct {
		QuizID    string  `json:"quiz_id"`
		Questions []quizQ `json:"questions"`
	}
	json.Unmarshal(r.Data, &qz)
	if len(qz.Questions) == 0 {
		t.finish()
		return agents.Step{Say: t.ko("낼 문제가 없어요.", "There are no questions for that.")}
	}
	raw, _ := json.Marshal(qz.Questions)
	t.set("quiz", qz.QuizID)
	t.set("questions", string(raw))
	t.set("n", "0")
	t.set("right", "0")
	t.set("phase", "answering")
	step := t.askQuestion(qz.Questions[0], 1, len(qz.Questions))
	step.Say = t.ko("퀴즈를 시작할게요! ", "Quiz time! ") + step.Say
	return step
}

func (t *turn) quizGraded(r *skills.Result) agents.Step {
	var g struct {
		Correct     bool
		Expected    string
		Explanation string
		Mastery     int
	}
	json.Unmarshal(r.Data, &g)
	var qs []quizQ
	json.Unmarshal([]byte(t.slot("questions")), &qs)
	n, _ := strconv.Atoi(t.slot("n"))
	right, _ := strconv.Atoi(t.slot("right"))
	say := ""
	if g.Correct {
		right++
		say = t.ko("정답이에요! ", "Correct! ")
	} else {
		say = t.ko(fmt.Sprintf("아쉬워요. 정답은 %s예요. ", g.Expected), fmt.Sprintf("Not quite: the answer is %s. ", g.Expected))
	}
	if g.Explanation != "" {
		say += g.Explanation + " "
	}
	n++
	t.set("n", strconv.Itoa(n))
	t.set("right", strconv.Itoa(right))
	card := &protocol.Card{Kind: protocol.CardGraded, Title: t.ko("채점", "Graded"),
		Items: []protocol.CardItem{{Title: map[bool]string{true: "O", false: "X"}[g.Correct], Subtitle: g.Expected, Reason: g.Explanation}}}
	if n < len(qs) {
		next := t.askQuestion(qs[n], n+1, len(qs))
		next.Say = say + next.Say
		return next
	}
	t.finish()
	return t.resume(agents.Step{Card: card, Say: say + t.ko(fmt.Sprintf("퀴즈 끝! %d문제 중 %d개 맞혔어요. 이 단원 숙달도는 %d%%예요.", len(qs), right, g.Mastery),
		fmt.Sprintf("Quiz done: %d of %d right. Your mastery of this lesson is %d%%.", right, len(qs), g.Mastery))})
}

func (t *turn) showProgress(r *skills.Result) agents.Step {
	var ps []struct {
		Title    string
		Mastery  int
		Answered int
		Due      int `json:"due_for_review"`
	}
	json.Unmarshal(r.Data, &ps)
	t.finish()
	var parts []string
	for _, p := range ps {
		parts = append(parts, t.ko(fmt.Sprintf("%s %d%% (복습할 문제 %d개)", p.Title, p.Mastery, p.Due), fmt.Sprintf("%s %d%% (%d to review)", p.Title, p.Mastery, p.Due)))
	}
	return agents.Step{Say: strings.Join(parts, "; ")}
}

func (t *turn) showLesson(r *skills.Result) agents.Step {
	t.finish()
	var sec struct{ Title, Text string }
	if json.Unmarshal(r.Data, &sec) == nil && sec.Text != "" {
		return agents.Step{Say: sec.Title + ": " + firstSentences(sec.Text, 2)}
	}
	var ls []struct{ Title string }
	json.Unmarshal(r.Data, &ls)
	var names []string
	for _, l := range ls {
		names = append(names, l.Title)
	}
	return agents.Step{Say: t.ko("배울 수 있는 수업: ", "Lessons: ") + strings.Join(names, ", ")}
}

func firstSentences(s string, n int) string {
	parts := strings.SplitAfter(strings.ReplaceAll(s, "\n", " "), ". ")
	if len(parts) > n {
		parts = parts[:n]
	}
	return strings.TrimSpace(strings.Join(parts, ""))
}
