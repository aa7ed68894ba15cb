// Package load is Madang's load generator: real bots that sign in, join
// rooms, move at a given rate and optionally chat, measuring what a user
// would feel — delivered position updates per second, the delivery ratio,
// and end-to-end latency from the sender's clock to the receiver's — and
// what it costs the server (CPU and RSS from its /metrics).
//
// The reader is deliberately lean (no JSON decoding of whole frames), as
// in the reference harness (docs/background.md §4): the load tool must not be the bottleneck it
// measures.
package load

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"math/rand/v2"
	"net/http"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/gorilla/websocket"
	"github.com/madang-world/madang/protocol"
)

// Config is one run.
type Config struct {
	URL      string        // server base URL, http://host:port
	Rooms    int           // rooms to spread bots over (their IDs start with RoomPrefix)
	Clients  int           // bots per room
	Hz       float64       // move intents per second per bot
	Chat     float64       // chat lines per second per bot (0: none)
	Warmup   time.Duration // before measuring
	Duration time.Duration // measurement window
	Slow     int           // extra bots in the first room that read one message a second
	Idle     int           // idle mode: open this many idle connections and report RSS per connection
	Prefix   string        // room ID prefix (default "load-")
	// Baseline speaks the protocol of examples/loadtest/baseline (the
	// least a room server can do) instead of Madang's, with the same bots,
	// timing and measurement, to tell the machine's limits from Madang's.
	Baseline bool
	// Cluster lists every node of a cluster (base URLs; URL is ignored):
	// bots connect to them in turn and follow "moved" to the node that
	// serves their room; server CPU and RSS are the nodes' sums.
	Cluster []string

	// beforeJoin, if set, runs when bot i's turn to join comes (tests: a
	// join phase that outlasts the server's pong timeout).
	beforeJoin func(i int)
}

// nodes returns the server(s) under test.
func (c Config) nodes() []string {
	if len(c.Cluster) > 0 {
		return c.Cluster
	}
	return []string{c.URL}
}

// Result is one run's figures.
type Result struct {
	Server         string // "madang" or "baseline"
	Rooms, Clients int
	Hz             float64
	Connected      int
	Delivered      int64   // position updates received from others in the window
	Expected       int64   // what should have been received given who moved
	PerSec         float64 // delivered per second
	Ratio          float64 // delivered / expected
	Intended       int64   // what the intents sent would have produced: Σ sent × (room size − 1)
	IntendedRatio  float64 // delivered / intended: below 1 when the server moved bots less often than asked
	P50, P99, P999 float64 // latency, ms
	Samples        int64
	ServerCPU      float64 // % of one core in the window
	ServerRSSMB    float64
	ToolCPU        float64 // % of one core
	// The whole machine in the window, % of one core (200 = both cores of
	// this machine): softirq is mostly loopback TCP; Others is what
	// neither the server, the tool nor interrupts account for (other
	// processes: a run with Others above ~10 is contaminated).
	MachineBusy, Softirq, Steal, Others float64
	IdleConns                           int     `json:",omitempty"`
	IdleKBPerConn                       float64 `json:",omitempty"`
	SlowDisconnected                    int     `json:",omitempty"`
	Errors                              int
	// Cluster runs: nodes, and bots sent on to their room's node at join.
	Nodes, Redirected int `json:",omitempty"`
	// JoinSeconds is how long signing in, connecting and joining every bot
	// took (one by one; past the server's pong timeout, 30 s, a bot that
	// was not read would have been cut off).
	JoinSeconds float64 `json:",omitempty"`
}

// hist is a log-linear histogram of microseconds, merged across
// connections at the end. Values below 64 have a bucket each; above, each
// power of two [64·2^e, 128·2^e) is split into 64 buckets 2^e wide, read
// back as their middle: at most 1/128 (0.8 %) from any value in them.
// 40 rows reach 2^45 µs, far past any latency measured.
type hist struct{ b [64 * 40]int64 }

// bucket returns v's bucket: for v ≥ 64, row e+1 holds [64·2^e, 128·2^e)
// and v's column is (v >> e) − 64. (It used to keep 6 bits of v where
// bucketValue decodes 7, reading a true 33 ms as about 49 ms.)
func bucket(v int64) int {
	if v < 64 {
		return int(max(v, 0))
	}
	e := bits.Len64(uint64(v)) - 7
	return min((e+1)*64+int(v>>e)-64, 64*40-1)
}

// bucketValue is the middle of bucket i, the inverse of bucket.
func bucketValue(i int) float64 {
	if i < 64 {
		return float64(i)
	}
	e := i/64 - 1
	return float64(int64(64+i%64)<<e) + float64(int64(1)<<e-1)/2
}

func (h *hist) add(v int64) { h.b[bucket(v)]++ }
func (h *hist) merge(o *hist) {
	for i := range h.b {
		h.b[i] += o.b[i]
	}
}
func (h *hist) count() (n int64) {
	for _, c := range h.b {
		n += c
	}
	return
}

func (h *hist) quantile(q float64) float64 {
	n := h.count()
	if n == 0 {
		return 0
	}
	target := int64(q * float64(n))
	var seen int64
	for i, c := range h.b {
		seen += c
		if seen > target {
			return bucketValue(i)
		}
	}
	return 0
}

type bot struct {
	conn     *websocket.Conn
	you      uint32
	room     int
	window   atomic.Bool
	sent     atomic.Int64 // move intents sent in the window
	own      int64        // own movements seen in the window
	others   int64        // others' movements seen in the window
	lat      hist
	errs     int64
	done     chan struct{}
	slow     bool
	closedBy string
	baseline bool
	reading  bool // its reader runs (from its join on: it answers pings)
}

func signIn(ctx context.Context, base, name string) (string, error) {
	body, _ := json.Marshal(map[string]string{"name": name})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/api/guest", bytes.NewReader(body))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct{ Token string }
	if resp.StatusCode != http.StatusCreated || json.NewDecoder(resp.Body).Decode(&out) != nil {
		return "", fmt.Errorf("sign-in: HTTP %d", resp.StatusCode)
	}
	return out.Token, nil
}

func wsURL(base string) string {
	return "ws" + strings.TrimPrefix(base, "http") + "/ws"
}

// connect signs up (one user per five sockets) and dials.
func dial(ctx context.Context, base, token string) (*websocket.Conn, error) {
	d := websocket.Dialer{HandshakeTimeout: 20 * time.Second, ReadBufferSize: 4096, WriteBufferSize: 1024}
	c, _, err := d.DialContext(ctx, wsURL(base), http.Header{"Authorization": {"Bearer " + token}})
	return c, err
}

// readUntil reads envelopes until one of type t, returning its payload.
func readUntil(c *websocket.Conn, t protocol.Type) (json.RawMessage, error) {
	_, p, err := readUntilAny(c, t)
	return p, err
}

// readUntilAny reads envelopes until one of the types ts.
func readUntilAny(c *websocket.Conn, ts ...protocol.Type) (protocol.Type, json.RawMessage, error) {
	c.SetReadDeadline(time.Now().Add(30 * time.Second))
	defer c.SetReadDeadline(time.Time{})
	for {
		_, data, err := c.ReadMessage()
		if err != nil {
			return "", nil, err
		}
		var found json.RawMessage
		var typ protocol.Type
		protocol.SplitFrame(data, func(raw []byte) error {
			var env protocol.Envelope
			if json.Unmarshal(raw, &env) == nil && slices.Contains(ts, env.Type) && found == nil {
				found, typ = env.Payload, env.Type
			}
			return nil
		})
		if found != nil {
			return typ, found, nil
		}
	}
}

// hello dials base and says hello.
func hello(ctx context.Context, base, token string) (*websocket.Conn, error) {
	c, err := dial(ctx, base, token)
	if err == nil {
		err = send(c, protocol.TypeHello, &protocol.Hello{Versions: []int{1}, Client: "loadtest"})
		if err == nil {
			_, err = readUntil(c, protocol.TypeWelcome)
		}
		if err != nil {
			c.Close()
		}
	}
	return c, err
}

func send(c *websocket.Conn, t protocol.Type, payload any) error {
	b := protocol.MustEncode(t, "", payload)
	c.SetWriteDeadline(time.Now().Add(10 * time.Second))
	return c.WriteMessage(websocket.TextMessage, b)
}

// sendMove writes a move intent in the canonical encoding (what
// protocol.Encode produces, byte for byte; TestSendMoveCanonical) without
// reflection: at 10,000 intents a second the tool's own CPU is part of the
// machine the server is measured on.
func sendMove(c *websocket.Conn, buf *[]byte, dir string, ts int64) error {
	*buf = appendMove((*buf)[:0], dir, ts)
	return writeNow(c, *buf)
}

// sendPos writes a baseline server's update the same way.
func sendPos(c *websocket.Conn, buf *[]byte, id uint32, ts int64) error {
	*buf = appendPos((*buf)[:0], id, ts)
	return writeNow(c, *buf)
}

func writeNow(c *websocket.Conn, msg []byte) error {
	c.SetWriteDeadline(time.Now().Add(10 * time.Second)) // gorilla keeps the last one: it must move
	return c.WriteMessage(websocket.TextMessage, msg)
}

func appendMove(b []byte, dir string, ts int64) []byte {
	b = append(b, `{"type":"move","payload":{"dir":"`...)
	b = append(b, dir...)
	b = append(b, `","ts":`...)
	b = strconv.AppendInt(b, ts, 10)
	return append(b, "}}"...)
}

var (
	movKey = []byte(`"mov":[`)
	idKey  = []byte(`{"id":`)
	tsKey  = []byte(`"ts":`)
)

// scan counts the movements in one envelope: own and others', and records
// the latency of echoed timestamps of others' intents.
// digits reads the decimal number at the start of b (strconv would
// allocate a string for each of the million numbers a second read here).
func digits(b []byte) (uint64, bool) {
	var v uint64
	i := 0
	for ; i < len(b) && i < 19 && b[i] >= '0' && b[i] <= '9'; i++ {
		v = v*10 + uint64(b[i]-'0')
	}
	return v, i > 0
}

func (b *bot) scan(env []byte, now int64) {
	if !bytes.HasPrefix(env, []byte(`{"type":"tick"`)) {
		return
	}
	i := bytes.Index(env, movKey)
	if i < 0 {
		return
	}
	rest := env[i+len(movKey):]
	end := bytes.IndexByte(rest, ']')
	if end < 0 {
		return
	}
	rest = rest[:end]
	for len(rest) > 0 {
		j := bytes.Index(rest, idKey)
		if j < 0 {
			break
		}
		rest = rest[j+len(idKey):]
		id, _ := digits(rest)
		close := bytes.IndexByte(rest, '}')
		entry := rest[:close]
		in := b.window.Load()
		if uint32(id) == b.you {
			if in {
				b.own++
			}
		} else {
			if in {
				b.others++
			}
			if in {
				b.latency(entry, now)
			}
		}
		rest = rest[close+1:]
	}
}

// scanBaseline counts the updates in a baseline server's frame: one
// {"t":"pos","id":..,"ts":..,...} per line, the bot's own included.
func (b *bot) scanBaseline(frame []byte, now int64) {
	if !b.window.Load() {
		return
	}
	for len(frame) > 0 {
		line := frame
		if i := bytes.IndexByte(frame, '\n'); i >= 0 {
			line, frame = frame[:i], frame[i+1:]
		} else {
			frame = nil
		}
		i := bytes.Index(line, baseIDKey)
		if i < 0 {
			continue
		}
		id, _ := digits(line[i+len(baseIDKey):])
		if uint32(id) == b.you {
			b.own++
			continue
		}
		b.others++
		b.latency(line, now)
	}
}

// latency records now − the "ts" in an update from another bot, if it
// carries one.
func (b *bot) latency(update []byte, now int64) {
	if t := bytes.Index(update, tsKey); t >= 0 {
		if ts, ok := digits(update[t+len(tsKey):]); ok {
			b.lat.add(now - int64(ts))
		}
	}
}

var baseIDKey = []byte(`"id":`)

// appendPos is the baseline's update: about 85 bytes, as in docs/background.md §4.
func appendPos(b []byte, id uint32, ts int64) []byte {
	b = append(b, `{"t":"pos","id":`...)
	b = strconv.AppendUint(b, uint64(id), 10)
	b = append(b, `,"ts":`...)
	b = strconv.AppendInt(b, ts, 10)
	return append(b, `,"x":12.345,"y":1.5,"z":-3.25,"ry":1.571}`...)
}

// connectBaseline opens n connections to a baseline server, 32 at a time.
func connectBaseline(ctx context.Context, base string, n, rooms, perRoom int, prefix string) ([]*websocket.Conn, error) {
	return dialAll(n, func(i int) (*websocket.Conn, error) {
		d := websocket.Dialer{HandshakeTimeout: 20 * time.Second, ReadBufferSize: 4096, WriteBufferSize: 1024}
		room := i / perRoom
		if room >= rooms { // slow bots: the first room
			room = 0
		}
		c, _, err := d.DialContext(ctx, fmt.Sprintf("%s?room=%s%02d&id=%d", wsURL(base), prefix, room+1, i), nil)
		return c, err
	})
}

// dialAll opens n connections with dial, 32 at a time; the error is the
// first one.
func dialAll(n int, dial func(i int) (*websocket.Conn, error)) ([]*websocket.Conn, error) {
	conns := make([]*websocket.Conn, n)
	var mu sync.Mutex
	var first error
	sem := make(chan struct{}, 32)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			c, err := dial(i)
			mu.Lock()
			defer mu.Unlock()
			if err != nil && first == nil {
				first = fmt.Errorf("connection %d: %w", i, err)
			}
			conns[i] = c
		}()
	}
	wg.Wait()
	return conns, first
}

func (b *bot) read() {
	defer close(b.done)
	buf := bytes.NewBuffer(make([]byte, 0, 64<<10))
	for {
		_, r, err := b.conn.NextReader()
		if err != nil {
			var ce *websocket.CloseError
			if errors.As(err, &ce) {
				b.closedBy = ce.Text
			}
			return
		}
		buf.Reset()
		if _, err := buf.ReadFrom(r); err != nil {
			return
		}
		now := time.Now().UnixMicro()
		if b.baseline {
			b.scanBaseline(buf.Bytes(), now)
		} else {
			protocol.SplitFrame(buf.Bytes(), func(env []byte) error { b.scan(env, now); return nil })
		}
		if b.slow {
			time.Sleep(time.Second)
		}
	}
}

// metricsAll sums metrics over the nodes.
func metricsAll(bases []string) (cpu, rss float64, err error) {
	for _, b := range bases {
		c, r, e := metrics(b)
		cpu, rss = cpu+c, rss+r
		if e != nil {
			err = e
		}
	}
	return cpu, rss, err
}

// metrics reads the server's CPU seconds and RSS from /metrics.
func metrics(base string) (cpu, rss float64, err error) {
	c := http.Client{Timeout: 5 * time.Second}
	resp, err := c.Get(base + "/metrics")
	if err != nil {
		return 0, 0, err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	for _, line := range strings.Split(string(body), "\n") {
		f := strings.Fields(line)
		if len(f) != 2 {
			continue
		}
		switch f[0] {
		case "process_cpu_seconds_total":
			cpu, _ = strconv.ParseFloat(f[1], 64)
		case "process_resident_memory_bytes":
			rss, _ = strconv.ParseFloat(f[1], 64)
		}
	}
	return cpu, rss, nil
}

// machineCPU reads /proc/stat's first line: busy, softirq and steal
// seconds over all cores (zeros where there is no /proc).
func machineCPU() (busy, softirq, steal float64) {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0, 0, 0
	}
	line, _, _ := strings.Cut(string(b), "\n")
	f := strings.Fields(line)
	if len(f) < 9 || f[0] != "cpu" {
		return 0, 0, 0
	}
	v := make([]float64, len(f))
	for i := 1; i < len(f); i++ {
		v[i], _ = strconv.ParseFloat(f[i], 64)
	}
	const hz = 100 // USER_HZ
	// user nice system idle iowait irq softirq steal
	busy = (v[1] + v[2] + v[3] + v[6] + v[7] + v[8]) / hz
	return busy, v[7] / hz, v[8] / hz
}

func selfCPU() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

// RaiseFileLimit lifts the soft open-files limit to the hard one.
func RaiseFileLimit() {
	var l syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_NOFILE, &l) == nil && l.Cur < l.Max {
		l.Cur = l.Max
		syscall.Setrlimit(syscall.RLIMIT_NOFILE, &l)
	}
}

// signInAll signs in a user for every 5 of n connections (the server's
// limit of sockets per user), at each node in turn, and returns each
// connection's token; connection i belongs at bases[i/5%len(bases)].
func signInAll(ctx context.Context, bases []string, n int) ([]string, error) {
	tokens := make([]string, n)
	for u := 0; u*5 < n; u++ {
		token, err := signIn(ctx, bases[u%len(bases)], fmt.Sprintf("bot%05d", u))
		if err != nil {
			return nil, err
		}
		for k := 0; k < 5 && u*5+k < n; k++ {
			tokens[u*5+k] = token
		}
	}
	return tokens, nil
}

// connectAll opens n connections, 32 at a time, and says hello on each
// (see signInAll). Nothing reads them: for idle connections only.
func connectAll(ctx context.Context, bases []string, n int) ([]*websocket.Conn, []string, error) {
	tokens, err := signInAll(ctx, bases, n)
	if err != nil {
		return nil, nil, err
	}
	conns, err := dialAll(n, func(i int) (*websocket.Conn, error) { return hello(ctx, bases[i/5%len(bases)], tokens[i]) })
	return conns, tokens, err
}

// Run runs one configuration.
func Run(ctx context.Context, cfg Config) (Result, error) {
	RaiseFileLimit()
	if cfg.Prefix == "" {
		cfg.Prefix = "load-"
	}
	res := Result{Server: "madang", Rooms: cfg.Rooms, Clients: cfg.Clients, Hz: cfg.Hz}
	if cfg.Idle > 0 {
		return runIdle(ctx, cfg, res)
	}
	total := cfg.Rooms*cfg.Clients + cfg.Slow
	if cfg.Baseline {
		res.Server = "baseline"
		return runBaseline(ctx, cfg, res, total)
	}
	// Bots join one by one, which takes a while with 1,000 of them (longer
	// when rooms are between nodes: 500 ms a retry). A connection nobody
	// reads answers no ping and the server closes it after PongTimeout
	// (30 s), so each bot connects only when its turn comes and is read
	// from the moment it has joined. (Connecting all first and joining
	// later lost bots that waited past 30 s: the pong to the ping queued
	// before the close failed with "write: broken pipe".)
	bases := cfg.nodes()
	joinStart := time.Now()
	tokens, err := signInAll(ctx, bases, total)
	if err != nil {
		return res, err
	}
	res.Nodes = len(bases)
	bots := make([]*bot, total)
	joined := false
	defer func() {
		if !joined { // measure closes them otherwise
			for _, b := range bots {
				if b != nil {
					b.conn.Close()
				}
			}
		}
	}()
	for i := range total {
		if cfg.beforeJoin != nil {
			cfg.beforeJoin(i)
		}
		c, err := hello(ctx, bases[i/5%len(bases)], tokens[i])
		if err != nil {
			return res, fmt.Errorf("connection %d: %w", i, err)
		}
		room := i / cfg.Clients
		b := &bot{conn: c, room: room, done: make(chan struct{})}
		if i >= cfg.Rooms*cfg.Clients {
			b.room, b.slow = 0, true
		}
		roomID := fmt.Sprintf("%s%02d", cfg.Prefix, b.room+1)
		for hop := 0; ; hop++ {
			if err := send(b.conn, protocol.TypeJoin, &protocol.Join{Room: roomID}); err != nil {
				return res, err
			}
			typ, p, err := readUntilAny(b.conn, protocol.TypeJoined, protocol.TypeBye)
			if err != nil {
				return res, fmt.Errorf("join: %w", err)
			}
			if typ == protocol.TypeJoined {
				var j protocol.Joined
				if err := json.Unmarshal(p, &j); err != nil {
					return res, fmt.Errorf("join %s: joined is not a protocol.Joined: %w", roomID, err)
				}
				b.you = j.You
				break
			}
			var bye protocol.Bye
			if err := json.Unmarshal(p, &bye); err != nil {
				return res, fmt.Errorf("join %s: bye is not a protocol.Bye: %w", roomID, err)
			}
			if bye.Reason != protocol.ByeMoved || hop > 5 {
				return res, fmt.Errorf("join %s: bye %s: %s", roomID, bye.Reason, bye.Message)
			}
			// A cluster: the room is served by another node.
			b.conn.Close()
			if bye.RetryMS > 0 {
				time.Sleep(time.Duration(bye.RetryMS) * time.Millisecond)
			}
			to := bye.URL
			if to == "" {
				to = cfg.nodes()[0]
			}
			if b.conn, err = hello(ctx, to, tokens[i]); err != nil {
				return res, fmt.Errorf("join %s at %s: %w", roomID, to, err)
			}
			res.Redirected++
		}
		bots[i] = b
		b.reading = true
		go b.read()
	}
	res.JoinSeconds = time.Since(joinStart).Seconds()
	joined = true
	return measure(cfg, res, bots)
}

// runBaseline connects bots to a baseline server and measures.
func runBaseline(ctx context.Context, cfg Config, res Result, total int) (Result, error) {
	if cfg.Chat > 0 || len(cfg.Cluster) > 0 {
		return res, errors.New("the baseline server has no chat and no cluster")
	}
	conns, err := connectBaseline(ctx, cfg.URL, total, cfg.Rooms, cfg.Clients, cfg.Prefix)
	if err != nil {
		for _, c := range conns {
			if c != nil {
				c.Close()
			}
		}
		return res, err
	}
	res.Nodes = 1
	bots := make([]*bot, total)
	for i, c := range conns {
		bots[i] = &bot{conn: c, you: uint32(i), room: i / cfg.Clients, done: make(chan struct{}), baseline: true}
		if i >= cfg.Rooms*cfg.Clients {
			bots[i].room, bots[i].slow = 0, true
		}
	}
	return measure(cfg, res, bots)
}

// measure runs the bots: warm-up, then the window, then the figures.
func measure(cfg Config, res Result, bots []*bot) (Result, error) {
	res.Connected = len(bots)
	for _, b := range bots {
		if !b.reading {
			b.reading = true
			go b.read()
		}
	}
	// Movers: each sends a step intent at Hz with a random phase,
	// alternating east and west so it keeps walking on the spot.
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for _, b := range bots {
		if b.slow {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			period := time.Duration(float64(time.Second) / cfg.Hz)
			time.Sleep(time.Duration(rand.Int64N(int64(period))))
			tk := time.NewTicker(period)
			defer tk.Stop()
			var chat <-chan time.Time
			if cfg.Chat > 0 {
				ct := time.NewTicker(time.Duration(float64(time.Second) / cfg.Chat))
				defer ct.Stop()
				chat = ct.C
			}
			east := rand.IntN(2) == 0
			var mbuf []byte
			for {
				select {
				case <-stop:
					return
				case <-tk.C:
					dir := protocol.DirE
					if !east {
						dir = protocol.DirW
					}
					east = !east
					var err error
					if b.baseline {
						err = sendPos(b.conn, &mbuf, b.you, time.Now().UnixMicro())
					} else {
						err = sendMove(b.conn, &mbuf, dir, time.Now().UnixMicro())
					}
					if err != nil {
						atomic.AddInt64(&b.errs, 1)
						return
					}
					if b.window.Load() {
						b.sent.Add(1)
					}
				case <-chat:
					send(b.conn, protocol.TypeChat, &protocol.Chat{Text: "안녕하세요 load test", Scope: protocol.ScopeRoom})
				}
			}
		}()
	}
	time.Sleep(cfg.Warmup)
	cpu0, _, _ := metricsAll(cfg.nodes())
	tool0 := selfCPU()
	busy0, soft0, steal0 := machineCPU()
	start := time.Now()
	for _, b := range bots {
		b.window.Store(true)
	}
	time.Sleep(cfg.Duration)
	for _, b := range bots {
		b.window.Store(false)
	}
	el := time.Since(start).Seconds()
	cpu1, rss, _ := metricsAll(cfg.nodes())
	tool1 := selfCPU()
	busy1, soft1, steal1 := machineCPU()
	close(stop)
	wg.Wait()
	for _, b := range bots {
		b.conn.Close()
	}
	var all hist
	perRoom := map[int]int{}
	for _, b := range bots {
		if !b.slow {
			perRoom[b.room]++
		}
	}
	for _, b := range bots {
		<-b.done
		if b.slow {
			if b.closedBy != "" {
				res.SlowDisconnected++
			}
			continue
		}
		res.Delivered += b.others
		res.Expected += b.own * int64(perRoom[b.room]-1) // every other mover in the room sees each of my moves
		res.Intended += b.sent.Load() * int64(perRoom[b.room]-1)
		all.merge(&b.lat)
		res.Errors += int(b.errs)
	}
	// Slow bots only receive; what they should have received is not counted.
	if res.Expected > 0 {
		res.Ratio = float64(res.Delivered) / float64(res.Expected)
	}
	if res.Intended > 0 {
		res.IntendedRatio = float64(res.Delivered) / float64(res.Intended)
	}
	res.PerSec = float64(res.Delivered) / el
	res.P50, res.P99, res.P999 = all.quantile(0.5)/1000, all.quantile(0.99)/1000, all.quantile(0.999)/1000
	res.Samples = all.count()
	res.ServerCPU = 100 * (cpu1 - cpu0) / el
	res.ServerRSSMB = rss / (1 << 20)
	res.ToolCPU = 100 * (tool1 - tool0) / el
	res.MachineBusy = 100 * (busy1 - busy0) / el
	res.Softirq = 100 * (soft1 - soft0) / el
	res.Steal = 100 * (steal1 - steal0) / el
	res.Others = max(0, res.MachineBusy-res.ServerCPU-res.ToolCPU-res.Softirq)
	return res, nil
}

func runIdle(ctx context.Context, cfg Config, res Result) (Result, error) {
	_, rss0, err := metricsAll(cfg.nodes())
	if err != nil {
		return res, err
	}
	conns, _, err := connectAll(ctx, cfg.nodes(), cfg.Idle)
	if err != nil {
		return res, err
	}
	time.Sleep(5 * time.Second)
	_, rss1, _ := metricsAll(cfg.nodes())
	res.IdleConns = len(conns)
	res.IdleKBPerConn = (rss1 - rss0) / 1024 / float64(len(conns))
	res.ServerRSSMB = rss1 / (1 << 20)
	for _, c := range conns {
		c.Close()
	}
	return res, nil
}

// Table renders results as a Markdown table.
func Table(rs []Result) string {
	var b strings.Builder
	b.WriteString("| rooms × clients | Hz | delivered/s | delivered (of moves made) | of moves asked | p50 ms | p99 ms | p99.9 ms | server CPU % | server RSS MB | tool CPU % | softirq % | machine % (others, steal) |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].Rooms*rs[i].Clients < rs[j].Rooms*rs[j].Clients })
	for _, r := range rs {
		if r.IdleConns > 0 {
			fmt.Fprintf(&b, "| %d idle | – | – | – | – | – | – | – | – | %.0f | %.1f KB/conn | – | – |\n", r.IdleConns, r.ServerRSSMB, r.IdleKBPerConn)
			continue
		}
		label := ""
		if r.Server == "baseline" {
			label = " (baseline)"
		}
		fmt.Fprintf(&b, "| %d × %d%s | %.0f | %.0f | %.2f %% | %.1f %% | %.1f | %.1f | %.1f | %.0f | %.0f | %.0f | %.0f | %.0f (%.0f, %.1f) |\n",
			r.Rooms, r.Clients, label, r.Hz, r.PerSec, 100*r.Ratio, 100*r.IntendedRatio, r.P50, r.P99, r.P999, r.ServerCPU, r.ServerRSSMB, r.ToolCPU,
			r.Softirq, r.MachineBusy, r.Others, r.Steal)
	}
	return b.String()
}
