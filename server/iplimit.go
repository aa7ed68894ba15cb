package server

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Per-address limits: sign-ins (ipLimiter) and WebSockets (Server.reserve)
// are counted per client address, so one address cannot mint accounts
// without end or take every connection of the server.
//
// # The client's address
//
// The address is the connection's peer, unless the peer is a trusted
// reverse proxy (Options.TrustedProxies). Then the client is read from the
// forwarding headers — Forwarded (RFC 7239) if present, else
// X-Forwarded-For — right to left: each proxy appends the address it got
// the request from, so the rightmost entries are written by proxies we
// trust and everything left of the first untrusted entry may have been
// written by the client itself. The walk skips trusted proxies and stops
// at the first other address, which is the client. An entry that is not
// an address ("unknown", an obfuscated Forwarded node) stops the walk at
// the proxy that wrote it: that proxy is then the client, which is safe
// (the limits apply to it) rather than spoofable. If every entry is a
// trusted proxy, the leftmost is the client.
//
// IPv6 addresses count per /64: one host usually holds a whole /64 and
// could otherwise take a new address per connection.

// addrResolver finds a request's client address.
type addrResolver struct {
	trusted []netip.Prefix
}

func newAddrResolver(cidrs []string) (*addrResolver, error) {
	a := &addrResolver{}
	for _, c := range cidrs {
		c = strings.TrimSpace(c)
		if !strings.Contains(c, "/") {
			ip, err := netip.ParseAddr(c)
			if err != nil {
				return nil, fmt.Errorf("trusted proxy %q is not a CIDR such as 10.0.0.0/8 or an IP address", c)
			}
			ip = ip.Unmap()
			a.trusted = append(a.trusted, netip.PrefixFrom(ip, ip.BitLen()))
			continue
		}
		p, err := netip.ParsePrefix(c)
		if err != nil {
			return nil, fmt.Errorf("trusted proxy %q is not a CIDR such as 10.0.0.0/8 or an IP address", c)
		}
		if p.Addr().Is4In6() {
			if p.Bits() < 96 {
				return nil, fmt.Errorf("trusted proxy %q: an IPv4-mapped prefix needs at least 96 bits", c)
			}
			p = netip.PrefixFrom(p.Addr().Unmap(), p.Bits()-96)
		}
		a.trusted = append(a.trusted, p.Masked())
	}
	return a, nil
}

func (a *addrResolver) isTrusted(ip netip.Addr) bool {
	for _, p := range a.trusted {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// client returns the client's address for a request from remoteAddr
// ("host:port") with headers h; ok is false if remoteAddr is not an IP
// address (then the caller uses remoteAddr itself).
func (a *addrResolver) client(remoteAddr string, h http.Header) (netip.Addr, bool) {
	peer, ok := parseHostAddr(remoteAddr)
	if !ok {
		return netip.Addr{}, false
	}
	if len(a.trusted) == 0 || !a.isTrusted(peer) {
		return peer, true
	}
	var hops []string
	if fw := h.Values("Forwarded"); len(fw) > 0 {
		for _, line := range fw {
			for _, elem := range strings.Split(line, ",") {
				hops = append(hops, forwardedFor(elem))
			}
		}
	} else {
		for _, line := range h.Values("X-Forwarded-For") {
			hops = append(hops, strings.Split(line, ",")...)
		}
	}
	cur := peer // the nearest address known to be real
	for i := len(hops) - 1; i >= 0; i-- {
		ip, ok := parseHostAddr(strings.TrimSpace(hops[i]))
		if !ok {
			return cur, true
		}
		cur = ip
		if !a.isTrusted(ip) {
			return ip, true
		}
	}
	return cur, true
}

// key is the counting key of a request's client: an IPv4 address or an
// IPv6 /64.
func (a *addrResolver) key(remoteAddr string, h http.Header) string {
	ip, ok := a.client(remoteAddr, h)
	if !ok {
		return remoteAddr
	}
	if ip.Is4() {
		return ip.String()
	}
	p, _ := ip.Prefix(64)
	return p.String()
}

// forwardedFor returns the for= parameter of one Forwarded element ("" if
// none: not an address, which stops the walk).
func forwardedFor(elem string) string {
	for _, pair := range strings.Split(elem, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(pair), "=")
		if ok && strings.EqualFold(strings.TrimSpace(k), "for") {
			return strings.Trim(strings.TrimSpace(v), `"`)
		}
	}
	return ""
}

// parseHostAddr parses "1.2.3.4", "1.2.3.4:80", "::1", "[::1]" or
// "[::1]:80" into an address (IPv4-mapped IPv6 becomes IPv4).
func parseHostAddr(s string) (netip.Addr, bool) {
	if ap, err := netip.ParseAddrPort(s); err == nil {
		return ap.Addr().Unmap(), true
	}
	s = strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
	ip, err := netip.ParseAddr(s)
	if err != nil || ip.Zone() != "" {
		return netip.Addr{}, false
	}
	return ip.Unmap(), true
}

// ipLimiter is a token bucket per client address. The map is bounded:
// when it grows past maxIPs, addresses whose bucket has refilled (they
// have been quiet long enough to be forgotten without harm) are dropped.
type ipLimiter struct {
	mu    sync.Mutex
	rate  rate.Limit
	burst int
	ips   map[string]*rate.Limiter
	off   bool
}

const maxIPs = 10000

func newIPLimiter(r float64, burst int) *ipLimiter {
	return &ipLimiter{rate: rate.Limit(r), burst: burst, ips: map[string]*rate.Limiter{}, off: r < 0}
}

// allow reports whether a request from the client address key may go on.
func (l *ipLimiter) allow(key string) bool {
	if l.off {
		return true
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	lim, ok := l.ips[key]
	if !ok {
		if len(l.ips) >= maxIPs {
			for h, x := range l.ips {
				if x.Tokens() >= float64(l.burst) {
					delete(l.ips, h)
				}
			}
		}
		lim = rate.NewLimiter(l.rate, l.burst)
		l.ips[key] = lim
	}
	return lim.Allow()
}

// HTTPServer returns an http.Server for Handler with the timeouts of
// Options: headers must arrive within HeaderTimeout and be at most
// MaxHeaderBytes, a kept-alive connection closes after IdleTimeout
// without a request. Bodies are bounded by BodyTimeout in Handler itself.
// There is no WriteTimeout or ReadTimeout for the whole request: MCP
// answers stream for as long as a tool call waits for the user, and
// WebSockets set their own deadlines.
func (s *Server) HTTPServer() *http.Server {
	return &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: s.opts.HeaderTimeout,
		IdleTimeout:       s.opts.IdleTimeout,
		MaxHeaderBytes:    s.opts.MaxHeaderBytes,
	}
}

// limitBody gives a request's body BodyTimeout to arrive: a client that
// sends it a byte at a time cannot hold a connection and a goroutine
// forever. Once the body is read to its end the deadline is lifted, so a
// long streamed answer is not cut.
func (s *Server) limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body != nil && r.Body != http.NoBody && r.ContentLength != 0 {
			rc := http.NewResponseController(w)
			if err := rc.SetReadDeadline(time.Now().Add(s.opts.BodyTimeout)); err == nil {
				r.Body = &deadlineBody{ReadCloser: r.Body, rc: rc}
			}
		}
		next.ServeHTTP(w, r)
	})
}

// deadlineBody lifts the read deadline at the body's end.
type deadlineBody struct {
	io.ReadCloser
	rc   *http.ResponseController
	done bool
}

func (b *deadlineBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if errors.Is(err, io.EOF) && !b.done {
		b.done = true
		b.rc.SetReadDeadline(time.Time{})
	}
	return n, err
}

// isTimeout reports whether err is a read that hit its deadline.
func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
