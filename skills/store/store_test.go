package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tidwall/buntdb"
)

func TestDirLock(t *testing.T) {
	path := t.TempDir()
	d, err := OpenDir(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := OpenDir(path); !errors.Is(err, ErrLocked) {
		t.Fatalf("second OpenDir: %v, want ErrLocked", err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	d2, err := OpenDir(path)
	if err != nil {
		t.Fatalf("reopen after close: %v", err)
	}
	d2.Close()
}

func TestPersistAndIndexes(t *testing.T) {
	path := t.TempDir()
	idx := []Index{{Name: "age", Prefix: NewKey("u"), Field: "age"}}
	for round := 0; round < 2; round++ {
		d, err := OpenDir(path)
		if err != nil {
			t.Fatal(err)
		}
		db, err := d.Open("t.db", Options{Durable: true, Indexes: idx})
		if err != nil {
			t.Fatal(err)
		}
		if round == 0 {
			err = db.Update(func(tx *Tx) error {
				for i, id := range []string{"b", "a", "c"} {
					if err := SetJSON(tx, NewKey("u", id), map[string]int{"age": 30 - i}); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		}
		var order []string
		db.View(func(tx *Tx) error {
			return tx.AscendIndex("age", func(k Key, v string) bool { order = append(order, k.String()); return true })
		})
		if strings.Join(order, ",") != "u:c,u:a,u:b" {
			t.Fatalf("round %d: index order %v", round, order)
		}
		d.Close()
	}
}

func TestKeyRejectsUserText(t *testing.T) {
	for _, bad := range []string{"", "*", "a?b", "a:b", "[a-z]*", "알리스", strings.Repeat("a", 129), "a b"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("NewKey(%q) did not panic", bad)
				}
			}()
			NewKey("cart", bad)
		}()
	}
	if id := NewID("u_"); !ValidPart(id) || len(id) != 28 {
		t.Fatalf("NewID = %q", id)
	}
}

// TestScanIsExact: a user whose id is a prefix of another's sees only their own keys.
func TestScanIsExact(t *testing.T) {
	db, err := OpenMemory(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.Update(func(tx *Tx) error {
		for _, u := range []string{"alice", "alice2", "alice.x", "bob"} {
			for _, it := range []string{"1", "2"} {
				tx.Set(NewKey("cart", u, it), u)
			}
		}
		return nil
	})
	db.View(func(tx *Tx) error {
		n := 0
		tx.Scan(NewKey("cart", "alice"), func(k Key, v string) bool {
			if v != "alice" {
				t.Errorf("alice's scan returned %s (%s)", k, v)
			}
			n++
			return true
		})
		if n != 2 {
			t.Errorf("alice has %d items, want 2", n)
		}
		return nil
	})
}

// TestLeadingNULs reproduces buntdb's F-4 (NUL bytes before valid records
// make the next write land at the wrong offset) and shows Open avoids it.
func TestLeadingNULs(t *testing.T) {
	path := t.TempDir()
	file := filepath.Join(path, "t.db")
	raw, err := buntdb.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	raw.Update(func(tx *buntdb.Tx) error {
		for _, k := range []string{"k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"} {
			tx.Set(k, strings.Repeat("v", 20), nil)
		}
		return nil
	})
	raw.Close()
	data, _ := os.ReadFile(file)
	os.WriteFile(file, append(make([]byte, 64), data...), 0o600)

	for round := 0; round < 2; round++ {
		d, err := OpenDir(path)
		if err != nil {
			t.Fatal(err)
		}
		db, err := d.Open("t.db", Options{Durable: true})
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		db.Update(func(tx *Tx) error { err := tx.Set(NewKey("new"), "value"); return err })
		n := 0
		db.bdb.View(func(tx *buntdb.Tx) error { n, _ = tx.Len(); return nil })
		if n != 10 {
			t.Fatalf("round %d: %d keys, want 10", round, n)
		}
		d.Close()
	}
}

func TestGetJSONNotFound(t *testing.T) {
	db, _ := OpenMemory(Options{})
	defer db.Close()
	db.View(func(tx *Tx) error {
		var v map[string]any
		if err := GetJSON(tx, NewKey("nope"), &v); !errors.Is(err, ErrNotFound) {
			t.Errorf("err = %v", err)
		}
		return nil
	})
}
