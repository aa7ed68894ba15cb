//go:build !linux

package server

import (
	"errors"
	"syscall"
)

func writevNow(syscall.RawConn, []byte, []byte) (int, error) {
	return 0, errors.New("direct writes are implemented for Linux only")
}

const directWrites = false
