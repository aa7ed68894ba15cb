package cluster

import (
	"time"
	_ "unsafe" // go:linkname
)

// The embedded NATS server's RAFT timings (used by JetStream for every
// replicated stream) are package variables without an option: an
// election starts 4 to 9 s after a leader stops sending heartbeats, which
// alone would take a dead node's streams past Madang's 10 s failover
// target. Madang's nodes sit on one LAN (or one machine), where etcd-like
// timings are safe: heartbeats every 250 ms, elections after 1 to 2 s.
// RAFT's safety does not depend on timings, only how quickly it recovers.
// The names are pinned to the nats-server version in go.mod; TestRaftTimings
// checks they take effect.

//go:linkname natsMinElectionTimeout github.com/nats-io/nats-server/v2/server.minElectionTimeout
var natsMinElectionTimeout time.Duration

//go:linkname natsMaxElectionTimeout github.com/nats-io/nats-server/v2/server.maxElectionTimeout
var natsMaxElectionTimeout time.Duration

//go:linkname natsHBInterval github.com/nats-io/nats-server/v2/server.hbInterval
var natsHBInterval time.Duration

//go:linkname natsLostQuorumInterval github.com/nats-io/nats-server/v2/server.lostQuorumInterval
var natsLostQuorumInterval time.Duration

//go:linkname natsLostQuorumCheck github.com/nats-io/nats-server/v2/server.lostQuorumCheck
var natsLostQuorumCheck time.Duration

// fastElections sets the timings above (once, before the first embedded
// server starts; they apply to the whole process).
func fastElections() {
	natsHBInterval = 250 * time.Millisecond
	natsMinElectionTimeout = time.Second
	natsMaxElectionTimeout = 2 * time.Second
	natsLostQuorumInterval = 10 * natsHBInterval
	natsLostQuorumCheck = 10 * natsHBInterval
}
