package shopping

import (
	"testing"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
	"github.com/madang-world/madang/skills/store"
)

// TestOrderFsyncsPerf18: the fsyncs a lone caller's checkout costs, with
// the cart it empties. With shopping.db and the host's records in one
// file (the server's layout, server.TurnPackFiles) the nonce marked used
// and the pending order share one fsync (skills.MarksInFile: the mark is
// committed first in the same file, and the pending order is on disk
// before any money moves), and so do the paid order, the emptied cart and
// the call's records: the confirmed checkout pays 4 (those two, the
// provider's authorisation and capture in payments.db) where files apart
// pay 7. Either way the order ends paid, the cart empty, the stock
// taken, and the paid notice goes out once (after the paid order is on
// disk: the host waits before it answers).
func TestOrderFsyncsPerf18(t *testing.T) {
	for _, shared := range []bool{true, false} {
		s := New(Options{PaymentLatency: 1})
		opts := []skilltest.Option{skilltest.Skill(ID, s)}
		if shared {
			opts = append(opts, skilltest.Setup(func(d *store.Dir) error { return d.Share("turns.db", "skills.db", "shopping.db") }))
		}
		h := skilltest.New(t, opts...)
		u := h.As("u1", allScopes...)
		skilltest.OK(t, h.Call(u, "shop_cart_add", `{"product_id":"p002","quantity":3}`))
		before := s.Available("p002")
		args := map[string]any{"items": []map[string]any{{"product_id": "p002", "quantity": 2}}, "payment_method": "pm_card_visa",
			"fulfilment": "pickup", "pickup_store": "gangnam", "expected_total": 2 * 33600}
		p := h.Call(u, "shop_checkout", args)
		if p.Status != skills.StatusPending {
			t.Fatalf("shared=%v: prepare %+v", shared, p)
		}
		f0 := store.Fsyncs()
		o := skilltest.Decode[OrderView](t, h.Confirm(u, p, args))
		want := 7
		if shared {
			want = 4
		}
		if got := int(store.Fsyncs() - f0); got != want {
			t.Errorf("shared=%v: the confirmed checkout paid %d fsyncs, want %d", shared, got, want)
		}
		if o.Status != StPaid || o.PaymentID == "" || s.Available("p002") != before-2 {
			t.Errorf("shared=%v: order %+v, available %d (was %d)", shared, o, s.Available("p002"), before)
		}
		if n, _ := s.CartTotal("u1"); n != 1 {
			t.Errorf("shared=%v: the cart has %d items, want the 1 not bought", shared, n)
		}
		paid := 0
		for _, n := range h.Notifications() {
			if n.Kind == "order" && n.Data["status"] == StPaid && n.Data["order"] == o.ID {
				paid++
			}
		}
		if paid != 1 {
			t.Errorf("shared=%v: %d paid notices, want 1", shared, paid)
		}
		// What the host answered is what is on disk: the order read back
		// after a restart is paid.
		h.Close()
		s2 := New(Options{PaymentLatency: 1})
		opts = []skilltest.Option{skilltest.Skill(ID, s2), skilltest.Dir(h.Dir), skilltest.WithClock(h.Clock)}
		if shared {
			opts = append(opts, skilltest.Setup(func(d *store.Dir) error { return d.Share("turns.db", "skills.db", "shopping.db") }))
		}
		h2 := skilltest.New(t, opts...)
		got := skilltest.Decode[OrderView](t, h2.Call(h2.As("u1", allScopes...), "shop_order", map[string]any{"order_id": o.ID}))
		if got.Status != StPaid {
			t.Errorf("shared=%v: after a restart the order is %s", shared, got.Status)
		}
		h2.Close()
	}
}
