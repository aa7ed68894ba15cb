package server_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server"
	"github.com/madang-world/madang/skills/skilltest"
)

// TestDiskFull fills a small tmpfs under the server's data directory:
// every chat line it cannot store is answered with an error (never with
// an acknowledgement), the service resumes when space returns, and after
// a restart the history holds exactly the acknowledged lines. Needs root
// (to mount the tmpfs); skipped otherwise.
func TestDiskFull(t *testing.T) {
	data := skilltest.SmallDisk(t, "2m")

	ts := newTestServer(t, &server.Options{DataDir: data, ChatRate: 100, ChatBurst: 100})
	b := newBot(t, ts, "민수")
	b.join(t, "hall")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	acked := map[string]bool{}
	say := func(text string) error {
		_, err := b.Chat(ctx, text, protocol.ScopeRoom)
		if err == nil {
			acked[text] = true
		}
		return err
	}
	if err := say("before"); err != nil {
		t.Fatal(err)
	}
	free := skilltest.FillDisk(t, data)
	failed := 0
	for i := 0; i < 20; i++ {
		err := say(fmt.Sprintf("during %02d %s", i, strings.Repeat("가", 100)))
		var pe *protocol.Error
		switch {
		case err == nil:
		case errors.As(err, &pe) && pe.Code == protocol.CodeInternal:
			failed++
		default:
			t.Fatalf("during %d: %v (want an acknowledgement or an internal error)", i, err)
		}
		time.Sleep(100 * time.Millisecond) // under the chat rate limit
	}
	if failed == 0 {
		t.Fatal("no chat failed on a full disk: the test did not fill it")
	}
	// Space returns: the service resumes.
	free()
	var resumed int
	for i := 0; i < 5; i++ {
		if say(fmt.Sprintf("after %d", i)) == nil {
			resumed++
		}
		time.Sleep(100 * time.Millisecond)
	}
	if resumed == 0 {
		t.Fatal("chat did not resume once space returned")
	}
	// Restart: exactly the acknowledged lines are in the history.
	ts.stop(t)
	ts2 := newTestServer(t, &server.Options{DataDir: data})
	b2 := newBot(t, ts2, "지연")
	j := b2.join(t, "hall")
	got := map[string]bool{}
	for _, c := range j.Chat {
		got[c.Text] = true
	}
	for text := range acked {
		if !got[text] {
			t.Errorf("acknowledged %q is missing after the restart", text)
		}
	}
	for text := range got {
		if !acked[text] {
			t.Errorf("%q is in the history but was never acknowledged", text)
		}
	}
	t.Logf("full disk: %d of 20 chats refused with an error, %d acknowledged; %d of 5 after space returned; history after restart: %d lines, all acknowledged", failed, 20-failed, resumed, len(j.Chat))
}
