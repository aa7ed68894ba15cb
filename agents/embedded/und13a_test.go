package embedded_test

import (
	"strings"
	"testing"
)

// The world's clock in these tests: Monday 2026-12-07 09:00 KST.

// TestUnd13aAnswerIsOnlyValues: after a task asked when, an answer that
// is nothing but a day, an hour and a length fills that task — it is no
// new event and no look at the calendar, however much the classifier
// hears one in a sentence of dates.
func TestUnd13aAnswerIsOnlyValues(t *testing.T) {
	for _, c := range []struct {
		prior, text, intent string
		slots               map[string]string
		reply               []string
	}{
		{"준호랑 민수한테 분기 실적 회의 초대 보내줘", "목요일 오후 2시, 한 시간 반이요", "sched_invite",
			map[string]string{"start": "2026-12-10T14:00", "duration_minutes": "90"}, []string{"초대"}},
		{"준호랑 유키랑 회의할 시간 찾아줘", "다음 주 월요일이나 화요일, 한 시간이요", "sched_find_slots",
			map[string]string{"from": "2026-12-14", "to": "2026-12-15", "duration_minutes": "60"}, []string{"12월 14일"}},
		{"지영이랑 30분 통화할 시간 찾아줘", "수요일 오후쯤이요", "sched_find_slots",
			map[string]string{"from": "2026-12-09"}, []string{"12월 9일"}},
	} {
		w := newWorld(t)
		w.say("u", "assistant", c.prior)
		r := w.say("u", "assistant", c.text)
		u := w.rec.lastUnderstood("u")
		if u.Intent != c.intent {
			t.Errorf("%q after %q: understood %s %v, want %s (reply %q)", c.text, c.prior, u.Intent, u.Slots, c.intent, r)
			continue
		}
		for k, v := range c.slots {
			if u.Slots[k] != v {
				t.Errorf("%q: %s = %q, want %q (%v)", c.text, k, u.Slots[k], v, u.Slots)
			}
		}
		must(t, r, c.reply...)
	}
}

// TestUnd13aPartyInWordsBeforeAnHour: "인원은 여섯 명이고 … 7시요" is six
// people at seven — the hour's digit is no party size.
func TestUnd13aPartyInWordsBeforeAnHour(t *testing.T) {
	w := newWorld(t)
	w.say("u", "assistant", "강남 이탈리안 레스토랑 좀 찾아줘")
	r := w.say("u", "assistant", "아 인원은 여섯 명이고 금요일 저녁 7시요")
	u := w.rec.lastUnderstood("u")
	if u.Intent != "booking_search_restaurants" || u.Slots["party_size"] != "6" || u.Slots["time"] != "19:00" || u.Slots["date"] != "2026-12-11" {
		t.Errorf("understood %s %v, want six people on Friday at 19:00", u.Intent, u.Slots)
	}
	if !strings.Contains(r, "12월 11일") || !strings.Contains(r, "오후 7시") {
		t.Errorf("reply %q, want Friday the 11th at 7pm", r)
	}
	w.say("v", "assistant", "강남 이탈리안 레스토랑 좀 찾아줘")
	w.say("v", "assistant", "금요일 저녁 7시 4명")
	w.say("v", "assistant", "인원 5로 바꿔줘")
	if u := w.rec.lastUnderstood("v"); u.Slots["party_size"] != "5" {
		t.Errorf("'인원 5로': understood %s %v, want five", u.Intent, u.Slots)
	}
}

// TestUnd13aCouple: "저희 부부가" is two guests; "커플끼리" two at a table.
func TestUnd13aCouple(t *testing.T) {
	w := newWorld(t)
	r := w.say("u", "assistant", "저희 부부가 다음 주 금요일에 해운대 가는데 호텔 좀 알아봐 주실래요?")
	if u := w.rec.lastUnderstood("u"); u.Intent != "booking_search_lodgings" || u.Slots["guests"] != "2" {
		t.Errorf("understood %s %v, want a stay for two (reply %q)", u.Intent, u.Slots, r)
	}
	w.say("v", "assistant", "커플끼리 내일 저녁 7시 강남 이탈리안 식당 찾아줘")
	if u := w.rec.lastUnderstood("v"); u.Slots["party_size"] != "2" {
		t.Errorf("understood %s %v, want a table for two", u.Intent, u.Slots)
	}
}

// TestUnd13aPlaceSaidWithAPick: a place said with the pick of a free
// time ("마지막 슬롯으로 초대 보내. 장소는 2층 라운지") is where the
// meeting is.
func TestUnd13aPlaceSaidWithAPick(t *testing.T) {
	w := newWorld(t)
	w.say("u", "assistant", "지영이랑 서연이랑 다음 주 월요일에 1시간 회의 가능한 시간")
	r := w.say("u", "assistant", "마지막 슬롯으로 초대 보내. 장소는 2층 라운지")
	u := w.rec.lastUnderstood("u")
	if u.Intent != "sched_invite" || u.Slots["location"] != "2층 라운지" {
		t.Errorf("understood %s %v, want the invite in the 2nd-floor lounge (reply %q)", u.Intent, u.Slots, r)
	}
	must(t, r, "12월 14일")
	w.say("v", "assistant", "지영이랑 서연이랑 다음 주 월요일에 1시간 회의 가능한 시간")
	w.say("v", "assistant", "첫 번째로 초대 보내줘")
	if u := w.rec.lastUnderstood("v"); u.Intent != "sched_invite" || u.Slots["location"] != "" {
		t.Errorf("understood %s %v, want an invite with no place", u.Intent, u.Slots)
	}
}

// TestUnd13aBeforeADay: "크리스마스 전에" asks for the days from today to
// the 24th, not for Christmas Day.
func TestUnd13aBeforeADay(t *testing.T) {
	w := newWorld(t)
	r := w.say("u", "assistant", "크리스마스 전에 서연 씨랑 점심 같이 할 시간 있나 봐줄래? 한 시간이면 돼")
	u := w.rec.lastUnderstood("u")
	if u.Intent != "sched_find_slots" || u.Slots["from"] != "2026-12-07" || u.Slots["to"] != "2026-12-24" {
		t.Errorf("understood %s %v, want the days from today to the 24th (reply %q)", u.Intent, u.Slots, r)
	}
	if strings.Contains(r, "12월 25일") {
		t.Errorf("reply %q offers Christmas Day", r)
	}
}
