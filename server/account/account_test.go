package account_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/server/account"
	"github.com/madang-world/madang/skills/store"
)

// day1 is a fixed date: tests never read the wall clock.
var day1 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// open returns accounts in a real, durable database file under dir.
func open(t *testing.T, dir string, ttl time.Duration) (*account.Accounts, *store.Dir) {
	t.Helper()
	d, err := store.OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	db, err := d.Open("madang.db", store.Options{Durable: true})
	if err != nil {
		d.Close()
		t.Fatal(err)
	}
	return account.New(db, ttl, func() time.Time { return day1 }), d
}

func TestGuestSignsInWithItsToken(t *testing.T) {
	dir := t.TempDir()
	a, d := open(t, dir, time.Hour)
	u, tok, exp, err := a.CreateGuest("  김 민수 ")
	if err != nil {
		t.Fatal(err)
	}
	if u.Name != "김 민수" || !strings.HasPrefix(u.ID, "u") {
		t.Errorf("guest = %+v, want the trimmed Korean name and a u… id", u)
	}
	if !strings.HasPrefix(tok, account.TokenPrefix) || len(tok) < 40 {
		t.Errorf("token %q is not an mdg_ secret of 256 bits", tok)
	}
	if !exp.Equal(day1.Add(time.Hour)) {
		t.Errorf("expires %v, want %v", exp, day1.Add(time.Hour))
	}
	got, info, err := a.VerifyToken(tok)
	if err != nil || got != u {
		t.Fatalf("VerifyToken = %+v, %v; want %+v", got, err, u)
	}
	if info.Hash != account.HashToken(tok) || info.Expires != exp.Unix() {
		t.Errorf("token info = %+v, want its hash and expiry %d", info, exp.Unix())
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}

	// The sign-in survives a restart, and the file holds only the hash.
	files, _ := filepath.Glob(filepath.Join(dir, "madang.db*"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte(tok)) {
			t.Errorf("%s holds the token itself", filepath.Base(f))
		}
	}
	a, d = open(t, dir, time.Hour)
	defer d.Close()
	if got, err := a.Verify(tok); err != nil || got != u {
		t.Errorf("after reopening: Verify = %+v, %v; want %+v", got, err, u)
	}
}

func TestTokenErrors(t *testing.T) {
	a, d := open(t, t.TempDir(), time.Hour)
	defer d.Close()
	_, tok, _, err := a.CreateGuest("Jane")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		tok  string
		want error
	}{
		{"", account.ErrNoToken},
		{"mcp_" + tok[4:], account.ErrBadToken},               // not a world token
		{account.TokenPrefix + "x", account.ErrBadToken},      // never issued
		{tok + strings.Repeat("a", 128), account.ErrBadToken}, // too long to be one
	} {
		if _, err := a.Verify(c.tok); !errors.Is(err, c.want) {
			t.Errorf("Verify(%.12q…) = %v, want %v", c.tok, err, c.want)
		}
	}
	// An hour later the token has expired.
	a.SetClock(func() time.Time { return day1.Add(time.Hour) })
	if _, err := a.Verify(tok); !errors.Is(err, account.ErrTokenExpired) {
		t.Errorf("at expiry: %v, want ErrTokenExpired", err)
	}
	if _, _, err := a.VerifyHash(account.HashToken(tok)); !errors.Is(err, account.ErrTokenExpired) {
		t.Errorf("VerifyHash at expiry: %v, want ErrTokenExpired", err)
	}
}

func TestBadNamesAreRefused(t *testing.T) {
	a, d := open(t, t.TempDir(), time.Hour)
	defer d.Close()
	for in, ok := range map[string]bool{"민수": true, " Jane ": true, "": false, "\u200b": false, "a\nb": false,
		strings.Repeat("가", 32): true, strings.Repeat("가", 33): false} {
		if _, err := account.CleanName(in); (err == nil) != ok {
			t.Errorf("CleanName(%q): %v", in, err)
		}
		if !ok {
			if _, _, _, err := a.CreateGuest(in); !errors.Is(err, account.ErrBadName) {
				t.Errorf("CreateGuest(%q) = %v, want ErrBadName", in, err)
			}
		}
	}
}

func TestSecretsDiffer(t *testing.T) {
	x, y := account.NewSecret("rsm_"), account.NewSecret("rsm_")
	if x == y || !strings.HasPrefix(x, "rsm_") || len(x) != len("rsm_")+43 {
		t.Errorf("NewSecret gave %q and %q: want two different rsm_ secrets of 43 base64 characters", x, y)
	}
	if h := account.HashToken(x); len(h) != 64 || h == account.HashToken(y) {
		t.Errorf("HashToken(%q) = %q, want 64 hex digits, different for different secrets", x, h)
	}
}
