package embedded

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

//go:embed data/time.json
var timeJSON []byte

type partOfDay struct {
	From string `json:"from"`
	To   string `json:"to"`
	PM   bool   `json:"pm"`
}

var timeData struct {
	Native    map[string]int       `json:"native_numbers"`
	Sino      map[string]int       `json:"sino_numbers"`
	English   map[string]int       `json:"english_numbers"`
	Relative  map[string]int       `json:"relative_days"`
	Weekdays  map[string]int       `json:"weekdays"`
	ThisWeek  []string             `json:"this_week"`
	NextWeek  []string             `json:"next_week"`
	Weekend   []string             `json:"weekend"`
	Parts     map[string]partOfDay `json:"parts_of_day"`
	MonthsEn  map[string]int       `json:"months_en"`
	nativeAlt string               // regexp alternation of native numbers, longest first
	partsAlt  string
}

func init() {
	if err := json.Unmarshal(timeJSON, &timeData); err != nil {
		panic("embedded: data/time.json: " + err.Error())
	}
	timeData.nativeAlt = alternation(keys(timeData.Native))
	timeData.partsAlt = alternation(keys(timeData.Parts))
	compileTimeRes()
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// alternation builds "a|b|c" longest first, so "열두" wins over "열".
func alternation(ws []string) string {
	sort.Slice(ws, func(i, j int) bool {
		if len(ws[i]) != len(ws[j]) {
			return len(ws[i]) > len(ws[j])
		}
		return ws[i] < ws[j]
	})
	for i, w := range ws {
		ws[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(ws, "|")
}

// number reads digits, a native or Sino-Korean numeral, or an English word.
func number(s string) (int, bool) {
	s = strings.TrimSpace(strings.ToLower(s))
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	for _, m := range []map[string]int{timeData.Native, timeData.English, timeData.Sino} {
		if n, ok := m[s]; ok {
			return n, true
		}
	}
	return 0, false
}

// When is what a sentence says about time.
type When struct {
	Day       time.Time // midnight of the day, in the location of now
	HasDay    bool
	Days      int // >1 for ranges ("다음 주", "this weekend")
	Hour, Min int
	HasTime   bool
	From, To  time.Duration // a part of the day ("오후") when there is no exact time
	HasWindow bool
	Duration  time.Duration
}

var (
	koTimeRe, enTimeRe, enClockRe, koDurRe, enDurRe, koDateRe, isoDateRe, enDateRe, koDayRe, enAtRe *regexp.Regexp
)

func compileTimeRes() {
	num := `(\d{1,2}|` + timeData.nativeAlt + `)`
	koTimeRe = regexp.MustCompile(`(?:(` + timeData.partsAlt + `|새벽)\s*)?` + num + `\s*시(?:\s*(반)|\s*(\d{1,2})\s*분)?`)
	enTimeRe = regexp.MustCompile(`(?i)\b(\d{1,2})(?::([0-5]\d))?\s*(am|pm|a\.m\.|p\.m\.)`)
	enClockRe = regexp.MustCompile(`\b([01]?\d|2[0-3]):([0-5]\d)\b`)
	enAtRe = regexp.MustCompile(`(?i)\bat\s+(\d{1,2})\b`)
	koDurRe = regexp.MustCompile(`(\d+|` + timeData.nativeAlt + `)\s*시간\s*(반)?|(\d+)\s*분\s*(?:동안|간|짜리)?`)
	enDurRe = regexp.MustCompile(`(?i)\b(half an hour|an hour and a half|(\d+|an?|one|two|three|four)[\s-]*(hours?|hrs?|minutes?|mins?))\b`)
	koDateRe = regexp.MustCompile(`(\d{1,2})\s*월\s*(\d{1,2})\s*일`)
	koDayRe = regexp.MustCompile(`(^|[^\d박])(\d{1,2})\s*일(에|날|로)?(\s|$)`)
	isoDateRe = regexp.MustCompile(`(\d{4})-(\d{1,2})-(\d{1,2})`)
	enDateRe = regexp.MustCompile(`(?i)\b(` + alternation(keys(timeData.MonthsEn)) + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b`)
}

func clockDur(hm string) time.Duration {
	t, _ := time.Parse("15:04", hm)
	return time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute
}

// ParseWhen reads days, times, parts of the day and durations from Korean
// or English text ("내일 오후 3시", "다음 주 화요일", "이번 주말", "저녁 7시 반",
// "tomorrow 7pm", "next Tuesday", "for an hour"), relative to now.
func ParseWhen(text string, now time.Time) When {
	var w When
	lower := strings.ToLower(text)
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	rest := lower

	// Durations first, so "한 시간" is not read as one o'clock.
	if m := koDurRe.FindStringSubmatchIndex(rest); m != nil {
		if m[2] >= 0 {
			if n, ok := number(rest[m[2]:m[3]]); ok {
				w.Duration = time.Duration(n) * time.Hour
				if m[4] >= 0 {
					w.Duration += 30 * time.Minute
				}
			}
		} else if n, err := strconv.Atoi(rest[m[6]:m[7]]); err == nil && !strings.Contains(rest[max(0, m[0]-8):m[0]], "시") {
			w.Duration = time.Duration(n) * time.Minute
		}
		if w.Duration > 0 {
			rest = rest[:m[0]] + " " + rest[m[1]:]
		}
	}
	if w.Duration == 0 {
		if m := enDurRe.FindStringSubmatch(rest); m != nil {
			switch {
			case m[1] == "half an hour":
				w.Duration = 30 * time.Minute
			case m[1] == "an hour and a half":
				w.Duration = 90 * time.Minute
			default:
				if n, ok := number(m[2]); ok {
					if strings.HasPrefix(m[3], "h") {
						w.Duration = time.Duration(n) * time.Hour
					} else {
						w.Duration = time.Duration(n) * time.Minute
					}
				}
			}
			rest = strings.Replace(rest, m[0], " ", 1)
		}
	}

	// Parts of the day ("오후", "evening"): the longest word wins, so
	// "tonight" is not read as "night".
	pm := false
	bestPart := ""
	for name, p := range timeData.Parts {
		if containsWord(rest, name) {
			if len(name) > len(bestPart) {
				bestPart = name
				w.From, w.To, w.HasWindow = clockDur(p.From), clockDur(p.To), true
			}
			pm = pm || p.PM
		}
	}
	if strings.Contains(rest, "오전") || strings.Contains(rest, "아침") || strings.Contains(rest, "새벽") {
		pm = false
	}

	// Exact times.
	if m := koTimeRe.FindStringSubmatch(rest); m != nil {
		if h, ok := number(m[2]); ok && h <= 24 {
			part := m[1]
			switch {
			case part != "" && (timeData.Parts[part].PM || part == "밤"):
				if h < 12 {
					h += 12
				}
			case part == "" && !pmOverride(rest) && h >= 1 && h <= 7:
				h += 12 // "3시에 회의": afternoon is meant
			case part == "" && pm && h < 12:
				h += 12
			}
			w.Hour, w.HasTime = h%24, true
			if m[3] == "반" {
				w.Min = 30
			} else if m[4] != "" {
				w.Min, _ = strconv.Atoi(m[4])
			}
		}
	} else if m := enTimeRe.FindStringSubmatch(rest); m != nil && validAmPm(m[1]) {
		h, _ := strconv.Atoi(m[1])
		if strings.HasPrefix(strings.ToLower(m[3]), "p") && h < 12 {
			h += 12
		}
		if strings.HasPrefix(strings.ToLower(m[3]), "a") && h == 12 {
			h = 0
		}
		w.Hour, w.HasTime = h, true
		if m[2] != "" {
			w.Min, _ = strconv.Atoi(m[2])
		}
	} else if m := enClockRe.FindStringSubmatch(rest); m != nil {
		w.Hour, _ = strconv.Atoi(m[1])
		w.Min, _ = strconv.Atoi(m[2])
		w.HasTime = true
	} else if m := enAtRe.FindStringSubmatch(rest); m != nil {
		h, _ := strconv.Atoi(m[1])
		if (pm || h <= 7) && h < 12 {
			h += 12
		}
		w.Hour, w.HasTime = h, true
	}

	// A time that is not on the clock ("27am", "at 31") is no time at all.
	if w.HasTime && (w.Hour < 0 || w.Hour > 23 || w.Min < 0 || w.Min > 59) {
		w.HasTime, w.Hour, w.Min = false, 0, 0
	}

	// Days.
	set := func(d time.Time, days int) {
		if !w.HasDay {
			w.Day, w.HasDay, w.Days = d, true, days
		}
	}
	if m := isoDateRe.FindStringSubmatch(lower); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		set(time.Date(y, time.Month(mo), d, 0, 0, 0, 0, now.Location()), 1)
	}
	if m := koDateRe.FindStringSubmatch(lower); m != nil {
		mo, _ := strconv.Atoi(m[1])
		d, _ := strconv.Atoi(m[2])
		set(nextDate(today, time.Month(mo), d), 1)
	}
	if m := enDateRe.FindStringSubmatch(lower); m != nil {
		d, _ := strconv.Atoi(m[2])
		set(nextDate(today, time.Month(timeData.MonthsEn[strings.ToLower(m[1])]), d), 1)
	}
	// Relative words: the longest match wins ("모레" over nothing, "tonight").
	bestRel, bestLen := 0, 0
	for word, n := range timeData.Relative {
		if len(word) > bestLen && containsWord(lower, word) {
			bestRel, bestLen = n, len(word)
		}
	}
	if bestLen > 0 {
		set(today.AddDate(0, 0, bestRel), 1)
	}
	next := hasAny(lower, timeData.NextWeek)
	this := hasAny(lower, timeData.ThisWeek)
	if hasAny(lower, timeData.Weekend) {
		sat := today.AddDate(0, 0, (6-int(today.Weekday())+7)%7)
		if next {
			sat = sat.AddDate(0, 0, 7)
		}
		set(sat, 2)
	}
	for word, wd := range timeData.Weekdays {
		if !containsWord(lower, word) {
			continue
		}
		ahead := (wd - int(today.Weekday()) + 7) % 7
		d := today.AddDate(0, 0, ahead)
		if next {
			// "다음 주 화요일": the Tuesday of next week (weeks start on Monday).
			monday := today.AddDate(0, 0, -((int(today.Weekday())+6)%7)+7)
			d = monday.AddDate(0, 0, (wd+6)%7)
		} else if !this && ahead == 0 && w.HasTime && w.Hour < now.Hour() {
			d = d.AddDate(0, 0, 7)
		}
		set(d, 1)
		break
	}
	if !w.HasDay && next && (strings.Contains(lower, "다음 주") || strings.Contains(lower, "다음주") || strings.Contains(lower, "next week")) {
		monday := today.AddDate(0, 0, -((int(today.Weekday())+6)%7)+7)
		set(monday, 5)
	}
	if !w.HasDay && !stayRe.MatchString(lower) {
		if m := koDayRe.FindStringSubmatch(lower); m != nil {
			d, _ := strconv.Atoi(m[2])
			if d >= 1 && d <= 31 {
				// "8일": this month, or next month once it has passed.
				t := time.Date(today.Year(), today.Month(), d, 0, 0, 0, 0, today.Location())
				if t.Before(today) {
					t = time.Date(today.Year(), today.Month()+1, d, 0, 0, 0, 0, today.Location())
				}
				set(t, 1)
			}
		}
	}
	return w
}

// validAmPm: "7pm" and "12am" are times; "27am" is not.
func validAmPm(h string) bool {
	n, err := strconv.Atoi(h)
	return err == nil && n >= 1 && n <= 12
}

// pmOverride: an explicit morning word keeps small hours in the morning.
func pmOverride(s string) bool {
	return strings.Contains(s, "오전") || strings.Contains(s, "아침") || strings.Contains(s, "새벽")
}

// nextDate is month/day in this year, or next year if it has passed.
func nextDate(today time.Time, m time.Month, d int) time.Time {
	t := time.Date(today.Year(), m, d, 0, 0, 0, 0, today.Location())
	if t.Before(today) {
		t = t.AddDate(1, 0, 0)
	}
	return t
}

func hasAny(s string, ws []string) bool {
	for _, w := range ws {
		if containsWord(s, w) {
			return true
		}
	}
	return false
}

// containsWord finds w in s; for Latin words, only as a whole word.
func containsWord(s, w string) bool {
	i := strings.Index(s, w)
	for i >= 0 {
		if w[0] >= 0x80 { // Hangul: substring is fine ("내일은", "모레쯤")
			return true
		}
		before := i == 0 || !isLatin(s[i-1])
		after := i+len(w) == len(s) || !isLatin(s[i+len(w)])
		if before && after {
			return true
		}
		j := strings.Index(s[i+1:], w)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

func isLatin(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// Count reads a number of people, items or nights: "4명", "두 명", "4인",
// "세 개", "2박", "for 4", "party of four", "3 people".
func Count(text string, counters ...string) (int, bool) {
	lower := strings.ToLower(text)
	num := `(\d+|` + timeData.nativeAlt + `)`
	for _, c := range counters {
		re := regexp.MustCompile(num + `\s*` + regexp.QuoteMeta(c))
		if m := re.FindStringSubmatch(lower); m != nil {
			if n, ok := number(m[1]); ok {
				return n, true
			}
		}
	}
	return 0, false
}

// stayRe matches a length of stay ("2박 3일"), which is not a date.
var stayRe = regexp.MustCompile(`\d+\s*박\s*\d+\s*일`)

var enPeopleRe = regexp.MustCompile(`(?i)\b(?:for|party of|table for)\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b|\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:people|persons|guests|of us|adults)\b`)

// People reads a party size.
func People(text string) (int, bool) {
	if n, ok := Count(text, "명", "인", "사람"); ok {
		return n, true
	}
	if m := enPeopleRe.FindStringSubmatch(text); m != nil {
		s := m[1]
		if s == "" {
			s = m[2]
		}
		return number(s)
	}
	return 0, false
}

// String renders w for logs and tests.
func (w When) String() string {
	var parts []string
	if w.HasDay {
		parts = append(parts, w.Day.Format("2006-01-02"))
		if w.Days > 1 {
			parts = append(parts, fmt.Sprintf("+%dd", w.Days))
		}
	}
	if w.HasTime {
		parts = append(parts, fmt.Sprintf("%02d:%02d", w.Hour, w.Min))
	}
	if w.HasWindow {
		parts = append(parts, fmt.Sprintf("%s-%s", fmtDur(w.From), fmtDur(w.To)))
	}
	if w.Duration > 0 {
		parts = append(parts, w.Duration.String())
	}
	return strings.Join(parts, " ")
}

func fmtDur(d time.Duration) string {
	return fmt.Sprintf("%02d:%02d", int(d.Hours()), int(d.Minutes())%60)
}
