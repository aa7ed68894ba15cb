package embedded

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// ents is what the built-in entity parsers found in one utterance, in the
// form slots read them. All date arithmetic happens in now's location (the
// world's time zone), never the process's.
type ents struct {
	date, dateEnd  string // YYYY-MM-DD
	time           string // HH:MM, a clock time said
	winFrom, winTo string // HH:MM, a part of the day said ("오후")
	people         string
	nights         string
	minutes        string
	moneyMax       string
	moneyMin       string
	ordinal        int // 1-based; -1 last
	numbers        []int
	names          []string
}

func parseEntities(text string, now time.Time) ents {
	var e ents
	w := ParseWhen(text, now)
	if w.HasDay {
		e.date = w.Day.Format("2006-01-02")
		e.dateEnd = w.Day.AddDate(0, 0, max(w.Days, 1)-1).Format("2006-01-02")
	}
	if w.HasTime {
		e.time = fmt.Sprintf("%02d:%02d", w.Hour, w.Min)
	} else if w.HasWindow {
		e.winFrom, e.winTo = fmtDur(w.From), fmtDur(w.To)
	}
	if w.Duration > 0 {
		e.minutes = strconv.Itoa(int(w.Duration.Minutes()))
	}
	if n, ok := People(text); ok {
		e.people = strconv.Itoa(n)
	}
	if n, ok := Count(text, "박"); ok {
		e.nights = strconv.Itoa(n)
	} else if m := enNightsRe.FindStringSubmatch(strings.ToLower(text)); m != nil {
		if n, ok := number(m[1]); ok {
			e.nights = strconv.Itoa(n)
			if e.people == strconv.Itoa(n) && !strings.Contains(strings.ToLower(text), "people") {
				e.people = ""
			}
		}
	}
	e.moneyMax, e.moneyMin = money(text)
	e.ordinal, _ = ordinal(text)
	for _, m := range numRe.FindAllString(text, -1) {
		if n, err := strconv.Atoi(m); err == nil {
			e.numbers = append(e.numbers, n)
		}
	}
	e.names = names(text)
	return e
}

var (
	enNightsRe = regexp.MustCompile(`(\d+|one|two|three|four|five|six|seven)\s+nights?`)
	numRe      = regexp.MustCompile(`\d+`)
	koMoneyRe  = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*(만|천)?\s*원?\s*(이하|이내|안쪽|미만|까지|아래|밑으로|이상|넘는|부터)`)
	enMoneyRe  = regexp.MustCompile(`(?i)(under|below|less than|at most|up to|max|over|above|at least|more than)\s*(?:₩|krw\s*)?(\d[\d,]*)\s*(k|won|krw)?`)
)

// money reads a budget: "5만원 이하", "3만원 안쪽", "under 50,000 won".
func money(text string) (maxV, minV string) {
	if m := koMoneyRe.FindStringSubmatch(text); m != nil {
		f, _ := strconv.ParseFloat(m[1], 64)
		switch m[2] {
		case "만":
			f *= 10000
		case "천":
			f *= 1000
		}
		v := strconv.Itoa(int(f))
		switch m[3] {
		case "이상", "넘는", "부터":
			return "", v
		case "미만":
			return strconv.Itoa(int(f) - 1), ""
		}
		return v, ""
	}
	if m := enMoneyRe.FindStringSubmatch(text); m != nil {
		n, _ := strconv.Atoi(strings.ReplaceAll(m[2], ",", ""))
		if strings.EqualFold(m[3], "k") {
			n *= 1000
		}
		switch strings.ToLower(m[1]) {
		case "over", "above", "at least", "more than":
			return "", strconv.Itoa(n)
		case "under", "below", "less than":
			return strconv.Itoa(n - 1), ""
		}
		return strconv.Itoa(n), ""
	}
	return "", ""
}

var digitPick = regexp.MustCompile(`(?:^|\s)(\d{1,2})\s*번(?:째)?|(?i)\bnumber\s*(\d{1,2})\b|(?i)\bno\.?\s*(\d{1,2})\b|^\s*(\d{1,2})\s*$`)

// ordinal reads "첫 번째", "2번", "the second", "last" → 1-based index
// (−1 for last).
func ordinal(text string) (int, bool) {
	if m := digitPick.FindStringSubmatch(text); m != nil {
		for _, g := range m[1:] {
			if n, err := strconv.Atoi(g); err == nil {
				return n, true
			}
		}
	}
	lower := strings.ToLower(text)
	best, bestLen := 0, 0
	for k, v := range gen.Ordinals {
		if len(k) > bestLen && containsWord(lower, k) {
			best, bestLen = v, len(k)
		}
	}
	return best, bestLen > 0
}

var (
	koNameRe = regexp.MustCompile(`([가-힣]{2,4}?)(?:이랑|랑|이하고|하고|씨랑|님이랑|님하고|님과|씨와|와|과)(?:\s|,|$)`)
	enNameRe = regexp.MustCompile(`\b(?:with|invite|and)\s+([A-Z][a-zA-Z]+(?:\s*(?:,|and|&)\s*[A-Z][a-zA-Z]+)*)`)
	enSplit  = regexp.MustCompile(`\s*(?:,|\band\b|&)\s*`)
)

// notNames are words that take 와/과/랑 but are not people.
var notNames = map[string]bool{"내일": true, "오늘": true, "모레": true, "오후": true, "오전": true, "저녁": true, "점심": true, "회의": true, "시간": true,
	"그리고": true, "팀": true, "미팅": true, "일정": true, "약속": true}

// names finds the people a sentence mentions: "민수랑 지영이랑", "with
// Minsu and Jiyoung".
func names(text string) []string {
	var out []string
	for _, m := range koNameRe.FindAllStringSubmatch(text, -1) {
		n := m[1]
		if !notNames[n] {
			out = append(out, n)
		}
	}
	if m := enNameRe.FindStringSubmatch(text); m != nil {
		for _, n := range enSplit.Split(m[1], -1) {
			if n != "" && n != "I" {
				out = append(out, n)
			}
		}
	}
	return out
}

// has reports whether text contains one of the phrases.
func has(text string, phrases []string) bool {
	lower := strings.ToLower(text)
	for _, p := range phrases {
		if containsWord(lower, strings.ToLower(p)) {
			return true
		}
	}
	return false
}
