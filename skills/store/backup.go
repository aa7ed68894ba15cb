package store

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/tidwall/buntdb"
)

// ErrDamaged means a database file could not be read and no verified
// backup was there to restore. The server must not serve writes on it: an
// empty database would silently lose everything the file held.
var ErrDamaged = errors.New("database file is damaged and there is no backup to restore")

// BackupDir is where backups live, inside the data directory.
const BackupDir = "backups"

// KeepBackups is how many backups of each file are kept.
const KeepBackups = 5

// openDamaged handles a file buntdb refused (anything but a cut-off tail,
// which buntdb itself trims to the last complete record): the file is moved
// aside — never deleted — the newest verified backup is put in its place,
// and all of it is logged loudly. Without a backup it returns ErrDamaged.
func (d *Dir) openDamaged(name, path string, cause error) error {
	aside := fmt.Sprintf("%s.damaged-%d", path, time.Now().UnixNano())
	if err := os.Rename(path, aside); err != nil {
		return fmt.Errorf("moving damaged %s aside: %w", path, err)
	}
	syncPath(filepath.Dir(path))
	backup, err := d.newestBackup(name)
	if err != nil {
		d.log().Error("DATABASE DAMAGED, NO BACKUP: refusing to start on it", "file", path, "moved_to", aside, "cause", cause)
		return fmt.Errorf("%w: %s (moved to %s): %v", ErrDamaged, path, aside, cause)
	}
	if err := copyFile(backup, path); err != nil {
		return fmt.Errorf("restoring %s from %s: %w", path, backup, err)
	}
	d.log().Error("DATABASE DAMAGED: restored the newest verified backup; writes since that backup are lost",
		"file", path, "moved_to", aside, "backup", backup, "cause", cause)
	return nil
}

func (d *Dir) log() *slog.Logger {
	if d.Logger != nil {
		return d.Logger
	}
	return slog.Default()
}

// Backup writes a verified copy of db into the backups directory: Save to
// a temporary file, fsync, check that it loads, rename, fsync the
// directory; then only the newest KeepBackups are kept.
func (d *Dir) Backup(db *DB) (string, error) {
	if db.path == "" {
		return "", errors.New("backup: in-memory database")
	}
	name := filepath.Base(db.path)
	dir := filepath.Join(d.path, BackupDir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	tmp, err := os.CreateTemp(dir, name+".tmp-*")
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp.Name())
	if err := db.bdb.Save(tmp); err != nil {
		tmp.Close()
		return "", fmt.Errorf("backup of %s: %w", name, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return "", fmt.Errorf("backup of %s: fsync: %w", name, err)
	}
	tmp.Close()
	if err := verify(tmp.Name()); err != nil {
		return "", fmt.Errorf("backup of %s does not load: %w", name, err)
	}
	final := filepath.Join(dir, fmt.Sprintf("%s.%d.bak", name, time.Now().UnixNano()))
	if err := os.Rename(tmp.Name(), final); err != nil {
		return "", err
	}
	if err := syncPath(dir); err != nil {
		return "", err
	}
	backups, _ := d.backups(name)
	for len(backups) > KeepBackups {
		os.Remove(backups[0])
		backups = backups[1:]
	}
	return final, nil
}

// verify loads a database file in memory to prove it is readable, without
// touching it: buntdb would truncate a cut-off tail, so it loads a copy.
func verify(path string) error {
	f, err := os.CreateTemp("", "madang-verify-*")
	if err != nil {
		return err
	}
	f.Close()
	defer os.Remove(f.Name())
	if err := copyFile(path, f.Name()); err != nil {
		return err
	}
	db, err := buntdb.Open(f.Name())
	if err != nil {
		return err
	}
	return db.Close()
}

// backups lists the backups of name, oldest first.
func (d *Dir) backups(name string) ([]string, error) {
	matches, err := filepath.Glob(filepath.Join(d.path, BackupDir, name+".*.bak"))
	if err != nil {
		return nil, err
	}
	sort.Slice(matches, func(i, j int) bool { return stamp(matches[i]) < stamp(matches[j]) })
	return matches, nil
}

func stamp(path string) int64 {
	var n int64
	parts := strings.Split(filepath.Base(path), ".")
	if len(parts) >= 3 {
		fmt.Sscan(parts[len(parts)-2], &n)
	}
	return n
}

// newestBackup returns the newest backup of name that loads.
func (d *Dir) newestBackup(name string) (string, error) {
	backups, err := d.backups(name)
	if err != nil {
		return "", err
	}
	for i := len(backups) - 1; i >= 0; i-- {
		if verify(backups[i]) == nil {
			return backups[i], nil
		}
	}
	return "", os.ErrNotExist
}

// Restore replaces the named file with its newest verified backup, moving
// the current file aside. The directory must be locked by this process
// (no server running on it).
func (d *Dir) Restore(name string) (string, error) {
	backup, err := d.newestBackup(name)
	if err != nil {
		return "", fmt.Errorf("restore %s: no verified backup", name)
	}
	path := filepath.Join(d.path, name)
	if _, err := os.Stat(path); err == nil {
		if err := os.Rename(path, fmt.Sprintf("%s.replaced-%d", path, time.Now().UnixNano())); err != nil {
			return "", err
		}
	}
	if err := copyFile(backup, path); err != nil {
		return "", err
	}
	return backup, syncPath(d.path)
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// BackupAll backs up every file opened through d.
func (d *Dir) BackupAll() error {
	d.mu.Lock()
	dbs := append([]*DB(nil), d.dbs...)
	d.mu.Unlock()
	var errs []error
	seen := map[string]bool{} // the names of a shared file are one file
	for _, db := range dbs {
		if seen[db.path] {
			continue
		}
		seen[db.path] = true
		if _, err := d.Backup(db); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
