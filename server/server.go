package server

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/skills/store"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Server is a Madang world server: the HTTP endpoints, the WebSocket
// sessions and one goroutine per room. Create it with New, serve
// Handler(), and call Shutdown once.
type Server struct {
	mcpSrv mcpServers // per-user MCP servers behind /mcp
	opts   Options
	log    *slog.Logger
	m      *metrics
	dir    *store.Dir
	accts  *accounts
	wdb    *worldDB
	rooms  map[string]*Room
	mux    *http.ServeMux
	// handler is mux behind panic containment (contain.go).
	handler http.Handler
	// frameHook, set only by tests (export_test.go), sees every decoded
	// frame before it is handled: the containment test panics in it.
	frameHook atomic.Pointer[func(protocol.Envelope)]
	up        websocket.Upgrader

	entitySeq atomic.Uint32
	sessSeq   atomic.Uint32
	closing   atomic.Bool
	ctx       context.Context // cancelled by Shutdown; stops the rooms
	cancel    context.CancelFunc
	roomWG    sync.WaitGroup
	sessWG    sync.WaitGroup

	avatars *avatarHub // nil when the world has no avatars

	epoch  time.Time // rooms tick at epoch + phase + k periods
	phases *phases

	mu       sync.Mutex // guards sessions and perUser
	sessions map[*Session]struct{}
	perUser  map[string]int
	conns    int            // reserved connections, all users
	perAddr  map[string]int // reserved connections per client address (iplimit.go)
	guests   *ipLimiter
	addrs    *addrResolver
	mcpMu    sync.Mutex // serialises MCP token issuing (the per-user cap)
}

// New opens the data directory (taking its lock), the databases and the
// rooms, and starts the room goroutines. It fails with store.ErrLocked if
// another server holds the directory.
func New(o *Options) (*Server, error) {
	if o == nil {
		o = &Options{}
	}
	opts, err := o.withDefaults()
	if err != nil {
		return nil, err
	}
	dir, err := store.OpenDir(opts.DataDir)
	if err != nil {
		return nil, err
	}
	dir.Logger = opts.Logger
	if opts.Cluster != nil {
		dir.Replicator = opts.Cluster.Replicator()
		dir.SnapshotEvery = opts.SnapshotEvery
	}
	fail := func(err error) (*Server, error) {
		dir.Close()
		return nil, err
	}
	main, err := dir.Open("madang.db", store.Options{Durable: true})
	if err != nil {
		return fail(err)
	}
	wdb, err := dir.Open("world.db", store.Options{})
	if err != nil {
		return fail(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	s := &Server{
		opts:     opts,
		log:      opts.Logger,
		m:        newMetrics(opts.Registry, &dir.Snapshots),
		dir:      dir,
		accts:    &accounts{db: main, ttl: opts.TokenTTL, now: time.Now},
		wdb:      &worldDB{db: wdb},
		rooms:    map[string]*Room{},
		mux:      http.NewServeMux(),
		ctx:      ctx,
		cancel:   cancel,
		sessions: map[*Session]struct{}{},
		perUser:  map[string]int{},
		perAddr:  map[string]int{},
		guests:   newIPLimiter(opts.GuestRate, opts.GuestBurst),
	}
	if s.addrs, err = newAddrResolver(opts.TrustedProxies); err != nil {
		cancel()
		return fail(err)
	}
	s.up = websocket.Upgrader{
		ReadBufferSize:  1024,
		WriteBufferSize: 4096,
		// Idle connections give their write buffer back (docs/background.md §4: ~2 KB/conn).
		WriteBufferPool: &sync.Pool{},
		// Compression stays off: with it, SetReadLimit counts compressed
		// bytes and a 16 KiB frame can inflate to megabytes (F-10).
		EnableCompression: false,
		// Origin is checked before the upgrade, in serveWS.
		CheckOrigin: func(*http.Request) bool { return true },
	}
	if n, err := s.wdb.expireResumes(time.Now(), opts.ResumeWindow, 24*time.Hour); err != nil {
		return fail(fmt.Errorf("expiring resume records: %w", err))
	} else if n > 0 {
		s.log.Info("expired resume records", "count", n)
	}
	for _, id := range opts.World.IDs() {
		r, err := newRoom(s, opts.World.Rooms[id])
		if err != nil {
			cancel()
			return fail(err)
		}
		s.rooms[id] = r
	}
	if len(opts.Avatars) > 0 {
		if err := s.startAvatars(ctx); err != nil {
			cancel()
			s.roomWG.Wait()
			return fail(fmt.Errorf("starting avatars: %w", err))
		}
	}
	period := time.Second / time.Duration(opts.TickHz)
	s.epoch, s.phases = time.Now(), newPhases(period)
	for i, id := range opts.World.IDs() {
		r := s.rooms[id]
		phase := period * time.Duration(i) / time.Duration(len(s.rooms))
		s.roomWG.Add(1)
		go func() {
			defer s.roomWG.Done()
			r.run(ctx, phase)
		}()
	}
	s.m.rooms.Set(float64(len(s.rooms)))
	if c := opts.Cluster; c != nil {
		// No room is this node's until it takes the lease (Manage).
		for _, r := range s.rooms {
			r.away.Store(true)
			r.stale.Store(true)
		}
		if err := c.OnUser(s.sendUser); err != nil {
			cancel()
			s.roomWG.Wait()
			return fail(fmt.Errorf("cluster: subscribing to notices: %w", err))
		}
		c.Manage(opts.World.IDs(), func(room string) {
			if r := s.rooms[room]; r != nil {
				r.away.Store(false) // stale: it refreshes before its first join
			}
		}, func(room string) {
			if r := s.rooms[room]; r != nil {
				r.away.Store(true)
				r.stale.Store(true)
				r.post(evictReq{})
			}
		}, func(room string) bool {
			r := s.rooms[room]
			return r != nil && r.empty()
		})
	}
	if opts.BackupInterval > 0 {
		s.roomWG.Add(1)
		go func() {
			defer s.roomWG.Done()
			s.backups(ctx, opts.BackupInterval)
		}()
	}
	s.roomWG.Add(1)
	go func() {
		defer s.roomWG.Done()
		s.pings(ctx)
	}()
	s.routes()
	return s, nil
}

// pingSlots: pings go out a sixteenth of the connections at a time.
const pingSlots = 16

// pings pings every connection once per PingInterval, from one goroutine
// for the whole server instead of a ticker per connection, and a slot of
// the connections at a time, so 10,000 idle ones do not all start a
// writer at once.
func (s *Server) pings(ctx context.Context) {
	t := time.NewTicker(s.opts.PingInterval / pingSlots)
	defer t.Stop()
	var batch []*Session
	for slot := 0; ; slot = (slot + 1) % pingSlots {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		batch = batch[:0]
		s.mu.Lock()
		for sess := range s.sessions {
			if sess.pingSlot == slot {
				batch = append(batch, sess)
			}
		}
		s.mu.Unlock()
		for _, sess := range batch {
			sess.ping()
		}
		clear(batch)
	}
}

// backups takes verified backups of every database periodically.
func (s *Server) backups(ctx context.Context, every time.Duration) {
	tk := time.NewTicker(every)
	defer tk.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tk.C:
			if err := s.dir.BackupAll(); err != nil {
				s.log.Error("backup failed", "err", err)
			} else {
				s.log.Info("backed up the databases")
			}
		}
	}
}

func (s *Server) routes() {
	s.mux.HandleFunc("GET /ws", s.serveWS)
	s.mux.HandleFunc("GET /healthz", s.serveHealth)
	s.mux.Handle("GET /metrics", promhttp.HandlerFor(s.opts.Registry, promhttp.HandlerOpts{}))
	s.mux.HandleFunc("POST /api/guest", s.serveGuest)
	s.mux.HandleFunc("GET /api/rooms", s.serveRooms)
	s.mux.HandleFunc("GET /api/cluster", s.serveCluster)
	s.mux.HandleFunc("POST /api/mcp/token", s.serveMCPToken)
	s.mux.HandleFunc("GET /api/mcp/tokens", s.serveMCPTokens)
	s.mux.HandleFunc("DELETE /api/mcp/tokens/{id}", s.serveMCPTokenID)
	s.mux.HandleFunc("PATCH /api/mcp/tokens/{id}", s.serveMCPTokenID)
	s.mux.Handle("/mcp", s.mcpHandler())
	s.mux.HandleFunc("/", s.serveStatic)
	s.handler = s.containHTTP("http", s.limitBody(s.mux))
}

// Handler returns the server's HTTP handler.
func (s *Server) Handler() http.Handler { return s.handler }

// Shutdown stops accepting connections, says bye to every client (close
// code 1001, reason "shutdown"), waits for sessions to end, saves every
// position, stops the rooms and closes the databases. It waits at most until
// ctx is done for clients; storage is always flushed and closed.
func (s *Server) Shutdown(ctx context.Context) error {
	if !s.closing.CompareAndSwap(false, true) {
		return errors.New("server: Shutdown called twice")
	}
	s.mu.Lock()
	for sess := range s.sessions {
		sess.close(protocol.ByeShutdown, "the server is restarting; reconnect with your resume token", websocket.CloseGoingAway)
	}
	s.mu.Unlock()
	s.mcpSrv.closeAll()
	done := make(chan struct{})
	go func() { s.sessWG.Wait(); close(done) }()
	var err error
	select {
	case <-done:
	case <-ctx.Done():
		err = fmt.Errorf("server: shutdown: %d sessions still open: %w", s.sessionCount(), ctx.Err())
	}
	if s.avatars != nil {
		s.avatars.close()
	}
	s.cancel()
	s.roomWG.Wait()
	if s.opts.BackupInterval > 0 {
		if berr := s.dir.BackupAll(); berr != nil {
			s.log.Error("backup at shutdown failed", "err", berr)
		}
	}
	return errors.Join(err, s.dir.Close())
}

func (s *Server) sessionCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.sessions)
}

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
	if name, err := CleanName(req.Name); err == nil {
		if who := s.imitated(name); who != "" {
			httpError(w, http.StatusBadRequest, "bad_name", fmt.Sprintf("invalid display name: %q looks like the avatar %s; choose another", name, who))
			return
		}
	}
	u, tok, exp, err := s.accts.createGuest(req.Name)
	if errors.Is(err, ErrBadName) {
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

// ClusterStatus is the answer of GET /api/cluster: which node serves which
// room, as this node sees the leases. It names nodes and rooms only.
type ClusterStatus struct {
	Nodes []string                     `json:"nodes"` // live nodes' URLs, this one first
	Rooms map[string]ClusterRoomStatus `json:"rooms"`
	// Skills is true on the node that runs the skills.
	Skills bool `json:"skills"`
	// Current: every replica of the data is up to date, so any one node
	// may stop now without stopping writes (wait for it between restarts).
	Current bool `json:"current"`
}

// ClusterRoomStatus is one room's owner ("" and "" while it moves).
type ClusterRoomStatus struct {
	Node string `json:"node"`
	URL  string `json:"url"`
}

func (s *Server) serveCluster(w http.ResponseWriter, r *http.Request) {
	c := s.opts.Cluster
	if c == nil {
		httpError(w, http.StatusNotFound, "not_clustered", "this server runs alone")
		return
	}
	st := ClusterStatus{Nodes: c.Nodes(), Rooms: map[string]ClusterRoomStatus{}, Skills: c.Leader("skills"), Current: c.Current()}
	for _, id := range s.opts.World.IDs() {
		name, url, _ := c.Owner(id)
		if url == "" {
			name = ""
		}
		st.Rooms[id] = ClusterRoomStatus{Node: name, URL: url}
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(st)
}

// nodes lists the cluster's live node URLs for welcome (nil alone).
func (s *Server) nodes() []string {
	if s.opts.Cluster == nil {
		return nil
	}
	return s.opts.Cluster.Nodes()
}

// serves decides where room is served: here, or at url (the owner; "" if
// the room is between owners: try again shortly). A single server serves
// every room.
func (s *Server) serves(room string) (here bool, url string) {
	c := s.opts.Cluster
	if c == nil || c.Owns(room) {
		return true, ""
	}
	if _, url, ok := c.Owner(room); ok {
		return false, url
	}
	if c.Claim(room) {
		return true, ""
	}
	return false, ""
}

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
	u, err := s.accts.verify(tokenFrom(r))
	if err != nil {
		reason := "bad_token"
		switch {
		case errors.Is(err, ErrNoToken):
			reason = "no_token"
		case errors.Is(err, ErrTokenExpired):
			reason = "token_expired"
		case !errors.Is(err, ErrBadToken):
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
			serveWeb(w, r, s.opts.WebDir)
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

// serveWeb serves the web client's files. A file with a precompressed
// twin (madang.wasm.gz beside madang.wasm, made by `make web`) is sent
// compressed to browsers that accept gzip: the client is ~20 MB of
// WebAssembly but under 5 MB gzipped, and compressing it per request would
// cost a core for a second each time.
//
// Every file goes out with its length, an ETag (a hash of the bytes sent)
// and "Cache-Control: no-cache": the names are fixed (madang.wasm, not a
// hashed name), so the browser must ask each visit whether the file
// changed — but only asks: an unchanged file is answered 304 with no body,
// and the browser uses its cached copy (and, for the wasm, the code it
// compiled from it).
func serveWeb(w http.ResponseWriter, r *http.Request, dir string) {
	w.Header().Add("Vary", "Accept-Encoding")
	name := path.Clean("/" + r.URL.Path)
	if strings.HasSuffix(r.URL.Path, "/") {
		name = path.Join(name, "index.html")
	}
	ct := mime.TypeByExtension(path.Ext(name))
	if ct == "" {
		ct = "application/octet-stream"
	}
	var f http.File
	var st os.FileInfo
	if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		if gz, err := http.Dir(dir).Open(name + ".gz"); err == nil {
			if gst, err := gz.Stat(); err == nil && gst.Mode().IsRegular() {
				f, st = gz, gst
				w.Header().Set("Content-Encoding", "gzip")
				// What the page's progress bar counts: fetch hands it the
				// decoded bytes, and Content-Length is the encoded size.
				if plain, err := http.Dir(dir).Open(name); err == nil {
					if pst, err := plain.Stat(); err == nil && pst.Mode().IsRegular() {
						w.Header().Set("X-Decoded-Length", strconv.FormatInt(pst.Size(), 10))
					}
					plain.Close()
				}
			} else {
				gz.Close()
			}
		}
	}
	if f == nil {
		pf, err := http.Dir(dir).Open(name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		pst, err := pf.Stat()
		if err != nil || !pst.Mode().IsRegular() {
			pf.Close()
			http.NotFound(w, r)
			return
		}
		f, st = pf, pst
	}
	defer f.Close()
	tag, err := webETags.of(filepath.Join(dir, filepath.FromSlash(name)), w.Header().Get("Content-Encoding"), st, f)
	if err != nil {
		httpError(w, http.StatusInternalServerError, "internal", "reading the web client failed")
		return
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("ETag", tag)
	w.Header().Set("Cache-Control", "no-cache")
	http.ServeContent(w, r, name, st.ModTime(), f)
}

// webETags remembers each served file's ETag for its size and time, so
// the 5 MB wasm is hashed once, not on every visit.
var webETags = etagCache{m: map[string]etagEntry{}}

type etagCache struct {
	mu sync.Mutex
	m  map[string]etagEntry
}

type etagEntry struct {
	size int64
	mod  time.Time
	tag  string
}

// of returns the ETag of f (the file at p, sent with encoding enc),
// hashing it if it changed since it was last hashed; f is left at its
// start.
func (c *etagCache) of(p, enc string, st os.FileInfo, f http.File) (string, error) {
	key := p + "\x00" + enc
	c.mu.Lock()
	e, ok := c.m[key]
	c.mu.Unlock()
	if ok && e.size == st.Size() && e.mod.Equal(st.ModTime()) {
		return e.tag, nil
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	tag := `"` + base64.RawURLEncoding.EncodeToString(h.Sum(nil)[:16]) + `"`
	c.mu.Lock()
	c.m[key] = etagEntry{size: st.Size(), mod: st.ModTime(), tag: tag}
	c.mu.Unlock()
	return tag, nil
}

// detachResume marks sess's resume record as detached now, which starts
// its resume window.
func (s *Server) detachResume(sess *Session) {
	if sess.resumeHash == "" {
		return
	}
	rec, err := s.wdb.getResume(sess.resumeHash)
	if err != nil {
		return
	}
	rec.Detached = time.Now().UnixMilli()
	if err := s.wdb.putResume(sess.resumeHash, rec); err != nil {
		s.log.Error("updating resume record", "err", err)
	}
}
