package shopping

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
)

var allScopes = []string{ScopeRead, ScopeCart, ScopeCharge, ScopeOrders, ScopeHistory}

func newShop(t testing.TB, o Options) (*skilltest.Harness, *Shop) {
	if o.PaymentLatency == 0 {
		o.PaymentLatency = time.Millisecond
	}
	s := New(o)
	return skilltest.New(t, skilltest.Skill(ID, s)), s
}

func TestCatalog(t *testing.T) {
	c, err := LoadCatalog()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Products) < 200 {
		t.Fatalf("catalog has %d products, want ≥ 200", len(c.Products))
	}
	cats := map[string]bool{}
	for _, p := range c.Products {
		cats[p.Category] = true
		if p.NameKo == "" || p.NameEn == "" || p.DescKo == "" || p.DescEn == "" || p.Brand == "" {
			t.Fatalf("incomplete product %+v", p)
		}
	}
	if len(cats) < 8 {
		t.Fatalf("%d categories", len(cats))
	}
}

func TestParsePrice(t *testing.T) {
	for i, tc := range []struct {
		q        string
		min, max int64
		rest     string
	}{
		{"무선 이어폰 5만원 이하", 0, 50000, "무선 이어폰"},
		{"5만 원 이하 무선 이어폰", 0, 50000, "무선 이어폰"},
		{"이어폰 50,000원 미만", 0, 49999, "이어폰"},
		{"운동화 10만원대", 100000, 199999, "운동화"},
		{"3만원 이상 텀블러", 30000, 0, "텀블러"},
		{"립밤 5천원 이하", 0, 5000, "립밤"},
		{"wireless earbuds under 50,000 won", 0, 50000, "wireless earbuds"},
		{"headphones over 100000 KRW", 100001, 0, "headphones"},
		{"speaker under ₩30,000", 0, 30000, "speaker"},
		{"mouse under 20k", 0, 20000, "mouse"},
		{"그냥 이어폰", 0, 0, "그냥 이어폰"},
	} {
		f, rest := ParsePrice(tc.q)
		if f.Min != tc.min || f.Max != tc.max || strings.Join(strings.Fields(rest), " ") != tc.rest {
			t.Errorf("test %d %q: %+v %q", i, tc.q, f, rest)
		}
	}
}

// TestSearchQuality: the first results answer the question, in Korean and English.
func TestSearchQuality(t *testing.T) {
	h, s := newShop(t, Options{})
	u := h.As("u1", allScopes...)
	for i, tc := range []struct {
		query string
		lang  string
		top   int
		check func(Product) error
	}{
		{"무선 이어폰 5만원 이하", "ko", 3, func(p Product) error {
			if p.KindKo != "무선 이어폰" || p.Price > 50000 {
				return fmt.Errorf("%s %d원", p.NameKo, p.Price)
			}
			return nil
		}},
		{"wireless earbuds under 50,000 won", "en", 3, kind("Wireless Earbuds", 50000)},
		{"무선이어폰", "ko", 5, kind("Wireless Earbuds", 0)},
		{"블루투스 이어폰 추천해줘", "ko", 3, kind("Wireless Earbuds", 0)},
		{"노이즈 캔슬링 헤드폰", "ko", 3, func(p Product) error {
			if p.KindEn != "Headphones" || p.Attrs["noise_cancelling"] != "yes" {
				return fmt.Errorf("%s nc=%s", p.NameKo, p.Attrs["noise_cancelling"])
			}
			return nil
		}},
		{"비건 김치", "ko", 3, kind("Vegan Kimchi", 0)},
		{"vegan kimchi", "en", 3, kind("Vegan Kimchi", 0)},
		{"headphnoes", "en", 3, kind("Headphones", 0)}, // typo
		{"보조배터리를", "ko", 3, kind("Power Bank", 0)},     // particle
		{"한국어 교재", "ko", 3, kind("Korean Textbook", 0)},
		{"겨울 롱패딩 20만원 이하", "ko", 2, kind("Long Padded Coat", 200000)},
	} {
		r := h.Call(u, "shop_search", map[string]any{"query": tc.query, "lang": tc.lang, "limit": 10})
		res := skilltest.Decode[SearchResult](t, r)
		if len(res.Results) < tc.top {
			t.Errorf("test %d %q: only %d results", i, tc.query, len(res.Results))
			continue
		}
		for k := 0; k < tc.top; k++ {
			p, _ := s.cat.Get(res.Results[k].ID)
			if err := tc.check(p); err != nil {
				t.Errorf("test %d %q: result %d is %v", i, tc.query, k+1, err)
			}
			if res.Results[k].Reason == "" {
				t.Errorf("test %d: no reason", i)
			}
		}
	}
	// A query about nothing we sell returns nothing rather than noise.
	r := skilltest.Decode[SearchResult](t, h.Call(u, "shop_search", map[string]any{"query": "잠수함"}))
	if len(r.Results) != 0 {
		t.Fatalf("submarine query returned %v", r.Results[0].Name)
	}
}

func kind(k string, maxPrice int64) func(Product) error {
	return func(p Product) error {
		if p.KindEn != k || maxPrice > 0 && p.Price > maxPrice {
			return fmt.Errorf("%s (%s, %d원)", p.NameEn, p.KindEn, p.Price)
		}
		return nil
	}
}

func TestToolErrors(t *testing.T) {
	h, _ := newShop(t, Options{})
	u := h.As("u1", allScopes...)
	for i, tc := range []struct {
		ctx  context.Context
		tool string
		args string
		code string
	}{
		{u, "shop_search", `{"query":"x","limit":0}`, skills.CodeInvalidArguments},
		{u, "shop_search", `{"query":"x","max_price":-5}`, skills.CodeInvalidArguments},
		{u, "shop_search", `{"query":"x","category":"weapons"}`, skills.CodeInvalidArguments},
		{u, "shop_product", `{"product_id":"p999"}`, skills.CodeNotFound},
		{u, "shop_product", `{"product_id":"../etc"}`, skills.CodeInvalidArguments},
		{u, "shop_cart_add", `{"product_id":"p001","quantity":11}`, skills.CodeInvalidArguments},
		{u, "shop_cart_add", `{"product_id":"p001","user":"u2"}`, skills.CodeInvalidArguments},
		{u, "shop_cart_remove", `{"product_id":"p002"}`, skills.CodeNotFound},
		{h.As("u1", ScopeRead), "shop_cart_add", `{"product_id":"p001"}`, skills.CodeForbidden},
		{h.As("u1", ScopeRead, ScopeCart), "shop_checkout", `{"items":[{"product_id":"p001","quantity":1}],"payment_method":"pm_card_visa","fulfilment":"pickup","pickup_store":"gangnam","expected_total":19000}`, skills.CodeForbidden},
		{u, "shop_checkout", `{"items":[],"payment_method":"pm_card_visa","fulfilment":"pickup","pickup_store":"gangnam","expected_total":1}`, skills.CodeInvalidArguments},
		{u, "shop_checkout", `{"items":[{"product_id":"p001","quantity":1}],"payment_method":"4242424242424242","fulfilment":"pickup","pickup_store":"gangnam","expected_total":19000}`, skills.CodeInvalidArguments},
		{u, "shop_checkout", `{"items":[{"product_id":"p001","quantity":1}],"payment_method":"pm_card_visa","fulfilment":"delivery","expected_total":19000}`, skills.CodeInvalidArguments},
		{u, "shop_checkout", `{"items":[{"product_id":"p001","quantity":1}],"payment_method":"pm_card_visa","fulfilment":"pickup","pickup_store":"gangnam","expected_total":1000}`, skills.CodeConflict},
		{u, "shop_order", `{"order_id":"o0123456789abcdef0123"}`, skills.CodeNotFound},
	} {
		r := h.Call(tc.ctx, tc.tool, tc.args)
		if skilltest.ErrCode(r) != tc.code {
			t.Errorf("test %d %s %s: %s %+v, want %s", i, tc.tool, tc.args, r.Status, r.Error, tc.code)
		}
	}
}

// TestCheckoutDelivery: cart → checkout (confirmed) → paid → the clock
// moves the order through delivery, with a notification at each step.
func TestCheckoutDelivery(t *testing.T) {
	h, s := newShop(t, Options{})
	u := h.As("u1", allScopes...)
	skilltest.OK(t, h.Call(u, "shop_cart_add", `{"product_id":"p002","quantity":2}`))
	cart := skilltest.Decode[CartView](t, h.Call(u, "shop_cart", `{}`))
	if cart.Total != 2*33600 || len(cart.Lines) != 1 {
		t.Fatalf("cart %+v", cart)
	}
	before := s.Available("p002")
	args := map[string]any{"items": []map[string]any{{"product_id": "p002", "quantity": 2}}, "payment_method": "pm_card_visa",
		"fulfilment": "delivery", "address": "서울 강남구 테헤란로 1", "expected_total": cart.Total}
	p := h.Call(u, "shop_checkout", args)
	if p.Status != skills.StatusPending || !strings.Contains(p.Confirmation.Summary.Text, "67,200원") {
		t.Fatalf("prepare: %+v", p)
	}
	if s.Available("p002") != before {
		t.Fatal("stock moved before confirmation")
	}
	o := skilltest.Decode[OrderView](t, h.Confirm(u, p, args))
	if o.Status != StPaid || o.PaymentID == "" || s.Available("p002") != before-2 {
		t.Fatalf("order %+v, available %d", o, s.Available("p002"))
	}
	if n, _ := s.CartTotal("u1"); n != 0 {
		t.Fatalf("cart still has %d items", n)
	}
	for _, want := range []string{StPacked, StShipped, StOutForDelivery, StDelivered} {
		h.Clock.Advance(7 * time.Hour)
		h.Host.Tick(u)
		_ = want
	}
	got := skilltest.Decode[OrderView](t, h.Call(u, "shop_order", map[string]any{"order_id": o.ID}))
	var steps []string
	for _, st := range got.History {
		steps = append(steps, st.Status)
	}
	if strings.Join(steps, ",") != "pending_payment,paid,packed,shipped,out_for_delivery,delivered" {
		t.Fatalf("history %v", steps)
	}
	// 67,200원 of goods ship free; the card shows every step done.
	if got.Shipping != 0 || got.Total != cart.Total || got.ShippingText != "무료 (3만원 이상 구매)" ||
		got.Progress != "✓결제 완료 › ✓상품 준비 › ✓배송 중 › ✓배송 완료" || got.ItemsText != o.Lines[0].Name+" × 2" {
		t.Errorf("delivered order %+v", got)
	}
	var notes []string
	for _, n := range h.Notifications() {
		if n.Kind == "delivery" && n.UserID == "u1" {
			notes = append(notes, n.Data["status"].(string))
		}
	}
	if strings.Join(notes, ",") != "packed,shipped,out_for_delivery,delivered" {
		t.Fatalf("notifications %v", notes)
	}
	// Delivered orders cannot be cancelled; another user cannot see it.
	if r := h.Call(u, "shop_cancel_order", map[string]any{"order_id": o.ID}); skilltest.ErrCode(r) != skills.CodeConflict {
		t.Fatalf("cancel delivered: %+v", r)
	}
	if r := h.Call(h.As("u2", allScopes...), "shop_order", map[string]any{"order_id": o.ID}); skilltest.ErrCode(r) != skills.CodeNotFound {
		t.Fatalf("other user's order: %+v", r)
	}
}

func TestPickupDeclineCancel(t *testing.T) {
	h, s := newShop(t, Options{})
	u := h.As("u1", allScopes...)
	args := func(method string) map[string]any {
		return map[string]any{"items": []map[string]any{{"product_id": "p013", "quantity": 1}}, "payment_method": method,
			"fulfilment": "pickup", "pickup_store": "hongdae", "expected_total": 9000}
	}
	before := s.Available("p013")
	r := h.Do(u, "shop_checkout", args("pm_card_declined"))
	if skilltest.ErrCode(r) != skills.CodeDeclined || s.Available("p013") != before {
		t.Fatalf("declined: %+v, available %d", r, s.Available("p013"))
	}
	o := skilltest.Decode[OrderView](t, h.Do(u, "shop_checkout", args("pm_card_mastercard")))
	if r := h.Call(u, "shop_pickup", map[string]any{"order_id": o.ID}); skilltest.ErrCode(r) != skills.CodeConflict {
		t.Fatalf("pickup before ready: %+v", r)
	}
	h.Clock.Advance(time.Hour)
	h.Host.Tick(u)
	o = skilltest.Decode[OrderView](t, h.Do(u, "shop_pickup", map[string]any{"order_id": o.ID}))
	if o.Status != StPickedUp {
		t.Fatalf("status %s", o.Status)
	}
	// Cancel a paid order: refunded, stock back.
	o2 := skilltest.Decode[OrderView](t, h.Do(u, "shop_checkout", args("pm_card_visa")))
	mid := s.Available("p013")
	// The card names the order by its goods (not its 21-character id),
	// and speaks English when the user does.
	items := o2.Lines[0].Name + " × 1"
	p := h.Call(u, "shop_cancel_order", map[string]any{"order_id": o2.ID})
	if want := "12월 7일(월)에 주문한 " + items + "을 취소하고 9,000원을 환불합니다."; p.Confirmation == nil || p.Confirmation.Summary.Text != want {
		t.Errorf("cancel summary %+v, want %q", p.Confirmation, want)
	}
	// Its button says what pressing it does, for how much (a new user's
	// trial found the generic 확인 beside the card's 취소).
	if p.Confirmation == nil || p.Confirmation.Summary.Button != "9,000원 환불" {
		t.Errorf("cancel button %+v, want %q", p.Confirmation, "9,000원 환불")
	}
	en := skills.WithCaller(u, skills.Caller{UserID: "u1", Scopes: []string{ScopeOrders, ScopeCharge}, Lang: "en"})
	pe, _ := s.cat.Get(o2.Lines[0].ProductID)
	enName := pe.NameEn // in English the product's English name
	if p := h.Call(en, "shop_cancel_order", map[string]any{"order_id": o2.ID}); p.Confirmation == nil || p.Confirmation.Summary.Text != "Cancel the order of "+enName+" × 1 placed on Mon, Dec 7 and refund ₩9,000." {
		t.Errorf("English cancel summary %+v", p.Confirmation)
	} else if p.Confirmation.Summary.Button != "Refund ₩9,000" {
		t.Errorf("English cancel button %q, want %q", p.Confirmation.Summary.Button, "Refund ₩9,000")
	}
	c := skilltest.Decode[OrderView](t, h.Do(u, "shop_cancel_order", map[string]any{"order_id": o2.ID}))
	if c.Status != StCancelled || c.Refunded != 9000 || s.Available("p013") != mid+1 {
		t.Fatalf("cancel: %+v available %d", c, s.Available("p013"))
	}
}

// TestNoOverselling: 200 shoppers race for the last 10 units.
func TestNoOverselling(t *testing.T) {
	cat, _ := NewCatalog([]Product{{ID: "p900", NameKo: "한정판 이어폰", NameEn: "Limited Earbuds", KindKo: "무선 이어폰", KindEn: "Wireless Earbuds", Category: "audio", Brand: "Maru", Price: 10000, Stock: 10}})
	h, s := newShop(t, Options{Catalog: cat})
	args := map[string]any{"items": []map[string]any{{"product_id": "p900", "quantity": 1}}, "payment_method": "pm_card_visa",
		"fulfilment": "pickup", "pickup_store": "gangnam", "expected_total": 10000}
	var ok, soldOut atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			u := h.As(fmt.Sprintf("buyer%d", i), allScopes...)
			p := h.Call(u, "shop_checkout", args)
			if p.Status != skills.StatusPending {
				soldOut.Add(1) // prepare already saw it gone
				return
			}
			switch r := h.Confirm(u, p, args); {
			case r.Status == skills.StatusOK:
				ok.Add(1)
			case skilltest.ErrCode(r) == skills.CodeConflict:
				soldOut.Add(1)
			default:
				t.Errorf("unexpected %+v", r.Error)
			}
		}()
	}
	wg.Wait()
	if ok.Load() != 10 || soldOut.Load() != 190 || s.Available("p900") != 0 {
		t.Fatalf("%d orders, %d sold out, %d available; want 10, 190, 0", ok.Load(), soldOut.Load(), s.Available("p900"))
	}
	paid := 0
	for _, o := range s.orders {
		if o.Status == StPaid {
			paid++
		}
	}
	if paid != 10 {
		t.Fatalf("%d paid orders", paid)
	}
}

// TestCheckoutIdempotent: a retried confirmed checkout (same key) makes one order.
func TestCheckoutIdempotent(t *testing.T) {
	h, s := newShop(t, Options{})
	u := h.As("u1", allScopes...)
	args := map[string]any{"items": []map[string]any{{"product_id": "p001", "quantity": 1}}, "payment_method": "pm_card_visa",
		"fulfilment": "pickup", "pickup_store": "gangnam", "expected_total": 19000}
	p := h.Call(u, "shop_checkout", args)
	r1 := h.Host.Call(u, "shop_checkout", mustJSON(args), skills.CallOptions{IdempotencyKey: "once", Confirmation: p.Confirmation.Nonce})
	r2 := h.Host.Call(u, "shop_checkout", mustJSON(args), skills.CallOptions{IdempotencyKey: "once", Confirmation: p.Confirmation.Nonce})
	if r1.Status != skills.StatusOK || r2.Status != skills.StatusOK || string(r1.Data) != string(r2.Data) || !r2.Replayed {
		t.Fatalf("r1 %+v r2 %+v", r1.Error, r2.Error)
	}
	if n := len(s.orders); n != 1 {
		t.Fatalf("%d orders", n)
	}
}

func TestRecommendations(t *testing.T) {
	h, s := newShop(t, Options{})
	u := h.As("u1", allScopes...)
	sim := skilltest.Decode[[]Item](t, h.Call(u, "shop_similar", `{"product_id":"p001","limit":5}`))
	if len(sim) != 5 {
		t.Fatalf("%d similar", len(sim))
	}
	for _, it := range sim[:3] {
		p, _ := s.cat.Get(it.ID)
		if p.KindEn != "Wireless Earbuds" || !strings.Contains(it.Reason, "같은 종류") {
			t.Fatalf("similar to earbuds: %s (%s)", it.Name, it.Reason)
		}
	}
	// Cold start: popular items with a reason.
	cold := skilltest.Decode[[]Item](t, h.Call(u, "shop_for_you", `{}`))
	if len(cold) == 0 || !strings.Contains(cold[0].Reason, "인기") {
		t.Fatalf("cold start %+v", cold)
	}
	// After looking at headphones, headphones-like things come first.
	h.Call(u, "shop_product", `{"product_id":"p030"}`)
	h.Call(u, "shop_product", `{"product_id":"p030"}`)
	hp, _ := s.cat.Get("p030")
	recs := skilltest.Decode[[]Item](t, h.Call(u, "shop_for_you", `{"lang":"en"}`))
	first, _ := s.cat.Get(recs[0].ID)
	if first.Category != hp.Category || !strings.Contains(recs[0].Reason, "looked at") {
		t.Fatalf("after viewing %s: %s (%s)", hp.NameEn, first.NameEn, recs[0].Reason)
	}
	// Co-purchase: others bought p013 with a food item; u2 buys p013 → the
	// food item is suggested as bought together.
	var food string
	for _, p := range s.cat.Products {
		if p.Category == "food" && p.Stock >= 40 {
			food = p.ID
			break
		}
	}
	for i := 0; i < 3; i++ {
		o := h.As(fmt.Sprintf("other%d", i), allScopes...)
		skilltest.OK(t, h.Do(o, "shop_checkout", map[string]any{"items": []map[string]any{{"product_id": "p013", "quantity": 1}, {"product_id": food, "quantity": 1}},
			"payment_method": "pm_card_visa", "fulfilment": "pickup", "pickup_store": "gangnam", "expected_total": 9000 + mustPrice(s, food)}))
	}
	u2 := h.As("u2", allScopes...)
	skilltest.OK(t, h.Do(u2, "shop_checkout", map[string]any{"items": []map[string]any{{"product_id": "p013", "quantity": 1}},
		"payment_method": "pm_card_visa", "fulfilment": "pickup", "pickup_store": "gangnam", "expected_total": 9000}))
	recs = skilltest.Decode[[]Item](t, h.Call(u2, "shop_for_you", `{}`))
	found := false
	for _, r := range recs {
		// The particle fits the name as it is read ("Air" ends in a vowel sound).
		if r.ID == food && r.Reason == "‘한빛 유선 이어폰 Air’를 산 분들이 함께 샀어요" {
			found = true
		}
	}
	if !found {
		t.Fatalf("co-purchase not recommended: %+v", recs)
	}
}

func mustPrice(s *Shop, id string) int64 { p, _ := s.cat.Get(id); return p.Price }

func mustJSON(v any) json.RawMessage { b, _ := json.Marshal(v); return b }

// TestShippingFee: delivery under 30,000원 of goods adds 3,000원 to what
// is charged, shown on the confirmation with the total and on a pay
// button that names it; pickup is free; the next checkout's form starts
// from the address used.
func TestShippingFee(t *testing.T) {
	h, s := newShop(t, Options{})
	u := h.As("u1", allScopes...)
	var cheap Product
	for _, p := range s.cat.Products {
		if p.Price < FreeShippingFrom-ShippingFee && p.Stock > 2 {
			cheap = p
			break
		}
	}
	args := map[string]any{"items": []map[string]any{{"product_id": cheap.ID, "quantity": 1}}, "payment_method": "pm_card_mastercard",
		"fulfilment": "delivery", "address": "부산 해운대구 해운대로 1", "expected_total": cheap.Price}
	p := h.Call(u, "shop_checkout", args)
	total := won(cheap.Price+ShippingFee, "ko")
	fields := map[string]string{}
	for _, f := range p.Confirmation.Summary.Fields {
		fields[f.Label] = f.Value
	}
	if fields["배송비 Shipping"] != "3,000원" || fields["결제 금액 Total"] != total || fields["상품 금액 Subtotal"] != won(cheap.Price, "ko") ||
		fields["결제 수단 Payment"] != "마스터카드 •••• 4444" || p.Confirmation.Summary.Button != total+" 결제" {
		t.Fatalf("confirmation %+v", p.Confirmation.Summary)
	}
	o := skilltest.Decode[OrderView](t, h.Confirm(u, p, args))
	if o.Total != cheap.Price+ShippingFee || o.Subtotal != cheap.Price || o.Shipping != ShippingFee || o.WhereText != "배송 · 부산 해운대구 해운대로 1" ||
		o.Progress != "✓결제 완료 › 상품 준비 › 배송 중 › 배송 완료" {
		t.Fatalf("order %+v", o)
	}
	if cart := skilltest.Decode[CartView](t, h.Call(u, "shop_cart", `{}`)); cart.SavedAddress != "부산 해운대구 해운대로 1" {
		t.Errorf("saved address %q", cart.SavedAddress)
	}
	if cart := skilltest.Decode[CartView](t, h.Call(h.As("u2", allScopes...), "shop_cart", `{}`)); cart.SavedAddress != "" {
		t.Errorf("another user sees the address %q", cart.SavedAddress)
	}
	args["fulfilment"], args["pickup_store"] = "pickup", "hongdae"
	delete(args, "address")
	p = h.Call(u, "shop_checkout", args)
	for _, f := range p.Confirmation.Summary.Fields {
		if f.Label == "배송비 Shipping" && f.Value != "무료 (매장 픽업)" || f.Label == "결제 금액 Total" && f.Value != won(cheap.Price, "ko") {
			t.Errorf("pickup: %s = %q", f.Label, f.Value)
		}
	}
	o = skilltest.Decode[OrderView](t, h.Confirm(u, p, args))
	if o.Total != cheap.Price || o.Progress != "✓결제 완료 › 픽업 준비 완료 › 픽업 완료" {
		t.Errorf("pickup order %+v", o)
	}
}
