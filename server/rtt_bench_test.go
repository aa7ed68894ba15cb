package server_test

import (
	"fmt"
	"testing"

	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/server"
)

// BenchmarkPingRTT: one client's application-level round trip (ping →
// pong) on an idle server, with and without direct writes — the latency a
// person feels for a reply, where BenchmarkFrameWrite measures
// throughput.
func BenchmarkPingRTT(b *testing.B) {
	for _, direct := range []bool{false, true} {
		b.Run(fmt.Sprintf("direct=%v", direct), func(b *testing.B) {
			ts := newTestServer(b, &server.Options{NoDirectWrites: !direct, OtherRate: 1e9, OtherBurst: 1 << 30})
			cred, err := client.SignIn(b.Context(), ts.URL, "rtt")
			if err != nil {
				b.Fatal(err)
			}
			bt, err := client.Dial(b.Context(), ts.URL, cred.Token, nil)
			if err != nil {
				b.Fatal(err)
			}
			defer bt.Close()
			b.ResetTimer()
			for b.Loop() {
				if _, err := bt.Ping(b.Context()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
