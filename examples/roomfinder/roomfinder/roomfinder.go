// Package roomfinder is an example skill: it finds a free seminar room on
// campus for a group and reserves it. It shows the whole skill SDK in a
// small space: registration from init, typed tools with constraints, a
// read tool and an irreversible one with its confirmation summary,
// durable one-key records, and authorisation from the caller.
//
// docs/skills.md walks through it.
package roomfinder

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/google/jsonschema-go/jsonschema"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/store"
)

// ID registers the skill.
const ID skills.ID = "campus.rooms"

func init() {
	skills.Register(skills.Info{ID: ID, Description: "Seminar rooms on campus.", New: func() skills.Skill { return New() }})
}

// Room is a bookable room.
type Room struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Seats     int      `json:"seats"`
	Equipment []string `json:"equipment"`
}

// Rooms are the campus's seminar rooms.
var Rooms = []Room{
	{"s101", "세미나실 101", 6, []string{"whiteboard"}},
	{"s102", "세미나실 102", 10, []string{"whiteboard", "projector"}},
	{"s201", "세미나실 201", 20, []string{"projector", "video"}},
	{"lib3", "도서관 스터디룸 3", 4, nil},
}

// Finder is the skill. A reservation is one key, res:<id>; which hours are
// taken is derived from reservations at start-up.
type Finder struct {
	db    *store.DB
	clock skills.Clock
	mu    sync.Mutex
	taken map[string]string // room|hour → reservation id
}

// New returns an unprovisioned Finder.
func New() *Finder { return &Finder{} }

// Provision opens the skill's database and loads reservations.
func (f *Finder) Provision(env skills.Env) error {
	db, err := env.Open("rooms.db")
	if err != nil {
		return err
	}
	f.db, f.clock, f.taken = db, env.Clock, map[string]string{}
	return db.View(func(tx *store.Tx) error {
		return tx.Scan(store.NewKey("res"), func(k store.Key, v string) bool {
			var r Reservation
			if store.Unmarshal(k, v, &r) == nil {
				f.taken[r.Room+"|"+r.Hour] = r.ID
			}
			return true
		})
	})
}

// Reservation is a room for one hour.
type Reservation struct {
	ID    string `json:"id"`
	User  string `json:"user"`
	Room  string `json:"room"`
	Hour  string `json:"hour"` // 2006-01-02T15:00
	Group int    `json:"group"`
}

type findArgs struct {
	People    int    `json:"people" jsonschema:"how many people"`
	Hour      string `json:"hour" jsonschema:"start of the hour, e.g. 2026-12-08T15:00"`
	Projector bool   `json:"projector,omitempty" jsonschema:"needs a projector"`
}

type reserveArgs struct {
	Room   string `json:"room"`
	Hour   string `json:"hour"`
	People int    `json:"people"`
}

// Tools implements skills.Skill.
func (f *Finder) Tools() []*skills.Tool {
	hour := func(s *jsonschema.Schema) {
		s.Properties["hour"].Pattern = `^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):00$`
		s.Properties["people"].Minimum, s.Properties["people"].Maximum = skills.Ptr(1.0), skills.Ptr(40.0)
	}
	return []*skills.Tool{
		skills.NewTool("rooms_find", "Free seminar rooms for a group at an hour, smallest first.", skills.Read, []string{"rooms.read"}, f.find, skills.Constrain(hour)),
		skills.NewTool("rooms_reserve", "Reserve a room for an hour. Needs the user's confirmation.", skills.Irreversible, []string{"rooms.reserve"}, f.reserve,
			skills.WithPrepare(func(ctx context.Context, c skills.Caller, a reserveArgs) (skills.Summary, error) {
				r, err := f.check(a)
				if err != nil {
					return skills.Summary{}, err
				}
				return skills.Summary{Text: fmt.Sprintf("%s을 %s부터 한 시간 예약합니다 (%d명).", r.Name, a.Hour, a.People),
					Fields: []skills.Field{{Label: "방 Room", Value: r.Name}, {Label: "시간 Hour", Value: a.Hour}, {Label: "인원 People", Value: fmt.Sprint(a.People)}}}, nil
			}),
			skills.Constrain(hour), skills.Constrain(func(s *jsonschema.Schema) {
				var ids []any
				for _, r := range Rooms {
					ids = append(ids, r.ID)
				}
				s.Properties["room"].Enum = ids
			})),
	}
}

func (f *Finder) find(ctx context.Context, c skills.Caller, a findArgs) ([]Room, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := []Room{}
	for _, r := range Rooms {
		if r.Seats >= a.People && f.taken[r.ID+"|"+a.Hour] == "" && (!a.Projector || strings.Contains(strings.Join(r.Equipment, ","), "projector")) {
			out = append(out, r)
		}
	}
	return out, nil
}

func (f *Finder) check(a reserveArgs) (Room, error) {
	var room Room
	for _, r := range Rooms {
		if r.ID == a.Room {
			room = r
		}
	}
	at, err := time.ParseInLocation("2006-01-02T15:04", a.Hour, time.FixedZone("KST", 9*3600))
	switch {
	case err != nil:
		return room, skills.Errorf(skills.CodeInvalidArguments, "%q is not an hour", a.Hour)
	case !at.After(f.clock.Now()):
		return room, skills.Errorf(skills.CodeInvalidArguments, "%s has passed", a.Hour)
	case a.People > room.Seats:
		return room, skills.Errorf(skills.CodeConflict, "%s seats %d, not %d", room.Name, room.Seats, a.People)
	}
	return room, nil
}

func (f *Finder) reserve(ctx context.Context, c skills.Caller, a reserveArgs) (Reservation, error) {
	if _, err := f.check(a); err != nil {
		return Reservation{}, err
	}
	res := Reservation{ID: "rv" + skills.OpIDHex(ctx, 16), User: c.UserID, Room: a.Room, Hour: a.Hour, Group: a.People}
	f.mu.Lock()
	defer f.mu.Unlock()
	switch f.taken[a.Room+"|"+a.Hour] {
	case res.ID:
		return res, nil // a retry
	case "":
	default:
		return Reservation{}, skills.Errorf(skills.CodeConflict, "someone reserved it first; find another room")
	}
	if err := f.db.Update(func(tx *store.Tx) error { return store.SetJSON(tx, store.NewKey("res", res.ID), res) }); err != nil {
		return Reservation{}, skills.Errorf(skills.CodeUnavailable, "could not save; nothing was reserved")
	}
	f.taken[a.Room+"|"+a.Hour] = res.ID
	return res, nil
}
