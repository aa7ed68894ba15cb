package mcpsrc_test

import (
	"testing"

	"github.com/madang-world/madang/skills/store"
)

type storeDir = store.Dir

func openDir(t *testing.T) *store.Dir {
	d, err := store.OpenDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}
