package server

import (
	"context"
	"errors"
	"github.com/madang-world/madang/agents/safety"

	"fmt"
	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/skills"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/madang-world/madang/server/world"
	"github.com/madang-world/madang/skills/store"
	"github.com/prometheus/client_golang/prometheus"
)

// Options configure a Server. The zero value of every field means its
// documented default; New copies the Options, so changing them afterwards
// has no effect.
type Options struct {
	// DataDir holds the databases and the LOCK file. Required.
	DataDir string
	// World is the set of rooms. Default: world.Campus().
	World *world.World
	// WebDir, if set, is served at / (the web client build).
	WebDir string
	// AllowedOrigins lists the browser origins ("https://example.org",
	// scheme://host[:port], compared exactly) allowed to open /ws. Empty
	// means same-origin only: the Origin's host must equal the request's
	// Host. Requests without Origin (non-browser clients) are allowed; they
	// still need a token.
	AllowedOrigins []string

	// TickHz is the room tick rate. Default 20.
	TickHz int
	// ViewTiles is the interest radius: a client sees every entity within
	// ViewTiles tiles (Chebyshev distance) and nothing farther than
	// 2×ViewTiles. Default 10.
	ViewTiles int
	// NearTiles is the proximity chat radius in tiles (Euclidean). Default 6.
	NearTiles float64
	// Speed is the walking speed in tiles per second. Default 4.
	Speed float64
	// ChatHistory is how many room-wide chat lines each room keeps and
	// sends on join. Default 50.
	ChatHistory int

	// SendQueueLen bounds a client's queue of outgoing messages; a client
	// whose queue is full is disconnected as a slow consumer. Default 64 (as Nakama): ticks are one message per client per tick, so 64 is three seconds of them.
	SendQueueLen int
	// SendQueueBytes bounds the bytes in that queue. Default 1 MiB.
	SendQueueBytes int
	// SocketSendBuffer sets each connection's kernel send buffer (SO_SNDBUF),
	// which bounds what a client that stops reading can pin in the kernel
	// before its queue fills and it is cut off. Default 256 KiB; -1 leaves
	// the kernel's autotuning (up to 4 MiB per connection on Linux).
	SocketSendBuffer int
	// PingInterval is how often the server pings. Default 15 s.
	PingInterval time.Duration
	// PongTimeout is how long a connection may stay silent (no frame, no
	// pong) before it is closed. Default 30 s.
	PongTimeout time.Duration
	// WriteTimeout bounds each write to a client. Default 5 s.
	WriteTimeout time.Duration
	// HelloTimeout is how long a new connection has to send hello. Default 10 s.
	HelloTimeout time.Duration
	// ResumeWindow is how long a dropped client's entity stays in its room,
	// waiting for the client to come back with its resume token. Default 60 s.
	ResumeWindow time.Duration
	// TokenTTL is how long a guest sign-in token is valid. Default 30 days.
	TokenTTL time.Duration
	// MCPTokenTTL is how long an MCP token is valid (default 24 h; never
	// beyond the world token it was issued with), MaxMCPTokens how many
	// one user may hold at once (default 5). server/mcpserve.go.
	MCPTokenTTL  time.Duration
	MaxMCPTokens int
	// MaxSocketsPerUser caps concurrent WebSockets per user. Default 5.
	MaxSocketsPerUser int
	// NoDirectWrites turns off writing frames from the sending goroutine
	// (see Session.tryDirect): every frame then goes through the
	// connection's writer goroutine. For measurements and debugging.
	NoDirectWrites bool
	// MaxConnections caps concurrent WebSockets on the whole server, so a
	// flood of connections (many guest accounts, five sockets each) meets
	// a clear refusal — 503 server_full with Retry-After — before it
	// meets the file-descriptor limit. Default 20000.
	MaxConnections int
	// GuestRate and GuestBurst limit guest sign-ins per client IP address
	// (per second, and at once). Default 1/s with a burst of 100: a class
	// behind one address signs in at 9 o'clock, a script mints at most
	// 3,600 accounts an hour (and holds at most MaxConnsPerAddress
	// sockets whatever its accounts). A negative GuestRate turns the
	// limit off (load tests that sign thousands of bots in from 127.0.0.1).
	GuestRate  float64
	GuestBurst int

	// Per-address limits (server/iplimit.go). An address is an IPv4
	// address or an IPv6 /64 (one host usually holds a whole /64).
	//
	// MaxConnsPerAddress caps one address's WebSockets (429
	// too_many_connections), so one address cannot take the whole
	// server. Default 256, at most MaxConnections/2; a school behind one
	// NAT with more users raises it; negative: no limit (load tests).
	MaxConnsPerAddress int
	// TrustedProxies are the CIDRs of reverse proxies whose
	// X-Forwarded-For / Forwarded headers name the client. Empty: the
	// headers are ignored and the client is the connection's peer.
	TrustedProxies []string

	// HTTP timeouts (Server.HTTPServer; a body's limit applies in
	// Handler too). HeaderTimeout bounds reading a request's headers
	// (default 10 s), BodyTimeout reading its body (default 10 s: bodies
	// here are small JSON), IdleTimeout a kept-alive connection between
	// requests (default 120 s); MaxHeaderBytes caps the headers (default
	// 16 KiB, 431 beyond).
	HeaderTimeout  time.Duration
	BodyTimeout    time.Duration
	IdleTimeout    time.Duration
	MaxHeaderBytes int

	// MoveRate and MoveBurst limit move intents per connection. Default 40/s, burst 40.
	MoveRate  float64
	MoveBurst int
	// ChatRate and ChatBurst limit chat messages per connection. Default 2/s, burst 5.
	ChatRate  float64
	ChatBurst int
	// OtherRate and OtherBurst limit all other messages. Default 20/s, burst 40.
	OtherRate  float64
	OtherBurst int

	// BackupInterval is how often every database is backed up (verified,
	// into DataDir/backups, newest 5 kept). Default 1 h; negative disables.
	BackupInterval time.Duration
	// Logger receives structured logs. Default: slog.Default().
	Logger *slog.Logger
	// Registerer receives the Prometheus metrics and Gatherer serves them
	// at /metrics. Default: a fresh registry per Server.
	Registry *prometheus.Registry
	// Avatars to put in the world (their rooms must exist). With none, the
	// server runs no skills and no conversations.
	Avatars []*avatars.Avatar
	// Skills the avatars may use; nil means every registered skill.
	Skills []skills.ID
	// ConversationIdle ends an avatar conversation's goroutine after this
	// long without a message (its state stays saved); default 10 minutes.
	ConversationIdle time.Duration
	// Sources add skills from outside the process to the skills Host
	// once it exists (an MCP sources file: mcpsrc.File; their skills are
	// "mcp.<name>"), and keep them current while the server runs.
	Sources []SkillSource
	// Brains gives each avatar the brain its file names
	// ("brain": {"kind": …}), through the kinds the program linked
	// (agents.RegisterBrain). Nil: a resolver with no meter, so brains'
	// usage is not in /metrics; programs pass agents.NewBrains with
	// llm.NewMeter(Registry), as examples/campus/campus does.
	Brains *agents.Brains
	// Clock drives skills (reminders, deliveries, expiry); default the
	// system clock. Tests move a manual one; demos start one at a chosen
	// instant (skills.StartClock, campus -now).
	Clock skills.Clock
	// Location is the world's time zone: what "내일 7시" means to its
	// avatars, and the zone of every date they show. Default Asia/Seoul
	// (agents.DefaultLocation); the process's TZ never matters.
	Location *time.Location
	// Trace, if set, hears what the avatars' brains understood of every
	// user text they answered (agents.TraceEvent). Evaluations use it.
	Trace func(agents.TraceEvent)
	// Cluster, if set, makes this server one node of a cluster
	// (server/cluster; docs/cluster.md): its databases are replicas of the
	// cluster's log, it serves only the rooms it holds the lease of and
	// sends clients to the owner of any other, and notices reach users on
	// every node. Nil: a single server, nothing else needed.
	Cluster Cluster
	// SnapshotEvery is, in cluster mode, how many of a file's log entries
	// pass between its snapshots; the log is trimmed behind each (0:
	// store.DefaultSnapshotEvery). docs/cluster.md.
	SnapshotEvery int
	// TurnFile says where the files a conversation's turn writes durably
	// go — TurnFiles: the conversation's state, the skills host's
	// idempotency and audit records, the tutor's progress. As one file,
	// turns.db (store.Dir.Share), one group commit covers them, so one
	// fsync covers a turn's writes and those of the turns that came
	// meanwhile, where three files paid three (docs/performance.md, "One
	// file for a turn's writes"). The default, TurnFileAuto, gives a new
	// data directory the one file and leaves a directory that already
	// holds the three files as it is: the move is one-way, so it is the
	// operator's choice (TurnFileOne). See TurnFileMode.
	TurnFile TurnFileMode
	// CommitDelay is, while the turn file (TurnFile) is under load, the
	// least time between the starts of its fsyncs
	// (store.Dir.SharedCommitDelay: turns arriving meanwhile share the
	// next fsync; a writer alone never waits). The other files keep none:
	// their callers run in closed loops, which a window slows. A
	// booking's steps were such a loop on booking.db; with booking.db in
	// the turn file (TurnPackFiles) its writes share the waits its
	// records already had there, four a booking instead of six.
	// 0: DefaultCommitDelay; negative: none.
	CommitDelay time.Duration
	// OnZone, if set, is called from the room's goroutine whenever a
	// player's entity enters or leaves a zone. It must not block.
	OnZone func(ZoneEvent)
}

// DefaultCommitDelay is Options.CommitDelay's default: with the turn
// file, at 2,500 conversation turns a second, a turn paid 0.34–0.57
// fsyncs and 227–268 µs of CPU where three files without a window paid
// 1.07–2.41 and 304–445 µs, for at most half a millisecond more per
// durable wait under load (docs/performance.md, "One file for a turn's
// writes").
const DefaultCommitDelay = 500 * time.Microsecond

// TurnFiles are the files Options.TurnFile keeps as one, TurnDB.
var TurnFiles = []string{"conversations.db", "skills.db", "tutoring.db"}

// TurnPackFiles are skill packs' files kept in TurnDB with TurnFiles: a
// booking's hold and confirmation are then committed in the file of the
// host's records for the call, and one fsync covers both (skills.Later)
// where two files paid one after the other — six durable waits a
// booking became four (docs/performance.md, "A booking's fsyncs", round
// v17). An order's paid record and the cart it empties likewise share
// the fsync of the call's records: seven durable waits a lone order
// became six, and 64 callers paid fewer fsyncs an order (round v18).
// TurnFileAuto keeps such a file apart where it already exists (nothing
// is moved without asking); TurnFileOne moves it in.
var TurnPackFiles = []string{"booking.db", "shopping.db"}

// TurnDB is the one file TurnFiles are kept in (Options.TurnFile).
const TurnDB = "turns.db"

// TurnFileMode is Options.TurnFile: where a turn's durable writes go.
type TurnFileMode int

const (
	// TurnFileAuto (the default): one file, TurnDB, in a new data
	// directory and in one that already has it (a move cut short by a
	// crash is finished); three files in a directory that holds any of
	// TurnFiles and no TurnDB, and in cluster mode (a replica's log is
	// per file). Nothing is moved without asking: going back is by hand.
	// A pack's file (TurnPackFiles) goes into TurnDB only if it does not
	// exist yet as a file of its own; one that does is kept apart (a move
	// of it cut short by a crash is finished by the next TurnFileOne).
	TurnFileAuto TurnFileMode = iota
	// TurnFileOne: one file; TurnFiles and TurnPackFiles found in the
	// directory are moved into it at the start and kept as
	// <name>.migrated (one-way). Not in cluster mode.
	TurnFileOne
	// TurnFileThree: three files. Refused where TurnDB exists: the
	// turns' data is in it, and it is not copied back out.
	TurnFileThree
)

// ShareTurnFiles applies mode to dir (before any of TurnFiles is opened)
// and says whether the turn's files are one. cluster is whether the
// server is a cluster's node. Tools that open a server's data directory
// call it with TurnFileAuto to see what the server saw.
func ShareTurnFiles(dir *store.Dir, mode TurnFileMode, cluster bool) (bool, error) {
	exists := func(name string) (bool, error) {
		_, err := os.Stat(filepath.Join(dir.Path(), name))
		if errors.Is(err, fs.ErrNotExist) {
			return false, nil
		}
		return err == nil, err
	}
	hasOne, err := exists(TurnDB)
	if err != nil {
		return false, err
	}
	one := false
	switch mode {
	case TurnFileOne:
		if cluster {
			return false, errors.New("server options: TurnFile is for a single server (a cluster's replicas log each file apart)")
		}
		one = true
	case TurnFileThree:
		if hasOne {
			return false, fmt.Errorf("server options: three turn files asked for, but %s holds the turns' data (the move into it is one-way; copy it out by hand)", filepath.Join(dir.Path(), TurnDB))
		}
	case TurnFileAuto:
		if cluster {
			break
		}
		one = true
		if !hasOne {
			for _, f := range TurnFiles {
				old, err := exists(f)
				if err != nil {
					return false, err
				}
				if old {
					one = false
				}
			}
		}
	default:
		return false, fmt.Errorf("server options: unknown TurnFile mode %d", mode)
	}
	if !one {
		return false, nil
	}
	names := append([]string(nil), TurnFiles...)
	for _, f := range TurnPackFiles {
		if mode == TurnFileAuto {
			old, err := exists(f)
			if err != nil {
				return false, err
			}
			if old {
				continue // kept apart, as it is: the move is the operator's (TurnFileOne)
			}
		}
		names = append(names, f)
	}
	return true, dir.Share(TurnDB, names...)
}

// Cluster is what a server needs of its cluster membership; package
// cluster implements it over NATS. It is an interface so that a single
// server does not link NATS at all.
type Cluster interface {
	// Replicator makes the data directory's databases replicas.
	Replicator() store.Replicator
	// Manage hands the node the room IDs; gained and lost are called when
	// this node starts or stops holding a room's lease; empty tells
	// whether a room has nobody in it (empty rooms may be handed to the
	// node they belong to, to spread the rooms).
	Manage(rooms []string, gained, lost func(room string), empty func(room string) bool)
	// Owns reports whether this node holds room's lease.
	Owns(room string) bool
	// Owner names the live node holding room's lease and its URL; ok is
	// false if none does (or its holder stopped beating).
	Owner(room string) (name, url string, ok bool)
	// Claim tries to take an unowned room's lease now.
	Claim(room string) bool
	// Nodes lists the live nodes' URLs, this one first.
	Nodes() []string
	// Leader reports whether this node runs the cluster-wide job.
	Leader(job string) bool
	// Holder names the node running the job and whether it is alive.
	Holder(job string) (node string, alive bool)
	// Current reports whether every replica of the cluster's data is up
	// to date (any one node may then die without stopping writes).
	Current() bool
	// PublishUser sends a message to a user's connections on every node;
	// OnUser receives every such message.
	PublishUser(user string, msg []byte) error
	OnUser(fn func(user string, msg []byte)) error
	// Request asks whichever node serves subject; Serve serves it until
	// stop (fn returns false to stay silent).
	Request(ctx context.Context, subject string, data []byte) ([]byte, error)
	Serve(subject string, fn func(data []byte) (reply []byte, ok bool)) (stop func(), err error)
}

// SkillSource adds skills to the server's skills Host from outside the
// process. The server calls Load once its Host exists (an error stops the
// start-up), runs Watch on a goroutine of its own until shutdown, then
// calls Close. skills/mcpsrc.FileSource is one.
type SkillSource interface {
	Load(ctx context.Context, host *skills.Host, log *slog.Logger) error
	Watch(ctx context.Context)
	Close()
}

// ZoneEvent is passed to Options.OnZone.
type ZoneEvent struct {
	Room   string
	UserID string
	Entity uint32
	Zone   string
	Enter  bool
}

func (o *Options) withDefaults() (Options, error) {
	c := *o
	if c.DataDir == "" {
		return c, errors.New("server options: DataDir is required")
	}
	if c.World == nil {
		c.World = world.Campus()
	}
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	deff := func(v *float64, d float64) {
		if *v == 0 {
			*v = d
		}
	}
	defd := func(v *time.Duration, d time.Duration) {
		if *v == 0 {
			*v = d
		}
	}
	def(&c.TickHz, 20)
	def(&c.ViewTiles, 10)
	deff(&c.NearTiles, 6)
	deff(&c.Speed, 4)
	def(&c.ChatHistory, 50)
	def(&c.SendQueueLen, 64)
	def(&c.SendQueueBytes, 1<<20)
	def(&c.SocketSendBuffer, 256<<10)
	defd(&c.PingInterval, 15*time.Second)
	defd(&c.PongTimeout, 30*time.Second)
	defd(&c.WriteTimeout, 5*time.Second)
	defd(&c.HelloTimeout, 10*time.Second)
	defd(&c.ResumeWindow, 60*time.Second)
	defd(&c.TokenTTL, 30*24*time.Hour)
	defd(&c.MCPTokenTTL, 24*time.Hour)
	def(&c.MaxMCPTokens, 5)
	defd(&c.BackupInterval, time.Hour)
	def(&c.MaxSocketsPerUser, 5)
	def(&c.MaxConnections, 20000)
	deff(&c.GuestRate, 1)
	def(&c.GuestBurst, 100)
	if c.MaxConnsPerAddress == 0 {
		c.MaxConnsPerAddress = min(256, max(1, c.MaxConnections/2))
	}
	defd(&c.HeaderTimeout, 10*time.Second)
	defd(&c.BodyTimeout, 10*time.Second)
	defd(&c.IdleTimeout, 120*time.Second)
	def(&c.MaxHeaderBytes, 16<<10)
	deff(&c.MoveRate, 40)
	def(&c.MoveBurst, 40)
	deff(&c.ChatRate, 2)
	def(&c.ChatBurst, 5)
	deff(&c.OtherRate, 20)
	def(&c.OtherBurst, 40)
	if c.Logger == nil {
		c.Logger = slog.New(safety.RedactHandler(slog.Default().Handler()))
	}
	if c.Clock == nil {
		c.Clock = skills.SystemClock{}
	}
	if c.Registry == nil {
		c.Registry = prometheus.NewRegistry()
	}
	switch {
	case c.TickHz < 1 || c.TickHz > 120:
		return c, fmt.Errorf("server options: TickHz %d must be 1-120", c.TickHz)
	case c.ViewTiles < 1:
		return c, fmt.Errorf("server options: ViewTiles %d must be positive", c.ViewTiles)
	case c.Speed <= 0 || c.Speed/float64(c.TickHz) > 1:
		return c, fmt.Errorf("server options: Speed %.1f must be positive and at most one tile per tick", c.Speed)
	case c.PingInterval >= c.PongTimeout:
		return c, fmt.Errorf("server options: PingInterval %s must be shorter than PongTimeout %s", c.PingInterval, c.PongTimeout)
	case c.SnapshotEvery < 0:
		return c, fmt.Errorf("server options: SnapshotEvery %d must not be negative", c.SnapshotEvery)
	case c.SendQueueLen < 8 || c.SendQueueBytes < 64<<10:
		return c, errors.New("server options: SendQueueLen must be ≥ 8 and SendQueueBytes ≥ 64 KiB")
	case c.MaxConnsPerAddress > c.MaxConnections:
		return c, fmt.Errorf("server options: MaxConnsPerAddress %d is above MaxConnections %d", c.MaxConnsPerAddress, c.MaxConnections)
	case c.HeaderTimeout < 0 || c.BodyTimeout < 0 || c.IdleTimeout < 0 || c.MaxHeaderBytes < 0:
		return c, errors.New("server options: HeaderTimeout, BodyTimeout, IdleTimeout and MaxHeaderBytes must not be negative")
	case c.MCPTokenTTL < 0 || c.MaxMCPTokens < 0:
		return c, errors.New("server options: MCPTokenTTL and MaxMCPTokens must not be negative")
	case c.GuestRate >= 0 && c.GuestBurst < 1:
		return c, fmt.Errorf("server options: GuestBurst %d must be at least 1", c.GuestBurst)
	}
	if _, err := newAddrResolver(c.TrustedProxies); err != nil {
		return c, fmt.Errorf("server options: %w", err)
	}
	for _, o := range c.AllowedOrigins {
		u, err := url.Parse(o)
		if err != nil || u.Scheme == "" || u.Host == "" || u.Path != "" {
			return c, fmt.Errorf("server options: allowed origin %q must look like https://host[:port]", o)
		}
	}
	return c, nil
}
