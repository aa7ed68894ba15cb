package embedded_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/booking"
	"github.com/madang-world/madang/skills/scheduling"
	"github.com/madang-world/madang/skills/skilltest"
)

// The packs' words that the brain reads from their data rather than
// knowing them itself (docs/conversation-data.md): a title slot's "also"
// and "trim", a names slot's "more", a place slot's "not_places", a
// change's "people_cue", "people_only_cue" and "prefer".
// plainScheduler and plainBooker are the two packs with those fields
// taken out of their data, as a third-party pack that never declared them.
var packOnlyFields = []string{"also", "trim", "more", "not_places", "people_cue", "people_only_cue", "prefer"}

const (
	plainSchedID skills.ID = "test.plain_scheduling"
	plainBookID  skills.ID = "test.plain_booking"
)

type plainScheduler struct{ *scheduling.Scheduler }

func (p plainScheduler) ConversationData() (string, []byte) {
	name, data := p.Scheduler.ConversationData()
	return "plain " + name, withoutFields(data, packOnlyFields)
}

type plainBooker struct{ *booking.Booker }

func (p plainBooker) ConversationData() (string, []byte) {
	name, data := p.Booker.ConversationData()
	return "plain " + name, withoutFields(data, packOnlyFields)
}

func init() {
	skills.Register(skills.Info{ID: plainSchedID, Description: "scheduling without the pack-declared words (test)", New: func() skills.Skill { return plainScheduler{scheduling.New()} }})
	skills.Register(skills.Info{ID: plainBookID, Description: "booking without the pack-declared words (test)", New: func() skills.Skill { return plainBooker{booking.New()} }})
}

// withoutFields is the JSON data with the named fields removed wherever
// they are (an object's "prefer" anywhere: no time slot of the two packs
// declares one that this test depends on).
func withoutFields(data []byte, fields []string) []byte {
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		panic(err)
	}
	var drop func(any)
	drop = func(x any) {
		switch x := x.(type) {
		case map[string]any:
			for _, f := range fields {
				delete(x, f)
			}
			for _, e := range x {
				drop(e)
			}
		case []any:
			for _, e := range x {
				drop(e)
			}
		}
	}
	drop(v)
	out, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return out
}

// newPlainWorld is a world whose assistant talks with the plain packs only.
func newPlainWorld(t *testing.T) *world {
	w := &world{t: t, out: newOut(), rec: newRecorder(), sch: scheduling.New(), bk: booking.New()}
	w.h = skilltest.New(t, skilltest.Skill(plainSchedID, plainScheduler{w.sch}), skilltest.Skill(plainBookID, plainBooker{w.bk}))
	var as []*avatars.Avatar
	for _, a := range avatars.Campus() {
		if a.ID == "assistant" {
			a.Skills = []string{string(plainSchedID), string(plainBookID)}
			as = append(as, a)
		}
	}
	if len(as) != 1 {
		t.Fatal("no assistant among the campus avatars")
	}
	w.run(as, nil)
	return w
}

// TestPackWithoutDeclaredWords: a pack that declares none of the words a
// title slot or a change may carry still loads and talks — its title is
// what is left of the sentence as it is (no 도 dropped, no clause picked),
// a party size said alone is no change of a booking, and a new hour for a
// booking is not read as the evening's — while the shipped packs, which
// declare them, get the title, the change and the evening hour.
func TestPackWithoutDeclaredWords(t *testing.T) {
	for _, c := range []struct {
		name  string
		world func(*testing.T) *world
		title string // the event's title
		party string // said after "6명으로 늘려줘"
		clock string // said after "노을 예약 10시로 바꿔줘"
	}{
		{"declared", newWorld, "회식", "오후 7시 6명 자리가 있어요", "오후 10시"},
		{"plain", newPlainWorld, "회식도", "", "오전 10시"},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := c.world(t)
			w.say("k", "assistant", "금요일 저녁 7시에 회식도 일정에 넣어줘")
			if evs := w.sch.Events(); len(evs) != 1 || evs[0].Title != c.title {
				t.Errorf("events %+v, want one titled %q", evs, c.title)
			}

			bookNoeul(t, w, "b")
			w.say("b", "assistant", "thanks!")
			got := w.say("b", "assistant", "6명으로 늘려줘")
			if c.party != "" && !strings.Contains(got, c.party) {
				t.Errorf("party change → %q, want %q", got, c.party)
			}
			if c.party == "" && strings.Contains(got, "6명 자리가 있어요") {
				t.Errorf("party change without the pack's cue words → %q, want no change of the booking", got)
			}

			bookNoeul(t, w, "c")
			w.say("c", "assistant", "thanks!")
			must(t, w.say("c", "assistant", "노을 예약 10시로 바꿔줘"), c.clock)
		})
	}
}

// TestFactNotedInUsersLanguage: a fact said in passing is acknowledged
// with its value in the user's language (the values' Korean is in
// protocol/words/messages, "fact.value.*"), and a value without a
// message is said as it is.
func TestFactNotedInUsersLanguage(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("k", "assistant", "참고로 저는 채식주의자예요"), "식단 채식")
	must(t, w.say("e", "assistant", "fyi i'm vegetarian"), "diet vegetarian")
}
