package words

import (
	"testing"
	"time"
)

func TestJosa(t *testing.T) {
	for _, c := range []struct{ word, pair, want string }{
		{"28,400원", "이에요/예요", "28,400원이에요"},
		{"주문번호 o1", "이에요/예요", "주문번호 o1이에요"},
		{"2개", "예요/이에요", "2개예요"},
		{"3일", "이에요/예요", "3일이에요"},
		{"온 트라토리아", "을/를", "온 트라토리아를"},
		{"책", "을/를", "책을"},
		{"선생님", "이/가", "선생님이"},
		{"비서", "이/가", "비서가"},
		{"민수", "은/는", "민수는"},
		{"서울", "으로/로", "서울로"},  // ㄹ takes 로
		{"부산", "으로/로", "부산으로"}, // other consonants 으로
		{"학교", "로/으로", "학교로"},
		{"사과", "와/과", "사과와"},
		{"빵", "과/와", "빵과"},
		{"지우", "아/야", "지우야"},
		{"민준", "아/야", "민준아"},
		{"1", "이/가", "1이"},                         // 일
		{"2", "이/가", "2가"},                         // 이
		{"3", "을/를", "3을"},                         // 삼
		{"4", "을/를", "4를"},                         // 사
		{"6", "은/는", "6은"},                         // 육
		{"9", "은/는", "9는"},                         // 구
		{"10", "이에요/예요", "10이에요"},                  // 십
		{"100", "이/가", "100이"},                     // 백
		{"1,000", "이/가", "1,000이"},                 // 천
		{"10000", "이/가", "10000이"},                 // 만
		{"0", "이/가", "0이"},                         // 영
		{"7", "으로/로", "7로"},                        // 칠: ㄹ
		{"6", "으로/로", "6으로"},                       // 육
		{"1000000000000", "이/가", "1000000000000가"}, // 조
		{"email", "을/를", "email을"},
		{"소리랩 무선 이어폰 Air", "이/가", "소리랩 무선 이어폰 Air가"}, // 에어
		{"별빛 무선 이어폰 Lite", "을/를", "별빛 무선 이어폰 Lite를"}, // 라이트
		{"Zoom", "으로/로", "Zoom으로"},
		{"「광합성」", "이/가", "「광합성」이"}, // closing brackets are skipped
		{"(주)마당", "이/가", "(주)마당이"},
	} {
		if got := Josa(c.word, c.pair); got != c.want {
			t.Errorf("Josa(%q, %q) = %q, want %q", c.word, c.pair, got, c.want)
		}
	}
}

func TestJosaUnknownPairPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("an unknown pair did not panic")
		}
	}()
	Josa("책", "을/이")
}

func TestDates(t *testing.T) {
	// Civil dates: the zone of the time.Time never moves the day shown.
	kst := time.FixedZone("KST", 9*3600)
	for _, c := range []struct {
		t      time.Time
		ko, en string
	}{
		{time.Date(2026, 12, 6, 19, 0, 0, 0, kst), "12월 6일(일) 오후 7시", "Sun, Dec 6, 7 PM"},
		{time.Date(2026, 12, 7, 9, 30, 0, 0, kst), "12월 7일(월) 오전 9시 30분", "Mon, Dec 7, 9:30 AM"},
		{time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), "1월 1일(목) 오전 12시", "Thu, Jan 1, 12 AM"},
		{time.Date(2026, 5, 15, 12, 5, 0, 0, time.UTC), "5월 15일(금) 오후 12시 5분", "Fri, May 15, 12:05 PM"},
	} {
		if got := DateTime(c.t, "ko"); got != c.ko {
			t.Errorf("DateTime(%v, ko) = %q, want %q", c.t, got, c.ko)
		}
		if got := DateTime(c.t, "en"); got != c.en {
			t.Errorf("DateTime(%v, en) = %q, want %q", c.t, got, c.en)
		}
	}
	if got := Date(time.Date(2026, 12, 12, 23, 59, 0, 0, time.UTC), "ko"); got != "12월 12일(토)" {
		t.Errorf("Date = %q", got)
	}
}

func TestWon(t *testing.T) {
	for _, c := range []struct {
		n      int64
		ko, en string
	}{
		{28400, "28,400원", "₩28,400"},
		{0, "0원", "₩0"},
		{999, "999원", "₩999"},
		{1000, "1,000원", "₩1,000"},
		{1234567, "1,234,567원", "₩1,234,567"},
		{-3000, "-3,000원", "-₩3,000"},
	} {
		if got := Won(c.n, "ko"); got != c.ko {
			t.Errorf("Won(%d, ko) = %q, want %q", c.n, got, c.ko)
		}
		if got := Won(c.n, "en"); got != c.en {
			t.Errorf("Won(%d, en) = %q, want %q", c.n, got, c.en)
		}
	}
	if got := Josa(Won(28400, "ko"), "이에요/예요"); got != "28,400원이에요" {
		t.Errorf("the price with its particle: %q", got)
	}
}

// TestSpanOneFormat: a time on a day reads the way Date and Clock read
// everywhere else — "Tue, Dec 8, 1–2 PM", "12월 8일(화) 오후 1시–2시" —
// not a second format of its own ("Tue 8 Dec 13:00–14:00").
func TestSpanOneFormat(t *testing.T) {
	day := func(h, m int) time.Time { return time.Date(2026, 12, 8, h, m, 0, 0, time.UTC) }
	for _, c := range []struct {
		st, en     time.Time
		lang, want string
	}{
		{day(13, 0), day(14, 0), "en", "Tue, Dec 8, 1–2 PM"},
		{day(13, 0), day(14, 0), "ko", "12월 8일(화) 오후 1시–2시"},
		{day(9, 30), day(10, 30), "en", "Tue, Dec 8, 9:30–10:30 AM"},
		{day(9, 30), day(10, 30), "ko", "12월 8일(화) 오전 9시 30분–10시 30분"},
		{day(11, 0), day(12, 30), "en", "Tue, Dec 8, 11 AM–12:30 PM"},
		{day(11, 0), day(12, 30), "ko", "12월 8일(화) 오전 11시–오후 12시 30분"},
		{day(17, 0), day(17, 0), "en", "Tue, Dec 8, 5 PM"},
	} {
		if got := Span(c.st, c.en, c.lang); got != c.want {
			t.Errorf("Span(%s, %s, %s) = %q, want %q", c.st.Format("15:04"), c.en.Format("15:04"), c.lang, got, c.want)
		}
	}
}
