// Command campus runs the Madang demo world: a classroom, a store and a
// lobby with an office, served on one port with the web client.
//
//	go run ./examples/campus -addr :8080 -data ./data -web ./web/dist
//
// Flags may also be set through MADANG_ADDR, MADANG_DATA, MADANG_WEB,
// MADANG_WORLD and MADANG_ORIGINS (comma-separated).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	_ "net/http/pprof"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/madang-world/madang/agents/safety"
	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/server"
	"github.com/madang-world/madang/server/cluster"
	"github.com/madang-world/madang/server/world"
	"github.com/madang-world/madang/skills"
	_ "github.com/madang-world/madang/skills/standard" // the built-in skill packs
	"github.com/madang-world/madang/skills/store"
)

func env(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func main() {
	addr := flag.String("addr", env("MADANG_ADDR", ":8080"), "listen address")
	data := flag.String("data", env("MADANG_DATA", "./data"), "data directory")
	web := flag.String("web", env("MADANG_WEB", "./web/dist"), "web client directory served at /")
	worldDir := flag.String("world", env("MADANG_WORLD", ""), "world directory (default: the built-in campus)")
	avatarDir := flag.String("avatars", env("MADANG_AVATARS", ""), "avatar config directory (default: the built-in tutor, assistant and shopping helper)")
	origins := flag.String("origins", env("MADANG_ORIGINS", ""), "allowed browser origins, comma-separated (default: same origin)")
	pprofAddr := flag.String("pprof", "", "serve net/http/pprof on this address (e.g. 127.0.0.1:6060) for profiling")
	speed := flag.Float64("speed", 0, "walking speed in tiles per second (default 4; load tests use 20: one tile per tick)")
	tickHz := flag.Int("tick-hz", 0, "room tick rate (default 20); -speed must not exceed it")
	convIdle := flag.Duration("conv-idle", 10*time.Minute, "end an avatar conversation's goroutine after this long without a message (its state is kept)")
	mcpFile := flag.String("mcp", env("MADANG_MCP", ""), "file of external MCP skill sources (re-read when it changes); see docs/skills.md")
	maxConns := flag.Int("max-conns", 20000, "refuse WebSockets beyond this many at once (503 server_full)")
	guestRate := flag.Float64("guest-rate", 1, "guest sign-ins per second per client address (burst -guest-burst); negative: no limit (load tests)")
	guestBurst := flag.Int("guest-burst", 100, "guest sign-ins one client address may make at once")
	perIP := flag.Int("max-conns-per-ip", 0, "refuse WebSockets beyond this many from one client address, an IPv4 address or IPv6 /64 (429 too_many_connections; default 256, at most half of -max-conns); negative: no limit (load tests)")
	proxies := flag.String("trusted-proxies", env("MADANG_TRUSTED_PROXIES", ""), "CIDRs of reverse proxies, comma-separated, whose Forwarded / X-Forwarded-For headers name the client (default: none; the headers are ignored)")
	direct := flag.Bool("direct-writes", true, "write frames from the sending goroutine when the socket takes them at once (off: always through the connection's writer goroutine)")
	var cl clusterFlags
	flag.StringVar(&cl.node, "node", env("MADANG_NODE", ""), "cluster mode: this node's name (docs/cluster.md); empty: a single server")
	flag.StringVar(&cl.public, "public-url", env("MADANG_PUBLIC_URL", ""), "cluster mode: this node's base URL as clients reach it (default http://127.0.0.1:<port>)")
	flag.StringVar(&cl.nats, "nats", env("MADANG_NATS", ""), "cluster mode: run an embedded NATS server for clients on this host:port")
	flag.StringVar(&cl.routeAddr, "nats-cluster", env("MADANG_NATS_CLUSTER", ""), "cluster mode: the embedded NATS server's route address (host:port)")
	flag.StringVar(&cl.routes, "nats-routes", env("MADANG_NATS_ROUTES", ""), "cluster mode: the other nodes' NATS route addresses, comma-separated")
	flag.StringVar(&cl.natsURL, "nats-url", env("MADANG_NATS_URL", ""), "cluster mode: use this existing NATS cluster instead of embedding one")
	flag.DurationVar(&cl.lease, "lease", 4*time.Second, "cluster mode: room lease time (how long a dead node's rooms wait before moving)")
	flag.IntVar(&cl.snapEvery, "snapshot-every", 0, "cluster mode: a file's log entries between its snapshots, behind which the log is trimmed (default 10000)")
	tz := flag.String("tz", env("MADANG_TZ", "Asia/Seoul"), "the world's time zone (IANA name): what 내일 and 7시 mean to the avatars; the process's TZ is never used")
	nowFlag := flag.String("now", env("MADANG_NOW", ""), "start the world's clock at this instant and run on from there, e.g. 2026-12-01T10:00+09:00 (demos, tests); default: the real time")
	restore := flag.Bool("restore", false, "restore every database in -data from its newest verified backup (server stopped), then exit")
	flag.Parse()
	// Every client is a file descriptor: lift the soft limit to the hard one.
	var lim syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim) == nil && lim.Cur < lim.Max {
		lim.Cur = lim.Max
		syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim)
	}
	log := slog.New(safety.RedactHandler(slog.NewTextHandler(os.Stderr, nil))) // no personal data in logs
	if *restore {
		if err := restoreAll(*data); err != nil {
			fmt.Fprintln(os.Stderr, "madang:", err)
			os.Exit(1)
		}
		return
	}
	if *pprofAddr != "" {
		go http.ListenAndServe(*pprofAddr, nil) // the default mux carries net/http/pprof
	}
	adm := limits{maxConns: *maxConns, guestRate: *guestRate, guestBurst: *guestBurst, perIP: *perIP, noDirect: !*direct, cluster: cl, tickHz: *tickHz}
	if *proxies != "" {
		adm.proxies = strings.Split(*proxies, ",")
	}
	var err error
	if adm.loc, adm.clock, err = worldTime(*tz, *nowFlag); err != nil {
		fmt.Fprintln(os.Stderr, "madang:", err)
		os.Exit(2)
	}
	if err := run(log, *addr, *data, *web, *worldDir, *avatarDir, *origins, *mcpFile, *speed, *convIdle, adm); err != nil {
		log.Error("madang stopped", "err", err)
		fmt.Fprintln(os.Stderr, "madang:", err)
		os.Exit(1)
	}
}

// limits are the server-wide settings set by flags.
type limits struct {
	maxConns   int
	guestRate  float64
	guestBurst int
	perIP      int
	proxies    []string
	noDirect   bool
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

func run(log *slog.Logger, addr, data, web, worldDir, avatarDir, origins, mcpFile string, speed float64, convIdle time.Duration, lim limits) error {
	opts := &server.Options{DataDir: data, WebDir: web, Logger: log, Avatars: avatars.Campus(), Speed: speed, MCPConfig: mcpFile, ConversationIdle: convIdle,
		MaxConnections: lim.maxConns, GuestRate: lim.guestRate, GuestBurst: lim.guestBurst, MaxConnsPerAddress: lim.perIP, TrustedProxies: lim.proxies, NoDirectWrites: lim.noDirect, TickHz: lim.tickHz,
		Location: lim.loc, Clock: lim.clock}
	if worldDir != "" {
		w, err := world.Load(worldDir)
		if err != nil {
			return err
		}
		opts.World = w
	}
	if avatarDir != "" {
		as, err := avatars.Load(avatarDir)
		if err != nil {
			return err
		}
		opts.Avatars = as
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
