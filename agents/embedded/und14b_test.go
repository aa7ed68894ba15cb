package embedded_test

import (
	"strings"
	"testing"
)

// Round 14's English understanding (und14b).

// TestOffSyllabusQuestionIsAsked: a question asked of the tutor that her
// lessons do not cover is still a question for her (tutor_ask), answered
// that the lessons do not cover it; a request for something done, or a
// question about herself or about today, stays out of scope.
func TestOffSyllabusQuestionIsAsked(t *testing.T) {
	w := newWorld(t)
	for i, c := range []struct {
		text, intent, says string
	}{
		{"how do black holes form?", "tutor_ask", "don't cover"},
		{"what's the capital of Peru?", "tutor_ask", "don't cover"},
		{"은하수는 왜 생겨요?", "tutor_ask", "수업 자료에 없어서"},
		{"뉴턴 운동 법칙 설명해줘", "tutor_ask", "수업 자료에 없어서"},
		{"sing me a song", "out_of_scope", ""},
		{"set up a meeting with Minsu tomorrow at 10", "out_of_scope", ""},
		{"how old are you?", "out_of_scope", ""},
	} {
		user := "o" + string(rune('a'+i))
		got := w.say(user, "tutor", c.text)
		u := w.rec.lastUnderstood(user)
		if u.Intent != c.intent {
			t.Errorf("%q: understood %s %v, want %s", c.text, u.Intent, u.Slots, c.intent)
		}
		if c.says != "" && !strings.Contains(got, c.says) {
			t.Errorf("%q: said %q, want the lessons not covering it (%q)", c.text, got, c.says)
		}
		if c.intent == "out_of_scope" && strings.Contains(got, "(Source") {
			t.Errorf("%q: said %q, an answer from the lessons to what is no question for them", c.text, got)
		}
	}
}

// TestEnglishChatAndShortForms: chat's short forms and Korean spelt in
// Latin letters are read as the words they stand for.
func TestEnglishChatAndShortForms(t *testing.T) {
	w := newWorld(t)
	for i, c := range []struct {
		avatar, text, intent string
		slots                map[string]string
	}{
		{"tutor", "gamsahamnida!!", "thanks", nil},
		{"shopper", "any recs for me?", "shop_for_you", nil},
		{"assistant", "find an hour with jiyoung next wk", "sched_find_slots", map[string]string{"from": "2026-12-14", "to": "2026-12-20"}},
		{"assistant", "find 30 min w/ junho next week, weekends are fine", "sched_find_slots", map[string]string{"from": "2026-12-14", "to": "2026-12-20", "include_weekends": "true"}},
	} {
		user := "c" + string(rune('a'+i))
		w.say(user, c.avatar, c.text)
		u := w.rec.lastUnderstood(user)
		if u.Intent != c.intent {
			t.Errorf("%q: understood %s %v, want %s", c.text, u.Intent, u.Slots, c.intent)
		}
		for k, v := range c.slots {
			if u.Slots[k] != v {
				t.Errorf("%q: %s = %q, want %q (%v)", c.text, k, u.Slots[k], v, u.Slots)
			}
		}
	}
}

// TestSlotsSaidCasually: a party said as "we're only 3 now", a count of
// times with a word before them, a place after "in", and clock times that
// narrow a part of the day.
func TestSlotsSaidCasually(t *testing.T) {
	w := newWorld(t)
	w.say("p1", "assistant", "korean bbq in gangnam friday 7pm for 4")
	w.say("p1", "assistant", "actually we're only 3 now")
	if u := w.rec.lastUnderstood("p1"); u.Slots["party_size"] != "3" {
		t.Errorf("understood %s %v, want a party of 3", u.Intent, u.Slots)
	}
	got := w.say("p2", "assistant", "could you suggest two possible times for a call with Hana on Friday?")
	if u := w.rec.lastUnderstood("p2"); u.Slots["limit"] != "2" || strings.Contains(got, "3)") {
		t.Errorf("understood %s %v, said %q; want two times", u.Intent, u.Slots, got)
	}
	w.say("p3", "assistant", "Junho is in Busan this week so afternoons work best, find 30 minutes with him on Thursday between 2 and 4pm")
	u := w.rec.lastUnderstood("p3")
	if u.Slots["participants"] != "junho" && u.Slots["participants"] != "Junho" || u.Slots["day_start"] != "14:00" || u.Slots["day_end"] != "16:00" {
		t.Errorf("understood %s %v, want Junho alone from 14:00 to 16:00", u.Intent, u.Slots)
	}
	w.say("p4", "assistant", "dinner in itaewon saturday 6pm for 3, my sister doesn't eat meat")
	if u := w.rec.lastUnderstood("p4"); u.Slots["vegetarian"] != "true" {
		t.Errorf("understood %s %v, want vegetarian places", u.Intent, u.Slots)
	}
}
