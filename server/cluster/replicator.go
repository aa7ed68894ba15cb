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

// appendTimeout bounds one call's wait for the stream: the replicas'
// acknowledgement normally takes about a millisecond; a minority of
// replicas down changes nothing; no quorum means the call fails.
const appendTimeout = 10 * time.Second

// attemptTimeout bounds one try of a call within appendTimeout.
const attemptTimeout = time.Second

// attempt runs call in tries of attemptTimeout each until it succeeds,
// fails for another reason than going unanswered, or appendTimeout has
// passed. A request the stream cannot serve yet — right after a node
// died, until the survivors elect a new leader, or right after the
// cluster formed, before the new stream's first election — is not
// refused but simply not answered: one long wait would outlast the
// election and still fail, so the request is sent again instead.
func (r replicator) attempt(call func(ctx context.Context) error) error {
	deadline := time.Now().Add(appendTimeout)
	for {
		ctx, cancel := context.WithTimeout(r.n.ctx, attemptTimeout)
		err := call(ctx)
		cancel()
		unanswered := errors.Is(err, context.DeadlineExceeded) || errors.Is(err, jetstream.ErrNoStreamResponse) ||
			errors.Is(err, nats.ErrNoResponders) || errors.Is(err, nats.ErrTimeout)
		if !unanswered || time.Now().After(deadline) || r.n.ctx.Err() != nil {
			return err
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Append publishes the entry, retrying while the stream has no leader (see
// attempt). Every retry carries the same message ID, so JetStream's
// duplicate detection answers a retry of a publish that did land with
// that publish's acknowledgement instead of storing it twice.
func (r replicator) Append(file string, expect uint64, entry []byte) (uint64, error) {
	id := nuid.Next()
	var ack *jetstream.PubAck
	err := r.attempt(func(ctx context.Context) (err error) {
		ack, err = r.n.js.Publish(ctx, dataPrefix+file, entry, jetstream.WithExpectLastSequencePerSubject(expect), jetstream.WithMsgID(id))
		return err
	})
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
	var m *jetstream.RawStreamMsg
	err := r.attempt(func(ctx context.Context) (err error) {
		m, err = r.n.st.GetLastMsgForSubject(ctx, dataPrefix+file)
		return err
	})
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
	var c jetstream.Consumer
	err := r.attempt(func(ctx context.Context) (err error) {
		c, err = r.n.js.OrderedConsumer(ctx, dataStream, cfg)
		return err
	})
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
