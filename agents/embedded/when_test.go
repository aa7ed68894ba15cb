package embedded

import (
	"testing"
	"time"
)

var kst = time.FixedZone("KST", 9*3600)

// now is Monday 2026-12-07 09:00 KST.
var now = time.Date(2026, 12, 7, 9, 0, 0, 0, kst)

func TestParseWhen(t *testing.T) {
	for i, tc := range []struct{ in, want string }{
		{"내일 오후 3시", "2026-12-08 15:00 13:00-18:00"},
		{"모레", "2026-12-09"},
		{"다음 주 화요일", "2026-12-15"},
		{"이번 주말", "2026-12-12 +2d"},
		{"저녁 7시 반", "19:30 18:00-21:00"},
		{"오늘 저녁 7시에 강남에서", "2026-12-07 19:00 18:00-21:00"},
		{"내일 오후에 민수랑 지영이랑 한 시간 회의 잡아줘", "2026-12-08 13:00-18:00 1h0m0s"},
		{"아니, 6시로 바꿔줘", "18:00"},
		{"오전 10시 30분", "10:30 09:00-12:00"},
		{"3시", "15:00"},
		{"12월 24일 저녁", "2026-12-24 18:00-21:00"},
		{"금요일 점심", "2026-12-11 12:00-14:00"},
		{"tomorrow 7pm", "2026-12-08 19:00"},
		{"next Tuesday at 3", "2026-12-15 15:00"},
		{"tonight at 7:30 pm for 4", "2026-12-07 19:30 18:00-22:00"},
		{"a 30 minute call on friday", "2026-12-11 30m0s"},
		{"1시간 반 동안", "1h30m0s"},
		{"Dec 24", "2026-12-24"},
		{"2026-12-31 18:00", "2026-12-31 18:00"},
		{"3일에", "2027-01-03"},
		{"2박 3일", ""},
		{"다음 주", "2026-12-14 +5d"},
		{"half an hour", "30m0s"},
		{"", ""},
	} {
		if got := ParseWhen(tc.in, now).String(); got != tc.want {
			t.Errorf("test %d %q: %q, want %q", i, tc.in, got, tc.want)
		}
	}
}

func TestCounts(t *testing.T) {
	for i, tc := range []struct {
		in  string
		n   int
		ok  bool
		who bool
	}{
		{"4명", 4, true, true}, {"두 명이서", 2, true, true}, {"4인 테이블", 4, true, true}, {"세 사람", 3, true, true},
		{"table for two", 2, true, true}, {"for 4 people", 4, true, true}, {"열두 명", 12, true, true}, {"혼자", 0, false, true},
	} {
		n, ok := People(tc.in)
		if n != tc.n || ok != tc.ok {
			t.Errorf("test %d %q: %d %v", i, tc.in, n, ok)
		}
	}
	if n, ok := Count("2박 3일", "박"); n != 2 || !ok {
		t.Errorf("nights: %d %v", n, ok)
	}
	if n, ok := Count("세 개 주세요", "개"); n != 3 || !ok {
		t.Errorf("items: %d %v", n, ok)
	}
}

// TestNotOnTheClock: found by FuzzParseWhen ("27Am" parsed as 27:00).
func TestNotOnTheClock(t *testing.T) {
	for _, s := range []string{"27Am", "at 31", "13pm", "0am", "99:00"} {
		if w := ParseWhen(s, now); w.HasTime {
			t.Errorf("%q: time %d:%02d", s, w.Hour, w.Min)
		}
	}
	for s, h := range map[string]int{"7pm": 19, "12am": 0, "12pm": 12, "11am": 11} {
		if w := ParseWhen(s, now); !w.HasTime || w.Hour != h {
			t.Errorf("%q: %+v, want %d h", s, w, h)
		}
	}
}

func FuzzParseWhen(f *testing.F) {
	for _, s := range []string{"내일 오후 3시", "다음 주 화요일", "tomorrow 7pm", "12월 24일", "2박 3일", "열두 시 반"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w := ParseWhen(s, now)
		if w.HasTime && (w.Hour < 0 || w.Hour > 23 || w.Min < 0 || w.Min > 59) {
			t.Fatalf("%q: time %d:%d", s, w.Hour, w.Min)
		}
		People(s)
	})
}
