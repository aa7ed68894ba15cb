package main

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// TestBaselineFrames: an update is stamped with its sender's connection id
// (whatever the message claims) and reaches every member of the room,
// the sender included, in one frame at the tick; another room hears
// nothing.
func TestBaselineFrames(t *testing.T) {
	hs := httptest.NewServer(newServer(20 * time.Millisecond).handler())
	defer hs.Close()
	dial := func(q string) *websocket.Conn {
		c, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(hs.URL, "http")+"/ws?"+q, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		return c
	}
	a, b, other := dial("room=r1&id=7"), dial("room=r1&id=8"), dial("room=r2&id=9")
	time.Sleep(50 * time.Millisecond) // all three have joined their rooms
	if err := a.WriteMessage(websocket.TextMessage, []byte(`{"t":"pos","id":99,"ts":123,"x":1,"y":2,"z":3,"ry":0}`)); err != nil {
		t.Fatal(err)
	}
	for _, c := range []*websocket.Conn{a, b} {
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		_, f, err := c.ReadMessage()
		if err != nil {
			t.Fatal(err)
		}
		if want := `{"t":"pos","id":7,"ts":123,"x":1,"y":2,"z":3,"ry":0}`; string(f) != want {
			t.Fatalf("frame %s, want %s", f, want)
		}
	}
	other.SetReadDeadline(time.Now().Add(100 * time.Millisecond))
	if _, f, err := other.ReadMessage(); err == nil {
		t.Fatalf("another room received %s", f)
	}
}
