package embedded_test

import "testing"

// A short question about the list on screen that names only what changes
// ("검정은?", "do they come in navy?", "anything below 25,000?") was out
// of scope, or put the item whose price it named in the cart: it is the
// same search again, with what it names.
func TestFollowUpOnList(t *testing.T) {
	w := newWorld(t)
	for _, tc := range []struct {
		first, then, query, maxPrice string
	}{
		{"텀블러 보여줘", "검정색은?", "검정색 텀블러", ""},
		{"백팩 찾아줘", "남색도 있어?", "남색 백팩", ""},
		{"show me backpacks", "do they come in navy?", "navy backpacks", ""},
		{"show me earbuds", "anything below 25,000?", "earbuds", "25000"},
	} {
		u := "f-" + tc.then
		w.say(u, "shopper", tc.first)
		got := w.say(u, "shopper", tc.then)
		x := w.rec.lastUnderstood(u)
		if x.Intent != "shop_search" || x.Slots["query"] != tc.query || x.Slots["max_price"] != tc.maxPrice {
			t.Errorf("%q then %q: understood %s %v (%q), want shop_search of %q under %q", tc.first, tc.then, x.Intent, x.Slots, got, tc.query, tc.maxPrice)
		}
	}
}

// A request after letting go of the last one ("forget the lamp, show me
// desk fans") is that request, not a cancellation.
func TestDropThenAsk(t *testing.T) {
	w := newWorld(t)
	for _, tc := range []struct{ first, then, query string }{
		{"desk lamps", "forget the lamp, show me wireless chargers", "wireless chargers"},
		{"desk lamps", "never mind the lamps, show me lip balms", "lip balms"},
		{"텀블러 보여줘", "텀블러는 됐고 보조배터리 찾아줘", "보조배터리"},
	} {
		u := "d-" + tc.then
		w.say(u, "shopper", tc.first)
		got := w.say(u, "shopper", tc.then)
		x := w.rec.lastUnderstood(u)
		if x.Intent != "shop_search" || x.Slots["query"] != tc.query {
			t.Errorf("%q then %q: understood %s %v (%q), want shop_search of %q", tc.first, tc.then, x.Intent, x.Slots, got, tc.query)
		}
	}
}

// TestFollowUpWordings: more ways to ask the list again.
func TestFollowUpWordings(t *testing.T) {
	w := newWorld(t)
	for _, tc := range []struct{ first, then, query string }{
		{"show me scarves", "got them in red?", "red scarves"},
		{"show me scarves", "are they available in beige?", "beige scarves"},
		{"show me scarves", "in navy?", "navy scarves"},
	} {
		u := "g-" + tc.then
		w.say(u, "shopper", tc.first)
		got := w.say(u, "shopper", tc.then)
		x := w.rec.lastUnderstood(u)
		if x.Intent != "shop_search" || x.Slots["query"] != tc.query {
			t.Errorf("%q then %q: understood %s %v (%q), want shop_search of %q", tc.first, tc.then, x.Intent, x.Slots, got, tc.query)
		}
	}
}

// TestHelloTeacher: a greeting as plain as an example greets, though two
// intents (greet, the tutor's greeting) share its words.
func TestHelloTeacher(t *testing.T) {
	w := newWorld(t)
	for _, s := range []string{"안녕하세요 선생님", "hello teacher"} {
		got := w.say("h-"+s, "tutor", s)
		if x := w.rec.lastUnderstood("h-" + s); x.Intent != "greet" && x.Intent != "tutor_greeting" {
			t.Errorf("%q: understood %s (%q), want a greeting", s, x.Intent, got)
		}
	}
}
