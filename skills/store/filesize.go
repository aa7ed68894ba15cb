package store

import (
	"os"
	"syscall"
)

// fileSize is f's size, as f.Stat().Size() gives it, without the
// FileInfo f.Stat allocates: every write transaction asks (groupSync.mark).
// f is a regular file (buntdb's), never in non-blocking mode, so Fd
// changes nothing about it; the caller holds buntdb's write lock, so f
// stays open meanwhile.
func fileSize(f *os.File) (int64, error) {
	var st syscall.Stat_t
	if err := syscall.Fstat(int(f.Fd()), &st); err != nil {
		return 0, &os.PathError{Op: "stat", Path: f.Name(), Err: err}
	}
	return st.Size, nil
}
