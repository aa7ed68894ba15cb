// Command loadtest measures a running Madang server with real bots:
//
//	loadtest -mkworld /tmp/w -rooms 50          # write a world with 50 load rooms (plus the campus)
//	campus -world /tmp/w -data /tmp/d &         # serve it
//	loadtest -url http://127.0.0.1:8080 -rooms 20 -clients 50 -hz 10 -runs 3
//	loadtest -url http://127.0.0.1:8080 -idle 10000
//	baseline -addr 127.0.0.1:18400 &           # the least a room server can do
//	loadtest -baseline -url http://127.0.0.1:18400 -rooms 20 -clients 50
//
// It prints a Markdown table and one JSON line per run (see make perf).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/madang-world/madang/examples/loadtest/load"
)

func main() {
	var c load.Config
	flag.StringVar(&c.URL, "url", "http://127.0.0.1:8080", "server")
	flag.IntVar(&c.Rooms, "rooms", 20, "rooms")
	flag.IntVar(&c.Clients, "clients", 50, "bots per room")
	flag.Float64Var(&c.Hz, "hz", 10, "move intents per second per bot")
	flag.Float64Var(&c.Chat, "chat", 0, "chat lines per second per bot")
	flag.DurationVar(&c.Warmup, "warmup", 3*time.Second, "warm-up")
	flag.DurationVar(&c.Duration, "dur", 10*time.Second, "measurement window")
	flag.IntVar(&c.Slow, "slow", 0, "extra bots in the first room that read one message a second")
	flag.IntVar(&c.Idle, "idle", 0, "idle mode: open this many idle connections")
	flag.BoolVar(&c.Baseline, "baseline", false, "measure examples/loadtest/baseline (the least a room server can do) instead of Madang: same bots and figures, to calibrate the machine")
	cluster := flag.String("cluster", "", "a cluster's node URLs, comma-separated (instead of -url): bots spread over them and follow moved")
	runs := flag.Int("runs", 1, "repeat the run")
	mkworld := flag.String("mkworld", "", "write a world with -rooms load rooms into this directory and exit")
	cpuprofile := flag.String("cpuprofile", "", "write the tool's own CPU profile to this file (where the load tool spends its share of the machine)")
	flag.Parse()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		must(err)
		must(pprof.StartCPUProfile(f))
		defer pprof.StopCPUProfile()
	}
	if *cluster != "" {
		c.Cluster = strings.Split(*cluster, ",")
	}
	if *mkworld != "" {
		must(load.WriteWorld(*mkworld, c.Rooms))
		return
	}
	var rs []load.Result
	for i := 0; i < *runs; i++ {
		ctx, cancel := context.WithTimeout(context.Background(), c.Warmup+c.Duration+5*time.Minute)
		r, err := load.Run(ctx, c)
		cancel()
		must(err)
		line, _ := json.Marshal(r)
		fmt.Println(string(line))
		rs = append(rs, r)
	}
	fmt.Print(load.Table(rs))
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}
