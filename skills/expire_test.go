package skills_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
	"github.com/madang-world/madang/skills/store"
)

// skillsRecords counts skills.db's keys by first part, with the host closed.
func skillsRecords(t *testing.T, dir string) map[string]int {
	t.Helper()
	d, err := store.OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	db, err := d.Open("skills.db", store.Options{Durable: true})
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, p := range []string{"idem", "idemx", "audit"} {
		db.View(func(tx *store.Tx) error {
			return tx.Scan(store.NewKey(p), func(store.Key, string) bool { n[p]++; return true })
		})
	}
	return n
}

func expiringGifts(t *testing.T, opts ...skilltest.Option) (*skilltest.Harness, *gifts) {
	g := &gifts{ideas: map[string][]string{}}
	opts = append([]skilltest.Option{skilltest.Skill("test.gifts", g), skilltest.Host(func(o *skills.HostOptions) {
		o.IdempotencyTTL = time.Hour
		o.AuditRetention = 2 * time.Hour
	})}, opts...)
	return skilltest.New(t, opts...), g
}

// A retry within IdempotencyTTL gets the first answer; one after it is a
// new call, whether or not the sweep has removed the record yet.
func TestIdempotencyExpires(t *testing.T) {
	h, g := expiringGifts(t)
	alice := h.As("alice", all...)
	if r := h.CallKey(alice, "gifts_add", `{"idea":"꽃"}`, "k1"); string(r.Data) != "1" {
		t.Fatalf("first call: %+v", r)
	}
	h.Clock.Advance(59 * time.Minute)
	if r := h.CallKey(alice, "gifts_add", `{"idea":"꽃"}`, "k1"); !r.Replayed || string(r.Data) != "1" {
		t.Fatalf("retry within the TTL: %+v", r)
	}
	h.Clock.Advance(2 * time.Minute)
	r := h.CallKey(alice, "gifts_add", `{"idea":"꽃"}`, "k1")
	if r.Replayed || string(r.Data) != "2" || len(g.ideas["alice"]) != 2 {
		t.Fatalf("a call after the TTL is new: %+v, ideas %v", r, g.ideas["alice"])
	}
	// Its record is the new one, kept for a new TTL: a stale index entry
	// of the first must not take it away when the sweep reaches it.
	h.Clock.Advance(30 * time.Minute)
	h.CallKey(alice, "gifts_add", `{"idea":"케이크"}`, "k2") // sweeps
	if r := h.CallKey(alice, "gifts_add", `{"idea":"꽃"}`, "k1"); !r.Replayed || string(r.Data) != "2" {
		t.Fatalf("retry of the second call: %+v", r)
	}
	// Other arguments under an expired key are a new call too, not a conflict.
	h.Clock.Advance(2 * time.Hour)
	if r := h.CallKey(alice, "gifts_add", `{"idea":"책"}`, "k1"); r.Status != skills.StatusOK || r.Replayed {
		t.Fatalf("other arguments after the TTL: %+v", r)
	}
}

// The records of calls long past are swept by later calls' transactions:
// the file keeps what the TTL and the retention ask for, and no more.
func TestRecordsSwept(t *testing.T) {
	h, _ := expiringGifts(t)
	alice := h.As("alice", all...)
	for i := range 40 {
		h.CallKey(alice, "gifts_add", fmt.Sprintf(`{"idea":"선물 %d"}`, i), fmt.Sprint("old", i))
	}
	h.Clock.Advance(90 * time.Minute) // idempotency expired, audit kept
	for i := range 5 {
		h.CallKey(alice, "gifts_add", fmt.Sprintf(`{"idea":"새 선물 %d"}`, i), fmt.Sprint("new", i))
	}
	if n := len(h.Host.Audit()); n != 45 {
		t.Fatalf("%d audit entries within the retention, want 45", n)
	}
	h.Clock.Advance(61 * time.Minute) // the 40 old calls' audit entries expired too
	// 24 calls: three sweeps (every 8th call), up to 48 records of each
	// kind, as many as 40 audit entries and 45 idempotency records due.
	for i := range 24 {
		h.CallKey(alice, "gifts_add", fmt.Sprintf(`{"idea":"또 %d"}`, i), fmt.Sprint("newer", i))
	}
	var at []string
	for _, e := range h.Host.Audit() {
		at = append(at, e.At.Format("15:04"))
	}
	if len(at) != 29 || at[0] != "10:30" {
		t.Fatalf("audit entries kept: %d (%s), want the last 29 calls'", len(at), strings.Join(at, " "))
	}
	h.Close()
	if n := skillsRecords(t, h.Dir); n["idem"] != 24 || n["idemx"] != 25 { // and the marker
		t.Fatalf("records left: %v, want the last 24 calls' idempotency records (and the marker)", n)
	}
}

// Records written before the index existed get their entries at the
// host's first start, and expire like the others.
func TestOldIdempotencyRecordsIndexed(t *testing.T) {
	dir := t.TempDir()
	d, err := store.OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	db, err := d.Open("skills.db", store.Options{Durable: true})
	if err != nil {
		t.Fatal(err)
	}
	at := skilltest.Start.Add(-48 * time.Hour).UnixMilli()
	if err := db.Update(func(tx *store.Tx) error {
		for i := range 3 {
			op := fmt.Sprintf("%064x", i+1)
			if err := store.SetJSON(tx, store.NewKey("idem", op), map[string]any{"args_hash": "x", "data": 1, "at": at}); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	d.Close()
	h, _ := expiringGifts(t, skilltest.Dir(dir))
	for i := range 8 { // the 8th sweeps
		h.CallKey(h.As("alice", all...), "gifts_add", `{"idea":"꽃"}`, fmt.Sprint("k", i))
	}
	h.Close()
	if n := skillsRecords(t, dir); n["idem"] != 8 || n["idemx"] != 9 {
		t.Fatalf("records left: %v, want the new call's (and the marker)", n)
	}
}
