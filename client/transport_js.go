//go:build js

package client

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"syscall/js"
)

// jsTransport is the browser transport: the page's own WebSocket. Browsers
// cannot set headers on a WebSocket, so the token travels as the ?token=
// query parameter (protocol README §1) and the browser sets Origin itself.
//
// Messages are queued without bound: a JavaScript event handler must never
// block (it holds up the page's event loop), and the server already bounds
// what it sends to a slow reader (256 messages or 1 MiB).
type jsTransport struct {
	ws    js.Value
	funcs []js.Func

	mu     sync.Mutex
	queue  [][]byte
	err    error
	wake   chan struct{}
	closed bool
}

func dialTransport(ctx context.Context, u, token, _ string) (transport, error) {
	sep := "?"
	if strings.Contains(u, "?") {
		sep = "&"
	}
	u += sep + "token=" + url.QueryEscape(token)
	t := &jsTransport{wake: make(chan struct{}, 1)}
	opened := make(chan struct{})
	var openOnce sync.Once
	ws := js.Global().Get("WebSocket").New(u)
	t.ws = ws
	on := func(name string, f func(js.Value)) {
		fn := js.FuncOf(func(this js.Value, args []js.Value) any {
			var ev js.Value
			if len(args) > 0 {
				ev = args[0]
			}
			f(ev)
			return nil
		})
		t.funcs = append(t.funcs, fn)
		ws.Set(name, fn)
	}
	on("onopen", func(js.Value) { openOnce.Do(func() { close(opened) }) })
	on("onmessage", func(ev js.Value) {
		data := ev.Get("data")
		if data.Type() != js.TypeString {
			return // the server sends text frames only
		}
		t.push([]byte(data.String()), nil)
	})
	on("onclose", func(ev js.Value) {
		code := ev.Get("code").Int()
		reason := ev.Get("reason").String()
		t.push(nil, &CloseError{Code: code, Reason: reason})
		openOnce.Do(func() { close(opened) })
	})
	select {
	case <-opened:
	case <-ctx.Done():
		t.Close()
		return nil, ctx.Err()
	}
	t.mu.Lock()
	err := t.err
	t.mu.Unlock()
	if err != nil && len(t.queue) == 0 {
		t.release()
		// The browser hides why an upgrade failed (a 401 and a network
		// error look the same); the caller re-signs-in on repeated failures.
		return nil, fmt.Errorf("websocket %s: %w", strings.SplitN(u, "?", 2)[0], err)
	}
	return t, nil
}

// CloseError is how a browser WebSocket ended.
type CloseError struct {
	Code   int
	Reason string
}

func (e *CloseError) Error() string { return fmt.Sprintf("websocket closed (%d %s)", e.Code, e.Reason) }

func (t *jsTransport) push(b []byte, err error) {
	t.mu.Lock()
	if b != nil {
		t.queue = append(t.queue, b)
	}
	if err != nil && t.err == nil {
		t.err = err
	}
	t.mu.Unlock()
	select {
	case t.wake <- struct{}{}:
	default:
	}
}

func (t *jsTransport) Read() ([]byte, error) {
	for {
		t.mu.Lock()
		if len(t.queue) > 0 {
			b := t.queue[0]
			t.queue[0] = nil
			t.queue = t.queue[1:]
			t.mu.Unlock()
			return b, nil
		}
		if t.err != nil {
			err := t.err
			t.mu.Unlock()
			t.release()
			return nil, err
		}
		t.mu.Unlock()
		<-t.wake
	}
}

func (t *jsTransport) Write(frame []byte) error {
	t.mu.Lock()
	err := t.err
	t.mu.Unlock()
	if err != nil {
		return err
	}
	if t.ws.Get("readyState").Int() != 1 {
		return errors.New("websocket not open")
	}
	t.ws.Call("send", string(frame))
	return nil
}

func (t *jsTransport) WriteClose(code int, reason string) error {
	t.ws.Call("close", code, reason)
	return nil
}

func (t *jsTransport) Close() error {
	t.ws.Call("close")
	t.push(nil, ErrClosed)
	return nil
}

func (t *jsTransport) release() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed {
		return
	}
	t.closed = true
	for _, name := range []string{"onopen", "onmessage", "onclose"} {
		t.ws.Set(name, js.Null())
	}
	for _, f := range t.funcs {
		f.Release()
	}
}
