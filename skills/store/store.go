// Package store is Madang's storage convention on top of buntdb: one data
// directory, locked by one process, holding one buntdb file per concern.
//
// It imports nothing of Madang, so every package that keeps durable data
// (the world server, skills, agents) uses it the same way:
//
//	dir, err := store.OpenDir("./data")   // flock on data/LOCK, or ErrLocked
//	db, err := dir.Open("madang.db", store.Options{Durable: true})
//	err = db.Update(func(tx *store.Tx) error { return store.SetJSON(tx, store.NewKey("user", id), u) })
//
// # A narrow API
//
// DB wraps buntdb and does not embed it: nothing outside this package can
// reach the buntdb handle, so no caller can open a transaction that skips
// what DB.Update does around one (replication to the cluster's log,
// group commit's shared fsync, the transaction marker a crash check
// needs). Transactions run only inside [DB.View], [DB.ViewSynced],
// [DB.ViewFresh], [DB.Update] and [DB.Write], and the [Tx] they pass
// offers what callers need and no more: Get, Set, Delete, a prefix scan
// and an index walk, plus the JSON helpers [GetJSON], [SetJSON] and
// [Unmarshal]. A Tx is dead once its function returns.
//
// # Why the ceremony
//
// buntdb has no file lock (two processes corrupt a file), does not persist
// indexes, can misplace writes after leading NUL bytes (fixed here by a
// Shrink right after Open, before any write), and does not fsync the file it
// shrinks into. See docs/background.md §2 (F-4, F-6, F-7, F-12). Every DB opened
// here is locked, shrunk, fsynced and indexed before it is returned.
//
// # Keys
//
// Keys are of type [Key], built with [NewKey] from server-generated IDs
// only. NewKey panics on anything that could be a glob metacharacter or a
// separator, because a key part taken from user text can leak other users'
// data through pattern scans (F-12); since Key is not a string, no string
// becomes one without it. Listing uses [Tx.Scan], an exact-prefix walk,
// never a glob.
//
// # Durable files: group commit
//
// A durable file (Options.Durable) on a single node does not fsync each
// commit inside buntdb's write lock. Each caller's function runs in its own
// buntdb transaction, committed to the OS, and the caller then waits for
// an fsync that covers it; callers arriving while an fsync runs share the
// next one. So one caller's failing function rolls back only its own
// writes (buntdb's own rollback) and fails no one else, a lone writer pays
// one fsync as before, and many writers pay one between them. Update
// returns only after the fsync covering what it wrote or read, and so does
// [DB.ViewSynced] for a read that acknowledges; [DB.Write] commits now and
// waits later, for callers that hold their own lock over a transaction. Every transaction also carries a marker record
// so that one cut short by a crash is cut off at open (torn.go). Why and
// how: group.go. Dir.SyncEachCommit restores an fsync per commit; cluster
// replicas keep it (their durability is the shared log's, replica.go).
package store

import (
	"bytes"
	"crypto/rand"
	"encoding/base32"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/tidwall/buntdb"
)

// Errors.
var (
	// ErrLocked means another process holds the data directory.
	ErrLocked = errors.New("data directory is in use by another process")
	// ErrNotFound is returned for missing keys (buntdb.ErrNotFound mapped at this boundary).
	ErrNotFound = errors.New("not found")
)

// Dir is a locked data directory.
type Dir struct {
	path string
	lock *os.File
	// Logger receives the loud messages about damaged files; default slog.Default().
	Logger *slog.Logger

	// Replicator, if set before the first Open, makes every database
	// opened here a replica of the cluster's shared log (cluster mode).
	Replicator Replicator
	// SnapshotEvery is how many of a file's log entries pass between its
	// snapshots, where the Replicator keeps snapshots (0:
	// DefaultSnapshotEvery).
	SnapshotEvery int
	// Snapshots counts the snapshots this directory's replicas wrote and
	// loaded.
	Snapshots SnapshotStats

	// SyncEachCommit, if set before Open, makes each commit of a durable
	// file fsync by itself inside buntdb's Commit (the path before group
	// commit, group.go): for comparison benchmarks, and a way back should
	// group commit misbehave somewhere.
	SyncEachCommit bool
	// CommitDelay is, while a durable file is under load (writers find
	// company at their fsync), the least time between the starts of its
	// fsyncs: the writers arriving meanwhile share the next one
	// (group.go). A writer alone never waits; MaxCommitDelay caps it.
	// Zero, the default, never waits (files of Share: SharedCommitDelay).
	CommitDelay time.Duration
	// SharedCommitDelay is CommitDelay for the files of Share. Files
	// written by independent arrivals (conversation turns) gain from a
	// window; callers in a closed loop (a few users booking one step
	// after another) lose by it — every step of theirs waits it out —
	// so the two are set apart. The server sets server.DefaultCommitDelay
	// here for its turn file (docs/performance.md).
	SharedCommitDelay time.Duration

	mu     sync.Mutex
	dbs    []*DB
	shares map[string]*sharedFile // by the names sharing a file (Share)
}

// OpenDir creates path if needed and takes an exclusive, non-blocking lock
// on path/LOCK. A second process gets ErrLocked at once, which mains turn
// into a non-zero exit with a clear message. The lock goes with the process,
// so a killed server never leaves a stale lock behind.
func OpenDir(path string) (*Dir, error) {
	if err := os.MkdirAll(path, 0o700); err != nil {
		return nil, fmt.Errorf("opening data directory: %w", err)
	}
	f, err := os.OpenFile(filepath.Join(path, "LOCK"), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("opening data directory: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%w: %s (is another Madang server running on it?)", ErrLocked, path)
		}
		return nil, fmt.Errorf("locking data directory %s: %w", path, err)
	}
	_ = f.Truncate(0)
	fmt.Fprintf(f, "%d\n", os.Getpid())
	return &Dir{path: path, lock: f}, nil
}

// Path returns the directory's path.
func (d *Dir) Path() string { return d.path }

// Options configure one database file.
type Options struct {
	// Durable makes every commit fsync before it returns (SyncPolicy
	// Always). Use it for anything acknowledged to a user as done: accounts,
	// bookings, orders. Otherwise commits are written at once (they survive
	// a process crash) and fsynced once a second (a power cut may lose the
	// last second): chat and positions.
	Durable bool
	// Indexes are the file's indexes (Tx.AscendIndex). buntdb does not
	// persist indexes, so they are built at every open, before the DB is
	// returned.
	Indexes []Index
}

// Index orders the JSON values stored under Prefix by one of their
// fields, for [Tx.AscendIndex]: a listing in date order, say, without
// reading every value into memory to sort it.
type Index struct {
	Name string
	// Prefix selects the keys NewKey(Prefix's parts…, more…).
	Prefix Key
	// Field is the JSON field to order by (gjson path syntax: "age",
	// "when.start"); values without it come first.
	Field string
}

// DB is one buntdb file in a Dir. It wraps buntdb instead of embedding
// it: see the package doc (A narrow API).
type DB struct {
	bdb  *buntdb.DB
	path string
	rep  *replica   // nil on a single node
	gs   *groupSync // durable file on a single node: group commit (group.go)
	// share is the shared file this DB is one name of (Dir.Share); the
	// fields above are then the shared file's.
	share  *sharedFile
	closed bool // a name of a shared file, closed (under share.mu)
}

// Open opens (creating if needed) the named file in d. A name given to
// Share opens its part of the shared file instead (share.go).
func (d *Dir) Open(name string, opts Options) (*DB, error) {
	if err := validName(name); err != nil {
		return nil, err
	}
	d.mu.Lock()
	sf := d.shares[name]
	d.mu.Unlock()
	var db *DB
	var err error
	if sf != nil {
		db, err = d.openShared(sf, name, opts)
	} else {
		db, err = d.openFile(name, opts, d.CommitDelay)
	}
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	d.dbs = append(d.dbs, db)
	d.mu.Unlock()
	return db, nil
}

func validName(name string) error {
	if strings.ContainsAny(name, `/\`) || name == "" || name == "LOCK" {
		return fmt.Errorf("opening %q: invalid database file name", name)
	}
	return nil
}

// openFile opens (creating if needed) the named file in d, on its own.
func (d *Dir) openFile(name string, opts Options, delay time.Duration) (*DB, error) {
	path := filepath.Join(d.path, name)
	if opts.Durable && d.Replicator == nil {
		// A transaction the process died while writing must not load
		// as if it were whole, nor a damaged one as valid (torn.go).
		damaged, err := d.checkTail(path)
		if err != nil {
			return nil, err
		}
		if damaged != nil {
			if err := d.openDamaged(name, path, damaged); err != nil {
				return nil, err
			}
		}
	}
	bdb, err := buntdb.Open(path)
	if errors.Is(err, buntdb.ErrInvalid) {
		// Not a cut-off tail (buntdb trims those itself): a damaged or
		// foreign file. Move it aside and restore the newest backup, or
		// refuse to start.
		if err := d.openDamaged(name, path, err); err != nil {
			return nil, err
		}
		bdb, err = buntdb.Open(path)
	}
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	if why := suspicious(bdb, path); why != "" {
		// It loaded, but not as what was written: a flipped byte inside a
		// record, or a file of zeros. Same policy as a file that does not load.
		bdb.Close()
		if err := d.openDamaged(name, path, errors.New(why)); err != nil {
			return nil, err
		}
		if bdb, err = buntdb.Open(path); err != nil {
			return nil, fmt.Errorf("opening %s: %w", path, err)
		}
		if why := suspicious(bdb, path); why != "" {
			bdb.Close()
			return nil, fmt.Errorf("%w: %s: the backup is damaged too (%s)", ErrDamaged, path, why)
		}
	}
	mode := syncAlone
	if opts.Durable && d.Replicator == nil {
		mode = syncGroup
		if d.SyncEachCommit {
			mode = syncEach
		}
	}
	db, err := setup(bdb, path, opts, mode, delay)
	if err != nil {
		bdb.Close()
		return nil, err
	}
	if d.Replicator != nil {
		if err := db.replicate(d, name); err != nil {
			bdb.Close()
			return nil, err
		}
	}
	return db, nil
}

// OpenMemory opens an in-memory DB with the same setup, for tests.
func OpenMemory(opts Options) (*DB, error) {
	bdb, err := buntdb.Open(":memory:")
	if err != nil {
		return nil, err
	}
	return setup(bdb, "", opts, syncAlone, 0)
}

// How a durable file's commits reach the disk.
const (
	syncAlone = iota // buntdb alone: in memory, not durable, or a cluster replica
	syncEach         // buntdb fsyncs each commit; transactions are marked (torn.go)
	syncGroup        // group commit (group.go); transactions are marked
)

// setup configures a freshly opened file, its commits reaching the disk
// as mode says.
func setup(bdb *buntdb.DB, path string, opts Options, mode int, delay time.Duration) (*DB, error) {
	var cfg buntdb.Config
	if err := bdb.ReadConfig(&cfg); err != nil {
		return nil, err
	}
	cfg.SyncPolicy = buntdb.EverySecond
	if opts.Durable {
		cfg.SyncPolicy = buntdb.Always
	}
	if path == "" {
		mode = syncAlone
	}
	if mode == syncGroup {
		cfg.SyncPolicy = buntdb.Never // Update waits for a shared fsync instead
	}
	// buntdb's background shrink neither fsyncs its temp file nor the
	// directory, and panics the process if its rename fails (F-6): we
	// compact ourselves (Compact), at open and on demand.
	cfg.AutoShrinkDisabled = true
	if err := bdb.SetConfig(cfg); err != nil {
		return nil, err
	}
	db := &DB{bdb: bdb, path: path}
	if mode != syncAlone {
		gs, err := newGroupSync(bdb, path, mode == syncEach, delay)
		if err != nil {
			return nil, err
		}
		db.gs = gs
	}
	// buntdb skips NUL bytes between records at load but does not count
	// them in the file offset, so the next write would land at the wrong
	// place and corrupt the file (F-4). Rewriting the file before the first
	// write removes them. The rewrite costs a fixed 250 ms (buntdb waits
	// before shrinking), so it is done only when the file has a NUL byte.
	if nul, err := hasNUL(path); err != nil {
		return nil, fmt.Errorf("scanning %s: %w", path, err)
	} else if nul {
		if err := db.Compact(); err != nil {
			db.closeSync()
			return nil, fmt.Errorf("compacting %s at open: %w", path, err)
		}
	}
	if err := addIndexes(bdb, path, opts.Indexes); err != nil {
		db.closeSync()
		return nil, err
	}
	return db, nil
}

// addIndexes builds the indexes on bdb (buntdb keeps them in memory only).
func addIndexes(bdb *buntdb.DB, path string, ixs []Index) error {
	for _, ix := range ixs {
		if ix.Name == "" || ix.Prefix.s == "" || ix.Field == "" {
			return fmt.Errorf("creating indexes on %s: index %q needs a name, a prefix and a field", path, ix.Name)
		}
		if err := bdb.ReplaceIndex(ix.Name, ix.Prefix.s+":*", buntdb.IndexJSON(ix.Field)); err != nil {
			return fmt.Errorf("creating index %s on %s: %w", ix.Name, path, err)
		}
	}
	return nil
}

// suspicious says why a loaded file cannot be trusted, or "" if it can: a
// value whose checksum fails, or a non-empty file that loaded nothing.
func suspicious(db *buntdb.DB, path string) string {
	keys, bad := checkAll(db)
	if bad > 0 {
		return fmt.Sprintf("%d of %d records fail their checksum", bad, keys)
	}
	if st, err := os.Stat(path); err == nil && st.Size() > 0 && keys == 0 {
		if nul, _ := hasNUL(path); nul {
			return fmt.Sprintf("%d bytes of NULs and no records", st.Size())
		}
	}
	return ""
}

// hasNUL reports whether the file at path contains a NUL byte.
func hasNUL(path string) (bool, error) {
	if path == "" {
		return false, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	buf := make([]byte, 1<<20)
	for {
		n, err := f.Read(buf)
		if bytes.IndexByte(buf[:n], 0) >= 0 {
			return true, nil
		}
		if errors.Is(err, io.EOF) {
			return false, nil
		}
		if err != nil {
			return false, err
		}
	}
}

// Compact rewrites the file to hold only live keys and fsyncs the new file
// and its directory, so a power cut right after cannot leave an empty file.
func (db *DB) Compact() error {
	swap := func() error {
		if err := db.bdb.Shrink(); err != nil {
			return err
		}
		if db.path == "" {
			return nil
		}
		return syncPath(db.path, filepath.Dir(db.path))
	}
	if db.gs != nil {
		// Group commit fsyncs its own descriptor on the file, which must
		// follow the file Shrink puts in its place.
		return db.gs.replaced(swap)
	}
	return swap()
}

// closeSync releases group commit's descriptor (a DB that failed setup).
func (db *DB) closeSync() {
	if db.gs != nil {
		db.gs.close()
	}
}

func syncPath(paths ...string) error {
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		err = f.Sync()
		f.Close()
		if err != nil {
			return fmt.Errorf("fsync %s: %w", p, err)
		}
	}
	return nil
}

// Path returns the DB's file path ("" in memory).
func (db *DB) Path() string { return db.path }

// Close closes every DB opened through d, then releases the lock.
func (d *Dir) Close() error {
	d.mu.Lock()
	dbs := d.dbs
	d.dbs = nil
	d.mu.Unlock()
	var errs []error
	for _, db := range dbs {
		errs = append(errs, db.Close())
	}
	if d.lock != nil {
		errs = append(errs, d.lock.Close())
		d.lock = nil
	}
	return errors.Join(errs...)
}

// Key is a database key: parts joined by ':'. It is not a string, so a
// key is either built by NewKey from server-generated identifiers or
// handed back by a scan of the file; user text cannot become one by a
// conversion (F-12).
type Key struct{ s string }

// NewKey joins parts with ':' into a key. Parts must be server-generated
// identifiers: non-empty, at most 128 bytes of [A-Za-z0-9_.-]. NewKey
// panics otherwise, because a part that could hold '*', '?', '[' or ':' is
// a programmer error that can leak data across users (F-12).
func NewKey(parts ...string) Key {
	for _, p := range parts {
		if !ValidPart(p) {
			panic(fmt.Sprintf("store.NewKey: part %q is not a server-generated identifier", p))
		}
	}
	return Key{strings.Join(parts, ":")}
}

// String returns the key as stored.
func (k Key) String() string { return k.s }

// Parts returns the key's parts (NewKey's arguments, for a key it built).
func (k Key) Parts() []string { return strings.Split(k.s, ":") }

// IsZero reports whether k is the zero Key, which names nothing.
func (k Key) IsZero() bool { return k.s == "" }

// ValidPart reports whether s may be a key part (see Key).
func ValidPart(s string) bool {
	if s == "" || len(s) > 128 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

var idEnc = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// NewID returns prefix followed by 128 random bits in lowercase base32
// (26 characters): opaque, unguessable and a valid key part.
func NewID(prefix string) string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand never fails on Linux; if it does, nothing is safe
	}
	return prefix + idEnc.EncodeToString(b[:])
}

// ErrCorrupt means a stored value does not match its checksum.
var ErrCorrupt = errors.New("stored value is corrupt")

// Values written by SetJSON carry a checksum of key and value after the
// JSON: buntdb's file format has lengths but no checksums, so a flipped byte
// inside a value would otherwise load as a valid, wrong record.
const sumMark = "\n#"

func checksum(key, val string) string {
	h := hex8(crcString(crc32.Update(crcString(0, key), crc32.IEEETable, zero), val))
	return string(h[:])
}

// sumIs reports whether checksum(key, val) == sum, without building the
// checksum's string (every read of a sealed value checks one).
func sumIs(key, val, sum string) bool {
	h := hex8(crcString(crc32.Update(crcString(0, key), crc32.IEEETable, zero), val))
	return string(h[:]) == sum
}

// hex8 is sum as fmt's %08x writes it.
func hex8(sum uint32) (h [8]byte) {
	const digits = "0123456789abcdef"
	for i := 7; i >= 0; i-- {
		h[i] = digits[sum&0xF]
		sum >>= 4
	}
	return h
}

func seal(key string, b []byte) string {
	h := hex8(crc32.Update(crc32.Update(crcString(0, key), crc32.IEEETable, zero), crc32.IEEETable, b))
	var s strings.Builder
	s.Grow(len(b) + sealLen)
	s.Write(b)
	s.WriteString(sumMark)
	s.Write(h[:])
	return s.String()
}

// sealLen is the length of the checksum suffix: "\n#" and 8 hex digits.
const sealLen = len(sumMark) + 8

// open returns the JSON of a stored value after checking its checksum. A
// sealed value is recognised by the newline at its fixed position (JSON
// never contains a raw newline), so a flip of any suffix byte is caught;
// values without a seal (raw values, older files) are returned as they are.
func open(key, stored string) (string, error) {
	if len(stored) < sealLen {
		return stored, nil
	}
	if i := len(stored) - sealLen; stored[i] != '\n' {
		// Not sealed — unless it is a seal whose newline was flipped: the
		// checksum still matches the value before it.
		if stored[i+1] == '#' && sumIs(key, stored[:i], stored[i+len(sumMark):]) {
			return "", fmt.Errorf("%w: %s", ErrCorrupt, key)
		}
		return stored, nil
	}
	i := len(stored) - sealLen
	val, mark, sum := stored[:i], stored[i:i+len(sumMark)], stored[i+len(sumMark):]
	if mark != sumMark || !sumIs(key, val, sum) {
		return "", fmt.Errorf("%w: %s", ErrCorrupt, key)
	}
	return val, nil
}

// Unmarshal decodes a stored value (as Tx.Scan yields it) into v,
// checking its checksum.
func Unmarshal(key Key, stored string, v any) error {
	val, err := open(key.s, stored)
	if err != nil {
		return err
	}
	if d, ok := v.(JSONDecoder); ok {
		if err := d.DecodeJSON(val); err != nil {
			return fmt.Errorf("decoding %s: %w", key.s, err)
		}
		return nil
	}
	if err := json.Unmarshal([]byte(val), v); err != nil {
		return fmt.Errorf("decoding %s: %w", key.s, err)
	}
	return nil
}

// GetJSON reads key into v. A missing key is ErrNotFound.
func GetJSON(tx *Tx, key Key, v any) error {
	s, err := tx.Get(key)
	if err != nil {
		return err
	}
	return Unmarshal(key, s, v)
}

// SetJSON writes v as JSON under key, with a checksum.
func SetJSON(tx *Tx, key Key, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encoding %s: %w", key.s, err)
	}
	return tx.Set(key, seal(key.s, b))
}

// checkAll verifies every checksummed value; it returns the number of keys
// and of corrupt values.
func checkAll(db *buntdb.DB) (keys, bad int) {
	db.View(func(tx *buntdb.Tx) error {
		return tx.Ascend("", func(k, v string) bool {
			keys++
			if _, err := open(k, v); err != nil {
				bad++
			}
			return true
		})
	})
	return keys, bad
}
