package server_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
)

// TestForgetManyUsersAtOnce: 100 users forgetting at the same moment all
// get their memories back (none gets internal).
func TestForgetManyUsersAtOnce(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	const users = 100
	bots := make([]*bot, users)
	for i := range bots {
		bots[i] = newBot(t, ts, fmt.Sprintf("손님%d", i))
	}
	var wg sync.WaitGroup
	errs := make([]error, users)
	start := make(chan struct{})
	for i, b := range bots {
		wg.Add(1)
		go func(i int, b *bot) {
			defer wg.Done()
			<-start
			key := "allergy"
			if i%2 == 1 {
				key = ""
			}
			m, err := b.Forget(ctxT(t), "assistant", key)
			if err == nil && (len(m.Avatars) != 1 || len(m.Avatars[0].Facts) != 0) {
				err = fmt.Errorf("memories after forgetting: %+v", m.Avatars)
			}
			errs[i] = err
		}(i, b)
	}
	close(start)
	wg.Wait()
	failed := 0
	for i, err := range errs {
		if err != nil {
			if failed++; failed < 4 {
				t.Errorf("user %d: %v", i, err)
			}
		}
	}
	if failed > 0 {
		t.Errorf("%d of %d forgets failed", failed, users)
	}
}

// TestForgetFlood: one connection sending 300 forgets without waiting
// never gets internal: those beyond the few a connection may have in
// flight are answered overloaded (or rate_limited, or not at all once the
// error replies' own limit is spent), some succeed, and afterwards the
// connection forgets normally.
func TestForgetFlood(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	b := newBot(t, ts, "민수")
	const n = 300
	for i := 0; i < n; i++ {
		if err := b.Send(protocol.TypeForget, fmt.Sprintf("f%d", i), &protocol.Forget{Avatar: "assistant"}); err != nil {
			t.Fatal(err)
		}
	}
	ok, refused := 0, 0
	check := func(ev client.Event) {
		switch p := ev.Payload.(type) {
		case *protocol.Memories:
			ok++
		case *protocol.Error:
			if p.Code != protocol.CodeOverloaded && p.Code != protocol.CodeRateLimited {
				t.Fatalf("forget %s: %s: %s", ev.ID, p.Code, p.Message)
			}
			refused++
		}
	}
	// The flood is answered (the client keeps every answer in its event
	// queue), then a new forget succeeds.
	var pe *protocol.Error
	eventually(t, 30*time.Second, func() error {
		// A rate-limited request may get no answer (error replies have
		// their own limit): each attempt waits a bounded time.
		ctx, cancel := context.WithTimeout(ctxT(t), 2*time.Second)
		defer cancel()
		_, err := b.Forget(ctx, "assistant", "")
		if errors.Is(err, context.DeadlineExceeded) || errors.As(err, &pe) && (pe.Code == protocol.CodeOverloaded || pe.Code == protocol.CodeRateLimited) {
			return err
		} else if err != nil {
			t.Fatalf("forget after the flood: %v", err)
		}
		return nil
	})
	for len(b.Events()) > 0 {
		check(<-b.Events())
	}
	if ok == 0 || refused == 0 {
		t.Errorf("%d forgets answered with memories, %d refused; want some of each", ok, refused)
	}
}
