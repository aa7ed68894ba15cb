package embedded

import (
	"testing"
	"time"
)

// TestUnd15aKoreanSlotReadings: Korean ways of saying a party, a reminder's
// lead time, a span of days from now and a dotted date that v14 read
// wrong (fixed clock: Wednesday 2026-12-09 10:00 KST).
func TestUnd15aKoreanSlotReadings(t *testing.T) {
	now := time.Date(2026, 12, 9, 10, 0, 0, 0, time.FixedZone("KST", 9*3600))
	people := func(e ents) string { return e.people }
	remind := func(e ents) string { return e.reminder }
	span := func(e ents) string { return e.date + ".." + e.dateEnd }
	for _, tc := range []struct {
		text string
		got  func(e ents) string
		want string
	}{
		// companions counted: they and the one asking
		{"회사 동료 셋이랑 저녁 먹을 데 찾아줘 을지로 쪽", people, "4"},
		{"후배 두 명하고 파스타 먹을 건데 홍대 괜찮은 데", people, "3"},
		{"친구 2명과 부산 숙소 알아봐", people, "3"},
		{"친구들이랑 여수 펜션", people, ""},
		// a family counted with 식구
		{"우리 다섯 식구 묵을 강릉 펜션 있어요?", people, "5"},
		{"세 식구예요, 방 하나면 돼요", people, "3"},
		// a lead time in words or days
		{"다음 주 금요일 동창회 저녁 7시 등록하고 이틀 전에 알려줘", remind, "2880"},
		{"토요일 오후 3시 이사 일정 넣고 하루 전에 미리 알림 부탁해", remind, "1440"},
		{"모레 아침 9시 건강검진, 한 시간 전에 알려 주세요", remind, "60"},
		{"내일 오후 2시 회의 30분 전에 알려줘", remind, "30"},
		{"하루 전에 잡힌 일정 보여줘", remind, ""},
		// days from now
		{"지훈이랑 한 시간 미팅할 시간 5일 안에 찾아줘", span, "2026-12-09..2026-12-14"},
		{"앞으로 사흘 중에 30분 비는 시간", span, "2026-12-09..2026-12-12"},
	} {
		if got := tc.got(parseEntities(tc.text, now)); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
	// a dotted month and day before a clock
	if e := parseEntities("12.18 오후 3시 / 분기 리뷰 / 1시간", now); e.date != "2026-12-18" || e.time != "15:00" {
		t.Errorf("12.18 오후 3시: %s %s, want 2026-12-18 15:00", e.date, e.time)
	}
	if e := parseEntities("별점 4.5 이상인 호텔", now); e.date != "" {
		t.Errorf("별점 4.5: date %q, want none", e.date)
	}
}
