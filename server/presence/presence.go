// Package presence is what a room shows of its avatars' conversations:
// each avatar's visible state (its most engaged conversation, and how
// many people it is busy with — never with whom or about what) and the
// cards it broadcasts to the room (a class's quiz board, a shop's
// shelf).
//
// Avatar news is coalesced per tick: a busy avatar (a class of 30)
// changes state and broadcasts results many times a second; each tick
// sends only the newest state of each avatar, if it changed, and the
// newest card of each kind, so the traffic per viewer is bounded by the
// tick rate, not by the class size.
//
// It exists apart from the room so these rules are plain data, tested on
// their own; the room (package server) owns a Board, feeds it from its
// inbox, and sends what Flush returns to everyone in the room.
package presence

import "github.com/madang-world/madang/protocol"

// rank orders states from idle to most engaged.
var rank = map[string]int{protocol.StateIdle: 0, protocol.StateListening: 1, protocol.StateSpeaking: 2,
	protocol.StateThinking: 3, protocol.StateActing: 4, protocol.StateWaiting: 5}

// Board holds a room's avatar news between ticks. It is owned by one
// goroutine (the room's).
type Board struct {
	states map[string]map[string]string // avatar → user → conversation state
	shown  map[string]protocol.AvatarState
	sent   map[string]protocol.AvatarState
	cards  []card
	frames [][]byte // Flush's result, reused
}

type card struct {
	avatar string
	card   protocol.Card
}

// NewBoard returns an empty board.
func NewBoard() *Board {
	return &Board{states: map[string]map[string]string{}, shown: map[string]protocol.AvatarState{},
		sent: map[string]protocol.AvatarState{}}
}

// SetState records that user's conversation with avatar (entity id in the
// room) is now in state; idle ends it and forgets the user. The avatar's
// visible state goes out at the next Flush if it changed.
func (b *Board) SetState(avatar string, entity uint32, user, state string) {
	per := b.states[avatar]
	if per == nil {
		per = map[string]string{}
		b.states[avatar] = per
	}
	per[user] = state
	if state == protocol.StateIdle {
		delete(per, user) // the conversation ended: forget the user
	}
	show := protocol.AvatarState{Avatar: entity, State: protocol.StateIdle}
	for _, st := range per {
		if rank[st] > rank[show.State] {
			show.State = st
		}
		if rank[st] >= rank[protocol.StateSpeaking] {
			show.Busy++
		}
	}
	b.shown[avatar] = show
}

// Card queues a card avatar broadcasts to the room; a newer card of the
// same kind from the same avatar replaces one still queued.
func (b *Board) Card(avatar string, c protocol.Card) {
	for i, old := range b.cards {
		if old.avatar == avatar && old.card.Kind == c.Kind {
			b.cards[i].card = c
			return
		}
	}
	b.cards = append(b.cards, card{avatar, c})
}

// Flush returns the encoded messages due this tick, for everyone in the
// room: each avatar's visible state if it changed since it was last sent,
// then the queued cards. The slice is reused by the next call.
func (b *Board) Flush() [][]byte {
	out := b.frames[:0]
	for id, show := range b.shown {
		if b.sent[id] == show {
			continue
		}
		b.sent[id] = show
		out = append(out, protocol.MustEncode(protocol.TypeAvatarState, "", &show))
	}
	for _, n := range b.cards {
		out = append(out, protocol.MustEncode(protocol.TypeCard, "", &n.card))
	}
	clear(b.cards)
	b.cards = b.cards[:0]
	b.frames = out
	return out
}

// Engaged returns the encoded visible states worth telling someone who
// just joined: avatars busy beyond listening (an idle or listening avatar
// looks the same as one with no conversation).
func (b *Board) Engaged() [][]byte {
	var out [][]byte
	for _, st := range b.shown {
		if st.State != protocol.StateIdle && st.State != protocol.StateListening {
			out = append(out, protocol.MustEncode(protocol.TypeAvatarState, "", &st))
		}
	}
	return out
}
