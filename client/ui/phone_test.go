package ui

import (
	"strings"
	"testing"

	"github.com/madang-world/madang/protocol"
)

// TestPhoneLayout at 390×844: cards are a full-width bottom sheet sitting
// on the input, the confirmation card breaks no word ("cancellati/on"),
// everything to press is at least 44 px, and the chat folds away.
func TestPhoneLayout(t *testing.T) {
	a, m, mir, now := talkApp(t, []protocol.Entity{{ID: 2, Kind: "player", Name: "민수", X: 4, Y: 6},
		{ID: 1, Kind: "avatar", Name: "비서 지니", Role: "assistant", X: 6, Y: 6}})
	m.Apply(ev(&protocol.Card{Avatar: 1, Kind: protocol.CardSlots, Title: "예약 가능한 시간", Items: []protocol.CardItem{
		{Title: "오후 6시 30분"}, {Title: "오후 7시"}, {Title: "오후 7시 30분"}}}), now)
	fields := []protocol.FieldValue{
		{Label: "restaurant", Value: "Mapo Galbi House (마포 갈비집)"},
		{Label: "cancellation", Value: "Free cancellation until 3 hours before; after that a no-show fee of 10,000 KRW per person"},
		{Label: "날짜", Value: "12월 7일(월) 오후 7시"},
	}
	m.Apply(ev(&protocol.ConfirmRequest{Avatar: 1, Nonce: "n1", Action: "booking.reserve", Summary: "Reserve a table for 4 at Mapo Galbi House",
		Fields: fields, Expires: now.UnixMilli() + 60_000}), now)
	m.Apply(ev(&protocol.Speech{Avatar: 1, Seq: 1, Text: photosynthesis, Final: true}), now)
	const w, h = 390, 844
	a.Frame(w, h, mir, now)
	s := a.Screen
	if !s.Phone {
		t.Fatal("390 px is not laid out as a phone")
	}
	var confirm *Box
	for i, b := range a.Boxes[1:] {
		if b.X != Pad || b.W != w-2*Pad {
			t.Errorf("card %d is not full width: %+v", i, b.Rect)
		}
		if b.Y+b.H > s.Input.Y || b.Y < s.Status.H {
			t.Errorf("card %d %+v is outside the sheet between the status bar and the input %+v", i, b.Rect, s.Input)
		}
		if b.Accent == Warn {
			confirm = &a.Boxes[1+i]
		}
	}
	if confirm == nil {
		t.Fatalf("no confirmation card in %+v", a.Boxes)
	}
	// The sheet sits on the input: its lowest card ends just above it.
	last := a.Boxes[len(a.Boxes)-1]
	if bottom := last.Y + last.H; bottom < s.Input.Y-4-Pad || bottom > s.Input.Y {
		t.Errorf("the sheet ends at y=%d, the input starts at %d", bottom, s.Input.Y)
	}
	// Every word of the confirmation is on one row, whole.
	var rows []string
	for _, r := range confirm.Rows {
		rows = append(rows, r.Text)
	}
	shown := map[string]bool{}
	for _, r := range rows {
		for _, word := range strings.Fields(r) {
			shown[word] = true
		}
	}
	for _, f := range fields {
		for _, word := range strings.Fields(f.Label + " " + f.Value) {
			if !shown[word] {
				t.Errorf("%q is broken across rows %q", word, rows)
			}
		}
	}
	// Tap targets.
	for _, b := range a.Boxes {
		for _, btn := range b.Buttons {
			if btn.W < TapSize || btn.H < TapSize {
				t.Errorf("button %q (%s) is %d×%d px", btn.Label, btn.Action.Kind, btn.W, btn.H)
			}
		}
	}
	if s.Input.H < TapSize || s.ChatToggle.W < TapSize || s.ChatToggle.H < TapSize {
		t.Errorf("input %+v, chat toggle %+v", s.Input, s.ChatToggle)
	}
	// A press where the sheet covers the chat belongs to the card; it
	// does not start scrolling the chat under it (the order journey's 확인
	// did nothing on a phone: its press became a drag).
	low := a.Boxes[len(a.Boxes)-1]
	cx, cy := low.X+Pad, low.Y+low.H-4
	if !s.Chat.Contains(cx, cy) {
		t.Fatalf("the sheet's bottom %+v is not over the chat %+v", low.Rect, s.Chat)
	}
	if a.Press(cx, cy) {
		t.Errorf("pressing the card at (%d,%d) started a chat drag", cx, cy)
	}
	a.Release()
	// The camera keeps the map (and the avatar being talked to) above
	// the sheet.
	for _, e := range a.Ents {
		if e.ID == 1 && int(e.SY)+Tile/2 > a.Boxes[1].Y {
			t.Errorf("the avatar at y=%.0f is under the sheet from y=%d", e.SY, a.Boxes[1].Y)
		}
	}
	// The bubble is inside the map's view, above the speaker.
	if len(a.Bubbles) != 1 || !strings.HasPrefix(a.Bubbles[0].Lines[0], "광합성은") {
		t.Fatalf("bubbles %+v", a.Bubbles)
	}
	if b := a.Bubbles[0]; b.X < 0 || b.X+b.W > w || b.Y < s.World.Y {
		t.Errorf("bubble %+v outside the world %+v", b.Rect, s.World)
	}
	// The chat folds to two lines by default; the toggle unfolds it, and
	// the map's view stays above it.
	folded := s.Chat.H
	if folded > 2*LineH+2*Pad {
		t.Errorf("folded chat is %d px", folded)
	}
	a.Click(s.ChatToggle.X+2, s.ChatToggle.Y+2, now)
	a.Frame(w, h, mir, now)
	if !a.ChatOpen || a.Screen.Chat.H <= folded || a.Screen.World.Y+a.Screen.World.H > a.Screen.Chat.Y {
		t.Errorf("after the toggle: chat %+v world %+v (was %+v)", a.Screen.Chat, a.Screen.World, s.World)
	}
	// A desktop keeps its card column.
	a.Frame(1280, 720, mir, now)
	if a.Screen.Phone || a.Boxes[1].W > 300 {
		t.Errorf("desktop cards %+v", a.Boxes[1].Rect)
	}
}
