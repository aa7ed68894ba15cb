package embedded_test

import (
	"strings"
	"testing"
)

// The world's clock in these tests: Monday 2026-12-07 09:00 KST.

// TestUnd12aRenameSaidOtherwise: an event renamed by its place in the
// list just shown ("첫 번째 일정"), by a weekday and hour of another week
// ("수요일 3시 거"), or with the new name before the word for it ("공부
// 말고 '토익 공부'라고 이름 바꿔줘") is renamed, and the reply says the
// new name.
func TestUnd12aRenameSaidOtherwise(t *testing.T) {
	for _, c := range []struct {
		prior       []string
		text, title string
		when        string // the renamed event's day as the reply writes it
	}{
		{[]string{"토요일 오전 10시 운동 일정 등록", "토요일 오후 2시 치과 일정 넣어줘", "토요일 일정 보여줘"}, "두 번째 일정 이름 수영 강습으로 고쳐줘", "수영 강습", "오후 2시"},
		{[]string{"토요일 오전 10시 운동 일정 등록", "금요일 오후 2시 치과 일정 넣어줘", "이번 주 일정 보여줘"}, "첫번째 거 제목 정기 검진으로 바꿔", "정기 검진", "12월 11일"},
		{[]string{"다음주 수요일 오후 3시 미팅준비 일정 추가해줘"}, "수요일 3시 거 제목 발표 리허설로 바꿔", "발표 리허설", "12월 16일"},
		{[]string{"오늘 오후 5시에 공부 일정 넣어줘"}, "아 공부 말고 '토익 공부'라고 이름 바꿔줘", "토익 공부", "12월 7일"},
		{[]string{"내일 오후 4시에 독서 일정 넣어줘"}, "독서 말고 독서 모임으로 제목 변경해 줘", "독서 모임", "12월 8일"},
	} {
		w := newWorld(t)
		for _, p := range c.prior {
			w.say("u", "assistant", p)
		}
		r := w.say("u", "assistant", c.text)
		if u := w.rec.lastUnderstood("u"); u.Intent != "sched_rename_event" || u.Slots["title"] != c.title {
			t.Errorf("%q: understood %s %v, want a rename to %q (reply %q)", c.text, u.Intent, u.Slots, c.title, r)
			continue
		}
		if !strings.Contains(r, c.title) || !strings.Contains(r, c.when) {
			t.Errorf("%q: reply %q, want %q on %s", c.text, r, c.title, c.when)
		}
	}
}

// TestUnd12aNeighbouringDays: "모레랑 글피" lists both days; two days
// apart are not read as the days between them.
func TestUnd12aNeighbouringDays(t *testing.T) {
	w := newWorld(t)
	w.say("u", "assistant", "수요일 오전 10시 치과 일정 넣어줘")
	w.say("u", "assistant", "목요일 오후 3시 헬스 일정 넣어줘")
	r := w.say("u", "assistant", "모레랑 글피 스케줄")
	if u := w.rec.lastUnderstood("u"); u.Intent != "sched_my_events" || u.Slots["from"] != "2026-12-09" || u.Slots["to"] != "2026-12-10" {
		t.Errorf("understood %s %v, want Wednesday to Thursday", u.Intent, u.Slots)
	}
	must(t, r, "치과", "헬스")
}

// TestUnd12aDayBeforeHoliday: "크리스마스 전날" is the 24th, and the word
// is not part of the meeting's title.
func TestUnd12aDayBeforeHoliday(t *testing.T) {
	w := newWorld(t)
	w.say("u", "assistant", "크리스마스 전날 저녁 6시에 민수 은지랑 송년회 초대장 보내줘")
	u := w.rec.lastUnderstood("u")
	if u.Intent != "sched_invite" || u.Slots["start"] != "2026-12-24T18:00" || u.Slots["title"] != "송년회" {
		t.Errorf("understood %s %v, want the year-end party on the 24th at 18:00", u.Intent, u.Slots)
	}
}

// TestUnd12aNameThatIsANumber: 하나 listed with commas among people is
// Hana, not "one" (no count of one slot); a count said is the number of
// times to find.
func TestUnd12aNameThatIsANumber(t *testing.T) {
	w := newWorld(t)
	w.say("u", "assistant", "준호, 하나, 은지 다 같이 되는 시간 금요일 오후 2시에서 5시 사이로 봐줘")
	if u := w.rec.lastUnderstood("u"); u.Slots["participants"] != "준호,하나,은지" || u.Slots["limit"] != "" {
		t.Errorf("understood %s %v, want Junho, Hana and Eunji", u.Intent, u.Slots)
	}
	w.say("v", "assistant", "12월 18일 오후 2시 팀장 회의 소집: 민수, 지영, 서연, 준호, 하나. 2시간이고 15분 전에 알림 줘")
	if u := w.rec.lastUnderstood("v"); u.Slots["participants"] != "민수,지영,서연,준호,하나" {
		t.Errorf("understood %s %v, want five people", u.Intent, u.Slots)
	}
	w.say("c", "assistant", "민수 서연 목요일 오전 중에 다 비는 시간 두 개만 찾아줘")
	if u := w.rec.lastUnderstood("c"); u.Intent != "sched_find_slots" || u.Slots["limit"] != "2" {
		t.Errorf("understood %s %v, want two times", u.Intent, u.Slots)
	}
}

// TestUnd12aAskingAboutTheCalendar: asking whether a meeting is on a day
// lists the day's events rather than arranging one; thanks in the past
// tense are thanks, with the tutor too.
func TestUnd12aAskingAboutTheCalendar(t *testing.T) {
	w := newWorld(t)
	w.say("u", "assistant", "수요일 낮 12시 팀 점심 일정 넣어줘")
	r := w.say("u", "assistant", "모레 점심에 회의 있어?")
	if u := w.rec.lastUnderstood("u"); u.Intent != "sched_my_events" || u.Slots["from"] != "2026-12-09" {
		t.Errorf("understood %s %v, want Wednesday's events", u.Intent, u.Slots)
	}
	must(t, r, "팀 점심")
	for _, text := range []string{"오늘 고마웠어요!", "설명해 주셔서 감사했습니다"} {
		r := w.say("t"+text, "tutor", text)
		if u := w.rec.lastUnderstood("t" + text); u.Intent != "thanks" {
			t.Errorf("%q to the tutor: understood %s %v (reply %q), want thanks", text, u.Intent, u.Slots, r)
		}
	}
}

// TestUnd12aHanaBetweenNames: 하나 between two people named is Hana, and
// no count of times to find.
func TestUnd12aHanaBetweenNames(t *testing.T) {
	w := newWorld(t)
	w.say("u", "assistant", "지영이 하나 은지 금요일에 다 같이 되는 시간?")
	if u := w.rec.lastUnderstood("u"); u.Intent != "sched_find_slots" || u.Slots["participants"] != "지영,하나,은지" || u.Slots["limit"] != "" {
		t.Errorf("understood %s %v, want Jiyoung, Hana and Eunji", u.Intent, u.Slots)
	}
}

// TestUnd12aThatDayTheAvatarSaid: "그날" is the day last talked about
// even when only the avatar said it — the day of the event it just moved
// — not the week the user asked about before.
func TestUnd12aThatDayTheAvatarSaid(t *testing.T) {
	w := newWorld(t)
	w.say("u", "assistant", "토요일 오전 10시 운동 일정 등록")
	w.say("u", "assistant", "금요일 오후 2시 치과 일정 넣어줘")
	w.say("u", "assistant", "이번 주 일정 보여줘")
	r := w.say("u", "assistant", "치과 일정 4시로 옮겨줘")
	must(t, r, "12월 11일")
	w.say("u", "assistant", "그날 저녁 7시 강남 이탈리안 2명 예약해줘")
	if u := w.rec.lastUnderstood("u"); u.Intent != "booking_search_restaurants" || u.Slots["date"] != "2026-12-11" {
		t.Errorf("understood %s %v, want a table on Friday the 11th", u.Intent, u.Slots)
	}
}
