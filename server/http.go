package server

// The HTTP endpoints other than the WebSocket (connect.go) and MCP
// (mcpserve.go): health, room listing, guest sign-in and the web client.

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"

	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server/account"
	"github.com/madang-world/madang/server/web"
)

// httpError writes a JSON error body: {"error":{"code":…,"message":…}}.
func httpError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"error": map[string]string{"code": code, "message": msg}})
}

func (s *Server) serveHealth(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	status, word := http.StatusOK, "ok"
	if s.closing.Load() {
		status, word = http.StatusServiceUnavailable, "shutting_down"
	}
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"status": word, "rooms": len(s.rooms), "connections": s.sessionCount()})
}

func (s *Server) roomList() []protocol.Room {
	out := make([]protocol.Room, 0, len(s.rooms))
	for _, id := range s.opts.World.IDs() {
		r := s.rooms[id]
		info := r.info.Info()
		info.Players = int(r.players.Load())
		out = append(out, info)
	}
	return out
}

func (s *Server) serveRooms(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"rooms": s.roomList()})
}

// serveGuest signs a guest in: {"name": "..."} → 201 {"user": {...}, "token": "...", "expires": unix}.
func (s *Server) serveGuest(w http.ResponseWriter, r *http.Request) {
	if s.closing.Load() {
		httpError(w, http.StatusServiceUnavailable, "shutting_down", "the server is shutting down")
		return
	}
	if !s.guests.allow(s.addrs.key(r.RemoteAddr, r.Header)) {
		s.m.rejected.WithLabelValues("too_many_sign_ins").Inc()
		w.Header().Set("Retry-After", "1")
		httpError(w, http.StatusTooManyRequests, "too_many_sign_ins", "too many sign-ins from your address; try again in a moment")
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 4097))
	if isTimeout(err) {
		httpError(w, http.StatusRequestTimeout, "request_timeout", "the request body did not arrive in time")
		return
	}
	if err != nil || len(body) > 4096 {
		httpError(w, http.StatusRequestEntityTooLarge, "too_large", "the request body must be at most 4096 bytes")
		return
	}
	var req struct {
		Name string `json:"name"`
	}
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		httpError(w, http.StatusBadRequest, "bad_request", `the body must be JSON like {"name":"민수"}`)
		return
	}
	if name, err := account.CleanName(req.Name); err == nil {
		if who := s.imitated(name); who != "" {
			httpError(w, http.StatusBadRequest, "bad_name", fmt.Sprintf("invalid display name: %q looks like the avatar %s; choose another", name, who))
			return
		}
	}
	u, tok, exp, err := s.accts.CreateGuest(req.Name)
	if errors.Is(err, account.ErrBadName) {
		httpError(w, http.StatusBadRequest, "bad_name", err.Error())
		return
	}
	if err != nil {
		s.log.Error("guest sign-in failed", "err", err)
		httpError(w, http.StatusInternalServerError, "internal", "could not create the account; try again")
		return
	}
	s.log.Info("guest signed in", "user", u.ID) // never the token
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(map[string]any{"user": protocol.User{ID: u.ID, Name: u.Name}, "token": tok, "expires": exp.Unix()})
}

// tokenFrom reads the token from "Authorization: Bearer …" or, for
// browsers (which cannot set headers on a WebSocket), the token query
// parameter. Neither is ever logged.
func tokenFrom(r *http.Request) string {
	if h := r.Header.Get("Authorization"); strings.HasPrefix(h, "Bearer ") {
		return strings.TrimSpace(h[len("Bearer "):])
	}
	return r.URL.Query().Get("token")
}

func (s *Server) originAllowed(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	if len(s.opts.AllowedOrigins) > 0 {
		for _, o := range s.opts.AllowedOrigins {
			if strings.EqualFold(o, origin) {
				return true
			}
		}
		return false
	}
	u, err := url.Parse(origin)
	if err == nil && strings.EqualFold(u.Host, r.Host) {
		return true
	}
	// A page served by one node of a cluster connects to the others.
	if c := s.opts.Cluster; c != nil && err == nil {
		for _, n := range c.Nodes() {
			if nu, err := url.Parse(n); err == nil && strings.EqualFold(nu.Host, u.Host) {
				return true
			}
		}
	}
	return false
}

const placeholderPage = `<!doctype html><meta charset="utf-8"><title>Madang</title>
<p>마당 Madang world server is running. The web client is not built here: run <code>make run</code>.</p>`

func (s *Server) serveStatic(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		httpError(w, http.StatusMethodNotAllowed, "method_not_allowed", "use GET")
		return
	}
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self' ws: wss:; img-src 'self' data:; style-src 'self' 'unsafe-inline'")
	if s.opts.WebDir != "" {
		if st, err := os.Stat(s.opts.WebDir); err == nil && st.IsDir() {
			web.Serve(w, r, s.opts.WebDir)
			return
		}
	}
	if r.URL.Path != "/" {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	io.WriteString(w, placeholderPage)
}

// imitated returns the name of the avatar that name looks like
// (protocol.Imitates), or "": people must be able to tell an avatar's
// words from a user's.
func (s *Server) imitated(name string) string {
	for _, a := range s.opts.Avatars {
		for _, n := range []string{a.NameKo, a.NameEn} {
			if protocol.Imitates(name, n) {
				return n
			}
		}
	}
	return ""
}
