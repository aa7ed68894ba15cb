package embedded_test

import (
	"strings"
	"testing"
)

// und18a (issue 18, round v18): Korean understanding of the assistant and
// the shopper — the kinds of request the blind set post17 missed, each
// said the ways different people say it, in both languages. The world's
// clock is Monday 2026-12-07 09:00 KST (Friday is 12-11).

type und18aCase struct {
	lang   string
	prior  []string
	text   string
	intent string
	slots  map[string]string // each must be understood with this value ("" = must be absent)
}

func (c und18aCase) check(t *testing.T, avatar string) {
	t.Helper()
	w := newWorld(t)
	for _, p := range c.prior {
		w.say(c.lang, avatar, p)
	}
	w.say(c.lang, avatar, c.text)
	u := w.rec.lastUnderstood(c.lang)
	if u.Intent != c.intent {
		t.Errorf("%q: understood %s %v, want %s", c.text, u.Intent, u.Slots, c.intent)
		return
	}
	for k, v := range c.slots {
		if got := u.Slots[k]; got != v && !(strings.Contains(v, "|") && strings.Contains("|"+v+"|", "|"+got+"|")) {
			t.Errorf("%q: %s = %q, want %q (all: %v)", c.text, k, got, v, u.Slots)
		}
	}
}

// A move of an event the user does not have (or that is not found) was
// understood with no new time at all: "금요일 치과 일정 오후 4시로 옮겨줘"
// → sched_move_event {}. The new time is what was said — the day said
// (or today) at the hour said — whether or not the event is there.
func TestUnd18aMoveReadsTheNewTimeWithoutTheEvent(t *testing.T) {
	for _, c := range []und18aCase{
		{lang: "ko", text: "금요일 치과 일정 오후 4시로 옮겨줘", slots: map[string]string{"start": "2026-12-11T16:00"}},
		{lang: "ko", text: "내일 헬스 일정 저녁 8시로 바꿔 주세요", slots: map[string]string{"start": "2026-12-08T20:00"}},
		{lang: "ko", text: "목요일 운동 일정 오후 5시로 옮겨", slots: map[string]string{"start": "2026-12-10T17:00"}},
		{lang: "ko", text: "오늘 4시 집중 작업 블록 5시로 밀고 30분으로 줄여줘", slots: map[string]string{"start": "2026-12-07T17:00", "duration_minutes": "30"}},
		{lang: "ko", text: "수요일 필라테스 저녁 7시에서 8시로 미뤄 줄래요?", slots: map[string]string{"start": "2026-12-09T20:00"}},
		{lang: "ko", prior: []string{"다음 주 월요일 오전 10시 독서 모임 일정 넣어줘"}, text: "다음 주 월요일 오전 10시 독서 모임 화요일 같은 시간으로 옮겨 줄래?", slots: map[string]string{"start": "2026-12-15T10:00"}},
		{lang: "ko", text: "오늘 4시 집중 작업 블록 내일 같은 시간으로 옮기고 두 시간으로 늘려 줘", slots: map[string]string{"start": "2026-12-08T16:00", "duration_minutes": "120"}},
		{lang: "ko", prior: []string{"목요일 오후 3시 스터디 일정 추가해줘"}, text: "목요일 3시 스터디 금요일 같은 시간으로 바꿔줘", slots: map[string]string{"start": "2026-12-11T15:00"}},
		{lang: "en", text: "move my dentist appointment on friday to 4pm", slots: map[string]string{"start": "2026-12-11T16:00"}},
		{lang: "en", text: "can you push tomorrow's gym session to 8pm?", slots: map[string]string{"start": "2026-12-08T20:00"}},
	} {
		c.intent = "sched_move_event"
		c.check(t, "assistant")
	}
}

// A place picked from the card with the booking's day said beside it
// ("숲 채식 식당으로 토요일 점심 12시 두 명") kept the search's day; a diet
// or an allergy of someone in the party ("일행 중에 비건이 한 명",
// "한 명은 채식이라") was lost, and "한 명은" became a party of one.
func TestUnd18aPickWithTheDayAndTheParty(t *testing.T) {
	rest := []string{"강남 이탈리안 금요일 저녁 7시 3명"}
	for _, c := range []und18aCase{
		{lang: "ko", prior: []string{"이태원 채식 식당 금요일 저녁 7시 2명"}, text: "숲 채식 식당으로 토요일 점심 12시 두 명 예약해줘", slots: map[string]string{"date": "2026-12-12", "time": "12:00", "party_size": "2"}},
		{lang: "ko", prior: rest, text: "1번 일요일로 해 주세요", slots: map[string]string{"date": "2026-12-13"}},
		{lang: "ko", prior: rest, text: "2번 자리 있으면 모레로 잡아줘", slots: map[string]string{"date": "2026-12-09"}},
		{lang: "ko", prior: rest, text: "두 번째 데로 할게요. 근데 일행 중에 비건이 한 명 있어요", slots: map[string]string{"diet": "vegan", "party_size": "3"}},
		{lang: "ko", prior: rest, text: "첫번째 거 해주시고 한 명은 채식이라 고기 못 먹어요", slots: map[string]string{"diet": "vegetarian", "party_size": "3"}},
		{lang: "ko", prior: rest, text: "1번이요, 친구 하나가 채식주의자예요", slots: map[string]string{"diet": "vegetarian"}},
		{lang: "ko", prior: rest, text: "세 번째로 해줘. 두 명은 비건이야", slots: map[string]string{"diet": "vegan", "party_size": "3"}},
		{lang: "ko", prior: rest, text: "1번으로 예약. 갑각류 알러지 있는 사람 있음", slots: map[string]string{"allergy": "갑각류"}},
		{lang: "ko", prior: rest, text: "2번", slots: map[string]string{"diet": ""}},
		{lang: "en", prior: []string{"italian in gangnam friday 7pm for 3"}, text: "the first one, but saturday at noon", slots: map[string]string{"date": "2026-12-12", "time": "12:00"}},
		{lang: "en", prior: []string{"italian in gangnam friday 7pm for 3"}, text: "number 2 please, one of us is vegan", slots: map[string]string{"diet": "vegan"}},
		{lang: "en", prior: []string{"italian in gangnam friday 7pm for 3"}, text: "the first one. my wife is vegetarian", slots: map[string]string{"diet": "vegetarian"}},
	} {
		c.intent = "booking_hold"
		c.check(t, "assistant")
	}
}

// Two days said with "and" ("내일이랑 모레", "금요일하고 토요일") are a span,
// as "내일이나 모레" was: the calendar read only the first.
func TestUnd18aTwoDaysSaidWithAnd(t *testing.T) {
	for _, c := range []und18aCase{
		{lang: "ko", text: "내일이랑 모레 일정 뭐 있어?", slots: map[string]string{"from": "2026-12-08", "to": "2026-12-09"}},
		{lang: "ko", text: "금요일하고 토요일 스케줄 알려줘", slots: map[string]string{"from": "2026-12-11", "to": "2026-12-12"}},
		{lang: "ko", text: "목요일이랑 금요일에 나 뭐 잡혀 있지", slots: map[string]string{"from": "2026-12-10", "to": "2026-12-11"}},
		{lang: "en", text: "what's on my calendar tomorrow and wednesday?", slots: map[string]string{"from": "2026-12-08", "to": "2026-12-09"}},
	} {
		c.intent = "sched_my_events"
		c.check(t, "assistant")
	}
}

// A stay said as going in one day and coming out another ("토요일에
// 들어가서 일요일에 나올 거고", "24일 입실 26일 퇴실") is that many nights.
func TestUnd18aStaySaidAsInAndOut(t *testing.T) {
	for _, c := range []und18aCase{
		{lang: "ko", text: "부산 해운대 리조트 금요일에 들어가서 일요일에 나올 건데 2명 방 있어?", slots: map[string]string{"check_in": "2026-12-11", "nights": "2", "guests": "2"}},
		{lang: "ko", prior: []string{"서울에 한옥 스테이 찾아줘"}, text: "성수 쪽으로요. 토요일에 들어가서 일요일에 나올 거예요, 세 명", slots: map[string]string{"check_in": "2026-12-12", "nights": "1"}},
		{lang: "ko", text: "제주 호텔 12월 24일 입실 26일 퇴실 2명", slots: map[string]string{"check_in": "2026-12-24", "nights": "2"}},
	} {
		c.intent = "booking_search_lodgings"
		c.check(t, "assistant")
	}
}

// "거기 말고 남포동 한옥은 어때요?" to a card of one stay held that stay:
// "거기" pointed at it, "말고" was not read. What is not wanted is never
// the pick; a bare "거기로 해줘" still is.
func TestUnd18aNotThatOneOfOne(t *testing.T) {
	one := []string{"부산 광안리 리조트 12월 18일 1박 2명"}
	for _, c := range []und18aCase{
		{lang: "ko", prior: one, text: "거기 말고 남포동 한옥은 어때요?", intent: "booking_search_lodgings", slots: map[string]string{"type": "hanok", "place_id": ""}},
		{lang: "ko", prior: one, text: "음 거기 말고 해운대 쪽 리조트로 다시 봐줘", intent: "booking_search_lodgings", slots: map[string]string{"place_id": ""}},
		{lang: "ko", prior: one, text: "거기로 해줘", intent: "booking_hold", slots: map[string]string{"place_id": "l09"}},
	} {
		c.check(t, "assistant")
	}
}

// "경기도 성남시 분당구 …" lost its province (the address kept one word
// before the district).
func TestUnd18aAddressWithItsProvince(t *testing.T) {
	for _, c := range []und18aCase{
		{lang: "ko", text: "경기도 성남시 분당구 정자동 12-3으로 배송해 주세요, 결제할게요", slots: map[string]string{"address": "경기도 성남시 분당구 정자동 12-3"}},
		{lang: "ko", text: "충청남도 천안시 동남구 충절로 45로 보내 주세요 결제 진행할게요", slots: map[string]string{"address": "충청남도 천안시 동남구 충절로 45"}},
		{lang: "ko", text: "집으로 배송해줘 서울 마포구 월드컵로 10", slots: map[string]string{"address": "서울 마포구 월드컵로 10"}},
		{lang: "ko", text: "주문할게요 택배로요, 주소는 제주시 연동 123-4", slots: map[string]string{"address": "제주시 연동 123-4"}},
	} {
		c.prior = []string{"헤드폰 보여줘", "1번 담아줘"}
		c.intent = "shop_checkout"
		c.check(t, "shopper")
	}
}

// A rename asked first and the new title said after it, in its own
// sentence ("… 이름 좀 바꿔줘. 회의 말고 주간 점검으로").
func TestUnd18aRenameSaidAfter(t *testing.T) {
	for _, c := range []und18aCase{
		{lang: "ko", text: "금요일 일정 이름 좀 바꿔줘. 회의 말고 주간 점검으로", slots: map[string]string{"title": "주간 점검"}},
		{lang: "ko", text: "1월 5일 일정 명칭 좀 바꿔 주시겠어요? 비자 연장 말고 외국인등록증 갱신으로요", slots: map[string]string{"title": "외국인등록증 갱신"}},
		{lang: "ko", text: "내일 거 제목 변경해 주세요, 팀 점심으로", slots: map[string]string{"title": "팀 점심"}},
		{lang: "ko", text: "토요일 일정 타이틀 수정 부탁해요! 운동 대신 필라테스로 해주세요", slots: map[string]string{"title": "필라테스"}},
		{lang: "ko", text: "내일 스터디 제목을 알고리즘 스터디로 변경해줘", slots: map[string]string{"title": "알고리즘 스터디"}},
		{lang: "ko", text: "캘린더에 그냥 '회의'라고만 돼 있는 거 있잖아, 그거 '주간 점검'으로 이름 바꿔", slots: map[string]string{"title": "주간 점검"}},
	} {
		c.intent = "sched_rename_event"
		c.check(t, "assistant")
	}
}

// A removal said of something named by what it is, or of a calendar
// entry — no booking, no invitation, nothing pointed at — is the cancel
// of the user's own event ("내일 아침 헬스 취소. 못 갈 듯" was declining an
// invitation there was none of; "수영 취소" a restaurant booking's
// cancel; "병원 가는 일정 삭제해줄 수 있어?" nothing this avatar does).
// A booking said, a place named or the conversation abandoned stay what
// they were.
func TestUnd18aCancelOwnEventByWhatItIs(t *testing.T) {
	for _, c := range []und18aCase{
		{lang: "ko", text: "내일 아침 헬스 취소. 못 갈 듯", intent: "sched_cancel_event"},
		{lang: "ko", text: "내일 아침 수영 취소. 못 갈 것 같아", intent: "sched_cancel_event"},
		{lang: "ko", text: "다음 주 월요일 병원 가는 일정 삭제해줄 수 있어?", intent: "sched_cancel_event"},
		{lang: "ko", text: "토요일 요가 빼줘 그날 바빠서", intent: "sched_cancel_event"},
		{lang: "ko", text: "수요일 저녁 테니스 레슨 없애 주세요", intent: "sched_cancel_event"},
		{lang: "ko", text: "금요일 식당 예약 취소해줘", intent: "booking_cancel"},
		{lang: "ko", text: "담 스시 취소해줘", intent: "booking_cancel"},
		{lang: "ko", text: "아 그냥 취소할래", intent: "cancel"},
		{lang: "en", text: "cancel my swim tomorrow morning, can't make it", intent: "sched_cancel_event"},
		{lang: "en", text: "please delete the dentist appointment on friday from my calendar", intent: "sched_cancel_event"},
		{lang: "en", text: "cancel my dinner reservation on friday", intent: "booking_cancel"},
	} {
		c.check(t, "assistant")
	}
}

// A place gone to for what the event is ("출입국사무소 가서 비자 연장",
// "비자 연장하러 출입국사무소 가야 돼요") is the event's location; what is
// done there its title.
func TestUnd18aPlaceGoneTo(t *testing.T) {
	for _, c := range []und18aCase{
		{lang: "ko", text: "1월 5일 오후 3시에 출입국사무소 가서 비자 연장해야 돼요. 한 시간 잡아 주세요", slots: map[string]string{"location": "출입국사무소", "title": "비자 연장", "start": "2027-01-05T15:00", "duration_minutes": "60"}},
		{lang: "ko", text: "금요일 오후 3시 비자 연장하러 출입국사무소 가야 돼요. 일정 넣어 주세요", slots: map[string]string{"location": "출입국사무소", "title": "비자 연장", "start": "2026-12-11T15:00"}},
		{lang: "ko", text: "내일 오전 10시에 구청에 가서 서류 떼는 거 일정 넣어줘", slots: map[string]string{"location": "구청", "start": "2026-12-08T10:00"}},
	} {
		c.intent = "sched_create_event"
		c.check(t, "assistant")
	}
}

// A thing said with a day and a verb that puts it in the calendar, asked
// politely or as a need ("은행 가야 되는데 일정에 넣어줄 수 있어요?"), was
// nothing this avatar does; the title keeps what it is, not the need.
func TestUnd18aEventSaidAsANeed(t *testing.T) {
	for _, c := range []und18aCase{
		{lang: "ko", text: "다음 주 목요일에 은행 가야 되는데 일정에 넣어줄 수 있어요?", slots: map[string]string{"title": "은행"}},
		{lang: "ko", text: "내일 오후 2시에 미용실 가야 하는데 캘린더에 추가해 줄 수 있나요?", slots: map[string]string{"title": "미용실", "start": "2026-12-08T14:00"}},
		{lang: "ko", text: "토요일 11시 친구 결혼식 있어서 일정 좀 잡아 주세요", slots: map[string]string{"title": "친구 결혼식", "start": "2026-12-12T11:00"}},
		{lang: "ko", text: "다음 주 수요일 점심 동창 모임 있는데 일정에 넣어 줘", slots: map[string]string{"title": "동창 모임"}},
	} {
		c.intent = "sched_create_event"
		c.check(t, "assistant")
	}
	// (a question about the world stays outside what the avatar does)
	und18aCase{lang: "ko", text: "오늘 서울 날씨 어때?", intent: "out_of_scope"}.check(t, "assistant")
}

// The shopper (blind set post17): a whole category asked after ("책
// 종류는 뭐 있어?"), a product's details asked by its name ("… 상세 정보
// 볼 수 있을까요?"), a refund asked for an order by its number, the
// cart's contents before paying, picks made for the user, and one like a
// listed item under a budget ("1번 같은 거 근데 5만원 아래로").
func TestUnd18aShopperKinds(t *testing.T) {
	for _, c := range []und18aCase{
		{lang: "ko", text: "책 종류는 뭐 있어?", intent: "shop_search", slots: map[string]string{"category": "books", "query": ""}},
		{lang: "ko", text: "화장품은 어떤 거 팔아요?", intent: "shop_search", slots: map[string]string{"category": "beauty", "query": ""}},
		{lang: "ko", text: "전자기기 쪽은 뭐가 있어?", intent: "shop_search", slots: map[string]string{"category": "electronics", "query": ""}},
		{lang: "en", text: "what kinds of books do you have?", intent: "shop_search", slots: map[string]string{"category": "books", "query": ""}},
		{lang: "ko", text: "화장품 중에 립밤 종류 뭐 있어?", intent: "shop_search", slots: map[string]string{"category": "beauty"}},
		{lang: "ko", text: "누리 헤드폰 Pro 상세 정보 볼 수 있을까요?", intent: "shop_product", slots: map[string]string{"product_id": "p020"}},
		{lang: "ko", text: "주문번호 2031 환불 요청합니다", intent: "shop_cancel_order"},
		{lang: "ko", text: "3047번 주문 환불 받고 싶어요", intent: "shop_cancel_order"},
		{lang: "en", text: "I'd like a refund for order 5521", intent: "shop_cancel_order"},
		{lang: "ko", text: "결제하기 전에 담아 둔 물건들 다시 한번 볼 수 있을까요?", intent: "shop_cart"},
		{lang: "ko", text: "아까 담은 거 다시 보여줘", intent: "shop_cart"},
		{lang: "ko", text: "for you 추천 목록 있어요?", intent: "shop_for_you"},
		{lang: "ko", text: "나를 위한 맞춤 추천 보여줘", intent: "shop_for_you"},
		{lang: "en", text: "show me my personalised picks", intent: "shop_for_you"},
		{lang: "ko", prior: []string{"무선 마우스 보여줘"}, text: "1번 같은 거 근데 5만원 아래로", intent: "shop_similar", slots: map[string]string{"max_price": "50000"}},
		{lang: "ko", prior: []string{"운동화 보여줘"}, text: "2번 같은 걸로 더 싼 거 있어?", intent: "shop_similar"},
		{lang: "ko", prior: []string{"후드티 보여줘"}, text: "이거 카트에 넣어줘", intent: "shop_cart_add"},
	} {
		c.check(t, "shopper")
	}
}
