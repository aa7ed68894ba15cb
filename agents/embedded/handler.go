package embedded

import (
	"context"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/nlu/entity"
	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills"
)

// Handler is dialogue a skill's data cannot express — a class quiz's
// turn-taking, where one student's answer moves the whole room on. The
// skill's own package registers it (never this package), and the brain
// offers it every user text and tool result of avatars that have the
// skill, before its own handling.
type Handler interface {
	// Text sees a user's text with the classifier's best intent and its
	// probability; ok=false lets the brain go on.
	Text(t *Turn, intent string, p float64) (step agents.Step, ok bool)
	// Result sees a tool's result; ok=false lets the brain go on.
	Result(t *Turn, r *skills.Result) (step agents.Step, ok bool)
}

// Early is a Handler that also sees a user's text before the brain
// reads it at all — before a text is split into two requests, and before
// a place in a list picks from the card: "compare 1 and 2" is neither
// two picks nor one, and "아까 보여준 목록에서 2번 담아줘" picks from a list
// no longer on the card. Early sees no classifier reading; ok=false lets
// the brain go on.
type Early interface {
	Early(t *Turn) (step agents.Step, ok bool)
}

// Grounding is a Handler whose skill answers some texts from its own
// grounded content (a lesson passage its retrieval finds above the skill's
// calibrated threshold). Grounds says whether it would answer t's text so,
// without side effects: it may look up through read tools (t.Call) and
// must not change the turn's state. The brain asks it for agents.Grounder.
type Grounding interface {
	Grounds(t *Turn) bool
}

// Covering is a Handler whose skill can say, from its own content alone
// (no tools: the avatar asking may not have them), whether it answers a
// text. Another avatar asked something it cannot help with names the
// avatar whose skill covers it (pointer).
type Covering interface {
	Covers(text, lang string) bool
}

// pointer is a line naming another avatar of the world whose skill
// covers the text ("Ms. Hana can help with that"), or ""
// when none does.
func (t *turn) pointer() string {
	for _, a := range t.Turn.Others {
		for _, sk := range a.Skills {
			handlersMu.RLock()
			h := registered[sk]
			handlersMu.RUnlock()
			if c, ok := h.(Covering); ok && c.Covers(t.text, t.lang) {
				return t.say("brain.ask_other", "name", a.Name(t.lang))
			}
		}
	}
	return ""
}

var _ agents.Grounder = (*Brain)(nil)

// Grounds is agents.Grounder: whether one of the avatar's skills' handlers
// (Grounding) answers the text from its grounded content.
func (b *Brain) Grounds(ctx context.Context, at *agents.Turn) bool {
	if at.Input.Kind != agents.InText || strings.TrimSpace(at.Input.Text) == "" || at.Call == nil {
		return false
	}
	m, err := modelFor(at.Avatar)
	if err != nil {
		return false
	}
	t := &turn{Turn: at, st: at.State, lang: at.State.Lang, m: m, b: b, text: strings.TrimSpace(at.Input.Text)}
	if t.lang == "" {
		t.lang = "ko"
	}
	for _, h := range t.handlers() {
		if g, ok := h.(Grounding); ok && g.Grounds(t.api()) {
			return true
		}
	}
	return false
}

// early offers the text to the handlers that read it first (Early), with
// no confirmation pending and no sequence under way.
func (t *turn) early() (agents.Step, bool) {
	for _, h := range t.handlers() {
		e, ok := h.(Early)
		if !ok {
			continue
		}
		t.e = entsOf(t.text, entity.Parse(t.text, t.Now), t.Now)
		if step, ok := e.Early(t.api()); ok {
			if t.u == nil {
				t.understood(OutOfScope, 0, nil)
			}
			step.Understood = t.u
			return step, true
		}
	}
	return agents.Step{}, false
}

var (
	handlersMu sync.RWMutex
	registered = map[string]Handler{}
)

// Register makes h handle conversations of avatars that have skill. Call it
// from the skill's dialogue package's init. It panics on a duplicate: a
// programmer error that must surface at start-up.
func Register(skill string, h Handler) {
	handlersMu.Lock()
	defer handlersMu.Unlock()
	if _, dup := registered[skill]; dup {
		panic("embedded: a handler is already registered for " + skill)
	}
	registered[skill] = h
}

func (t *turn) handlers() []Handler {
	handlersMu.RLock()
	defer handlersMu.RUnlock()
	if len(registered) == 0 {
		return nil
	}
	ids := append([]string(nil), t.Avatar.Skills...)
	sort.Strings(ids)
	var out []Handler
	for _, id := range ids {
		if h := registered[id]; h != nil {
			out = append(out, h)
		}
	}
	return out
}

// Turn is what a Handler sees: the conversation's turn and the brain's
// helpers for it.
type Turn struct {
	*agents.Turn
	t *turn
}

func (t *turn) api() *Turn { return &Turn{Turn: t.Turn, t: t} }

// Lang is the user's language ("ko" or "en").
func (h *Turn) Lang() string { return h.t.lang }

// Text is what the user said.
func (h *Turn) Text() string { return h.t.text }

// Fail ends the turn with err instead of the step the handler returns:
// the conversation logs it and apologises to the user. Use it for what
// the handler cannot read (a result that is not the type its tool
// declares: a *skills.DecodeError).
func (h *Turn) Fail(err error) { h.t.fail(err) }

// Say is catalog message id (protocol/words/messages) in the user's
// language, with its placeholders from kv (name, value, …).
func (h *Turn) Say(id string, kv ...any) string { return words.Say(h.t.lang, id, kv...) }

// Ko picks the phrase in the user's language. Prefer Say: a sentence in
// the catalog is written once per language, with Korean particles that
// fit the values put in it.
func (h *Turn) Ko(ko, en string) string { return h.t.ko(ko, en) }

// Slot and Set read and write the task's slots (persisted with the
// conversation).
func (h *Turn) Slot(k string) string { return h.t.slot(k) }

// Set sets a slot ("" deletes it).
func (h *Turn) Set(k, v string) { h.t.set(k, v) }

// Intent is the task in progress ("" if none); Start and Finish change it.
func (h *Turn) Intent() string { return h.t.st.Intent }

// Start begins a task.
func (h *Turn) Start(intent string) { h.t.start(intent) }

// Finish ends the task in progress.
func (h *Turn) Finish() { h.t.finish() }

// Said is what the text says of intent's slots (as the brain reads them
// for a request: "결제할게요 배송으로, 비자카드로" → fulfilment, payment
// method), for a handler that answers it itself to report what it
// understood.
func (h *Turn) Said(intent string) map[string]string {
	in := h.t.m.intents[intent]
	if in == nil {
		return nil
	}
	return h.t.extract(in, h.t.st.Intent == intent)
}

// Digress sets the task in progress aside to come back to once the next
// one finishes ("아까 하던 일로 돌아갈게요: 어느 카드로 결제할까요?"), as the
// brain does for a request made while it asks something.
func (h *Turn) Digress() {
	t := h.t
	if t.st.Intent == "" {
		return
	}
	f := agents.Frame{Intent: t.st.Intent, Slots: t.st.Slots, Options: t.st.Options}
	if t.slot("_asking") != "" {
		// Coming back asks its question again, not to pick from a list
		// it showed before.
		f.Options = nil
	}
	t.st.Stack = append(t.st.Stack, f)
	t.st.Intent, t.st.Slots = "", t.remembered()
}

// Gazetteer finds a value of one of the avatar's skills' gazetteers in the
// user's text.
func (h *Turn) Gazetteer(name string) string {
	return lookupGazetteer(h.t.text, h.t.m.gazetteer(nil, name))
}

// Pick makes the text pick option n (from 1) of the list shown, as "n번"
// would, for a handler that knows which option its words mean ("the
// cheapest one", "조식 포함된 데로"); the handler then lets the brain go on
// (Early returns false).
func (h *Turn) Pick(n int) {
	if n >= 1 && n <= len(h.t.st.Options) {
		h.t.forcedPick = n
	}
}

// Ordinal is the position the text picks ("2번", "the second", "마지막"
// is -1), 0 if none.
func (h *Turn) Ordinal() int { return h.t.e.ordinal }

// Count is how many things the text asks for ("다섯 문제", "a 5-question
// quiz"), 0 if it says no count.
func (h *Turn) Count() int {
	n, _ := strconv.Atoi(h.t.e.items)
	return n
}

// maxShownIDs bounds the ids of a card kept for Shown (they are
// persisted with the conversation).
const maxShownIDs = 30

// Shown is the id of the n-th item (from 1; -1 the last) of the card the
// last result of tool showed, "" when the last card shown was another
// tool's, had fewer items or one only (one item is "it": see
// Remembered("said_id")).
func (h *Turn) Shown(tool string, n int) string {
	if h.t.slot("@shown") != tool {
		return ""
	}
	ids := strings.Split(h.t.slot("@shown_ids"), ",")
	if n == -1 {
		n = len(ids)
	}
	if n < 1 || n > len(ids) {
		return ""
	}
	return ids[n-1]
}

// Remembered reads a value an earlier result remembered (Result.Remember).
func (h *Turn) Remembered(k string) string { return h.t.slot("@" + k) }

// Understood reports what the handler made of the text.
func (h *Turn) Understood(intent string, p float64, slots map[string]string) {
	h.t.understood(intent, p, slots)
}

// Cancel is the generic cancellation ("그만할래", "stop"): the task in
// progress ends and the understanding is the generic cancel intent. A
// handler whose own "stop" does not apply (no class quiz is running) hands
// the text to it.
func (h *Turn) Cancel(p float64) agents.Step {
	h.t.understood(Cancel, p, nil)
	return h.t.cancel()
}

// Names are the people the text names ("지영이랑", "with Daniel"), as
// said.
func (h *Turn) Names() []string { return append([]string(nil), h.t.e.names...) }

// SetTime reports whether the text says a day and one clock time ("내일
// 정오에", "Friday at 10am"), not a window to search in ("2시부터 5시
// 사이", "after 3").
func (h *Turn) SetTime() bool {
	e := h.t.e
	return e.date != "" && e.time != "" && !e.clockRange
}

// Proceed goes on with the task under way as if the user had said the
// slots' values ("2번" to a list of names the pack's answer gave): what it
// still lacks is asked, or its call made. An empty step when no task is
// under way.
func (h *Turn) Proceed(slots map[string]string, p float64) agents.Step {
	if h.t.st.Intent == "" || h.t.m.intents[h.t.st.Intent] == nil {
		return agents.Step{}
	}
	return h.t.proceed(h.t.st.Intent, slots, p)
}

// Help is what the avatar can do, from its skills' data: what the brain
// answers "help" with (a handler that knows a text asks for help the
// classifier placed elsewhere answers with it).
func (h *Turn) Help() string { return h.t.help() }

// Resume is step with the way back to the task the finished one
// digressed from ("아까 하던 일로 돌아갈게요: …"), as the brain's own
// answer to a result would have it: a handler that answers a result in
// the brain's place (after Finish) returns it.
func (h *Turn) Resume(step agents.Step) agents.Step { return h.t.resume(step) }

// Begin starts intent from the text as the brain would had the
// classifier read it so: a skill's handler that knows better what the
// text asks for (an event with a person named is an invitation) hands
// it on with the task to do.
func (h *Turn) Begin(intent string, p float64) agents.Step {
	if h.t.m.intents[intent] == nil {
		return agents.Step{}
	}
	return h.t.begin(intent, p)
}

// Answer is the brain's own answer to a tool's result — what it says and
// shows when no handler takes the result — for a handler's Result that
// only adds to it (the times of a slot search in the zones of the people
// named: skills/scheduling/titles/zone19.go).
func (h *Turn) Answer(r *skills.Result) agents.Step { return h.t.onResult(r) }
