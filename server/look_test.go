package server_test

import (
	"errors"
	"testing"

	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
)

// TestLookFromHello: the look a client chose at sign-in is its entity's
// look for everyone in the room; a look that is not a key is refused.
func TestLookFromHello(t *testing.T) {
	ts := newTestServer(t, nil)
	cred := signIn(t, ts, "하은")
	c, err := client.Dial(ctxT(t), ts.URL, cred.Token, &client.Options{Look: "mint"})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Join(ctxT(t), "hall"); err != nil {
		t.Fatal(err)
	}
	other := newBot(t, ts, "도윤")
	j := other.join(t, "hall")
	found := false
	for _, e := range j.Entities {
		if e.Name == "하은" {
			found = true
			if e.Look != "mint" {
				t.Errorf("하은's entity has look %q, want mint", e.Look)
			}
		}
	}
	if !found {
		t.Fatalf("하은 is not in the lobby: %+v", j.Entities)
	}
	bad := signIn(t, ts, "지우")
	_, err = client.Dial(ctxT(t), ts.URL, bad.Token, &client.Options{Look: "<b>Red</b>"})
	var pe *protocol.Error
	if !errors.As(err, &pe) || pe.Code != protocol.CodeInvalidPayload {
		t.Errorf("a look with markup: %v, want invalid_payload", err)
	}
	for _, ok := range []string{"blue", "sun-2"} {
		if !protocol.ValidLook(ok) {
			t.Errorf("ValidLook(%q) = false", ok)
		}
	}
	for _, no := range []string{"", "Blue", "a b", "이름", "abcdefghijklmnopq"} {
		if protocol.ValidLook(no) {
			t.Errorf("ValidLook(%q) = true", no)
		}
	}
}
