package agents

import (
	"sync"
	"time"
)

// DefaultCompactAfter is how long after a forget the conversations file
// is rewritten without the forgotten records (Options.CompactAfter).
const DefaultCompactAfter = 2 * time.Second

// compactor removes forgotten words from the bytes of the conversations
// file.
//
// Deleting a key in buntdb appends a delete record: the old value stays in
// the file until the file is rewritten. Rewriting it once per forget does
// not scale (each rewrite copies every live record) and buntdb refuses a
// second rewrite while one runs, so a forget deletes at once (durably: the
// file is Durable) and asks for a rewrite; requests that arrive before the
// rewrite starts are folded into it. At most one rewrite runs at a time.
//
// The bound: a rewrite starts at most CompactAfter after the forget that
// asked for it, or right after the rewrite that was running then (which
// may have copied the record before the delete); so forgotten words leave
// the file within CompactAfter plus two rewrites. A failed rewrite (disk
// full) is retried CompactAfter later, and Close runs a pending rewrite
// before it returns.
type compactor struct {
	compact func() error
	after   func(time.Duration) <-chan time.Time
	delay   time.Duration
	logf    func(msg string, args ...any)
	kick    chan struct{} // capacity 1: a pending request
	stop    chan struct{}
	done    chan struct{}
	closing sync.Once

	mu        sync.Mutex
	cond      *sync.Cond
	asked     uint64 // forgets that asked for a rewrite
	compacted uint64 // asked as of the start of the last successful rewrite
	runs      uint64 // successful rewrites
	stopped   bool
}

func newCompactor(compact func() error, delay time.Duration, after func(time.Duration) <-chan time.Time, logf func(string, ...any)) *compactor {
	c := &compactor{compact: compact, after: after, delay: delay, logf: logf,
		kick: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{})}
	c.cond = sync.NewCond(&c.mu)
	go c.run()
	return c
}

// request asks for a rewrite soon; it never blocks.
func (c *compactor) request() {
	c.mu.Lock()
	c.asked++
	c.mu.Unlock()
	select {
	case c.kick <- struct{}{}:
	default: // one is pending already: this request rides on it
	}
}

func (c *compactor) run() {
	defer close(c.done)
	for {
		select {
		case <-c.stop:
			c.once()
			return
		case <-c.kick:
		}
		select {
		case <-c.stop:
			c.once()
			return
		case <-c.after(c.delay):
		}
		if !c.once() {
			c.retry()
		}
	}
}

// retry asks again after a failure, without counting a new forget.
func (c *compactor) retry() {
	select {
	case c.kick <- struct{}{}:
	default:
	}
}

// once rewrites the file if a forget asked since the last rewrite.
func (c *compactor) once() bool {
	c.mu.Lock()
	target := c.asked
	pending := target > c.compacted
	c.mu.Unlock()
	if !pending {
		return true
	}
	if err := c.compact(); err != nil {
		c.logf("compacting after a forget failed; retrying", "err", err)
		return false
	}
	c.mu.Lock()
	c.compacted = target
	c.runs++
	c.cond.Broadcast()
	c.mu.Unlock()
	return true
}

// wait blocks until every forget asked before the call is compacted, or
// the compactor stopped.
func (c *compactor) wait() {
	c.mu.Lock()
	defer c.mu.Unlock()
	target := c.asked
	for c.compacted < target && !c.stopped {
		c.cond.Wait()
	}
}

// close runs a pending rewrite and stops the compactor.
func (c *compactor) close() {
	c.closing.Do(func() {
		close(c.stop)
		<-c.done
		c.mu.Lock()
		c.stopped = true
		c.cond.Broadcast()
		c.mu.Unlock()
	})
}

// Compactions is how many rewrites of the conversations file forgets
// have caused so far.
func (rt *Runtime) Compactions() uint64 {
	rt.compactor.mu.Lock()
	defer rt.compactor.mu.Unlock()
	return rt.compactor.runs
}

// WaitForgotten blocks until the words of every forget made before the
// call are gone from the conversations file (at most CompactAfter plus
// two rewrites later), or the runtime is closed.
func (rt *Runtime) WaitForgotten() { rt.compactor.wait() }
