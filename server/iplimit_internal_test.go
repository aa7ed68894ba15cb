package server

import (
	"net/http"
	"testing"
)

// TestClientAddress: the client's address behind trusted proxies, read
// right to left so that a client cannot choose its own address by sending
// the headers itself.
func TestClientAddress(t *testing.T) {
	cases := []struct {
		name    string
		trusted []string
		remote  string
		headers map[string][]string
		want    string
	}{
		{"no proxy trusted: headers ignored", nil, "198.51.100.9:5000",
			map[string][]string{"X-Forwarded-For": {"203.0.113.7"}}, "198.51.100.9"},
		{"untrusted peer: headers ignored", []string{"10.0.0.0/8"}, "198.51.100.9:5000",
			map[string][]string{"X-Forwarded-For": {"203.0.113.7"}}, "198.51.100.9"},
		{"trusted proxy, one hop", []string{"127.0.0.1/32"}, "127.0.0.1:5000",
			map[string][]string{"X-Forwarded-For": {"203.0.113.7"}}, "203.0.113.7"},
		{"spoofed left entries are skipped", []string{"127.0.0.1/32"}, "127.0.0.1:5000",
			map[string][]string{"X-Forwarded-For": {"1.1.1.1, 203.0.113.7"}}, "203.0.113.7"},
		{"two trusted hops", []string{"127.0.0.1/32", "10.0.0.0/8"}, "127.0.0.1:5000",
			map[string][]string{"X-Forwarded-For": {"1.1.1.1, 203.0.113.7, 10.1.2.3"}}, "203.0.113.7"},
		{"several header lines are one list", []string{"127.0.0.1/32"}, "127.0.0.1:5000",
			map[string][]string{"X-Forwarded-For": {"1.1.1.1", "203.0.113.8"}}, "203.0.113.8"},
		{"Forwarded wins over X-Forwarded-For", []string{"127.0.0.1/32"}, "127.0.0.1:5000",
			map[string][]string{"Forwarded": {`for=1.1.1.1, for=192.0.2.60;proto=https;by=203.0.113.43`}, "X-Forwarded-For": {"203.0.113.7"}}, "192.0.2.60"},
		{"Forwarded IPv6 with port, keyed by /64", []string{"127.0.0.1/32"}, "127.0.0.1:5000",
			map[string][]string{"Forwarded": {`for="[2001:db8:cafe:1:2:3:4:5]:4711"`}}, "2001:db8:cafe:1::/64"},
		{"IPv6 peer keyed by /64", nil, "[2001:db8:cafe:1::9]:5000", nil, "2001:db8:cafe:1::/64"},
		{"an entry that is not an address stops the walk at the proxy", []string{"127.0.0.1/32"}, "127.0.0.1:5000",
			map[string][]string{"X-Forwarded-For": {"203.0.113.7, unknown"}}, "127.0.0.1"},
		{"obfuscated Forwarded node stops the walk", []string{"127.0.0.1/32"}, "127.0.0.1:5000",
			map[string][]string{"Forwarded": {`for=_hidden`}}, "127.0.0.1"},
		{"every hop trusted: the leftmost", []string{"127.0.0.1/32", "10.0.0.0/8"}, "127.0.0.1:5000",
			map[string][]string{"X-Forwarded-For": {"10.9.9.9, 10.1.1.1"}}, "10.9.9.9"},
		{"IPv4-mapped IPv6 is the IPv4 address", []string{"127.0.0.1/32"}, "[::ffff:127.0.0.1]:5000",
			map[string][]string{"X-Forwarded-For": {"::ffff:203.0.113.7"}}, "203.0.113.7"},
	}
	for _, c := range cases {
		a, err := newAddrResolver(c.trusted)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := a.key(c.remote, http.Header(c.headers)); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	for _, bad := range []string{"10.0.0.0/33", "example.com", ""} {
		if _, err := newAddrResolver([]string{bad}); err == nil {
			t.Errorf("trusted proxy %q accepted", bad)
		}
	}
}
