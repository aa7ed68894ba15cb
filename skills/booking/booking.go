// Package booking is the personal assistant's booking pack: restaurants and
// lodgings in Seoul, Busan and Jeju, search with availability, holds that
// keep a table or room for ten minutes, confirmation (irreversible),
// cancellation with a policy, and the user's bookings.
//
// # Never a double booking
//
// A booking is one key (bk:<id>) holding everything about it: place, slot
// or nights, party, status (held, confirmed, cancelled, expired) and hold
// expiry. How full a slot is, is never stored: it is the sum over live
// bookings, rebuilt from them at start-up and kept in memory, where one
// mutex makes check-and-reserve atomic. So a crash cannot leave a booking
// without its slot or a slot without its booking: they are one record.
package booking

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/google/jsonschema-go/jsonschema"
	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/search"
	"github.com/madang-world/madang/skills/store"
)

// ID is the skill's registry ID.
const ID skills.ID = "madang.booking"

func init() {
	skills.Register(skills.Info{ID: ID, Description: "Restaurant and lodging search, holds, bookings and cancellations.",
		New: func() skills.Skill { return New() }})
}

// Scopes.
const (
	ScopeRead  = "booking.read"
	ScopeWrite = "booking.write"
)

// HoldTTL is how long a hold keeps capacity.
const HoldTTL = 10 * time.Minute

// Seoul is the time zone of every place.
var Seoul = time.FixedZone("KST", 9*3600)

//go:embed data/places.json
var placesJSON []byte

// Place is a restaurant or a lodging.
type Place struct {
	ID        string `json:"id"`
	Kind      string `json:"kind"` // restaurant, lodging
	NameKo    string `json:"name_ko"`
	NameEn    string `json:"name_en"`
	City      string `json:"city"`
	CityKo    string `json:"city_ko"`
	AreaKo    string `json:"area_ko"`
	AreaEn    string `json:"area_en"`
	Note      string `json:"note"`
	NoteEn    string `json:"note_en,omitempty"` // the note in English; without it English readers get Note
	Cuisine   string `json:"cuisine,omitempty"`
	CuisineKo string `json:"cuisine_ko,omitempty"`
	PriceBand int    `json:"price_band,omitempty"` // 1 (₩) to 4 (₩₩₩₩)
	Capacity  int    `json:"capacity,omitempty"`   // guests per time slot
	MaxParty  int    `json:"max_party,omitempty"`
	Open      string `json:"open,omitempty"`
	Close     string `json:"close,omitempty"`
	Veg       bool   `json:"vegetarian_options,omitempty"`
	Type      string `json:"type,omitempty"`
	TypeKo    string `json:"type_ko,omitempty"`
	Rooms     int    `json:"rooms,omitempty"`
	MaxGuests int    `json:"max_guests,omitempty"`
	Price     int64  `json:"price_per_night,omitempty"`
	// CheckIn, CheckOut: a lodging's house times, "15:00" and "11:00".
	CheckIn  string `json:"check_in,omitempty"`
	CheckOut string `json:"check_out,omitempty"`
}

// Booking statuses.
const (
	Held      = "held"
	Confirmed = "confirmed"
	Cancelled = "cancelled"
	Expired   = "expired"
)

// Booking is one aggregate, stored under bk:<id>.
type Booking struct {
	ID          string    `json:"id"`
	User        string    `json:"user"`
	Place       string    `json:"place"`
	Kind        string    `json:"kind"`
	Date        string    `json:"date"`             // restaurant day or check-in
	Time        string    `json:"time,omitempty"`   // restaurant slot
	Nights      int       `json:"nights,omitempty"` // lodging
	Party       int       `json:"party"`
	Rooms       int       `json:"rooms,omitempty"`
	Name        string    `json:"name,omitempty"`
	Request     string    `json:"request,omitempty"`
	Status      string    `json:"status"`
	HoldExpires time.Time `json:"hold_expires"`
	Created     time.Time `json:"created"`
	ConfirmedAt time.Time `json:"confirmed_at,omitempty"`
	CancelledAt time.Time `json:"cancelled_at,omitempty"`
	Fee         int64     `json:"cancellation_fee,omitempty"`
	Total       int64     `json:"total,omitempty"` // lodging price for the stay
	// Replaces is the user's confirmed booking this hold takes the place
	// of (a time change): confirming the hold confirms it first and then
	// cancels that one, so the user never holds less than before.
	Replaces string `json:"replaces,omitempty"`
	// Warning says, in the booker's language, that the place's cuisine
	// conflicts with an allergy or diet the booker told the assistant
	// ("a seafood restaurant, and you're allergic to shrimp"); the
	// confirmation card shows it.
	Warning string `json:"warning,omitempty"`
}

// Booker is the skill.
type Booker struct {
	places []Place
	byID   map[string]Place
	index  *search.Index
	db     *store.DB
	env    skills.Env

	// namesakes are names more than one place has (노을 트라토리아 in
	// 강남 and in 홍대): a list says their area too.
	namesakes map[string]bool

	mu       sync.Mutex
	bookings map[string]*Booking
	// lastHold is each user's newest hold (by id), for booking_mine.
	lastHold map[string]string
	// byUser is each user's bookings (the same values as bookings): what
	// a hold supersedes and booking_mine look only at the caller's own,
	// where scanning every booking made each hold cost more the more
	// bookings the server held (a fifth of the CPU of DurableBookings'
	// 2,000, docs/performance.md, round v17).
	byUser map[string][]*Booking
	used   map[string]int // slot key → guests (restaurant) or rooms (lodging)
}

// New returns an unprovisioned booking skill with the shipped places.
func New() *Booker { return &Booker{} }

var (
	_ skills.Provisioner = (*Booker)(nil)
	_ skills.Ticker      = (*Booker)(nil)
)

// Provision loads places and bookings.
func (b *Booker) Provision(env skills.Env) error {
	b.env = env
	var data struct{ Restaurants, Lodgings []Place }
	if err := json.Unmarshal(placesJSON, &data); err != nil {
		return fmt.Errorf("booking: places: %w", err)
	}
	b.places = append(data.Restaurants, data.Lodgings...)
	b.byID = map[string]Place{}
	b.index = search.NewIndex()
	b.namesakes = map[string]bool{}
	named := map[string]bool{}
	for _, p := range b.places {
		if named[p.NameKo] {
			b.namesakes[p.NameKo] = true
		}
		named[p.NameKo] = true
	}
	for _, p := range b.places {
		b.byID[p.ID] = p
		b.index.Add(p.ID, search.Field{Text: p.NameKo + " " + p.NameEn, Weight: 2},
			search.Field{Text: p.CityKo + " " + p.City + " " + p.AreaKo + " " + p.AreaEn + " " + p.CuisineKo + " " + p.Cuisine + " " + p.TypeKo + " " + p.Type, Weight: 1})
	}
	db, err := env.Open("booking.db")
	if err != nil {
		return err
	}
	b.db = db
	b.bookings = map[string]*Booking{}
	b.lastHold = map[string]string{}
	b.byUser = map[string][]*Booking{}
	b.used = map[string]int{}
	return db.View(func(tx *store.Tx) error {
		return tx.Scan(store.NewKey("bk"), func(k store.Key, v string) bool {
			var bk Booking
			if store.Unmarshal(k, v, &bk) == nil {
				b.bookings[bk.ID] = &bk
				b.byUser[bk.User] = append(b.byUser[bk.User], &bk)
				if bk.counts() {
					b.occupy(&bk, 1)
				}
			}
			return true
		})
	})
}

// holds reports whether bk is in force at time now (confirmed, or held and
// not yet expired).
func (bk *Booking) holds(now time.Time) bool {
	return bk.Status == Confirmed || bk.Status == Held && now.Before(bk.HoldExpires)
}

// counts reports whether bk takes capacity. It depends on the status only:
// a hold keeps its capacity until the hold is marked expired (by Tick, or
// by a hold that needs the room), so memory and storage always agree.
func (bk *Booking) counts() bool { return bk.Status == Held || bk.Status == Confirmed }

// slots returns the capacity keys bk occupies and the amount in each.
func (b *Booker) slots(bk *Booking) ([]string, int) {
	if bk.Kind == "restaurant" {
		return []string{bk.Place + "|" + bk.Date + "|" + bk.Time}, bk.Party
	}
	d, _ := time.ParseInLocation("2006-01-02", bk.Date, Seoul)
	var keys []string
	for i := 0; i < bk.Nights; i++ {
		keys = append(keys, bk.Place+"|"+d.AddDate(0, 0, i).Format("2006-01-02"))
	}
	return keys, bk.Rooms
}

// occupy adds (sign 1) or removes (sign -1) bk's use. Lock must be held.
func (b *Booker) occupy(bk *Booking, sign int) {
	keys, n := b.slots(bk)
	for _, k := range keys {
		b.used[k] += sign * n
	}
}

// free is how much of the capacity key k is left. Lock must be held.
func (b *Booker) free(p Place, k string) int {
	if p.Kind == "restaurant" {
		return p.Capacity - b.used[k]
	}
	return p.Rooms - b.used[k]
}

// Tick expires holds whose time is up.
func (b *Booker) Tick(ctx context.Context, now time.Time) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.expireLocked(now)
}

// expireLocked marks every hold past its expiry as expired, freeing its
// capacity. Lock must be held.
func (b *Booker) expireLocked(now time.Time) {
	for _, bk := range b.bookings {
		if bk.Status == Held && !now.Before(bk.HoldExpires) {
			next := *bk
			next.Status = Expired
			// Committed, not awaited: no one is told of an expiry, and
			// the fsync of any later write of the file covers it.
			if _, err := b.write(&next); err != nil {
				b.env.Logger.Error("expiring hold", "booking", bk.ID, "err", err)
				continue
			}
			b.occupy(bk, -1)
			*bk = next
		}
	}
}

// update changes a stored booking under the lock, keeping capacity in step,
// and writes it (one key).
//
// The write is committed under the lock and its fsync awaited after it,
// so concurrent bookings share fsyncs (store.DB.Write); nothing is
// returned as done before the fsync. With ctx the wait may be handed to
// the host (awaited, with the call's records, before it answers).
func (b *Booker) update(ctx context.Context, id string, f func(*Booking) error) (Booking, error) {
	next, wait, err := b.updateLocked(id, f)
	if err != nil {
		return next, err
	}
	if err := b.await(ctx, wait); err != nil {
		return next, skills.Errorf(skills.CodeUnavailable, "the booking could not be saved to disk: %v", err)
	}
	return next, nil
}

// await waits for a write's fsync, or hands the wait to the host running
// the call (skills.Later) when ctx is a host call's and booking.db is the
// host's own file (the server keeps both in its turn file): the host then
// commits the call's idempotency record and audit entry after the write
// and waits once for an fsync covering all of them, instead of the
// booking's fsync and then the records' one after the other. ctx nil
// always waits here (a write that must be on disk before the next).
func (b *Booker) await(ctx context.Context, wait func() error) error {
	if ctx != nil && skills.Later(ctx, b.db, wait) {
		return nil
	}
	return wait()
}

func (b *Booker) updateLocked(id string, f func(*Booking) error) (Booking, func() error, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	cur, ok := b.bookings[id]
	if !ok {
		return Booking{}, nil, skills.Errorf(skills.CodeNotFound, "no booking %s", id)
	}
	next := *cur
	if err := f(&next); err != nil {
		return *cur, nil, err
	}
	wait, err := b.write(&next)
	if err != nil {
		return *cur, nil, skills.Errorf(skills.CodeUnavailable, "the booking could not be saved; nothing changed")
	}
	if cur.counts() {
		b.occupy(cur, -1)
	}
	if next.counts() {
		b.occupy(&next, 1)
	}
	*cur = next
	return next, wait, nil
}

// put writes bk and waits for its fsync.
func (b *Booker) put(bk *Booking) error {
	wait, err := b.write(bk)
	if err != nil {
		return err
	}
	return wait()
}

// write commits bk; wait returns once it is fsynced. It is encoded
// before the transaction (store.Seal, Booking.AppendJSON), outside the
// file's write lock.
func (b *Booker) write(bk *Booking) (wait func() error, err error) {
	rec, err := store.Seal(store.NewKey("bk", bk.ID), bk)
	if err != nil {
		return nil, err
	}
	return b.db.Write(func(tx *store.Tx) error { return rec.Set(tx) })
}

// AppendJSON appends bk as json.Marshal encodes it (store.JSONAppender;
// TestBookingAppendJSON compares the two): every step of a booking
// writes the record, and encoding it by reflection was most of the JSON
// encoding's 15 % of a booking's CPU (docs/performance.md, round v17).
func (bk *Booking) AppendJSON(b []byte) ([]byte, error) {
	str := func(name, v string, omitEmpty bool) {
		if omitEmpty && v == "" {
			return
		}
		b = append(b, name...)
		b = store.AppendJSONString(b, v)
	}
	num := func(name string, v int64, omitEmpty bool) {
		if omitEmpty && v == 0 {
			return
		}
		b = append(b, name...)
		b = strconv.AppendInt(b, v, 10)
	}
	var err error
	at := func(name string, t time.Time) {
		if err != nil {
			return
		}
		// omitempty does not omit a struct: a zero time is written, as
		// json.Marshal writes it.
		b = append(b, name...)
		b = append(b, '"')
		if b, err = t.AppendText(b); err == nil {
			b = append(b, '"')
		}
	}
	b = append(b, '{')
	str(`"id":`, bk.ID, false)
	str(`,"user":`, bk.User, false)
	str(`,"place":`, bk.Place, false)
	str(`,"kind":`, bk.Kind, false)
	str(`,"date":`, bk.Date, false)
	str(`,"time":`, bk.Time, true)
	num(`,"nights":`, int64(bk.Nights), true)
	num(`,"party":`, int64(bk.Party), false)
	num(`,"rooms":`, int64(bk.Rooms), true)
	str(`,"name":`, bk.Name, true)
	str(`,"request":`, bk.Request, true)
	str(`,"status":`, bk.Status, false)
	at(`,"hold_expires":`, bk.HoldExpires)
	at(`,"created":`, bk.Created)
	at(`,"confirmed_at":`, bk.ConfirmedAt)
	at(`,"cancelled_at":`, bk.CancelledAt)
	if err != nil {
		return b, err
	}
	num(`,"cancellation_fee":`, bk.Fee, true)
	num(`,"total":`, bk.Total, true)
	str(`,"replaces":`, bk.Replaces, true)
	str(`,"warning":`, bk.Warning, true)
	return append(b, '}'), nil
}

// PlaceInfo is a place as tools return it.
type PlaceInfo struct {
	ID        string `json:"id"`
	Kind      string `json:"kind"`
	Name      string `json:"name"`
	City      string `json:"city"`
	Area      string `json:"area"`
	Cuisine   string `json:"cuisine,omitempty"`
	Type      string `json:"type,omitempty"`
	PriceBand string `json:"price_band,omitempty"`
	Price     int64  `json:"price_per_night,omitempty"`
	Veg       bool   `json:"vegetarian_options,omitempty"`
	Note      string `json:"note"`
	// PriceText is a lodging's price a night as the reader reads it:
	// "120000원/박" / "₩120,000/night".
	PriceText string   `json:"price_text,omitempty"`
	Free      *int     `json:"free,omitempty"`        // seats (restaurant) or rooms (lodging) left for the asked slot
	Available bool     `json:"available"`             // the asked slot fits the party
	Other     []string `json:"other_times,omitempty"` // nearby times that fit, when the asked one does not
	// OtherText is Other as the reader reads times: "오후 6시 30분", "6:30 PM".
	OtherText []string `json:"other_times_text,omitempty"`
	// Label is the name as a list reads it: with the area when another
	// place has the same name ("노을 트라토리아 (홍대)").
	Label string `json:"label"`
	// Instead says, when nothing matched the search, that nothing did and
	// what these nearest places are instead.
	Instead string `json:"instead,omitempty"`
	// When is the day and time searched, as the answer says it: "12월
	// 12일(토) 오후 7시에", "on Sat, Dec 12 at 7 PM". A search changed to
	// another day that finds the same places says which day it is now (a
	// trial's "그날 말고 토요일로" got the same words back and read as
	// ignored).
	When string `json:"when,omitempty"`
}

func (b *Booker) info(p Place, lang string) PlaceInfo {
	pi := PlaceInfo{ID: p.ID, Kind: p.Kind, Name: p.NameKo, City: p.CityKo, Area: p.AreaKo, Cuisine: p.CuisineKo, Type: p.TypeKo, Veg: p.Veg, Note: p.Note, Price: p.Price}
	if lang == "en" {
		// The cuisine as English readers write it ("Italian", "BBQ"), not
		// the catalogue's code: a card read "Gangnam · italian".
		pi.Name, pi.City, pi.Area, pi.Cuisine, pi.Type = p.NameEn, p.City, p.AreaEn, b.cuisineName(p.Cuisine, "en"), p.Type
		if p.NoteEn != "" {
			pi.Note = p.NoteEn
		}
	}
	pi.Label = b.label(p, lang)
	if p.PriceBand > 0 {
		pi.PriceBand = strings.Repeat("₩", p.PriceBand)
	}
	if p.Price > 0 {
		pi.PriceText = words.Won(p.Price, lang) + "/박"
		if lang == "en" {
			pi.PriceText = words.Won(p.Price, lang) + "/night"
		}
	}
	return pi
}

// label is a place's name in lang, with its area when another place has
// the same name: "노을 트라토리아 (홍대)", "Noeul Trattoria (Hongdae)".
func (b *Booker) label(p Place, lang string) string {
	name := placeName(p, lang)
	if !b.namesakes[p.NameKo] {
		return name
	}
	if lang == "en" {
		return name + " (" + p.AreaEn + ")"
	}
	return name + " (" + p.AreaKo + ")"
}

// slotTimes lists a restaurant's bookable times: every 30 minutes from
// opening until 90 minutes before closing.
func slotTimes(p Place) []string {
	open, _ := time.Parse("15:04", p.Open)
	closeT, _ := time.Parse("15:04", p.Close)
	var out []string
	for t := open; !t.After(closeT.Add(-90 * time.Minute)); t = t.Add(30 * time.Minute) {
		out = append(out, t.Format("15:04"))
	}
	return out
}

func validTime(p Place, hm string) bool {
	for _, t := range slotTimes(p) {
		if t == hm {
			return true
		}
	}
	return false
}

var (
	dateSchema = `^\d{4}-\d{2}-\d{2}$`
	timeSchema = `^([01]\d|2[0-3]):[0-5]\d$`
)

func parseDate(s string) (time.Time, error) {
	d, err := time.ParseInLocation("2006-01-02", s, Seoul)
	if err != nil {
		return d, skills.Errorf(skills.CodeInvalidArguments, "date %q is not a calendar date (YYYY-MM-DD)", s)
	}
	return d, nil
}

type restArgs struct {
	City      string `json:"city,omitempty" jsonschema:"seoul, busan or jeju; a city without places is refused (not_found) with the cities there are"`
	Area      string `json:"area,omitempty" jsonschema:"neighbourhood, e.g. 강남, Haeundae"`
	Cuisine   string `json:"cuisine,omitempty" jsonschema:"italian, korean, bbq, japanese, chinese, french, seafood, vegetarian or cafe"`
	Query     string `json:"query,omitempty" jsonschema:"name or words to look for"`
	PartySize int    `json:"party_size,omitempty"`
	Date      string `json:"date,omitempty" jsonschema:"YYYY-MM-DD"`
	Time      string `json:"time,omitempty" jsonschema:"HH:MM, 24-hour"`
	MaxPrice  int    `json:"max_price_band,omitempty" jsonschema:"1 (cheap) to 4 (expensive)"`
	Veg       bool   `json:"vegetarian,omitempty" jsonschema:"only places with vegetarian dishes"`
	Avoid     string `json:"avoid,omitempty" jsonschema:"a food someone in the party is allergic to or cannot eat, e.g. shellfish, 해산물: places whose cuisine is made of it are left out"`
	Lang      string `json:"lang,omitempty"`
}

type lodgeArgs struct {
	City     string `json:"city,omitempty"`
	Area     string `json:"area,omitempty"`
	Type     string `json:"type,omitempty" jsonschema:"hotel, hanok, guesthouse or resort"`
	Query    string `json:"query,omitempty"`
	CheckIn  string `json:"check_in,omitempty" jsonschema:"YYYY-MM-DD"`
	Nights   int    `json:"nights,omitempty"`
	Guests   int    `json:"guests,omitempty"`
	MaxPrice int64  `json:"max_price,omitempty" jsonschema:"per night, KRW"`
	Lang     string `json:"lang,omitempty"`
}

type holdArgs struct {
	PlaceID string `json:"place_id"`
	Date    string `json:"date" jsonschema:"restaurant day or lodging check-in, YYYY-MM-DD"`
	Time    string `json:"time,omitempty" jsonschema:"restaurant time HH:MM"`
	Nights  int    `json:"nights,omitempty" jsonschema:"lodging nights"`
	Party   int    `json:"party_size" jsonschema:"people"`
	Name    string `json:"name,omitempty" jsonschema:"name for the booking"`
	Request string `json:"request,omitempty" jsonschema:"special request, e.g. a window seat"`
	// Allergy and Diet are what the user told the assistant about
	// themselves: they go into the request the place reads, and a cuisine
	// they conflict with is a warning on the confirmation card.
	Allergy string `json:"allergy,omitempty" jsonschema:"the user's food allergy the restaurant should know, e.g. 땅콩, shrimp"`
	Diet    string `json:"diet,omitempty" jsonschema:"vegetarian, vegan, gluten-free, halal, kosher, pescatarian or dairy-free"`
	// Replaces: a time change of the caller's confirmed booking at the same
	// place; the old one is cancelled only when this hold is confirmed.
	Replaces string `json:"replaces,omitempty" jsonschema:"booking_id of the caller's confirmed booking at the same place this one replaces (a time change)"`
}

type bookingArgs struct {
	BookingID string `json:"booking_id"`
}

type noArgs struct{}

// mineArgs: booking_mine lists the user's bookings. A hold (a table or
// rooms kept for ten minutes while the user decides) is no booking: only
// the user's last one, whose card may still wait, is listed with them, as
// not confirmed — one left for another day or place is not (lastHold is
// kept in memory: after a restart no hold is listed) — unless Held asks
// for every live hold (to pick one to confirm).
type mineArgs struct {
	Held bool `json:"held,omitempty"`
}

func enumLang(s *jsonschema.Schema) { s.Properties["lang"].Enum = []any{"ko", "en"} }

// Tools implements skills.Skill.
func (b *Booker) Tools() []*skills.Tool {
	bid := func(s *jsonschema.Schema) { s.Properties["booking_id"].Pattern = `^b[0-9a-f]{20}$` }
	return []*skills.Tool{
		skills.NewTool("booking_search_restaurants", "Find restaurants; with date, time and party size, also whether a table is free (and other free times if not).",
			skills.Read, []string{ScopeRead}, b.searchRestaurants, skills.Constrain(enumLang), skills.Constrain(func(s *jsonschema.Schema) {
				s.Properties["city"].Enum = cityEnum()
				s.Properties["cuisine"].Enum = []any{"italian", "korean", "bbq", "japanese", "chinese", "french", "seafood", "vegetarian", "cafe"}
				s.Properties["party_size"].Minimum, s.Properties["party_size"].Maximum = skills.Ptr(1.0), skills.Ptr(20.0)
				s.Properties["date"].Pattern = dateSchema
				s.Properties["time"].Pattern = timeSchema
				s.Properties["max_price_band"].Minimum, s.Properties["max_price_band"].Maximum = skills.Ptr(1.0), skills.Ptr(4.0)
				s.Properties["query"].MaxLength = skills.Ptr(100)
				s.Properties["area"].MaxLength = skills.Ptr(40)
			})),
		skills.NewTool("booking_search_lodgings", "Find hotels, hanok stays, guesthouses and resorts; with check-in, nights and guests, also rooms left.",
			skills.Read, []string{ScopeRead}, b.searchLodgings, skills.Constrain(enumLang), skills.Constrain(func(s *jsonschema.Schema) {
				s.Properties["city"].Enum = cityEnum()
				s.Properties["type"].Enum = []any{"hotel", "hanok", "guesthouse", "resort"}
				s.Properties["check_in"].Pattern = dateSchema
				s.Properties["nights"].Minimum, s.Properties["nights"].Maximum = skills.Ptr(1.0), skills.Ptr(14.0)
				s.Properties["guests"].Minimum, s.Properties["guests"].Maximum = skills.Ptr(1.0), skills.Ptr(12.0)
				s.Properties["max_price"].Minimum = skills.Ptr(0.0)
				s.Properties["query"].MaxLength = skills.Ptr(100)
				s.Properties["area"].MaxLength = skills.Ptr(40)
			})),
		skills.NewTool("booking_hold", "Hold a table or rooms for 10 minutes while the user decides. Confirm it with booking_confirm.",
			skills.Write, []string{ScopeWrite}, b.hold, skills.Constrain(func(s *jsonschema.Schema) {
				s.Properties["place_id"].Pattern = `^[rl][0-9]{2}$`
				s.Properties["date"].Pattern = dateSchema
				s.Properties["time"].Pattern = timeSchema
				s.Properties["nights"].Minimum, s.Properties["nights"].Maximum = skills.Ptr(1.0), skills.Ptr(14.0)
				s.Properties["party_size"].Minimum, s.Properties["party_size"].Maximum = skills.Ptr(1.0), skills.Ptr(20.0)
				s.Properties["name"].MaxLength = skills.Ptr(40)
				s.Properties["request"].MaxLength = skills.Ptr(200)
				s.Properties["allergy"].MaxLength = skills.Ptr(40)
				s.Properties["diet"].Enum = []any{"vegetarian", "vegan", "gluten-free", "halal", "kosher", "pescatarian", "dairy-free"}
			})),
		skills.NewTool("booking_confirm", "Confirm a held booking. Needs the user's confirmation.",
			skills.Irreversible, []string{ScopeWrite}, b.confirm, skills.WithPrepare(b.prepareConfirm), skills.Constrain(bid),
			// Everything confirm does is a write to booking.db.
			skills.MarksInFile(func() *store.DB { return b.db })),
		skills.NewTool("booking_cancel", "Cancel a booking under the place's cancellation policy. Needs the user's confirmation.",
			skills.Irreversible, []string{ScopeWrite}, b.cancel, skills.WithPrepare(b.prepareCancel), skills.Constrain(bid)),
		skills.NewTool("booking_release", "Give back a hold the user has not confirmed (its card was declined); a confirmed booking is left as it is.",
			skills.Write, []string{ScopeWrite}, b.release, skills.Constrain(bid)),
		skills.NewTool("booking_stay_times", "Check-in and check-out times of the user's upcoming confirmed stays.", skills.Read, []string{ScopeRead}, b.stayTimes),
		skills.NewTool("booking_mine", "The user's upcoming bookings and their newest hold; with held, every hold not yet confirmed.", skills.Read, []string{ScopeRead}, b.mine),
	}
}

// Elsewhere lists cities people ask for that the catalogue has no place
// in, as Korean and English readers write them. A search there is refused
// with ErrNoPlacesIn's message, which names the city and the cities there
// are (skills/booking/dialogue.json says it to the user), rather than
// listing places in another city.
var Elsewhere = map[string][2]string{
	"jeonju": {"전주", "Jeonju"}, "daegu": {"대구", "Daegu"}, "gwangju": {"광주", "Gwangju"}, "incheon": {"인천", "Incheon"},
	"daejeon": {"대전", "Daejeon"}, "ulsan": {"울산", "Ulsan"}, "suwon": {"수원", "Suwon"}, "gyeongju": {"경주", "Gyeongju"},
	"gangneung": {"강릉", "Gangneung"}, "sokcho": {"속초", "Sokcho"}, "yeosu": {"여수", "Yeosu"}, "tongyeong": {"통영", "Tongyeong"},
	"andong": {"안동", "Andong"}, "chuncheon": {"춘천", "Chuncheon"}, "pohang": {"포항", "Pohang"},
}

// catalogueCities are the cities with places, in the catalogue's order.
var catalogueCities = []string{"seoul", "busan", "jeju"}

func cityEnum() []any {
	out := []any{}
	for _, c := range catalogueCities {
		out = append(out, c)
	}
	names := make([]string, 0, len(Elsewhere))
	for c := range Elsewhere {
		names = append(names, c)
	}
	sort.Strings(names)
	for _, c := range names {
		out = append(out, c)
	}
	return out
}

// noPlacesIn is the error for a search in a city without places: `no
// places in city "jeonju" (전주/Jeonju); the catalogue has 서울, 부산, 제주 /
// Seoul, Busan, Jeju`, nil for a city with places (or none asked for).
func (b *Booker) noPlacesIn(city string) error {
	names, ok := Elsewhere[city]
	if !ok {
		return nil
	}
	var ko, en []string
	for _, c := range catalogueCities {
		ko, en = append(ko, b.cityName(c, "ko")), append(en, b.cityName(c, "en"))
	}
	return skills.Errorf(skills.CodeNotFound, "no places in city %q (%s/%s); the catalogue has %s / %s",
		city, names[0], names[1], strings.Join(ko, ", "), strings.Join(en, ", "))
}

func (b *Booker) matchFilters(p Place, city, area, query string) bool {
	if city != "" && p.City != city {
		return false
	}
	if area != "" && !strings.Contains(search.Normalize(p.AreaKo+" "+p.AreaEn), search.Normalize(area)) {
		return false
	}
	return true
}

func (b *Booker) ranked(query string) []Place {
	if strings.TrimSpace(query) == "" {
		return b.places
	}
	var out []Place
	for _, h := range b.index.Search(query, 0, nil) {
		if h.Matched >= 0.5 {
			out = append(out, b.byID[h.ID])
		}
	}
	return out
}

func (b *Booker) searchRestaurants(ctx context.Context, c skills.Caller, a restArgs) ([]PlaceInfo, error) {
	if err := b.noPlacesIn(a.City); err != nil {
		return nil, err
	}
	if a.Date != "" {
		if _, err := parseDate(a.Date); err != nil {
			return nil, err
		}
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	out := b.restaurants(a)
	if len(out) == 0 {
		// Nothing matched: say so, and offer the nearest places instead
		// of nothing — the same kind elsewhere in the city first.
		for _, r := range b.nearer(a) {
			if alt := b.restaurants(r.args); len(alt) > 0 {
				for i := range alt {
					alt[i].Instead = r.instead
				}
				return alt, nil
			}
		}
	}
	return out, nil
}

// relaxed is a search with one condition let go, and what to tell the
// user about it.
type relaxed struct {
	args    restArgs
	instead string
}

// nearer lists searches a little wider than a, nearest first: the area
// let go (keeping its city), then price and diet, then the city, then
// the cuisine, then the words.
func (b *Booker) nearer(a restArgs) []relaxed {
	lang := a.Lang
	what := words.Say(lang, "booking.places_like_that")
	if a.Cuisine != "" {
		what = words.Say(lang, "booking.cuisine_places", "cuisine", b.cuisineName(a.Cuisine, lang))
	}
	var out []relaxed
	if a.Area != "" {
		r := a
		r.Area = ""
		area, city := a.Area, a.City
		for _, p := range b.places {
			if p.Kind == "restaurant" && b.matchFilters(p, a.City, a.Area, "") {
				area, city = pick(lang == "en", p.AreaEn, p.AreaKo), p.City
				break
			}
		}
		r.City = city
		if city == "" {
			// An area no place is in, in no city asked for: anywhere else.
			out = append(out, relaxed{r, words.Say(lang, "booking.none_in_city", "what", what, "city", area)})
		} else {
			out = append(out, relaxed{r, words.Say(lang, "booking.none_in_area", "area", area, "what", what, "city", b.cityName(city, lang))})
		}
		a.City = city
	}
	if a.MaxPrice > 0 || a.Veg {
		r := a
		r.Area, r.MaxPrice, r.Veg = "", 0, false
		out = append(out, relaxed{r, words.Say(lang, "booking.none_exact")})
	}
	if a.City != "" {
		r := a
		r.Area, r.City = "", ""
		out = append(out, relaxed{r, words.Say(lang, "booking.none_in_city", "what", what, "city", b.cityName(a.City, lang))})
	}
	if a.Cuisine != "" {
		r := a
		r.Cuisine, r.Query = "", ""
		out = append(out, relaxed{r, words.Say(lang, "booking.none_of_cuisine", "what", what)})
	}
	if a.Query != "" {
		r := a
		r.Query = ""
		out = append(out, relaxed{r, words.Say(lang, "booking.none_exact")})
	}
	return out
}

// cuisineName is a cuisine as a reader of lang says it: "한식", "Korean".
func (b *Booker) cuisineName(c, lang string) string {
	if lang == "en" && c != "" {
		if c == "bbq" {
			return "BBQ"
		}
		return strings.ToUpper(c[:1]) + c[1:]
	}
	for _, p := range b.places {
		if p.Cuisine == c {
			return p.CuisineKo
		}
	}
	return c
}

// cityName is a city id as a reader of lang says it: "서울", "Seoul".
func (b *Booker) cityName(id, lang string) string {
	if lang == "en" {
		return cityEn(id)
	}
	for _, p := range b.places {
		if p.City == id {
			return p.CityKo
		}
	}
	return id
}

// searchedWhen is the day and time of a search as an answer says it
// (PlaceInfo.When); "" without both.
func searchedWhen(date, hm, lang string) string {
	d, err := time.ParseInLocation("2006-01-02 15:04", date+" "+hm, Seoul)
	if err != nil {
		return ""
	}
	if lang == "en" {
		return "on " + words.Date(d, lang) + " at " + words.Clock(d.Hour(), d.Minute(), lang)
	}
	return words.DateTime(d, lang) + "에"
}

// restaurants is the restaurants a finds, those with room first; with
// no cuisine asked for, a mix of cuisines (a search for "식당" is not a
// list of the first Italian places). Lock must be held.
func (b *Booker) restaurants(a restArgs) []PlaceInfo {
	party := max(a.PartySize, 1)
	out := []PlaceInfo{}
	for _, p := range b.ranked(a.Query) {
		if p.Kind != "restaurant" || !b.matchFilters(p, a.City, a.Area, a.Query) ||
			a.Cuisine != "" && p.Cuisine != a.Cuisine || a.MaxPrice > 0 && p.PriceBand > a.MaxPrice ||
			a.Veg && !p.Veg || party > p.MaxParty || a.Avoid != "" && Conflicts(p.Cuisine, a.Avoid) {
			continue
		}
		pi := b.info(p, a.Lang)
		pi.Available = true
		pi.When = searchedWhen(a.Date, a.Time, a.Lang)
		if a.Date != "" && a.Time != "" {
			k := p.ID + "|" + a.Date + "|" + a.Time
			free := b.free(p, k)
			pi.Free = &free
			pi.Available = validTime(p, a.Time) && free >= party
			if !pi.Available {
				pi.Other = b.otherTimes(p, a.Date, a.Time, party)
				for _, hm := range pi.Other {
					t, _ := time.Parse("15:04", hm)
					pi.OtherText = append(pi.OtherText, words.Clock(t.Hour(), t.Minute(), a.Lang))
				}
			}
		}
		out = append(out, pi)
	}
	if a.Cuisine == "" && strings.TrimSpace(a.Query) == "" {
		out = mixCuisines(out)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Available && !out[j].Available })
	if len(out) > 10 {
		out = out[:10]
	}
	return out
}

// mixCuisines orders places one of each cuisine at a time, each
// cuisine's places in their order: italian, vegetarian, bbq, …, then the
// second italian, and so on.
func mixCuisines(ps []PlaceInfo) []PlaceInfo {
	var kinds []string
	by := map[string][]PlaceInfo{}
	for _, p := range ps {
		if _, ok := by[p.Cuisine]; !ok {
			kinds = append(kinds, p.Cuisine)
		}
		by[p.Cuisine] = append(by[p.Cuisine], p)
	}
	out := make([]PlaceInfo, 0, len(ps))
	for len(out) < len(ps) {
		for _, k := range kinds {
			if len(by[k]) > 0 {
				out = append(out, by[k][0])
				by[k] = by[k][1:]
			}
		}
	}
	return out
}

// otherTimes lists up to three free times nearest to hm. Lock must be held.
func (b *Booker) otherTimes(p Place, date, hm string, party int) []string {
	want, _ := time.Parse("15:04", hm)
	type cand struct {
		t string
		d time.Duration
	}
	var cs []cand
	for _, t := range slotTimes(p) {
		if t == hm || b.free(p, p.ID+"|"+date+"|"+t) < party {
			continue
		}
		tt, _ := time.Parse("15:04", t)
		d := tt.Sub(want)
		if d < 0 {
			d = -d
		}
		cs = append(cs, cand{t, d})
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].d < cs[j].d })
	var out []string
	for i := 0; i < len(cs) && i < 3; i++ {
		out = append(out, cs[i].t)
	}
	sort.Strings(out)
	return out
}

func (b *Booker) searchLodgings(ctx context.Context, c skills.Caller, a lodgeArgs) ([]PlaceInfo, error) {
	if err := b.noPlacesIn(a.City); err != nil {
		return nil, err
	}
	out := []PlaceInfo{}
	nights := max(a.Nights, 1)
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, p := range b.ranked(a.Query) {
		if p.Kind != "lodging" || !b.matchFilters(p, a.City, a.Area, a.Query) || a.Type != "" && p.Type != a.Type || a.MaxPrice > 0 && p.Price > a.MaxPrice {
			continue
		}
		pi := b.info(p, a.Lang)
		pi.Available = true
		if a.CheckIn != "" {
			d, err := parseDate(a.CheckIn)
			if err != nil {
				return nil, err
			}
			rooms := roomsFor(p, max(a.Guests, 1))
			free := p.Rooms
			for i := 0; i < nights; i++ {
				free = min(free, b.free(p, p.ID+"|"+d.AddDate(0, 0, i).Format("2006-01-02")))
			}
			pi.Free = &free
			pi.Available = free >= rooms
		}
		out = append(out, pi)
	}
	if len(out) == 0 && a.Type != "" && a.MaxPrice == 0 {
		if err := b.noTypeIn(a); err != nil {
			return nil, err
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Available && !out[j].Available })
	if len(out) > 10 {
		out = out[:10]
	}
	return out, nil
}

// joinList joins names as a reader of lang reads a short list: "resorts
// and hanok stays", "리조트, 한옥 스테이".
func joinList(xs []string, lang string) string {
	if lang == "ko" || len(xs) < 2 {
		return strings.Join(xs, ", ")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

func capFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// typePlural is a kind of stay as an English reader reads several.
var typePlural = map[string]string{"hotel": "hotels", "resort": "resorts", "hanok": "hanok stays", "guesthouse": "guesthouses"}

func typeText(p Place, lang string, plural bool) string {
	if lang == "ko" {
		return p.TypeKo
	}
	if plural && typePlural[p.Type] != "" {
		return typePlural[p.Type]
	}
	if p.Type == "hanok" {
		return "hanok stay"
	}
	return p.Type
}

// noTypeIn explains a search for a kind of stay the city or area has
// none of ("a hotel in Busan": Busan has resorts and hanok stays, the
// hotels are in Jeju): what the place has and where that kind is, in
// both languages, so the user is never left with a bare "nothing
// matches". Nil when the kind is there (the rooms are taken instead).
// Lock must be held.
func (b *Booker) noTypeIn(a lodgeArgs) error {
	var here, kind []Place
	for _, p := range b.places {
		if p.Kind != "lodging" {
			continue
		}
		if b.matchFilters(p, a.City, a.Area, "") {
			if p.Type == a.Type {
				return nil
			}
			here = append(here, p)
		}
		if p.Type == a.Type {
			kind = append(kind, p)
		}
	}
	if len(kind) == 0 {
		return nil
	}
	say := func(lang string) string {
		where := ""
		if a.City != "" {
			where = b.cityName(a.City, lang)
		}
		if a.Area != "" {
			area := a.Area
			for _, p := range here {
				area = map[bool]string{true: p.AreaKo, false: p.AreaEn}[lang == "ko"]
				break
			}
			if where == "" {
				where = area
			} else if lang == "ko" {
				where += " " + area
			} else {
				where = area + ", " + where
			}
		}
		var types []string
		seen := map[string]bool{}
		for _, p := range here {
			if t := typeText(p, lang, true); !seen[t] {
				seen[t] = true
				types = append(types, t)
			}
		}
		var cities []string
		areas := map[string][]string{}
		for _, p := range kind {
			c := b.cityName(p.City, lang)
			ar := map[bool]string{true: p.AreaKo, false: p.AreaEn}[lang == "ko"]
			if _, ok := areas[c]; !ok {
				cities = append(cities, c)
			}
			if !slices.Contains(areas[c], ar) {
				areas[c] = append(areas[c], ar)
			}
		}
		var at []string
		for _, c := range cities {
			at = append(at, c+map[bool]string{true: "(", false: " ("}[lang == "ko"]+strings.Join(areas[c], ", ")+")")
		}
		sample := kind[0]
		id := "booking.no_type_here"
		if len(here) == 0 || where == "" {
			id = "booking.no_type"
		}
		return words.Say(lang, id, "where", where, "type", typeText(sample, lang, false), "types", joinList(types, lang),
			"kinds", capFirst(typeText(sample, lang, true)), "at", strings.Join(at, ", "))
	}
	return skills.Errorf(skills.CodeNotFound, "no lodging of type %q there; ko: %s; en: %s", a.Type, say("ko"), say("en"))
}

func roomsFor(p Place, guests int) int { return (guests + p.MaxGuests - 1) / p.MaxGuests }

// BookingView is a booking as tools return it.
type BookingView struct {
	Booking
	PlaceName   string `json:"place_name"`
	PlaceNameEn string `json:"place_name_en"`
	Policy      string `json:"policy"`
	// PlaceLabel is the place's name in the caller's language, with its
	// area when another place has the same name.
	PlaceLabel string `json:"place_label"`
	// WhenText is the booking's day and time as the caller reads them:
	// "12월 8일(화) 오후 7시", "Tue, Dec 8, 7 PM".
	WhenText string `json:"when_text"`
	// RoomsNote says, when a stay takes more than one room, how many and
	// the stay's total ("For 3 guests that's 2 rooms, ₩876,000 in total.
	// "): more guests than a room sleeps is never a silent doubling.
	RoomsNote string `json:"rooms_note,omitempty"`
	// StatusText is Status in the caller's language: "확정", "Confirmed".
	StatusText string `json:"status_text"`
	// CheckInText, CheckOutText are a stay's house times as the caller
	// reads them ("오후 3시", "11 AM"); booking_stay_times sets them.
	CheckInText  string `json:"check_in_text,omitempty"`
	CheckOutText string `json:"check_out_text,omitempty"`
	// The place's kind in both languages ("italian"/"이탈리안",
	// "hanok stay"/"한옥 스테이"): what a user calls a booking by ("cancel
	// the italian one"; see the names of booking_cancel's pick in
	// dialogue.json).
	Cuisine   string `json:"cuisine,omitempty"`
	CuisineKo string `json:"cuisine_ko,omitempty"`
	Type      string `json:"type,omitempty"`
	TypeKo    string `json:"type_ko,omitempty"`
	// ReplacedText is, on a confirmed time change, the day and time of the
	// booking it cancelled.
	ReplacedText string `json:"replaced_text,omitempty"`
	// DetailText is the party and the place's area as a card's line reads
	// them ("2명 · 강남", "2 people · Gangnam"): a booking card showed
	// neither, and the confirmation card had both (trial13).
	DetailText string `json:"detail_text"`
}

func (b *Booker) view(bk Booking, lang string) BookingView {
	p := b.byID[bk.Place]
	v := BookingView{Booking: bk, PlaceName: p.NameKo, PlaceNameEn: p.NameEn, Policy: policy(p), PlaceLabel: b.label(p, lang),
		StatusText: statusText(bk.Status, lang), Cuisine: p.Cuisine, CuisineKo: p.CuisineKo, Type: p.Type, TypeKo: p.TypeKo}
	party, area := fmt.Sprintf("%d명", bk.Party), p.AreaKo
	if lang == "en" {
		party, area = fmt.Sprintf("%d people", bk.Party), p.AreaEn
		if bk.Party == 1 {
			party = "1 person"
		}
	}
	v.DetailText = party
	if area != "" {
		v.DetailText += " · " + area
	}
	if bk.Rooms > 1 {
		v.RoomsNote = words.Say(lang, "booking.rooms_note", "guests", bk.Party, "rooms", bk.Rooms, "total", words.Won(bk.Total, lang))
	}
	if d, err := time.ParseInLocation("2006-01-02", bk.Date, Seoul); err == nil {
		v.WhenText = words.Date(d, lang)
		if at, err := time.ParseInLocation("2006-01-02 15:04", bk.Date+" "+bk.Time, Seoul); err == nil {
			v.WhenText = words.DateTime(at, lang)
		} else if bk.Nights > 0 {
			v.WhenText = words.Say(lang, "booking.when_stay", "date", v.WhenText, "nights", bk.Nights)
		}
	}
	return v
}

// statusText is a booking's status as a reader of lang reads it: a
// Korean card never shows "confirmed".
func statusText(st, lang string) string {
	if lang == "en" {
		return map[string]string{Held: "Not confirmed yet", Confirmed: "Confirmed", Cancelled: "Cancelled", Expired: "Expired"}[st]
	}
	return map[string]string{Held: "확정 전", Confirmed: "확정", Cancelled: "취소됨", Expired: "만료됨"}[st]
}

func policy(p Place) string {
	if p.Kind == "restaurant" {
		return "예약 2시간 전까지 무료 취소, 이후 취소 시 1인당 10,000원 · free cancellation until 2 hours before; after that ₩10,000 per person"
	}
	return "체크인 3일 전까지 무료 취소, 이후 첫날 숙박 요금 부과 · free cancellation until 3 days before check-in; after that the first night is charged"
}

func (b *Booker) hold(ctx context.Context, c skills.Caller, a holdArgs) (BookingView, error) {
	p, ok := b.byID[a.PlaceID]
	if !ok {
		return BookingView{}, skills.Errorf(skills.CodeNotFound, "no place %s", a.PlaceID)
	}
	d, err := parseDate(a.Date)
	if err != nil {
		return BookingView{}, err
	}
	now := b.env.Clock.Now()
	bk := &Booking{ID: "b" + skills.OpIDHex(ctx, 20), User: c.UserID, Place: p.ID, Kind: p.Kind, Date: a.Date, Party: a.Party,
		Name: a.Name, Request: a.Request, Status: Held, HoldExpires: now.Add(HoldTTL), Created: now, Replaces: a.Replaces}
	bk.Request, bk.Warning = needs(p, a, c.Lang)
	if a.Replaces != "" {
		old, err := b.ownBooking(c, a.Replaces)
		if err != nil {
			return BookingView{}, err
		}
		if old.Status != Confirmed || old.Place != p.ID {
			return BookingView{}, skills.Errorf(skills.CodeInvalidArguments, "booking %s is not a confirmed booking at %s", old.ID, p.NameKo)
		}
	}
	if p.Kind == "restaurant" {
		if a.Time == "" || !validTime(p, a.Time) {
			ts := slotTimes(p)
			return BookingView{}, skills.Errorf(skills.CodeInvalidArguments, "%s takes bookings at %s (every half hour from %s to %s)", p.NameKo, strings.Join(ts, ", "), ts[0], ts[len(ts)-1])
		}
		if a.Party > p.MaxParty {
			return BookingView{}, skills.Errorf(skills.CodeConflict, "%s seats at most %d people per table", p.NameKo, p.MaxParty)
		}
		at, _ := time.ParseInLocation("2006-01-02 15:04", a.Date+" "+a.Time, Seoul)
		if !at.After(now) {
			return BookingView{}, skills.Errorf(skills.CodeInvalidArguments, "%s %s is in the past", a.Date, a.Time)
		}
		bk.Time = a.Time
	} else {
		if a.Nights < 1 {
			return BookingView{}, skills.Errorf(skills.CodeInvalidArguments, "a lodging needs nights (1-14)")
		}
		if d.Add(15 * time.Hour).Before(now) {
			return BookingView{}, skills.Errorf(skills.CodeInvalidArguments, "check-in %s is in the past", a.Date)
		}
		bk.Nights, bk.Rooms = a.Nights, roomsFor(p, a.Party)
		bk.Total = p.Price * int64(a.Nights*bk.Rooms)
	}

	view, wait, err := b.holdLocked(p, bk, a, now, c.Lang)
	if err != nil {
		return BookingView{}, err
	}
	// The same user's older hold of the same place on the same day is
	// superseded by this one ("make it 7:30" after 7 PM was held) and
	// given back: left, it kept its seats until it lapsed and was listed
	// as "not confirmed" beside the new one (a new user's trial). The new
	// hold is on disk before an old one is given back (a crash between
	// leaves both, never neither), so with one to give back it is awaited
	// here; otherwise its wait may go to the host.
	older := b.superseded(bk)
	hctx := ctx
	if len(older) > 0 {
		hctx = nil
	}
	if err := b.await(hctx, wait); err != nil {
		return BookingView{}, skills.Errorf(skills.CodeUnavailable, "the hold could not be saved to disk: %v", err)
	}
	for _, id := range older {
		if _, err := b.update(ctx, id, func(o *Booking) error {
			if o.Status == Held {
				o.Status, o.CancelledAt = Cancelled, now
			}
			return nil
		}); err != nil {
			return BookingView{}, err
		}
	}
	return view, nil
}

// superseded lists the user's other live holds of bk's place and day at
// another time (a table of the same time may be a second one held).
func (b *Booker) superseded(bk *Booking) []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	var ids []string
	for _, o := range b.byUser[bk.User] {
		if o.ID != bk.ID && o.Place == bk.Place && o.Date == bk.Date && o.Time != bk.Time && o.Status == Held {
			ids = append(ids, o.ID)
		}
	}
	sort.Strings(ids)
	return ids
}

// holdLocked takes the capacity for bk and commits it under the lock;
// wait returns once the hold is fsynced (store.DB.Write: holds made at
// once share one fsync). A retry of a hold waits for the fsync too, as
// the first attempt may not have reached it yet.
func (b *Booker) holdLocked(p Place, bk *Booking, a holdArgs, now time.Time, lang string) (BookingView, func() error, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if prev, ok := b.bookings[bk.ID]; ok { // a retry of this hold
		return b.view(*prev, lang), b.db.Synced, nil
	}
	keys, need := b.slots(bk)
	for _, k := range keys {
		if b.free(p, k) < need {
			b.expireLocked(now) // lapsed holds give their room back first
		}
		if left := b.free(p, k); left < need {
			what := fmt.Sprintf("only %d seats are left at %s %s", max(left, 0), a.Date, a.Time)
			if p.Kind == "lodging" {
				what = fmt.Sprintf("only %d rooms are left on %s", max(left, 0), strings.TrimPrefix(k, p.ID+"|"))
			}
			return BookingView{}, nil, skills.Errorf(skills.CodeConflict, "%s at %s; try another time or place", what, p.NameKo)
		}
	}
	wait, err := b.write(bk)
	if err != nil {
		return BookingView{}, nil, skills.Errorf(skills.CodeUnavailable, "the hold could not be saved; nothing was booked")
	}
	b.bookings[bk.ID] = bk
	b.byUser[bk.User] = append(b.byUser[bk.User], bk)
	b.occupy(bk, 1)
	b.lastHold[bk.User] = bk.ID
	return b.view(*bk, lang), wait, nil
}

// ownBooking returns the caller's booking; others' are "not found".
func (b *Booker) ownBooking(c skills.Caller, id string) (Booking, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	bk, ok := b.bookings[id]
	if !ok || bk.User != c.UserID {
		return Booking{}, skills.Errorf(skills.CodeNotFound, "no booking %s", id)
	}
	return *bk, nil
}

// describe is a booking as a confirmation card names it (in lang: "en"
// English, otherwise Korean; protocol/words/messages) and its labelled
// fields (both languages).
func (b *Booker) describe(bk Booking, lang string) (string, []skills.Field) {
	p := b.byID[bk.Place]
	en := lang == "en"
	where := p.NameKo + " (" + p.CityKo + " " + p.AreaKo + ")"
	if en {
		where = placeName(p, lang) + " (" + cityEn(p.City) + " " + p.AreaEn + ")"
	}
	// The day and time read as they do everywhere (protocol/words):
	// "12월 8일(화)", "오후 7시"; "Tue, Dec 8", "7 PM".
	date, at := bk.Date, bk.Time
	if d, err := time.ParseInLocation("2006-01-02", bk.Date, Seoul); err == nil {
		date = words.Date(d, lang)
	}
	if t, err := time.Parse("15:04", bk.Time); err == nil {
		at = words.Clock(t.Hour(), t.Minute(), lang)
	}
	fields := []skills.Field{{Label: "장소 Place", Value: where}, {Label: "날짜 Date", Value: date}}
	var text string
	if bk.Kind == "restaurant" {
		party := fmt.Sprintf("%d명", bk.Party)
		if en {
			party = plural(bk.Party, "person", "people")
		}
		fields = append(fields, skills.Field{Label: "시간 Time", Value: at}, skills.Field{Label: "인원 Party", Value: party})
		text = words.Say(lang, "booking.table", "place", b.label(p, lang), "date", date, "time", at, "party", bk.Party)
	} else {
		nights, guests, price := fmt.Sprintf("%d박", bk.Nights), fmt.Sprintf("%d명 (객실 %d)", bk.Party, bk.Rooms), words.Won(bk.Total, "ko")+" (현장 결제)"
		if en {
			nights = plural(bk.Nights, "night", "nights")
			guests = plural(bk.Party, "guest", "guests") + " (" + plural(bk.Rooms, "room", "rooms") + ")"
			price = words.Won(bk.Total, lang) + " (paid at the property)"
		}
		fields = append(fields, skills.Field{Label: "숙박 Nights", Value: nights},
			skills.Field{Label: "인원 Guests", Value: guests},
			skills.Field{Label: "요금 Price", Value: price})
		text = words.Say(lang, "booking.stay", "place", b.label(p, lang), "date", date, "nights", bk.Nights, "party", bk.Party)
	}
	if bk.Name != "" {
		fields = append(fields, skills.Field{Label: "예약자 Name", Value: bk.Name})
	}
	if bk.Request != "" {
		fields = append(fields, skills.Field{Label: "요청 Request", Value: bk.Request})
	}
	pol := policy(p)
	if _, enPol, ok := strings.Cut(pol, " · "); ok && en {
		pol = enPol
	}
	fields = append(fields, skills.Field{Label: "취소 규정 Policy", Value: pol + b.freeNote(bk, p, lang)})
	return text, fields
}

// freeNote is the policy's deadline for this booking, so the card a user
// confirms says until when cancelling is free — or, when that moment has
// already passed, that cancelling now costs the fee (a stay booked for the
// day after tomorrow is inside its paid window from the start).
func (b *Booker) freeNote(bk Booking, p Place, lang string) string {
	until, now := freeUntil(bk, p), b.env.Clock.Now()
	if until.IsZero() || until.Year() < 2000 {
		return ""
	}
	if now.Before(until) {
		return words.Say(lang, "booking.free_until", "when", words.DateTime(until.In(Seoul), lang))
	}
	c := bk
	c.Status = Confirmed
	return words.Say(lang, "booking.free_passed", "fee", words.Won(b.fee(c, now), lang))
}

// plural is n things in English: "1 person", "4 people".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// conflicts: allergens (as users name them, in Korean and English) that
// a cuisine is made of, so a booking there gets a warning.
var conflicts = map[string][]string{
	"seafood":  {"새우", "게", "갑각류", "조개", "굴", "생선", "해산물", "해물", "오징어", "랍스터", "shrimp", "prawn", "crab", "shellfish", "lobster", "fish", "seafood", "oyster", "clam", "squid", "mussel"},
	"japanese": {"새우", "갑각류", "생선", "해산물", "shrimp", "prawn", "shellfish", "fish", "seafood"},
	"italian":  {"밀가루", "밀", "글루텐", "gluten", "wheat"},
}

// Conflicts says whether a cuisine is made of the allergen or food named
// ("seafood" of "해산물", "shellfish"): a place of that cuisine is not
// offered to a party that cannot eat it (trial18: "한 명은 해산물 알레르기"
// searched seafood places).
func Conflicts(cuisine, allergen string) bool {
	low := strings.ToLower(strings.TrimSpace(allergen))
	if low == "" {
		return false
	}
	for _, w := range conflicts[cuisine] {
		if low == w || strings.Contains(low, w) && len([]rune(w)) > 1 {
			return true
		}
	}
	return false
}

// dietKo is a diet the user told (agents/memory.go) as a Korean reader
// reads it; only vegetarian and vegan meals are what a place's Veg says.
var dietKo = map[string]string{"vegetarian": "채식", "vegan": "비건", "gluten-free": "글루텐 프리", "halal": "할랄", "kosher": "코셔", "pescatarian": "페스코 채식", "dairy-free": "유제품 제외"}

// needs is the request the place reads — the user's own words, then the
// diet and allergy the user told the assistant ("창가 · 땅콩 알레르기",
// "window · allergy: peanuts") — and a warning when the cuisine conflicts
// with them, both in lang.
func needs(p Place, a holdArgs, lang string) (request, warning string) {
	var parts []string
	if r := strings.TrimSpace(a.Request); r != "" {
		parts = append(parts, r)
	}
	name := placeName(p, lang)
	if a.Diet != "" {
		diet := a.Diet
		if lang != "en" {
			if ko, ok := dietKo[a.Diet]; ok {
				diet = ko
			}
		}
		parts = append(parts, words.Say(lang, "booking.diet_request", "diet", diet))
		if p.Kind == "restaurant" && !p.Veg && (a.Diet == "vegetarian" || a.Diet == "vegan") {
			warning = words.Say(lang, "booking.warn_diet", "place", name, "diet", diet)
		}
	}
	if al := strings.TrimSpace(a.Allergy); al != "" {
		shown := words.Allergen(al, lang) // told in one language, read in the card's
		parts = append(parts, words.Say(lang, "booking.allergy_request", "allergy", shown))
		low := strings.ToLower(al)
		for _, w := range conflicts[p.Cuisine] {
			if p.Kind == "restaurant" && (low == w || strings.Contains(low, w) && len([]rune(w)) > 1) && warning == "" {
				cuisine := p.Cuisine
				if lang != "en" {
					cuisine = p.CuisineKo
				}
				warning = words.Say(lang, "booking.warn_allergy", "place", name, "cuisine", cuisine, "allergy", shown)
			}
		}
	}
	return strings.Join(parts, " · "), warning
}

// cityEn is a city id as an English reader writes it ("seoul" → "Seoul").
func cityEn(id string) string {
	if id == "" {
		return ""
	}
	return strings.ToUpper(id[:1]) + id[1:]
}

func (b *Booker) prepareConfirm(ctx context.Context, c skills.Caller, a bookingArgs) (skills.Summary, error) {
	bk, err := b.ownBooking(c, a.BookingID)
	if err != nil {
		return skills.Summary{}, err
	}
	if bk.Status != Held || !bk.holds(b.env.Clock.Now()) {
		return skills.Summary{}, skills.Errorf(skills.CodeConflict, "booking %s is %s, not an active hold; hold again", bk.ID, bk.Status)
	}
	text, fields := b.describe(bk, c.Lang)
	sum := words.Say(c.Lang, "booking.confirm", "booking", text)
	if bk.Warning != "" {
		sum += " " + bk.Warning
	}
	if bk.Replaces != "" {
		// A time change: the card says both things that will happen, in
		// the order they happen.
		old, err := b.ownBooking(c, bk.Replaces)
		if err != nil {
			return skills.Summary{}, err
		}
		if old.Status != Confirmed {
			return skills.Summary{}, skills.Errorf(skills.CodeConflict, "booking %s is %s; nothing to change", old.ID, old.Status)
		}
		oldText, _ := b.describe(old, c.Lang)
		fee := words.Won(b.fee(old, b.env.Clock.Now()), c.Lang)
		sum = words.Say(c.Lang, "booking.change", "booking", text, "old", oldText, "fee", fee)
		fields = append(fields, skills.Field{Label: "취소 Cancels", Value: b.view(old, c.Lang).WhenText}, skills.Field{Label: "취소 수수료 Fee", Value: fee})
	}
	return skills.Summary{Text: sum, Fields: fields, Button: words.Say(c.Lang, "booking.confirm_button")}, nil
}

// placeName is a place's name in lang.
func placeName(p Place, lang string) string {
	if lang == "en" {
		return p.NameEn
	}
	return p.NameKo
}

func (b *Booker) confirm(ctx context.Context, c skills.Caller, a bookingArgs) (BookingView, error) {
	own, err := b.ownBooking(c, a.BookingID)
	if err != nil {
		return BookingView{}, err
	}
	now := b.env.Clock.Now()
	// A booking that replaces another is on disk confirmed before the old
	// one is cancelled (below): its wait is not handed to the host.
	cctx := ctx
	if own.Replaces != "" {
		cctx = nil
	}
	bk, err := b.update(cctx, a.BookingID, func(bk *Booking) error {
		switch {
		case bk.Status == Confirmed:
			return nil
		case bk.Status != Held || !bk.holds(now):
			return skills.Errorf(skills.CodeConflict, "the hold on %s has %s; hold again", bk.ID, pick(bk.Status == Cancelled, "been cancelled", "expired"))
		}
		bk.Status, bk.ConfirmedAt = Confirmed, now
		return nil
	})
	if err != nil {
		return BookingView{}, err
	}
	v := b.view(bk, c.Lang)
	if bk.Replaces != "" {
		// The new booking is confirmed (and on disk): only now is the one
		// it replaces cancelled. A crash between the two leaves both, never
		// neither; a retry cancels it then.
		old, err := b.update(ctx, bk.Replaces, func(o *Booking) error {
			if o.Status == Confirmed {
				o.Fee = b.fee(*o, now)
				o.Status, o.CancelledAt = Cancelled, now
			}
			return nil
		})
		if err != nil {
			return BookingView{}, err
		}
		v.ReplacedText = b.view(old, c.Lang).WhenText
	}
	return v, nil
}

func pick(c bool, a, b string) string {
	if c {
		return a
	}
	return b
}

// fee is what cancelling bk at now costs.
func (b *Booker) fee(bk Booking, now time.Time) int64 {
	if bk.Status != Confirmed {
		return 0
	}
	p := b.byID[bk.Place]
	if bk.Kind == "restaurant" {
		if now.Before(freeUntil(bk, p)) {
			return 0
		}
		return 10000 * int64(bk.Party)
	}
	if now.Before(freeUntil(bk, p)) {
		return 0
	}
	return p.Price * int64(bk.Rooms)
}

// freeUntil is the last moment bk can be cancelled free, as policy(p)
// words it: two hours before a table, three days before a stay's
// check-in — the house's check-in time on the first day (15:00 when the
// place names none), not that day's midnight: a stay from Saturday booked
// on Wednesday at 10:00 is free to cancel until Wednesday 15:00 (found
// by a new user's trial, who was charged a night at 10:01).
func freeUntil(bk Booking, p Place) time.Time {
	if bk.Kind == "restaurant" {
		at, _ := time.ParseInLocation("2006-01-02 15:04", bk.Date+" "+bk.Time, Seoul)
		return at.Add(-2 * time.Hour)
	}
	in := p.CheckIn
	if in == "" {
		in = "15:00"
	}
	at, err := time.ParseInLocation("2006-01-02 15:04", bk.Date+" "+in, Seoul)
	if err != nil {
		at, _ = time.ParseInLocation("2006-01-02", bk.Date, Seoul)
	}
	return at.Add(-72 * time.Hour)
}

func (b *Booker) prepareCancel(ctx context.Context, c skills.Caller, a bookingArgs) (skills.Summary, error) {
	bk, err := b.ownBooking(c, a.BookingID)
	if err != nil {
		return skills.Summary{}, err
	}
	if bk.Status == Cancelled || bk.Status == Expired {
		return skills.Summary{}, skills.Errorf(skills.CodeConflict, "booking %s is already %s", bk.ID, bk.Status)
	}
	text, fields := b.describe(bk, c.Lang)
	fee := b.fee(bk, b.env.Clock.Now())
	feeText := words.Won(fee, c.Lang)
	fields = append(fields, skills.Field{Label: "취소 수수료 Fee", Value: feeText})
	return skills.Summary{Text: words.Say(c.Lang, "booking.cancel", "booking", text, "fee", words.Won(fee, c.Lang)), Fields: fields,
		Button: words.Say(c.Lang, "booking.cancel_button")}, nil
}

func (b *Booker) cancel(ctx context.Context, c skills.Caller, a bookingArgs) (BookingView, error) {
	if _, err := b.ownBooking(c, a.BookingID); err != nil {
		return BookingView{}, err
	}
	now := b.env.Clock.Now()
	bk, err := b.update(ctx, a.BookingID, func(bk *Booking) error {
		if bk.Status == Cancelled {
			return nil
		}
		if bk.Status == Expired {
			return skills.Errorf(skills.CodeConflict, "booking %s had already expired", bk.ID)
		}
		bk.Fee = b.fee(*bk, now)
		bk.Status, bk.CancelledAt = Cancelled, now
		return nil
	})
	if err != nil {
		return BookingView{}, err
	}
	return b.view(bk, c.Lang), nil
}

// release gives back the caller's hold that was never confirmed: its room
// is free again and it is no longer listed. Anything else (a confirmed
// booking, a hold already lapsed) is left as it is.
func (b *Booker) release(ctx context.Context, c skills.Caller, a bookingArgs) (BookingView, error) {
	if _, err := b.ownBooking(c, a.BookingID); err != nil {
		return BookingView{}, err
	}
	now := b.env.Clock.Now()
	bk, err := b.update(ctx, a.BookingID, func(bk *Booking) error {
		if bk.Status == Held {
			bk.Status, bk.CancelledAt = Cancelled, now
		}
		return nil
	})
	if err != nil {
		return BookingView{}, err
	}
	return b.view(bk, c.Lang), nil
}

// stayTimes lists the caller's upcoming confirmed stays, soonest first,
// with their places' check-in and check-out times.
func (b *Booker) stayTimes(ctx context.Context, c skills.Caller, _ noArgs) ([]BookingView, error) {
	all, err := b.mine(ctx, c, mineArgs{})
	if err != nil {
		return nil, err
	}
	clock := func(hm string) string {
		t, err := time.Parse("15:04", hm)
		if err != nil {
			return ""
		}
		return words.Clock(t.Hour(), t.Minute(), c.Lang)
	}
	out := []BookingView{}
	for _, v := range all {
		p := b.byID[v.Place]
		if p.Kind != "lodging" || v.Status != Confirmed {
			continue
		}
		v.CheckInText, v.CheckOutText = clock(p.CheckIn), clock(p.CheckOut)
		out = append(out, v)
	}
	return out, nil
}

func (b *Booker) mine(ctx context.Context, c skills.Caller, a mineArgs) ([]BookingView, error) {
	now := b.env.Clock.Now()
	b.mu.Lock()
	var out []BookingView
	for _, bk := range b.byUser[c.UserID] {
		if !bk.holds(now) {
			continue
		}
		if bk.Status == Held && !a.Held && bk.ID != b.lastHold[c.UserID] {
			continue
		}
		out = append(out, b.view(*bk, c.Lang))
	}
	b.mu.Unlock()
	sort.Slice(out, func(i, j int) bool { return out[i].Date+out[i].Time < out[j].Date+out[j].Time })
	if out == nil {
		out = []BookingView{}
	}
	return out, nil
}

// Check verifies the capacity invariant over every stored booking: no slot
// holds more than its capacity, and the in-memory counts equal a fresh sum.
// The crash test calls it after every restart.
func (b *Booker) Check() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	fresh := map[string]int{}
	for _, bk := range b.bookings {
		if bk.counts() {
			keys, n := b.slots(bk)
			for _, k := range keys {
				fresh[k] += n
			}
		}
	}
	var errs []error
	for k, n := range fresh {
		p := b.byID[strings.SplitN(k, "|", 2)[0]]
		if n > b.capacity(p) {
			errs = append(errs, fmt.Errorf("slot %s holds %d, capacity %d", k, n, b.capacity(p)))
		}
	}
	for k, n := range b.used {
		if n != fresh[k] {
			errs = append(errs, fmt.Errorf("slot %s: memory says %d, bookings say %d", k, n, fresh[k]))
		}
	}
	return errors.Join(errs...)
}

func (b *Booker) capacity(p Place) int {
	if p.Kind == "restaurant" {
		return p.Capacity
	}
	return p.Rooms
}

// Bookings returns a copy of every booking (for tests and checks).
func (b *Booker) Bookings() []Booking {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := make([]Booking, 0, len(b.bookings))
	for _, bk := range b.bookings {
		out = append(out, *bk)
	}
	return out
}

// Catalogue is the place of the catalogue with id (ok is false when
// there is none): what a conversation reads about a place shown or booked
// (a lodging's note says "Breakfast included").
func Catalogue(id string) (Place, bool) {
	catalogueOnce.Do(func() {
		var data struct{ Restaurants, Lodgings []Place }
		if json.Unmarshal(placesJSON, &data) != nil {
			return
		}
		catalogue = map[string]Place{}
		for _, p := range append(data.Restaurants, data.Lodgings...) {
			catalogue[p.ID] = p
			catalogueList = append(catalogueList, p)
		}
	})
	p, ok := catalogue[id]
	return p, ok
}

// Places are the catalogue's places of kind ("restaurant", "lodging"),
// in the catalogue's order: what a conversation offers when the user
// names an area it has none in.
func Places(kind string) []Place {
	Catalogue("")
	var out []Place
	for _, p := range catalogueList {
		if p.Kind == kind {
			out = append(out, p)
		}
	}
	return out
}

var (
	catalogueOnce sync.Once
	catalogue     map[string]Place
	catalogueList []Place
)
