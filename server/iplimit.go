package server

import (
	"net"
	"sync"

	"golang.org/x/time/rate"
)

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

// allow reports whether a request from remoteAddr ("host:port") may go on.
// The address is the connection's own: X-Forwarded-For is not trusted, so
// behind a reverse proxy the limit is per proxy (see docs).
func (l *ipLimiter) allow(remoteAddr string) bool {
	if l.off {
		return true
	}
	host, _, err := net.SplitHostPort(remoteAddr)
	if err != nil {
		host = remoteAddr
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	lim, ok := l.ips[host]
	if !ok {
		if len(l.ips) >= maxIPs {
			for h, x := range l.ips {
				if x.Tokens() >= float64(l.burst) {
					delete(l.ips, h)
				}
			}
		}
		lim = rate.NewLimiter(l.rate, l.burst)
		l.ips[host] = lim
	}
	return lim.Allow()
}
