package protocol

// Version is the newest protocol version this package speaks. Hello/welcome
// negotiate the highest version both sides know. Version 2 adds memory and
// forget (what avatars remember about you).
const Version = 2

// SupportedVersions lists every version this package can speak, oldest first.
var SupportedVersions = []int{1, 2}

// Type names a message. Client types are sent by clients, server types by
// the server; a type is never both.
type Type string

// Client → server message types.
const (
	TypeHello Type = "hello" // first message on every connection
	TypeJoin  Type = "join"  // enter a room (leaving the current one)
	TypeLeave Type = "leave" // leave the current room
	TypeMove  Type = "move"  // movement intent: a target tile or a direction
	TypeChat  Type = "chat"  // say something to the room or to people nearby
	TypePing  Type = "ping"  // application-level round trip (browsers cannot send WebSocket pings)

	TypeTalk    Type = "talk"    // say something to an avatar
	TypeConfirm Type = "confirm" // confirm an avatar's pending action (with its nonce)
	TypeDecline Type = "decline" // decline it

	TypeMemory Type = "memory" // (v2) list what avatars remember about you
	TypeForget Type = "forget" // (v2) delete one remembered fact, or everything an avatar knows about you
)

// Server → client message types.
const (
	TypeWelcome  Type = "welcome"  // answer to hello
	TypeJoined   Type = "joined"   // answer to join: the room, its map and a snapshot
	TypeLeft     Type = "left"     // answer to leave, or the server moved you out of a room
	TypeTick     Type = "tick"     // one batched world delta for your view, per room tick
	TypePresence Type = "presence" // room-wide membership changes
	TypeChatMsg  Type = "said"     // a chat line (also the acknowledgement of your own chat)
	TypeZone     Type = "zone"     // your entity entered or left a named zone
	TypeError    Type = "error"    // a request failed; id echoes the request's id
	TypePong     Type = "pong"     // answer to ping
	TypeBye      Type = "bye"      // the server is about to close the connection, and why

	TypeSpeech      Type = "speech"          // an avatar's reply to you, streamed in chunks
	TypeAvatarState Type = "avatar_state"    // what an avatar is doing (to everyone in the room)
	TypeCard        Type = "card"            // a skill result to show: products, slots, options, a quiz …
	TypeConfirmReq  Type = "confirm_request" // an avatar asks you to confirm an irreversible action
	TypeNotice      Type = "notice"          // a notification: reminder, invite, delivery update …
	TypeMemories    Type = "memories"        // (v2) answer to memory and forget
	TypeRecap       Type = "recap"           // after joined: your recent conversation with an avatar of the room, and its open card
)

// ClientTypes is the set of types a server accepts.
var ClientTypes = map[Type]bool{
	TypeHello: true, TypeJoin: true, TypeLeave: true, TypeMove: true, TypeChat: true, TypePing: true,
	TypeTalk: true, TypeConfirm: true, TypeDecline: true,
	TypeMemory: true, TypeForget: true,
}

// V2Types are client types a session may use only if it speaks version 2.
var V2Types = map[Type]bool{TypeMemory: true, TypeForget: true}

// Limits every server enforces; also announced in [Welcome].
const (
	MaxFrameBytes  = 16 << 10 // largest client frame; larger closes with 1009
	MaxChatRunes   = 500      // longest chat text, in Unicode code points
	MaxNameRunes   = 32       // longest display name
	MaxIDLen       = 64       // longest envelope id
	MaxResumeLen   = 128      // longest resume token
	MaxClientLen   = 64       // longest client string in hello
	MaxRoomIDLen   = 64       // longest room id
	MaxVersionList = 16       // most versions a hello may offer
)

// Hello opens a session. Versions lists the protocol versions the client
// speaks. Resume, if set, is the resume token from an earlier welcome: the
// server puts the client back where it was (same room, same entity) if the
// token is still valid.
type Hello struct {
	Versions []int  `json:"versions"`
	Client   string `json:"client,omitempty"`
	Resume   string `json:"resume,omitempty"`
	// Look is how the user's character looks (a client's choice at
	// sign-in; ValidLook): other clients draw it from the entity's look.
	Look string `json:"look,omitempty"`
}

// MaxLookLen is the longest look key.
const MaxLookLen = 16

// ValidLook reports whether s can be a look key: 1 to MaxLookLen
// lowercase ASCII letters, digits or '-' (a key into a client's art, never
// text to show).
func ValidLook(s string) bool {
	if s == "" || len(s) > MaxLookLen {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

// Welcome answers hello.
type Welcome struct {
	Version int    `json:"version"`
	User    User   `json:"user"`
	Resume  string `json:"resume"`   // present it in a later hello to resume
	ResumeS int    `json:"resume_s"` // how long after a disconnect it stays valid, in seconds
	TickHz  int    `json:"tick_hz"`  // room tick rate
	Time    int64  `json:"time"`     // server clock, Unix milliseconds
	Rooms   []Room `json:"rooms"`    // rooms this server hosts
	Limits  Limits `json:"limits"`   // what this server enforces
	Resumed bool   `json:"resumed"`  // true if the resume token was accepted; a joined follows
	// Nodes lists the base URLs of a cluster's live nodes, this one first
	// (absent on a single server): where to reconnect if this one is lost.
	Nodes []string `json:"nodes,omitempty"`
}

// User is a signed-in person.
type User struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Limits are the server's limits, announced so clients can stay within them.
type Limits struct {
	MaxFrame  int     `json:"max_frame"`  // bytes
	ChatRunes int     `json:"chat_runes"` // code points per chat message
	MoveRate  float64 `json:"move_rate"`  // move intents per second
	ChatRate  float64 `json:"chat_rate"`  // chat messages per second
	ChatBurst int     `json:"chat_burst"` // chat messages in a burst
	NearTiles float64 `json:"near_tiles"` // proximity chat radius
	ViewTiles int     `json:"view_tiles"` // interest radius, see README
	Speed     float64 `json:"speed"`      // walking speed, tiles per second
	// Added within version 2 (README §3):
	MoveBurst  int     `json:"move_burst"`  // move intents in a burst
	TalkRunes  int     `json:"talk_runes"`  // code points per talk message
	TalkRate   float64 `json:"talk_rate"`   // talk messages per second
	TalkBurst  int     `json:"talk_burst"`  // talk messages in a burst
	OtherRate  float64 `json:"other_rate"`  // other messages per second
	OtherBurst int     `json:"other_burst"` // other messages in a burst
}

// Room describes a room in listings.
type Room struct {
	ID      string `json:"id"`
	Kind    string `json:"kind"` // classroom, store, office, lobby …
	NameKo  string `json:"name_ko"`
	NameEn  string `json:"name_en"`
	Players int    `json:"players"`
}

// Join asks to enter a room. A client in another room leaves it first.
type Join struct {
	Room string `json:"room"`
}

// Joined answers join: everything a client needs to draw the room.
type Joined struct {
	Room     Room      `json:"room"`
	Map      Map       `json:"map"`
	You      uint32    `json:"you"`      // your entity id
	Tick     uint64    `json:"tick"`     // the room tick this snapshot belongs to
	Entities []Entity  `json:"entities"` // entities in your view
	Members  []Member  `json:"members"`  // everyone in the room
	Chat     []ChatMsg `json:"chat"`     // recent room-wide chat, oldest first
	Resumed  bool      `json:"resumed"`  // true if this continues an earlier session
}

// Map is a room's static tile grid. Tiles has H strings of W bytes; the
// legend is in README.md ('#' wall, '.' floor, …).
type Map struct {
	W     int      `json:"w"`
	H     int      `json:"h"`
	Tiles []string `json:"tiles"`
	Zones []Zone   `json:"zones"`
	Doors []Door   `json:"doors"`
}

// Zone is a named rectangle of tiles (inclusive X,Y; W×H tiles).
type Zone struct {
	Name string `json:"name"`
	X    int    `json:"x"`
	Y    int    `json:"y"`
	W    int    `json:"w"`
	H    int    `json:"h"`
}

// Door is a tile that takes whoever steps on it to another room.
type Door struct {
	X    int    `json:"x"`
	Y    int    `json:"y"`
	To   string `json:"to"`
	ToX  int    `json:"to_x"`
	ToY  int    `json:"to_y"`
	Name string `json:"name,omitempty"`
}

// Entity kinds.
const (
	KindPlayer = "player"
	KindAvatar = "avatar"
)

// Entity is everything public about someone in a room. Positions are in
// tiles (the centre of tile (3,4) is x=3, y=4), rounded to 0.01.
type Entity struct {
	ID   uint32  `json:"id"`
	Kind string  `json:"kind"`
	Name string  `json:"name"`
	X    float64 `json:"x"`
	Y    float64 `json:"y"`
	Dir  string  `json:"d"`              // facing: n, e, s, w
	Role string  `json:"role,omitempty"` // avatars: tutor, assistant, shopper
	Look string  `json:"look,omitempty"` // appearance key for the client (avatars: their config; people: hello's look)
	// NameEn is an avatar's name in English ("Assistant Jini"); Name is its
	// Korean one. A client showing English shows NameEn when set.
	NameEn string `json:"name_en,omitempty"`
}

// Pos is a position update inside a tick.
type Pos struct {
	ID  uint32  `json:"id"`
	X   float64 `json:"x"`
	Y   float64 `json:"y"`
	Dir string  `json:"d"`
	TS  int64   `json:"ts,omitempty"` // the TS of the move intent that started this movement, once
}

// Member is an entry in a room's member list.
type Member struct {
	ID     uint32 `json:"id"`
	Kind   string `json:"kind"`
	Name   string `json:"name"`
	NameEn string `json:"name_en,omitempty"` // avatars: the English name (see Entity)
}

// Tick is one batched delta of the client's view: entities that came into
// view (Add, full records; treat as upsert), entities in view that moved
// (Mov), and entities that left the view or the room (Del). A tick with no
// changes is not sent.
type Tick struct {
	T   uint64   `json:"t"`
	Add []Entity `json:"add,omitempty"`
	Mov []Pos    `json:"mov,omitempty"`
	Del []uint32 `json:"del,omitempty"`
}

// Presence reports room membership changes (room-wide, not limited by view).
type Presence struct {
	Room  string   `json:"room"`
	Join  []Member `json:"join,omitempty"`
	Leave []uint32 `json:"leave,omitempty"`
}

// Leave asks to leave the current room. It has no fields.
type Leave struct{}

// Left confirms that the client is no longer in Room.
type Left struct {
	Room   string `json:"room"`
	Reason string `json:"reason,omitempty"` // "leave", "door", "join"
}

// Directions for [Move].Dir.
const (
	DirN    = "n"
	DirE    = "e"
	DirS    = "s"
	DirW    = "w"
	DirStop = "stop"
)

// Move is a movement intent. Exactly one of To and Dir is set. To asks the
// server to walk to a tile along a shortest path; Dir asks to step one tile
// that way (send it again to keep walking) or to stop. The server moves the
// entity at its own speed; intents never teleport.
type Move struct {
	To  *Point `json:"to,omitempty"`
	Dir string `json:"dir,omitempty"`
	// TS is an opaque client value (a timestamp, a sequence number) that
	// the server echoes in the first movement the intent causes, so a
	// client can match intents to their effect and measure latency.
	TS int64 `json:"ts,omitempty"`
}

// Point is a tile coordinate.
type Point struct {
	X int `json:"x"`
	Y int `json:"y"`
}

// Chat scopes.
const (
	ScopeRoom = "room" // everyone in the room; kept in the room's history
	ScopeNear = "near" // only people within Limits.NearTiles; not kept
)

// Chat says Text to Scope (default room).
type Chat struct {
	Text  string `json:"text"`
	Scope string `json:"scope,omitempty"`
}

// ChatMsg is a chat line as delivered. The sender's own copy carries the id
// of its chat request, which is how a client knows it was accepted.
type ChatMsg struct {
	ID    string `json:"id"`
	Room  string `json:"room"`
	From  uint32 `json:"from"` // entity id of the speaker
	Name  string `json:"name"`
	Scope string `json:"scope"`
	Text  string `json:"text"`
	TS    int64  `json:"ts"` // server time, Unix milliseconds
}

// ZoneEvent kinds.
const (
	ZoneEnter = "enter"
	ZoneLeave = "leave"
)

// ZoneMsg tells a client its entity entered or left a named zone.
type ZoneMsg struct {
	Room  string `json:"room"`
	Zone  string `json:"zone"`
	Event string `json:"event"`
}

// Ping asks for a pong. TS is echoed back unchanged.
type Ping struct {
	TS int64 `json:"ts"`
}

// Pong answers ping.
type Pong struct {
	TS   int64 `json:"ts"`   // the ping's TS
	Time int64 `json:"time"` // server clock, Unix milliseconds
}

// Bye reasons.
const (
	ByeShutdown     = "shutdown"      // the server is stopping; reconnect later with your resume token
	ByeSlowConsumer = "slow_consumer" // the client did not read fast enough
	ByeReplaced     = "replaced"      // the session was resumed on another connection
	ByeHelloTimeout = "hello_timeout" // no hello within the hello timeout (close 1008)
	ByePolicy       = "policy"        // the client kept breaking the protocol's limits
	// ByeMoved: the room is served by another node of the cluster. Connect
	// to URL (if empty: to any node, after RetryMS) with your resume token
	// and join Room.
	ByeMoved = "moved"
)

// Bye is sent just before the server closes a connection.
type Bye struct {
	Reason  string `json:"reason"`
	Message string `json:"message,omitempty"`
	// With reason "moved":
	URL     string `json:"url,omitempty"`      // base URL of the node serving Room
	Room    string `json:"room,omitempty"`     // the room to join there
	RetryMS int    `json:"retry_ms,omitempty"` // wait this long first (the room is between nodes)
}

// Talk says Text to the avatar entity Avatar (in your room). The reply
// comes as speech, cards and confirm requests from that avatar.
//
// Pick, when set, says the user clicked item Pick (1-based, in the order
// shown) on the avatar's latest card that lists choices. The avatar reads
// it as that item's number said in the conversation's own language, so a
// click never changes the language (a "1번" from an English browser turned
// the conversation Korean). Text is still required: a client that sets
// Pick sends the bare number ("1"), which a server without Pick also reads
// as a pick without a change of language.
type Talk struct {
	Avatar uint32 `json:"avatar"`
	Text   string `json:"text"`
	Pick   int    `json:"pick,omitempty"`
}

// MaxPick is the largest Talk.Pick (no card lists more choices).
const MaxPick = 99

// Recap is what a client needs to show a conversation again after a
// reload: a page that reconnects has lost its chat log and the card it was
// answering (a quiz question, the places to pick from), though the server
// keeps the conversation. It follows joined, one per avatar of the room
// you talked with recently. A client that still shows the conversation
// (a resume without a reload) ignores it.
type Recap struct {
	Avatar uint32      `json:"avatar"`
	Lines  []RecapLine `json:"lines"`          // the recent lines, oldest first
	Card   *Card       `json:"card,omitempty"` // the last card the avatar showed you, if any
	// Confirm is the confirmation still waiting for your button, if any.
	Confirm *ConfirmRequest `json:"confirm,omitempty"`
}

// RecapLine is one line of a recap.
type RecapLine struct {
	From string `json:"from"` // "you" or "avatar"
	Text string `json:"text"`
	TS   int64  `json:"ts"` // when it was said, Unix ms
}

// MaxRecapLines bounds a recap's lines.
const MaxRecapLines = 12

// MaxTalkRunes is the longest text you may say to an avatar.
const MaxTalkRunes = 1000

// Speech is an avatar's reply, streamed: chunks with the same Seq arrive in
// order; the one with Final closes the bubble. Only the person spoken to
// receives the text; others nearby see the avatar's state.
type Speech struct {
	Avatar uint32 `json:"avatar"`
	Seq    uint64 `json:"seq"`          // one reply
	Re     string `json:"re,omitempty"` // id of the talk or confirm this answers; empty for unsolicited lines (greetings, prompts)
	Text   string `json:"text"`         // this chunk
	Final  bool   `json:"final"`        // the last chunk of the reply
	Lang   string `json:"lang"`         // ko or en
}

// Avatar states.
const (
	StateIdle      = "idle"
	StateListening = "listening"
	StateThinking  = "thinking"
	StateActing    = "using_skill"
	StateWaiting   = "awaiting_confirmation"
	StateSpeaking  = "speaking"
)

// AvatarState tells everyone in the room what an avatar is doing. It never
// says for whom or what about.
type AvatarState struct {
	Avatar uint32 `json:"avatar"`
	State  string `json:"state"`
	Busy   int    `json:"busy"` // conversations it is in
}

// Card kinds.
const (
	CardProducts = "products"
	CardSlots    = "slots"
	CardOptions  = "options"
	CardBooking  = "booking"
	CardOrder    = "order"
	// CardQuiz is a quiz question: a row with the question (its id the
	// question's, as "ps3": not a number, so no choice), then for multiple
	// choice one row per choice with the choice's number as its id
	// ("2번" picks the row whose id is 2, not the second row).
	CardQuiz    = "quiz"
	CardAnswer  = "answer"
	CardGraded  = "graded"
	CardCart    = "cart"
	CardResults = "results"
	// CardReplies are quick replies: each item's title is what pressing
	// it says to the avatar (a greeting's suggestions, 배송/픽업).
	CardReplies = "replies"
	// CardForm is a form: each item is a field (id its name, title its
	// label, subtitle an example, reason a saved value to start from);
	// sending it says the filled values, in order, to the avatar.
	CardForm = "form"
)

// Card is a skill result to show. Items are the things to show or choose
// from (choose by saying "1번", "the second", or the item's name).
type Card struct {
	Avatar  uint32     `json:"avatar"`
	Re      string     `json:"re,omitempty"` // as Speech.Re
	Kind    string     `json:"kind"`
	Title   string     `json:"title"`
	Items   []CardItem `json:"items,omitempty"`
	Sources []Source   `json:"sources,omitempty"` // for answers: where the material comes from
}

// CardItem is one row of a card.
type CardItem struct {
	ID       string `json:"id,omitempty"`
	Title    string `json:"title"`
	Subtitle string `json:"subtitle,omitempty"`
	Price    string `json:"price,omitempty"`
	Reason   string `json:"reason,omitempty"`
	Status   string `json:"status,omitempty"`
}

// Source cites a lesson section.
type Source struct {
	Lesson  string `json:"lesson"`
	Section string `json:"section"`
	Quote   string `json:"quote"`
}

// ConfirmRequest asks the user to confirm an irreversible action. Fields
// lists every parameter; Nonce goes back in confirm or decline.
type ConfirmRequest struct {
	Avatar  uint32       `json:"avatar"`
	Re      string       `json:"re,omitempty"` // as Speech.Re
	Nonce   string       `json:"nonce"`
	Action  string       `json:"action"` // the tool
	Summary string       `json:"summary"`
	Fields  []FieldValue `json:"fields"`
	Expires int64        `json:"expires"` // Unix ms
	// Button is the confirm button's words when the action has its own
	// ("28,400원 결제"); empty: the client's generic "확인"/"Confirm".
	Button string `json:"button,omitempty"`
}

// FieldValue is a labelled parameter on a confirmation card.
type FieldValue struct {
	Label string `json:"label"`
	Value string `json:"value"`
}

// Confirm confirms (or, as decline, declines) the pending action Nonce.
// Only the user the request was sent to can confirm it, from their own
// connection; a nonce works once.
type Confirm struct {
	Nonce string `json:"nonce"`
}

// Memory asks what avatars remember about you (v2). Avatar is an avatar's
// id ("assistant", from memories) or empty for all of them.
type Memory struct {
	Avatar string `json:"avatar,omitempty"`
}

// Forget deletes what an avatar remembers about you (v2): the fact Key,
// or with no key every fact, the conversation history and its summary.
type Forget struct {
	Avatar string `json:"avatar"`
	Key    string `json:"key,omitempty"`
}

// Memories lists what avatars remember about you (v2).
type Memories struct {
	Avatars []AvatarMemory `json:"avatars"`
	// MCPTokens are the user's MCP tokens (not the secrets), answered to
	// memory (the client's 내 정보 lists them); managed over HTTP at
	// /api/mcp/tokens. Added within version 2 (absent: none).
	MCPTokens []MCPToken `json:"mcp_tokens,omitempty"`
}

// MCPToken describes one MCP token of the user.
type MCPToken struct {
	ID      string `json:"id"`
	Label   string `json:"label,omitempty"`
	Created int64  `json:"created"` // Unix seconds
	Expires int64  `json:"expires"` // Unix seconds
	// ClientConfirm: the user lets the MCP client holding this token
	// confirm irreversible actions itself (MCP elicitation); off, they
	// confirm in the world.
	ClientConfirm bool `json:"client_confirm"`
}

// AvatarMemory is what one avatar remembers about you.
type AvatarMemory struct {
	Avatar  string       `json:"avatar"` // the avatar's id
	Name    string       `json:"name"`   // its name in your language
	Facts   []Remembered `json:"facts"`
	History int          `json:"history"` // lines of conversation it keeps
}

// Remembered is one remembered fact, with the words it came from.
type Remembered struct {
	Key   string `json:"key"`
	Value string `json:"value"`
	Said  string `json:"said"`
	At    int64  `json:"at"` // Unix ms
}

// Notice is a notification from a skill.
type Notice struct {
	Kind string         `json:"kind"` // reminder, invite, delivery, order …
	Text string         `json:"text"`
	Data map[string]any `json:"data,omitempty"`
	At   int64          `json:"at"` // Unix ms
}
