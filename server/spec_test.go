package server_test

import (
	"testing"
	"time"

	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
)

// TestSpecAnswers: what protocol/README.md now says about limits, room
// counts and greetings is what the server does.
func TestSpecAnswers(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	b := newBot(t, ts, "민수")
	l := b.Welcome.Limits
	if l.TalkRate != 1 || l.TalkBurst != 10 || l.TalkRunes != protocol.MaxTalkRunes || l.OtherRate != 20 || l.OtherBurst != 40 || l.MoveBurst != 40 {
		t.Errorf("welcome.limits %+v: want talk 1/s burst 10, %d runes; other 20/s burst 40; move burst 40", l, protocol.MaxTalkRunes)
	}
	// rooms[].players counts people, not avatars.
	for _, r := range b.Welcome.Rooms {
		if r.Players != 0 {
			t.Errorf("room %s counts %d players with nobody in the world", r.ID, r.Players)
		}
	}
	j := b.join(t, "store")
	if j.Room.Players != 1 {
		t.Errorf("joined.room.players %d, want 1 (me; not the shopping helper)", j.Room.Players)
	}
	// A greeting (nobody asked) says which language it is in.
	ev := waitEvent(t, b, 10*time.Second, func(e client.Event) bool { s, ok := e.Payload.(*protocol.Speech); return ok && s.Re == "" })
	if s := ev.Payload.(*protocol.Speech); s.Lang != "ko" {
		t.Errorf("greeting %+v: lang %q, want ko", s, s.Lang)
	}
}
