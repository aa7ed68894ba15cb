package skills_test

import (
	"encoding/json"
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
	for _, p := range []string{"idem", "idemx", "audit", "conf", "confx"} {
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

// Confirmations go once they have been expired for IdempotencyTTL, and
// nothing the caller sees changes: a retry of a confirmed call within the
// window gets its first answer, a confirm after the expiry is refused
// before and after the record goes, and a retry after the window is
// refused rather than sent twice.
func TestConfirmationsExpire(t *testing.T) {
	h, g := expiringGifts(t) // IdempotencyTTL one hour; confirmations last 5 minutes
	alice := h.As("alice", all...)
	args := `{"to":"민수","amount":30000}`
	send := func(key, nonce string) skills.Result {
		return h.Host.Call(alice, "gifts_send", json.RawMessage(args), skills.CallOptions{IdempotencyKey: key, Confirmation: nonce})
	}
	p := h.CallKey(alice, "gifts_send", args, "p1")
	if p.Status != skills.StatusPending {
		t.Fatalf("prepare: %+v", p)
	}
	if r := send("c1", p.Confirmation.Nonce); string(r.Data) != `"sent #1 to 민수"` {
		t.Fatalf("confirmed: %+v", r)
	}
	late := h.CallKey(alice, "gifts_send", args, "p2") // never confirmed
	h.Clock.Advance(50 * time.Minute)
	refused := func(what string, r skills.Result, why string) {
		t.Helper()
		if r.Status != skills.StatusError || r.Error.Code != skills.CodeConfirmationInvalid || !strings.Contains(r.Error.Message, why) {
			t.Fatalf("%s: %+v, want refused (%s)", what, r, why)
		}
	}
	if r := send("c1", p.Confirmation.Nonce); !r.Replayed || string(r.Data) != `"sent #1 to 민수"` {
		t.Fatalf("retry within the window: %+v", r)
	}
	refused("a confirm after the expiry", send("c2", late.Confirmation.Nonce), "expired")
	refused("the used nonce again, under a new key", send("c3", p.Confirmation.Nonce), "already used")

	// Both expired over an hour ago; the 8th call's records sweep.
	h.Clock.Advance(20 * time.Minute)
	for i := range 8 {
		h.CallKey(alice, "gifts_add", `{"idea":"꽃"}`, fmt.Sprint("k", i))
	}
	refused("a confirm after the record went", send("c4", late.Confirmation.Nonce), "unknown")
	refused("a retry after the window", send("c1", p.Confirmation.Nonce), "unknown")
	if n := g.sent.Load(); n != 1 {
		t.Fatalf("sent %d times, want once", n)
	}
	if r := h.CallKey(alice, "gifts_send", args, "p3"); r.Status != skills.StatusPending { // kept: not expired
		t.Fatalf("a new prepare: %+v", r)
	}
	h.Close()
	if n := skillsRecords(t, h.Dir); n["conf"] != 1 || n["confx"] != 2 { // and the marker
		t.Fatalf("records left: %v, want the fresh confirmation's (and the marker)", n)
	}
}

// Confirmations written before their index existed get their entries at
// the host's first start, and go like the others.
func TestOldConfirmationsIndexed(t *testing.T) {
	dir := t.TempDir()
	d, err := store.OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	db, err := d.Open("skills.db", store.Options{Durable: true})
	if err != nil {
		t.Fatal(err)
	}
	exp := skilltest.Start.Add(-48 * time.Hour).UnixMilli()
	if err := db.Update(func(tx *store.Tx) error {
		for i := range 3 {
			id := fmt.Sprintf("%064x", i+1)
			rec := map[string]any{"user": "alice", "tool": "gifts_send", "args_hash": "x", "expires": exp, "used": i == 0}
			if err := store.SetJSON(tx, store.NewKey("conf", id), rec); err != nil {
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
	if n := skillsRecords(t, dir); n["conf"] != 0 || n["confx"] != 1 {
		t.Fatalf("records left: %v, want only the marker", n)
	}
}
