package booking

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
	"github.com/madang-world/madang/skills/store"
)

// TestBookingFsyncs: the fsyncs each step of a booking costs a lone
// caller. With booking.db and the host's records in one file (the
// server's layout) the hold's write and its records share one fsync, as
// do the confirmation's nonce marked used, the booking's write and its
// records (skills.MarksInFile, round v18; the mark is committed first in
// the same file): hold 1, prepare 1, confirm 1 — where files apart pay
// 2, 1 and 3 (the mark on disk before the booking changes). A hold that
// gives back the user's older hold of the same place and day is on disk
// before the old one is given back (one fsync more), and both end as
// they should.
func TestBookingFsyncs(t *testing.T) {
	for _, shared := range []bool{true, false} {
		b := New()
		opts := []skilltest.Option{skilltest.Skill(ID, b)}
		if shared {
			opts = append(opts, skilltest.Setup(func(d *store.Dir) error { return d.Share("turns.db", "skills.db", "booking.db") }))
		}
		h := skilltest.New(t, opts...)
		u := h.As("u1", scopes...)
		step := func(what string, want int, call func() skills.Result) skills.Result {
			t.Helper()
			f0 := store.Fsyncs()
			r := call()
			if r.Status == skills.StatusError {
				t.Fatalf("shared=%v, %s: %+v", shared, what, r.Error)
			}
			if got := int(store.Fsyncs() - f0); got != want {
				t.Errorf("shared=%v, %s: %d fsyncs, want %d", shared, what, got, want)
			}
			return r
		}
		apart := func(sharedN, apartN int) int {
			if shared {
				return sharedN
			}
			return apartN
		}
		hold := func(at string) BookingView {
			t.Helper()
			return skilltest.Decode[BookingView](t, step("hold "+at, apart(1, 2), func() skills.Result {
				return h.Call(u, "booking_hold", map[string]any{"place_id": "r02", "date": tomorrow, "time": at, "party_size": 2})
			}))
		}
		first := hold("18:00")
		args := map[string]any{"booking_id": first.ID}
		p := step("prepare", 1, func() skills.Result { return h.Call(u, "booking_confirm", args) })
		if p.Status != skills.StatusPending {
			t.Fatalf("shared=%v: prepare %+v", shared, p)
		}
		done := skilltest.Decode[BookingView](t, step("confirm", apart(1, 3), func() skills.Result { return h.Confirm(u, p, args) }))
		if done.Status != Confirmed {
			t.Fatalf("shared=%v: confirmed %+v", shared, done)
		}
		// Two holds of another day: the second gives the first back.
		day := "2026-12-09"
		h1 := skilltest.Decode[BookingView](t, step("hold 19:00", apart(1, 2), func() skills.Result {
			return h.Call(u, "booking_hold", map[string]any{"place_id": "r02", "date": day, "time": "19:00", "party_size": 2})
		}))
		h2 := skilltest.Decode[BookingView](t, step("hold 19:30 over 19:00", apart(2, 3), func() skills.Result {
			return h.Call(u, "booking_hold", map[string]any{"place_id": "r02", "date": day, "time": "19:30", "party_size": 2})
		}))
		status := map[string]string{}
		for _, bk := range b.Bookings() {
			status[bk.ID] = bk.Status
		}
		if status[first.ID] != Confirmed || status[h1.ID] != Cancelled || status[h2.ID] != Held {
			t.Errorf("shared=%v: %s %s, %s %s, %s %s; want confirmed, cancelled, held", shared,
				first.ID, status[first.ID], h1.ID, status[h1.ID], h2.ID, status[h2.ID])
		}
		if err := b.Check(); err != nil {
			t.Errorf("shared=%v: %v", shared, err)
		}
		h.Close()
	}
}

// TestBookingAppendJSON: Booking.AppendJSON writes what json.Marshal
// writes, for the records a booking goes through (held, confirmed,
// cancelled with a fee, a lodging's stay, a time change with a warning)
// and for text that json escapes (quotes, HTML characters, control
// characters, invalid UTF-8, U+2028), zero and non-zero times in other
// zones and with nanoseconds.
func TestBookingAppendJSON(t *testing.T) {
	seoul := time.FixedZone("KST", 9*3600)
	t0 := time.Date(2026, 12, 7, 9, 0, 0, 0, seoul)
	cases := []Booking{
		{},
		{ID: "bk_1", User: "u1", Place: "r01", Kind: "restaurant", Date: "2026-12-08", Time: "19:00", Party: 4, Status: Held,
			HoldExpires: t0.Add(10 * time.Minute), Created: t0, Request: "창가 자리"},
		{ID: "bk_2", User: "u2", Place: "l03", Kind: "lodging", Date: "2026-12-24", Nights: 2, Party: 3, Rooms: 2, Status: Confirmed,
			HoldExpires: t0.Add(time.Hour), Created: t0, ConfirmedAt: t0.Add(123456789 * time.Nanosecond).UTC(), Total: 360000},
		{ID: "bk_3", User: "손님 \"민지\" <script>&", Place: "r02", Kind: "restaurant", Date: "2026-12-09", Time: "18:30", Party: 1,
			Name: "Ana\n\t\u2028\x01", Request: "bad \xff utf8", Status: Cancelled, HoldExpires: t0, Created: t0.In(time.UTC),
			ConfirmedAt: t0.Add(time.Minute), CancelledAt: t0.Add(48 * time.Hour), Fee: 20000, Replaces: "bk_0",
			Warning: "새우 알레르기가 있다고 하셨어요"},
		{ID: "bk_4", Status: Expired, HoldExpires: time.Date(2027, 1, 2, 3, 4, 5, 600, time.FixedZone("", -5*3600-30*60)), Party: -1, Fee: -5},
	}
	for i, bk := range cases {
		want, err := json.Marshal(&bk)
		if err != nil {
			t.Fatal(err)
		}
		got, err := bk.AppendJSON([]byte("x"))
		if err != nil || string(got[1:]) != string(want) || got[0] != 'x' {
			t.Errorf("case %d: %v\n got %s\nwant %s", i, err, got, want)
		}
		var back Booking
		if err := json.Unmarshal(got[1:], &back); err != nil || back.ID != bk.ID || !back.Created.Equal(bk.Created) {
			t.Errorf("case %d: read back %+v, %v", i, back, err)
		}
	}
}
