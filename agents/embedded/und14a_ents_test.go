package embedded

import (
	"testing"
	"time"
)

// TestUnd14aKoreanSlotReadings: Korean ways of saying a party, a stay, a
// budget, a search's last day and an address that v13 read wrong (fixed
// clock: Wednesday 2026-12-09 10:00 KST).
func TestUnd14aKoreanSlotReadings(t *testing.T) {
	now := time.Date(2026, 12, 9, 10, 0, 0, 0, time.FixedZone("KST", 9*3600))
	for _, tc := range []struct {
		text string
		got  func(e ents) string
		want string
	}{
		// a count of some of the party gives way to the party's size
		{"비건인 친구가 한 명 있어서 채식 메뉴 되는 강남 식당 찾아줘, 여섯 명이야", func(e ents) string { return e.people }, "6"},
		{"아이가 두 명 있는데 괜찮은 파스타집 있을까요", func(e ents) string { return e.people }, "2"},
		// how many fewer is no party; the count it becomes is
		{"두 명이 못 오게 돼서 넷으로 다시 찾아줘", func(e ents) string { return e.people }, "4"},
		{"한 명 빠졌어요 다섯으로 예약 바꿀게요", func(e ents) string { return e.people }, "5"},
		{"세 명 더 와요 여덟 명으로", func(e ents) string { return e.people }, "8"},
		// relatives brought along, and the one asking
		{"부모님이랑 경주 한옥 묵을 곳 찾아줘", func(e ents) string { return e.people }, "3"},
		{"부모님 모시고 가기 좋은 갈비집", func(e ents) string { return e.people }, ""},
		{"남편이랑 이번 주말 속초 호텔", func(e ents) string { return e.people }, "2"},
		{"친구들이랑 여수 펜션", func(e ents) string { return e.people }, ""},
		// days said of nights; a night's price is no stay
		{"금요일부터 사흘 밤 묵을 제주 호텔", func(e ents) string { return e.nights }, "3"},
		{"1박에 18만원 넘으면 곤란한데 강릉 펜션 2박", func(e ents) string { return e.nights + " " + e.moneyMax }, "2 180000"},
		{"숙소는 1박 12만 원 넘는 건 부담돼요", func(e ents) string { return e.moneyMax + "/" + e.moneyMin }, "120000/"},
		{"10만원 넘는 이어폰 보여줘", func(e ents) string { return e.moneyMax + "/" + e.moneyMin }, "/100000"},
		// the count there is, judged too many, gives way to the one asked for
		{"물티슈 여섯 개는 너무 많아 두 개 빼줘", func(e ents) string { return e.items }, "2"},
		{"생수 3개 담아줘", func(e ents) string { return e.items }, "3"},
		// a day closing a search runs from today
		{"다음 주 화요일까지, 한 시간짜리로", func(e ents) string { return e.date + ".." + e.dateEnd }, "2026-12-09..2026-12-15"},
		{"금요일까지 보고서 제출 일정 넣어줘", func(e ents) string { return e.date + ".." + e.dateEnd }, "2026-12-11..2026-12-11"},
		{"12월 14일부터 16일까지 일정", func(e ents) string { return e.date + ".." + e.dateEnd }, "2026-12-14..2026-12-16"},
	} {
		if got := tc.got(parseEntities(tc.text, now)); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
	for text, want := range map[string]string{
		"배송지는 부산시 해운대구 센텀중앙로 48번길 7입니다":      "부산시 해운대구 센텀중앙로 48번길 7",
		"주소: 서울 성동구 왕십리로 5길 12, 301호로 보내주세요": "서울 성동구 왕십리로 5길 12, 301호",
		"서울시 마포구 와우산로 94 보내줘":                "서울시 마포구 와우산로 94",
	} {
		if got := address(text); got != want {
			t.Errorf("address(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestUnd14aNewLengthWhileMoving: "4시로 당겨주고 한 시간으로 늘려줘" moves
// the event and gives it a new length; "30분 당겨줘" only moves it.
func TestUnd14aNewLengthWhileMoving(t *testing.T) {
	for text, want := range map[string]bool{
		"치과 3시로 당기고 두 시간으로 늘려줘":                     true,
		"회의 한 시간 미뤄줘":                               false,
		"요가 30분 당겨줘":                                false,
		"make it two hours long and push it to 5pm": true,
	} {
		if got := newLengthRe.MatchString(text); got != want {
			t.Errorf("%q: new length %v, want %v", text, got, want)
		}
	}
}
