package shopping

import (
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
	"github.com/madang-world/madang/skills/store"
)

// bigCatalog makes n products by repeating the shipped catalog with new
// IDs, brands and models, so the vocabulary and the postings grow as a
// real catalog's would.
func bigCatalog(b *testing.B, n int) *Catalog {
	base, err := LoadCatalog()
	if err != nil {
		b.Fatal(err)
	}
	ps := make([]Product, 0, n)
	for i := 0; len(ps) < n; i++ {
		p := base.Products[i%len(base.Products)]
		p.ID = fmt.Sprintf("p%06d", i)
		if i >= len(base.Products) {
			round := i / len(base.Products)
			p.NameKo = fmt.Sprintf("%s %d세대", p.NameKo, round)
			p.NameEn = fmt.Sprintf("%s Gen %d", p.NameEn, round)
			p.Brand = fmt.Sprintf("%s%d", p.Brand, round%50)
			p.Price += int64(round%20) * 1000
		}
		ps = append(ps, p)
	}
	c, err := NewCatalog(ps)
	if err != nil {
		b.Fatal(err)
	}
	return c
}

func benchSearch(b *testing.B, n int) {
	c := bigCatalog(b, n)
	queries := []string{"무선 이어폰 5만원 이하", "노이즈 캔슬링 헤드폰", "wireless earbuds under 50,000 won", "비건 김치", "headphnoes"}
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		q := queries[i%len(queries)]
		pf, rest := ParsePrice(q)
		if len(c.Search(rest, "", pf, nil, 10)) == 0 {
			b.Fatalf("%q found nothing", q)
		}
		i++
	}
}

func BenchmarkSearch200(b *testing.B)   { benchSearch(b, 221) }
func BenchmarkSearch20000(b *testing.B) { benchSearch(b, 20000) }

// BenchmarkDurableOrders: complete orders (checkout prepared, confirmed:
// stock reserved, paid through the sandbox provider in payments.db, the
// order written; every commit fsynced) from 1, 8 and 64 concurrent
// callers. The sandbox answers at once, so this measures the storage.
// The files are laid out as a server lays them out (benchShop).
func BenchmarkDurableOrders(b *testing.B) {
	base, err := LoadCatalog()
	if err != nil {
		b.Fatal(err)
	}
	ps := append([]Product(nil), base.Products...)
	for i := range ps {
		ps[i].Stock = 1 << 30 // never sold out
	}
	cat, err := NewCatalog(ps)
	if err != nil {
		b.Fatal(err)
	}
	for _, callers := range []int{1, 8, 64} {
		b.Run(fmt.Sprintf("callers=%d", callers), func(b *testing.B) {
			h := benchShop(b, Options{Catalog: cat, PaymentLatency: time.Nanosecond})
			var n atomic.Int64
			var wg sync.WaitGroup
			b.ResetTimer()
			cpu0, fs0 := cpuTime(), store.Fsyncs()
			for range callers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for {
						i := n.Add(1)
						if i > int64(b.N) {
							return
						}
						p := ps[int(i)%len(ps)]
						u := h.As(fmt.Sprintf("buyer%d", i), allScopes...)
						args := map[string]any{"items": []map[string]any{{"product_id": p.ID, "quantity": 1}}, "payment_method": "pm_card_visa",
							"fulfilment": "pickup", "pickup_store": "gangnam", "expected_total": p.Price}
						if r := h.Do(u, "shop_checkout", args); r.Status != skills.StatusOK {
							b.Errorf("%s: %s %+v", p.ID, r.Status, r.Error)
							return
						}
					}
				}()
			}
			wg.Wait()
			b.StopTimer()
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "orders/s")
			// CPU and fsyncs an order: on a shared machine the wall figure
			// is the queue's, these are the order's own.
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(b.N), "cpu-µs/order")
			b.ReportMetric(float64(store.Fsyncs()-fs0)/float64(b.N), "fsyncs/order")
		})
	}
}

// benchShop is a shop host laid out as a server lays it out: the shop's
// file and the host's records parts of the turn file (server.TurnFiles,
// TurnPackFiles, server/options.go; not imported: the server imports this
// package), under the server's commit window (server.DefaultCommitDelay,
// 500 µs); payments.db, the sandbox provider's, apart.
// MADANG_BENCH_ORDER_FILES=apart keeps shopping.db and skills.db apart
// with no window (this benchmark's layout until round v18), =v17 the
// server's layout until round v18 (the host's records and booking.db in
// the turn file, shopping.db apart); MADANG_TEST_COMMIT_DELAY sets the
// window.
func benchShop(b *testing.B, o Options) *skilltest.Harness {
	return skilltest.New(b, skilltest.Skill(ID, New(o)), skilltest.Setup(func(d *store.Dir) error {
		names := []string{"conversations.db", "skills.db", "tutoring.db", "booking.db", "shopping.db"}
		switch os.Getenv("MADANG_BENCH_ORDER_FILES") {
		case "apart":
			return nil
		case "v17":
			names = names[:4]
		}
		if os.Getenv("MADANG_TEST_COMMIT_DELAY") == "" {
			d.SharedCommitDelay = 500 * time.Microsecond
		}
		return d.Share("turns.db", names...)
	}))
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
