package embedded_test

import (
	"strings"
	"testing"
)

// TestEventTitleIsTheThing: an event's title is the thing the sentence is
// about, not the words around it — "… is Saturday at 8:15am, put it in and
// remind me …" is the train, "pencil in" and "note that" are the asking,
// a second sentence ("겹쳐도 괜찮아") is not the title, and a meal that
// begins a word ("저녁식사") is the event, not the evening (clock Monday
// 2026-12-07).
func TestEventTitleIsTheThing(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("e", "assistant", "My train to Daegu is Saturday at 8:15am, put it in and remind me 20 minutes before"), "Added “train")
	must(t, w.say("e", "assistant", "pencil in drinks with my cousin on the 19th at 8pm"), "Added “drinks with my cousin”")
	must(t, w.say("e", "assistant", "tomorrow at 3, dentist"), "Added “dentist”")
	must(t, w.say("e", "assistant", "add breakfast with my aunt on sunday at 9am"), "Added “breakfast with my aunt”")
	must(t, w.say("k", "assistant", "토요일 저녁 6시에 아빠랑 저녁식사 일정 추가해줘"), "‘아빠랑 저녁식사’ 일정을 넣었어요")
	must(t, w.say("k", "assistant", "내일 오후 4시에 세탁소 들르기 일정 만들어줘. 겹쳐도 괜찮아"), "‘세탁소 들르기’ 일정을 넣었어요")
}

// TestFullNameIsOnePerson: a directory person named by full name with a
// particle or "and I" ("Hana Jung and I", "데이비드 밀러랑") is that
// person — not someone called "Jung" or "밀러" whom nobody knows.
func TestFullNameIsOnePerson(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("e", "assistant", "Hana Jung and I need 30 minutes on friday, any openings?"), "Everyone is free at: 1) Fri, Dec 11")
	must(t, w.say("k", "assistant", "데이비드 밀러랑 금요일에 30분 가능한 시간 있어?"), "12월 11일(금)")
}

// TestMorePeopleJoinTheSearch: a person said "too" ("add eunji too",
// "유키도 넣어서") after a search for free time joins the people searched
// with; said instead ("with eunji instead"), they replace them.
func TestMorePeopleJoinTheSearch(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("k", "assistant", "서연이랑 하나랑 내일 한 시간 되는 시간"), "박서연, 정하나님과")
	must(t, w.say("k", "assistant", "유키도 넣어서 다시 봐줘"), "박서연, 정하나, 유키 사토님과")
	must(t, w.say("e", "assistant", "find 30 minutes with junho on friday"), "Which one?")
	must(t, w.say("e", "assistant", "loop in eunji too"), "Which one?")
	w.say("e", "assistant", "the first one")
	got := w.out.lastConfirm("e").Summary
	if !strings.Contains(got, "Junho") || !strings.Contains(got, "Eunji") {
		t.Fatalf("invite %q, want Junho and Eunji", got)
	}
}

// TestDayLookedAtIsTheDayMeant: right after the calendar of one day is
// shown, an event added with a time alone ("ok then add yoga at 6pm",
// "그럼 저녁 7시에 헬스 추가해줘") is on that day, not today; a day said
// still wins, and the day is not kept past the next request (clock
// Monday 2026-12-07).
func TestDayLookedAtIsTheDayMeant(t *testing.T) {
	w := newWorld(t)
	w.say("e", "assistant", "what's on my calendar tomorrow?")
	must(t, w.say("e", "assistant", "ok then add yoga at 6pm"), "Added “yoga” on Tue, Dec 8, 6")
	must(t, w.say("e", "assistant", "add gym at 8pm"), "Added “gym” on Mon, Dec 7, 8")
	w.say("e2", "assistant", "what do I have on friday?")
	must(t, w.say("e2", "assistant", "add dentist at 3pm on thursday"), "Added “dentist” on Thu, Dec 10, 3")
	w.say("k", "assistant", "내일 일정 뭐 있어?")
	must(t, w.say("k", "assistant", "그럼 저녁 7시에 헬스 추가해줘"), "12월 8일(화) 오후 7시–8시에 ‘헬스’ 일정을 넣었어요")
}
