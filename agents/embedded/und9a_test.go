package embedded_test

import (
	"maps"
	"testing"

	_ "github.com/madang-world/madang/skills/scheduling/titles"
)

// TestUnd9aWhoMakesAnInvitation: an event at a set time with someone
// named is an invitation to them, whatever words ask for it; with only
// kin, a group or nobody named, and no word of inviting, it is the user's
// own event. A question whether people are free at a time stays a search.
func TestUnd9aWhoMakesAnInvitation(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct {
		text, intent string
		slots        map[string]string
	}{
		{"모레 오후 1시에 지영이랑 점심 먹는 거 캘린더에 넣어 줘", "sched_invite", map[string]string{"participants": "지영", "start": "2026-12-09T13:00"}},
		{"add coffee with Daniel on Thursday at 3pm to my calendar", "sched_invite", map[string]string{"participants": "Daniel", "start": "2026-12-10T15:00", "title": "coffee"}},
		{"brunch with my family on Sunday at 11", "sched_create_event", map[string]string{"start": "2026-12-13T11:00", "title": "brunch with my family"}},
		{"I've got a haircut at Blue Salon on Saturday at 1pm", "sched_create_event", map[string]string{"start": "2026-12-12T13:00", "title": "haircut", "location": "Blue Salon"}},
	} {
		user := "w-" + c.text
		w.say(user, "assistant", c.text)
		u := w.rec.lastUnderstood(user)
		got := map[string]string{}
		for k := range c.slots {
			got[k] = u.Slots[k]
		}
		if u.Intent != c.intent || !maps.Equal(got, c.slots) {
			t.Errorf("%q: understood %s %v, want %s %v", c.text, u.Intent, u.Slots, c.intent, c.slots)
		}
	}
}

// TestUnd9aQuotedTitle: a title said in quotes is the event's title as
// said, without the words around it.
func TestUnd9aQuotedTitle(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct{ text, title string }{
		{"목요일 오후 4시에 '분기 결산'이라는 제목으로 일정 넣어줘", "분기 결산"},
		{"put 'renew passport' on Friday at 10am", "renew passport"},
	} {
		w.say("q-"+c.text, "assistant", c.text)
		if u := w.rec.lastUnderstood("q-" + c.text); u.Intent != "sched_create_event" || u.Slots["title"] != c.title {
			t.Errorf("%q: understood %s %v, want the title %q", c.text, u.Intent, u.Slots, c.title)
		}
	}
}

// TestUnd9aCancelThatOne: "cancel that one" after the list of the user's
// bookings cancels the booking shown (its confirmation card), not the
// conversation.
func TestUnd9aCancelThatOne(t *testing.T) {
	for _, c := range []struct{ user, search, pick, mine, cancel string }{
		{"c-en", "italian in gangnam tomorrow at 7pm for 4 people", "take the first", "show my reservations", "cancel that one"},
		{"c-ko", "내일 저녁 7시 강남 이탈리안 4명", "첫번째로 잡아줘", "내 예약 보여줘", "그거 취소할래"},
	} {
		w := newWorld(t)
		w.say(c.user, "assistant", c.search)
		w.say(c.user, "assistant", c.pick)
		w.say(c.user, "assistant", c.mine)
		w.say(c.user, "assistant", c.cancel)
		if u := w.rec.lastUnderstood(c.user); u.Intent != "booking_cancel" || u.Slots["booking_id"] == "" {
			t.Errorf("%q: understood %s %v, want booking_cancel of the booking shown", c.cancel, u.Intent, u.Slots)
		}
	}
}

// TestUnd9aForgetTheCity: "forget seoul, … in busan" searches Busan, and
// the Seoul neighbourhood asked before goes with Seoul.
func TestUnd9aForgetTheCity(t *testing.T) {
	w := newWorld(t)
	w.say("f", "assistant", "any sushi in seongsu?")
	w.say("f", "assistant", "ok forget seoul, show me italian places in busan")
	if u := w.rec.lastUnderstood("f"); u.Slots["city"] != "busan" || u.Slots["area"] != "" || u.Slots["cuisine"] != "italian" {
		t.Errorf("understood %s %v, want italian in busan with no Seoul area", u.Intent, u.Slots)
	}
}

// TestUnd9aDaysSaidExactly: a loose span ("this weekend") then the days
// said exactly ("Friday to Sunday") is a stay from the first of them;
// "주말도 괜찮으니까" lets weekends count, it is not when.
func TestUnd9aDaysSaidExactly(t *testing.T) {
	w := newWorld(t)
	w.say("d1", "assistant", "Going to Busan this weekend, Friday to Sunday. Any hotel?")
	if u := w.rec.lastUnderstood("d1"); u.Slots["check_in"] != "2026-12-11" || u.Slots["nights"] != "2" {
		t.Errorf("understood %s %v, want check-in Friday for 2 nights", u.Intent, u.Slots)
	}
	w.say("d2", "assistant", "주말도 괜찮으니까 이번 주 안에 민수랑 한 시간 회의할 시간 찾아줘")
	if u := w.rec.lastUnderstood("d2"); u.Slots["from"] != "2026-12-07" || u.Slots["to"] != "2026-12-13" {
		t.Errorf("understood %s %v, want this week from today", u.Intent, u.Slots)
	}
}

// TestUnd9aMealIsTheEvent: a meal said apart while a clock time says
// when is what the event is ("정오에 … 점심 먹는 거" is lunch at noon);
// said with 에 and no clock time it is when ("점심에 병원").
func TestUnd9aMealIsTheEvent(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct{ text, title string }{
		{"모레 오후 1시 부모님이랑 점심 먹는 거 넣어줘", "점심"},
		{"금요일 저녁 7시 반 친구 생일 저녁 일정 넣어줘", "친구 생일 저녁"},
		{"내일 저녁 7시 요가 넣어줘", "요가"},
	} {
		w.say("m-"+c.text, "assistant", c.text)
		if u := w.rec.lastUnderstood("m-" + c.text); u.Slots["title"] != c.title {
			t.Errorf("%q: understood %s %v, want the title %q", c.text, u.Intent, u.Slots, c.title)
		}
	}
}

// TestUnd9aPlaceSaidLast: "장소 홍대" at the end names the event's place
// without a particle.
func TestUnd9aPlaceSaidLast(t *testing.T) {
	w := newWorld(t)
	w.say("pl", "assistant", "토요일 저녁 6시 동창회 일정 만들어줘 장소 종로")
	if u := w.rec.lastUnderstood("pl"); u.Slots["location"] != "종로" || u.Slots["title"] != "동창회" {
		t.Errorf("understood %s %v, want 동창회 at 종로", u.Intent, u.Slots)
	}
}
