// Package words formats what people read, in Korean and English, the same
// way everywhere: dates ("12월 6일(일) 오후 7시"), prices ("28,400원") and
// the Korean particles that depend on the word before them (을/를, 이/가,
// 은/는, 과/와, 으로/로, 이에요/예요), chosen by whether that word ends in a
// final consonant (받침) as it is read aloud — "28,400원이에요" but
// "2개예요", "3일이에요". It also holds the catalog of what avatars, skills
// and the server say (say.go, messages/*.json), so that a sentence is
// written once per language and its particles fit what is put in it.
//
// It has no dependencies beyond the standard library, so the server's
// replies, the skills and the client (also in WebAssembly) can share it.
package words

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

var koWeekdays = [...]string{"일", "월", "화", "수", "목", "금", "토"}

// Date is a calendar day: "12월 6일(일)" or "Sun, Dec 6". It reads only
// the civil date of t, so no time zone moves it.
func Date(t time.Time, lang string) string {
	if lang == "en" {
		return t.Format("Mon, Jan 2")
	}
	return fmt.Sprintf("%d월 %d일(%s)", t.Month(), t.Day(), koWeekdays[t.Weekday()])
}

// Clock is a time of day: "오후 7시", "오전 9시 30분", "오후 12시" (noon),
// "오전 12시" (midnight); in English "7 PM", "9:30 AM".
func Clock(hour, minute int, lang string) string {
	h12 := hour % 12
	if h12 == 0 {
		h12 = 12
	}
	if lang == "en" {
		ampm := "AM"
		if hour >= 12 {
			ampm = "PM"
		}
		if minute == 0 {
			return fmt.Sprintf("%d %s", h12, ampm)
		}
		return fmt.Sprintf("%d:%02d %s", h12, minute, ampm)
	}
	ampm := "오전"
	if hour >= 12 {
		ampm = "오후"
	}
	if minute == 0 {
		return fmt.Sprintf("%s %d시", ampm, h12)
	}
	return fmt.Sprintf("%s %d시 %d분", ampm, h12, minute)
}

// DateTime is a day and a time: "12월 6일(일) 오후 7시", "Sun, Dec 6, 7 PM".
func DateTime(t time.Time, lang string) string {
	sep := " "
	if lang == "en" {
		sep = ", "
	}
	return Date(t, lang) + sep + Clock(t.Hour(), t.Minute(), lang)
}

// Span is a time on a day, from st to en: "12월 8일(화) 오후 1시–2시",
// "Tue, Dec 8, 1–2 PM" — Date and Clock as everywhere else, the half of
// the day said once when both ends share it. It reads the civil time of
// st and en as given (convert them to the reader's zone first).
func Span(st, en time.Time, lang string) string {
	sep := " "
	if lang == "en" {
		sep = ", "
	}
	return Date(st, lang) + sep + clockRange(st, en, lang)
}

// clockRange is "오후 1시–2시" / "1–2 PM"; "오전 11시–오후 12시 30분".
func clockRange(st, en time.Time, lang string) string {
	from, to := Clock(st.Hour(), st.Minute(), lang), Clock(en.Hour(), en.Minute(), lang)
	if st.Equal(en) {
		return from
	}
	if (st.Hour() < 12) != (en.Hour() < 12) {
		return from + "–" + to
	}
	if lang == "en" {
		return strings.TrimSuffix(strings.TrimSuffix(from, " AM"), " PM") + "–" + to
	}
	_, bare, _ := strings.Cut(to, " ")
	return from + "–" + bare
}

// Won is an amount in won: "28,400원", or "₩28,400" in English.
func Won(n int64, lang string) string {
	if lang == "en" {
		if n < 0 {
			return "-₩" + Group(-n)
		}
		return "₩" + Group(n)
	}
	return Group(n) + "원"
}

// Group writes n with thousands separators: 28400 → "28,400".
func Group(n int64) string {
	neg := n < 0
	s := strconv.FormatInt(n, 10)
	if neg {
		s = s[1:]
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// particles maps each particle pair to its form after a final consonant
// and after a vowel. Either half of a pair may be given to Josa.
var particles = map[string][2]string{
	"을/를": {"을", "를"}, "를/을": {"을", "를"},
	"이/가": {"이", "가"}, "가/이": {"이", "가"},
	"은/는": {"은", "는"}, "는/은": {"은", "는"},
	"과/와": {"과", "와"}, "와/과": {"과", "와"},
	"으로/로": {"으로", "로"}, "로/으로": {"으로", "로"},
	"이에요/예요": {"이에요", "예요"}, "예요/이에요": {"이에요", "예요"},
	"이랑/랑": {"이랑", "랑"}, "랑/이랑": {"이랑", "랑"},
	"아/야": {"아", "야"}, "야/아": {"아", "야"},
}

// IsParticle reports whether Josa knows the particle pair ("을/를").
func IsParticle(pair string) bool {
	_, ok := particles[pair]
	return ok
}

// Particles lists the pairs Josa knows, sorted.
func Particles() []string {
	out := make([]string, 0, len(particles))
	for p := range particles {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// Josa returns word followed by the right form of the particle pair
// ("을/를", "이/가", "은/는", "과/와", "으로/로", "이에요/예요", "이랑/랑",
// "아/야"): Josa("28,400원", "이에요/예요") is "28,400원이에요". 으로/로
// takes 로 after ㄹ too ("서울로"). An unknown pair is an error in the
// caller's code, so it panics.
func Josa(word, pair string) string {
	forms, ok := particles[pair]
	if !ok {
		panic("words: unknown particle pair " + strconv.Quote(pair))
	}
	final, rieul := Final(word)
	if final && !(rieul && forms[0] == "으로") {
		return word + forms[0]
	}
	return word + forms[1]
}

// Final reports whether word, read aloud, ends in a final consonant, and
// whether that consonant is ㄹ. It looks at the last letter or digit
// (closing brackets, quotes and punctuation are skipped): a Hangul
// syllable by its 받침; a number as it is read in Sino-Korean (1 일, 3 삼,
// 6 육, 7 칠, 8 팔, 0 영, and 10 십, 100 백, 1,000 천, 10,000 만); a Latin
// letter by the usual Korean reading of English (…l, …m, …n, …ng end in a
// consonant, others do not).
func Final(word string) (final, rieul bool) {
	s := strings.TrimRightFunc(word, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	switch {
	case r >= 0xAC00 && r <= 0xD7A3:
		jong := (r - 0xAC00) % 28
		return jong != 0, jong == 8 // 8: ㄹ
	case r >= '0' && r <= '9':
		return numberFinal(s)
	case r < utf8.RuneSelf && unicode.IsLetter(r):
		low := strings.ToLower(s)
		switch {
		case strings.HasSuffix(low, "l"):
			return true, true
		case strings.HasSuffix(low, "m"), strings.HasSuffix(low, "n"), strings.HasSuffix(low, "ng"):
			return true, false
		}
		return false, false
	}
	return false, false
}

// numberFinal reads the digits at the end of s the Sino-Korean way.
func numberFinal(s string) (final, rieul bool) {
	digits := strings.ReplaceAll(s, ",", "")
	end := len(digits)
	start := end
	for start > 0 && digits[start-1] >= '0' && digits[start-1] <= '9' {
		start--
	}
	num := strings.TrimLeft(digits[start:end], "0")
	if num == "" {
		return true, false // 영
	}
	last := num[len(num)-1]
	if last != '0' {
		switch last {
		case '1', '7', '8': // 일, 칠, 팔
			return true, true
		case '3', '6': // 삼, 육
			return true, false
		}
		return false, false // 이, 사, 오, 구
	}
	// A round number is read by its last unit: 십, 백, 천 and 만, 억 end in
	// a consonant; 조 (10¹²) does not.
	zeros := len(num) - len(strings.TrimRight(num, "0"))
	return zeros%4 != 0 || zeros/4 != 3, false
}
