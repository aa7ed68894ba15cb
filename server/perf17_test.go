package server_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/madang-world/madang/server"
	"github.com/madang-world/madang/skills/store"
)

// TestTurnPackFileKeptApart: a data directory that already has the turn
// file and a pack's file of its own (booking.db, from before round v17)
// keeps that file apart by default — its bookings are read from it and
// nothing is moved — and TurnFileOne moves it into the turn file, where
// the next default start finds it.
func TestTurnPackFileKeptApart(t *testing.T) {
	dir := t.TempDir()
	write := func(name, key, value string) {
		d, err := store.OpenDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		defer d.Close()
		db, err := d.Open(name, store.Options{Durable: true})
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Update(func(tx *store.Tx) error { return store.Raw(store.NewKey(key, "1"), value).Set(tx) }); err != nil {
			t.Fatal(err)
		}
	}
	write(server.TurnDB, "conv", "a conversation")
	write("booking.db", "bk", "a booking")
	read := func(mode server.TurnFileMode) string {
		t.Helper()
		d, err := store.OpenDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		defer d.Close()
		one, err := server.ShareTurnFiles(d, mode, false)
		if err != nil || !one {
			t.Fatalf("mode %d: one = %v, err = %v", mode, one, err)
		}
		db, err := d.Open("booking.db", store.Options{Durable: true})
		if err != nil {
			t.Fatal(err)
		}
		var v string
		if err := db.View(func(tx *store.Tx) error {
			var err error
			v, err = tx.Get(store.NewKey("bk", "1"))
			return err
		}); err != nil {
			t.Fatalf("mode %d: %v", mode, err)
		}
		return v
	}
	exists := func(name string) bool {
		_, err := os.Stat(filepath.Join(dir, name))
		return !errors.Is(err, os.ErrNotExist)
	}
	for i := range 2 {
		if v := read(server.TurnFileAuto); v != "a booking" || !exists("booking.db") || exists("booking.db.migrated") {
			t.Fatalf("default start %d: %q; booking.db there: %v; moved: %v", i, v, exists("booking.db"), exists("booking.db.migrated"))
		}
	}
	if v := read(server.TurnFileOne); v != "a booking" || exists("booking.db") || !exists("booking.db.migrated") {
		t.Fatalf("moved in: %q; booking.db there: %v; moved: %v", v, exists("booking.db"), exists("booking.db.migrated"))
	}
	if v := read(server.TurnFileAuto); v != "a booking" || exists("booking.db") {
		t.Fatalf("default start after the move: %q; booking.db there: %v", v, exists("booking.db"))
	}
}
