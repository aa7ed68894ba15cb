// Command cluster runs a local Madang cluster for trying it out and for
// tests: three campus nodes on 127.0.0.1, each embedding a NATS server
// routed to the other two (JetStream R3), as docs/cluster.md describes.
//
//	make cluster            # builds bin/campus and the web client, then runs this
//	bin/cluster -campus bin/campus -web web/dist [-- more campus flags for every node]
//
// Open any node's URL. Kill one (its PID is printed) to watch its rooms
// move: the clients in them reconnect to the new owner within seconds.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	sp := Spec{}
	flag.StringVar(&sp.Campus, "campus", "bin/campus", "the campus server binary")
	flag.StringVar(&sp.Dir, "data", "./data-cluster", "data directory (one subdirectory per node)")
	flag.StringVar(&sp.Web, "web", "./web/dist", "web client directory served by every node")
	flag.IntVar(&sp.Nodes, "nodes", 3, "number of nodes")
	flag.IntVar(&sp.Port, "port", 8081, "HTTP port of the first node (the others follow)")
	flag.IntVar(&sp.NATSPort, "nats-port", 4231, "NATS client port of the first node")
	flag.IntVar(&sp.RoutePort, "route-port", 6231, "NATS route port of the first node")
	flag.DurationVar(&sp.Lease, "lease", 4*time.Second, "room lease time")
	verbose := flag.Bool("v", false, "show the nodes' logs")
	flag.Parse()
	sp.Extra = flag.Args() // after "--": passed to every node
	if *verbose {
		sp.Log = os.Stderr
	}
	if _, err := os.Stat(sp.Campus); err != nil {
		fmt.Fprintf(os.Stderr, "cluster: %v (build it with: go build -o bin/campus ./examples/campus)\n", err)
		os.Exit(1)
	}
	if _, err := os.Stat(sp.Web); err != nil {
		sp.Web = ""
	}
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	fmt.Printf("starting %d nodes…\n", sp.Nodes)
	nodes, err := Launch(sp)
	if err != nil {
		fmt.Fprintln(os.Stderr, "cluster:", err)
		os.Exit(1)
	}
	fmt.Println("Madang 마당 cluster is running:")
	for _, n := range nodes {
		n.mu.Lock()
		pid := n.cmd.Process.Pid
		n.mu.Unlock()
		fmt.Printf("  %s  %s  (pid %d)\n", n.Name, n.URL, pid)
	}
	fmt.Printf("room owners: %s/api/cluster   Ctrl-C stops every node\n", nodes[0].URL)
	waitSignal(context.Background(), sigs)
	for _, n := range nodes {
		n.Stop()
	}
}
