package server_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server"
)

func wsURL(ts *testServer) string { return "ws" + strings.TrimPrefix(ts.URL, "http") + "/ws" }

// rawDial opens a WebSocket without the client library.
func rawDial(ts *testServer, token string, h http.Header) (*websocket.Conn, *http.Response, error) {
	if h == nil {
		h = http.Header{}
	}
	if token != "" {
		h.Set("Authorization", "Bearer "+token)
	}
	d := websocket.Dialer{HandshakeTimeout: 5 * time.Second}
	return d.Dial(wsURL(ts), h)
}

// pendingEnv holds envelopes read but not yet consumed, per connection:
// one frame may carry several envelopes.
var pendingEnv sync.Map // *websocket.Conn → []protocol.Envelope

// readEnvelope returns the next envelope matching want, skipping others.
func readEnvelope(t *testing.T, c *websocket.Conn, want func(protocol.Envelope) bool) (protocol.Envelope, error) {
	t.Helper()
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	for {
		q, _ := pendingEnv.Load(c)
		queue, _ := q.([]protocol.Envelope)
		for len(queue) > 0 {
			env := queue[0]
			queue = queue[1:]
			pendingEnv.Store(c, queue)
			if want(env) {
				return env, nil
			}
		}
		_, data, err := c.ReadMessage()
		if err != nil {
			return protocol.Envelope{}, err
		}
		protocol.SplitFrame(data, func(raw []byte) error {
			var env protocol.Envelope
			if json.Unmarshal(raw, &env) == nil {
				queue = append(queue, env)
			}
			return nil
		})
		pendingEnv.Store(c, queue)
	}
}

func send(t *testing.T, c *websocket.Conn, typ protocol.Type, id string, payload any) {
	t.Helper()
	if err := c.WriteMessage(websocket.TextMessage, protocol.MustEncode(typ, id, payload)); err != nil {
		t.Fatal(err)
	}
}

// helloJoin does hello and join on a raw connection.
func helloJoin(t *testing.T, c *websocket.Conn, room string) {
	t.Helper()
	send(t, c, protocol.TypeHello, "h", &protocol.Hello{Versions: []int{1}})
	if _, err := readEnvelope(t, c, func(e protocol.Envelope) bool { return e.Type == protocol.TypeWelcome }); err != nil {
		t.Fatal(err)
	}
	send(t, c, protocol.TypeJoin, "j", &protocol.Join{Room: room})
	if _, err := readEnvelope(t, c, func(e protocol.Envelope) bool { return e.Type == protocol.TypeJoined }); err != nil {
		t.Fatal(err)
	}
}

// TestBadFrames sends each kind of bad frame on a joined connection and
// checks the answer: a typed error with the frame's id (the connection
// stays usable), or close 1009 for oversize frames. An observer in the
// room checks that none of them changed anything.
func TestBadFrames(t *testing.T) {
	ts := newTestServer(t, &server.Options{})
	observer := newBot(t, ts, "observer")
	observer.join(t, "hall")
	victim := signIn(t, ts, "victim")

	big := strings.Repeat("가", 6000) // 18,000 bytes in one chat
	for i, tc := range []struct {
		name      string
		frame     []byte
		binary    bool
		wantCode  protocol.Code // error code, or
		wantClose int           // close code
		noID      bool          // the frame cannot be trusted enough to echo its id
	}{
		{name: "oversize frame", frame: protocol.MustEncode(protocol.TypeChat, "x1", &protocol.Chat{Text: big}), wantClose: websocket.CloseMessageTooBig},
		{name: "1 MB string", frame: []byte(`{"type":"chat","id":"x2","payload":{"text":"` + strings.Repeat("a", 1<<20) + `"}}`), wantClose: websocket.CloseMessageTooBig},
		{name: "invalid JSON", frame: []byte(`{"type":"chat","id":"x3","payload":{"text":`), wantCode: protocol.CodeBadFrame},
		{name: "not an object", frame: []byte(`[1,2,3]`), wantCode: protocol.CodeBadFrame},
		{name: "empty frame", frame: []byte(``), wantCode: protocol.CodeBadFrame},
		{name: "two envelopes", frame: []byte(`{"type":"ping","id":"a"} {"type":"ping","id":"b"}`), wantCode: protocol.CodeBadFrame},
		{name: "unknown type", frame: []byte(`{"type":"teleport","id":"x4","payload":{"x":1}}`), wantCode: protocol.CodeUnknownType},
		{name: "server type from client", frame: []byte(`{"type":"welcome","id":"x5"}`), wantCode: protocol.CodeUnknownType},
		{name: "unknown envelope field", frame: []byte(`{"type":"ping","id":"x6","admin":true}`), wantCode: protocol.CodeBadFrame},
		{name: "wrong field type", frame: []byte(`{"type":"move","id":"x7","payload":{"to":{"x":"1","y":2}}}`), wantCode: protocol.CodeInvalidPayload},
		{name: "wrong payload kind", frame: []byte(`{"type":"chat","id":"x8","payload":[1]}`), wantCode: protocol.CodeInvalidPayload},
		{name: "unknown payload field", frame: []byte(`{"type":"chat","id":"x9","payload":{"text":"hi","to":"everyone"}}`), wantCode: protocol.CodeInvalidPayload},
		{name: "invalid UTF-8", frame: []byte("{\"type\":\"chat\",\"id\":\"x10\",\"payload\":{\"text\":\"\xff\xfe\"}}"), wantCode: protocol.CodeBadFrame, noID: true},
		{name: "binary frame", frame: protocol.MustEncode(protocol.TypeChat, "x11", &protocol.Chat{Text: "binary"}), binary: true, wantCode: protocol.CodeBadFrame, noID: true},
		{name: "chat too long", frame: protocol.MustEncode(protocol.TypeChat, "x12", &protocol.Chat{Text: strings.Repeat("말", 501)}), wantCode: protocol.CodeTooLong},
		{name: "chat control char", frame: protocol.MustEncode(protocol.TypeChat, "x13", &protocol.Chat{Text: "a\x07b"}), wantCode: protocol.CodeInvalidPayload},
		{name: "chat empty", frame: protocol.MustEncode(protocol.TypeChat, "x14", &protocol.Chat{Text: "   "}), wantCode: protocol.CodeInvalidPayload},
		{name: "chat bad scope", frame: protocol.MustEncode(protocol.TypeChat, "x15", &protocol.Chat{Text: "hi", Scope: "world"}), wantCode: protocol.CodeInvalidPayload},
		{name: "move both", frame: []byte(`{"type":"move","id":"x16","payload":{"to":{"x":1,"y":1},"dir":"n"}}`), wantCode: protocol.CodeInvalidPayload},
		{name: "move bad dir", frame: []byte(`{"type":"move","id":"x17","payload":{"dir":"up"}}`), wantCode: protocol.CodeInvalidPayload},
		{name: "move into wall", frame: []byte(`{"type":"move","id":"x18","payload":{"to":{"x":0,"y":0}}}`), wantCode: protocol.CodeUnreachable},
		{name: "move off map", frame: []byte(`{"type":"move","id":"x19","payload":{"to":{"x":-5,"y":99999999}}}`), wantCode: protocol.CodeUnreachable},
		{name: "huge number", frame: []byte(`{"type":"move","id":"x20","payload":{"to":{"x":1e400,"y":1}}}`), wantCode: protocol.CodeInvalidPayload},
		{name: "deep nesting", frame: []byte(`{"type":"chat","id":"x21","payload":{"text":"a","x":` + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + `}}`), wantCode: protocol.CodeInvalidPayload},
		{name: "second hello", frame: []byte(`{"type":"hello","id":"x22","payload":{"versions":[1]}}`), wantCode: protocol.CodeBadState},
		{name: "long id", frame: []byte(`{"type":"ping","id":"` + strings.Repeat("i", 65) + `"}`), wantCode: protocol.CodeBadFrame},
		{name: "join unknown room", frame: []byte(`{"type":"join","id":"x23","payload":{"room":"*"}}`), wantCode: protocol.CodeNoSuchRoom},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, _, err := rawDial(ts, victim.Token, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			helloJoin(t, c, "hall")
			mt := websocket.TextMessage
			if tc.binary {
				mt = websocket.BinaryMessage
			}
			if tc.wantClose != 0 {
				before := metric(t, ts, `madang_disconnects_total{reason="frame_too_large"}`)
				// The server stops reading at the frame header, so a large
				// write may itself fail with a reset.
				go c.WriteMessage(mt, tc.frame)
				_, err := readEnvelope(t, c, func(protocol.Envelope) bool { return false })
				var ce *websocket.CloseError
				if errors.As(err, &ce) && ce.Code != tc.wantClose {
					t.Fatalf("test %d: got %v, want close %d", i, err, tc.wantClose)
				}
				eventually(t, 5*time.Second, func() error {
					if after := metric(t, ts, `madang_disconnects_total{reason="frame_too_large"}`); after == before {
						return fmt.Errorf("frame_too_large disconnects still %q", after)
					}
					return nil
				})
				return
			}
			if err := c.WriteMessage(mt, tc.frame); err != nil {
				t.Fatal(err)
			}
			env, err := readEnvelope(t, c, func(e protocol.Envelope) bool { return e.Type == protocol.TypeError })
			if err != nil {
				t.Fatalf("test %d: no error reply: %v", i, err)
			}
			var pe protocol.Error
			if err := json.Unmarshal(env.Payload, &pe); err != nil {
				t.Fatalf("test %d: error payload is not a protocol.Error: %v", i, err)
			}
			if pe.Code != tc.wantCode || pe.Message == "" {
				t.Fatalf("test %d: error %+v, want code %s", i, pe, tc.wantCode)
			}
			var req protocol.Envelope
			if json.Unmarshal(tc.frame, &req) == nil && !tc.noID && req.ID != "" && len(req.ID) <= protocol.MaxIDLen && env.ID != req.ID {
				t.Errorf("test %d: error id %q, want the request's %q", i, env.ID, req.ID)
			}
			// Still usable: a ping answers.
			send(t, c, protocol.TypePing, "alive", &protocol.Ping{TS: 7})
			if _, err := readEnvelope(t, c, func(e protocol.Envelope) bool { return e.Type == protocol.TypePong && e.ID == "alive" }); err != nil {
				t.Fatalf("test %d: connection unusable after the error: %v", i, err)
			}
		})
	}
	// Nothing reached the room: the observer heard no chat at all.
	for len(observer.Events()) > 0 {
		if m, ok := (<-observer.Events()).Payload.(*protocol.ChatMsg); ok {
			t.Fatalf("a bad frame produced chat %q", m.Text)
		}
	}
}

func TestBeforeHello(t *testing.T) {
	ts := newTestServer(t, &server.Options{})
	b := signIn(t, ts, "b")
	c, _, err := rawDial(ts, b.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	send(t, c, protocol.TypeJoin, "j", &protocol.Join{Room: "hall"})
	env, err := readEnvelope(t, c, func(e protocol.Envelope) bool { return e.Type == protocol.TypeError })
	if err != nil || !bytes.Contains(env.Payload, []byte(protocol.CodeBadState)) {
		t.Fatalf("join before hello: %s %v", env.Payload, err)
	}
	send(t, c, protocol.TypeHello, "h", &protocol.Hello{Versions: []int{99, 100}})
	env, err = readEnvelope(t, c, func(e protocol.Envelope) bool { return e.Type == protocol.TypeError })
	if err != nil || !bytes.Contains(env.Payload, []byte(protocol.CodeUnsupportedVersion)) {
		t.Fatalf("hello with unknown versions: %s %v", env.Payload, err)
	}
	send(t, c, protocol.TypeHello, "h2", &protocol.Hello{Versions: []int{1, 99}})
	env, err = readEnvelope(t, c, func(e protocol.Envelope) bool { return e.Type == protocol.TypeWelcome })
	if err != nil || !bytes.Contains(env.Payload, []byte(`"version":1`)) {
		t.Fatalf("hello [1,99]: %s %v", env.Payload, err)
	}
}

// TestHTTPAuth: every way to get the upgrade wrong is answered before the
// upgrade, with a JSON error.
func TestHTTPAuth(t *testing.T) {
	ts := newTestServer(t, &server.Options{AllowedOrigins: []string{"https://madang.example"}})
	expiring := newTestServer(t, &server.Options{TokenTTL: time.Nanosecond})
	good := signIn(t, ts, "good")
	exp, err := client.SignIn(ctxT(t), expiring.URL, "short")
	if err != nil {
		t.Fatal(err)
	}
	for i, tc := range []struct {
		name   string
		ts     *testServer
		token  string
		origin string
		status int
		code   string
	}{
		{"missing token", ts, "", "", 401, "no_token"},
		{"forged token", ts, "mdg_" + strings.Repeat("A", 43), "", 401, "bad_token"},
		{"garbage token", ts, "'; DROP TABLE users; --", "", 401, "bad_token"},
		{"expired token", expiring, exp.Token, "", 401, "token_expired"},
		{"bad origin", ts, good.Token, "https://evil.example", 403, "bad_origin"},
		{"origin not exact", ts, good.Token, "https://madang.example.evil.example", 403, "bad_origin"},
		{"allowed origin", ts, good.Token, "https://madang.example", 101, ""},
		{"no origin (non-browser)", ts, good.Token, "", 101, ""},
	} {
		h := http.Header{}
		if tc.origin != "" {
			h.Set("Origin", tc.origin)
		}
		c, resp, err := rawDial(tc.ts, tc.token, h)
		if tc.status == 101 {
			if err != nil {
				t.Errorf("test %d %s: %v", i, tc.name, err)
				continue
			}
			c.Close()
			continue
		}
		if err == nil {
			c.Close()
			t.Errorf("test %d %s: upgraded, want %d", i, tc.name, tc.status)
			continue
		}
		var body struct{ Error struct{ Code string } }
		if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
			body.Error.Code = "unreadable: " + err.Error()
		}
		resp.Body.Close()
		if resp.StatusCode != tc.status || body.Error.Code != tc.code {
			t.Errorf("test %d %s: %d %q, want %d %q", i, tc.name, resp.StatusCode, body.Error.Code, tc.status, tc.code)
		}
	}
	// Same-origin default.
	same := newTestServer(t, &server.Options{})
	b := signIn(t, same, "x")
	for origin, ok := range map[string]bool{same.URL: true, "http://other.example": false} {
		c, _, err := rawDial(same, b.Token, http.Header{"Origin": {origin}})
		if (err == nil) != ok {
			t.Errorf("same-origin default, origin %s: err %v", origin, err)
		}
		if c != nil {
			c.Close()
		}
	}
}

func TestSignInValidation(t *testing.T) {
	ts := newTestServer(t, &server.Options{})
	for i, tc := range []struct {
		body   string
		status int
		code   string
	}{
		{`{"name":"민수"}`, 201, ""},
		{`{"name":"  Jane Doe  "}`, 201, ""},
		{`{"name":""}`, 400, "bad_name"},
		{`{"name":"` + strings.Repeat("가", 33) + `"}`, 400, "bad_name"},
		{`{"name":"a\u0000b"}`, 400, "bad_name"},
		{`{"name":"a\u202eb"}`, 400, "bad_name"},
		{`{"name":1}`, 400, "bad_request"},
		{`{"name":"a","admin":true}`, 400, "bad_request"},
		{`not json`, 400, "bad_request"},
		{`{"name":"` + strings.Repeat("a", 5000) + `"}`, 413, "too_large"},
	} {
		resp, err := http.Post(ts.URL+"/api/guest", "application/json", strings.NewReader(tc.body))
		if err != nil {
			t.Fatal(err)
		}
		var body struct {
			Token string
			Error struct{ Code string }
		}
		if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
			body.Error.Code = "unreadable: " + err.Error()
		}
		resp.Body.Close()
		if resp.StatusCode != tc.status || body.Error.Code != tc.code {
			t.Errorf("test %d: %d %q, want %d %q", i, resp.StatusCode, body.Error.Code, tc.status, tc.code)
		}
		if tc.status == 201 && (!strings.HasPrefix(body.Token, "mdg_") || len(body.Token) < 4+43) {
			t.Errorf("test %d: token %q is not ≥ 256 random bits", i, body.Token)
		}
	}
}

// TestRateLimits: chat is limited to a burst of 5 (then rate_limited errors
// with the request ids); 30 moves in a burst all pass.
func TestRateLimits(t *testing.T) {
	ts := newTestServer(t, &server.Options{})
	b := signIn(t, ts, "flood")
	c, _, err := rawDial(ts, b.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	helloJoin(t, c, "hall")
	for i := 0; i < 30; i++ {
		send(t, c, protocol.TypeMove, fmt.Sprintf("m%d", i), &protocol.Move{Dir: protocol.DirE})
	}
	for i := 0; i < 20; i++ {
		send(t, c, protocol.TypeChat, fmt.Sprintf("c%d", i), &protocol.Chat{Text: fmt.Sprintf("도배 %d", i)})
	}
	acked, limited, movesLimited := 0, 0, 0
	for acked+limited < 20 {
		env, err := readEnvelope(t, c, func(protocol.Envelope) bool { return true })
		if err != nil {
			t.Fatalf("acked %d limited %d: %v", acked, limited, err)
		}
		switch {
		case env.Type == protocol.TypeChatMsg && strings.HasPrefix(env.ID, "c"):
			acked++
		case env.Type == protocol.TypeError && bytes.Contains(env.Payload, []byte(protocol.CodeRateLimited)):
			if strings.HasPrefix(env.ID, "m") {
				movesLimited++
			} else {
				limited++
			}
		}
	}
	if acked < 5 || acked > 6 || limited != 20-acked || movesLimited != 0 {
		t.Fatalf("chat acked %d, limited %d, moves limited %d; want 5 (burst), 15, 0", acked, limited, movesLimited)
	}
}

// TestFloodDisconnects: a client that keeps sending garbage is answered
// until it has earned hundreds of errors, then disconnected (policy).
func TestFloodDisconnects(t *testing.T) {
	ts := newTestServer(t, &server.Options{})
	b := signIn(t, ts, "flood")
	c, _, err := rawDial(ts, b.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	helloJoin(t, c, "hall")
	go func() {
		for i := 0; i < 2000; i++ {
			if c.WriteMessage(websocket.TextMessage, []byte("garbage")) != nil {
				return
			}
		}
	}()
	env, err := readEnvelope(t, c, func(e protocol.Envelope) bool { return e.Type == protocol.TypeBye })
	if err != nil || !bytes.Contains(env.Payload, []byte(protocol.ByePolicy)) {
		t.Fatalf("bye %s, %v", env.Payload, err)
	}
	eventually(t, 5*time.Second, func() error {
		if v := metric(t, ts, `madang_disconnects_total{reason="policy"}`); v != "1" {
			return fmt.Errorf("policy disconnects = %q", v)
		}
		return nil
	})
}

// TestByeSurvivesUnreadFrames: clients whose frames are still unread when
// the server disconnects them (here: each sent its whole flood before
// reading anything) must still get the bye. Closing a socket with unread
// data makes the kernel reset the connection, and the client can then lose
// what it had not read yet — the bye among it — unless the server shuts
// down its sending side first and drains until the client closes (or a
// short deadline). Ten clients, as one alone lost its bye only about one
// time in ten before the fix.
func TestByeSurvivesUnreadFrames(t *testing.T) {
	const clients = 10
	ts := newTestServer(t, &server.Options{})
	conns := make([]*websocket.Conn, clients)
	for i := range conns {
		b := signIn(t, ts, fmt.Sprintf("flood%d", i))
		c, _, err := rawDial(ts, b.Token, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		helloJoin(t, c, "hall")
		conns[i] = c
	}
	var wg sync.WaitGroup
	for _, c := range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 2000 {
				if c.WriteMessage(websocket.TextMessage, []byte("garbage")) != nil {
					return // the server has closed (reset, before the fix)
				}
			}
		}()
	}
	wg.Wait()
	eventually(t, 5*time.Second, func() error {
		if v := metric(t, ts, `madang_disconnects_total{reason="policy"}`); v != strconv.Itoa(clients) {
			return fmt.Errorf("policy disconnects = %q", v)
		}
		return nil
	})
	time.Sleep(200 * time.Millisecond) // the server's close, had it reset, has reached every client
	for i, c := range conns {
		env, err := readEnvelope(t, c, func(e protocol.Envelope) bool { return e.Type == protocol.TypeBye })
		if err != nil || !bytes.Contains(env.Payload, []byte(protocol.ByePolicy)) {
			t.Errorf("client %d: bye %s, %v", i, env.Payload, err)
		}
	}
}
