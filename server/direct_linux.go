package server

import (
	"syscall"
	"unsafe"
)

// writevNow writes hdr and msg with one writev(2) on the socket without
// waiting: on a full send buffer it returns what it wrote (maybe 0) and
// syscall.EAGAIN. The descriptor is non-blocking (Go's poller sets it so).
func writevNow(rc syscall.RawConn, hdr, msg []byte) (int, error) {
	var n int
	var errno syscall.Errno
	iov := [2]syscall.Iovec{{Base: &hdr[0]}, {Base: &msg[0]}}
	iov[0].SetLen(len(hdr))
	iov[1].SetLen(len(msg))
	err := rc.Write(func(fd uintptr) bool {
		for {
			r, _, e := syscall.Syscall(syscall.SYS_WRITEV, fd, uintptr(unsafe.Pointer(&iov[0])), 2)
			if e == syscall.EINTR {
				continue
			}
			n, errno = int(r), e
			return true // never wait here: the writer goroutine does the waiting
		}
	})
	if err != nil {
		return 0, err
	}
	if errno != 0 {
		return 0, errno
	}
	return n, nil
}

const directWrites = true
