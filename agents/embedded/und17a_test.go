package embedded_test

import "testing"

// und17aCase: turns said to an avatar by a fresh user; the last one is
// understood as intent with at least these slots (a value "-" means the
// slot is not set).
type und17aCase struct {
	avatar string
	turns  []string
	intent string
	slots  map[string]string
}

func runUnd17a(t *testing.T, cases []und17aCase) {
	t.Helper()
	w := newWorld(t)
	for i, c := range cases {
		user := "u17a-" + string(rune('a'+i%26)) + string(rune('a'+i/26))
		for _, turn := range c.turns {
			w.say(user, c.avatar, turn)
		}
		u := w.rec.lastUnderstood(user)
		last := c.turns[len(c.turns)-1]
		if c.intent != "" && u.Intent != c.intent {
			t.Errorf("%q understood %s %v, want %s", last, u.Intent, u.Slots, c.intent)
			continue
		}
		for k, v := range c.slots {
			got := u.Slots[k]
			if v == "-" {
				if got != "" {
					t.Errorf("%q: %s=%q, want none", last, k, got)
				}
				continue
			}
			if got != v {
				t.Errorf("%q: %s=%q, want %q (all: %v)", last, k, got, v, u.Slots)
			}
		}
	}
}

// TestUnd17aNamesAreNames (issue 18, post16): words before 하고 that are
// the verb 하다's ("면담을 하고 싶은데") and a clause's end before a comma
// ("옮기고 싶은데요, 민수 씨랑") are no one's names. Our own sentences.
func TestUnd17aNamesAreNames(t *testing.T) {
	runUnd17a(t, []und17aCase{
		{"assistant", []string{"서연이랑 통화를 하고 싶은데 모레 시간 돼?"}, "sched_find_slots", map[string]string{"participants": "서연"}},
		{"assistant", []string{"준호 씨랑 점심을 하고 싶어요 내일 비는 시간 있나요"}, "", map[string]string{"participants": "준호"}},
		{"assistant", []string{"은지 님하고 회의를 하고 싶은데 이번 주에 30분 되는 때 찾아줘"}, "sched_find_slots", map[string]string{"participants": "은지"}},
		{"assistant", []string{"시간을 좀 맞추고 싶은데요, 유키 씨랑 데이비드 씨 둘 다 되는 때로 다음 주에 한 시간"}, "sched_find_slots", map[string]string{"participants": "유키,데이비드"}},
	})
}

// TestUnd17aDaysFromADay: "오늘부터 사흘 동안", "내일부터 3일간", "starting
// tomorrow for 3 days" are the days searched, from that day on; the
// minutes said after them are the meeting's length. A stay said so
// keeps its nights ("해운대 리조트 오늘부터 사흘": three).
func TestUnd17aDaysFromADay(t *testing.T) {
	runUnd17a(t, []und17aCase{
		{"assistant", []string{"민수 씨랑 유키 씨, 오늘부터 사흘 동안 오전 9시~12시 사이에 30분 가능한 슬롯 알려줘"}, "sched_find_slots",
			map[string]string{"from": "2026-12-07", "to": "2026-12-09", "duration_minutes": "30", "day_start": "09:00", "day_end": "12:00"}},
		{"assistant", []string{"내일부터 3일간 은지랑 40분 비는 시간 찾아줘"}, "sched_find_slots", map[string]string{"from": "2026-12-08", "to": "2026-12-10", "duration_minutes": "40"}},
		{"assistant", []string{"수요일부터 이틀 동안 준호랑 한 시간 되는 때 있어?"}, "sched_find_slots", map[string]string{"from": "2026-12-09", "to": "2026-12-10", "duration_minutes": "60"}},
		{"assistant", []string{"find 30 minutes with Minsu starting tomorrow for 3 days"}, "sched_find_slots", map[string]string{"from": "2026-12-08", "to": "2026-12-10", "duration_minutes": "30"}},
		{"assistant", []string{"해운대 리조트 오늘부터 사흘 어른 셋"}, "booking_search_lodgings", map[string]string{"nights": "3", "check_in": "2026-12-07"}},
	})
}

// TestUnd17aInsteadOf: "X 말고 Y" / "not X, Y" / "Y instead of X" search
// for Y, not X.
func TestUnd17aInsteadOf(t *testing.T) {
	runUnd17a(t, []und17aCase{
		{"shopper", []string{"아 그냥 헤드폰 말고 유선 이어폰으로 보여 줘요"}, "shop_search", map[string]string{"query": "유선 이어폰"}},
		{"shopper", []string{"음 백팩 말고 에코백 같은 거 좀 찾아 주실래요"}, "shop_search", map[string]string{"query": "에코백"}},
		{"shopper", []string{"무선 마우스 말고 키보드도 있나요? 3만원 이하로"}, "shop_search", map[string]string{"query": "키보드", "max_price": "30000"}},
		{"shopper", []string{"I want wired earphones instead of headphones"}, "shop_search", map[string]string{"query": "wired earphones"}},
		{"shopper", []string{"no headphones, show me wired earphones instead"}, "shop_search", map[string]string{"query": "wired earphones"}},
		// with the list of what is put aside on screen, however long the sentence
		{"shopper", []string{"헤드폰 보여줘", "아 그냥 헤드폰 말고 유선 이어폰으로 보여 줘요"}, "shop_search", map[string]string{"query": "유선 이어폰"}},
		{"shopper", []string{"백팩 보여줘", "음 백팩 말고 에코백 같은 거 좀 찾아 주실래요"}, "shop_search", map[string]string{"query": "에코백"}},
		{"shopper", []string{"headphones", "actually not headphones, show me some wired earphones instead please"}, "shop_search", map[string]string{"query": "wired earphones"}},
		{"shopper", []string{"텀블러 보여줘", "2번 말고 3번 담아줘"}, "shop_cart_add", nil},
	})
}

// TestUnd17aCountsAndPicks: a count asked to be given is an add; the
// count of a whole ("세 권 중에") gives way to the one taken from it; a
// budget said after a search keeps its words ("2만원 이하로요" is no
// query "로요"); a pick with words of likeness asks for similar ones.
func TestUnd17aCountsAndPicks(t *testing.T) {
	runUnd17a(t, []und17aCase{
		{"shopper", []string{"누리 비니 Air 다섯 개 주세요"}, "shop_cart_add", map[string]string{"quantity": "5"}},
		{"shopper", []string{"다온 텀블러 Max 세 개 주세요"}, "shop_cart_add", map[string]string{"quantity": "3"}},
		{"shopper", []string{"누리 비니 Air 열 개 부탁해요"}, "shop_cart_add", map[string]string{"quantity": "10"}},
		{"shopper", []string{"녹차 보여줘", "1번 세 개 담아줘", "1번 하나 빼줘"}, "shop_cart_remove", map[string]string{"quantity": "1"}},
		{"shopper", []string{"카트에 담은 노트 세 권 중에 한 권만 빼 주세요"}, "shop_cart_remove", map[string]string{"quantity": "1"}},
		{"shopper", []string{"장바구니 텀블러 4개 중에서 두 개만 빼줘"}, "shop_cart_remove", map[string]string{"quantity": "2"}},
		{"shopper", []string{"선크림 보여주세요", "2만원 이하로요"}, "shop_search", map[string]string{"query": "선크림", "max_price": "20000"}},
		{"shopper", []string{"이어폰 보여줘", "만원 이상으로요"}, "shop_search", map[string]string{"query": "이어폰", "min_price": "10000"}},
		{"shopper", []string{"선크림 보여주세요", "2만원 이하로요", "마지막 거 하나 넣어줘요"}, "shop_cart_add", map[string]string{"quantity": "1"}},
		{"shopper", []string{"텀블러 찾아줘", "마지막 텀블러 유사 상품"}, "shop_similar", nil},
		{"shopper", []string{"텀블러 찾아줘", "3번 유사품"}, "shop_similar", nil},
		{"shopper", []string{"텀블러 찾아줘", "2번 담아줘"}, "shop_cart_add", nil},
	})
}

// TestUnd17aCartOrdersPickup: what was put in the cart is the cart; a
// store one will collect at, with nothing ordered for pickup, is the
// checkout's pickup; a card named by a word of it ("master로") pays.
func TestUnd17aCartOrdersPickup(t *testing.T) {
	runUnd17a(t, []und17aCase{
		{"shopper", []string{"내가 뭐 담았더라"}, "shop_cart", nil},
		{"shopper", []string{"what did I put in there earlier"}, "shop_cart", nil},
		{"shopper", []string{"지난번에 뭐 샀더라"}, "shop_orders", nil},
		{"shopper", []string{"해운대 매장에서 찾아갈게"}, "shop_checkout", map[string]string{"fulfilment": "pickup", "pickup_store": "haeundae"}},
		{"shopper", []string{"녹차 보여줘", "1번 담아줘", "강남점에서 픽업할게요"}, "shop_checkout", map[string]string{"fulfilment": "pickup", "pickup_store": "gangnam"}},
		{"shopper", []string{"I'll pick it up at the Hongdae store"}, "shop_checkout", map[string]string{"fulfilment": "pickup", "pickup_store": "hongdae"}},
		{"shopper", []string{"녹차 보여줘", "1번 두 개 담아줘", "택배로 받을게요 master로 긁어주세요"}, "shop_checkout", map[string]string{"fulfilment": "delivery", "payment_method": "pm_card_mastercard"}},
	})
}

// TestUnd17aBookings: a booking named with a verb that undoes it is its
// cancel; a meal put in the calendar with a reminder is an event; a
// pick with a wish or a diet holds the place with them; price and
// diet words.
func TestUnd17aBookings(t *testing.T) {
	runUnd17a(t, []und17aCase{
		{"assistant", []string{"제주 게하 예약한 거 날려줘 일정 바뀜"}, "booking_cancel", nil},
		{"assistant", []string{"부산 호텔 잡아둔 거 취소해 줘"}, "booking_cancel", nil},
		{"assistant", []string{"해운대 리조트 예약 좀 없애 줘요"}, "booking_cancel", nil},
		{"assistant", []string{"cancel my hotel booking in busan"}, "booking_cancel", nil},
		{"assistant", []string{"무료 취소 가능한 부산 호텔 찾아줘"}, "booking_search_lodgings", nil},
		{"assistant", []string{"hold 걸어둔 거 있어?"}, "booking_mine", map[string]string{"held": "true"}},
		{"assistant", []string{"12월 24일 저녁 6시에 가족 저녁 식사 두 시간 등록해 주세요. 장소는 잠실 집이고요, 한 시간 전에 알려 주세요"}, "sched_create_event",
			map[string]string{"start": "2026-12-24T18:00", "duration_minutes": "120", "reminder_minutes": "60"}},
		{"assistant", []string{"토요일 저녁 7시 친구 생일 모임 신촌 고깃집, 하루 전에 알려줘"}, "sched_create_event", map[string]string{"reminder_minutes": "1440"}},
		{"assistant", []string{"dinner with mom at the korean place in sinchon on the 23rd at 7pm, remind me a day before"}, "sched_create_event", map[string]string{"reminder_minutes": "1440"}},
		{"assistant", []string{"금요일 저녁 7시 신촌 고깃집 4명 예약해줘"}, "booking_search_restaurants", nil},
		{"assistant", []string{"부산 한옥 스테이 금요일 체크인 1박 2명", "1번 예약. 제가 비건이라 조식 비건으로 가능한지도 봐주세요"}, "booking_hold", map[string]string{"diet": "vegan"}},
		{"assistant", []string{"부산 한옥 스테이 금요일 체크인 1박 2명", "1번 조식 포함이야?"}, "out_of_scope", nil},
		{"assistant", []string{"부산 해운대 리조트 이번 주말 1박 2명", "마지막 거요. 혹시 조용한 방으로 부탁드려도 될까요?"}, "booking_hold", map[string]string{"request": "조용한 방"}},
		{"assistant", []string{"가격대 적당한 이탈리안으로, 제주 애월, 크리스마스 저녁 6시, 4인"}, "booking_search_restaurants", map[string]string{"max_price_band": "2"}},
		{"assistant", []string{"고기 못 먹는 친구랑 홍대에서 저녁 먹을 곳 찾아줘"}, "booking_search_restaurants", map[string]string{"vegetarian": "true", "cuisine": "-"}},
		{"assistant", []string{"강남 고깃집 찾아줘"}, "booking_search_restaurants", map[string]string{"cuisine": "bbq"}},
	})
}

// TestUnd17aCollectingIsNotCheckout: at the store now, or naming the
// order, one collects it (pickup) — the checkout's pickup is only for a
// store one will go to with nothing ordered for pickup.
func TestUnd17aCollectingIsNotCheckout(t *testing.T) {
	runUnd17a(t, []und17aCase{
		{"shopper", []string{"매장 도착했어요! 물건 받으러 왔어요"}, "shop_pickup", nil},
		{"shopper", []string{"지금 강남점 카운터인데 제 주문 찾아갈게요"}, "shop_pickup", nil},
		{"shopper", []string{"픽업 수령할게요 여기 홍대점이에요"}, "shop_pickup", nil},
	})
}

// TestUnd17aInvitesPeopleEvents: invitations still to accept or decline
// are the user's received ones; a person's team asked is the directory,
// also while a search for a time is on screen; a removal of an event by
// its title, with no invitation waiting, is the event's cancel.
func TestUnd17aInvitesPeopleEvents(t *testing.T) {
	runUnd17a(t, []und17aCase{
		{"assistant", []string{"제가 수락하거나 거절해야 하는 회의 요청 들어온 거 있나요?"}, "sched_invites", nil},
		{"assistant", []string{"수락하거나 거절할 초대 남아 있나요"}, "sched_invites", nil},
		{"assistant", []string{"내가 답해야 하는 일정 요청 있어?"}, "sched_invites", nil},
		{"assistant", []string{"내가 답 안 한 초대 있어?"}, "sched_invites", nil},
		// who owes the user's own invitation an answer: its replies
		{"assistant", []string{"제가 보낸 초대에 응답 안 한 분 있어요?"}, "sched_replies", nil},
		{"assistant", []string{"내가 초대한 회의에 아직 답 안 한 사람 누구야"}, "sched_replies", nil},
		{"assistant", []string{"은지랑 다음 주 30분 회의 시간 찾아줘", "아 근데 은지가 무슨 팀이더라?"}, "sched_find_people", map[string]string{"query": "은지"}},
		{"assistant", []string{"민수 씨 부서가 어디예요?"}, "sched_find_people", map[string]string{"query": "민수"}},
		{"assistant", []string{"혹시 유키 사토씨 어느 팀이에요?"}, "sched_find_people", map[string]string{"query": "유키 사토"}},
		{"assistant", []string{"혹시 은지가 무슨 팀이야?"}, "sched_find_people", map[string]string{"query": "은지"}},
		{"assistant", []string{"서연이 어느 팀이야"}, "sched_find_people", map[string]string{"query": "서연"}},
		{"assistant", []string{"which team is Yuki in?"}, "sched_find_people", map[string]string{"query": "Yuki"}},
		{"assistant", []string{"David Miller가 주소록에 있어요?"}, "sched_find_people", map[string]string{"query": "David Miller"}},
		{"assistant", []string{"우리 팀 회의 어느 팀이 주관해?"}, "", map[string]string{"query": "-"}},
		{"assistant", []string{"내일 오후 3시 치과 넣어줘", "치과 빼줘 못 갈 것 같아"}, "sched_cancel_event", nil},
		{"assistant", []string{"오늘 저녁 8시에 필라테스 1시간 넣어줘", "필라테스 오늘은 빼 주세요 못 가요"}, "sched_cancel_event", nil},
	})
}

// TestUnd17aTimeChosenForTheMeeting: a meeting asked for with people and
// no time asks when; a day and a clock time answered is the invitation
// with those people, not the search narrowed; a question stays a search.
func TestUnd17aTimeChosenForTheMeeting(t *testing.T) {
	runUnd17a(t, []und17aCase{
		{"assistant", []string{"지영이랑 미팅 잡아줘", "내일 오전 10시"}, "sched_invite", map[string]string{"participants": "지영", "start": "2026-12-08T10:00"}},
		{"assistant", []string{"준호랑 회의 하나 잡아 주세요", "수요일 오후 2시 반, 30분이요"}, "sched_invite", map[string]string{"participants": "준호", "start": "2026-12-09T14:30", "duration_minutes": "30"}},
		{"assistant", []string{"set up a meeting with Jiyoung", "tomorrow at 10am, 30 minutes"}, "sched_invite", map[string]string{"start": "2026-12-08T10:00", "duration_minutes": "30"}},
		{"assistant", []string{"지영이랑 미팅 잡아줘", "내일 오전 10시 괜찮아?"}, "sched_find_slots", nil},
		// a verb that moves an event, with no word of finding a time, is the move
		{"assistant", []string{"민수랑 하는 주간회의 좀 미루고 싶어요"}, "sched_move_event", nil},
		{"assistant", []string{"팀 회의 좀 당기고 싶은데, 준호 씨도 오는 거요"}, "sched_move_event", nil},
		{"assistant", []string{"민수랑 회의 옮길 시간 찾아줘"}, "sched_find_slots", nil},
	})
}

// TestUnd17aWhatWithWhen: an event asked for with no name yet, then when
// and what said together ("다음 주 화요일 12시 반에 은행 업무 보는 거") is
// named by the words besides the time; a time alone names nothing.
func TestUnd17aWhatWithWhen(t *testing.T) {
	runUnd17a(t, []und17aCase{
		{"assistant", []string{"제 캘린더에 일정 하나 등록하고 싶어요", "다음 주 화요일 12시 반에 은행 업무 보는 거, 1시간 반 정도요"}, "sched_create_event",
			map[string]string{"title": "은행 업무", "start": "2026-12-15T12:30", "duration_minutes": "90"}},
		{"assistant", []string{"내 일정에 하나 넣고 싶어", "금요일 3시 치과"}, "sched_create_event", map[string]string{"title": "치과", "start": "2026-12-11T15:00"}},
		{"assistant", []string{"내 일정에 하나 넣고 싶어", "금요일 오후 3시로 해줘"}, "sched_create_event", map[string]string{"title": "-"}},
		{"assistant", []string{"내일 요가 넣어줘", "저녁 7시"}, "sched_create_event", map[string]string{"title": "요가", "start": "2026-12-08T19:00"}},
	})
}

// TestUnd17aHourOfTheWeek: a clock time said of a week ("이번 주 오후 2시
// 이후로", "this week after 2pm") is that hour of every day left of it.
func TestUnd17aHourOfTheWeek(t *testing.T) {
	runUnd17a(t, []und17aCase{
		{"assistant", []string{"유키랑 데이비드 둘 다 되는 시간 언제야? 이번 주 오후 2시 이후로 한 시간"}, "sched_find_slots",
			map[string]string{"from": "2026-12-07", "to": "2026-12-13", "day_start": "14:00", "duration_minutes": "60"}},
		{"assistant", []string{"다음 주 오전 10시쯤 민수랑 30분 되는 날 있어?"}, "sched_find_slots", map[string]string{"from": "2026-12-14", "to": "2026-12-20"}},
		{"assistant", []string{"find an hour with Yuki this week after 2pm"}, "sched_find_slots", map[string]string{"to": "2026-12-13", "day_start": "14:00"}},
		{"assistant", []string{"다음 주 오후 3시에 치과 넣어줘"}, "sched_create_event", map[string]string{"start": "2026-12-14T15:00"}},
		// weekdays listed short: the days from the first to the last
		{"assistant", []string{"이번 주 목, 금 중에 은지랑 1시간이요"}, "sched_find_slots", map[string]string{"from": "2026-12-10", "to": "2026-12-11"}},
		{"assistant", []string{"다음 주 화, 수, 목 중에 준호랑 30분 되는 때"}, "sched_find_slots", map[string]string{"from": "2026-12-15", "to": "2026-12-17"}},
		{"assistant", []string{"다음 주 화나 수요일에 준호랑 30분 되는 때"}, "sched_find_slots", map[string]string{"from": "2026-12-15", "to": "2026-12-16"}},
		{"assistant", []string{"다음 주 월요일 민수랑 1시간"}, "sched_find_slots", map[string]string{"from": "2026-12-14", "to": "2026-12-14"}},
	})
}

// TestUnd17aShopLooksAndBounds: a look at the orders is no cancel; a
// thing put in the cart made fewer is a removal; a category named by
// its own word; a price bound asked of the list shown narrows it and
// keeps its words.
func TestUnd17aShopLooksAndBounds(t *testing.T) {
	runUnd17a(t, []und17aCase{
		{"shopper", []string{"주문한 거 전부 확인하고 싶어요"}, "shop_orders", nil},
		{"shopper", []string{"내가 주문했던 것들 목록 좀 보여줄래요"}, "shop_orders", nil},
		{"shopper", []string{"주문 취소하고 싶어요"}, "shop_cancel_order", nil},
		{"shopper", []string{"지금까지 구매한 것들 보여줘"}, "shop_orders", nil},
		{"shopper", []string{"show me what I've bought so far"}, "shop_orders", nil},
		{"shopper", []string{"산 거 환불하고 싶어요"}, "shop_cancel_order", nil},
		{"shopper", []string{"키보드 두 개 넣었는데 하나로 줄여 줄 수 있어요?"}, "shop_cart_remove", nil},
		{"shopper", []string{"장바구니에 담은 텀블러 한 개만 빼 줄래요"}, "shop_cart_remove", nil},
		{"shopper", []string{"home 카테고리 상품들 구경할래요"}, "shop_search", map[string]string{"category": "home"}},
		{"shopper", []string{"무선 마우스 보여줘", "그 중에 3만원 이하만요"}, "shop_search", map[string]string{"max_price": "30000", "query": "무선 마우스"}},
		{"shopper", []string{"무선 마우스 보여줘", "이 중에 2만원 안쪽인 거 있어?"}, "shop_search", map[string]string{"max_price": "20000", "query": "무선 마우스"}},
		{"shopper", []string{"earbuds", "any of them under 20k?"}, "shop_search", map[string]string{"max_price": "20000", "query": "earbuds"}},
		{"shopper", []string{"이어폰 보여줘", "이 중에 방수 되는 거 있어요?"}, "shop_product", nil},
	})
}

// TestUnd17aTakeOffAndLeaveOut: "그거 빼줘" after an event was added, "요가
// 빼 주세요" take that event off the calendar; "지영이는 빼줘" while a
// meeting with her is set up leaves her out of it instead.
func TestUnd17aTakeOffAndLeaveOut(t *testing.T) {
	runUnd17a(t, []und17aCase{
		{"assistant", []string{"금요일 저녁 6시에 미용실 한 시간 캘린더에 넣어줘", "아 근데 그거 그냥 빼줘"}, "sched_cancel_event", nil},
		{"assistant", []string{"내일 3시 치과 넣어줘", "치과는 캘린더에서 없애 줘"}, "sched_cancel_event", nil},
		{"assistant", []string{"민수랑 지영이랑 다음 주에 1시간 회의 잡아줘", "지영 씨는 제외해 주세요"}, "sched_find_slots", map[string]string{"participants": "민수"}},
		{"assistant", []string{"find an hour with Minsu and Jiyoung next week", "drop Jiyoung"}, "sched_find_slots", map[string]string{"participants": "Minsu"}},
	})
}

// TestUnd17aSaveNotLook: a thing with a day and a verb that saves it is a
// new event, not a look at the calendar; a question of what is there is.
func TestUnd17aSaveNotLook(t *testing.T) {
	runUnd17a(t, []und17aCase{
		{"assistant", []string{"다음주 수요일 정오에 동기들이랑 점심약속 있음 저장해줘"}, "sched_create_event", map[string]string{"start": "2026-12-16T12:00"}},
		{"assistant", []string{"다음 주 월요일 점심때 병원 가야 되는데 일정으로 잡아줘"}, "sched_create_event", nil},
		{"assistant", []string{"다음 주 월요일에 무슨 일정 있어?"}, "sched_my_events", nil},
		{"assistant", []string{"크리스마스에 잡아둔 해운대 리조트 취소 부탁드립니다"}, "booking_cancel", nil},
	})
}
