// Package client is the Go client library for Madang worlds: sign in,
// connect, join rooms, move, chat, and keep a mirror of the world that is
// ready for interpolated drawing.
//
// It does not import ebiten, so tests, bots, the load tool and the Ebiten
// UI all use it the same way:
//
//	cred, err := client.SignIn(ctx, "http://127.0.0.1:8080", "민수")
//	c, err := client.Dial(ctx, "http://127.0.0.1:8080", cred.Token, nil)
//	defer c.Close()
//	joined, err := c.Join(ctx, "classroom")
//	c.MoveTo(5, 7)
//	msg, err := c.Chat(ctx, "안녕하세요", protocol.ScopeRoom)
//	for ev := range c.Events() { ... }
//
// # Concurrency
//
// A Conn's methods are safe for concurrent use. One goroutine reads the
// socket, applies every message to the Mirror and then delivers it on
// Events; the Mirror is always at least as new as the events read so far.
package client

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/madang-world/madang/protocol"
)

// Errors.
var (
	ErrClosed = errors.New("client: connection closed")
)

// HTTPError is a refused HTTP request (sign-in, or the WebSocket upgrade).
type HTTPError struct {
	Status  int
	Code    string
	Message string
}

func (e *HTTPError) Error() string {
	return fmt.Sprintf("http %d %s: %s", e.Status, e.Code, e.Message)
}

// httpErr reads a refusal's JSON error body ({"error":{"code","message"}}).
func httpErr(status int, data []byte) error {
	var body struct {
		Error struct{ Code, Message string } `json:"error"`
	}
	if err := json.Unmarshal(data, &body); err != nil || body.Error.Code == "" {
		// Not Madang's error shape (a proxy's page, say): keep what the
		// server said, shortened, so the refusal stays readable.
		msg := strings.TrimSpace(string(data))
		if len(msg) > 200 {
			msg = msg[:200] + "…"
		}
		return &HTTPError{Status: status, Code: "unreadable_error", Message: msg}
	}
	return &HTTPError{Status: status, Code: body.Error.Code, Message: body.Error.Message}
}

// Credentials are what a guest sign-in returns.
type Credentials struct {
	User    protocol.User `json:"user"`
	Token   string        `json:"token"`
	Expires int64         `json:"expires"`
}

// SignIn creates a guest account with a display name.
func SignIn(ctx context.Context, baseURL, name string) (*Credentials, error) {
	body, _ := json.Marshal(map[string]string{"name": name})
	status, data, err := httpDo(ctx, "POST", strings.TrimRight(baseURL, "/")+"/api/guest", body, "")
	if err != nil {
		return nil, fmt.Errorf("signing in: %w", err)
	}
	if status != 201 {
		return nil, httpErr(status, data)
	}
	var c Credentials
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("signing in: %w", err)
	}
	return &c, nil
}

// MCPToken revokes (revoke true) or changes whether its client may
// confirm (clientConfirm) one of the user's MCP tokens, with the world
// token (docs/skills.md §8).
func MCPToken(ctx context.Context, baseURL, worldToken, id string, revoke, clientConfirm bool) error {
	method, body := "PATCH", []byte(fmt.Sprintf(`{"client_confirm":%v}`, clientConfirm))
	if revoke {
		method, body = "DELETE", nil
	}
	status, data, err := httpDo(ctx, method, strings.TrimRight(baseURL, "/")+"/api/mcp/tokens/"+url.PathEscape(id), body, worldToken)
	if err != nil {
		return fmt.Errorf("MCP token: %w", err)
	}
	if status >= 300 {
		return httpErr(status, data)
	}
	return nil
}

// Rooms lists the server's rooms (GET /api/rooms), for a sign-in form.
func Rooms(ctx context.Context, baseURL string) ([]protocol.Room, error) {
	status, data, err := httpDo(ctx, "GET", strings.TrimRight(baseURL, "/")+"/api/rooms", nil, "")
	if err != nil {
		return nil, fmt.Errorf("GET /api/rooms: %w", err)
	}
	if status != 200 {
		return nil, httpErr(status, data)
	}
	var body struct {
		Rooms []protocol.Room `json:"rooms"`
	}
	if err := json.Unmarshal(data, &body); err != nil {
		return nil, fmt.Errorf("GET /api/rooms: %w", err)
	}
	return body.Rooms, nil
}

// maxHTTPBody bounds what SignIn and Rooms read of an answer.
const maxHTTPBody = 1 << 20

// Options tune Dial. The zero value is fine.
type Options struct {
	// Resume is a resume token from an earlier Welcome.
	Resume string
	// Client names the program in hello (e.g. "madang-web/1").
	Client string
	// Look is the character's look key (protocol.ValidLook), "" for none.
	Look string
	// Origin, if set, is sent as the Origin header (browsers always send one).
	Origin string
	// EventBuffer is the size of the Events channel. Default 4096. When it
	// is full, events are dropped (counted by Dropped); the Mirror is still
	// updated.
	EventBuffer int
}

// Event is one message from the server, decoded. Payload holds a pointer to
// the protocol type for Type (*protocol.Tick, *protocol.ChatMsg, …).
type Event struct {
	Type    protocol.Type
	ID      string
	Payload any
	At      time.Time // when it was received
}

// Conn is a connection to a world server.
type Conn struct {
	Welcome protocol.Welcome
	Mirror  *Mirror

	tr     transport
	wmu    sync.Mutex
	events chan Event
	seq    atomic.Uint64

	pmu     sync.Mutex
	pending map[string]chan Event

	done    chan struct{}
	errOnce sync.Once
	err     error
	dropped atomic.Int64
	frames  atomic.Int64
}

// wsURL turns http(s)://host into ws(s)://host/ws.
func wsURL(base string) string {
	base = strings.TrimRight(base, "/")
	switch {
	case strings.HasPrefix(base, "https://"):
		base = "wss://" + base[len("https://"):]
	case strings.HasPrefix(base, "http://"):
		base = "ws://" + base[len("http://"):]
	}
	if !strings.HasSuffix(base, "/ws") {
		base += "/ws"
	}
	return base
}

// Dial connects, says hello and waits for welcome. If opts.Resume was
// accepted (Welcome.Resumed), a joined event follows and Mirror fills in.
func Dial(ctx context.Context, baseURL, token string, opts *Options) (*Conn, error) {
	if opts == nil {
		opts = &Options{}
	}
	tr, err := dialTransport(ctx, wsURL(baseURL), token, opts.Origin)
	if err != nil {
		return nil, err
	}
	n := opts.EventBuffer
	if n <= 0 {
		n = 4096
	}
	c := &Conn{tr: tr, Mirror: newMirror(), events: make(chan Event, n), pending: map[string]chan Event{}, done: make(chan struct{})}
	go c.readLoop()
	ev, err := c.request(ctx, protocol.TypeHello, &protocol.Hello{Versions: protocol.SupportedVersions, Client: opts.Client, Resume: opts.Resume, Look: opts.Look})
	if err != nil {
		c.Close()
		return nil, err
	}
	c.Welcome = *ev.Payload.(*protocol.Welcome)
	c.Mirror.setTickHz(c.Welcome.TickHz)
	return c, nil
}

// Events delivers every server message in order. It is closed when the
// connection ends.
func (c *Conn) Events() <-chan Event { return c.events }

// Dropped is how many events were dropped because Events was full.
func (c *Conn) Dropped() int64 { return c.dropped.Load() }

// Frames is how many WebSocket frames were received.
func (c *Conn) Frames() int64 { return c.frames.Load() }

// Done is closed when the connection has ended; Err then says why.
func (c *Conn) Done() <-chan struct{} { return c.done }

// Err returns why the connection ended (nil while it is open).
func (c *Conn) Err() error {
	select {
	case <-c.done:
		return c.err
	default:
		return nil
	}
}

// Close closes the connection with a normal closure (the server removes
// your entity at once instead of keeping it for a resume).
func (c *Conn) Close() error {
	c.wmu.Lock()
	c.tr.WriteClose(1000, "bye")
	c.wmu.Unlock()
	c.fail(ErrClosed)
	return nil
}

// Drop closes the socket without a close handshake, like a lost network:
// the server keeps the entity for the resume window.
func (c *Conn) Drop() {
	c.fail(ErrClosed)
}

func (c *Conn) fail(err error) {
	c.errOnce.Do(func() {
		c.err = err
		c.tr.Close()
	})
}

// Send writes one envelope. Most callers use the typed methods.
func (c *Conn) Send(t protocol.Type, id string, payload any) error {
	b, err := protocol.Encode(t, id, payload)
	if err != nil {
		return err
	}
	return c.SendRaw(b)
}

// SendRaw writes one frame exactly as given (tests use it for bad input).
func (c *Conn) SendRaw(frame []byte) error {
	select {
	case <-c.done:
		return ErrClosed
	default:
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	if err := c.tr.Write(frame); err != nil {
		c.fail(err)
		return err
	}
	return nil
}

func (c *Conn) nextID() string { return "c" + strconv.FormatUint(c.seq.Add(1), 10) }

// request sends a message and waits for the reply or error carrying its id.
func (c *Conn) request(ctx context.Context, t protocol.Type, payload any) (Event, error) {
	id := c.nextID()
	ch := make(chan Event, 1)
	c.pmu.Lock()
	c.pending[id] = ch
	c.pmu.Unlock()
	defer func() {
		c.pmu.Lock()
		delete(c.pending, id)
		c.pmu.Unlock()
	}()
	if err := c.Send(t, id, payload); err != nil {
		return Event{}, err
	}
	select {
	case ev := <-ch:
		if pe, ok := ev.Payload.(*protocol.Error); ok {
			return ev, pe
		}
		return ev, nil
	case <-c.done:
		return Event{}, c.err
	case <-ctx.Done():
		return Event{}, ctx.Err()
	}
}

// Join enters a room and returns its snapshot.
func (c *Conn) Join(ctx context.Context, room string) (*protocol.Joined, error) {
	ev, err := c.request(ctx, protocol.TypeJoin, &protocol.Join{Room: room})
	if err != nil {
		return nil, err
	}
	j, ok := ev.Payload.(*protocol.Joined)
	if !ok {
		return nil, fmt.Errorf("client: join answered with %s", ev.Type)
	}
	return j, nil
}

// Leave leaves the current room.
func (c *Conn) Leave(ctx context.Context) error {
	_, err := c.request(ctx, protocol.TypeLeave, &protocol.Leave{})
	return err
}

// MoveTo asks to walk to tile (x, y). Errors (unreachable, rate limited)
// arrive as events.
func (c *Conn) MoveTo(x, y int) error {
	return c.Send(protocol.TypeMove, c.nextID(), &protocol.Move{To: &protocol.Point{X: x, Y: y}})
}

// MoveDir asks to step one tile in direction d (protocol.DirN …) or stop.
func (c *Conn) MoveDir(d string) error {
	return c.Send(protocol.TypeMove, c.nextID(), &protocol.Move{Dir: d})
}

// Chat says text and waits for the server's acknowledgement (the sender's
// own copy of the line).
func (c *Conn) Chat(ctx context.Context, text, scope string) (*protocol.ChatMsg, error) {
	ev, err := c.request(ctx, protocol.TypeChat, &protocol.Chat{Text: text, Scope: scope})
	if err != nil {
		return nil, err
	}
	return ev.Payload.(*protocol.ChatMsg), nil
}

// Talk says text to the avatar entity id. The avatar's answers arrive as
// events: speech (in chunks), cards and confirm requests; errors as events
// with the returned request id.
func (c *Conn) Talk(avatar uint32, text string) (string, error) {
	id := c.nextID()
	return id, c.Send(protocol.TypeTalk, id, &protocol.Talk{Avatar: avatar, Text: text})
}

// TalkPick says the user picked choice n (1-based) of the avatar's latest
// card (protocol.Talk.Pick): the avatar hears it in the conversation's
// language, whatever language the client shows.
func (c *Conn) TalkPick(avatar uint32, n int) (string, error) {
	id := c.nextID()
	return id, c.Send(protocol.TypeTalk, id, &protocol.Talk{Avatar: avatar, Text: strconv.Itoa(n), Pick: n})
}

// Confirm confirms the pending action nonce (from a confirm request).
func (c *Conn) Confirm(nonce string) error {
	return c.Send(protocol.TypeConfirm, c.nextID(), &protocol.Confirm{Nonce: nonce})
}

// Decline declines it.
func (c *Conn) Decline(nonce string) error {
	return c.Send(protocol.TypeDecline, c.nextID(), &protocol.Confirm{Nonce: nonce})
}

// Memory asks what avatars remember about you (avatar "" for all).
// Protocol version 2.
func (c *Conn) Memory(ctx context.Context, avatar string) (*protocol.Memories, error) {
	return c.memories(ctx, protocol.TypeMemory, &protocol.Memory{Avatar: avatar})
}

// Forget deletes what avatar remembers about you: the fact key, or with
// key "" everything (facts and conversation history). Protocol version 2.
func (c *Conn) Forget(ctx context.Context, avatar, key string) (*protocol.Memories, error) {
	return c.memories(ctx, protocol.TypeForget, &protocol.Forget{Avatar: avatar, Key: key})
}

func (c *Conn) memories(ctx context.Context, t protocol.Type, payload any) (*protocol.Memories, error) {
	ev, err := c.request(ctx, t, payload)
	if err != nil {
		return nil, err
	}
	m, ok := ev.Payload.(*protocol.Memories)
	if !ok {
		return nil, fmt.Errorf("client: %s answered with %s", t, ev.Type)
	}
	return m, nil
}

// Ping measures a round trip through the server's session loop.
func (c *Conn) Ping(ctx context.Context) (time.Duration, error) {
	start := time.Now()
	_, err := c.request(ctx, protocol.TypePing, &protocol.Ping{TS: start.UnixMilli()})
	return time.Since(start), err
}

func (c *Conn) readLoop() {
	defer close(c.events)
	defer close(c.done)
	for {
		frame, err := c.tr.Read()
		if err != nil {
			c.fail(err)
			return
		}
		c.frames.Add(1)
		now := time.Now()
		protocol.SplitFrame(frame, func(raw []byte) error {
			ev, err := decodeEvent(raw)
			if err != nil {
				return nil // a newer server's message this client does not know
			}
			ev.At = now
			c.Mirror.apply(ev)
			if ev.ID != "" {
				c.pmu.Lock()
				ch := c.pending[ev.ID]
				c.pmu.Unlock()
				if ch != nil {
					select {
					case ch <- ev:
					default:
					}
				}
			}
			select {
			case c.events <- ev:
			default:
				c.dropped.Add(1)
			}
			return nil
		})
	}
}

func decodeEvent(raw []byte) (Event, error) {
	var env protocol.Envelope
	if err := json.Unmarshal(raw, &env); err != nil {
		return Event{}, err
	}
	var p any
	switch env.Type {
	case protocol.TypeWelcome:
		p = new(protocol.Welcome)
	case protocol.TypeJoined:
		p = new(protocol.Joined)
	case protocol.TypeLeft:
		p = new(protocol.Left)
	case protocol.TypeTick:
		p = new(protocol.Tick)
	case protocol.TypePresence:
		p = new(protocol.Presence)
	case protocol.TypeChatMsg:
		p = new(protocol.ChatMsg)
	case protocol.TypeZone:
		p = new(protocol.ZoneMsg)
	case protocol.TypeError:
		p = new(protocol.Error)
	case protocol.TypePong:
		p = new(protocol.Pong)
	case protocol.TypeBye:
		p = new(protocol.Bye)
	case protocol.TypeSpeech:
		p = new(protocol.Speech)
	case protocol.TypeAvatarState:
		p = new(protocol.AvatarState)
	case protocol.TypeCard:
		p = new(protocol.Card)
	case protocol.TypeConfirmReq:
		p = new(protocol.ConfirmRequest)
	case protocol.TypeNotice:
		p = new(protocol.Notice)
	case protocol.TypeMemories:
		p = new(protocol.Memories)
	case protocol.TypeRecap:
		p = new(protocol.Recap)
	default:
		return Event{Type: env.Type, ID: env.ID, Payload: env.Payload}, nil
	}
	if len(env.Payload) > 0 {
		if err := json.Unmarshal(env.Payload, p); err != nil {
			return Event{}, err
		}
	}
	return Event{Type: env.Type, ID: env.ID, Payload: p}, nil
}
