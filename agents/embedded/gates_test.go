package embedded

import (
	"math/rand"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// gatedRes are the regexps entsOf and place run only when a gate lets
// them, with the gate: a text the gate refuses must be one the regexp
// cannot match, or skipping it would change what is understood.
var gatedRes = []struct {
	name string
	re   *regexp.Regexp
	may  func(string) bool
}{
	{"koRemindAfterRe", koRemindAfterRe, hasDigit},
	{"enDayBoundsRe", enDayBoundsRe, func(s string) bool { return hasDigit(s) && hasLatin(s) }},
	{"koDayBoundsRe", koDayBoundsRe, hasDigit},
	{"itemsQtyRe", itemsQtyRe, hasDigit},
	{"bareHourRe", bareHourRe, hasDigit},
	{"partyNumRe", partyNumRe, func(s string) bool { return hasDigit(s) || hasLatin(s) }}, // (entsOf runs it on digits or letters: "we are five now")
	{"koRemindRe", koRemindRe, hasDigit},
	{"pickNumRe", pickNumRe, func(s string) bool { return hasLatin(s) || hasDigit(s) || strings.Contains(s, "#") }},
	{"koPeopleRe", koPeopleRe, mayKoPeople},
	{"enWithRe", enWithRe, hasLatin},
	{"enPairRe", enPairRe, hasLatin},
	{"enCoupleRe", enCoupleRe, hasLatin},
	{"enPeopleRe", enPeopleRe, hasLatin},
	{"koAloneRe", koAloneRe, func(s string) bool { return strings.Contains(s, "혼") || strings.Contains(s, "1인") }},
	{"notOverRe", notOverRe, func(s string) bool { return hasLatin(s) || strings.Contains(s, "넘") }},
	{"itemsQRe", itemsQRe, hasLatin},
	{"itemsLeadRe", itemsLeadRe, hasLatin},
	{"itemsOfRe", itemsOfRe, hasLatin},
	{"orDayAfterRe", orDayAfterRe, func(s string) bool { return hasLatin(s) || strings.Contains(s, "다음") }},
	{"koPlaceIsRe", koPlaceIsRe, func(s string) bool { return strings.Contains(s, "장소") || strings.Contains(s, "위치") }},
	{"onlineRe", onlineRe, func(s string) bool { return hasLatin(s) || hasOnlineKo(s) }},
	{"placeKoRe", placeKoRe, func(s string) bool { return strings.Contains(s, "에서") }},
	{"koRoomRe", koRoomRe, func(s string) bool { return strings.Contains(s, "회의실") }},
	{"placeEnRe", placeEnRe, hasLatin},
	{"enPlaceNounRe", enPlaceNounRe, hasLatin},
	{"koNameRe", koNameRe, mayKoName},
	{"koHonRe", koHonRe, func(s string) bool { return strings.Contains(s, "님") || strings.Contains(s, "씨") }},
	{"enNameRe", enNameRe, hasLatin},
	{"enCapital", enCapital, hasLatin},
	{"questionWord", questionWord, mayAsk},
	{"koAddrRe", koAddrRe, hasDigit},
	{"enAddrRe", enAddrRe, hasDigit},
}

// TestEntsGates: no text a gate refuses is matched by its regexp — over
// sentences of each kind the regexps read, and over random texts built
// from the regexps' own words, digits of other scripts, and the two
// non-ASCII letters that case-fold to ASCII ones (K, ſ).
func TestEntsGates(t *testing.T) {
	if raceOn && os.Getenv("MADANG_TEST_LONG") == "" {
		t.Skip("sequential: make test runs it without -race (Makefile, target race)")
	}
	said := []string{
		"알림은 15분 전", "30분 전에 알려줘", "1시간 전에 알림", "qty 2", "수량 3", "make it 6", "at 7 then", "인원 8명으로 바꿔주세요",
		"we'll actually be 7", "party size to 5", "number 2", "no. 3", "#4", " 2 ", "둘이 초밥", "어른 셋", "성인 2", "adult 2",
		"with 5 friends", "me and my wife", "a couple", "family of four", "just me", "혼밥", "1인 식당", "nothing over 40000",
		"5만원 넘지 않게", "안 넘게", "2 quick questions", "show me 3 keyboards", "a 5-question quiz", "3 of them",
		"tomorrow or the day after", "내일이나 그 다음 날", "장소는 서울 웨딩홀", "위치: 강남역", "on zoom", "줌으로", "팀즈에서",
		"구글 밋으로", "강남역에서 보자", "3층 회의실에서", "회의실 A", "대회의실", "at Starbucks", "in room 301", "at gangnam station",
		"meeting room 2", "엽록체", "2번", "산소", "광합성 퀴즈 내줘", "ROOM 5", "AT THE CITY HALL", "ONE OF", "ſhow me 3 keyboardſ",
		"\u212aeyboards: show me 3", "３명", "٣ people", "민수랑 지영이랑", "준호, 은지랑", "with Minsu and Jiyoung",
		"when are David and Yuki free", "김 선생님께", "민수씨가", "철수와 영희",
		"이거 뭐야", "왜요", "맞나요", "할까요", "what is a linear equation?", "마포구 와우산로 94 101동 202호", "수성구 범어동 55번지",
		"94 Wausan-ro, Mapo-gu, Seoul, Apt 202", "123 Teheran-ro, Gangnam-gu, Seoul",
	}
	words := []string{" ", "  ", ",", ".", "?", "!", ":", "#", "-", "/", "'", "0", "1", "2", "7", "12", "３", "٣", "\u212a", "\u017f", "K", "s", "S",
		"알림", "알람", "알려줘", "리마인드", "은", "는", "분", "시간", "전", "전에", "미리", "말해", "수량", "qty", "quantity", "to", "make it",
		"at", "in", "then", "instead", "please", "people", "명", "인원", "party size", "headcount", "we'll", "we are", "be", "actually",
		"number", "no", "no.", "one", "two", "ten", "둘", "셋", "다섯", "이", "이서", "어른", "성인", "adult", "하나", "with", "w/",
		"friends", "me and my", "wife", "my", "and", "i", "couple", "of", "family", "just me", "alone", "solo", "혼밥", "혼자", "1인", "석",
		"nothing", "not", "over", "more than", "넘지", "않", "안", "넘", "quick", "questions", "question", "items", "show", "me", "top",
		"list", "more", "or", "the", "day after", "next day", "이나", "아니면", "그", "다음", "날", "장소", "위치", "이에요", "로", "zoom",
		"teams", "google meet", "on", "via", "using", "줌", "팀즈", "구글", "밋", "웹엑스", "스카이프", "으로", "에서", "강남역", "층", "3층",
		"대", "소", "회의실", "A", "호", "Starbucks", "the", "Room", "room", "station", "hall", "conference", "meeting", "floor", "1st",
		"엽록체", "산소", "퀴즈", "광합성", "민수", "지영이", "준호", "은지", "김민수", "이랑", "랑", "이하고", "하고", "와", "과", "이한테",
		"한테", "에게", "께", "님", "씨", "께서", "가", "도", "invite", "send", "meet", "see", "call", "Minsu", "David", "yuki", "&",
		"뭐", "무엇", "무슨", "어떻게", "어떤", "왜", "언제", "어디", "누가", "누구", "몇", "얼마", "어느", "차이", "맞아요", "맞지", "맞나요", "나요",
		"까요", "what", "how", "why", "is", "does", "should", "how to", "what's", "difference", "？", "마포구", "와우산로", "94", "101동", "202호",
		"수성구", "범어동", "55번지", "Teheran-ro", "Gangnam-gu", "Seoul", "street", "Apt", "-", "번길",
	}
	r := rand.New(rand.NewSource(22))
	texts := append([]string(nil), said...)
	for range 200000 {
		var b strings.Builder
		for n := 1 + r.Intn(7); n > 0; n-- {
			b.WriteString(words[r.Intn(len(words))])
			if r.Intn(2) == 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	passed := map[string]int{}
	for _, s := range texts {
		for _, g := range gatedRes {
			if g.may(s) {
				passed[g.name]++
			} else if g.re.MatchString(s) {
				t.Errorf("%s matches %q, which its gate refuses", g.name, s)
			}
		}
	}
	for _, g := range gatedRes {
		if passed[g.name] == 0 || passed[g.name] == len(texts) {
			t.Errorf("%s: the gate let %d of %d texts through", g.name, passed[g.name], len(texts))
		}
	}
}

// stripTextAll is stripText running every phrase's pattern (before its
// gate): the reference TestStripTextGate compares with.
func stripTextAll(text string, strip []string) string {
	out := text
	sorted := append([]string(nil), strip...)
	sort.Slice(sorted, func(i, j int) bool { return len(sorted[i]) > len(sorted[j]) })
	for _, s := range sorted {
		if s == "" {
			continue
		}
		if loc := phraseRe(s).FindStringIndex(out); loc != nil {
			out = out[:loc[0]] + " " + out[loc[1]:]
		}
	}
	return out
}

// TestStripTextGate: skipping a phrase that starts with a Hangul
// syllable the text lacks cuts what running its pattern cuts — over the
// phrase lists stripText is given and random texts made of their words.
func TestStripTextGate(t *testing.T) {
	if raceOn && os.Getenv("MADANG_TEST_LONG") == "" {
		t.Skip("sequential: make test runs it without -race (Makefile, target race)")
	}
	lists := [][]string{gen.Answer, gen.Correction}
	var words []string
	for _, l := range lists {
		for _, p := range l {
			words = append(words, strings.Fields(p)...)
			words = append(words, strings.ReplaceAll(p, " ", ""))
		}
	}
	words = append(words, "엽록체", "산소", "2번", "Oxygen", "THE", "같아요", "?", " ", "정답", "답")
	r := rand.New(rand.NewSource(22))
	for i := range 30000 {
		var b strings.Builder
		for n := 1 + r.Intn(6); n > 0; n-- {
			b.WriteString(words[r.Intn(len(words))])
			if r.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		text, strip := b.String(), lists[i%len(lists)]
		// stripText's cutting loop ends in what stripTextAll returns; the
		// rest of stripText reads only that.
		if got, want := stripCut(text, strip), stripTextAll(text, strip); got != want {
			t.Fatalf("%q: cut to %q, want %q", text, got, want)
		}
	}
}
