package embedded_test

import (
	"strings"
	"testing"
)

// An option named from the list shown is picked: by the words of its name
// that set it apart ("dam sushi bar" — "sushi" is every option's), by
// pointing at it when the list has one ("거기로 해주세요"), in a cart add
// ("add the hanbit earbuds to cart"); a place past the list's end says how
// many there are (it found "no such person" before).
func TestPickByName(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("u", "assistant", "book a sushi place tomorrow 7pm for 2"), "1) Dam Sushi Bar, 2) Gyeol Sushi Bar, 3) Dal Sushi Bar")
	must(t, w.say("u", "assistant", "dam sushi bar"), "I'm holding it for 10 minutes")
	if c := w.out.lastConfirm("u"); c.Action != "booking_confirm" || !strings.Contains(c.Summary, "Dam Sushi Bar") {
		t.Fatalf("confirm %+v", c)
	}
	must(t, w.confirm("u", "assistant", false), "won't go ahead")

	must(t, w.say("u", "assistant", "내일 저녁 7시 강남 프렌치 8명 예약"), "1) 바다 비스트로. 어디로 할까요?")
	r := w.say("u", "assistant", "3번")
	must(t, r, "3번은 없어요. 목록에는 1개만 있어요.")
	if strings.Contains(r, "찾지 못했어요") {
		t.Fatalf("a place past the list went elsewhere: %q", r)
	}
	must(t, w.say("u", "assistant", "거기로 해주세요"), "자리를 10분 동안 잡아 두었어요")
	if c := w.out.lastConfirm("u"); !strings.Contains(c.Summary, "바다 비스트로") {
		t.Fatalf("confirm %+v", c)
	}

	v := newWorld(t)
	must(t, v.say("v", "assistant", "french place in gangnam tomorrow 7pm for 8"), "1) Bada Bistro. Which one?")
	must(t, v.say("v", "assistant", "ok that one"), "I'm holding it for 10 minutes")

	x := newWorld(t)
	must(t, x.say("x", "shopper", "wireless earbuds"), "2) Hanbit Wireless Earbuds Plus ₩58,800")
	must(t, x.say("x", "shopper", "add the hanbit earbuds to cart"), "Your cart has 1 item, ₩58,800 in total.")
}
