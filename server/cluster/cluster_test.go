package cluster

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/madang-world/madang/skills/store"
)

// freeAddrs returns n addresses whose ports were free a moment ago. Only
// the NATS route ports are picked this way: a JetStream cluster needs its
// peers' route addresses in its configuration before it starts (NATS
// refuses "JetStream cluster requires configured routes" otherwise) and
// binds its listeners itself, so they cannot be handed over. The client
// ports, which nobody else needs to know, are chosen by the system (port 0).
func freeAddrs(t *testing.T, n int) []string {
	t.Helper()
	var out []string
	var lns []net.Listener
	for range n {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		lns = append(lns, ln)
		out = append(out, ln.Addr().String())
	}
	for _, ln := range lns {
		ln.Close()
	}
	return out
}

// startThree starts a three-node cluster in this process, each node with
// its own embedded NATS server, routes to the other two and R3 storage.
func startThree(t *testing.T) []*Node {
	t.Helper()
	routes := freeAddrs(t, 3)
	nodes := make([]*Node, 3)
	errs := make([]error, 3)
	var wg sync.WaitGroup
	for i := range 3 {
		var peers []string
		for j, r := range routes {
			if j != i {
				peers = append(peers, r)
			}
		}
		cfg := Config{Name: fmt.Sprintf("n%d", i+1), URL: fmt.Sprintf("http://127.0.0.1:%d", 9001+i),
			NATSAddr: "127.0.0.1:0", RouteAddr: routes[i], Routes: peers, StoreDir: t.TempDir(),
			LeaseTTL: 2 * time.Second, Logger: testLogger()}
		wg.Add(1)
		go func() {
			defer wg.Done()
			nodes[i], errs[i] = Start(cfg)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("node %d: %v", i+1, err)
		}
	}
	t.Cleanup(func() {
		for _, n := range nodes {
			if n != nil {
				n.Close()
			}
		}
	})
	return nodes
}

// kill stops a node the way a crash does: its NATS server and loops go,
// its leases are not given back.
func (n *Node) kill() {
	n.cancel()
	n.nc.Close()
	n.wg.Wait()
	n.ns.Shutdown()
	n.ns.WaitForShutdown()
	n.ns, n.nc, n.kv = nil, nil, nil
}

// TestClusterDataAndLeases: three nodes write one counter concurrently
// through their replicas (every increment survives, all replicas agree);
// every room has exactly one owner; killing a node moves its rooms to the
// others within the lease time, and the data written through the dead
// node is still there.
func TestClusterDataAndLeases(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a NATS cluster")
	}
	t0 := time.Now()
	nodes := startThree(t)
	t.Logf("cluster up in %.1f s", time.Since(t0).Seconds())
	t0 = time.Now()
	dbs := make([]*store.DB, 3)
	for i, n := range nodes {
		d, err := store.OpenDir(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		d.Replicator = n.Replicator()
		t.Cleanup(func() { d.Close() })
		if dbs[i], err = d.Open("c.db", store.Options{Durable: true}); err != nil {
			t.Fatal(err)
		}
	}
	const per = 40
	var wg sync.WaitGroup
	errc := make(chan error, 6)
	for _, db := range append(dbs, dbs...) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range per {
				err := db.Update(func(tx *store.Tx) error {
					v, err := tx.Get(store.NewKey("count"))
					if err != nil && !errors.Is(err, store.ErrNotFound) {
						return err
					}
					c, _ := strconv.Atoi(v)
					err = tx.Set(store.NewKey("count"), strconv.Itoa(c+1))
					return err
				})
				if err != nil {
					errc <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Fatal(err)
	}
	want := strconv.Itoa(6 * per)
	waitFor(t, 5*time.Second, "replicas agree", func() bool {
		for _, db := range dbs {
			var v string
			db.View(func(tx *store.Tx) error { v, _ = tx.Get(store.NewKey("count")); return nil })
			if v != want {
				return false
			}
		}
		return true
	})

	t.Logf("%d increments from 3 nodes in %.1f s", 6*per, time.Since(t0).Seconds())
	rooms := []string{"classroom", "store", "lobby", "office", "garden", "library"}
	var mu sync.Mutex
	gained := map[string]string{}
	for _, n := range nodes {
		n.Manage(rooms, func(r string) { mu.Lock(); gained[r] = n.Name(); mu.Unlock() }, func(string) {}, nil)
	}
	owners := func(live []*Node) (map[string][]string, bool) {
		m := map[string][]string{}
		for _, r := range rooms {
			for _, n := range live {
				if n.Owns(r) {
					m[r] = append(m[r], n.Name())
				}
			}
		}
		for _, r := range rooms {
			if len(m[r]) != 1 {
				return m, false
			}
		}
		return m, true
	}
	waitFor(t, 10*time.Second, "every room owned once", func() bool { _, ok := owners(nodes); return ok })
	m, _ := owners(nodes)
	t.Logf("owners: %v", m)
	// Another node's view follows the bucket through its watcher: a lease
	// taken a moment ago may not have reached it yet.
	waitFor(t, 5*time.Second, "node 1 to see every owner", func() bool {
		for _, r := range rooms {
			if name, url, ok := nodes[0].Owner(r); !ok || name != m[r][0] || url == "" {
				return false
			}
		}
		return true
	})
	if got := nodes[1].Nodes(); len(got) != 3 {
		t.Errorf("Nodes() = %v", got)
	}

	// Kill the owner of "classroom"; write through it first.
	var victim *Node
	var vdb *store.DB
	var live []*Node
	var ldbs []*store.DB
	for i, n := range nodes {
		if n.Owns("classroom") {
			victim, vdb = n, dbs[i]
		} else {
			live, ldbs = append(live, n), append(ldbs, dbs[i])
		}
	}
	if err := vdb.Update(func(tx *store.Tx) error { err := tx.Set(store.NewKey("last-words"), "acked"); return err }); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	victim.kill()
	waitFor(t, 15*time.Second, "rooms moved", func() bool { _, ok := owners(live); return ok })
	moved := time.Since(start)
	m, _ = owners(live)
	t.Logf("rooms moved %.1f s after the kill (lease 2 s): %v", moved.Seconds(), m)
	// The data written through the dead node, and writes still work on
	// the two survivors (a quorum of the R3 stream).
	for i, db := range ldbs {
		waitFor(t, 5*time.Second, "last words", func() bool {
			return db.View(func(tx *store.Tx) error { _, err := tx.Get(store.NewKey("last-words")); return err }) == nil
		})
		if err := db.Update(func(tx *store.Tx) error { err := tx.Set(store.NewKey("after"), strconv.Itoa(i)); return err }); err != nil {
			t.Fatalf("write after the kill: %v", err)
		}
	}
}

func waitFor(t *testing.T, d time.Duration, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func testLogger() *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// TestRaftTimings checks that the linknamed NATS variables are the real
// ones (a nats-server upgrade that renames them fails to link or here).
func TestRaftTimings(t *testing.T) {
	if natsMinElectionTimeout < 500*time.Millisecond || natsHBInterval <= 0 {
		t.Fatalf("unexpected NATS RAFT timings: election ≥ %s, heartbeat %s", natsMinElectionTimeout, natsHBInterval)
	}
	timingsOnce.Do(fastElections)
	if natsMaxElectionTimeout != 2*time.Second {
		t.Fatal("the timings did not change")
	}
}
