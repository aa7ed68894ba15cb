package shopping

import (
	"fmt"
	"testing"
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
