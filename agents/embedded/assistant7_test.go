package embedded_test

import "testing"

// TestMeetingAtSetTimeIsInvite: a meeting with named people at one time is
// an invitation for that time; the same people over a window of hours is
// a search for free times — in both languages. A booking named by its
// kind ("그 리조트", "the guesthouse") is cancelled, not searched again.
func TestMeetingAtSetTimeIsInvite(t *testing.T) {
	w := newWorld(t)
	for _, tc := range []struct{ text, intent, start string }{
		{"지영이랑 목요일 오후 4시에 디자인 점검 잡아 주세요", "sched_invite", "2026-12-10T16:00"},
		{"sync with Minsu on friday at 11am about the launch", "sched_invite", "2026-12-11T11:00"},
		{"민수랑 목요일 오후 1시부터 4시 사이에 30분 비는 시간", "sched_find_slots", ""},
		{"any 30 minutes with Minsu thursday afternoon 1-4?", "sched_find_slots", ""},
		{"예약해 둔 리조트 취소하고 싶어요", "booking_cancel", ""},
		{"please cancel the guesthouse i booked", "booking_cancel", ""},
	} {
		w.say("u-"+tc.text, "assistant", tc.text)
		u := w.rec.lastUnderstood("u-" + tc.text)
		if u.Intent != tc.intent || tc.start != "" && u.Slots["start"] != tc.start {
			t.Errorf("%q: understood %s %v, want %s start %q", tc.text, u.Intent, u.Slots, tc.intent, tc.start)
		}
	}
}

// TestPickBeyondTheList: a pick of a place the card does not have, said
// with what to do with it ("5번으로 잡아 주세요", "book the fifth"), is
// the card's pick: the user hears how many there are, the understanding
// is the hold, and a pick that fits then holds that table.
func TestPickBeyondTheList(t *testing.T) {
	for _, tc := range []struct{ search, beyond, want, then string }{
		{"금요일 저녁 7시 강남 이탈리안 2명", "5번으로 잡아 주세요", "5번은 없어요. 목록에는 3개만 있어요.", "3번"},
		{"italian in gangnam friday 7pm for 2", "ok book the fifth", "There is no number 5: the list has only 3.", "the third"},
	} {
		w := newWorld(t)
		w.say("u", "assistant", tc.search)
		card := w.out.lastCard("u")
		if len(card.Items) != 3 {
			t.Fatalf("%q: card %+v, want three places", tc.search, card)
		}
		must(t, w.say("u", "assistant", tc.beyond), tc.want)
		if u := w.rec.lastUnderstood("u"); u.Intent != "booking_hold" {
			t.Errorf("%q understood %+v, want booking_hold", tc.beyond, u)
		}
		w.say("u", "assistant", tc.then)
		if u := w.rec.lastUnderstood("u"); u.Intent != "booking_hold" || u.Slots["place_id"] != card.Items[2].ID {
			t.Errorf("%q understood %+v, want booking_hold of %s", tc.then, u, card.Items[2].ID)
		}
	}
}

// TestPeopleAndTitlesAsSaid: people of the directory are reported by name,
// not with the particle or title said after them ("은지랑", "유키상",
// "하나 씨"), a full name is one person ("Eunji Han", not "Eunji,Han"),
// "meet with" and "a call with" bring people in without being one, and a
// title given in so many words ("called …", "제목은 …") is the title.
func TestPeopleAndTitlesAsSaid(t *testing.T) {
	w := newWorld(t)
	for _, tc := range []struct{ text, participants, title string }{
		{"유키상이랑 은지랑 목요일 오후 2시부터 5시 사이 비는 시간", "유키,은지", ""},
		{"하나 씨랑 준호님이랑 금요일에 가능한 시간 찾아줘", "하나,준호", ""},
		{"set up a call with Eunji Han and David Miller on friday at 10am called vendor review", "Eunji,David", "vendor review"},
		{"금요일 오후 4시에 은지랑 회의 초대해줘 제목은 채용 점검으로 해줘", "은지", "채용 점검"},
	} {
		w.say("u-"+tc.text, "assistant", tc.text)
		u := w.rec.lastUnderstood("u-" + tc.text)
		if u.Slots["participants"] != tc.participants || u.Slots["title"] != tc.title {
			t.Errorf("%q: understood %s %v, want participants %q title %q", tc.text, u.Intent, u.Slots, tc.participants, tc.title)
		}
	}
	// A title said with the pick of a free time names the invitation.
	w.say("p", "assistant", "find a time with jiyoung tomorrow")
	w.say("p", "assistant", "the second one, call it roadmap sync")
	if u := w.rec.lastUnderstood("p"); u.Intent != "sched_invite" || u.Slots["title"] != "roadmap sync" {
		t.Errorf("pick with a title: understood %+v", u)
	}
}

// TestWhereAndWhenAsSaid: the place of a meeting is the whole room or the
// app it is held on ("5층 회의실에서", "2nd floor conference room", "over
// teams", "웹엑스로"), a place said after the hour is the place alone
// ("at noon at jamsil station"), cutting it out of the title leaves the
// other words whole, and "알람" is a reminder.
func TestWhereAndWhenAsSaid(t *testing.T) {
	w := newWorld(t)
	for _, tc := range []struct{ text, slot, want string }{
		{"민수랑 금요일 3시 회의 잡아주세요 5층 회의실에서", "location", "5층 회의실"},
		{"can you invite minsu to a review friday at 3pm, 2nd floor conference room", "location", "2nd floor conference room"},
		{"invite hana to a design sync friday 10am over teams", "location", "teams"},
		{"지영이를 목요일 오후 2시 회의에 초대해줘 웹엑스로 할게요", "location", "웹엑스"},
		{"brunch tomorrow at noon at jamsil station for an hour", "location", "jamsil station"},
		{"put standup in room 301 tomorrow 9am", "title", "standup"},
		{"토요일 오전 10시 성당 일정 넣어줘 30분 전에 알람", "reminder_minutes", "30"},
	} {
		w.say("u-"+tc.text, "assistant", tc.text)
		if u := w.rec.lastUnderstood("u-" + tc.text); u.Slots[tc.slot] != tc.want {
			t.Errorf("%q: understood %s %v, want %s %q", tc.text, u.Intent, u.Slots, tc.slot, tc.want)
		}
	}
}
