package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
)

const photosynthesis = "광합성은 식물이 빛에너지를 이용하여 물과 이산화 탄소로 양분(포도당)을 만드는 과정이에요. " +
	"잎의 엽록체에서 일어나고, 산소가 함께 나와요. 그래서 숲에는 맑은 공기가 많아요. 더 궁금한 게 있으면 물어보세요."

// TestBubbleShowsTheBeginning: a long answer's bubble shows its first
// words (the old bubble kept the last lines and began "…" mid-word), its
// last shown line ends after a whole word with "…", and nothing is wider
// than the bubble.
func TestBubbleShowsTheBeginning(t *testing.T) {
	lines, more := BubbleLines(photosynthesis, 120, 3, m6)
	if !more || len(lines) != 3 {
		t.Fatalf("lines %q more %v", lines, more)
	}
	if !strings.HasPrefix(lines[0], "광합성은") {
		t.Errorf("the bubble does not start with the answer's beginning: %q", lines)
	}
	last := lines[2]
	if !strings.HasSuffix(last, " …") {
		t.Errorf("the last line does not say there is more: %q", last)
	}
	// Every shown word is a whole word of the answer.
	shown := strings.Fields(strings.TrimSuffix(strings.Join(lines, " "), " …"))
	words := strings.Fields(photosynthesis)
	for i, w := range shown {
		if w != words[i] {
			t.Errorf("word %d is %q, the answer says %q (cut mid-word)", i, w, words[i])
		}
	}
	for _, l := range lines {
		if m6(l) > 120 {
			t.Errorf("line %q is %d px", l, m6(l))
		}
	}
	// A short answer shows whole, with no "…".
	if l, more := BubbleLines("네, 맞아요.", 120, 3, m6); more || len(l) != 1 || l[0] != "네, 맞아요." {
		t.Errorf("short answer: %q %v", l, more)
	}
}

func talkApp(t *testing.T, ents []protocol.Entity) (*App, *Model, *client.Mirror, time.Time) {
	t.Helper()
	m := NewModel("ko")
	a := NewApp(m, &fakeSender{}, m6)
	now := time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)
	rows := []string{"####################"}
	for i := 0; i < 12; i++ {
		rows = append(rows, "#..................#")
	}
	rows = append(rows, "####################")
	joined := &protocol.Joined{Room: protocol.Room{ID: "classroom", NameKo: "교실"}, You: ents[0].ID,
		Map: protocol.Map{W: 20, H: 14, Tiles: rows}, Entities: ents}
	m.Apply(ev(joined), now)
	mir := client.NewMirrorFrom(joined, now)
	a.Frame(1280, 720, mir, now)
	return a, m, mir, now
}

// TestBubbleOpensOnClick: the bubble over the tutor has a tail pointing at
// the tutor, shows three lines, and a click on it shows the rest; the next
// reply starts closed again.
func TestBubbleOpensOnClick(t *testing.T) {
	a, m, mir, now := talkApp(t, []protocol.Entity{{ID: 2, Kind: "player", Name: "민수", X: 4, Y: 6},
		{ID: 1, Kind: "avatar", Name: "하나 선생님", Role: "tutor", X: 10, Y: 6}})
	m.Apply(ev(&protocol.Speech{Avatar: 1, Seq: 1, Text: photosynthesis, Final: true}), now)
	a.Frame(1280, 720, mir, now)
	if len(a.Bubbles) != 1 {
		t.Fatalf("bubbles %+v", a.Bubbles)
	}
	b := a.Bubbles[0]
	var tutor EntityView
	for _, e := range a.Ents {
		if e.ID == 1 {
			tutor = e
		}
	}
	if len(b.Lines) != BubbleClosed || !b.More || !strings.HasPrefix(b.Lines[0], "광합성은") {
		t.Fatalf("closed bubble %q more=%v", b.Lines, b.More)
	}
	if b.TipX != int(tutor.SX) || b.TipY <= b.Y+b.H || b.TipY > int(tutor.SY) {
		t.Errorf("the tail (%d,%d) does not point from the bubble %+v down at the tutor (%.0f,%.0f)", b.TipX, b.TipY, b.Rect, tutor.SX, tutor.SY)
	}
	for _, l := range a.Labels {
		if overlaps(l.Rect, b.Rect) {
			t.Errorf("the bubble %+v covers the label %q %+v", b.Rect, l.Text, l.Rect)
		}
	}
	a.Click(b.X+b.W/2, b.Y+b.H/2, now)
	a.Frame(1280, 720, mir, now)
	open := a.Bubbles[0]
	if !open.Open || len(open.Lines) <= BubbleClosed || !strings.Contains(strings.Join(open.Lines, ""), "물어보세요.") {
		t.Fatalf("opened bubble %q", open.Lines)
	}
	if m.Target != 0 && a.chosen {
		t.Error("clicking a bubble chose the avatar behind it")
	}
	m.Expire(now.Add(time.Hour))
	a.Frame(1280, 720, mir, now.Add(time.Hour))
	m.Apply(ev(&protocol.Speech{Avatar: 1, Seq: 2, Text: photosynthesis, Final: true}), now)
	a.Frame(1280, 720, mir, now)
	if a.Bubbles[0].Open {
		t.Error("the next reply's bubble starts open")
	}
}

// TestLabelsNeverOverlap: people standing on and next to each other get
// name tags that do not overlap ("민수나 선생님" was two names drawn over
// each other), each still naming its entity near its head.
func TestLabelsNeverOverlap(t *testing.T) {
	ents := []protocol.Entity{{ID: 2, Kind: "player", Name: "민수", X: 6, Y: 6},
		{ID: 1, Kind: "avatar", Name: "하나 선생님", Role: "tutor", X: 6.5, Y: 6},
		{ID: 3, Kind: "player", Name: "서연", X: 7, Y: 6.2},
		{ID: 4, Kind: "avatar", Name: "쇼핑 도우미 다온", Role: "shopper", X: 6, Y: 7}}
	a, m, mir, _ := talkApp(t, ents)
	m.States[1] = protocol.StateThinking
	a.Frame(1280, 720, mir, time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC))
	names := map[string]bool{}
	for i, l := range a.Labels {
		names[l.Text] = true
		for _, o := range a.Labels[i+1:] {
			if overlaps(l.Rect, o.Rect) {
				t.Errorf("%q %+v overlaps %q %+v", l.Text, l.Rect, o.Text, o.Rect)
			}
		}
		for _, e := range a.Ents {
			if e.ID == l.ID && (l.Y < int(e.SY)-8*LineH || l.Y > int(e.SY)+8*LineH) {
				t.Errorf("%q drawn at y=%d, far from its entity at %.0f", l.Text, l.Y, e.SY)
			}
		}
	}
	for _, want := range []string{"민수", "하나 선생님", "서연", "쇼핑 도우미 다온", "선생님", "쇼핑 도우미", "생각 중…"} {
		if !names[want] {
			t.Errorf("no label %q in %v", want, names)
		}
	}
}

// TestChatScrollback: the wheel and a drag on the chat panel bring back
// older lines; scrolling never goes past the oldest or the newest line.
func TestChatScrollback(t *testing.T) {
	a, m, mir, now := talkApp(t, []protocol.Entity{{ID: 2, Kind: "player", Name: "민수", X: 4, Y: 6}})
	for i := 1; i <= 40; i++ {
		m.Apply(ev(&protocol.ChatMsg{From: 3, Name: "서연", Text: fmt.Sprintf("메시지 %d번", i), Scope: protocol.ScopeRoom}), now)
	}
	a.Frame(1280, 720, mir, now)
	text := func() string {
		var s []string
		for _, r := range a.Chat {
			s = append(s, r.Text)
		}
		return strings.Join(s, "\n")
	}
	if !strings.HasSuffix(text(), "서연: 메시지 40번") {
		t.Fatalf("newest line not at the bottom:\n%s", text())
	}
	a.ScrollChat(5) // wheel up
	if !strings.HasSuffix(text(), "서연: 메시지 35번") {
		t.Errorf("after scrolling 5 rows back:\n%s", text())
	}
	a.Frame(1280, 720, mir, now)
	if !strings.HasSuffix(text(), "서연: 메시지 35번") {
		t.Errorf("the next frame lost the scroll:\n%s", text())
	}
	a.ScrollChat(1000)
	if !strings.Contains(text(), "서연: 메시지 1번\n") || strings.Contains(text(), "메시지 40번") {
		t.Errorf("scrolled to the top:\n%s", text())
	}
	a.ScrollChat(-1000)
	if !strings.HasSuffix(text(), "메시지 40번") || a.ChatScroll != 0 {
		t.Errorf("back to the newest:\n%s", text())
	}
	// A finger pulling the panel down three lines shows three older rows,
	// and does not walk.
	c := a.Screen.Chat
	if !a.Press(c.X+20, c.Y+20) {
		t.Fatal("a press on the chat panel did not start a drag")
	}
	a.DragTo(c.Y + 20 + 3*LineH)
	a.Release()
	if !strings.HasSuffix(text(), "서연: 메시지 37번") {
		t.Errorf("after dragging 3 lines:\n%s", text())
	}
	if f := a.S.(*fakeSender); len(f.calls) != 0 {
		t.Errorf("a drag on the chat sent %v", f.calls)
	}
}

// TestOldCardsFold: answered cards under a newer one fold to one line
// (title · 완료 · the choice), so cards do not pile up.
func TestOldCardsFold(t *testing.T) {
	a, m, mir, now := talkApp(t, []protocol.Entity{{ID: 2, Kind: "player", Name: "민수", X: 4, Y: 6},
		{ID: 1, Kind: "avatar", Name: "하나 선생님", Role: "tutor", X: 10, Y: 6}})
	m.Apply(ev(quizCard(1, 1)), now)
	a.Frame(1280, 720, mir, now)
	for _, b := range a.Boxes {
		for _, btn := range b.Buttons {
			if btn.Action.Text == "2번" {
				a.Click(btn.X+2, btn.Y+2, now)
			}
		}
	}
	m.Apply(ev(&protocol.Card{Avatar: 1, Kind: protocol.CardGraded, Title: "채점", Items: []protocol.CardItem{{Title: "O"}}}), now)
	m.Apply(ev(quizCard(1, 2)), now)
	a.Frame(1280, 720, mir, now)
	var folded, open int
	for _, b := range a.Boxes[1:] { // [0] is the 내 정보 button
		if len(b.Rows) == 1 {
			folded++
			if b.H > LineH+2*Pad || !strings.Contains(b.Rows[0].Text, "완료") {
				t.Errorf("folded card %+v", b)
			}
		} else {
			open++
		}
	}
	// The quiz 2/3 card replaced 1/3; the graded card is not answered and
	// stays whole.
	if open != 2 || folded != 0 {
		t.Errorf("open %d folded %d", open, folded)
	}
	m.Apply(ev(&protocol.Card{Avatar: 1, Kind: protocol.CardOptions, Title: "다음에 뭘 할까요?", Items: []protocol.CardItem{{Title: "복습"}, {Title: "새 단원"}}}), now)
	a.Frame(1280, 720, mir, now)
	folded = 0
	for _, b := range a.Boxes[1:] {
		if len(b.Rows) == 1 && strings.HasPrefix(b.Rows[0].Text, "퀴즈 2/3 · 완료") {
			folded++
		}
	}
	if folded != 1 {
		t.Errorf("the overtaken quiz card is not folded: %+v", a.Boxes)
	}
}
