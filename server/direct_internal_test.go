package server

import (
	"bytes"
	"testing"
)

// TestFrameHeader: the three length encodings of RFC 6455 §5.2 at their
// edges, unmasked, FIN and text opcode set.
func TestFrameHeader(t *testing.T) {
	for _, c := range []struct {
		n    int
		want []byte
	}{
		{0, []byte{0x81, 0}},
		{125, []byte{0x81, 125}},
		{126, []byte{0x81, 126, 0, 126}},
		{65535, []byte{0x81, 126, 0xff, 0xff}},
		{65536, []byte{0x81, 127, 0, 0, 0, 0, 0, 1, 0, 0}},
	} {
		if got := frameHeader(nil, c.n); !bytes.Equal(got, c.want) {
			t.Errorf("header for %d bytes: % x, want % x", c.n, got, c.want)
		}
	}
}
