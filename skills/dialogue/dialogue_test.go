package dialogue

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

const good = `{
 "skill": "x.rooms",
 "help": {"ko": "방을 찾아요", "en": "I find rooms"},
 "intents": [
  {"intent": "rooms_find",
   "examples": {"ko": ["[내일](day) [4명](people) 방 있어?"], "en": ["a room for [4](people) [tomorrow](day)"]},
   "slots": {"day": {"from": "date"}, "people": {"from": "people"}},
   "ask": [{"slot": "people", "ko": "몇 명이에요?", "en": "How many?"}]}
 ]
}`

func TestExample(t *testing.T) {
	text, spans := Example("[내일](day) [4명](people) 방 있어?")
	if text != "내일 4명 방 있어?" || len(spans) != 2 || text[spans[1].Start:spans[1].End] != "4명" || spans[1].Slot != "people" {
		t.Fatalf("%q %+v", text, spans)
	}
}

func TestParseErrors(t *testing.T) {
	if _, err := Parse("good.json", []byte(good)); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ data, want string }{
		{"{\n \"skill\": \"x\",\n \"intents\": [,]\n}", "bad.json:3"},
		{strings.Replace(good, `"slots": {"day"`, `"slots": {"when"`, 1), `intent 1 (rooms_find): example "[내일](day) [4명](people) 방 있어?" annotates "day", which is not one of its slots`},
		{strings.Replace(good, `{"from": "people"}`, `{"from": "vibes"}`, 1), `slot people: unknown source "vibes"`},
		{strings.Replace(good, `"slot": "people"`, `"slot": "seats"`, 1), `asks for "seats"`},
		{strings.Replace(good, `"helpp"`, `"help"`, 1) + "x", "bad.json"},
		{strings.Replace(good, `"help"`, `"hlep"`, 1), `unknown field "hlep"`},
	} {
		_, err := Parse("bad.json", []byte(tc.data))
		if err == nil || !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v, want %q", err, tc.want)
		}
	}
}

func TestValidate(t *testing.T) {
	f, err := Parse("good.json", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	schema := json.RawMessage(`{"type":"object","properties":{"day":{"type":"string"},"people":{"type":"integer"}}}`)
	if err := Validate(f, []Tool{{Name: "rooms_find", Schema: schema}}); err != nil {
		t.Fatal(err)
	}
	other := json.RawMessage(`{"type":"object","properties":{"day":{"type":"string"},"seats":{"type":"integer"}}}`)
	if err := Validate(f, []Tool{{Name: "rooms_find", Schema: other}}); err == nil || !strings.Contains(err.Error(), `slot "people" is not an argument of the tool`) {
		t.Errorf("a slot that is no argument: %v", err)
	}
	if err := Validate(f, []Tool{{Name: "rooms_search", Schema: schema}}); err == nil || !strings.Contains(err.Error(), "intent rooms_find: no tool of that name") {
		t.Errorf("an intent that is no tool: %v", err)
	}
	// A fallback names one of the file's intents, the result's boolean,
	// and an intent that reads the text.
	for _, c := range []struct {
		fb   Fallback
		want string
	}{
		{Fallback{Intent: "rooms_other", Placed: "ok"}, "fallback: intent rooms_other is not one of this file's intents"},
		{Fallback{Intent: "rooms_find"}, "placed"},
		{Fallback{Intent: "rooms_find", Placed: "found"}, "has no slot read from the text"},
	} {
		f.Fallback = &c.fb
		if err := Validate(f, []Tool{{Name: "rooms_find", Schema: schema}}); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("fallback %+v: %v, want %q", c.fb, err, c.want)
		}
	}
}

// TestPackDeclaredWords: a text slot's also and trim and a change's cue
// patterns are read from the data (a pattern as one string or a list of
// alternatives); a file without them parses with none, and a bad pattern
// or one on a slot that cannot use it is an error naming it.
func TestPackDeclaredWords(t *testing.T) {
	f, err := Parse("good.json", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if s := f.Intents[0].Slots["day"]; s.Trim != nil || s.Also != nil {
		t.Fatalf("a slot without them: %+v", s)
	}
	var none *Pattern
	if none.MatchString("anything") || none.Regexp() != nil {
		t.Fatal("a nil pattern matched")
	}
	withTitle := strings.Replace(good, `"slots": {"day": {"from": "date"}`,
		`"slots": {"title": {"from": "text", "also": ["일정"], "trim": {"start": ["the"], "tail": ["줘$", "(?i)\\bplease$"], "skip": "(?i)^hi$"}}, "day": {"from": "date"}`, 1)
	f, err = Parse("title.json", []byte(withTitle))
	if err != nil {
		t.Fatal(err)
	}
	tr := f.Intents[0].Slots["title"].Trim
	for text, want := range map[string]bool{"치과 줘": true, "dentist PLEASE": true, "pleased": false} {
		if got := tr.Tail.MatchString(text); got != want {
			t.Errorf("tail %q: %v, want %v", text, got, want)
		}
	}
	if !tr.Skip.MatchString("Hi") || tr.Skip.MatchString("hi there") {
		t.Errorf("skip %v", tr.Skip.Regexp())
	}
	if b, err := json.Marshal(tr); err != nil || !strings.Contains(string(b), `"skip":"(?i)^hi$"`) {
		t.Errorf("marshalled %s %v", b, err)
	}
	for _, tc := range []struct{ data, want string }{
		{strings.Replace(withTitle, `"skip": "(?i)^hi$"`, `"skip": "(hi"`, 1), `pattern "(hi"`},
		{strings.Replace(withTitle, `"tail": ["줘$"`, `"tail": ["(줘"`, 1), `pattern "(줘"`},
		{strings.Replace(withTitle, `"skip": "(?i)^hi$"`, `"skip": 3`, 1), `title.json`},
		{strings.Replace(good, `"day": {"from": "date"}`, `"day": {"from": "date", "also": ["일정"]}`, 1), `also and trim are for a text slot`},
		{strings.Replace(good, `"day": {"from": "date"}`, `"day": {"from": "pick", "pick": {"id": "{id}", "change": {"words": ["바꿔"], "prefer": "am"}}}`, 1), `a change prefers "am"`},
		{strings.Replace(good, `"day": {"from": "date"}`, `"day": {"from": "pick", "pick": {"id": "{id}", "change": {"words": ["바꿔"], "people_cue": ["인원", "(늘"]}}}`, 1), `pattern "(늘"`},
	} {
		if _, err := Parse("title.json", []byte(tc.data)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.data, err, tc.want)
		}
	}
}
