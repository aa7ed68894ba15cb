package presence_test

import (
	"encoding/json"
	"testing"

	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server/presence"
)

// decoded is a flushed message as a client reads it.
type decoded struct {
	Type    protocol.Type   `json:"type"`
	Payload json.RawMessage `json:"payload"`
}

func read(t *testing.T, frames [][]byte) (states []protocol.AvatarState, cards []protocol.Card) {
	t.Helper()
	for _, f := range frames {
		var d decoded
		if err := json.Unmarshal(f, &d); err != nil {
			t.Fatal(err)
		}
		switch d.Type {
		case protocol.TypeAvatarState:
			var st protocol.AvatarState
			if err := json.Unmarshal(d.Payload, &st); err != nil {
				t.Fatal(err)
			}
			states = append(states, st)
		case protocol.TypeCard:
			var c protocol.Card
			if err := json.Unmarshal(d.Payload, &c); err != nil {
				t.Fatal(err)
			}
			cards = append(cards, c)
		default:
			t.Fatalf("unexpected message %s", f)
		}
	}
	return states, cards
}

func TestStateIsTheMostEngagedConversation(t *testing.T) {
	b := presence.NewBoard()
	b.SetState("tutor", 7, "u1", protocol.StateListening)
	b.SetState("tutor", 7, "u2", protocol.StateSpeaking)
	b.SetState("tutor", 7, "u3", protocol.StateThinking)
	states, _ := read(t, b.Flush())
	// Three changes within a tick: one message, the newest.
	want := protocol.AvatarState{Avatar: 7, State: protocol.StateThinking, Busy: 2}
	if len(states) != 1 || states[0] != want {
		t.Fatalf("after a tick of changes: %+v, want only %+v", states, want)
	}
	if states, _ := read(t, b.Flush()); len(states) != 0 {
		t.Errorf("nothing changed, yet the next tick sent %+v", states)
	}
	// A newcomer sees the busy avatar.
	if states, _ := read(t, b.Engaged()); len(states) != 1 || states[0] != want {
		t.Errorf("Engaged() = %+v, want %+v", states, want)
	}
	// Conversations end: the avatar goes idle, said once, and a newcomer
	// is told nothing.
	for _, u := range []string{"u1", "u2", "u3"} {
		b.SetState("tutor", 7, u, protocol.StateIdle)
	}
	states, _ = read(t, b.Flush())
	if idle := (protocol.AvatarState{Avatar: 7, State: protocol.StateIdle}); len(states) != 1 || states[0] != idle {
		t.Errorf("after every conversation ended: %+v, want %+v", states, idle)
	}
	if got := b.Engaged(); len(got) != 0 {
		t.Errorf("an idle avatar is news to a newcomer: %s", got)
	}
}

func TestListeningIsNotNewsToNewcomers(t *testing.T) {
	b := presence.NewBoard()
	b.SetState("clerk", 3, "u1", protocol.StateListening)
	if got := b.Engaged(); len(got) != 0 {
		t.Errorf("a listening avatar is news to a newcomer: %s", got)
	}
	if states, _ := read(t, b.Flush()); len(states) != 1 || states[0].State != protocol.StateListening || states[0].Busy != 0 {
		t.Errorf("the room was not told the clerk listens (busy 0): %+v", states)
	}
}

func TestNewestCardOfEachKind(t *testing.T) {
	b := presence.NewBoard()
	b.Card("tutor", protocol.Card{Kind: protocol.CardProducts, Title: "첫 번째"})
	b.Card("clerk", protocol.Card{Kind: protocol.CardProducts, Title: "가게"})
	b.Card("tutor", protocol.Card{Kind: protocol.CardProducts, Title: "두 번째"})
	_, cards := read(t, b.Flush())
	if len(cards) != 2 || cards[0].Title != "두 번째" || cards[1].Title != "가게" {
		t.Fatalf("cards sent = %+v, want the tutor's newest (두 번째) then the clerk's (가게)", cards)
	}
	if _, cards := read(t, b.Flush()); len(cards) != 0 {
		t.Errorf("cards were sent twice: %+v", cards)
	}
}
