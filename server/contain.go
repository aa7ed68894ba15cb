package server

import (
	"fmt"
	"net/http"
	"runtime/debug"

	"github.com/madang-world/madang/protocol"
)

// Panics are contained where outside input enters: a session's frame, a
// room's message or tick, an HTTP request, an MCP call, a conversation's
// message (agents.Options.OnPanic). A bug that a crafted frame reaches
// then costs the sender one `internal` error, a log line with the stack
// and a count in madang_panics_total — never the process, and so never
// everyone else's world. (Before, one `forget` frame with a key the store
// refused stopped the server.)

// contained records a recovered panic v. s and id, when set, are the
// session and message it happened for: the sender is told.
func (srv *Server) contained(where string, v any, s *Session, id string) {
	srv.m.panics.WithLabelValues(where).Inc()
	srv.log.Error("panic contained", "where", where, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
	if s != nil {
		func() {
			defer func() { recover() }() // a broken session must not re-panic here
			s.sendError(id, protocol.Errorf(protocol.CodeInternal, "internal error handling this message; it was logged and nothing else was affected"))
		}()
	}
}

// contain is deferred by goroutines that serve one request of a session.
func (srv *Server) contain(where string, s *Session, id string) {
	if v := recover(); v != nil {
		srv.contained(where, v, s, id)
	}
}

// containHTTP answers a panicking handler's request with 500 (when
// nothing was written yet) and keeps the server serving; net/http's own
// recovery would only log and drop the connection.
func (srv *Server) containHTTP(where string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil || v == http.ErrAbortHandler {
				if v != nil {
					panic(v)
				}
				return
			}
			srv.contained(where, v, nil, "")
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusInternalServerError)
			fmt.Fprint(w, `{"error":{"code":"internal","message":"internal error; it was logged"}}`)
		}()
		h.ServeHTTP(w, r)
	})
}
