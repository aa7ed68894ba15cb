package store

import (
	"errors"
	"fmt"
	"strings"

	"github.com/tidwall/buntdb"
)

// Tx is one transaction, passed to the function given to View, Update and
// the other DB methods. It is dead once that function returns: every
// method then fails with ErrTxDone, so a Tx kept beyond its function
// cannot write outside the transaction DB.Update replicated and synced.
type Tx struct {
	tx *buntdb.Tx
}

// Errors of transactions. ErrReadOnly and ErrClosed are buntdb's own
// values, so errors.Is matches them whichever layer returned them.
var (
	// ErrReadOnly means a write in a read-only transaction (View).
	ErrReadOnly = buntdb.ErrTxNotWritable
	// ErrClosed means the database is closed.
	ErrClosed = buntdb.ErrDatabaseClosed
	// ErrTxDone means a Tx used after its function returned.
	ErrTxDone = errors.New("store: transaction used after its function returned")
	// ErrReservedKey means a write of a key the store keeps for itself
	// (the replica's log position).
	ErrReservedKey = errors.New("store: key reserved by the store")
)

// run calls fn with a Tx over btx and kills the Tx when fn returns.
func run(btx *buntdb.Tx, fn func(*Tx) error) error {
	tx := &Tx{tx: btx}
	defer func() { tx.tx = nil }()
	return fn(tx)
}

// wrap turns a caller's function into one over buntdb's transaction.
func wrap(fn func(*Tx) error) func(*buntdb.Tx) error {
	return func(btx *buntdb.Tx) error { return run(btx, fn) }
}

func (t *Tx) raw() (*buntdb.Tx, error) {
	if t == nil || t.tx == nil {
		return nil, ErrTxDone
	}
	return t.tx, nil
}

// writable checks a key about to be written.
func writable(k Key) error {
	switch {
	case k.s == "":
		return errors.New("store: write of the zero Key")
	case k.s == appliedKey:
		return fmt.Errorf("%w: %s", ErrReservedKey, k.s)
	}
	return nil
}

// Get returns the value stored under k as it was written (a value written
// by SetJSON carries its checksum: read it with GetJSON or Unmarshal). A
// missing key is ErrNotFound.
func (t *Tx) Get(k Key) (string, error) {
	btx, err := t.raw()
	if err != nil {
		return "", err
	}
	v, err := btx.Get(k.s)
	if errors.Is(err, buntdb.ErrNotFound) {
		return "", ErrNotFound
	}
	return v, err
}

// Set stores v under k, as it is (no checksum: see SetJSON).
func (t *Tx) Set(k Key, v string) error {
	btx, err := t.raw()
	if err != nil {
		return err
	}
	if err := writable(k); err != nil {
		return err
	}
	_, _, err = btx.Set(k.s, v, nil)
	return err
}

// Delete removes k; a missing key is not an error.
func (t *Tx) Delete(k Key) error {
	btx, err := t.raw()
	if err != nil {
		return err
	}
	if err := writable(k); err != nil {
		return err
	}
	_, err = btx.Delete(k.s)
	if errors.Is(err, buntdb.ErrNotFound) {
		return nil
	}
	return err
}

// Scan calls fn for every key that starts with prefix+":" in key order,
// until fn returns false. It is an exact-prefix walk, never a glob. fn
// must not write in the transaction while it scans (buntdb's rule for
// iterators): collect the keys, then write.
func (t *Tx) Scan(prefix Key, fn func(k Key, v string) bool) error {
	btx, err := t.raw()
	if err != nil {
		return err
	}
	p := prefix.s + ":"
	return btx.AscendGreaterOrEqual("", p, func(k, v string) bool {
		if !strings.HasPrefix(k, p) {
			return false
		}
		return fn(Key{k}, v)
	})
}

// AscendIndex calls fn for every value of the named index (Options.Indexes)
// in the order of its field, until fn returns false.
func (t *Tx) AscendIndex(index string, fn func(k Key, v string) bool) error {
	btx, err := t.raw()
	if err != nil {
		return err
	}
	if index == "" {
		return errors.New("store: AscendIndex needs an index name (Options.Indexes)")
	}
	return btx.Ascend(index, func(k, v string) bool { return fn(Key{k}, v) })
}

// View runs fn in a read-only transaction. It does not wait for an fsync:
// a read serves what is committed (ViewSynced waits).
func (db *DB) View(fn func(tx *Tx) error) error {
	return db.bdb.View(wrap(fn))
}

// Close closes the file: a replica stops following its log, and group
// commit fsyncs what its waiting writers wrote. Closing a closed DB does
// nothing (Dir.Close closes every DB opened through it).
func (db *DB) Close() error {
	if db.share != nil {
		return db.share.release(db)
	}
	if db.rep != nil {
		db.rep.close()
	}
	var errs []error
	if err := db.bdb.Close(); err != nil && !errors.Is(err, buntdb.ErrDatabaseClosed) {
		errs = append(errs, fmt.Errorf("closing %s: %w", db.path, err))
	}
	if db.gs != nil {
		// After buntdb's Close no transaction can start: a last fsync
		// answers the writers still waiting for one.
		errs = append(errs, db.gs.close())
	}
	return errors.Join(errs...)
}
