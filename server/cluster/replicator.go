package cluster

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/madang-world/madang/server/store"
	"github.com/nats-io/nats.go/jetstream"
)

// Replicator returns the store.Replicator over this cluster's data stream.
func (n *Node) Replicator() store.Replicator { return replicator{n} }

type replicator struct{ n *Node }

// appendTimeout bounds one write's wait for the stream: the replicas'
// acknowledgement normally takes about a millisecond; a minority of
// replicas down changes nothing; no quorum means the write fails.
const appendTimeout = 10 * time.Second

func (r replicator) Append(file string, expect uint64, entry []byte) (uint64, error) {
	ctx, cancel := context.WithTimeout(r.n.ctx, appendTimeout)
	defer cancel()
	ack, err := r.n.js.Publish(ctx, dataPrefix+file, entry, jetstream.WithExpectLastSequencePerSubject(expect))
	if err != nil {
		var apiErr *jetstream.APIError
		if errors.As(err, &apiErr) && (apiErr.ErrorCode == jetstream.JSErrCodeStreamWrongLastSequence ||
			apiErr.ErrorCode == jetstream.JSErrCodeStreamWrongLastSequenceConstant) {
			return 0, fmt.Errorf("%s: %w", file, store.ErrStale)
		}
		return 0, err
	}
	if ack.Stream != dataStream {
		return 0, fmt.Errorf("%s: acknowledged by stream %q", file, ack.Stream)
	}
	return ack.Sequence, nil
}

func (r replicator) Last(file string) (uint64, error) {
	ctx, cancel := context.WithTimeout(r.n.ctx, appendTimeout)
	defer cancel()
	m, err := r.n.st.GetLastMsgForSubject(ctx, dataPrefix+file)
	if errors.Is(err, jetstream.ErrMsgNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return m.Sequence, nil
}

func (r replicator) Follow(file string, after uint64, fn func(uint64, []byte)) (func(), error) {
	cfg := jetstream.OrderedConsumerConfig{FilterSubjects: []string{dataPrefix + file}, DeliverPolicy: jetstream.DeliverAllPolicy}
	if after > 0 {
		cfg.DeliverPolicy = jetstream.DeliverByStartSequencePolicy
		cfg.OptStartSeq = after + 1
	}
	ctx, cancel := context.WithTimeout(r.n.ctx, appendTimeout)
	defer cancel()
	c, err := r.n.js.OrderedConsumer(ctx, dataStream, cfg)
	if err != nil {
		return nil, err
	}
	cc, err := c.Consume(func(m jetstream.Msg) {
		md, err := m.Metadata()
		if err != nil {
			return
		}
		fn(md.Sequence.Stream, m.Data())
	})
	if err != nil {
		return nil, err
	}
	return func() {
		cc.Stop()
		select {
		case <-cc.Closed():
		case <-time.After(5 * time.Second):
		}
	}, nil
}
