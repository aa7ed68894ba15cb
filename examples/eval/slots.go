package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/madang-world/madang/protocol"
)

// Slot kinds decide how a reported value is compared with the label: the
// label is canonical (TRACE_API), the brain's value is read leniently where
// the schema allows several spellings of one value (a start time with or
// without seconds or offset, "4" and "04").
var (
	dateSlots     = set("date", "check_in", "from", "to")
	timeSlots     = set("time", "day_start", "day_end")
	dateTimeSlots = set("start")
	intSlots      = set("party_size", "nights", "guests", "max_price", "min_price", "max_price_band", "duration_minutes",
		"reminder_minutes", "quantity", "count", "limit")
	boolSlots = set("vegetarian", "in_stock", "include_weekends", "review", "allow_overlap")
	listSlots = set("participants", "students")
	// Free text is the user's words "trimmed of particles where natural":
	// every word of the label must occur in the value, and the value may
	// not be much longer than the label (the whole sentence as a product
	// query is a misunderstanding, issue 18) — except a tutor question,
	// which legitimately is the whole sentence.
	textSlots = set("query", "title", "name", "request", "address", "location", "area", "answer")
	longText  = set("question")
	// Not the user's: the reply language a brain passes to search tools.
	ignoredSlots = set("lang")
)

func set(xs ...string) map[string]bool {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// Matcher compares slot values; people maps every spelling of a person in
// the scheduling directory (김민수, 민수, Minsu Kim, minsu) to their id.
type Matcher struct {
	people map[string]string
}

// NewMatcher reads the people directory the scheduling pack serves
// (skills/scheduling/data/people.json under root).
func NewMatcher(root string) (*Matcher, error) {
	data, err := os.ReadFile(filepath.Join(root, "skills", "scheduling", "data", "people.json"))
	if err != nil {
		return nil, err
	}
	var dir struct {
		People []struct {
			ID      string `json:"id"`
			NameKo  string `json:"name_ko"`
			GivenKo string `json:"given_ko"`
			NameEn  string `json:"name_en"`
			GivenEn string `json:"given_en"`
		} `json:"people"`
	}
	if err := json.Unmarshal(data, &dir); err != nil {
		return nil, err
	}
	m := &Matcher{people: map[string]string{}}
	for _, p := range dir.People {
		for _, n := range []string{p.ID, p.NameKo, p.GivenKo, p.NameEn, p.GivenEn} {
			m.people[norm(n)] = p.ID
		}
	}
	return m, nil
}

// norm lower-cases and keeps only letters and digits.
func norm(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// Match reports whether got is an acceptable value of slot for the label
// want ("a|b" accepts either; "*" anything).
func (m *Matcher) Match(slot, want, got string) bool {
	if want == "*" {
		return strings.TrimSpace(got) != ""
	}
	for _, w := range strings.Split(want, "|") {
		if m.match1(slot, strings.TrimSpace(w), strings.TrimSpace(got)) {
			return true
		}
	}
	return false
}

var (
	dateRe = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)
	timeRe = regexp.MustCompile(`^(\d{1,2}):(\d{2})(?::\d{2})?$`)
)

func (m *Matcher) match1(slot, want, got string) bool {
	switch {
	case dateSlots[slot]:
		return dateRe.FindString(got) == want
	case timeSlots[slot]:
		return canonTime(got) == want
	case dateTimeSlots[slot]:
		w, g := canonDateTime(want), canonDateTime(got)
		return w != "" && w == g
	case intSlots[slot]:
		w, err1 := strconv.ParseInt(want, 10, 64)
		g, err2 := parseInt(got)
		return err1 == nil && err2 == nil && w == g
	case boolSlots[slot]:
		return strings.EqualFold(got, want)
	case listSlots[slot]:
		return sameSet(m.canonList(want), m.canonList(got))
	case textSlots[slot]:
		return textMatch(want, got, 2*utf8.RuneCountInString(norm(want))+8)
	case longText[slot]:
		return textMatch(want, got, -1)
	}
	return strings.EqualFold(want, got)
}

// textMatch: every word of want occurs in got (both normalised), and got
// is at most limit letters long (limit < 0: any length).
func textMatch(want, got string, limit int) bool {
	g := norm(got)
	if g == "" {
		return false
	}
	for _, w := range strings.Fields(want) {
		if !strings.Contains(g, norm(w)) {
			return false
		}
	}
	return limit < 0 || utf8.RuneCountInString(g) <= limit
}

func canonTime(s string) string {
	g := timeRe.FindStringSubmatch(strings.TrimSpace(s))
	if g == nil {
		return ""
	}
	h, _ := strconv.Atoi(g[1])
	if h > 24 {
		return ""
	}
	return strconv.Itoa(100 + h)[1:] + ":" + g[2]
}

// canonDateTime reads a start time with or without seconds or offset (a
// value without offset is in Seoul) and writes it as Seoul wall time.
func canonDateTime(s string) string {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.In(seoul).Format("2006-01-02T15:04")
	}
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02T15:04Z07:00"} {
		if t, err := time.ParseInLocation(layout, s, seoul); err == nil {
			return t.In(seoul).Format("2006-01-02T15:04")
		}
	}
	return ""
}

func parseInt(s string) (int64, error) {
	s = strings.NewReplacer(",", "", "₩", "", "원", "", " ", "").Replace(s)
	if f, err := strconv.ParseFloat(s, 64); err == nil && f == float64(int64(f)) {
		return int64(f), nil
	}
	return strconv.ParseInt(s, 10, 64)
}

// canonList splits a list value (comma-separated or a JSON array) and maps
// people's names to their directory ids.
func (m *Matcher) canonList(s string) map[string]bool {
	var items []string
	if strings.HasPrefix(strings.TrimSpace(s), "[") && json.Unmarshal([]byte(s), &items) == nil {
	} else {
		items = strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '、' || r == ';' })
	}
	out := map[string]bool{}
	for _, it := range items {
		n := norm(it)
		if n == "" {
			continue
		}
		if id, ok := m.people[n]; ok {
			n = id
		}
		out[n] = true
	}
	return out
}

func sameSet(a, b map[string]bool) bool {
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// unresolved stands for a card reference whose card never came: it
// matches nothing.
const unresolved = "\x00unresolved"

// resolve replaces a card reference "@T.N" by the id of item N of the last
// card with items that turn T received; in alternatives ("@0.3|@1.1": the
// third product of a list, or the one item of the details card shown for
// it next) each is resolved.
func resolve(v string, turns []Turn) string {
	if strings.Contains(v, "|") {
		alts := strings.Split(v, "|")
		for i, a := range alts {
			alts[i] = resolve1(strings.TrimSpace(a), turns)
		}
		return strings.Join(alts, "|")
	}
	return resolve1(v, turns)
}

func resolve1(v string, turns []Turn) string {
	g := cardRef.FindStringSubmatch(v)
	if g == nil {
		return v
	}
	t, n := atoi(g[1]), atoi(g[2])
	if t >= len(turns) {
		return unresolved
	}
	var card *protocol.Card
	for i := range turns[t].Cards {
		if len(turns[t].Cards[i].Items) > 0 {
			card = &turns[t].Cards[i]
		}
	}
	if card == nil {
		return unresolved
	}
	if n < 0 {
		n = len(card.Items) + 1 + n
	}
	if n < 1 || n > len(card.Items) || card.Items[n-1].ID == "" {
		return unresolved
	}
	return card.Items[n-1].ID
}
