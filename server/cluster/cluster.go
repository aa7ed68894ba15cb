// Package cluster runs Madang on several nodes over NATS (opt-in; a single
// node needs none of it).
//
// Every node embeds a NATS server with JetStream (or connects to an
// existing NATS cluster) and uses three NATS primitives, no consensus of
// its own:
//
//   - Data: every database file is a replica of one JetStream stream
//     (MADANG_DATA, subject madang.data.<file>). A write commits when the
//     stream accepts it with "expected last sequence per subject", so
//     writes from all nodes are serialised by JetStream's RAFT; each node
//     applies the stream to its own buntdb file and reads locally
//     (store.Replicator).
//   - Rooms: each room has a lease in the KV bucket madang_leases (key
//     room.<id>, value the owner's node name). The bucket's MaxAge is the
//     lease time; the owner renews with a compare-and-set Update every
//     quarter of it; when a node dies its leases expire (a limit marker
//     tells every watcher) and a surviving node takes them with Create,
//     which only one can win. Nodes also beat in the bucket (node.<name>,
//     value the node's public URL), which is how the others find its URL
//     and notice it is gone.
//   - Notices: messages for a user (meeting invites, delivery news) are
//     published on madang.user.<id>; every node delivers them to the
//     user's connections it holds.
package cluster

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"maps"
	"net"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	natsserver "github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Config configures one node.
type Config struct {
	// Name identifies the node in the cluster: 1-32 of [A-Za-z0-9_-].
	Name string
	// URL is this node's public base URL (http://host:port): clients are
	// sent there for the rooms this node owns.
	URL string

	// NATSAddr (host:port) runs an embedded NATS server listening there.
	// Empty: connect to NATSURL instead. Port 0 lets the system choose
	// (NATS binds its listeners itself; it cannot be handed one).
	NATSAddr string
	// RouteAddr (host:port) is where the embedded server accepts routes
	// from its peers; Routes are the peers' route addresses (host:port).
	// Route addresses must be known before the nodes start: a JetStream
	// cluster refuses to start without configured routes, so a seed
	// cannot bind port 0 and tell the others afterwards.
	RouteAddr string
	Routes    []string
	// StoreDir holds the embedded server's JetStream files.
	StoreDir string
	// SyncAlways makes the embedded JetStream fsync every write. Off,
	// a write is acknowledged once a majority of the replicas hold it in
	// memory and it is written to their files, which survives the death
	// of any minority of node processes but not a power cut of them all.
	SyncAlways bool

	// NATSDefaultTimings keeps the embedded NATS server's own RAFT
	// timings (elections 4-9 s after a leader dies) instead of Madang's
	// LAN timings (1-2 s; see raft.go).
	NATSDefaultTimings bool

	// NATSURL is an existing NATS server or cluster (nats://host:port,...).
	NATSURL string

	// Replicas of the stream and the bucket: default 3 with Routes or
	// NATSURL, 1 alone.
	Replicas int
	// LeaseTTL is how long a room lease lives without renewal, which
	// bounds how long a dead node's rooms stay unavailable. Default 4 s.
	LeaseTTL time.Duration
	// Logger, default slog.Default().
	Logger *slog.Logger
}

var nameRe = regexp.MustCompile(`^[A-Za-z0-9_-]{1,32}$`)

func (c *Config) check() error {
	if !nameRe.MatchString(c.Name) {
		return fmt.Errorf("cluster: node name %q must be 1-32 of A-Z a-z 0-9 _ -", c.Name)
	}
	u, err := url.Parse(c.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("cluster: node URL %q must look like http://host:port", c.URL)
	}
	if (c.NATSAddr == "") == (c.NATSURL == "") {
		return errors.New("cluster: set exactly one of an embedded NATS address and a NATS URL")
	}
	if c.NATSAddr != "" && c.StoreDir == "" {
		return errors.New("cluster: the embedded NATS server needs a store directory")
	}
	for _, a := range append([]string{c.NATSAddr, c.RouteAddr}, c.Routes...) {
		if a == "" {
			continue
		}
		if _, _, err := net.SplitHostPort(a); err != nil {
			return fmt.Errorf("cluster: address %q: %w", a, err)
		}
	}
	if len(c.Routes) > 0 && c.RouteAddr == "" {
		return errors.New("cluster: routes need a route address of this node")
	}
	if c.Replicas == 0 {
		c.Replicas = 1
		if len(c.Routes) > 0 || c.NATSURL != "" {
			c.Replicas = 3
		}
	}
	if c.Replicas < 1 || c.Replicas > 5 {
		return fmt.Errorf("cluster: replicas %d must be 1-5", c.Replicas)
	}
	if c.LeaseTTL == 0 {
		c.LeaseTTL = 4 * time.Second
	}
	if c.LeaseTTL < time.Second {
		return fmt.Errorf("cluster: lease time %s is below one second", c.LeaseTTL)
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return nil
}

const (
	dataStream = "MADANG_DATA"
	dataPrefix = "madang.data."
	leaseKV    = "madang_leases"
	snapKV     = "madang_snapshots" // file → the sequence of its newest snapshot
	snapObj    = "madang_snapshots" // the snapshots themselves, one object per upload
	userPrefix = "madang.user."
)

// Node is this process's membership in the cluster.
type Node struct {
	cfg Config
	log *slog.Logger
	ns  *natsserver.Server // nil when connected to an external NATS
	nc  *nats.Conn
	js  jetstream.JetStream
	st  jetstream.Stream
	kv  jetstream.KeyValue

	snapKV  jetstream.KeyValue
	snapObj jetstream.ObjectStore

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu      sync.Mutex
	view    map[string]seen   // the bucket as last watched
	owned   map[string]uint64 // keys this node holds → revision
	renewed map[string]time.Time
	rooms   []string
	lost    func(room string)
	gained  func(room string)
	empty   func(room string) bool
	since   map[string]time.Time // when this node took each lease it holds
	watched chan struct{}        // closed once the watcher has the bucket's state
	// lastWatch is when the watcher last delivered anything; restartWatch
	// restarts it.
	lastWatch    time.Time
	restartWatch context.CancelFunc
}

// seen is a lease bucket entry as this node last saw it.
type seen struct {
	value string
	rev   uint64
	at    time.Time // when this node saw it (local clock)
}

// Start starts (or joins) NATS, makes sure the stream and the bucket
// exist, and begins beating. It waits up to a minute for a JetStream
// cluster to form.
func Start(cfg Config) (*Node, error) {
	if err := cfg.check(); err != nil {
		return nil, err
	}
	n := &Node{cfg: cfg, log: cfg.Logger.With("node", cfg.Name), view: map[string]seen{}, owned: map[string]uint64{},
		renewed: map[string]time.Time{}, since: map[string]time.Time{}, watched: make(chan struct{})}
	n.ctx, n.cancel = context.WithCancel(context.Background())
	natsURL := cfg.NATSURL
	if cfg.NATSAddr != "" {
		ns, err := startEmbedded(cfg)
		if err != nil {
			return nil, err
		}
		n.ns = ns
		natsURL = ns.ClientURL()
	}
	fail := func(err error) (*Node, error) {
		n.Close()
		return nil, err
	}
	nc, err := nats.Connect(natsURL, nats.Name("madang-"+cfg.Name), nats.MaxReconnects(-1),
		nats.ReconnectWait(200*time.Millisecond))
	if err != nil {
		return fail(fmt.Errorf("cluster: connecting to NATS at %s: %w", natsURL, err))
	}
	n.nc = nc
	if n.js, err = jetstream.New(nc); err != nil {
		return fail(err)
	}
	// A JetStream cluster needs a quorum of its servers and a leader
	// before streams can be made: retry until then.
	deadline := time.Now().Add(time.Minute)
	for {
		err = n.setup()
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			return fail(fmt.Errorf("cluster: JetStream did not become ready in a minute: %w", err))
		}
		n.log.Debug("cluster: JetStream not ready yet", "err", err)
		time.Sleep(250 * time.Millisecond)
	}
	n.wg.Add(2)
	go n.watch()
	go n.leases()
	select {
	case <-n.watched:
	case <-time.After(30 * time.Second):
		return fail(errors.New("cluster: the lease bucket's watcher did not start"))
	}
	return n, nil
}

var timingsOnce sync.Once

func startEmbedded(cfg Config) (*natsserver.Server, error) {
	if !cfg.NATSDefaultTimings {
		timingsOnce.Do(fastElections)
	}
	host, port, _ := net.SplitHostPort(cfg.NATSAddr)
	p, err := strconv.Atoi(port)
	if err != nil {
		return nil, fmt.Errorf("cluster: NATS port %q: %w", port, err)
	}
	if p == 0 {
		p = natsserver.RANDOM_PORT // NATS reads 0 as its default port 4222
	}
	o := &natsserver.Options{
		ServerName: cfg.Name,
		Host:       host,
		Port:       p,
		JetStream:  true,
		StoreDir:   cfg.StoreDir,
		SyncAlways: cfg.SyncAlways,
		NoSigs:     true,
		NoLog:      true,
		// One log entry is one transaction's writes: allow larger ones
		// than NATS's 1 MB default (a skill seeding its catalogue).
		MaxPayload: 8 << 20,
	}
	if cfg.RouteAddr != "" {
		rh, rp, _ := net.SplitHostPort(cfg.RouteAddr)
		o.Cluster.Name = "madang"
		o.Cluster.Host = rh
		if o.Cluster.Port, err = strconv.Atoi(rp); err != nil {
			return nil, fmt.Errorf("cluster: route port %q: %w", rp, err)
		}
		if o.Cluster.Port == 0 {
			o.Cluster.Port = natsserver.RANDOM_PORT // 0 would mean "no cluster"
		}
		for _, r := range cfg.Routes {
			u, err := url.Parse("nats-route://" + r)
			if err != nil {
				return nil, fmt.Errorf("cluster: route %q: %w", r, err)
			}
			o.Routes = append(o.Routes, u)
		}
	}
	ns, err := natsserver.NewServer(o)
	if err != nil {
		return nil, fmt.Errorf("cluster: embedded NATS: %w", err)
	}
	go ns.Start()
	if !ns.ReadyForConnections(30 * time.Second) {
		ns.Shutdown()
		return nil, errors.New("cluster: the embedded NATS server did not start in 30 s")
	}
	return ns, nil
}

func (n *Node) setup() error {
	// Short attempts: a request made before the cluster has a meta leader
	// is not answered at all, so waiting long on it only delays the retry.
	ctx, cancel := context.WithTimeout(n.ctx, 2*time.Second)
	defer cancel()
	var err error
	n.st, err = n.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:     dataStream,
		Subjects: []string{dataPrefix + ">"},
		Storage:  jetstream.FileStorage,
		Replicas: n.cfg.Replicas,
		// Every entry is kept: a replica that starts empty replays from
		// the beginning (see docs/cluster.md on compaction).
		Retention: jetstream.LimitsPolicy,
	})
	if err != nil {
		return fmt.Errorf("data stream: %w", err)
	}
	n.kv, err = n.js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket:         leaseKV,
		History:        1,
		TTL:            n.cfg.LeaseTTL,
		LimitMarkerTTL: time.Second, // expiries are announced to watchers
		Storage:        jetstream.FileStorage,
		Replicas:       n.cfg.Replicas,
	})
	if err != nil {
		return fmt.Errorf("lease bucket: %w", err)
	}
	// Snapshots: a pointer per file, changed by compare-and-set so the
	// newest snapshot only ever moves forward, and the data, chunked by
	// the object store (a snapshot can exceed a message).
	n.snapKV, err = n.js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket: snapKV, History: 1, Storage: jetstream.FileStorage, Replicas: n.cfg.Replicas,
	})
	if err != nil {
		return fmt.Errorf("snapshot bucket: %w", err)
	}
	n.snapObj, err = n.js.CreateOrUpdateObjectStore(ctx, jetstream.ObjectStoreConfig{
		Bucket: snapObj, Storage: jetstream.FileStorage, Replicas: n.cfg.Replicas,
	})
	if err != nil {
		return fmt.Errorf("snapshot store: %w", err)
	}
	return nil
}

// Name returns this node's name.
func (n *Node) Name() string { return n.cfg.Name }

// URL returns this node's public URL.
func (n *Node) URL() string { return n.cfg.URL }

// RouteAddr is the address (host:port) where this node's embedded NATS
// server accepts routes, as bound (a configured port 0 resolved), or ""
// without an embedded server or routes. A node restarted after a crash
// can be pointed at any live peer's RouteAddr.
func (n *Node) RouteAddr() string {
	if n.ns == nil {
		return ""
	}
	if a := n.ns.ClusterAddr(); a != nil {
		return a.String()
	}
	return ""
}

// Close gives up this node's leases (so its rooms move at once instead of
// after the lease time) and leaves the cluster.
func (n *Node) Close() error {
	n.mu.Lock()
	owned := n.owned
	n.owned = map[string]uint64{}
	n.mu.Unlock()
	if n.kv != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		for k, rev := range owned {
			n.kv.Delete(ctx, k, jetstream.LastRevision(rev))
		}
		n.kv.Delete(ctx, "node."+n.cfg.Name)
		cancel()
	}
	n.cancel()
	n.wg.Wait()
	if n.nc != nil {
		n.nc.Drain()
		n.nc.Close()
	}
	if n.ns != nil {
		n.ns.Shutdown()
		n.ns.WaitForShutdown()
	}
	return nil
}

// ---- rooms

// Manage makes this node take part in owning rooms: it claims its share
// (rendezvous hashing over the live nodes) and any room left unowned,
// renews what it holds, and calls gained and lost (from its own goroutine;
// they must not block) when it starts or stops owning a room.
//
// A node that started first takes every room (it sees no other node yet).
// To spread them, a room held for a while by a node that is not its
// rendezvous choice any more is handed over when it is empty (nobody to
// disturb): this node deletes its lease and the chosen node claims it.
func (n *Node) Manage(rooms []string, gained, lost func(room string), empty func(room string) bool) {
	n.mu.Lock()
	n.rooms = slices.Clone(rooms)
	n.gained, n.lost, n.empty = gained, lost, empty
	n.mu.Unlock()
}

// Owns reports whether this node holds room's lease.
func (n *Node) Owns(room string) bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	_, ok := n.owned["room."+room]
	return ok
}

// Owner returns the name and URL of the live node that holds room's lease.
// ok is false when nobody holds it, or its holder has stopped beating (it
// is probably dead and its lease about to expire).
func (n *Node) Owner(room string) (name, url string, ok bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	l, held := n.view["room."+room]
	if !held {
		return "", "", false
	}
	nd, alive := n.view["node."+l.value]
	if !alive || time.Since(nd.at) > n.beatStale() {
		return l.value, "", false
	}
	return l.value, nd.value, true
}

// Holder names the node that holds the cluster-wide job's lease and
// whether it is alive (still beating). A caller waiting on that node (a
// forwarded skill call) stops waiting once it is not: a request that
// reached a node which then died is never answered.
func (n *Node) Holder(job string) (name string, alive bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	l, held := n.view["job."+job]
	if !held {
		return "", false
	}
	nd, ok := n.view["node."+l.value]
	return l.value, ok && time.Since(nd.at) <= n.beatStale()
}

// Claim tries to take room's lease now (when Owner found none). It
// reports whether this node owns the room afterwards.
func (n *Node) Claim(room string) bool {
	if n.Owns(room) {
		return true
	}
	n.mu.Lock()
	managed := slices.Contains(n.rooms, room)
	n.mu.Unlock()
	return managed && n.create("room."+room)
}

// Nodes returns the public URLs of the nodes that beat in the last
// minute, this one first: where a client may reconnect. (A minute, not
// the liveness window: while the lease bucket elects a new leader nobody's
// beat gets through, and a client told "only this node" then would have
// nowhere to go if this one died next.)
func (n *Node) Nodes() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	out := []string{n.cfg.URL}
	for k, v := range n.view {
		if strings.HasPrefix(k, "node.") && k != "node."+n.cfg.Name && time.Since(v.at) <= time.Minute {
			out = append(out, v.value)
		}
	}
	slices.Sort(out[1:])
	return out
}

// Current reports whether the cluster's streams (the data log, the
// leases and the snapshots) each have a leader and every other replica
// up to date: then any one node may die without stopping writes. A node
// that has just come back is not current at once; an operator (or a test)
// restarting nodes one by one waits for this between them.
func (n *Node) Current() bool {
	ctx, cancel := context.WithTimeout(n.ctx, 2*time.Second)
	defer cancel()
	for _, name := range []string{dataStream, "KV_" + leaseKV, "KV_" + snapKV, "OBJ_" + snapObj} {
		st, err := n.js.Stream(ctx, name)
		if err != nil {
			return false
		}
		ci := st.CachedInfo().Cluster
		if n.cfg.Replicas == 1 {
			continue
		}
		if ci == nil || ci.Leader == "" || len(ci.Replicas) != n.cfg.Replicas-1 {
			return false
		}
		for _, p := range ci.Replicas {
			if !p.Current || p.Offline {
				return false
			}
		}
	}
	return true
}

// Leader reports whether this node runs the cluster-wide job name (one
// node at a time, a lease like a room's).
func (n *Node) Leader(job string) bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	_, ok := n.owned["job."+job]
	return ok
}

func (n *Node) beat() time.Duration      { return n.cfg.LeaseTTL / 4 }
func (n *Node) beatStale() time.Duration { return n.beat()*2 + n.beat()/2 }

// watch keeps n.view in step with the lease bucket. Each (re)start
// rebuilds the view from the bucket's current keys. The leases loop
// restarts a watcher that has gone quiet (this node's own beat, written
// every round, must come back through it): after the bucket's leader
// dies, a watcher can miss the markers of expired leases.
func (n *Node) watch() {
	defer n.wg.Done()
	for n.ctx.Err() == nil {
		ctx, cancel := context.WithCancel(n.ctx)
		n.mu.Lock()
		n.restartWatch = cancel
		n.lastWatch = time.Now()
		n.mu.Unlock()
		w, err := n.kv.WatchAll(ctx)
		if err != nil {
			cancel()
			n.log.Warn("cluster: watching leases", "err", err)
			time.Sleep(time.Second)
			continue
		}
		fresh := map[string]seen{} // until the current keys have all come
		for e := range w.Updates() {
			n.mu.Lock()
			n.lastWatch = time.Now()
			switch {
			case e == nil:
				if fresh != nil {
					n.view, fresh = fresh, nil
					for k, rev := range n.owned {
						if _, ok := n.view[k]; !ok { // ours, if not in the bucket yet
							n.view[k] = seen{value: n.cfg.Name, rev: rev, at: time.Now()}
						}
					}
				}
				select {
				case <-n.watched:
				default:
					close(n.watched)
				}
			case e.Operation() == jetstream.KeyValuePut:
				v := seen{value: string(e.Value()), rev: e.Revision(), at: time.Now()}
				if fresh != nil {
					fresh[e.Key()] = v
				} else {
					n.view[e.Key()] = v
				}
			default:
				if fresh != nil {
					delete(fresh, e.Key())
				} else {
					delete(n.view, e.Key())
				}
			}
			n.mu.Unlock()
		}
		w.Stop()
		cancel()
	}
}

// leases beats, renews what this node holds, and claims rooms.
func (n *Node) leases() {
	defer n.wg.Done()
	tk := time.NewTicker(n.beat())
	defer tk.Stop()
	unowned := map[string]int{} // room → consecutive rounds seen without owner
	for i := 0; ; i++ {
		// Claim nothing in the first rounds: the other nodes' beats must
		// be in the view first, or every room looks like this node's share.
		n.round(unowned, i >= 2)
		select {
		case <-n.ctx.Done():
			return
		case <-tk.C:
		}
	}
}

func (n *Node) round(unowned map[string]int, claim bool) {
	ctx, cancel := context.WithTimeout(n.ctx, n.beat())
	defer cancel()
	if _, err := n.kv.PutString(ctx, "node."+n.cfg.Name, n.cfg.URL); err != nil && n.ctx.Err() == nil {
		n.log.Warn("cluster: beat failed", "err", err)
	}
	// Renew.
	n.mu.Lock()
	owned := maps.Clone(n.owned)
	n.mu.Unlock()
	for k, rev := range owned {
		nrev, err := n.kv.Update(ctx, k, []byte(n.cfg.Name), rev)
		n.mu.Lock()
		if err == nil {
			if _, still := n.owned[k]; still {
				n.owned[k] = nrev
				n.renewed[k] = time.Now()
			}
			n.mu.Unlock()
			continue
		}
		// Someone else holds it now, or we could not renew for so long
		// that it may have expired: stop serving it before another node
		// can start (we give up at 3/4 of the lease time).
		gone := errors.Is(err, jetstream.ErrKeyNotFound) || errors.Is(err, jetstream.ErrKeyRevisionMismatch) ||
			errors.Is(err, jetstream.ErrKeyDeleted) || time.Since(n.renewed[k]) > n.cfg.LeaseTTL*3/4
		if gone {
			n.dropLocked(k)
		}
		n.mu.Unlock()
		if gone {
			n.log.Warn("cluster: lease lost", "key", k, "err", err)
		} else if n.ctx.Err() == nil {
			n.log.Warn("cluster: lease renewal failed; retrying", "key", k, "err", err)
		}
	}
	// A watcher that did not even bring back this node's beat is stuck.
	n.mu.Lock()
	if time.Since(n.lastWatch) > 3*n.beat() && n.restartWatch != nil {
		n.log.Warn("cluster: the lease watcher went quiet; restarting it")
		n.restartWatch()
		n.lastWatch = time.Now()
	}
	n.mu.Unlock()
	// Claim: my share at once, anything else left without a live owner
	// for two rounds, and the jobs. A lease whose holder stopped beating
	// is tried too: Create fails harmlessly while it has not expired, and
	// wins once it has, even if the expiry's marker never reached us.
	n.mu.Lock()
	rooms := n.rooms
	live := n.liveLocked()
	var want []string
	for _, r := range rooms {
		k := "room." + r
		if _, mine := n.owned[k]; mine {
			continue
		}
		if n.heldLiveLocked(k) {
			delete(unowned, r)
			continue
		}
		unowned[r]++
		if preferred(r, live) == n.cfg.Name || unowned[r] > 2 {
			want = append(want, k)
		}
	}
	if _, mine := n.owned["job.skills"]; !mine && len(rooms) > 0 && !n.heldLiveLocked("job.skills") {
		want = append(want, "job.skills")
	}
	var handOver []string
	for _, r := range rooms {
		k := "room." + r
		if _, mine := n.owned[k]; mine && n.empty != nil && time.Since(n.since[k]) > 10*time.Second &&
			preferred(r, live) != n.cfg.Name && n.empty(r) {
			handOver = append(handOver, k)
		}
	}
	n.mu.Unlock()
	for _, k := range handOver {
		n.mu.Lock()
		rev, mine := n.owned[k]
		if mine {
			n.dropLocked(k)
		}
		n.mu.Unlock()
		if mine {
			n.kv.Delete(ctx, k, jetstream.LastRevision(rev))
			n.log.Info("cluster: empty room handed to its node", "key", k)
		}
	}
	if !claim {
		return
	}
	for _, k := range want {
		n.create(k)
	}
}

// create takes key's lease if nobody holds it.
func (n *Node) create(k string) bool {
	ctx, cancel := context.WithTimeout(n.ctx, n.beat())
	defer cancel()
	rev, err := n.kv.Create(ctx, k, []byte(n.cfg.Name))
	if err != nil {
		return false
	}
	n.mu.Lock()
	n.owned[k] = rev
	n.renewed[k] = time.Now()
	n.since[k] = time.Now()
	n.view[k] = seen{value: n.cfg.Name, rev: rev, at: time.Now()}
	gained := n.gained
	n.mu.Unlock()
	n.log.Info("cluster: lease taken", "key", k)
	if room, ok := strings.CutPrefix(k, "room."); ok && gained != nil {
		gained(room)
	}
	return true
}

// dropLocked forgets a lease this node held and tells the server.
func (n *Node) dropLocked(k string) {
	delete(n.owned, k)
	delete(n.renewed, k)
	delete(n.since, k)
	if room, ok := strings.CutPrefix(k, "room."); ok && n.lost != nil {
		lost := n.lost
		go lost(room)
	}
}

// heldLiveLocked reports whether a lease is held by a node that beats.
func (n *Node) heldLiveLocked(k string) bool {
	l, held := n.view[k]
	if !held || l.value == "" {
		return false
	}
	if l.value == n.cfg.Name {
		return true
	}
	nd, ok := n.view["node."+l.value]
	return ok && time.Since(nd.at) <= n.beatStale()
}

// liveLocked lists the names of nodes beating now (this one included).
func (n *Node) liveLocked() []string {
	live := []string{n.cfg.Name}
	for k, v := range n.view {
		if name, ok := strings.CutPrefix(k, "node."); ok && name != n.cfg.Name && time.Since(v.at) <= n.beatStale() {
			live = append(live, name)
		}
	}
	return live
}

// preferred picks room's node by rendezvous hashing: each room goes to
// the live node with the highest hash of (room, node), so rooms spread
// evenly and a node's death moves only its own rooms.
func preferred(room string, nodes []string) string {
	best, bestH := "", uint64(0)
	for _, nd := range nodes {
		h := fnv.New64a()
		h.Write([]byte(room))
		h.Write([]byte{0})
		h.Write([]byte(nd))
		if v := h.Sum64(); best == "" || v > bestH {
			best, bestH = nd, v
		}
	}
	return best
}

// ---- notices

// PublishUser sends msg to every connection of user on any node.
func (n *Node) PublishUser(user string, msg []byte) error {
	return n.nc.Publish(userPrefix+user, msg)
}

// OnUser calls fn for every message published to any user.
func (n *Node) OnUser(fn func(user string, msg []byte)) error {
	_, err := n.nc.Subscribe(userPrefix+"*", func(m *nats.Msg) {
		fn(strings.TrimPrefix(m.Subject, userPrefix), m.Data)
	})
	return err
}

// ---- requests

// Request sends data on subject and waits for the first reply (within
// ctx). Only the node that should answer (the leader of a job) does.
func (n *Node) Request(ctx context.Context, subject string, data []byte) ([]byte, error) {
	m, err := n.nc.RequestWithContext(ctx, "madang.req."+subject, data)
	if err != nil {
		return nil, err
	}
	return m.Data, nil
}

// Serve answers requests on subject until stop is called: fn runs on its
// own goroutine per request and answers when it returns ok. Only the node
// that should answer subscribes, so while none does a request fails at
// once (no responders) instead of waiting for its timeout.
func (n *Node) Serve(subject string, fn func(data []byte) (reply []byte, ok bool)) (stop func(), err error) {
	sub, err := n.nc.Subscribe("madang.req."+subject, func(m *nats.Msg) {
		go func() {
			if reply, ok := fn(m.Data); ok {
				m.Respond(reply)
			}
		}()
	})
	if err != nil {
		return nil, err
	}
	return func() { sub.Unsubscribe() }, nil
}
