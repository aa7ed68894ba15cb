package shopping

import (
	"context"
	"strings"
	"testing"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
)

// A new user's trial of the shopping helper: the reason of every product
// quoted the user's filler ("matches “hi, wireless earbuds for
// running”", "‘썸머 세일 하는 거 선물용으로’ 검색 결과"), and "노트북 100만원
// 이하 추천해줘" listed five backpacks as "‘노트북’ 검색 결과" in a store
// that sells no laptops.

func searchAs(t *testing.T, h *skilltest.Harness, lang, query string, max int64) SearchResult {
	t.Helper()
	ctx := skills.WithCaller(context.Background(), skills.Caller{UserID: "u", Scopes: allScopes, Channel: "avatar", Lang: lang})
	args := map[string]any{"query": query, "lang": lang}
	if max > 0 {
		args["max_price"] = max
	}
	return skilltest.Decode[SearchResult](t, h.Do(ctx, "shop_search", args))
}

// TestReasonQuotesProductWords: a reason quotes the words the product
// matched, not the request around them.
func TestReasonQuotesProductWords(t *testing.T) {
	h, _ := newShop(t, Options{})
	for _, c := range []struct {
		lang, query, want string
		bad               []string
	}{
		{"en", "hi, wireless earbuds for running", "matches “wireless earbuds", []string{"hi", " for "}},
		{"en", "backpack for my commute", "matches “backpack”", []string{"commute", " for "}},
		{"ko", "썸머 세일 하는 거 선물용으로", "", []string{"하는 거", "썸머"}},
	} {
		r := searchAs(t, h, c.lang, c.query, 0)
		if len(r.Results) == 0 {
			t.Fatalf("%q: nothing found", c.query)
		}
		for _, it := range r.Results {
			if !strings.Contains(it.Reason, c.want) {
				t.Errorf("%q: %s reason %q lacks %q", c.query, it.Name, it.Reason, c.want)
			}
			for _, b := range c.bad {
				if strings.Contains(it.Reason, b) {
					t.Errorf("%q: %s reason %q quotes %q", c.query, it.Name, it.Reason, b)
				}
			}
		}
	}
}

// TestNotSoldSaysSo: a search whose product type the store does not
// sell says so (NotSold) and offers what goes with it as related, not as
// results for it; a type it sells, or a bag for one it does not, is an
// ordinary search.
func TestNotSoldSaysSo(t *testing.T) {
	h, _ := newShop(t, Options{})
	for _, c := range []struct {
		lang, query string
		max         int64
		notSold     string
		related     string
	}{
		{"ko", "노트북", 1000000, "노트북", "‘노트북’ 관련 상품"},
		{"en", "laptop", 1000000, "laptop", "goes with a laptop"},
		{"ko", "자전거", 0, "자전거", ""},
		// A goods word before another noun is what that thing is for:
		// the thing asked for is what is not sold (round 9's new user:
		// "캠핑 랜턴" was told "캠핑은 팔지 않아요").
		{"ko", "캠핑 랜턴", 0, "캠핑 랜턴", ""},
	} {
		r := searchAs(t, h, c.lang, c.query, c.max)
		if r.NotSold != c.notSold {
			t.Errorf("%q: not sold %q, want %q", c.query, r.NotSold, c.notSold)
		}
		for _, it := range r.Results {
			if !strings.Contains(it.Reason, c.related) || strings.Contains(it.Reason, "검색 결과") || strings.Contains(it.Reason, "matches") {
				t.Errorf("%q: %s reason %q, want %q", c.query, it.Name, it.Reason, c.related)
			}
		}
		if c.related != "" && len(r.Results) == 0 {
			t.Errorf("%q: no related products", c.query)
		}
	}
	for _, q := range []string{"notebook", "노트", "노트북 가방", "laptop bag", "wireless earbuds", "백팩", "running shoes", "텀블러 세트", "운동화 흰색"} {
		if r := searchAs(t, h, "ko", q, 0); r.NotSold != "" || len(r.Results) == 0 {
			t.Errorf("%q: not sold %q, %d results", q, r.NotSold, len(r.Results))
		}
	}
}
