package server

// The WebSocket upgrade and the connection limits checked before it
// (per user, per address, per server); the session itself is session.go.

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/gorilla/websocket"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server/account"
)

func (s *Server) serveWS(w http.ResponseWriter, r *http.Request) {
	if s.closing.Load() {
		s.m.rejected.WithLabelValues("shutting_down").Inc()
		httpError(w, http.StatusServiceUnavailable, "shutting_down", "the server is shutting down")
		return
	}
	if !s.originAllowed(r) {
		s.m.rejected.WithLabelValues("origin").Inc()
		httpError(w, http.StatusForbidden, "bad_origin", "this origin may not connect")
		return
	}
	u, err := s.accts.Verify(tokenFrom(r))
	if err != nil {
		reason := "bad_token"
		switch {
		case errors.Is(err, account.ErrNoToken):
			reason = "no_token"
		case errors.Is(err, account.ErrTokenExpired):
			reason = "token_expired"
		case !errors.Is(err, account.ErrBadToken):
			s.log.Error("token check failed", "err", err)
			httpError(w, http.StatusInternalServerError, "internal", "could not check the token")
			return
		}
		s.m.rejected.WithLabelValues(reason).Inc()
		httpError(w, http.StatusUnauthorized, reason, "sign in first: POST /api/guest, then pass the token")
		return
	}
	addr := s.addrs.key(r.RemoteAddr, r.Header)
	switch s.reserve(u.ID, addr) {
	case reserveAddrFull:
		s.m.rejected.WithLabelValues("too_many_connections").Inc()
		httpError(w, http.StatusTooManyRequests, "too_many_connections", fmt.Sprintf("at most %d connections from one address", s.opts.MaxConnsPerAddress))
		return
	case reserveUserFull:
		s.m.rejected.WithLabelValues("too_many_sockets").Inc()
		httpError(w, http.StatusTooManyRequests, "too_many_sockets", fmt.Sprintf("at most %d connections per user", s.opts.MaxSocketsPerUser))
		return
	case reserveServerFull:
		s.m.rejected.WithLabelValues("server_full").Inc()
		w.Header().Set("Retry-After", "5")
		httpError(w, http.StatusServiceUnavailable, "server_full", fmt.Sprintf("the server is at its limit of %d connections; try again shortly", s.opts.MaxConnections))
		return
	}
	conn, err := s.up.Upgrade(w, r, nil)
	if err != nil {
		s.release(u.ID, addr)
		s.m.rejected.WithLabelValues("upgrade").Inc()
		return // Upgrade has answered the request
	}
	if tc, ok := conn.NetConn().(*net.TCPConn); ok && s.opts.SocketSendBuffer > 0 {
		tc.SetWriteBuffer(s.opts.SocketSendBuffer)
	}
	sess := newSession(s, conn, u)
	sess.addr = addr
	if !s.register(sess) {
		s.release(u.ID, addr)
		deadline := time.Now().Add(time.Second)
		conn.SetWriteDeadline(deadline)
		conn.WriteMessage(websocket.TextMessage, protocol.MustEncode(protocol.TypeBye, "", &protocol.Bye{Reason: protocol.ByeShutdown}))
		conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseGoingAway, protocol.ByeShutdown), deadline)
		conn.Close()
		return
	}
	// The session runs on its own goroutine and the handler returns: the
	// HTTP server's request, its 4 KiB read and write buffers and the deep
	// handler stack are then garbage instead of living as long as the
	// connection (about 9 KB per idle client).
	go func() {
		sess.run()
		s.unregister(sess)
		sess.finish()
		s.sessWG.Done() // Shutdown waits for the socket too
	}()
}

type reserved int

const (
	reserveOK reserved = iota
	reserveUserFull
	reserveServerFull
	reserveAddrFull
)

// reserve counts a connection against the user's, its address's and the
// server's limits before the upgrade; release gives it back.
func (s *Server) reserve(user, addr string) reserved {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.perUser[user] >= s.opts.MaxSocketsPerUser {
		return reserveUserFull
	}
	if s.conns >= s.opts.MaxConnections {
		return reserveServerFull
	}
	if s.opts.MaxConnsPerAddress > 0 && s.perAddr[addr] >= s.opts.MaxConnsPerAddress {
		return reserveAddrFull
	}
	s.perUser[user]++
	s.perAddr[addr]++
	s.conns++
	return reserveOK
}

func (s *Server) release(user, addr string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.perUser[user]--; s.perUser[user] <= 0 {
		delete(s.perUser, user)
	}
	if s.perAddr[addr]--; s.perAddr[addr] <= 0 {
		delete(s.perAddr, addr)
	}
	s.conns--
}

// register adds sess, or returns false if the server is shutting down.
// Checking closing under s.mu orders every sessWG.Add before Shutdown's
// Wait: Shutdown sets closing, then takes s.mu before it waits.
func (s *Server) register(sess *Session) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing.Load() {
		return false
	}
	s.sessions[sess] = struct{}{}
	s.sessWG.Add(1)
	s.m.connections.Inc()
	return true
}

func (s *Server) unregister(sess *Session) {
	s.mu.Lock()
	delete(s.sessions, sess)
	s.mu.Unlock()
	s.release(sess.user.ID, sess.addr)
	s.m.connections.Dec()
	s.m.disconnects.WithLabelValues(sess.reason()).Inc()
}
