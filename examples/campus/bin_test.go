package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// The process tests (TestBinary, the kill -9 loops, the nemesis, the soak)
// run the same demo binary: built once for the package (a link of the
// whole server each time was about 3 s of the package's CPU per test),
// into a directory TestMain removes. Each test keeps its own data
// directory.
var (
	builtOnce sync.Once
	builtDir  string
	builtBin  string
	builtErr  error
	builtOut  []byte
)

// campusBinary is the demo built from this directory (the test fails if
// it does not build).
func campusBinary(t testing.TB) string {
	t.Helper()
	builtOnce.Do(func() {
		builtDir, builtErr = os.MkdirTemp("", "campus-bin-")
		if builtErr != nil {
			return
		}
		builtBin = filepath.Join(builtDir, "campus")
		builtOut, builtErr = exec.Command("go", "build", "-o", builtBin, ".").CombinedOutput()
	})
	if builtErr != nil {
		t.Fatalf("build: %v\n%s", builtErr, builtOut)
	}
	return builtBin
}

func TestMain(m *testing.M) {
	code := m.Run()
	if builtDir != "" {
		os.RemoveAll(builtDir)
	}
	os.Exit(code)
}
