package standard_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/booking"
	"github.com/madang-world/madang/skills/shopping"
	"github.com/madang-world/madang/skills/store"
)

// The crash test runs this test binary again as a child that books tables
// and checks out carts as fast as it can, printing one "ack" line for
// every operation the Host reported as done. The parent kills the child
// with SIGKILL at random moments, reopens the data directory and checks
// that every acknowledged operation is there, whole, and that no slot or
// product is over capacity.
func TestMain(m *testing.M) {
	if dir := os.Getenv("MADANG_CRASH_CHILD"); dir != "" {
		crashChild(dir, os.Getenv("MADANG_CRASH_RUN"))
		os.Exit(0)
	}
	os.Exit(m.Run())
}

type ack struct {
	Op   string `json:"op"`   // "booking" (held and confirmed) or "order"
	ID   string `json:"id"`   // booking or order id
	User string `json:"user"` // who owns it
}

// openHost opens the host of dir; with MADANG_CRASH_LAYOUT=turnfile the
// host's records, booking.db and shopping.db are one file, as a server
// keeps them (server.TurnFiles, TurnPackFiles), and the booking's and the
// order's writes hand their fsync waits to the host (skills.Later).
func openHost(dir string) (*store.Dir, *skills.Host, *booking.Booker, *shopping.Shop, error) {
	d, err := store.OpenDir(dir)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	if os.Getenv("MADANG_CRASH_LAYOUT") == "turnfile" {
		if err := d.Share("turns.db", "skills.db", "booking.db", "shopping.db"); err != nil {
			d.Close()
			return nil, nil, nil, nil, err
		}
	}
	h, err := skills.NewHost(skills.HostOptions{Dir: d, Skills: []skills.ID{}})
	if err != nil {
		d.Close()
		return nil, nil, nil, nil, err
	}
	b := booking.New()
	s := shopping.New(shopping.Options{PaymentLatency: time.Millisecond})
	if err := h.Add(booking.ID, b); err != nil {
		d.Close()
		return nil, nil, nil, nil, err
	}
	if err := h.Add(shopping.ID, s); err != nil {
		d.Close()
		return nil, nil, nil, nil, err
	}
	return d, h, b, s, nil
}

func crashChild(dir, run string) {
	_, h, _, _, err := openHost(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		os.Exit(3)
	}
	out := json.NewEncoder(os.Stdout) // unbuffered: each ack is one write(2)
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	places := []string{"r01", "r02", "r03", "r04", "r05"}
	times := []string{"18:00", "18:30", "19:00"}
	// Contention on a few scarce products, and enough stock elsewhere that
	// later rounds still buy.
	cat, _ := shopping.LoadCatalog()
	var products []string
	prices := map[string]int64{}
	for _, p := range cat.Products {
		if p.Stock >= 80 || p.Stock > 0 && p.Stock <= 5 && len(products) < 4 {
			products = append(products, p.ID)
			prices[p.ID] = p.Price
		}
	}
	for i := 0; ; i++ {
		user := fmt.Sprintf("c%s-%d-%d", run, i%7, rng.IntN(1000))
		ctx := skills.WithCaller(context.Background(), skills.Caller{UserID: user,
			Scopes: []string{booking.ScopeRead, booking.ScopeWrite, shopping.ScopeCart, shopping.ScopeCharge, shopping.ScopeOrders, shopping.ScopeRead}})
		key := fmt.Sprintf("%s-%d", run, i)
		if i%2 == 0 {
			date := time.Now().In(booking.Seoul).AddDate(0, 0, 3+rng.IntN(20)).Format("2006-01-02")
			args, _ := json.Marshal(map[string]any{"place_id": places[rng.IntN(len(places))], "date": date, "time": times[rng.IntN(3)], "party_size": 1 + rng.IntN(4)})
			r := h.Call(ctx, "booking_hold", args, skills.CallOptions{IdempotencyKey: key})
			if r.Status != skills.StatusOK {
				continue
			}
			bk, err := skills.Decode[booking.BookingView](r)
			if err != nil {
				panic(err) // the child dies loudly; the parent reports its output
			}
			cargs, _ := json.Marshal(map[string]any{"booking_id": bk.ID})
			p := h.Call(ctx, "booking_confirm", cargs, skills.CallOptions{IdempotencyKey: key + "p"})
			if p.Status != skills.StatusPending {
				continue
			}
			if c := h.Call(ctx, "booking_confirm", cargs, skills.CallOptions{IdempotencyKey: key + "c", Confirmation: p.Confirmation.Nonce}); c.Status == skills.StatusOK {
				out.Encode(ack{Op: "booking", ID: bk.ID, User: user})
			}
			continue
		}
		pid := products[rng.IntN(len(products))]
		price := prices[pid]
		args, _ := json.Marshal(map[string]any{"items": []map[string]any{{"product_id": pid, "quantity": 1}}, "payment_method": "pm_card_visa",
			"fulfilment": "pickup", "pickup_store": "gangnam", "expected_total": price})
		p := h.Call(ctx, "shop_checkout", args, skills.CallOptions{IdempotencyKey: key})
		if p.Status != skills.StatusPending {
			continue
		}
		if r := h.Call(ctx, "shop_checkout", args, skills.CallOptions{IdempotencyKey: key, Confirmation: p.Confirmation.Nonce}); r.Status == skills.StatusOK {
			o, err := skills.Decode[shopping.OrderView](r)
			if err != nil {
				panic(err)
			}
			out.Encode(ack{Op: "order", ID: o.ID, User: user})
		}
	}
}

func TestCrashKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a child process 20 times")
	}
	// Each layout a data directory of a server can have: files apart, and
	// the booking's file in the turn file with the host's records.
	for _, layout := range []string{"apart", "turnfile"} {
		t.Run(layout, func(t *testing.T) {
			t.Setenv("MADANG_CRASH_LAYOUT", layout)
			crashKill9(t)
		})
	}
}

func crashKill9(t *testing.T) {
	kills := 8 // make test; make test-long: 20 (MADANG_TEST_LONG)
	if os.Getenv("MADANG_TEST_LONG") != "" {
		kills = 20
	}
	if v := os.Getenv("MADANG_CRASH_KILLS"); v != "" {
		fmt.Sscan(v, &kills)
	}
	dir := t.TempDir()
	var acked []ack
	reconciled := 0 // checkouts a kill left pending, which the reconciler cancelled at restart
	rng := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < kills; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "MADANG_CRASH_CHILD="+dir, fmt.Sprintf("MADANG_CRASH_RUN=%d", round))
		stdout, _ := cmd.StdoutPipe()
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan ack, 1024)
		done := make(chan struct{})
		go func() {
			defer close(done)
			sc := bufio.NewScanner(stdout)
			for sc.Scan() {
				var a ack
				if json.Unmarshal(sc.Bytes(), &a) == nil {
					lines <- a
				}
			}
			io.Copy(io.Discard, stdout)
		}()
		// Let the child get going (a race-instrumented child starts
		// slowly), then kill it at a random moment while it works.
		n := 0
		select {
		case a := <-lines:
			acked = append(acked, a)
			n++
		case <-time.After(20 * time.Second):
		}
		time.Sleep(time.Duration(50+rng.IntN(450)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		<-done
		close(lines)
		for a := range lines {
			acked = append(acked, a)
			n++
		}
		if st := cmd.ProcessState; st.ExitCode() != -1 {
			t.Fatalf("round %d: child exited by itself (%v): %s", round, st, stderr.String())
		}

		// Reopen as a restarted server would, and check.
		d, _, b, s, err := openHost(dir)
		if err != nil {
			t.Fatalf("round %d: reopening after kill -9: %v", round, err)
		}
		bookings := map[string]booking.Booking{}
		for _, bk := range b.Bookings() {
			bookings[bk.ID] = bk
		}
		orders := map[string]shopping.Order{}
		for _, o := range s.Orders() {
			orders[o.ID] = o
		}
		for _, a := range acked {
			switch a.Op {
			case "booking":
				if bk, ok := bookings[a.ID]; !ok || bk.Status != booking.Confirmed || bk.User != a.User {
					t.Fatalf("round %d: acknowledged booking %s is %+v", round, a.ID, bk)
				}
			case "order":
				if o, ok := orders[a.ID]; !ok || o.Status != shopping.StPaid && o.Status != shopping.StReady || o.User != a.User || o.PaymentID == "" {
					t.Fatalf("round %d: acknowledged order %s is %+v", round, a.ID, o)
				}
			}
		}
		if err := b.Check(); err != nil {
			t.Fatalf("round %d: booking invariants: %v", round, err)
		}
		if err := s.Check(); err != nil {
			t.Fatalf("round %d: stock invariants: %v", round, err)
		}
		reconciled = 0
		for _, o := range orders {
			if o.Note == "payment was not completed" {
				reconciled++
			}
		}
		d.Close()
		if n == 0 && round > 0 {
			t.Logf("round %d: no acknowledgements this time (killed early)", round)
		}
		t.Logf("round %d: %d new acks, %d acknowledged in all, %d bookings, %d orders stored", round, n, len(acked), len(bookings), len(orders))
	}
	t.Logf("%d kills, %d acknowledged operations all present, %d checkouts cut short by a kill and settled by the reconciler", kills, len(acked), reconciled)
	if len(acked) < kills {
		t.Fatalf("only %d operations acknowledged in %d rounds: the child did too little to mean anything", len(acked), kills)
	}
}
