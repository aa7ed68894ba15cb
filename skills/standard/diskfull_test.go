package standard_test

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/booking"
	"github.com/madang-world/madang/skills/shopping"
	"github.com/madang-world/madang/skills/skilltest"
	"github.com/madang-world/madang/skills/store"
)

// whileDiskFull runs call(0) on a disk with space (it must succeed), calls
// 1..n with the disk at data full (each must succeed or fail with an
// error, and at least one must fail), then call(n+1) once space is back
// (it must succeed). It returns how many calls the full disk refused.
func whileDiskFull(t *testing.T, data string, n int, call func(i int) skills.Result) (refused int) {
	t.Helper()
	if r := call(0); r.Status != skills.StatusOK {
		t.Fatalf("first call: %+v", r)
	}
	free := skilltest.FillDisk(t, data)
	for i := 1; i <= n; i++ {
		r := call(i)
		if r.Status != skills.StatusOK {
			if r.Error == nil {
				t.Fatalf("call %d: neither ok nor an error: %+v", i, r)
			}
			refused++
		}
	}
	if refused == 0 {
		t.Fatal("nothing was refused on a full disk")
	}
	free()
	if r := call(n + 1); r.Status != skills.StatusOK {
		t.Fatalf("after space returned: %+v", r)
	}
	return refused
}

// TestDiskFullBookings: bookings on a full disk (a 2 MiB tmpfs) are
// refused with an error, never acknowledged; they work again when space
// returns; after a restart exactly the acknowledged holds exist. Needs
// root to mount the tmpfs; skipped otherwise.
func TestDiskFullBookings(t *testing.T) {
	data := skilltest.SmallDisk(t, "2m")
	open := func() (*store.Dir, *skills.Host) {
		d, err := store.OpenDir(data)
		if err != nil {
			t.Fatal(err)
		}
		h, err := skills.NewHost(skills.HostOptions{Dir: d, Skills: []skills.ID{booking.ID}})
		if err != nil {
			t.Fatal(err)
		}
		return d, h
	}
	d, h := open()
	ctx := skills.WithCaller(context.Background(), skills.Caller{UserID: "u1", Scopes: []string{booking.ScopeRead, booking.ScopeWrite}, Channel: "avatar"})
	acked := map[string]bool{}
	hold := func(i int) skills.Result {
		args := fmt.Sprintf(`{"place_id":"r%02d","date":"2026-12-%02d","time":"19:00","party_size":2}`, 1+i%9, 10+i%15)
		r := h.Call(ctx, "booking_hold", json.RawMessage(args), skills.CallOptions{IdempotencyKey: fmt.Sprint("k", i)})
		if r.Status == skills.StatusOK {
			v, err := skills.Decode[booking.BookingView](r)
			if err != nil {
				t.Fatal(err)
			}
			acked[v.ID] = true
		}
		return r
	}
	refused := whileDiskFull(t, data, 15, hold)
	h.Close()
	d.Close()
	d, h = open()
	defer func() { h.Close(); d.Close() }()
	r := h.Call(ctx, "booking_mine", json.RawMessage(`{"held": true}`), skills.CallOptions{})
	mine, err := skills.Decode[[]booking.BookingView](r)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, b := range mine {
		got[b.ID] = true
	}
	for id := range acked {
		if !got[id] {
			t.Errorf("acknowledged hold %s missing after restart", id)
		}
	}
	for id := range got {
		if !acked[id] {
			t.Errorf("hold %s exists but was never acknowledged", id)
		}
	}
	t.Logf("full disk: %d of 15 holds refused with an error; after restart %d holds, all acknowledged", refused, len(got))
}

// TestDiskFullCheckouts: checkouts on a full disk are refused with an
// error, never acknowledged without their order on disk; they work again
// when space returns; after a restart every acknowledged order is paid,
// nothing is left pending, every paid order has its payment, and stock
// adds up. (A checkout whose card was charged but whose "paid" could not be
// written is completed by the reconciler at restart: the user saw an
// error, the money and the order agree.)
func TestDiskFullCheckouts(t *testing.T) {
	data := skilltest.SmallDisk(t, "2m")
	open := func() (*store.Dir, *skills.Host, *shopping.Shop) {
		d, err := store.OpenDir(data)
		if err != nil {
			t.Fatal(err)
		}
		h, err := skills.NewHost(skills.HostOptions{Dir: d, Skills: []skills.ID{}})
		if err != nil {
			t.Fatal(err)
		}
		s := shopping.New(shopping.Options{PaymentLatency: time.Millisecond})
		if err := h.Add(shopping.ID, s); err != nil {
			t.Fatal(err)
		}
		return d, h, s
	}
	d, h, _ := open()
	ctx := skills.WithCaller(context.Background(), skills.Caller{UserID: "u1", Channel: "avatar",
		Scopes: []string{shopping.ScopeRead, shopping.ScopeCart, shopping.ScopeCharge, shopping.ScopeOrders}})
	args := json.RawMessage(`{"items":[{"product_id":"p003","quantity":1}],"payment_method":"pm_card_visa","fulfilment":"pickup","pickup_store":"gangnam","expected_total":28400}`)
	acked := map[string]bool{}
	checkout := func(i int) skills.Result {
		key := fmt.Sprint("co", i)
		p := h.Call(ctx, "shop_checkout", args, skills.CallOptions{IdempotencyKey: key})
		if p.Status != skills.StatusPending {
			return p
		}
		r := h.Call(ctx, "shop_checkout", args, skills.CallOptions{IdempotencyKey: key, Confirmation: p.Confirmation.Nonce})
		if r.Status == skills.StatusOK {
			o, err := skills.Decode[shopping.OrderView](r)
			if err != nil {
				t.Fatal(err)
			}
			acked[o.ID] = true
		}
		return r
	}
	refused := whileDiskFull(t, data, 10, checkout)
	h.Close()
	d.Close()
	d, h, s := open() // the reconciler settles what the full disk left pending
	defer func() { h.Close(); d.Close() }()
	paid := map[string]bool{}
	for _, o := range s.Orders() {
		switch {
		case o.Status == shopping.StPending:
			t.Errorf("order %s still pending after restart", o.ID)
		case o.Status != shopping.StCancelled:
			if o.PaymentID == "" {
				t.Errorf("order %s is %s without a payment", o.ID, o.Status)
			}
			paid[o.ID] = true
		}
	}
	for id := range acked {
		if !paid[id] {
			t.Errorf("acknowledged order %s is not paid after restart", id)
		}
	}
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
	t.Logf("full disk: %d of 10 checkouts refused with an error; after restart %d paid orders (%d acknowledged)", refused, len(paid), len(acked))
}
