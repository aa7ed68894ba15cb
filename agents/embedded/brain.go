// Package embedded is Madang's offline brain: it understands Korean and
// English well enough to drive every built-in skill — intents, slots with
// Korean and English dates, times, counts and money, follow-up questions,
// corrections ("아니, 6시로 바꿔줘"), cancellation ("취소할래"), digressions
// and return — and replies in the user's language. Its vocabulary lives in
// data/lexicon.json and data/time.json.
//
// It never invents facts: what it says comes from tool results (products,
// slots, bookings, lesson passages with their citations) or from fixed
// phrases. It proposes tool calls; the conversation runs them.
package embedded

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/skills"
)

// Brain is the embedded brain. It is stateless itself: everything it
// remembers is in the conversation's State, which is persisted.
type Brain struct{}

// New returns the embedded brain.
func New() *Brain { return &Brain{} }

var _ agents.Brain = (*Brain)(nil)

// turn wraps one call with helpers.
type turn struct {
	*agents.Turn
	st   *agents.State
	lang string
}

func (t *turn) ko(ko, en string) string {
	if t.lang == "en" {
		return en
	}
	return ko
}

func (t *turn) slot(k string) string { return t.st.Slots[k] }

func (t *turn) set(k, v string) {
	if t.st.Slots == nil {
		t.st.Slots = map[string]string{}
	}
	if v == "" {
		delete(t.st.Slots, k)
		return
	}
	t.st.Slots[k] = v
}

func (t *turn) start(intent string) {
	t.st.Intent, t.st.Slots, t.st.Options = intent, map[string]string{}, nil
}

func (t *turn) finish() {
	t.st.Intent, t.st.Slots, t.st.Options = "", nil, nil
}

func call(tool string, args any) *agents.ToolCall {
	raw, _ := json.Marshal(args)
	return &agents.ToolCall{Tool: tool, Args: raw}
}

// Next implements agents.Brain.
func (b *Brain) Next(ctx context.Context, at *agents.Turn) (agents.Step, error) {
	t := &turn{Turn: at, st: at.State, lang: at.State.Lang}
	if t.lang == "" {
		t.lang = "ko"
	}
	switch at.Input.Kind {
	case agents.InResult:
		return t.onResult(at.Input.Result), nil
	case agents.InDeclined:
		t.finish()
		return agents.Step{Say: t.ko("알겠어요, 진행하지 않을게요.", "All right, I won't go ahead.")}, nil
	case agents.InZone:
		return t.onZone(at.Input.Zone), nil
	}
	return t.onText(strings.TrimSpace(at.Input.Text)), nil
}

func (t *turn) onZone(zone string) agents.Step {
	switch {
	case t.Avatar.Role == "shopper" && zone == "checkout":
		cart := t.Call("shop_cart", map[string]any{})
		cv, err := cartOf(cart.Data)
		if cart.Status == skills.StatusOK && err == nil && len(cv.Lines) > 0 {
			t.start("checkout")
			t.set("phase", "fulfilment")
			return agents.Step{Say: t.ko(fmt.Sprintf("장바구니에 %d개 상품(%s)이 있어요. 결제를 도와드릴까요? 배송으로 받을지 매장 픽업할지 말씀해 주세요.", len(cv.Lines), cv.Text),
				fmt.Sprintf("You have %d items (%s) in your cart. Shall I check out? Tell me delivery or store pickup.", len(cv.Lines), cv.Text))}
		}
		return agents.Step{}
	case !t.st.Greeted && slices.Contains(t.Avatar.GreetZones, zone):
		t.st.Greeted = true
		return agents.Step{Say: t.Avatar.Greeting(t.lang)}
	}
	return agents.Step{}
}

func (t *turn) onText(text string) agents.Step {
	role := t.Avatar.Role
	intent := lex.intent(role, text)

	// A pending confirmation is only ever settled by the card's buttons.
	if t.st.Pending != nil && has(text, lex.Yes) && intent == "" {
		return agents.Step{Say: t.ko("확인 카드의 ‘확인’ 버튼을 눌러 주세요. 말로 하신 대답으로는 진행하지 않아요.",
			"Please press Confirm on the card; I never go ahead on a spoken yes.")}
	}
	if intent == "cancel" {
		had := t.st.Intent != ""
		t.finish()
		t.st.Stack = nil
		if t.st.Pending != nil {
			t.st.Pending = nil // the card's nonce will no longer be accepted
			return agents.Step{Say: t.ko("알겠어요, 취소했어요. 확인 카드는 무시하셔도 돼요 — 누르지 않으면 아무것도 실행되지 않아요.",
				"Cancelled. You can ignore the confirmation card: nothing happens unless you press Confirm.")}
		}
		if had {
			return agents.Step{Say: t.ko("알겠어요, 취소했어요. 다른 도움이 필요하면 말씀해 주세요.", "OK, cancelled. Let me know if you need anything else.")}
		}
		return agents.Step{Say: t.ko("알겠어요.", "All right.")}
	}
	if t.Avatar.Role == "tutor" && t.Class != nil {
		if step, ok := t.classroom(intent, text); ok {
			return step
		}
	}
	switch intent {
	case "greet":
		if t.st.Intent == "" {
			t.st.Greeted = true
			return agents.Step{Say: t.Avatar.Greeting(t.lang)}
		}
	case "thanks":
		if t.st.Intent == "" {
			return agents.Step{Say: t.ko("천만에요! 더 필요한 게 있으면 말씀해 주세요.", "You're welcome! Anything else?")}
		}
	case "help":
		return agents.Step{Say: t.help()}
	}

	// Inside a task: a pick, a correction, an answer to my question, or a
	// digression into another task.
	if cur := t.st.Intent; cur != "" {
		if intent != "" && intent != cur && !continues(cur, intent) && !isCorrection(text) {
			// Digression: remember where we were and come back after.
			t.st.Stack = append(t.st.Stack, agents.Frame{Intent: cur, Slots: t.st.Slots, Options: t.st.Options})
			t.start(intent)
			return t.begin(intent, text)
		}
		if intent != "" && intent != cur && continues(cur, intent) {
			t.st.Intent = intent
			return t.begin(intent, text)
		}
		return t.cont(cur, text)
	}
	if intent == "" {
		intent = defaultIntent(role, text)
	}
	if intent == "" {
		if facts := agents.ExtractFacts(text, t.Now); len(facts) > 0 {
			// "참고로 저는 채식주의자예요": nothing to do now, but worth
			// keeping (the conversation has stored it); say so.
			var ko, en []string
			for _, f := range facts {
				k, e := factLabel(f)
				ko, en = append(ko, k), append(en, e)
			}
			return agents.Step{Say: t.ko("알겠어요, 기억해 둘게요: "+strings.Join(ko, ", ")+". 잊게 하려면 ‘내 정보’에서 지우거나 \"내 정보 잊어줘\"라고 말씀해 주세요.",
				"Noted: "+strings.Join(en, ", ")+". You can delete it under “My info” or say \"forget me\".")}
		}
		return agents.Step{Say: t.ko("죄송해요, 잘 이해하지 못했어요. ", "Sorry, I didn't understand that. ") + t.help()}
	}
	t.start(intent)
	return t.begin(intent, text)
}

// factLabel says a remembered fact in Korean and English.
func factLabel(f agents.Fact) (string, string) {
	v := f.Value
	ko := map[string]string{"vegan": "비건", "vegetarian": "채식", "italian": "이탈리안", "korean": "한식", "japanese": "일식", "chinese": "중식",
		"french": "프렌치", "seafood": "해산물", "beginner": "초급", "intermediate": "중급", "advanced": "고급"}[v]
	if ko == "" {
		ko = v
	}
	switch f.Key {
	case "diet":
		return "식단 " + ko, "diet " + v
	case "allergy":
		return ko + " 알레르기", "allergic to " + v
	case "budget":
		return "예산 " + ko, "budget " + v
	case "cuisine":
		return "좋아하는 음식 " + ko, "favourite food " + v
	case "level":
		return "수준 " + ko, "level " + v
	}
	return ko, v
}

// continues says which intents carry a shopping or quiz flow forward
// rather than interrupting it.
func continues(cur, next string) bool {
	shop := map[string]bool{"shop_search": true, "cart_add": true, "cart_show": true, "checkout": true, "similar": true, "for_you": true, "order_status": true}
	return shop[cur] && shop[next]
}

func isCorrection(text string) bool { return has(text, lex.Correction) }

func defaultIntent(role, text string) string {
	switch role {
	case "tutor":
		return "ask"
	case "shopper":
		if len([]rune(text)) >= 2 {
			return "shop_search"
		}
	}
	return ""
}

func (t *turn) help() string {
	switch t.Avatar.Role {
	case "tutor":
		return t.ko("수업 내용에 대해 물어보거나(예: \"광합성이 뭐야?\"), \"퀴즈 내줘\", \"내 진도 알려줘\"라고 말해 보세요.",
			"Ask about a lesson (\"what is photosynthesis?\"), say \"give me a quiz\" or \"how am I doing?\".")
	case "shopper":
		return t.ko("찾는 물건과 예산을 말씀해 주세요(예: \"5만원 이하 무선 이어폰 추천해줘\"). 장바구니 담기, 결제, 배송 조회도 도와드려요.",
			"Tell me what you want and your budget (\"wireless earbuds under 50,000 won\"). I can also fill your cart, check out and track orders.")
	}
	return t.ko("회의 시간 찾기와 초대(예: \"내일 오후에 민수랑 지영이랑 한 시간 회의 잡아줘\"), 식당·숙소 예약, 내 일정과 예약 확인을 도와드려요.",
		"I can find meeting times and invite people (\"set up a one-hour meeting with Minsu and Jiyoung tomorrow afternoon\"), book restaurants and stays, and show your schedule and bookings.")
}

// resume returns to an interrupted task, if any, after one finishes.
func (t *turn) resume(step agents.Step) agents.Step {
	if len(t.st.Stack) == 0 {
		return step
	}
	f := t.st.Stack[len(t.st.Stack)-1]
	t.st.Stack = t.st.Stack[:len(t.st.Stack)-1]
	t.st.Intent, t.st.Slots, t.st.Options = f.Intent, f.Slots, f.Options
	back := t.ko(" 아까 하던 일로 돌아갈게요: ", " Back to what we were doing: ")
	switch {
	case len(f.Options) > 0:
		back += t.ko("어느 것으로 할까요?", "which one would you like?")
	default:
		back += t.ko("계속 말씀해 주세요.", "please go on.")
	}
	step.Say += back
	return step
}

// begin starts a task from the sentence that asked for it.
func (t *turn) begin(intent, text string) agents.Step {
	switch intent {
	case "meeting":
		t.fillMeeting(text)
		return t.meetingNext()
	case "restaurant":
		t.fillRestaurant(text)
		return t.restaurantNext()
	case "lodging":
		t.fillLodging(text)
		return t.lodgingNext()
	case "my_schedule":
		w := ParseWhen(text, t.Now)
		from := time.Date(t.Now.Year(), t.Now.Month(), t.Now.Day(), 0, 0, 0, 0, t.Now.Location())
		days := 7
		if w.HasDay {
			from, days = w.Day, max(w.Days, 1)
		}
		t.set("phase", "schedule")
		return agents.Step{Call: call("sched_my_events", map[string]any{"from": from.Format("2006-01-02"), "to": from.AddDate(0, 0, days-1).Format("2006-01-02")})}
	case "invites":
		t.set("phase", "invites")
		return agents.Step{Call: call("sched_invites", map[string]any{})}
	case "my_bookings":
		t.set("phase", "mine")
		return agents.Step{Call: call("booking_mine", map[string]any{})}
	case "cancel_booking":
		t.set("phase", "cancel_pick")
		return agents.Step{Call: call("booking_mine", map[string]any{})}
	case "shop_search":
		t.set("query", text)
		return agents.Step{Call: call("shop_search", map[string]any{"query": text, "lang": t.lang, "limit": 5, "in_stock": true})}
	case "similar", "cart_add":
		return t.cont(intent, text)
	case "for_you":
		return agents.Step{Call: call("shop_for_you", map[string]any{"lang": t.lang, "limit": 5})}
	case "cart_show":
		return agents.Step{Call: call("shop_cart", map[string]any{})}
	case "checkout":
		t.fillCheckout(text)
		return t.checkoutNext()
	case "order_status":
		return agents.Step{Call: call("shop_orders", map[string]any{})}
	case "ask":
		return agents.Step{Call: call("tutor_ask", map[string]any{"question": text})}
	case "quiz":
		lesson, ok := lookup(text, lex.Topics)
		if !ok {
			lesson = t.lastLesson()
		}
		t.set("lesson", lesson)
		t.set("phase", "quiz_start")
		return agents.Step{Call: call("tutor_quiz", map[string]any{"lesson_id": lesson, "count": 3})}
	case "progress":
		return agents.Step{Call: call("tutor_progress", map[string]any{})}
	case "lesson":
		if lesson, ok := lookup(text, lex.Topics); ok {
			return agents.Step{Call: call("tutor_lesson", map[string]any{"lesson_id": lesson})}
		}
		return agents.Step{Call: call("tutor_lessons", map[string]any{})}
	case "forget":
		t.finish()
		return agents.Step{Say: t.ko("대화 기억을 지우는 기능은 준비 중이에요.", "Forgetting is not available yet.")}
	}
	t.finish()
	return agents.Step{Say: t.help()}
}

// lastLesson is the lesson the student asked about last (or the first).
func (t *turn) lastLesson() string {
	for i := len(t.st.History) - 1; i >= 0; i-- {
		if t.st.History[i].From == "user" {
			if l, ok := lookup(t.st.History[i].Text, lex.Topics); ok {
				return l
			}
		}
	}
	if l := t.st.Slots["last_lesson"]; l != "" {
		return l
	}
	return "korean-basics"
}

// cont continues the current task with the user's next sentence.
func (t *turn) cont(cur, text string) agents.Step {
	switch cur {
	case "meeting":
		if n, ok := t.pick(text); ok && t.slot("phase") == "pick" {
			return t.meetingInvite(n)
		}
		t.fillMeeting(text)
		return t.meetingNext()
	case "restaurant":
		if n, ok := t.pick(text); ok && t.slot("phase") == "pick" {
			return t.restaurantHold(n)
		}
		t.fillRestaurant(text)
		t.set("phase", "")
		return t.restaurantNext()
	case "lodging":
		if n, ok := t.pick(text); ok && t.slot("phase") == "pick" {
			return t.lodgingHold(n)
		}
		t.fillLodging(text)
		t.set("phase", "")
		return t.lodgingNext()
	case "cancel_booking":
		if n, ok := t.pick(text); ok {
			o := t.st.Options[n]
			t.set("booking", o.ID)
			t.set("phase", "cancel")
			return agents.Step{Say: t.ko("취소하기 전에 확인해 주세요.", "Please confirm the cancellation."), Call: call("booking_cancel", map[string]any{"booking_id": o.ID})}
		}
		return agents.Step{Say: t.ko("몇 번째 예약을 취소할까요?", "Which booking should I cancel?")}
	case "shop_search", "for_you", "similar", "cart_show", "order_status":
		// Not a pick from the list shown: a new search ("헤드폰 추천해줘"
		// right after adding earbuds), not "which product?".
		if li := lex.intent("shopper", text); (li == "" || li == "shop_search") && !isCorrection(text) {
			if _, ok := t.pick(text); !ok {
				t.start("shop_search")
				t.set("query", text)
				return agents.Step{Call: call("shop_search", map[string]any{"query": text, "lang": t.lang, "limit": 5, "in_stock": true})}
			}
		}
		return t.cont("cart_add", text)
	case "cart_add":
		n, ok := t.pick(text)
		if !ok {
			if len(t.st.Options) == 1 {
				n, ok = 0, true
			} else {
				return agents.Step{Say: t.ko("어떤 상품을 담을까요? \"1번 담아줘\"처럼 말씀해 주세요.", "Which product? Say \"add number 1\".")}
			}
		}
		qty := 1
		if q, ok := Count(text, "개"); ok {
			qty = q
		}
		o := t.st.Options[n]
		if lex.intent("shopper", text) == "similar" {
			return agents.Step{Call: call("shop_similar", map[string]any{"product_id": o.ID, "lang": t.lang, "limit": 5})}
		}
		t.st.Intent = "cart_add"
		return agents.Step{Call: call("shop_cart_add", map[string]any{"product_id": o.ID, "quantity": qty})}
	case "checkout":
		t.fillCheckout(text)
		return t.checkoutNext()
	case "quiz":
		if t.slot("phase") == "answering" {
			return agents.Step{Call: call("tutor_answer", map[string]any{"quiz_id": t.slot("quiz"), "question_id": t.slot("question"), "answer": text})}
		}
		t.finish()
		return t.onText(text)
	}
	t.finish()
	return t.onText(text)
}

// The skills' conflict messages (written for models; see skills/shopping
// and skills/scheduling) turned back into facts the brain can say in the
// user's language.
var (
	stockRe     = regexp.MustCompile(`only (\d+) of (.+) left`)
	notFreeRe   = regexp.MustCompile(`^(.+?) (?:is|are) not free then`)
	ambiguousRe = regexp.MustCompile(`^"(.+)" could be (.+); ask which one`)
)

// pick resolves "2번", "the second", "마지막" or an option's label to an
// index into the current options.
func (t *turn) pick(text string) (int, bool) {
	opts := t.st.Options
	if len(opts) == 0 {
		return 0, false
	}
	if n, ok := ordinal(text); ok {
		if n == -1 {
			return len(opts) - 1, true
		}
		if n >= 1 && n <= len(opts) {
			return n - 1, true
		}
	}
	lower := strings.ToLower(text)
	for i, o := range opts {
		if o.Value != "" && strings.Contains(lower, strings.ToLower(o.Value)) {
			return i, true
		}
		if len([]rune(o.Label)) >= 2 && strings.Contains(lower, strings.ToLower(o.Label)) {
			return i, true
		}
	}
	return 0, false
}

// onResult continues the task with what a tool returned.
func (t *turn) onResult(r *skills.Result) agents.Step {
	if r.Status == skills.StatusError {
		return t.onError(r)
	}
	switch r.Tool {
	case "sched_find_slots":
		return t.meetingSlots(r)
	case "sched_invite":
		var ev struct {
			Title, Start string
			Attendees    []struct{ Name string }
		}
		json.Unmarshal(r.Data, &ev)
		people := t.slot("people")
		t.finish()
		var who []string
		for _, a := range ev.Attendees[1:] {
			who = append(who, a.Name)
		}
		if t.lang == "en" && people != "" {
			who = strings.Split(people, ",") // as the user named them
		}
		st, _ := time.Parse(time.RFC3339, ev.Start)
		return t.resume(agents.Step{Say: t.ko(
			fmt.Sprintf("%s %s에 ‘%s’ 회의를 잡고 %s에게 초대장을 보냈어요. 세 분 캘린더에 모두 들어갔어요.", koDate(st), st.Format("15:04"), ev.Title, strings.Join(who, ", ")),
			fmt.Sprintf("Done: “%s” on %s at %s is in everyone's calendar, and invitations went to %s.", ev.Title, st.Format("Mon Jan 2"), st.Format("15:04"), strings.Join(who, ", ")))})
	case "sched_my_events":
		return t.showEvents(r)
	case "sched_invites":
		return t.showEvents(r)
	case "booking_search_restaurants", "booking_search_lodgings":
		return t.placeOptions(r)
	case "booking_hold":
		var bk struct{ ID string }
		json.Unmarshal(r.Data, &bk)
		t.set("booking", bk.ID)
		t.set("phase", "confirm")
		return agents.Step{Say: t.ko("자리를 10분 동안 잡아 두었어요. 확인 카드를 보고 ‘확인’을 눌러 주세요.", "I'm holding it for 10 minutes. Check the card and press Confirm."),
			Call: call("booking_confirm", map[string]any{"booking_id": bk.ID})}
	case "booking_confirm":
		var bk struct {
			ID, Date, Time string
			PlaceName      string `json:"place_name"`
			Party, Nights  int
		}
		json.Unmarshal(r.Data, &bk)
		t.finish()
		card := &protocol.Card{Kind: protocol.CardBooking, Title: bk.PlaceName, Items: []protocol.CardItem{{ID: bk.ID, Title: bk.PlaceName, Subtitle: strings.TrimSpace(bk.Date + " " + bk.Time), Status: "confirmed"}}}
		if bk.Nights > 0 {
			return t.resume(agents.Step{Card: card, Say: t.ko(fmt.Sprintf("%s 예약이 확정됐어요: %s 체크인, %d박, %d명.", bk.PlaceName, bk.Date, bk.Nights, bk.Party),
				fmt.Sprintf("Booked %s: check-in %s, %d nights, %d guests.", bk.PlaceName, bk.Date, bk.Nights, bk.Party))})
		}
		return t.resume(agents.Step{Card: card, Say: t.ko(fmt.Sprintf("%s %s %s, %d명 예약이 확정됐어요.", bk.PlaceName, bk.Date, bk.Time, bk.Party),
			fmt.Sprintf("Your table at %s on %s at %s for %d is confirmed.", bk.PlaceName, bk.Date, bk.Time, bk.Party))})
	case "booking_mine":
		return t.showBookings(r)
	case "booking_cancel":
		var bk struct {
			PlaceName string `json:"place_name"`
			Fee       int64  `json:"cancellation_fee"`
		}
		json.Unmarshal(r.Data, &bk)
		t.finish()
		return agents.Step{Say: t.ko(fmt.Sprintf("%s 예약을 취소했어요 (수수료 %d원).", bk.PlaceName, bk.Fee), fmt.Sprintf("Cancelled %s (fee ₩%d).", bk.PlaceName, bk.Fee))}
	case "shop_search", "shop_similar", "shop_for_you":
		return t.productOptions(r)
	case "shop_cart_add":
		cv, _ := cartOf(r.Data)
		n := 0
		for _, l := range cv.Lines {
			n += l.Qty
		}
		t.st.Intent = "shop_search"
		return agents.Step{Say: t.ko(fmt.Sprintf("장바구니에 담았어요. 지금 %d개, 합계 %s예요. 결제하시려면 \"결제해줘\"라고 말씀해 주세요.", n, cv.Text),
			fmt.Sprintf("Added. Your cart has %d items, %s in total. Say \"check out\" when you're ready.", n, cv.Text))}
	case "shop_cart":
		if t.st.Intent == "checkout" {
			return t.checkoutWithCart(r)
		}
		return t.showCart(r)
	case "shop_checkout":
		var o struct {
			TotalText string `json:"total_text"`
		}
		json.Unmarshal(r.Data, &o)
		var ov struct {
			ID    string
			Lines []struct {
				Name string
				Qty  int `json:"quantity"`
			}
		}
		json.Unmarshal(r.Data, &ov)
		t.finish()
		item := protocol.CardItem{ID: ov.ID, Title: ov.ID, Price: o.TotalText, Status: "paid"}
		for i, l := range ov.Lines { // the card names what was bought; the id goes under it
			if i == 0 {
				item.Title, item.Subtitle = fmt.Sprintf("%s × %d", l.Name, l.Qty), ov.ID
			} else {
				item.Title += fmt.Sprintf(", %s × %d", l.Name, l.Qty)
			}
		}
		card := &protocol.Card{Kind: protocol.CardOrder, Title: t.ko("주문", "Order"), Items: []protocol.CardItem{item}}
		return agents.Step{Card: card, Say: t.ko(fmt.Sprintf("결제가 완료됐어요 (%s). 주문번호는 %s예요. 배송 상태는 언제든 물어보세요.", o.TotalText, ov.ID),
			fmt.Sprintf("Paid (%s). Your order number is %s. Ask me any time where it is.", o.TotalText, ov.ID))}
	case "shop_orders":
		return t.showOrders(r)
	case "tutor_ask":
		return t.answer(r)
	case "tutor_quiz":
		return t.quizStart(r)
	case "tutor_answer":
		return t.quizGraded(r)
	case "tutor_progress":
		return t.showProgress(r)
	case "tutor_class_quiz_start":
		return t.classStarted(r)
	case "tutor_class_answer":
		return t.classGraded(r)
	case "tutor_lessons", "tutor_lesson":
		return t.showLesson(r)
	}
	t.finish()
	return agents.Step{Say: t.ko("완료했어요.", "Done.")}
}

// onError explains a failed tool call in the user's language.
func (t *turn) onError(r *skills.Result) agents.Step {
	e := r.Error
	switch e.Code {
	case skills.CodeConfirmationInvalid:
		t.finish()
		return agents.Step{Say: t.ko("확인이 만료되었거나 이미 처리됐어요. 다시 시도할까요?", "That confirmation expired or was already used. Shall we try again?")}
	case skills.CodeDeclined:
		t.finish()
		return agents.Step{Say: t.ko("카드 결제가 거절됐어요. 다른 결제 수단으로 다시 시도해 주세요.", "The card was declined. Please try another payment method.")}
	case skills.CodeNotFound:
		if r.Tool == "sched_find_slots" || r.Tool == "sched_invite" {
			t.set("people", "")
			return agents.Step{Say: t.ko("말씀하신 분을 주소록에서 찾지 못했어요. 이름을 다시 알려 주세요.", "I couldn't find that person in the directory. Who should I invite?")}
		}
	case skills.CodeConflict:
		if r.Tool == "sched_find_slots" || r.Tool == "sched_invite" {
			if m := notFreeRe.FindStringSubmatch(e.Message); m != nil && r.Tool == "sched_invite" {
				// Someone's calendar filled between the offer and the
				// confirmation: look again rather than give up.
				t.set("phase", "")
				step := t.meetingNext()
				step.Say = t.ko(fmt.Sprintf("그 사이에 %s님 일정이 찼어요. 다시 찾아볼게요.", m[1]), fmt.Sprintf("%s just became busy then; let me look again.", m[1]))
				return step
			}
			t.set("people", "")
			if m := ambiguousRe.FindStringSubmatch(e.Message); m != nil {
				return agents.Step{Say: t.ko(fmt.Sprintf("‘%s’ 님이 여러 명이에요: %s 중 누구인가요?", m[1], strings.ReplaceAll(m[2], " or ", ", ")),
					fmt.Sprintf("“%s” could be %s. Which one?", m[1], m[2]))}
			}
			return agents.Step{Say: t.ko("참석자를 정하지 못했어요. 이름을 다시 알려 주세요.", "I couldn't settle who should attend: "+e.Message)}
		}
		if r.Tool == "booking_hold" || r.Tool == "booking_confirm" {
			t.set("phase", "")
			return agents.Step{Say: t.ko("그 사이에 자리가 찼어요. 다른 곳이나 시간을 골라 주세요.", "It filled up in the meantime; please pick another place or time.")}
		}
		if r.Tool == "shop_checkout" || r.Tool == "shop_cart_add" {
			t.finish()
			if m := stockRe.FindStringSubmatch(e.Message); m != nil {
				if m[1] == "0" {
					return agents.Step{Say: t.ko(fmt.Sprintf("죄송해요, %s 상품은 품절이에요.", m[2]), fmt.Sprintf("Sorry, %s is sold out.", m[2]))}
				}
				return agents.Step{Say: t.ko(fmt.Sprintf("재고가 부족해요: %s 상품은 %s개 남았어요.", m[2], m[1]), fmt.Sprintf("Not enough stock: only %s of %s left.", m[1], m[2]))}
			}
			return agents.Step{Say: t.ko("재고가 부족해요.", "Not enough stock: "+e.Message)}
		}
	case skills.CodeForbidden:
		t.finish()
		return agents.Step{Say: t.ko("그 일은 제가 할 권한이 없어요.", "I'm not allowed to do that.")}
	}
	t.finish()
	return agents.Step{Say: t.ko("처리하지 못했어요: ", "That didn't work: ") + e.Message}
}

var koWeekdays = []string{"일", "월", "화", "수", "목", "금", "토"}

func koDate(d time.Time) string {
	return fmt.Sprintf("%d월 %d일(%s)", d.Month(), d.Day(), koWeekdays[d.Weekday()])
}
