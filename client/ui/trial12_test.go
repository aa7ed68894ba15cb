package ui

import (
	"testing"

	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
)

// stateLabels is the state badges a frame draws, by avatar.
func stateLabels(a *App) map[uint32]string {
	out := map[uint32]string{}
	for _, l := range a.Labels {
		if l.Kind == LabelState {
			out[l.ID] = l.Text
		}
	}
	return out
}

// TestTrial12StateLabelsAreNotStale: "듣는 중" stayed under the tutor after
// its answer, and "waiting for your OK" under the assistant while it waited
// for a place to be picked (another user's open card) and after the
// booking was confirmed. Listening shows nothing; waiting shows only while
// this user has a card of that avatar to press.
func TestTrial12StateLabelsAreNotStale(t *testing.T) {
	a, m, mir, now := talkApp(t, []protocol.Entity{{ID: 2, Kind: "player", Name: "Chris", X: 9, Y: 6},
		{ID: 1, Kind: "avatar", Name: "Jini", Role: "assistant", X: 10, Y: 6}})
	m.Lang = "en"
	frame := func() map[uint32]string { a.Frame(1280, 720, mir, now); return stateLabels(a) }

	m.Apply(ev(&protocol.AvatarState{Avatar: 1, State: protocol.StateThinking, Busy: 1}), now)
	if got := frame()[1]; got != "thinking…" {
		t.Fatalf("thinking shows %q", got)
	}
	m.Apply(ev(&protocol.AvatarState{Avatar: 1, State: protocol.StateListening, Busy: 0}), now)
	if got, ok := frame()[1]; ok {
		t.Errorf("after the answer the avatar shows %q", got)
	}
	// Someone else's card waits: nothing for this user to press.
	m.Apply(ev(&protocol.AvatarState{Avatar: 1, State: protocol.StateWaiting, Busy: 1}), now)
	if got, ok := frame()[1]; ok {
		t.Errorf("with no card of ours the avatar shows %q", got)
	}
	// Our own card: waiting for your OK, until it is pressed.
	m.Apply(ev(&protocol.ConfirmRequest{Avatar: 1, Nonce: "cf_1", Action: "booking_confirm", Summary: "On Trattoria, Sat 6:30 PM for 3", Expires: now.UnixMilli() + 60_000}), now)
	if got := frame()[1]; got != "waiting for your OK" {
		t.Errorf("with our card pending the avatar shows %q", got)
	}
	m.Settle("cf_1", "confirmed")
	if got, ok := frame()[1]; ok {
		t.Errorf("after the booking was confirmed the avatar shows %q", got)
	}
}

// TestTrial12AvatarNameInEnglish: an English UI said "Talk to 비서 지니"
// and drew "비서 지니" over the assistant. It shows the avatar's English
// name; Korean keeps the Korean one.
func TestTrial12AvatarNameInEnglish(t *testing.T) {
	for _, c := range []struct{ lang, want string }{{"en", "Assistant Jini"}, {"ko", "비서 지니"}} {
		m := NewModel(c.lang)
		a := NewApp(m, &fakeSender{}, m6)
		_, _, mir, now := talkApp(t, []protocol.Entity{{ID: 2, Kind: "player", Name: "Chris", X: 9, Y: 6}})
		joined := &protocol.Joined{Room: protocol.Room{ID: "lobby", NameKo: "로비", NameEn: "Lobby"}, You: 2,
			Map: protocol.Map{W: 20, H: 14, Tiles: mir.Map().Tiles}, Entities: []protocol.Entity{{ID: 2, Kind: "player", Name: "Chris", X: 9, Y: 6},
				{ID: 1, Kind: "avatar", Name: "비서 지니", NameEn: "Assistant Jini", Role: "assistant", X: 10, Y: 6}},
			Members: []protocol.Member{{ID: 2, Kind: "player", Name: "Chris"}, {ID: 1, Kind: "avatar", Name: "비서 지니", NameEn: "Assistant Jini"}}}
		m.Apply(ev(joined), now)
		mir = client.NewMirrorFrom(joined, now)
		m.Target = 1
		a.Frame(1280, 720, mir, now)
		name := ""
		for _, l := range a.Labels {
			if l.Kind == LabelName && l.ID == 1 {
				name = l.Text
			}
		}
		if name != c.want || m.Name(1) != c.want {
			t.Errorf("%s: label %q, name %q, want %q", c.lang, name, m.Name(1), c.want)
		}
	}
}

// TestTrial12RecapAfterReload: a reloaded page showed only "교실에
// 들어왔어요." above an empty panel, mid-quiz. The recap after joined puts
// the conversation back in the log and the quiz card back on screen,
// clickable; a resume that kept the log adds nothing twice.
func TestTrial12RecapAfterReload(t *testing.T) {
	ents := []protocol.Entity{{ID: 2, Kind: "player", Name: "지우", X: 9, Y: 6}, {ID: 1, Kind: "avatar", Name: "하나 선생님", Role: "tutor", X: 10, Y: 6}}
	a, m, mir, now := talkApp(t, ents)
	m.UserName = "지우"
	quiz := quizCard(1, 1)
	rc := &protocol.Recap{Avatar: 1, Lines: []protocol.RecapLine{
		{From: "you", Text: "광합성 퀴즈 내줘", TS: now.UnixMilli() - 60_000},
		{From: "avatar", Text: "퀴즈를 시작할게요! 1/3. 광합성으로 만들어지는 것은?", TS: now.UnixMilli() - 59_000}}, Card: quiz}
	m.Apply(ev(rc), now)
	if !containsLine(m, LineYou, "광합성 퀴즈 내줘") || !containsLine(m, LineSpeech, "퀴즈를 시작할게요! 1/3. 광합성으로 만들어지는 것은?") {
		t.Fatalf("log after the recap: %+v", m.Lines)
	}
	a.Frame(1280, 720, mir, now)
	say := map[string]bool{}
	for _, b := range a.Boxes {
		for _, btn := range b.Buttons {
			if btn.Action.Kind == "talk" && btn.Action.Pick > 0 {
				say[btn.Action.Text] = true
			}
		}
	}
	if !say["2번"] {
		t.Fatalf("the quiz card is not back with its choices: %v", say)
	}
	// A resume that kept the log ignores the recap.
	n := len(m.Lines)
	m.Apply(ev(&protocol.Joined{Room: protocol.Room{ID: "classroom", NameKo: "교실"}, You: 2, Map: mir.Map(), Entities: ents, Resumed: true}), now)
	m.Apply(ev(rc), now)
	if len(m.Lines) != n+1 { // the "교실에 들어왔어요." line only
		t.Errorf("a resumed log got the recap again: %+v", m.Lines[n:])
	}
}

// TestTrial12SignCentredOnItsZone: on a phone the lobby's "Reception" sign,
// drawn at its zone's left edge, was cut to "eception" by the screen's
// edge while the player stood at the desk. It hangs centred over the zone.
func TestTrial12SignCentredOnItsZone(t *testing.T) {
	mp := protocol.Map{W: 48, H: 20, Zones: []protocol.Zone{{Name: "reception", X: 18, Y: 2, W: 12, H: 4}}}
	signs := ZoneSigns(mp, "en", false, m6)
	if len(signs) != 1 || signs[0].Text != "Reception" {
		t.Fatalf("signs %+v", signs)
	}
	left, right := 18*Tile, 30*Tile
	mid := signs[0].X + m6("Reception")/2
	if mid < (left+right)/2-2 || mid > (left+right)/2+2 {
		t.Errorf("the sign spans %d–%d, not centred over the zone %d–%d", signs[0].X, signs[0].X+m6("Reception"), left, right)
	}
}
