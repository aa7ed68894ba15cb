package embedded_test

import (
	"strconv"
	"strings"
	"testing"
)

// Round 11's English understanding (und11b): budgets said as what the
// user has or may spend, ceilings said with a negation, titles after an
// acknowledgement or a label's colon, goods named in a plural the store
// does not sell, and "anything similar?" after a product's details.

// TestEnglishBudgetSaid: "I have 30000 won", "got 25k to spend", "can't go
// over 50000" and "don't want to spend more than" are the most the user
// will pay — a ceiling, never a floor — and the product words stay the
// query.
func TestEnglishBudgetSaid(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct{ text, query, max string }{
		{"I have 40000 won, show me sneakers", "sneakers", "40000"},
		{"I've only got 15,000 won, any notebooks?", "notebooks", "15000"},
		{"got 20k to spend, any tumblers?", "tumblers", "20000"},
		{"headphones, can't go over 100000", "headphones", "100000"},
		{"a power bank, I don't want to spend more than 30000 won", "power bank", "30000"},
		{"I can spend 50,000 won on a backpack", "backpack", "50000"},
	} {
		w.say("b-"+c.text, "shopper", c.text)
		u := w.rec.lastUnderstood("b-" + c.text)
		if u.Intent != "shop_search" || u.Slots["max_price"] != c.max || u.Slots["min_price"] != "" || !strings.EqualFold(u.Slots["query"], c.query) {
			t.Errorf("%q: understood %s %v, want shop_search of %q at most %s", c.text, u.Intent, u.Slots, c.query, c.max)
		}
	}
}

// TestTitleAfterAckOrLabel: an event's title is what it is called, not
// the "ok" said before it nor a capitalised word after "new event:" taken
// for a person and cut out.
func TestTitleAfterAckOrLabel(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct{ text, title string }{
		{"okay, then add a haircut Thursday at 4pm", "haircut"},
		{"alright, put a vet visit on my calendar Friday at 11am", "vet visit"},
		{"new event: Pilates class, Saturday 9:00 am", "Pilates class"},
		{"new event: Year-end review, Dec 18 at 2pm", "Year-end review"},
	} {
		w.say("t-"+c.text, "assistant", c.text)
		u := w.rec.lastUnderstood("t-" + c.text)
		if u.Intent != "sched_create_event" || u.Slots["title"] != c.title {
			t.Errorf("%q: understood %s %v, want an event titled %q", c.text, u.Intent, u.Slots, c.title)
		}
	}
}

// TestPluralGoodsNotSold: goods the store does not sell, named bare in an
// irregular or -es plural, are answered as such ("We don't sell scarves
// here"), not with "not sure what you'd like"; the plural in the answer
// is English's.
func TestPluralGoodsNotSold(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct{ text, want string }{
		{"scarfs", "scarves"},
		{"any scarves?", "scarves"},
		{"dresses", "dresses"},
	} {
		got := w.say("p-"+c.text, "shopper", c.text)
		if !strings.Contains(got, "don't sell "+c.want) {
			t.Errorf("%q → %q, want it said the store does not sell %s", c.text, got, c.want)
		}
	}
}

// TestSimilarToItemLookedAt: "anything similar?" after the details of the
// second item is about that item, not the list's first; and items like
// it keep to the budget the user said before the list ("my budget is
// 30000 won", then "show me tumblers"): the first offered is within it.
func TestSimilarToItemLookedAt(t *testing.T) {
	w := newWorld(t)
	w.say("s", "shopper", "show me tumblers")
	card := w.out.lastCard("s")
	if len(card.Items) < 3 {
		t.Fatalf("card %+v", card)
	}
	w.say("s", "shopper", "tell me about number 2")
	w.say("s", "shopper", "anything similar?")
	if u := w.rec.lastUnderstood("s"); u.Intent != "shop_similar" || u.Slots["product_id"] != card.Items[1].ID {
		t.Errorf("understood %s %v, want items like %s (%s)", u.Intent, u.Slots, card.Items[1].ID, card.Items[1].Title)
	}

	w.say("b", "shopper", "tumblers under 30000 won")
	w.say("b", "shopper", "show me tumblers")
	got := w.say("b", "shopper", "anything like the first one?")
	c := w.out.lastCard("b")
	if len(c.Items) == 0 {
		t.Fatalf("similar → %q, no card", got)
	}
	price, _ := strconv.Atoi(strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, c.Items[0].Price))
	if price == 0 || price > 30000 {
		t.Errorf("similar → %q (first %s at %s), want one within ₩30,000 first", got, c.Items[0].Title, c.Items[0].Price)
	}
}

// TestCapitalisedTitleIsNoPerson: "add Dentist tomorrow at 3pm", "put Gym
// on Thursday at 6pm": a capitalised word right after the request's verb
// is the event, not a person cut out of the title (which left the event
// untitled and asked "What is it?"); a title in quotes names nobody
// ("add 'Call with plumber' …" is no invitation of a plumber).
func TestCapitalisedTitleIsNoPerson(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct{ text, title string }{
		{"add Physio tomorrow at 3pm", "Physio"},
		{"put Swimming on Thursday at 6pm", "Swimming"},
		{"add 'Lunch with landlord' tomorrow at noon", "Lunch with landlord"},
	} {
		w.say("c-"+c.text, "assistant", c.text)
		u := w.rec.lastUnderstood("c-" + c.text)
		if u.Intent != "sched_create_event" || u.Slots["title"] != c.title || u.Slots["participants"] != "" {
			t.Errorf("%q: understood %s %v, want an event titled %q", c.text, u.Intent, u.Slots, c.title)
		}
	}
	if evs := w.sch.Events(); len(evs) != 3 {
		t.Errorf("events %+v, want the three added", evs)
	}
}

// TestPartnerIsTwo: a table for "dinner with my wife", "taking my
// boyfriend out" or "my sister and I" is for two; "with my wife and kids"
// is not said to be.
func TestPartnerIsTwo(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct{ text, slot, n string }{
		{"date night with my husband Saturday at 8, somewhere thai in Itaewon", "party_size", "2"},
		{"taking my girlfriend out Friday 7pm, pasta in Hongdae", "party_size", "2"},
		{"my brother and I need a guesthouse in Jeju this weekend", "guests", "2"},
		{"dinner with my wife and kids Saturday at 7 in Gangnam", "party_size", ""},
	} {
		w.say("p-"+c.text, "assistant", c.text)
		u := w.rec.lastUnderstood("p-" + c.text)
		if u.Slots[c.slot] != c.n {
			t.Errorf("%q: understood %s %v, want %s %q", c.text, u.Intent, u.Slots, c.slot, c.n)
		}
	}
}

// TestDayAfterTheTasks: "and the next day?" after a search for Friday is
// the same search on Saturday; "the day before" the Thursday of a search
// for free time is Wednesday — the day said against the task's, which
// the entity grammar (against today) does not know.
func TestDayAfterTheTasks(t *testing.T) {
	w := newWorld(t)
	w.say("r", "assistant", "a table for 2 in Itaewon on Friday at 7pm")
	w.say("r", "assistant", "hmm, and the next day?")
	if u := w.rec.lastUnderstood("r"); u.Intent != "booking_search_restaurants" || u.Slots["date"] != "2026-12-12" || u.Slots["party_size"] != "2" {
		t.Errorf("next day: understood %s %v, want the table search on 2026-12-12", u.Intent, u.Slots)
	}
	w.say("s", "assistant", "when are Minsu and I both free on Thursday")
	w.say("s", "assistant", "what about the day before instead")
	if u := w.rec.lastUnderstood("s"); u.Intent != "sched_find_slots" || u.Slots["from"] != "2026-12-09" {
		t.Errorf("day before: understood %s %v, want free time on 2026-12-09", u.Intent, u.Slots)
	}
}
