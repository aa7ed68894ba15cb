package agents_test

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/skills/skilltest"
	"github.com/madang-world/madang/skills/store"
)

// nopOut drops everything the avatars say.
type nopOut struct{}

func (nopOut) Speech(*avatars.Avatar, string, protocol.Speech)                 {}
func (nopOut) Card(*avatars.Avatar, string, protocol.Card)                     {}
func (nopOut) ConfirmRequest(*avatars.Avatar, string, protocol.ConfirmRequest) {}
func (nopOut) State(*avatars.Avatar, string, string)                           {}
func (nopOut) Reject(*avatars.Avatar, string, string)                          {}
func (nopOut) Present(*avatars.Avatar) []agents.User                           { return nil }
func (nopOut) Broadcast(*avatars.Avatar, protocol.Card)                        {}

func fileHas(t *testing.T, db *store.DB, s string) bool {
	t.Helper()
	b, err := os.ReadFile(db.Path())
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Contains(b, []byte(s))
}

// TestConcurrentForget: 100 users forget at the same moment: every forget
// succeeds at once (the facts are unreachable), the file is rewritten once
// for all of them, CompactAfter later, and then the words are gone from
// its bytes.
func TestConcurrentForget(t *testing.T) {
	h := skilltest.New(t)
	d, err := store.OpenDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	db, err := d.Open("conversations.db", store.Options{Durable: true})
	if err != nil {
		t.Fatal(err)
	}
	timer := newFakeTimer()
	rt, err := agents.New(agents.Options{Host: h.Host, DB: db, Avatars: avatars.Campus(), Out: nopOut{}, Clock: h.Clock,
		Brain: func(*avatars.Avatar) agents.Brain { return embedded.New() }, CompactAfter: 3 * time.Second, After: timer.after})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rt.Close(); d.Close() })
	const users = 100
	for i := 0; i < users; i++ {
		u := agents.User{ID: fmt.Sprintf("u%d", i), Name: "손님"}
		if err := rt.Hear(u, "assistant", "저는 두리안 알레르기가 있어요", ""); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < users; i++ {
		rt.Wait(agents.User{ID: fmt.Sprintf("u%d", i)}, "assistant")
	}
	if !fileHas(t, db, "두리안") {
		t.Fatal("test is wrong: the fact should be in the file before forgetting")
	}
	var wg sync.WaitGroup
	errs := make([]error, users)
	for i := 0; i < users; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			// Half forget the fact first (the path that compacted on
			// its own), then everyone forgets everything (the history
			// holds the words too).
			if i%2 == 0 {
				if errs[i] = rt.Forget(fmt.Sprintf("u%d", i), "assistant", "allergy"); errs[i] != nil {
					return
				}
			}
			errs[i] = rt.Forget(fmt.Sprintf("u%d", i), "assistant", "")
		}(i)
	}
	wg.Wait()
	failed := 0
	for i, err := range errs {
		if err != nil {
			failed++
			if failed < 4 {
				t.Errorf("u%d: %v", i, err)
			}
		}
	}
	if failed > 0 {
		t.Fatalf("%d of %d forgets failed", failed, users)
	}
	for i := 0; i < users; i++ {
		if facts, _ := rt.Facts(fmt.Sprintf("u%d", i), "assistant"); len(facts) != 0 {
			t.Fatalf("u%d still has %+v", i, facts)
		}
	}
	// The forgets did not each rewrite the file: one rewrite is waiting
	// for its timer, set to the documented bound.
	if d := timer.fire(t); d != 3*time.Second {
		t.Errorf("the compaction waits %v, want CompactAfter (3s)", d)
	}
	rt.WaitForgotten()
	if fileHas(t, db, "두리안") {
		t.Error("the database file still holds the forgotten words after the compaction")
	}
	if n := rt.Compactions(); n != 1 {
		t.Errorf("%d forgets caused %d rewrites, want 1 (coalesced)", users, n)
	}
}

// TestForgetCompactsOnClose: a forget whose compaction has not run yet is
// compacted when the runtime closes, so a clean shutdown leaves no words.
func TestForgetCompactsOnClose(t *testing.T) {
	h := skilltest.New(t)
	d, err := store.OpenDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	db, err := d.Open("conversations.db", store.Options{Durable: true})
	if err != nil {
		t.Fatal(err)
	}
	timer := newFakeTimer()
	rt, err := agents.New(agents.Options{Host: h.Host, DB: db, Avatars: avatars.Campus(), Out: nopOut{}, Clock: h.Clock,
		Brain: func(*avatars.Avatar) agents.Brain { return embedded.New() }, After: timer.after})
	if err != nil {
		t.Fatal(err)
	}
	u := agents.User{ID: "u1", Name: "민지"}
	rt.Hear(u, "assistant", "저는 두리안 알레르기가 있어요", "")
	rt.Wait(u, "assistant")
	if err := rt.Forget("u1", "assistant", ""); err != nil {
		t.Fatal(err)
	}
	if !fileHas(t, db, "두리안") {
		t.Fatal("test is wrong: the timer has not fired, the words should still be in the file")
	}
	rt.Close()
	if fileHas(t, db, "두리안") {
		t.Error("closing left the forgotten words in the file")
	}
}

// fakeTimer is the compactor's timer, fired by the test.
type fakeTimer struct {
	mu    sync.Mutex
	asked []time.Duration
	chans []chan time.Time
}

func newFakeTimer() *fakeTimer { return &fakeTimer{} }

func (f *fakeTimer) after(d time.Duration) <-chan time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	c := make(chan time.Time, 1)
	f.asked = append(f.asked, d)
	f.chans = append(f.chans, c)
	return c
}

// fire fires the oldest timer (waiting until one is set) and returns its
// duration.
func (f *fakeTimer) fire(t *testing.T) time.Duration {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		f.mu.Lock()
		if len(f.chans) > 0 {
			c, d := f.chans[0], f.asked[0]
			f.chans, f.asked = f.chans[1:], f.asked[1:]
			f.mu.Unlock()
			c <- time.Time{}
			return d
		}
		f.mu.Unlock()
		if time.Now().After(deadline) {
			t.Fatal("no compaction timer was set")
		}
		runtime.Gosched()
	}
}
