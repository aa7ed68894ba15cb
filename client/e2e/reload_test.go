package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/madang-world/madang/client/ui"
)

// TestReloadKeepsIdentity reloads the page in the middle of a
// conversation: the browser kept the credential and resume token, so the
// reloaded page is the same user and the same character at the same tile
// (and the only one: no old body left standing), what the avatar
// remembers and the paid order are still there, and the conversation goes
// on where it was: the log and the product list are back on screen (a
// trial's reload mid-quiz lost both), and the list can still be answered
// with "1번".
func TestReloadKeepsIdentity(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the wasm client and starts Chromium")
	}
	web := buildWeb(t)
	hs, _ := startWorld(t, web)
	b := newBrowser(t, 1280, 720)
	b.enterWorld(hs.URL, "store", "도윤")
	b.talkTo("shopper")
	b.say("참고로 제 예산은 5만원이에요")
	b.wait("the reply", 30*time.Second, func(s ui.State) bool { return strings.Count(strings.Join(s.Lines, "\n"), "speech|") >= 2 })

	// An order, paid.
	b.say("5만원 이하 무선 이어폰 추천해줘")
	st := b.wait("the products card", 30*time.Second, func(s ui.State) bool { c, ok := card(s, "products"); return ok && len(c.Items) > 0 })
	prods, _ := card(st, "products")
	btn, _ := rowButton(st, prods.Items[0])
	b.clickAt(btn)
	b.wait("the cart", 30*time.Second, func(s ui.State) bool { return hasLine(s, "speech|", "장바구니에 담았어요") })
	b.say("결제해줘")
	b.wait("delivery or pickup", 30*time.Second, func(s ui.State) bool { return hasLine(s, "speech|", "픽업하실까요") })
	b.say("강남 매장에서 비자카드로 픽업할게요")
	st = b.wait("the payment confirmation", 30*time.Second, func(s ui.State) bool { return len(s.Confirms) > 0 && s.Confirms[0].State == "pending" })
	b.clickButton(st, "confirm", "")
	st = b.wait("the paid order", 30*time.Second, func(s ui.State) bool { _, ok := card(s, "order"); return ok })
	oc, _ := card(st, "order")
	ordered := prods.Items[0] + " × 1"
	if !strings.HasPrefix(oc.Details[0], ordered+"|") {
		t.Fatalf("order card %+v does not name %q", oc, ordered)
	}

	// Mid-conversation: a new product list is on the table.
	b.say("유선 이어폰 추천해줘")
	st = b.wait("the second products card", 30*time.Second, func(s ui.State) bool {
		c, ok := card(s, "products")
		return ok && !c.Done && hasLine(s, "you|도윤|", "유선 이어폰") && c.Items[0] != prods.Items[0]
	})
	wired, _ := card(st, "products")
	before := b.wait("standing still", 10*time.Second, func(s ui.State) bool {
		time.Sleep(300 * time.Millisecond)
		return s.X == b.state().X && s.Y == b.state().Y
	})

	b.do(chromedp.Reload())
	after := b.wait("the store after the reload", 60*time.Second, func(s ui.State) bool {
		return s.Room == "store" && s.User != "" && len(s.Entities) >= 2 && s.Frames > 0
	})
	// The conversation is back on screen (a recap after joined): the
	// lines said before the reload, and the product list still open.
	after = b.wait("the conversation back after the reload", 30*time.Second, func(s ui.State) bool {
		c, ok := card(s, "products")
		return hasLine(s, "you|도윤|", "유선 이어폰 추천해줘") && ok && !c.Done && len(c.Items) > 0 && c.Items[0] == wired.Items[0]
	})
	b.shot("reload-recap.png")
	if after.Coach != "" {
		t.Errorf("the first-visit guide came back after a reload: %q", after.Coach)
	}
	if after.User != before.User || after.You != before.You {
		t.Fatalf("after the reload: user %s entity %d, before: user %s entity %d", after.User, after.You, before.User, before.You)
	}
	if after.X != before.X || after.Y != before.Y {
		t.Errorf("after the reload at (%.0f,%.0f), before at (%.0f,%.0f)", after.X, after.Y, before.X, before.Y)
	}
	mine := 0
	for _, e := range after.Entities {
		if e.Name == "도윤" {
			mine++
		}
	}
	if mine != 1 {
		t.Errorf("%d characters named 도윤 after the reload: %+v", mine, after.Entities)
	}

	// 내 정보 still holds what the shopper remembered.
	b.clickButton(after, "memory", "")
	b.wait("the memory view with the budget", 15*time.Second, func(s ui.State) bool {
		for _, m := range s.Memories {
			if strings.Contains(m, "/budget=") {
				return true
			}
		}
		return false
	})
	b.clickButton(b.state(), "memory", "") // close it

	// The conversation goes on: "1번" picks from the list shown before the
	// reload, and the order is still there.
	b.talkTo("shopper")
	b.say("1번 담아줘")
	st = b.wait("the wired earphones in the cart", 30*time.Second, func(s ui.State) bool { return hasLine(s, "speech|", "장바구니에 담았어요") })
	b.say("주문 내역 알려줘")
	st = b.wait("the order status", 30*time.Second, func(s ui.State) bool {
		// (with one order, the shopper may read it as the list or as that
		// order; either way the user reads the item and its status)
		return strings.Contains(lastSpeech(s), ordered) && strings.Contains(lastSpeech(s), "결제 완료")
	})
	t.Logf("after the reload: %q (the list offered %q first)", lastSpeech(st), wired.Items[0])
}
