package cluster

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/madang-world/madang/skills/store"
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
		m := &nats.Msg{Subject: dataPrefix + file, Data: entry, Header: nats.Header{prevHeader: []string{strconv.FormatUint(expect, 10)}}}
		ack, err = r.n.js.PublishMsg(ctx, m, jetstream.WithExpectLastSequencePerSubject(expect), jetstream.WithMsgID(id))
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

// prevHeader carries an entry's predecessor (its Append's expect), which
// followers check to notice entries trimmed behind a snapshot.
const prevHeader = "Madang-Prev"

func (r replicator) Follow(file string, after uint64, fn func(uint64, uint64, []byte)) (func(), error) {
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
		prev := uint64(store.NoPrev)
		if v := m.Headers().Get(prevHeader); v != "" {
			if p, err := strconv.ParseUint(v, 10, 64); err == nil {
				prev = p
			}
		}
		fn(md.Sequence.Stream, prev, m.Data())
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

// snapshotTimeout bounds one snapshot's upload or download.
const snapshotTimeout = time.Minute

func snapKey(file string) string { return base64.RawURLEncoding.EncodeToString([]byte(file)) }

// snapName names one upload of a snapshot: two replicas at the same entry
// may upload at once, and each must delete only its own if it loses.
func snapName(file string, seq uint64) string {
	return file + "@" + strconv.FormatUint(seq, 10) + "@" + nuid.Next()
}

// snapshotAt returns file's snapshot pointer — the newest snapshot's
// sequence and object name — and its revision (all zero: none). The
// pointer's value is "<seq> <name>".
func (r replicator) snapshotAt(file string) (seq uint64, name string, rev uint64, err error) {
	var e jetstream.KeyValueEntry
	err = r.attempt(func(ctx context.Context) (err error) {
		e, err = r.n.snapKV.Get(ctx, snapKey(file))
		return err
	})
	if errors.Is(err, jetstream.ErrKeyNotFound) {
		return 0, "", 0, nil
	}
	if err != nil {
		return 0, "", 0, err
	}
	s, name, _ := strings.Cut(string(e.Value()), " ")
	seq, err = strconv.ParseUint(s, 10, 64)
	if err != nil || name == "" {
		return 0, "", 0, fmt.Errorf("snapshot pointer of %s: %q is not \"<seq> <name>\"", file, e.Value())
	}
	return seq, name, e.Revision(), nil
}

func (r replicator) SnapshotSeq(file string) (uint64, error) {
	seq, _, _, err := r.snapshotAt(file)
	return seq, err
}

// LoadSnapshot reads the newest snapshot, trying again (with the pointer
// read anew) until snapshotTimeout: a snapshot replaced while it is read
// is deleted under the reader (not found, or chunks missing: "digests do
// not match"), and right after a node restarts the store's stream may
// have no leader for a moment.
func (r replicator) LoadSnapshot(file string) (uint64, []byte, error) {
	deadline := time.Now().Add(snapshotTimeout)
	for {
		seq, name, _, err := r.snapshotAt(file)
		if err != nil || seq == 0 {
			return 0, nil, err
		}
		ctx, cancel := context.WithTimeout(r.n.ctx, snapshotTimeout/4)
		data, err := r.n.snapObj.GetBytes(ctx, name)
		cancel()
		if err == nil {
			return seq, data, nil
		}
		if time.Now().After(deadline) || r.n.ctx.Err() != nil {
			return 0, nil, fmt.Errorf("snapshot %s: %w", name, err)
		}
		r.n.log.Debug("cluster: reading a snapshot again", "name", name, "err", err)
		time.Sleep(250 * time.Millisecond)
	}
}

// SaveSnapshot uploads the snapshot under its own name, then moves the
// file's pointer to it by compare-and-set (so a slower replica's older
// snapshot never replaces a newer one), then trims the log before seq and
// deletes the snapshot it replaced. A replica that read the old pointer
// just before and follows the log after the trim sees the gap and loads
// the new snapshot (store.DB.resync).
func (r replicator) SaveSnapshot(file string, seq uint64, data []byte) (bool, error) {
	cur, old, rev, err := r.snapshotAt(file)
	if err != nil || seq <= cur {
		return false, err
	}
	name := snapName(file, seq)
	ctx, cancel := context.WithTimeout(r.n.ctx, snapshotTimeout)
	defer cancel()
	if _, err := r.n.snapObj.PutBytes(ctx, name, data); err != nil {
		return false, fmt.Errorf("uploading snapshot %s: %w", name, err)
	}
	val := []byte(strconv.FormatUint(seq, 10) + " " + name)
	if rev == 0 {
		_, err = r.n.snapKV.Create(ctx, snapKey(file), val)
	} else {
		_, err = r.n.snapKV.Update(ctx, snapKey(file), val, rev)
	}
	if err != nil {
		r.n.snapObj.Delete(ctx, name)
		if errors.Is(err, jetstream.ErrKeyExists) || errors.Is(err, jetstream.ErrKeyRevisionMismatch) {
			return false, nil // another replica's snapshot got there first
		}
		return false, fmt.Errorf("moving the snapshot pointer of %s: %w", file, err)
	}
	if err := r.n.st.Purge(ctx, jetstream.WithPurgeSubject(dataPrefix+file), jetstream.WithPurgeSequence(seq)); err != nil {
		return true, fmt.Errorf("trimming the log of %s before %d: %w", file, seq, err)
	}
	if old != "" {
		r.n.snapObj.Delete(ctx, old)
	}
	r.n.log.Info("cluster: snapshot taken, log trimmed", "file", file, "seq", seq, "bytes", len(data))
	return true, nil
}
