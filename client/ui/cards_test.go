package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
)

// quizCard is the card agents/embedded's quizCard sends: the question as
// the first item, then the choices with their numbers as IDs.
func quizCard(avatar uint32, n int) *protocol.Card {
	return &protocol.Card{Avatar: avatar, Kind: protocol.CardQuiz, Title: "퀴즈 " + string(rune('0'+n)) + "/3", Items: []protocol.CardItem{
		{ID: "ps2", Title: "광합성에 필요한 재료 두 가지는? · What two materials does photosynthesis need?"},
		{ID: "1", Title: "1) 산소, 포도당"},
		{ID: "2", Title: "2) 물, 이산화 탄소"},
		{ID: "3", Title: "3) 질소, 흙"},
	}}
}

func talkButtons(b Box) map[string]string {
	out := map[string]string{}
	for _, btn := range b.Buttons {
		if btn.Action.Kind != "talk" {
			continue
		}
		// The text on the rows the button covers.
		var rows []string
		for _, r := range b.Rows {
			if btn.Contains(r.X, r.Y+LineH/2) && r.Style != Price && r.Style != Status {
				rows = append(rows, r.Text)
			}
		}
		out[strings.Join(rows, " ")] = btn.Action.Text
	}
	return out
}

// TestQuizRowsSayTheChoiceTheyShow: the question is not a choice, and the
// row that shows "2) 물, 이산화 탄소" answers "2번" (it said "3번" when the
// question counted as item 1).
func TestQuizRowsSayTheChoiceTheyShow(t *testing.T) {
	c := &Card{Card: *quizCard(1, 1), N: 1}
	b := LayoutCard(c, 0, 0, 600, m6, "ko")
	got := talkButtons(b)
	want := map[string]string{"1) 산소, 포도당": "1번", "2) 물, 이산화 탄소": "2번", "3) 질소, 흙": "3번"}
	if len(got) != len(want) {
		t.Fatalf("talk buttons %v, want %v", got, want)
	}
	for row, say := range want {
		if got[row] != say {
			t.Errorf("row %q says %q, want %q (all: %v)", row, got[row], say, got)
		}
	}
	if _, ok := Choice(c, 0); ok {
		t.Error("the question is offered as a choice")
	}
	// A short-answer question (no choices) has nothing to click.
	sa := &Card{Card: protocol.Card{Kind: protocol.CardQuiz, Items: []protocol.CardItem{{ID: "le3", Title: "2x + 3 = 11일 때 x는?"}}}, N: 2}
	if got := talkButtons(LayoutCard(sa, 0, 0, 600, m6, "ko")); len(got) != 0 {
		t.Errorf("short-answer quiz has buttons %v", got)
	}
	// Options keep their order: row i says "i번".
	op := &Card{Card: protocol.Card{Kind: protocol.CardOptions, Items: []protocol.CardItem{{ID: "r1", Title: "A"}, {ID: "r2", Title: "B"}}}, N: 3}
	if got := talkButtons(LayoutCard(op, 0, 0, 600, m6, "ko")); got["1. A"] != "1번" || got["2. B"] != "2번" {
		t.Errorf("options buttons %v", got)
	}
	// In English the log shows "number 2", and the click is a pick of 2
	// whatever the UI's language: the avatar hears it in the
	// conversation's own (a "2번" turned an English conversation Korean).
	for _, lang := range []string{"ko", "en"} {
		for _, btn := range LayoutCard(op, 0, 0, 600, m6, lang).Buttons {
			if btn.Action.Kind == "talk" && btn.Action.Item == 1 && (btn.Action.Pick != 2 || btn.Action.Text != PickSaid(lang, 2)) {
				t.Errorf("%s: row 2 is %+v", lang, btn.Action)
			}
		}
	}
	if got := talkButtons(LayoutCard(op, 0, 0, 600, m6, "en")); got["2. B"] != "number 2" {
		t.Errorf("English options buttons %v", got)
	}
	// The log says the pick in the card's own language — the one the
	// avatar hears and its history recaps ("number 1" after a reload) —
	// whatever the UI's (notes: trial 13: a Korean UI logged "1번").
	en := &Card{Card: protocol.Card{Kind: protocol.CardOptions, Title: "Places with room", Items: []protocol.CardItem{{ID: "r1", Title: "Trattoria Sole"}}}, N: 4}
	if got := talkButtons(LayoutCard(en, 0, 0, 600, m6, "ko")); got["1. Trattoria Sole"] != "number 1" {
		t.Errorf("English card in a Korean UI: %v", got)
	}
	ko := &Card{Card: protocol.Card{Kind: protocol.CardOptions, Title: "예약 가능한 곳", Items: []protocol.CardItem{{ID: "r1", Title: "Trattoria Sole"}}}, N: 5}
	if got := talkButtons(LayoutCard(ko, 0, 0, 600, m6, "en")); got["1. Trattoria Sole"] != "1번" {
		t.Errorf("Korean card in an English UI: %v", got)
	}
}

// TestCardsActedOnAreDone: clicking an answer sends it once and closes the
// card; a product card keeps its other products; the avatar's next card
// or confirmation closes its older single-choice cards.
func TestCardsActedOnAreDone(t *testing.T) {
	m := NewModel("ko")
	f := &fakeSender{}
	a := NewApp(m, f, m6)
	now := time.Now()
	joined := &protocol.Joined{Room: protocol.Room{ID: "classroom"}, You: 2, Map: protocol.Map{W: 6, H: 4, Tiles: []string{"######", "#....#", "#....#", "######"}},
		Entities: []protocol.Entity{{ID: 1, Kind: "avatar", Name: "김 선생님", Role: "tutor", X: 1, Y: 1}, {ID: 2, Kind: "player", Name: "민수", X: 3, Y: 2}}}
	m.Apply(ev(joined), now)
	mir := client.NewMirrorFrom(joined, now)
	m.Apply(ev(quizCard(1, 1)), now)
	a.Frame(1280, 720, mir, now)
	click := func(say string) bool {
		for _, b := range a.Boxes {
			for _, btn := range b.Buttons {
				if btn.Action.Kind == "talk" && btn.Action.Text == say {
					a.Click(btn.X+btn.W/2, btn.Y+btn.H/2, now)
					a.Frame(1280, 720, mir, now)
					return true
				}
			}
		}
		return false
	}
	if !click("2번") {
		t.Fatal("no 2번 row")
	}
	if got := f.calls[len(f.calls)-1]; got != "pick 1 2" {
		t.Errorf("clicking the second choice sent %q", got)
	}
	st := a.State(now)
	if len(st.Cards) != 1 || !st.Cards[0].Done {
		t.Fatalf("the answered quiz card is not done: %+v", st.Cards)
	}
	if click("1번") || click("2번") || click("3번") {
		t.Errorf("an answered quiz card is still clickable; calls %v", f.calls)
	}
	if !hasRow(LayoutCard(m.Cards[0], 0, 0, 600, m6, "ko"), "✓ 선택함") {
		t.Error("the chosen answer is not marked")
	}

	// Products: the clicked one is marked, the others stay clickable.
	m.Apply(ev(&protocol.Card{Avatar: 3, Kind: protocol.CardProducts, Title: "추천 상품", Items: []protocol.CardItem{{Title: "이어폰", Price: "28,400원"}, {Title: "헤드폰", Price: "59,000원"}}}), now)
	a.Frame(1280, 720, mir, now)
	if !click("1번") {
		t.Fatal("no product 1번")
	}
	if click("1번") {
		t.Error("the product just added can be clicked again")
	}
	if !click("2번") {
		t.Error("the other product is no longer clickable")
	}

	// An options card is closed by the avatar's confirmation request.
	m.Apply(ev(&protocol.Card{Avatar: 4, Kind: protocol.CardOptions, Title: "예약 가능한 곳", Items: []protocol.CardItem{{Title: "A"}, {Title: "B"}}}), now)
	m.Apply(ev(&protocol.ConfirmRequest{Avatar: 4, Nonce: "cf_1", Summary: "A 예약", Expires: now.Add(time.Minute).UnixMilli()}), now)
	for _, c := range m.Cards {
		if c.Avatar == 4 && !c.Done {
			t.Error("the options card stays open after the avatar asked to confirm")
		}
		if c.Avatar == 3 && c.Done {
			t.Error("another avatar's product card was closed")
		}
	}
}

// TestOrderCardShowsItemPriceAndStatus: a paid order shows what was bought,
// the amount and the status (the status used to be hidden by the price).
func TestOrderCardShowsItemPriceAndStatus(t *testing.T) {
	c := &Card{Card: protocol.Card{Kind: protocol.CardOrder, Title: "주문", Items: []protocol.CardItem{
		{ID: "o1", Title: "별빛 무선 이어폰 Lite × 1", Subtitle: "o1", Price: "28,400원", Status: "paid"}}}, N: 1}
	b := LayoutCard(c, 0, 0, 300, m6, "ko")
	for _, want := range []string{"별빛 무선 이어폰 Lite × 1", "28,400원", "결제 완료"} {
		if !hasRow(b, want) {
			t.Errorf("the order card does not show %q: %+v", want, b.Rows)
		}
	}
}

// TestNoDebugInFrontOfUsers: zone identifiers ("desk-1", "front") and the
// frame rate are for the debug overlay only; named zones get Korean signs;
// the input hint names Enter once.
func TestNoDebugInFrontOfUsers(t *testing.T) {
	m := NewModel("ko")
	a := NewApp(m, &fakeSender{}, m6)
	mp := protocol.Map{W: 10, H: 10, Zones: []protocol.Zone{{Name: "desk-1", X: 1, Y: 1, W: 2, H: 1}, {Name: "reception", X: 4, Y: 4, W: 3, H: 2}, {Name: "back", X: 0, Y: 8, W: 10, H: 2}}}
	m.Apply(ev(&protocol.Welcome{User: protocol.User{ID: "u1", Name: "민수"}}), time.Now())
	m.Apply(ev(&protocol.Joined{Room: protocol.Room{ID: "lobby", NameKo: "로비"}, Map: mp}), time.Now())
	m.Apply(ev(&protocol.ZoneMsg{Zone: "desk-1", Event: "enter"}), time.Now())
	left, right := a.StatusBar(59.7)
	for _, bad := range []string{"desk-1", "FPS", "60"} {
		if strings.Contains(left+right, bad) {
			t.Errorf("the status bar %q | %q shows %q", left, right, bad)
		}
	}
	if right != "민수" {
		t.Errorf("right of the status bar %q", right)
	}
	m.Apply(ev(&protocol.ZoneMsg{Zone: "reception", Event: "enter"}), time.Now())
	if left, _ := a.StatusBar(0); !strings.HasSuffix(left, "안내 데스크") {
		t.Errorf("in the reception zone the status bar says %q", left)
	}
	signs := ZoneSigns(mp, "ko", false, m6)
	if len(signs) != 1 || signs[0].Text != "안내 데스크" {
		t.Errorf("signs %+v, want only 안내 데스크", signs)
	}
	for _, typing := range []bool{false, true} {
		if h := a.Prompt(typing); strings.Count(h, "Enter") != 1 || strings.Contains(h, "[Enter]") {
			t.Errorf("hint %q", h)
		}
	}
	// F3: the debug overlay shows them all.
	a.Debug = true
	if left, right := a.StatusBar(59.7); !strings.Contains(left, "reception") || !strings.Contains(right, "60 FPS") {
		t.Errorf("debug status bar %q | %q", left, right)
	}
	if n := len(ZoneSigns(mp, "ko", true, m6)); n != 3 {
		t.Errorf("debug signs: %d, want 3", n)
	}
}

// TestCardsSayDatesInWords: a booking card's "2026-12-06 19:00" reads
// "12월 6일(일) 오후 7시" (protocol/words), and so do confirmation fields;
// what is not a date stays as it is.
func TestCardsSayDatesInWords(t *testing.T) {
	m := NewModel("ko")
	now := time.Now()
	m.Apply(ev(&protocol.Card{Avatar: 1, Kind: protocol.CardBooking, Title: "온 트라토리아", Items: []protocol.CardItem{{Title: "온 트라토리아", Subtitle: "2026-12-06 19:00", Status: "confirmed"}}}), now)
	if got := m.Cards[0].Items[0].Subtitle; got != "12월 6일(일) 오후 7시" {
		t.Errorf("booking subtitle %q", got)
	}
	m.Apply(ev(&protocol.ConfirmRequest{Avatar: 1, Nonce: "cf", Summary: "온 트라토리아 2026-12-07 19:00, 4명 예약을 확정합니다.", Fields: []protocol.FieldValue{{Label: "날짜", Value: "2026-12-07"}, {Label: "주문", Value: "o-2026-12-99"}}, Expires: now.Add(time.Minute).UnixMilli()}), now)
	if got := m.Confirms[0].Summary; got != "온 트라토리아 12월 7일(월) 오후 7시, 4명 예약을 확정합니다." {
		t.Errorf("confirmation summary %q", got)
	}
	if got := m.Confirms[0].Fields[0].Value; got != "12월 7일(월)" {
		t.Errorf("confirmation date %q", got)
	}
	if got := m.Confirms[0].Fields[1].Value; got != "o-2026-12-99" {
		t.Errorf("a non-date changed: %q", got)
	}
	for in, want := range map[string]string{
		"체크인 2026-12-06, 2박":        "체크인 12월 6일(일), 2박",
		"2026-12-06T09:30:00+09:00": "12월 6일(일) 오전 9시 30분",
		"2026-02-30":                "2026-02-30",
		"12026-12-06":               "12026-12-06",
	} {
		if got := Humanize(in, "ko"); got != want {
			t.Errorf("Humanize(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Humanize("2026-12-06 19:00", "en"); got != "Sun, Dec 6, 7 PM" {
		t.Errorf("English: %q", got)
	}
}

// TestPhoneWorldAboveChat: on a phone the map's bottom row can be brought
// above the chat panel, so nobody stands hidden under it.
func TestPhoneWorldAboveChat(t *testing.T) {
	s := LayoutScreen(390, 844)
	if s.World.Y+s.World.H > s.Chat.Y || s.World.Y < s.Status.H {
		t.Fatalf("phone world %+v overlaps the chat %+v or the status bar %+v", s.World, s.Chat, s.Status)
	}
	mp := 24 // rows of the store
	cam := Follow(10, float64(mp-1), 30, mp, s.World)
	_, sy := cam.ToScreen(10, float64(mp-1), s.World)
	if int(sy)+Tile/2 > s.Chat.Y {
		t.Errorf("the bottom row is drawn at y=%.0f, under the chat at y=%d", sy, s.Chat.Y)
	}
	if d := LayoutScreen(1280, 720); d.World != (Rect{0, 0, 1280, 720}) {
		t.Errorf("desktop world %+v", d.World)
	}
}
