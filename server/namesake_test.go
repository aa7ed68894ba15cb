package server_test

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestNamesakesNotByID: two guests called 동명이인 use the calendar; a
// third asks the assistant for a meeting with 동명이인 and hears who they
// are without either's internal user id, in speech or cards.
func TestNamesakesNotByID(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	var ids []string
	for i := 0; i < 2; i++ {
		b := newBot(t, ts, "동명이인")
		b.join(t, "lobby")
		talk(t, b, avatarIn(t, b, "assistant"), "내일 일정 알려줘", false)
		ids = append(ids, b.cred.User.ID)
	}
	c := newBot(t, ts, "김대리")
	c.join(t, "lobby")
	r := talk(t, c, avatarIn(t, c, "assistant"), "내일 오후에 동명이인이랑 한 시간 회의 잡아줘", false)
	all, _ := json.Marshal(r.cards)
	heard := r.text() + string(all)
	for _, id := range ids {
		if strings.Contains(heard, id) {
			t.Errorf("the reply shows the user id %s: %s", id, heard)
		}
	}
	if strings.Count(r.text(), "동명이인") < 2 || !strings.Contains(r.text(), "lobby") {
		t.Errorf("the reply does not tell the namesakes apart: %s", r.text())
	}
}
