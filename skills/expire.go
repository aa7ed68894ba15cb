package skills

import (
	"fmt"
	"time"

	"github.com/madang-world/madang/skills/store"
)

// Expiry of the host's records.
//
// Every call that changes data leaves an idempotency record (idem:<op>,
// with the call's answer) and an audit entry in skills.db, and buntdb
// keeps the whole file in memory: about 0.75 KB a call, kept forever,
// so the heap grew with every turn (2.2–2.8 GB after 1.5 million tutor
// turns, docs/performance.md) and every collection marked more of it.
//
// An idempotency record exists to answer a retry: a client that lost the
// answer sends the same call again with the same key, seconds or minutes
// later, after a restart at most hours later. It is kept for
// IdempotencyTTL (default a day), and a record older than that counts as
// absent whether or not it has been removed yet, so what a retry gets
// never depends on how far the sweep has come: within the TTL the first
// answer, after it a new call. A tool that derives what it creates from
// OpID (the same for every retry of a key) still finds its own record
// then, so even a retry after the TTL creates nothing twice; one that
// does not would run again, which is why the TTL is never below
// MinIdempotencyTTL — twice the longest confirmation (a confirmed call
// runs under the key its prepare named).
//
// Audit entries are kept for AuditRetention (default a week; negative:
// forever). What stays in memory is then the calls of that period: about
// 0.4 KB an audited call (a campus of 1,000 calls an hour keeps about
// 70 MB). An operator who must keep more copies Host.Audit out; a
// longer retention costs heap, not correctness.
//
// The sweep runs inside the transaction that writes a call's records
// (Host.audit) — no transaction, goroutine or timer of its own, and the
// host's clock (HostOptions.Clock) decides, never the machine's. Every
// sweepEvery-th such transaction removes up to expireBatch expired
// records of each kind from the oldest end: the calls in between add at
// most sweepEvery of each, so the sweep keeps up with twice their rate,
// and after a pause it catches up a few records a call rather than
// holding the file's write lock for one long sweep. (A sweep with every
// call cost about 10 allocations a call even with nothing to remove.)
//
// Audit keys start with their time (audit:<unix ns>:…), so the oldest are
// first in key order. An idempotency record is looked up by its op, so
// it has an index entry, idemx:<unix ms>:<op>, written in the same
// transaction as the record; the sweep removes both together. A record
// written again under the same op (its predecessor had expired) drops
// the old index entry in the same transaction, so the sweep never removes
// a live record through a stale entry. Records written before this index
// existed get their entries at the host's first start with it
// (indexIdempotency).
//
// Confirmations (conf:<hash of the nonce>, one per prepared irreversible
// call, with its user, tool, arguments' hash, expiry and whether it was
// used) are removed by the same sweep once they have been expired for
// IdempotencyTTL: an index entry confx:<expiry, unix ms>:<hash> is written
// with each. Nothing a caller can see changes when one goes. From its
// expiry on a confirmation is refused whatever it holds ("expired", or
// "already used"), and a removed one is refused as unknown: no nonce is
// ever issued twice (random, 128 bits), so a removed record can never
// let a confirm through. A confirmed call's retry is answered from its
// idempotency record, looked up before the confirmation, for the same
// IdempotencyTTL — so for as long as a retry of the call gets its first
// answer, its confirmation is also there as it was; after that both are
// gone and the call is forgotten. Confirmations written before the index
// get their entries at the host's first start (indexConfirmations).
const (
	DefaultIdempotencyTTL = 24 * time.Hour
	MinIdempotencyTTL     = 2 * MaxConfirmTTL
	DefaultAuditRetention = 7 * 24 * time.Hour
)

// sweepEvery and expireBatch: which record-writing transactions sweep,
// and how many records of each kind one sweep removes at most.
const (
	sweepEvery  = 8
	expireBatch = 2 * sweepEvery
)

// idemMark is the marker's entry; it and every index entry have an empty
// value (nothing reads them but their keys).
var idemMark = store.Raw(idemIndexedKey, "")

// idemIndexKey is the index entry of the record of op written at ms.
func idemIndexKey(ms int64, op string) store.Key { return timeKey("idemx", ms, op) }

// confIndexKey is the index entry of the confirmation id (the hash of its
// nonce) that expires at ms.
func confIndexKey(ms int64, id string) store.Key { return timeKey("confx", ms, id) }

// timeKey is the key kind:<ms, zero-padded to 20>:id.
func timeKey(kind string, ms int64, id string) store.Key {
	if ms < 0 || ms > 99999999999999999 {
		return store.NewKey(kind, zeroPad(ms, 20), id)
	}
	var b [20]byte // zeroPad(ms, 20), one allocation instead of three
	for i := len(b) - 1; i >= 0; i-- {
		b[i] = byte('0' + ms%10)
		ms /= 10
	}
	return store.NewKey(kind, string(b[:]), id)
}

// confIndexedKey marks skills.db as holding an index entry for every
// confirmation (it sorts after every time, as idemIndexedKey does).
var confIndexedKey = store.NewKey("confx", "all")

var confMark = store.Raw(confIndexedKey, "")

// idemIndexedKey marks skills.db as holding an index entry for every
// idempotency record ("all" sorts after every time: the sweep stops at
// it).
var idemIndexedKey = store.NewKey("idemx", "all")

// idemExpired reports whether a record written at ms (Unix ms) has expired.
func (h *Host) idemExpired(ms int64) bool {
	return ms < h.opts.Clock.Now().Add(-h.opts.IdempotencyTTL).UnixMilli()
}

// expire removes up to expireBatch expired audit entries and
// idempotency records (with their index entries), as of now, in tx.
func (h *Host) expire(tx *store.Tx, now time.Time) error {
	if !h.idemMarked.Load() {
		// Every record from now on has its index entry. Should this
		// transaction fail, the next start indexes again (the same keys).
		if err := idemMark.Set(tx); err != nil {
			return err
		}
		h.idemMarked.Store(true)
	}
	if !h.confMarked.Load() {
		if err := confMark.Set(tx); err != nil {
			return err
		}
		h.confMarked.Store(true)
	}
	if h.sweeps.Add(1)%sweepEvery != 0 {
		return nil
	}
	var buf [5 * expireBatch]store.Key
	drop := buf[:0]
	if h.opts.AuditRetention > 0 {
		cut := now.Add(-h.opts.AuditRetention).UnixNano()
		err := tx.Scan(auditPrefix, func(k store.Key, _ string) bool {
			if t, _, ok := keyTime(k, "audit:"); !ok || t >= cut || len(drop) == expireBatch {
				return false
			}
			drop = append(drop, k)
			return true
		})
		if err != nil {
			return err
		}
	}
	cut := now.Add(-h.opts.IdempotencyTTL).UnixMilli()
	n := 0
	err := tx.Scan(idemIndexPrefix, func(k store.Key, _ string) bool {
		t, op, ok := keyTime(k, "idemx:")
		if !ok || t >= cut || n == expireBatch || !store.ValidPart(op) {
			return false // op: not an entry this file writes: leave it alone
		}
		drop = append(drop, k, store.NewKey("idem", op))
		n++
		return true
	})
	if err != nil {
		return err
	}
	// Confirmations expired for IdempotencyTTL (their index entries are
	// ordered by expiry).
	n = 0
	err = tx.Scan(confIndexPrefix, func(k store.Key, _ string) bool {
		t, id, ok := keyTime(k, "confx:")
		if !ok || t >= cut || n == expireBatch || !store.ValidPart(id) {
			return false
		}
		drop = append(drop, k, store.NewKey("conf", id))
		n++
		return true
	})
	if err != nil {
		return err
	}
	for _, k := range drop {
		if err := tx.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

var auditPrefix, idemIndexPrefix, confIndexPrefix = store.NewKey("audit"), store.NewKey("idemx"), store.NewKey("confx")

// keyTime reads a key prefix+<time>:<rest>, the time a run of at most 18
// digits (zero-padded to 20: the sweep reads them as it finds them, without
// a string for the cut-off).
func keyTime(k store.Key, prefix string) (t int64, rest string, ok bool) {
	s := k.String()
	if len(s) <= len(prefix) || s[:len(prefix)] != prefix {
		return 0, "", false
	}
	s = s[len(prefix):]
	i := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		if t > (1<<63-1)/10-9 {
			return 0, "", false
		}
		t = t*10 + int64(s[i]-'0')
	}
	if i == 0 || i == len(s) || s[i] != ':' {
		return 0, "", false
	}
	return t, s[i+1:], true
}

// indexIdempotency gives every idempotency record written before the
// index existed its index entry, once (indexRecords).
func (h *Host) indexIdempotency() error {
	done, err := h.indexRecords(idemIndexedKey, "idem", func(k store.Key, v string) (store.Sealed, bool) {
		var r idemRec
		op := k.String()[len("idem:"):]
		if store.Unmarshal(k, v, &r) != nil || !store.ValidPart(op) {
			return store.Sealed{}, false // unreadable: a lookup treats it as an error, as before
		}
		return store.Raw(idemIndexKey(r.At, op), ""), true
	})
	h.idemMarked.Store(done)
	if err != nil {
		return fmt.Errorf("skills: indexing idempotency records for expiry: %w", err)
	}
	return nil
}

// indexConfirmations gives every confirmation written before the index
// existed its index entry, once (indexRecords).
func (h *Host) indexConfirmations() error {
	done, err := h.indexRecords(confIndexedKey, "conf", func(k store.Key, v string) (store.Sealed, bool) {
		var r confRec
		id := k.String()[len("conf:"):]
		if store.Unmarshal(k, v, &r) != nil || !store.ValidPart(id) {
			return store.Sealed{}, false // unreadable: consume refuses it, as before
		}
		return store.Raw(confIndexKey(r.Expires, id), ""), true
	})
	h.confMarked.Store(done)
	if err != nil {
		return fmt.Errorf("skills: indexing confirmations for expiry: %w", err)
	}
	return nil
}

// indexRecords writes the index entries of the records under kind, unless
// marker is there: the records are read in one transaction and their
// entries written in transactions of up to 1,000, the marker last. A
// crash midway leaves entries written again at the next start (the same
// keys). done reports whether every record has its entry; with nothing to
// index it is false and the first call's records write the marker
// (expire), so a start never writes.
func (h *Host) indexRecords(marker store.Key, kind string, entry func(k store.Key, v string) (store.Sealed, bool)) (done bool, err error) {
	var todo []store.Sealed
	err = h.db.View(func(tx *store.Tx) error {
		if _, err := tx.Get(marker); err == nil {
			done = true
			return nil
		}
		return tx.Scan(store.NewKey(kind), func(k store.Key, v string) bool {
			if e, ok := entry(k, v); ok {
				todo = append(todo, e)
			}
			return true
		})
	})
	if err != nil || done || len(todo) == 0 {
		return done, err
	}
	todo = append(todo, store.Raw(marker, ""))
	for len(todo) > 0 {
		batch := todo[:min(len(todo), 1000)]
		todo = todo[len(batch):]
		if err := h.db.Update(func(tx *store.Tx) error {
			for _, s := range batch {
				if err := s.Set(tx); err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			return false, err
		}
	}
	return true, nil
}
