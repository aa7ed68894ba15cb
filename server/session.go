package server

import (
	"bytes"
	"errors"
	"io"
	"net"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/gorilla/websocket"
	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server/account"
	"golang.org/x/time/rate"
)

// maxCoalesce bounds the bytes the writer puts into one frame.
const maxCoalesce = 64 << 10

// Session is one WebSocket connection of a signed-in user.
//
// Two goroutines serve it, as gorilla/websocket requires (one reader, one
// writer): run (the reader, on the HTTP handler's goroutine) and writePump.
// Anyone may call send and close; nobody closes sendq (Nakama's model):
// close closes done, and writePump drains out.
type Session struct {
	srv  *Server
	conn *websocket.Conn
	user account.User
	look string // the character's look from hello ("" lets clients choose)

	sendq   chan []byte
	pending atomic.Int64 // bytes queued or being written: in sendq, in the writer's hands, in backlog

	// Direct writes (see tryDirect). wmu is held by whoever writes to the
	// socket — the writer goroutine, or a sender writing directly.
	wmu     sync.Mutex
	raw     syscall.RawConn // nil: no direct writes (not TCP, not Linux, or turned off)
	backlog []byte          // the unwritten rest of a direct write; guarded by wmu
	wake    chan struct{}   // tells the writer there is a backlog

	done      chan struct{}
	closeOnce sync.Once
	closeMu   sync.Mutex // guards bye, closeCode
	bye       protocol.Bye
	closeCode int
	writerOut chan struct{} // closed when the writer has written the bye and shut the socket down
	// halfClosed: the writer shut down only the sending side after the
	// bye; finish drains, then closes (written before writerOut closes).
	halfClosed bool

	// An idle connection has no writer goroutine: one is started (kick)
	// for a queued message, a backlog, a ping or the close, and it exits
	// after writerIdle without work.
	writing  atomic.Bool
	pingDue  atomic.Bool
	pingSlot int       // which sixteenth of the ping interval pings this session
	born     time.Time // no ping in the first PingInterval, as with a ticker per session

	room atomic.Pointer[Room] // set by the room goroutine on join, cleared on leave

	memInFlight atomic.Int32 // memory and forget requests being answered (≤ maxMemoryInFlight)
	addr        string       // the client's address, as counted by Server.reserve

	// Owned by the reader goroutine.
	hello      bool
	version    int // negotiated protocol version
	resumeHash string
	lim        struct{ move, chat, talk, other, errs *rate.Limiter }
	violations int
	violStart  time.Time
}

func newSession(srv *Server, conn *websocket.Conn, u account.User) *Session {
	o := &srv.opts
	s := &Session{
		srv:       srv,
		conn:      conn,
		user:      u,
		sendq:     make(chan []byte, o.SendQueueLen),
		done:      make(chan struct{}),
		writerOut: make(chan struct{}),
		pingSlot:  int(srv.sessSeq.Add(1) % pingSlots),
		born:      time.Now(),
	}
	s.wake = make(chan struct{}, 1)
	if tc, ok := conn.NetConn().(*net.TCPConn); ok && directWrites && !o.NoDirectWrites {
		s.raw, _ = tc.SyscallConn()
	}
	s.lim.move = rate.NewLimiter(rate.Limit(o.MoveRate), o.MoveBurst)
	s.lim.chat = rate.NewLimiter(rate.Limit(o.ChatRate), o.ChatBurst)
	s.lim.talk = rate.NewLimiter(talkRate, talkBurst) // a conversation: a burst of quick answers, then one a second
	s.lim.other = rate.NewLimiter(rate.Limit(o.OtherRate), o.OtherBurst)
	s.lim.errs = rate.NewLimiter(50, 50)
	return s
}

// send queues one message (or a prepared frame) for the client. It never
// blocks: if the queue is full, by count or by bytes, the client is too slow
// and is disconnected, so it cannot slow the room that is sending.
func (s *Session) send(msg []byte) bool {
	select {
	case <-s.done:
		return false
	default:
	}
	if s.tryDirect(msg) {
		return true
	}
	if s.pending.Add(int64(len(msg))) > int64(s.srv.opts.SendQueueBytes) {
		s.pending.Add(-int64(len(msg)))
		s.close(protocol.ByeSlowConsumer, "send queue bytes exceeded", websocket.ClosePolicyViolation)
		return false
	}
	select {
	case s.sendq <- msg:
		s.srv.m.msgsOut.Inc()
		s.kick()
		return true
	default:
		s.pending.Add(-int64(len(msg)))
		s.close(protocol.ByeSlowConsumer, "send queue full", websocket.ClosePolicyViolation)
		return false
	}
}

// tryDirect writes msg to the socket from the sender's goroutine when
// nothing else is queued or being written and the kernel takes it at once —
// the common case for a client that keeps up. It saves the writer
// goroutine's wake-up, the channel hand-off and a copy per message (a fifth
// of the server's CPU at 1,000 clients and 20 ticks a second). A frame the
// kernel takes only in part becomes the backlog, which the writer finishes
// before anything else; from then on messages queue as usual, so a slow
// client still fills its queue and is dropped, and order is kept.
func (s *Session) tryDirect(msg []byte) bool {
	if s.raw == nil || len(msg) == 0 || s.pending.Load() != 0 || !s.wmu.TryLock() {
		return false
	}
	defer s.wmu.Unlock()
	if s.pending.Load() != 0 { // the writer took something meanwhile
		return false
	}
	var h [10]byte
	hdr := frameHeader(h[:0], len(msg))
	n, err := writevNow(s.raw, hdr, msg)
	if errors.Is(err, os.ErrDeadlineExceeded) {
		// The writer's last deadline has passed (it has been idle): let it
		// write this one, setting a fresh deadline for the next few seconds
		// of direct writes.
		return false
	}
	total := len(hdr) + len(msg)
	switch {
	case n == total:
	case err == nil || err == syscall.EAGAIN:
		rest := make([]byte, 0, total-n)
		if n < len(hdr) {
			rest = append(append(rest, hdr[n:]...), msg...)
		} else {
			rest = append(rest, msg[n-len(hdr):]...)
		}
		s.backlog = rest
		s.pending.Add(int64(len(rest)))
		select {
		case s.wake <- struct{}{}:
		default:
		}
		s.kick()
	default: // the connection is gone; the reader will notice too
		s.close("write_error", "", 0)
	}
	s.srv.m.msgsOut.Inc()
	s.srv.m.framesOut.Inc()
	s.srv.m.bytesOut.Add(float64(len(msg)))
	return true
}

// frameHeader appends the header of an unmasked final text frame (a
// server's frame, RFC 6455 §5.2) of n payload bytes.
func frameHeader(b []byte, n int) []byte {
	b = append(b, 0x81)
	switch {
	case n < 126:
		return append(b, byte(n))
	case n <= 0xffff:
		return append(b, 126, byte(n>>8), byte(n))
	}
	return append(b, 127, byte(n>>56), byte(n>>48), byte(n>>40), byte(n>>32), byte(n>>24), byte(n>>16), byte(n>>8), byte(n))
}

func (s *Session) sendError(id string, e *protocol.Error) {
	s.send(protocol.EncodeError(id, e))
}

// close ends the session once. reason becomes the bye reason, the
// disconnect metric label and the close frame's text; code 0 sends no close
// frame (the peer is gone or gorilla already sent one).
func (s *Session) close(reason, text string, code int) {
	s.closeWith(protocol.Bye{Reason: reason, Message: text}, code)
}

// closeWith is close with the whole bye to send (a "moved" one carries
// where to go).
func (s *Session) closeWith(bye protocol.Bye, code int) {
	s.closeOnce.Do(func() {
		s.closeMu.Lock()
		s.bye, s.closeCode = bye, code
		s.closeMu.Unlock()
		if bye.Reason == protocol.ByeSlowConsumer || bye.Reason == protocol.ByePolicy {
			s.srv.log.Warn("disconnecting client", "user", s.user.ID, "reason", bye.Reason, "detail", bye.Message)
		}
		close(s.done)
		// Unblock a writer stuck on a client that does not read.
		s.conn.NetConn().SetWriteDeadline(time.Now().Add(time.Second))
		s.kick() // to write the bye and close the socket
	})
}

// writerIdle is how long a writer goroutine waits for work before it
// exits.
const writerIdle = 2 * time.Second

// kick makes sure a writer goroutine is running. Idle connections have
// none: with 10,000 of them, their writers' stacks and ping tickers were
// a third of the server's memory. (A busy client rarely needs one either:
// ticks are written directly by the room.)
func (s *Session) kick() {
	if s.writing.CompareAndSwap(false, true) {
		go s.writePump()
	}
}

// ping asks the writer to ping the client: not a connection younger than
// the ping interval (as when each had its own ticker), nor a closing one.
func (s *Session) ping() {
	if s.closed() || time.Since(s.born) < s.srv.opts.PingInterval {
		return
	}
	s.pingDue.Store(true)
	select {
	case s.wake <- struct{}{}:
	default:
	}
	s.kick()
}

// moved sends the client to the node serving room (url; "" when the room
// is between nodes: the client retries shortly) and closes. The resume
// record names the room, so the client's resume on that node lands there.
func (s *Session) moved(room, url string, at *protocol.Point) {
	if s.resumeHash != "" {
		if err := s.srv.wdb.putResume(s.resumeHash, resumeRec{User: s.user.ID, Room: room, At: at, Created: time.Now().Unix()}); err != nil {
			s.srv.log.Error("storing resume record", "err", err)
		}
	}
	b := protocol.Bye{Reason: protocol.ByeMoved, URL: url, Room: room, Message: "room " + room + " is served by another node"}
	if url == "" {
		b.Message, b.RetryMS = "room "+room+" is moving between nodes; try again shortly", 500
	}
	s.srv.m.rejected.WithLabelValues("moved").Inc()
	s.closeWith(b, 4001)
}

func (s *Session) reason() string {
	s.closeMu.Lock()
	defer s.closeMu.Unlock()
	return s.bye.Reason
}

func (s *Session) closed() bool {
	select {
	case <-s.done:
		return true
	default:
		return false
	}
}

// run is the reader. It returns when the connection is gone or closing,
// after detaching the session from its room and stopping the writer; then
// finish closes the socket.
func (s *Session) run() {
	o := &s.srv.opts
	s.conn.SetReadLimit(protocol.MaxFrameBytes)
	s.conn.SetReadDeadline(time.Now().Add(o.HelloTimeout))
	// gorilla answers pings and close frames from the reader goroutine;
	// those writes must not land in the middle of a direct write's
	// unfinished frame, so they take wmu (and finish the backlog first).
	s.conn.SetPingHandler(func(data string) error {
		s.wmu.Lock()
		defer s.wmu.Unlock()
		if err := s.flushBacklog(); err != nil {
			return nil // the writer and the reader will both notice
		}
		s.conn.WriteControl(websocket.PongMessage, []byte(data), time.Now().Add(time.Second))
		return nil // like gorilla's default: a failed pong is the writer's and reader's to notice
	})
	s.conn.SetCloseHandler(func(code int, text string) error {
		s.wmu.Lock()
		defer s.wmu.Unlock()
		if s.flushBacklog() == nil {
			s.conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, ""), time.Now().Add(time.Second))
		}
		return nil
	})
	s.conn.SetPongHandler(func(string) error {
		if s.hello {
			s.readUntil(time.Now().Add(o.PongTimeout))
		}
		return nil
	})
	var lastDeadline time.Time
	for {
		mt, r, err := s.conn.NextReader()
		var buf *bytes.Buffer
		if err == nil {
			// A pooled buffer, taken once a message has arrived: an idle
			// connection holds none.
			buf = readBufs.Get().(*bytes.Buffer)
			buf.Reset()
			_, err = buf.ReadFrom(r)
		}
		if err != nil {
			if buf != nil {
				readBufs.Put(buf)
			}
			reason, code := readErrReason(err, s.hello), 0
			if reason == protocol.ByeHelloTimeout {
				code = websocket.ClosePolicyViolation // told why (protocol README §1): bye, then close 1008
			}
			s.close(reason, "", code)
			break
		}
		data := buf.Bytes()
		if s.closed() {
			readBufs.Put(buf)
			break
		}
		if s.hello {
			// Any frame proves the peer alive; moving the deadline once a
			// second is enough (it costs a timer update per call).
			if now := time.Now(); now.Sub(lastDeadline) > time.Second {
				lastDeadline = now
				s.readUntil(now.Add(o.PongTimeout))
			}
		}
		s.dispatch(mt, data)
		if buf.Cap() <= 64<<10 { // keep the pool's buffers small
			readBufs.Put(buf)
		}
	}
	if r := s.room.Load(); r != nil {
		r.post(detachReq{s: s, linger: s.reason() != "client_closed"})
	} else if s.resumeHash != "" {
		// Not in a room (or between rooms): the resume record still works.
		s.srv.detachResume(s)
	}
	<-s.writerOut
}

// finish closes the socket once the session is over (run has returned and
// the server has let go of it): after a bye, only once the client has
// closed its side too or closeGrace has passed (see shutdown).
func (s *Session) finish() {
	if s.halfClosed {
		s.drain()
	}
	s.conn.Close()
}

// readUntil moves the read deadline, unless the session is closing:
// shutdown has set it to now to wake this reader, and that must stand.
// The check comes after the move: close(done) happens before shutdown
// sets its deadline, so whichever of the two moves comes last, a closing
// session's reader wakes.
func (s *Session) readUntil(t time.Time) {
	s.conn.SetReadDeadline(t)
	if s.closed() {
		s.conn.SetReadDeadline(time.Now())
	}
}

// drain reads and discards what the client still sends after the bye,
// until it closes its side or closeGrace passes (see shutdown). It reads
// the socket itself: the WebSocket reader has already stopped.
func (s *Session) drain() {
	nc := s.conn.NetConn()
	nc.SetReadDeadline(time.Now().Add(closeGrace))
	io.Copy(io.Discard, nc)
}

var readBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// dispatch decodes one frame and handles it. data is only valid during
// the call (the read buffer is reused): handlers copy what they keep.
func (s *Session) dispatch(mt int, data []byte) {
	id := ""
	defer func() {
		if v := recover(); v != nil {
			s.srv.contained("session", v, s, id)
		}
	}()
	if mt != websocket.TextMessage {
		s.srv.m.msgsIn.WithLabelValues("invalid").Inc()
		s.reject("", protocol.Errorf(protocol.CodeBadFrame, "binary frames are not supported; send JSON text frames"))
		return
	}
	if mid, m, ok := protocol.DecodeMove(data); ok { // the hot path
		id = mid
		s.srv.m.in(protocol.TypeMove).Inc()
		if s.admit(protocol.TypeMove, id) {
			if err := s.move(id, m); err != nil {
				s.reject(id, err)
			}
		}
		return
	}
	env, err := protocol.Decode(data)
	id = env.ID
	if err != nil {
		s.srv.m.msgsIn.WithLabelValues("invalid").Inc()
		s.reject(env.ID, asProtoErr(err))
		return
	}
	s.srv.m.in(env.Type).Inc()
	if h := s.srv.frameHook.Load(); h != nil {
		(*h)(env)
	}
	s.handle(env)
}

func readErrReason(err error, hello bool) string {
	var ne net.Error
	switch {
	case errors.Is(err, websocket.ErrReadLimit):
		return "frame_too_large"
	case websocket.IsCloseError(err, websocket.CloseNormalClosure):
		return "client_closed"
	case websocket.IsCloseError(err, websocket.CloseGoingAway):
		return "client_going_away"
	case errors.As(err, &ne) && ne.Timeout():
		if !hello {
			return protocol.ByeHelloTimeout
		}
		return "pong_timeout"
	case errors.Is(err, net.ErrClosed):
		return "closed"
	}
	return "read_error"
}

func asProtoErr(err error) *protocol.Error {
	var pe *protocol.Error
	if errors.As(err, &pe) {
		return pe
	}
	return protocol.Errorf(protocol.CodeInternal, "%v", err)
}

// reject answers a message that will not be processed. Error replies are
// themselves rate limited; a client that keeps earning them (hundreds per
// ten seconds) is disconnected.
func (s *Session) reject(id string, e *protocol.Error) {
	if e.Code == protocol.CodeRateLimited {
		s.srv.m.drops.WithLabelValues("rate_limited").Inc()
	} else if e.Code == protocol.CodeOverloaded {
		s.srv.m.drops.WithLabelValues("overloaded").Inc()
	} else {
		s.srv.m.drops.WithLabelValues("invalid").Inc()
	}
	now := time.Now()
	if now.Sub(s.violStart) > 10*time.Second {
		s.violStart, s.violations = now, 0
	}
	s.violations++
	if s.violations > 500 {
		s.close(protocol.ByePolicy, "too many invalid or rate-limited messages", websocket.ClosePolicyViolation)
		return
	}
	if s.lim.errs.Allow() {
		s.sendError(id, e)
	}
}

// admit applies the rate limit of the message's type and the session's
// state (hello first, version 2 messages on version 2 sessions).
func (s *Session) admit(t protocol.Type, id string) bool {
	lim := s.lim.other
	switch t {
	case protocol.TypeMove:
		lim = s.lim.move
	case protocol.TypeChat:
		lim = s.lim.chat
	case protocol.TypeTalk:
		lim = s.lim.talk
	}
	if !lim.Allow() {
		s.reject(id, protocol.Errorf(protocol.CodeRateLimited, "too many %s messages; slow down", t))
		return false
	}
	if !s.hello && t != protocol.TypeHello {
		s.reject(id, protocol.Errorf(protocol.CodeBadState, "send hello first"))
		return false
	}
	if protocol.V2Types[t] && s.version < 2 {
		s.reject(id, protocol.Errorf(protocol.CodeUnknownType, "%s needs protocol version 2 (this session speaks %d)", t, s.version))
		return false
	}
	return true
}

func (s *Session) handle(env protocol.Envelope) {
	if !s.admit(env.Type, env.ID) {
		return
	}
	var err *protocol.Error
	switch env.Type {
	case protocol.TypeHello:
		err = s.onHello(env)
	case protocol.TypeJoin:
		err = s.onJoin(env)
	case protocol.TypeLeave:
		err = s.onLeave(env)
	case protocol.TypeMove:
		err = s.onMove(env)
	case protocol.TypeChat:
		err = s.onChat(env)
	case protocol.TypeTalk:
		err = s.onTalk(env)
	case protocol.TypeConfirm, protocol.TypeDecline:
		err = s.onConfirm(env)
	case protocol.TypeMemory, protocol.TypeForget:
		err = s.onMemory(env)
	case protocol.TypePing:
		var p protocol.Ping
		if e := protocol.DecodePayload(env, &p); e != nil {
			err = asProtoErr(e)
			break
		}
		s.send(protocol.MustEncode(protocol.TypePong, env.ID, &protocol.Pong{TS: p.TS, Time: time.Now().UnixMilli()}))
	}
	if err != nil {
		s.reject(env.ID, err)
	}
}

func (s *Session) onHello(env protocol.Envelope) *protocol.Error {
	if s.hello {
		return protocol.Errorf(protocol.CodeBadState, "hello was already sent")
	}
	var h protocol.Hello
	if err := protocol.DecodePayload(env, &h); err != nil {
		return asProtoErr(err)
	}
	if len(h.Versions) == 0 || len(h.Versions) > protocol.MaxVersionList {
		return protocol.Errorf(protocol.CodeInvalidPayload, "versions must list 1 to %d protocol versions", protocol.MaxVersionList)
	}
	if len(h.Client) > protocol.MaxClientLen || len(h.Resume) > protocol.MaxResumeLen {
		return protocol.Errorf(protocol.CodeInvalidPayload, "client or resume is too long")
	}
	if h.Look != "" && !protocol.ValidLook(h.Look) {
		return protocol.Errorf(protocol.CodeInvalidPayload, "look must be 1 to %d of a-z, 0-9 and -", protocol.MaxLookLen)
	}
	s.look = h.Look
	version := 0
	for _, v := range h.Versions {
		for _, sv := range protocol.SupportedVersions {
			if v == sv && v > version {
				version = v
			}
		}
	}
	if version == 0 {
		return protocol.Errorf(protocol.CodeUnsupportedVersion, "this server speaks protocol versions %v", protocol.SupportedVersions)
	}
	o := &s.srv.opts
	s.hello = true
	s.version = version
	s.conn.SetReadDeadline(time.Now().Add(o.PongTimeout))

	// Resume: accepted only for the same user, within the window. A bad or
	// stale token is not an error: the client simply starts fresh.
	var resumed *resumeRec
	if h.Resume != "" {
		old := account.HashToken(h.Resume)
		if rec, err := s.srv.wdb.getResume(old); err == nil && rec.User == s.user.ID &&
			!resumeDead(rec, time.Now(), o.ResumeWindow, 24*time.Hour) {
			if rec, err = s.srv.wdb.takeResume(old); err == nil {
				resumed = &rec
			}
		}
	}
	tok := account.NewSecret("rsm_")
	s.resumeHash = account.HashToken(tok)
	rec := resumeRec{User: s.user.ID, Created: time.Now().Unix()}
	if resumed != nil {
		rec.Room, rec.Entity = resumed.Room, resumed.Entity
	}
	if err := s.srv.wdb.putResume(s.resumeHash, rec); err != nil {
		s.srv.log.Error("storing resume record", "err", err)
	}
	room := (*Room)(nil)
	if resumed != nil {
		room = s.srv.rooms[resumed.Room]
		if room != nil {
			if here, _ := s.srv.serves(room.info.ID); !here {
				room = nil // not resumed here: the client's join is sent on
			}
		}
	}
	s.send(protocol.MustEncode(protocol.TypeWelcome, env.ID, &protocol.Welcome{
		Version: version,
		User:    protocol.User{ID: s.user.ID, Name: s.user.Name},
		Resume:  tok,
		ResumeS: int(o.ResumeWindow / time.Second),
		TickHz:  o.TickHz,
		Time:    time.Now().UnixMilli(),
		Rooms:   s.srv.roomList(),
		Limits: protocol.Limits{
			MaxFrame: protocol.MaxFrameBytes, ChatRunes: protocol.MaxChatRunes,
			MoveRate: o.MoveRate, ChatRate: o.ChatRate, ChatBurst: o.ChatBurst,
			NearTiles: o.NearTiles, ViewTiles: o.ViewTiles, Speed: o.Speed,
			MoveBurst: o.MoveBurst, TalkRunes: protocol.MaxTalkRunes, TalkRate: talkRate, TalkBurst: talkBurst,
			OtherRate: o.OtherRate, OtherBurst: o.OtherBurst,
		},
		Resumed: room != nil,
		Nodes:   s.srv.nodes(),
	}))
	if room != nil {
		room.post(joinReq{s: s, resume: resumed.Entity, resumed: true, at: resumed.At})
	}
	return nil
}

func (s *Session) onJoin(env protocol.Envelope) *protocol.Error {
	var j protocol.Join
	if err := protocol.DecodePayload(env, &j); err != nil {
		return asProtoErr(err)
	}
	if len(j.Room) > protocol.MaxRoomIDLen {
		return protocol.Errorf(protocol.CodeNoSuchRoom, "no such room")
	}
	target := s.srv.rooms[j.Room]
	if target == nil {
		return protocol.Errorf(protocol.CodeNoSuchRoom, "no room %q; rooms are listed in welcome", j.Room)
	}
	if cur := s.room.Load(); cur != nil {
		if cur == target {
			return protocol.Errorf(protocol.CodeBadState, "already in room %q", j.Room)
		}
		done := make(chan struct{})
		cur.post(leaveReq{s: s, reason: "join", done: done})
		select {
		case <-done:
		case <-s.srv.ctx.Done():
			return protocol.Errorf(protocol.CodeInternal, "the server is shutting down")
		}
	}
	if here, url := s.srv.serves(j.Room); !here {
		s.moved(j.Room, url, nil)
		return nil
	}
	target.post(joinReq{s: s, reqID: env.ID})
	return nil
}

func (s *Session) onLeave(env protocol.Envelope) *protocol.Error {
	var l protocol.Leave
	if err := protocol.DecodePayload(env, &l); err != nil {
		return asProtoErr(err)
	}
	cur := s.room.Load()
	if cur == nil {
		return protocol.Errorf(protocol.CodeNotInRoom, "not in a room")
	}
	cur.post(leaveReq{s: s, reason: "leave", reqID: env.ID})
	return nil
}

func (s *Session) onMove(env protocol.Envelope) *protocol.Error {
	var m protocol.Move
	if err := protocol.DecodePayload(env, &m); err != nil {
		return asProtoErr(err)
	}
	return s.move(env.ID, m)
}

// move validates an intent and hands it to the room.
func (s *Session) move(id string, m protocol.Move) *protocol.Error {
	switch {
	case m.To != nil && m.Dir != "":
		return protocol.Errorf(protocol.CodeInvalidPayload, "move: set either to or dir, not both")
	case m.To == nil && m.Dir == "":
		return protocol.Errorf(protocol.CodeInvalidPayload, "move: set to (a tile) or dir (n, e, s, w or stop)")
	case m.Dir != "" && m.Dir != protocol.DirN && m.Dir != protocol.DirE && m.Dir != protocol.DirS && m.Dir != protocol.DirW && m.Dir != protocol.DirStop:
		return protocol.Errorf(protocol.CodeInvalidPayload, "move: dir must be n, e, s, w or stop")
	}
	cur := s.room.Load()
	if cur == nil {
		return protocol.Errorf(protocol.CodeNotInRoom, "join a room before moving")
	}
	if !cur.postMove(moveReq{s: s, mv: m, reqID: id}) {
		return protocol.Errorf(protocol.CodeOverloaded, "the room is busy; try again")
	}
	return nil
}

// CleanChat validates chat text: trimmed, non-empty, at most
// protocol.MaxChatRunes code points, and the protocol's text policy
// (protocol.CheckText: newline and tab are the only controls; no bidi
// controls, no invisible-only text).
func CleanChat(text string) (string, *protocol.Error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return "", protocol.Errorf(protocol.CodeInvalidPayload, "chat: text is empty")
	}
	if n := utf8.RuneCountInString(text); n > protocol.MaxChatRunes {
		return "", protocol.Errorf(protocol.CodeTooLong, "chat: text has %d characters, the limit is %d", n, protocol.MaxChatRunes)
	}
	if problem := protocol.CheckText(text, true); problem != "" {
		return "", protocol.Errorf(protocol.CodeInvalidPayload, "chat: %s", problem)
	}
	return text, nil
}

func (s *Session) onChat(env protocol.Envelope) *protocol.Error {
	var c protocol.Chat
	if err := protocol.DecodePayload(env, &c); err != nil {
		return asProtoErr(err)
	}
	text, perr := CleanChat(c.Text)
	if perr != nil {
		return perr
	}
	if c.Scope == "" {
		c.Scope = protocol.ScopeRoom
	}
	if c.Scope != protocol.ScopeRoom && c.Scope != protocol.ScopeNear {
		return protocol.Errorf(protocol.CodeInvalidPayload, "chat: scope must be room or near")
	}
	cur := s.room.Load()
	if cur == nil {
		return protocol.Errorf(protocol.CodeNotInRoom, "join a room before chatting")
	}
	if !cur.tryPost(chatReq{s: s, text: text, scope: c.Scope, reqID: env.ID}) {
		return protocol.Errorf(protocol.CodeOverloaded, "the room is busy; try again")
	}
	return nil
}

// writePump is the only goroutine that writes data frames. It coalesces
// whatever is queued into one frame (envelopes separated by '\n'), pings,
// and on close writes bye and a close frame.
func (s *Session) writePump() {
	o := &s.srv.opts
	idle := time.NewTimer(writerIdle)
	defer idle.Stop()
	var carry []byte
	for {
		var first []byte
		if carry != nil {
			first, carry = carry, nil
		} else {
			if s.pingDue.Swap(false) && !s.closed() {
				s.wmu.Lock()
				err := s.flushBacklog()
				if err == nil {
					err = s.conn.WriteControl(websocket.PingMessage, nil, time.Now().Add(o.WriteTimeout))
				}
				s.wmu.Unlock()
				if err != nil {
					s.close("write_error", "", 0)
				}
			}
			select {
			case first = <-s.sendq:
			case <-s.wake:
			case <-idle.C:
				// Exit, unless work came in meanwhile and no other writer
				// was started for it (kick after a producer's check).
				s.writing.Store(false)
				if len(s.sendq) == 0 && len(s.wake) == 0 && !s.pingDue.Load() && !s.closed() {
					return
				}
				if !s.writing.CompareAndSwap(false, true) {
					return
				}
				idle.Reset(writerIdle)
				continue
			case <-s.done:
				s.wmu.Lock()
				said := s.flushBacklog() == nil && s.writeBye() // a half-written frame would garble the bye
				s.wmu.Unlock()
				s.shutdown(said)
				close(s.writerOut)
				return // writing stays set: no writer after this one
			}
		}
		idle.Reset(writerIdle)
		s.wmu.Lock()
		// gorilla applies this deadline to each of its writes. (Direct
		// writes never wait; once it has passed they leave the next message
		// to this goroutine, which moves it.)
		s.conn.SetWriteDeadline(time.Now().Add(o.WriteTimeout))
		if err := s.flushBacklog(); err != nil {
			s.wmu.Unlock()
			s.close("write_error", "", 0)
			continue
		}
		if first == nil { // woken for the backlog only
			s.wmu.Unlock()
			continue
		}
		w, err := s.conn.NextWriter(websocket.TextMessage)
		if err != nil {
			s.wmu.Unlock()
			s.close("write_error", "", 0)
			continue
		}
		n := len(first)
		msgBytes := n
		w.Write(first)
	drain:
		for n < maxCoalesce {
			select {
			case m := <-s.sendq:
				if n+1+len(m) > maxCoalesce {
					carry = m
					break drain
				}
				w.Write([]byte{'\n'})
				w.Write(m)
				n += 1 + len(m)
				msgBytes += len(m)
			default:
				break drain
			}
		}
		err = w.Close()
		s.pending.Add(-int64(msgBytes)) // only now: until written, direct writes must wait
		s.wmu.Unlock()
		s.srv.m.framesOut.Inc()
		s.srv.m.bytesOut.Add(float64(n))
		if err != nil {
			s.close("write_error", "", 0)
		}
	}
}

// flushBacklog finishes a direct write the kernel took only in part,
// waiting as a normal write does (bounded by the write deadline). The
// caller holds wmu.
func (s *Session) flushBacklog() error {
	if s.backlog == nil {
		return nil
	}
	b := s.backlog
	s.backlog = nil
	// gorilla applies its deadline only to its own writes: this one needs
	// its own bound (close may already have set a shorter one).
	nc := s.conn.NetConn()
	if !s.closed() {
		nc.SetWriteDeadline(time.Now().Add(s.srv.opts.WriteTimeout))
	}
	_, err := nc.Write(b)
	s.pending.Add(-int64(len(b)))
	return err
}

// closeGrace bounds how long a closing connection is drained for the
// client's own close (see shutdown).
const closeGrace = time.Second

// shutdown ends the connection once the writer is done. Closing a socket
// that still holds unread client data (frames sent before the client saw
// the bye, a pong) makes the kernel reset the connection, and a reset
// discards what the client has not read yet: the bye itself, which may say
// where to go next. So after a bye the server shuts down only its sending
// side (the client reads the bye, the close frame, then the end of the
// stream) and wakes the reader to detach the session at once; finish then
// drains the socket until the client closes too or closeGrace passes. Without a bye (the peer is gone or closed first), or
// where the connection cannot half-close, it closes at once.
func (s *Session) shutdown(said bool) {
	nc := s.conn.NetConn()
	if hc, ok := nc.(interface{ CloseWrite() error }); said && ok && hc.CloseWrite() == nil {
		s.halfClosed = true
		nc.SetReadDeadline(time.Now()) // wakes the reader (see readUntil)
		return
	}
	s.conn.Close() // wakes the reader
}

// writeBye tells the client why it is being disconnected, then sends the
// close frame. Both are best-effort with a short deadline; it reports
// whether both were written.
func (s *Session) writeBye() bool {
	s.closeMu.Lock()
	bye, code := s.bye, s.closeCode
	s.closeMu.Unlock()
	if code == 0 {
		return false
	}
	deadline := time.Now().Add(time.Second)
	s.conn.SetWriteDeadline(deadline)
	if s.conn.WriteMessage(websocket.TextMessage, protocol.MustEncode(protocol.TypeBye, "", &bye)) != nil {
		return false
	}
	return s.conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, bye.Reason), deadline) == nil
}

func (s *Session) onTalk(env protocol.Envelope) *protocol.Error {
	var t protocol.Talk
	if err := protocol.DecodePayload(env, &t); err != nil {
		return asProtoErr(err)
	}
	text := strings.TrimSpace(t.Text)
	switch n := utf8.RuneCountInString(text); {
	case n == 0:
		return protocol.Errorf(protocol.CodeInvalidPayload, "talk: text is empty")
	case n > protocol.MaxTalkRunes:
		return protocol.Errorf(protocol.CodeTooLong, "talk: text has %d characters, the limit is %d", n, protocol.MaxTalkRunes)
	}
	if t.Pick < 0 || t.Pick > protocol.MaxPick {
		return protocol.Errorf(protocol.CodeInvalidPayload, "talk: pick %d is not 1–%d", t.Pick, protocol.MaxPick)
	}
	if _, perr := CleanChat(strings.ReplaceAll(text, "\n", " ")); perr != nil && perr.Code != protocol.CodeTooLong {
		return perr
	}
	cur := s.room.Load()
	if cur == nil {
		return protocol.Errorf(protocol.CodeNotInRoom, "join a room before talking to an avatar")
	}
	if s.srv.avatars == nil {
		return protocol.Errorf(protocol.CodeNoSuchAvatar, "this world has no avatars")
	}
	if !cur.tryPost(talkReq{s: s, avatar: t.Avatar, text: text, pick: t.Pick, reqID: env.ID}) {
		return protocol.Errorf(protocol.CodeOverloaded, "the room is busy; try again")
	}
	return nil
}

// The talk limit per connection (announced in welcome.limits).
const (
	talkRate  = 1
	talkBurst = 10
)

// maxMemoryInFlight bounds a connection's memory and forget requests
// being answered at once.
const maxMemoryInFlight = 4

// onMemory lists (memory) or deletes (forget) what avatars remember about
// this user. Forgetting waits for the avatar's conversation to finish its
// turn, so it runs off the session's goroutine and answers when done.
func (s *Session) onMemory(env protocol.Envelope) *protocol.Error {
	if s.srv.avatars == nil {
		return protocol.Errorf(protocol.CodeNoSuchAvatar, "this world has no avatars")
	}
	var avatar, key string
	forget := env.Type == protocol.TypeForget
	if forget {
		var f protocol.Forget
		if err := protocol.DecodePayload(env, &f); err != nil {
			return asProtoErr(err)
		}
		if f.Avatar == "" {
			return protocol.Errorf(protocol.CodeInvalidPayload, "forget: avatar is required")
		}
		avatar, key = f.Avatar, f.Key
	} else {
		var m protocol.Memory
		if err := protocol.DecodePayload(env, &m); err != nil {
			return asProtoErr(err)
		}
		avatar = m.Avatar
	}
	if len(avatar) > 64 || len(key) > 32 {
		return protocol.Errorf(protocol.CodeInvalidPayload, "%s: avatar or key is too long", env.Type)
	}
	if avatar != "" && !s.srv.avatars.known(avatar) {
		return protocol.Errorf(protocol.CodeNoSuchAvatar, "no avatar %q", truncNonce(avatar))
	}
	if key != "" && !agents.IsFactKind(key) {
		return protocol.Errorf(protocol.CodeInvalidPayload, "forget: unknown key %q; a key is one of %s", truncNonce(key), strings.Join(agents.FactKinds(), ", "))
	}
	// Each answer runs on its own goroutine (a forget waits for the
	// conversation's turn), but only a few per connection: a flood of
	// forgets is answered overloaded rather than queued without end.
	if s.memInFlight.Add(1) > maxMemoryInFlight {
		s.memInFlight.Add(-1)
		return protocol.Errorf(protocol.CodeOverloaded, "%s: %d requests are being answered; wait for their answers", env.Type, maxMemoryInFlight)
	}
	go func() {
		defer s.memInFlight.Add(-1)
		defer s.srv.contain("forget", s, env.ID)
		if forget {
			if err := s.srv.avatars.rt.Forget(s.user.ID, avatar, key); errors.Is(err, agents.ErrBusy) {
				s.sendError(env.ID, protocol.Errorf(protocol.CodeOverloaded, "the avatar is busy with you; forget again in a moment"))
				return
			} else if err != nil {
				s.sendError(env.ID, protocol.Errorf(protocol.CodeInternal, "forgetting failed; nothing may have been deleted"))
				return
			}
		}
		s.send(protocol.MustEncode(protocol.TypeMemories, env.ID, s.srv.avatars.memories(s.user.ID, avatar)))
	}()
	return nil
}

func (s *Session) onConfirm(env protocol.Envelope) *protocol.Error {
	var c protocol.Confirm
	if err := protocol.DecodePayload(env, &c); err != nil {
		return asProtoErr(err)
	}
	if c.Nonce == "" || len(c.Nonce) > 64 {
		return protocol.Errorf(protocol.CodeInvalidPayload, "%s: nonce is required", env.Type)
	}
	if s.srv.avatars == nil {
		return protocol.Errorf(protocol.CodeUnknownConfirmation, "nothing is pending")
	}
	return s.srv.avatars.confirm(s, c.Nonce, env.Type == protocol.TypeConfirm, env.ID)
}
