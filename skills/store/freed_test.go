package store

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"unsafe"
	"weak"
)

// TestReplacedValuesFreed: a value replaced by a later write is garbage.
// buntdb keeps a file's current values in memory, and nothing else: a
// conversation's state saved on every turn must cost one state of memory,
// not one per turn. With tidwall/btree as released, a node split left the
// two halves sharing one array, and once either half moved to a larger
// array the old one kept the items its abandoned slots held alive — after
// 100,000 tutor turns about 3,400 old conversation states of 8 KB
// (skills/store/btree/MADANG.md). Without the patched tree this test finds
// 512 of the 3,840 replaced values alive.
func TestReplacedValuesFreed(t *testing.T) {
	d, err := OpenDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	db, err := d.Open("t.db", Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Keys that only grow (audit entries, numbered in order) end just
	// before the rewritten ones (a conversation's state), as in a turn's
	// file: the node at the boundary splits again and again, and its
	// half with the rewritten keys moves to a new array while the other
	// half keeps the old one.
	const kept, rounds, grown = 64, 60, 20
	seq := 0
	var old []weak.Pointer[byte] // every value written and since replaced
	var last [kept]weak.Pointer[byte]
	for r := range rounds + 1 {
		if err := db.Update(func(tx *Tx) error {
			for range grown {
				seq++
				if err := tx.Set(NewKey("audit", fmt.Sprintf("%012d", seq)), "entry"); err != nil {
					return err
				}
			}
			for i := range kept {
				v := strings.Repeat(fmt.Sprintf("state %d of round %d;", i, r), 40) // a new allocation
				if err := tx.Set(NewKey("conv", fmt.Sprintf("u%03d", i)), v); err != nil {
					return err
				}
				if r > 0 {
					old = append(old, last[i])
				}
				last[i] = weak.Make(unsafe.StringData(v))
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	runtime.GC()
	runtime.GC()
	alive := 0
	for _, p := range old {
		if p.Value() != nil {
			alive++
		}
	}
	if alive > 0 {
		t.Fatalf("%d of %d replaced values are still in memory", alive, len(old))
	}
	current := 0
	for _, p := range last {
		if p.Value() != nil {
			current++
		}
	}
	if current != kept { // the check would pass on a store that kept nothing
		t.Fatalf("%d of the %d current values in memory", current, kept)
	}
	runtime.KeepAlive(db)
}
