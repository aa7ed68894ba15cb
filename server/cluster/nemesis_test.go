package cluster

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/madang-world/madang/skills/store"
	"github.com/nats-io/nats.go/jetstream"
)

// member is one node of the nemesis cluster with its replica.
type member struct {
	cfg  Config
	data string
	mu   sync.RWMutex // writers hold it for reading; kill/restart for writing
	node *Node
	dir  *store.Dir
	db   *store.DB
}

// start starts the node and opens its replica. It returns an error rather
// than failing the test: it runs on goroutines other than the test's.
func (m *member) start() error {
	n, err := Start(m.cfg)
	if err != nil {
		return fmt.Errorf("%s: %w", m.cfg.Name, err)
	}
	d, err := store.OpenDir(m.data)
	if err != nil {
		n.Close()
		return err
	}
	d.Replicator = n.Replicator()
	d.SnapshotEvery = 1000 // snapshots and trims (about one a second) while nodes die
	db, err := d.Open("bank.db", store.Options{Durable: true})
	if err != nil {
		d.Close()
		n.Close()
		return fmt.Errorf("%s: opening its replica: %w", m.cfg.Name, err)
	}
	m.node, m.dir, m.db = n, d, db
	return nil
}

// TestClusterNemesis: three nodes (embedded NATS, R3) run transfers
// between ten accounts from every node at once — each a read-modify-write
// of two keys — and record each acknowledged transfer under its own key,
// while a random node is killed (its NATS server and its replica dropped
// mid-write) and restarted, again and again. Afterwards every replica must
// be identical, the balances must still add up (no torn or lost
// transaction), and every acknowledged transfer must be there.
func TestClusterNemesis(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a NATS cluster")
	}
	rounds := 2 // make test; make test-long: 4 (MADANG_TEST_LONG)
	if os.Getenv("MADANG_TEST_LONG") != "" {
		rounds = 4
	}
	if s := os.Getenv("MADANG_CLUSTER_KILLS"); s != "" {
		rounds, _ = strconv.Atoi(s)
	}
	addrs := append([]string{"127.0.0.1:0", "127.0.0.1:0", "127.0.0.1:0"}, freeAddrs(t, 3)...) // client ports: any
	ms := make([]*member, 3)
	for i := range 3 {
		var peers []string
		for j := 3; j < 6; j++ {
			if j != 3+i {
				peers = append(peers, addrs[j])
			}
		}
		ms[i] = &member{data: t.TempDir(), cfg: Config{Name: fmt.Sprintf("m%d", i+1), URL: fmt.Sprintf("http://127.0.0.1:%d", 9101+i),
			NATSAddr: addrs[i], RouteAddr: addrs[3+i], Routes: peers, StoreDir: t.TempDir(), LeaseTTL: 2 * time.Second, Logger: testLogger()}}
	}
	t.Cleanup(func() {
		for _, m := range ms {
			if m.node != nil {
				m.dir.Close()
				m.node.Close()
			}
		}
	})
	var wg sync.WaitGroup
	errs := make([]error, len(ms))
	for i, m := range ms {
		wg.Add(1)
		go func() { defer wg.Done(); errs[i] = m.start() }()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	const accounts, initial = 10, 100
	acct := func(a int) store.Key { return store.NewKey("acct", strconv.Itoa(a)) }
	if err := ms[0].db.Update(func(tx *store.Tx) error {
		for a := range accounts {
			if err := tx.Set(acct(a), strconv.Itoa(initial)); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}

	var acked, failed atomic.Int64
	var ackMu sync.Mutex
	ackedIDs := []string{}
	stop := make(chan struct{})
	var writers sync.WaitGroup
	for w := range 6 {
		m := ms[w%3]
		writers.Add(1)
		go func() {
			defer writers.Done()
			rng := rand.New(rand.NewPCG(uint64(w), 7))
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				from, to := rng.IntN(accounts), rng.IntN(accounts)
				if from == to {
					continue
				}
				id := store.NewKey("xfer", fmt.Sprintf("%d-%d", w, i))
				m.mu.RLock()
				db := m.db
				var err error
				if db == nil {
					err = errors.New("node down")
				} else {
					err = db.Update(func(tx *store.Tx) error {
						fv, err := tx.Get(acct(from))
						if err != nil {
							return err
						}
						tv, err := tx.Get(acct(to))
						if err != nil {
							return err
						}
						f, _ := strconv.Atoi(fv)
						tt, _ := strconv.Atoi(tv)
						tx.Set(acct(from), strconv.Itoa(f-1))
						tx.Set(acct(to), strconv.Itoa(tt+1))
						err = tx.Set(id, fmt.Sprintf("%d>%d", from, to))
						return err
					})
				}
				m.mu.RUnlock()
				if err != nil {
					failed.Add(1)
					time.Sleep(50 * time.Millisecond)
					continue
				}
				acked.Add(1)
				ackMu.Lock()
				ackedIDs = append(ackedIDs, id.String())
				ackMu.Unlock()
			}
		}()
	}
	rng := rand.New(rand.NewPCG(42, 42))
	for r := range rounds {
		time.Sleep(time.Duration(1500+rng.IntN(1500)) * time.Millisecond)
		m := ms[rng.IntN(3)]
		before := acked.Load()
		m.mu.Lock()
		m.node.kill() // NATS gone mid-write: the replica's Append fails or its entry lands unacknowledged
		m.dir.Close()
		m.node, m.dir, m.db = nil, nil, nil
		m.mu.Unlock()
		time.Sleep(time.Duration(500+rng.IntN(1500)) * time.Millisecond)
		m.mu.Lock()
		err := m.start()
		m.mu.Unlock()
		if err != nil {
			close(stop)
			writers.Wait()
			t.Fatalf("round %d: restarting: %v", r+1, err)
		}
		t.Logf("round %d: killed and restarted %s (%d transfers acknowledged before)", r+1, m.cfg.Name, before)
		// Let the restarted node become current in every stream before the
		// next kill (two of three down would stop writes, rightly).
		time.Sleep(3 * time.Second)
	}
	time.Sleep(time.Second)
	close(stop)
	writers.Wait()
	t.Logf("%d transfers acknowledged, %d failed or unknown", acked.Load(), failed.Load())
	if acked.Load() < int64(rounds)*50 {
		t.Errorf("too few transfers acknowledged (%d): the cluster did not keep writing", acked.Load())
	}

	// Converge: every replica at the log's end.
	last, err := ms[0].node.Replicator().Last("bank.db")
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, 20*time.Second, "replicas at the log's end", func() bool {
		for _, m := range ms {
			if m.db.Applied() < last {
				return false
			}
		}
		return true
	})
	dump := func(db *store.DB) map[string]string {
		out := map[string]string{}
		db.View(func(tx *store.Tx) error {
			for _, p := range []string{"acct", "xfer"} {
				tx.Scan(store.NewKey(p), func(k store.Key, v string) bool { out[k.String()] = v; return true })
			}
			return nil
		})
		return out
	}
	ref := dump(ms[0].db)
	for _, m := range ms[1:] {
		got := dump(m.db)
		if len(got) != len(ref) {
			t.Errorf("%s has %d keys, %s %d", m.cfg.Name, len(got), ms[0].cfg.Name, len(ref))
		}
		for k, v := range ref {
			if got[k] != v {
				t.Errorf("%s: %s = %q, %s has %q", m.cfg.Name, k, got[k], ms[0].cfg.Name, v)
				break
			}
		}
	}
	sum := 0
	for a := range accounts {
		v, _ := strconv.Atoi(ref[fmt.Sprintf("acct:%d", a)])
		sum += v
	}
	if sum != accounts*initial {
		t.Errorf("balances add up to %d, want %d: a transfer was torn", sum, accounts*initial)
	}
	lost := 0
	for _, id := range ackedIDs {
		if _, ok := ref[id]; !ok {
			lost++
		}
	}
	if lost > 0 {
		t.Errorf("%d acknowledged transfers are missing", lost)
	}
	// Every transfer in the data moved exactly one unit: count them all
	// (acknowledged or not) and check against the balances' movement.
	moved := 0
	for k := range ref {
		if len(k) > 5 && k[:5] == "xfer:" {
			moved++
		}
	}
	t.Logf("stored transfers %d (acknowledged %d); balances sum %d", moved, len(ackedIDs), sum)

	// Snapshots were taken and the log trimmed behind them (every 1,000
	// entries), and a replica started now from an empty directory —
	// snapshot plus the log's tail — equals the others.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	info, err := ms[0].node.st.Info(ctx, jetstream.WithSubjectFilter(dataPrefix+"bank.db"))
	if err != nil {
		t.Fatal(err)
	}
	kept := info.State.Subjects[dataPrefix+"bank.db"]
	snapAt, err := ms[0].node.Replicator().(store.Snapshots).SnapshotSeq("bank.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("log keeps %d of bank.db's entries; snapshot at %d of %d", kept, snapAt, last)
	if snapAt == 0 || kept > uint64(moved)/2 {
		t.Errorf("log not trimmed: %d entries kept for %d transfers, snapshot at %d", kept, moved, snapAt)
	}
	d, err := store.OpenDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	d.Replicator = ms[1].node.Replicator()
	fresh, err := d.Open("bank.db", store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := dump(fresh); !maps.Equal(got, ref) {
		t.Errorf("a replica started from the snapshot has %d keys, the others %d", len(got), len(ref))
	}
}
