package titles

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/scheduling"
)

// A new user's trial (trial17, i1): "what time is my lunch tomorrow in
// new york time?" changed the user's time zone ("Your time zone is
// set."). A question of when an event is, in a zone named, is answered:
// the event's time in the user's zone and in that one; the zone stays.
var zoneAskRe = regexp.MustCompile(`(?i)\bwhat\s+time\b|\bwhen\b|몇\s*시|언제|\?|？`)

// zoneChangeRe says to change the zone ("switch", "바꿔"): not a question.
var zoneChangeRe = regexp.MustCompile(`(?i)\b(?:switch|change|set|move|update|use)\b|바꿔|바꿀|변경|설정|맞춰`)

func zoneAsked(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "sched_settings" || !zoneAskRe.MatchString(text) || zoneChangeRe.MatchString(text) {
		return agents.Step{}, false
	}
	tz := t.Said("sched_settings")["time_zone"]
	loc, err := time.LoadLocation(tz)
	if tz == "" || err != nil {
		return agents.Step{}, false
	}
	now := t.Now
	r := t.Call("sched_my_events", map[string]any{"from": now.AddDate(0, 0, -1).Format("2006-01-02"), "to": now.AddDate(0, 0, 30).Format("2006-01-02")})
	if r.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	var evs []struct {
		Title    string `json:"title"`
		Start    string `json:"start"`
		End      string `json:"end"`
		WhenText string `json:"when_text"`
	}
	if json.Unmarshal(r.Data, &evs) != nil {
		return agents.Step{}, false
	}
	lower := strings.ToLower(text)
	var found []int
	for i, e := range evs {
		for _, w := range strings.Fields(strings.ToLower(e.Title)) {
			if len([]rune(w)) >= 2 && strings.Contains(lower, w) {
				found = append(found, i)
				break
			}
		}
	}
	if len(found) != 1 {
		return agents.Step{}, false
	}
	e := evs[found[0]]
	st, err1 := time.Parse(time.RFC3339, e.Start)
	en, err2 := time.Parse(time.RFC3339, e.End)
	if err1 != nil || err2 != nil {
		return agents.Step{}, false
	}
	t.Understood("sched_my_events", max(p, 0.6), nil)
	there := words.Span(st.In(loc), en.In(loc), t.Lang())
	city := scheduling.ZoneName(tz, t.Lang())
	return agents.Step{Say: t.Ko(fmt.Sprintf("‘%s’ 일정은 %s이고, %s 시간(%s)으로는 %s예요. 시간대는 바꾸지 않았어요.", e.Title, e.WhenText, city, tz, there),
		fmt.Sprintf("“%s” is %s your time — %s in %s time (%s). Your time zone is unchanged.", e.Title, e.WhenText, there, city, tz))}, true
}

// A new user's trial (trial18): "what's 3pm here in new york time?" and
// "whats 7 pm seoul time for her?" (a friend from London) SET the user's
// time zone, and "what time zone am i in?" was asked back "Which time
// zone?". A question about a time elsewhere is answered with the time
// converted; a question which zone the user is in names it. Neither
// changes anything.
var (
	// myZoneRe asks which time zone the user (or their calendar) is in.
	myZoneRe = regexp.MustCompile(`(?i)\b(?:what|which)\s+(?:time\s*zone|tz)\b.{0,30}\b(?:i|i'?m|my|me|we|calendar|set|on|using)\b|\bmy\s+(?:current\s+)?(?:time\s*zone|tz)\b.{0,20}(?:\?|\bis\b|what|which)|(?:내|제|나의|저의|지금|현재|캘린더|달력|일정)\s*(?:의\s*)?(?:캘린더\s*|달력\s*)?시간대\s*(?:가|는|은|이)?\s*(?:뭐|무엇|어디|어느|몇)|(?:어느|무슨)\s*시간대`)
	// zoneClockEn, zoneClockKo: a clock time said ("3pm", "7:30 pm",
	// "오후 2시", "저녁 7시 반").
	zoneClockEn = regexp.MustCompile(`(?i)\b(\d{1,2})(?::(\d\d))?\s*(am|pm|a\.m\.|p\.m\.)|\b(\d{1,2})(?::(\d\d))?\s*o'?clock|\b(noon|midnight)\b`)
	zoneClockKo = regexp.MustCompile(`(오전|오후|아침|저녁|밤|새벽|낮)?\s*(\d{1,2})\s*시(?:\s*(\d{1,2})\s*분|\s*(반))?|(정오|자정)`)
	// zoneHereRe: the user's own place ("here", "여기", "my time").
	zoneHereRe     = regexp.MustCompile(`(?i)\b(?:here|my\s+time|local\s+time|our\s+time)\b|여기|이곳|이쪽|우리\s*시간|내\s*시간|한국`)
	zoneTomorrowRe = regexp.MustCompile(`(?i)\btomorrow\b|내일`)
	// zoneTimeWordRe: the text speaks of a time (of day) somewhere.
	zoneKoAskRe    = regexp.MustCompile(`몇\s*시`)
	zoneTimeWordRe = regexp.MustCompile(`(?i)\btime\b|시간|몇\s*시`)
	// zoneWhatRe: a question without a question mark ("what's 9pm seoul
	// time in london").
	zoneWhatRe = regexp.MustCompile(`(?i)\bwhat'?s\b|\bwhat\s+is\b|\bhow\s+late\b|몇\s*시|언제|인가요|일까|이야|이에요|예요|야$`)
)

// zoneCities: the words of the common zones' cities, lower case.
var zoneCities = map[string]string{
	"seoul": "Asia/Seoul", "korea": "Asia/Seoul", "kst": "Asia/Seoul", "new york": "America/New_York", "nyc": "America/New_York", "ny": "America/New_York",
	"london": "Europe/London", "uk": "Europe/London", "tokyo": "Asia/Tokyo", "japan": "Asia/Tokyo", "paris": "Europe/Paris", "los angeles": "America/Los_Angeles",
	"la": "America/Los_Angeles", "california": "America/Los_Angeles", "san francisco": "America/Los_Angeles", "chicago": "America/Chicago", "sydney": "Australia/Sydney",
	"berlin": "Europe/Berlin", "singapore": "Asia/Singapore", "shanghai": "Asia/Shanghai", "beijing": "Asia/Shanghai", "china": "Asia/Shanghai", "hong kong": "Asia/Hong_Kong",
	"bangkok": "Asia/Bangkok", "vietnam": "Asia/Ho_Chi_Minh", "india": "Asia/Kolkata", "dubai": "Asia/Dubai", "toronto": "America/Toronto", "vancouver": "America/Vancouver",
	"hawaii": "Pacific/Honolulu", "taipei": "Asia/Taipei", "manila": "Asia/Manila", "jakarta": "Asia/Jakarta", "utc": "UTC", "gmt": "Europe/London",
	"뉴욕": "America/New_York", "미국 동부": "America/New_York", "런던": "Europe/London", "영국": "Europe/London", "도쿄": "Asia/Tokyo", "일본": "Asia/Tokyo", "파리": "Europe/Paris",
	"프랑스": "Europe/Paris", "엘에이": "America/Los_Angeles", "로스앤젤레스": "America/Los_Angeles", "LA": "America/Los_Angeles", "시카고": "America/Chicago", "시드니": "Australia/Sydney",
	"호주": "Australia/Sydney", "베를린": "Europe/Berlin", "독일": "Europe/Berlin", "싱가포르": "Asia/Singapore", "상하이": "Asia/Shanghai", "베이징": "Asia/Shanghai", "중국": "Asia/Shanghai",
	"홍콩": "Asia/Hong_Kong", "방콕": "Asia/Bangkok", "베트남": "Asia/Ho_Chi_Minh", "호찌민": "Asia/Ho_Chi_Minh", "인도": "Asia/Kolkata", "두바이": "Asia/Dubai", "토론토": "America/Toronto",
	"밴쿠버": "America/Vancouver", "하와이": "Pacific/Honolulu", "타이베이": "Asia/Taipei", "대만": "Asia/Taipei", "마닐라": "Asia/Manila", "자카르타": "Asia/Jakarta", "서울": "Asia/Seoul",
}

type zoneMention struct {
	tz  string
	pos int
}

// zoneMentions are the zones named in text, in order, the same zone once.
func zoneMentions(text string) []zoneMention {
	lower := strings.ToLower(text)
	var out []zoneMention
	seen := map[string]bool{}
	for w, tz := range zoneCities {
		lw := strings.ToLower(w)
		for from := 0; ; {
			i := strings.Index(lower[from:], lw)
			if i < 0 {
				break
			}
			i += from
			from = i + len(lw)
			ascii := lw[0] < 0x80
			if ascii && (i > 0 && isWordByte(lower[i-1]) || from < len(lower) && isWordByte(lower[from])) {
				continue
			}
			if w == "LA" && text[i:i+2] != "LA" || w == "la" && text[i:i+2] != "LA" {
				continue // "la" the word, never Los Angeles unless capitalised
			}
			if !seen[tz] {
				seen[tz] = true
				out = append(out, zoneMention{tz, i})
			}
			break
		}
	}
	slices.SortFunc(out, func(a, b zoneMention) int { return a.pos - b.pos })
	return out
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// zoneClock is the clock time said in text: hour, minute and where.
func zoneClock(text string) (h, m, pos int, ok bool) {
	if g := zoneClockEn.FindStringSubmatchIndex(text); g != nil {
		sub := func(i int) string {
			if g[2*i] < 0 {
				return ""
			}
			return text[g[2*i]:g[2*i+1]]
		}
		switch {
		case sub(6) != "":
			if strings.EqualFold(sub(6), "noon") {
				return 12, 0, g[0], true
			}
			return 0, 0, g[0], true
		case sub(1) != "":
			h, _ = strconv.Atoi(sub(1))
			m, _ = strconv.Atoi(sub(2))
			pm := strings.HasPrefix(strings.ToLower(sub(3)), "p")
			if h > 12 || m > 59 {
				return 0, 0, 0, false
			}
			if h == 12 {
				h = 0
			}
			if pm {
				h += 12
			}
			return h, m, g[0], true
		default:
			h, _ = strconv.Atoi(sub(4))
			m, _ = strconv.Atoi(sub(5))
			if h > 23 || m > 59 {
				return 0, 0, 0, false
			}
			return h, m, g[0], true
		}
	}
	if g := zoneClockKo.FindStringSubmatchIndex(text); g != nil {
		sub := func(i int) string {
			if g[2*i] < 0 {
				return ""
			}
			return text[g[2*i]:g[2*i+1]]
		}
		if sub(5) != "" {
			if sub(5) == "정오" {
				return 12, 0, g[0], true
			}
			return 0, 0, g[0], true
		}
		h, _ = strconv.Atoi(sub(2))
		m, _ = strconv.Atoi(sub(3))
		if sub(4) != "" {
			m = 30
		}
		if h > 24 || m > 59 {
			return 0, 0, 0, false
		}
		switch sub(1) {
		case "오후", "저녁", "밤", "낮":
			if h < 12 && !(sub(1) == "낮" && h >= 10) {
				h += 12
			}
		case "오전", "아침", "새벽":
			if h == 12 {
				h = 0
			}
		default:
			if h >= 1 && h <= 6 {
				h += 12
			}
		}
		return h % 24, m, g[0], true
	}
	return 0, 0, 0, false
}

func zoneQuestion(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if zoneChangeRe.MatchString(text) && !myZoneRe.MatchString(text) {
		return agents.Step{}, false
	}
	if intent != "sched_settings" && intent != "out_of_scope" && intent != "help" && intent != "greet" && intent != "" && p >= 0.6 && !zoneTimeWordRe.MatchString(text) {
		return agents.Step{}, false
	}
	myZone := func() (string, bool) {
		r := t.Call("sched_time_zone", map[string]any{})
		if r.Status != skills.StatusOK {
			return "", false
		}
		var z struct {
			TZ string `json:"time_zone"`
		}
		if json.Unmarshal(r.Data, &z) != nil || z.TZ == "" {
			return "", false
		}
		return z.TZ, true
	}
	h, m, at, clock := zoneClock(text)
	zs := zoneMentions(text)
	if !clock && len(zs) == 0 && myZoneRe.MatchString(text) {
		tz, ok := myZone()
		if !ok {
			return agents.Step{}, false
		}
		t.Understood("sched_settings", max(p, 0.6), nil)
		city := scheduling.ZoneName(tz, t.Lang())
		return agents.Step{Say: t.Ko(fmt.Sprintf("지금 시간대는 %s 시간(%s)이에요. 바꾸려면 “시간대를 런던으로 바꿔줘”처럼 말씀해 주세요.", city, tz),
			fmt.Sprintf("Your time zone is %s time (%s). To change it, say for example “switch my time zone to London”.", city, tz))}, true
	}
	if !clock || len(zs) == 0 || len(zs) > 2 || !zoneAskRe.MatchString(text) && !zoneWhatRe.MatchString(text) {
		return agents.Step{}, false
	}
	mine, ok := myZone()
	if !ok {
		return agents.Step{}, false
	}
	// The candidates: the zones named, and the user's own ("here").
	cands := append([]zoneMention(nil), zs...)
	if loc := zoneHereRe.FindStringIndex(text); loc != nil {
		cands = append(cands, zoneMention{mine, loc[0]})
	}
	if len(cands) > 2 {
		return agents.Step{}, false
	}
	var from, to string
	if q := zoneKoAskRe.FindStringIndex(text); q != nil && q[0] > at {
		// Korean asks "…뉴욕은 몇 시야?": the zone nearest the question
		// is where the time is wanted, the other the time's own.
		best := 0
		for i, c := range cands {
			if abs(c.pos-q[0]) < abs(cands[best].pos-q[0]) {
				best = i
			}
		}
		to, from = cands[best].tz, mine
		if len(cands) == 2 {
			from = cands[1-best].tz
		}
	} else {
		// "7 pm seoul time … in london", "3pm here in new york time": the
		// zone nearest the clock time is the time's own, the other where
		// it is wanted; one city alone is where ("what's 3pm in paris").
		best := 0
		for i, c := range cands {
			if abs(c.pos-at) < abs(cands[best].pos-at) {
				best = i
			}
		}
		if len(cands) == 2 {
			from, to = cands[best].tz, cands[1-best].tz
		} else {
			from, to = mine, cands[0].tz
		}
	}
	if from == to {
		return agents.Step{}, false
	}
	lf, err1 := time.LoadLocation(from)
	lt, err2 := time.LoadLocation(to)
	if err1 != nil || err2 != nil {
		return agents.Step{}, false
	}
	day := t.Now.In(lf)
	if zoneTomorrowRe.MatchString(text) {
		day = day.AddDate(0, 0, 1)
	}
	src := time.Date(day.Year(), day.Month(), day.Day(), h, m, 0, 0, lf)
	dst := src.In(lt)
	lang := t.Lang()
	fromCity, toCity := scheduling.ZoneName(from, lang), scheduling.ZoneName(to, lang)
	t.Understood("sched_settings", max(p, 0.6), nil)
	return agents.Step{Say: t.Ko(fmt.Sprintf("%s 시간 %s %s 시간으로 %s(%s). 시간대는 바꾸지 않았어요.", fromCity, words.Josa(words.DateTime(src, lang), "은/는"), toCity, words.Josa(words.DateTime(dst, lang), "이에요/예요"), to),
		fmt.Sprintf("%s in %s is %s in %s (%s). Your time zone is unchanged.", words.DateTime(src, lang), fromCity, words.DateTime(dst, lang), toCity, to))}, true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
