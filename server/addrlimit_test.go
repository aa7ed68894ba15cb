package server_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/madang-world/madang/server"
)

// dialFrom opens a WebSocket with token, claiming X-Forwarded-For xff (if
// not ""), and returns the HTTP status of the refusal (0: connected).
func dialFrom(t *testing.T, ts *testServer, token, xff string) (*websocket.Conn, int, string) {
	t.Helper()
	h := http.Header{"Authorization": {"Bearer " + token}}
	if xff != "" {
		h.Set("X-Forwarded-For", xff)
	}
	d := websocket.Dialer{HandshakeTimeout: 10 * time.Second}
	c, resp, err := d.Dial("ws"+strings.TrimPrefix(ts.URL, "http")+"/ws", h)
	if err == nil {
		t.Cleanup(func() { c.Close() })
		return c, 0, ""
	}
	if resp == nil {
		t.Fatalf("dial: %v", err)
	}
	defer resp.Body.Close()
	var e struct {
		Error struct{ Code string } `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		return nil, resp.StatusCode, "unreadable error body: " + err.Error()
	}
	return nil, resp.StatusCode, e.Error.Code
}

// signInFrom signs a guest in claiming X-Forwarded-For xff; it returns
// the token or the HTTP status.
func signInFrom(t *testing.T, ts *testServer, name, xff string) (string, int) {
	t.Helper()
	req, _ := http.NewRequest("POST", ts.URL+"/api/guest", strings.NewReader(fmt.Sprintf(`{"name":%q}`, name)))
	if xff != "" {
		req.Header.Set("X-Forwarded-For", xff)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct{ Token string }
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", resp.StatusCode
	}
	return out.Token, resp.StatusCode
}

// TestConnectionsPerAddress: one address holds at most MaxConnsPerAddress
// WebSockets whatever the number of its accounts; other addresses still
// get in; behind a trusted proxy the address is the forwarded one, and a
// forwarded address from an untrusted peer is ignored.
func TestConnectionsPerAddress(t *testing.T) {
	ts := newTestServer(t, &server.Options{MaxConnsPerAddress: 3, MaxConnections: 100, GuestRate: -1})
	var tokens []string
	for i := 0; i < 4; i++ {
		tok, code := signInFrom(t, ts, fmt.Sprintf("손님%d", i), "")
		if code != http.StatusCreated {
			t.Fatalf("sign-in %d: %d", i, code)
		}
		tokens = append(tokens, tok)
	}
	var first *websocket.Conn
	for i := 0; i < 3; i++ {
		c, code, _ := dialFrom(t, ts, tokens[i], "")
		if code != 0 {
			t.Fatalf("connection %d refused with %d", i, code)
		}
		if first == nil {
			first = c
		}
	}
	// A fourth account from the same address, and a spoofed header (the
	// peer is not a trusted proxy), are refused.
	if _, code, errCode := dialFrom(t, ts, tokens[3], "203.0.113.7"); code != http.StatusTooManyRequests || errCode != "too_many_connections" {
		t.Fatalf("fourth connection from one address: %d %q, want 429 too_many_connections", code, errCode)
	}
	// A slot comes back when a connection ends.
	first.Close()
	eventually(t, 10*time.Second, func() error {
		c, code, errCode := dialFrom(t, ts, tokens[3], "")
		if code != 0 {
			return fmt.Errorf("after a close: %d %s", code, errCode)
		}
		c.Close()
		return nil
	})

	// Behind a trusted proxy (127.0.0.1), each forwarded address has its
	// own allowance.
	ts2 := newTestServer(t, &server.Options{MaxConnsPerAddress: 1, MaxConnections: 100, GuestRate: -1, TrustedProxies: []string{"127.0.0.1/32"}})
	a, _ := signInFrom(t, ts2, "가", "")
	b, _ := signInFrom(t, ts2, "나", "")
	if _, code, _ := dialFrom(t, ts2, a, "203.0.113.7"); code != 0 {
		t.Fatalf("first client behind the proxy: %d", code)
	}
	if _, code, _ := dialFrom(t, ts2, b, "203.0.113.8"); code != 0 {
		t.Fatalf("second client behind the proxy: %d", code)
	}
	if _, code, _ := dialFrom(t, ts2, b, "1.1.1.1, 203.0.113.8"); code != http.StatusTooManyRequests {
		t.Fatalf("a client prepending an address to escape its limit: %d, want 429", code)
	}
}

// TestMaxConnsPerAddressDefault: by default one address cannot take more
// than half the server.
func TestMaxConnsPerAddressDefault(t *testing.T) {
	ts := newTestServer(t, &server.Options{MaxConnections: 4, GuestRate: -1})
	var toks []string
	for i := 0; i < 3; i++ {
		tok, _ := signInFrom(t, ts, fmt.Sprintf("손님%d", i), "")
		toks = append(toks, tok)
	}
	for i := 0; i < 2; i++ {
		if _, code, _ := dialFrom(t, ts, toks[i], ""); code != 0 {
			t.Fatalf("connection %d: %d", i, code)
		}
	}
	if _, code, errCode := dialFrom(t, ts, toks[2], ""); code != http.StatusTooManyRequests || errCode != "too_many_connections" {
		t.Fatalf("third connection of a 4-connection server from one address: %d %q", code, errCode)
	}
}

// TestSignInsPerAddress: sign-ins are limited per address (the forwarded
// one only behind a trusted proxy).
func TestSignInsPerAddress(t *testing.T) {
	ts := newTestServer(t, &server.Options{GuestRate: 0.001, GuestBurst: 2})
	for i := 0; i < 2; i++ {
		if _, code := signInFrom(t, ts, "손님", fmt.Sprintf("203.0.113.%d", i)); code != http.StatusCreated {
			t.Fatalf("sign-in %d: %d", i, code)
		}
	}
	if _, code := signInFrom(t, ts, "손님", "203.0.113.99"); code != http.StatusTooManyRequests {
		t.Fatalf("third sign-in with a spoofed forwarded address: %d, want 429", code)
	}
	ts2 := newTestServer(t, &server.Options{GuestRate: 0.001, GuestBurst: 1, TrustedProxies: []string{"127.0.0.0/8"}})
	if _, code := signInFrom(t, ts2, "손님", "203.0.113.1"); code != http.StatusCreated {
		t.Fatalf("first client behind the proxy: %d", code)
	}
	if _, code := signInFrom(t, ts2, "손님", "203.0.113.2"); code != http.StatusCreated {
		t.Fatalf("second client behind the proxy: %d", code)
	}
	if _, code := signInFrom(t, ts2, "손님", "203.0.113.1"); code != http.StatusTooManyRequests {
		t.Fatalf("first client again: %d, want 429", code)
	}
}

// TestDefaultSignInLimits: the defaults do not let one address mint
// accounts in the hundreds.
func TestDefaultSignInLimits(t *testing.T) {
	ts := newTestServer(t, &server.Options{})
	ok := 0
	for i := 0; i < 200; i++ {
		if _, code := signInFrom(t, ts, "손님", ""); code == http.StatusCreated {
			ok++
		}
	}
	if ok > 100 {
		t.Errorf("one address signed in %d guests at once; the default burst should stop it at 100", ok)
	}
	if ok < 30 {
		t.Errorf("only %d sign-ins from one address; a class of 30 must get in", ok)
	}
}

// startHTTP serves srv.HTTPServer() on a fresh 127.0.0.1 listener.
func startHTTP(t *testing.T, srv *server.Server) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := srv.HTTPServer()
	go hs.Serve(ln)
	t.Cleanup(func() { hs.Close() })
	return ln.Addr().String()
}

// readAnswer reads what the server sends on c until it closes the
// connection or 10 s pass (the test's bound; the server's limits are far
// shorter); it fails the test if the server is still silent then.
func readAnswer(t *testing.T, c net.Conn) string {
	t.Helper()
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	b, err := io.ReadAll(c)
	if ne, ok := err.(net.Error); ok && ne.Timeout() {
		t.Fatalf("the server kept the connection open and silent (read %q)", b)
	}
	return string(b)
}

// TestSlowBody: a request body sent a byte at a time is cut off after
// BodyTimeout — through Handler (as behind httptest) and HTTPServer.
func TestSlowBody(t *testing.T) {
	ts := newTestServer(t, &server.Options{BodyTimeout: 300 * time.Millisecond})
	for _, addr := range []string{strings.TrimPrefix(ts.URL, "http://"), startHTTP(t, ts.Server)} {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		fmt.Fprintf(c, "POST /api/guest HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"na")
		got := readAnswer(t, c)
		if got != "" && !strings.Contains(got, " 408 ") && !strings.Contains(got, " 400 ") {
			t.Errorf("slow body answered %q", got)
		}
		if strings.Contains(got, " 201 ") {
			t.Error("a slow body created an account")
		}
	}
}

// TestHTTPServerLimits: HTTPServer times out slow headers and idle
// kept-alive connections and refuses oversized headers.
func TestHTTPServerLimits(t *testing.T) {
	ts := newTestServer(t, &server.Options{HeaderTimeout: 300 * time.Millisecond, IdleTimeout: 300 * time.Millisecond, MaxHeaderBytes: 4096})
	addr := startHTTP(t, ts.Server)

	// Headers that never end.
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	fmt.Fprintf(c, "GET /healthz HTTP/1.1\r\nHost: x\r\n")
	if got := readAnswer(t, c); strings.Contains(got, " 200 ") {
		t.Errorf("unfinished headers answered %q", got)
	}

	// Oversized headers.
	c2, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	fmt.Fprintf(c2, "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: %s\r\n\r\n", strings.Repeat("a", 64<<10))
	resp, err := http.ReadResponse(bufio.NewReader(c2), nil)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
		t.Errorf("64 KiB of headers: %d, want 431", resp.StatusCode)
	}

	// An idle kept-alive connection is closed.
	c3, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c3.Close()
	fmt.Fprintf(c3, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
	br := bufio.NewReader(c3)
	resp, err = http.ReadResponse(br, nil)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz: %v %v", resp, err)
	}
	io.Copy(io.Discard, resp.Body)
	c3.SetReadDeadline(time.Now().Add(10 * time.Second))
	var rest bytes.Buffer
	if _, err := io.Copy(&rest, br); err != nil {
		t.Fatalf("the idle connection was not closed: %v", err)
	}
}
