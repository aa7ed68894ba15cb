package cluster

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/madang-world/madang/server/store"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/nats-io/nuid"
)

// Replicator returns the store.Replicator over this cluster's data stream.
func (n *Node) Replicator() store.Replicator { return replicator{n} }

type replicator struct{ n *Node }

// appendTimeout bounds one write's wait for the stream: the replicas'
// acknowledgement normally takes about a millisecond; a minority of
// replicas down changes nothing; no quorum means the write fails.
const appendTimeout = 10 * time.Second

// Append publishes the entry, retrying every second while the stream has
// no leader (a publish sent then is simply not answered: right after a
// node dies, until the survivors elect a new one). Every retry carries the
// same message ID, so JetStream's duplicate detection answers a retry of
// a publish that did land with that publish's acknowledgement instead of
// storing it twice.
func (r replicator) Append(file string, expect uint64, entry []byte) (uint64, error) {
	id := nuid.Next()
	deadline := time.Now().Add(appendTimeout)
	var ack *jetstream.PubAck
	var err error
	for {
		ctx, cancel := context.WithTimeout(r.n.ctx, time.Second)
		ack, err = r.n.js.Publish(ctx, dataPrefix+file, entry, jetstream.WithExpectLastSequencePerSubject(expect), jetstream.WithMsgID(id))
		cancel()
		retry := errors.Is(err, context.DeadlineExceeded) || errors.Is(err, jetstream.ErrNoStreamResponse) || errors.Is(err, nats.ErrNoResponders) || errors.Is(err, nats.ErrTimeout)
		if !retry || time.Now().After(deadline) || r.n.ctx.Err() != nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
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
