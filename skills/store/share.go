package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/tidwall/buntdb"
)

// Shared files: several names, one durable file.
//
// A conversation's turn writes to three durable files — the skills
// host's idempotency and audit records (skills.db), the tutor's progress
// (tutoring.db) and the conversation's state (conversations.db) — and
// each file pays its own fsyncs: about 80 µs of CPU apiece on the
// development machine's disk, and at a steady 2,500 turns a second each
// file's fsyncs were nearly alone, so a turn cost two to three fsyncs
// (docs/performance.md, "One file for a turn's writes"). Group commit
// shares an fsync only among the writers of one file. Names given to
// Dir.Share are opened as parts of one file: their transactions stay
// their own (each caller's function in its own buntdb transaction, rolled
// back alone) and share one group commit, so one fsync covers the writes
// of every name that arrived meanwhile.
//
// The names keep their keys as they are: the names sharing a file must
// use distinct first key parts (skills.db "idem", "idemx", "conf",
// "confx", "audit", "secret"; tutoring.db "prog", "cq"; conversations.db
// "conv", "mem"),
// and the migration below refuses files whose first parts meet. A scan of
// one name's prefix sees only its own keys for that reason.
//
// Migration: when the shared file is first opened, every name whose own
// file still exists is moved in. Its file is opened as any file is (a
// torn tail cut off, a damaged file restored from its backup), its
// records are copied into the shared file and fsynced, and only then is
// the old file renamed to <name>.migrated and the directory fsynced,
// before Open returns and so before anything is written to the shared
// file. A crash before the rename leaves the old file in place, and the
// next open copies it again (the same values onto the same keys: no
// writes came in between); a crash after it finds the records in the
// shared file. The old file is kept as <name>.migrated for the operator.
//
// Not in cluster mode: a replica's log is per file (replica.go).

// ErrShareCollision means two files to be moved into a shared file use
// the same first key part: their records would overwrite each other.
var ErrShareCollision = errors.New("store: files to share one file use the same keys")

type sharedFile struct {
	file  string
	names []string

	mu   sync.Mutex
	db   *DB // the file's own handle, while some name is open
	refs int
}

// Share makes the names, when opened, parts of one durable file, file
// (see above). It must be called before any of them is opened; each name
// is shared once.
func (d *Dir) Share(file string, names ...string) error {
	if err := validName(file); err != nil {
		return err
	}
	if d.Replicator != nil {
		return errors.New("store: shared files are for a single node (a replica's log is per file)")
	}
	if len(names) < 2 {
		return fmt.Errorf("store: sharing %s needs at least two names", file)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	seen := map[string]bool{file: true}
	for _, n := range names {
		if err := validName(n); err != nil {
			return err
		}
		if seen[n] || d.shares[n] != nil {
			return fmt.Errorf("store: %s is shared twice", n)
		}
		seen[n] = true
		for _, db := range d.dbs {
			if db.path == filepath.Join(d.path, n) {
				return fmt.Errorf("store: %s is already open; Share it before opening it", n)
			}
		}
	}
	sf := &sharedFile{file: file, names: append([]string(nil), names...)}
	if d.shares == nil {
		d.shares = map[string]*sharedFile{}
	}
	for _, n := range names {
		d.shares[n] = sf
	}
	return nil
}

// openShared opens name as a part of its shared file, opening the file
// (and moving the names' own files into it) if no part is open.
func (d *Dir) openShared(sf *sharedFile, name string, opts Options) (*DB, error) {
	if !opts.Durable {
		return nil, fmt.Errorf("opening %s: a shared file is durable; %s is not", sf.file, name)
	}
	sf.mu.Lock()
	defer sf.mu.Unlock()
	if sf.db == nil {
		db, err := d.openFile(sf.file, Options{Durable: true}, d.SharedCommitDelay)
		if err != nil {
			return nil, err
		}
		if err := d.moveIn(sf, db); err != nil {
			db.Close()
			return nil, err
		}
		sf.db = db
	}
	if err := addIndexes(sf.db.bdb, sf.db.path, opts.Indexes); err != nil {
		if sf.refs == 0 {
			sf.db.Close()
			sf.db = nil
		}
		return nil, err
	}
	sf.refs++
	return &DB{bdb: sf.db.bdb, path: sf.db.path, gs: sf.db.gs, share: sf}, nil
}

// release closes one name of the shared file, and the file with its last.
func (sf *sharedFile) release(db *DB) error {
	sf.mu.Lock()
	defer sf.mu.Unlock()
	if db.closed {
		return nil
	}
	db.closed = true
	if sf.refs--; sf.refs > 0 || sf.db == nil {
		return nil
	}
	err := sf.db.Close()
	sf.db = nil
	return err
}

// moveIn moves every name's own file, if it exists, into the shared file
// dst (see Migration above).
func (d *Dir) moveIn(sf *sharedFile, dst *DB) error {
	type old struct {
		name string
		db   *DB
	}
	var olds []old
	defer func() {
		for _, o := range olds {
			o.db.Close()
		}
	}()
	firsts := map[string]string{} // first key part → the name whose file holds it
	for _, name := range sf.names {
		path := filepath.Join(d.path, name)
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			continue
		} else if err != nil {
			return fmt.Errorf("moving %s into %s: %w", name, sf.file, err)
		}
		db, err := d.openFile(name, Options{Durable: true}, 0)
		if err != nil {
			return fmt.Errorf("moving %s into %s: %w", name, sf.file, err)
		}
		olds = append(olds, old{name, db})
		mine := map[string]bool{}
		db.bdb.View(func(tx *buntdb.Tx) error {
			return tx.Ascend("", func(k, _ string) bool {
				first, _, _ := strings.Cut(k, ":")
				mine[first] = true
				return true
			})
		})
		for first := range mine {
			if other, ok := firsts[first]; ok {
				return fmt.Errorf("%w: %s and %s both have keys %s:…", ErrShareCollision, other, name, first)
			}
			firsts[first] = name
		}
	}
	for _, o := range olds {
		if err := copyInto(dst, o.db); err != nil {
			return fmt.Errorf("moving %s into %s: %w", o.name, sf.file, err)
		}
	}
	// Every record is in the shared file and fsynced (Update waits for
	// it): only now may the old files go.
	moveHook("copied")
	for _, o := range olds {
		if err := o.db.Close(); err != nil {
			return fmt.Errorf("moving %s into %s: %w", o.name, sf.file, err)
		}
		path := filepath.Join(d.path, o.name)
		if err := os.Rename(path, path+".migrated"); err != nil {
			return fmt.Errorf("moving %s into %s: %w", o.name, sf.file, err)
		}
		moveHook("renamed")
		d.log().Info("moved a file into its shared file", "file", o.name, "into", sf.file, "kept as", o.name+".migrated")
	}
	olds = nil
	return syncPath(d.path)
}

// moveHook marks a migration's steps (tests kill the process at one).
var moveHook = func(step string) {}

// moveBatch is how many records one transaction of a migration copies.
const moveBatch = 1000

// copyInto copies every record of src into dst, in transactions of
// moveBatch records, each fsynced before the next.
func copyInto(dst, src *DB) error {
	type kv struct{ k, v string }
	var all []kv
	src.bdb.View(func(tx *buntdb.Tx) error {
		return tx.Ascend("", func(k, v string) bool {
			if !strings.HasPrefix(k, txnMark) && k != appliedKey {
				all = append(all, kv{k, v})
			}
			return true
		})
	})
	for len(all) > 0 {
		moveHook("batch")
		batch := all[:min(moveBatch, len(all))]
		all = all[len(batch):]
		err := dst.gs.update(func(tx *buntdb.Tx) error {
			for _, r := range batch {
				if _, _, err := tx.Set(r.k, r.v, nil); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}
