package booking

import (
	"context"
	"strings"
	"testing"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
)

// asLang is a user speaking lang (the conversation's language).
func asLang(user, lang string) context.Context {
	return skills.WithCaller(context.Background(), skills.Caller{UserID: user, Scopes: scopes, Channel: "avatar", Lang: lang})
}

// TestRestaurantsVaried: "식당" alone — a search for restaurants that
// names no cuisine — offers a mix, not the first three Italian places:
// the three places a card shows are three different cuisines.
func TestRestaurantsVaried(t *testing.T) {
	for _, lang := range []string{"ko", "en"} {
		h, _ := newBooker(t)
		for _, args := range []map[string]any{{"lang": lang}, {"city": "seoul", "lang": lang},
			{"city": "seoul", "date": tomorrow, "time": "19:00", "party_size": 2, "lang": lang}} {
			ps := skilltest.Decode[[]PlaceInfo](t, h.Call(asLang("u1", lang), "booking_search_restaurants", args))
			if len(ps) < 3 {
				t.Fatalf("%s %v: %+v", lang, args, ps)
			}
			seen := map[string]string{}
			for _, p := range ps[:3] {
				if other, dup := seen[p.Cuisine]; dup {
					t.Errorf("%s %v: the first three are not varied: %s and %s are both %s", lang, args, other, p.Name, p.Cuisine)
				}
				seen[p.Cuisine] = p.Name
			}
		}
	}
}

// TestNoMatchOffersNearest: "any korean places instead?" after asking
// about 홍대, which has none: the search says there is no such place
// there and offers the nearest ones — Korean places elsewhere in the
// same city — instead of nothing.
func TestNoMatchOffersNearest(t *testing.T) {
	for _, c := range []struct{ lang, instead, name, cuisine string }{
		{"ko", "홍대에는 한식 식당이 없어요. 가까운 서울의 다른 곳이에요.", "하늘 한정식", "한식"},
		{"en", "There are no Korean places in Hongdae; these are elsewhere in Seoul.", "Haneul Hanjeongsik House", "Korean"}, // as English readers write it
	} {
		h, _ := newBooker(t)
		ps := skilltest.Decode[[]PlaceInfo](t, h.Call(asLang("u1", c.lang), "booking_search_restaurants",
			map[string]any{"area": "홍대", "cuisine": "korean", "lang": c.lang}))
		if len(ps) == 0 {
			t.Fatalf("%s: nothing offered", c.lang)
		}
		if ps[0].Name != c.name || ps[0].Cuisine != c.cuisine || ps[0].Instead != c.instead {
			t.Errorf("%s: first offer %q (%s), %q; want %q (%s), %q", c.lang, ps[0].Name, ps[0].Cuisine, ps[0].Instead, c.name, c.cuisine, c.instead)
		}
		for _, p := range ps {
			if p.City != ps[0].City {
				t.Errorf("%s: %s is in %s, not nearby", c.lang, p.Name, p.City)
			}
		}
		// Something that matches says nothing of alternatives.
		ok := skilltest.Decode[[]PlaceInfo](t, h.Call(asLang("u1", c.lang), "booking_search_restaurants",
			map[string]any{"area": "이태원", "cuisine": "korean", "lang": c.lang}))
		if len(ok) != 1 || ok[0].Instead != "" {
			t.Errorf("%s: a match %+v", c.lang, ok)
		}
	}
}

// TestSameNameToldApart: two places named 노을 트라토리아 (강남 and 홍대)
// are told apart by their area wherever a name alone would be read: the
// offers' labels and the booking.
func TestSameNameToldApart(t *testing.T) {
	for _, c := range []struct{ lang, gangnam, hongdae, other string }{
		{"ko", "노을 트라토리아 (강남)", "노을 트라토리아 (홍대)", "온 트라토리아"},
		{"en", "Noeul Trattoria (Gangnam)", "Noeul Trattoria (Hongdae)", "On Trattoria"},
	} {
		h, _ := newBooker(t)
		u := asLang("u1", c.lang)
		ps := skilltest.Decode[[]PlaceInfo](t, h.Call(u, "booking_search_restaurants", map[string]any{"city": "seoul", "cuisine": "italian", "lang": c.lang}))
		labels := map[string]string{}
		for _, p := range ps {
			labels[p.ID] = p.Label
		}
		if labels["r02"] != c.gangnam || labels["r14"] != c.hongdae || labels["r01"] != c.other {
			t.Errorf("%s: labels %v, want r02 %q, r14 %q, r01 %q", c.lang, labels, c.gangnam, c.hongdae, c.other)
		}
		bk := skilltest.Decode[BookingView](t, h.Call(u, "booking_hold", map[string]any{"place_id": "r14", "date": tomorrow, "time": "19:00", "party_size": 2}))
		if bk.PlaceLabel != c.hongdae {
			t.Errorf("%s: the booking reads %q, want %q", c.lang, bk.PlaceLabel, c.hongdae)
		}
	}
}

// TestBookingReadsInLang: a booking's status and time read in the
// conversation's language — "확정", "12월 8일(화) 오후 7시"; "Confirmed",
// "Tue, Dec 8, 7 PM" — and so does the confirmation, never
// "confirmed" or "2026-12-08 19:00".
func TestBookingReadsInLang(t *testing.T) {
	for _, c := range []struct{ lang, held, confirmed, when, summary, date, time string }{
		{"ko", "확정 전", "확정", "12월 8일(화) 오후 7시", "온 트라토리아 12월 8일(화) 오후 7시, 4명 예약을 확정합니다.", "12월 8일(화)", "오후 7시"},
		{"en", "Not confirmed yet", "Confirmed", "Tue, Dec 8, 7 PM", "Confirm the booking at On Trattoria on Tue, Dec 8 at 7 PM for 4.", "Tue, Dec 8", "7 PM"},
	} {
		h, _ := newBooker(t)
		u := asLang("u1", c.lang)
		bk := skilltest.Decode[BookingView](t, h.Call(u, "booking_hold", map[string]any{"place_id": "r01", "date": tomorrow, "time": "19:00", "party_size": 4}))
		if bk.StatusText != c.held || bk.WhenText != c.when {
			t.Errorf("%s: held booking reads %q, %q; want %q, %q", c.lang, bk.StatusText, bk.WhenText, c.held, c.when)
		}
		args := map[string]any{"booking_id": bk.ID}
		p := h.Call(u, "booking_confirm", args)
		if p.Confirmation == nil || p.Confirmation.Summary.Text != c.summary {
			t.Fatalf("%s: confirmation %+v, want %q", c.lang, p.Confirmation, c.summary)
		}
		fields := map[string]string{}
		for _, f := range p.Confirmation.Summary.Fields {
			fields[f.Label] = f.Value
		}
		if fields["날짜 Date"] != c.date || fields["시간 Time"] != c.time {
			t.Errorf("%s: fields %v, want date %q, time %q", c.lang, fields, c.date, c.time)
		}
		done := skilltest.Decode[BookingView](t, h.Confirm(u, p, args))
		if done.StatusText != c.confirmed {
			t.Errorf("%s: confirmed booking reads %q, want %q", c.lang, done.StatusText, c.confirmed)
		}
		mine := skilltest.Decode[[]BookingView](t, h.Call(u, "booking_mine", `{}`))
		if len(mine) != 1 || mine[0].StatusText != c.confirmed || mine[0].WhenText != c.when || strings.Contains(mine[0].StatusText, "confirmed") {
			t.Errorf("%s: my bookings %+v", c.lang, mine)
		}
	}
}

// TestOtherTimesRead: the free times offered when the asked one is not
// read as times read everywhere else: "오후 6시 30분", "6:30 PM", not
// "18:30" (the engine says other_times_text; other_times stay HH:MM for
// the next call).
func TestOtherTimesRead(t *testing.T) {
	for _, c := range []struct{ lang, want string }{
		{"ko", "오후 6시 30분|오후 7시|오후 7시 30분"},
		{"en", "6:30 PM|7 PM|7:30 PM"},
	} {
		h, _ := newBooker(t)
		ps := skilltest.Decode[[]PlaceInfo](t, h.Call(asLang("u1", c.lang), "booking_search_restaurants",
			map[string]any{"query": "온 트라토리아", "date": tomorrow, "time": "22:00", "party_size": 2, "lang": c.lang}))
		if len(ps) == 0 || ps[0].ID != "r01" || ps[0].Available {
			t.Fatalf("%s: %+v", c.lang, ps)
		}
		if got := strings.Join(ps[0].OtherText, "|"); got != c.want || strings.Join(ps[0].Other, "|") != "18:30|19:00|19:30" {
			t.Errorf("%s: other times read %q (%v), want %q", c.lang, got, ps[0].Other, c.want)
		}
	}
}

// TestLodgingMoneyReads: a lodging's price reads with thousands grouped,
// in Korean as in English: "179,000원/박", not "179000원/박", on the
// list and on the confirmation.
func TestLodgingMoneyReads(t *testing.T) {
	for _, c := range []struct{ lang, night, price string }{
		{"ko", "179,000원/박", "358,000원 (현장 결제)"},
		{"en", "₩179,000/night", "₩358,000 (paid at the property)"},
	} {
		h, _ := newBooker(t)
		u := asLang("u1", c.lang)
		ps := skilltest.Decode[[]PlaceInfo](t, h.Call(u, "booking_search_lodgings", map[string]any{"query": "담 한옥 스테이", "lang": c.lang}))
		if len(ps) == 0 || ps[0].ID != "l01" || ps[0].PriceText != c.night {
			t.Fatalf("%s: %+v, want l01 at %q", c.lang, ps, c.night)
		}
		bk := skilltest.Decode[BookingView](t, h.Call(u, "booking_hold", map[string]any{"place_id": "l01", "date": "2026-12-20", "nights": 2, "party_size": 2}))
		p := h.Call(u, "booking_confirm", map[string]any{"booking_id": bk.ID})
		fields := map[string]string{}
		for _, f := range p.Confirmation.Summary.Fields {
			fields[f.Label] = f.Value
		}
		if fields["요금 Price"] != c.price {
			t.Errorf("%s: price %q, want %q", c.lang, fields["요금 Price"], c.price)
		}
	}
}

// TestNoMatchUnknownArea: an area no place is in ("강릉") says so and
// offers places elsewhere, with no empty city in the sentence.
func TestNoMatchUnknownArea(t *testing.T) {
	for _, c := range []struct{ lang, area, want string }{
		{"ko", "강릉", "강릉에는 한식 식당이 없어요. 다른 도시의 곳이에요."},
		{"en", "Gangneung", "There are no Korean places in Gangneung; these are in other cities."},
	} {
		h, _ := newBooker(t)
		ps := skilltest.Decode[[]PlaceInfo](t, h.Call(asLang("u1", c.lang), "booking_search_restaurants",
			map[string]any{"area": c.area, "cuisine": "korean", "lang": c.lang}))
		if len(ps) == 0 || ps[0].Instead != c.want {
			t.Errorf("%s: %+v, want %q", c.lang, ps, c.want)
		}
	}
}
