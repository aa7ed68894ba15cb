package embedded_test

import (
	"strings"
	"testing"
)

// TestMovesSayWhatIsInTheWay replays a new user's trial (clock Monday
// 2026-12-07 09:00 KST): a meeting with invitees is moved for everyone,
// with the user's confirmation (it used to claim a clash at a time the
// slot card had just shown free, then that it could not be moved); a lone event moves — to 11 on its own
// day, to "금요일 같은시간" at its own hour on Friday — and a real clash
// names the event in the way; the pick's particle fits the time range.
func TestMovesSayWhatIsInTheWay(t *testing.T) {
	w := newWorld(t)
	w.say("k", "assistant", "다음주 목요일 오후에 민수랑 지영이랑 30분 회의")
	must(t, w.say("k", "assistant", "1번"), "12월 17일(목) 오후 1시–1시 30분으로 초대장을 보낼게요")
	must(t, w.confirm("k", "assistant", true), "초대장을 보냈어요")
	got := w.say("k", "assistant", "그 회의 오후 4시로 옮겨줘")
	must(t, got, "‘회의’에는 초대한 분들이 있어서 모두의 일정에서 함께 옮겨야 해요")
	if cf := w.out.lastConfirm("k"); cf.Action != "sched_reschedule_meeting" || cf.Summary != "‘회의’를 12월 17일(목) 오후 4시–4시 30분으로 옮기고 김민수, 이지영에게 알립니다." {
		t.Fatalf("confirm %+v", cf)
	}
	must(t, w.confirm("k", "assistant", false), "")
	must(t, w.say("k", "assistant", "내일 오전10시 치과 일정 추가해줘"), "12월 8일(화) 오전 10시–11시에 ‘치과’ 일정을 넣었어요")
	must(t, w.say("k", "assistant", "치과 11시로 옮겨"), "‘치과’ 일정을 12월 8일(화) 오전 11시–오후 12시로 옮겼어요")
	must(t, w.say("k", "assistant", "치과 금요일 같은시간으로 옮겨줘"), "‘치과’ 일정을 12월 11일(금) 오전 11시–오후 12시로 옮겼어요")
	must(t, w.say("k", "assistant", "금요일 오전 10시 30분에 헬스 일정 넣어줘"),
		"그 시간에는 ‘치과’(오전 11시–오후 12시)가 있어요")
	got = w.say("k", "assistant", "내 일정")
	must(t, got, "앞으로 30일(12월 7일(월)–1월 5일(화)) 일정이에요", "치과", "12월 17일(목) 오후 1시–1시 30분 회의")
	if strings.Contains(got, "그 기간에는 일정이 없어요") {
		t.Fatalf("empty: %q", got)
	}
}

// TestMovesSayWhatIsInTheWayEnglish is the English side of the same trial.
func TestMovesSayWhatIsInTheWayEnglish(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("e", "assistant", "add dentist tomorrow at 10am"), "Added “dentist”")
	must(t, w.say("e", "assistant", "move dentist to 11"), "Moved “dentist” to Tue, Dec 8, 11 AM")
	must(t, w.say("e", "assistant", "move dentist to same time friday"), "Moved “dentist” to Fri, Dec 11, 11 AM")
	must(t, w.say("e", "assistant", "add gym on friday at 10:30am"), "That clashes with “dentist” (11 AM–12 PM)")
	must(t, w.say("e", "assistant", "my schedule"), "Your next 30 days", "dentist")
}

// TestMoveTurnsToTheEventNamed: while a move asks "언제로 옮길까요?" (its
// time clashed), a request naming another event moves that one — the
// trial's "치과 11시로 옮겨" moved (tried to move) the meeting asked about
// before. A bare answer still moves the first.
func TestMoveTurnsToTheEventNamed(t *testing.T) {
	w := newWorld(t)
	w.say("k", "assistant", "내일 오전10시 치과 일정 추가해줘")
	w.say("k", "assistant", "내일 오후 3시 헬스 일정 추가해줘")
	must(t, w.say("k", "assistant", "치과 3시로 옮겨"), "그 시간에는 ‘헬스’(오후 3시–4시)가 있어요")
	must(t, w.say("k", "assistant", "헬스 5시로 옮겨"), "‘헬스’ 일정을 12월 8일(화) 오후 5시–6시로 옮겼어요")
	must(t, w.say("k", "assistant", "치과 3시로 옮겨"), "‘치과’ 일정을 12월 8일(화) 오후 3시–4시로 옮겼어요")
	must(t, w.say("k", "assistant", "헬스 3시로 옮겨"), "그 시간에는 ‘치과’(오후 3시–4시)가 있어요")
	must(t, w.say("k", "assistant", "오후 7시로"), "‘헬스’ 일정을 12월 8일(화) 오후 7시–8시로 옮겼어요")

	must(t, w.say("e", "assistant", "add dentist tomorrow at 10am"), "Added")
	must(t, w.say("e", "assistant", "add gym tomorrow at 3pm"), "Added")
	must(t, w.say("e", "assistant", "move dentist to 3pm"), "That clashes with “gym” (3–4 PM)")
	must(t, w.say("e", "assistant", "move gym to 5pm"), "Moved “gym” to Tue, Dec 8, 5–6 PM")
}

// TestMoveSaysWhichAndWhereTo: a move that names the event by its time
// and says where to ("my 10am friday to 2pm", "금요일 오전 9시 일정 오후
// 3시로", "from thursday to saturday") goes to the second time, not the
// first; "the first one to Tuesday 4pm" is the first event of the list
// moved to 4 pm, not a range from 1 o'clock (clock Monday 2026-12-07).
func TestMoveSaysWhichAndWhereTo(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("e", "assistant", "add physio on friday at 10am"), "Added “physio”")
	must(t, w.say("e", "assistant", "push my 10am on friday to 2pm"), "Moved “physio” to Fri, Dec 11, 2")
	must(t, w.say("e", "assistant", "add piano lesson on thursday at 5pm"), "Added “piano lesson”")
	must(t, w.say("e", "assistant", "move it from thursday to saturday"), "Moved “piano lesson” to Sat, Dec 12, 5")
	must(t, w.say("e", "assistant", "what's on my calendar this week?"), "physio")
	must(t, w.say("e", "assistant", "move the first one to Tuesday 4pm"), "Moved “physio” to Tue, Dec 8, 4")

	must(t, w.say("k", "assistant", "금요일 오전 9시 세무사 상담 일정 넣어줘"), "‘세무사 상담’ 일정을 넣었어요")
	must(t, w.say("k", "assistant", "금요일 오전 9시 일정 오후 3시로 옮겨줘"), "‘세무사 상담’ 일정을 12월 11일(금) 오후 3시")
}
