package entity

import "testing"

// TestDamOnlyStartsAWord: chat's "담" ("담주", "담 금요일") is "next" only
// where a word starts; at the end of 면담, 상담, 잡담 it is part of that
// word, and "면담 목요일" is this week's Thursday, not next week's.
func TestDamOnlyStartsAWord(t *testing.T) {
	ref := seoulRef(t) // Sunday 2026-12-06
	for _, c := range []struct{ text, want string }{
		{"인사팀 면담 목요일 오전 11시", "2026-12-10"},
		{"진로 상담 금요일 3시", "2026-12-11"},
	} {
		var got string
		for _, e := range Parse(c.text, ref) {
			if e.Kind == KindTime && e.Time.HasDate {
				got = e.Time.Start.Format("2006-01-02")
				break
			}
		}
		if got != c.want {
			t.Errorf("%q: day %q, want %q", c.text, got, c.want)
		}
	}
	// At the start of a word it still says "next", as "다음" does.
	for _, c := range [][2]string{{"담 금요일 3시", "다음 금요일 3시"}, {"담주 월요일", "다음 주 월요일"}} {
		a, b := Parse(c[0], ref), Parse(c[1], ref)
		if len(a) == 0 || len(b) == 0 || !a[0].Time.Start.Equal(b[0].Time.Start) {
			t.Errorf("%q and %q read apart: %v, %v", c[0], c[1], a, b)
		}
	}
}
