package embedded_test

import (
	"sort"
	"strings"
	"testing"
)

// A new user's trial (round 10), the lobby: a confirmed booking's DAY
// could not be changed. "토요일로 옮겨주세요 시간은 그대로" said "옮길 일정이
// 없어요"; "하늘 한정식 예약을 토요일 7시반으로 바꿔달라구요" dropped the
// day (the card booked the same slot it cancelled); "… 화요일로 미뤄줄 수
// 있어요? 같은 시간" proposed moving the user's MEETING. A booking named
// by its place is that booking, and the new day reaches the change.
func TestBookingDayChange(t *testing.T) {
	for _, c := range []struct {
		lang, say, summary, done string
	}{
		{"ko", "하늘 한정식 예약을 토요일 7시반으로 바꿔달라구요",
			"하늘 한정식 12월 12일(토) 오후 7시 30분, 2명 예약을 새로 확정하고, 그다음 하늘 한정식 12월 8일(화) 오후 7시, 2명 예약을 취소합니다 (수수료 0원).",
			"하늘 한정식 19:30 confirmed"},
		{"ko", "하늘 한정식 예약 목요일로 미뤄줄 수 있어요? 같은 시간",
			"하늘 한정식 12월 10일(목) 오후 7시, 2명 예약을 새로 확정하고, 그다음 하늘 한정식 12월 8일(화) 오후 7시, 2명 예약을 취소합니다 (수수료 0원).",
			"하늘 한정식 19:00 confirmed"},
		{"ko", "하늘 한정식 예약을 12월 15일 화요일 오후 6시 30분으로 바꿔주세요",
			"하늘 한정식 12월 15일(화) 오후 6시 30분, 2명 예약을 새로 확정하고, 그다음 하늘 한정식 12월 8일(화) 오후 7시, 2명 예약을 취소합니다 (수수료 0원).",
			"하늘 한정식 18:30 confirmed"},
		{"en", "move my haneul hanjeongsik booking to saturday, same time",
			"Confirm the booking at Haneul Hanjeongsik House on Sat, Dec 12 at 7 PM for 2, then cancel the booking at Haneul Hanjeongsik House on Tue, Dec 8 at 7 PM for 2 (fee ₩0).",
			"하늘 한정식 19:00 confirmed"},
	} {
		t.Run(c.say, func(t *testing.T) {
			w := newWorld(t)
			bookTwo(t, w, "v")
			// a meeting the day after: the change must never move it
			w.meet("v", "모레 오후 5시에 민수랑 회의 잡아줘", "1번")
			n := len(w.out.confirms["v"])
			w.say("v", "assistant", c.say)
			if len(w.out.confirms["v"]) == n {
				t.Fatalf("%q: no card", c.say)
			}
			cf := w.out.lastConfirm("v")
			if cf.Action != "booking_confirm" || cf.Summary != c.summary {
				t.Fatalf("%q → %s %q\nwant %q", c.say, cf.Action, cf.Summary, c.summary)
			}
			w.confirm("v", "assistant", true)
			if got := w.mine("v"); got != "담 스시 19:00 confirmed; "+c.done {
				t.Fatalf("bookings: %s", got)
			}
		})
	}
}

// Right after a booking is confirmed, "토요일로 옮겨주세요 시간은 그대로"
// is that booking on Saturday at the same time.
func TestBookingDayChangeJustShown(t *testing.T) {
	w := newWorld(t)
	bookTwo(t, w, "v")
	w.say("v", "assistant", "죄송한데 한번만 더 바꿀게요 토요일로 옮겨주세요 시간은 그대로")
	cf := w.out.lastConfirm("v")
	if want := "하늘 한정식 12월 12일(토) 오후 7시, 2명 예약을 새로 확정하고, 그다음 하늘 한정식 12월 8일(화) 오후 7시, 2명 예약을 취소합니다 (수수료 0원)."; cf.Summary != want {
		t.Fatalf("card %q, want %q", cf.Summary, want)
	}
}

// The store (round 10): "hmm actually I changed my mind, cancel that
// order" after asking where the order is said "All right." and cancelled
// nothing; it is the order's cancellation card.
func TestCancelThatOrderAfterChangingMind(t *testing.T) {
	for _, c := range []struct{ lang, find, add, buy, where, cancel string }{
		{"en", "show me headphones", "add number 1 to my cart", "check out, I'll pick up in Hongdae, with my visa", "where's my order now?", "hmm actually I changed my mind, cancel that order"},
		{"ko", "헤드폰 보여줘", "1번 담아줘", "결제해줘, 강남점 픽업으로 비자카드", "내 주문 어디쯤이야?", "음 생각이 바뀌었어요, 그 주문 취소해 주세요"},
	} {
		w := newWorld(t)
		title := ""
		w.say(c.lang, "shopper", c.find)
		if l := w.out.lastCard(c.lang); len(l.Items) > 0 {
			title = l.Items[0].Title
		}
		w.say(c.lang, "shopper", c.add)
		w.say(c.lang, "shopper", c.buy)
		w.confirm(c.lang, "shopper", true)
		w.say(c.lang, "shopper", c.where)
		n := len(w.out.confirms[c.lang])
		got := w.say(c.lang, "shopper", c.cancel)
		if len(w.out.confirms[c.lang]) == n {
			t.Fatalf("%s: %q → %q, no card", c.lang, c.cancel, got)
		}
		if cf := w.out.lastConfirm(c.lang); cf.Action != "shop_cancel_order" || !strings.Contains(cf.Summary, title) {
			t.Fatalf("%s: %q → %s %q, want %s's cancellation", c.lang, c.cancel, cf.Action, cf.Summary, title)
		}
	}
}

// The store (round 10): a product named by its brand or name is the one
// on the card shown first. "ok add the hanbit one to my cart" put a Hanbit
// keyboard in the cart while the card showed Hanbit Headphones Max;
// "compare the nuri and the hanbit ones" and "add Hanbit Headphones Max to
// cart, 2 of them" were not understood.
func TestProductNamedFromTheCard(t *testing.T) {
	cart := func(w *world) string {
		w.say("en", "shopper", "show my cart")
		var ls []string
		for _, it := range w.out.lastCard("en").Items {
			ls = append(ls, it.Title+" "+it.Subtitle)
		}
		return strings.Join(ls, "; ")
	}
	for _, c := range []struct{ say, want string }{
		{"ok add the hanbit one to my cart", "Hanbit Headphones Max ₩223,100 × 1"},
		{"add Hanbit Headphones Max to cart, 2 of them", "Hanbit Headphones Max ₩223,100 × 2"},
	} {
		w := newWorld(t)
		w.say("en", "shopper", "show me headphones")
		w.say("en", "shopper", c.say)
		if got := cart(w); got != c.want {
			t.Errorf("%q: cart %q, want %q", c.say, got, c.want)
		}
	}
	w := newWorld(t)
	w.say("en", "shopper", "show me headphones")
	got := w.say("en", "shopper", "compare the nuri and the hanbit ones")
	must(t, got, "Nuri Headphones Pro", "Hanbit Headphones Max")
}

// "add it" with a card of one product adds that product.
func TestAddItWithOneShown(t *testing.T) {
	w := newWorld(t)
	w.say("en", "shopper", "search hanbit headphones max")
	if l := w.out.lastCard("en"); len(l.Items) != 1 {
		t.Fatalf("card %+v", l)
	}
	w.say("en", "shopper", "add it")
	if n, total := w.shop.CartTotal("en"); n != 1 || total != 223100 {
		t.Fatalf("cart %d items, %d", n, total)
	}
}

// The same in Korean: "한빛 거 담아줘" is the 한빛 product of the card;
// "누리랑 한빛 비교해줘" compares the two shown.
func TestProductNamedFromTheCardKorean(t *testing.T) {
	w := newWorld(t)
	w.say("ko", "shopper", "헤드폰 보여줘")
	l := w.out.lastCard("ko")
	var nuri, hanbit string
	for _, it := range l.Items {
		switch {
		case strings.HasPrefix(it.Title, "누리"):
			nuri = it.Title
		case strings.HasPrefix(it.Title, "한빛"):
			hanbit = it.Title
		}
	}
	if nuri == "" || hanbit == "" {
		t.Fatalf("card %+v", l)
	}
	must(t, w.say("ko", "shopper", "누리랑 한빛 비교해줘"), nuri, hanbit)
	w.say("ko", "shopper", "음 한빛 거 장바구니에 담아줘")
	if n, total := w.shop.CartTotal("ko"); n != 1 || total != 223100 {
		t.Fatalf("cart %d items, %d원; want %s", n, total, hanbit)
	}
}

// The lobby (round 10): "그리고 개인 일정 하나 추가해줘. 수요일 오후 3시에
// 치과" put an event titled ‘개인’: "개인 일정" says what kind of event,
// the bare noun after it is its title.
func TestPersonalEventTitle(t *testing.T) {
	for _, c := range []struct{ lang, say, title string }{
		{"ko", "그리고 개인 일정 하나 추가해줘. 수요일 오후 3시에 치과", "치과"},
		{"en", "also add a personal event. wednesday 3pm dentist", "dentist"},
	} {
		w := newWorld(t)
		w.say(c.lang, "assistant", c.say)
		if len(w.out.confirms[c.lang]) > 0 {
			w.confirm(c.lang, "assistant", true)
		}
		evs := w.sch.Events()
		if len(evs) != 1 || evs[0].Title != c.title {
			t.Errorf("%q: events %+v, want one titled %q", c.say, evs, c.title)
		}
	}
}

// "1번" after the avatar's own numbered list of the events a rename could
// mean renames that event ("지금은 고를 목록이 없어요" before).
func TestRenamePickFromItsList(t *testing.T) {
	for _, c := range []struct{ lang, a, b, rename, pick, want string }{
		{"ko", "내일 오후 3시 치과 일정 추가해줘", "모레 오후 5시 치과 일정 추가해줘", "치과 일정 이름을 치과 검진으로 바꿔줘", "2번", "치과 검진"},
		{"en", "add dentist tomorrow at 3pm", "add dentist on wednesday at 5pm", "rename my dentist event to dental checkup", "the second one", "dental checkup"},
	} {
		w := newWorld(t)
		for _, s := range []string{c.a, c.b} {
			w.say(c.lang, "assistant", s)
			if len(w.out.confirms[c.lang]) > 0 && w.out.lastConfirm(c.lang).Action != "" {
				w.confirm(c.lang, "assistant", true)
			}
		}
		w.say(c.lang, "assistant", c.rename)
		w.say(c.lang, "assistant", c.pick)
		var got []string
		for _, e := range w.sch.Events() {
			got = append(got, e.Start.Format("01-02 15:04")+" "+e.Title)
		}
		sort.Strings(got)
		if len(got) != 2 || got[1] != "12-09 17:00 "+c.want || strings.HasSuffix(got[0], c.want) {
			t.Errorf("%s: events %v, want the second renamed %q", c.lang, got, c.want)
		}
	}
}

// "그 주문 취소해 주세요" listed already-cancelled orders as choices: an
// order cancelled is not offered for cancelling again.
func TestCancelledOrderNotOfferedAgain(t *testing.T) {
	w := newWorld(t)
	for _, find := range []string{"텀블러 보여줘", "헤드폰 보여줘"} {
		w.say("ko", "shopper", find)
		w.say("ko", "shopper", "1번 담아줘")
		w.say("ko", "shopper", "결제해줘, 강남점 픽업으로 비자카드")
		w.confirm("ko", "shopper", true)
	}
	w.say("ko", "shopper", "헤드폰 주문 취소해 주세요")
	if len(w.out.confirms["ko"]) == 0 || w.out.lastConfirm("ko").Action != "shop_cancel_order" {
		w.say("ko", "shopper", "1번")
	}
	if cf := w.out.lastConfirm("ko"); cf.Action != "shop_cancel_order" {
		t.Fatalf("no cancellation card: %+v", cf)
	}
	w.confirm("ko", "shopper", true)
	w.say("ko", "shopper", "그 주문 취소해 주세요")
	cf := w.out.lastConfirm("ko")
	if cf.Action != "shop_cancel_order" || !strings.Contains(cf.Summary, "텀블러") {
		t.Fatalf("the live order's cancellation was not offered: %s %q (last card %+v)", cf.Action, cf.Summary, w.out.lastCard("ko"))
	}
}

// "아 그럼 9명은요?" after "no table for 10" checks the same booking's
// place, day and time for 9 (it asked "며칠 몇 시로 예약할까요?").
func TestPartyFollowUpAfterNoTable(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("v", "assistant", "하늘 한정식 내일 저녁 7시 2명 예약해줘"), "1) 하늘 한정식")
	must(t, w.say("v", "assistant", "1번"), "잡아 두었어요")
	must(t, w.confirm("v", "assistant", true), "예약이 확정됐어요")
	must(t, w.say("v", "assistant", "인원만 40명으로 바꿔주세요"), "40명 자리가 없어요")
	w.say("v", "assistant", "아 그럼 3명은요?")
	if cf := w.out.lastConfirm("v"); cf.Summary != "하늘 한정식 12월 8일(화) 오후 7시, 3명 예약을 새로 확정하고, 그다음 하늘 한정식 12월 8일(화) 오후 7시, 2명 예약을 취소합니다 (수수료 0원)." {
		t.Fatalf("card %q", cf.Summary)
	}
}

// "oh who can I invite?" lists the directory (it said "I couldn't find
// “Seojun”"); Korean too.
func TestWhoCanIInvite(t *testing.T) {
	for _, c := range []struct{ lang, say, want string }{
		{"en", "oh who can I invite?", "Minsu Kim"},
		{"ko", "누구 초대할 수 있어요?", "김민수"},
	} {
		w := newWorld(t)
		must(t, w.say(c.lang, "assistant", c.say), c.want)
	}
}

// "회의 두 개 있잖아, 목요일 거 취소해줘" said "그사이에 상황이 바뀌어서
// 지금은 할 수 없어요" (the own-event cancellation refused a meeting with
// others): it is the Thursday meeting's cancellation, which tells them.
func TestCancelThursdaysMeeting(t *testing.T) {
	w := newWorld(t)
	w.meet("v", "목요일 오후 5시에 민수랑 회의 잡아줘", "1번")
	w.meet("v", "금요일 오후 1시 30분에 지영이랑 점심 30분 잡아줘", "1번")
	w.say("v", "assistant", "회의 두 개 있잖아, 목요일 거 취소해줘")
	cf := w.out.lastConfirm("v")
	if cf.Action != "sched_cancel_meeting" || cf.Summary != "‘회의’를 취소하고 김민수에게 알립니다." {
		t.Fatalf("card %s %q", cf.Action, cf.Summary)
	}
	if got := w.confirmField("v", "시간 When"); got != "12월 10일(목) 오후 5시–6시" {
		t.Fatalf("when %q", got)
	}
}
