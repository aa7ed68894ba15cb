package titles

import "testing"

// TestReadRename: the free ways of asking to rename an event give the new
// title as the user supplied it and leave the event's words for finding
// it; texts that rename nothing (or name a person, a booking) are no
// rename. The sentences are our own, not an evaluation set's.
func TestReadRename(t *testing.T) {
	for _, c := range []struct {
		text, ref, title string
		said             bool
	}{
		{"모레 요가 일정 제목을 '필라테스'로 바꿔 줄래?", "모레 요가 일정 제목을", "필라테스", false},
		{"월요일 '회의' 일정명 '주간 보고'로 고쳐줘", "월요일 회의 일정명", "주간 보고", false},
		{"달력에 점심이라고 적혀 있는 거 팀 점심으로 이름 바꿔", "점심 거", "팀 점심", false},
		{"금요일 저녁 약속 이름 그냥 동창회로 해줘", "금요일 저녁 약속", "동창회", false},
		{"3시 회의 이름만 \"기획 리뷰\"로 변경해주세요~", "3시 회의", "기획 리뷰", false},
		{"제목 '보고서 마감'으로 수정 부탁해요", "", "보고서 마감", true},
		{"운동 일정 헬스에서 수영으로 이름 바꿔줘", "운동 일정 헬스", "수영", false},
		{"please rename the standup on tuesday to daily sync", "the standup on tuesday", "daily sync", false},
		{"can you change the name of my 5pm to piano lesson?", "my 5pm", "piano lesson", false},
		{"update thursday's workout title to spin class pls", "thursday's workout", "spin class", false},
		{"retitle 'lunch' -> 'lunch w/ team'", "retitle 'lunch'", "lunch w/ team", false},
		{"call it budget review instead", "it", "budget review", true},
		{"let's call the friday meeting offsite planning", "the friday meeting", "offsite planning", false},
		{"I want my tomorrow morning run entry to just say jog", "my tomorrow morning run entry", "jog", false},
		{"make the title quarterly review", "", "quarterly review", true},
	} {
		ref, title, ok := readRename(c.text, c.said)
		if !ok || title != c.title {
			t.Errorf("%q: read ok=%v ref %q title %q; want title %q", c.text, ok, ref, title, c.title)
		}
	}
	for _, text := range []string{
		"내 이름 바꿔줘",
		"예약자 이름을 민수로 바꿔 주세요",
		"change my name to Alex",
		"call Minsu tomorrow at 3pm",
		"내일 회의 3시로 바꿔줘",
		"move my dentist to friday",
		"what's the name of that restaurant?",
		"call off tomorrow's sync with Daniel and tell him",
		"go with the second slot and call it roadmap chat",
		"book the 3pm slot, call it design crit",
		"두 번째 시간으로 잡고 제목은 분기 회고로 해줘",
		"the third one, call it budget sync",
		"2번으로 하고 제목은 주간 보고로 해줘",
	} {
		if ref, title, ok := readRename(text, false); ok {
			t.Errorf("%q read as a rename of %q to %q", text, ref, title)
		}
	}
}
