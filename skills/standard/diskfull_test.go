package standard_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/madang-world/madang/server/store"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/booking"
)

// TestDiskFullBookings: bookings on a full disk (a 2 MiB tmpfs) are
// refused with an error, never acknowledged; they work again when space
// returns; after a restart exactly the acknowledged holds exist. Needs
// root to mount the tmpfs; skipped otherwise.
func TestDiskFullBookings(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting a tmpfs needs root")
	}
	data := filepath.Join(t.TempDir(), "data")
	os.MkdirAll(data, 0o755)
	if err := syscall.Mount("tmpfs", data, "tmpfs", 0, "size=2m"); err != nil {
		t.Skipf("cannot mount a tmpfs here: %v", err)
	}
	defer syscall.Unmount(data, syscall.MNT_DETACH)
	open := func() (*store.Dir, *skills.Host) {
		d, err := store.OpenDir(data)
		if err != nil {
			t.Fatal(err)
		}
		h, err := skills.NewHost(skills.HostOptions{Dir: d, Skills: []skills.ID{booking.ID}})
		if err != nil {
			t.Fatal(err)
		}
		return d, h
	}
	d, h := open()
	ctx := skills.WithCaller(context.Background(), skills.Caller{UserID: "u1", Scopes: []string{booking.ScopeRead, booking.ScopeWrite}, Channel: "avatar"})
	acked := map[string]bool{}
	hold := func(i int) skills.Result {
		args := fmt.Sprintf(`{"place_id":"r%02d","date":"2026-12-%02d","time":"19:00","party_size":2}`, 1+i%9, 10+i%15)
		r := h.Call(ctx, "booking_hold", json.RawMessage(args), skills.CallOptions{IdempotencyKey: fmt.Sprint("k", i)})
		if r.Status == skills.StatusOK {
			var v struct{ ID string }
			json.Unmarshal(r.Data, &v)
			acked[v.ID] = true
		}
		return r
	}
	if r := hold(0); r.Status != skills.StatusOK {
		t.Fatalf("first hold: %+v", r)
	}
	filler, _ := os.Create(filepath.Join(data, "filler"))
	chunk := make([]byte, 4096)
	for {
		if _, err := filler.Write(chunk); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatal(err)
			}
			break
		}
	}
	refused := 0
	for i := 1; i <= 15; i++ {
		r := hold(i)
		if r.Status != skills.StatusOK {
			if r.Error == nil {
				t.Fatalf("hold %d: neither ok nor an error: %+v", i, r)
			}
			refused++
		}
	}
	if refused == 0 {
		t.Fatal("nothing was refused on a full disk")
	}
	filler.Close()
	os.Remove(filepath.Join(data, "filler"))
	if r := hold(16); r.Status != skills.StatusOK {
		t.Fatalf("after space returned: %+v", r)
	}
	h.Close()
	d.Close()
	d, h = open()
	defer func() { h.Close(); d.Close() }()
	r := h.Call(ctx, "booking_mine", json.RawMessage(`{}`), skills.CallOptions{})
	var mine []struct{ ID string }
	json.Unmarshal(r.Data, &mine)
	got := map[string]bool{}
	for _, b := range mine {
		got[b.ID] = true
	}
	for id := range acked {
		if !got[id] {
			t.Errorf("acknowledged hold %s missing after restart", id)
		}
	}
	for id := range got {
		if !acked[id] {
			t.Errorf("hold %s exists but was never acknowledged", id)
		}
	}
	t.Logf("full disk: %d of 15 holds refused with an error; after restart %d holds, all acknowledged", refused, len(got))
}
