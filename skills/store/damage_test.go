package store

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tidwall/buntdb"
)

// fill writes n records, each its own commit, and returns the file's bytes.
func fill(t *testing.T, dir string, n int) (map[string]string, []byte) {
	t.Helper()
	d, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	db, err := d.Open("t.db", Options{Durable: true})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for i := 0; i < n; i++ {
		k := fmt.Sprintf("k%03d", i)
		db.Update(func(tx *Tx) error {
			if err := SetJSON(tx, NewKey(k), map[string]any{"n": i, "text": fmt.Sprintf("기록 %d", i)}); err != nil {
				return err
			}
			want[k], _ = tx.Get(NewKey(k)) // as stored: JSON and its checksum
			return nil
		})
	}
	if _, err := d.Backup(db); err != nil {
		t.Fatal(err)
	}
	d.Close()
	data, _ := os.ReadFile(filepath.Join(dir, "t.db"))
	return want, data
}

// TestDamagedFiles is the damaged-file policy of docs/background.md §2: whatever happens to the file, the
// server starts with exactly complete records (never a half record, never
// a wrong value), or moves the file aside and restores the newest verified
// backup, or refuses to start — and after 10 more acknowledged writes and
// a reopen, everything acknowledged is there.
func TestDamagedFiles(t *testing.T) {
	base := t.TempDir()
	want, good := fill(t, base, 40)
	backups, _ := filepath.Glob(filepath.Join(base, BackupDir, "*.bak"))
	if len(backups) != 1 {
		t.Fatalf("backups %v", backups)
	}
	rng := rand.New(rand.NewPCG(4, 2))
	type damage struct {
		name string
		f    func([]byte) []byte
	}
	var cases []damage
	for cut := len(good) - 1; cut > len(good)-120; cut -= 7 {
		cases = append(cases, damage{fmt.Sprintf("tail cut at %d", cut), func(b []byte) []byte { return b[:cut] }})
	}
	for i := 0; i < 60; i++ {
		off := rng.IntN(len(good))
		cases = append(cases, damage{fmt.Sprintf("byte flip at %d", off), func(b []byte) []byte {
			c := bytes.Clone(b)
			c[off] ^= byte(1 + rng.IntN(255))
			return c
		}})
	}
	for _, n := range []int{1, 64, 4096} {
		cases = append(cases,
			damage{fmt.Sprintf("%d NULs at the head", n), func(b []byte) []byte { return append(make([]byte, n), b...) }},
			damage{fmt.Sprintf("%d NULs in the middle", n), func(b []byte) []byte {
				m := bytes.Index(b[len(b)/2:], []byte("*3\r\n")) + len(b)/2
				return append(append(bytes.Clone(b[:m]), make([]byte, n)...), b[m:]...)
			}},
			damage{fmt.Sprintf("%d NULs at the tail", n), func(b []byte) []byte { return append(bytes.Clone(b), make([]byte, n)...) }})
	}
	cases = append(cases,
		damage{"duplicated block", func(b []byte) []byte { return append(bytes.Clone(b), b[len(b)/3:len(b)/2]...) }},
		damage{"all zeros", func(b []byte) []byte { return make([]byte, len(b)) }},
		damage{"empty", func(b []byte) []byte { return nil }},
		damage{"foreign file", func([]byte) []byte { return []byte("\x89PNG\r\n\x1a\n not a database") }},
	)
	for i, tc := range cases {
		dir := t.TempDir()
		os.MkdirAll(filepath.Join(dir, BackupDir), 0o700)
		copyFile(backups[0], filepath.Join(dir, BackupDir, filepath.Base(backups[0])))
		os.WriteFile(filepath.Join(dir, "t.db"), tc.f(good), 0o600)
		os.WriteFile(filepath.Join(dir, "t.db.tmp"), []byte("leftover from a shrink"), 0o600)
		d, err := OpenDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		d.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
		db, err := d.Open("t.db", Options{Durable: true})
		if err != nil {
			if errors.Is(err, ErrDamaged) {
				t.Fatalf("case %d %s: refused although a backup exists: %v", i, tc.name, err)
			}
			t.Fatalf("case %d %s: %v", i, tc.name, err)
		}
		// Exactly complete records: every key present has its exact value.
		db.bdb.View(func(tx *buntdb.Tx) error {
			return tx.Ascend("", func(k, v string) bool {
				if want[k] != v {
					t.Errorf("case %d %s: %s = %q, want %q", i, tc.name, k, v, want[k])
				}
				return true
			})
		})
		aside, _ := filepath.Glob(filepath.Join(dir, "t.db.damaged-*"))
		n, _ := countKeys(db)
		if len(aside) == 0 && !strings.HasPrefix(tc.name, "tail cut") && !strings.Contains(tc.name, "NULs") && n != len(want) && tc.name != "empty" {
			t.Errorf("case %d %s: opened with %d of %d keys and nothing moved aside", i, tc.name, n, len(want))
		}
		for j := 0; j < 10; j++ {
			db.Update(func(tx *Tx) error { err := tx.Set(NewKey(fmt.Sprintf("new%d", j)), "v"); return err })
		}
		d.Close()
		d2, err := OpenDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		db2, err := d2.Open("t.db", Options{Durable: true})
		if err != nil {
			t.Fatalf("case %d %s: reopen after 10 writes: %v", i, tc.name, err)
		}
		for j := 0; j < 10; j++ {
			db2.View(func(tx *Tx) error {
				if _, err := tx.Get(NewKey(fmt.Sprintf("new%d", j))); err != nil {
					t.Errorf("case %d %s: acknowledged write new%d lost", i, tc.name, j)
				}
				return nil
			})
		}
		d2.Close()
	}
}

func countKeys(db *DB) (int, error) {
	n := 0
	err := db.bdb.View(func(tx *buntdb.Tx) error { n, _ = tx.Len(); return nil })
	return n, err
}

// TestDamagedWithoutBackup: refuse, and keep the file.
func TestDamagedWithoutBackup(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "t.db"), []byte("garbage\r\n"), 0o600)
	d, _ := OpenDir(dir)
	d.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	defer d.Close()
	if _, err := d.Open("t.db", Options{}); !errors.Is(err, ErrDamaged) {
		t.Fatalf("err = %v, want ErrDamaged", err)
	}
	if aside, _ := filepath.Glob(filepath.Join(dir, "t.db.damaged-*")); len(aside) != 1 {
		t.Fatal("the damaged file was not kept")
	}
}

func TestBackupRotationAndRestore(t *testing.T) {
	dir := t.TempDir()
	d, _ := OpenDir(dir)
	db, _ := d.Open("t.db", Options{Durable: true})
	for i := 0; i < KeepBackups+3; i++ {
		db.Update(func(tx *Tx) error { err := tx.Set(NewKey("n"), fmt.Sprint(i)); return err })
		if _, err := d.Backup(db); err != nil {
			t.Fatal(err)
		}
	}
	if bs, _ := d.backups("t.db"); len(bs) != KeepBackups {
		t.Fatalf("%d backups kept", len(bs))
	}
	d.Close()
	d, _ = OpenDir(dir)
	if _, err := d.Restore("t.db"); err != nil {
		t.Fatal(err)
	}
	db, _ = d.Open("t.db", Options{})
	db.View(func(tx *Tx) error {
		if v, _ := tx.Get(NewKey("n")); v != fmt.Sprint(KeepBackups+2) {
			t.Errorf("restored n = %q", v)
		}
		return nil
	})
	d.Close()
}
