package skills

import (
	"sync"
	"testing"
	"time"
)

// TestKeyLocks: calls with the same idempotency key run one at a time,
// a call with another key is not held up by them, and no entry outlives
// its users.
func TestKeyLocks(t *testing.T) {
	var k KeyLocks
	unlockA := k.Lock("예약-a")
	// Another key while "예약-a" is held: must not wait.
	done := make(chan struct{})
	go func() { k.Lock("예약-b")(); close(done) }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("a call with another key waited for the held one")
	}
	// The same key: waits until the holder unlocks.
	var mu sync.Mutex
	order := []string{}
	second := make(chan struct{})
	go func() {
		unlock := k.Lock("예약-a")
		mu.Lock()
		order = append(order, "second")
		mu.Unlock()
		unlock()
		close(second)
	}()
	// Wait until the second caller is queued on the key (two users).
	deadline := time.Now().Add(20 * time.Second)
	for {
		k.mu.Lock()
		n := k.m["예약-a"].users
		k.mu.Unlock()
		if n == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the second caller never queued")
		}
		time.Sleep(time.Millisecond)
	}
	mu.Lock()
	order = append(order, "first")
	mu.Unlock()
	unlockA()
	<-second
	if len(order) != 2 || order[0] != "first" || order[1] != "second" {
		t.Fatalf("order %v", order)
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	if len(k.m) != 0 {
		t.Fatalf("%d lock entries left behind", len(k.m))
	}
}
