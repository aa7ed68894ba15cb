// Package dialogue is the format of a skill's conversational interface: the
// data a skill pack ships next to its code (see skills.Conversational) so
// that the embedded brain can talk about its tools without any Go code in
// Madang that knows them. docs/conversation-data.md describes the format
// with examples; this package parses and validates it.
//
// An intent is named after the tool the request leads to first (the
// evaluation and the understanding trace use the same names; see
// agents.Understanding). Its slots are that tool's argument names, and each
// slot says where its value comes from: a built-in entity (a date, a time,
// a count of people, money), a gazetteer of the file, the user's words, a
// pick from a list, or a fixed value.
package dialogue

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
)

// ErrInvalid wraps every problem with a data file.
var ErrInvalid = errors.New("invalid conversation data")

// File is one skill's conversation data.
type File struct {
	Skill string `json:"skill"`
	// Gazetteers are the words for enum values: cuisines, areas, product
	// categories. A slot with source "gazetteer" reads one of them.
	Gazetteers map[string][]Entry `json:"gazetteers,omitempty"`
	Intents    []*Intent          `json:"intents"`
	// Results says how each tool's result is shown and what follows it.
	Results map[string]*Result `json:"results,omitempty"`
	// Zones start a task when the user walks into a zone near the avatar
	// (the store's checkout counter), if a read tool finds something to do.
	Zones []*Zone `json:"zones,omitempty"`
	// Help is what the avatar says it can do with this skill.
	Help Text `json:"help"`
	// Fallback, if set, takes what the avatar's classifier cannot place
	// (outside any task): the text goes to this intent's "text" slot, and
	// the tool judges it. Only for a tool that judges relevance itself and
	// says so — a grounded tutor answers from a passage or says the lessons
	// do not cover it and suggests what they do — so a question worded
	// unlike any example still reaches the lessons, and nothing is ever
	// answered silently from the wrong place.
	Fallback *Fallback `json:"fallback,omitempty"`

	name string
}

// Name is the file the data came from.
func (f *File) Name() string { return f.name }

// Entry is one gazetteer value and the words that say it.
type Entry struct {
	Value string   `json:"value"`
	Words []string `json:"words"`
	// Set fills other slots too: the area 강남 is in the city seoul.
	Set map[string]string `json:"set,omitempty"`
	// Unless: the entry is not meant when one of these words is said too
	// (화산 alone is the volcano part of a lesson; "지진 화산" is the whole
	// lesson on earthquakes and volcanoes).
	Unless []string `json:"unless,omitempty"`
}

// Fallback names the intent that takes unplaced text and how its tool's
// result says whether it placed it.
type Fallback struct {
	Intent string `json:"intent"`
	// Placed is the path of a boolean in the tool's result that is true
	// when the tool found the text within its scope ("covered"); when it is
	// false the brain reports the text as out of scope, however it reached
	// the tool.
	Placed string `json:"placed"`
	// MaxWords, if set, lets only a text of at most that many words fall
	// back — a bare "electric kettles" to a shop's search, never a whole
	// sentence — and Placed is then judged only for texts that fell back
	// (a search the classifier placed may find nothing and still be one).
	// Placed may then name a list: an empty one did not place the text.
	// Several paths joined by "|" ("results|not_sold") place it when any
	// of them is said (a list not empty, a value not empty nor false).
	MaxWords int `json:"max_words,omitempty"`
	// Questions, if set, keeps a question the tool did not place as its
	// intent: a tutor asked what the lessons do not cover ("블랙홀은 어떻게
	// 생겨요?", "why is the sky blue") was asked a question of her kind,
	// understood, and answered that the lessons do not cover it — not a
	// request she cannot serve. A text that asks for something to be done
	// (a song, a pizza), that asks about the avatar herself or about today's
	// news, or that another avatar of the world serves stays out of scope.
	Questions bool `json:"questions,omitempty"`
}

// Zone is a task offered on entering a zone.
type Zone struct {
	Zone   string `json:"zone"`
	Intent string `json:"intent"`
	// If: the tool's result at Path must be non-empty ({n} is its length).
	If  ToolRef `json:"if"`
	Say Text    `json:"say"`
}

// Intent is something the user can ask for.
type Intent struct {
	Intent string `json:"intent"`
	// Handled marks an intent served by a registered dialogue handler (the
	// class quiz's raised hands), not by a tool of the skill.
	Handled bool `json:"handled,omitempty"`
	// Examples, per language ("ko", "en"), with slots annotated inline:
	// "[내일](date) [저녁 7시](time)에 [4명](party_size) 예약해줘".
	Examples map[string][]string `json:"examples"`
	Slots    map[string]*Slot    `json:"slots,omitempty"`
	// Ask lists the slots to ask for, in order, when they are missing.
	Ask []Ask `json:"ask,omitempty"`
	// Say is said with the proposed call (e.g. before a confirmation card).
	Say *Text `json:"say,omitempty"`
	// Keep names slots carried over from the task this one interrupts or
	// follows (a product picked on the last card).
	Keep []string `json:"keep,omitempty"`
	// Refine: words that refine the last result ("더 싼 거", "cheaper
	// ones") set slots from what was remembered of it.
	Refine []*Refinement `json:"refine,omitempty"`
}

// Refinement sets slots when one of its words is said and every value it
// sets can be filled (there was a result to refine).
type Refinement struct {
	Words []string          `json:"words"`
	Set   map[string]string `json:"set"`
	// Unless: the refinement is not meant when one of these words is said
	// too ("가장 싼 거 순서로 보여줘" sorts the list by price; it does not
	// narrow it to the cheapest).
	Unless []string `json:"unless,omitempty"`
}

// Slot sources.
const (
	FromDate      = "date"      // a day: "2026-12-09"
	FromDateEnd   = "date_end"  // the last day of a range said ("다음 주 월~수" → Wednesday)
	FromTime      = "time"      // a clock time: "19:00"
	FromTimeEnd   = "time_end"  // the end of a time range ("오후" → 18:00)
	FromDateTime  = "datetime"  // "2026-12-09T15:00"
	FromPeople    = "people"    // a count of people: "4"
	FromNumber    = "number"    // a count (with Unit: "개", "item")
	FromNights    = "nights"    // nights of a stay: "2"
	FromMinutes   = "minutes"   // a duration in minutes: "90"
	FromMoneyMax  = "money_max" // an upper budget in won: "30000"
	FromMoneyMin  = "money_min" // a lower bound in won
	FromText      = "text"      // the user's words (Strip removes carrier phrases)
	FromNames     = "names"     // people's names: "민수,지영"
	FromPlace     = "place"     // where: "강남역에서" → "강남역", "in Room 3" → "Room 3"
	FromGazetteer = "gazetteer" // a value of Gazetteer
	FromValue     = "value"     // Value (a template: {lang}, {today})
	FromPick      = "pick"      // an item of the last card, or of Pick.Tool's list
	FromMemory    = "memory"    // a remembered fact (Memory)
	FromContext   = "context"   // a value remembered from an earlier result (Result.Remember)
	FromTool      = "tool"      // a field of a read tool's result (Tool)
)

// UnitCounted on a "number" slot takes only a count said with its
// counter ("세 개만", "3 options"): a bare native number is as often a
// name ("지영이 하나 은지": Hana) as how many.
const UnitCounted = "counted"

var sources = map[string]bool{FromDate: true, FromDateEnd: true, FromTime: true, FromTimeEnd: true, FromDateTime: true, FromPeople: true,
	FromNumber: true, FromNights: true, FromMinutes: true, FromMoneyMax: true, FromMoneyMin: true, FromText: true, FromNames: true, FromPlace: true,
	FromGazetteer: true, FromValue: true, FromPick: true, FromMemory: true, FromContext: true, FromTool: true}

// Slot says where an argument's value comes from.
type Slot struct {
	From string `json:"from"`
	// Gazetteer names the gazetteer of a "gazetteer" slot; on a "text"
	// slot, the longest of its words said is the value (a person of the
	// directory looked up by name), the slot's text otherwise.
	Gazetteer string `json:"gazetteer,omitempty"`
	Unit      string `json:"unit,omitempty"`
	// Value is the template of a "value" slot, or the default of any slot
	// that is still empty when the call is made.
	Value   string `json:"value,omitempty"`
	Default string `json:"default,omitempty"`
	// DefaultIf: the default applies only when this other slot is set
	// ("오늘 7시" without a day means today).
	DefaultIf string `json:"default_if,omitempty"`
	// DefaultElse is the default when DefaultIf does not hold ("!_d:from":
	// a day the user did not say lists the month ahead, not one week).
	DefaultElse string   `json:"default_else,omitempty"`
	Strip       []string `json:"strip,omitempty"`
	// Clause, on a text slot: a sentence said in several clauses ("I'm
	// freezing lol. got any long padded coats?") gives the value from the
	// clause naming the longest word of this gazetteer (the thing asked
	// for), from what it is wanted after ("need a …") up to a relative
	// clause ("… that doesn't leave a white cast").
	Clause string   `json:"clause,omitempty"`
	Pick   *Pick    `json:"pick,omitempty"`
	Memory *Memory  `json:"memory,omitempty"`
	Tool   *ToolRef `json:"tool,omitempty"`
	// Context, on a "context" slot or as the fallback of any other slot
	// not said: the value remembered from an earlier result.
	Context string `json:"context,omitempty"`
	// When: the value is used only if this condition on the slots holds
	// ("fulfilment=pickup"); Value "asked" on a text slot: filled only as
	// the answer to its question.
	When string `json:"when,omitempty"`
	// Note is said before the results when the value came from memory.
	Note *Text `json:"note,omitempty"`
	// Of, on a datetime slot: "pick_slot.field" — when only a time ("4시로
	//옮겨줘") is said, the day is that of the item picked for pick_slot
	// (the event being moved), not today.
	Of string `json:"of,omitempty"`
	// Prefer, on a time slot: "pm" reads an hour said without 오전/오후/am/pm
	// from 1 to 10 as the afternoon or evening one (a table "at 7" is
	// 19:00).
	Prefer string `json:"prefer,omitempty"`
	// Also, on a text slot: the thing said with the Korean particle 도
	// ("as well") right before one of these words is the thing without it
	// ("회식도 일정에 넣어줘" → "회식"). Words that merely end in 도 (제주도,
	// 포도) keep it (the brain's own list).
	Also []string `json:"also,omitempty"`
	// Chat, on a text slot: the value with chat's spellings written out
	// ("wat does chlorophyll do" → "what does chlorophyll do", "u" →
	// "you"), for a tool that reads the words as written (a tutor's
	// search of its lessons) and would miss a lesson for a "wat".
	Chat bool `json:"chat,omitempty"`
	// NotPlaces, on a place slot: words that, said before 에서 or after
	// "at"/"in", are where the pack keeps things, not where something
	// happens ("캘린더에서 지워줘", "장바구니에서"); the brain's own list
	// (dates, "the") is skipped too.
	NotPlaces []string `json:"not_places,omitempty"`
	// More, on a names slot: words that make the people said join those
	// the task already has rather than replace them ("add Eunji too",
	// "유키도 넣어서", "은지까지 포함해서").
	More *Pattern `json:"more,omitempty"`
	// Trim, on a text slot: the value is the first clause of what is left
	// that still says something, without the filler words at its ends
	// (see Trim); without it, what is left, as it is.
	Trim *Trim `json:"trim,omitempty"`
}

// Trim tidies a text slot's value (a title) out of what is left of the
// sentence once the entities and the strip phrases are cut: the sentence
// is split into its clauses, and the first one left with anything to say
// is the value ("My flight to Busan is …, put it in" → "flight to Busan").
type Trim struct {
	// Start and End are the words dropped from a clause's start and end
	// (any letter case): English words left dangling ("the", "is", "to").
	Start []string `json:"start,omitempty"`
	End   []string `json:"end,omitempty"`
	// Tail is what is cut from a clause's end: what is left of a request's
	// frame once its verb was stripped ("(넣어)줄 수 있어요").
	Tail *Pattern `json:"tail,omitempty"`
	// Skip: a clause that is all this names nothing (a greeting).
	Skip *Pattern `json:"skip,omitempty"`
}

// Pattern is a regular expression written in the data (Go's RE2 syntax;
// "(?i)" for any letter case), compiled when the file is parsed: one
// string, or a list of alternatives that match when any one does
// (["(?i)\\bparty size\\b", "인원", "늘려"]), each with its own flags.
type Pattern struct {
	re *regexp.Regexp
}

// MatchString reports whether the text matches (never, for a nil pattern).
func (p *Pattern) MatchString(s string) bool { return p != nil && p.re.MatchString(s) }

// Regexp is the compiled pattern (nil for a nil pattern).
func (p *Pattern) Regexp() *regexp.Regexp {
	if p == nil {
		return nil
	}
	return p.re
}

func (p *Pattern) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		var alts []string
		if json.Unmarshal(b, &alts) != nil || len(alts) == 0 {
			return errors.New("a pattern is a string or a list of strings")
		}
		for i, a := range alts {
			if _, err := regexp.Compile(a); err != nil {
				return fmt.Errorf("pattern %q: %w", a, err)
			}
			alts[i] = "(?:" + a + ")"
		}
		s = strings.Join(alts, "|")
	}
	re, err := regexp.Compile(s)
	if err != nil {
		return fmt.Errorf("pattern %q: %w", s, err)
	}
	p.re = re
	return nil
}

func (p Pattern) MarshalJSON() ([]byte, error) {
	if p.re == nil {
		return []byte(`""`), nil
	}
	return json.Marshal(p.re.String())
}

// Pick fills a slot with an item the user picks: from the last card shown,
// or from the list a read tool returns (a booking to cancel by its day).
type Pick struct {
	Tool  string         `json:"tool,omitempty"`
	Args  map[string]any `json:"args,omitempty"`
	List  string         `json:"list,omitempty"` // path of the array in the result ("" = the result)
	ID    string         `json:"id"`             // template of the value (usually "{id}")
	Label string         `json:"label"`          // template of the label the user sees and may say
	// Match narrows the list by slots the user said: item field → slot;
	// a value written "=held" narrows by that fixed value instead.
	Match map[string]string `json:"match,omitempty"`
	// Card is the kind of card that shows the choices.
	Card  string `json:"card,omitempty"`
	Title Text   `json:"title"`
	Ask   Text   `json:"ask"`   // "어떤 예약을 취소할까요?"
	Empty Text   `json:"empty"` // "예정된 예약이 없어요."
	// Default "first": with several left and none picked, take the first
	// (the newest order) instead of asking.
	Default string `json:"default,omitempty"`
	// FromCard: the last card's items are picked from first.
	FromCard bool `json:"from_card,omitempty"`
	// Names is the template of the words an item may be named by besides
	// its label ("{place_name} {place_name_en}"): "cancel the dam sushi
	// booking" names the user's booking at Dam Sushi Bar.
	Names string `json:"names,omitempty"`
	// Words say that the intent acts on an item of the list named in the
	// text ("취소", "cancel"): a request with one of them that names an
	// item is this intent, whatever else it sounds like (a new search).
	Words []string `json:"words,omitempty"`
	// Change: the items cannot be changed in place (no tool does it); a
	// request to change one ("예약 8시로 바꿔줘") is answered honestly with
	// Say and this intent proposed for the item (cancel it, then book
	// anew), behind the confirmation gate as always.
	Change *Change `json:"change,omitempty"`
}

// Change is what a pick's intent does when asked to change an item it can
// only act on as a whole (see Pick.Change).
type Change struct {
	Words []string `json:"words"`
	// Say, with {label} (the item) and {when} (the new time said).
	Say Text `json:"say"`
	// Check, when set, is asked first and nothing is proposed unless the
	// item's own place is free at the new time: the user never ends with
	// less than they had. Hold is then called (a write that replaces the
	// item only once its own result is confirmed, behind the gate);
	// neither Say nor the intent is used.
	Check *ChangeCheck `json:"check,omitempty"`
	Hold  *Next        `json:"hold,omitempty"`
	// Keep are the item's own values a change keeps when the request does
	// not say them, for Check's and Hold's {when} and {people}: {"when":
	// "{time}", "people": "{party}"}. With "people" set, a new party size
	// said alone ("make it 6 people", "6명으로 바꿔줘") is a change too, and
	// SayPeople and BusyPeople are said instead of Hold's Say and Check's
	// Busy.
	Keep       map[string]string `json:"keep,omitempty"`
	SayPeople  *Text             `json:"say_people,omitempty"`
	BusyPeople *Text             `json:"busy_people,omitempty"`
	// PeopleCue, with Keep's "people": the words that make a party size
	// said with no time ("인원 6명으로", "we'll be 7", "one more") a change
	// of an item's party; without it, only Words with a party size are.
	PeopleCue *Pattern `json:"people_cue,omitempty"`
	// PeopleOnlyCue: those of PeopleCue's words that change a party
	// without naming the item ("6명으로 늘려줘", "make it 6"; not "make a
	// reservation for 4", a new one): with them and only one item on the
	// list, that item is the one changed.
	PeopleOnlyCue *Pattern `json:"people_only_cue,omitempty"`
	// Prefer "pm": the new time's hour from 1 to 10 is the afternoon or
	// evening one (a table "at 8" is 20:00).
	Prefer string `json:"prefer,omitempty"`
}

// ChangeCheck reads whether the new time is free (see Change.Check): Tool
// with Args (templates over the item's fields, {when} and {lang}); the
// entry of its list whose Match equals the item's Find is the one, free
// when its field Free is true. Busy says otherwise, over both the
// entry's fields and the item's ("other_times_text", "time").
type ChangeCheck struct {
	Tool  string            `json:"tool"`
	Args  map[string]string `json:"args"`
	Find  string            `json:"find"`
	Match string            `json:"match"`
	Free  string            `json:"free"`
	Busy  Text              `json:"busy"`
}

// Memory reads a remembered fact.
type Memory struct {
	Key    string            `json:"key"`
	Values map[string]string `json:"values,omitempty"` // fact value → slot value (others ignored); empty: as is
}

// ToolRef reads a field of a read tool's result.
type ToolRef struct {
	Tool string `json:"tool"`
	Path string `json:"path"`
	// Fields maps each element of an array at Path onto an object:
	// new field → element field.
	Fields map[string]string `json:"fields,omitempty"`
	Empty  Text              `json:"empty"` // said when the path is empty
}

// Ask is a question for a missing slot.
type Ask struct {
	Slot string `json:"slot"`
	Text
	// Replies are quick replies shown as buttons with the question (a
	// "replies" card): pressing one says its words, exactly what a user
	// could type, so the brain hears one kind of input.
	Replies []Text `json:"replies,omitempty"`
	// Form asks for the slot with a form (a "form" card) instead of a
	// sentence typed into chat: a delivery address. Its filled fields
	// are said together, as the answer to the question.
	Form []FormField `json:"form,omitempty"`
}

// FormField is one field of a question's form.
type FormField struct {
	Name  string `json:"name"`
	Label Text   `json:"label"`
	Hint  Text   `json:"hint,omitempty"` // an example shown in the empty field
	// Saved, if set, is a read tool's field the form starts from (the
	// address the user had things delivered to last time).
	Saved *ToolRef `json:"saved,omitempty"`
}

// Text is a phrase in each language; its templates read {field} of the
// result, {slot.name}, {option.id}, {lang}, {options}, {lines}.
type Text struct {
	Ko string `json:"ko"`
	En string `json:"en"`
	// When: the phrase applies only if this field (or slot.x) is set and
	// not false or 0; Unless: only if it is not.
	When   string `json:"when,omitempty"`
	Unless string `json:"unless,omitempty"`
}

// In is the phrase in lang.
func (t Text) In(lang string) string {
	if lang == "en" {
		return t.En
	}
	return t.Ko
}

// Result says how a tool's result is shown and what follows.
type Result struct {
	List   string         `json:"list,omitempty"` // path of the item array; "" = the result if an array; "." = the result as one item
	Filter map[string]any `json:"filter,omitempty"`
	Max    int            `json:"max,omitempty"`
	Card   *Card          `json:"card,omitempty"`
	// Options makes the items pickable ("2번", "the first one").
	Options *OptionSpec `json:"options,omitempty"`
	Line    string      `json:"line,omitempty"`    // template of one item in {lines}
	LineEn  string      `json:"line_en,omitempty"` // the same in English, if it differs
	// LinesMax bounds {lines} (the card still shows every item); LineSep joins them.
	LinesMax int    `json:"lines_max,omitempty"`
	LineSep  string `json:"line_sep,omitempty"`
	Say      []Text `json:"say,omitempty"`   // the first that applies
	Empty    []Text `json:"empty,omitempty"` // when there are no items
	// EmptyItem is the path of the one item an empty answer names
	// instead ("nothing under 39,999원; the cheapest is …"): it becomes
	// the one option, so "그거 담아줘", "add it", "1번" take it.
	EmptyItem string `json:"empty_item,omitempty"`
	// Alt: when nothing qualifies, other values from the filtered-out
	// items (other free times) are offered and Clear is asked again.
	Alt *Alt `json:"alt,omitempty"`
	// Pick is the call a pick from the options leads to.
	Pick *Next `json:"pick,omitempty"`
	// Then is the call that follows this result at once (hold → confirm).
	Then *Next `json:"then,omitempty"`
	// Declined is the call made when the user declines the confirmation
	// of this tool's call (a hold whose booking card was declined gives
	// its room back); its Args are templates over the declined call's
	// arguments.
	Declined *Next `json:"declined,omitempty"`
	// Sequence walks through the result's items one user answer at a time
	// (a quiz).
	Sequence *Sequence `json:"sequence,omitempty"`
	// Answer is the next step of the sequence after an answer's result.
	Answer *Answer `json:"answer,omitempty"`
	// Remember keeps values for later turns (the lesson asked about).
	Remember map[string]string `json:"remember,omitempty"`
	// Sources makes the card cite: path of the citations and their fields.
	Sources *Sources `json:"sources,omitempty"`
	// Continue keeps the task open (a search the user may refine or pick from).
	Continue bool `json:"continue,omitempty"`
	// Errors say what a failed call means, first match wins.
	Errors []*ErrorSpec `json:"errors,omitempty"`
}

// Card is how items are shown.
type Card struct {
	Kind     string `json:"kind"`
	When     string `json:"when,omitempty"` // shown only if this result field is set
	Title    Text   `json:"title"`
	ID       string `json:"id,omitempty"`
	Item     string `json:"item"` // the item's title template
	ItemEn   string `json:"item_en,omitempty"`
	Subtitle string `json:"subtitle,omitempty"`
	Price    string `json:"price,omitempty"`
	Reason   string `json:"reason,omitempty"`
	Status   string `json:"status,omitempty"`
}

// OptionSpec makes an item pickable.
type OptionSpec struct {
	ID      string `json:"id"`
	Label   string `json:"label"`
	LabelEn string `json:"label_en,omitempty"` // the label in English, if it differs
	Value   string `json:"value,omitempty"`    // another thing the user may say to pick it (a time)
}

// Sources is the citations of an answer.
type Sources struct {
	List    string `json:"list"`
	Lesson  string `json:"lesson"`
	Section string `json:"section"`
	Quote   string `json:"quote"`
}

// Next is a call that follows.
type Next struct {
	Tool string            `json:"tool"`
	Args map[string]string `json:"args"`
	Say  *Text             `json:"say,omitempty"`
}

// Alt offers other values when nothing qualified.
type Alt struct {
	Field string `json:"field"`
	Clear string `json:"clear"`
	Text
}

// Sequence asks the items one by one; each user answer is sent to Answer.
type Sequence struct {
	List    string `json:"list"`    // path of the items
	Choices string `json:"choices"` // path, in an item, of its choices ({choices})
	Intro   Text   `json:"intro"`
	Ask     Text   `json:"ask"` // one item: {n}, {of}, item fields, {choices}
	Card    *Card  `json:"card,omitempty"`
	Answer  Next   `json:"answer"` // {text} is what the user said, {item.x} the item asked
}

// Answer follows a sequence answer's result.
type Answer struct {
	Score string `json:"score"` // the result field that is true when right
	Right Text   `json:"right"`
	Wrong Text   `json:"wrong"`
	Done  Text   `json:"done"` // {right}, {of} and result fields
	Card  *Card  `json:"card,omitempty"`
}

// ErrorSpec explains a failed call.
type ErrorSpec struct {
	Code  string `json:"code"`
	Match string `json:"match,omitempty"` // a regexp on the message; {1}, {2} are its groups
	Text
	Clear []string `json:"clear,omitempty"` // slots to ask again
	// Retry: run the intent's call again with what is left (a meeting time taken meanwhile).
	Retry bool `json:"retry,omitempty"`
	// Instead proposes another call in its place, its args filled from the
	// slots (a meeting with others is not moved but rescheduled, which the
	// user confirms); the error's text, if any, is said with it.
	Instead *Next `json:"instead,omitempty"`
	re      *regexp.Regexp
}

// Regexp is Match compiled (nil if none).
func (e *ErrorSpec) Regexp() *regexp.Regexp { return e.re }

// Span is an annotated slot in an example.
type Span struct {
	Slot       string
	Start, End int // byte offsets in the plain text
}

var annRe = regexp.MustCompile(`\[([^\[\]]+)\]\(([a-z_][a-z0-9_]*)\)`)

// Example strips an example's annotations: the plain text and its spans.
func Example(s string) (string, []Span) {
	var b strings.Builder
	var spans []Span
	last := 0
	for _, m := range annRe.FindAllStringSubmatchIndex(s, -1) {
		b.WriteString(s[last:m[0]])
		start := b.Len()
		b.WriteString(s[m[2]:m[3]])
		spans = append(spans, Span{Slot: s[m[4]:m[5]], Start: start, End: b.Len()})
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String(), spans
}

// Parse reads and checks one data file (name is for messages).
func Parse(name string, data []byte) (*File, error) {
	var f File
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return nil, fmt.Errorf("%w: %s:%d: %v", ErrInvalid, name, line(data, se.Offset), err)
		case errors.As(err, &te):
			return nil, fmt.Errorf("%w: %s:%d: %v", ErrInvalid, name, line(data, te.Offset), err)
		}
		return nil, fmt.Errorf("%w: %s: %v", ErrInvalid, name, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%w: %s:%d: text after the end of the data", ErrInvalid, name, line(data, dec.InputOffset()))
	}
	f.name = name
	if errs := f.check(); len(errs) > 0 {
		return nil, fmt.Errorf("%w: %s: %s", ErrInvalid, name, strings.Join(errs, "; "))
	}
	return &f, nil
}

func line(data []byte, off int64) int {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}

var nameRe = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// check finds the problems a file has on its own (Validate checks it
// against the skill's tools).
func (f *File) check() []string {
	var errs []string
	bad := func(format string, a ...any) { errs = append(errs, fmt.Sprintf(format, a...)) }
	if f.Skill == "" {
		bad("skill is required")
	}
	if f.Help.Ko == "" || f.Help.En == "" {
		bad("help needs ko and en")
	}
	if len(f.Intents) == 0 {
		bad("no intents")
	}
	for g, es := range f.Gazetteers {
		for i, e := range es {
			if e.Value == "" || len(e.Words) == 0 {
				bad("gazetteer %s entry %d needs a value and words", g, i+1)
			}
		}
	}
	seen := map[string]bool{}
	for i, in := range f.Intents {
		where := fmt.Sprintf("intent %d (%s)", i+1, in.Intent)
		if !nameRe.MatchString(in.Intent) {
			bad("%s: intent name must be a tool name", where)
		}
		if seen[in.Intent] {
			bad("%s: listed twice", where)
		}
		seen[in.Intent] = true
		for _, lang := range []string{"ko", "en"} {
			if len(in.Examples[lang]) == 0 {
				bad("%s: no %s examples", where, lang)
			}
		}
		for lang, exs := range in.Examples {
			if lang != "ko" && lang != "en" {
				bad("%s: examples in unknown language %q", where, lang)
			}
			for _, ex := range exs {
				text, spans := Example(ex)
				if strings.TrimSpace(text) == "" {
					bad("%s: empty example", where)
				}
				if strings.ContainsAny(text, "[]") {
					bad("%s: example %q has a broken annotation", where, ex)
				}
				for _, sp := range spans {
					if in.Slots[sp.Slot] == nil {
						bad("%s: example %q annotates %q, which is not one of its slots", where, ex, sp.Slot)
					}
				}
			}
		}
		for name, s := range in.Slots {
			f.checkSlot(where+" slot "+name, s, bad)
		}
		for _, r := range in.Refine {
			if len(r.Words) == 0 || len(r.Set) == 0 {
				bad("%s: a refinement needs words and slots to set", where)
			}
			for k := range r.Set {
				if in.Slots[k] == nil {
					bad("%s: a refinement sets %q, which is not one of its slots", where, k)
				}
			}
		}
		for _, a := range in.Ask {
			if in.Slots[a.Slot] == nil {
				bad("%s: asks for %q, which is not one of its slots", where, a.Slot)
			}
			if a.Ko == "" || a.En == "" {
				bad("%s: the question for %q needs ko and en", where, a.Slot)
			}
			for _, r := range a.Replies {
				if r.Ko == "" || r.En == "" {
					bad("%s: a quick reply to the question for %q needs ko and en", where, a.Slot)
				}
			}
			if len(a.Replies) > 0 && len(a.Form) > 0 {
				bad("%s: the question for %q has both quick replies and a form", where, a.Slot)
			}
			for _, ff := range a.Form {
				if ff.Name == "" || ff.Label.Ko == "" || ff.Label.En == "" {
					bad("%s: a form field of the question for %q needs a name and a ko/en label", where, a.Slot)
				}
				if ff.Saved != nil && ff.Saved.Tool == "" {
					bad("%s: form field %q: saved needs a tool", where, ff.Name)
				}
			}
		}
	}
	for _, z := range f.Zones {
		if z.Zone == "" || z.If.Tool == "" || z.Say.Ko == "" || z.Say.En == "" || !seen[z.Intent] {
			bad("zone %q needs an intent of this file, a tool to check and ko/en words", z.Zone)
		}
	}
	for tool, r := range f.Results {
		where := "result of " + tool
		if r.Card != nil && r.Card.Kind == "" {
			bad("%s: card needs a kind", where)
		}
		if r.Options != nil && r.Options.ID == "" {
			bad("%s: options need an id", where)
		}
		for _, e := range r.Errors {
			if e.Code == "" {
				bad("%s: an error needs a code", where)
			}
			if e.Match != "" {
				re, err := regexp.Compile(e.Match)
				if err != nil {
					bad("%s: error match %q: %v", where, e.Match, err)
				}
				e.re = re
			}
		}
	}
	return errs
}

func (f *File) checkSlot(where string, s *Slot, bad func(string, ...any)) {
	if !sources[s.From] {
		bad("%s: unknown source %q", where, s.From)
		return
	}
	if (len(s.Also) > 0 || s.Trim != nil) && s.From != FromText {
		bad("%s: also and trim are for a text slot", where)
	}
	if len(s.NotPlaces) > 0 && s.From != FromPlace {
		bad("%s: not_places is for a place slot", where)
	}
	if s.More != nil && s.From != FromNames {
		bad("%s: more is for a names slot", where)
	}
	if s.Pick != nil && s.Pick.Change != nil {
		if ch := s.Pick.Change; ch.Prefer != "" && ch.Prefer != "pm" {
			bad("%s: a change prefers %q (only \"pm\")", where, ch.Prefer)
		}
	}
	switch s.From {
	case FromGazetteer, FromText:
		if (s.From == FromGazetteer || s.Gazetteer != "") && len(f.Gazetteers[s.Gazetteer]) == 0 {
			bad("%s: no gazetteer %q", where, s.Gazetteer)
		}
	case FromValue:
		if s.Value == "" {
			bad("%s: a value slot needs a value", where)
		}
	case FromPick:
		if s.Pick == nil || s.Pick.ID == "" {
			bad("%s: a pick slot needs pick.id", where)
		}
	case FromMemory:
		if s.Memory == nil || s.Memory.Key == "" {
			bad("%s: a memory slot needs memory.key", where)
		}
		if s.Gazetteer != "" && len(f.Gazetteers[s.Gazetteer]) == 0 {
			bad("%s: no gazetteer %q", where, s.Gazetteer)
		}
	case FromTool:
		if s.Tool == nil || s.Tool.Tool == "" {
			bad("%s: a tool slot needs tool.tool", where)
		}
	case FromContext:
		if s.Context == "" {
			bad("%s: a context slot needs context", where)
		}
	}
}

// Tool is what Validate needs of a tool: its name and argument schema.
type Tool struct {
	Name   string
	Schema json.RawMessage
}

// Validate checks a file against its skill's tools: every intent is a tool
// (or handled), every slot is one of its tool's arguments, every question
// asks for a real argument, and every call that follows names real tools
// and arguments.
func Validate(f *File, tools []Tool) error {
	props := map[string]map[string]bool{}
	for _, t := range tools {
		var s struct {
			Properties map[string]json.RawMessage `json:"properties"`
		}
		if err := json.Unmarshal(t.Schema, &s); err != nil {
			return fmt.Errorf("tool %s: its argument schema is not a JSON Schema object: %w", t.Name, err)
		}
		props[t.Name] = map[string]bool{}
		for p := range s.Properties {
			props[t.Name][p] = true
		}
	}
	var errs []string
	bad := func(format string, a ...any) { errs = append(errs, fmt.Sprintf(format, a...)) }
	for _, in := range f.Intents {
		if in.Handled {
			continue
		}
		args, ok := props[in.Intent]
		if !ok {
			bad("intent %s: no tool of that name", in.Intent)
			continue
		}
		for name, s := range in.Slots {
			if !args[name] {
				bad("intent %s: slot %q is not an argument of the tool", in.Intent, name)
			}
			if s.Pick != nil && s.Pick.Tool != "" && props[s.Pick.Tool] == nil {
				bad("intent %s: slot %q picks from unknown tool %s", in.Intent, name, s.Pick.Tool)
			}
			if s.Tool != nil && props[s.Tool.Tool] == nil {
				bad("intent %s: slot %q reads unknown tool %s", in.Intent, name, s.Tool.Tool)
			}
			if s.Pick != nil && s.Pick.Change != nil {
				ch := s.Pick.Change
				calls := func(what, tool string, args map[string]string) {
					if props[tool] == nil {
						bad("intent %s: slot %q: a change %s with unknown tool %s", in.Intent, name, what, tool)
						return
					}
					for k := range args {
						if !props[tool][k] {
							bad("intent %s: slot %q: a change %s with %q, not an argument of %s", in.Intent, name, what, k, tool)
						}
					}
				}
				if ch.Check != nil {
					calls("checks", ch.Check.Tool, ch.Check.Args)
				}
				if ch.Hold != nil {
					calls("holds", ch.Hold.Tool, ch.Hold.Args)
				}
			}
		}
	}
	if fb := f.Fallback; fb != nil {
		var in *Intent
		for _, i := range f.Intents {
			if i.Intent == fb.Intent {
				in = i
			}
		}
		switch {
		case in == nil:
			bad("fallback: intent %s is not one of this file's intents", fb.Intent)
		case fb.Placed == "":
			bad("fallback: placed (the result's boolean saying the tool placed the text) is required")
		default:
			text := false
			for _, s := range in.Slots {
				text = text || s.From == FromText
			}
			if !text {
				bad("fallback: intent %s has no slot read from the text", fb.Intent)
			}
		}
	}
	tools2 := make([]string, 0, len(f.Results))
	for t := range f.Results {
		tools2 = append(tools2, t)
	}
	sort.Strings(tools2)
	for _, t := range tools2 {
		r := f.Results[t]
		if props[t] == nil {
			bad("result of %s: no tool of that name", t)
		}
		nexts := []*Next{r.Pick, r.Then, r.Declined, seqAnswer(r)}
		for _, e := range r.Errors {
			nexts = append(nexts, e.Instead)
		}
		for _, n := range nexts {
			if n == nil {
				continue
			}
			args, ok := props[n.Tool]
			if !ok {
				bad("result of %s: leads to unknown tool %s", t, n.Tool)
				continue
			}
			for a := range n.Args {
				if !args[a] {
					bad("result of %s: %s has no argument %q", t, n.Tool, a)
				}
			}
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w: %s: %s", ErrInvalid, f.name, strings.Join(errs, "; "))
	}
	return nil
}

func seqAnswer(r *Result) *Next {
	if r.Sequence == nil {
		return nil
	}
	return &r.Sequence.Answer
}
