package server_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server"
)

// FuzzWireFrames sends arbitrary bytes to a real server over a real
// WebSocket as one text message split into 37-byte continuation frames (so
// envelopes, escapes and Hangul code points arrive cut across reads), then a
// ping. The server must either answer that ping — the connection survived
// the bad frame and stays usable — or close the connection with a close
// frame carrying a code (oversize, flood); and it must never crash. (An
// answer may be a rate_limited error: the limits are part of the contract.) After a
// close, the next input gets a new connection.
func FuzzWireFrames(f *testing.F) {
	// Limits high enough that a well-formed probe is never refused for speed:
	// the fuzzer sends thousands of frames a second, and a refused probe whose
	// error reply is itself over the error-reply budget gets no answer at all
	// (protocol README, Limits). TestRateLimits covers the real limits.
	ts := newTestServer(f, &server.Options{OtherRate: 1e6, OtherBurst: 1e6, MoveRate: 1e6, MoveBurst: 1e6, ChatRate: 1e6, ChatBurst: 1e6})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	cred, err := client.SignIn(ctx, ts.URL, "fuzzer")
	cancel()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		`{"type":"chat","id":"c1","payload":{"text":"안녕하세요, 마당에 오신 것을 환영합니다"}}`,
		`{"type":"move","id":"m1","payload":{"to":{"x":3,"y":4}}}`,
		`{"type":"move","id":"m2","payload":{"dir":"n"}}`,
		`{"type":"join","id":"j","payload":{"room":"hall"}}`,
		`{"type":"leave","id":"l"}`,
		`{"type":"hello","id":"h2","payload":{"versions":[1,2]}}`,
		`{"type":"talk","id":"t","payload":{"avatar":"tutor","text":"분수 알려줘"}}`,
		`{"type":"confirm","id":"k","payload":{"avatar":"assistant","nonce":"abc"}}`,
		`{"type":"chat","id":"u","payload":{"text":"\ud800"}}`,
		`{"type":"ping","id":"p"} {"type":"ping","id":"q"}`,
		"{\"type\":\"chat\",\"id\":\"x\",\"payload\":{\"text\":\"\xed\x95\"}}",
		``, `[]`, `null`, `{"type":"welcome"}`,
	} {
		f.Add([]byte(s))
	}
	var c *websocket.Conn
	f.Cleanup(func() {
		if c != nil {
			c.Close()
		}
	})
	f.Fuzz(func(t *testing.T, frame []byte) {
		if c == nil {
			c = dialFragmenting(t, ts, cred.Token)
			helloJoin(t, c, "hall")
		}
		if err := c.WriteMessage(websocket.TextMessage, frame); err != nil {
			c.Close()
			c = nil
			return // closed by an earlier answer; judged on the next input
		}
		_ = c.WriteMessage(websocket.TextMessage, protocol.MustEncode(protocol.TypePing, "probe", nil))
		_, err := readEnvelope(t, c, func(e protocol.Envelope) bool { return e.ID == "probe" })
		if err == nil {
			return
		}
		var ce *websocket.CloseError
		if !errors.As(err, &ce) {
			t.Fatalf("frame %q: neither an answer to the next ping nor a close frame: %v", frame, err)
		}
		pendingEnv.Delete(c)
		c.Close()
		c = nil
	})
}

// dialFragmenting dials with a 37-byte write buffer: gorilla sends every
// longer message as a first frame and continuation frames. A refused dial
// (the per-user socket limit, while the server still counts a socket just
// closed) is retried briefly.
func dialFragmenting(t *testing.T, ts *testServer, token string) *websocket.Conn {
	t.Helper()
	d := websocket.Dialer{HandshakeTimeout: 5 * time.Second, WriteBufferSize: 37}
	h := make(map[string][]string)
	h["Authorization"] = []string{"Bearer " + token}
	deadline := time.Now().Add(5 * time.Second)
	for {
		c, _, err := d.Dial(wsURL(ts), h)
		if err == nil {
			return c
		}
		if time.Now().After(deadline) {
			t.Fatalf("dial: %v", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
