// Package session keeps a user in the world across dropped connections:
// it signs in, connects, joins a room, and when the connection drops it
// reconnects with the resume token (protocol README §8) so the user keeps
// their entity, room and place. It reports every change of connection
// status as an event, so a UI can show "reconnecting…" honestly.
//
// It does not import ebiten: the desktop client, the browser client and
// tests use it the same way.
package session

import (
	"context"
	"errors"
	"math/rand/v2"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
)

// TypeStatus is the event type of a connection status change. It is not a
// wire type: the session makes these events itself.
const TypeStatus protocol.Type = "madang.status"

// Connection states.
const (
	Connecting   = "connecting"   // first sign-in and connect
	Online       = "online"       // connected (and joined, or joining)
	Reconnecting = "reconnecting" // lost; trying again with the resume token
	Offline      = "offline"      // given up (replaced by another tab, refused name, closed)
)

// Status is the connection's state, delivered as the payload of a
// TypeStatus event.
type Status struct {
	State   string
	Attempt int    // reconnect attempts so far (Reconnecting)
	Err     string // why the last attempt or the connection failed
	Resumed bool   // Online: the server kept our entity (no rejoin)
}

// Config says whom to sign in as and where.
type Config struct {
	Server string // base URL, http(s)://host:port
	Name   string // display name (Korean allowed)
	Room   string // room to join first
	Client string // program name sent in hello
	Look   string // the character's look (hello)
	// Cred and Resume, if set, are a saved identity (a reloaded browser
	// page): the session connects with that account and resumes that
	// entity instead of signing in a new guest. A stale resume token just
	// starts fresh in Room; a refused credential signs in again as Name.
	Cred   *client.Credentials
	Resume string
	// Backoff is the wait before reconnect attempt n (1-based). Default:
	// 250 ms doubling to 5 s, with ±20% jitter so a restarted server is
	// not hit by every client in the same instant.
	Backoff func(n int) time.Duration
}

// ErrOffline is returned by the send methods while there is no connection.
var ErrOffline = errors.New("not connected")

// Session is one user's presence in a world.
type Session struct {
	cfg    Config
	events chan client.Event
	ctx    context.Context
	cancel context.CancelFunc
	done   chan struct{}

	mu     sync.Mutex
	conn   *client.Conn
	cred   *client.Credentials
	room   string
	resume string // the newest resume token
	status Status
	// server is where the next connection goes: cfg.Server at first, then
	// wherever a cluster sends us ("moved"), or the next of nodes when a
	// node cannot be reached.
	server string
	nodes  []string
}

// Start signs in and connects in the background; follow Events.
func Start(cfg Config) *Session {
	if cfg.Backoff == nil {
		cfg.Backoff = DefaultBackoff
	}
	if cfg.Client == "" {
		cfg.Client = "madang-client/1"
	}
	ctx, cancel := context.WithCancel(context.Background())
	s := &Session{cfg: cfg, events: make(chan client.Event, 4096), ctx: ctx, cancel: cancel, done: make(chan struct{}), room: cfg.Room, server: cfg.Server,
		cred: cfg.Cred, resume: cfg.Resume}
	go s.run()
	return s
}

// DefaultBackoff is 250 ms × 2^(n-1), at most 5 s, ±20% jitter.
func DefaultBackoff(n int) time.Duration {
	d := 250 * time.Millisecond
	for i := 1; i < n && d < 5*time.Second; i++ {
		d *= 2
	}
	d = min(d, 5*time.Second)
	return time.Duration(float64(d) * (0.8 + 0.4*rand.Float64()))
}

// Events delivers the server's messages and TypeStatus changes, in order.
// It is closed when the session ends (Close, or Offline for good).
func (s *Session) Events() <-chan client.Event { return s.events }

// Conn is the current connection, or nil while there is none.
func (s *Session) Conn() *client.Conn {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.conn
}

// Mirror is the current connection's mirror of the room, or nil.
func (s *Session) Mirror() *client.Mirror {
	if c := s.Conn(); c != nil {
		return c.Mirror
	}
	return nil
}

// Status is the current connection status.
func (s *Session) Status() Status {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.status
}

// User is who we signed in as (zero before the first sign-in).
func (s *Session) User() protocol.User {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cred == nil {
		return protocol.User{}
	}
	return s.cred.User
}

// Identity is what a client keeps to come back as the same user, in the
// same place, after a restart (a reloaded browser page): the account's
// credential, the newest resume token, and the name and room.
type Identity struct {
	Name   string              `json:"name"`
	Room   string              `json:"room"`
	Cred   *client.Credentials `json:"cred"`
	Resume string              `json:"resume"`
	Look   string              `json:"look,omitempty"`
}

// Identity is the session's identity now (Cred nil before the first
// sign-in).
func (s *Session) Identity() Identity {
	s.mu.Lock()
	defer s.mu.Unlock()
	return Identity{Name: s.cfg.Name, Room: s.room, Cred: s.cred, Resume: s.resume, Look: s.cfg.Look}
}

// Close leaves the world (a normal close: the server removes the entity at
// once) and ends the session.
func (s *Session) Close() {
	s.cancel()
	if c := s.Conn(); c != nil {
		c.Close()
	}
	<-s.done
}

// Drop cuts the current connection like a lost network (tests, and the
// "simulate a drop" debug key); the session reconnects by itself.
func (s *Session) Drop() {
	if c := s.Conn(); c != nil {
		c.Drop()
	}
}

func (s *Session) setStatus(st Status) {
	s.mu.Lock()
	s.status = st
	s.mu.Unlock()
	s.emit(client.Event{Type: TypeStatus, Payload: &st, At: time.Now()})
}

func (s *Session) emit(ev client.Event) bool {
	select {
	case s.events <- ev:
		return true
	case <-s.ctx.Done():
		return false
	}
}

func (s *Session) run() {
	defer close(s.done)
	defer close(s.events)
	resume := s.cfg.Resume
	attempt := 0
	s.setStatus(Status{State: Connecting})
	for {
		if s.ctx.Err() != nil {
			return
		}
		if attempt > 0 {
			s.setStatus(Status{State: Reconnecting, Attempt: attempt, Err: s.Status().Err})
			select {
			case <-time.After(s.cfg.Backoff(attempt)):
			case <-s.ctx.Done():
				return
			}
		}
		attempt++
		conn, err := s.connect(resume)
		if err != nil {
			if fatal(err) {
				s.setStatus(Status{State: Offline, Err: err.Error()})
				return
			}
			s.mu.Lock()
			s.status.Err = err.Error()
			s.nextNode()
			s.mu.Unlock()
			continue
		}
		resume = conn.Welcome.Resume
		s.mu.Lock()
		s.conn = conn
		s.resume = resume
		for _, n := range conn.Welcome.Nodes {
			// Keep every node ever named: a welcome given while the cluster
			// was recovering may list only the nodes it could see then.
			if !slices.Contains(s.nodes, n) {
				s.nodes = append(s.nodes, n)
			}
		}
		s.mu.Unlock()
		s.setStatus(Status{State: Online, Resumed: conn.Welcome.Resumed})
		if !conn.Welcome.Resumed {
			s.mu.Lock()
			room := s.room
			s.mu.Unlock()
			// Not a request: joined arrives as an event like any other, and
			// an error (room gone) shows up in the UI as one.
			conn.Send(protocol.TypeJoin, "join", &protocol.Join{Room: room})
		}
		b := s.forward(conn)
		s.mu.Lock()
		s.conn = nil
		s.mu.Unlock()
		if s.ctx.Err() != nil {
			return
		}
		bye := ""
		if b != nil {
			bye = b.Reason
		}
		switch bye {
		case protocol.ByeReplaced:
			s.setStatus(Status{State: Offline, Err: "opened in another window"})
			return
		case protocol.ByeMoved:
			// A cluster sends us to the node serving the room: go at once
			// (or after the pause it asks for), resume token in hand.
			s.mu.Lock()
			if b.Room != "" {
				s.room = b.Room
			}
			if b.URL != "" {
				s.server = b.URL
			}
			s.mu.Unlock()
			s.setStatus(Status{State: Reconnecting, Err: "moving to another server"})
			if b.RetryMS > 0 {
				select {
				case <-time.After(time.Duration(min(b.RetryMS, 5000)) * time.Millisecond):
				case <-s.ctx.Done():
					return
				}
			}
			attempt = 0
			continue
		}
		why := "connection lost"
		if err := conn.Err(); err != nil && !errors.Is(err, client.ErrClosed) {
			why = err.Error()
		}
		if bye != "" {
			why = "server said " + bye
		}
		s.mu.Lock()
		s.status.Err = why
		s.mu.Unlock()
		attempt = 1
	}
}

// nextNode moves s.server to the next known node of a cluster (after a
// failed connection: the node may be dead). Alone, it stays.
func (s *Session) nextNode() {
	if len(s.nodes) < 2 {
		return
	}
	i := slices.Index(s.nodes, s.server)
	s.server = s.nodes[(i+1)%len(s.nodes)]
}

// connect signs in if needed and dials. A refused token (expired, or the
// server lost its accounts) signs in again as the same name.
func (s *Session) connect(resume string) (*client.Conn, error) {
	ctx, cancel := context.WithTimeout(s.ctx, 15*time.Second)
	defer cancel()
	s.mu.Lock()
	cred, server := s.cred, s.server
	s.mu.Unlock()
	if cred == nil {
		c, err := client.SignIn(ctx, server, s.cfg.Name)
		if err != nil {
			return nil, err
		}
		s.mu.Lock()
		s.cred, cred = c, c
		s.mu.Unlock()
	}
	conn, err := client.Dial(ctx, server, cred.Token, &client.Options{Resume: resume, Client: s.cfg.Client, Look: s.cfg.Look})
	var he *client.HTTPError
	if errors.As(err, &he) && he.Status == 401 {
		s.mu.Lock()
		s.cred = nil
		s.mu.Unlock()
	}
	return conn, err
}

// forward passes the connection's events on until it ends and returns the
// bye reason, if the server said goodbye.
func (s *Session) forward(conn *client.Conn) (bye *protocol.Bye) {
	for ev := range conn.Events() {
		switch p := ev.Payload.(type) {
		case *protocol.Joined:
			s.mu.Lock()
			s.room = p.Room.ID // doors change rooms: come back to this one
			s.mu.Unlock()
		case *protocol.Bye:
			bye = p
		}
		if !s.emit(ev) {
			return bye
		}
	}
	return bye
}

// fatal reports errors retrying cannot fix: the server refused the name.
func fatal(err error) bool {
	var he *client.HTTPError
	return errors.As(err, &he) && he.Status == 400
}

func (s *Session) send(t protocol.Type, payload any) error {
	c := s.Conn()
	if c == nil {
		return ErrOffline
	}
	return c.Send(t, "", payload)
}

// Chat says text to the room (scope protocol.ScopeRoom) or nearby.
func (s *Session) Chat(text, scope string) error {
	return s.send(protocol.TypeChat, &protocol.Chat{Text: text, Scope: scope})
}

// Talk says text to an avatar.
func (s *Session) Talk(avatar uint32, text string) error {
	return s.send(protocol.TypeTalk, &protocol.Talk{Avatar: avatar, Text: text})
}

// TalkPick says the user clicked choice n (1-based) of the avatar's card:
// the avatar hears it in the conversation's language. The text is the bare
// number, which a server that knows no pick reads the same way.
func (s *Session) TalkPick(avatar uint32, n int) error {
	return s.send(protocol.TypeTalk, &protocol.Talk{Avatar: avatar, Text: strconv.Itoa(n), Pick: n})
}

// MoveTo walks to a tile; MoveDir steps one tile (or "stop").
func (s *Session) MoveTo(x, y int) error {
	return s.send(protocol.TypeMove, &protocol.Move{To: &protocol.Point{X: x, Y: y}})
}

// MoveDir steps one tile in direction d, or stops.
func (s *Session) MoveDir(d string) error { return s.send(protocol.TypeMove, &protocol.Move{Dir: d}) }

// Confirm confirms a pending action; Decline declines it.
func (s *Session) Confirm(nonce string) error {
	return s.send(protocol.TypeConfirm, &protocol.Confirm{Nonce: nonce})
}

// Decline declines a pending action.
func (s *Session) Decline(nonce string) error {
	return s.send(protocol.TypeDecline, &protocol.Confirm{Nonce: nonce})
}

// Memory asks what avatars remember about the user (protocol v2); the
// answer arrives as a memories event.
func (s *Session) Memory() error { return s.send(protocol.TypeMemory, &protocol.Memory{}) }

// RevokeMCP revokes one of the user's MCP tokens over HTTP, then asks
// for the memories again (내 정보 lists the tokens); it returns at once.
func (s *Session) RevokeMCP(id string) error { return s.mcpToken(id, true, false) }

// AllowMCPConfirm lets the MCP token's client confirm irreversible
// actions itself (on) or not, then asks for the memories again.
func (s *Session) AllowMCPConfirm(id string, on bool) error { return s.mcpToken(id, false, on) }

func (s *Session) mcpToken(id string, revoke, on bool) error {
	s.mu.Lock()
	cred, server := s.cred, s.server
	s.mu.Unlock()
	if cred == nil {
		return ErrOffline
	}
	go func() {
		ctx, cancel := context.WithTimeout(s.ctx, 10*time.Second)
		defer cancel()
		if err := client.MCPToken(ctx, server, cred.Token, id, revoke, on); err != nil {
			s.emit(client.Event{Type: protocol.TypeError, Payload: &protocol.Error{Code: protocol.CodeInternal, Message: err.Error()}})
			return
		}
		s.Memory()
	}()
	return nil
}

// Forget deletes a remembered fact (key) or everything an avatar knows
// about the user (key ""); the remaining memories arrive as an event.
func (s *Session) Forget(avatar, key string) error {
	return s.send(protocol.TypeForget, &protocol.Forget{Avatar: avatar, Key: key})
}
