// Package library is an example third-party skill: a school library's
// catalogue, where students search for books, reserve one to pick up at
// the desk, see their reservations and cancel one. It ships its
// conversational interface as data (dialogue.json, read through
// skills.Conversational), so the embedded brain talks about it in Korean
// and English without any change to Madang: examples/library/librarian.json
// is an avatar that has only this skill.
package library

import (
	"context"
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/google/jsonschema-go/jsonschema"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/store"
)

// ID registers the skill.
const ID skills.ID = "school.library"

// Scopes.
const (
	ScopeRead    = "library.read"
	ScopeReserve = "library.reserve"
)

func init() {
	skills.Register(skills.Info{ID: ID, Description: "The school library: search, reserve, cancel, my reservations.", New: func() skills.Skill { return New() }})
}

//go:embed dialogue.json
var dialogueJSON []byte

// Book is one title of the catalogue (one copy each).
type Book struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	TitleEn  string `json:"title_en"`
	Author   string `json:"author"`
	AuthorEn string `json:"author_en"`
}

// Catalogue is the library's books.
var Catalogue = []Book{
	{"bk01", "어린 왕자", "The Little Prince", "생텍쥐페리", "Antoine de Saint-Exupéry"},
	{"bk02", "코스모스", "Cosmos", "칼 세이건", "Carl Sagan"},
	{"bk03", "데미안", "Demian", "헤르만 헤세", "Hermann Hesse"},
	{"bk04", "이기적 유전자", "The Selfish Gene", "리처드 도킨스", "Richard Dawkins"},
	{"bk05", "해리 포터와 마법사의 돌", "Harry Potter and the Philosopher's Stone", "J. K. 롤링", "J. K. Rowling"},
	{"bk06", "사피엔스", "Sapiens", "유발 하라리", "Yuval Noah Harari"},
	{"bk07", "어린이를 위한 한국사", "Korean History for Children", "김하늘", "Kim Haneul"},
	{"bk08", "파친코", "Pachinko", "이민진", "Min Jin Lee"},
	{"bk09", "모모", "Momo", "미하엘 엔데", "Michael Ende"},
	{"bk10", "갈매기의 꿈", "Jonathan Livingston Seagull", "리처드 바크", "Richard Bach"},
}

// Reservation is a book held at the desk for a student.
type Reservation struct {
	ID       string    `json:"id"`
	User     string    `json:"user"`
	BookID   string    `json:"book_id"`
	Title    string    `json:"title"`
	TitleEn  string    `json:"title_en"`
	PickupBy string    `json:"pickup_by"` // YYYY-MM-DD, the last day to pick it up
	Created  time.Time `json:"created"`
}

// HoldDays is how long a reserved book waits at the desk.
const HoldDays = 3

// Library is the skill. A reservation is one key, res:<id>.
type Library struct {
	db    *store.DB
	clock skills.Clock
	mu    sync.Mutex
	held  map[string]string // book id → reservation id
}

// New returns an unprovisioned Library.
func New() *Library { return &Library{} }

// ConversationData implements skills.Conversational.
func (*Library) ConversationData() (string, []byte) {
	return "examples/library/library/dialogue.json", dialogueJSON
}

// Provision opens the skill's database and loads reservations.
func (l *Library) Provision(env skills.Env) error {
	db, err := env.Open("library.db")
	if err != nil {
		return err
	}
	l.db, l.clock, l.held = db, env.Clock, map[string]string{}
	return db.View(func(tx *store.Tx) error {
		return tx.Scan(store.NewKey("res"), func(k store.Key, v string) bool {
			var r Reservation
			if store.Unmarshal(k, v, &r) == nil {
				l.held[r.BookID] = r.ID
			}
			return true
		})
	})
}

type searchArgs struct {
	Query string `json:"query" jsonschema:"a title or an author, Korean or English, in the user's words"`
}

type bookArgs struct {
	BookID string `json:"book_id"`
}

type resArgs struct {
	ReservationID string `json:"reservation_id"`
}

type noArgs struct{}

// Found is a search hit.
type Found struct {
	Book
	Available bool `json:"available"`
}

// Tools implements skills.Skill.
func (l *Library) Tools() []*skills.Tool {
	bookID := func(s *jsonschema.Schema) { s.Properties["book_id"].Pattern = `^bk\d{2}$` }
	resID := func(s *jsonschema.Schema) { s.Properties["reservation_id"].Pattern = `^lr[0-9a-f]{20}$` }
	return []*skills.Tool{
		skills.NewTool("library_search", "Find books by title or author (Korean or English), best match first, with whether each is on the shelf.",
			skills.Read, []string{ScopeRead}, l.search, skills.Constrain(func(s *jsonschema.Schema) { s.Properties["query"].MaxLength = skills.Ptr(100) })),
		skills.NewTool("library_reserve", "Reserve a book to pick up at the desk within three days. Needs the user's confirmation.",
			skills.Irreversible, []string{ScopeReserve}, l.reserve, skills.Constrain(bookID),
			skills.WithPrepare(func(ctx context.Context, c skills.Caller, a bookArgs) (skills.Summary, error) {
				b, err := l.available(a.BookID)
				if err != nil {
					return skills.Summary{}, err
				}
				return skills.Summary{Text: fmt.Sprintf("‘%s’(%s)을 예약합니다. 3일 안에 대출 데스크에서 받아 가세요. · Reserve “%s”; pick it up at the desk within 3 days.", b.Title, b.Author, b.TitleEn),
					Fields: []skills.Field{{Label: "책 Book", Value: b.Title + " · " + b.TitleEn}}}, nil
			})),
		skills.NewTool("library_cancel", "Cancel one of the user's reservations. Needs the user's confirmation.",
			skills.Irreversible, []string{ScopeReserve}, l.cancel, skills.Constrain(resID),
			skills.WithPrepare(func(ctx context.Context, c skills.Caller, a resArgs) (skills.Summary, error) {
				r, err := l.mine(c.UserID, a.ReservationID)
				if err != nil {
					return skills.Summary{}, err
				}
				return skills.Summary{Text: fmt.Sprintf("‘%s’ 예약을 취소합니다. · Cancel the reservation of “%s”.", r.Title, r.TitleEn)}, nil
			})),
		skills.NewTool("library_mine", "The user's reservations.", skills.Read, []string{ScopeRead}, l.list),
	}
}

// norm keeps letters and digits, lower-cased: "어린왕자" finds "어린 왕자".
func norm(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 0xAC00 && r <= 0xD7A3 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// bigrams of a normalised string.
func bigrams(s string) map[string]bool {
	rs := []rune(s)
	out := map[string]bool{}
	for i := 0; i+1 < len(rs); i++ {
		out[string(rs[i:i+2])] = true
	}
	return out
}

// score is the share of a field's bigrams the query has: the words around
// a title ("어린 왕자 예약해줘") do not stop it matching.
func score(query, field string) float64 {
	f := bigrams(norm(field))
	if len(f) == 0 {
		return 0
	}
	q := bigrams(norm(query))
	n := 0
	for g := range f {
		if q[g] {
			n++
		}
	}
	return float64(n) / float64(len(f))
}

func (l *Library) search(ctx context.Context, c skills.Caller, a searchArgs) ([]Found, error) {
	if strings.TrimSpace(a.Query) == "" {
		return nil, skills.Errorf(skills.CodeInvalidArguments, "query is empty: say a title or an author")
	}
	type hit struct {
		Found
		s float64
	}
	var hits []hit
	l.mu.Lock()
	for _, b := range Catalogue {
		s := max(score(a.Query, b.Title), score(a.Query, b.TitleEn), score(a.Query, b.Author), score(a.Query, b.AuthorEn))
		if s >= 0.5 {
			hits = append(hits, hit{Found{b, l.held[b.ID] == ""}, s})
		}
	}
	l.mu.Unlock()
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].s > hits[j].s })
	out := []Found{}
	for _, h := range hits {
		out = append(out, h.Found)
	}
	return out, nil
}

func book(id string) (Book, bool) {
	for _, b := range Catalogue {
		if b.ID == id {
			return b, true
		}
	}
	return Book{}, false
}

func (l *Library) available(id string) (Book, error) {
	b, ok := book(id)
	if !ok {
		return b, skills.Errorf(skills.CodeNotFound, "no book %s", id)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.held[id] != "" {
		return b, skills.Errorf(skills.CodeConflict, "%s is already reserved", b.TitleEn)
	}
	return b, nil
}

func (l *Library) reserve(ctx context.Context, c skills.Caller, a bookArgs) (Reservation, error) {
	b, ok := book(a.BookID)
	if !ok {
		return Reservation{}, skills.Errorf(skills.CodeNotFound, "no book %s", a.BookID)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.held[b.ID] != "" {
		return Reservation{}, skills.Errorf(skills.CodeConflict, "%s is already reserved", b.TitleEn)
	}
	r := Reservation{ID: "lr" + skills.OpIDHex(ctx, 20), User: c.UserID, BookID: b.ID, Title: b.Title, TitleEn: b.TitleEn,
		PickupBy: l.clock.Now().AddDate(0, 0, HoldDays).Format("2006-01-02"), Created: l.clock.Now()}
	if err := l.db.Update(func(tx *store.Tx) error { return store.SetJSON(tx, store.NewKey("res", r.ID), r) }); err != nil {
		return Reservation{}, err
	}
	l.held[b.ID] = r.ID
	return r, nil
}

func (l *Library) mine(user, id string) (Reservation, error) {
	var r Reservation
	err := l.db.View(func(tx *store.Tx) error { return store.GetJSON(tx, store.NewKey("res", id), &r) })
	if err != nil || r.User != user {
		return Reservation{}, skills.Errorf(skills.CodeNotFound, "no reservation %s of yours", id)
	}
	return r, nil
}

func (l *Library) cancel(ctx context.Context, c skills.Caller, a resArgs) (Reservation, error) {
	r, err := l.mine(c.UserID, a.ReservationID)
	if err != nil {
		return r, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.db.Update(func(tx *store.Tx) error { return tx.Delete(store.NewKey("res", r.ID)) }); err != nil {
		return Reservation{}, err
	}
	delete(l.held, r.BookID)
	return r, nil
}

func (l *Library) list(ctx context.Context, c skills.Caller, _ noArgs) ([]Reservation, error) {
	out := []Reservation{}
	err := l.db.View(func(tx *store.Tx) error {
		return tx.Scan(store.NewKey("res"), func(k store.Key, v string) bool {
			var r Reservation
			if store.Unmarshal(k, v, &r) == nil && r.User == c.UserID {
				out = append(out, r)
			}
			return true
		})
	})
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Created.Equal(out[j].Created) {
			return out[i].Created.Before(out[j].Created)
		}
		return out[i].ID < out[j].ID
	})
	return out, err
}
