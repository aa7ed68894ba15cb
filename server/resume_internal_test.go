package server

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/madang-world/madang/skills/store"
)

// TestResumeTokenIsSingleUse: a resume record is consumed once, however
// many connections race with the token, and the old session's late
// detach (which notes when it went away) does not write a consumed record
// back. Before takeResume/markDetached, the detach read the record, the
// resume deleted it, and the detach wrote it again, so TestResume saw "a
// used resume token was accepted again" when the server noticed the
// dropped connection late (under load).
func TestResumeTokenIsSingleUse(t *testing.T) {
	mem, err := store.OpenMemory(store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	w := &worldDB{db: mem}
	const hash = "h1"
	if err := w.putResume(hash, resumeRec{User: "u1", Room: "store", Created: 1}); err != nil {
		t.Fatal(err)
	}
	// The detach that lost the race: the record is gone before it writes.
	if _, err := w.takeResume(hash); err != nil {
		t.Fatal(err)
	}
	if err := w.markDetached(hash, time.Unix(100, 0)); err != nil {
		t.Fatal(err)
	}
	if _, err := w.getResume(hash); err == nil {
		t.Fatal("a consumed resume record was written back by a late detach")
	}
	// A live record is marked, not lost.
	if err := w.putResume("h2", resumeRec{User: "u1", Created: 1}); err != nil {
		t.Fatal(err)
	}
	if err := w.markDetached("h2", time.Unix(100, 0)); err != nil {
		t.Fatal(err)
	}
	if r, err := w.getResume("h2"); err != nil || r.Detached != 100_000 {
		t.Fatalf("detached record: %+v, %v", r, err)
	}
	// Twenty connections with one token: exactly one resumes.
	var took atomic.Int32
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := w.takeResume("h2"); err == nil {
				took.Add(1)
			}
		}()
	}
	wg.Wait()
	if n := took.Load(); n != 1 {
		t.Fatalf("%d connections resumed with one token, want 1", n)
	}
}
