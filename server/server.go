package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server/account"
	"github.com/madang-world/madang/server/tick"
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
	accts  *account.Accounts
	main   *store.DB // madang.db: accounts, and MCP tokens (mcpserve.go)
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
	phases *tick.Phases

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
	dir.SharedCommitDelay = max(opts.CommitDelay, 0)
	if opts.CommitDelay == 0 {
		dir.SharedCommitDelay = DefaultCommitDelay
	}
	if _, err := ShareTurnFiles(dir, opts.TurnFile, opts.Cluster != nil); err != nil {
		return fail(err)
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
		accts:    account.New(main, opts.TokenTTL, time.Now),
		main:     main,
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
	s.epoch, s.phases = time.Now(), tick.NewPhases(period)
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
		if err := s.followLeases(c); err != nil {
			cancel()
			s.roomWG.Wait()
			return fail(err)
		}
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

// detachResume marks sess's resume record as detached now, which starts
// its resume window.
func (s *Server) detachResume(sess *Session) {
	if sess.resumeHash == "" {
		return
	}
	if err := s.wdb.markDetached(sess.resumeHash, time.Now()); err != nil {
		s.log.Error("updating resume record", "err", err)
	}
}
