package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/client/session"
	"github.com/madang-world/madang/protocol"
)

var m6 = FixedMeasure(6) // the bitmap font: 6 px narrow, 12 px wide

func TestWrap(t *testing.T) {
	cases := []struct {
		text string
		max  int
		want []string
	}{
		{"hello world", 1000, []string{"hello world"}},
		{"hello world", 36, []string{"hello", "world"}},                            // break at the space
		{"안녕하세요 반가워요", 60, []string{"안녕하세요", "반가워요"}},                              // Korean with spacing: at the space
		{"장바구니에담아줘요", 48, []string{"장바구니", "에담아줘", "요"}},                           // no spaces: between syllables
		{"Madang은 마당이에요", 60, []string{"Madang은", "마당이에요"}},                        // mixed
		{"가격은 ₩39,000이에요", 80, []string{"가격은", "₩39,000이에요"}},                      // KRW stays whole
		{"supercalifragilistic", 36, []string{"superc", "alifra", "gilist", "ic"}}, // long word is split
		{"줄\n바꿈", 100, []string{"줄", "바꿈"}},                                        // explicit newline
		{"", 100, []string{""}},
	}
	for _, c := range cases {
		got := Wrap(c.text, c.max, m6)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("Wrap(%q, %d) = %q, want %q", c.text, c.max, got, c.want)
		}
		for _, l := range got {
			if m6(l) > c.max && utf8.RuneCountInString(l) > 1 {
				t.Errorf("Wrap(%q, %d): line %q is %d px", c.text, c.max, l, m6(l))
			}
		}
	}
}

// Wrapping never loses or invents text: joining the lines gives the input
// back (modulo the spaces it broke at).
func TestWrapKeepsText(t *testing.T) {
	texts := []string{
		"광합성은 식물이 빛에너지를 이용하여 물과 이산화 탄소로 양분(포도당)을 만드는 과정이다.",
		"Say \"add number 1 to my cart\" if you like one. 마음에 드는 게 있으면 \"1번 장바구니에 담아줘\"라고 말씀해 주세요.",
		"https://example.com/a/very/long/path?with=query&and=more 링크는 그냥 글자예요",
	}
	for _, text := range texts {
		for w := 12; w <= 300; w += 7 {
			lines := Wrap(text, w, m6)
			strip := func(s string) string { return strings.ReplaceAll(s, " ", "") }
			if strip(strings.Join(lines, "")) != strip(text) {
				t.Fatalf("width %d: %q lost text: %q", w, text, lines)
			}
			for _, l := range lines {
				if l == "" || m6(l) > w && utf8.RuneCountInString(l) > 1 {
					t.Fatalf("width %d: bad line %q in %q", w, l, lines)
				}
			}
		}
	}
}

func TestSanitize(t *testing.T) {
	cases := map[string]string{
		"<b>굵게</b> [link](http://x)": "<b>굵게</b> [link](http://x)", // markup stays literal text
		"a\u202Egnp.exe":             "agnp.exe",                   // bidi override dropped
		"zero\u200Bwidth":            "zerowidth",
		"tab\there":                  "tab here",
		"bell\x07":                   "bell",
		"줄\n바꿈":                      "줄\n바꿈",
		"bad\xffutf8":                "bad\uFFFDutf8",
	}
	for in, want := range cases {
		if got := Sanitize(in); got != want {
			t.Errorf("Sanitize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEllipsize(t *testing.T) {
	if got := Ellipsize("하나 선생님입니다", 48, m6); got != "하나 선…" || m6(got) > 48 {
		t.Errorf("got %q (%d px)", got, m6(got))
	}
	if got := Ellipsize("short", 48, m6); got != "short" {
		t.Errorf("got %q", got)
	}
}

func TestCameraAndTiles(t *testing.T) {
	view := Rect{0, 0, 640, 480} // 20 × 15 tiles
	// A big map: the camera follows, and stops at the edges.
	c := Follow(30, 20, 48, 30, view)
	if c.X != 30 || c.Y != 20 {
		t.Errorf("centre: %+v", c)
	}
	if c := Follow(0, 0, 48, 30, view); c.X != 9.5 || c.Y != 7 {
		t.Errorf("top-left edge: %+v", c)
	}
	if c := Follow(47, 29, 48, 30, view); c.X != 37.5 || c.Y != 22 {
		t.Errorf("bottom-right edge: %+v", c)
	}
	// A small map is centred.
	if c := Follow(1, 1, 10, 5, view); c.X != 4.5 || c.Y != 2 {
		t.Errorf("small map: %+v", c)
	}
	// Screen → tile → screen round trip.
	c = Follow(30, 20, 48, 30, view)
	for _, p := range [][2]int{{30, 20}, {21, 13}, {39, 27}} {
		sx, sy := c.ToScreen(float64(p[0]), float64(p[1]), view)
		tx, ty := c.ToTile(int(sx)+Tile/2-1, int(sy)-Tile/2+1, view)
		if tx != p[0] || ty != p[1] {
			t.Errorf("tile %v drawn at (%.0f,%.0f) maps back to (%d,%d)", p, sx, sy, tx, ty)
		}
	}
}

func TestKeysAndStepper(t *testing.T) {
	if KeyDir(true, false, false, false) != "n" || KeyDir(false, true, true, false) != "s" ||
		KeyDir(false, false, true, false) != "w" || KeyDir(false, false, false, true) != "e" ||
		KeyDir(true, true, false, false) != "" || KeyDir(false, false, false, false) != "" {
		t.Error("KeyDir mapping")
	}
	s := Stepper{Speed: 4}
	t0 := time.Unix(0, 0)
	var sent []string
	for ms := 0; ms <= 1000; ms += 16 { // one second of a held key at 60 FPS
		if d := s.Next("e", t0.Add(time.Duration(ms)*time.Millisecond)); d != "" {
			sent = append(sent, d)
		}
	}
	if len(sent) < 4 || len(sent) > 6 {
		t.Errorf("held 1 s at 4 tiles/s: %d steps sent, want 4–6", len(sent))
	}
	if s.Next("n", t0.Add(1010*time.Millisecond)) != "n" {
		t.Error("a new direction must be sent at once")
	}
	if s.Next("", t0.Add(1020*time.Millisecond)) != "" || s.Next("n", t0.Add(1030*time.Millisecond)) != "n" {
		t.Error("releasing and pressing again must step at once")
	}
}

// fakeSender records what the UI asked the connection to do.
type fakeSender struct{ calls []string }

func (f *fakeSender) Chat(text, scope string) error {
	f.calls = append(f.calls, "chat "+scope+" "+text)
	return nil
}
func (f *fakeSender) Talk(a uint32, text string) error {
	f.calls = append(f.calls, fmt.Sprintf("talk %d %s", a, text))
	return nil
}
func (f *fakeSender) TalkPick(a uint32, n int) error {
	f.calls = append(f.calls, fmt.Sprintf("pick %d %d", a, n))
	return nil
}
func (f *fakeSender) MoveTo(x, y int) error {
	f.calls = append(f.calls, fmt.Sprintf("move %d,%d", x, y))
	return nil
}
func (f *fakeSender) MoveDir(d string) error { f.calls = append(f.calls, "dir "+d); return nil }
func (f *fakeSender) Confirm(n string) error { f.calls = append(f.calls, "confirm "+n); return nil }
func (f *fakeSender) Decline(n string) error { f.calls = append(f.calls, "decline "+n); return nil }
func (f *fakeSender) Memory() error          { f.calls = append(f.calls, "memory"); return nil }
func (f *fakeSender) Forget(a, k string) error {
	f.calls = append(f.calls, "forget "+a+" "+k)
	return nil
}
func (f *fakeSender) RevokeMCP(id string) error { f.calls = append(f.calls, "revoke "+id); return nil }
func (f *fakeSender) AllowMCPConfirm(id string, on bool) error {
	f.calls = append(f.calls, fmt.Sprintf("mcp-confirm %s %v", id, on))
	return nil
}

func ev(p any) client.Event { return client.Event{Payload: p} }

func TestSpeechStreamsIntoBubbleAndChat(t *testing.T) {
	m := NewModel("ko")
	now := time.Now()
	m.Apply(ev(&protocol.Joined{Room: protocol.Room{ID: "classroom", NameKo: "교실"}, You: 2,
		Entities: []protocol.Entity{{ID: 1, Kind: "avatar", Name: "하나 선생님", Role: "tutor"}, {ID: 2, Kind: "player", Name: "민수"}}}), now)
	chunks := []string{"광합성은 ", "식물이 빛으로 ", "양분을 만드는 과정이에요."}
	for i, c := range chunks {
		m.Apply(ev(&protocol.Speech{Avatar: 1, Seq: 7, Text: c, Final: i == len(chunks)-1, Lang: "ko"}), now)
		b := m.Bubbles[1]
		want := strings.Join(chunks[:i+1], "")
		if b == nil || b.Text != want || b.Streaming != (i < len(chunks)-1) {
			t.Fatalf("after chunk %d: bubble %+v, want %q", i, b, want)
		}
		last := m.Lines[len(m.Lines)-1]
		if last.Kind != LineSpeech || last.Text != want || last.Name != "하나 선생님" {
			t.Fatalf("after chunk %d: chat line %+v", i, last)
		}
	}
	// A new reply starts a new bubble and line; a stray chunk after final is ignored.
	m.Apply(ev(&protocol.Speech{Avatar: 1, Seq: 7, Text: "늦은 조각", Final: true}), now)
	if strings.Contains(m.Bubbles[1].Text, "늦은") {
		t.Error("a chunk after final was appended")
	}
	n := len(m.Lines)
	m.Apply(ev(&protocol.Speech{Avatar: 1, Seq: 8, Text: "다음 답", Final: true}), now)
	if len(m.Lines) != n+1 || m.Bubbles[1].Text != "다음 답" {
		t.Errorf("second reply: lines %d→%d bubble %q", n, len(m.Lines), m.Bubbles[1].Text)
	}
	// Finished bubbles go away; streaming ones stay.
	m.Expire(now.Add(time.Minute))
	if m.Bubbles[1] != nil {
		t.Error("finished bubble did not expire")
	}
}

func TestModelBoundsAndText(t *testing.T) {
	m := NewModel("en")
	now := time.Now()
	for i := 0; i < MaxLines+50; i++ {
		m.Apply(ev(&protocol.ChatMsg{From: 3, Name: "지연", Text: fmt.Sprintf("line %d", i)}), now)
	}
	if len(m.Lines) != MaxLines || m.Lines[len(m.Lines)-1].Text != fmt.Sprintf("line %d", MaxLines+49) {
		t.Errorf("lines kept: %d", len(m.Lines))
	}
	m.Apply(ev(&protocol.Error{Code: protocol.CodeRateLimited, Message: "x"}), now)
	if m.Toast != ErrorText(protocol.CodeRateLimited, "en") || !strings.Contains(m.Toast, "Too fast") {
		t.Errorf("rate limit toast %q", m.Toast)
	}
	m.Apply(ev(&session.Status{State: session.Reconnecting, Attempt: 2}), now)
	if !strings.Contains(m.StatusText(), "attempt 2") {
		t.Errorf("status %q", m.StatusText())
	}
	m.Apply(ev(&session.Status{State: session.Online}), now)
	if m.Lines[len(m.Lines)-1].Text != "Reconnected." {
		t.Errorf("last line %+v", m.Lines[len(m.Lines)-1])
	}
	for _, c := range []protocol.Code{protocol.CodeUnreachable, protocol.CodeTooLong, protocol.CodeOverloaded, protocol.CodeNoSuchAvatar, protocol.CodeUnknownConfirmation, protocol.CodeInternal, "new_code"} {
		if ko, en := ErrorText(c, "ko"), ErrorText(c, "en"); ko == "" || en == "" || ko == en {
			t.Errorf("%s: %q / %q", c, ko, en)
		}
	}
}

func TestCardLayout(t *testing.T) {
	c := &Card{N: 1, Card: protocol.Card{Avatar: 9, Kind: protocol.CardProducts, Title: "추천 상품", Items: []protocol.CardItem{
		{ID: "p1", Title: "소니 WH-1000XM5 무선 노이즈캔슬링 헤드폰", Price: "₩399,000", Reason: "노이즈 캔슬링이 가장 좋아요."},
		{ID: "p2", Title: "에어팟 프로", Price: "₩359,000", Subtitle: "애플"},
	}}}
	b := LayoutCard(c, 100, 50, 280, m6, "ko")
	inner := Rect{b.X + Pad, b.Y, b.W - 2*Pad, b.H}
	for _, r := range b.Rows {
		if r.X < inner.X || r.X+m6(r.Text) > inner.X+inner.W || r.Y < b.Y || r.Y+LineH > b.Y+b.H {
			t.Errorf("row %q at (%d,%d) w %d is outside the card %+v", r.Text, r.X, r.Y, m6(r.Text), b.Rect)
		}
	}
	// Prices are right-aligned on the item's first line.
	var price Row
	for _, r := range b.Rows {
		if r.Text == "₩399,000" {
			price = r
		}
	}
	if price.Style != Price || price.X+m6(price.Text) != b.X+b.W-Pad {
		t.Errorf("price row %+v", price)
	}
	// Each item is a button that says its number; the × dismisses.
	var talks []string
	for _, btn := range b.Buttons {
		if btn.Action.Kind == "talk" {
			talks = append(talks, btn.Action.Text)
			if btn.Action.Avatar != 9 {
				t.Errorf("item button talks to %d", btn.Action.Avatar)
			}
		}
	}
	if strings.Join(talks, ",") != "1번,2번" || b.Buttons[0].Action.Kind != "dismiss" {
		t.Errorf("buttons %+v", b.Buttons)
	}
	// Buttons do not overlap.
	for i, x := range b.Buttons {
		for _, y := range b.Buttons[i+1:] {
			if x.X < y.X+y.W && y.X < x.X+x.W && x.Y < y.Y+y.H && y.Y < x.Y+x.H {
				t.Errorf("buttons overlap: %+v %+v", x, y)
			}
		}
	}
	// A booking card (not selectable) has no item buttons; status is shown.
	bk := LayoutCard(&Card{Card: protocol.Card{Kind: protocol.CardBooking, Title: "예약", Items: []protocol.CardItem{{Title: "온 트라토리아", Status: "confirmed"}}}}, 0, 0, 280, m6, "ko")
	if len(bk.Buttons) != 1 || !hasRow(bk, "확정") {
		t.Errorf("booking card %+v", bk)
	}
	// Sources of a grounded answer are shown.
	an := LayoutCard(&Card{Card: protocol.Card{Kind: protocol.CardAnswer, Title: "답", Sources: []protocol.Source{{Lesson: "중학교 과학: 광합성", Section: "광합성이란", Quote: "광합성은 식물이…"}}}}, 0, 0, 280, m6, "ko")
	if !hasRow(an, "출처: 중학교 과학: 광합성 § 광합성이란") {
		t.Errorf("answer card rows %+v", an.Rows)
	}
}

func hasRow(b Box, text string) bool {
	for _, r := range b.Rows {
		if r.Text == text {
			return true
		}
	}
	return false
}

func TestConfirmLayoutShowsEverything(t *testing.T) {
	c := &Confirmation{State: "pending", ConfirmRequest: protocol.ConfirmRequest{Avatar: 1, Nonce: "cf_1", Action: "booking_confirm",
		Summary: "온 트라토리아 2026-12-07 19:00, 4명 예약을 확정합니다.",
		Fields:  []protocol.FieldValue{{Label: "장소 Place", Value: "온 트라토리아 (서울 강남)"}, {Label: "취소 규정 Policy", Value: "예약 2시간 전까지 무료 취소, 이후 취소 시 1인당 10,000원 · free cancellation until 2 hours before"}}}}
	b := LayoutConfirm(c, 0, 0, 300, m6, "ko")
	var all strings.Builder
	for _, r := range b.Rows {
		all.WriteString(r.Text)
		if r.X+m6(r.Text) > 300-Pad {
			t.Errorf("row %q overflows", r.Text)
		}
	}
	flat := strings.ReplaceAll(all.String(), " ", "")
	for _, f := range c.Fields {
		if !strings.Contains(flat, strings.ReplaceAll(f.Value, " ", "")) {
			t.Errorf("value %q not shown in full", f.Value)
		}
	}
	if len(b.Buttons) != 2 || b.Buttons[0].Action != (Action{Kind: "confirm", Avatar: 1, Nonce: "cf_1"}) || b.Buttons[1].Action.Kind != "decline" {
		t.Errorf("buttons %+v", b.Buttons)
	}
	c.State = "confirmed"
	if b := LayoutConfirm(c, 0, 0, 300, m6, "ko"); len(b.Buttons) != 0 || !hasRow(b, "확정") {
		t.Errorf("settled card %+v", b)
	}
}

// TestAppFlow drives the app like the Ebiten layer does: clicks on an
// avatar, a card item, the confirmation button, and typed lines.
func TestAppFlow(t *testing.T) {
	m := NewModel("ko")
	f := &fakeSender{}
	a := NewApp(m, f, m6)
	now := time.Now()
	joined := &protocol.Joined{Room: protocol.Room{ID: "lobby"}, You: 2, Map: protocol.Map{W: 10, H: 6, Tiles: []string{
		"##########", "#........#", "#........#", "#........#", "#........#", "##########"}},
		Entities: []protocol.Entity{{ID: 1, Kind: "avatar", Name: "비서 지니", Role: "assistant", X: 7, Y: 2}, {ID: 2, Kind: "player", Name: "민수", X: 2, Y: 3}}}
	m.Apply(ev(joined), now)
	mir := client.NewMirrorFrom(joined, now)
	a.Frame(800, 500, mir, now)
	if m.Target != 0 {
		t.Fatal("no avatar is near: nobody should be the target")
	}
	// Room chat.
	a.Submit("  안녕하세요  ", now)
	// Click on the avatar: it becomes the target and we walk next to it.
	var av EntityView
	for _, e := range a.Ents {
		if e.ID == 1 {
			av = e
		}
	}
	a.Click(int(av.SX), int(av.SY), now)
	if m.Target != 1 {
		t.Fatalf("target %d after clicking the avatar", m.Target)
	}
	a.Submit("내일 저녁 예약해줘", now)
	a.Submit("/근처 여기 있어요", now)
	// A floor click walks there.
	sx, sy := a.Cam.ToScreen(4, 4, a.Screen.World)
	a.Click(int(sx), int(sy), now)
	// An options card: clicking item 2 says "2번" to its avatar.
	m.Apply(ev(&protocol.Card{Avatar: 1, Kind: protocol.CardOptions, Title: "예약 가능한 곳", Items: []protocol.CardItem{{Title: "A"}, {Title: "B"}}}), now)
	a.Frame(800, 500, mir, now)
	clickAction := func(kind, text string) {
		for _, b := range a.Boxes {
			for _, btn := range b.Buttons {
				if btn.Action.Kind == kind && btn.Action.Text == text {
					if !a.Click(btn.X+btn.W/2, btn.Y+btn.H/2, now) {
						t.Fatalf("click on %s %q did nothing", kind, text)
					}
					return
				}
			}
		}
		t.Fatalf("no %s %q button", kind, text)
	}
	clickAction("talk", "2번")
	m.Apply(ev(&protocol.ConfirmRequest{Avatar: 1, Nonce: "cf_9", Action: "booking_confirm", Summary: "B 예약", Fields: []protocol.FieldValue{{Label: "장소", Value: "B"}}, Expires: now.Add(time.Minute).UnixMilli()}), now)
	a.Frame(800, 500, mir, now)
	if len(a.Boxes) != 3 || a.Boxes[0].Buttons[0].Action.Kind != "memory" || a.Boxes[1].Accent != Warn {
		t.Fatalf("boxes: the memory button, the confirmation, then the card: %+v", a.Boxes)
	}
	clickAction("confirm", "")
	a.Frame(800, 500, mir, now)
	if m.Confirms[0].State != "confirmed" || m.Pending(now) != nil {
		t.Errorf("confirmation state %q", m.Confirms[0].State)
	}
	want := []string{
		"chat room 안녕하세요",
		"move 6,3", // the free tile next to the avatar closest to us
		"talk 1 내일 저녁 예약해줘",
		"chat near 여기 있어요",
		"move 4,4",
		"pick 1 2", // a click is a pick, heard in the conversation's language
		"confirm cf_9",
	}
	if strings.Join(f.calls, "\n") != strings.Join(want, "\n") {
		t.Errorf("calls:\n%s\nwant:\n%s", strings.Join(f.calls, "\n"), strings.Join(want, "\n"))
	}
	// What the user said to the avatar shows in the chat panel.
	if !containsLine(m, LineYou, "내일 저녁 예약해줘") || !containsLine(m, LineYou, "2번") {
		t.Errorf("lines %+v", m.Lines)
	}
	// Esc goes back to room chat; expired confirmations cannot be clicked.
	a.Escape()
	a.Submit("다들 안녕", now)
	if f.calls[len(f.calls)-1] != "chat room 다들 안녕" {
		t.Errorf("after Esc: %q", f.calls[len(f.calls)-1])
	}
	m.Apply(ev(&protocol.ConfirmRequest{Avatar: 1, Nonce: "cf_old", Expires: now.Add(-time.Second).UnixMilli()}), now)
	if m.Pending(now) != nil {
		t.Error("an expired confirmation is still offered")
	}
	// Too long a line is refused locally with the protocol's message.
	if a.Submit(strings.Repeat("가", MaxInput+1), now) {
		t.Error("an over-long line was sent")
	}
	st := a.State(now)
	if st.Room != "lobby" || st.You != 2 || len(st.Entities) != 2 {
		t.Errorf("state %+v", st)
	}
}

func containsLine(m *Model, kind, text string) bool {
	for _, l := range m.Lines {
		if l.Kind == kind && l.Text == text {
			return true
		}
	}
	return false
}

func TestSignInForm(t *testing.T) {
	f := NewSignInForm("", "", "ko")
	if f.Validate() == nil {
		t.Error("an empty name passed")
	}
	f.Name = strings.Repeat("가", protocol.MaxNameRunes+1)
	if f.Validate() == nil {
		t.Error("a 33-character name passed")
	}
	f.Name = "  민수  "
	if err := f.Validate(); err != nil || f.Name != "민수" {
		t.Errorf("민수: %v %q", err, f.Name)
	}
	f.Name = "bad\u200Bname"
	if f.Validate() == nil {
		t.Error("a zero-width character passed")
	}
	if f.RoomID() != "classroom" {
		t.Errorf("default room %q", f.RoomID())
	}
	f.SetRooms([]protocol.Room{{ID: "lobby"}, {ID: "classroom"}, {ID: "store"}}, nil)
	if f.RoomID() != "classroom" {
		t.Errorf("room after list %q", f.RoomID())
	}
	f.NextRoom()
	l := f.Layout(800, 600, m6)
	if f.RoomID() != "store" || len(l.Rooms) != 3 {
		t.Errorf("next room %q", f.RoomID())
	}
	if f.Click(l.Rooms[0].X+1, l.Rooms[0].Y+1, l) != "room" || f.RoomID() != "lobby" {
		t.Error("clicking a room")
	}
	if f.Click(l.Enter.X+1, l.Enter.Y+1, l) != "enter" {
		t.Error("clicking enter")
	}
}

func TestScreenLayout(t *testing.T) {
	for _, sz := range [][2]int{{1280, 720}, {960, 600}, {480, 800}, {320, 240}} {
		s := LayoutScreen(sz[0], sz[1])
		for name, r := range map[string]Rect{"chat": s.Chat, "input": s.Input, "cards": s.Cards, "status": s.Status} {
			if r.X < 0 || r.Y < 0 || r.X+r.W > sz[0] || r.Y+r.H > sz[1] || r.W <= 0 || r.H <= 0 {
				t.Errorf("%v: %s %+v outside the screen", sz, name, r)
			}
		}
		if !s.Phone && s.Chat.X+s.Chat.W > s.Cards.X {
			t.Errorf("%v: chat %+v runs under the cards %+v", sz, s.Chat, s.Cards)
		}
	}
	rows, _ := ChatRows([]Line{{Kind: LineRoom, Name: "지연", Text: strings.Repeat("안녕하세요 ", 30)}, {Kind: LineError, Text: "너무 빨라요"}}, Rect{0, 0, 200, 100}, m6, "ko", 0)
	if len(rows) != (100-2*Pad)/LineH || rows[len(rows)-1].Text != "너무 빨라요" || rows[len(rows)-1].Style != Warn {
		t.Errorf("chat rows %+v", rows)
	}
	for i := 1; i < len(rows); i++ {
		if rows[i].Y != rows[i-1].Y+LineH {
			t.Errorf("rows not stacked: %+v", rows)
		}
	}
}

func TestNoticesAndCardsReplace(t *testing.T) {
	m := NewModel("ko")
	now := time.Now()
	m.Apply(ev(&protocol.Notice{Kind: "delivery", Text: "주문하신 이어폰이 배송을 시작했어요.\u202E", At: now.UnixMilli()}), now)
	if m.Toast != "주문하신 이어폰이 배송을 시작했어요." || !containsLine(m, LineNotice, m.Toast) || len(m.Notices) != 1 {
		t.Errorf("notice: toast %q lines %+v", m.Toast, m.Lines)
	}
	m.Expire(now.Add(ToastFor + time.Second))
	if m.Toast != "" {
		t.Error("toast did not expire")
	}
	// A quiz's next question replaces the previous card of that avatar and
	// kind; other cards stay; at most MaxCards.
	m.Apply(ev(&protocol.Card{Avatar: 1, Kind: protocol.CardQuiz, Title: "퀴즈 1/3"}), now)
	m.Apply(ev(&protocol.Card{Avatar: 1, Kind: protocol.CardAnswer, Title: "답"}), now)
	m.Apply(ev(&protocol.Card{Avatar: 1, Kind: protocol.CardQuiz, Title: "퀴즈 2/3"}), now)
	if len(m.Cards) != 2 || m.Cards[1].Title != "퀴즈 2/3" {
		t.Errorf("cards %+v", m.Cards)
	}
	for i := 0; i < 10; i++ {
		m.Apply(ev(&protocol.Card{Avatar: uint32(10 + i), Kind: protocol.CardProducts, Title: "p"}), now)
	}
	if len(m.Cards) != MaxCards {
		t.Errorf("%d cards kept", len(m.Cards))
	}
}

// TestMemoryView: the status bar's button asks for memories; the panel
// lists each fact with its words and a delete button, and one to forget
// everything; clicking them sends forget.
func TestMemoryView(t *testing.T) {
	m := NewModel("ko")
	f := &fakeSender{}
	a := NewApp(m, f, m6)
	now := time.Now()
	a.Frame(900, 600, nil, now)
	btn := a.Boxes[0].Buttons[0]
	a.Click(btn.X+1, btn.Y+1, now)
	if !m.MemoryOpen || f.calls[0] != "memory" {
		t.Fatalf("open: %v %q", m.MemoryOpen, f.calls)
	}
	m.Apply(ev(&protocol.Memories{Avatars: []protocol.AvatarMemory{
		{Avatar: "assistant", Name: "비서 지니", History: 12, Facts: []protocol.Remembered{
			{Key: "diet", Value: "vegetarian", Said: "저는 채식주의자예요"}, {Key: "allergy", Value: "땅콩", Said: "땅콩 알레르기가 있어요"}}},
		{Avatar: "tutor", Name: "하나 선생님"}}}), now)
	a.Frame(900, 600, nil, now)
	panel := a.Boxes[1]
	var forgets []string
	for _, b := range panel.Buttons {
		if b.Action.Kind == "forget" {
			forgets = append(forgets, b.Action.Target+"/"+b.Action.Key)
		}
	}
	if strings.Join(forgets, ",") != "assistant/diet,assistant/allergy,assistant/" {
		t.Errorf("forget buttons %q", forgets)
	}
	if !hasRow(panel, "식단: vegetarian") || !hasRow(panel, "“저는 채식주의자예요”") || !hasRow(panel, "대화 기록 12줄") || hasRow(panel, "하나 선생님") {
		t.Errorf("panel rows %+v", panel.Rows)
	}
	for _, b := range panel.Buttons {
		if b.Action.Kind == "forget" && b.Action.Key == "allergy" {
			a.Click(b.X+1, b.Y+1, now)
		}
	}
	if f.calls[len(f.calls)-1] != "forget assistant allergy" {
		t.Errorf("calls %q", f.calls)
	}
}

// TestMemoryPanelMCPTokens: 내 정보 lists the MCP tokens with whether
// their client may confirm, and revokes or switches them.
func TestMemoryPanelMCPTokens(t *testing.T) {
	m := NewModel("ko")
	f := &fakeSender{}
	a := NewApp(m, f, m6)
	now := time.Now()
	a.Frame(900, 600, nil, now)
	btn := a.Boxes[0].Buttons[0]
	a.Click(btn.X+1, btn.Y+1, now)
	m.Apply(ev(&protocol.Memories{Avatars: []protocol.AvatarMemory{}, MCPTokens: []protocol.MCPToken{
		{ID: "mtaaa", Label: "내 노트북", ClientConfirm: false}, {ID: "mtbbb", ClientConfirm: true}}}), now)
	a.Frame(900, 600, nil, now)
	panel := a.Boxes[1]
	if !hasRow(panel, "MCP 토큰") || !hasRow(panel, "내 노트북 · 클라이언트 확인 꺼짐") || !hasRow(panel, "mtbbb · 클라이언트 확인 켜짐") {
		t.Errorf("panel rows %+v", panel.Rows)
	}
	click := func(kind, key string) {
		t.Helper()
		for _, b := range panel.Buttons {
			if b.Action.Kind == kind && b.Action.Key == key {
				a.Click(b.X+1, b.Y+1, now)
				return
			}
		}
		t.Fatalf("no %s button for %s in %+v", kind, key, panel.Buttons)
	}
	click("mcp_confirm", "mtaaa")
	click("mcp_confirm", "mtbbb")
	click("mcp_revoke", "mtbbb")
	if got := strings.Join(f.calls[len(f.calls)-3:], ","); got != "mcp-confirm mtaaa true,mcp-confirm mtbbb false,revoke mtbbb" {
		t.Errorf("calls %q", got)
	}
}
