package embedded_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/madang-world/madang/agents/safety"
)

// A new user's trial (trial17): "그 회의 하루 뒤로 미뤄줘" moved a meeting
// on Mon 12/14 to Thu 12/10 and "move it to the same time two days
// later" one on Tue Dec 15 to Fri Dec 11 — days counted from today. A
// shift of days or weeks of the event in focus is from that event's day.
func TestFix17ShiftByDaysFromTheEvent(t *testing.T) {
	for _, c := range []struct{ lang, add, move, want string }{
		{"ko", "다음주 월요일 오후 3시에 팀 회의 일정 넣어줘", "그 회의 하루 뒤로 미뤄줘", "12월 15일(화) 오후 3시–4시"},
		{"ko", "다음주 월요일 오후 3시에 팀 회의 일정 넣어줘", "이틀 뒤로 옮겨줘", "12월 16일(수) 오후 3시–4시"},
		{"ko", "다음주 월요일 오후 3시에 팀 회의 일정 넣어줘", "회의 하루 미뤄주세요", "12월 15일(화) 오후 3시–4시"},
		{"ko", "다음주 월요일 오후 3시에 팀 회의 일정 넣어줘", "일주일 뒤로 미뤄줘", "12월 21일(월) 오후 3시–4시"},
		{"ko", "다음주 목요일 오후 3시에 팀 회의 일정 넣어줘", "그거 하루 앞당겨줘", "12월 16일(수) 오후 3시–4시"},
		{"ko", "다음주 월요일 오후 3시에 팀 회의 일정 넣어줘", "같은 시간으로 3일 뒤로 옮겨 줘", "12월 17일(목) 오후 3시–4시"},
		{"en", "add a meeting next tuesday at 11am", "move it to the same time two days later", "Thu, Dec 17, 11 AM–12 PM"},
		{"en", "add a meeting next tuesday at 11am", "push it back a day", "Wed, Dec 16, 11 AM–12 PM"},
		{"en", "add a meeting next tuesday at 11am", "can you move that meeting a week later", "Tue, Dec 22, 11 AM–12 PM"},
		{"en", "add a meeting next tuesday at 11am", "bring it forward one day", "Mon, Dec 14, 11 AM–12 PM"},
		{"en", "add a meeting next tuesday at 11am", "delay it by 3 days pls", "Fri, Dec 18, 11 AM–12 PM"},
		{"en", "add a meeting next tuesday at 11am", "move the meeting 2 days later", "Thu, Dec 17, 11 AM–12 PM"},
		{"ko", "다음주 월요일 오후 3시에 팀 회의 일정 넣어줘", "그 회의 하루 뒤 오후 5시로 옮겨줘", "12월 15일(화) 오후 5시–6시"},
		{"en", "add a meeting next tuesday at 11am", "move it two days later at 4pm", "Thu, Dec 17, 4–5 PM"},
	} {
		w := newWorld(t)
		w.say(c.lang, "assistant", c.add)
		got := w.say(c.lang, "assistant", c.move)
		if !strings.Contains(got, c.want) {
			t.Errorf("%q then %q: %q, want %s", c.add, c.move, got, c.want)
		}
	}
}

// The same with others invited: the card the user reads says the new day
// counted from the meeting's own (Friday 12/11 in meetingSet).
func TestFix17ShiftAMeetingWithOthers(t *testing.T) {
	for _, c := range []struct{ lang, move, want string }{
		{"ko", "민수가 못온대ㅠ 그 회의 하루 뒤로 미뤄줘", "12월 12일(토) 오전 10시–11시"},
		{"ko", "회의 사흘 뒤로 미룰 수 있어?", "12월 14일(월) 오전 10시–11시"},
		{"en", "jiyoung declined. move it to the same time two days later", "Sun, Dec 13, 10–11 AM"},
		{"en", "can we push the meeting back a week", "Fri, Dec 18, 10–11 AM"},
	} {
		w := newWorld(t)
		w.meetingSet(c.lang)
		w.say(c.lang, "assistant", c.move)
		if got := w.out.lastConfirm(c.lang); got.Action != "sched_reschedule_meeting" || !strings.Contains(got.Summary, c.want) {
			t.Errorf("%q: confirm %s %q, want %s", c.move, got.Action, got.Summary, c.want)
		}
	}
}

// A new user's trial (trial17): after paying for a pickup order, "is it
// ready for pickup?" asked "Which card shall I charge?" (a second
// checkout). A question about the order in focus is about that order.
func TestFix17QuestionAboutThePaidOrder(t *testing.T) {
	for _, c := range []struct {
		lang, buy string
		asks      []string
	}{
		{"en", "check out, I'll pick up in Gangnam, with my visa", []string{"is it ready for pickup?", "can i pick it up now", "when can I collect it?", "is my order ready yet?", "ready to pick up yet??"}},
		{"ko", "결제해줘, 강남점 픽업으로 비자카드", []string{"픽업 준비됐어?", "지금 가서 찾아가도 돼요?", "언제 찾으러 가면 돼요?", "주문한 거 준비 다 됐나요?", "픽업 가능해?"}},
	} {
		for _, ask := range c.asks {
			w := newWorld(t)
			w.say(c.lang, "shopper", "헤드폰 보여줘")
			w.say(c.lang, "shopper", "1번 담아줘")
			w.say(c.lang, "shopper", c.buy)
			w.confirm(c.lang, "shopper", true)
			n := len(w.out.confirms[c.lang])
			got := w.say(c.lang, "shopper", ask)
			if len(w.out.confirms[c.lang]) != n || strings.Contains(got, "Which card") || strings.Contains(got, "카드로") || strings.Contains(got, "결제할까요") {
				t.Errorf("%q after paying: %q, want the order's status", ask, got)
			}
			if u := w.rec.lastUnderstood(c.lang); u.Intent != "shop_order" && u.Intent != "shop_orders" && u.Intent != "shop_pickup" {
				t.Errorf("%q after paying: understood %s %v, want the order", ask, u.Intent, u.Slots)
			}
		}
	}
}

// (c3) "cancel it please, how long does the refund take?" only answered
// the refund question; a cancel with a question attached still cancels.
func TestFix17CancelWithAQuestion(t *testing.T) {
	for _, c := range []struct {
		lang, buy string
		cancels   []string
	}{
		{"en", "pay with the visa and ship it to 12 Teheran-ro, Gangnam-gu", []string{"cancel it please, how long does the refund take?", "pls cancel that order, will the refund go to my card?", "cancel it please, how long does the refund take?", "I'd like to cancel the order — how many days for the refund?"}},
		{"ko", "비자카드로 결제하고 서울 강남구 테헤란로 123으로 배송해줘", []string{"주문 취소해 주세요, 환불은 얼마나 걸려요?", "그거 취소해줘 환불 언제 돼?", "주문 취소할게요. 환불은 카드로 들어오나요?", "취소해주세요 돈은 언제 돌려받아요?"}},
	} {
		for _, cancel := range c.cancels {
			w := newWorldWith(t, safety.Trained()) // (the campus's checker answered the question alone)
			w.say(c.lang, "shopper", "헤드폰 보여줘")
			w.say(c.lang, "shopper", "1번 담아줘")
			w.say(c.lang, "shopper", c.buy)
			w.confirm(c.lang, "shopper", true)
			n := len(w.out.confirms[c.lang])
			got := w.say(c.lang, "shopper", cancel)
			if len(w.out.confirms[c.lang]) == n {
				t.Errorf("%q: %q, no cancel card", cancel, got)
				continue
			}
			if cf := w.out.lastConfirm(c.lang); cf.Action != "shop_cancel_order" {
				t.Errorf("%q: card %s, want the order's cancellation", cancel, cf.Action)
			}
		}
	}
}

// A new user's trial (trial17): "1번 3개 장바구니에 담아줘" then "아 그냥
// 2개로 할게" answered "알겠어요." and the cart stayed × 3 (English "actually
// make that just 1" worked). A quantity said of the item just added sets
// its line.
func TestFix17QuantityOfTheItemJustAdded(t *testing.T) {
	for _, c := range []struct {
		lang, add string
		says      []string
		want      string
	}{
		{"ko", "1번 3개 장바구니에 담아줘", []string{"아 그냥 2개로 할게", "두 개로 줄여줘", "2개만 살게요", "음 2개로요", "수량 2개로 바꿔주세요"}, "× 2"},
		{"en", "add 3 of number 1 to my cart", []string{"actually make that just 2", "I'll just take 2", "change it to 2", "only 2 please", "hmm make it two instead"}, "× 2"},
	} {
		for _, say := range c.says {
			w := newWorld(t)
			w.say(c.lang, "shopper", "헤드폰 보여줘")
			w.say(c.lang, "shopper", c.add)
			w.say(c.lang, "shopper", say)
			w.say(c.lang, "shopper", "장바구니 보여줘")
			var lines []string
			for _, it := range w.out.lastCard(c.lang).Items {
				lines = append(lines, it.Subtitle)
			}
			if len(lines) != 1 || !strings.Contains(lines[0], c.want) {
				t.Errorf("%q then %q: cart %v, want one line %s", c.add, say, lines, c.want)
			}
		}
	}
}

// A new user's trial (trial17): "첫날 하루 취소 가능?" on a two-night stay
// answered "알겠어요.", "마지막날 하루만 취소해줘" with no booking "알겠어요,
// 취소했어요." and "cancel the last night only" "You have no bookings to
// cancel" with one booked. A night taken off a stay changes its dates
// (the card says the new ones); with no stay, that there is none — never
// an action claimed that was not done.
func TestFix17OneNightOffAStay(t *testing.T) {
	for _, c := range []struct {
		lang, book, pick string
		first, last      []string
		wantFirst        string
		wantLast         string
	}{
		{"ko", "12월 24일부터 2박 제주 호텔 2명", "1번",
			[]string{"첫날 하루 취소 가능?", "첫날은 빼 주세요", "체크인 첫날 하루 취소해줘"},
			[]string{"마지막날 하루만 취소해줘", "마지막 밤은 안 묵을게요 빼주세요", "숙소 하루 줄여줘"},
			"12월 25일(금) 체크인 1박", "12월 24일(목) 체크인 1박"},
		{"en", "a hotel in jeju from dec 24 for 2 nights, 2 guests", "number 1",
			[]string{"can I cancel the first night?", "drop the first night please", "we'll skip the first night"},
			[]string{"cancel the last night only", "can we cut the last night", "shorten the stay by one night"},
			"Fri, Dec 25", "Thu, Dec 24"},
	} {
		for i, say := range append(append([]string{}, c.first...), c.last...) {
			want := c.wantFirst
			if i >= len(c.first) {
				want = c.wantLast
			}
			w := newWorld(t)
			w.say(c.lang, "assistant", c.book)
			w.say(c.lang, "assistant", c.pick)
			w.confirm(c.lang, "assistant", true)
			n := len(w.out.confirms[c.lang])
			got := w.say(c.lang, "assistant", say)
			if len(w.out.confirms[c.lang]) == n {
				t.Errorf("%q: %q, no card", say, got)
				continue
			}
			if cf := w.out.lastConfirm(c.lang); !strings.Contains(cf.Summary, want) || !strings.Contains(cf.Summary, "1") {
				t.Errorf("%q: card %s %q, want %s", say, cf.Action, cf.Summary, want)
			}
			if i == 0 || i == len(c.first) {
				done := w.confirm(c.lang, "assistant", true)
				if strings.Contains(done, "못") || strings.Contains(done, "couldn't") || strings.Contains(done, "not available") {
					t.Errorf("%q confirmed: %q", say, done)
				}
			}
		}
	}
	for _, c := range []struct{ lang, say, want string }{
		{"ko", "마지막날 하루만 취소해줘", "없어요"},
		{"en", "cancel the last night only", "no stay"},
	} {
		w := newWorld(t)
		got := w.say(c.lang, "assistant", c.say)
		if !strings.Contains(got, c.want) || strings.Contains(got, "취소했어요") {
			t.Errorf("%q with no stay: %q, want %s", c.say, got, c.want)
		}
	}
}

// A new user's trial (trial17): "how much would the first one cost in
// total?" and "두번째 거는 총 얼마야?" to the stays shown placed a hold. A
// price question about a listed option answers its price (the night's
// and the stay's total) and offers to book it; nothing is held.
func TestFix17PriceOfAListedStay(t *testing.T) {
	for _, c := range []struct {
		lang, search string
		asks         []string
		want         []string
	}{
		{"ko", "12월 24일부터 2박 제주 호텔 2명", []string{"두번째 거는 총 얼마야?", "2번 가격이 어떻게 돼요?", "두 번째 숙소 2박하면 얼마예요", "2번 요금 알려줘", "2번 총 비용은?"}, []string{"1박에", "2박", "모두"}},
		{"en", "a hotel in jeju from dec 24 for 2 nights, 2 guests", []string{"how much would the second one cost in total?", "what's the price of number 2?", "how much is #2 for the whole stay", "total cost for the second one?", "number 2, how much?"}, []string{"a night", "in total for 2 night"}},
	} {
		for _, ask := range c.asks {
			w := newWorld(t)
			w.say(c.lang, "assistant", c.search)
			n := len(w.out.confirms[c.lang])
			got := w.say(c.lang, "assistant", ask)
			if len(w.out.confirms[c.lang]) != n {
				t.Errorf("%q: a card %q", ask, w.out.lastConfirm(c.lang).Summary)
				continue
			}
			for _, want := range c.want {
				if !strings.Contains(got, want) {
					t.Errorf("%q: %q, want %s", ask, got, want)
					break
				}
			}
			if ask == c.asks[0] {
				// then booking it, as offered, holds it
				w.say(c.lang, "assistant", map[string]string{"ko": "2번으로 예약해줘", "en": "book number 2"}[c.lang])
				if len(w.out.confirms[c.lang]) != n+1 {
					t.Errorf("%q then booking it: no card", ask)
				}
			}
		}
	}
}

// A new user's trial (trial17): "can we change it to dec 25 to 27
// instead" about a booked stay got the restaurant's template with blanks
// ("has no table at Fri, Dec 25, ."), "날짜를 1월 1일부터 1월 3일로 바꿔줘"
// "옮길 일정이 없어요". New dates said as a span move the stay: the same
// place from the first day for the nights between (check-in to check-out).
func TestFix17StayNewDates(t *testing.T) {
	for _, c := range []struct {
		lang, book, pick string
		says             []string
		want             []string
	}{
		{"ko", "12월 24일부터 2박 제주 호텔 2명", "1번", []string{"날짜를 12월 26일부터 12월 29일로 바꿔줘", "12월 26일~29일로 변경해 주세요", "숙소 날짜 26일부터 29일까지로 바꿔줘", "그 예약 12월 26일부터 29일로 옮길 수 있어?"}, []string{"12월 26일(토) 체크인 3박"}},
		{"en", "a hotel in jeju from dec 24 for 2 nights, 2 guests", "number 1", []string{"can we change it to dec 26 to 29 instead", "move my stay to dec 26-29", "could we do dec 26 to dec 29 instead?", "change the hotel dates to december 26 through 29"}, []string{"Sat, Dec 26", "3 nights"}},
	} {
		for _, say := range c.says {
			w := newWorld(t)
			w.say(c.lang, "assistant", c.book)
			w.say(c.lang, "assistant", c.pick)
			w.confirm(c.lang, "assistant", true)
			n := len(w.out.confirms[c.lang])
			got := w.say(c.lang, "assistant", say)
			if len(w.out.confirms[c.lang]) == n {
				t.Errorf("%q: %q, no card", say, got)
				continue
			}
			cf := w.out.lastConfirm(c.lang)
			for _, want := range c.want {
				if !strings.Contains(cf.Summary, want) {
					t.Errorf("%q: card %q, want %s", say, cf.Summary, want)
				}
			}
		}
	}
}

// A new user's trial (trial17): "다음주 화요일 오후 3시에 치과 일정
// 넣어주고 전날 저녁에 알림도 해줘" was titled "치과 주고 전날 도" and its
// reminder dropped. A reminder asked after the event's request is the
// event's reminder, no part of its title.
func TestFix17EventWithAReminder(t *testing.T) {
	for _, c := range []struct {
		lang, say, title string
		reminder         int
	}{
		{"ko", "다음주 화요일 오후 3시에 치과 일정 넣어주고 전날 저녁에 알림도 해줘", "치과", 1440},
		{"ko", "다음주 화요일 오후 3시에 치과 일정 넣어주고 하루 전에 알림도 해줘", "치과", 1440},
		{"ko", "내일 저녁 7시 헬스 일정 등록해 주고 30분 전에 알림 부탁해", "헬스", 30},
		{"ko", "금요일 오후 2시에 요가 일정 넣어줘, 한 시간 전에 알려줘", "요가", 60},
		{"en", "add dentist next tuesday at 3pm and remind me the day before", "dentist", 1440},
		{"en", "put a haircut on friday at 2pm, remind me an hour before", "haircut", 60},
		{"en", "schedule yoga tomorrow at 7pm and set a reminder 30 minutes before", "yoga", 30},
	} {
		w := newWorld(t)
		w.say(c.lang, "assistant", c.say)
		evs := w.sch.Events()
		if len(evs) != 1 || evs[0].Title != c.title || evs[0].Reminder != c.reminder {
			t.Errorf("%q: events %+v, want %q with a reminder %d minutes before", c.say, evs, c.title, c.reminder)
		}
	}
}

// (i2) "내일 정오에 은지랑 점심 일정 추가" was titled "점심 일정 추가": the
// request's own words left at a title's end are no part of it.
func TestFix17TitleWithoutTheRequestWords(t *testing.T) {
	for _, c := range []struct{ say, title string }{
		{"내일 정오에 은지랑 점심 일정 추가", "‘점심’"},
		{"금요일 오후 3시 민수랑 스터디 일정 등록", "‘스터디’"},
		{"목요일 오후 2시에 지영이랑 커피 일정 넣어", "‘커피’"},
		{"목요일 오전 11시 서연이랑 면담 캘린더에 추가", "‘면담’"},
	} {
		w := newWorld(t)
		got := w.say("ko", "assistant", c.say)
		if len(w.out.confirms["ko"]) == 0 {
			t.Errorf("%q: %q, no card", c.say, got)
			continue
		}
		if s := w.out.lastConfirm("ko").Summary; !strings.Contains(s, c.title) {
			t.Errorf("%q: card %q, want the title %s", c.say, s, c.title)
		}
	}
}

// A new user's trial (trial17): a pending question ("12월 14일(월) 몇 시로
// 할까요?") swallowed new requests — "내일 일정 뭐야" was read as the day of
// the meeting being set up. A short request to be shown something is that
// request (the old question is asked after); a bare day or hour still
// answers the question — a day alone by finding the free times, a day with
// its hour by the invitation at that hour (und17a: blind set post16's
// "모레 오후 4시, 한 시간이요" answered to "언제로?"), either way the
// meeting being set up.
func TestFix17ShortRequestNotAnAnswer(t *testing.T) {
	for _, c := range []struct{ lang, start, say, want string }{
		{"ko", "은지랑 점심 약속 잡아줘", "내일 일정 뭐야", "sched_my_events"},
		{"ko", "은지랑 점심 약속 잡아줘", "내일 일정 알려줘", "sched_my_events"},
		{"ko", "은지랑 점심 약속 잡아줘", "금요일 일정 보여줘", "sched_my_events"},
		{"ko", "은지랑 점심 약속 잡아줘", "시간대 뉴욕으로 바꿔줘", "sched_settings"},
		{"en", "set up lunch with eunji", "what's on tomorrow", "sched_my_events"},
		{"en", "set up lunch with eunji", "show friday's schedule", "sched_my_events"},
		{"ko", "은지랑 점심 약속 잡아줘", "내일 오후로", "sched_find_slots"},
		{"ko", "은지랑 점심 약속 잡아줘", "금요일 12시", "sched_find_slots|sched_invite"},
		{"en", "set up lunch with eunji", "friday at noon", "sched_find_slots|sched_invite"},
	} {
		w := newWorld(t)
		w.say(c.lang, "assistant", c.start)
		w.say(c.lang, "assistant", c.say)
		if u := w.rec.lastUnderstood(c.lang); !slices.Contains(strings.Split(c.want, "|"), u.Intent) {
			t.Errorf("%q to %q's question: understood %s %v, want %s", c.say, c.start, u.Intent, u.Slots, c.want)
		}
	}
}

// A new user's trial (trial17, b4): "어른2 아이2" booked for 2 — children
// are guests too.
func TestFix17AdultsAndChildren(t *testing.T) {
	for _, c := range []struct{ lang, say, want string }{
		{"ko", "12월 24일부터 2박 제주 호텔 어른2 아이2", "4"},
		{"ko", "12월 24일부터 2박 제주 호텔 성인 두 명이랑 아이 하나", "3"},
		{"ko", "12월 24일부터 2박 제주 호텔 어른 3명 애기 1명", "4"},
		{"en", "a hotel in jeju from dec 24 for 2 nights, 2 adults and 2 kids", "4"},
		{"en", "hotel in jeju dec 24 for 2 nights, two adults, one child", "3"},
		{"en", "hotel in jeju dec 24 2 nights for 2 adults + 1 toddler", "3"},
	} {
		w := newWorld(t)
		w.say(c.lang, "assistant", c.say)
		if u := w.rec.lastUnderstood(c.lang); u.Slots["guests"] != c.want {
			t.Errorf("%q: understood %s %v, want %s guests", c.say, u.Intent, u.Slots, c.want)
		}
	}
}

// (h1) "remove the cheapest one" with two lines in the cart answered
// "There's no cheapest one in your cart": a line named by its price is
// the cart's cheapest (or dearest).
func TestFix17RemoveTheCheapestInTheCart(t *testing.T) {
	for _, c := range []struct {
		lang, add1, add2 string
		says             []string
	}{
		{"en", "add number 1 to my cart", "add number 2 to my cart", []string{"remove the cheapest one", "take the cheapest out", "remove the most expensive one", "delete the priciest item"}},
		{"ko", "1번 장바구니에 담아줘", "2번도 담아줘", []string{"제일 싼 거 빼줘", "가장 저렴한 거 삭제해줘", "제일 비싼 거 빼 주세요", "젤 비싼 거 빼"}},
	} {
		for i, say := range c.says {
			w := newWorld(t)
			w.say(c.lang, "shopper", "헤드폰 보여줘")
			prices := w.cardPrices(c.lang)
			w.say(c.lang, "shopper", c.add1)
			w.say(c.lang, "shopper", c.add2)
			w.say(c.lang, "shopper", say)
			w.say(c.lang, "shopper", "장바구니 보여줘")
			items := w.out.lastCard(c.lang).Items
			if len(prices) < 2 || len(items) != 1 {
				t.Errorf("%q: cart %+v, want one line left", say, items)
				continue
			}
			keep := max(prices[0], prices[1]) // the cheapest out: the dearer stays
			if i >= 2 {
				keep = min(prices[0], prices[1])
			}
			if !strings.Contains(items[0].Price, strings.TrimSuffix(strings.TrimPrefix(won17(keep, c.lang), "₩"), "원")) {
				t.Errorf("%q: left %+v, want the line at %d", say, items[0], keep)
			}
		}
	}
}

func won17(v int64, lang string) string {
	s := strconv.FormatInt(v, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// A new user's trial (trial17, c2, c3): "3번이랑 비슷한데 더 싼거 있어?",
// "the second one looks nice, got anything similar but cheaper?" listed
// dearer products ("a step up, ₩2,200 more"). Similar and cheaper than
// the product at the place said is below its price.
func TestFix17SimilarButCheaperThanTheOneSaid(t *testing.T) {
	for _, c := range []struct {
		lang string
		says []string
	}{
		{"ko", []string{"3번이랑 비슷한데 더 싼거 있어?", "3번 같은 걸로 더 저렴한 거 없나요", "세 번째 거랑 비슷한 더 싼 상품 보여줘"}},
		{"en", []string{"the third one looks nice, got anything similar but cheaper?", "anything like number 3 but cheaper?", "show me something similar to #3 that's less expensive"}},
	} {
		for _, say := range c.says {
			w := newWorld(t)
			w.say(c.lang, "shopper", "헤드폰 보여줘")
			prices := w.cardPrices(c.lang)
			w.say(c.lang, "shopper", say)
			got := w.cardPrices(c.lang)
			if len(got) == 0 {
				t.Errorf("%q: no products", say)
			}
			for _, v := range got {
				if v >= prices[2] {
					t.Errorf("%q: %d listed, not below #3's %d", say, v, prices[2])
					break
				}
			}
		}
	}
}

// A new user's trial (trial17): "Your time zone is set." never said which.
func TestFix17TimeZoneNamed(t *testing.T) {
	for _, c := range []struct{ lang, say, want string }{
		{"ko", "시간대 뉴욕으로 바꿔줘", "뉴욕 시간(America/New_York)"},
		{"ko", "내 시간대를 런던으로 설정해줘", "런던 시간"},
		{"en", "change my time zone to new york", "New York time (America/New_York)"},
		{"en", "set my timezone to tokyo please", "Tokyo time"},
	} {
		w := newWorld(t)
		if got := w.say(c.lang, "assistant", c.say); !strings.Contains(got, c.want) {
			t.Errorf("%q: %q, want %s", c.say, got, c.want)
		}
	}
}

// A new user's trial (trial17, f2, a2): "할랄 식당" was ignored silently.
// A diet no restaurant mentions is said so; the search goes on.
func TestFix17HalalSaid(t *testing.T) {
	for _, c := range []struct{ lang, say, want string }{
		{"ko", "다음주 수요일 저녁 7시에 할랄 식당 3명 예약해줘", "할랄 음식을 한다고 적힌 식당은 없어요"},
		{"ko", "내일 저녁 7시 강남에 할랄 음식점 2명", "할랄"},
		{"en", "book a halal restaurant next wednesday at 7pm for 3", "serves halal food"},
		{"en", "need a kosher place for 2 tomorrow at 7pm", "serves kosher food"},
	} {
		w := newWorld(t)
		w.say(c.lang, "assistant", c.say)
		w.out.mu.Lock()
		all := strings.Join(w.out.speech[c.lang], " | ")
		w.out.mu.Unlock()
		if !strings.Contains(all, c.want) {
			t.Errorf("%q: %q, want %s", c.say, all, c.want)
		}
	}
}

// (i1) "what time is my lunch tomorrow in new york time?" changed the
// time zone. A question of when an event is in a zone named answers it.
func TestFix17EventTimeInAZone(t *testing.T) {
	for _, c := range []struct{ lang, add, ask, want string }{
		{"en", "add lunch tomorrow at noon", "what time is my lunch tomorrow in new york time?", "Mon, Dec 7, 10–11 PM in New York"},
		{"en", "add lunch tomorrow at noon", "when is lunch in london time?", "in London"},
		{"ko", "내일 오후 3시에 치과 일정 넣어줘", "치과 뉴욕 시간으로 몇 시야?", "뉴욕 시간(America/New_York)으로는 12월 8일(화) 오전 1시–2시"},
		{"ko", "내일 오후 3시에 치과 일정 넣어줘", "치과 런던 시간으로는 언제야?", "런던 시간"},
	} {
		w := newWorld(t)
		w.say(c.lang, "assistant", c.add)
		got := w.say(c.lang, "assistant", c.ask)
		if !strings.Contains(got, c.want) {
			t.Errorf("%q: %q, want %s", c.ask, got, c.want)
		}
		if u := w.rec.lastUnderstood(c.lang); u.Intent == "sched_settings" {
			t.Errorf("%q changed the time zone", c.ask)
		}
	}
}

// A new user's trial (trial17, a2, a3): "회의 끝나고 셋이 저녁 먹을 데
// 예약해줘", "book dinner for the three of us right after that meeting"
// asked what day and time. A table after the meeting is looked for when
// it ends (meetingSet: Fri 12/11, 10–11 AM).
func TestFix17TableAfterTheMeeting(t *testing.T) {
	for _, c := range []struct{ lang, say, want string }{
		{"ko", "회의 끝나고 셋이 점심 먹을 데 예약해줘", "12월 11일(금) 오전 11시"},
		{"ko", "미팅 끝나면 바로 밥 먹게 식당 좀 잡아줘 3명", "12월 11일(금) 오전 11시"},
		{"en", "book lunch for the three of us right after that meeting", "Fri, Dec 11"},
		{"en", "find us a restaurant for 3 after the meeting", "Fri, Dec 11"},
	} {
		w := newWorld(t)
		w.meetingSet(c.lang)
		got := w.say(c.lang, "assistant", c.say)
		w.out.mu.Lock()
		all := strings.Join(w.out.speech[c.lang], " | ")
		w.out.mu.Unlock()
		if !strings.Contains(all, c.want) {
			t.Errorf("%q: %q, want %s", c.say, got, c.want)
		}
	}
}

// A new user's trial (trial17, a1): "find an hour next week where me,
// jisoo and minho are all free" asked "Who should be in the meeting?"
// every line: the people listed after "me" are who, and a name not in
// the directory is said so, with who can be invited.
func TestFix17PeopleListedWithMe(t *testing.T) {
	for _, c := range []struct{ say, want string }{
		{"i need to find an hour next week where me, jisoo and minho are all free", "“jisoo, minho”"}, // (fix19a: every name not in the directory is said)
		{"find a time next week when me and yuki are both free", "yuki"},
		{"when are me, minsu and jiyoung all free next week?", "minsu,jiyoung"},
	} {
		w := newWorld(t)
		got := w.say("en", "assistant", c.say)
		if u := w.rec.lastUnderstood("en"); !strings.Contains(got, c.want) && !strings.Contains(strings.ToLower(u.Slots["participants"]), c.want) {
			t.Errorf("%q: %q (understood %v), want %s", c.say, got, u.Slots, c.want)
		}
	}
}
