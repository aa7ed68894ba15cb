package server

import (
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/protocol"
)

// TestDefaults pins the limits the foundation promises (ping 15 s, pong
// timeout 30 s, write deadline 5 s, 20 Hz, 5 sockets per user, 16 KiB frames).
func TestDefaults(t *testing.T) {
	o, err := (&Options{DataDir: "x"}).withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	for i, tc := range []struct {
		got, want any
	}{
		{o.PingInterval, 15 * time.Second},
		{o.PongTimeout, 30 * time.Second},
		{o.WriteTimeout, 5 * time.Second},
		{o.TickHz, 20},
		{o.MaxSocketsPerUser, 5},
		{o.ResumeWindow, 60 * time.Second},
		{o.ChatRate, 2.0},
		{o.ChatBurst, 5},
		{o.MoveRate >= 30, true},
		{protocol.MaxFrameBytes, 16 << 10},
		{o.SendQueueLen, 64},
		{o.SendQueueBytes, 1 << 20},
		// Issue 17: per-address limits, HTTP timeouts, MCP tokens.
		{o.MaxConnsPerAddress, 256},
		{o.GuestRate, 1.0},
		{o.GuestBurst, 100},
		{o.HeaderTimeout, 10 * time.Second},
		{o.BodyTimeout, 10 * time.Second},
		{o.IdleTimeout, 120 * time.Second},
		{o.MaxHeaderBytes, 16 << 10},
		{o.MCPTokenTTL, 24 * time.Hour},
		{o.MaxMCPTokens, 5},
	} {
		if tc.got != tc.want {
			t.Errorf("default %d: %v, want %v", i, tc.got, tc.want)
		}
	}
}

func TestOptionErrors(t *testing.T) {
	for i, tc := range []struct {
		o    Options
		want string
	}{
		{Options{}, "DataDir is required"},
		{Options{DataDir: "x", TickHz: 500}, "TickHz"},
		{Options{DataDir: "x", Speed: 100}, "Speed"},
		{Options{DataDir: "x", PingInterval: time.Minute}, "PingInterval"},
		{Options{DataDir: "x", SnapshotEvery: -1}, "SnapshotEvery"},
		{Options{DataDir: "x", AllowedOrigins: []string{"evil.example"}}, "allowed origin"},
		{Options{DataDir: "x", MaxConnections: 10, MaxConnsPerAddress: 11}, "MaxConnsPerAddress"},
		{Options{DataDir: "x", TrustedProxies: []string{"10.0.0.0/33"}}, "trusted proxy"},
		{Options{DataDir: "x", BodyTimeout: -time.Second}, "BodyTimeout"},
		{Options{DataDir: "x", GuestBurst: -1}, "GuestBurst"},
		{Options{DataDir: "x", MaxMCPTokens: -1}, "MaxMCPTokens"},
	} {
		if _, err := tc.o.withDefaults(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("test %d: %v, want %q", i, err, tc.want)
		}
	}
}
