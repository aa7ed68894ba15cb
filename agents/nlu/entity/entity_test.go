package entity

import (
	"testing"
	"time"
	_ "time/tzdata"
	"unicode/utf8"
)

func seoulRef(t testing.TB) time.Time {
	loc, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		t.Fatal(err)
	}
	return time.Date(2026, 12, 6, 10, 0, 0, 0, loc)
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"내일 저녁 7시 반에 4명 예약해줘", "다음 주 월~수", "from 3 to 5pm", "3만원이하", "2박 3일",
		"28,400원", "under ₩30,000", "the last one", "12월 24일부터 26일까지", "밤 10시부터 새벽 2시까지", "2026-12-24 19:00",
		"마지막에서 두 번째", "두세 명", "3~5만원", "between $20 and $30", "저녁식사 7시", "New Year's Eve at 11:45pm"} {
		f.Add(s)
	}
	ref := seoulRef(f)
	f.Fuzz(func(t *testing.T, s string) {
		es := Parse(s, ref)
		if again := Parse(s, ref); len(again) != len(es) {
			t.Fatalf("%q: %d entities, then %d", s, len(es), len(again))
		}
		prev := 0
		for _, e := range es {
			if e.Start < prev || e.End <= e.Start || e.End > len(s) {
				t.Fatalf("%q: bad span %d..%d after %d", s, e.Start, e.End, prev)
			}
			if e.Text != s[e.Start:e.End] {
				t.Fatalf("%q: Text %q != %q", s, e.Text, s[e.Start:e.End])
			}
			if utf8.ValidString(s) && !utf8.ValidString(e.Text) {
				t.Fatalf("%q: span cuts a rune: %q", s, e.Text)
			}
			prev = e.End
			switch e.Kind {
			case KindTime:
				if e.Time == nil || !e.Time.End.After(e.Time.Start) || e.Time.Start.Location() != ref.Location() {
					t.Fatalf("%q: bad time %v", s, e)
				}
			case KindDuration:
				if e.Duration == nil || e.Duration.Value <= 0 {
					t.Fatalf("%q: bad duration %v", s, e)
				}
			case KindNumber:
				if e.Number == nil {
					t.Fatalf("%q: bad number %v", s, e)
				}
			case KindMoney:
				if e.Money == nil || e.Money.Amount < 0 || e.Money.Currency == "" {
					t.Fatalf("%q: bad money %v", s, e)
				}
			case KindOrdinal:
				if e.Ordinal == 0 || e.Ordinal < -1000 || e.Ordinal > 1000 {
					t.Fatalf("%q: bad ordinal %v", s, e)
				}
			default:
				t.Fatalf("%q: kind %q", s, e.Kind)
			}
		}
	})
}

// TestReferenceSeconds: a reference clock has seconds and nanoseconds; the
// minute it is in still counts as now, and relative times drop the seconds.
func TestReferenceSeconds(t *testing.T) {
	ref := seoulRef(t).Add(30*time.Second + 5*time.Millisecond) // 10:00:30.005
	for in, want := range map[string]string{
		"10시":     `time "10시" 2026-12-06T10:00 hour clock ambiguous`,
		"10:00am": `time "10:00am" 2026-12-06T10:00 minute clock`,
		"30분 뒤":   `time "30분 뒤" 2026-12-06T10:30 minute date clock`,
		"오늘":      `time "오늘" 2026-12-06 day date`,
	} {
		es := Parse(in, ref)
		if len(es) != 1 || es[0].String() != want {
			t.Errorf("%q at %s: %v, want %s", in, ref.Format(time.RFC3339Nano), es, want)
		}
	}
}

func TestEmptyAndBlank(t *testing.T) {
	for _, s := range []string{"", " ", "\t\n", "?!", "ㅋㅋㅋ", "\xff\xfe"} {
		if es := Parse(s, seoulRef(t)); len(es) != 0 {
			t.Errorf("%q: %v", s, es)
		}
	}
}
