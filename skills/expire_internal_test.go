package skills

import (
	"testing"

	"github.com/madang-world/madang/skills/store"
)

// idemIndexKey's digits are zeroPad's, and keyTime reads them back.
func TestIdemIndexKey(t *testing.T) {
	op := "0123456789abcdef"
	for _, ms := range []int64{0, 7, 1765000000000, 99999999999999999, 100000000000000000} {
		k := idemIndexKey(ms, op)
		if want := store.NewKey("idemx", zeroPad(ms, 20), op); k != want {
			t.Errorf("%d: %s, want %s", ms, k, want)
		}
		if got, rest, ok := keyTime(k, "idemx:"); !ok || got != ms || rest != op {
			t.Errorf("%d: keyTime(%s) = %d %q %v", ms, k, got, rest, ok)
		}
	}
}
