package store

import (
	"fmt"
	"testing"

	"github.com/tidwall/buntdb"
)

func benchWrites(b *testing.B, durable bool) {
	d, err := OpenDir(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	db, err := d.Open("bench.db", Options{Durable: durable})
	if err != nil {
		b.Fatal(err)
	}
	v := map[string]any{"user": "u1", "room": "classroom", "x": 12, "y": 7, "text": "안녕하세요, 반가워요!"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		if err := db.Update(func(tx *buntdb.Tx) error { return SetJSON(tx, Key("k", fmt.Sprint(i%1000)), v) }); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteDurable: one record per commit, fsynced (accounts, bookings).
func BenchmarkWriteDurable(b *testing.B) { benchWrites(b, true) }

// BenchmarkWriteEverySecond: one record per commit, written at once and
// fsynced each second (chat, positions).
func BenchmarkWriteEverySecond(b *testing.B) { benchWrites(b, false) }
