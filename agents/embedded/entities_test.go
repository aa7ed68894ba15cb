package embedded

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestDaysAsChoice: two days said as a choice ("내일이나 모레", "friday or
// saturday") are the days from the first to the last; two days said
// otherwise keep the first.
func TestDaysAsChoice(t *testing.T) {
	now := time.Date(2026, 12, 9, 10, 0, 0, 0, time.FixedZone("KST", 9*3600)) // Wednesday
	for _, tc := range []struct{ text, from, to string }{
		{"김민수랑 내일이나 모레 중에 한 시간", "2026-12-10", "2026-12-11"},
		{"friday or saturday, an hour with Hana", "2026-12-11", "2026-12-12"},
		{"금요일 아니면 다음 주 월요일", "2026-12-11", "2026-12-14"},
		{"다음주 화요일이나 수요일로 지호랑", "2026-12-15", "2026-12-16"},
		{"a slot with Mina tomorrow or the day after", "2026-12-10", "2026-12-11"},
		{"내일 3시", "2026-12-10", "2026-12-10"},
		{"내일 회의 모레로 옮겨줘", "2026-12-10", "2026-12-10"},
	} {
		e := parseEntities(tc.text, now)
		if e.date != tc.from || e.dateEnd != tc.to {
			t.Errorf("%q: %s..%s, want %s..%s", tc.text, e.date, e.dateEnd, tc.from, tc.to)
		}
	}
}

// TestShiftSign: the words that move an item later or earlier by the
// length said, from data/generic.json.
func TestShiftSign(t *testing.T) {
	for text, want := range map[string]int{
		"치과 30분 늦춰줘": 1, "회의 한 시간 미뤄 주세요": 1, "push it back 15 minutes": 1,
		"30분 당겨줘": -1, "make it an hour earlier": -1, "치과 4시로 옮겨줘": 0,
	} {
		if got := shiftSign(text); got != want {
			t.Errorf("shiftSign(%q) = %d, want %d", text, got, want)
		}
	}
}

// TestStripWholeWords: an English carrier phrase is removed only as whole
// words ("get" is not inside "budget", "a" not inside "party"); Korean
// phrases still come off the words they are glued to.
func TestStripWholeWords(t *testing.T) {
	for _, tc := range []struct {
		text  string
		strip []string
		want  string
	}{
		{"invite David to Budget review", []string{"invite", "get", "to"}, "David Budget review"},
		{"new years eve party", []string{"a", "new event"}, "new years eve party"},
		{"add a call for me", []string{"add", "a", "for me"}, "call"},
		{"치과일정추가해줘", []string{"일정", "추가해 줘"}, "치과"},
	} {
		if got := stripText(tc.text, tc.strip); got != tc.want {
			t.Errorf("stripText(%q, %q) = %q, want %q", tc.text, tc.strip, got, tc.want)
		}
	}
}

// TestSlotReadings: what a sentence's entities become once read for slots
// (fixed clock: Wednesday 2026-12-09 10:00 KST).
func TestSlotReadings(t *testing.T) {
	now := time.Date(2026, 12, 9, 10, 0, 0, 0, time.FixedZone("KST", 9*3600))
	for _, tc := range []struct {
		text string
		got  func(e ents) string
		want string
	}{
		// a clock time with "before" ends a window
		{"Yuki랑 저녁 6시 전까지 내일이나 모레 20분", func(e ents) string { return e.winTo + " " + e.time }, "18:00 "},
		{"a slot with Mina before 6pm tomorrow", func(e ents) string { return e.winTo + " " + e.date }, "18:00 2026-12-10"},
		// a span of days said as a window is days, not a length
		{"지수랑 일주일 안에 한 시간 정도", func(e ents) string { return e.date + ".." + e.dateEnd + " " + e.minutes }, "2026-12-09..2026-12-16 60"},
		{"sometime within 3 days with Leo", func(e ents) string { return e.date + ".." + e.dateEnd + " " + e.minutes }, "2026-12-09..2026-12-12 "},
		// what is left of this week
		{"this week, an hour with Leo", func(e ents) string { return e.date + ".." + e.dateEnd }, "2026-12-09..2026-12-13"},
		// a part of the day in a week is that part of each of its days
		{"김지수 박태오 다음 주 오전 중에 30분", func(e ents) string { return e.date + ".." + e.dateEnd + " " + e.winFrom + "-" + e.winTo }, "2026-12-14..2026-12-20 09:00-12:00"},
		// days said as included are not the span
		{"지호랑 주말 포함해서 이번주 안에 한시간", func(e ents) string { return e.date + ".." + e.dateEnd }, "2026-12-09..2026-12-13"},
		// a reminder said before its lead time
		{"금요일 저녁 7시 요가 넣고 알림은 20분 전", func(e ents) string { return e.reminder + " " + e.date + "T" + e.time }, "20 2026-12-11T19:00"},
		// places
		{"토요일 2시 돌잔치, 장소는 롯데호텔 3층", func(e ents) string { return e.place }, "롯데호텔 3층"},
		{"board game night at hongdae game cafe friday 8pm", func(e ents) string { return e.place }, "hongdae game cafe"},
		{"sync with Leo, monday 10:30, room 402", func(e ents) string { return e.place }, "room 402"},
		// "1:1" is a one-on-one, "day" of a date no one's name
		{"1:1 with Mina tomorrow at 3", func(e ents) string { return e.without("1:1 with Mina tomorrow at 3") }, "1:1 with Mina"},
		{"retro w/ Leo & Ava, day after tomorrow 4pm", func(e ents) string { return strings.Join(e.names, ",") }, "Leo,Ava"},
		// counts without a counter
		{"장바구니에 생수 하나 더 넣어줘", func(e ents) string { return e.items }, "1"},
		{"I'll take the top one", func(e ents) string { return e.items }, ""},
		{"give me 4 vocabulary questions", func(e ents) string { return e.items }, "4"},
		{"아이폰 15 케이스 보여줘", func(e ents) string { return e.items }, ""},
		// people said without a count of people
		{"혼밥하기 좋은 데 강남", func(e ents) string { return e.people }, "1"},
		{"im alone tonight, sushi in hongdae", func(e ents) string { return e.people }, "1"},
		{"oh and we're 6 now", func(e ents) string { return e.people }, "6"},
		{"부산 횟집 내일 저녁 7시 셋", func(e ents) string { return e.people }, "3"},
		{"강릉 펜션 금요일 이틀 넷, 20만원 이하", func(e ents) string { return e.people }, "4"},
		{"둘 다 괜찮아요", func(e ents) string { return e.people }, ""},
		{"thai food friday 8pm for me and my bf", func(e ents) string { return e.people }, "2"},
		{"guesthouse in jeonju, a couple, saturday", func(e ents) string { return e.people }, "2"},
		{"hotel for a couple of nights", func(e ents) string { return e.people }, ""},
		// "A 말고 B" is B
		{"4명 말고 6명이요", func(e ents) string { return e.people }, "6"},
		{"내일 말고 모레 7시로", func(e ents) string { return e.date + "T" + e.time }, "2026-12-11T07:00"},
		// an hour said bare where a time goes
		{"move the dentist to 4", func(e ents) string { return strconv.Itoa(e.bareHour) }, "4"},
		{"actually make it 8", func(e ents) string { return strconv.Itoa(e.bareHour) }, "8"},
		{"add 2 to my cart", func(e ents) string { return strconv.Itoa(e.bareHour) }, "0"},
	} {
		if got := tc.got(parseEntities(tc.text, now)); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestWeekdaySaidApartFromWeek: a weekday said apart from the week it is
// in ("visiting next week … on Wednesday evening") is that week's, not the
// coming one; a week said alone is still the week.
func TestWeekdaySaidApartFromWeek(t *testing.T) {
	now := time.Date(2026, 12, 7, 9, 0, 0, 0, time.FixedZone("KST", 9*3600)) // a Monday
	for _, c := range []struct{ text, from, to, at string }{
		{"my parents visit next week, korean food on Wednesday evening around 6 for 4", "2026-12-16", "2026-12-16", "18:00"},
		{"다음 주에 부모님 오시는데 수요일 저녁 6시 한식 4명", "2026-12-16", "2026-12-16", "18:00"},
		{"next week, say friday", "2026-12-18", "2026-12-18", ""},
		{"this week, thursday", "2026-12-10", "2026-12-10", ""},
		{"a free hour next week", "2026-12-14", "2026-12-20", ""},
	} {
		e := parseEntities(c.text, now)
		if e.date != c.from || e.dateEnd != c.to || e.time != c.at {
			t.Errorf("%q: %s..%s %s, want %s..%s %s", c.text, e.date, e.dateEnd, e.time, c.from, c.to, c.at)
		}
	}
}

// TestCheckInDayWins: of two days said, the one said as the check-in is
// when the stay begins ("over Christmas … checking in on the 24th").
func TestCheckInDayWins(t *testing.T) {
	now := time.Date(2026, 12, 7, 9, 0, 0, 0, time.FixedZone("KST", 9*3600))
	for _, c := range []struct{ text, date string }{
		{"a resort over new year's day, checking in on the 30th for 3 nights", "2026-12-30"},
		{"크리스마스 연휴에 제주 호텔, 23일에 체크인해서 2박", "2026-12-23"},
		{"hotel this weekend", "2026-12-12"},
	} {
		if e := parseEntities(c.text, now); e.date != c.date {
			t.Errorf("%q: check-in %s, want %s", c.text, e.date, c.date)
		}
	}
}

// TestCountAfterQty: digits after "qty", "quantity", "x" or "×" count
// ("qty 2", "x 3", "×4"); after a word that only ends in x ("box 2") they
// name, as bare digits do elsewhere ("아이폰 15").
func TestCountAfterQty(t *testing.T) {
	for _, c := range []struct {
		text, num string
		want      bool
	}{
		{"sorilab earbuds qty 2", "2", true},
		{"quantity: 3", "3", true},
		{"add the beanie x 3", "3", true},
		{"add the beanie x2", "2", true},
		{"beanie ×4", "4", true},
		{"the sound box 2", "2", false},
		{"아이폰 15", "15", false},
	} {
		i := strings.LastIndex(c.text, c.num)
		if got := bareCount(c.text, i, i+len(c.num)); got != c.want {
			t.Errorf("%q: %s counts %v, want %v", c.text, c.num, got, c.want)
		}
	}
}
