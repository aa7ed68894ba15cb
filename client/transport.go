package client

// transport is one WebSocket as the client library needs it. Read is
// called by one goroutine; Write and WriteClose are serialised by Conn;
// Close may be called at any time and unblocks Read.
type transport interface {
	Read() ([]byte, error)
	Write(frame []byte) error
	WriteClose(code int, reason string) error
	Close() error
}
