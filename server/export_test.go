package server

import (
	"net/http"
	"time"

	"github.com/madang-world/madang/protocol"
)

// BusyPhases returns the tick phase of every room with clients, by room
// id (for tests).
func (s *Server) BusyPhases() map[string]time.Duration {
	return s.phases.Busy()
}

// SetFrameHook makes h see every decoded non-move frame before it is
// handled (the panic containment test).
func (s *Server) SetFrameHook(h func(protocol.Envelope)) { s.frameHook.Store(&h) }

// ContainHTTP wraps h in the server's HTTP panic containment.
func (s *Server) ContainHTTP(h http.Handler) http.Handler { return s.containHTTP("test", h) }

// SetAccountsNow moves the clock that token expiry is checked against.
func (s *Server) SetAccountsNow(now func() time.Time) { s.accts.SetClock(now) }
