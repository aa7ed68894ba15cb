package booking

import (
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
)

// policyField is the card's cancellation-policy row, as the user reads it.
func policyField(r skills.Result) string {
	for _, f := range r.Confirmation.Summary.Fields {
		if f.Label == "취소 규정 Policy" {
			return f.Value
		}
	}
	return ""
}

// TestStayFreeUntilCheckInTime: "free until 3 days before check-in"
// counts from the house's check-in time (15:00), not the first day's
// midnight. A new user's trial booked a stay from Saturday on Wednesday at
// 10:00, cancelled at once and was charged a night (₩199,000); the card had
// not said until when cancelling is free.
func TestStayFreeUntilCheckInTime(t *testing.T) {
	for _, c := range []struct{ lang, until string }{
		{"ko", "12월 7일(월) 오후 3시까지 무료 취소"},
		{"en", "free to cancel until Mon, Dec 7, 3 PM"},
	} {
		h, _ := newBooker(t) // Monday 2026-12-07 09:00 KST
		u := asLang("u1", c.lang)
		// Check-in Thursday 15:00: free until Monday 15:00.
		bk := skilltest.Decode[BookingView](t, h.Call(u, "booking_hold", map[string]any{"place_id": "l01", "date": "2026-12-10", "nights": 1, "party_size": 2}))
		args := map[string]any{"booking_id": bk.ID}
		p := h.Call(u, "booking_confirm", args)
		if got := policyField(p); !strings.Contains(got, c.until) {
			t.Fatalf("%s: the confirmation card's policy reads %q, want it to say %q", c.lang, got, c.until)
		}
		skilltest.Decode[BookingView](t, h.Confirm(u, p, args))
		h.Clock.Set(time.Date(2026, 12, 7, 10, 0, 0, 0, Seoul))
		if x := skilltest.Decode[BookingView](t, h.Do(u, "booking_cancel", args)); x.Status != Cancelled || x.Fee != 0 {
			t.Fatalf("%s: cancelled at 10:00, five hours before the free time ends: %+v, want fee 0", c.lang, x)
		}
		// The same stay booked again, cancelled at 15:01: the first night is due.
		bk = skilltest.Decode[BookingView](t, h.Call(u, "booking_hold", map[string]any{"place_id": "l01", "date": "2026-12-10", "nights": 1, "party_size": 2}))
		args = map[string]any{"booking_id": bk.ID}
		skilltest.Decode[BookingView](t, h.Do(u, "booking_confirm", args))
		h.Clock.Set(time.Date(2026, 12, 7, 15, 1, 0, 0, Seoul))
		if x := skilltest.Decode[BookingView](t, h.Do(u, "booking_cancel", args)); x.Status != Cancelled || x.Fee != 179000 {
			t.Fatalf("%s: cancelled at 15:01: %+v, want the first night (179,000)", c.lang, x)
		}
		// A stay from Wednesday booked now is inside its paid window from the
		// start, and the card says so before the user confirms.
		bk = skilltest.Decode[BookingView](t, h.Call(u, "booking_hold", map[string]any{"place_id": "l01", "date": "2026-12-09", "nights": 1, "party_size": 2}))
		got := policyField(h.Call(u, "booking_confirm", map[string]any{"booking_id": bk.ID}))
		want := map[string]string{"ko": "무료 취소 기한이 지나 지금 취소하면 179,000원", "en": "the free cancellation time has passed: cancelling now costs ₩179,000"}[c.lang]
		if !strings.Contains(got, want) {
			t.Fatalf("%s: a stay inside its paid window: policy %q, want %q", c.lang, got, want)
		}
	}
}
