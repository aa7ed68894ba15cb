// Package campus is the Madang demo program as a library: the campus
// world, its avatars, the standard skills and both shipped brain kinds,
// behind the flags of examples/campus. A program that adds skills or
// brains links them with a blank import and calls Main; nothing is
// forked (docs/skills.md, "Your own program"):
//
//	import (
//		"github.com/madang-world/madang/examples/campus/campus"
//		_ "example.org/library" // registers a skill
//	)
//
//	func main() { campus.Main() }
//
// Main is where the application is composed: it makes the metrics
// registry, the brains (agents.Brains over the registered kinds, with
// the LLM meter), the MCP sources and the avatars, and hands them to
// server.New, which builds none of them itself.
package campus

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	_ "net/http/pprof"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/madang-world/madang/agents"
	_ "github.com/madang-world/madang/agents/embedded" // brain kind "embedded"
	"github.com/madang-world/madang/agents/llm"        // brain kind "llm" and the brains' meter
	"github.com/madang-world/madang/agents/safety"
	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/server"
	"github.com/madang-world/madang/server/cluster"
	"github.com/madang-world/madang/server/world"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/mcpsrc"
	_ "github.com/madang-world/madang/skills/standard" // the built-in skill packs
	"github.com/madang-world/madang/skills/store"
	"github.com/prometheus/client_golang/prometheus"
)

// Option changes what Main runs.
type Option func(*config)

type config struct {
	avatars []avatarSource
}

type avatarSource struct {
	fsys fs.FS
	dir  string
}

// WithAvatars adds the avatar files (*.json) in dir of fsys to the
// campus's, replacing a built-in avatar whose ID a file reuses: a
// program ships its avatars with //go:embed. Files given with -avatars
// are laid over these in turn.
func WithAvatars(fsys fs.FS, dir string) Option {
	return func(c *config) { c.avatars = append(c.avatars, avatarSource{fsys, dir}) }
}

// Main runs the campus with the process's flags until SIGINT or SIGTERM,
// and exits the process: 1 on a failure, 2 on a bad flag.
func Main(opts ...Option) {
	if err := Run(os.Args[1:], opts...); err != nil {
		fmt.Fprintln(os.Stderr, "madang:", err)
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// errUsage marks an error in the flags.
var errUsage = errors.New("usage")

type usageError struct{ err error }

func (e usageError) Error() string        { return e.err.Error() }
func (e usageError) Is(target error) bool { return target == errUsage }

func env(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// Run is Main without the exit: args are the command line's flags (see
// examples/campus for the list).
func Run(args []string, opts ...Option) error {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	flags := flag.NewFlagSet("campus", flag.ContinueOnError)
	addr := flags.String("addr", env("MADANG_ADDR", ":8080"), "listen address")
	data := flags.String("data", env("MADANG_DATA", "./data"), "data directory")
	web := flags.String("web", env("MADANG_WEB", "./web/dist"), "web client directory served at /")
	worldDir := flags.String("world", env("MADANG_WORLD", ""), "world directory (default: the built-in campus)")
	avatarDir := flags.String("avatars", env("MADANG_AVATARS", ""), "directory of avatar files added to the built-in tutor, assistant and shopping helper (a file with a built-in avatar's id replaces it)")
	origins := flags.String("origins", env("MADANG_ORIGINS", ""), "allowed browser origins, comma-separated (default: same origin)")
	pprofAddr := flags.String("pprof", "", "serve net/http/pprof on this address (e.g. 127.0.0.1:6060) for profiling")
	speed := flags.Float64("speed", 0, "walking speed in tiles per second (default 4; load tests use 20: one tile per tick)")
	tickHz := flags.Int("tick-hz", 0, "room tick rate (default 20); -speed must not exceed it")
	convIdle := flags.Duration("conv-idle", 10*time.Minute, "end an avatar conversation's goroutine after this long without a message (its state is kept)")
	mcpFile := flags.String("mcp", env("MADANG_MCP", ""), "file of external MCP skill sources (re-read when it changes); see docs/skills.md")
	maxConns := flags.Int("max-conns", 20000, "refuse WebSockets beyond this many at once (503 server_full)")
	guestRate := flags.Float64("guest-rate", 1, "guest sign-ins per second per client address (burst -guest-burst); negative: no limit (load tests)")
	guestBurst := flags.Int("guest-burst", 100, "guest sign-ins one client address may make at once")
	perIP := flags.Int("max-conns-per-ip", 0, "refuse WebSockets beyond this many from one client address, an IPv4 address or IPv6 /64 (429 too_many_connections; default 256, at most half of -max-conns); negative: no limit (load tests)")
	proxies := flags.String("trusted-proxies", env("MADANG_TRUSTED_PROXIES", ""), "CIDRs of reverse proxies, comma-separated, whose Forwarded / X-Forwarded-For headers name the client (default: none; the headers are ignored)")
	turnFile := turnFileFlag{mode: server.TurnFileAuto}
	if v := env("MADANG_TURN_FILE", ""); v != "" {
		if err := turnFile.Set(v); err != nil {
			return fmt.Errorf("MADANG_TURN_FILE: %w", err)
		}
	}
	flags.Var(&turnFile, "turn-file", "where a conversation turn's durable writes (conversations.db, skills.db, tutoring.db) go. Unset: one file, turns.db (one fsync per turn's writes), in a new data directory or one that has it; a directory that already holds the three files keeps them. -turn-file (or MADANG_TURN_FILE=1) moves them into turns.db at start, one-way (kept as <name>.migrated); -turn-file=false (MADANG_TURN_FILE=0) keeps three files, refused if turns.db exists (docs/architecture.md, Storage)")
	direct := flags.Bool("direct-writes", true, "write frames from the sending goroutine when the socket takes them at once (off: always through the connection's writer goroutine)")
	var cl clusterFlags
	flags.StringVar(&cl.node, "node", env("MADANG_NODE", ""), "cluster mode: this node's name (docs/cluster.md); empty: a single server")
	flags.StringVar(&cl.public, "public-url", env("MADANG_PUBLIC_URL", ""), "cluster mode: this node's base URL as clients reach it (default http://127.0.0.1:<port>)")
	flags.StringVar(&cl.nats, "nats", env("MADANG_NATS", ""), "cluster mode: run an embedded NATS server for clients on this host:port")
	flags.StringVar(&cl.routeAddr, "nats-cluster", env("MADANG_NATS_CLUSTER", ""), "cluster mode: the embedded NATS server's route address (host:port)")
	flags.StringVar(&cl.routes, "nats-routes", env("MADANG_NATS_ROUTES", ""), "cluster mode: the other nodes' NATS route addresses, comma-separated")
	flags.StringVar(&cl.natsURL, "nats-url", env("MADANG_NATS_URL", ""), "cluster mode: use this existing NATS cluster instead of embedding one")
	flags.DurationVar(&cl.lease, "lease", 4*time.Second, "cluster mode: room lease time (how long a dead node's rooms wait before moving)")
	flags.IntVar(&cl.snapEvery, "snapshot-every", 0, "cluster mode: a file's log entries between its snapshots, behind which the log is trimmed (default 10000)")
	tz := flags.String("tz", env("MADANG_TZ", "Asia/Seoul"), "the world's time zone (IANA name): what 내일 and 7시 mean to the avatars; the process's TZ is never used")
	nowFlag := flags.String("now", env("MADANG_NOW", ""), "start the world's clock at this instant and run on from there, e.g. 2026-12-01T10:00+09:00 (demos, tests); default: the real time")
	restore := flags.Bool("restore", false, "restore every database in -data from its newest verified backup (server stopped), then exit")
	if err := flags.Parse(args); errors.Is(err, flag.ErrHelp) {
		return nil // -h printed the flags
	} else if err != nil {
		return usageError{err}
	}
	// Every client is a file descriptor: lift the soft limit to the hard one.
	var lim syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim) == nil && lim.Cur < lim.Max {
		lim.Cur = lim.Max
		syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim)
	}
	log := slog.New(safety.RedactHandler(slog.NewTextHandler(os.Stderr, nil))) // no personal data in logs
	if *restore {
		return restoreAll(*data)
	}
	if *pprofAddr != "" {
		go http.ListenAndServe(*pprofAddr, nil) // the default mux carries net/http/pprof
	}
	adm := limits{maxConns: *maxConns, guestRate: *guestRate, guestBurst: *guestBurst, perIP: *perIP, noDirect: !*direct, cluster: cl, tickHz: *tickHz, turnFile: turnFile.mode}
	if *proxies != "" {
		adm.proxies = strings.Split(*proxies, ",")
	}
	var err error
	if adm.loc, adm.clock, err = worldTime(*tz, *nowFlag); err != nil {
		return usageError{err}
	}
	if err := run(log, cfg, *addr, *data, *web, *worldDir, *avatarDir, *origins, *mcpFile, *speed, *convIdle, adm); err != nil {
		log.Error("madang stopped", "err", err)
		return err
	}
	return nil
}

// limits are the server-wide settings set by flags.
type limits struct {
	maxConns   int
	guestRate  float64
	guestBurst int
	perIP      int
	proxies    []string
	noDirect   bool
	turnFile   server.TurnFileMode
	cluster    clusterFlags
	tickHz     int
	loc        *time.Location
	clock      skills.Clock // nil: the real clock
}

// worldTime reads -tz and -now.
func worldTime(tz, now string) (*time.Location, skills.Clock, error) {
	loc, err := time.LoadLocation(tz)
	if err != nil || tz == "" || tz == "Local" {
		return nil, nil, fmt.Errorf("-tz %q is not an IANA time zone such as Asia/Seoul or Europe/London", tz)
	}
	if now == "" {
		return loc, nil, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00"} {
		if t, err := time.Parse(layout, now); err == nil {
			return loc, skills.NewStartClock(t.In(loc)), nil
		}
	}
	return nil, nil, fmt.Errorf("-now %q is not an instant with a zone such as 2026-12-01T10:00+09:00", now)
}

type clusterFlags struct {
	node, public, nats, routeAddr, routes, natsURL string
	lease                                          time.Duration
	snapEvery                                      int
}

// join starts this process's cluster membership (nil without -node).
func (c clusterFlags) join(log *slog.Logger, data string, port int) (*cluster.Node, error) {
	if c.node == "" {
		return nil, nil
	}
	cfg := cluster.Config{Name: c.node, URL: c.public, NATSAddr: c.nats, RouteAddr: c.routeAddr, NATSURL: c.natsURL,
		StoreDir: filepath.Join(data, "nats"), LeaseTTL: c.lease, Logger: log}
	if cfg.URL == "" {
		cfg.URL = fmt.Sprintf("http://127.0.0.1:%d", port)
	}
	if c.routes != "" {
		cfg.Routes = strings.Split(c.routes, ",")
	}
	return cluster.Start(cfg)
}

func run(log *slog.Logger, cfg config, addr, data, web, worldDir, avatarDir, origins, mcpFile string, speed float64, convIdle time.Duration, lim limits) error {
	// The composition: the server receives the registry, the brains (each
	// avatar's kind through the registered factories, all reporting to
	// one meter), the skill sources and the avatars.
	reg := prometheus.NewRegistry()
	opts := &server.Options{DataDir: data, WebDir: web, Logger: log, Speed: speed, ConversationIdle: convIdle,
		MaxConnections: lim.maxConns, GuestRate: lim.guestRate, GuestBurst: lim.guestBurst, MaxConnsPerAddress: lim.perIP, TrustedProxies: lim.proxies, NoDirectWrites: lim.noDirect, TickHz: lim.tickHz,
		Location: lim.loc, Clock: lim.clock, Registry: reg, Brains: agents.NewBrains(llm.NewMeter(reg), log), TurnFile: lim.turnFile}
	if mcpFile != "" {
		opts.Sources = []server.SkillSource{mcpsrc.File(mcpFile)}
	}
	as, err := campusAvatars(cfg, avatarDir)
	if err != nil {
		return err
	}
	opts.Avatars = as
	if worldDir != "" {
		w, err := world.Load(worldDir)
		if err != nil {
			return err
		}
		opts.World = w
	}
	if origins != "" {
		opts.AllowedOrigins = strings.Split(origins, ",")
	}
	// Listen first: a cluster node announces its URL, port included.
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	node, err := lim.cluster.join(log, data, ln.Addr().(*net.TCPAddr).Port)
	if err != nil {
		ln.Close()
		return err
	}
	if node != nil {
		opts.Cluster = node
		opts.SnapshotEvery = lim.cluster.snapEvery
		defer node.Close()
	}
	srv, err := server.New(opts)
	if errors.Is(err, store.ErrLocked) {
		ln.Close()
		return fmt.Errorf("%w\nstop the other server or choose another -data directory", err)
	}
	if err != nil {
		ln.Close()
		return err
	}
	hs := srv.HTTPServer() // header, body and idle timeouts; header size limit
	port := ln.Addr().(*net.TCPAddr).Port
	if node != nil {
		fmt.Printf("Madang 마당 cluster node %s is running: %s  (data in %s; Ctrl-C to stop)\n", node.Name(), node.URL(), data)
	} else {
		fmt.Printf("Madang 마당 is running: http://localhost:%d/  (data in %s; Ctrl-C to stop)\n", port, data)
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	select {
	case s := <-sig:
		log.Info("shutting down", "signal", s.String())
	case err := <-errc:
		srv.Shutdown(context.Background())
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	hs.Shutdown(ctx) // stop accepting; hijacked WebSockets are closed by srv.Shutdown
	return srv.Shutdown(ctx)
}

// campusAvatars lays the program's avatars, then -avatars, over the
// built-in ones, by ID.
func campusAvatars(cfg config, dir string) ([]*avatars.Avatar, error) {
	as := avatars.Campus()
	for _, src := range cfg.avatars {
		more, err := avatars.LoadFS(src.fsys, src.dir)
		if err != nil {
			return nil, err
		}
		as = avatars.Merge(as, more)
	}
	if dir != "" {
		more, err := avatars.Load(dir)
		if err != nil {
			return nil, err
		}
		as = avatars.Merge(as, more)
	}
	return as, nil
}

// restoreAll puts the newest verified backup of every database in place,
// moving the current files aside.
func restoreAll(data string) error {
	d, err := store.OpenDir(data)
	if err != nil {
		return err
	}
	defer d.Close()
	baks, _ := filepath.Glob(filepath.Join(data, store.BackupDir, "*.bak"))
	done := map[string]bool{}
	for _, b := range baks {
		name := strings.SplitN(filepath.Base(b), ".db.", 2)[0] + ".db"
		if done[name] {
			continue
		}
		done[name] = true
		from, err := d.Restore(name)
		if err != nil {
			return err
		}
		fmt.Printf("restored %s from %s\n", name, from)
	}
	if len(done) == 0 {
		return fmt.Errorf("no backups in %s", filepath.Join(data, store.BackupDir))
	}
	return nil
}

// turnFileFlag is -turn-file: a boolean flag with a third state, unset
// (server.TurnFileAuto), so that a data directory keeps its layout
// unless the operator asks for the move.
type turnFileFlag struct{ mode server.TurnFileMode }

func (f *turnFileFlag) IsBoolFlag() bool { return true }

func (f *turnFileFlag) String() string {
	switch f.mode {
	case server.TurnFileOne:
		return "true"
	case server.TurnFileThree:
		return "false"
	}
	return ""
}

func (f *turnFileFlag) Set(v string) error {
	b, err := strconv.ParseBool(v)
	if err != nil {
		return fmt.Errorf("-turn-file %q: want true or false", v)
	}
	f.mode = server.TurnFileThree
	if b {
		f.mode = server.TurnFileOne
	}
	return nil
}
