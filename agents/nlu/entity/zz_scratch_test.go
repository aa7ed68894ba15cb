package entity

import (
	"os"
	"strings"
	"testing"
	"time"
)

func TestZZProbe(t *testing.T) {
	s := os.Getenv("PROBE")
	if s == "" {
		t.Skip()
	}
	loc, _ := time.LoadLocation("Asia/Seoul")
	ref := time.Date(2026, 12, 9, 10, 0, 0, 0, loc)
	for _, x := range strings.Split(s, "|") {
		t.Logf("%q:", x)
		for _, e := range Parse(x, ref) {
			t.Logf("    %s", e)
		}
	}
}
