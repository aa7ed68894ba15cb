package entity

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	_ "time/tzdata"
)

// corpus is a testdata/corpus_*.json file: sentences as users type them to
// an assistant, with every entity Parse must find, in Entity.String form,
// against a wall-clock reference in a location. The file's reference is
// Sunday 2026-12-06 10:00; a case may name its own: 2026-12-31 23:30 (the
// year's last half hour, for rollovers), Monday 2026-12-07 09:00 (the clock
// of agents/embedded/when_test.go, whose cases are here) and Sunday 20:00
// (hours already past).
type corpus struct {
	Location string `json:"location"`
	Ref      string `json:"ref"`
	Cases    []struct {
		Text string   `json:"text"`
		Ref  string   `json:"ref"`
		Want []string `json:"want"`
	} `json:"cases"`
}

func loadCorpus(t *testing.T, name string) corpus {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var c corpus
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(c.Cases) < 300 {
		t.Fatalf("%s: %d cases, want at least 300", name, len(c.Cases))
	}
	seen := map[[2]string]bool{}
	for _, tc := range c.Cases {
		k := [2]string{tc.Text, tc.Ref}
		if seen[k] {
			t.Fatalf("%s: %q (ref %q) twice", name, tc.Text, tc.Ref)
		}
		seen[k] = true
	}
	return c
}

// runCorpus parses every case with its reference's wall clock placed in loc
// and reports the cases whose entities differ.
func runCorpus(t *testing.T, name string, loc *time.Location) {
	c := loadCorpus(t, name)
	refAt := func(s string) time.Time {
		if s == "" {
			s = c.Ref
		}
		r, err := time.ParseInLocation("2006-01-02T15:04", s, loc)
		if err != nil {
			t.Fatalf("%s: ref %q: %v", name, s, err)
		}
		return r
	}
	kinds := map[string]int{}
	passed := 0
	for _, tc := range c.Cases {
		ref := refAt(tc.Ref)
		var got []string
		ok := true
		for _, e := range Parse(tc.Text, ref) {
			got = append(got, e.String())
			if e.Time != nil && (e.Time.Start.Location() != loc || e.Time.End.Location() != loc) {
				t.Errorf("%s %q: %s is not in %s", name, tc.Text, e, loc)
				ok = false
			}
		}
		for _, w := range tc.Want {
			kinds[w[:strings.IndexByte(w, ' ')]]++
		}
		if strings.Join(got, "\n") != strings.Join(tc.Want, "\n") {
			t.Errorf("%s %q (ref %s):\n got  %s\n want %s", name, tc.Text, ref.Format("2006-01-02 15:04 MST"),
				strings.Join(got, "\n      "), strings.Join(tc.Want, "\n      "))
			ok = false
		}
		if ok {
			passed++
		}
	}
	var ks []string
	for k, n := range kinds {
		ks = append(ks, k+"="+itoa(n))
	}
	sort.Strings(ks)
	t.Logf("%s in %s: %d/%d cases pass (%.1f%%); expected entities by kind: %s", name, loc, passed, len(c.Cases),
		100*float64(passed)/float64(len(c.Cases)), strings.Join(ks, " "))
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func TestCorpusKorean(t *testing.T) {
	runCorpus(t, "corpus_ko.json", mustLoc(t, "Asia/Seoul"))
}

func TestCorpusEnglish(t *testing.T) {
	runCorpus(t, "corpus_en.json", mustLoc(t, "Asia/Seoul"))
}

// TestCorpusOtherLocations runs both corpora with the same wall-clock
// references in other zones, and time.Local set to yet another: every answer
// is the same wall clock in the reference's zone, so nothing reads time.Local
// or assumes Seoul.
func TestCorpusOtherLocations(t *testing.T) {
	saved := time.Local
	time.Local = mustLoc(t, "Pacific/Chatham") // +13:45: any use of it shows
	t.Cleanup(func() { time.Local = saved })
	for _, name := range []string{"UTC", "America/New_York", "Pacific/Kiritimati"} {
		loc := mustLoc(t, name)
		t.Run(strings.ReplaceAll(name, "/", "_"), func(t *testing.T) {
			runCorpus(t, "corpus_en.json", loc)
			runCorpus(t, "corpus_ko.json", loc)
		})
	}
}

func mustLoc(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

var benchSentences = []string{
	"내일 저녁 7시 반에 4명 예약해줘",
	"다음 주 금요일 저녁 7시 반에 6명, 1인당 5만원 이하",
	"3만원이하로 골라줘",
	"두 번째 거 내일 7시에 예약해줘",
	"book a table for 4 tomorrow at 7:30pm",
	"I need a room for 3 nights from Dec 24",
	"next Friday from 7 to 9pm",
	"budget is under 100,000 won per person",
}

func BenchmarkParse(b *testing.B) {
	ref := seoulRef(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range benchSentences {
			Parse(s, ref)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(benchSentences)), "ns/sentence")
}

// BenchmarkParseLong: a 12 KB message (the lexer stops at 4096 tokens).
func BenchmarkParseLong(b *testing.B) {
	ref := seoulRef(b)
	s := strings.Repeat("내일 저녁 7시 반에 4명, 3만원 이하로 두 번째 거 예약해줘. ", 200)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Parse(s, ref)
	}
}
