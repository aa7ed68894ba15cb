package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Spec describes a local cluster: Nodes campus processes on 127.0.0.1,
// node i (1-based) serving HTTP on Port+i-1, its embedded NATS on
// NATSPort+i-1 (NATSPort 0: ports the system chooses; only the node
// itself connects there) and NATS routes on RoutePort+i-1, data in
// Dir/n<i>.
type Spec struct {
	Campus    string // the campus binary
	Dir       string
	Web       string // web client directory ("" for none)
	Nodes     int
	Port      int
	NATSPort  int
	RoutePort int
	Lease     time.Duration
	Extra     []string  // more campus flags for every node
	Log       io.Writer // the nodes' output (nil: discarded)
}

// Node is one running (or stopped) campus process of the cluster.
type Node struct {
	Name string
	URL  string
	args []string
	log  io.Writer

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan struct{}
}

// Launch starts every node and returns once all are serving. The nodes
// start together: JetStream needs a majority of them before any can be
// ready.
func Launch(sp Spec) ([]*Node, error) {
	if sp.Nodes < 1 {
		return nil, errors.New("cluster: at least one node")
	}
	if sp.Log == nil {
		sp.Log = io.Discard
	}
	var nodes []*Node
	for i := range sp.Nodes {
		name := "n" + strconv.Itoa(i+1)
		var routes []string
		for j := range sp.Nodes {
			if j != i {
				routes = append(routes, fmt.Sprintf("127.0.0.1:%d", sp.RoutePort+j))
			}
		}
		natsAddr := "127.0.0.1:0"
		if sp.NATSPort != 0 {
			natsAddr = fmt.Sprintf("127.0.0.1:%d", sp.NATSPort+i)
		}
		args := []string{
			"-addr", fmt.Sprintf("127.0.0.1:%d", sp.Port+i),
			"-data", filepath.Join(sp.Dir, name),
			"-node", name,
			"-nats", natsAddr,
		}
		if sp.Nodes > 1 {
			args = append(args, "-nats-cluster", fmt.Sprintf("127.0.0.1:%d", sp.RoutePort+i), "-nats-routes", strings.Join(routes, ","))
		}
		if sp.Lease > 0 {
			args = append(args, "-lease", sp.Lease.String())
		}
		if sp.Web != "" {
			args = append(args, "-web", sp.Web)
		}
		args = append(append([]string{sp.Campus}, args...), sp.Extra...)
		nodes = append(nodes, &Node{Name: name, URL: fmt.Sprintf("http://127.0.0.1:%d", sp.Port+i), args: args, log: sp.Log})
	}
	errs := make(chan error, len(nodes))
	for _, n := range nodes {
		go func() { errs <- n.Start() }()
	}
	var all []error
	for range nodes {
		if err := <-errs; err != nil {
			all = append(all, err)
		}
	}
	if err := errors.Join(all...); err != nil {
		for _, n := range nodes {
			n.Kill()
		}
		return nil, err
	}
	return nodes, nil
}

// Start starts the node (again) and waits until it serves.
func (n *Node) Start() error {
	cmd := exec.Command(n.args[0], n.args[1:]...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	last := &tailLines{}
	cmd.Stderr = io.MultiWriter(prefixed(n.log, n.Name), last)
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("%s: %w", n.Name, err)
	}
	done := make(chan struct{})
	n.mu.Lock()
	n.cmd, n.done = cmd, done
	n.mu.Unlock()
	ready := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(out)
		once := sync.Once{}
		for sc.Scan() {
			fmt.Fprintf(n.log, "[%s] %s\n", n.Name, sc.Text())
			fmt.Fprintln(last, sc.Text())
			if strings.Contains(sc.Text(), "is running") {
				once.Do(func() { close(ready) })
			}
		}
		io.Copy(io.Discard, out)
		cmd.Wait()
		close(done)
	}()
	select {
	case <-ready:
		return nil
	case <-done:
		// Say why even when the nodes' logs are not shown (no -v).
		if words := last.String(); words != "" {
			return fmt.Errorf("%s exited before serving (%s); its last words:\n%s", n.Name, cmd.ProcessState, words)
		}
		return fmt.Errorf("%s exited before serving (%s)", n.Name, cmd.ProcessState)
	case <-time.After(90 * time.Second):
		cmd.Process.Kill()
		return fmt.Errorf("%s did not serve within 90 s", n.Name)
	}
}

// Kill ends the node with SIGKILL, as a crash would, and waits for it.
func (n *Node) Kill() { n.signal(syscall.SIGKILL) }

// Stop asks the node to shut down (SIGTERM) and waits for it.
func (n *Node) Stop() { n.signal(syscall.SIGTERM) }

func (n *Node) signal(sig syscall.Signal) {
	n.mu.Lock()
	cmd, done := n.cmd, n.done
	n.mu.Unlock()
	if cmd == nil {
		return
	}
	cmd.Process.Signal(sig)
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		<-done
	}
}

// Running reports whether the node's process is alive.
func (n *Node) Running() bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.done == nil {
		return false
	}
	select {
	case <-n.done:
		return false
	default:
		return true
	}
}

type prefixWriter struct {
	w    io.Writer
	name string
}

func prefixed(w io.Writer, name string) io.Writer { return &prefixWriter{w, name} }

// tailLines keeps the last lines written to it.
type tailLines struct {
	mu    sync.Mutex
	lines []string
}

func (t *tailLines) Write(b []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		t.lines = append(t.lines, "  "+line)
	}
	if len(t.lines) > 8 {
		t.lines = t.lines[len(t.lines)-8:]
	}
	return len(b), nil
}

func (t *tailLines) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return strings.Join(t.lines, "\n")
}

func (p *prefixWriter) Write(b []byte) (int, error) {
	for _, line := range strings.SplitAfter(string(b), "\n") {
		if line != "" {
			fmt.Fprintf(p.w, "[%s] %s", p.name, line)
		}
	}
	return len(b), nil
}

// waitSignal blocks until SIGINT or SIGTERM, or ctx ends.
func waitSignal(ctx context.Context, sigs <-chan os.Signal) {
	select {
	case <-sigs:
	case <-ctx.Done():
	}
}
