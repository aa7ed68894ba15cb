package shopping

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
)

// asLang is the buyer speaking lang (the conversation's language).
func asLang(lang string) context.Context {
	return skills.WithCaller(context.Background(), skills.Caller{UserID: "u1", Scopes: allScopes, Channel: "avatar", Lang: lang})
}

// TestCancelConfirmNamesTheOrder: the confirmation to cancel an order
// names it by what the user recognises — the goods, the day it was
// ordered, what it cost — and never by its internal id. The harness
// clock starts Monday 7 Dec 2026, 09:00 KST.
func TestCancelConfirmNamesTheOrder(t *testing.T) {
	for _, c := range []struct {
		lang, summary string
		fields        map[string]string
	}{
		{"ko", "12월 7일(월)에 주문한 %s × 1을 취소하고 9,000원을 환불합니다.",
			map[string]string{"상품 Items": "%s × 1", "주문일 Ordered": "12월 7일(월) 오전 9시", "결제 금액 Total": "9,000원", "환불 Refund": "9,000원"}},
		{"en", "Cancel the order of %s × 1 placed on Mon, Dec 7 and refund ₩9,000.",
			map[string]string{"상품 Items": "%s × 1", "주문일 Ordered": "Mon, Dec 7, 9 AM", "결제 금액 Total": "₩9,000", "환불 Refund": "₩9,000"}},
	} {
		h, s := newShop(t, Options{})
		u := asLang(c.lang)
		o := skilltest.Decode[OrderView](t, h.Do(u, "shop_checkout", map[string]any{"items": []map[string]any{{"product_id": "p013", "quantity": 1}},
			"payment_method": "pm_card_visa", "fulfilment": "pickup", "pickup_store": "hongdae", "expected_total": 9000}))
		p, _ := s.cat.Get("p013")
		name := p.NameKo
		if c.lang == "en" {
			name = p.NameEn
		}
		r := h.Call(u, "shop_cancel_order", map[string]any{"order_id": o.ID})
		if r.Confirmation == nil {
			t.Fatalf("%s: no confirmation: %+v", c.lang, r)
		}
		sum := r.Confirmation.Summary
		if want := strings.ReplaceAll(c.summary, "%s", name); sum.Text != want {
			t.Errorf("%s: summary %q, want %q", c.lang, sum.Text, want)
		}
		got := map[string]string{}
		for _, f := range sum.Fields {
			got[f.Label] = f.Value
			if strings.Contains(f.Value, o.ID) {
				t.Errorf("%s: field %s shows the order's internal id: %q", c.lang, f.Label, f.Value)
			}
		}
		for k, v := range c.fields {
			if want := strings.ReplaceAll(v, "%s", name); got[k] != want {
				t.Errorf("%s: field %s = %q, want %q", c.lang, k, got[k], want)
			}
		}
	}
}

// TestOrderStatusReadsInLang: an order's status reads in the
// conversation's language wherever the user sees it — the card's
// status_text, the options' labels — and the delivery notices reach the
// buyer in the language they bought in: "결제 완료", "배송 중"; "Paid",
// "Shipped".
func TestOrderStatusReadsInLang(t *testing.T) {
	for _, c := range []struct{ lang, paid, shipped, notePaid, noteShipped string }{
		{"ko", "결제 완료", "배송 중", "%s × 1 결제 완료 (12,000원)", "%s × 1: 배송 중"},
		{"en", "Paid", "Shipped", "%s × 1 paid (₩12,000)", "%s × 1: Shipped"},
	} {
		h, s := newShop(t, Options{})
		u := asLang(c.lang)
		o := skilltest.Decode[OrderView](t, h.Do(u, "shop_checkout", map[string]any{"items": []map[string]any{{"product_id": "p013", "quantity": 1}},
			"payment_method": "pm_card_visa", "fulfilment": "delivery", "address": "서울 마포구 1", "expected_total": 9000}))
		if o.StatusText != c.paid {
			t.Errorf("%s: paid order reads %q, want %q", c.lang, o.StatusText, c.paid)
		}
		h.Clock.Advance(7 * time.Hour)
		h.Host.Tick(u)
		os := skilltest.Decode[[]OrderView](t, h.Call(u, "shop_orders", `{}`))
		if len(os) != 1 || os[0].StatusText != c.shipped {
			t.Errorf("%s: shipped order reads %+v, want %q", c.lang, os, c.shipped)
		}
		p, _ := s.cat.Get("p013")
		name := p.NameKo
		if c.lang == "en" {
			name = p.NameEn
		}
		var notes []string
		for _, n := range h.Notifications() {
			notes = append(notes, n.Text)
		}
		want := []string{strings.ReplaceAll(c.notePaid, "%s", name), strings.ReplaceAll(c.noteShipped, "%s", name)}
		if len(notes) < 3 || notes[0] != want[0] || notes[2] != want[1] {
			t.Errorf("%s: the buyer was told %q, want %q first and %q after packing", c.lang, notes, want[0], want[1])
		}
	}
}

// TestCannotCancelSaysWhy: an order that has shipped cannot be
// cancelled, and the reason names the goods and the status in the
// caller's language, not the order's id and a Korean status in English.
func TestCannotCancelSaysWhy(t *testing.T) {
	for _, c := range []struct{ lang, want string }{
		{"ko", "the order of %s × 1 is shipped (배송 중) and can no longer be cancelled"},
		{"en", "the order of %s × 1 is shipped (Shipped) and can no longer be cancelled"},
	} {
		h, s := newShop(t, Options{})
		u := asLang(c.lang)
		o := skilltest.Decode[OrderView](t, h.Do(u, "shop_checkout", map[string]any{"items": []map[string]any{{"product_id": "p013", "quantity": 1}},
			"payment_method": "pm_card_visa", "fulfilment": "delivery", "address": "서울 마포구 1", "expected_total": 9000}))
		h.Clock.Advance(7 * time.Hour)
		h.Host.Tick(u)
		p, _ := s.cat.Get("p013")
		name := p.NameKo
		if c.lang == "en" {
			name = p.NameEn
		}
		r := h.Call(u, "shop_cancel_order", map[string]any{"order_id": o.ID})
		if want := strings.ReplaceAll(c.want, "%s", name); r.Error == nil || r.Error.Code != skills.CodeConflict || r.Error.Message != want {
			t.Errorf("%s: %+v, want %q", c.lang, r.Error, want)
		}
	}
}
