package titles

import (
	"encoding/json"

	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills"
)

// calendarEvent is an event as sched_my_events lists it, with the fields
// the handlers of this package read.
type calendarEvent struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Start     string `json:"start"`
	Organizer string `json:"organizer"`
	Cancelled bool   `json:"cancelled"`
	Attendees []struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	} `json:"attendees"`
}

// comingEvents is the user's calendar from today for the next 60 days
// (sched_my_events), false when it cannot be read: the reminders
// (remind18.go), "the same time the next day" (sametime19.go) and "both
// of them" (both19.go) look up the meeting they are about in it.
func comingEvents(t *embedded.Turn) ([]calendarEvent, bool) {
	now := t.Now
	r := t.Call("sched_my_events", map[string]any{"from": now.Format("2006-01-02"), "to": now.AddDate(0, 0, 60).Format("2006-01-02")})
	if r.Status != skills.StatusOK {
		return nil, false
	}
	var evs []calendarEvent
	if json.Unmarshal(r.Data, &evs) != nil {
		return nil, false
	}
	return evs, true
}
