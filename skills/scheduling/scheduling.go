// Package scheduling is the personal assistant's calendar pack: per-user
// calendars (Asia/Seoul by default, other time zones honoured), events
// with conflict detection, common free slots for several people, meeting
// invitations that others accept or decline, and reminders that fire on
// time and survive restarts.
//
// People are the users who have used the calendar (under their display
// name) and the office directory shipped in data/people.json, whose
// members have weekly routines and answer invitations on their own (they
// accept when free), so the demo office is alive.
//
// Every event is one key (ev:<id>) holding its attendees and their
// answers; calendars are derived from events at start-up, so an event can
// never be in one calendar and missing from another after a crash.
// Reminders record that they fired (rem:<event>:<user>) before telling
// the user, so a restart never repeats one.
package scheduling

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // IANA zones on machines without /usr/share/zoneinfo

	"github.com/google/jsonschema-go/jsonschema"
	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/search"
	"github.com/madang-world/madang/skills/store"
)

// ID is the skill's registry ID.
const ID skills.ID = "madang.scheduling"

func init() {
	skills.Register(skills.Info{ID: ID, Description: "Calendars, free slots, meeting invitations and reminders.",
		New: func() skills.Skill { return New() }})
}

// Scopes.
const (
	ScopeRead   = "calendar.read"
	ScopeWrite  = "calendar.write"
	ScopeInvite = "calendar.invite"
)

// Seoul is the default time zone.
var Seoul, _ = time.LoadLocation("Asia/Seoul")

//go:embed data/people.json
var peopleJSON []byte

// Person is someone in the directory.
type Person struct {
	ID      string `json:"id"`
	NameKo  string `json:"name_ko"`
	GivenKo string `json:"given_ko"`
	NameEn  string `json:"name_en"`
	GivenEn string `json:"given_en"`
	Team    string `json:"team"`
	Busy    []struct {
		Days  string `json:"days"`
		Start string `json:"start"`
		End   string `json:"end"`
		Title string `json:"title"`
	} `json:"busy"`
	days []map[time.Weekday]bool
}

// dirPrefix marks directory people among calendar owners.
const dirPrefix = "dir."

// Attendee is a person invited to an event.
type Attendee struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Status string `json:"status"` // accepted, invited, declined
}

// Event is one aggregate, stored under ev:<id>.
type Event struct {
	ID        string     `json:"id"`
	Organizer string     `json:"organizer"`
	Title     string     `json:"title"`
	Start     time.Time  `json:"start"`
	End       time.Time  `json:"end"`
	Location  string     `json:"location,omitempty"`
	Attendees []Attendee `json:"attendees"`
	Reminder  int        `json:"reminder_minutes"`
	Cancelled bool       `json:"cancelled,omitempty"`
	Created   time.Time  `json:"created"`
}

// busyFor reports whether the event blocks person id's time.
func (e *Event) busyFor(id string) bool {
	if e.Cancelled {
		return false
	}
	for _, a := range e.Attendees {
		if a.ID == id {
			return a.Status != "declined"
		}
	}
	return false
}

func (e *Event) attendee(id string) *Attendee {
	for i := range e.Attendees {
		if e.Attendees[i].ID == id {
			return &e.Attendees[i]
		}
	}
	return nil
}

type profile struct {
	Name string `json:"name"`
	TZ   string `json:"tz,omitempty"`
	Room string `json:"room,omitempty"` // where the user was last seen talking to an avatar
	// Lang is the language the user last spoke to an avatar in (the
	// conversation's, which comes with each call): notices to them use it.
	Lang string `json:"lang,omitempty"`
}

// Scheduler is the skill.
type Scheduler struct {
	env    skills.Env
	db     *store.DB
	people map[string]*Person // by dir ID ("dir.minsu")

	mu     sync.Mutex
	events map[string]*Event
	users  map[string]profile // real users seen, by user ID
	fired  map[string]bool    // "<event>|<user>" reminders already sent
	secret []byte             // for references to other users (people.go)
}

// New returns an unprovisioned scheduler.
func New() *Scheduler { return &Scheduler{} }

var (
	_ skills.Provisioner = (*Scheduler)(nil)
	_ skills.Ticker      = (*Scheduler)(nil)
)

var dayNames = map[string]time.Weekday{"sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6}

func parseDays(s string) (map[time.Weekday]bool, error) {
	out := map[time.Weekday]bool{}
	for _, part := range strings.Split(s, ",") {
		a, b, rng := strings.Cut(strings.TrimSpace(part), "-")
		from, ok1 := dayNames[a]
		to := from
		ok2 := true
		if rng {
			to, ok2 = dayNames[b]
		}
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("bad days %q", s)
		}
		for d := from; ; d = (d + 1) % 7 {
			out[d] = true
			if d == to {
				break
			}
		}
	}
	return out, nil
}

// Provision loads the directory and every event.
func (s *Scheduler) Provision(env skills.Env) error {
	s.env = env
	var dir struct{ People []*Person }
	if err := json.Unmarshal(peopleJSON, &dir); err != nil {
		return fmt.Errorf("scheduling: people: %w", err)
	}
	s.people = map[string]*Person{}
	for _, p := range dir.People {
		for _, b := range p.Busy {
			d, err := parseDays(b.Days)
			if err != nil {
				return fmt.Errorf("scheduling: %s: %w", p.ID, err)
			}
			p.days = append(p.days, d)
		}
		s.people[dirPrefix+p.ID] = p
	}
	db, err := env.Open("calendar.db")
	if err != nil {
		return err
	}
	s.db = db
	s.events, s.users, s.fired = map[string]*Event{}, map[string]profile{}, map[string]bool{}
	if err := s.loadSecret(); err != nil {
		return err
	}
	return db.View(func(tx *store.Tx) error {
		tx.Scan(store.NewKey("ev"), func(k store.Key, v string) bool {
			var e Event
			if store.Unmarshal(k, v, &e) == nil {
				s.events[e.ID] = &e
			}
			return true
		})
		tx.Scan(store.NewKey("rem"), func(k store.Key, _ string) bool {
			parts := k.Parts()
			if len(parts) == 3 {
				s.fired[parts[1]+"|"+parts[2]] = true
			}
			return true
		})
		return tx.Scan(store.NewKey("prof"), func(k store.Key, v string) bool {
			var p profile
			if store.Unmarshal(k, v, &p) == nil {
				s.users[strings.TrimPrefix(k.String(), "prof:")] = p
			}
			return true
		})
	})
}

// seen records a user's display name so others can invite them by name,
// and the language they speak, so that what others' actions tell them
// (an invitation, an answer) reads in it.
func (s *Scheduler) seen(c skills.Caller) {
	if c.Name == "" && c.Lang == "" {
		return
	}
	key := skills.UserKey(c.UserID)
	s.mu.Lock()
	p, ok := s.users[key]
	if ok && (c.Name == "" || p.Name == c.Name) && (c.Room == "" || p.Room == c.Room) && (c.Lang == "" || p.Lang == c.Lang) {
		s.mu.Unlock()
		return
	}
	if c.Name != "" {
		p.Name = c.Name
	}
	if c.Lang != "" {
		p.Lang = c.Lang
	}
	if c.Room != "" {
		p.Room = c.Room
	}
	s.users[key] = p
	s.mu.Unlock()
	s.db.Update(func(tx *store.Tx) error { return store.SetJSON(tx, store.NewKey("prof", key), p) })
}

// zone is the user's time zone (Seoul unless they chose another).
func (s *Scheduler) zone(userID string) *time.Location {
	s.mu.Lock()
	p := s.users[skills.UserKey(userID)]
	s.mu.Unlock()
	if p.TZ != "" {
		if loc, err := time.LoadLocation(p.TZ); err == nil {
			return loc
		}
	}
	return Seoul
}

// langOf is the language a user reads notices in: the one they last
// spoke to an avatar in, Korean if they never have.
func (s *Scheduler) langOf(userID string) string {
	s.mu.Lock()
	p := s.users[skills.UserKey(userID)]
	s.mu.Unlock()
	if p.Lang == "en" {
		return "en"
	}
	return "ko"
}

// name is a calendar owner's display name.
func (s *Scheduler) name(id string) string {
	if p, ok := s.people[id]; ok {
		return p.NameKo
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if p, ok := s.users[skills.UserKey(id)]; ok && p.Name != "" {
		return p.Name
	}
	return "(이름 없음)"
}

// nameIn is a calendar owner's name as a reader of lang reads it: a
// colleague's English name in English ("Minsu Kim"); a user's display
// name as they chose it.
func (s *Scheduler) nameIn(id, lang string) string {
	if p, ok := s.people[id]; ok && lang == "en" && p.NameEn != "" {
		return p.NameEn
	}
	return s.name(id)
}

// Interval is a span of time.
type Interval struct {
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
}

// busy returns id's busy intervals overlapping [from, to), sorted. For
// directory people it includes their weekly routine.
func (s *Scheduler) busy(id string, from, to time.Time) []Interval {
	var out []Interval
	s.mu.Lock()
	for _, e := range s.events {
		if e.busyFor(id) && e.Start.Before(to) && e.End.After(from) {
			out = append(out, Interval{e.Start, e.End})
		}
	}
	s.mu.Unlock()
	out = append(out, s.usualBusy(id, from, to)...)
	sort.Slice(out, func(i, j int) bool { return out[i].Start.Before(out[j].Start) })
	return out
}

// usualBusy are the busy hours a directory colleague keeps every week
// (their calendar's events aside) between from and to.
func (s *Scheduler) usualBusy(id string, from, to time.Time) []Interval {
	var out []Interval
	if p, ok := s.people[id]; ok {
		for d := from.In(Seoul); d.Before(to); d = d.AddDate(0, 0, 1) {
			day := time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, Seoul)
			for i, b := range p.Busy {
				if !p.days[i][day.Weekday()] {
					continue
				}
				st, _ := time.Parse("15:04", b.Start)
				en, _ := time.Parse("15:04", b.End)
				iv := Interval{day.Add(time.Duration(st.Hour())*time.Hour + time.Duration(st.Minute())*time.Minute),
					day.Add(time.Duration(en.Hour())*time.Hour + time.Duration(en.Minute())*time.Minute)}
				if iv.Start.Before(to) && iv.End.After(from) {
					out = append(out, iv)
				}
			}
		}
	}
	return out
}

// resolve turns names or IDs into calendar owners. "민수", "지영이",
// "Minsu Kim", "dir.minsu" all work; an ambiguous name is an error that
// lists the candidates.
//
// Every name not in the directory is named in the one error: "지민이랑
// 서준이랑" said only 지민 was missing, and 서준 was dropped without a
// word (trial19).
func (s *Scheduler) resolve(caller string, refs []string) ([]string, error) {
	var out, missing []string
	var first error
	for _, ref := range refs {
		id, err := s.resolveOne(caller, ref)
		if err != nil {
			if se, ok := err.(*skills.Error); ok && se.Code == skills.CodeNotFound && strings.HasPrefix(se.Message, "nobody called") {
				missing = append(missing, strings.TrimSpace(ref))
				if first == nil {
					first = err
				}
				continue
			}
			return nil, err
		}
		if id != caller && !contains(out, id) {
			out = append(out, id)
		}
	}
	if len(missing) > 1 {
		ko, en := s.directoryNames()
		return nil, skills.Errorf(skills.CodeNotFound, "nobody called %q is in the directory (it has: %s | %s)", strings.Join(missing, ", "), ko, en)
	}
	if first != nil {
		return nil, first
	}
	return out, nil
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// directoryNames are the directory's people, in Korean and in English,
// in the directory's order of names.
func (s *Scheduler) directoryNames() (ko, en string) {
	var ks, es []string
	for _, p := range s.people {
		ks, es = append(ks, p.NameKo), append(es, p.NameEn)
	}
	sort.Strings(ks)
	sort.Strings(es)
	return strings.Join(ks, ", "), strings.Join(es, ", ")
}

func (s *Scheduler) resolveOne(caller, ref string) (string, error) {
	ref = strings.TrimSpace(ref)
	if _, ok := s.people[ref]; ok {
		return ref, nil
	}
	norm := search.Normalize(ref)
	// Honorifics and the vocative/subject -이 of Korean given names.
	cands := []string{norm}
	for _, suf := range []string{"씨", "님", "이", "이랑", "랑", "하고", "과", "와"} {
		if t := strings.TrimSuffix(norm, suf); t != norm && t != "" {
			cands = append(cands, strings.TrimSpace(t))
		}
	}
	var hits []string
	for id, p := range s.people {
		for _, c := range cands {
			if c == search.Normalize(p.NameKo) || c == search.Normalize(p.GivenKo) || c == search.Normalize(p.NameEn) || c == search.Normalize(p.GivenEn) || c == p.ID {
				if !contains(hits, id) {
					hits = append(hits, id)
				}
			}
		}
	}
	s.mu.Lock()
	if uid, ok := s.byRef(caller, ref); ok {
		s.mu.Unlock()
		return uid, nil
	}
	for uid, p := range s.users {
		if uid == ref {
			hits = []string{uid}
			break
		}
		for _, c := range cands {
			if p.Name != "" && c == search.Normalize(p.Name) && !contains(hits, uid) {
				hits = append(hits, uid)
			}
		}
	}
	s.mu.Unlock()
	sort.Strings(hits)
	switch len(hits) {
	case 0:
		// The reply names who can be invited: a new user cannot know the
		// directory, and "who should I invite?" alone was a dead end.
		ko, en := s.directoryNames()
		return "", skills.Errorf(skills.CodeNotFound, "nobody called %q is in the directory (it has: %s | %s)", ref, ko, en)
	case 1:
		return hits[0], nil
	}
	var names []string
	for _, h := range hits {
		names = append(names, s.describe(caller, h))
	}
	return "", skills.Errorf(skills.CodeConflict, "%q could be %s; ask which one", ref, strings.Join(names, " or "))
}

// parseTime reads "2026-12-08T15:00" (in the user's zone) or RFC 3339.
func parseTime(v string, loc *time.Location) (time.Time, error) {
	for _, f := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04"} {
		if t, err := time.ParseInLocation(f, v, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, skills.Errorf(skills.CodeInvalidArguments, "%q is not a time like 2026-12-08T15:00", v)
}

func parseDay(v string, loc *time.Location) (time.Time, error) {
	t, err := time.ParseInLocation("2006-01-02", v, loc)
	if err != nil {
		return t, skills.Errorf(skills.CodeInvalidArguments, "%q is not a date like 2026-12-08", v)
	}
	return t, nil
}

func (s *Scheduler) put(e *Event) error {
	return s.db.Update(func(tx *store.Tx) error { return store.SetJSON(tx, store.NewKey("ev", e.ID), e) })
}

// EventView is an event as its owner (or an attendee) sees it, in their zone.
type EventView struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Start     string `json:"start"`
	End       string `json:"end"`
	Location  string `json:"location,omitempty"`
	Organizer string `json:"organizer"` // the organizer's name, as people read it
	// Mine: the caller organised it (Organizer is a name, not an id: a
	// user's id is never compared with it).
	Mine      bool       `json:"mine,omitempty"`
	Attendees []Attendee `json:"attendees"`
	MyStatus  string     `json:"my_status"`
	Cancelled bool       `json:"cancelled,omitempty"`
	// WhenText is its time as the caller reads it, in their zone and
	// language: "12월 9일(수) 오전 11시–11시 30분" (words.Span).
	WhenText string `json:"when_text"`
	// StatusText is MyStatus (or that it was cancelled) in the caller's
	// language: "답변 대기", "Awaiting your reply".
	StatusText string `json:"status_text"`
	// Named is how a sentence names it: "‘기획’ 회의", "‘주간 회의’",
	// "“Planning”" (meetingName).
	Named string `json:"named"`
	// Replies is, for a meeting the caller organised, each invitee's
	// answer as the caller reads it ("김민수 수락, 이지영 답변 전";
	// "Minsu Kim: accepted, Jiyoung Lee: no reply yet"); sched_replies
	// sets it.
	Replies string `json:"replies_text,omitempty"`
	// Invited names the other attendees as the caller reads them
	// ("Jiyoung Lee, Minsu Kim"; "이지영, 김민수"): a sentence about the
	// invitations names people as the card does, not as they were typed.
	Invited string `json:"invited,omitempty"`
}

func (s *Scheduler) view(e Event, me, lang string) EventView {
	loc := s.zone(me)
	v := EventView{ID: e.ID, Title: e.Title, Start: e.Start.In(loc).Format(time.RFC3339), End: e.End.In(loc).Format(time.RFC3339),
		Location: e.Location, Organizer: s.name(e.Organizer), Mine: e.Organizer == me, Attendees: s.attendeesFor(me, e.Attendees), Cancelled: e.Cancelled,
		WhenText: words.Span(e.Start.In(loc), e.End.In(loc), lang), Named: meetingName(e.Title, lang)}
	if a := e.attendee(me); a != nil {
		v.MyStatus = a.Status
	}
	var others []string
	for _, a := range e.Attendees {
		if a.ID != me {
			others = append(others, s.nameIn(a.ID, lang))
		}
	}
	v.Invited = strings.Join(others, ", ")
	st := v.MyStatus
	if e.Cancelled {
		st = "cancelled"
	}
	v.StatusText = statusText(st, lang)
	return v
}

// statusText is an attendee's answer (or a cancelled event) as a card
// shows it in lang: a Korean card never reads "invited".
func statusText(st, lang string) string {
	if lang == "en" {
		return statusEn[st]
	}
	return statusKo[st]
}

var (
	statusKo = map[string]string{"accepted": "수락", "invited": "답변 대기", "declined": "거절", "cancelled": "취소됨"}
	statusEn = map[string]string{"accepted": "Accepted", "invited": "Awaiting your reply", "declined": "Declined", "cancelled": "Cancelled"}
)

// meetingNouns end a title that already says it is a meeting ("주간
// 회의", "팀 미팅"): such a title is not followed by 회의 again.
var meetingNouns = []string{"회의", "미팅", "모임", "회식", "면담", "면접", "세미나", "워크숍", "워크샵", "스터디", "리뷰", "인터뷰", "브리핑", "meeting", "mtg"}

// meetingName is how a sentence names a meeting: "‘기획’ 회의", but
// "‘회의’" and "‘주간 회의’", never "‘회의’ 회의"; in English the title
// in quotes ("“Planning”"), which says "meeting" only if the title does.
func meetingName(title, lang string) string {
	if lang == "en" {
		return "“" + title + "”"
	}
	low := strings.ToLower(strings.TrimSpace(title))
	for _, n := range meetingNouns {
		if strings.HasSuffix(low, n) {
			return "‘" + title + "’"
		}
	}
	return "‘" + title + "’ 회의"
}

type rangeArgs struct {
	From string `json:"from" jsonschema:"first day, YYYY-MM-DD"`
	To   string `json:"to" jsonschema:"last day, YYYY-MM-DD"`
}

type createArgs struct {
	Title    string `json:"title"`
	Start    string `json:"start" jsonschema:"e.g. 2026-12-08T15:00 (your time zone) or with an offset"`
	Duration int    `json:"duration_minutes"`
	Location string `json:"location,omitempty"`
	Reminder int    `json:"reminder_minutes,omitempty" jsonschema:"minutes before the start; default 10"`
	Overlap  bool   `json:"allow_overlap,omitempty" jsonschema:"create even if it clashes with another event"`
}

type moveArgs struct {
	EventID  string `json:"event_id"`
	Start    string `json:"start"`
	Duration int    `json:"duration_minutes,omitempty" jsonschema:"new length; default unchanged"`
	Overlap  bool   `json:"allow_overlap,omitempty"`
}

// rescheduleArgs moves a meeting the caller organised with others.
type rescheduleArgs struct {
	EventID  string `json:"event_id"`
	Start    string `json:"start" jsonschema:"new start, YYYY-MM-DDTHH:MM in the user's time zone"`
	Duration int    `json:"duration_minutes,omitempty" jsonschema:"new length; default unchanged"`
}

type eventArgs struct {
	EventID string `json:"event_id"`
}

type slotArgs struct {
	Participants []string `json:"participants" jsonschema:"people by name or id; you are included"`
	From         string   `json:"from" jsonschema:"first day, YYYY-MM-DD"`
	To           string   `json:"to" jsonschema:"last day, YYYY-MM-DD"`
	Duration     int      `json:"duration_minutes"`
	DayStart     string   `json:"day_start,omitempty" jsonschema:"working hours start, HH:MM (default 09:00)"`
	DayEnd       string   `json:"day_end,omitempty" jsonschema:"working hours end, HH:MM (default 18:00)"`
	Weekends     bool     `json:"include_weekends,omitempty"`
	Limit        int      `json:"limit,omitempty"`
}

type inviteArgs struct {
	Title        string   `json:"title"`
	Participants []string `json:"participants" jsonschema:"people by name or id"`
	Start        string   `json:"start"`
	Duration     int      `json:"duration_minutes"`
	Location     string   `json:"location,omitempty"`
	Reminder     int      `json:"reminder_minutes,omitempty"`
}

type respondArgs struct {
	EventID  string `json:"event_id"`
	Response string `json:"response" jsonschema:"accept or decline"`
}

type findArgs struct {
	// Query is optional: "who's in my contacts?" lists everyone.
	Query string `json:"query,omitempty" jsonschema:"a name or a team; empty lists everyone"`
}

type settingsArgs struct {
	TimeZone string `json:"time_zone" jsonschema:"IANA zone, e.g. Asia/Seoul, Europe/London"`
}

type noArgs struct{}

// Tools implements skills.Skill.
func (s *Scheduler) Tools() []*skills.Tool {
	day := func(names ...string) func(*jsonschema.Schema) {
		return func(sc *jsonschema.Schema) {
			for _, n := range names {
				sc.Properties[n].Pattern = `^\d{4}-\d{2}-\d{2}$`
			}
		}
	}
	dur := func(sc *jsonschema.Schema) {
		if p := sc.Properties["duration_minutes"]; p != nil {
			p.Minimum, p.Maximum = skills.Ptr(5.0), skills.Ptr(720.0)
		}
		if p := sc.Properties["reminder_minutes"]; p != nil {
			p.Minimum, p.Maximum = skills.Ptr(0.0), skills.Ptr(1440.0)
		}
		if p := sc.Properties["title"]; p != nil {
			p.MinLength, p.MaxLength = skills.Ptr(1), skills.Ptr(100)
		}
		if p := sc.Properties["location"]; p != nil {
			p.MaxLength = skills.Ptr(100)
		}
		if p := sc.Properties["start"]; p != nil {
			p.MaxLength = skills.Ptr(40)
		}
	}
	eid := func(sc *jsonschema.Schema) { sc.Properties["event_id"].Pattern = `^e[0-9a-f]{20}$` }
	people := func(sc *jsonschema.Schema) {
		p := sc.Properties["participants"]
		p.MinItems, p.MaxItems = skills.Ptr(1), skills.Ptr(20)
		p.Items.MinLength, p.Items.MaxLength = skills.Ptr(1), skills.Ptr(60)
	}
	return []*skills.Tool{
		skills.NewTool("sched_find_people", "Find people in the directory by name.", skills.Read, []string{ScopeRead}, s.findPeople,
			skills.Constrain(func(sc *jsonschema.Schema) { sc.Properties["query"].MaxLength = skills.Ptr(60) })),
		skills.NewTool("sched_my_events", "The user's events between two days.", skills.Read, []string{ScopeRead}, s.myEvents, skills.Constrain(day("from", "to"))),
		skills.NewTool("sched_create_event", "Add an event to the user's own calendar (checks for clashes).", skills.Write, []string{ScopeWrite}, s.create, skills.Constrain(dur)),
		skills.NewTool("sched_move_event", "Move one of the user's own events without other attendees.", skills.Write, []string{ScopeWrite}, s.move,
			skills.Constrain(dur), skills.Constrain(eid)),
		skills.NewTool("sched_rename_event", "Rename one of the user's own events without other attendees (its title).", skills.Write, []string{ScopeWrite}, s.rename,
			skills.Constrain(eid), skills.Constrain(func(sc *jsonschema.Schema) {
				sc.Properties["title"].MinLength, sc.Properties["title"].MaxLength = skills.Ptr(1), skills.Ptr(100)
			})),
		skills.NewTool("sched_cancel_event", "Delete one of the user's own events without other attendees. Needs the user's confirmation.", skills.Irreversible, []string{ScopeWrite}, s.cancelOwn,
			skills.WithPrepare(s.prepareCancelOwn), skills.Constrain(eid)),
		skills.NewTool("sched_find_slots", "Find times when the user and the participants are all free, best first (earliest, least fragmenting).",
			skills.Read, []string{ScopeRead}, s.findSlots, skills.Constrain(day("from", "to")), skills.Constrain(dur), skills.Constrain(people),
			skills.Constrain(func(sc *jsonschema.Schema) {
				sc.Properties["day_start"].Pattern = `^([01]\d|2[0-3]):[0-5]\d$`
				sc.Properties["day_end"].Pattern = `^([01]\d|2[0-4]):[0-5]\d$`
				sc.Properties["limit"].Minimum, sc.Properties["limit"].Maximum = skills.Ptr(1.0), skills.Ptr(20.0)
			})),
		skills.NewTool("sched_invite", "Create a meeting in everyone's calendar and send the invitations. Needs the user's confirmation.",
			skills.Irreversible, []string{ScopeWrite, ScopeInvite}, s.invite, skills.WithPrepare(s.prepareInvite), skills.Constrain(dur), skills.Constrain(people)),
		skills.NewTool("sched_cancel_meeting", "Cancel a meeting the user organised and tell the attendees. Needs the user's confirmation.",
			skills.Irreversible, []string{ScopeWrite, ScopeInvite}, s.cancelMeeting, skills.WithPrepare(s.prepareCancelMeeting), skills.Constrain(eid)),
		skills.NewTool("sched_reschedule_meeting", "Move a meeting the user organised with others to a new time, in everyone's calendar, and tell the attendees (everyone must be free then). Needs the user's confirmation.",
			skills.Irreversible, []string{ScopeWrite, ScopeInvite}, s.reschedule, skills.WithPrepare(s.prepareReschedule), skills.Constrain(eid), skills.Constrain(dur)),
		skills.NewTool("sched_invites", "Invitations waiting for the user's answer.", skills.Read, []string{ScopeRead}, s.invites),
		skills.NewTool("sched_replies", "The upcoming meetings the user organised, with each invitee's answer (accepted, declined, no reply yet).", skills.Read, []string{ScopeRead}, s.replies),
		skills.NewTool("sched_respond", "Accept or decline an invitation.", skills.Write, []string{ScopeWrite}, s.respond, skills.Constrain(eid),
			skills.Constrain(func(sc *jsonschema.Schema) { sc.Properties["response"].Enum = []any{"accept", "decline"} })),
		skills.NewTool("sched_settings", "Set the user's time zone.", skills.Write, []string{ScopeWrite}, s.settings,
			skills.Constrain(func(sc *jsonschema.Schema) { sc.Properties["time_zone"].MaxLength = skills.Ptr(64) })),
		skills.NewTool("sched_time_zone", "The user's time zone (the one their calendar is shown in).", skills.Read, []string{ScopeRead}, s.timeZone),
	}
}

// PersonView is a directory entry. For a user, ID is the viewer's
// reference to them (people.go), never their user id, and Seen the room
// they were last seen in.
type PersonView struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Team string `json:"team,omitempty"`
	Seen string `json:"seen,omitempty"`
}

func (s *Scheduler) findPeople(ctx context.Context, c skills.Caller, a findArgs) ([]PersonView, error) {
	s.seen(c)
	q := search.Normalize(a.Query)
	out := []PersonView{}
	for id, p := range s.people {
		all := search.Normalize(p.NameKo + " " + p.NameEn + " " + p.GivenKo + " " + p.Team)
		if q == "" || strings.Contains(all, q) || everyWordIn(q, all) {
			out = append(out, PersonView{ID: id, Name: p.NameKo + " (" + p.NameEn + ")", Team: p.Team})
		}
	}
	s.mu.Lock()
	for uid, p := range s.users {
		if p.Name != "" && (q == "" || strings.Contains(search.Normalize(p.Name), q)) && uid != skills.UserKey(c.UserID) {
			out = append(out, PersonView{ID: s.ref(c.UserID, uid), Name: p.Name, Seen: p.Room})
		}
	}
	s.mu.Unlock()
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// everyWordIn: each word of q is in all — a name said family name first
// ("Park Seoyeon") finds "Seoyeon Park".
func everyWordIn(q, all string) bool {
	ws := strings.Fields(q)
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if !strings.Contains(all, w) {
			return false
		}
	}
	return true
}

func (s *Scheduler) myEvents(ctx context.Context, c skills.Caller, a rangeArgs) ([]EventView, error) {
	s.seen(c)
	loc := s.zone(c.UserID)
	from, err := parseDay(a.From, loc)
	if err != nil {
		return nil, err
	}
	to, err := parseDay(a.To, loc)
	if err != nil {
		return nil, err
	}
	to = to.AddDate(0, 0, 1)
	if to.Sub(from) > 93*24*time.Hour || !to.After(from) {
		return nil, skills.Errorf(skills.CodeInvalidArguments, "the range must be 1 to 92 days")
	}
	return s.listFor(c.UserID, c.Lang, func(e *Event) bool { return e.busyFor(c.UserID) && e.Start.Before(to) && e.End.After(from) }), nil
}

// listFor returns the events keep selects, by start time, as user sees them.
func (s *Scheduler) listFor(user, lang string, keep func(*Event) bool) []EventView {
	s.mu.Lock()
	var evs []Event
	for _, e := range s.events {
		if keep(e) {
			evs = append(evs, *e)
		}
	}
	s.mu.Unlock()
	sort.Slice(evs, func(i, j int) bool { return evs[i].Start.Before(evs[j].Start) })
	out := []EventView{}
	for _, e := range evs {
		out = append(out, s.view(e, user, lang))
	}
	return out
}

// clashes returns the events (or routines) that overlap [start, end) for
// id, each as a reader of lang reads it — "‘주간 회의’(오후 4시–5시)" /
// "“Weekly sync” (4–5 PM)" — so a refusal can name what is in the way
// (the pack's conflict reply quotes the list as it is).
func (s *Scheduler) clashes(id string, start, end time.Time, except, lang string) []string {
	var out []string
	loc := s.zone(id)
	name := func(title string, st, en time.Time) string {
		span := words.Span(st.In(loc), en.In(loc), lang)
		if _, hm, ok := strings.Cut(span, ") "); ok && lang != "en" {
			span = hm // the day is the one asked about; the hours say which event
		} else if _, hm, ok := strings.Cut(span, ", "); ok && lang == "en" {
			if _, hm2, ok2 := strings.Cut(hm, ", "); ok2 {
				span = hm2
			}
		}
		if lang == "en" {
			if title == "" {
				title = "another event"
			} else {
				title = "“" + title + "”"
			}
			return title + " (" + span + ")"
		}
		if title == "" {
			title = "다른 일정"
		} else {
			title = "‘" + title + "’"
		}
		return title + "(" + span + ")"
	}
	s.mu.Lock()
	for _, e := range s.events {
		if e.ID != except && e.busyFor(id) && e.Start.Before(end) && e.End.After(start) {
			out = append(out, name(e.Title, e.Start, e.End))
		}
	}
	s.mu.Unlock()
	if _, dir := s.people[id]; dir {
		// Their usual busy hours; their calendar's events are above — the
		// one moved among them (except) is no clash with itself ("make it
		// 30 minutes instead" said Minsu was busy in his own meeting).
		for _, iv := range s.usualBusy(id, start, end) {
			if iv.Start.Before(end) && iv.End.After(start) {
				out = append(out, name("", iv.Start, iv.End))
			}
		}
	}
	sort.Strings(out)
	return out
}

func (s *Scheduler) create(ctx context.Context, c skills.Caller, a createArgs) (EventView, error) {
	s.seen(c)
	start, err := parseTime(a.Start, s.zone(c.UserID))
	if err != nil {
		return EventView{}, err
	}
	end := start.Add(time.Duration(a.Duration) * time.Minute)
	if !a.Overlap {
		if cl := s.clashes(c.UserID, start, end, "", c.Lang); len(cl) > 0 {
			return EventView{}, skills.Errorf(skills.CodeConflict, "that clashes with %s; pick another time or allow the overlap", strings.Join(cl, ", "))
		}
	}
	e := &Event{ID: "e" + skills.OpIDHex(ctx, 20), Organizer: c.UserID, Title: a.Title, Start: start, End: end, Location: a.Location,
		Attendees: []Attendee{{ID: c.UserID, Name: c.Name, Status: "accepted"}}, Reminder: reminder(a.Reminder), Created: s.env.Clock.Now()}
	return s.store(e, c.UserID, c.Lang)
}

func reminder(m int) int {
	if m == 0 {
		return 10
	}
	return m
}

// store writes a new event, unless a retry already wrote it.
func (s *Scheduler) store(e *Event, me, lang string) (EventView, error) {
	s.mu.Lock()
	if prev, ok := s.events[e.ID]; ok {
		v := *prev
		s.mu.Unlock()
		return s.view(v, me, lang), nil
	}
	s.mu.Unlock()
	if err := s.put(e); err != nil {
		return EventView{}, skills.Errorf(skills.CodeUnavailable, "the calendar could not be saved; nothing changed")
	}
	s.mu.Lock()
	s.events[e.ID] = e
	v := *e
	s.mu.Unlock()
	return s.view(v, me, lang), nil
}

// mutate changes an event the caller may change, and writes it.
func (s *Scheduler) mutate(id string, f func(*Event) error) (Event, error) {
	s.mu.Lock()
	cur, ok := s.events[id]
	if !ok {
		s.mu.Unlock()
		return Event{}, skills.Errorf(skills.CodeNotFound, "no event %s", id)
	}
	next := *cur
	next.Attendees = append([]Attendee(nil), cur.Attendees...)
	s.mu.Unlock()
	if err := f(&next); err != nil {
		return Event{}, err
	}
	if err := s.put(&next); err != nil {
		return Event{}, skills.Errorf(skills.CodeUnavailable, "the calendar could not be saved; nothing changed")
	}
	s.mu.Lock()
	*s.events[id] = next
	s.mu.Unlock()
	return next, nil
}

// own returns an event the caller organised; others' are "not found".
func (s *Scheduler) own(c skills.Caller, id string) (Event, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.events[id]
	if !ok || e.Organizer != c.UserID || e.Cancelled {
		return Event{}, skills.Errorf(skills.CodeNotFound, "no event %s in your calendar", id)
	}
	return *e, nil
}

func (s *Scheduler) move(ctx context.Context, c skills.Caller, a moveArgs) (EventView, error) {
	e, err := s.own(c, a.EventID)
	if err != nil {
		return EventView{}, err
	}
	if len(e.Attendees) > 1 {
		return EventView{}, skills.Errorf(skills.CodeConflict, "%q has other attendees; cancel it with sched_cancel_meeting and invite again", e.Title)
	}
	start, err := parseTime(a.Start, s.zone(c.UserID))
	if err != nil {
		return EventView{}, err
	}
	d := e.End.Sub(e.Start)
	if a.Duration > 0 {
		d = time.Duration(a.Duration) * time.Minute
	}
	if !a.Overlap {
		if cl := s.clashes(c.UserID, start, start.Add(d), e.ID, c.Lang); len(cl) > 0 {
			return EventView{}, skills.Errorf(skills.CodeConflict, "that clashes with %s", strings.Join(cl, ", "))
		}
	}
	ne, err := s.mutate(e.ID, func(e *Event) error { e.Start, e.End = start, start.Add(d); return nil })
	if err != nil {
		return EventView{}, err
	}
	s.mu.Lock()
	delete(s.fired, ne.ID+"|"+skills.UserKey(c.UserID)) // a moved event reminds again
	s.mu.Unlock()
	return s.view(ne, c.UserID, c.Lang), nil
}

type renameArgs struct {
	EventID string `json:"event_id"`
	Title   string `json:"title" jsonschema:"the new title"`
}

// rename gives one of the user's own events a new title ("회의 이름을
// 주간회의로 바꿔줘", "rename my 3pm to Design review"). A meeting with
// others is theirs too: its title is not changed behind their backs.
func (s *Scheduler) rename(ctx context.Context, c skills.Caller, a renameArgs) (EventView, error) {
	e, err := s.own(c, a.EventID)
	if err != nil {
		return EventView{}, err
	}
	if len(e.Attendees) > 1 {
		return EventView{}, skills.Errorf(skills.CodeConflict, "this event has other attendees; its title is theirs too")
	}
	title := strings.TrimSpace(a.Title)
	if title == "" {
		return EventView{}, skills.Errorf(skills.CodeInvalidArguments, "an empty title")
	}
	ne, err := s.mutate(e.ID, func(e *Event) error { e.Title = title; return nil })
	if err != nil {
		return EventView{}, err
	}
	return s.view(ne, c.UserID, c.Lang), nil
}

// NoOtherAttendees is the error message of sched_cancel_meeting for an
// event only its organiser is in: it is deleted with sched_cancel_event.
const NoOtherAttendees = "this event has no other attendees; use sched_cancel_event"

// prepareCancelOwn is the confirmation card of deleting the user's own
// event: a deleted event cannot be brought back, so it is confirmed like
// cancelling a meeting (it was deleted at once).
func (s *Scheduler) prepareCancelOwn(ctx context.Context, c skills.Caller, a eventArgs) (skills.Summary, error) {
	e, err := s.own(c, a.EventID)
	if err != nil {
		return skills.Summary{}, err
	}
	if len(e.Attendees) > 1 {
		return skills.Summary{}, skills.Errorf(skills.CodeConflict, "this event has other attendees; use sched_cancel_meeting")
	}
	loc := s.zone(c.UserID)
	return skills.Summary{Text: words.Say(c.Lang, "sched.cancel_event", "title", e.Title), Button: words.Say(c.Lang, "sched.cancel_event_button"),
		Fields: []skills.Field{{Label: "제목 Title", Value: e.Title}, {Label: "시간 When", Value: words.Span(e.Start.In(loc), e.End.In(loc), c.Lang)}}}, nil
}

func (s *Scheduler) cancelOwn(ctx context.Context, c skills.Caller, a eventArgs) (EventView, error) {
	s.mu.Lock()
	cur, ok := s.events[a.EventID]
	s.mu.Unlock()
	if ok && cur.Organizer == c.UserID && cur.Cancelled {
		return s.view(*cur, c.UserID, c.Lang), nil // retried
	}
	e, err := s.own(c, a.EventID)
	if err != nil {
		return EventView{}, err
	}
	if len(e.Attendees) > 1 {
		return EventView{}, skills.Errorf(skills.CodeConflict, "this event has other attendees; use sched_cancel_meeting")
	}
	ne, err := s.mutate(e.ID, func(e *Event) error { e.Cancelled = true; return nil })
	if err != nil {
		return EventView{}, err
	}
	return s.view(ne, c.UserID, c.Lang), nil
}

// Slot is a proposed meeting time.
type Slot struct {
	Start string `json:"start"`
	End   string `json:"end"`
	Label string `json:"label"` // e.g. 12월 8일 (화) 15:00–16:00
	Why   string `json:"why"`
}

// respondedText tells an organiser, in lang, how an attendee answered.
func respondedText(who, title, status, lang string) string {
	if status == "accepted" {
		return words.Say(lang, "sched.notify_accepted", "who", who, "title", title)
	}
	return words.Say(lang, "sched.notify_declined", "who", who, "title", title)
}

// Why a slot is offered, in Korean and (whyEn) English.
const (
	whyEarliest = "모두 비어 있는 가장 빠른 시간"
	whyNoGaps   = "앞뒤 일정과 이어져 자투리 시간이 생기지 않아요"
	whyFree     = "모두 비어 있어요"
)

var whyEn = map[string]string{
	whyEarliest: "The earliest time everyone is free",
	whyNoGaps:   "Fits between other meetings without leaving odd gaps",
	whyFree:     "Everyone is free then",
}

// slotWhen is a meeting's time as a reader of lang reads it, as dates
// read everywhere (words.Span): "12월 10일(목) 오후 12시–1시" /
// "Thu, Dec 10, 12–1 PM".
func slotWhen(st, en time.Time, lang string) string {
	return words.Span(st, en, lang)
}

// inLang rewrites slots computed in Korean for a reader of lang: the
// cards and the options show Label and Why as they are.
func inLang(slots []Slot, lang string, loc *time.Location) []Slot {
	if lang != "en" {
		return slots
	}
	for i, sl := range slots {
		st, err1 := time.ParseInLocation(time.RFC3339, sl.Start, loc)
		en, err2 := time.ParseInLocation(time.RFC3339, sl.End, loc)
		if err1 == nil && err2 == nil {
			slots[i].Label = slotWhen(st.In(loc), en.In(loc), lang)
		}
		if w, ok := whyEn[sl.Why]; ok {
			slots[i].Why = w
		}
	}
	return slots
}

// The working day slots are looked for in when none is said.
const (
	workStart = 9 * time.Hour
	workEnd   = 18 * time.Hour
)

// inWorkingDay narrows a part of the day said for a meeting ("friday
// morning", 06:00–12:00; four hours or more) to its working hours when the
// meeting fits in them: a meeting in the morning is not at 6 AM. A window
// with no working hour long enough (an evening, "7 to 8 am") stays as said.
func inWorkingDay(ds, de, d time.Duration) (time.Duration, time.Duration) {
	if de-ds < 4*time.Hour || ds >= workStart && de <= workEnd {
		return ds, de
	}
	s, e := max(ds, workStart), min(de, workEnd)
	if e-s < max(d, 30*time.Minute) {
		return ds, de
	}
	return s, e
}

func hm(v string, def string) (time.Duration, error) {
	if v == "" {
		v = def
	}
	if v == "24:00" {
		return 24 * time.Hour, nil
	}
	t, err := time.Parse("15:04", v)
	if err != nil {
		return 0, skills.Errorf(skills.CodeInvalidArguments, "%q is not HH:MM", v)
	}
	return time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute, nil
}

// FreeSlots computes common free slots (exported for benchmarks).
func (s *Scheduler) FreeSlots(caller string, ids []string, from, to time.Time, dur time.Duration, dayStart, dayEnd time.Duration,
	weekends bool, limit int, loc *time.Location) []Slot {
	everyone := append([]string{caller}, ids...)
	now := s.env.Clock.Now()
	type cand struct {
		iv    Interval
		frag  int // 0: fits a gap exactly or touches an edge on both sides … 2: splits a gap
		order int
	}
	var cands []cand
	for d := from; d.Before(to); d = d.AddDate(0, 0, 1) {
		if !weekends && (d.Weekday() == time.Saturday || d.Weekday() == time.Sunday) {
			continue
		}
		ws, we := d.Add(dayStart), d.Add(dayEnd)
		var busy []Interval
		for _, id := range everyone {
			busy = append(busy, s.busy(id, ws, we)...)
		}
		sort.Slice(busy, func(i, j int) bool { return busy[i].Start.Before(busy[j].Start) })
		// Free gaps of the working day.
		cur := ws
		if now.After(cur) {
			cur = roundUp(now, 30*time.Minute)
		}
		var gaps []Interval
		for _, b := range busy {
			if b.Start.After(cur) {
				gaps = append(gaps, Interval{cur, minT(b.Start, we)})
			}
			if b.End.After(cur) {
				cur = b.End
			}
		}
		if cur.Before(we) {
			gaps = append(gaps, Interval{cur, we})
		}
		for _, g := range gaps {
			for st := roundUp(g.Start, 30*time.Minute); !st.Add(dur).After(g.End); st = st.Add(30 * time.Minute) {
				frag := 0
				if st.After(g.Start) {
					frag++
				}
				if st.Add(dur).Before(g.End) {
					frag++
				}
				cands = append(cands, cand{Interval{st, st.Add(dur)}, frag, len(cands)})
			}
		}
	}
	// Earliest day first; within a day, slots that leave no unusable
	// fragments first; then earliest.
	sort.SliceStable(cands, func(i, j int) bool {
		di, dj := cands[i].iv.Start.In(loc).YearDay(), cands[j].iv.Start.In(loc).YearDay()
		if cands[i].iv.Start.In(loc).Year() != cands[j].iv.Start.In(loc).Year() {
			return cands[i].iv.Start.Before(cands[j].iv.Start)
		}
		if di != dj {
			return di < dj
		}
		if cands[i].frag != cands[j].frag {
			return cands[i].frag < cands[j].frag
		}
		return cands[i].iv.Start.Before(cands[j].iv.Start)
	})
	// The earliest time of all comes first, and is the only one said to
	// be the earliest; the others follow best first. Offered times never
	// overlap: 10:00–11:00 and 10:30–11:30 are one choice, not two.
	earliest := -1
	for i, c := range cands {
		if earliest < 0 || c.iv.Start.Before(cands[earliest].iv.Start) {
			earliest = i
		}
	}
	var picked []cand
	if earliest >= 0 && limit > 0 {
		picked = append(picked, cands[earliest])
	}
	for i, c := range cands {
		if len(picked) >= limit {
			break
		}
		if i == earliest {
			continue
		}
		apart := true
		for _, p := range picked {
			if c.iv.Start.Before(p.iv.End) && c.iv.End.After(p.iv.Start) {
				apart = false
				break
			}
		}
		if apart {
			picked = append(picked, c)
		}
	}
	// Chosen best first, read in time order: a list that goes 1 PM, 5 PM,
	// 2 PM reads as a mistake (a new user's trial). The earliest stays first.
	sort.SliceStable(picked, func(i, j int) bool { return picked[i].iv.Start.Before(picked[j].iv.Start) })
	out := []Slot{}
	for i, c := range picked {
		st, en := c.iv.Start.In(loc), c.iv.End.In(loc)
		why := whyFree
		switch {
		case i == 0:
			why = whyEarliest
		case c.frag == 0:
			why = whyNoGaps
		}
		out = append(out, Slot{Start: st.Format(time.RFC3339), End: en.Format(time.RFC3339),
			Label: slotWhen(st, en, "ko"), Why: why})
	}
	return out
}

func roundUp(t time.Time, d time.Duration) time.Time {
	r := t.Truncate(d)
	if r.Before(t) {
		r = r.Add(d)
	}
	return r
}

func minT(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// SlotResult is what sched_find_slots returns.
type SlotResult struct {
	Participants []string `json:"participants"`
	Slots        []Slot   `json:"slots"`
}

func (s *Scheduler) findSlots(ctx context.Context, c skills.Caller, a slotArgs) (SlotResult, error) {
	s.seen(c)
	loc := s.zone(c.UserID)
	ids, err := s.resolve(c.UserID, a.Participants)
	if err != nil {
		return SlotResult{}, err
	}
	from, err := parseDay(a.From, loc)
	if err != nil {
		return SlotResult{}, err
	}
	to, err := parseDay(a.To, loc)
	if err != nil {
		return SlotResult{}, err
	}
	to = to.AddDate(0, 0, 1)
	if !to.After(from) || to.Sub(from) > 31*24*time.Hour {
		return SlotResult{}, skills.Errorf(skills.CodeInvalidArguments, "the range must be 1 to 31 days")
	}
	ds, err := hm(a.DayStart, "09:00")
	if err != nil {
		return SlotResult{}, err
	}
	de, err := hm(a.DayEnd, "18:00")
	if err != nil {
		return SlotResult{}, err
	}
	if de <= ds {
		return SlotResult{}, skills.Errorf(skills.CodeInvalidArguments, "day_end must be after day_start")
	}
	ds, de = inWorkingDay(ds, de, time.Duration(a.Duration)*time.Minute)
	limit := a.Limit
	if limit == 0 {
		limit = 5
	}
	res := SlotResult{Slots: inLang(s.FreeSlots(c.UserID, ids, from, to, time.Duration(a.Duration)*time.Minute, ds, de, a.Weekends, limit, loc), c.Lang, loc)}
	for _, id := range ids {
		res.Participants = append(res.Participants, s.nameIn(id, c.Lang))
	}
	return res, nil
}

func (s *Scheduler) planInvite(c skills.Caller, a inviteArgs) (*Event, []string, error) {
	ids, err := s.resolve(c.UserID, a.Participants)
	if err != nil {
		return nil, nil, err
	}
	if len(ids) == 0 {
		return nil, nil, skills.Errorf(skills.CodeInvalidArguments, "invite at least one other person")
	}
	start, err := parseTime(a.Start, s.zone(c.UserID))
	if err != nil {
		return nil, nil, err
	}
	if !start.After(s.env.Clock.Now()) {
		return nil, nil, skills.Errorf(skills.CodeInvalidArguments, "%s is in the past", a.Start)
	}
	end := start.Add(time.Duration(a.Duration) * time.Minute)
	var clash []string
	for _, id := range append([]string{c.UserID}, ids...) {
		if cl := s.clashes(id, start, end, "", c.Lang); len(cl) > 0 {
			clash = append(clash, s.nameIn(id, c.Lang))
		}
	}
	if len(clash) > 0 {
		return nil, nil, skills.Errorf(skills.CodeConflict, "%s not free then; use sched_find_slots", strings.Join(clash, ", ")+" is")
	}
	e := &Event{Organizer: c.UserID, Title: a.Title, Start: start, End: end, Location: a.Location, Reminder: reminder(a.Reminder),
		Attendees: []Attendee{{ID: c.UserID, Name: c.Name, Status: "accepted"}}}
	var names []string
	for _, id := range ids {
		e.Attendees = append(e.Attendees, Attendee{ID: id, Name: s.name(id), Status: "invited"})
		names = append(names, s.nameIn(id, c.Lang))
	}
	return e, names, nil
}

func (s *Scheduler) prepareInvite(ctx context.Context, c skills.Caller, a inviteArgs) (skills.Summary, error) {
	e, names, err := s.planInvite(c, a)
	if err != nil {
		return skills.Summary{}, err
	}
	loc := s.zone(c.UserID)
	st := e.Start.In(loc)
	when := slotWhen(st, e.End.In(loc), c.Lang)
	fields := []skills.Field{{Label: "제목 Title", Value: e.Title}, {Label: "시간 When", Value: when}, {Label: "참석자 People", Value: strings.Join(names, ", ")}}
	if e.Location != "" {
		fields = append(fields, skills.Field{Label: "장소 Where", Value: e.Location})
	}
	// The summary is in the conversation's language (protocol README §7).
	text := words.Say(c.Lang, "sched.invite", "when", when, "meeting", meetingName(e.Title, c.Lang), "people", strings.Join(names, ", "))
	return skills.Summary{Text: text, Fields: fields, Button: words.Say(c.Lang, "sched.invite_button")}, nil
}

func (s *Scheduler) invite(ctx context.Context, c skills.Caller, a inviteArgs) (EventView, error) {
	s.seen(c)
	id := "e" + skills.OpIDHex(ctx, 20)
	s.mu.Lock()
	prev, done := s.events[id]
	s.mu.Unlock()
	if done {
		return s.view(*prev, c.UserID, c.Lang), nil
	}
	e, _, err := s.planInvite(c, a)
	if err != nil {
		return EventView{}, err
	}
	e.ID, e.Created = id, s.env.Clock.Now()
	// Directory colleagues answer at once, as a colleague's calendar
	// assistant would: they are free (planInvite checked), so they accept.
	for i := range e.Attendees {
		if _, dir := s.people[e.Attendees[i].ID]; dir {
			e.Attendees[i].Status = "accepted"
		}
	}
	v, err := s.store(e, c.UserID, c.Lang)
	if err != nil {
		return EventView{}, err
	}
	for _, at := range e.Attendees[1:] {
		if _, dir := s.people[at.ID]; dir {
			continue
		}
		lang, loc := s.langOf(at.ID), s.zone(at.ID)
		s.env.Notify(skills.Notification{UserID: at.ID, Kind: "invite", At: e.Created,
			Text: words.Say(lang, "sched.notify_invited", "organizer", s.name(c.UserID), "meeting", meetingName(e.Title, lang), "when", words.Span(e.Start.In(loc), e.End.In(loc), lang)),
			Data: map[string]any{"event": e.ID}})
	}
	return v, nil
}

func (s *Scheduler) prepareCancelMeeting(ctx context.Context, c skills.Caller, a eventArgs) (skills.Summary, error) {
	e, err := s.own(c, a.EventID)
	if err != nil {
		return skills.Summary{}, err
	}
	if len(e.Attendees) <= 1 {
		// (a card telling nobody: "Cancel “dentist” and tell .")
		return skills.Summary{}, skills.Errorf(skills.CodeConflict, "%s", NoOtherAttendees)
	}
	var names []string
	for _, at := range e.Attendees[1:] {
		names = append(names, s.nameIn(at.ID, c.Lang))
	}
	text := words.Say(c.Lang, "sched.cancel_meeting", "meeting", meetingName(e.Title, c.Lang), "people", strings.Join(names, ", "))
	loc := s.zone(c.UserID)
	return skills.Summary{Text: text, Button: words.Say(c.Lang, "sched.cancel_meeting_button"),
		Fields: []skills.Field{{Label: "제목 Title", Value: e.Title}, {Label: "시간 When", Value: words.Span(e.Start.In(loc), e.End.In(loc), c.Lang)}}}, nil
}

func (s *Scheduler) cancelMeeting(ctx context.Context, c skills.Caller, a eventArgs) (EventView, error) {
	s.mu.Lock()
	cur, ok := s.events[a.EventID]
	s.mu.Unlock()
	if ok && cur.Organizer == c.UserID && cur.Cancelled {
		return s.view(*cur, c.UserID, c.Lang), nil // retried
	}
	e, err := s.own(c, a.EventID)
	if err != nil {
		return EventView{}, err
	}
	ne, err := s.mutate(e.ID, func(e *Event) error { e.Cancelled = true; return nil })
	if err != nil {
		return EventView{}, err
	}
	for _, at := range e.Attendees[1:] {
		if _, dir := s.people[at.ID]; !dir {
			s.env.Notify(skills.Notification{UserID: at.ID, Kind: "invite", At: s.env.Clock.Now(),
				Text: words.Say(s.langOf(at.ID), "sched.notify_cancelled", "meeting", meetingName(e.Title, s.langOf(at.ID))), Data: map[string]any{"event": e.ID, "cancelled": true}})
		}
	}
	return s.view(ne, c.UserID, c.Lang), nil
}

// planReschedule checks a move of the caller's meeting: its new start and
// end, and the other attendees as the caller reads them. Everyone must be
// free then (the meeting's own time aside), or nothing moves.
func (s *Scheduler) planReschedule(c skills.Caller, a rescheduleArgs) (Event, time.Time, time.Time, []string, error) {
	e, err := s.own(c, a.EventID)
	if err != nil {
		return Event{}, time.Time{}, time.Time{}, nil, err
	}
	start, err := parseTime(a.Start, s.zone(c.UserID))
	if err != nil {
		return Event{}, time.Time{}, time.Time{}, nil, err
	}
	if !start.After(s.env.Clock.Now()) {
		return Event{}, time.Time{}, time.Time{}, nil, skills.Errorf(skills.CodeInvalidArguments, "%s is in the past", a.Start)
	}
	d := e.End.Sub(e.Start)
	if a.Duration > 0 {
		d = time.Duration(a.Duration) * time.Minute
	}
	end := start.Add(d)
	var busy, names []string
	for i, at := range e.Attendees {
		if at.Status == "declined" {
			continue
		}
		if cl := s.clashes(at.ID, start, end, e.ID, c.Lang); len(cl) > 0 {
			busy = append(busy, s.nameIn(at.ID, c.Lang))
		}
		if i > 0 {
			names = append(names, s.nameIn(at.ID, c.Lang))
		}
	}
	if len(busy) > 0 {
		return Event{}, time.Time{}, time.Time{}, nil, skills.Errorf(skills.CodeConflict, "%s busy then; %s stays as it is", strings.Join(busy, ", "), meetingName(e.Title, c.Lang))
	}
	return e, start, end, names, nil
}

func (s *Scheduler) prepareReschedule(ctx context.Context, c skills.Caller, a rescheduleArgs) (skills.Summary, error) {
	e, start, end, names, err := s.planReschedule(c, a)
	if err != nil {
		return skills.Summary{}, err
	}
	loc := s.zone(c.UserID)
	when := words.Span(start.In(loc), end.In(loc), c.Lang)
	text := words.Say(c.Lang, "sched.reschedule", "meeting", meetingName(e.Title, c.Lang), "when", when, "people", strings.Join(names, ", "))
	return skills.Summary{Text: text, Button: words.Say(c.Lang, "sched.reschedule_button"), Fields: []skills.Field{{Label: "제목 Title", Value: e.Title},
		{Label: "지금 Now", Value: words.Span(e.Start.In(loc), e.End.In(loc), c.Lang)}, {Label: "새 시간 New time", Value: when},
		{Label: "참석자 People", Value: strings.Join(names, ", ")}}}, nil
}

// reschedule moves the caller's meeting for everyone and tells the
// attendees who are users; directory colleagues, free then, keep their
// acceptance, as they do for an invitation.
func (s *Scheduler) reschedule(ctx context.Context, c skills.Caller, a rescheduleArgs) (EventView, error) {
	s.seen(c)
	if start, err := parseTime(a.Start, s.zone(c.UserID)); err == nil {
		if e, err := s.own(c, a.EventID); err == nil && e.Start.Equal(start) && (a.Duration == 0 || e.End.Sub(e.Start) == time.Duration(a.Duration)*time.Minute) {
			return s.view(e, c.UserID, c.Lang), nil // retried, or already then
		}
	}
	e, start, end, _, err := s.planReschedule(c, a)
	if err != nil {
		return EventView{}, err
	}
	ne, err := s.mutate(e.ID, func(e *Event) error {
		e.Start, e.End = start, end
		for i := range e.Attendees[1:] {
			if _, dir := s.people[e.Attendees[i+1].ID]; !dir && e.Attendees[i+1].Status == "accepted" {
				e.Attendees[i+1].Status = "invited" // a new time asks again
			}
		}
		return nil
	})
	if err != nil {
		return EventView{}, err
	}
	s.mu.Lock()
	for _, at := range ne.Attendees {
		delete(s.fired, ne.ID+"|"+skills.UserKey(at.ID)) // a moved meeting reminds again
	}
	s.mu.Unlock()
	for _, at := range ne.Attendees[1:] {
		if _, dir := s.people[at.ID]; dir {
			continue
		}
		lang, loc := s.langOf(at.ID), s.zone(at.ID)
		s.env.Notify(skills.Notification{UserID: at.ID, Kind: "invite", At: s.env.Clock.Now(),
			Text: words.Say(lang, "sched.notify_rescheduled", "organizer", s.name(c.UserID), "meeting", meetingName(ne.Title, lang), "when", words.Span(ne.Start.In(loc), ne.End.In(loc), lang)),
			Data: map[string]any{"event": ne.ID}})
	}
	return s.view(ne, c.UserID, c.Lang), nil
}

func (s *Scheduler) invites(ctx context.Context, c skills.Caller, _ noArgs) ([]EventView, error) {
	s.seen(c)
	now := s.env.Clock.Now()
	return s.listFor(c.UserID, c.Lang, func(e *Event) bool {
		a := e.attendee(c.UserID)
		return a != nil && a.Status == "invited" && !e.Cancelled && e.End.After(now)
	}), nil
}

// replies lists the upcoming meetings the caller organised with others
// invited, each with its invitees' answers (Replies).
func (s *Scheduler) replies(ctx context.Context, c skills.Caller, _ noArgs) ([]EventView, error) {
	s.seen(c)
	now := s.env.Clock.Now()
	s.mu.Lock()
	byID := map[string]Event{}
	for _, e := range s.events {
		if e.Organizer == c.UserID && !e.Cancelled && e.End.After(now) && len(e.Attendees) > 1 {
			byID[e.ID] = *e
		}
	}
	s.mu.Unlock()
	out := s.listFor(c.UserID, c.Lang, func(e *Event) bool { _, ok := byID[e.ID]; return ok })
	for i := range out {
		var rs []string
		for _, a := range byID[out[i].ID].Attendees {
			if a.ID == c.UserID {
				continue
			}
			if c.Lang == "en" {
				rs = append(rs, s.nameIn(a.ID, "en")+": "+replyEn[a.Status])
			} else {
				rs = append(rs, s.nameIn(a.ID, "ko")+" "+replyKo[a.Status])
			}
		}
		out[i].Replies = strings.Join(rs, ", ")
	}
	return out, nil
}

// replyKo, replyEn: an invitee's answer as the organiser reads it.
var (
	replyKo = map[string]string{"accepted": "수락", "invited": "아직 답 안 함", "declined": "거절"}
	replyEn = map[string]string{"accepted": "accepted", "invited": "no reply yet", "declined": "declined"}
)

func (s *Scheduler) respond(ctx context.Context, c skills.Caller, a respondArgs) (EventView, error) {
	s.seen(c)
	s.mu.Lock()
	e, ok := s.events[a.EventID]
	mine := ok && e.attendee(c.UserID) != nil && !e.Cancelled
	s.mu.Unlock()
	if !mine {
		return EventView{}, skills.Errorf(skills.CodeNotFound, "no invitation %s", a.EventID)
	}
	status := map[string]string{"accept": "accepted", "decline": "declined"}[a.Response]
	ne, err := s.mutate(a.EventID, func(e *Event) error { e.attendee(c.UserID).Status = status; return nil })
	if err != nil {
		return EventView{}, err
	}
	if ne.Organizer != c.UserID {
		s.env.Notify(skills.Notification{UserID: ne.Organizer, Kind: "invite", At: s.env.Clock.Now(),
			Text: respondedText(s.name(c.UserID), ne.Title, status, s.langOf(ne.Organizer)),
			Data: map[string]any{"event": ne.ID, "response": status}})
	}
	return s.view(ne, c.UserID, c.Lang), nil
}

func (s *Scheduler) settings(ctx context.Context, c skills.Caller, a settingsArgs) (map[string]string, error) {
	loc, err := time.LoadLocation(a.TimeZone)
	if err != nil || a.TimeZone == "" || a.TimeZone == "Local" {
		return nil, skills.Errorf(skills.CodeInvalidArguments, "%q is not an IANA time zone such as Asia/Seoul", a.TimeZone)
	}
	key := skills.UserKey(c.UserID)
	s.mu.Lock()
	p := s.users[key]
	p.TZ = loc.String()
	if c.Name != "" {
		p.Name = c.Name
	}
	s.users[key] = p
	s.mu.Unlock()
	if err := s.db.Update(func(tx *store.Tx) error { return store.SetJSON(tx, store.NewKey("prof", key), p) }); err != nil {
		return nil, skills.Errorf(skills.CodeUnavailable, "the setting could not be saved")
	}
	return map[string]string{"time_zone": p.TZ, "time_zone_text": ZoneName(p.TZ, c.Lang)}, nil
}

// timeZone is the user's time zone, read: "what time zone am I in?" was
// asked back "Which time zone?" (trial18).
func (s *Scheduler) timeZone(ctx context.Context, c skills.Caller, _ noArgs) (map[string]string, error) {
	tz := s.zone(c.UserID).String()
	return map[string]string{"time_zone": tz, "time_zone_text": ZoneName(tz, c.Lang)}, nil
}

// zoneKo names the cities of the common time zones in Korean.
var zoneKo = map[string]string{"Asia/Seoul": "서울", "America/New_York": "뉴욕", "Europe/London": "런던", "Asia/Tokyo": "도쿄", "Europe/Paris": "파리",
	"America/Los_Angeles": "로스앤젤레스", "America/Chicago": "시카고", "Australia/Sydney": "시드니", "Europe/Berlin": "베를린", "Asia/Singapore": "싱가포르",
	"Asia/Shanghai": "상하이", "Asia/Hong_Kong": "홍콩", "Asia/Bangkok": "방콕", "Asia/Ho_Chi_Minh": "호찌민", "Asia/Kolkata": "인도", "Asia/Dubai": "두바이",
	"America/Toronto": "토론토", "America/Vancouver": "밴쿠버", "Pacific/Honolulu": "호놀룰루", "Asia/Taipei": "타이베이", "Asia/Manila": "마닐라", "Asia/Jakarta": "자카르타", "UTC": "UTC"}

// ZoneName is the time zone's city as the user reads it ("뉴욕", "New
// York"): "Your time zone is set." never said which (trial17).
func ZoneName(tz, lang string) string {
	if lang != "en" {
		if n, ok := zoneKo[tz]; ok {
			return n
		}
	}
	if i := strings.LastIndex(tz, "/"); i >= 0 {
		tz = tz[i+1:]
	}
	return strings.ReplaceAll(tz, "_", " ")
}

// Tick sends reminders that are due: reminder_minutes before each event,
// to every attendee who has not declined. Each is recorded as sent before
// it is sent, so a restart never repeats it; one that came due while the
// server was down is still sent if the event has not started.
func (s *Scheduler) Tick(ctx context.Context, now time.Time) {
	type due struct {
		e    Event
		user string
	}
	var list []due
	s.mu.Lock()
	for _, e := range s.events {
		if e.Cancelled || !now.Before(e.Start) || now.Before(e.Start.Add(-time.Duration(e.Reminder)*time.Minute)) {
			continue
		}
		for _, a := range e.Attendees {
			if _, dir := s.people[a.ID]; dir || a.Status == "declined" {
				continue
			}
			if !s.fired[e.ID+"|"+skills.UserKey(a.ID)] {
				list = append(list, due{*e, a.ID})
			}
		}
	}
	s.mu.Unlock()
	for _, d := range list {
		uk := skills.UserKey(d.user)
		if err := s.db.Update(func(tx *store.Tx) error {
			return store.SetJSON(tx, store.NewKey("rem", d.e.ID, uk), now.Format(time.RFC3339))
		}); err != nil {
			s.env.Logger.Error("recording reminder", "event", d.e.ID, "err", err)
			continue
		}
		s.mu.Lock()
		s.fired[d.e.ID+"|"+uk] = true
		s.mu.Unlock()
		mins := int(d.e.Start.Sub(now).Round(time.Minute) / time.Minute)
		lang, st := s.langOf(d.user), d.e.Start.In(s.zone(d.user))
		s.env.Notify(skills.Notification{UserID: d.user, Kind: "reminder", At: now,
			Text: words.Say(lang, "sched.notify_reminder", "minutes", mins, "title", d.e.Title, "time", words.Clock(st.Hour(), st.Minute(), lang)),
			Data: map[string]any{"event": d.e.ID}})
	}
}

// Events returns a copy of every event (tests and checks).
func (s *Scheduler) Events() []Event {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Event, 0, len(s.events))
	for _, e := range s.events {
		out = append(out, *e)
	}
	return out
}
