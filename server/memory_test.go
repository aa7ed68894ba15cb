package server_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/madang-world/madang/protocol"
)

// TestMemoryProtocol: a version-2 session lists what an avatar remembers
// (learned from what the user said), deletes one fact, then everything;
// a version-1 session cannot use the new messages.
func TestMemoryProtocol(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	b := newBot(t, ts, "민수")
	if b.Welcome.Version != 2 {
		t.Fatalf("negotiated version %d", b.Welcome.Version)
	}
	b.join(t, "lobby")
	av := avatarIn(t, b, "assistant")
	talk(t, b, av, "저는 채식주의자예요. 땅콩 알레르기가 있어요", false)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	// The conversation saves its history just after its reply: ask until
	// the turn is on disk.
	var m *protocol.Memories
	eventually(t, 5*time.Second, func() error {
		var err error
		if m, err = b.Memory(ctx, "assistant"); err != nil {
			return err
		}
		if len(m.Avatars) != 1 || m.Avatars[0].History == 0 {
			return fmt.Errorf("memories %+v", m.Avatars)
		}
		return nil
	})
	m, err := b.Memory(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	var asst *protocol.AvatarMemory
	for i := range m.Avatars {
		if m.Avatars[i].Avatar == "assistant" {
			asst = &m.Avatars[i]
		} else if len(m.Avatars[i].Facts) != 0 {
			t.Errorf("%s knows %+v", m.Avatars[i].Avatar, m.Avatars[i].Facts)
		}
	}
	if asst == nil || len(asst.Facts) != 2 || asst.History == 0 || asst.Name == "" {
		t.Fatalf("assistant's memory %+v", asst)
	}
	m, err = b.Forget(ctx, "assistant", "allergy")
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Avatars) != 1 || len(m.Avatars[0].Facts) != 1 || m.Avatars[0].Facts[0].Key != "diet" {
		t.Fatalf("after forgetting the allergy: %+v", m.Avatars)
	}
	m, err = b.Forget(ctx, "assistant", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Avatars[0].Facts) != 0 || m.Avatars[0].History != 0 {
		t.Fatalf("after forgetting everything: %+v", m.Avatars[0])
	}
	var pe *protocol.Error
	if _, err := b.Forget(ctx, "nobody", ""); !errors.As(err, &pe) || pe.Code != protocol.CodeNoSuchAvatar {
		t.Errorf("unknown avatar: %v", err)
	}
	if _, err := b.Forget(ctx, "", ""); !errors.As(err, &pe) || pe.Code != protocol.CodeInvalidPayload {
		t.Errorf("no avatar: %v", err)
	}

	// Version 1 does not have these messages.
	cred := signIn(t, ts, "옛날")
	c, _, err := rawDial(ts, cred.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.WriteMessage(websocket.TextMessage, []byte(`{"type":"hello","id":"h","payload":{"versions":[1]}}`))
	if env, err := readEnvelope(t, c, func(e protocol.Envelope) bool { return e.ID == "h" }); err != nil || !strings.Contains(string(env.Payload), `"version":1`) {
		t.Fatalf("v1 hello: %v %s", err, env.Payload)
	}
	c.WriteMessage(websocket.TextMessage, []byte(`{"type":"memory","id":"m1"}`))
	if env, err := readEnvelope(t, c, func(e protocol.Envelope) bool { return e.ID == "m1" }); err != nil || env.Type != protocol.TypeError || !strings.Contains(string(env.Payload), `"unknown_type"`) {
		t.Errorf("v1 memory: %v %s %s", err, env.Type, env.Payload)
	}
}
