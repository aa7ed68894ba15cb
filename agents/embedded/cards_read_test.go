package embedded_test

import (
	"strings"
	"testing"
	"time"
)

// TestBookingCardReadsItsLanguage: the booking card a user reads after
// confirming says its status and time in the conversation's language —
// "확정", "12월 7일(월) 오후 6시"; "Confirmed", "Mon, Dec 7, 7 PM" —
// never the raw "confirmed" or "2026-12-07 18:00" (skills/booking view,
// the party and the area after the time since trial13;
// dialogue.json booking_confirm, booking_mine). The world's clock is
// Monday 7 Dec 2026, 09:00 KST.
func TestBookingCardReadsItsLanguage(t *testing.T) {
	for _, c := range []struct{ lang, ask, pick, mine, status, when string }{
		{"ko", "오늘 저녁 6시에 강남에서 4명 이탈리안 예약해줘", "1번", "내 예약 보여줘", "확정", "12월 7일(월) 오후 6시"},
		{"en", "Book an italian restaurant in Gangnam tonight at 6pm for 4", "the first one", "show my bookings", "Confirmed", "Mon, Dec 7, 6 PM"},
	} {
		w := newWorld(t)
		w.say("u1", "assistant", c.ask)
		w.say("u1", "assistant", c.pick)
		w.confirm("u1", "assistant", true)
		card := w.out.lastCard("u1")
		if len(card.Items) != 1 || card.Items[0].Status != c.status || !strings.HasPrefix(card.Items[0].Subtitle, c.when+" · ") {
			t.Errorf("%s: booking card %+v, want status %q, time %q", c.lang, card, c.status, c.when)
		}
		w.say("u1", "assistant", c.mine)
		card = w.out.lastCard("u1")
		if len(card.Items) != 1 || card.Items[0].Status != c.status || !strings.HasPrefix(card.Items[0].Subtitle, c.when+" · ") {
			t.Errorf("%s: my bookings card %+v, want status %q, time %q", c.lang, card, c.status, c.when)
		}
	}
}

// TestRestaurantSearchReads: a search with no cuisine offers a mix of
// cuisines; one with no match in the area says so and offers the
// nearest places instead of nothing (skills/booking restaurants, nearer).
func TestRestaurantSearchReads(t *testing.T) {
	w := newWorld(t)
	w.say("k1", "assistant", "내일 저녁 7시 식당 2명 예약해줘")
	card := w.out.lastCard("k1")
	if len(card.Items) != 3 {
		t.Fatalf("card %+v", card)
	}
	cuisines := map[string]bool{}
	for _, it := range card.Items {
		kind, _, _ := strings.Cut(strings.TrimSpace(strings.SplitN(it.Subtitle, "·", 2)[1]), " ")
		cuisines[kind] = true
	}
	if len(cuisines) != 3 {
		t.Errorf("a search for 식당 offers %+v: want three cuisines", card.Items)
	}
	must(t, w.say("k2", "assistant", "내일 저녁 7시 홍대 한식 2명"), "홍대에는 한식 식당이 없어요. 가까운 서울의 다른 곳이에요. 1) 하늘 한정식. 어디로 할까요?")
	// The new user's words: a follow-up that narrows a search in 홍대.
	must(t, w.say("e2", "assistant", "Book a table in Hongdae tomorrow at 7pm for 2"), "These have room on Tue, Dec 8 at 7 PM: 1) Byeol Seafood, 2) Noeul Trattoria (Hongdae).")
	must(t, w.say("e2", "assistant", "any korean places instead?"), "There are no Korean places in Hongdae; these are elsewhere in Seoul. 1) Haneul Hanjeongsik House. Which one?")
}

// TestMeetingReads: a meeting set up by talking reads right end to end:
// the earliest time offered first and said to be the earliest, times as
// dates read everywhere, and the meeting the avatar titles 회의 (or
// Meeting) named once — "‘회의’를 잡고", never "‘회의’ 회의를"
// (skills/scheduling FreeSlots, meetingName; dialogue.json sched_invite).
func TestMeetingReads(t *testing.T) {
	for _, c := range []struct{ lang, ask, pick, first, why, summary, done string }{
		{"ko", "내일 오후에 민수랑 지영이랑 한 시간 회의 잡아줘", "1번", "12월 8일(화) 오후 1시–2시", "모두 비어 있는 가장 빠른 시간",
			"12월 8일(화) 오후 1시–2시에 ‘회의’를 잡고 김민수, 이지영에게 초대장을 보냅니다.",
			"12월 8일(화) 오후 1시–2시에 ‘회의’를 잡고 김민수, 이지영에게 초대장을 보냈어요."},
		{"en", "Set up a one-hour meeting with Minsu and Jiyoung tomorrow afternoon", "the first one", "Tue, Dec 8, 1–2 PM", "The earliest time everyone is free",
			"Schedule “Meeting” on Tue, Dec 8, 1–2 PM and invite Minsu Kim, Jiyoung Lee.",
			"Done: “Meeting” on Tue, Dec 8, 1–2 PM is in everyone's calendar"},
	} {
		w := newWorld(t)
		w.say("m1", "assistant", c.ask)
		card := w.out.lastCard("m1")
		if len(card.Items) < 2 || card.Items[0].Title != c.first || card.Items[0].Reason != c.why {
			t.Fatalf("%s: slots card %+v, want %q (%q) first", c.lang, card, c.first, c.why)
		}
		for _, it := range card.Items[1:] {
			if it.Reason == c.why {
				t.Errorf("%s: %q is said to be the earliest too", c.lang, it.Title)
			}
		}
		w.say("m1", "assistant", c.pick)
		if cf := w.out.lastConfirm("m1"); cf.Summary != c.summary {
			t.Errorf("%s: confirmation %q, want %q", c.lang, cf.Summary, c.summary)
		}
		must(t, w.confirm("m1", "assistant", true), c.done)
	}
}

// TestCancelOrderConfirmReads: the card that asks to cancel an order
// names it as the user knows it — the goods, the day, what it cost —
// never by its internal id (skills/shopping cancelTool).
func TestCancelOrderConfirmReads(t *testing.T) {
	for _, c := range []struct{ lang, find, add, buy, cancel, summary, date string }{
		{"ko", "5만원 이하 무선 이어폰 추천해줘", "첫 번째 거 장바구니에 담아줘", "결제해줘, 강남에서 픽업할게요, 비자카드로", "주문 취소해줘",
			"12월 7일(월)에 주문한 %s × 1을 취소하고 %s을 환불합니다.", "12월 7일(월) 오전 9시"},
		{"en", "wireless earbuds under 50,000 won", "add number 1 to my cart", "check out, I'll pick up in Gangnam, with my visa", "cancel my order",
			"Cancel the order of %s × 1 placed on Mon, Dec 7 and refund %s.", "Mon, Dec 7, 9 AM"},
	} {
		w := newWorld(t)
		w.say("s1", "shopper", c.find)
		item := w.out.lastCard("s1").Items[0]
		w.say("s1", "shopper", c.add)
		w.say("s1", "shopper", c.buy)
		w.confirm("s1", "shopper", true)
		orders := w.shop.Orders()
		if len(orders) != 1 {
			t.Fatalf("%s: %d orders", c.lang, len(orders))
		}
		w.say("s1", "shopper", c.cancel)
		cf := w.out.lastConfirm("s1")
		if want := strings.Replace(strings.Replace(c.summary, "%s", item.Title, 1), "%s", item.Price, 1); cf.Action != "shop_cancel_order" || cf.Summary != want {
			t.Errorf("%s: cancel confirmation %q, want %q", c.lang, cf.Summary, want)
		}
		fields := map[string]string{}
		for _, f := range cf.Fields {
			fields[f.Label] = f.Value
			if strings.Contains(f.Value, orders[0].ID) {
				t.Errorf("%s: %s shows the order's id %q", c.lang, f.Label, f.Value)
			}
		}
		if fields["상품 Items"] != item.Title+" × 1" || fields["주문일 Ordered"] != c.date || fields["결제 금액 Total"] != item.Price {
			t.Errorf("%s: fields %v, want %q × 1, %q, %q", c.lang, fields, item.Title, c.date, item.Price)
		}
	}
}

// TestCannotCancelReads: cancelling an order that has shipped says so,
// naming the goods and the status in the user's language.
func TestCannotCancelReads(t *testing.T) {
	for _, c := range []struct {
		lang   string
		says   []string
		cancel string
		want   string
	}{
		{"ko", []string{"5만원 이하 무선 이어폰 추천해줘", "첫 번째 거 장바구니에 담아줘", "결제해줘", "배송", "서울 강남구 테헤란로 123", "마스터카드 •••• 4444"},
			"주문 취소해줘", "%s × 1 주문은 이미 ‘배송 중’ 상태라 취소할 수 없어요."},
		{"en", []string{"wireless earbuds under 50,000 won", "add number 1 to my cart", "check out please", "delivery", "123 Teheran-ro, Seoul", "Visa •••• 4242"},
			"cancel my order", "Your order of %s × 1 is already shipped, so it can no longer be cancelled."},
	} {
		w := newWorld(t)
		w.say("s2", "shopper", c.says[0])
		name := w.out.lastCard("s2").Items[0].Title
		for _, s := range c.says[1:] {
			w.say("s2", "shopper", s)
		}
		w.confirm("s2", "shopper", true)
		if len(w.shop.Orders()) != 1 {
			t.Fatalf("%s: %d orders", c.lang, len(w.shop.Orders()))
		}
		w.h.Clock.Advance(7 * time.Hour)
		w.h.Host.Tick(w.h.As("s2"))
		must(t, w.say("s2", "shopper", c.cancel), strings.ReplaceAll(c.want, "%s", name))
	}
}
