package ui

import (
	"strings"
	"testing"

	"github.com/madang-world/madang/protocol"
)

// findButton is the button of a frame whose action is kind and whose
// label (or, for a form field, whose row) reads label.
func findButton(a *App, kind, label string) (Button, bool) {
	for _, b := range a.Boxes {
		for _, btn := range b.Buttons {
			if btn.Action.Kind == kind && (label == "" || btn.Label == label || btn.Action.Text == label) {
				return btn, true
			}
		}
	}
	return Button{}, false
}

// TestCheckoutByPressing walks the shopper's checkout as a person does it,
// at a desktop and a phone size: 배송/픽업 as buttons, the address typed
// into a form that started from the saved address, the card pressed, and
// a pay button that names the amount. Every press says to the avatar what
// a user could have typed; nothing is paid without the confirm press.
func TestCheckoutByPressing(t *testing.T) {
	for _, size := range [][2]int{{1280, 720}, {390, 844}} {
		a, m, mir, now := talkApp(t, []protocol.Entity{{ID: 2, Kind: "player", Name: "하은", X: 4, Y: 6},
			{ID: 1, Kind: "avatar", Name: "쇼핑 도우미 다온", Role: "shopper", X: 6, Y: 6}})
		f := a.S.(*fakeSender)
		frame := func() { a.Frame(size[0], size[1], mir, now) }
		press := func(kind, label string) {
			t.Helper()
			frame()
			btn, ok := findButton(a, kind, label)
			if !ok {
				t.Fatalf("%v: no %s button %q", size, kind, label)
			}
			if a.Screen.Phone && (btn.H < TapSize || btn.W < TapSize) {
				t.Errorf("%v: the %q button is %dx%d, under a finger's %d px", size, label, btn.W, btn.H, TapSize)
			}
			if !a.Click(btn.X+btn.W/2, btn.Y+btn.H/2, now) {
				t.Fatalf("%v: pressing %q did nothing", size, label)
			}
		}
		lastTalk := func() string { return f.calls[len(f.calls)-1] }

		m.Apply(ev(&protocol.Card{Avatar: 1, Kind: protocol.CardReplies, Title: "배송으로 받으실까요, 매장에서 픽업하실까요?",
			Items: []protocol.CardItem{{ID: "배송", Title: "배송"}, {ID: "매장 픽업", Title: "매장 픽업"}}}), now)
		press("talk", "배송")
		if lastTalk() != "talk 1 배송" {
			t.Fatalf("%v: pressing 배송 sent %q", size, lastTalk())
		}
		frame()
		if _, open := findButton(a, "talk", "매장 픽업"); open {
			t.Errorf("%v: the answered question still offers 매장 픽업", size)
		}

		m.Apply(ev(&protocol.Card{Avatar: 1, Kind: protocol.CardForm, Title: "배송받으실 주소를 알려 주세요.", Items: []protocol.CardItem{
			{ID: "address", Title: "주소", Subtitle: "예: 서울시 마포구 와우산로 94", Reason: "서울 강남구 테헤란로 1"},
			{ID: "detail", Title: "상세 주소", Subtitle: "예: 101동 202호"}}}), now)
		frame()
		if _, ok := findButton(a, "form_send", ""); !ok {
			t.Fatalf("%v: a form that starts from the saved address can be sent at once", size)
		}
		// Change the address: press the field, type, Enter; then the
		// detail, Enter; then send.
		press("form_field", "")
		if text, ok := a.TakeFocus(); !ok || text != "서울 강남구 테헤란로 1" {
			t.Fatalf("%v: pressing the address field gives the keyboard %q, %v", size, text, ok)
		}
		if !strings.HasPrefix(a.Prompt(true), "주소 입력") {
			t.Errorf("%v: while filling in the form the field says %q", size, a.Prompt(true))
		}
		a.Submit("서울시 마포구 와우산로 94", now)
		if text, ok := a.TakeFocus(); !ok || text != "" {
			t.Fatalf("%v: Enter did not move to the detail field (%q, %v)", size, text, ok)
		}
		a.Submit("101동 202호", now)
		if strings.HasPrefix(lastTalk(), "talk 1 서울") {
			t.Fatalf("%v: Enter in a form field talked to the avatar: %q", size, lastTalk())
		}
		press("form_send", "")
		if lastTalk() != "talk 1 서울시 마포구 와우산로 94 101동 202호" {
			t.Fatalf("%v: sending the form said %q", size, lastTalk())
		}
		if !containsLine(m, LineYou, "서울시 마포구 와우산로 94 101동 202호") {
			t.Errorf("%v: the chat does not show the address sent", size)
		}

		m.Apply(ev(&protocol.Card{Avatar: 1, Kind: protocol.CardReplies, Title: "어느 카드로 결제할까요?",
			Items: []protocol.CardItem{{ID: "비자카드 •••• 4242", Title: "비자카드 •••• 4242"}, {ID: "마스터카드 •••• 4444", Title: "마스터카드 •••• 4444"}}}), now)
		press("talk", "마스터카드 •••• 4444")

		m.Apply(ev(&protocol.ConfirmRequest{Avatar: 1, Nonce: "pay1", Action: "shop_checkout", Button: "25,400원 결제",
			Summary: "마스터카드 •••• 4444로 25,400원을 결제하고 배송으로 주문합니다.", Expires: now.UnixMilli() + 60_000,
			Fields: []protocol.FieldValue{{Label: "상품 Items", Value: "무선 이어폰 × 1"}, {Label: "상품 금액 Subtotal", Value: "22,400원"},
				{Label: "배송비 Shipping", Value: "3,000원"}, {Label: "결제 금액 Total", Value: "25,400원"}, {Label: "결제 수단 Payment", Value: "마스터카드 •••• 4444"}}}), now)
		n := len(f.calls)
		frame()
		if len(f.calls) != n {
			t.Fatalf("%v: something was sent before the pay press: %v", size, f.calls[n:])
		}
		for _, want := range []string{"무선 이어폰 × 1", "3,000원", "25,400원", "마스터카드 •••• 4444"} {
			found := false
			for _, b := range a.Boxes {
				found = found || hasRow(b, want)
			}
			if !found {
				t.Errorf("%v: the confirmation does not show %q", size, want)
			}
		}
		press("confirm", "25,400원 결제")
		if lastTalk() != "confirm pay1" {
			t.Fatalf("%v: the pay button sent %q", size, lastTalk())
		}
	}
}
