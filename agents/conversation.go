package agents

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/madang-world/madang/agents/nlu/followup"
	"github.com/madang-world/madang/agents/safety"
	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/store"
)

// Conversation states (fsm takes strings).
const (
	Idle      = "idle"
	Listening = "listening"
	Thinking  = "thinking"
	Acting    = "acting"
	Awaiting  = "awaiting_confirmation"
	Speaking  = "speaking"
	Ended     = "ended"
)

// States lists every legal state; a restored state must be one of them.
var States = []string{Idle, Listening, Thinking, Acting, Awaiting, Speaking, Ended}

// Events.
const (
	evHear    = "hear"
	evAct     = "act"
	evResult  = "result"
	evAsk     = "ask_confirm"
	evConfirm = "confirmed"
	evDecline = "declined"
	evSpeak   = "speak"
	evListen  = "listen"
	evAwait   = "await" // back to waiting after a digression while a confirmation is pending
	evEnd     = "end"
)

// transitions is the conversation's state machine, one table shared by
// every conversation: an event's states it may fire in, and where it goes.
var transitions = []struct {
	ev  string
	src []string
	dst string
}{
	{evHear, []string{Idle, Listening, Speaking, Awaiting, Thinking}, Thinking},
	{evAct, []string{Thinking}, Acting},
	{evResult, []string{Acting}, Thinking},
	{evAsk, []string{Acting}, Awaiting},
	{evConfirm, []string{Awaiting}, Acting},
	{evDecline, []string{Awaiting}, Thinking},
	{evSpeak, []string{Thinking}, Speaking},
	{evListen, []string{Speaking, Thinking, Acting, Awaiting}, Listening},
	{evAwait, []string{Speaking, Thinking, Listening}, Awaiting},
	{evEnd, []string{Idle, Listening, Thinking, Acting, Awaiting, Speaking}, Ended},
}

// machine is a conversation's place in transitions. It replaced a
// looplab/fsm machine per conversation, which allocated about seven
// objects an event (a cancellable context, closures) and kept two maps
// per conversation that every garbage collection scanned
// (docs/performance.md, "Fewer allocations a turn"); it answers as that
// machine did: an event from a state it does not leave is refused, and a
// self-loop (hear while thinking) is a success that changes nothing.
type machine struct{ current string }

func newFSM(initial string) *machine { return &machine{current: initial} }

// Current is the state the machine is in.
func (m *machine) Current() string { return m.current }

// errEvent is an event the machine refuses, worded as looplab/fsm's
// InvalidEventError and UnknownEventError were.
type errEvent struct{ event, state string }

func (e errEvent) Error() string {
	if e.state == "" {
		return "event " + e.event + " does not exist"
	}
	return "event " + e.event + " inappropriate in current state " + e.state
}

// Event moves the machine by ev.
func (m *machine) Event(ev string) error {
	known := false
	for i := range transitions {
		t := &transitions[i]
		if t.ev != ev {
			continue
		}
		known = true
		for _, s := range t.src {
			if s == m.current {
				m.current = t.dst
				return nil
			}
		}
	}
	if !known {
		return errEvent{event: ev}
	}
	return errEvent{event: ev, state: m.current}
}

// fire moves the machine and tells the user's client the state it is in.
func (c *Conversation) fire(ev string) error {
	if err := c.m.Event(ev); err != nil {
		return fmt.Errorf("conversation %s/%s: %s in state %s: %w", c.user.ID, c.avatar.ID, ev, c.m.Current(), err)
	}
	c.st.FSM = c.m.Current()
	c.rt.out.State(c.avatar, c.user.ID, publicState(c.st.FSM))
	return nil
}

func publicState(s string) string {
	switch s {
	case Thinking:
		return protocol.StateThinking
	case Acting:
		return protocol.StateActing
	case Awaiting:
		return protocol.StateWaiting
	case Speaking:
		return protocol.StateSpeaking
	case Listening:
		return protocol.StateListening
	}
	return protocol.StateIdle
}

// message is an inbox item.
type message struct {
	kind  string // "text", "confirm", "decline", "zone"
	text  string
	pick  int // kind "text": an item clicked on a card (protocol.Talk.Pick); text is then said for it
	nonce string
	zone  string
	re    string        // the client message id the answer refers to
	done  chan struct{} // closed when handled (tests, benchmarks)
	err   *error        // kind "forget": set to the outcome before done closes
}

// Conversation is one user talking with one avatar. Only its goroutine
// touches its state and calls Event on its machine.
type Conversation struct {
	rt     *Runtime
	avatar *avatars.Avatar
	user   User
	brain  Brain
	m      *machine
	st     *State
	inbox  chan message
	ctx    context.Context
	seq    uint64
	re     string      // the client message being answered (see Runtime.Hear)
	key    string      // in rt.convs
	trace  *TraceEvent // the user text being answered, when Options.Trace is set
	// more is the rest of the safety guidance just given, for "자세히" /
	// "more" as the next message (safety.Verdict.More); any other message
	// forgets it.
	more string
	// enc is the JSON the last save wrote of the state's history lines
	// and long slot values (statejson.go).
	enc stateMemo
	// summed is the last summary summarise returned (remember).
	summed string
}

// InboxSize bounds a conversation's queue; a user who floods an avatar is
// told to wait rather than queueing without end.
const InboxSize = 16

func (c *Conversation) run() {
	defer c.rt.wg.Done()
	idle := time.NewTimer(c.rt.idle)
	defer idle.Stop()
	for {
		select {
		case <-c.ctx.Done():
			return
		case <-idle.C:
			if c.rt.leave(c) { // state is saved after every message
				c.rt.out.State(c.avatar, c.user.ID, protocol.StateIdle)
				return
			}
			idle.Reset(c.rt.idle)
		case m := <-c.inbox:
			c.handleSafely(m)
			if m.done != nil {
				close(m.done)
			}
			idle.Reset(c.rt.idle)
		}
	}
}

// handleSafely handles one message and contains a panic to it: a bug a
// crafted message reaches (in a brain, a skill's result, this code) costs
// that user one answer — an apology, a log line with the stack, a count in
// Runtime.Panics — and the conversation goes on listening; the server and
// every other conversation never notice.
func (c *Conversation) handleSafely(m message) {
	defer func() {
		v := recover()
		if v == nil {
			return
		}
		c.rt.panics.Add(1)
		if c.rt.onPanic != nil {
			c.rt.onPanic()
		}
		c.rt.log.Error("conversation panicked", "avatar", c.avatar.ID, "kind", m.kind, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
		c.trace = nil
		c.recover(fmt.Errorf("panic: %v", v))
		func() {
			defer func() { recover() }() // the apology must not take the goroutine down either
			c.say(sorry(c.st.Lang))
			c.fire(evListen)
		}()
	}()
	c.handle(m)
}

func (c *Conversation) caller() context.Context {
	return skills.WithCaller(c.ctx, skills.Caller{UserID: c.user.ID, Name: c.user.Name, Avatar: c.avatar.ID,
		Scopes: c.avatar.Scopes, Channel: "avatar", Room: c.avatar.Room, Present: c.present, Lang: c.st.Lang}) // the user is beside the avatar
}

// present lists who is in the avatar's room (skills.Caller.Present).
func (c *Conversation) present() map[string]string {
	out := map[string]string{}
	for _, u := range c.rt.out.Present(c.avatar) {
		out[u.ID] = u.Name
	}
	return out
}

func (c *Conversation) tools() []*skills.Tool {
	all := c.rt.host.Tools()
	out := all[:0] // Tools' own copy, filtered in place
	for _, t := range all {
		if c.avatar.HasSkill(string(t.Skill)) {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// allowed reports whether the avatar may call tool.
func (c *Conversation) allowed(tool string) (*skills.Tool, bool) {
	t, ok := c.rt.host.Tool(tool)
	return t, ok && c.avatar.HasSkill(string(t.Skill))
}

// DetectLang says "ko" when the text has Hangul, else "en" — and "en" for
// an English sentence with a few Korean words in it (names: "a meeting
// with 민지 and 서준 tomorrow afternoon"): at least three English words,
// more than twice as many as the words with Hangul (four times, when the
// sentence ends in Korean: "Daon Wireless Earbuds Max 담아줘" is Korean).
func DetectLang(s string) string {
	ko, en, last := 0, 0, false
	for _, w := range strings.Fields(s) {
		hangul, latin := false, 0
		for _, r := range w {
			switch {
			case unicode.Is(unicode.Hangul, r):
				hangul = true
			case r < 0x250 && unicode.IsLetter(r):
				latin++
			}
		}
		switch {
		case hangul:
			ko++
			last = true
		case latin >= 2:
			en++
			last = false
		}
	}
	if ko > 0 && en >= 2 && enFrameRe.MatchString(s) {
		// "is 미안해 rude?", "whats the difference between 감사합니다 and
		// 고마워?": an English question that quotes Korean words is
		// English (a new user's trial was answered in Korean).
		return "en"
	}
	if ko > 0 && (en < 3 || en <= 2*ko || last && en <= 4*ko) {
		return "ko"
	}
	return "en"
}

// enFrameRe: an English sentence's opening that frames what follows as
// English ("is …", "what does … mean", "how do I say …").
var enFrameRe = regexp.MustCompile(`(?i)^\s*(?:is|are|was|does|do|did|can|could|should|would|what|whats|what's|how|why|when|which|who|whos|who's|tell\s+me|explain)\s`)

// PickText is how a user writing in lang says they take item n of a list:
// "2번", "number 2" — what a click on a card's row stands for.
func PickText(lang string, n int) string {
	if lang == "en" {
		return "number " + strconv.Itoa(n)
	}
	return strconv.Itoa(n) + "번"
}

// nextLang is the conversation's language after text: the language text
// is written in, or, for a text with no word (hasWord: "2", "19:00",
// "👍", "x=4"), the language the conversation was already in — a Korean user
// answering "몇 분이세요?" with "2" was answered in English.
func nextLang(prev, text string) string {
	if prev != "" && !hasWord(text) {
		return prev
	}
	return DetectLang(text)
}

// hasWord: text has a word of some language — any Hangul or other
// non-Latin letter, or two Latin letters in a row. "x=4", "2x+6" or "b"
// typed to a Korean quiz are no English: they keep the conversation's
// language (a trial's Korean quiz turned English on "x=4").
func hasWord(text string) bool {
	run := 0
	for _, r := range text {
		switch {
		case !unicode.IsLetter(r):
			run = 0
		case r < 0x250: // Latin
			if run++; run >= 2 {
				return true
			}
		default:
			return true
		}
	}
	return false
}

func (c *Conversation) remember(from, text string) {
	c.st.History = append(c.st.History, Line{From: from, Text: text, At: c.rt.clock.Now()})
	if n := len(c.st.History); n > MaxHistory {
		// Lines of the avatar's add nothing to a summary, and summarise
		// returns its own output unchanged when given none of the user's
		// (TestSummariseSettled): the summary is rebuilt only when it could
		// change — half of the lines dropped, the avatar's being the others.
		if dropped := c.st.History[:n-MaxHistory]; c.st.Summary != c.summed || saidByUser(dropped) {
			c.st.Summary = summarise(c.st.Summary, dropped)
			c.summed = c.st.Summary
		}
		// Slide along the array rather than copy the kept lines into a
		// new one at every line: append reallocates (copying MaxHistory
		// lines) only once the array is used up. Lines before the window
		// are never written again, so a slice of History taken earlier
		// still reads what it read (TestRememberSlides).
		c.st.History = c.st.History[n-MaxHistory:]
	}
}

// forgetAll wipes what this conversation knows about its user (history,
// summary, slots, pending work) and every fact the avatar stored.
func (c *Conversation) forgetAll() error {
	c.st = &State{FSM: Listening, Lang: c.st.Lang, Greeted: c.st.Greeted}
	c.m = newFSM(Listening)
	c.st.Updated = c.rt.clock.Now()
	err := errors.Join(c.rt.saveState(c.user.ID, c.avatar.ID, c.st), c.rt.deleteFacts(c.user.ID, c.avatar.ID, ""))
	if err != nil {
		c.rt.log.Error("forgetting", "avatar", c.avatar.ID, "err", err)
	}
	c.rt.out.State(c.avatar, c.user.ID, protocol.StateListening)
	return err
}

func (c *Conversation) handle(m message) {
	if m.kind == "noop" {
		return
	}
	if m.kind == "forget" {
		if err := c.forgetAll(); m.err != nil {
			*m.err = err
		}
		return
	}
	defer c.save()
	c.re = m.re
	defer func() { c.re = "" }()
	switch m.kind {
	case "text":
		if m.pick > 0 {
			// A click on a card's row keeps the conversation's language:
			// the brain hears the row's number as this user would say it.
			if c.st.Lang == "" {
				c.st.Lang = "ko"
			}
			m.text = PickText(c.st.Lang, m.pick)
		} else {
			c.st.Lang = nextLang(c.st.Lang, m.text)
		}
		if ForgetRequest(m.text) {
			c.forgetAll()
			c.fire(evHear)
			c.say(words.Say(c.st.Lang, "agent.forgot"))
			c.fire(evListen)
			return
		}
		if c.rt.trace != nil {
			c.trace = &TraceEvent{User: c.user.ID, Avatar: c.avatar.ID, Text: m.text}
			defer func() {
				if ev := c.trace; ev != nil {
					c.trace = nil
					c.rt.trace(*ev)
				}
			}()
		}
		c.remember("user", m.text)
		if err := c.rt.rememberFacts(c.user.ID, c.avatar.ID, ExtractFacts(m.text, c.rt.now())); err != nil {
			c.rt.log.Error("remembering", "avatar", c.avatar.ID, "err", err)
		}
		if err := c.fire(evHear); err != nil {
			c.recover(err)
			return
		}
		// Refused requests never reach a brain (an LLM cannot be talked
		// out of a refusal it never hears); nor do those the checker
		// answers itself (v.Help: guidance for a question about a harm, a
		// caring answer with the crisis line).
		more := c.more
		c.more = ""
		if more != "" && followup.AsksMore(m.text) {
			c.say(more)
			if c.st.Pending != nil {
				c.fire(evAwait)
			} else {
				c.fire(evListen)
			}
			return
		}
		if v := c.rt.safety.Check(m.text); (v.Refuse || v.Help != "") && !c.grounds(v, m.text) {
			if v.Refuse {
				c.rt.log.Info("request refused", "avatar", c.avatar.ID, "category", v.Category)
				if c.trace != nil {
					c.trace.Refused, c.trace.Category = true, v.Category
				}
				text := c.rt.safety.Refusal(c.st.Lang)
				if cr, ok := c.rt.safety.(safety.CategoryRefuser); ok {
					text = cr.RefusalFor(v.Category, c.st.Lang)
				}
				c.say(text)
			} else {
				c.rt.log.Info("answered with safety guidance", "avatar", c.avatar.ID, "topic", v.Topic)
				if c.trace != nil {
					c.trace.Guided = v.Topic
				}
				c.say(v.Help)
				c.more = v.More
			}
			if c.st.Pending != nil {
				c.fire(evAwait)
			} else {
				c.fire(evListen)
			}
			return
		}
		c.loop(Input{Kind: InText, Text: m.text})
	case "zone":
		if c.st.FSM != Idle && c.st.FSM != Listening {
			return // busy with the user: no interruptions
		}
		if err := c.fire(evHear); err != nil {
			c.recover(err)
			return
		}
		c.loop(Input{Kind: InZone, Zone: m.zone})
	case "confirm", "decline":
		p := c.st.Pending
		if c.st.FSM != Awaiting || p == nil || p.Nonce != m.nonce {
			const why = "this confirmation is not pending (already handled, expired, or not yours)"
			if rr, ok := c.rt.out.(ReRejecter); ok {
				rr.RejectRe(c.avatar, c.user.ID, m.re, why)
			} else {
				c.rt.out.Reject(c.avatar, c.user.ID, why)
			}
			return
		}
		if m.kind == "decline" {
			c.st.Pending = nil
			if err := c.fire(evDecline); err != nil {
				c.recover(err)
				return
			}
			c.loop(Input{Kind: InDeclined, Declined: p})
			return
		}
		if err := c.fire(evConfirm); err != nil {
			c.recover(err)
			return
		}
		c.st.Pending = nil
		c.save() // the nonce is spent before the effect: a crash now never re-runs it
		res := c.rt.host.Call(c.caller(), p.Tool, p.Args, skills.CallOptions{IdempotencyKey: p.Key, Confirmation: p.Nonce})
		if err := c.fire(evResult); err != nil {
			c.recover(err)
			return
		}
		c.loop(Input{Kind: InResult, Result: &res})
	}
}

// grounds reports whether a text the safety checker would answer with
// guidance (v.Help for a harmless look-alike: not a refusal, not the
// caring answer to someone who may hurt themselves) is one the avatar's
// brain answers from its own grounded sources (Grounder): then the brain
// answers it, not the guidance. A refusal is never put to the brain.
func (c *Conversation) grounds(v safety.Verdict, text string) bool {
	if !v.Guidance() {
		return false
	}
	g, ok := c.brain.(Grounder)
	if !ok {
		return false
	}
	ctx, cancel := context.WithTimeout(c.caller(), 30*time.Second)
	defer cancel()
	st := *c.st // a copy: asking must not change the conversation's state
	turn := &Turn{Avatar: c.avatar, User: c.user, Now: c.rt.now(), Input: Input{Kind: InText, Text: text}, State: &st, Tools: c.tools(), Class: c.rt.class(c.avatar),
		Call: c.readCall(ctx)}
	if !g.Grounds(ctx, turn) {
		return false
	}
	c.rt.log.Info("safety guidance left to the brain: its grounded sources answer the text", "avatar", c.avatar.ID, "topic", v.Topic)
	return true
}

// readCall is a turn's Call: a brain may look things up with the
// avatar's read tools in the middle of a turn; anything else is refused
// (writes go through Steps, and those through the confirmation gate).
func (c *Conversation) readCall(ctx context.Context) func(tool string, args any) skills.Result {
	return func(tool string, args any) skills.Result {
		t, ok := c.allowed(tool)
		if !ok || t.Effect != skills.Read {
			return skills.Result{Tool: tool, Status: skills.StatusError, Error: skills.Errorf(skills.CodeForbidden, "not a read tool of this avatar")}
		}
		raw, _ := json.Marshal(args)
		return c.rt.host.Call(ctx, tool, raw, skills.CallOptions{})
	}
}

// MaxCalls bounds the tool calls of one turn.
const MaxCalls = 8

// loop asks the brain for steps until it stops calling tools.
func (c *Conversation) loop(in Input) {
	ctx, cancel := context.WithTimeout(c.caller(), 30*time.Second)
	defer cancel()
	memory := c.recall(in) // once per turn: it reads the database
	for calls := 0; ; calls++ {
		turn := &Turn{Avatar: c.avatar, User: c.user, Now: c.rt.now(), Input: in, State: c.st, Tools: c.tools(), Class: c.rt.class(c.avatar),
			Memory: memory, Others: c.rt.others(c.avatar),
			Call: c.readCall(ctx)}
		var streamed bool
		turn.Speak = func(text string) {
			if !streamed {
				if c.st.FSM == Thinking {
					c.fire(evSpeak)
				}
				c.seq++
				streamed = true
			}
			c.rt.out.Speech(c.avatar, c.user.ID, protocol.Speech{Seq: c.seq, Re: c.re, Text: text, Lang: c.st.Lang})
		}
		step, err := c.brain.Next(ctx, turn)
		if streamed { // close the streamed bubble, keep the line
			c.rt.out.Speech(c.avatar, c.user.ID, protocol.Speech{Seq: c.seq, Re: c.re, Final: true, Lang: c.st.Lang})
			if step.Streamed != "" {
				c.remember("avatar", step.Streamed)
			}
		}
		if err != nil {
			c.rt.log.Error("brain failed", "avatar", c.avatar.ID, "err", err)
			step = Step{Say: sorry(c.st.Lang)}
		}
		if c.trace != nil && step.Understood != nil {
			// the last word: a brain may revise what it understood once a
			// tool's result is in (the text was out of scope after all)
			c.trace.Understood = step.Understood
		}
		if step.Card != nil {
			step.Card.Avatar = 0 // the server fills in the entity
			card := *step.Card
			card.Re = c.re
			if c.trace != nil {
				c.trace.Cards = append(c.trace.Cards, card)
			}
			c.rt.out.Card(c.avatar, c.user.ID, card)
		}
		// A sentence that goes with a call ("I'll send the invitations;
		// press Confirm") is said once the call did not fail: a refused
		// call is answered by the brain from its error alone, not after a
		// promise that no card follows.
		var withCall string
		if step.Say != "" {
			if step.Call != nil && calls < MaxCalls {
				withCall = step.Say
			} else {
				c.say(step.Say)
			}
		}
		if step.Call == nil || calls >= MaxCalls {
			if step.Call != nil {
				c.say(words.Say(c.st.Lang, "agent.too_many_steps"))
			}
			if c.st.Pending != nil {
				c.fire(evAwait) // the confirmation card is still open
			} else {
				c.fire(evListen)
			}
			return
		}
		t, ok := c.allowed(step.Call.Tool)
		if !ok {
			c.say(words.Say(c.st.Lang, "agent.cannot"))
			c.fire(evListen)
			return
		}
		if err := c.fire(evAct); err != nil {
			if err2 := c.fire(evHear); err2 != nil { // from speaking back to thinking first
				c.recover(err)
				return
			}
			if err := c.fire(evAct); err != nil {
				c.recover(err)
				return
			}
		}
		key := store.NewID(c.avatar.ID + "-") // one operation; a retry of it would reuse the key
		res := c.rt.host.Call(ctx, t.Name, step.Call.Args, skills.CallOptions{IdempotencyKey: key})
		if withCall != "" && res.Status != skills.StatusError {
			c.say(withCall)
		}
		if res.Status == skills.StatusPending {
			p := res.Confirmation
			req := ConfirmRequestFor(p)
			req.Re = c.re
			c.st.Pending = &Pending{Tool: t.Name, Args: step.Call.Args, Key: key, Nonce: p.Nonce, Expires: p.Expires, Request: req}
			c.fire(evAsk)
			c.rt.out.ConfirmRequest(c.avatar, c.user.ID, req)
			return
		}
		if res.Status == skills.StatusError && res.Error != nil && brainsFault(res.Error.Code) {
			// The tool refused the call as it was made: the user hears a
			// sentence without the tool's message (agents/embedded's
			// onError), so the message is kept here for whoever fixes the
			// brain or its data.
			c.rt.log.Warn("tool call rejected", "avatar", c.avatar.ID, "tool", t.Name, "code", res.Error.Code, "message", res.Error.Message)
		}
		if err := c.fire(evResult); err != nil {
			c.recover(err)
			return
		}
		in = Input{Kind: InResult, Result: &res}
	}
}

// recall picks the facts that matter for the current input.
func (c *Conversation) recall(in Input) []Fact {
	facts, err := c.rt.Facts(c.user.ID, c.avatar.ID)
	if err != nil || len(facts) == 0 {
		return nil
	}
	text := in.Text
	if text == "" && len(c.st.History) > 0 {
		text = c.st.History[len(c.st.History)-1].Text
	}
	return Recall(facts, text, FactsInPrompt)
}

// say streams a reply in chunks (phrases), as an LLM's tokens would arrive.
func (c *Conversation) say(text string) {
	if c.st.FSM == Thinking {
		c.fire(evSpeak)
	}
	c.seq++
	c.remember("avatar", text)
	if c.trace != nil {
		if c.trace.Say != "" {
			c.trace.Say += "\n"
		}
		c.trace.Say += text
	}
	chunks := chunk(text)
	lang := c.st.Lang
	if lang == "" { // nothing heard yet (a greeting): the language it is said in
		lang = DetectLang(text)
	} else if lang == "ko" && !hasHangul(text) && DetectLang(text) == "en" {
		// A Korean user's reply said in English ("그거 영어로 설명해줘"):
		// tagged ko, a client read it in a Korean voice (notes: trial 13).
		// A Korean reply always has Hangul; an English one to an English
		// user may quote Korean words and stays en.
		lang = "en"
	} else if lang == "en" && mostlyHangul(text) {
		// An English user's "more" after a Korean lesson's answer gets
		// the lesson's next Korean passage: tagged en, it was read in an
		// English voice (a new user's trial). The tag is the text's.
		lang = "ko"
	}
	for i, ch := range chunks {
		c.rt.out.Speech(c.avatar, c.user.ID, protocol.Speech{Seq: c.seq, Re: c.re, Text: ch, Final: i == len(chunks)-1, Lang: lang})
	}
}

// chunk splits text after spaces into pieces of about 12 runes: at least
// 12 (or what is left), then on to the next space, at most 24.
//
// Valid UTF-8 is cut into substrings of text, without a rune slice and a
// string per piece; other text as chunkRunes does (invalid bytes become
// U+FFFD), which gives the same pieces for valid text (TestChunkSame).
func chunk(text string) []string {
	if !utf8.ValidString(text) {
		return chunkRunes(text)
	}
	var out []string
	for len(text) > 0 {
		i, n := 0, 0 // bytes and runes taken
		var last rune
		for i < len(text) && (n < 12 || last != ' ' && n < 24) {
			r, size := utf8.DecodeRuneInString(text[i:])
			i, n, last = i+size, n+1, r
		}
		out = append(out, text[:i])
		text = text[i:]
	}
	if len(out) == 0 {
		out = []string{""}
	}
	return out
}

// chunkRunes is chunk by runes.
func chunkRunes(text string) []string {
	var out []string
	rs := []rune(text)
	for len(rs) > 0 {
		n := min(len(rs), 12)
		for n < len(rs) && rs[n-1] != ' ' && n < 24 {
			n++
		}
		out = append(out, string(rs[:n]))
		rs = rs[n:]
	}
	if len(out) == 0 {
		out = []string{""}
	}
	return out
}

// recover puts a conversation whose machine refused an event back into a
// legal, listening state.
func (c *Conversation) recover(err error) {
	c.rt.log.Error("conversation reset", "avatar", c.avatar.ID, "err", err)
	c.m = newFSM(Listening)
	c.st.FSM = Listening
	c.st.Pending = nil
	c.rt.out.State(c.avatar, c.user.ID, protocol.StateListening)
}

func (c *Conversation) save() {
	c.st.Updated = c.rt.clock.Now()
	if err := c.rt.saveEncoded(c.user.ID, c.avatar.ID, c.enc.encode(c.st)); err != nil {
		c.rt.log.Error("saving conversation", "avatar", c.avatar.ID, "err", err)
	}
}

func sorry(lang string) string { return words.Say(lang, "agent.sorry") }

// ConfirmRequestFor is the card a client shows for a pending irreversible
// call: the tool, its one-sentence summary and every labelled parameter.
func ConfirmRequestFor(p *skills.Pending) protocol.ConfirmRequest {
	req := protocol.ConfirmRequest{Nonce: p.Nonce, Action: p.Tool, Summary: p.Summary.Text, Expires: p.Expires.UnixMilli(), Button: p.Summary.Button}
	for _, f := range p.Summary.Fields {
		req.Fields = append(req.Fields, protocol.FieldValue{Label: f.Label, Value: f.Value})
	}
	return req
}

// brainsFault: the tool refused the call as it was made (an argument
// missing or out of range, an unknown tool), not because of the world's
// state (sold out, slot taken) — most often the brain proposed it wrong.
func brainsFault(code string) bool {
	switch code {
	case skills.CodeInvalidArguments, skills.CodeUnknownTool, skills.CodeIdempotencyRequired, skills.CodeIdempotencyConflict, skills.CodeInternal:
		return true
	}
	return false
}

// mostlyHangul: the text has more Hangul letters than Latin ones — a
// Korean text, however many English words it quotes ("for 뒤에는 기간이
// 와요(for three years)"); an English reply naming a Korean place or
// explaining a Korean word ("안녕하세요 means hello") is not.
func mostlyHangul(s string) bool {
	ko, en := 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Hangul, r):
			ko++
		case r < 0x250 && unicode.IsLetter(r):
			en++
		}
	}
	return ko > en
}

// hasHangul says whether s has any Hangul letter.
func hasHangul(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Hangul, r) {
			return true
		}
	}
	return false
}
