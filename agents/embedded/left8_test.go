package embedded_test

import (
	"strings"
	"testing"

	_ "github.com/madang-world/madang/skills/booking/desk"
	_ "github.com/madang-world/madang/skills/scheduling/titles"
)

// What new users read, fixed (left8).

// TestLeft8AllergyInTheUsersLanguage: an allergy told in one language
// and a table booked in the other showed it untranslated on the Korean
// card ("peanuts 알레르기"): the allergen is said in the language of the
// card, the warning too, and what the assistant notes back.
func TestLeft8AllergyInTheUsersLanguage(t *testing.T) {
	for _, c := range []struct {
		user, fact, noted, find, pick, label, request, warn string
	}{
		{"a", "I'm allergic to peanuts", "allergic to peanuts", "내일 저녁 7시 온 트라토리아 2명 예약해줘", "1번", "요청", "땅콩 알레르기", ""},
		{"b", "저 땅콩 알레르기가 있어요", "땅콩 알레르기", "book a table at On Trattoria tomorrow 7pm for 2", "1", "Request", "allergy: peanuts", ""},
		{"c", "I'm allergic to shrimp", "allergic to shrimp", "내일 저녁 7시 홍대 해산물 2명", "1번", "요청", "새우 알레르기",
			"주의: 별 해물은 해산물 식당이에요. 새우 알레르기가 있다고 하셔서 알려 드려요."},
		{"d", "저 새우 알레르기가 있어요", "새우 알레르기", "seafood in Hongdae tomorrow at 7pm for 2", "the first one", "Request", "allergy: shrimp",
			"Note: Byeol Seafood is a seafood restaurant, and you told me you're allergic to shrimp; please check with them."},
	} {
		w := newWorld(t)
		must(t, w.say(c.user, "assistant", c.fact), c.noted)
		w.say(c.user, "assistant", c.find)
		w.say(c.user, "assistant", c.pick)
		if got := w.confirmField(c.user, c.label); got != c.request {
			t.Errorf("%s: request on the card %q, want %q", c.user, got, c.request)
		}
		sum := w.out.lastConfirm(c.user).Summary
		if c.warn != "" && !strings.Contains(sum, c.warn) || strings.Contains(sum, "peanuts 알레르기") || strings.Contains(sum, "shrimp 알레르기") {
			t.Errorf("%s: summary %q, want the warning %q", c.user, sum, c.warn)
		}
	}
}

// TestLeft8DeletingAnEventIsConfirmed: "치과 일정 지워 줘" deleted the
// user's event at once, with no way back. Deleting an event goes through
// the confirmation card like cancelling a meeting: nothing is deleted
// until the user confirms; declined, the event stays.
func TestLeft8DeletingAnEventIsConfirmed(t *testing.T) {
	for _, c := range []struct {
		user, add, del, summary, done, list, title string
	}{
		{"k", "모레 오후 4시에 치과 일정 넣어줘", "치과 일정 지워 줘", "‘치과’ 일정을 삭제합니다", "‘치과’ 일정을 취소했어요", "내 일정 보여줘", "치과"},
		{"e", "add gym to my calendar tomorrow at 7am", "delete the gym event", "Delete “gym” from your calendar", "Deleted “gym” from your calendar", "show my calendar", "gym"},
	} {
		for _, accept := range []bool{false, true} {
			w := newWorld(t)
			w.say(c.user, "assistant", c.add)
			n := len(w.out.confirms[c.user])
			got := w.say(c.user, "assistant", c.del)
			if len(w.out.confirms[c.user]) != n+1 {
				t.Fatalf("%s: %q → %q: no confirmation asked", c.user, c.del, got)
			}
			cf := w.out.lastConfirm(c.user)
			if cf.Action != "sched_cancel_event" || !strings.Contains(cf.Summary, c.summary) {
				t.Errorf("%s: confirmation %+v, want %q", c.user, cf, c.summary)
			}
			if !strings.Contains(w.say(c.user, "assistant", c.list), c.title) {
				t.Errorf("%s: the event is gone before the user confirmed", c.user)
			}
			got = w.confirm(c.user, "assistant", accept)
			if accept && !strings.Contains(got, c.done) {
				t.Errorf("%s: confirmed → %q, want %q", c.user, got, c.done)
			}
			if has := strings.Contains(w.say(c.user, "assistant", c.list), c.title); has == accept {
				t.Errorf("%s: accept=%v, event still there: %v", c.user, accept, has)
			}
		}
	}
}

// TestLeft8BreakfastQuestion: "2번 조식 포함이야?" held the room (a pick
// with words around it), "조식 포함이야?" after booking was not
// understood, and a breakfast question was answered with check-in times.
// A breakfast question about a place to stay is answered from what the
// place says ("Breakfast included"), or said to be unknown — and nothing
// is held.
func TestLeft8BreakfastQuestion(t *testing.T) {
	for _, c := range []struct {
		user, search, q2, yes, q1, unknown, pick string
	}{
		{"k", "서울 숙소 다음주 금요일 1박 2명", "2번 조식 포함이야?", "네, 하늘 리조트는 조식이 포함돼요.", "1번은 조식 있어?", "담 한옥 스테이의 조식 정보는 없어요", "2번으로 예약해줘"},
		{"e", "a place to stay in Seoul next friday 1 night for 2", "does the second one include breakfast?", "Yes, Haneul Resort includes breakfast.", "is breakfast included at the first one?", "I don't have breakfast details for Dam Hanok Stay", "book the second one"},
	} {
		w := newWorld(t)
		w.say(c.user, "assistant", c.search)
		must(t, w.say(c.user, "assistant", c.q2), c.yes)
		got := w.say(c.user, "assistant", c.q1)
		must(t, got, c.unknown)
		if strings.Contains(got, "체크인") || strings.Contains(got, "check-in") {
			t.Errorf("%s: %q → %q: check-in times", c.user, c.q1, got)
		}
		if n := len(w.out.confirms[c.user]); n != 0 {
			t.Fatalf("%s: a breakfast question held a room (%d confirmations)", c.user, n)
		}
		w.say(c.user, "assistant", c.pick) // the list is still there to pick from
		if cf := w.out.lastConfirm(c.user); cf.Action != "booking_confirm" {
			t.Fatalf("%s: %q → confirmation %+v", c.user, c.pick, cf)
		}
		w.confirm(c.user, "assistant", true)
	}
	// After the stay is booked, about it.
	for _, c := range []struct{ user, search, pick, ask, want string }{
		{"k2", "서울 숙소 다음주 금요일 1박 2명", "1번으로 예약해줘", "조식 포함이야?", "담 한옥 스테이의 조식 정보는 없어요"},
		{"k3", "서울 숙소 다음주 금요일 1박 2명", "2번으로 예약해줘", "호텔 조식 나와?", "네, 하늘 리조트는 조식이 포함돼요."},
		{"e2", "a place to stay in Seoul next friday 1 night for 2", "book the first one", "is breakfast included?", "I don't have breakfast details for Dam Hanok Stay"},
		{"e3", "a place to stay in Seoul next friday 1 night for 2", "book the second one", "do they serve breakfast at the hotel?", "Yes, Haneul Resort includes breakfast."},
	} {
		w := newWorld(t)
		w.say(c.user, "assistant", c.search)
		w.say(c.user, "assistant", c.pick)
		w.confirm(c.user, "assistant", true)
		got := w.say(c.user, "assistant", c.ask)
		must(t, got, c.want)
	}
}

// TestLeft8OneMorePerson: "한 명 더" / "one more person" after a table
// search for 2 showed the same list again (or "I'm not sure what you'd
// like"): it is one more than the party said — the search is for 3, and
// the table held is for 3.
func TestLeft8OneMorePerson(t *testing.T) {
	for _, c := range []struct{ user, search, more, want, pick, party string }{
		{"k", "내일 저녁 7시 강남 이탈리안 2명", "한 명 더", "3명", "1번", "3명"},
		{"k2", "내일 저녁 7시 강남 이탈리안 2명", "아 두 명 더 올 거야", "4명", "1번", "4명"},
		{"e", "a table in Gangnam tomorrow at 7pm for 2, italian", "one more person", "3", "the first one", "3 people"},
		{"e2", "a table in Gangnam tomorrow at 7pm for 2, italian", "actually two more people are coming", "4", "the first one", "4 people"},
	} {
		w := newWorld(t)
		w.say(c.user, "assistant", c.search)
		got := w.say(c.user, "assistant", c.more)
		if strings.Contains(got, "not sure") {
			t.Errorf("%s: %q → %q", c.user, c.more, got)
		}
		w.say(c.user, "assistant", c.pick)
		if p := w.confirmField(c.user, "Party"); p != c.party {
			t.Errorf("%s: %q then %q: party on the card %q, want %q", c.user, c.more, c.pick, p, c.party)
		}
	}
}

// TestLeft8RenameAnEvent: "회의 이름을 주간회의로 바꿔줘", "rename my 3pm to
// Design review" could not be done (read as a new event, or not
// understood). The event named by its title or its time gets the new
// title, and the calendar shows it.
func TestLeft8RenameAnEvent(t *testing.T) {
	for _, c := range []struct{ user, add, rename, want, list, title string }{
		{"k", "내일 오후 3시에 회의 일정 넣어줘", "회의 이름을 주간회의로 바꿔줘", "일정 이름을 ‘주간회의’(으)로 바꿨어요", "내 일정 보여줘", "주간회의"},
		{"k2", "내일 오후 3시에 회의 일정 넣어줘", "내일 3시 일정 제목을 디자인 리뷰로 변경해줘", "일정 이름을 ‘디자인 리뷰’(으)로 바꿨어요", "내 일정 보여줘", "디자인 리뷰"},
		{"e", "add a meeting to my calendar tomorrow at 3pm", "rename my 3pm to Design review", "Renamed it to “Design review”", "show my calendar", "Design review"},
		{"e2", "add gym to my calendar tomorrow at 7am", "change the name of the gym event to Morning run", "Renamed it to “Morning run”", "show my calendar", "Morning run"},
	} {
		w := newWorld(t)
		w.say(c.user, "assistant", c.add)
		must(t, w.say(c.user, "assistant", c.rename), c.want)
		must(t, w.say(c.user, "assistant", c.list), c.title)
	}
}
