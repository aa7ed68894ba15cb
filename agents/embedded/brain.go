// Package embedded is Madang's offline brain. It knows no skill: what an
// avatar can talk about comes from the conversation data its skills ship
// (skills.Conversational, format in package skills/dialogue and
// docs/conversation-data.md). From that data it trains, per avatar, an
// intent classifier on the skills' Korean and English examples; reads
// slots from built-in entities (dates, times, counts, money, ordinals,
// names) and the data's gazetteers; asks for what a tool needs and is
// missing; takes corrections ("아니, 6시로 바꿔줘"), cancellation,
// digressions and return, and picks from the last card ("2번", "the first
// one"); and shows results as the data says. When it is unsure what was
// meant it asks, naming what the avatar can do, rather than guessing.
//
// It never invents facts: what it says comes from tool results or the
// data's phrases. It proposes tool calls; the conversation runs them (see
// package agents).
//
// Dialogue the data cannot express (a class quiz's turn-taking) is a
// Handler registered by the skill's own package.
package embedded

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/nlu/entity"
	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/dialogue"
	"github.com/madang-world/madang/skills/store"
)

// Brain is the embedded brain. It is stateless itself: everything it
// remembers is in the conversation's State, which is persisted. It keeps
// only a cache of that state's JSON slots as last decoded (a quiz's
// questions, read at every answer), which a change of the slot's text
// makes it decode again.
type Brain struct {
	mu      sync.Mutex
	decoded map[string]decodedSlot // slot → its text and value when last decoded
}

type decodedSlot struct {
	raw string
	v   any
}

// New returns the embedded brain.
func New() *Brain { return &Brain{} }

var _ agents.Brain = (*Brain)(nil)

// Confidence below which the brain asks what was meant.
const (
	minConfidence = 0.35
	// switchConfidence is what a new intent needs to interrupt a task that
	// could also take the sentence as an answer or correction.
	switchConfidence = 0.6
	// rescueConfidence: a cancel of a thing named, read again without its
	// softeners ("아 그 미팅 그냥 취소해줘" → "그 미팅 취소해줘"), is that
	// thing's cancellation when the classifier gives it the majority: the
	// generic "never mind" it was mistaken for keeps much of the rest
	// (about 0.56 against 0.41 for "그 미팅 취소해줘" when this was written), so switchConfidence was
	// too strict for a text that says a cancel verb and names the thing.
	rescueConfidence = 0.5
)

// turn wraps one call with helpers.
type turn struct {
	*agents.Turn
	// moved are the slots a move of a waiting card's proposal changed
	// (see movesProposal), for the understanding of what was asked.
	moved map[string]string
	b     *Brain // nil in tests that make a turn by hand
	st    *agents.State
	lang  string
	m     *model
	text  string
	e     ents
	u     *agents.Understanding
	// pendingWas is the card a request about a record dropped this turn
	// (see onRecord), to be undone as a decline.
	pendingWas *agents.Pending
	// declined is the proposal the user declined last turn (its tool and
	// arguments, JSON), "" if none.
	declined string
	// timePick: the text picks the option at the time it says ("그럼
	// 9시로 할게요" to a card of times), however much it sounds like a move.
	timePick bool
	// elsewhere is how likely the classifier found the text another
	// avatar's request (see Elsewhere; 0: it did not lean that way).
	elsewhere float64
	// err is the first thing this turn could not read (a tool result
	// that does not decode, state the brain itself wrote that is
	// damaged): Next returns it, so the conversation logs it and says
	// sorry instead of acting on a half-read value.
	err error
	// finished is the task this turn ended (see finish): resume must not
	// return to it.
	finished string
	// listed is a list some intent picks from (the cart, my bookings)
	// that this turn's result showed: the list now on screen.
	listed string
	// reached is the tool whose call this turn's result reports done: a
	// task whose intent calls it has reached its goal (see resume).
	reached string
	// namePick is the option of the card the text names rather than
	// places (1-based; 0 none): see optionNamed.
	namePick int
	// pointedMany: the text points at one option of several ("이걸로
	// 할게요", "that one please") without saying which.
	pointedMany bool
	// forcedPick: the option (1-based) a pack's handler read the text
	// as picking ("the cheapest one": see Turn.Pick).
	forcedPick int
	// pickLater: this turn's text placed an item in the list the task in
	// progress is still asking details for ("2번으로 할게요 12월 20일 1시
	// 다섯명" to "며칠 몇 시로 예약할까요?"): the list is found with the
	// details and that item of it is taken (see slotPickLater).
	pickLater bool
	// pointsBack: the text points at the item just acted on though it
	// says no "그거"/"it" ("아니다 그냥 취소해줘" right after a move; see
	// pointedCancel).
	pointsBack bool
	// leftOver: the part of two requests said at once that the avatar
	// cannot place; the other is done and this one said to be left.
	leftOver  string
	leftAfter string // leftOver said once the request done brings its result
}

// slotPickLater keeps the place in a list said before the list came
// (1-based; -1 the last), until the list comes and it is taken.
const slotPickLater = "_pick_later"

// pointedLater is slotPickLater's place for one pointed at ("거기로 …
// 예약해 주세요"): the list's only place, when it has one.
const pointedLater = -1000

// fail records err as the turn's failure (the first one wins).
func (t *turn) fail(err error) {
	if t.err == nil {
		t.err = err
	}
}

// resultData decodes a tool result's data generically, for the data-driven
// templates that read its fields; a result that is not JSON fails the turn
// with a *skills.DecodeError naming the tool.
func (t *turn) resultData(r *skills.Result) any {
	var data any
	if len(r.Data) == 0 {
		return nil
	}
	if err := json.Unmarshal(r.Data, &data); err != nil {
		t.fail(&skills.DecodeError{Tool: r.Tool, Into: "JSON", Err: err})
	}
	return data
}

// stateJSON decodes a slot the brain wrote as JSON into v (a *[]any or
// *any); a damaged one fails the turn. What it decodes is only read, so
// the value decoded last time is given again while the slot's text is
// the same.
func (t *turn) stateJSON(slot string, v any) {
	raw := t.slot(slot)
	if t.b != nil {
		t.b.mu.Lock()
		d, ok := t.b.decoded[slot]
		t.b.mu.Unlock()
		if ok && d.raw == raw {
			switch p := v.(type) {
			case *[]any:
				if x, ok := d.v.([]any); ok {
					*p = x
					return
				}
			case *any:
				*p = d.v
				return
			}
		}
	}
	if err := json.Unmarshal([]byte(raw), v); err != nil {
		t.fail(fmt.Errorf("embedded: conversation state %s is damaged: %w", slot, err))
		return
	}
	if t.b == nil {
		return
	}
	var x any
	switch p := v.(type) {
	case *[]any:
		if *p == nil {
			return // "null": not worth keeping, and not a []any to give back
		}
		x = *p
	case *any:
		x = *p
	default:
		return
	}
	t.decoded(slot, raw, x)
}

// decoded keeps v as slot's decoding while the slot's text is raw.
func (t *turn) decoded(slot, raw string, v any) {
	if t.b == nil {
		return
	}
	t.b.mu.Lock()
	if t.b.decoded == nil {
		t.b.decoded = map[string]decodedSlot{}
	}
	t.b.decoded[slot] = decodedSlot{raw, v}
	t.b.mu.Unlock()
}

// say is catalog message id in the user's language (protocol/words).
func (t *turn) say(id string, kv ...any) string { return words.Say(t.lang, id, kv...) }

func (t *turn) ko(ko, en string) string {
	if t.lang == "en" {
		return en
	}
	return ko
}

func (t *turn) slot(k string) string { return t.st.Slots[k] }

func (t *turn) set(k, v string) {
	if t.st.Slots == nil {
		t.st.Slots = map[string]string{}
	}
	if v == "" {
		delete(t.st.Slots, k)
		return
	}
	t.st.Slots[k] = v
}

// start begins a task; values remembered across tasks (keys "@…") stay.
func (t *turn) start(intent string) {
	keep := t.remembered()
	for k := range keep {
		if strings.HasPrefix(k, "@retry") {
			delete(keep, k) // another task: the search that found nothing is behind us
		}
	}
	t.st.Intent, t.st.Slots = intent, keep
}

// keepForRetry remembers a task whose search found nothing ("조건에 맞는
// 곳이 없어요. 지역이나 날짜를 바꿔 볼까요?") with its slots, so the next
// text that changes one of them ("아 다섯 명으로 늘었어요", "make it 6pm
// instead") searches again with the rest kept (see retrying).
func (t *turn) keepForRetry(task string, slots map[string]string) {
	if task == "" {
		return
	}
	t.set("@retry", task)
	for k, v := range slots {
		if !strings.HasPrefix(k, "_") && !strings.HasPrefix(k, "@") && !strings.Contains(k, "#") {
			t.set("@retry."+k, v)
		}
	}
}

// fillsIn is the task in progress when the text fills one of its slots
// (or refines its result) and the classifier heard no other request in
// it: its guess is a generic intent (help, out of scope, greeting,
// thanks) or it is unsure.
func (t *turn) fillsIn(intent string, p float64) string {
	cur := t.st.Intent
	in := t.m.intents[cur]
	if in == nil || in.Handled || intent == cur {
		return ""
	}
	generic := intent == Help || intent == OutOfScope || intent == Greet || intent == Thanks
	if t.picksOption() {
		return ""
	}
	fills := t.extract(in, true)
	if t.cancelsInstead(cur, intent) || t.asksAside(cur, intent, p) {
		return ""
	}
	if intent == Cancel && t.onlyValues() {
		// "an hour is enough" to the free times found: a value said to
		// do, which "enough" made sound like "that's enough, stop".
		generic = true
	}
	if len(fills) == 0 {
		return ""
	}
	if !generic && p >= switchConfidence && !t.answersAsked(fills) {
		return ""
	}
	return cur
}

// asksAnother: with a task in progress (or its card open), the text is a
// request of another intent the classifier gave a fair share — it says
// two or more kinds of thing that intent reads and the task does not (a
// length, people named, nights, a budget), or it says to cancel and the
// intent cancels a thing the user has while the task cancels nothing. A
// bare detail ("7시로", "4 people") or a pick is never such a request.
func (t *turn) asksAnother(intent string, p float64) bool {
	cur := t.st.Intent
	if cur == "" {
		cur = t.slot("@card")
	}
	in := t.m.intents[intent]
	if in == nil || cur == "" || intent == cur || p < minConfidence || in.Handled || t.m.intents[cur] == nil ||
		t.e.ordinal != 0 || t.st.Pending != nil || t.slot("_seq") != "" {
		return false
	}
	if cancelVerbRe.MatchString(t.text) && t.actsOnItem(intent) && !t.actsOnItem(cur) {
		return true
	}
	return t.evidence(intent)-t.sharedEvidence(intent, cur) >= 2
}

// sharedEvidence counts the kinds of built-in entity in the text that
// both intents read (see evidence).
func (t *turn) sharedEvidence(a, b string) int {
	ia, ib := t.m.intents[a], t.m.intents[b]
	if ia == nil || ib == nil {
		return 0
	}
	n := 0
	for _, froms := range t.e.kinds() {
		if reads(ia, froms) && reads(ib, froms) {
			n++
		}
	}
	return n
}

// answersAsked: the text is nothing but values (a day, an hour, a
// length, a count) and the words around them ("목요일 오후 2시, 한 시간
// 반이요", "다음 주 월요일이나 화요일, 한 시간이요", "friday at 3, for an
// hour") and fills the slot the task asked for. Such an answer names no
// request of its own, whatever the classifier makes of a sentence that is
// only dates (a look at the calendar, a new event): the question just
// asked is what it answers.
func (t *turn) answersAsked(fills map[string]string) bool {
	asking := t.slot("_asking")
	if asking == "" || !answered(fills, asking) {
		return false
	}
	return t.onlyValues()
}

// onlyValues: the text says values (a day, an hour, a length, a count)
// and nothing but the small words around them (answerFillers).
func (t *turn) onlyValues() bool {
	if len(t.e.spans) == 0 {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(t.e.without(t.text))) {
		if w = strings.Trim(w, " ?.!,~…^;:()"); w != "" && !answerFillers[w] {
			return false
		}
	}
	return true
}

// answerFillers are the particles, endings and small words that may join
// the values of an answer said alone (see answersAsked).
var answerFillers = map[string]bool{
	"이나": true, "나": true, "아니면": true, "또는": true, "랑": true, "이랑": true, "하고": true, "와": true, "과": true, "에": true, "에서": true,
	"부터": true, "까지": true, "사이": true, "사이에": true, "중": true, "중에": true, "중에서": true, "이요": true, "요": true, "으로": true, "로": true,
	"으로요": true, "로요": true, "쯤": true, "쯤이요": true, "쯤에": true, "정도": true, "정도요": true, "정도로": true, "이면": true, "면": true,
	"좋아요": true, "좋아": true, "괜찮아요": true, "괜찮아": true, "돼요": true, "돼": true, "되나요": true, "그럼": true, "음": true, "아": true,
	"이에요": true, "예요": true, "입니다": true, "동안": true, "동안이요": true, "할게요": true, "할게": true, "해주세요": true, "해줘": true,
	"or": true, "and": true, "at": true, "on": true, "for": true, "from": true, "to": true, "between": true, "about": true, "around": true,
	"maybe": true, "please": true, "pls": true, "then": true, "ok": true, "okay": true, "um": true, "uh": true, "hmm": true, "is": true, "fine": true,
	// "an hour is enough", "saturday 11am, should be 45 minutes", "it'll
	// take about an hour", "한 시간이면 충분해요", "45분 걸려요": how the value
	// is said to do, not another request.
	"enough": true, "should": true, "be": true, "would": true, "will": true, "it'll": true, "it": true, "it's": true, "that's": true,
	"just": true, "only": true, "long": true, "take": true, "takes": true, "last": true, "lasts": true, "works": true, "good": true,
	"충분해": true, "충분해요": true, "충분할": true, "충분합니다": true, "걸려": true, "걸려요": true, "걸릴": true, "될": true, "듯": true, "듯요": true,
}

// countForNames: a bare count of people ("5명으로", "make it 4 people")
// while a task that takes people by name is under way or on screen (a
// meeting's free times) is about that task — not a new request of
// another pack's that takes a count (a restaurant search). That task
// has no count to fill, so the brain asks who.
func (t *turn) countForNames(intent string, p float64) (agents.Step, bool) {
	if t.e.people == "" || !onlyCount(t.e.without(t.text)) {
		return agents.Step{}, false
	}
	for _, name := range []string{t.st.Intent, t.slot("@card")} {
		in := t.m.intents[name]
		if in == nil || name == intent || t.m.intents[intent] != nil && t.samePack(name, intent) {
			continue
		}
		names, count := false, false
		for _, s := range in.Slots {
			switch s.From {
			case dialogue.FromNames:
				names = true
			case dialogue.FromPeople:
				count = true
			}
		}
		if !names || count {
			continue
		}
		t.understood(name, max(p, minConfidence), nil)
		return agents.Step{Say: t.say("brain.count_not_names", "n", t.e.people)}, true
	}
	return agents.Step{}, false
}

// countFillers are the words that may stand around a count of people
// said alone ("5명으로요", "make it 4 people", "actually we're 6").
var countFillers = map[string]bool{"으로": true, "로": true, "으로요": true, "로요": true, "이요": true, "요": true, "이에요": true, "예요": true,
	"해줘": true, "해": true, "줘": true, "할게요": true, "할게": true, "그럼": true, "이제": true, "아니": true, "근데": true, "인원": true, "인원은": true,
	"make": true, "it": true, "for": true, "we're": true, "we": true, "are": true, "now": true, "actually": true, "then": true, "so": true,
	"ok": true, "okay": true, "please": true, "pls": true, "people": true, "of": true, "us": true, "total": true, "in": true, "all": true}

// onlyCount: rest (a text without its entities) holds nothing but
// fillers.
func onlyCount(rest string) bool {
	for _, w := range strings.Fields(strings.ToLower(rest)) {
		if !countFillers[strings.Trim(w, " ?.!,~")] {
			return false
		}
	}
	return true
}

// retrying reopens the task kept by keepForRetry when the text fills one
// of its slots and is not clearly another request (a correction, the same
// intent, or nothing the classifier is sure of).
func (t *turn) retrying(intent string, p float64) string {
	name := t.slot("@retry")
	in := t.m.intents[name]
	if in == nil || t.st.Intent != "" || t.pickable() {
		return ""
	}
	if !(isCorrection(t.text) || intent == name || intent == OutOfScope || intent == Help || p < switchConfidence) || len(t.extract(in, true)) == 0 {
		return ""
	}
	t.startRetried(name)
	return name
}

// startRetried starts task name again with the slots keepForRetry kept
// for it (who, how long), so a retry asks only for what changed.
func (t *turn) startRetried(name string) {
	slots := map[string]string{}
	for k, v := range t.st.Slots {
		if rest, ok := strings.CutPrefix(k, "@retry."); ok {
			slots[rest] = v
		}
	}
	t.start(name)
	for k, v := range slots {
		t.set(k, v)
	}
}

// finish ends the task. A list the user browses (search results) stays
// pickable ("2번도 담아줘"); the choices of a finished task do not.
func (t *turn) finish() {
	if t.st.Intent != "" {
		t.finished = t.st.Intent
	}
	browsing := t.browsing()
	day := ""
	if f := t.st.Slots["from"]; f != "" && t.st.Slots["to"] == f && t.tool(t.st.Intent) != nil && t.tool(t.st.Intent).Effect == skills.Read {
		day = f // one day looked at (see begin)
	}
	t.st.Intent, t.st.Slots = "", t.remembered()
	if day != "" {
		t.st.Slots[slotDay] = day // the day talked about now ("그날")
		t.st.Slots[slotDayLooked] = "1"
	} else {
		delete(t.st.Slots, slotDayLooked)
	}
	if !browsing {
		t.st.Options = nil
		delete(t.st.Slots, "@card")
	}
}

func (t *turn) remembered() map[string]string {
	out := map[string]string{}
	for k, v := range t.st.Slots {
		if strings.HasPrefix(k, "@") {
			out[k] = v
		}
	}
	return out
}

func call(tool string, args any) *agents.ToolCall {
	raw, _ := store.AppendJSONValue(make([]byte, 0, 128), args) // json.Marshal's bytes, without its reflection for the usual map[string]any
	return &agents.ToolCall{Tool: tool, Args: raw}
}

// Next implements agents.Brain.
func (b *Brain) Next(ctx context.Context, at *agents.Turn) (agents.Step, error) {
	m, err := modelFor(at.Avatar)
	if err != nil {
		return agents.Step{}, err
	}
	t := &turn{Turn: at, st: at.State, lang: at.State.Lang, m: m, b: b}
	if t.lang == "" {
		t.lang = "ko"
	}
	step := t.next()
	if t.err != nil {
		return agents.Step{}, t.err
	}
	if t.leftAfter != "" && step.Call == nil {
		step.Say = strings.TrimSpace(endSentence(step.Say) + " " + t.say("brain.part_left", "rest", t.leftAfter))
	} else if t.leftAfter != "" {
		t.set("_left", t.leftAfter) // still to say, after the next result
	}
	return step, nil
}

func (t *turn) next() agents.Step {
	at := t.Turn
	switch at.Input.Kind {
	case agents.InResult:
		if t.slot("_declined") != "" && at.Input.Result.Tool == t.slot("_declined") {
			// the declined call's undoing is done (whatever it found)
			t.set("_declined", "")
			if s := t.slot("_after_undo"); s != "" {
				t.set("_after_undo", "")
				var next agents.Step
				if json.Unmarshal([]byte(s), &next) == nil {
					return next
				}
			}
			return agents.Step{Say: t.say("brain.declined")}
		}
		for _, h := range t.handlers() {
			if step, ok := h.Result(t.api(), at.Input.Result); ok {
				return step
			}
		}
		fell := t.slot("_fellback") != ""
		delete(t.st.Slots, "_fellback")
		then := t.slot("_next") // (read first: the result may finish the task, and its slots)
		t.set("_next", "")
		if left := t.slot("_left"); left != "" {
			t.set("_left", "")
			t.leftAfter = left // said with what the result brings (see Next)
		}
		orElse, elseAs, elseP := t.slot("_else"), t.slot("_else_as"), t.slot("_else_p")
		shownOpts, shownCard := t.st.Options, t.slot("@card")
		step := t.onResult(at.Input.Result)
		if then != "" {
			if at.Input.Result.Status == skills.StatusOK && step.Call == nil && t.st.Pending == nil {
				// The second of two requests said at once, after the first's
				// result: said as if on its own. (What the turn understood
				// stays the first request's.)
				t.text = then
				u := t.u
				second := t.onText()
				t.u = u
				second.Say = strings.TrimSpace(endSentence(step.Say) + " " + second.Say)
				if second.Card == nil {
					second.Card = step.Card
				}
				second.Understood = step.Understood
				return second
			}
			// The second request cannot follow yet (the first asks
			// something, waits for a card, or failed): it is said to be
			// left, never dropped silently (a new user's trial lost
			// "… and book a korean bbq place" that way).
			step.Say = strings.TrimSpace(endSentence(step.Say) + " " + t.say("brain.then_left", "rest", then))
		}
		if fb := t.m.fallback(); fb != nil && at.Input.Result.Tool == fb.Intent && (fb.MaxWords == 0 || fell) && !placed(at.Input.Result, fb.Placed) &&
			!(fb.Questions && orElse == "" && asksToKnow(t.slot("@heard"))) {
			// The judging tool did not place the text (whether the
			// classifier sent it there or it fell back): it was out of
			// scope, and the tool has said so, with suggestions.
			// (A question the pack keeps — see dialogue.Fallback.Questions —
			// stays what the text turn understood: the tool's kind of
			// question, answered that it is not covered. One the classifier
			// read otherwise and asked the tool first, judgeFirst's, keeps
			// that other reading.)
			t.understood(OutOfScope, 0, nil)
			if orElse != "" {
				// It was asked first (see judgeFirst): the reply the
				// classifier's reading gave stands, and so does that
				// reading ("what can you help me with" is help).
				step = agents.Step{Say: orElse}
				if elseAs != "" {
					cp, _ := strconv.ParseFloat(elseP, 64)
					t.understood(elseAs, cp, nil)
				}
			}
			step.Understood = t.u
			if fell && fb.MaxWords > 0 {
				// A few words looked for and not found ("날씨 어때" in a
				// shop) were not a search: say what I can do instead.
				step.Say = t.say("brain.not_sure", "help", t.help())
				if len(t.st.Options) == 0 && len(shownOpts) > 0 && shownCard != "" && step.Card == nil {
					// Nor did it replace the list on screen: its rows
					// still pick ("3번" after "음 그냥 빼줘" was not
					// understood got "no list", the card drawn clickable).
					t.st.Options = shownOpts
					t.set("@card", shownCard)
				}
			}
		}
		return step
	case agents.InDeclined:
		t.finish()
		if p := at.Input.Declined; p != nil && t.m.intents[p.Tool] != nil {
			// the proposal declined, for a correction said next ("아니
			// 오전 9시요"): see revisesProposal
			raw, _ := json.Marshal(agents.Pending{Tool: p.Tool, Args: p.Args})
			t.set("@declined", string(raw))
			// The item the card was about is the one just talked about:
			// "ok no wait, yes delete it" is that event, not the one added
			// before it.
			var args map[string]any
			if json.Unmarshal(p.Args, &args) == nil {
				for name, sl := range t.m.intents[p.Tool].Slots {
					if id, ok := args[name].(string); ok && id != "" && sl.From == dialogue.FromPick {
						t.set("@said_id", id)
					}
				}
			}
		}
		t.backToList()
		if step, ok := t.undoDeclined(at.Input.Declined); ok {
			return step
		}
		return agents.Step{Say: t.say("brain.declined")}
	case agents.InZone:
		if step, ok := t.onZone(at.Input.Zone); ok {
			return step
		}
		if !t.st.Greeted && contains(at.Avatar.GreetZones, at.Input.Zone) {
			t.st.Greeted = true
			return greeting(at.Avatar, t.lang)
		}
		return agents.Step{}
	case agents.InExpired:
		return agents.Step{}
	}
	t.text = strings.TrimSpace(at.Input.Text)
	if t.text != "" {
		// A user who has begun talking is not greeted by the zone they
		// walk into next: the greeting came after the first answer, or
		// between quiz questions (a new user's trial clicked the avatar
		// and typed while still walking up).
		t.st.Greeted = true
	}
	t.ageStack()
	if n := t.unseen(); n > 0 {
		// The user said things the checker answered (a refusal, its
		// guidance) since the last turn: the task in progress was passed
		// over, and the frames waiting are that much older.
		t.passedOver()
		for i := 0; i < n; i++ {
			t.ageStack()
		}
	}
	t.set("@heard", t.text)
	task := t.st.Intent
	t.set("_repick", "")             // (set and used within one turn)
	t.declined = t.slot("@declined") // (for this turn only)
	t.set("@declined", "")
	t.set("@from_list", "") // (set again by a pick from a card: see pickFromCard)
	t.set("_next", "")
	t.set("_refined", "") // (set again if this text refines the list: see extract)
	var then string
	if t.st.Pending == nil && t.slot("_seq") == "" {
		if step, ok := t.early(); ok {
			return step
		}
		if rest, ok := t.courtesyThen(t.text); ok {
			t.text = rest
		} else if first, second, ok := t.twoRequests(t.text); ok {
			t.text, then = first, second
		}
	}
	step := t.onText()
	if then != "" && step.Call != nil {
		// "1번 담고 결제": the first request runs; the second follows its
		// result (see next, InResult).
		t.set("_next", then)
	} else if then != "" && step.Say != "" {
		// The first asks something first: the second is said to be left.
		step.Say = strings.TrimSpace(endSentence(step.Say) + " " + t.say("brain.then_left", "rest", then))
	}
	if t.leftOver != "" && step.Call == nil {
		step.Say = strings.TrimSpace(endSentence(step.Say) + " " + t.say("brain.part_left", "rest", t.leftOver))
	} else if t.leftOver != "" {
		t.set("_left", t.leftOver) // said after the call's result
	}
	if t.u == nil {
		t.understood(OutOfScope, 0, nil)
	}
	if task != "" && t.st.Intent == task && t.st.Pending == nil {
		if u := t.u.Intent; u == Help || u == OutOfScope || u == Greet || u == Thanks {
			// "can you tell me more about that" to "What day and time?":
			// the question is passed over (see passedOver).
			t.passedOver()
		} else {
			t.set("_moved", "") // back at it
		}
	}
	step.Understood = t.u
	return step
}

// passedOver marks the task in progress as one the user has moved on
// from: its question went unanswered for something else (a question the
// assistant could not place, a request the safety checker answered). It
// stays to be answered, but another request does not set it aside to come
// back to ("아까 하던 일로 돌아갈게요: 어느 것으로 할까요?" after an event
// added much later): see onText's digression.
func (t *turn) passedOver() {
	if t.st.Intent != "" {
		t.set("_moved", "1")
	}
}

// unseen counts the user's messages since the last one this brain heard
// that never reached it (refused by the safety checker, or answered with
// its guidance): the conversation's history has them.
func (t *turn) unseen() int {
	last := t.slot("@heard")
	if last == "" {
		return 0
	}
	h := t.st.History
	n := 0
	for i := len(h) - 2; i >= 0; i-- {
		if h[i].From != "user" {
			continue
		}
		if h[i].Text == last {
			return n
		}
		n++
	}
	return 0
}

// twoRequests splits a text that asks for two things in turn ("1번 담고
// 결제", "add the first one and check out") at the joint — a Korean verb's
// "-고" or an English "and (then)"/"then" — when each part on its own is
// a different request of this avatar the classifier is sure of (the
// first may instead be a place in the list shown: "1번 담고").
func (t *turn) twoRequests(text string) (string, string, bool) {
	ws := strings.Fields(text)
	if len(ws) < 2 {
		return "", "", false
	}
	atLeast := 0.8
	sure := func(s string) (string, bool) {
		ps := t.m.clf.predict(s, t.Now)
		if len(ps) == 0 || ps[0].P < atLeast || t.m.intents[ps[0].Intent] == nil || t.m.intents[ps[0].Intent].Handled {
			return "", false
		}
		return ps[0].Intent, true
	}
	if m := twoPicksRe.FindStringSubmatchIndex(placesAsNumbers(text)); m != nil && t.pickable() {
		text := placesAsNumbers(text)
		// "add 1 and 2 to cart", "1번이랑 3번 담아줘": the first pick as
		// said, then the second place alone (the card's follow-up again).
		place := func(n string) string {
			if t.lang == "en" {
				return "number " + n
			}
			return n + "번"
		}
		first := strings.TrimSuffix(text[:m[2]], "#") + place(text[m[2]:m[3]]) + text[m[5]:]
		return strings.Join(strings.Fields(first), " "), place(text[m[6]:m[7]]), true
	}
	picks := func(s string) bool { return t.pickable() && parseEntities(s, t.Now).ordinal != 0 }
	for i := 0; i < len(ws)-1; i++ {
		var first, second string
		verbs := false // each part opens with a request's verb: the first may be less sure
		w := strings.ToLower(ws[i])
		switch {
		case strings.HasSuffix(ws[i], "고") && len([]rune(ws[i])) >= 2 && ws[i] != "말고" && picks(strings.Join(ws[:i+1], " ")):
			// "1번 담고 결제": after a pick from the card. (Elsewhere "-고"
			// joins the parts of one request as often as two: "회의
			// 잡고 초대장 보내줘", "민수하고".)
			first, second = strings.Join(ws[:i+1], " "), strings.Join(ws[i+1:], " ")
		case strings.HasSuffix(ws[i], "주고") && len([]rune(ws[i])) >= 3:
			// "6시에 엄마한테 전화하라고 알려주고 홍대 고기집 예약해줘": a
			// request's verb ("-아/어 주고") joins two requests when each
			// part on its own is one (see sure below).
			first, second, verbs = strings.Join(ws[:i+1], " "), strings.Join(ws[i+1:], " "), true
		case w == "and" && i > 0 && i+1 < len(ws) && actionVerbRe.MatchString(strings.Join(ws[:i], " ")) && actionVerbRe.MatchString(ws[i+1]):
			// "remove the earbuds and show me …", "remind me to call mom
			// at 6 and book a table …": a request's verb on each side of
			// "and" joins two requests, when each is one (see sure).
			first, second, verbs = strings.Join(ws[:i], " "), strings.Join(ws[i+1:], " "), true
		case w == "then" || w == "and":
			// "… and then …", "… then …"; a bare "and" joins names and
			// details as often as requests ("Minsu and Jiyoung"): it
			// splits only after a pick from the card ("add 1 and check out").
			rest := ws[i+1:]
			if w == "and" && len(rest) > 1 && strings.EqualFold(rest[0], "then") {
				rest = rest[1:]
			} else if w == "and" && !picks(strings.Join(ws[:i], " ")) {
				continue
			}
			first, second = strings.Join(ws[:i], " "), strings.Join(rest, " ")
		default:
			continue
		}
		if first == "" || second == "" {
			continue
		}
		if verbs && parseEntities(second, t.Now).reminder != "" {
			continue // "… 저장해주고 30분 전에 알려줘": the reminder is the first request's
		}
		if picks(first) && (len(agents.PartyFacts(second)) > 0 || len(agents.ExtractFacts(second, t.Now)) > 0) {
			// "첫번째 거 해주시고 한 명은 채식이라 고기 못 먹어요": a diet
			// or an allergy told after the pick is the pick's detail, not
			// a second request.
			continue
		}
		b, ok := sure(second)
		if !ok {
			continue
		}
		if spec := t.m.results[t.slot("@card")]; spec != nil && spec.Pick != nil && spec.Pick.Tool == b && picks(first) {
			// "마지막 시간대로 확정하고 초대 보내 줘, 장소는 2층 라운지":
			// the second part asks for what the pick does — one
			// request, whose details (the place) are the pick's.
			continue
		}
		if spec := t.m.results[t.slot("@card")]; spec != nil && spec.Pick != nil && t.m.intents[spec.Pick.Tool] != nil && picks(first) && hasFrom(t.m.intents[spec.Pick.Tool], dialogue.FromPlace) {
			if e := parseEntities(second, t.Now); e.place != "" && e.date == "" && e.time == "" {
				// "go with the last one, and put it in meeting room B":
				// where the picked meeting is (see pickFromCard), not a
				// new event there.
				continue
			}
		}
		if picks(first) && t.changesPicked(b, second) {
			// "두 번째 호텔로 할게요, 그리고 2박 말고 3박으로", "2번으로
			// 하고 시간은 8시로", "second one, and extend it to four
			// nights": the second part sounds like the search again, but
			// only changes a day, an hour, a party or a stay's nights the
			// pick carries — one request (see pickFromCard), not a hold
			// at the old details followed by a new search.
			continue
		}
		if verbs {
			atLeast = 0.5
		}
		a, ok := sure(first)
		atLeast = 0.8
		if !ok && verbs {
			// "also remind me to call mom at 6pm today and book …": the
			// first part's likeliest request of this avatar when the
			// classifier gives it a fair share; when it gives none, the
			// second is done and the first said to be left (see
			// leftOver) — never the two read as one, the booking at the
			// reminder's hour.
			for _, pr := range t.m.clf.predict(first, t.Now) {
				if in := t.m.intents[pr.Intent]; in != nil && !in.Handled && pr.P >= 0.25 {
					a, ok = pr.Intent, true
					break
				}
			}
			if !ok {
				t.leftOver = first
				return second, "", true
			}
		}
		if !ok && picks(first) {
			a, ok = "pick", true // "1번 담고": the card's follow-up takes it
		}
		if ok && a != b {
			return first, second, true
		}
	}
	return "", "", false
}

// changesPicked reports whether second, classified as intent, changes a
// detail the pick from the card in view carries: a day, an hour, a party
// or a stay's nights (read from the card's search as "{slot.x}"), said
// as the search again or in words of changing ("3박으로 늘려줘", "make
// it 8:30 instead"). A search of anything else ("1번 담고 다른 이어폰도
// 보여줘"), or another request at a day and hour ("… 금요일 7시에 요가
// 일정 추가해줘"), is a second request.
func (t *turn) changesPicked(intent, second string) bool {
	card := t.slot("@card")
	spec := t.m.results[card]
	in := t.m.intents[card]
	if spec == nil || spec.Pick == nil || in == nil || intent != card && !changeWordRe.MatchString(second) {
		return false
	}
	e := parseEntities(second, t.Now)
	for name, s := range in.Slots {
		var said string
		switch s.From {
		case dialogue.FromDate:
			said = e.date
		case dialogue.FromTime:
			said = e.time + map[bool]string{true: "h"}[e.bareHour != 0]
		case dialogue.FromPeople:
			said = e.people
		case dialogue.FromNights:
			said = e.nights
		}
		if said == "" {
			continue
		}
		for _, tpl := range spec.Pick.Args {
			if strings.Contains(tpl, "{slot."+name+"}") {
				return true
			}
		}
	}
	return false
}

// changeWordRe: the words of changing a detail said ("instead", "make
// it", "말고", "바꿔", "늘려").
var changeWordRe = regexp.MustCompile(`(?i)\b(?:instead|rather than|make it|change it|change the|switch it|switch to|extend|shorten|but for|push it|move it)\b|말고|바꿔|바꾸|늘려|줄여|변경|대신|으?로\s?해\s?주|으?로\s?할게|으?로\s?부탁`)

// actionVerbRe: a text that opens with a verb of asking the avatar to do
// something ("also remind me …", "please remove …", "book …").
var actionVerbRe = regexp.MustCompile(`(?i)^\s*(?:(?:also|and|then|please|pls|oh|ok|okay|now|can you|could you)\s+)*(?:remove|delete|cancel|add|put|take|show|find|search|look|book|reserve|remind|schedule|set\s+up|move|invite|buy|order|get|check)\b`)

// dropsThenAsks splits a text that lets go of something and then asks
// for something else ("ok never mind the keyboard, show me wireless
// mice", "키보드는 됐고 무선 마우스 보여줘") and returns the request: the
// part before the comma (or Korean "됐고", "관두고") on its own is a
// cancellation the classifier is fairly sure of, and the part after it a
// request of this avatar it is sure of. Read whole, the text was a
// cancellation, and the new request was lost.
func (t *turn) dropsThenAsks(text string) (string, bool) {
	var first, rest string
	joint := false // a Korean "됐고" says the letting go itself
	if i := strings.IndexAny(text, ",;，"); i > 0 {
		first, rest = text[:i], text[i+1:]
	} else {
		ws := strings.Fields(text)
		for i, w := range ws[:max(0, len(ws)-1)] {
			if w == "됐고" || w == "관두고" || w == "됐구" {
				first, rest, joint = strings.Join(ws[:i+1], " "), strings.Join(ws[i+1:], " "), true
				break
			}
		}
	}
	first, rest = strings.TrimSpace(first), strings.TrimSpace(rest)
	if first == "" || len(strings.Fields(rest)) < 2 {
		return "", false
	}
	if !joint {
		if !letGoRe.MatchString(first) {
			return "", false // ("check out, I'll pick up in Hongdae": no letting go)
		}
		if ps := t.m.clf.predict(first, t.Now); len(ps) == 0 || ps[0].Intent != Cancel || ps[0].P < 0.5 {
			return "", false
		}
	}
	ps := t.m.clf.predict(rest, t.Now)
	if len(ps) == 0 || ps[0].Intent == Cancel {
		return "", false
	}
	if ps[0].P >= 0.6 && t.m.intents[ps[0].Intent] != nil && !t.m.intents[ps[0].Intent].Handled || has(rest, gen.Show) {
		// a request the classifier is sure of, or one that asks to be
		// shown something ("show me wireless mice", words it may not
		// know: the avatar's own fallback then looks for them)
		return rest, true
	}
	return "", false
}

// letGoRe: words that let go of something ("never mind", "forget",
// "됐어", "관둬").
var letGoRe = regexp.MustCompile(`(?i)\bnever\s*mind\b|\bnvm\b|\bforget\b|\bscrap\b|\bscratch\b|\bdrop\b|됐|관두|관둬|그만`)

// twoPicksRe is two places in a list joined ("1 and 2", "1번이랑 3번",
// "#1 & #2", not "30,000"): group 1 the first, group 2 the joint and
// second (cut from the first request), group 3 the second number.
var twoPicksRe = regexp.MustCompile(`(?i)(?:^|[^\d,.#])#?(\d{1,2})\s*번?(\s*(?:and|&|,|이랑|랑|하고|과|와)\s*#?(\d{1,2})\s*번?)(?:[^\d,.]|$)`)

// twoPlacesEn, twoPlacesKo: two places in a list said in words and joined
// ("the first and the second ones", "the 2nd & 3rd", "첫 번째랑 세 번째
// 거"): placesAsNumbers writes them as numbers for twoPicksRe — "add the
// first and the second ones to my cart" put only the first in the cart
// (und17b: blind set post16, whose next "remove the second one" then
// added it).
var (
	placeWords  = map[string]string{"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "1st": "1", "2nd": "2", "3rd": "3", "4th": "4", "5th": "5", "첫": "1", "두": "2", "세": "3", "네": "4", "다섯": "5"}
	twoPlacesEn = regexp.MustCompile(`(?i)\b(?:the\s+)?(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)(?:\s+(?:one|item|product))?\s*(?:,\s*)?(?:and|&|plus|,)\s*(?:the\s+)?(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)(?:\s+(?:ones?|items?|products?))?\b`)
	twoPlacesKo = regexp.MustCompile(`(첫|두|세|네|다섯)\s*번째\s*(?:거|꺼|것|상품)?\s*(?:이랑|랑|하고|과|와|,)\s*(첫|두|세|네|다섯)\s*번째(?:\s*(?:거|꺼|것|상품)(?:를|을)?)?`)
)

func placesAsNumbers(text string) string {
	text = twoPlacesEn.ReplaceAllStringFunc(text, func(s string) string {
		m := twoPlacesEn.FindStringSubmatch(s)
		return "#" + placeWords[strings.ToLower(m[1])] + " and #" + placeWords[strings.ToLower(m[2])]
	})
	return twoPlacesKo.ReplaceAllStringFunc(text, func(s string) string {
		m := twoPlacesKo.FindStringSubmatch(s)
		return placeWords[m[1]] + "번이랑 " + placeWords[m[2]] + "번"
	})
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// onZone offers the task a skill's data ties to the zone, if its check
// finds something to do (a full cart at the checkout counter).
func (t *turn) onZone(zone string) (agents.Step, bool) {
	for _, f := range t.m.files {
		for _, z := range f.Zones {
			if z.Zone != zone || t.m.intents[z.Intent] == nil || t.tool(z.If.Tool) == nil {
				continue
			}
			res := t.Call(z.If.Tool, map[string]any{})
			if res.Status != skills.StatusOK {
				continue
			}
			data := t.resultData(&res)
			arr, _ := path(data, z.If.Path).([]any)
			if len(arr) == 0 {
				continue
			}
			in := t.m.intents[z.Intent]
			t.start(z.Intent)
			if len(in.Ask) > 0 {
				t.set("_asking", in.Ask[0].Slot)
			}
			return agents.Step{Say: t.fill(z.Say.In(t.lang), func(k string) (string, bool) {
				if k == "n" {
					return fmt.Sprint(len(arr)), true
				}
				return fieldOf(data, k)
			})}, true
		}
	}
	return agents.Step{}, false
}

// understood records what the brain made of the user's text.
func (t *turn) understood(intent string, p float64, slots map[string]string) {
	out := map[string]string{}
	for k, v := range slots {
		if !strings.HasPrefix(k, "_") && !strings.HasPrefix(k, "@") && !strings.Contains(k, "#") && slots["_d:"+k] == "" {
			out[k] = v
		}
	}
	t.u = &agents.Understanding{Intent: intent, Slots: out, Confidence: p}
}

func (t *turn) onText() agents.Step {
	if reply, ok := t.replyPicked(); ok {
		t.text = reply // as if its chip were pressed
	}
	if rest, ok := t.dropsThenAsks(t.text); ok {
		// "ok never mind the keyboard, show me wireless mice": what was
		// let go of is gone (the task in progress ends), and the request
		// after it is what is meant — a new one.
		t.text = rest
		if t.st.Intent != "" && t.st.Pending == nil {
			t.finish()
		}
	}
	if r := dayAfterSaid(t.text, t.taskDay()); r != "" {
		t.text = r
	}
	text := t.text
	parsed := entity.Parse(text, t.Now) // read-only: the classifier's masks and the slots
	preds := t.m.clf.predictParsed(text, parsed)
	if rest, ok := t.riderDropped(text); ok && len(preds) > 0 {
		// "내일 4시 세탁소 들르기 일정 만들어줘. 겹쳐도 괜찮아": a flag
		// several intents take alike (overlap allowed, on adding and on
		// moving an event) says how the task is done, not which task; the
		// request without it decides, when it is one of those intents.
		// (The flag itself is still read from the whole text.)
		if ps := t.m.clf.predict(rest, t.Now); len(ps) > 0 && ps[0].Intent != preds[0].Intent && ps[0].P >= minConfidence && t.riderOf(ps[0].Intent, text) {
			preds = ps
		}
	}
	if len(preds) > 0 && preds[0].Intent == Help {
		// "can you help me book a table tomorrow?": the request the help
		// is asked for, when the words after "help me" surely are one
		// (a trial got the list of what the avatar can do).
		if rest := helpLeadRe.ReplaceAllString(text, ""); rest != text && strings.TrimSpace(rest) != "" {
			if ps := t.m.clf.predict(rest, t.Now); len(ps) > 0 && ps[0].Intent != Help && t.m.intents[ps[0].Intent] != nil && ps[0].P >= switchConfidence {
				preds = ps
			}
		}
	}
	if len(preds) > 0 && preds[0].Intent == Cancel && cancelVerbRe.MatchString(text) {
		// "아 그 미팅 그냥 취소해줘", "회의 그냥 취소할래요": the softeners
		// ("아", "그냥", "just") are what "never mind" is made of, so the
		// classifier hears the generic "cancel" — but the text names the
		// thing to cancel. Without them it is the request to cancel that
		// thing (a meeting, a booking, an order), when the request alone
		// surely is one; a bare "그냥 취소할래" names nothing and still
		// declines what is under way.
		if rest, ok := unsoftened(text); ok {
			if ps := t.m.clf.predict(rest, t.Now); len(ps) > 0 && ps[0].P >= rescueConfidence && t.actsOnItem(ps[0].Intent) {
				preds = ps
			}
		}
	}
	preds, t.elsewhere = withoutElsewhere(preds)
	top := scored{Intent: OutOfScope}
	if len(preds) > 0 {
		top = preds[0]
	}
	intent, p := top.Intent, top.P

	// A pending confirmation is only ever settled by the card's buttons.
	// A spoken yes ("네 확정해 주세요") is understood as what it asks for —
	// the pending call — and answered with where the button is; nothing
	// runs.
	if t.st.Pending != nil && (has(text, gen.Confirm) || saysYes(text) && (len(strings.Fields(text)) <= 3 || p < switchConfidence || t.m.intents[intent] == nil)) {
		t.understood(t.st.Pending.Tool, max(p, switchConfidence), pendingSlots(t.st.Pending))
		return agents.Step{Say: t.say("brain.press_confirm")}
	}
	if negatesAction(text) {
		// "잠깐 결제하지 마", "no wait, don't": an action forbidden is never
		// run — not read as the action its verb names (a checkout), nor
		// as the detail a task in progress asked for (its address). What
		// is under way ends, as "cancel" ends it. A skill's own dialogue
		// may have more to stop ("stop please" to a class quiz ends it for
		// the class): its handler sees it first, as with "cancel" below.
		t.e = entsOf(text, parsed, t.Now)
		for _, h := range t.handlers() {
			if step, ok := h.Text(t.api(), Cancel, max(p, minConfidence)); ok {
				return step
			}
		}
		t.understood(Cancel, max(p, minConfidence), nil)
		return t.cancel()
	}
	t.e = entsOf(text, parsed, t.Now)
	if t.forcedPick > 0 {
		t.e.ordinal = t.forcedPick
	}
	if t.e.date != "" {
		t.set(slotDay, t.e.date)
	} else if d := t.slot(slotDay); d != "" && thatDayRe.MatchString(text) {
		// "그날 저녁 7시로 예약해줘", "what's on my calendar that day?": the
		// day last named, by the user or in the avatar's answer (it was
		// not resolved at all).
		t.e.date = d
	}
	if t.e.moneySaid != "" {
		// "around 20,000 won": the search allows a margin over it, but the
		// budget is told back as the user said it (see budgetSaid).
		t.set("@budget_said", t.e.moneyMax+"="+t.e.moneySaid)
	}
	if step, ok := t.revisesProposal(); ok {
		if in := t.m.intents[intent]; t.moved != nil && in != nil && p >= minConfidence {
			// "Reschedule sprint planning to Monday at 10am" asks to move
			// the meeting: that is what was understood, though what moves
			// is the card not yet confirmed.
			said := map[string]string{}
			for k, v := range t.moved {
				if in.Slots[k] != nil {
					said[k] = v
				}
			}
			t.understood(intent, p, said)
		}
		return step
	}
	if t.st.Pending != nil && t.slot("_picked") != "" && isCorrection(t.text) && (t.e.people != "" || t.e.time != "" || t.e.date != "" || bareHourFix.MatchString(t.text)) && t.e.ordinal == 0 &&
		!t.switchesTo(t.slot("@card"), intent, p) {
		// (Not "actually can you also find a hotel in gangnam for
		// tomorrow night": another request, surely, with things of its
		// own — the table held stays held, its card pressable; trial19
		// lost the table and its "Book it" got an error.)
		// "인원 8명으로 바꿔주세요", "아니 7시 반으로", "make it Thursday
		// instead" with a table held from the list: the list is found
		// again for the new party, time or day, and the same place is held
		// again from it (see onResult), or its free times then are said.
		// (Another day showed the list of places: the user asked for that
		// place on another day, and was offered no time there.)
		// The card of the old proposal is withdrawn whatever comes of
		// it: pressed after the correction, it booked the old time (a
		// new user's trial).
		t.set("_repick", t.slot("_picked"))
		t.st.Pending = nil
	}
	if id := t.slot("@repick"); id != "" {
		// "make it 8 instead" found the place taken then and asked for
		// another of its free times: "7:30 then" holds the same place at
		// it, not the list again (a new user's trial).
		// (A question between — "show my bookings" — keeps it while the
		// time is still what the task asks.)
		switch {
		case t.st.Intent == "" || t.slot("_asking") != "time" || t.e.date != "" || t.e.ordinal != 0:
			t.set("@repick", "")
		case t.e.time != "" || t.e.bareHour != 0:
			t.set("@repick", "")
			t.set("_repick", id)
		}
	}
	if n := morePeople(text); n > 0 && t.e.people == "" {
		// "한 명 더", "two more people are coming": more than the party
		// the task or the list shown has, not a party of one.
		if v := t.partyNow(); v > 0 {
			t.e.people = strconv.Itoa(v + n)
		}
	}
	if t.e.ordinal == 0 && t.pickable() && t.listOnScreen() {
		// "add 2", "add 3 too" with the list on screen: a verb and a lone
		// number is the item of that number, as "2번 담아" is (a count
		// needs more words: "add 2 of number 1").
		if m := verbPickRe.FindStringSubmatch(text); m != nil {
			if n, err := strconv.Atoi(m[1]); err == nil && n >= 1 && n <= len(t.st.Options) {
				t.e.ordinal = n
				if t.e.items == m[1] {
					t.e.items = ""
				}
			}
		}
	}
	pointsLater := t.e.ordinal == 0 && has(text, gen.Point) && !asksQuestion(text) && !declines(text) && !strings.Contains(text, "말고")
	if cur := t.st.Intent; cur != "" && (t.e.ordinal != 0 || pointsLater) && !t.pickable() && t.slot("_asking") != "" && t.st.Pending == nil && t.slot("_seq") == "" && !t.onlyPlace() {
		// ("거기로 일요일 12시에 다섯 명 예약해 주세요" points at the place
		// being looked for with the details: the list found is taken when
		// it has one place — pointedLater — and shown to pick from if more.)
		// (What the user tells of themselves with it — "일행 중 한 명이
		// 갑각류 알레르기 있어요" — is remembered as before, and the hold
		// reads it from there.)
		// "2번으로 할게요 12월 20일 1시 다섯명", "book the second one for
		// tomorrow, 2 people" while the search asks when, before any list
		// came: the search goes on with the details said, and the item of
		// that place in the list it finds is taken (see onResult) — not a
		// new search that forgets the pick, nor a pick of nothing.
		if spec := t.m.results[cur]; spec != nil && spec.Pick != nil && spec.Options != nil && t.tool(spec.Pick.Tool) != nil &&
			(intent == cur || intent == spec.Pick.Tool || intent == OutOfScope || p < switchConfidence) {
			n := t.e.ordinal
			if pointsLater {
				n = pointedLater
			}
			t.set(slotPickLater, strconv.Itoa(n))
			t.pickLater = true
			intent, p = cur, max(p, switchConfidence)
		}
	}
	if intent == OutOfScope && p < 0.75 {
		// "Schedule 'Mom's birthday dinner' next Wednesday at 7 pm for two
		// hours": a request that carries two or more of the things an
		// intent of the avatar takes (a day, a time, a length, people,
		// names, a budget) is that intent when the classifier gave it a
		// fair share, however unlike its examples the other words are.
		for _, s := range preds[1:min(len(preds), 4)] {
			// (One of the very things a text slot of the intent looks up,
			// "은지" of the directory in "디렉터리에서 은지님이 누군지 봐
			// 줘", is as much: the value is known, not only its kind.)
			if t.m.intents[s.Intent] != nil && s.P >= 0.25 && (t.evidence(s.Intent) >= 2 || t.namesLookup(s.Intent)) {
				intent, p = s.Intent, max(s.P, minConfidence)
				break
			}
		}
	}
	if cur := t.st.Intent; cur != "" && (intent == OutOfScope || p < switchConfidence) && t.m.intents[cur] != nil && !t.actsOnItem(cur) && cancelVerbRe.MatchString(text) {
		// "ugh, Yuki's out sick. cancel the retro" while the invitation
		// to it waits: a verb of cancelling, said to a task that cancels
		// nothing, is the likeliest reading that cancels a thing the user
		// has, when the classifier gave it a fair share — not the task
		// under way with the names in the text as its details.
		for _, s := range preds[:min(len(preds), 4)] {
			if s.P >= 0.2 && t.actsOnItem(s.Intent) {
				intent, p = s.Intent, max(s.P, minConfidence)
				break
			}
		}
	}
	if intent == Thanks && len(strings.Fields(text)) >= 4 && quotesAsking.MatchString(text) {
		// "whats the difference between 감사합니다 and 고마워?": a question
		// that quotes words of thanks or greeting asks about them; it is
		// not thanks (a new user's trial was answered "You're welcome!").
		for _, s := range preds[1:] {
			if s.Intent != Thanks && s.Intent != Greet && s.Intent != Cancel && s.Intent != OutOfScope && s.P >= 0.02 {
				intent, p = s.Intent, max(s.P, minConfidence)
				break
			}
		}
	}
	if (intent == Cancel || intent == OutOfScope) && shiftSign(text) != 0 && (t.e.minutes != "" || fromNowRe.MatchString(text)) && !cancelVerbRe.MatchString(text) {
		// "actually 30 min later than that", "아 잠깐, 그거 30분 늦춰줄 수
		// 있어?": a length and a word of moving later or earlier ask to
		// move the thing in focus by it (a new user's trial heard "All
		// right." and a cancel, or nothing understood). The likeliest
		// intent that moves an item to a time said relative to it is
		// meant.
		for _, s := range preds {
			if t.shiftsItem(s.Intent) {
				intent, p = s.Intent, max(s.P, switchConfidence)
				break
			}
		}
	}
	if t.m.intents[intent] != nil && p < 0.75 && t.st.Intent == "" {
		// "team dinner friday 6pm, invite minsu and junho, at gangnam
		// station": a runner-up the classifier gave a fair share that takes
		// more of what the text carries (people named, besides the day and
		// the time) than the first reading does is meant.
		for _, s := range preds[1:min(len(preds), 4)] {
			if t.m.intents[s.Intent] != nil && s.P >= 0.25 && t.evidence(s.Intent) >= 3 && t.evidence(s.Intent) > t.evidence(intent) {
				intent, p = s.Intent, max(s.P, minConfidence)
				break
			}
		}
	}
	if t.m.intents[intent] != nil && p < switchConfidence && !takesAddress(t.m.intents[intent]) && address(text) != "" {
		// "deliver to my office, Tower B floor 7": a street or campus
		// address is what only an intent that takes one reads — the
		// runner-up that does, when the classifier gave it a fair share.
		for _, s := range preds[1:min(len(preds), 4)] {
			if in := t.m.intents[s.Intent]; in != nil && s.P >= 0.25 && takesAddress(in) {
				intent, p = s.Intent, max(s.P, minConfidence)
				break
			}
		}
	}
	// elsewhere: the intent picks from a list, but not the one last shown
	// ("cancel the first one" after "my bookings" read as cancelling a
	// meeting): a place in a list is in the list the user saw.
	elsewhere := t.picks(intent) && t.slot("@shown") != "" && !t.picksFrom(intent, t.slot("@shown"))
	// pointed: "cancel that one", "그거 취소할래" with no question asked
	// points at the list last shown as a place in it does.
	pointed := intent == Cancel && t.slot("_asking") == "" && t.slot("_seq") == "" && has(text, gen.This)
	if shown := t.slot("@shown"); shown != "" && (t.e.ordinal != 0 || pointed) && !t.pickable() &&
		(intent == Cancel || intent == OutOfScope || p < switchConfidence || elsewhere) {
		// "cancel the first one" after "my bookings": a place in a list
		// points at the intents that pick from the list last shown, even
		// when the list is no longer on the card (or was empty).
		var ps []scored // the intents that pick from the list shown, likeliest first
		for _, s := range preds {
			if t.picksFrom(s.Intent, shown) {
				ps = append(ps, s)
			}
		}
		if len(ps) > 1 && t.onlyPlace() {
			// A bare "2번" after "my bookings" says which one, not what to
			// do with it (cancel it? confirm it?): no task is guessed.
			ps = nil
		}
		if (intent == Cancel || elsewhere) && len(ps) > 0 {
			// "첫번째꺼 취소해줘" after "my bookings": the classifier hears
			// the generic "cancel" and leaves the skill's own next to
			// nothing, so its odds cannot tell cancelling the first
			// booking from confirming it. The intent whose examples share
			// the most of the text's words is meant.
			best, most := ps[0], -1
			for _, s := range ps {
				if n := t.sharedWords(s.Intent); n > most {
					best, most = s, n
				}
			}
			ps = []scored{best}
		}
		for _, s := range ps {
			if s.P >= 0.005 || intent == Cancel || elsewhere {
				intent, p = s.Intent, max(s.P, minConfidence)
				break
			}
		}
	}
	if t.pickable() && t.e.ordinal == 0 && t.e.date == "" && t.e.time == "" && t.e.people == "" && !narrowRe.MatchString(text) &&
		(len(strings.Fields(text)) <= 4 || t.actsOnCard(intent) || intent == t.slot("@card")) {
		// ("애월 쪽만 보여줘", "only the ones in jongno" narrow the list
		// to a place, however many of its options are there: see
		// narrowsShown.)
		// "dam sushi bar", "거기로 해주세요", "add the sorilab earbuds to
		// cart": an option named, not a new request.
		t.namePick = t.optionNamed()
	}
	if t.pickable() && t.namePick == 0 && t.e.ordinal == 0 && t.listOnScreen() {
		// "솔 트라토리아로 할게요. 일행 중에 비건이 한 명 있어요", "Dam
		// Sushi Bar at 7 for 4 please": an option's whole name said picks
		// it, with the details of the booking said beside it (a count or
		// a diet made it a new search of the same kind).
		t.namePick = t.wholeNamed()
	}
	if t.pickable() && t.namePick == 0 && t.e.ordinal == 0 && t.listOnScreen() && t.pointsAtSole() {
		// "ok 거기 잡아줘 창가 쪽 방이면 좋겠음", "그 한옥으로 예약해 주세요.
		// 두 명입니다" to a list of one: the place pointed at is that one,
		// and what is said beside it (a party, a request) is a detail of
		// holding it — not a new search, nor words placed nowhere.
		t.namePick = 1
	}
	if t.pickable() && t.namePick == 0 && t.e.ordinal == 0 && t.listOnScreen() {
		t.namePick = t.pointsAtAsked()
	}
	if !t.pickable() && t.e.ordinal == 0 && t.slot("_seq") == "" && has(text, gen.Point) && t.pointsVaguely(5) && !cancelVerbRe.MatchString(text) {
		// "go with that one" with no list on screen: there is nothing to
		// pick — not a new task the classifier guesses ("Who should I
		// invite?" began a meeting while a search asked which city).
		// The question under way, if any, is asked again.
		if in := t.m.intents[t.st.Intent]; in != nil {
			t.understood(t.st.Intent, p, t.st.Slots)
			return t.ask(in)
		}
		if t.st.Intent == "" {
			t.understood(OutOfScope, p, nil)
			return agents.Step{Say: t.say("brain.no_list", "help", t.help())}
		}
	}
	if t.pickable() && t.namePick == 0 && t.e.ordinal == 0 && len(t.st.Options) > 1 && (t.pointedMany || t.listOnScreen() && has(text, gen.Point) && t.pointsVaguely(6) && !thanksLike(text)) {
		// "이걸로 할게요", "여기로 할게요" to a list of several: which one.
		return t.askWhich(p)
	}
	if t.pickable() && t.namePick == 0 && t.e.ordinal == 0 && t.e.date == "" && (t.e.time != "" || t.e.bareHour != 0 || cardHourRe.MatchString(text)) && t.e.people == "" && len(strings.Fields(text)) <= 4 {
		// "9am works" to a list of times: the one option at that time.
		// An hour said without 오전/오후 ("그럼 9시로 할게요", "9 then")
		// is the time on the card at that hour, morning or evening.
		t.namePick = t.optionAtHour()
		t.timePick = t.namePick != 0
	}
	if n := t.e.ordinal; n > len(t.st.Options) && t.pickable() && t.onlyPlace() {
		// "3번" when the list has one item: say how many there are. It is
		// still the card's pick (hold it, put it in the cart).
		if spec := t.m.results[t.slot("@card")]; spec != nil && spec.Pick != nil && t.tool(spec.Pick.Tool) != nil {
			t.understood(spec.Pick.Tool, p, nil)
		} else {
			t.understood(OutOfScope, p, nil)
		}
		return agents.Step{Say: t.say("brain.out_of_range", "n", strconv.Itoa(n), "of", strconv.Itoa(len(t.st.Options)))}
	}
	if t.e.ordinal != 0 && !t.pickable() && t.slot("_emptied") != "" && t.slot("_asking") == "" && t.slot("_seq") == "" && t.st.Pending == nil {
		// "the second one in black?" after a search that found nothing:
		// the list on screen is that empty one, not the one before it.
		t.understood(OutOfScope, p, nil)
		return agents.Step{Say: t.say("brain.no_list_empty")}
	}
	if t.barePick() && t.slot("@shown") != "" && (intent == OutOfScope || t.m.intents[intent] != nil && !t.m.intents[intent].Handled && !t.picks(intent) ||
		t.onlyPlace() && t.picks(intent) && !t.picksFrom(intent, t.slot("@shown")) ||
		t.onlyPlace() && t.tool(intent) != nil && t.tool(intent).Effect == skills.Irreversible) {
		// (A bare "2번" never chooses an irreversible act — cancelling a
		// booking — by itself.)
		// "2번", "the first one" after a list that is gone (a one-item
		// list, "Nothing matches"): the classifier's guess for a bare
		// place in a list, when it is a task that picks nothing
		// ("누구를 초대할까요?" began a meeting), was not asked for; say
		// there is nothing to pick from — as when it placed the pick
		// nowhere. (A task that picks — "cancel the first one" — goes on
		// and finds its list itself.)
		t.understood(OutOfScope, p, nil)
		return agents.Step{Say: t.say("brain.no_list", "help", t.help())}
	}
	if intent == Cancel && t.st.Intent == "" && t.slot("_seq") == "" && t.st.Pending == nil && len(preds) > 1 && t.m.intents[preds[1].Intent] != nil &&
		preds[1].P >= 0.1 && long(text) {
		// Nothing is in progress to cancel, and a long sentence that
		// sounds like "never mind" is about something to cancel in a
		// skill ("never mind the gym on friday, take it off my calendar").
		intent, p = preds[1].Intent, max(preds[1].P, minConfidence)
	}
	if step, ok := t.onRecord(intent); ok {
		return step
	}
	if in := t.revising(); in != "" && (intent != in || p < switchConfidence) && !t.dropsFor(in, intent, p) && !t.asksAside(in, intent, p) && !t.switchesPack(in, intent, p) {
		// "what about under 30k?", "그럼 토요일은?": the list shown or the
		// task in progress, said again with another value.
		intent, p = in, max(p, switchConfidence)
	}
	if in := t.countOnly(intent); in != "" {
		// "2명이요", "for 2 guests" to a hotel's list or question: its
		// guests, not a restaurant's party (a new user's trial).
		intent, p = in, max(p, switchConfidence)
	}
	if in := t.followsUp(); in != "" {
		// "회색은?", "do these come in white?", "anything under 30,000?"
		// with a search's list on screen: that search again, with what
		// the question names — not out of scope, and not a pick (the
		// budget said is no item's price).
		if intent != in || p < switchConfidence {
			intent, p = in, max(p, switchConfidence)
		}
		t.namePick, t.timePick = 0, false
	}
	if t.asksAnother(intent, p) {
		// "set up a 30 minute call with Minsu tomorrow at 3pm" while
		// restaurants are on the card: a request of its own — what only
		// another intent takes (a length and people named), or the
		// cancelling of a thing the user has — is that request, however
		// unsure the classifier is; the day and hour in it are not the
		// pending search's (a new user's trial).
		p = max(p, switchConfidence)
	}
	if in := t.fillsIn(intent, p); in != "" {
		// "한 시간이면 돼", "hmm whats the cheapest": a detail of the task in
		// progress, said in words the classifier places nowhere (or in the
		// help), is that task's.
		intent, p = in, max(p, switchConfidence)
	}
	if in := t.retrying(intent, p); in != "" {
		intent, p = in, max(p, switchConfidence)
	}
	if step, ok := t.countForNames(intent, p); ok {
		return step
	}
	if in := t.asksAboutPick(preds); in != "" && (intent == OutOfScope || p < switchConfidence || (has(text, gen.Show) || asksQuestion(text)) && (!t.actsOnCard(intent) || colourAskRe.MatchString(text))) {
		// "3번은 배터리 몇 시간 가요?", "is the second one well rated?": a
		// question about an item of the card reads it (however much it
		// sounds like a search, which does not act on the card); the card's default
		// (put it in the cart, hold the table) is for a bare pick.
		intent, p = in, max(p, switchConfidence)
	}
	if in := t.refining(); in != "" && (intent != in || p < switchConfidence) &&
		!(intent != in && p >= switchConfidence && (t.e.ordinal != 0 || t.namePick != 0) && t.slotOf(intent, dialogueFromPick)) {
		// "더 싼 건 없어?" refines the list shown, whatever else it sounds
		// like — unless it is surely a request about an item of the list
		// it names ("something like the second one but cheaper": items
		// like that one, under its price).
		intent, p = in, max(p, switchConfidence)
	}
	if in := t.narrowsShown(intent); in != "" {
		// "여의도 쪽 숙소만 보여줄래요?", "only the ones in itaewon" after
		// hotels were shown: the list shown narrowed to a place, not the
		// pack's other search (a table in Itaewon).
		intent, p = in, max(p, switchConfidence)
	}
	if intent == Cancel && t.st.Intent == "" && t.st.Pending == nil && t.slot("_seq") == "" {
		if in := t.pointedCancel(preds); in != "" {
			intent, p = in, max(p, switchConfidence)
		}
	}
	if intent == Cancel && t.st.Intent == "" && t.st.Pending == nil && t.slot("_seq") == "" && len(strings.Fields(text)) >= 3 {
		// "hmm actually I changed my mind, cancel that order" with nothing
		// under way to stop: there is only the item to cancel — a pack's
		// cancellation the text says the words of (see cancelsItem),
		// when the classifier sees it at all.
		for _, pr := range preds[1:] {
			if pr.P >= 0.02 && t.cancelsItem(pr.Intent) {
				intent, p = pr.Intent, max(pr.P, switchConfidence)
				break
			}
		}
	}
	if intent != Cancel && t.slot("_seq") != "" && t.st.Pending == nil && stopsSequenceRe.MatchString(text) {
		// "그만 풀래요", "퀴즈 그만할게요", "no more questions, I'm done"
		// during a quiz: the quiz stops — not an answer to its question,
		// however much "풀래요" sounds like asking for one.
		intent, p = Cancel, max(p, switchConfidence)
	}
	// "첫 번째 거로 할게요" picks from the card shown, however much its
	// ending sounds like "안 할게요".
	if intent == Cancel && p >= minConfidence && !(t.picksOption()) && !t.answersQuestion() && !t.correcting() {
		// A skill's own dialogue may read it otherwise ("skip this one"
		// moves its quiz on): its handler sees it first.
		for _, h := range t.handlers() {
			if step, ok := h.Text(t.api(), intent, p); ok {
				return step
			}
		}
		t.understood(Cancel, p, nil)
		return t.cancel()
	}
	if t.st.Intent == "" && p < 0.8 && len(agents.ExtractFacts(text, t.Now)) > 0 {
		// "참고로 저는 채식주의자예요" is about the user, not a request,
		// unless the classifier is sure it is one.
		if step, ok := t.judgeFirst(t.clarify(preds)); ok {
			return step
		}
		return t.clarify(preds)
	}
	if declines(text) && t.slot("_seq") == "" {
		// "no thanks", "아니 괜찮아요" declines what was offered: not
		// thanks ("You're welcome!"), and whatever was under way ends.
		t.understood(Cancel, max(p, minConfidence), nil)
		if t.st.Intent != "" || t.st.Pending != nil {
			return t.cancel()
		}
		t.st.Options = nil
		return agents.Step{Say: t.say("brain.no_thanks")}
	}
	for _, h := range t.handlers() {
		if step, ok := h.Text(t.api(), intent, p); ok {
			return step
		}
	}
	if in := t.m.intents[intent]; in != nil && in.Handled {
		// Only a handler serves this intent, and none took the text (the
		// classifier leaned to "class results" at 0.41 for "how many
		// letters did the original Korean alphabet have?", below what the
		// classroom acts on). It has no tool to call — calling one by its
		// name sent the class results tool no class quiz and showed the
		// user its argument error — so the text is unplaced, like any
		// other: the fallback judges it, or the brain asks.
		intent = OutOfScope
	}
	if seq := t.slot("_seq"); seq != "" && !(p >= switchConfidence && (intent == Help && t.e.ordinal == 0 || t.m.intents[intent] != nil && intent != t.st.Intent && !t.isAnswerLike() && !t.guess() && !t.saysAnswer() && !t.placesAnswer())) {
		return t.answerSequence()
	}
	switch {
	case intent == OutOfScope && t.st.Intent == "" && t.st.Pending == nil && casualGreetRe.MatchString(text):
		// "굿모닝~", "하이루", "hiya": a greeting said in a borrowed or
		// casual word the classifier did not learn, nothing asked — a
		// greeting, not "I can't help with that".
		t.understood(Greet, max(p, minConfidence), nil)
		t.st.Greeted = true
		return greeting(t.Avatar, t.lang)
	case intent == Greet && t.st.Intent == "" && asksQuestion(text) && !greetingOnly(text) && t.pointer() != "":
		// "how do you say nice to meet you in Korean?" quotes a greeting:
		// a question another avatar answers, not a greeting.
		return t.clarify(preds)
	case (intent == Thanks || intent == Greet && p >= minConfidence || intent == OutOfScope && len(strings.Fields(text)) <= 4) && farewell(text) && t.st.Pending == nil && t.slot("_seq") == "":
		// "고마워요 안녕히 계세요", "thx bye", "see you tomorrow!": a
		// goodbye is answered with one, not "anything else?" or an
		// introduction (a new user's trial); what was under way ends.
		if intent == OutOfScope {
			intent = Thanks // (the generic data files goodbyes with thanks)
		}
		t.understood(intent, p, nil)
		if t.st.Intent != "" {
			t.finish()
		}
		if thanksRe.MatchString(text) {
			return agents.Step{Say: t.say("brain.welcome_bye")}
		}
		return agents.Step{Say: t.say("brain.bye")}
	case intent == Greet && p >= minConfidence && t.st.Intent == "":
		t.understood(Greet, p, nil)
		t.st.Greeted = true
		return greeting(t.Avatar, t.lang)
	case intent == Thanks && t.e.ordinal != 0 && !t.pickable() && t.st.Intent == "" && t.st.Pending == nil:
		// "i'll take number 2, thanks" with no list on screen: a pick of
		// nothing, told so — "You're welcome!" stood for a pick not made.
		t.understood(OutOfScope, p, nil)
		return agents.Step{Say: t.say("brain.no_list", "help", t.help())}
	case intent == Thanks && p >= minConfidence && (t.st.Intent == "" || t.slot("_asking") == ""):
		// (A list shown asks nothing: "고마워" after it is thanks, and the
		// list stays to pick from.)
		t.understood(Thanks, p, nil)
		if step, ok := t.judgeFirst(agents.Step{Say: t.say("brain.welcome")}); ok {
			return step
		}
		return agents.Step{Say: t.say("brain.welcome")}
	case intent == Thanks && p >= minConfidence && t.m.intents[t.st.Intent] != nil && t.slot("_asking") != "" && !t.picksOption() &&
		len(t.extract(t.m.intents[t.st.Intent], true)) == 0 && len(strings.Fields(text)) <= 4:
		// "오 고마워" to a list that asks for the party or the day: thanks,
		// and the question still stands — not "I'm not sure what you'd
		// like".
		t.understood(Thanks, p, nil)
		step := t.ask(t.m.intents[t.st.Intent])
		step.Say = t.say("brain.welcome_then") + step.Say
		return step
	case intent == Help && p >= minConfidence && !(t.picksOption()):
		// ("2번" picks from the card shown: a bare number has no words
		// for the classifier, so whatever it guesses must not win.)
		t.understood(Help, p, nil)
		if step, ok := t.judgeFirst(agents.Step{Say: t.help()}); ok {
			return step
		}
		return agents.Step{Say: t.help()}
	}

	// Inside a task: an answer to my question, a correction, a pick, or a
	// digression into another task.
	if cur := t.st.Intent; cur != "" && t.m.intents[cur] != nil {
		in := t.m.intents[cur]
		fills := t.extract(in, true)
		picked := t.picksOption()
		asking := t.slot("_asking")
		if name, whole := t.addressDetail(in, asking); name != "" {
			// "101동 202호" after "서울시 마포구 와우산로 94" was answered:
			// the rest of the same address (a form's second field typed
			// as its own message), not a reply to the next question.
			return t.proceed(cur, map[string]string{name: whole}, max(p, switchConfidence))
		}
		if sl := in.Slots[asking]; sl != nil && sl.Unit == "address" && fills[asking] != "" && !hasDigit(fills[asking]) && intent == cur && p >= switchConfidence {
			// "결제할게요" to "배송받으실 주소를 알려 주세요": the request said
			// again, not the address (a trial's order was to go there).
			delete(fills, asking)
		}
		if more := t.addressSays(in, asking); more != nil {
			// "서울시 마포구 와우산로 94, 101동 202호" to "배송으로 받으실까요,
			// 매장에서 픽업하실까요?": delivery, to that address — not a
			// search for it.
			return t.proceed(cur, more, max(p, switchConfidence))
		}
		switch {
		case intent == cur && p >= switchConfidence && (t.startsAnew(in) || t.restates(fills) || t.namesAnotherItem(in) || t.repicks(in)):
			// "이제 텀블러 보여줘" after earphones under 30,000 won: the same
			// kind of request about something else is a new one, not the
			// last one with its words and bounds carried over.
			return t.begin(intent, p)
		case intent == cur && p >= minConfidence && !(picked && !t.slotOf(cur, dialogueFromPick)):
			// (A pick from the card the task showed — "두 번째 거 예약해줘"
			// after a search — goes on from the card, not into the search again.)
			return t.proceed(cur, fills, p)
		case asking != "" && answered(fills, asking) && (!(p >= switchConfidence && t.m.intents[intent] != nil && intent != cur && (!t.isAnswerLike() || t.asksAddress(in, asking))) ||
			in.Slots[asking] != nil && in.Slots[asking].Unit == "address" && address(text) != ""):
			// The answer to the question asked ("4명", "배송으로"); a street
			// address to "where to?" however much it sounds like a search.
			// A short request that is clearly another ("장바구니 보여줘" to
			// "where to?") and says no address is that request, not the
			// address.
			return t.proceed(cur, fills, p)
		case picked && (t.timePick || !(p >= switchConfidence && t.m.intents[intent] != nil && t.actsOnCard(intent) && intent != cur) && !t.picksElsewhere(intent, p)):
			if step, ok := t.pickFromCard(p); ok {
				return step
			}
			if len(fills) > 0 {
				return t.proceed(cur, fills, p)
			}
		case len(fills) > 0 && !t.cancelsInstead(cur, intent) && !t.asksAside(cur, intent, p) && (p < switchConfidence || isCorrection(text) && !t.dropsFor(cur, intent, p) && !t.switchesPack(cur, intent, p) || fills[asking] != "" && in.Slots[asking].From == dialogue.FromGazetteer):
			// The words the question offered ("pick up at Gangnam" to
			// "delivery or pickup?") answer it, whatever else they sound
			// like. A day, an hour or a number does not: any request says
			// one, and a sentence clearly another request ("add gym to my
			// calendar fri 7am" while a meeting asked "when?") is that
			// request, not the old task's answer.
			return t.proceed(cur, fills, p)
		}
		if p >= minConfidence && t.m.intents[intent] != nil && intent != cur {
			// A digression: remember where we were and come back after.
			// A task already returned to once and passed over again for
			// another request that changes something is abandoned: it is
			// not come back to after every errand ("Back to what we were
			// doing: For how many people?" after moving the gym). A look
			// at something (my bookings) keeps it.
			// (fix16: a look at something passes it over too — asked
			// once again, then let go: a trial's "Who should I invite?"
			// ended every later answer.)
			abandoned := t.slot("_moved") != "" || t.slot("_resumed") != "" ||
				t.cancelsItem(intent) // "i said CANCEL the hanok booking" to "When do you check in?": that question is left
			if !abandoned && (t.slot("_asking") != "" || len(t.st.Options) > 0 && !t.actsOnCard(intent) && !t.browsing()) {
				t.st.Stack = append(t.st.Stack, agents.Frame{Intent: cur, Slots: t.st.Slots, Options: t.st.Options})
			}
			return t.begin(intent, p)
		}
		if t.slot("_asking") != "" && p < minConfidence {
			// An answer that fits nothing: ask again, more plainly.
			t.understood(cur, p, t.st.Slots)
			return t.ask(t.m.intents[cur])
		}
		if asking != "" && intent == OutOfScope && t.st.Pending == nil && t.slot("_seq") == "" && len(fills) == 0 {
			// "그거 말고 다른데" to "몇 시로 할까요?": not understood, and
			// the question still stands — said so, and asked again with
			// its replies to pick from (a trial's "2번" next cancelled a
			// booking nobody had, and "7시" began an event).
			step := t.clarify(preds)
			if again := t.ask(in); again.Call == nil && again.Say != "" && t.st.Intent == cur {
				step.Say = strings.TrimSpace(step.Say) + t.say("brain.back") + again.Say
				step.Card = again.Card
			}
			return step
		}
	} else if t.picksOption() && (t.timePick || (p < switchConfidence || !t.actsOnCard(intent)) && !t.picksElsewhere(intent, p)) {
		if step, ok := t.pickFromCard(p); ok {
			return step
		}
	}
	if p < minConfidence || t.m.intents[intent] == nil {
		if fb := t.m.fallback(); fb != nil && t.st.Intent == "" && (t.elsewhere < elsewhereSure || fb.Questions && asksToKnow(text)) && t.m.intents[fb.Intent] != nil && len(agents.ExtractFacts(text, t.Now)) == 0 &&
			(fb.MaxWords == 0 || len(strings.Fields(text)) <= fb.MaxWords) && !(fb.Questions && asksDone(text) && !questionLike(text)) {
			// Unplaced text goes to the tool that judges it itself (see
			// dialogue.Fallback): a tutor's question worded unlike any
			// example still reaches the lessons; a bare "electric kettles"
			// is looked for in the shop, and reported unplaced if nothing
			// is found. (A pack that takes questions there is not handed a
			// request to do something: "set up a meeting with Minsu
			// tomorrow at 10" is not the tutor's, however her lessons'
			// words match it.)
			step := t.begin(fb.Intent, p)
			if fb.MaxWords > 0 && step.Call != nil {
				t.set("_fellback", "1")
			}
			return step
		}
		return t.clarify(preds)
	}
	return t.begin(intent, p)
}

// withoutElsewhere is preds without the Elsewhere reading the classifier
// puts first when its veto model is sure the text is another avatar's
// request (see trained.analyse), and that reading's probability (0: none).
// Such a text is out of scope at that probability.
func withoutElsewhere(preds []scored) ([]scored, float64) {
	if len(preds) == 0 || preds[0].Intent != Elsewhere {
		return preds, 0
	}
	e := preds[0].P
	out := []scored{{Intent: OutOfScope, P: e}}
	for _, s := range preds[1:] {
		if s.Intent != Elsewhere && s.Intent != OutOfScope {
			out = append(out, s)
		}
	}
	return out, e
}

// elsewhereSure: text the veto model reads as another avatar's request
// at least this likely is out of scope, and not handed to the pack's
// judging fallback either ("find a time for me to meet with Minsu next
// week" is no question for the tutor's lessons, however their words
// match it) — unless the pack takes questions there and the text asks to
// know something (see asksToKnow): "how do i get rid of the 3 in 3x = 12"
// and "apples 1000 won and tangerines 500 won, … how many apples" read as
// another's (a count, a price) at 0.95 and more, and the lessons answer
// them. Other avatars' requests read 0.99–1.0; the avatar's own that
// share words with another's ("any korean textbooks?" in the shop, "note
// down a study session" to the assistant) 0.8–0.92.
const elsewhereSure = 0.95

// startsAnew: the task asks nothing (its result is shown) and the text
// names, in the words of its free-text slot, something other than what
// the task was about — neither a correction, a refinement ("더 싼 거") nor
// a pick — so it begins the task again rather than amending it.
func (t *turn) startsAnew(in *intentOf) bool {
	if t.slot("_asking") != "" || isCorrection(t.text) || t.refining() != "" || t.e.ordinal != 0 {
		return false
	}
	for name, s := range in.Slots {
		if s.From != dialogue.FromText || s.Value == "asked" || s.Unit == "address" {
			continue
		}
		if v := t.slotValue(in, name, s, false); v != "" && t.slot(name) != "" && !strings.EqualFold(v, t.slot(name)) {
			return true
		}
	}
	return false
}

// repicks: the task has already picked an item of the list last shown
// (the second booking, to cancel) and the text places an item of that list
// again ("첫번째 예약 취소해줘" before the card was pressed). That is a new
// pick, which begins the task afresh: going on with the slots kept would
// propose the old item again (a trial's second card cancelled the second
// booking once more).
func (t *turn) repicks(in *intentOf) bool {
	shown := t.slot("@shown")
	if t.e.ordinal == 0 || shown == "" || t.pickable() || t.slot("_asking") != "" {
		return false
	}
	for name, s := range in.Slots {
		if s.From == dialogue.FromPick && s.Pick != nil && s.Pick.Tool == shown && t.slot(name) != "" {
			return true
		}
	}
	return false
}

// namesAnotherItem: the task has picked an item of the user's own list
// (the event to move) and is asking for something else (when to), and the
// text names another item of that list by a word only that item's label
// has ("헬스 5시로 옮겨" while moving the dentist) — the user turned to
// that one; it must not move the first. Hours, days and "오전/AM" are no
// names: they answer the question.
func (t *turn) namesAnotherItem(in *intentOf) bool {
	asking := t.slot("_asking")
	if asking == "" || isCorrection(t.text) || t.e.ordinal != 0 {
		return false
	}
	for name, s := range in.Slots {
		if s.From != dialogue.FromPick || s.Pick == nil || name == asking || t.slot(name) == "" || t.slot("_d:"+name) != "" {
			continue
		}
		pk := s.Pick
		res := t.Call(pk.Tool, t.pickArgs(pk))
		if res.Status != skills.StatusOK {
			return false
		}
		arr, _ := path(t.resultData(&res), pk.List).([]any)
		lower := strings.ToLower(t.text)
		owners := map[string]map[int]bool{}
		for i, it := range arr {
			label := t.fill(pk.Label, func(k string) (string, bool) { return fieldOf(it, k) })
			for _, w := range strings.Fields(strings.ToLower(label)) {
				if len([]rune(w)) < 2 || strings.ContainsAny(w, "0123456789") || timeOfDay[w] {
					continue
				}
				if owners[w] == nil {
					owners[w] = map[int]bool{}
				}
				owners[w][i] = true
			}
		}
		for w, its := range owners {
			if len(its) != 1 || !containsWord(lower, w) {
				continue
			}
			for i := range its {
				id := t.fill(pk.ID, func(k string) (string, bool) { return fieldOf(arr[i], k) })
				if id != "" && id != t.slot(name) {
					return true
				}
			}
		}
	}
	return false
}

// timeOfDay are the words of a label that say the half of the day.
var timeOfDay = map[string]bool{"오전": true, "오후": true, "am": true, "pm": true}

// restates: while the task asks a question, the text is the whole request
// said again — not a short answer, not a correction, and it says anew a
// slot the user already gave ("목요일 오후 3시에 지영이랑 민수랑 회의 잡아줘"
// while "find an hour w jiyoung and minsu … and send invites" asks when).
// It replaces the unfinished task rather than merging into it: the old
// task's free words (its title) are not this request's.
func (t *turn) restates(fills map[string]string) bool {
	asking := t.slot("_asking")
	if asking == "" || t.isAnswerLike() || isCorrection(t.text) || t.e.ordinal != 0 {
		return false
	}
	for k, v := range fills {
		if k != asking && !strings.HasPrefix(k, asking+"#") && v != "" && t.slot(k) != "" && t.slot("_d:"+k) == "" {
			return true
		}
	}
	return false
}

// picks: a slot of the intent takes an item of a list.
func (t *turn) picks(intent string) bool {
	if in := t.m.intents[intent]; in != nil {
		for _, s := range in.Slots {
			if s.From == dialogue.FromPick {
				return true
			}
		}
	}
	return false
}

// listOnScreen: the card's list is what the user last saw — nothing was
// shown since, or only the result of acting on one of its items (an item
// put in the cart), not one item's details.
func (t *turn) listOnScreen() bool {
	shown, card := t.slot("@shown"), t.slot("@card")
	if shown == card {
		return true
	}
	spec := t.m.results[card]
	return spec != nil && spec.Pick != nil && spec.Pick.Tool == shown
}

// verbPickRe: one English verb and a lone digit ("add 2", "take 1 too").
var verbPickRe = regexp.MustCompile(`(?i)^\s*[a-z]+\s+(\d)\s*(?:too|also|as well|please|pls)?\s*[.!]?\s*$`)

// asksAboutPick is the likeliest intent that reads an item of the card
// shown (a Read tool picking from the card) when the text picks an item
// and asks a question or to see it ("show me the second one"), and the
// card's own next step would change
// something; "" otherwise.
// colourAskRe asks whether an item comes in a colour ("do you have it in
// white?", "흰색 있어요?"): a question about the item, however much the
// rest sounds like putting it in the cart.
var colourAskRe = regexp.MustCompile(`(?i)\b(?:have|get|comes?|available)\s+(?:it\s+|them\s+|one\s+)?in\s+(?:black|white|pink|beige|red|blue|green|gr[ae]y|navy|silver|gold|brown)\b|(?:검은|검정|블랙|흰|하얀|화이트|핑크|분홍|베이지|빨간|파란|초록|회색|네이비|실버|갈색)\s*(?:색|색상|컬러)?\s*(?:으로|로|은|는|도)?\s*(?:있|나와|나오)`)

func (t *turn) asksAboutPick(preds []scored) string {
	if t.e.ordinal == 0 && t.namePick == 0 || !t.pickable() || !asksQuestion(t.text) && !has(t.text, gen.Show) {
		// (an item named by its name or how it compares counts as one
		// said by its place: "the cheaper of the two, do you have it in
		// white?")
		return ""
	}
	spec := t.m.results[t.slot("@card")]
	if spec == nil || spec.Pick == nil {
		return ""
	}
	if tl := t.tool(spec.Pick.Tool); tl == nil || tl.Effect == skills.Read {
		return ""
	}
	// The model's leaning first; where it hardly leans ("2번 보여줘" is
	// no more like "items like #2" than like #2's details), the item
	// itself: a read that takes it from the card alone.
	first := ""
	for _, s := range preds {
		if tl := t.tool(s.Intent); tl != nil && tl.Effect == skills.Read && t.actsOnCard(s.Intent) {
			if first == "" {
				first = s.Intent
				if s.P >= minConfidence || t.picksCardOnly(s.Intent) {
					return s.Intent
				}
			} else if t.picksCardOnly(s.Intent) {
				return s.Intent
			}
		}
	}
	return first
}

// asksPickFromCard: the frame was asking for an item of its card ("어떤
// 상품을 담을까요?" over a search's list): a look at the cart meanwhile
// leaves that list the one its answer ("5번") picks from.
func (t *turn) asksPickFromCard(f agents.Frame) bool {
	in := t.m.intents[f.Intent]
	q := f.Slots["_asking"]
	if in == nil || q == "" {
		return false
	}
	s, ok := in.Slots[q]
	return ok && s.From == dialogue.FromPick && s.Pick != nil && s.Pick.FromCard && s.Pick.Tool == ""
}

// picksCardOnly: the intent's pick comes from the last card alone, no
// other list.
func (t *turn) picksCardOnly(intent string) bool {
	in := t.m.intents[intent]
	if in == nil {
		return false
	}
	for _, s := range in.Slots {
		if s.From == dialogue.FromPick && s.Pick != nil && s.Pick.FromCard && s.Pick.Tool == "" {
			return true
		}
	}
	return false
}

// asksQuestion: the text is a question — a question mark, an English
// question word first, or a Korean question ending ("뭐야", "어때",
// "가나요").
func asksQuestion(text string) bool {
	s := strings.ToLower(strings.TrimSpace(text))
	if strings.HasSuffix(s, "?") {
		return true
	}
	s = strings.TrimRight(s, ".!~ ")
	if f := strings.Fields(s); len(f) > 0 {
		switch f[0] {
		case "what", "what's", "whats", "how", "how's", "is", "are", "does", "do", "can", "which", "who", "why", "when", "where":
			return true
		}
	}
	for _, e := range []string{"뭐야", "뭐예요", "뭔가요", "어때", "어때요", "나요", "가요", "까요", "니", "냐", "인가"} {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	// "3번 용량이 몇 ml야", "두 번째 거 맛이 어떤지 궁금": a question word
	// in a sentence that does not end asking for something done ("2번
	// 몇 개 담아줘"); asking to be told ("어떤지 알려줘") asks.
	return koAsks.MatchString(s) && (!koDo.MatchString(s) || koTell.MatchString(s))
}

var (
	koAsks = regexp.MustCompile(`몇|얼마|어떤|어떻게|어때|무슨|무엇|뭐|어디|언제|왜|어느|궁금`)
	koDo   = regexp.MustCompile(`(?:줘|줘요|주세요|주실래요|줄래|줄래요|하자|할게|할래|해)$`)
	koTell = regexp.MustCompile(`(?:알려|말해|설명해|가르쳐)\s*(?:줘|줘요|주세요|주실래요|줄래|줄래요)$`)
)

// sharedWords is the most character pairs of the text (spaces and case
// aside) that one of the intent's examples in the turn's language holds.
func (t *turn) sharedWords(intent string) int {
	in := t.m.intents[intent]
	if in == nil {
		return 0
	}
	pairs := func(s string) map[string]bool {
		rs := []rune(strings.ToLower(strings.Join(strings.Fields(s), "")))
		out := map[string]bool{}
		for i := 0; i+1 < len(rs); i++ {
			out[string(rs[i:i+2])] = true
		}
		return out
	}
	mine := pairs(t.text)
	most := 0
	for _, ex := range in.Examples[t.lang] {
		n := 0
		for p := range pairs(ex) {
			if mine[p] {
				n++
			}
		}
		most = max(most, n)
	}
	return most
}

// picksFrom: a slot of the intent picks from the list the tool returns.
func (t *turn) picksFrom(intent, tool string) bool {
	in := t.m.intents[intent]
	if in == nil {
		return false
	}
	for _, s := range in.Slots {
		if s.From == dialogue.FromPick && s.Pick != nil && s.Pick.Tool == tool {
			return true
		}
	}
	return false
}

// riders are the flag gazetteers (every value "true") that slots of two
// or more intents read: what they say qualifies a request (overlap
// allowed) without naming it.
func (m *model) riders() map[*dialogue.File][]string {
	out := map[*dialogue.File][]string{}
	for _, f := range m.files {
		for g, es := range f.Gazetteers {
			flag := len(es) > 0
			for _, e := range es {
				flag = flag && e.Value == "true"
			}
			if !flag {
				continue
			}
			n := 0
			for _, in := range f.Intents {
				for _, s := range in.Slots {
					if s.From == dialogue.FromGazetteer && s.Gazetteer == g {
						n++
						break
					}
				}
			}
			if n >= 2 {
				out[f] = append(out[f], g)
			}
		}
	}
	return out
}

// riderWord is where the first word of a rider gazetteer is said in
// lower (-1: none), and the gazetteer.
func (t *turn) riderWord(lower string) (int, *dialogue.File, string) {
	for f, gs := range t.m.riders() {
		for _, g := range gs {
			for _, e := range f.Gazetteers[g] {
				for _, w := range e.Words {
					w = strings.ToLower(w)
					if utf8.RuneCountInString(w) < 2 || !containsWord(lower, w) {
						continue
					}
					if i := strings.Index(lower, w); i >= 0 {
						return i, f, g
					}
				}
			}
		}
	}
	return -1, nil, ""
}

// riderDropped is the text without the clause that says a rider (see
// riders): the clause runs from the sentence or comma before the rider's
// word to the next one. ok is false when there is no rider or nothing
// else is said.
func (t *turn) riderDropped(text string) (string, bool) {
	lower := strings.ToLower(text)
	i, _, _ := t.riderWord(lower)
	if i < 0 {
		return "", false
	}
	start := strings.LastIndexAny(lower[:i], ".,!?;\n") + 1
	end := len(lower)
	if j := strings.IndexAny(lower[i:], ".,!?;\n"); j >= 0 {
		end = i + j + 1
	}
	rest := strings.TrimSpace(strings.TrimSpace(text[:start]) + " " + strings.TrimSpace(text[end:]))
	rest = strings.TrimRight(rest, " .,!?;")
	if len(strings.Fields(rest)) < 2 {
		return "", false
	}
	return rest, true
}

// riderOf: a slot of the intent reads the rider said in text.
func (t *turn) riderOf(intent, text string) bool {
	in := t.m.intents[intent]
	if in == nil {
		return false
	}
	_, f, g := t.riderWord(strings.ToLower(text))
	if f == nil || in.file != f {
		return false
	}
	for _, s := range in.Slots {
		if s.From == dialogue.FromGazetteer && s.Gazetteer == g {
			return true
		}
	}
	return false
}

// namesLookup: the text says a word of the gazetteer of a text slot of
// the intent (skills/dialogue Slot.Gazetteer: the people of the directory
// on the scheduling pack's people look-up), the value that slot would look up.
func (t *turn) namesLookup(intent string) bool {
	in := t.m.intents[intent]
	if in == nil || in.file == nil {
		return false
	}
	lower := strings.ToLower(t.text)
	for _, s := range in.Slots {
		if s.From != dialogue.FromText || s.Gazetteer == "" {
			continue
		}
		for _, e := range in.file.Gazetteers[s.Gazetteer] {
			for _, w := range e.Words {
				if utf8.RuneCountInString(w) >= 2 && containsWord(lower, strings.ToLower(w)) {
					return true
				}
			}
		}
	}
	return false
}

// evidence counts the kinds of built-in entity in the text (a day, a
// clock time, a length, people, nights, a budget, names) that a slot of
// the intent reads.
func (t *turn) evidence(intent string) int {
	in := t.m.intents[intent]
	if in == nil {
		return 0
	}
	n := 0
	for _, froms := range t.e.kinds() {
		if reads(in, froms) {
			n++
		}
	}
	return n
}

// reads: a slot of the intent is filled from one of the sources.
func reads(in *intentOf, froms []string) bool {
	for _, s := range in.Slots {
		if contains(froms, s.From) {
			return true
		}
	}
	return false
}

// kinds lists, for each kind of built-in entity the text says (a day, a
// clock time, a length, people, nights, a budget, names), the slot
// sources that read it.
func (e ents) kinds() [][]string {
	var out [][]string
	for _, k := range []struct {
		said  bool
		froms []string
	}{
		{e.date != "", []string{dialogue.FromDate, dialogue.FromDateTime}},
		{e.time != "" || e.winFrom != "", []string{dialogue.FromTime, dialogue.FromDateTime, dialogue.FromTimeEnd}},
		{e.minutes != "", []string{dialogue.FromMinutes}},
		{e.people != "", []string{dialogue.FromPeople}},
		{e.nights != "", []string{dialogue.FromNights}},
		{e.moneyMax != "" || e.moneyMin != "", []string{dialogue.FromMoneyMax, dialogue.FromMoneyMin}},
		{len(e.names) > 0, []string{dialogue.FromNames}},
	} {
		if k.said {
			out = append(out, k.froms)
		}
	}
	return out
}

// refining is the intent of the task or list shown when the text says one
// of its refinements ("더 싼 거", "cheaper ones").
func (t *turn) refining() string {
	for _, name := range []string{t.st.Intent, t.slot("@card")} {
		in := t.m.intents[name]
		if in == nil {
			continue
		}
		for _, r := range in.Refine {
			if has(t.text, r.Words) {
				return name
			}
		}
	}
	return ""
}

// narrowsShown is the search in progress or whose list is shown when the
// text narrows it to a place ("홍대 쪽만", "근처로만 보여줘", "only ones in itaewon",
// "just those near hongdae") and the classifier heard another search of
// the same pack: the text names a place that search reads, says nothing
// only the other reads (a cuisine, a type of stay, nights, a length) and
// none of the things of the other's kind (식당, hotel).
func (t *turn) narrowsShown(intent string) string {
	cur := t.st.Intent
	if cur == "" {
		cur = t.slot("@card")
	}
	in, other := t.m.intents[cur], t.m.intents[intent]
	if in == nil || other == nil || intent == cur || in.file != other.file || in.Handled || other.Handled ||
		!t.pickable() && t.st.Intent == "" || t.e.ordinal != 0 || t.st.Pending != nil || !narrowRe.MatchString(t.text) {
		return ""
	}
	if t.evidence(intent)-t.sharedEvidence(intent, cur) > 0 {
		return ""
	}
	place := false
	for _, s := range in.Slots {
		if s.From == dialogue.FromGazetteer && lookupGazetteer(t.text, t.m.gazetteer(in.file, s.Gazetteer)) != "" {
			if s.Gazetteer == "area" || s.Gazetteer == "city" {
				place = true
			}
		}
	}
	if !place {
		return ""
	}
	for _, s := range other.Slots {
		if s.From != dialogue.FromGazetteer && s.From != dialogue.FromMemory || s.Gazetteer == "" || lookupGazetteer(t.text, t.m.gazetteer(other.file, s.Gazetteer)) == "" {
			continue
		}
		shared := false
		for _, c := range in.Slots {
			shared = shared || c.Gazetteer == s.Gazetteer
		}
		if !shared {
			return "" // "강남 쪽 일식집만": the other search's own word
		}
	}
	for _, re := range kindWords {
		if re.MatchString(t.text) && kindOf(other, re) > kindOf(in, re) {
			return "" // "강남 쪽 식당만" after hotels: a table, not a stay
		}
	}
	return cur
}

// kindOf counts the examples of the intent that name the kind.
func kindOf(in *intentOf, re *regexp.Regexp) int {
	n := 0
	for _, ex := range in.Examples {
		for _, x := range ex {
			if re.MatchString(x) {
				n++
			}
		}
	}
	return n
}

// stopsSequenceRe: the words of stopping a sequence of questions under
// way (a quiz): "그만 풀래요", "이제 그만할게", "더 안 할래", "여기까지만
// 할게요", "stop the quiz", "no more questions", "I'm done".
var stopsSequenceRe = regexp.MustCompile(`(?i)그만\s?(?:풀|할|하|둘|볼|낼|내|합|풉)|(?:^|\s)그만(?:요|이요)?[.!~]*$|더\s?(?:는\s?)?안\s?(?:풀|할|해)|여기까지(?:만)?\s?(?:할|하|풀)|\b(?:stop|quit|end)\s+(?:the\s+|this\s+)?(?:quiz|questions)\b|\bno more questions\b|\bi'?m done\b|\bi (?:want to|wanna|'d like to) (?:stop|quit)\b|\blet'?s stop\b`)

// narrowRe: the words that narrow a list shown to a place ("쪽만",
// "근처로만", "only the ones in", "just those near", "what about in").
var narrowRe = regexp.MustCompile(`(?i)(?:쪽|근처|주변|부근|인근|지역|에\s?있는)[^.,!?\d]{0,10}?만(?:[^원]|$)|(?:^|\s)(?:only|just)\s+(?:the\s+)?(?:ones?|those|places?|options?|results?)?\s*(?:in|near|around|by)\b|\bonly\s+(?:in|near|around)\b|\b(?:narrow|filter)\b.{0,20}\b(?:to|down to|by)\b`)

// kindWords name kinds of place to book (a place to eat, a place to
// stay): a text naming a kind whose words the other search's examples say
// more often than the shown one's asks for that kind (see narrowsShown).
var kindWords = []*regexp.Regexp{
	regexp.MustCompile(`(?i)식당|맛집|음식점|레스토랑|밥집|\brestaurants?\b|\bplaces? to eat\b|\beats\b|\btables?\b`),
	regexp.MustCompile(`(?i)숙소|숙박|호텔|묵을|\bhotels?\b|\bplaces? to stay\b|\baccommodations?\b|\blodgings?\b|\brooms?\b`),
}

// answersQuestion: the text fills the slot the task is asking for ("배송으로
// 해줘" to "delivery or pickup?"), so it is an answer, not a cancellation.
func (t *turn) answersQuestion() bool {
	q := t.slot("_asking")
	in := t.m.intents[t.st.Intent]
	if q == "" || in == nil || in.Slots[q] == nil || in.Slots[q].From == dialogue.FromText {
		return false
	}
	return t.slotValue(in, q, in.Slots[q], true) != ""
}

const dialogueFromPick = "pick"

// slotOf reports whether intent has a slot of the source.
func (t *turn) slotOf(intent, from string) bool {
	in := t.m.intents[intent]
	if in == nil {
		return false
	}
	for _, s := range in.Slots {
		if s.From == from {
			return true
		}
	}
	return false
}

// quotesAsking: a sentence that asks (a question mark, an English
// question's opening, a word of difference or meaning).
var quotesAsking = regexp.MustCompile(`(?i)[?？]|^\s*(?:is|are|does|do|can|should|what|whats|what's|how|why|when|which)\s|\bdifference\b|\bmeans?\b|차이|무슨\s*뜻|뜻이`)

// shiftsItem: the intent sets an item's time said relative to the item
// ("push it back an hour"): a date-time slot of the item picked.
func (t *turn) shiftsItem(intent string) bool {
	in := t.m.intents[intent]
	if in == nil {
		return false
	}
	for _, s := range in.Slots {
		if s.From == dialogue.FromDateTime && s.Of != "" {
			return true
		}
	}
	return false
}

// picksElsewhere: the text is surely another task that picks its item
// from a tool's own list ("take out the 3rd one", "remove one daon
// backpack" under search results: the cart's lines) — not the card's next
// step (putting it in the cart), which a place on the card would
// otherwise take — when its list has the item the text places on the
// card (the same id), which that task then takes (see pickFromTool).
func (t *turn) picksElsewhere(intent string, p float64) bool {
	in := t.m.intents[intent]
	if in == nil || p < switchConfidence || t.actsOnCard(intent) {
		return false
	}
	if spec := t.m.results[t.slot("@card")]; spec != nil && spec.Pick != nil && spec.Pick.Tool == intent {
		return false // the card's own next step
	}
	i, ok := t.pick()
	if tool := t.tool(intent); !ok || tool == nil || tool.Effect == skills.Read {
		return false
	}
	for _, s := range in.Slots {
		if s.From != dialogue.FromPick || s.Pick == nil || s.Pick.Tool == "" {
			continue
		}
		// Only when its list has the item placed on the card ("2번으로
		// 예약해 주세요" under restaurants is no booking of mine to confirm).
		res := t.Call(s.Pick.Tool, t.pickArgs(s.Pick))
		if res.Status != skills.StatusOK {
			continue
		}
		arr, _ := path(t.resultData(&res), s.Pick.List).([]any)
		for _, it := range arr {
			if t.fill(s.Pick.ID, func(k string) (string, bool) { return fieldOf(it, k) }) == t.st.Options[i].ID {
				return true
			}
		}
	}
	return false
}

// actsOnCard: the intent works on an item of the last card (put it in the
// cart, find similar ones), so the task that showed the card is not
// interrupted but followed.
func (t *turn) actsOnCard(intent string) bool {
	in := t.m.intents[intent]
	if in == nil {
		return false
	}
	for _, s := range in.Slots {
		if s.From == dialogue.FromPick && s.Pick != nil && s.Pick.FromCard {
			return true
		}
	}
	return false
}

// browsing: the card shown is a list to browse (search results), not a
// choice a task waits for, so nothing is left to come back to.
func (t *turn) browsing() bool {
	r := t.m.results[t.slot("@card")]
	return r != nil && r.Continue
}

// saysAnswer: the text opens with words that give an answer ("the answer
// is chloroplast", "정답은 이산화탄소"), so it answers the quiz however much
// the rest sounds like a question about the lesson.
func (t *turn) saysAnswer() bool {
	lower := strings.ToLower(strings.TrimSpace(t.text))
	for _, w := range gen.AnswerOpens {
		if strings.HasPrefix(lower, w) {
			return true
		}
	}
	return false
}

// picksOption: a card is shown and the text places an item on it ("2번")
// or names one (see optionNamed).
func (t *turn) picksOption() bool {
	return t.pickable() && (t.e.ordinal != 0 || t.namePick > 0)
}

// barePick: the text only says a place in a list ("2번", "the first one"),
// no list is on the card to pick it from, and no question or quiz waits
// for an answer it could be.
func (t *turn) barePick() bool {
	return t.e.ordinal != 0 && len(t.e.spans) <= 1 && t.isAnswerLike() && !t.pickable() &&
		t.slot("_asking") == "" && t.slot("_seq") == "" && t.st.Pending == nil
}

// onlyPlace: the text says a place in a list and nothing else ("2번",
// "the first one", "세 번째 거요") — no word of what to do with it.
func (t *turn) onlyPlace() bool {
	if t.e.ordinal == 0 || len(t.e.spans) != 1 {
		return false
	}
	sp := t.e.spans[0]
	rest := strings.ToLower(t.text[:sp[0]] + " " + t.text[sp[1]:])
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !placeFiller[w] {
			return false
		}
	}
	return true
}

// placeFiller are the words around a place in a list that say nothing
// of what to do with it.
var placeFiller = map[string]bool{"번": true, "거": true, "거요": true, "걸로": true, "거로": true, "꺼": true, "요": true, "이요": true, "요.": true,
	"the": true, "one": true, "number": true, "option": true, "please": true, "pls": true}

// asksAddress: the question asked is the task's address.
func (t *turn) asksAddress(in *intentOf, asking string) bool {
	return in.Slots[asking] != nil && in.Slots[asking].Unit == "address"
}

// courtesyRe splits a text after its first sentence: "고마워요! 퀴즈
// 내주세요", "thanks, now show me my cart".
var courtesyRe = regexp.MustCompile(`^([^!.~,?！。]+[!.~,！。]+)\s*(.+)$`)

// courtesyThen: a thanks or a greeting followed by a request ("고마워요!
// 퀴즈 내주세요", "hi! what's on my calendar today?") is the request; the
// courtesy alone was answered ("천만에요!") and the request lost. The
// first part must be a sure thanks or greeting; the second one of the
// avatar's intents, more likely than not (a request after "고마워요!" is
// worded freely: "이제 한국사 퀴즈 풀래요").
func (t *turn) courtesyThen(text string) (string, bool) {
	m := courtesyRe.FindStringSubmatch(text)
	if m == nil {
		return "", false
	}
	first := t.m.clf.predict(m[1], t.Now)
	if len(first) == 0 || first[0].P < 0.8 || first[0].Intent != Thanks && first[0].Intent != Greet {
		return "", false
	}
	rest := strings.TrimSpace(m[2])
	second := t.m.clf.predict(rest, t.Now)
	if len(second) == 0 || t.m.intents[second[0].Intent] == nil || second[0].Intent == OutOfScope {
		return "", false
	}
	// more likely than not one of the avatar's requests, however the
	// classifier shares it among close ones ("이제 한국사 퀴즈 풀래요":
	// a quiz 0.47, a class quiz 0.31, the lessons 0.12)
	request := 0.0
	for _, s := range second {
		if t.m.intents[s.Intent] != nil && s.Intent != OutOfScope && s.Intent != Thanks && s.Intent != Greet {
			request += s.P
		}
	}
	if request < 0.5 {
		return "", false
	}
	return rest, true
}

// placesAnswer: a short text that says a place among the options and
// asks nothing ("the second one, has", "2번 같아요 has") — to a question
// of a sequence with choices, an answer, whatever the classifier made of
// its other words (it read a greeting).
func (t *turn) placesAnswer() bool {
	return t.e.ordinal != 0 && len(strings.Fields(t.text)) <= 5 && !strings.ContainsAny(t.text, "?？")
}

func (t *turn) isAnswerLike() bool {
	return len(strings.Fields(t.text)) <= 3 && !strings.ContainsAny(t.text, "?？") && !asksToSeeRe.MatchString(t.text) || hedged(t.text)
}

// asksToSeeRe: a short text that asks to be shown or told something ("내일
// 일정 뭐야", "예약 목록 보여줘", "show my cart") — a request of its own, not
// the answer to the question asked (a trial's "내일 일정 뭐야" to "몇 시로
// 할까요?" was read as the day of the meeting being set up).
var asksToSeeRe = regexp.MustCompile(`(?i)뭐야|뭐\s*있|뭐예요|뭔가요|뭐지|뭐임|보여|알려|목록|\b(?:what'?s?|show|list|which)\b`)

// negationKo is a Korean sentence that ends forbidding what its verb
// says: "결제하지 마", "보내지 말아 주세요", "아직 담지 마요". (Not
// "잊지 마" or "걱정하지 마", which ask for something or reassure.)
var negationKo = regexp.MustCompile(`지\s*(?:마|마요|마세요|마십시오|마라|말아|말아요|말아\s*줘|말아\s*줘요|말아\s*주세요|말자|말라니까)[\s.!~…]*$`)

// negationEn is an English sentence that forbids an action: "don't",
// "no wait, don't", "please don't check out yet", "do not place the
// order" — "don't" (after an interjection or none) with nothing after it
// or with a verb of doing something for the user. ("I don't want the
// kettle, delete it" and "don't forget to remind me" are requests.)
var negationEn = regexp.MustCompile(`(?i)^(?:(?:oh|oops|no+|nah|nope|wait|hold\s+on|hang\s+on|actually|um+|uh+|hmm+|sorry|stop|please|pls|just|but)[\s,.!…-]*)*(?:don'?t|do\s+not|dont)(?:[\s,.!…]*$|\s+(?:(?:you\s+)?dare\s+)?(?:pay|check\s*out|checkout|buy|order|purchase|book|reserve|hold|send|add|put|place|confirm|charge|submit|go\s+ahead|proceed|do\s+(?:it|that|this|anything)|remove|delete|cancel|invite|schedule|move|finish|complete|process|continue|ship|bill)\b)`)

// declinesActionKo is a Korean sentence that ends refusing the store's or
// the booking's action it names: "아니 결제 안 할래", "주문은 안 할게요",
// "예약 안 해도 돼요". (Not "텀블러 안 살래 빼줘", which asks for
// something else.)
var declinesActionKo = regexp.MustCompile(`(?:결제|계산|주문|구매|구입|예약|체크아웃)\s*(?:은|는|도)?\s*안\s*(?:할래|할래요|할게|할게요|하고\s*싶어|하고\s*싶어요|해도\s*돼|해도\s*돼요|해도\s*될\s*것\s*같아요?|할\s*거야|할\s*거예요|할래용|함)[\s.!~…]*$`)

// stopsEn is a whole English text that stops what is under way: "no wait,
// stop", "actually no, hold off", "hold it". (A longer sentence saying
// what to do instead is that request.)
var stopsEn = regexp.MustCompile(`(?i)^(?:(?:oh|oops|no+|nah|nope|wait|hold\s+on|hang\s+on|actually|um+|uh+|hmm+|sorry|please|pls|just|ok|okay)[\s,.!…-]*)*(?:hold\s+off(?:\s+on\s+(?:it|that|the\s+(?:order|payment|checkout)))?|hold\s+it|stop(?:\s+(?:it|that|there|the\s+(?:order|payment|checkout)))?|let'?s\s+not|not\s+now|forget\s+(?:it|that)|scratch\s+that)(?:\s+(?:for\s+now|then|please|pls))?[\s,.!…]*$`)

// asksNotToMiss: "잊지 마", "빼먹지 말아 줘" ask for something.
var asksNotToMiss = regexp.MustCompile(`(?:잊|까먹|걱정\s*하|놓치|빼먹|빠뜨리)지\s*(?:마|말)`)

// negatesAction: the text forbids the action it names (see negationKo,
// negationEn).
func negatesAction(text string) bool {
	text = strings.TrimSpace(text)
	return negationKo.MatchString(text) && !asksNotToMiss.MatchString(text) || negationEn.MatchString(text) ||
		declinesActionKo.MatchString(text) || stopsEn.MatchString(text) || declinesBuying.MatchString(text)
}

// declinesBuying is a whole text that says the user will not buy (or
// book, or pay) after all: "아니요 안 살래요", "그냥 안 살게", "stop, I
// don't want to buy anything", "we don't need to order anymore". Only the
// whole text: "텀블러 안 살래 빼줘" asks for something else, and "I don't
// want to pay more than 30000 won" is a budget.
var declinesBuying = regexp.MustCompile(`(?i)^(?:(?:아니(?:요|오|야)?|아뇨|음+|아|그냥|이제|됐어요?|no+|nah|nope|wait|actually|um+|hmm+|sorry|stop|ok|okay|never\s*mind)[\s,.!…~]*)*(?:안\s*(?:살래요?|살게요?|사요|살\s*거(?:야|예요|에요)|삼)|(?:i|we)\s+(?:don'?t|do\s+not|dont)\s+(?:want|wanna|need)(?:\s+to)?\s+(?:buy|order|purchase|pay|book|check\s*out|checkout)(?:\s+(?:anything|it|that|this|them|now|anymore|any\s+more|after\s+all|today))*)[\s,.!…~]*$`)

// declineRe is a whole text that declines an offer, in either language.
var declineRe = regexp.MustCompile(`(?i)^\s*(?:(?:no|nah|nope)[\s,.!]*(?:thanks|thank\s+you|thx|ty)(?:\s+(?:anyway|though))?|(?:no|nah|nope),?\s+(?:i'?m\s+)?(?:good|fine|ok|okay)(?:,?\s+thanks)?|(?:i'?m\s+)?(?:good|fine),?\s+thanks|(?:아니(?:요|에요)?|아뇨|아니야)[\s,.!]*(?:괜찮아(?:요)?|됐어(?:요)?|필요\s*없어(?:요)?)(?:[\s,.!]*(?:고마워(?:요)?|감사(?:해요|합니다)))?|괜찮아(?:요)?[\s,.!]*(?:고마워(?:요)?|감사(?:해요|합니다)))(?:[\s,.!]*(?:(?:that'?s|that\s+is)\s+(?:all|it|everything)(?:\s+(?:for\s+now|thanks))?|i'?m\s+(?:done|all\s+set)|그게\s*다(?:야|예요|에요)?|이제\s*됐어(?:요)?))?[\s.!~]*$`)

// declines: the text declines what was offered ("no thanks", "아니
// 괜찮아요").
func declines(text string) bool { return declineRe.MatchString(text) }

// guess: a word or two said with a question mark, no question word —
// "맨틀?", "outer core?" — is an answer the user is unsure of, not a new
// question, while a sequence waits for an answer.
func (t *turn) guess() bool {
	s := strings.TrimRight(strings.TrimSpace(t.text), "?？!.~… ")
	fs := strings.Fields(strings.ToLower(s))
	if len(fs) == 0 || len(fs) > 2 || strings.ContainsAny(s, "?？") {
		return false
	}
	for _, f := range fs {
		if guessAsks[f] {
			return false
		}
	}
	return true
}

// guessAsks are words that make a short text a question, not a guess.
var guessAsks = map[string]bool{"what": true, "why": true, "how": true, "who": true, "when": true, "where": true, "which": true,
	"whats": true, "what's": true, "뭐": true, "뭐야": true, "뭐예요": true, "왜": true, "왜요": true, "어떻게": true, "무엇": true, "무슨": true, "언제": true, "어디": true, "누구": true}

// hedged: a short guess, not a question of its own — "not sure...
// chloroplasts?", "음 맨틀?", "i think it's the mantle", "엽록체일까요" —
// a few words with a hedge or a bare rising "?" and no question word.
func hedged(text string) bool {
	lower := strings.ToLower(text)
	ws := strings.Fields(lower)
	if len(ws) == 0 || len(ws) > 6 || hedgeAskRe.MatchString(lower) {
		return false
	}
	return hedgeRe.MatchString(lower) || len(ws) <= 3 && strings.ContainsAny(text, "?？")
}

var (
	hedgeRe    = regexp.MustCompile(`(?:^|\s)(?:maybe|probably|i think|i guess|not sure|i'm not sure|im not sure|is it|아마|잘 모르겠|모르겠는데)|(?:일까요|일까|인가요|인 것 같|인것 같|인거 같|인거같|인 거 같|같아요)`)
	hedgeAskRe = regexp.MustCompile(`\b(?:what|whats|why|how|when|where|who|which|explain|mean|difference|diff)\b|뭐|뭔|왜|어떻게|언제|어디|누구|무슨|무엇|몇|설명|차이|알려`)
)

// revising is the intent of the task in progress or of the list shown
// when the text is a correction that changes one of its slots.
func (t *turn) revising() string {
	if !isCorrection(t.text) {
		return ""
	}
	for _, name := range []string{t.st.Intent, t.slot("@card")} {
		if in := t.m.intents[name]; in != nil && len(t.extract(in, true)) > 0 {
			return name
		}
	}
	return ""
}

// switchesPack: "actually, book a table for 4 tomorrow at 7pm in gangnam
// instead" while the free times for a meeting are on the card — a
// change of mind to a request of another skill the classifier is sure
// of, which says something only that request reads (a party, a place of
// its gazetteers, nights). Its day and hour are not the meeting's new
// ones: read as the meeting "said again", the restaurant request became
// a meeting at 7 pm with the invitees (a new user's trial, trial19).
func (t *turn) switchesPack(cur, intent string, p float64) bool {
	return !t.samePack(cur, intent) && t.switchesTo(cur, intent, p)
}

// switchesTo: the text is surely intent, not cur, and says something
// only intent reads (see switchesPack).
func (t *turn) switchesTo(cur, intent string, p float64) bool {
	other := t.m.intents[intent]
	if other == nil || other.Handled || intent == cur || p < switchConfidence || t.m.intents[cur] == nil || t.e.ordinal != 0 {
		return false
	}
	if tl := t.tool(intent); tl != nil && tl.Effect == skills.Read && (has(t.text, gen.Show) || asksQuestion(t.text)) {
		return true // "actually, show me my calendar for tomorrow": a look aside
	}
	return t.evidence(intent)-t.sharedEvidence(intent, cur) >= 1 || t.namesLookup(intent) && !t.namesLookup(cur) || t.namesOwn(intent, cur)
}

// namesOwn: the text says a word of one of intent's gazetteers that none
// of cur's has ("hotel" of the lodgings' kinds, said while a restaurant
// is held).
func (t *turn) namesOwn(intent, cur string) bool {
	in, was := t.m.intents[intent], t.m.intents[cur]
	if in == nil || was == nil || in.file == nil || was.file == nil {
		return false
	}
	theirs := map[string]bool{}
	for _, s := range was.Slots {
		if s.Gazetteer == "" {
			continue
		}
		for _, e := range was.file.Gazetteers[s.Gazetteer] {
			for _, w := range e.Words {
				theirs[strings.ToLower(w)] = true
			}
		}
	}
	lower := strings.ToLower(t.text)
	for _, s := range in.Slots {
		if s.Gazetteer == "" {
			continue
		}
		for _, e := range in.file.Gazetteers[s.Gazetteer] {
			for _, w := range e.Words {
				lw := strings.ToLower(w)
				if utf8.RuneCountInString(w) >= 2 && !theirs[lw] && containsWord(lower, lw) {
					return true
				}
			}
		}
	}
	return false
}

// asksAside: "wait, who's Seoyeon again? what team is she in?" while the
// free times with her are looked for — a question the classifier is sure
// is another of the avatar's requests, one that only looks something up
// (who someone is, what is booked), asked aside; the "wait" before it
// takes nothing back, so it is not the task in progress said again with
// the name it mentions.
func (t *turn) asksAside(cur, intent string, p float64) bool {
	if intent == cur || p < sureAside || t.m.intents[intent] == nil || !asksQuestion(t.text) || t.e.ordinal != 0 ||
		has(t.text, revisionWords) || bareFollowUp(t.text) {
		// ("what about Hongdae instead?", "그날 말고 화요일은?", "회색은?"
		// say the task again with another value: not aside.)
		return false
	}
	tool := t.tool(intent)
	return tool != nil && tool.Effect == skills.Read
}

// cancelsInstead: "ugh, Yuki's out sick. cancel the retro" while the
// invitation to it waits — a verb of cancelling, and the classifier's
// reading cancels a thing the user has, which the task under way (one
// that cancels nothing) cannot do: the names and words in the text are
// not that task's details (Yuki filled in as its guest).
func (t *turn) cancelsInstead(cur, intent string) bool {
	return intent != cur && cancelVerbRe.MatchString(t.text) && t.actsOnItem(intent) && !t.actsOnItem(cur)
}

// takesAddress: one of in's slots is a delivery address.
func takesAddress(in *intentOf) bool {
	for _, s := range in.Slots {
		if s.Unit == "address" {
			return true
		}
	}
	return false
}

// sureAside is how sure the classifier must be of a look-up asked aside
// (see asksAside): the likelier reading, however unsure ("hold on, who is
// Minsu exactly?" 0.55).
const sureAside = 0.5

// pendingSlots are the ids the call waiting for its button acts on, as
// the understanding's slots: "Please confirm that one." asks for that
// call, with what it acts on (its id argument), not for nothing in
// particular (post15's frames of a booking's confirmation).
func pendingSlots(pd *agents.Pending) map[string]string {
	var args map[string]any
	if pd == nil || json.Unmarshal(pd.Args, &args) != nil || len(args) == 0 {
		return nil
	}
	out := map[string]string{}
	for k, v := range args {
		// (what the call acts on — its ids — not how: an amount, a card)
		if x, ok := v.(string); ok && x != "" && strings.HasSuffix(k, "_id") {
			out[k] = x
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// dropsFor: "아 그거 말고 그냥 오늘 내 일정이나 보여줘" while a search asks
// what time — the correction drops the task for another request, one
// the classifier leans to (as it switches tasks), with a verb of its own (show, tell): it
// names nothing of the task's lists of names, only a day any request
// may say, which made it the task "said again" (post15).
func (t *turn) dropsFor(cur, intent string, p float64) bool {
	in, other := t.m.intents[cur], t.m.intents[intent]
	if in == nil || other == nil || other.Handled || intent == cur || p < switchConfidence || !has(t.text, gen.Show) {
		return false
	}
	return !fillsNamed(in, t.extract(in, true))
}

// countOnly: a count of people said alone ("2명이요", "for 2 guests",
// "3명이요") while a task that takes a party is under way, or its list
// is shown, is that task's party — the request the classifier hears in a
// bare count (another skill's or another kind of booking) reads nothing
// else of the text. "" when it is not so.
func (t *turn) countOnly(intent string) string {
	if t.e.people == "" || t.e.date != "" || t.e.time != "" || t.e.ordinal != 0 || t.st.Pending != nil || len(strings.Fields(t.text)) > 4 {
		return ""
	}
	for _, name := range []string{t.st.Intent, t.slot("@card")} {
		if name == "" {
			continue
		}
		if name == intent {
			return ""
		}
		if !t.slotOf(name, dialogue.FromPeople) {
			continue
		}
		if in := t.m.intents[intent]; in != nil {
			for k := range t.extract(in, false) {
				switch sl, ok := in.Slots[k]; {
				case !ok, sl.From == dialogue.FromPeople, sl.From == dialogue.FromValue, sl.From == dialogue.FromMemory, sl.From == dialogue.FromContext, sl.From == dialogue.FromTool:
				default:
					return "" // ("2명 한식이요": a restaurant's cuisine)
				}
			}
		}
		return name
	}
	return ""
}

// judgeFirst: a long question read as thanks, a request for help or a
// remark about the user ("외국인 친구가 감사합니다랑 고맙습니다 중에 뭐가
// 맞냐고 묻는데…?", "when do i use has instead of have", "im vegetarian,
// how do i say no meat please in korean") may be what the avatar's
// judging tool answers (see dialogue.Fallback): the tool is asked first,
// and orElse — the reply the classifier's reading gives — is said only
// when the tool does not place the text. A short "고마워요" or "help" is
// not asked about, nor is a long text asked of a fallback bounded to a
// few words (a shop's search).
func (t *turn) judgeFirst(orElse agents.Step) (agents.Step, bool) {
	fb := t.m.fallback()
	if fb == nil || fb.MaxWords > 0 || t.m.intents[fb.Intent] == nil || orElse.Say == "" || t.st.Intent != "" || t.st.Pending != nil || t.slot("_seq") != "" ||
		!long(t.text) || !questionLike(t.text) {
		return agents.Step{}, false
	}
	u := t.u
	step := t.begin(fb.Intent, minConfidence)
	if t.st.Intent != fb.Intent {
		t.u = u
		return agents.Step{}, false
	}
	t.set("_else", orElse.Say)
	if u != nil {
		// what the reply said instead stands for (help, thanks)
		t.set("_else_as", u.Intent)
		t.set("_else_p", strconv.FormatFloat(u.Confidence, 'f', -1, 64))
	}
	return step, true
}

// undoDeclined makes the call the declined tool's result data names for a
// decline (a hold given back), its arguments from the declined call's.
func (t *turn) undoDeclined(p *agents.Pending) (agents.Step, bool) {
	return t.undoThen(p, nil)
}

// undoThen is undoDeclined, and after its result, next (stored in the
// state until then) instead of "all right, I won't".
func (t *turn) undoThen(p *agents.Pending, next *agents.Step) (agents.Step, bool) {
	if p == nil {
		return agents.Step{}, false
	}
	r := t.m.results[p.Tool]
	if r == nil || r.Declined == nil {
		return agents.Step{}, false
	}
	var was map[string]any
	if json.Unmarshal(p.Args, &was) != nil {
		return agents.Step{}, false
	}
	tool := t.tool(r.Declined.Tool)
	if tool == nil {
		return agents.Step{}, false
	}
	args := map[string]any{}
	for k, tpl := range r.Declined.Args {
		if v := t.fill(tpl, func(k string) (string, bool) { return fieldOf(was, k) }); v != "" {
			args[k] = typed(tool.Schema, k, v)
		}
	}
	if next != nil {
		b, err := json.Marshal(next)
		if err != nil {
			return agents.Step{}, false
		}
		t.set("_after_undo", string(b))
	}
	t.set("_declined", r.Declined.Tool)
	return agents.Step{Call: call(r.Declined.Tool, args)}, true
}

// questionWord marks a sentence that asks something, in Korean or English.
var questionWord = regexp.MustCompile(`(?i)[?？]|뭐|무엇|무슨|어떻게|어떤|왜|언제|어디|누가|누구|몇|얼마|어느|차이|맞아요|맞지|맞나요|나요$|까요$|^(what|how|why|when|where|who|which|is|are|do|does|can|should)\b|\b(how do|how to|what is|what's|when do|why do|difference)\b`)

func questionLike(text string) bool {
	return mayAsk(text) && questionWord.MatchString(strings.TrimSpace(text))
}

// questionWords are the literals of questionWord's Korean and punctuation
// alternatives; its other alternatives are English words.
var questionWords = [...]string{"?", "？", "뭐", "무엇", "무슨", "어떻게", "어떤", "왜", "언제", "어디", "누가", "누구", "몇", "얼마", "어느",
	"차이", "맞아요", "맞지", "맞나요", "나요", "까요"}

// mayAsk reports whether text holds something every match of
// questionWord must (TestEntsGates): one of questionWords or an ASCII
// letter.
func mayAsk(text string) bool {
	if hasLatin(text) {
		return true
	}
	for _, w := range questionWords {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// long: more than a short reply ("됐어", "never mind") — five words, or ten
// letters of Korean.
func long(text string) bool {
	n := 0
	for _, r := range text {
		if r >= 0xAC00 && r <= 0xD7A3 {
			n++
		}
	}
	return len(strings.Fields(text)) >= 5 || n >= 10
}

func isCorrection(text string) bool { return has(text, gen.Correction) }

// correcting: the text changes a slot of the task in progress ("what
// about saturday instead", "아니 6시로"), so its "no" is not a cancellation.
func (t *turn) correcting() bool {
	in := t.m.intents[t.st.Intent]
	return in != nil && isCorrection(t.text) && len(t.extract(in, true)) > 0
}

func (t *turn) cancel() agents.Step {
	had := t.st.Intent != "" || t.slot("_seq") != ""
	t.finish()
	t.st.Stack = nil
	if t.st.Pending != nil {
		t.st.Pending = nil // the card's nonce will no longer be accepted
		return agents.Step{Say: t.say("brain.cancelled_pending")}
	}
	if had {
		return agents.Step{Say: t.say("brain.cancelled")}
	}
	if t.e.ordinal != 0 && !t.pickable() {
		// "2번으로 할게요" with no list on screen (its ending sounds like
		// "안 할게요"): a pick of nothing, told so — not "알겠어요." for
		// nothing done (a new user's trial).
		return agents.Step{Say: t.say("brain.no_list", "help", t.help())}
	}
	if cancelsThing.MatchString(t.text) && thingNamed.MatchString(t.text) {
		// "그냥 그 약속 취소해 줘" with nothing under way and nothing
		// booked answered "알겠어요." as if something were undone
		// (trial13): nothing was, and the user is told so.
		return agents.Step{Say: t.say("brain.nothing_to_cancel")}
	}
	return agents.Step{Say: t.say("brain.ok")}
}

var (
	// cancelsThing: a word of cancelling ("취소", "cancel", "call off").
	cancelsThing = regexp.MustCompile(`(?i)취소|\bcancel|\bcall\s+(?:it\s+)?off\b`)
	// thingNamed: something that is cancelled named, not the request in
	// progress ("그 약속", "my booking", "that dinner").
	thingNamed = regexp.MustCompile(`(?i)약속|예약|미팅|회의|일정|주문|모임|스케줄|\b(?:meetings?|bookings?|reservations?|appointments?|events?|orders?|dinner|lunch|table|plans?)\b`)
)

// help says what this avatar can do, from its skills' data.
func (t *turn) help() string {
	var parts []string
	for _, f := range t.m.files {
		parts = append(parts, f.Help.In(t.lang))
	}
	if len(parts) == 0 {
		return t.say("brain.nothing_to_offer")
	}
	return strings.Join(parts, " ")
}

// clarify answers an utterance the brain is not sure about: a stated fact
// is acknowledged; otherwise it asks, naming what the avatar can do. It
// never falls back into a task silently.
func (t *turn) clarify(preds []scored) agents.Step {
	p := 0.0
	if len(preds) > 0 {
		p = preds[0].P
	}
	t.understood(OutOfScope, p, nil)
	if facts := agents.ExtractFacts(t.text, t.Now); len(facts) > 0 {
		// "참고로 저는 채식주의자예요": nothing to do now, but worth
		// keeping (the conversation has stored it); say so.
		var labels []string
		for _, f := range facts {
			labels = append(labels, factLabel(f, t.lang))
		}
		return agents.Step{Say: t.say("brain.noted", "facts", strings.Join(labels, ", "))}
	}
	if ptr := t.pointer(); ptr != "" {
		// "how do you say nice to meet you in Korean?" to the assistant:
		// not its to answer, but the world's tutor's.
		return agents.Step{Say: ptr + " " + t.help()}
	}
	return agents.Step{Say: t.say("brain.not_sure", "help", t.help())}
}

// factLabel says a remembered fact in lang ("식단 비건", "diet vegan").
func factLabel(f agents.Fact, lang string) string {
	v := f.Value
	if id := "fact.value." + v; hasMessage(id) {
		v = words.Say(lang, id) // "vegan" → "비건" (protocol/words/messages)
	}
	switch f.Key {
	case "diet":
		return words.Say(lang, "fact.diet", "value", v)
	case "allergy":
		return words.Say(lang, "fact.allergy", "value", words.Allergen(v, lang))
	case "budget":
		return words.Say(lang, "fact.budget", "value", v)
	case "cuisine":
		return words.Say(lang, "fact.cuisine", "value", v)
	case "level":
		return words.Say(lang, "fact.level", "value", v)
	}
	return f.Key + " " + v
}

// hasMessage: the catalogs have a message of that id.
func hasMessage(id string) bool {
	_, ok := words.Placeholders("ko", id)
	return ok
}

// maxFrameAge is how many of the user's messages an interrupted task
// waits to be come back to: after more, the user has moved on (a hotel's
// "When do you check in?" left unanswered came back after a restaurant's
// confirmation many messages later).
const maxFrameAge = 4

// ageStack counts a message of the user's for each interrupted task.
func (t *turn) ageStack() {
	for i, f := range t.st.Stack {
		n, _ := strconv.Atoi(f.Slots["_age"])
		slots := make(map[string]string, len(f.Slots)+1)
		for k, v := range f.Slots {
			slots[k] = v
		}
		slots["_age"] = strconv.Itoa(n + 1)
		t.st.Stack[i].Slots = slots
	}
}

// resume returns to an interrupted task, if any, after one finishes.
// The task just finished is never returned to (a frame of it, pushed
// when the user digressed from its list, would ask to pick from the list
// already acted on: "예약이 확정됐어요. 아까 하던 일로 돌아갈게요: 어느 것으로
// 할까요?"), and a frame keeps no choices from the finished task's card.
func (t *turn) resume(step agents.Step) agents.Step {
	if t.finished != "" || t.reached != "" {
		var keep []agents.Frame
		for _, f := range t.st.Stack {
			if f.Intent == t.finished || f.Intent == t.reached {
				// Its goal was reached, here or another way (the meeting
				// the user booked from a search of free times is the
				// invitation the digressed task still asked "when?" for).
				continue
			}
			if f.Slots["@card"] == t.finished {
				f.Options = nil
				slots := map[string]string{}
				for k, v := range f.Slots {
					if k != "@card" {
						slots[k] = v
					}
				}
				f.Slots = slots
			}
			keep = append(keep, f)
		}
		t.st.Stack = keep
	}
	if len(t.st.Stack) == 0 || t.st.Intent != "" {
		return step
	}
	var fresh []agents.Frame
	for _, f := range t.st.Stack {
		if n, _ := strconv.Atoi(f.Slots["_age"]); n <= maxFrameAge {
			fresh = append(fresh, f)
		}
	}
	if t.st.Stack = fresh; len(fresh) == 0 {
		return step
	}
	f := t.st.Stack[len(t.st.Stack)-1]
	t.st.Stack = t.st.Stack[:len(t.st.Stack)-1]
	shown := t.slot("@shown")
	if c := f.Slots["@card"]; t.listed != "" && c != "" && !strings.HasPrefix(c, "pick:") && (t.st.Pending != nil || c != f.Intent && !t.asksPickFromCard(f)) {
		// "내 예약 보여줘" while a hold waits for its button: the list
		// now on screen is the bookings — "첫번째꺼 취소해줘" means its
		// first line, not the restaurant the frame's older card showed
		// and that was picked from already (the hold waits, or the frame
		// is a later task: a checkout asking for the card after the
		// search's product went into the cart). A frame still waiting
		// for a pick from its own list — a search, a "which one?" card of
		// its own question — keeps its choices.
		f.Options = nil
		slots := map[string]string{}
		for k, v := range f.Slots {
			if k != "@card" {
				slots[k] = v
			}
		}
		f.Slots = slots
	}
	heard := t.slot("@heard")
	t.st.Intent, t.st.Slots, t.st.Options = f.Intent, f.Slots, f.Options
	delete(t.st.Slots, "_age") // (a copy of ageStack's, when there)
	if shown != "" {
		t.set("@shown", shown) // what is on screen now, whatever the frame saw
	}
	t.set("@heard", heard) // the last text heard is this turn's, not the frame's (see unseen)
	t.set("_resumed", "1") // (until answered: see proceed)
	back := t.say("brain.back")
	if t.st.Pending != nil {
		// The list was picked from and the pick waits for its button:
		// "어느 것으로 할까요?" would ask for the pick again.
		back += t.say("brain.confirm_waiting")
	} else if q := t.slot("_asking"); q != "" && (len(f.Options) == 0 || t.asksNoPick(f.Intent, q)) {
		// (A list the task was started from stays pickable, but the
		// question it asks is not "어느 것으로 할까요?": a checkout asked
		// "배송으로 받으실까요, …" after a side question, not for a pick
		// from the search before it.)
		if in := t.m.intents[f.Intent]; in != nil {
			for _, a := range in.Ask {
				if a.Slot == q {
					back += a.In(t.lang)
					// The question's quick replies hold again: "1" to
					// "배송으로 받으실까요, 매장에서 픽업하실까요?" asked
					// again after "장바구니 보여줘" is its first reply (it
					// read the cart's first line and took it out).
					t.keepReplies(a)
					if step.Card == nil {
						step.Card = t.askCard(a)
					}
				}
			}
		}
	} else if len(f.Options) > 0 {
		back += t.say("brain.which_one")
	} else {
		back += t.say("brain.go_on")
	}
	step.Say = endSentence(step.Say) + back
	return step
}

// endSentence ends s with a full stop when its last sentence has none, so
// a sentence appended after it does not run on ("…오후 6시 아까 하던 일로"
// was one sentence).
func endSentence(s string) string {
	s = strings.TrimRight(s, " ")
	if s == "" {
		return s
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".!?:;。！？…)]」』\"'’”", r) {
		return s
	}
	return s + "."
}

// dayAfterRe is a day said against the one the task is about: "what
// about the next day?", "the day after instead", "the following day", "the
// day before" — not "the day after tomorrow", which the entity grammar
// reads against today.
var dayAfterRe = regexp.MustCompile(`(?i)\b(?:the\s+)?(?:next|following)\s+day\b|\b(?:the\s+)?day\s+(after|before)(?:\s+that)?\b(\s+tomorrow|\s+yesterday)?`)

// taskDay is the day (YYYY-MM-DD) of the task under way or last shown: its
// date, check-in, first day searched or start; "" if it has none.
func (t *turn) taskDay() string {
	for _, k := range []string{"date", "check_in", "from", "start"} {
		if v := t.slot(k); len(v) >= 10 {
			if _, err := time.Parse("2006-01-02", v[:10]); err == nil {
				return v[:10]
			}
		}
	}
	return ""
}

// dayAfterSaid is text with a day said against day ("the next day") written
// as that date ("Dec 12"), so a follow-up moves the task to it as "what
// about Saturday?" does; "" when text says no such day or day is "".
func dayAfterSaid(text, day string) string {
	if day == "" {
		return ""
	}
	m := dayAfterRe.FindStringSubmatchIndex(text)
	if m == nil || m[4] >= 0 {
		return ""
	}
	d, err := time.Parse("2006-01-02", day)
	if err != nil {
		return ""
	}
	step := 1
	if m[2] >= 0 && strings.EqualFold(text[m[2]:m[3]], "before") {
		step = -1
	}
	return text[:m[0]] + d.AddDate(0, 0, step).Format("Jan 2") + text[m[1]:]
}

// alternatives rewrites a tool's list of alternatives ("Minsu Kim or
// Minsu Park or Minsu Lee", as a tool joins them) for a reply: in Korean
// a list the template closes with 중 ("김민수, 박민수 중 누구인가요?"); in
// English the list keeps its "or" before the last ("“Minsu” could be Minsu
// Kim, Minsu Park or Minsu Lee"), which replacing every " or " by a comma
// had dropped ("could be Minsu Kim, Minsu Park. Which one?").
func alternatives(v, lang string) string {
	parts := strings.Split(v, " or ")
	if lang != "en" || len(parts) < 2 {
		return strings.Join(parts, ", ")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " or " + parts[len(parts)-1]
}

// onError explains a failed tool call in the user's language: the data's
// explanation if it has one, else the generic codes'.
func (t *turn) onError(r *skills.Result) agents.Step {
	e := r.Error
	if spec := t.m.results[r.Tool]; spec != nil {
		for _, es := range spec.Errors {
			if es.Code != e.Code || es.Retry && t.st.Intent == r.Tool {
				// (a retry of the very call that failed would fail again,
				// until "too many steps": the next entry explains it)
				continue
			}
			var groups []string
			if re := es.Regexp(); re != nil {
				groups = re.FindStringSubmatch(e.Message)
				if groups == nil {
					continue
				}
			}
			say := t.fill(es.In(t.lang), func(k string) (string, bool) {
				var n int
				if _, err := fmt.Sscanf(k, "%d", &n); err == nil && n < len(groups) {
					v := groups[n]
					if n > 0 && k == fmt.Sprint(n) {
						v = alternatives(v, t.lang)
					}
					return v, true
				}
				return t.lookupSlot(k)
			})
			for _, c := range es.Clear {
				if in := t.m.intents[t.st.Intent]; in != nil && in.Slots[c] != nil && in.Slots[c].From == dialogue.FromDateTime && in.Slots[c].Of == "" {
					// A time refused keeps its day: "11am" next is that
					// day's 11 o'clock, not today's.
					if day, _, ok := strings.Cut(t.slot(c), "T"); ok {
						t.set(c+"#date", day)
					}
				}
				t.set(c, "")
			}
			if es.Instead != nil {
				if tool := t.tool(es.Instead.Tool); tool != nil {
					args := map[string]any{}
					for k, tpl := range es.Instead.Args {
						if v := t.fill(tpl, t.lookupSlot); v != "" {
							args[k] = typed(tool.Schema, k, v)
						}
					}
					t.finish()
					return agents.Step{Say: say, Call: call(es.Instead.Tool, args)}
				}
			}
			if es.Retry && t.st.Intent != "" {
				step := t.proceed(t.st.Intent, nil, 1)
				step.Say = strings.TrimSpace(say + " " + step.Say)
				return step
			}
			if len(es.Clear) > 0 && t.st.Intent != "" {
				if in := t.m.intents[t.st.Intent]; in != nil {
					step := t.ask(in)
					if step.Call == nil {
						step.Say = say
						return step
					}
				}
				return agents.Step{Say: say}
			}
			t.finish()
			return agents.Step{Say: say}
		}
	}
	switch e.Code {
	case skills.CodeConfirmationInvalid:
		t.finish()
		return agents.Step{Say: t.say("brain.confirmation_invalid")}
	case skills.CodeDeclined:
		t.finish()
		return agents.Step{Say: t.say("brain.payment_declined")}
	case skills.CodeForbidden:
		t.finish()
		return agents.Step{Say: t.say("brain.forbidden")}
	}
	t.finish()
	return agents.Step{Say: t.failed(e.Code)}
}

// failed is the sentence for a failed call the data does not explain, by
// its code. A tool's message is for developers and the LLM brain (in
// English, with ids and schema paths: "(arguments): missing property
// 'class_quiz_id'"), so the user hears a sentence in their language about
// what happened instead (the conversation logs the message of a call the
// tool refused as made: agents/conversation.go).
func (t *turn) failed(code string) string {
	switch code {
	case skills.CodeInvalidArguments:
		return t.say("brain.not_understood")
	case skills.CodeNotFound:
		return t.say("brain.not_found")
	case skills.CodeConflict:
		return t.say("brain.conflict")
	case skills.CodeUnavailable:
		return t.say("brain.unavailable")
	}
	return t.say("brain.failed")
}

// placed reads the fallback result's boolean at path (true when absent or
// unreadable: only a tool that says "not placed" is taken at its word).
func placed(r *skills.Result, at string) bool {
	if r == nil || r.Status != skills.StatusOK {
		return true
	}
	var data any
	if json.Unmarshal(r.Data, &data) != nil {
		return true
	}
	if paths := strings.Split(at, "|"); len(paths) > 1 {
		// "results|not_sold": placed when any of them is said — goods
		// found, or a bare "scarves" named as goods the shop does not
		// sell (it says so, rather than "not sure what you'd like").
		for _, p := range paths {
			if xs, isList := path(data, p).([]any); isList {
				if len(xs) > 0 {
					return true
				}
			} else if v, ok := fieldOf(data, p); ok && v != "" && v != "false" {
				return true
			}
		}
		return false
	}
	v, ok := fieldOf(data, at)
	if xs, isList := path(data, at).([]any); isList {
		return len(xs) > 0 // a list: placed when the tool found something
	}
	return !ok || v != "false"
}

// greeting is the avatar's greeting with its suggested questions as quick
// replies (a "replies" card: pressing one asks it).
func greeting(a *avatars.Avatar, lang string) agents.Step {
	st := agents.Step{Say: a.Greeting(lang)}
	if sg := a.Suggestions(lang); len(sg) > 0 {
		st.Card = &protocol.Card{Kind: protocol.CardReplies, Title: words.Say(lang, "brain.try_asking")}
		for _, q := range sg {
			st.Card.Items = append(st.Card.Items, protocol.CardItem{ID: q, Title: q})
		}
	}
	return st
}

// morePeopleRe says how many more people come: "한 명 더", "두 분 더",
// "one more person", "2 more guests".
var morePeopleRe = regexp.MustCompile(`(?i)(한|두|세|네|\d{1,2})\s*(?:명|분|사람)\s*(?:이\s*|만\s*)?더|\b(one|two|three|four|\d{1,2})\s+more\s+(?:person|people|guests?|of\s+us|adults?|friends?)\b`)

// morePeople is how many more people the text says come, or 0.
func morePeople(text string) int {
	m := morePeopleRe.FindStringSubmatch(text)
	if m == nil {
		return 0
	}
	w := strings.ToLower(m[1] + m[2])
	if n, ok := map[string]int{"한": 1, "두": 2, "세": 3, "네": 4, "one": 1, "two": 2, "three": 3, "four": 4}[w]; ok {
		return n
	}
	n, _ := strconv.Atoi(w)
	return n
}

// partyNow is the count of people of the task in progress, or of the
// list shown (0 when none was said).
func (t *turn) partyNow() int {
	for _, name := range []string{t.st.Intent, t.slot("@card")} {
		in := t.m.intents[name]
		if in == nil {
			continue
		}
		for k, s := range in.Slots {
			if s.From != dialogue.FromPeople {
				continue
			}
			if v, err := strconv.Atoi(t.slot(k)); err == nil && v > 0 {
				return v
			}
		}
	}
	return 0
}

// revisesProposal: a correction to the confirmation card pending ("제목은
// 분기 리뷰로 해줘", "actually make it 3 people") or to the one declined
// just before ("아니 오전 9시요 오전!") changes that proposal and proposes
// it again, its other arguments kept — never another task made of the
// correction's words (a personal event titled "아니", an invite without
// its invitees).
// movesTimeRe: a word of moving a time ("4시로 옮겨", "push it to 5").
var movesTimeRe = regexp.MustCompile(`(?i)옮겨|옮기|미뤄|미루|당겨|늦춰|앞당|바꿔|변경|\b(?:move|push|shift|reschedule|change|make\s+it)\b`)

// movesProposal: "그 미팅 4시로 옮겨" while the card proposing the meeting
// waits moves what the card proposes (trial13 answered "옮길 일정이
// 없어요." and the card, pressed, set it at the old hour): a word of
// moving with a day or an hour said, nothing picked by its place.
func movesProposal(t *turn) bool {
	return t.st.Pending != nil && movesTimeRe.MatchString(t.text) && (t.e.time != "" || t.e.bareHour != 0 || t.e.date != "") && t.e.ordinal == 0
}

func (t *turn) revisesProposal() (agents.Step, bool) {
	p := t.st.Pending
	if p == nil && t.declined != "" {
		var d agents.Pending
		if json.Unmarshal([]byte(t.declined), &d) == nil {
			p = &d
		}
	}
	if p == nil {
		return agents.Step{}, false
	}
	in := t.m.intents[p.Tool]
	if in == nil {
		return agents.Step{}, false
	}
	title := newTitle(t.text)
	if title == "" && !isCorrection(t.text) && !movesProposal(t) {
		return agents.Step{}, false
	}
	var args map[string]any
	if json.Unmarshal(p.Args, &args) != nil {
		return agents.Step{}, false
	}
	was := map[string]string{}
	for name := range in.Slots {
		if v, ok := args[name]; ok && v != nil {
			was[name] = argText(v)
		}
	}
	keepIntent, keepSlots := t.st.Intent, t.st.Slots
	t.start(p.Tool)
	for k, v := range was {
		t.set(k, v)
	}
	fills := t.extract(in, true) // (a text slot is not filled: "아니" is no title)
	if title != "" {
		lt := strings.ToLower(title)
		for k, v := range fills {
			if v != "" && strings.Contains(lt, strings.ToLower(v)) {
				delete(fills, k) // ("call it Quarterly review": no person named Quarterly)
			}
		}
		for name, sl := range in.Slots {
			if sl.From == dialogue.FromText && sl.Unit != "address" && (name == "title" || len(fills) == 0) {
				fills[name] = title
				break
			}
		}
	}
	if s := fills["start"]; s != "" && t.e.date == "" && was["start"] != "" && len(s) >= 10 && len(was["start"]) >= 10 {
		// an hour said alone is on the proposal's day
		fills["start"] = was["start"][:10] + s[10:]
	}
	changed := false
	for k, v := range fills {
		changed = changed || v != was[k]
	}
	if !changed {
		t.st.Intent, t.st.Slots = keepIntent, keepSlots
		return agents.Step{}, false
	}
	t.st.Pending = nil // the card's nonce will no longer be accepted: a new card follows
	step := t.proceed(p.Tool, fills, switchConfidence)
	if title == "" && !isCorrection(t.text) {
		t.moved = map[string]string{}
		for k, v := range fills {
			if v != was[k] {
				t.moved[k] = v
			}
		}
	}
	return step, true
}

// newTitleRe: "제목은 분기 리뷰로 해줘", "이름은 X로 바꿔줘", "call it X",
// "make the title X", "title it X".
var (
	newTitleKoRe = regexp.MustCompile(`(?:제목|이름|타이틀)\s*(?:은|는|을|를)?\s*[‘'"“]?(.+?)[’'"”]?\s*(?:으로|로)\s*(?:해|바꿔|바꾸|변경|하자|할게|정해|가자)`)
	newTitleEnRe = regexp.MustCompile(`(?i)(?:call it|name it|title it|(?:make|change|set) the (?:title|name)(?: to)?|(?:the )?title (?:should be|is))\s+["“'‘]?(.+?)["”'’]?\s*(?:instead|please|pls)?\s*[.!]*$`)
)

// newTitle is the title the text gives the proposal, "" if it gives none.
func newTitle(text string) string {
	for _, re := range []*regexp.Regexp{newTitleKoRe, newTitleEnRe} {
		if m := re.FindStringSubmatch(text); m != nil {
			if v := strings.TrimSpace(m[1]); v != "" && len([]rune(v)) <= 100 {
				return v
			}
		}
	}
	return ""
}

// argText is a tool argument as a slot holds it ("민수,지영" for a list).
func argText(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, argText(e))
		}
		return strings.Join(out, ",")
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	}
	raw, _ := json.Marshal(v)
	return string(raw)
}

// The day the conversation is about, kept in one place: slotDay is the
// day last said — by the user ("토요일 저녁에"), or by the avatar in a
// result about one thing on one day (the event just added, the table
// held) or a look at one day's calendar — which "그날", "that day"
// point back at. slotDayLooked marks a day just looked at (one day's
// calendar) that the next request takes as its own when it names none
// ("내일 일정 보여줘" then "6시에 요가 넣어줘"; see begin).
const (
	slotDay       = "@said_date"
	slotDayLooked = "@day"
)

// thatDayRe points back at the day the conversation is about: "그날",
// "그 날", "같은 날", "that day", "the same day".
var thatDayRe = regexp.MustCompile(`(?i)(?:그\s?|같은\s?)날(?:[^씨개]|$)|\b(?:that|the same)\s+(?:day|date)\b`)

// bareHourFix is a new hour said bare as a correction: "make it 8
// instead", "how about 7:30?" (no time entity: a bare number).
var bareHourFix = regexp.MustCompile(`(?i)^\s*(?:(?:no|nah|actually|wait|sorry|oh|hmm)[,!\s]+)*(?:make it|change it to|move it to|how about|what about|let'?s do)\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:pm|am|p\.m\.|a\.m\.)?\s*(?:instead|then|please|pls)?\s*[.!?]*\s*$`)

// cardHourRe is a bare hour said to a card of times: "9 then", "ok 9
// works", "let's do 9".
var cardHourRe = regexp.MustCompile(`(?i)^\s*(?:(?:ok(?:ay)?|yeah|then|so|hmm|um)[,\s]+)*(?:let'?s (?:do|go with|say)\s+|how about\s+)?(\d{1,2})\s*(?:then|works|is (?:fine|good|ok)|please|pls|it is)?\s*[.!]*\s*$`)

// optionAtHour is the one option (1-based; 0 for none) at the time the
// text says; an hour said without 오전/오후/am/pm is either half of the day,
// whichever the card has.
func (t *turn) optionAtHour() int {
	if t.e.time != "" {
		if n := t.optionAt(t.e.time); n != 0 || !t.e.timeAmbiguous {
			return n
		}
	}
	hm := t.e.time
	if hm == "" {
		h := t.e.bareHour
		if m := cardHourRe.FindStringSubmatch(t.text); h == 0 && m != nil {
			h, _ = strconv.Atoi(m[1]) // "9 then", "ok 9 works"
		}
		if h < 1 || h > 12 {
			return 0
		}
		hm = fmt.Sprintf("%02d:00", h)
	}
	var h, m int
	if _, err := fmt.Sscanf(hm, "%d:%d", &h, &m); err != nil {
		return 0
	}
	found := 0
	for _, hh := range []int{h % 12, h%12 + 12} {
		if n := t.optionAt(fmt.Sprintf("%02d:%02d", hh, m)); n != 0 {
			if found != 0 && found != n {
				return 0 // 9 AM and 9 PM both on the card
			}
			found = n
		}
	}
	return found
}

// cancelsItem: the text asks intent to undo something of the user's (a
// booking, an event) by its words ("cancel the hanok booking", "예약
// 취소해"): an irreversible call on an item picked from their list. A
// task left for it is abandoned, not come back to after.
func (t *turn) cancelsItem(intent string) bool {
	in, tool := t.m.intents[intent], t.tool(intent)
	if in == nil || tool == nil || tool.Effect != skills.Irreversible {
		return false
	}
	for _, s := range in.Slots {
		if s.From == dialogue.FromPick && s.Pick != nil && len(s.Pick.Words) > 0 && has(t.text, s.Pick.Words) {
			return true
		}
	}
	return false
}

// pointedCancel: "아니다 그냥 취소해줘", "no wait, just cancel" right after
// a task acted on one item (an event moved) and with nothing under way
// asks to cancel that item — a new user's trial heard "알겠어요." and
// nothing was cancelled or restored. The likeliest intent of the same
// pack that cancels an item the user has is proposed for the item just
// talked about (its card asks before anything is done); "" when there is
// none, or the text names another thing.
func (t *turn) pointedCancel(preds []scored) string {
	of := t.slot("@said_of")
	if of == "" || t.slot("@said_id") == "" || !cancelsThing.MatchString(t.text) || thingNamed.MatchString(t.text) || t.e.ordinal != 0 {
		return ""
	}
	picked := func(intent string) map[string]bool {
		ns := map[string]bool{}
		for name, sl := range t.m.intents[intent].Slots {
			if sl.From == dialogue.FromPick {
				ns[name] = true
			}
		}
		return ns
	}
	for _, s := range preds {
		if s.Intent == of || t.m.intents[s.Intent] == nil || t.m.intents[of] == nil || !t.samePack(s.Intent, of) || !t.actsOnItem(s.Intent) {
			continue
		}
		// The item just talked about is of the kind the cancellation
		// picks: the task that acted on it picked it by the same slot
		// (an event moved, an event cancelled), or made it (an event
		// added) — not a product put in the cart, for an order's
		// cancellation.
		was, ok := picked(of), len(picked(of)) == 0
		for name := range picked(s.Intent) {
			ok = ok || was[name]
		}
		if ok {
			t.pointsBack = true
			return s.Intent
		}
		return ""
	}
	return ""
}

// actsOnItem: the intent does something that cannot be undone to a thing
// the user already has, picked from its list (cancelling a meeting, a
// booking or an order): what "cancel the …" asks of a skill.
func (t *turn) actsOnItem(intent string) bool {
	in, tool := t.m.intents[intent], t.tool(intent)
	if in == nil || tool == nil || tool.Effect != skills.Irreversible {
		return false
	}
	for _, s := range in.Slots {
		if s.From == dialogue.FromPick && s.Pick != nil {
			return true
		}
	}
	return false
}

// cancelVerbRe says to cancel or delete something, in either language.
var cancelVerbRe = regexp.MustCompile(`(?i)취소|캔슬|없던\s*(?:걸|것|거|일)로|지워|지우|삭제|\bcancel|\bcall(?:ing)?\s+(?:it\s+|that\s+|them\s+)?off\b|\bscrap|\bdelete|\bremove|\bdrop\b`)

// softenerRe is a word that softens a request without being part of it:
// a hesitation, "just", "never mind" ("아 그냥 취소해", "ah just cancel
// it", "아냐 그냥 회의 취소해 버려").
var softenerRe = regexp.MustCompile(`(?i)^(?:아+|어+|앗|음+|흠+|에이|에휴|아휴|그냥|걍|그냥요|아냐|아니|아니야|아뇨|뭐|좀|됐어|됐어요|됐고|됐다|잠깐|잠깐만|아이고|just|ah+|oh+|um+|uh+|hmm+|well|actually|ok|okay|nah|no|wait|oops|whoa|ugh|sorry|never\s*mind|nevermind|nvm|forget\s+it)$`)

// unsoftened is the text without its softeners (see softenerRe), and
// whether there were any and something else is left.
func unsoftened(text string) (string, bool) {
	text = strings.NewReplacer("never mind", "nevermind", "Never mind", "nevermind", "forget it", "nevermind").Replace(text)
	var kept []string
	cut := false
	for _, w := range strings.Fields(text) {
		if softenerRe.MatchString(strings.Trim(w, ",.!?…~")) {
			cut = true
			continue
		}
		kept = append(kept, w)
	}
	if !cut || len(kept) == 0 {
		return "", false
	}
	return strings.Join(kept, " "), true
}

// fromList is the list a pick was made from (see pickFromCard): the
// search, its details and its options, kept until the user's next text.
type fromList struct {
	Card    string            `json:"card"`
	Slots   map[string]string `json:"slots,omitempty"`
	Options []agents.Option   `json:"options"`
}

// keepFromList remembers the list on screen as the one the pick now made
// comes from, so that declining what the pick proposed (the guesthouse's
// hold) leaves that list to pick from again.
func (t *turn) keepFromList() {
	card := t.slot("@card")
	if card == "" || len(t.st.Options) == 0 {
		return
	}
	l := fromList{Card: card, Options: t.st.Options, Slots: map[string]string{}}
	src := t.st.Slots
	if t.st.Intent != card {
		src = nil
		for k, v := range t.st.Slots {
			if rest, ok := strings.CutPrefix(k, "@retry."); ok {
				l.Slots[rest] = v
			}
		}
	}
	for k, v := range src {
		if !strings.HasPrefix(k, "_") && !strings.HasPrefix(k, "@") && !strings.Contains(k, "#") {
			l.Slots[k] = v
		}
	}
	if b, err := json.Marshal(l); err == nil {
		t.set("@from_list", string(b))
	}
}

// backToList: the proposal a pick led to was declined ("알겠어요, 진행하지
// 않을게요"): the list it was picked from is on screen again, its search
// kept for a pick from it (as a search said again: see keepForRetry), so
// "담 게스트하우스로 할게요" or "the other one" picks from it — never the
// user's own bookings.
func (t *turn) backToList() {
	raw := t.slot("@from_list")
	t.set("@from_list", "")
	var l fromList
	if raw == "" || json.Unmarshal([]byte(raw), &l) != nil || t.m.intents[l.Card] == nil {
		return
	}
	t.keepForRetry(l.Card, l.Slots)
	t.st.Options = l.Options
	t.set("@card", l.Card)
}

// addressDetailRe is a text that is only the unit part of an address: a
// building and flat ("101동 202호", "3층"), or "Apt 3B", "unit 12", "#302".
var addressDetailRe = regexp.MustCompile(`(?i)^\s*((?:\d+\s*동\s*)?\d+\s*(?:호|층)|\d+\s*동|(?:apt\.?|apartment|unit|suite|flat|#)\s*\d+[a-z]?)\s*(?:이요|요|입니다|이에요|예요|please)?[.!]?\s*$`)

// addressHasDetailRe: an address that already names its flat or floor.
var addressHasDetailRe = regexp.MustCompile(`(?i)\d\s*(?:호|층)\b|\d+\s*동\s*$|(?:apt\.?|apartment|unit|suite|flat|#)\s*\d`)

// addressDetail is the intent's address slot and the address with the
// text added when the text is only the unit part of an address and the
// address already given (not the question now) has none yet: typed as its
// own message it completes that address (a trial's "101동 202호" was
// dropped and the order went to the street alone).
func (t *turn) addressDetail(in *intentOf, asking string) (string, string) {
	m := addressDetailRe.FindStringSubmatch(t.text)
	if m == nil {
		return "", ""
	}
	for name, sl := range in.Slots {
		if sl.Unit != "address" || name == asking {
			continue
		}
		if cur := t.slot(name); cur != "" && !addressHasDetailRe.MatchString(cur) {
			return name, strings.TrimSpace(cur) + " " + m[1]
		}
	}
	return "", ""
}

// addressSays fills the question asked from a street address said to it
// when the intent's address slot is asked only for one of its answers
// ("when": "fulfilment=delivery"): that answer, and the address.
func (t *turn) addressSays(in *intentOf, asking string) map[string]string {
	if asking == "" || in.Slots[asking] == nil || in.Slots[asking].Unit == "address" {
		return nil
	}
	a := address(t.text)
	if a == "" {
		return nil
	}
	for name, sl := range in.Slots {
		if sl.Unit != "address" {
			continue
		}
		k, v, ok := strings.Cut(sl.When, "=")
		if !ok || k != asking || strings.ContainsAny(v, "|,") {
			continue
		}
		return map[string]string{asking: v, name: answerAddress(t.text, a, sl.Strip)}
	}
	return nil
}

// asksNoPick: the intent's slot asked is not one picked from a list.
func (t *turn) asksNoPick(intent, slot string) bool {
	in := t.m.intents[intent]
	if in == nil || in.Slots[slot] == nil {
		return false
	}
	return in.Slots[slot].From != dialogue.FromPick
}

// greetingOnlyRe: a greeting and a how-are-you, nothing asked ("hi, how
// are you?", "안녕하세요 잘 지내셨어요?").
var greetingOnlyRe = regexp.MustCompile(`(?i)^\W*(?:hi|hello|hey|good\s+(?:morning|afternoon|evening)|안녕하세요|안녕|반가워요|반갑습니다)?\W*(?:how\s+are\s+you(?:\s+doing)?|how'?s\s+it\s+going|what'?s\s+up|잘\s*지내(?:셨어요|세요|요)?|잘\s*지냈어요)?\W*$`)

func greetingOnly(text string) bool { return greetingOnlyRe.MatchString(text) }

// casualGreetRe is a greeting alone in a borrowed or casual word ("굿모닝~",
// "하이루", "좋은 아침이요", "hiya", "mornin'"), to whoever is around.
var casualGreetRe = regexp.MustCompile(`(?i)^[\s~!.,^*ㅎㅋ]*(?:굿\s*모닝|굿\s*애프터눈|굿\s*이브닝|하이루|하이|헬로우?|할로|안뇽|하잉|ㅎㅇ|좋은\s*아침(?:이에요|입니다)?|hiya|howdy|heya|yo|g'?morning|mornin[g']?|hey+|hi+|hello+)(?:[\s,~!.]*(?:요|여|용|everyone|all|there|guys|y'?all|다들|여러분))*[\s~!.,^*ㅎㅋ:)]*$`)

// farewellRe says goodbye ("안녕히 계세요", "잘 있어요", "다음에 또 올게요",
// "bye", "see you tomorrow"); thanksRe says thanks.
var (
	farewellRe = regexp.MustCompile(`(?i)안녕히\s*(?:계세요|가세요|계십시오|가십시오|계셔요|주무세요)|잘\s*(?:있어|있으세요|계세요|가요|가세요|자요)|또\s*(?:올게|봐요|봬요|뵐게|만나요|봐\b)|다음에\s*(?:또\s*)?(?:봐|봬|뵐|만나|올게)|내일\s*(?:또\s*)?(?:봐요|봬요|뵐게|만나요)|수고하세요|\bbye\b|\bgoodbye\b|\bbye-bye\b|\bsee\s+(?:you|ya)\b|\bgood\s*night\b|\bcya\b|\bfarewell\b|\bttyl\b`)
	thanksRe   = regexp.MustCompile(`(?i)고마|감사|땡큐|\bthanks?\b|\bthx\b|\bty\b|\bthank\s+you\b`)
)

// notFarewellRe: a question about a goodbye ("안녕히 가세요랑 안녕히
// 계세요 차이가 뭐예요?", "how do I say goodbye?") is a lesson's, not one.
var notFarewellRe = regexp.MustCompile(`(?i)어떻게|뭐|언제|차이|의미|뜻|말해|설명|알려|가르쳐|["“”]|\b(?:how|what|when|which|why|say|mean|means|write|letter|note)\b`)

// farewell: the text says goodbye (and asks nothing about one).
func farewell(text string) bool {
	return farewellRe.MatchString(text) && !notFarewellRe.MatchString(text) && !asksQuestion(text) && len(strings.Fields(text)) <= 10
}

// askWhich asks which option of the list shown the user means, naming
// them ("이걸로 할게요" to three places: nothing is held on a guess).
func (t *turn) askWhich(p float64) agents.Step {
	var names []string
	for i, o := range t.st.Options {
		names = append(names, strconv.Itoa(i+1)+") "+o.Label)
	}
	if spec := t.m.results[t.slot("@card")]; spec != nil && spec.Pick != nil && t.tool(spec.Pick.Tool) != nil {
		t.understood(spec.Pick.Tool, p, nil)
	} else {
		t.understood(OutOfScope, p, nil)
	}
	return agents.Step{Say: t.say("brain.which_of", "options", strings.Join(names, ", "))}
}

// helpLeadRe: the words that ask for help with a request said with them
// ("can you help me book …", "help me find …", "…예약 좀 도와줄래요?").
var helpLeadRe = regexp.MustCompile(`(?i)^\s*(?:(?:hi|hey|hello)[,!.\s]+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?help\s+me|(?:please\s+)?help\s+me|i\s+need\s+(?:some\s+)?help)\s+(?:to\s+|with\s+)?|\s*(?:좀\s*)?도와\s*(?:줄래요?|주세요|줘요?|주실래요?|주실\s*수\s*있나요|줄\s*수\s*있어요?)\s*[?？.!]*\s*$`)

// thanksLike: a text that thanks or closes ("great, thanks, that's all
// I needed"), whatever it points at.
func thanksLike(text string) bool {
	return closingRe.MatchString(text)
}

var closingRe = regexp.MustCompile(`(?i)\b(?:thanks|thank\s+you|thx|that'?s\s+all|that\s+is\s+all)\b|고마워|감사|됐어요|그게\s*다`)
