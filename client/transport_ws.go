//go:build !js

package client

import (
	"context"
	"io"
	"net/http"
	"time"

	"github.com/gorilla/websocket"
)

// wsTransport is the native transport over gorilla/websocket. The browser
// build (GOOS=js) uses the page's WebSocket instead.
type wsTransport struct{ c *websocket.Conn }

func dialTransport(ctx context.Context, url, token, origin string) (transport, error) {
	h := http.Header{}
	if origin != "" {
		h.Set("Origin", origin)
	}
	h.Set("Authorization", "Bearer "+token)
	d := websocket.Dialer{HandshakeTimeout: 10 * time.Second}
	c, resp, err := d.DialContext(ctx, url, h)
	if err != nil {
		if resp != nil && resp.StatusCode != http.StatusSwitchingProtocols {
			defer resp.Body.Close()
			data, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
			return nil, httpErr(resp.StatusCode, data)
		}
		return nil, err
	}
	c.SetReadLimit(8 << 20)
	return &wsTransport{c: c}, nil
}

func (t *wsTransport) Read() ([]byte, error) {
	_, b, err := t.c.ReadMessage()
	return b, err
}

func (t *wsTransport) Write(frame []byte) error {
	t.c.SetWriteDeadline(time.Now().Add(10 * time.Second))
	return t.c.WriteMessage(websocket.TextMessage, frame)
}

func (t *wsTransport) WriteClose(code int, reason string) error {
	return t.c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, reason), time.Now().Add(time.Second))
}

func (t *wsTransport) Close() error { return t.c.Close() }
