// Package agents gives avatars their conversations: one per (user, avatar),
// each a state machine (a table shared by all) driven by its own goroutine, that
// hears the user, asks a Brain what to do, calls skills through the skills
// Host, asks the user to confirm irreversible actions, and speaks.
//
// # The brain boundary
//
// A Brain only proposes: a reply, a card, or one tool call at a time. The
// conversation executes. It calls tools with the caller identity from the
// session (never from the brain), the avatar's granted scopes, and an
// idempotency key; it never passes a confirmation nonce a brain produced —
// only the one that arrived in a confirm message from the user's own
// connection. So nothing a brain says, including "yes, confirmed", can run
// an irreversible tool. Brains are registered by kind (brains.go): the
// embedded brain (package agents/embedded, kind "embedded") is the
// default, the LLM brain (agents/llm, "llm") and any third-party kind plug
// in behind the same interface, picked by the avatar's file.
package agents

import (
	"context"
	"encoding/json"
	"time"

	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/skills"
)

// Brain decides the next step of a conversation. Next is called from the
// conversation's goroutine only, never concurrently for one conversation.
type Brain interface {
	Next(ctx context.Context, t *Turn) (Step, error)
}

// Grounder is what a Brain may also implement: whether it can answer the
// user's text (t.Input.Text) from the avatar's own grounded sources — a
// skill's content, looked up read-only, found above that skill's own
// calibrated threshold. The conversation asks it only when the safety
// checker would answer a text with guidance for a harmless question about
// a harm (never before a refusal, nor before the caring answer to someone
// who may hurt themselves): "who founded the Joseon dynasty?" shares words
// with violence, yet a tutor whose lesson answers it should answer it.
// Grounds must have no side effects: it may call read tools (t.Call) and
// must not change t.State. A brain that does not implement it (or says
// false) leaves the guidance as it was.
type Grounder interface {
	Grounds(ctx context.Context, t *Turn) bool
}

// Input kinds.
const (
	InText     = "text"     // the user said something
	InResult   = "result"   // a tool the brain asked for returned
	InDeclined = "declined" // the user declined a confirmation
	InZone     = "zone"     // the user entered a zone near the avatar
	InExpired  = "expired"  // a pending confirmation lapsed (after a restart, say)
)

// Input is what the brain reacts to.
type Input struct {
	Kind   string         `json:"kind"`
	Text   string         `json:"text,omitempty"`
	Result *skills.Result `json:"result,omitempty"`
	Zone   string         `json:"zone,omitempty"`
	// Declined is the call whose confirmation the user declined
	// (InDeclined).
	Declined *Pending `json:"declined,omitempty"`
}

// Turn is everything a brain sees.
type Turn struct {
	Avatar *avatars.Avatar
	User   User
	Now    time.Time
	Input  Input
	State  *State         // the brain's memory; persisted after every turn
	Tools  []*skills.Tool // the tools this avatar may use
	// Call runs a read-only tool at once (the embedded brain uses it to
	// look things up mid-turn). Write and irreversible tools must be
	// proposed as a Step.Call instead.
	Call func(tool string, args any) skills.Result
	// Class is the avatar's class-wide session (shared by every student's
	// conversation with it): floor control and the class quiz.
	Class *Class
	// Others are the world's other avatars (by ID): an avatar asked what
	// another one is for can name who helps with it.
	Others []*avatars.Avatar
	// Memory is what the avatar remembers about the user that matters for
	// this input (most relevant, then most recent; at most FactsInPrompt).
	Memory []Fact
	// Speak streams part of the reply to the user now (an LLM's tokens as
	// they arrive). A brain that used it returns the whole text as
	// Step.Streamed instead of Step.Say.
	Speak func(text string)
}

// Step is the brain's proposal.
type Step struct {
	Say  string         // reply to the user, in their language (may be empty)
	Card *protocol.Card // something to show
	Call *ToolCall      // a tool to call next; its result comes back as InResult
	// Streamed is the reply already sent through Turn.Speak (for history).
	Streamed string
	// Understood is what the brain made of the user's text (set on the
	// step that answers an InText input; a later step of the same turn may
	// revise it once a tool's result is in, and the last one counts). The
	// conversation reports it through Options.Trace; evaluations and
	// debugging read it there.
	Understood *Understanding
}

// Understanding is what a brain understood of one user input: the intent
// and the slots it filled so far, whether or not it could act on them yet
// (it may still be asking for a missing slot).
//
// Intent is the name of the skill tool the request leads to first
// ("booking_search_restaurants", "shop_cart_remove"), or a generic intent
// (IntentGreet, IntentHelp, IntentThanks, IntentCancel, IntentOutOfScope).
// Slots are that tool's argument names (its JSON-Schema properties) with
// canonical string values: dates YYYY-MM-DD, times HH:MM (24-hour),
// integers in decimal, enum values as the schema spells them, free text as
// the user's words. Naming intents after tools keeps the label space
// owned by the skills, not by any one brain, so one evaluation serves the
// embedded brain and an LLM alike.
type Understanding struct {
	Intent     string            `json:"intent"`
	Slots      map[string]string `json:"slots,omitempty"`
	Confidence float64           `json:"confidence"`
}

// Generic intents (those that lead to no tool).
const (
	IntentGreet      = "greet"
	IntentHelp       = "help"
	IntentThanks     = "thanks"
	IntentCancel     = "cancel"
	IntentOutOfScope = "out_of_scope"
)

// TraceEvent reports one user text a conversation answered.
type TraceEvent struct {
	User, Avatar string
	Text         string         // what the user said
	Understood   *Understanding // nil when the brain reported nothing (or the request was refused)
	Refused      bool           // the safety checker refused it before any brain saw it
	Category     string         // the safety category, when Refused
	Guided       string         // the safety guidance topic, when the checker answered with guidance instead of a brain
	Say          string         // everything the avatar said in answer, lines joined by "\n"
	Cards        []protocol.Card
}

// ToolCall is a proposed tool call.
type ToolCall struct {
	Tool string          `json:"tool"`
	Args json.RawMessage `json:"args"`
}

// User is who the conversation is with.
type User struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// State is a conversation's memory, persisted with it. Brains keep their
// slots here; the conversation keeps its FSM state and pending action.
type State struct {
	FSM     string            `json:"fsm"`
	Lang    string            `json:"lang"`
	Intent  string            `json:"intent,omitempty"`
	Slots   map[string]string `json:"slots,omitempty"`
	Stack   []Frame           `json:"stack,omitempty"`   // interrupted tasks (digressions)
	Options []Option          `json:"options,omitempty"` // what the user can pick from now
	Pending *Pending          `json:"pending,omitempty"` // an irreversible call awaiting confirmation
	History []Line            `json:"history,omitempty"` // recent lines, bounded
	Summary string            `json:"summary,omitempty"` // older lines, summarised (bounded)
	Greeted bool              `json:"greeted,omitempty"`
	// Scratch is a brain's private working memory within one turn (the LLM
	// brain keeps its messages and queued tool calls here between calls).
	Scratch json.RawMessage `json:"scratch,omitempty"`
	Updated time.Time       `json:"updated"`
}

// Frame is an interrupted task.
type Frame struct {
	Intent  string            `json:"intent"`
	Slots   map[string]string `json:"slots,omitempty"`
	Options []Option          `json:"options,omitempty"`
}

// Option is something offered on a card.
type Option struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Value string `json:"value,omitempty"`
	// Detail is what the card shows of the item besides its name (its
	// area, kind, price): a word of it that only this item has picks it
	// ("애월에 있는 걸로"), and its price answers "the cheapest one".
	Detail string `json:"detail,omitempty"`
	// Reason is why the card offers it ("noise cancelling · rated 4.8"):
	// only a pick by price among some of them reads it ("the cheaper of
	// the two noise cancelling ones"); words of it pick nothing else
	// ("알려 주세요" of a note is no pick when the user says "알려줘").
	Reason string `json:"reason,omitempty"`
}

// Pending is an irreversible call waiting for the user.
type Pending struct {
	Tool    string                  `json:"tool"`
	Args    json.RawMessage         `json:"args"`
	Key     string                  `json:"key"`
	Nonce   string                  `json:"nonce"`
	Expires time.Time               `json:"expires"`
	Request protocol.ConfirmRequest `json:"request"`
}

// Line is one line of conversation history.
type Line struct {
	From string    `json:"from"` // "user" or "avatar"
	Text string    `json:"text"`
	At   time.Time `json:"at"`
}

// MaxHistory bounds the lines kept per conversation.
const MaxHistory = 40
