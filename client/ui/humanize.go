package ui

import (
	"regexp"
	"strconv"
	"time"

	"github.com/madang-world/madang/protocol/words"
)

// isoDate finds the dates skills write ("2026-12-06", "2026-12-06 19:00",
// RFC 3339) in what a card shows.
var isoDate = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?\b`)

// Humanize rewrites the ISO dates in s the way people write them, with
// protocol/words: "2026-12-06 19:00" becomes "12월 6일(일) 오후 7시"
// ("Sun, Dec 6, 7 PM" in English). The date and time are taken as written
// (the place's local time); nothing is converted between zones. Anything
// that is not a real date is left alone.
func Humanize(s, lang string) string {
	return isoDate.ReplaceAllStringFunc(s, func(m string) string {
		g := isoDate.FindStringSubmatch(m)
		y, _ := strconv.Atoi(g[1])
		mo, _ := strconv.Atoi(g[2])
		d, _ := strconv.Atoi(g[3])
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Year() != y || int(t.Month()) != mo || t.Day() != d {
			return m // 2026-02-30 is not a day
		}
		if g[4] == "" {
			return words.Date(t, lang)
		}
		h, _ := strconv.Atoi(g[4])
		mi, _ := strconv.Atoi(g[5])
		if h > 23 || mi > 59 {
			return m
		}
		return words.Date(t, lang) + map[bool]string{true: ", ", false: " "}[lang == "en"] + words.Clock(h, mi, lang)
	})
}
