package embedded_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/madang-world/madang/agents"
)

// recorder wraps a brain and records, per user, the tools it proposed and
// what it understood of each text.
type recorder struct {
	mu         sync.Mutex
	calls      map[string][]string
	understood map[string][]agents.Understanding
}

func newRecorder() *recorder {
	return &recorder{calls: map[string][]string{}, understood: map[string][]agents.Understanding{}}
}

type recBrain struct {
	r *recorder
	b agents.Brain
}

func (r *recorder) wrap(b agents.Brain) agents.Brain { return recBrain{r, b} }

func (rb recBrain) Next(ctx context.Context, t *agents.Turn) (agents.Step, error) {
	step, err := rb.b.Next(ctx, t)
	rb.r.mu.Lock()
	defer rb.r.mu.Unlock()
	if step.Call != nil {
		rb.r.calls[t.User.ID] = append(rb.r.calls[t.User.ID], step.Call.Tool)
	}
	if t.Input.Kind == agents.InText {
		u := agents.Understanding{Intent: "(none)"}
		if step.Understood != nil {
			u = *step.Understood
		}
		rb.r.understood[t.User.ID] = append(rb.r.understood[t.User.ID], u)
	} else if us := rb.r.understood[t.User.ID]; step.Understood != nil && len(us) > 0 {
		us[len(us)-1] = *step.Understood // revised once a result is in (as the conversation's trace does)
	}
	return step, err
}

func (r *recorder) lastUnderstood(user string) agents.Understanding {
	r.mu.Lock()
	defer r.mu.Unlock()
	us := r.understood[user]
	if len(us) == 0 {
		return agents.Understanding{}
	}
	return us[len(us)-1]
}

func (r *recorder) called(user, tool string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Contains(r.calls[user], tool)
}

// reach is one way of getting to a tool by talking: what to say first
// (each line a turn; "!" confirms the pending card), then the tool that
// must have been called.
type reach struct {
	avatar string
	lines  []string
	tool   string
}

// TestEveryToolReachable: every tool of the four packs is reached by
// talking, in Korean and in English (the class quiz's tools through the
// classroom handler are tested in server/avatars_test.go; tutor_greeting
// and the internal results tool are not for users to ask for).
func TestEveryToolReachable(t *testing.T) {
	cases := []reach{
		// scheduling
		{"assistant", []string{"내일 오후에 민수랑 한 시간 회의 잡고 싶어"}, "sched_find_slots"},
		{"assistant", []string{"find a time with Jiyoung tomorrow afternoon"}, "sched_find_slots"},
		{"assistant", []string{"내일 오후에 민수랑 한 시간 회의 잡고 싶어", "두 번째 시간으로"}, "sched_invite"},
		{"assistant", []string{"meet Jiyoung tomorrow morning for 30 minutes", "the first one"}, "sched_invite"},
		{"assistant", []string{"이번 주 내 스케줄 어때?"}, "sched_my_events"},
		{"assistant", []string{"anything on my calendar tomorrow?"}, "sched_my_events"},
		{"assistant", []string{"모레 오후 4시에 치과 예약 일정 캘린더에 넣어 줘"}, "sched_create_event"},
		{"assistant", []string{"put a dentist appointment on my calendar the day after tomorrow at 4pm"}, "sched_create_event"},
		{"assistant", []string{"모레 오후 4시에 치과 일정 넣어줘", "치과 일정 다음 날 5시로 옮겨 줄래"}, "sched_move_event"},
		{"assistant", []string{"add gym to my calendar tomorrow at 7am", "move my gym session to 8am"}, "sched_move_event"},
		{"assistant", []string{"모레 오후 4시에 치과 일정 넣어줘", "치과 일정 지워 줘"}, "sched_cancel_event"},
		{"assistant", []string{"add gym to my calendar tomorrow at 7am", "delete the gym event"}, "sched_cancel_event"},
		{"assistant", []string{"내일 오후에 민수랑 한 시간 회의 잡고 싶어", "1번", "!", "민수랑 하는 회의 취소해 줘"}, "sched_cancel_meeting"},
		{"assistant", []string{"set up a meeting with Minsu tomorrow afternoon", "the first", "!", "cancel the meeting with Minsu"}, "sched_cancel_meeting"},
		{"assistant", []string{"내일 오후에 민수랑 한 시간 회의 잡고 싶어", "1번", "!", "민수랑 하는 회의 모레 오전 11시로 옮겨 줘"}, "sched_reschedule_meeting"},
		{"assistant", []string{"set up a meeting with Minsu tomorrow afternoon", "the first", "!", "move the meeting with Minsu to 11am the day after tomorrow"}, "sched_reschedule_meeting"},
		{"assistant", []string{"나한테 온 초대 있어?"}, "sched_invites"},
		{"assistant", []string{"do I have any invitations?"}, "sched_invites"},
		{"assistant", []string{"초대 수락해 줘"}, "sched_respond"},
		{"assistant", []string{"accept the invitation please"}, "sched_respond"},
		{"assistant", []string{"시간대를 런던으로 바꿔 줘"}, "sched_settings"},
		{"assistant", []string{"change my time zone to Tokyo"}, "sched_settings"},
		{"assistant", []string{"주소록에서 지영 찾아 줘"}, "sched_find_people"},
		{"assistant", []string{"look up Sujin in the directory"}, "sched_find_people"},
		// booking
		{"assistant", []string{"내일 저녁 7시 강남 이탈리안 2명 자리 있어?"}, "booking_search_restaurants"},
		{"assistant", []string{"a table for two in Gangnam tomorrow at 7pm, italian"}, "booking_search_restaurants"},
		{"assistant", []string{"다음 주 금요일부터 2박 제주 호텔 알아봐 줘"}, "booking_search_lodgings"},
		{"assistant", []string{"a hotel in Jeju for 2 nights from next Friday"}, "booking_search_lodgings"},
		{"assistant", []string{"내일 저녁 7시 강남 이탈리안 2명 자리 있어?", "첫 번째 거"}, "booking_hold"},
		{"assistant", []string{"a table for two in Gangnam tomorrow at 7pm, italian", "number 1"}, "booking_confirm"},
		{"assistant", []string{"내 예약 내역 좀"}, "booking_mine"},
		{"assistant", []string{"what did I book?"}, "booking_mine"},
		{"assistant", []string{"내일 저녁 7시 강남 이탈리안 2명 자리 있어?", "1번", "!", "내일 예약 취소해 줘"}, "booking_cancel"},
		{"assistant", []string{"a table for two in Gangnam tomorrow at 7pm, italian", "the first", "!", "cancel tomorrow's booking"}, "booking_cancel"},
		// shopping
		{"shopper", []string{"3만원 안쪽 텀블러 있어?"}, "shop_search"},
		{"shopper", []string{"tumblers under 30,000 won?"}, "shop_search"},
		{"shopper", []string{"헤드폰 보여줘", "2번 자세히 알려 줘"}, "shop_product"},
		{"shopper", []string{"show me headphones", "more details on number 2"}, "shop_product"},
		{"shopper", []string{"헤드폰 보여줘", "2번이랑 비슷한 거 있어?"}, "shop_similar"},
		{"shopper", []string{"show me headphones", "anything similar to the second one?"}, "shop_similar"},
		{"shopper", []string{"내 취향에 맞는 거 골라 줘"}, "shop_for_you"},
		{"shopper", []string{"what would you recommend for me?"}, "shop_for_you"},
		{"shopper", []string{"장바구니에 뭐 담겨 있어?"}, "shop_cart"},
		{"shopper", []string{"what's in my cart right now?"}, "shop_cart"},
		{"shopper", []string{"헤드폰 보여줘", "1번 담아 줘"}, "shop_cart_add"},
		{"shopper", []string{"show me headphones", "put the first one in my cart"}, "shop_cart_add"},
		{"shopper", []string{"헤드폰 보여줘", "1번 담아 줘", "장바구니에서 헤드폰 빼 줘"}, "shop_cart_remove"},
		{"shopper", []string{"show me headphones", "put the first one in my cart", "take the headphones out of my cart"}, "shop_cart_remove"},
		{"shopper", []string{"등록된 카드 뭐 있어?"}, "shop_payment_methods"},
		{"shopper", []string{"which payment methods have I saved?"}, "shop_payment_methods"},
		{"shopper", []string{"헤드폰 보여줘", "1번 담아 줘", "홍대 매장에서 픽업으로 비자카드로 결제할게"}, "shop_checkout"},
		{"shopper", []string{"show me headphones", "put the first one in my cart", "checkout with my visa, I'll pick it up in Hongdae"}, "shop_checkout"},
		{"shopper", []string{"헤드폰 보여줘", "1번 담아 줘", "홍대 매장에서 픽업으로 비자카드로 결제할게", "!", "주문 내역 보여 줘"}, "shop_orders"},
		{"shopper", []string{"show me headphones", "add number 1", "checkout with my visa, I'll pick it up in Hongdae", "!", "list my orders"}, "shop_orders"},
		{"shopper", []string{"헤드폰 보여줘", "1번 담아 줘", "홍대 매장에서 픽업으로 비자카드로 결제할게", "!", "내 택배 어디쯤이야?"}, "shop_order"},
		{"shopper", []string{"show me headphones", "add number 1", "checkout with my visa, I'll pick it up in Hongdae", "!", "where's my package?"}, "shop_order"},
		{"shopper", []string{"헤드폰 보여줘", "1번 담아 줘", "홍대 매장에서 픽업으로 비자카드로 결제할게", "!", "주문 취소하고 환불해 줘"}, "shop_cancel_order"},
		{"shopper", []string{"show me headphones", "add number 1", "checkout with my visa, I'll pick it up in Hongdae", "!", "cancel my order please"}, "shop_cancel_order"},
		{"shopper", []string{"헤드폰 보여줘", "1번 담아 줘", "홍대 매장에서 픽업으로 비자카드로 결제할게", "!", "주문한 거 찾으러 왔어요"}, "shop_pickup"},
		{"shopper", []string{"show me headphones", "add number 1", "checkout with my visa, I'll pick it up in Hongdae", "!", "I'm here to collect my order"}, "shop_pickup"},
		// tutoring
		{"tutor", []string{"식물은 왜 햇빛이 필요해?"}, "tutor_ask"},
		{"tutor", []string{"why do plants need sunlight?"}, "tutor_ask"},
		{"tutor", []string{"지진 퀴즈 하나 내 줄래?"}, "tutor_quiz"},
		{"tutor", []string{"quiz me on volcanoes"}, "tutor_quiz"},
		{"tutor", []string{"지진 퀴즈 하나 내 줄래?", "1번"}, "tutor_answer"},
		{"tutor", []string{"quiz me on volcanoes", "2"}, "tutor_answer"},
		{"tutor", []string{"나 진도 어디까지 나갔어?"}, "tutor_progress"},
		{"tutor", []string{"how am I doing so far?"}, "tutor_progress"},
		{"tutor", []string{"어떤 수업 들을 수 있어?"}, "tutor_lessons"},
		{"tutor", []string{"what lessons do you have?"}, "tutor_lessons"},
		{"tutor", []string{"현재완료 수업 해 주세요"}, "tutor_lesson"},
		{"tutor", []string{"teach me the present perfect"}, "tutor_lesson"},
	}
	w := newWorld(t)
	// Sora and Jun get invited, so they have invitations to answer.
	for _, u := range []string{"Sora", "Jun"} {
		w.say(u, "assistant", "what's on my calendar today?") // now in the directory
		w.say("host-"+u, "assistant", "set up a meeting with "+u+" tomorrow afternoon")
		w.say("host-"+u, "assistant", "the first one")
		w.confirm("host-"+u, "assistant", true)
	}
	for i, c := range cases {
		user := fmt.Sprintf("r%02d", i)
		if c.tool == "sched_respond" {
			user = map[bool]string{true: "Sora", false: "Jun"}[strings.ContainsAny(c.lines[0], "가나다라마바사아자차카타파하초")]
		}
		for _, line := range c.lines {
			if line == "!" {
				w.confirm(user, c.avatar, true)
				continue
			}
			w.say(user, c.avatar, line)
		}
		if !w.rec.called(user, c.tool) {
			w.rec.mu.Lock()
			t.Errorf("%s %q: %s never called (calls %v, understood %+v)", c.avatar, strings.Join(c.lines, " / "), c.tool, w.rec.calls[user], w.rec.understood[user])
			w.rec.mu.Unlock()
		}
		w.h.Clock.Advance(time.Minute)
	}
}

// Grounds forwards agents.Grounder to the brain recorded (the servers'
// brain answers grounded texts the safety checker would guide).
func (rb recBrain) Grounds(ctx context.Context, t *agents.Turn) bool {
	g, ok := rb.b.(agents.Grounder)
	return ok && g.Grounds(ctx, t)
}
