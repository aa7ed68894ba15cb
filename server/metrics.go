package server

import (
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/skills/store"
	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the server's Prometheus series. Names are documented in
// docs/architecture.md; they are part of the operator interface.
type metrics struct {
	connections prometheus.Gauge
	rooms       prometheus.Gauge
	players     *prometheus.GaugeVec
	msgsIn      *prometheus.CounterVec
	msgsOut     prometheus.Counter
	framesOut   prometheus.Counter
	bytesOut    prometheus.Counter
	drops       *prometheus.CounterVec
	disconnects *prometheus.CounterVec
	tickSeconds prometheus.Histogram
	rejected    *prometheus.CounterVec
	panics      *prometheus.CounterVec
	inByType    map[protocol.Type]prometheus.Counter // resolved once: no label hashing per message
}

// in returns the inbound counter of a (valid, client) message type.
func (m *metrics) in(t protocol.Type) prometheus.Counter {
	if c, ok := m.inByType[t]; ok {
		return c
	}
	return m.msgsIn.WithLabelValues(string(t))
}

// newMetrics registers the server's series; snaps counts the data
// directory's snapshots of the cluster's log (all zero on a single server).
func newMetrics(reg *prometheus.Registry, snaps *store.SnapshotStats) *metrics {
	m := &metrics{
		connections: prometheus.NewGauge(prometheus.GaugeOpts{Name: "madang_connections", Help: "Open WebSocket connections."}),
		rooms:       prometheus.NewGauge(prometheus.GaugeOpts{Name: "madang_rooms", Help: "Rooms running."}),
		players:     prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "madang_room_entities", Help: "Entities per room, including lingering ones."}, []string{"room"}),
		msgsIn:      prometheus.NewCounterVec(prometheus.CounterOpts{Name: "madang_messages_in_total", Help: "Client messages received, by type (invalid ones as \"invalid\")."}, []string{"type"}),
		msgsOut:     prometheus.NewCounter(prometheus.CounterOpts{Name: "madang_messages_out_total", Help: "Server messages (envelopes) queued to clients."}),
		framesOut:   prometheus.NewCounter(prometheus.CounterOpts{Name: "madang_frames_out_total", Help: "WebSocket frames written to clients (several messages may share one frame)."}),
		bytesOut:    prometheus.NewCounter(prometheus.CounterOpts{Name: "madang_bytes_out_total", Help: "Payload bytes written to clients."}),
		drops:       prometheus.NewCounterVec(prometheus.CounterOpts{Name: "madang_drops_total", Help: "Client messages dropped, by reason (rate_limited, overloaded, invalid)."}, []string{"reason"}),
		disconnects: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "madang_disconnects_total", Help: "Closed connections by reason."}, []string{"reason"}),
		tickSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "madang_tick_seconds", Help: "Time to run one room tick, including frame building.", Buckets: prometheus.ExponentialBuckets(25e-6, 2, 14)}),
		rejected:    prometheus.NewCounterVec(prometheus.CounterOpts{Name: "madang_ws_rejected_total", Help: "WebSocket requests refused before upgrade, by reason."}, []string{"reason"}),
		panics:      prometheus.NewCounterVec(prometheus.CounterOpts{Name: "madang_panics_total", Help: "Panics contained to the request, frame, room message or conversation that caused them, by where (each is a bug, logged with its stack)."}, []string{"where"}),
	}
	m.inByType = map[protocol.Type]prometheus.Counter{}
	for t := range protocol.ClientTypes {
		m.inByType[t] = m.msgsIn.WithLabelValues(string(t))
	}
	reg.MustRegister(m.connections, m.rooms, m.players, m.msgsIn, m.msgsOut, m.framesOut, m.bytesOut,
		m.drops, m.disconnects, m.tickSeconds, m.rejected, m.panics,
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "madang_snapshots_taken_total",
			Help: "Cluster mode: snapshots of a database file this node wrote (the log is trimmed behind each)."},
			func() float64 { return float64(snaps.Taken()) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "madang_snapshots_loaded_total",
			Help: "Cluster mode: snapshots this node's replicas loaded (opened behind the trimmed log, or resynced after a gap)."},
			func() float64 { return float64(snaps.Loaded()) }),
		prometheus.NewGoCollector(), prometheus.NewProcessCollector(prometheus.ProcessCollectorOpts{}))
	return m
}
