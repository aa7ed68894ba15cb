package embedded_test

import (
	"strings"
	"testing"
)

// TestUnd15aAllergyToldWithThePick: an allergy said in the same words as
// the pick ("1번으로 해 주시고요, 제가 새우 알레르기가 있어요", "the second
// one, one of us has a sesame allergy") goes with the hold; memory has it
// only after the turn, so {memory.allergy} alone lost it.
func TestUnd15aAllergyToldWithThePick(t *testing.T) {
	w := newWorld(t)
	for i, c := range []struct{ search, pick, allergen string }{
		{"강남 이탈리안 모레 저녁 7시 4명", "1번으로 해 주시고요, 제가 새우 알레르기가 있어요", "새우"},
		{"italian in gangnam on friday at 6pm for 3", "the second one, one of us has a sesame allergy", "sesame"},
		{"italian in gangnam on friday at 7pm for 2", "book the first one. my friend is allergic to walnuts", "walnuts"},
	} {
		u := "al" + string(rune('a'+i))
		w.say(u, "assistant", c.search)
		if len(w.out.lastCard(u).Items) < 2 {
			t.Fatalf("%q listed %+v; the test needs a list", c.search, w.out.lastCard(u).Items)
		}
		w.say(u, "assistant", c.pick)
		if got := w.rec.lastUnderstood(u); got.Intent != "booking_hold" || got.Slots["allergy"] != c.allergen {
			t.Errorf("%q: understood %s %v, want booking_hold with allergy %q", c.pick, got.Intent, got.Slots, c.allergen)
		}
		cr := w.out.lastConfirm(u)
		shown := cr.Summary
		for _, f := range cr.Fields {
			shown += " " + f.Label + ": " + f.Value
		}
		if !strings.Contains(strings.ToLower(shown), c.allergen) && !strings.Contains(shown, map[string]string{"새우": "shrimp", "sesame": "참깨", "walnuts": "호두"}[c.allergen]) {
			t.Errorf("%q: the confirmation %q does not name %q", c.pick, shown, c.allergen)
		}
	}
	// the kind of allergy is no allergen
	w.say("alz", "assistant", "italian in gangnam on friday at 6pm for 2")
	w.say("alz", "assistant", "the first one please, one of us has a severe allergy")
	if got := w.rec.lastUnderstood("alz"); got.Slots["allergy"] == "severe" {
		t.Errorf("'a severe allergy' read as an allergy to 'severe': %v", got.Slots)
	}
}

// TestUnd15aPickAndItsRequestAreOne: "3번으로 확정하고 초대 보내 줘,
// 장소는 …" picks from the list of free times and asks for what that pick
// does (the invite) — one request, not a pick and then a second one; the
// place, the title and the reminder said after the joint go with the
// invite. The same in English.
func TestUnd15aPickAndItsRequestAreOne(t *testing.T) {
	w := newWorld(t)
	for i, c := range []struct {
		find, pick string
		want       map[string]string
	}{
		{"내일 오후에 은지랑 30분 이야기할 시간 찾아줘", "두 번째 걸로 확정하고 초대 보내 줘, 장소는 본관 3층 카페",
			map[string]string{"location": "본관 3층 카페"}},
		{"모레 오후에 서연, 준호랑 한 시간 회의할 시간 봐줘", "첫 번째 거로 잡고 초대장 보내 주세요. 제목은 분기 계획, 15분 전에 알림 부탁해요",
			map[string]string{"title": "분기 계획", "reminder_minutes": "15"}},
		{"find 30 minutes with Hana tomorrow afternoon", "take the second one and send the invite, remind me 20 minutes before",
			map[string]string{"reminder_minutes": "20"}},
	} {
		u := "pk" + string(rune('a'+i))
		w.say(u, "assistant", c.find)
		if got := w.rec.lastUnderstood(u); got.Intent != "sched_find_slots" {
			t.Fatalf("%q: understood %s; the test needs a list of free times", c.find, got.Intent)
		}
		w.say(u, "assistant", c.pick)
		got := w.rec.lastUnderstood(u)
		if got.Intent != "sched_invite" || got.Slots["start"] == "" {
			t.Errorf("%q: understood %s %v, want the invite of the time picked", c.pick, got.Intent, got.Slots)
			continue
		}
		for k, v := range c.want {
			if got.Slots[k] != v {
				t.Errorf("%q: %s = %q, want %q (%v)", c.pick, k, got.Slots[k], v, got.Slots)
			}
		}
	}
}
