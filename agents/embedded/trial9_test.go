package embedded_test

import (
	"strings"
	"testing"

	// The shopping pack's own dialogue (comparing, the cart), as a server
	// has it (skills/standard).
	_ "github.com/madang-world/madang/skills/shopping/counter"
)

// TestNoThanksDeclines: "no thanks" to a list of restaurants read
// "You're welcome!": a decline is no thanks — it is acknowledged, and
// the offer ends; Korean too.
func TestNoThanksDeclines(t *testing.T) {
	for _, c := range []struct{ user, ask, no, bad string }{
		{"e", "dinner for 2 tomorrow 7pm in gangnam", "no thanks", "welcome"},
		{"k", "내일 저녁 7시 강남 2명 식당 예약해줘", "아니 괜찮아요", "천만에요"},
		{"e2", "hi", "no thanks", "welcome"},
		// trial 7b: "no thanks, that's all" read "You're welcome! Anything else?"
		{"e3", "hi", "no thanks, that's all", "welcome"},
		{"k3", "안녕", "아니 괜찮아요, 그게 다예요", "천만에요"},
	} {
		w := newWorld(t)
		w.say(c.user, "assistant", c.ask)
		r := w.say(c.user, "assistant", c.no)
		if strings.Contains(r, c.bad) || r == "" || !strings.Contains(r, map[bool]string{true: "말씀해 주세요", false: "Let me know if you need anything else"}[c.user[0] == 'k']) {
			t.Errorf("%s after %q: %q", c.no, c.ask, r)
		}
	}
	w := newWorld(t)
	if r := w.say("t", "assistant", "thanks!"); !strings.Contains(r, "welcome") {
		t.Errorf("thanks: %q", r)
	}
}

// TestLaptopsAreNotSold: "노트북 100만원 이하 추천해줘" listed five
// backpacks as "‘노트북’ 검색 결과". The store sells no laptops: it says
// so, and offers laptop backpacks as related items; the reasons quote the
// product words, never the request around them.
func TestLaptopsAreNotSold(t *testing.T) {
	w := newWorld(t)
	r := w.say("k", "shopper", "노트북 100만원 이하 추천해줘")
	must(t, r, "노트북은 팔지 않아요.", "관련 상품", "백팩")
	if strings.Contains(r, "‘노트북’ 검색 결과") {
		t.Errorf("backpacks as laptop results: %q", r)
	}
	r = w.say("e", "shopper", "any laptops under 1,000,000 won?")
	must(t, r, "We don't sell laptops here.", "Backpack")
	must(t, w.say("k2", "shopper", "자전거 있어?"), "자전거는 팔지 않아요. 이 상점에서는 음향, 전자기기")
	r = w.say("e2", "shopper", "hi, I need wireless earbuds under 100k won for running")
	must(t, r, "matches “wireless earbuds")
	if strings.Contains(r, "“hi") || strings.Contains(r, "for running”") {
		t.Errorf("the reason quotes the request: %q", r)
	}
}
