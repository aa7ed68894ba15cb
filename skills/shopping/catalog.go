package shopping

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"math/bits"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills/search"
)

//go:embed data/catalog.json
var catalogJSON []byte

// Product is one catalog item. Prices are in KRW.
type Product struct {
	ID         string            `json:"id"`
	NameKo     string            `json:"name_ko"`
	NameEn     string            `json:"name_en"`
	DescKo     string            `json:"desc_ko"`
	DescEn     string            `json:"desc_en"`
	Category   string            `json:"category"`
	CategoryKo string            `json:"category_ko"`
	KindKo     string            `json:"kind_ko"`
	KindEn     string            `json:"kind_en"`
	Brand      string            `json:"brand"`
	BrandKo    string            `json:"brand_ko"`
	Price      int64             `json:"price"`
	Stock      int               `json:"stock"`
	Rating     float64           `json:"rating"`
	Attrs      map[string]string `json:"attrs"`
}

// Catalog is a set of products with a search index and similarity vectors.
type Catalog struct {
	Products []Product
	byID     map[string]int
	index    *search.Index
	vec      []map[string]float64
}

// LoadCatalog returns the shipped catalog.
func LoadCatalog() (*Catalog, error) {
	var c struct{ Products []Product }
	if err := json.Unmarshal(catalogJSON, &c); err != nil {
		return nil, fmt.Errorf("shopping: catalog: %w", err)
	}
	return NewCatalog(c.Products)
}

// shippedCatalog is LoadCatalog once per process, for the shops given no
// catalog (Options.Catalog): every Shop provisioned read and indexed the
// same file again (a server per test, a test world per case: a tenth of
// agents/embedded's tests' CPU). A Catalog is only read once built (its
// index is safe for concurrent Search), so shops share it as they share
// one passed in Options.
var shippedCatalog = sync.OnceValues(LoadCatalog)

// NewCatalog indexes products.
func NewCatalog(ps []Product) (*Catalog, error) {
	c := &Catalog{Products: ps, byID: map[string]int{}, index: search.NewIndex()}
	for i, p := range ps {
		if _, dup := c.byID[p.ID]; dup || p.ID == "" || p.Price <= 0 || p.Stock < 0 {
			return nil, fmt.Errorf("shopping: catalog: bad or duplicate product %q", p.ID)
		}
		c.byID[p.ID] = i
		attrs := attrText(p)
		c.index.Add(p.ID,
			search.Field{Text: p.NameKo + " " + p.NameEn, Weight: 3},
			search.Field{Text: p.KindKo + " " + p.KindEn + " " + kindSynonyms[p.KindEn], Weight: 3},
			search.Field{Text: p.Brand + " " + p.BrandKo + " " + p.CategoryKo + " " + p.Category, Weight: 1.5},
			search.Field{Text: p.DescKo + " " + p.DescEn + " " + attrs, Weight: 1},
		)
		c.vec = append(c.vec, vector(p))
	}
	return c, nil
}

// attrWords are the words an attribute adds to search and similarity.
var attrWords = map[string]string{
	"wireless=yes": "무선 wireless", "wireless=no": "유선 wired", "noise_cancelling=yes": "노이즈캔슬링 노이즈 캔슬링 noise cancelling anc",
	"waterproof=yes": "방수 waterproof", "vegan=yes": "비건 채식 vegan vegetarian", "organic=yes": "유기농 organic",
	"spicy=yes": "매운 spicy", "season=winter": "겨울 winter",
}

// kindSynonyms are other words people use for a kind: Korean says 이어폰
// for both wired earphones and wireless earbuds, so an English speaker
// asking for "wireless earphones" means the earbuds.
var kindSynonyms = map[string]string{
	"Wireless Earbuds": "earphones",
	// Sneakers are the store's only shoes: someone asking for running
	// shoes or 신발 is shown them rather than nothing.
	"Sneakers": "shoes 신발 러닝화 스니커즈",
	// A backpack is a bag (노트북 가방, a laptop bag).
	"Backpack":          "가방 bag bags",
	"Ramyeon Multipack": "ramen noodles 라면",
	"Long Padded Coat":  "코트 패딩 padding puffer",
	// Smartwatches are the store's only watches: "시계 10만원 이하", "any
	// watches under 50000?" found nothing (a new user's trial).
	"Smartwatch": "시계 손목시계 watch watches",
}

// contradicts maps a query word to the attribute value that rules a
// product out: "무선"/"wireless" never means a wired product. The index
// alone cannot tell — 무선 and 유선 share the syllable 선, "wireless"
// starts with "wire" — and a product matching the other query words
// ("이어폰") would otherwise be shown as a match.
var contradicts = map[string][2]string{
	"무선": {"wireless", "no"}, "wireless": {"wireless", "no"}, "cordless": {"wireless", "no"}, "블루투스": {"wireless", "no"}, "bluetooth": {"wireless", "no"},
	"유선": {"wireless", "yes"}, "wired": {"wireless", "yes"},
	"방수": {"waterproof", "no"}, "waterproof": {"waterproof", "no"},
	"비건": {"vegan", "no"}, "vegan": {"vegan", "no"},
}

func attrText(p Product) string {
	var parts []string
	keys := make([]string, 0, len(p.Attrs))
	for k := range p.Attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if w, ok := attrWords[k+"="+p.Attrs[k]]; ok {
			parts = append(parts, w)
		}
	}
	return strings.Join(parts, " ")
}

// vector is the product's content fingerprint for similarity: its kind,
// category, brand and attributes.
func vector(p Product) map[string]float64 {
	v := map[string]float64{"kind:" + p.KindEn: 3, "cat:" + p.Category: 2, "brand:" + p.Brand: 0.5}
	for k, val := range p.Attrs {
		v["attr:"+k+"="+val] = 1
	}
	// price band: similar things cost similar amounts
	v[fmt.Sprintf("band:%d", int(math.Log2(float64(p.Price))))] = 0.7
	return v
}

func cosine(a, b map[string]float64) float64 {
	var dot, na, nb float64
	for k, x := range a {
		na += x * x
		dot += x * b[k]
	}
	for _, y := range b {
		nb += y * y
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// Get returns a product by ID.
func (c *Catalog) Get(id string) (Product, bool) {
	i, ok := c.byID[id]
	if !ok {
		return Product{}, false
	}
	return c.Products[i], true
}

// PriceFilter is a price range parsed from text; zero means unbounded.
type PriceFilter struct {
	Min, Max int64
	// Said is the budget as the user said it when said roughly ("around
	// 20,000 won": Max allows a margin over it). Only reasons read it: the
	// user is told the number they said, not one with a margin.
	Said int64
}

var (
	// 5만원 이하, 5만 원 이하, 50,000원 미만, 3만원 이상, 10만원대, 5천원
	koMoney = regexp.MustCompile(`(\d[\d,]*(?:\.\d+)?)\s*(만|천)?\s*원?\s*(이하|미만|까지|이내|이상|넘는|초과|대|안팎|정도)`)
	// under 50,000 won, below ₩50000, less than 50k, over 30,000 KRW, under
	// 1.5 million won
	enMoney = regexp.MustCompile(`(?i)(under|below|less than|at most|up to|cheaper than|over|above|more than|at least)\s*(?:₩|krw\s*)?\s*(\d[\d,]*(?:\.\d+)?)\s*(k\b|thousand\b|million\b|mil\b|m\b)?\s*(?:won|krw|원)?`)
)

func koAmount(num, unit string) (int64, bool) {
	f, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
	if err != nil {
		return 0, false
	}
	switch unit {
	case "만":
		f *= 10000
	case "천":
		f *= 1000
	}
	return int64(math.Round(f)), f > 0
}

// ParsePrice finds a budget in query text ("5만원 이하", "under 50,000
// won", "10만원대") and returns the filter and the text without it.
func ParsePrice(q string) (PriceFilter, string) {
	var f PriceFilter
	if m := koMoney.FindStringSubmatchIndex(q); m != nil {
		num, unit, op := q[m[2]:m[3]], "", q[m[6]:m[7]]
		if m[4] >= 0 {
			unit = q[m[4]:m[5]]
		}
		if v, ok := koAmount(num, unit); ok {
			switch op {
			case "이하", "까지", "이내":
				f.Max = v
			case "미만":
				f.Max = v - 1
			case "이상":
				f.Min = v
			case "넘는", "초과":
				f.Min = v + 1
			case "대": // 10만원대: 100,000–199,999
				f.Min, f.Max = v, v+magnitude(v)-1
			case "안팎", "정도":
				f.Min, f.Max = v*8/10, v*12/10
			}
			return f, strings.TrimSpace(q[:m[0]] + " " + q[m[1]:])
		}
	}
	if m := enMoney.FindStringSubmatchIndex(q); m != nil {
		op := strings.ToLower(q[m[2]:m[3]])
		num, mul := q[m[4]:m[5]], 1.0
		if m[6] >= 0 {
			// 50k, 50 thousand; 1.5 million, 1.5m
			if u := strings.ToLower(q[m[6]:m[7]]); u == "k" || u == "thousand" {
				mul = 1000
			} else {
				mul = 1000000
			}
		}
		fv, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
		v, ok := int64(math.Round(fv*mul)), err == nil && fv > 0
		if ok {
			switch op {
			case "under", "below", "less than", "cheaper than":
				f.Max = v - 1
				if op == "under" || op == "below" {
					f.Max = v // "under 50,000" includes 50,000 in everyday use
				}
			case "at most", "up to":
				f.Max = v
			case "over", "above", "more than":
				f.Min = v + 1
			case "at least":
				f.Min = v
			}
			return f, strings.TrimSpace(q[:m[0]] + " " + q[m[1]:])
		}
	}
	return f, q
}

// magnitude is the leading power of ten of v in 만-units: 10만 → 10만.
func magnitude(v int64) int64 {
	m := int64(1)
	for m*10 <= v {
		m *= 10
	}
	return m
}

// Match is a search result.
type Match struct {
	Product
	Score float64
	// Covered has bit i set when the product matched the query's i-th
	// topic word (search.QueryWords; Hit.Covered).
	Covered uint64
}

// Search finds products for a query with optional filters.
func (c *Catalog) Search(query, category string, pf PriceFilter, inStock func(Product) bool, limit int) []Match {
	keep := func(p Product) bool {
		if category != "" && p.Category != category && p.CategoryKo != category {
			return false
		}
		if pf.Min > 0 && p.Price < pf.Min || pf.Max > 0 && p.Price > pf.Max {
			return false
		}
		return inStock == nil || inStock(p)
	}
	var out []Match
	if strings.TrimSpace(query) == "" {
		for _, p := range c.Products {
			if keep(p) {
				out = append(out, Match{Product: p, Score: p.Rating})
			}
		}
		sort.SliceStable(out, func(i, j int) bool { return out[i].Rating > out[j].Rating })
	} else {
		qw := search.QueryWords(query)
		var rule [][2]string
		for _, w := range qw {
			if r, ok := contradicts[w]; ok {
				rule = append(rule, r)
			}
		}
		fits := func(p Product) bool {
			for _, r := range rule {
				if p.Attrs[r[0]] == r[1] {
					return false
				}
			}
			return true
		}
		hits := c.index.Search(query, 0, func(id string) bool { p, _ := c.Get(id); return fits(p) && keep(p) })
		// Coverage is judged on the whole catalog: a word is required when
		// some product has it, even one the filters drop ("무선 이어폰" for
		// less than the cheapest earbuds finds nothing, not wireless
		// mice). The second, unfiltered pass is needed only when filters
		// are set and the kept products miss some query word.
		ref := hits
		if n := min(len(qw), 64); (category != "" || pf.Min > 0 || pf.Max > 0 || inStock != nil) && covered(hits) != 1<<uint(n)-1 {
			ref = c.index.Search(query, 0, func(id string) bool { p, _ := c.Get(id); return fits(p) })
		}
		for _, h := range matchingAll(hits, ref) {
			p, _ := c.Get(h.ID)
			out = append(out, Match{Product: p, Score: h.Score * (0.5 + h.Matched), Covered: h.Covered})
		}
		sort.SliceStable(out, func(i, j int) bool {
			if out[i].Score != out[j].Score {
				return out[i].Score > out[j].Score
			}
			return out[i].Rating > out[j].Rating
		})
	}
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

func covered(hits []search.Hit) uint64 {
	var all uint64
	for _, h := range hits {
		all |= h.Covered
	}
	return all
}

// matchingAll keeps the hits that cover every query word some reference
// hit covers (ref is hits or a superset; a word no product has, such as
// "있어요", is noise and not required). Only when no hit covers them all
// does it fall back to partial matches, and those must cover the most
// specific word (the one fewest reference hits have): "wireless mouse"
// never lists a product whose only match is the generic "wireless".
func matchingAll(hits, ref []search.Hit) []search.Hit {
	var all uint64
	var df [64]int
	for _, h := range ref {
		all |= h.Covered
		for c := h.Covered; c != 0; c &= c - 1 {
			df[bits.TrailingZeros64(c)]++
		}
	}
	if all == 0 {
		return nil
	}
	var out, partial []search.Hit
	rare := -1
	for c := all; c != 0; c &= c - 1 {
		if i := bits.TrailingZeros64(c); rare < 0 || df[i] < df[rare] {
			rare = i
		}
	}
	most := 0
	for _, h := range hits {
		if h.Covered == all {
			out = append(out, h)
		} else if len(out) == 0 && h.Covered&(1<<uint(rare)) != 0 {
			partial = append(partial, h)
			most = max(most, bits.OnesCount64(h.Covered))
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, h := range partial {
		if bits.OnesCount64(h.Covered) == most {
			out = append(out, h)
		}
	}
	return out
}

// Similar returns the products most like id, closest first: the same
// kind before the same category before the rest, and within each the
// nearest in price (then the better rated). Ordering by the similarity
// score alone put a ₩189,000 speaker before a ₩29,200 one as "similar"
// to a ₩25,000 speaker: all same-kind products score nearly alike.
func (c *Catalog) Similar(id string, limit int, keep func(Product) bool) []Match {
	i, ok := c.byID[id]
	if !ok {
		return nil
	}
	base := c.Products[i]
	tier := func(p Product) int {
		switch {
		case p.KindEn == base.KindEn:
			return 0
		case p.Category == base.Category:
			return 1
		}
		return 2
	}
	dist := func(p Product) float64 { return math.Abs(math.Log(float64(p.Price) / float64(base.Price))) }
	var out []Match
	for j, p := range c.Products {
		if j == i || keep != nil && !keep(p) {
			continue
		}
		if s := cosine(c.vec[i], c.vec[j]); s > 0.3 {
			out = append(out, Match{Product: p, Score: s})
		}
	}
	sort.SliceStable(out, func(a, b int) bool {
		pa, pb := out[a].Product, out[b].Product
		if ta, tb := tier(pa), tier(pb); ta != tb {
			return ta < tb
		}
		if da, db := dist(pa), dist(pb); da != db {
			return da < db
		}
		return pa.Rating > pb.Rating
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// Categories names the catalog's categories in lang, in catalog order
// ("음향, 전자기기, 패션" / "audio, electronics, fashion"): what a reply
// says the store carries when a search finds nothing.
func (c *Catalog) Categories(lang string) string {
	var names []string
	seen := map[string]bool{}
	for _, p := range c.Products {
		if !seen[p.Category] {
			seen[p.Category] = true
			names = append(names, pick(lang == "en", p.CategoryKo, p.Category))
		}
	}
	return strings.Join(names, ", ")
}

// won formats a price as the words catalogue does: 49,000원 / ₩49,000.
func won(v int64, lang string) string { return words.Won(v, lang) }
