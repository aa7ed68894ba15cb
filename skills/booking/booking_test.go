package booking

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
	"github.com/madang-world/madang/skills/store"
)

var scopes = []string{ScopeRead, ScopeWrite}

// newBooker is a booking host laid out as a server's (server.TurnFiles,
// TurnPackFiles): booking.db and the host's records one file, so the
// pack's writes hand their waits to the host (skills.Later). The layout
// with files apart is TestBookingFsyncs' and the restart test's.
func newBooker(t testing.TB) (*skilltest.Harness, *Booker) {
	b := New()
	return skilltest.New(t, skilltest.Skill(ID, b), skilltest.Setup(func(d *store.Dir) error {
		return d.Share("turns.db", "skills.db", "booking.db")
	})), b
}

// tomorrow is the day after the harness clock (Monday 2026-12-07 09:00 KST).
const tomorrow = "2026-12-08"

func TestPlaces(t *testing.T) {
	_, b := newBooker(t)
	count := map[string]map[string]int{"restaurant": {}, "lodging": {}}
	for _, p := range b.places {
		count[p.Kind][p.City]++
		if p.NameKo == "" || p.NameEn == "" || p.AreaKo == "" {
			t.Fatalf("incomplete place %+v", p)
		}
	}
	r, l := 0, 0
	for _, city := range []string{"seoul", "busan", "jeju"} {
		if count["restaurant"][city] == 0 || count["lodging"][city] == 0 {
			t.Fatalf("no places in %s: %v", city, count)
		}
		r += count["restaurant"][city]
		l += count["lodging"][city]
	}
	if r < 30 || l < 15 {
		t.Fatalf("%d restaurants, %d lodgings", r, l)
	}
}

func TestSearch(t *testing.T) {
	h, _ := newBooker(t)
	u := h.As("u1", scopes...)
	res := skilltest.Decode[[]PlaceInfo](t, h.Call(u, "booking_search_restaurants",
		map[string]any{"city": "seoul", "area": "강남", "cuisine": "italian", "party_size": 4, "date": tomorrow, "time": "19:00"}))
	if len(res) < 2 {
		t.Fatalf("강남 이탈리안: %d results", len(res))
	}
	for _, r := range res {
		if r.Area != "강남" || r.Cuisine != "이탈리안" || !r.Available || r.Free == nil || *r.Free < 4 {
			t.Fatalf("result %+v", r)
		}
	}
	en := skilltest.Decode[[]PlaceInfo](t, h.Call(u, "booking_search_restaurants", map[string]any{"city": "busan", "area": "haeundae", "lang": "en"}))
	if len(en) == 0 || en[0].City != "busan" || en[0].Area != "Haeundae" {
		t.Fatalf("haeundae: %+v", en)
	}
	lod := skilltest.Decode[[]PlaceInfo](t, h.Call(u, "booking_search_lodgings", map[string]any{"city": "jeju", "check_in": tomorrow, "nights": 2, "guests": 2}))
	if len(lod) == 0 || lod[0].Free == nil {
		t.Fatalf("jeju lodgings %+v", lod)
	}
	byName := skilltest.Decode[[]PlaceInfo](t, h.Call(u, "booking_search_restaurants", map[string]any{"query": "트라토리아"}))
	if len(byName) == 0 || !strings.Contains(byName[0].Name, "트라토리아") {
		t.Fatalf("by name %+v", byName)
	}
}

func TestToolErrors(t *testing.T) {
	h, _ := newBooker(t)
	u := h.As("u1", scopes...)
	for i, tc := range []struct {
		ctx  context.Context
		tool string
		args string
		code string
	}{
		{u, "booking_search_restaurants", `{"party_size":0}`, skills.CodeInvalidArguments},
		{u, "booking_search_restaurants", `{"date":"2026-13-45"}`, skills.CodeInvalidArguments},
		{u, "booking_search_restaurants", `{"time":"7pm"}`, skills.CodeInvalidArguments},
		{u, "booking_search_restaurants", `{"city":"tokyo"}`, skills.CodeInvalidArguments},
		{u, "booking_hold", `{"place_id":"r99","date":"2026-12-08","time":"19:00","party_size":2}`, skills.CodeNotFound},
		{u, "booking_hold", `{"place_id":"r01","date":"2026-12-08","time":"19:15","party_size":2}`, skills.CodeInvalidArguments},
		{u, "booking_hold", `{"place_id":"r01","date":"2026-12-08","time":"23:00","party_size":2}`, skills.CodeInvalidArguments},
		{u, "booking_hold", `{"place_id":"r01","date":"2026-12-01","time":"19:00","party_size":2}`, skills.CodeInvalidArguments},
		{u, "booking_hold", `{"place_id":"r01","date":"2026-12-08","time":"19:00","party_size":30}`, skills.CodeInvalidArguments},
		{u, "booking_hold", `{"place_id":"l01","date":"2026-12-08","party_size":2}`, skills.CodeInvalidArguments},
		{u, "booking_hold", `{"place_id":"r01","date":"2026-12-08","time":"19:00","party_size":2,"user":"u2"}`, skills.CodeInvalidArguments},
		{h.As("u1", ScopeRead), "booking_hold", `{"place_id":"r01","date":"2026-12-08","time":"19:00","party_size":2}`, skills.CodeForbidden},
		{u, "booking_confirm", `{"booking_id":"b0123456789abcdef0123"}`, skills.CodeNotFound},
		{u, "booking_cancel", `{"booking_id":"nope"}`, skills.CodeInvalidArguments},
	} {
		if r := h.Call(tc.ctx, tc.tool, tc.args); skilltest.ErrCode(r) != tc.code {
			t.Errorf("test %d %s %s: %s %+v, want %s", i, tc.tool, tc.args, r.Status, r.Error, tc.code)
		}
	}
}

func TestHoldConfirmCancel(t *testing.T) {
	h, b := newBooker(t)
	u, other := h.As("u1", scopes...), h.As("u2", scopes...)
	hold := skilltest.Decode[BookingView](t, h.Call(u, "booking_hold",
		map[string]any{"place_id": "r01", "date": tomorrow, "time": "19:00", "party_size": 4, "request": "창가 자리"}))
	if hold.Status != Held || hold.HoldExpires.Sub(h.Clock.Now()) != HoldTTL {
		t.Fatalf("hold %+v", hold)
	}
	// Another user cannot confirm, cancel or see it, and learns nothing.
	for _, tool := range []string{"booking_confirm", "booking_cancel"} {
		if r := h.Call(other, tool, map[string]any{"booking_id": hold.ID}); skilltest.ErrCode(r) != skills.CodeNotFound {
			t.Fatalf("%s by another user: %+v", tool, r)
		}
	}
	args := map[string]any{"booking_id": hold.ID}
	p := h.Call(u, "booking_confirm", args)
	if want := "온 트라토리아 12월 8일(화) 오후 7시, 4명 예약을 확정합니다."; p.Status != skills.StatusPending || p.Confirmation.Summary.Text != want {
		t.Fatalf("prepare %+v, want the summary %q", p, want)
	}
	// In the conversation's language (the catalog, protocol/words).
	en := skills.WithCaller(context.Background(), skills.Caller{UserID: "u1", Scopes: scopes, Lang: "en"})
	if s := h.Call(en, "booking_confirm", args).Confirmation.Summary.Text; s != "Confirm the booking at On Trattoria on Tue, Dec 8 at 7 PM for 4." {
		t.Errorf("English summary %q", s)
	}
	bk := skilltest.Decode[BookingView](t, h.Confirm(u, p, args))
	if bk.Status != Confirmed {
		t.Fatalf("confirm %+v", bk)
	}
	mine := skilltest.Decode[[]BookingView](t, h.Call(u, "booking_mine", `{}`))
	if len(mine) != 1 || mine[0].ID != hold.ID || len(skilltest.Decode[[]BookingView](t, h.Call(other, "booking_mine", `{}`))) != 0 {
		t.Fatalf("mine %+v", mine)
	}
	// Cancelling the evening before is free; 1 hour before costs ₩10,000 a person.
	p = h.Call(u, "booking_cancel", args)
	if !strings.Contains(p.Confirmation.Summary.Text, "수수료 0원") {
		t.Fatalf("free cancel summary %+v", p.Confirmation.Summary)
	}
	h.Clock.Set(time.Date(2026, 12, 8, 18, 0, 0, 0, Seoul))
	c := skilltest.Decode[BookingView](t, h.Do(u, "booking_cancel", args))
	if c.Status != Cancelled || c.Fee != 40000 {
		t.Fatalf("late cancel %+v", c)
	}
	if err := b.Check(); err != nil {
		t.Fatal(err)
	}
}

func TestHoldExpires(t *testing.T) {
	h, b := newBooker(t)
	u := h.As("u1", scopes...)
	p := b.byID["r03"]
	// Fill the slot with holds, let them lapse, and the slot is free again.
	hold := skilltest.Decode[BookingView](t, h.Call(u, "booking_hold", map[string]any{"place_id": "r03", "date": tomorrow, "time": "12:00", "party_size": p.MaxParty}))
	for left := p.Capacity - p.MaxParty; left > 0; left -= min(left, p.MaxParty) {
		skilltest.OK(t, h.Call(u, "booking_hold", map[string]any{"place_id": "r03", "date": tomorrow, "time": "12:00", "party_size": min(left, p.MaxParty)}))
	}
	if r := h.Call(u, "booking_hold", map[string]any{"place_id": "r03", "date": tomorrow, "time": "12:00", "party_size": 1}); skilltest.ErrCode(r) != skills.CodeConflict {
		t.Fatalf("full slot: %+v", r)
	}
	res := skilltest.Decode[[]PlaceInfo](t, h.Call(u, "booking_search_restaurants", map[string]any{"query": p.NameKo, "date": tomorrow, "time": "12:00", "party_size": 2}))
	var r03 *PlaceInfo
	for i := range res {
		if res[i].ID == "r03" {
			r03 = &res[i]
		}
	}
	if r03 == nil || r03.Available || len(r03.Other) == 0 {
		t.Fatalf("full slot offers no other times: %+v", r03)
	}
	h.Clock.Advance(HoldTTL)
	if r := h.Call(u, "booking_confirm", map[string]any{"booking_id": hold.ID}); skilltest.ErrCode(r) != skills.CodeConflict {
		t.Fatalf("confirming an expired hold: %+v", r)
	}
	skilltest.OK(t, h.Call(u, "booking_hold", map[string]any{"place_id": "r03", "date": tomorrow, "time": "12:00", "party_size": 2}))
	if err := b.Check(); err != nil {
		t.Fatal(err)
	}
}

// TestNoDoubleBooking: 200 users race for one slot; exactly its capacity
// is booked, through hold and confirmation.
func TestNoDoubleBooking(t *testing.T) {
	h, b := newBooker(t)
	p := b.byID["r03"]
	var ok, full atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			u := h.As(fmt.Sprintf("guest%d", i), scopes...)
			r := h.Call(u, "booking_hold", map[string]any{"place_id": p.ID, "date": tomorrow, "time": "19:00", "party_size": 1})
			if r.Status != skills.StatusOK {
				if skilltest.ErrCode(r) != skills.CodeConflict {
					t.Errorf("hold: %+v", r.Error)
				}
				full.Add(1)
				return
			}
			bk, err := skills.Decode[BookingView](r)
			if err != nil {
				t.Error(err)
				return
			}
			if c := h.Do(u, "booking_confirm", map[string]any{"booking_id": bk.ID}); c.Status == skills.StatusOK {
				ok.Add(1)
			}
		}()
	}
	wg.Wait()
	if int(ok.Load()) != p.Capacity || int(full.Load()) != 200-p.Capacity {
		t.Fatalf("%d booked, %d turned away; capacity %d", ok.Load(), full.Load(), p.Capacity)
	}
	if err := b.Check(); err != nil {
		t.Fatal(err)
	}
	// Lodging: rooms per night across overlapping stays.
	l := b.byID["l01"]
	var rooms atomic.Int64
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			u := h.As(fmt.Sprintf("traveller%d", i), scopes...)
			in := []string{"2026-12-20", "2026-12-21"}[i%2]
			r := h.Call(u, "booking_hold", map[string]any{"place_id": l.ID, "date": in, "nights": 2, "party_size": 1})
			if r.Status == skills.StatusOK {
				rooms.Add(1)
			}
		}()
	}
	wg.Wait()
	if err := b.Check(); err != nil {
		t.Fatal(err)
	}
	if int(rooms.Load()) > l.Rooms {
		t.Fatalf("%d stays overlap on 12-21 in a %d-room lodging", rooms.Load(), l.Rooms)
	}
}

// TestRestart: bookings and capacity survive a restart.
func TestRestart(t *testing.T) {
	dir := t.TempDir()
	clock := skilltest.NewClock(skilltest.Start)
	b1 := New()
	h1 := skilltest.New(t, skilltest.Skill(ID, b1), skilltest.Dir(dir), skilltest.WithClock(clock))
	u := h1.As("u1", scopes...)
	hold := skilltest.Decode[BookingView](t, h1.Call(u, "booking_hold", map[string]any{"place_id": "r02", "date": tomorrow, "time": "18:00", "party_size": 6}))
	skilltest.OK(t, h1.Do(u, "booking_confirm", map[string]any{"booking_id": hold.ID}))
	h1.Close()
	b2 := New()
	h2 := skilltest.New(t, skilltest.Skill(ID, b2), skilltest.Dir(dir), skilltest.WithClock(clock))
	mine := skilltest.Decode[[]BookingView](t, h2.Call(h2.As("u1", scopes...), "booking_mine", `{}`))
	if len(mine) != 1 || mine[0].Status != Confirmed {
		t.Fatalf("after restart %+v", mine)
	}
	if err := b2.Check(); err != nil {
		t.Fatal(err)
	}
	if b2.used["r02|"+tomorrow+"|18:00"] != 6 {
		t.Fatalf("capacity after restart %v", b2.used)
	}
}

// TestPlacesInEnglish: every place has an English note, and a reader of
// English gets it and a lodging's price as "₩120,000/night"; Korean
// keeps "120000원/박" and the Korean note.
func TestPlacesInEnglish(t *testing.T) {
	h, b := newBooker(t)
	for _, p := range b.byID {
		if p.NoteEn == "" {
			t.Errorf("%s (%s) has no English note", p.ID, p.NameKo)
		}
	}
	u := h.As("u1", scopes...)
	en := skilltest.Decode[[]PlaceInfo](t, h.Call(u, "booking_search_lodgings", map[string]any{"city": "jeju", "check_in": tomorrow, "nights": 2, "guests": 2, "lang": "en"}))
	ko := skilltest.Decode[[]PlaceInfo](t, h.Call(u, "booking_search_lodgings", map[string]any{"city": "jeju", "check_in": tomorrow, "nights": 2, "guests": 2}))
	if len(en) == 0 || len(en) != len(ko) {
		t.Fatalf("%d English, %d Korean lodgings", len(en), len(ko))
	}
	for i := range en {
		p := b.byID[en[i].ID]
		if en[i].Note != p.NoteEn || en[i].PriceText != words.Won(p.Price, "en")+"/night" {
			t.Errorf("English %+v: want %q, %s/night", en[i], p.NoteEn, words.Won(p.Price, "en"))
		}
		if ko[i].Note != p.Note || ko[i].PriceText != words.Won(p.Price, "ko")+"/박" {
			t.Errorf("Korean %+v", ko[i])
		}
	}
}

// TestHoldReplaces: a time change holds the new table naming the booking
// it replaces — only the caller's own confirmed booking at the same place
// — and its confirmation confirms the new one first, then cancels the
// old; declined or lapsed, the old booking is untouched.
func TestHoldReplaces(t *testing.T) {
	h, b := newBooker(t)
	u, other := h.As("u1", scopes...), h.As("u2", scopes...)
	book := func(ctx context.Context, at string, extra map[string]any) BookingView {
		args := map[string]any{"place_id": "r01", "date": tomorrow, "time": at, "party_size": 2}
		for k, v := range extra {
			args[k] = v
		}
		return skilltest.Decode[BookingView](t, h.Call(ctx, "booking_hold", args))
	}
	old := book(u, "19:00", nil)
	skilltest.Decode[BookingView](t, h.Do(u, "booking_confirm", map[string]any{"booking_id": old.ID}))
	for _, c := range []struct {
		ctx   context.Context
		place string
		code  string
	}{
		{other, "r01", skills.CodeNotFound},     // not theirs
		{u, "r02", skills.CodeInvalidArguments}, // another place
	} {
		r := h.Call(c.ctx, "booking_hold", map[string]any{"place_id": c.place, "date": tomorrow, "time": "19:30", "party_size": 2, "replaces": old.ID})
		if skilltest.ErrCode(r) != c.code {
			t.Fatalf("replaces by %v at %s: %+v", c.ctx, c.place, r)
		}
	}
	hold := book(u, "19:30", map[string]any{"replaces": old.ID})
	args := map[string]any{"booking_id": hold.ID}
	p := h.Call(u, "booking_confirm", args)
	if want := "온 트라토리아 12월 8일(화) 오후 7시 30분, 2명 예약을 새로 확정하고, 그다음 온 트라토리아 12월 8일(화) 오후 7시, 2명 예약을 취소합니다 (수수료 0원)."; p.Confirmation.Summary.Text != want {
		t.Fatalf("summary %q, want %q", p.Confirmation.Summary.Text, want)
	}
	got := skilltest.Decode[BookingView](t, h.Confirm(u, p, args))
	if got.Status != Confirmed || got.ReplacedText != "12월 8일(화) 오후 7시" {
		t.Fatalf("confirm %+v", got)
	}
	mine := skilltest.Decode[[]BookingView](t, h.Call(u, "booking_mine", `{}`))
	if len(mine) != 1 || mine[0].ID != hold.ID || mine[0].Time != "19:30" {
		t.Fatalf("mine %+v", mine)
	}
	// A lapsed change leaves the old booking as it was.
	lapsed := book(u, "18:00", map[string]any{"replaces": hold.ID})
	h.Clock.Advance(HoldTTL + time.Minute)
	if r := h.Call(u, "booking_confirm", map[string]any{"booking_id": lapsed.ID}); r.Status == skills.StatusPending {
		t.Fatalf("a lapsed change still asks: %+v", r)
	}
	mine = skilltest.Decode[[]BookingView](t, h.Call(u, "booking_mine", `{}`))
	if len(mine) != 1 || mine[0].ID != hold.ID || mine[0].Status != Confirmed {
		t.Fatalf("after a lapsed change %+v", mine)
	}
	if err := b.Check(); err != nil {
		t.Fatal(err)
	}
}

// TestNewerHoldSupersedes: holding the same place on the same day at
// another time gives the older hold back; it is no longer a live hold.
func TestNewerHoldSupersedes(t *testing.T) {
	h, _ := newBooker(t)
	u := h.As("u1", scopes...)
	first := skilltest.Decode[BookingView](t, h.Call(u, "booking_hold", map[string]any{"place_id": "r03", "date": tomorrow, "time": "18:00", "party_size": 2}))
	second := skilltest.Decode[BookingView](t, h.Call(u, "booking_hold", map[string]any{"place_id": "r03", "date": tomorrow, "time": "18:30", "party_size": 2}))
	held := skilltest.Decode[[]BookingView](t, h.Call(u, "booking_mine", map[string]any{"held": true}))
	var ids []string
	for _, v := range held {
		if v.Status == Held {
			ids = append(ids, v.ID+" "+v.Time)
		}
	}
	if len(ids) != 1 || ids[0] != second.ID+" 18:30" {
		t.Fatalf("live holds %v; want only %s 18:30 (%s at 18:00 given back)", ids, second.ID, first.ID)
	}
}
