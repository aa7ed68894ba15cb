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

func TestZZTok(t *testing.T) {
	s := os.Getenv("TOK")
	if s == "" {
		t.Skip()
	}
	for _, tk := range lex(s) {
		t.Logf("%q k=%v sp=%v", tk.s, tk.k, tk.sp)
	}
	p := newParser(s, time.Now())
	for i := range p.toks {
		for _, f := range atoms {
			if sp, j, ok := f(p, i); ok {
				t.Logf("atom at %d → %d bits=%b", i, j, sp.bits)
			}
		}
	}
}
