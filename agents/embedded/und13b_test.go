package embedded_test

import (
	"strings"
	"testing"
)

// Round 13's English understanding (und13b): slots said the way people
// say them rather than the way the examples do.

// TestPartySaidByWhoComes: a party said by who comes is that many people,
// and the search is for them.
func TestPartySaidByWhoComes(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct {
		text, people string
	}{
		{"italian in hongdae friday 7pm, me + 2 friends", "3"},
		{"book dinner for my parents and me in jongno on sunday at 6", "3"},
		{"a table in gangnam tomorrow at 7 for the two of them plus me", "3"},
		{"sushi in jamsil saturday at 8, my boss and I", "2"},
	} {
		w.say("p-"+c.text, "assistant", c.text)
		u := w.rec.lastUnderstood("p-" + c.text)
		if u.Intent != "booking_search_restaurants" || u.Slots["party_size"] != c.people {
			t.Errorf("%q: understood %s %v, want a party of %s", c.text, u.Intent, u.Slots, c.people)
		}
	}
}

// TestStayAroundAHoliday: the days of a stay said exactly are the stay,
// not the holiday it is for.
func TestStayAroundAHoliday(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct{ text, in, nights string }{
		{"a resort in busan over new year's, Dec 31 to Jan 2, 4 of us", "2026-12-31", "2"},
		{"a resort in busan for christmas, dec 24 to dec 26", "2026-12-24", "2"},
	} {
		w.say("h-"+c.text, "assistant", c.text)
		u := w.rec.lastUnderstood("h-" + c.text)
		if u.Slots["check_in"] != c.in || u.Slots["nights"] != c.nights {
			t.Errorf("%q: understood %s %v, want check-in %s for %s nights", c.text, u.Intent, u.Slots, c.in, c.nights)
		}
	}
}

// TestTitleCalledEndsAtWhoAndWhen: "a meeting called X with … tomorrow
// at 2pm in room 301" is titled X; the room with its adjective and a
// place with its neighbourhood stay whole.
func TestTitleCalledEndsAtWhoAndWhen(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct{ text, title, location string }{
		{"set up a meeting called budget check with Minsu friday at 2pm in room 204", "budget check", "room 204"},
		{"meeting with Hana on thursday 10am in the big conference room", "", "big conference room"},
		{"add haircut saturday 11am at Blue Salon in Hongdae", "haircut", "Blue Salon in Hongdae"},
		{"add a dentist appointment at Smile Clinic in December on the 20th at 3pm", "dentist appointment", "Smile Clinic"},
	} {
		got := w.say("t-"+c.text, "assistant", c.text)
		u := w.rec.lastUnderstood("t-" + c.text)
		if c.title != "" && u.Slots["title"] != c.title || u.Slots["location"] != c.location {
			t.Errorf("%q: understood %s %v, want title %q at %q", c.text, u.Intent, u.Slots, c.title, c.location)
		}
		if c.title != "" && strings.HasPrefix(got, "Added") && !strings.Contains(got, "“"+c.title+"”") {
			t.Errorf("%q: said %q, want the event called %q", c.text, got, c.title)
		}
	}
}

// TestHowManySaidWithTheProduct: "put 3 Nuri Lip Balm Lite in my cart"
// puts three in, and "show me 8" shows eight.
func TestHowManySaidWithTheProduct(t *testing.T) {
	w := newWorld(t)
	got := w.say("q1", "shopper", "put 3 Nuri Lip Balm Lite in my cart")
	if u := w.rec.lastUnderstood("q1"); u.Slots["quantity"] != "3" || !strings.Contains(got, "3 items") {
		t.Errorf("understood %s %v, said %q; want three lip balms in the cart", u.Intent, u.Slots, got)
	}
	w.say("q2", "shopper", "kitchen stuff, show me 8")
	if u := w.rec.lastUnderstood("q2"); u.Slots["limit"] != "8" {
		t.Errorf("understood %s %v, want 8 shown", u.Intent, u.Slots)
	}
}

// TestTimeZoneOfACity: a city the specification names (Sydney) is its
// zone.
func TestTimeZoneOfACity(t *testing.T) {
	w := newWorld(t)
	w.say("z", "assistant", "I'm working from Sydney this month, switch my time zone")
	if u := w.rec.lastUnderstood("z"); u.Intent != "sched_settings" || u.Slots["time_zone"] != "Australia/Sydney" {
		t.Errorf("understood %s %v, want Australia/Sydney", u.Intent, u.Slots)
	}
}
