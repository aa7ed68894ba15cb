package embedded_test

import (
	"strings"
	"testing"
)

// TestUnd11aPersonLookedUpByName: a directory lookup said around the
// name ("…님이 어느 팀인지 알아봐 줘") looks the person up, and the reply
// names them.
func TestUnd11aPersonLookedUpByName(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct{ text, query, name string }{
		{"최준호 씨가 어느 팀 소속인지 알아봐 줄래요?", "최준호", "최준호"},
		{"디렉터리에서 은지님이 누군지 좀 봐 줘", "은지", "한은지"},
	} {
		r := w.say("p-"+c.text, "assistant", c.text)
		if u := w.rec.lastUnderstood("p-" + c.text); u.Intent != "sched_find_people" || u.Slots["query"] != c.query {
			t.Errorf("%q: understood %s %v, want a lookup of %s", c.text, u.Intent, u.Slots, c.query)
		}
		if !strings.Contains(r, c.name) {
			t.Errorf("%q: reply %q, want %s", c.text, r, c.name)
		}
	}
}

// TestUnd11aNotBuyingAfterAll: "아뇨 그냥 안 살게요" while the checkout
// waits ends it, and no payment is proposed; "텀블러 안 살래 빼줘" still
// takes the tumbler out of the cart.
func TestUnd11aNotBuyingAfterAll(t *testing.T) {
	for _, c := range []struct{ lang, search, add, pay, decline string }{
		{"ko", "블루투스 스피커 보여줘", "1번 담아줘", "비자로 택배 결제할게요", "아뇨 그냥 안 살게요"},
		{"en", "show me bluetooth speakers", "add number 1", "pay with visa, deliver it", "no, I don't want to buy it after all"},
	} {
		w := newWorld(t)
		w.say(c.lang, "shopper", c.search)
		w.say(c.lang, "shopper", c.add)
		w.say(c.lang, "shopper", c.pay)
		n := len(w.out.confirms[c.lang])
		w.say(c.lang, "shopper", c.decline)
		if u := w.rec.lastUnderstood(c.lang); u.Intent != "cancel" {
			t.Errorf("%q: understood %s %v, want cancel", c.decline, u.Intent, u.Slots)
		}
		if len(w.out.confirms[c.lang]) != n {
			t.Errorf("%q: a new payment card was proposed", c.decline)
		}
	}
	w := newWorld(t)
	w.say("k", "shopper", "텀블러 찾아줘")
	w.say("k", "shopper", "1번 담아줘")
	r := w.say("k", "shopper", "텀블러 안 살래 빼줘")
	if u := w.rec.lastUnderstood("k"); u.Intent != "shop_cart_remove" {
		t.Errorf("understood %s %v, want the tumbler taken out (reply %q)", u.Intent, u.Slots, r)
	}
}

// TestUnd11aChatYesToACard: a chat-style yes ("ㅇㅋ 보내", "ㄱㄱ") or
// "예약 마무리해 줘" while a card waits for its button is understood as
// that card's action and answered with where the button is.
func TestUnd11aChatYesToACard(t *testing.T) {
	for _, yes := range []string{"ㅇㅋ 보내", "ㄱㄱ", "응 그대로 진행시켜"} {
		w := newWorld(t)
		w.say("i", "assistant", "은지랑 목요일 오후 4시 회의 초대 보내줘")
		if len(w.out.confirms["i"]) == 0 {
			t.Fatalf("no invitation card to confirm")
		}
		r := w.say("i", "assistant", yes)
		if u := w.rec.lastUnderstood("i"); u.Intent != "sched_invite" || !strings.Contains(r, "확인 카드") {
			t.Errorf("%q to an invitation card: understood %s, reply %q", yes, u.Intent, r)
		}
	}
	w := newWorld(t)
	w.say("b", "assistant", "오늘 저녁 6시에 강남에서 4명 이탈리안 예약해줘")
	must(t, w.say("b", "assistant", "1번"), "잡아 두었어요")
	r := w.say("b", "assistant", "이대로 예약 마무리해 줘")
	if u := w.rec.lastUnderstood("b"); u.Intent != "booking_confirm" || !strings.Contains(r, "확인 카드") {
		t.Errorf("understood %s, reply %q, want the hold's card pointed at", u.Intent, r)
	}
}
