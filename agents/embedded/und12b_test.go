package embedded_test

import (
	"strings"
	"testing"
)

// Round 12's English understanding (und12b): renaming said in more ways
// (an arrow, "call … instead", the event by its place on the list shown),
// and the words of a pack's gazetteer said with a slip (one letter off,
// or written together).

// TestRenameSaidOtherwise: each way of renaming renames the event meant,
// to the title said, and the user reads that title in the answer.
func TestRenameSaidOtherwise(t *testing.T) {
	w := newWorld(t)
	for i, c := range []struct {
		setup []string
		text  string
		title string
	}{
		{[]string{"add piano practice on saturday at 10am"}, "retitle piano practice -> recital prep", "recital prep"},
		{[]string{"add a run at 7am tomorrow"}, "ok call the 7am thing morning jog instead", "morning jog"},
		{[]string{"put team lunch on friday at 12:30"}, "pls change team lunch's title to farewell lunch", "farewell lunch"},
		{[]string{"add reading hour on thursday at 8pm", "show my calendar for thursday"}, "change the name of the first one to book club", "book club"},
	} {
		u := "r" + string(rune('a'+i))
		for _, s := range c.setup {
			w.say(u, "assistant", s)
		}
		got := w.say(u, "assistant", c.text)
		un := w.rec.lastUnderstood(u)
		if un.Intent != "sched_rename_event" || un.Slots["title"] != c.title || !strings.Contains(got, c.title) {
			t.Errorf("%q: understood %s %v, said %q; want it renamed to %q", c.text, un.Intent, un.Slots, got, c.title)
		}
	}
}

// TestGazetteerSlips: a cuisine or a category said one letter off or
// written together is still that cuisine or category; a short word one
// letter from another is not read as it.
func TestGazetteerSlips(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct{ avatar, text, slot, want string }{
		{"assistant", "any chineese places in gangnam tomorrow at 7 for 2?", "cuisine", "chinese"},
		{"assistant", "looking for dimsum in jongno tonight, 3 ppl", "cuisine", "chinese"},
		{"assistant", "a vegeterian place in itaewon for friday lunch, 2 people", "cuisine", "vegetarian"},
		{"assistant", "fresh food in gangnam tomorrow at 7 for 2", "cuisine", ""},
	} {
		w.say("g-"+c.text, c.avatar, c.text)
		u := w.rec.lastUnderstood("g-" + c.text)
		if u.Slots[c.slot] != c.want {
			t.Errorf("%q: understood %s %v, want %s=%q", c.text, u.Intent, u.Slots, c.slot, c.want)
		}
	}
}

// TestTitleFromTopicAndChores: an event's title is its topic when the
// user says one ("topic: budget", "to talk about the budget") and the
// chore itself when it is said as one ("I need to …", "gotta …"), not the
// words around it; a city in an event's title is no change of time zone.
func TestTitleFromTopicAndChores(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct{ text, intent, title string }{
		{"set up a call with Minsu on Thursday 3pm, topic: budget cuts", "sched_invite", "budget cuts"},
		{"book an hour with Jiyoung on the 18th at 11am to talk about the hiring plan", "sched_invite", "hiring plan"},
		{"invite Hana to a meeting friday at 4pm to discuss Q1 goals", "sched_invite", "Q1 goals"},
		{"I have to pick up the dry cleaning tomorrow at 6pm, put it on my calendar", "sched_create_event", "pick up the dry cleaning"},
		{"gotta renew my passport on monday at 10am, add it", "sched_create_event", "renew my passport"},
	} {
		w.say("t-"+c.text, "assistant", c.text)
		u := w.rec.lastUnderstood("t-" + c.text)
		if u.Intent != c.intent || u.Slots["title"] != c.title {
			t.Errorf("%q: understood %s %v, want %s titled %q", c.text, u.Intent, u.Slots, c.intent, c.title)
		}
	}
}

// TestWhoWorksInTeam: asking who works in a team looks the team up in
// the directory (the people of that team are found), not the sentence.
func TestWhoWorksInTeam(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct{ text, query string }{
		{"who works in engineering?", "engineering"},
		{"anyone from product in the directory", "product"},
	} {
		w.say("p-"+c.text, "assistant", c.text)
		u := w.rec.lastUnderstood("p-" + c.text)
		if u.Intent != "sched_find_people" || !strings.EqualFold(u.Slots["query"], c.query) {
			t.Errorf("%q: understood %s %v, want the directory searched for %q", c.text, u.Intent, u.Slots, c.query)
		}
	}
}

// TestPickWithOtherNights: a stay's nights said with the pick ("the
// second one, but 4 nights") change the search's for the hold, and the
// nights not said keep the search's.
func TestPickWithOtherNights(t *testing.T) {
	w := newWorld(t)
	for i, c := range []struct{ pick, nights string }{
		{"number 2 but make it 4 nights", "4"},
		{"the first one please", "2"},
	} {
		u := "n" + string(rune('a'+i))
		w.say(u, "assistant", "a hotel in jeju from the 20th for 2 nights, 2 guests")
		w.say(u, "assistant", c.pick)
		un := w.rec.lastUnderstood(u)
		if un.Intent != "booking_hold" || un.Slots["nights"] != c.nights || un.Slots["place_id"] == "" {
			t.Errorf("%q: understood %s %v, want a hold of %s nights", c.pick, un.Intent, un.Slots, c.nights)
		}
	}
}

// TestTutorQuestionInChat: a question to the tutor written in chat
// spellings ("wat", "wut") is answered from the lesson as the written
// question is, not refused as not covered.
func TestTutorQuestionInChat(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct{ text, want string }{
		{"wat does chlorophyll do", "chlorophyll"},
		{"wut is magma", "magma"},
	} {
		got := w.say("q-"+c.text, "tutor", c.text)
		u := w.rec.lastUnderstood("q-" + c.text)
		if u.Intent != "tutor_ask" || !strings.Contains(strings.ToLower(got), c.want) || strings.Contains(got, "don't cover") {
			t.Errorf("%q: understood %s %v, answered %q; want an answer about %s", c.text, u.Intent, u.Slots, got, c.want)
		}
	}
}

// TestHolidayInTitle: a holiday said before what the event is ("New
// Year's Eve party", "christmas lunch") stays in the title, and still
// gives the day; said alone as the day, it is no part of the title.
func TestHolidayInTitle(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct{ text, title, start string }{
		{"new event new year's eve party at 9pm", "new year's eve party", "2026-12-31T21:00"},
		{"christmas lunch with the family on the 25th at 12", "christmas lunch with the family", "2026-12-25T12:00"},
		{"add a Christmas Eve dinner at 7pm", "Christmas Eve dinner", "2026-12-24T19:00"},
		{"add gym on christmas at 10am", "gym", "2026-12-25T10:00"},
	} {
		w.say("h-"+c.text, "assistant", c.text)
		u := w.rec.lastUnderstood("h-" + c.text)
		if u.Intent != "sched_create_event" || u.Slots["title"] != c.title || u.Slots["start"] != c.start {
			t.Errorf("%q: understood %s %v, want %q at %s", c.text, u.Intent, u.Slots, c.title, c.start)
		}
	}
}
