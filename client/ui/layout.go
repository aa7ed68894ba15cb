package ui

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/madang-world/madang/protocol"
)

// Metrics of the client's text: the bitmap font is 12 px with 6 px
// half-width and 12 px wide glyphs, drawn on 16 px lines.
const (
	LineH = 16
	Pad   = 8
)

// Rect is a screen rectangle in logical pixels.
type Rect struct{ X, Y, W, H int }

// Contains reports whether (x, y) is inside r.
func (r Rect) Contains(x, y int) bool {
	return x >= r.X && y >= r.Y && x < r.X+r.W && y < r.Y+r.H
}

// Style says how a row of text is drawn.
type Style int

// Text styles.
const (
	Body Style = iota
	Title
	Dim
	Price
	Status
	Label
	Warn
)

// Row is one line of text at a position.
type Row struct {
	Text  string
	X, Y  int
	Style Style
}

// Action is what clicking a button does.
type Action struct {
	Kind   string // "talk", "confirm", "decline", "dismiss"
	Avatar uint32
	Text   string // talk: what to say ("2번"); with Pick, what the log shows
	Pick   int    // talk from a selectable card: the item's number (protocol.Talk.Pick)
	Nonce  string // confirm, decline
	Card   int    // dismiss, and talk from a card: the card's N
	Item   int    // talk from a card: the item's index
	Target string // forget: the avatar's id
	Key    string // forget: the fact ("" for everything); mcp_confirm, mcp_revoke: the MCP token's id
}

// Button is a clickable area with an optional label drawn centred.
type Button struct {
	Rect
	Label  string // "" for an item row (the rows draw the text)
	Action Action
}

// Box is a laid-out card: its frame, text rows and buttons.
type Box struct {
	Rect
	Rows    []Row
	Buttons []Button
	Accent  Style // Warn for confirmation cards
}

// Selectable card kinds: clicking an item sends its number as a pick
// (protocol.Talk.Pick), which the avatar reads as the number said in the
// conversation's own language — the same thing a user could type ("2번",
// "number 2"), so the brain sees one input, and a click from an English
// browser does not turn the conversation Korean.
func selectable(kind string) bool {
	switch kind {
	case protocol.CardProducts, protocol.CardOptions, protocol.CardSlots, protocol.CardQuiz:
		return true
	}
	return false
}

// Choice is the number clicking item i of card c picks, and whether the
// item can be chosen at all. A quiz card carries its question as an item
// before the choices (agents/embedded's quizCard), so in a quiz only items
// whose ID is a choice number are choices, and they pick that number: the
// row showing "2) 물, 이산화 탄소" answers 2 however many rows come before
// it. Other cards number their items in order, as the avatar listed them.
func Choice(c *Card, i int) (int, bool) {
	if !selectable(c.Kind) || i < 0 || i >= len(c.Items) {
		return 0, false
	}
	if c.Kind == protocol.CardQuiz {
		n, err := strconv.Atoi(c.Items[i].ID)
		if err != nil || n < 1 || n > protocol.MaxPick || strconv.Itoa(n) != c.Items[i].ID {
			return 0, false
		}
		return n, true
	}
	if i+1 > protocol.MaxPick {
		return 0, false
	}
	return i + 1, true
}

// PickSaid is how the chat log shows a click on choice n in lang: the
// words the avatar hears and its history keeps for it ("2번", "number 2";
// agents.PickText), so the line read live and the recap after a reload
// are the same.
func PickSaid(lang string, n int) string {
	if lang == "en" {
		return fmt.Sprintf("number %d", n)
	}
	return fmt.Sprintf("%d번", n)
}

// cardLang is the language card c is written in — the conversation's, in
// which the avatar hears a click on it — read from its title, else the
// UI's: an English user with a Korean UI saw their click logged "1번"
// while the avatar heard "number 1" and the recap after a reload said so
// (notes: trial 13).
func cardLang(c *Card, ui string) string {
	hangul, latin := 0, 0
	for _, r := range c.Title {
		switch {
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case r < 0x250 && unicode.IsLetter(r):
			latin++
		}
	}
	switch {
	case hangul > 0:
		return "ko"
	case latin >= 2:
		return "en"
	}
	return ui
}

// LayoutCard lays out card c in a column at (x, y) of width w.
func LayoutCard(c *Card, x, y, w int, m Measure, lang string) Box {
	return layoutCard(c, x, y, w, m, lang, 0)
}

// closeButton is a card's × in its top-right corner, at least tap px
// square (a finger's size on a phone).
func closeButton(x, y, w, tap int, act Action) Button {
	s := max(LineH, tap)
	r := Rect{X: x + w - Pad - LineH, Y: y + Pad, W: LineH, H: LineH}
	if tap > 0 {
		r = Rect{X: x + w - s, Y: y, W: s, H: s}
	}
	return Button{Rect: r, Label: "×", Action: act}
}

// layoutCard is LayoutCard with every button at least tap px high.
func layoutCard(c *Card, x, y, w int, m Measure, lang string, tap int) Box {
	b := Box{Rect: Rect{X: x, Y: y, W: w}}
	inner := w - 2*Pad
	cy := y + Pad
	title := c.Title
	if c.Done {
		title += map[bool]string{true: " · done", false: " · 완료"}[lang == "en"]
	}
	title = Ellipsize(title, inner-LineH, m)
	if tap > 0 {
		title = Ellipsize(c.Title, inner-tap, m)
		if c.Done {
			title = Ellipsize(c.Title+pick(lang, " · 완료", " · done"), inner-tap, m)
		}
	}
	b.Rows = append(b.Rows, Row{Text: title, X: x + Pad, Y: cy + max(0, tap-Pad-LineH)/2, Style: Title})
	b.Buttons = append(b.Buttons, closeButton(x, y, w, tap, Action{Kind: "dismiss", Card: c.N}))
	cy = max(cy+LineH+4, y+tap)
	switch c.Kind {
	case protocol.CardReplies:
		cy = layoutReplies(&b, c, x, cy, w, m, lang, tap)
		b.H = cy - y + Pad - 4
		return b
	case protocol.CardForm:
		cy = layoutForm(&b, c, x, cy, w, m, lang, tap)
		b.H = cy - y + Pad - 4
		return b
	}
	for i, it := range c.Items {
		top := cy
		num, isChoice := Choice(c, i)
		head := it.Title
		headStyle := Body
		switch {
		case c.Kind == protocol.CardQuiz && !isChoice:
			headStyle = Title // the question itself
		case c.Kind != protocol.CardQuiz && isChoice:
			head = fmt.Sprintf("%d. %s", i+1, it.Title)
		case c.Kind == protocol.CardGraded && (it.Title == "O" || it.Title == "X"):
			// The brain marks a grade O or X; say it in words.
			head = map[string]string{"O": "✓ " + pick(lang, "정답", "Correct"), "X": "✗ " + pick(lang, "오답", "Not quite")}[it.Title]
			headStyle = map[string]Style{"O": Status, "X": Warn}[it.Title]
		}
		right := it.Price
		rightStyle := Price
		if right == "" {
			right, rightStyle = StatusLabel(it.Status, lang), Status
		}
		if c.Chosen[i] {
			right, rightStyle = map[bool]string{true: "✓ chosen", false: "✓ 선택함"}[lang == "en"], Status
		}
		rw := 0
		if right != "" {
			rw = m(right) + Pad
		}
		for j, line := range Wrap(head, inner-rw, m) {
			b.Rows = append(b.Rows, Row{Text: line, X: x + Pad, Y: cy, Style: headStyle})
			if j == 0 && right != "" {
				b.Rows = append(b.Rows, Row{Text: right, X: x + w - Pad - m(right), Y: cy, Style: rightStyle})
			}
			cy += LineH
		}
		if it.Price != "" && it.Status != "" { // the price took the right: the status gets a line
			b.Rows = append(b.Rows, Row{Text: StatusLabel(it.Status, lang), X: x + 2*Pad, Y: cy, Style: Status})
			cy += LineH
		}
		for _, line := range Wrap(it.Subtitle, inner-Pad, m) {
			if line == "" {
				continue
			}
			b.Rows = append(b.Rows, Row{Text: line, X: x + 2*Pad, Y: cy, Style: Dim})
			cy += LineH
		}
		for _, line := range Wrap(it.Reason, inner-Pad, m) {
			if line == "" {
				continue
			}
			b.Rows = append(b.Rows, Row{Text: line, X: x + 2*Pad, Y: cy, Style: Label})
			cy += LineH
		}
		if isChoice && !c.Done && !c.Chosen[i] {
			cy = max(cy, top-2+tap) // a row a finger can hit
			b.Buttons = append(b.Buttons, Button{Rect: Rect{X: x + 2, Y: top - 2, W: w - 4, H: cy - top + 2},
				Action: Action{Kind: "talk", Avatar: c.Avatar, Text: PickSaid(cardLang(c, lang), num), Pick: num, Card: c.N, Item: i}})
		}
		cy += 4
	}
	for _, s := range c.Sources {
		src := fmt.Sprintf("%s %s § %s", map[bool]string{true: "Source:", false: "출처:"}[lang == "en"], s.Lesson, s.Section)
		for _, line := range Wrap(src, inner, m) {
			b.Rows = append(b.Rows, Row{Text: line, X: x + Pad, Y: cy, Style: Label})
			cy += LineH
		}
		if s.Quote != "" {
			for _, line := range Wrap("“"+s.Quote+"”", inner-Pad, m) {
				b.Rows = append(b.Rows, Row{Text: line, X: x + 2*Pad, Y: cy, Style: Dim})
				cy += LineH
			}
		}
	}
	b.H = cy - y + Pad - 4
	return b
}

// chipH is the height of a quick reply or a form button: a finger's on
// a phone.
func chipH(tap int) int { return max(LineH+10, tap) }

// layoutReplies lays out quick replies as chips that flow left to right
// and wrap: each says its words to the avatar, as if typed. Once one was
// pressed (or the avatar moved on), the chosen one is shown, not offered.
func layoutReplies(b *Box, c *Card, x, cy, w int, m Measure, lang string, tap int) int {
	inner := w - 2*Pad
	if c.Done {
		for i, it := range c.Items {
			if c.Chosen[i] {
				b.Rows = append(b.Rows, Row{Text: Ellipsize("✓ "+it.Title, inner, m), X: x + Pad, Y: cy, Style: Status})
				cy += LineH
			}
		}
		return cy + 4
	}
	h := chipH(tap)
	cx := x + Pad
	for i, it := range c.Items {
		label := Ellipsize(it.Title, inner-2*Pad, m)
		cw := min(max(m(label)+2*Pad+4, tap), inner)
		if cx > x+Pad && cx+cw > x+Pad+inner {
			cx, cy = x+Pad, cy+h+6
		}
		b.Buttons = append(b.Buttons, Button{Rect: Rect{X: cx, Y: cy, W: cw, H: h}, Label: label,
			Action: Action{Kind: "talk", Avatar: c.Avatar, Text: it.Title, Card: c.N, Item: i}})
		cx += cw + 6
	}
	return cy + h + 8
}

// layoutForm lays out a form: each field's label over a box showing its
// value (or an example, dimmed); pressing a box types into it, Enter goes
// to the next. The send button appears once the first field is filled.
func layoutForm(b *Box, c *Card, x, cy, w int, m Measure, lang string, tap int) int {
	inner := w - 2*Pad
	h := chipH(tap)
	for i, it := range c.Items {
		b.Rows = append(b.Rows, Row{Text: Ellipsize(it.Title, inner, m), X: x + Pad, Y: cy, Style: Label})
		cy += LineH + 2
		v := ""
		if i < len(c.Values) {
			v = c.Values[i]
		}
		text, st := v, Body
		if v == "" {
			text, st = it.Subtitle, Dim
		}
		if c.Edit == i+1 {
			text, st = pick(lang, "입력 중… (아래 입력창)", "typing… (field below)"), Status
		}
		lines := Wrap(text, inner-2*Pad, m)
		if len(lines) == 0 {
			lines = []string{""}
		}
		fh := max(h, len(lines)*LineH+10)
		for j, l := range lines {
			b.Rows = append(b.Rows, Row{Text: l, X: x + 2*Pad, Y: cy + (fh-len(lines)*LineH)/2 + j*LineH, Style: st})
		}
		if !c.Done {
			b.Buttons = append(b.Buttons, Button{Rect: Rect{X: x + Pad, Y: cy, W: inner, H: fh},
				Action: Action{Kind: "form_field", Avatar: c.Avatar, Card: c.N, Item: i}})
		}
		cy += fh + 6
	}
	if !c.Done && len(c.Values) > 0 && strings.TrimSpace(c.Values[0]) != "" {
		label := pick(lang, "이대로 보내기", "Send")
		b.Buttons = append(b.Buttons, Button{Rect: Rect{X: x + Pad, Y: cy, W: inner, H: h}, Label: label,
			Action: Action{Kind: "form_send", Avatar: c.Avatar, Text: FormText(c), Card: c.N}})
		cy += h + 4
	}
	return cy + 4
}

// FormText is what sending a form says: its filled values in order, as a
// person would type them on one line ("서울시 마포구 와우산로 94 101동 202호").
func FormText(c *Card) string {
	var parts []string
	for _, v := range c.Values {
		if v = strings.TrimSpace(v); v != "" {
			parts = append(parts, v)
		}
	}
	return strings.Join(parts, " ")
}

// FoldedCard lays out an answered card as one line: its title, "완료"
// and what was chosen, with the close button.
func FoldedCard(c *Card, x, y, w int, m Measure, lang string) Box {
	return foldedCard(c, x, y, w, m, lang, 0)
}

func foldedCard(c *Card, x, y, w int, m Measure, lang string, tap int) Box {
	b := Box{Rect: Rect{X: x, Y: y, W: w, H: max(LineH+2*Pad-4, tap)}, Accent: Dim}
	title := c.Title + " · " + pick(lang, "완료", "done")
	for i := range c.Items {
		if c.Chosen[i] && c.Kind != protocol.CardForm {
			title += " · " + c.Items[i].Title
		}
	}
	// A question answered by a press: the answer first, so a narrow card
	// cuts the question, not what was said to it.
	switch {
	case c.Kind == protocol.CardForm && len(c.Chosen) > 0:
		title = "✓ " + FormText(c) + " · " + c.Title
	case c.Kind == protocol.CardReplies:
		for i := range c.Items {
			if c.Chosen[i] {
				title = "✓ " + c.Items[i].Title + " · " + c.Title
			}
		}
	}
	b.Rows = append(b.Rows, Row{Text: Ellipsize(title, w-2*Pad-max(LineH, tap), m), X: x + Pad, Y: y + (b.H-LineH)/2, Style: Dim})
	cb := closeButton(x, y, w, tap, Action{Kind: "dismiss", Card: c.N})
	if tap == 0 {
		cb.Y = y + Pad - 2
	}
	b.Buttons = append(b.Buttons, cb)
	return b
}

// LayoutConfirm lays out a confirmation card: what will happen, every
// parameter, and Confirm / Cancel. Nothing in it is abbreviated: a user
// must see exactly what they agree to, so long values wrap instead.
func LayoutConfirm(c *Confirmation, x, y, w int, m Measure, lang string) Box {
	return layoutConfirm(c, x, y, w, m, lang, 0)
}

// layoutConfirm is LayoutConfirm with buttons at least tap px high. When a
// label would take more than a third of the card, labels go on their own
// line above their values, so neither is broken inside a word.
func layoutConfirm(c *Confirmation, x, y, w int, m Measure, lang string, tap int) Box {
	b := Box{Rect: Rect{X: x, Y: y, W: w}, Accent: Warn}
	inner := w - 2*Pad
	cy := y + Pad
	head := map[bool]string{true: "Please confirm", false: "확인해 주세요"}[lang == "en"]
	b.Rows = append(b.Rows, Row{Text: head, X: x + Pad, Y: cy, Style: Warn})
	cy += LineH + 2
	for _, line := range Wrap(c.Summary, inner, m) {
		b.Rows = append(b.Rows, Row{Text: line, X: x + Pad, Y: cy, Style: Title})
		cy += LineH
	}
	cy += 4
	labelW := 0
	for _, f := range c.Fields {
		labelW = max(labelW, m(f.Label))
	}
	if labelW > inner/3 {
		for _, f := range c.Fields {
			for _, line := range Wrap(f.Label, inner, m) {
				b.Rows = append(b.Rows, Row{Text: line, X: x + Pad, Y: cy, Style: Label})
				cy += LineH
			}
			for _, line := range Wrap(f.Value, inner-Pad, m) {
				b.Rows = append(b.Rows, Row{Text: line, X: x + 2*Pad, Y: cy, Style: Body})
				cy += LineH
			}
			cy += 2
		}
		labelW = -1
	}
	for _, f := range c.Fields {
		if labelW < 0 {
			break
		}
		lab := Wrap(f.Label, labelW, m)
		val := Wrap(f.Value, inner-labelW-Pad, m)
		for i := 0; i < max(len(lab), len(val)); i++ {
			if i < len(lab) {
				b.Rows = append(b.Rows, Row{Text: lab[i], X: x + Pad, Y: cy, Style: Label})
			}
			if i < len(val) {
				b.Rows = append(b.Rows, Row{Text: val[i], X: x + Pad + labelW + Pad, Y: cy, Style: Body})
			}
			cy += LineH
		}
	}
	cy += 6
	switch c.State {
	case "pending":
		bw := (inner - Pad) / 2
		ok := map[bool]string{true: "Confirm", false: "확인"}[lang == "en"]
		if c.Button != "" { // the action's own words: "28,400원 결제"
			ok = c.Button
		}
		no := map[bool]string{true: "Cancel", false: "취소"}[lang == "en"]
		bh := max(LineH+8, tap)
		b.Buttons = append(b.Buttons,
			Button{Rect: Rect{X: x + Pad, Y: cy, W: bw, H: bh}, Label: ok, Action: Action{Kind: "confirm", Avatar: c.Avatar, Nonce: c.Nonce}},
			Button{Rect: Rect{X: x + Pad + bw + Pad, Y: cy, W: bw, H: bh}, Label: no, Action: Action{Kind: "decline", Avatar: c.Avatar, Nonce: c.Nonce}})
		cy += bh
	default:
		b.Rows = append(b.Rows, Row{Text: StatusLabel(c.State, lang), X: x + Pad, Y: cy, Style: Status})
		cy += LineH
	}
	b.H = cy - y + Pad
	return b
}

// StatusLabel translates an item or confirmation status.
func StatusLabel(s, lang string) string {
	ko := map[string]string{
		"confirmed": "확정", "declined": "취소함", "expired": "만료", "cancelled": "취소됨", "canceled": "취소됨",
		"paid": "결제 완료", "preparing": "준비 중", "shipped": "배송 중", "in_transit": "배송 중",
		"out_for_delivery": "배송 출발", "delivered": "배송 완료", "pending": "대기", "correct": "정답", "wrong": "오답",
		"held": "임시 예약",
	}
	if s == "" {
		return ""
	}
	if lang != "en" {
		if k, ok := ko[s]; ok {
			return k
		}
	}
	return strings.ReplaceAll(s, "_", " ")
}

// Screen is the layout of the whole screen for a given size.
type Screen struct {
	W, H   int
	Status Rect // top bar
	Chat   Rect // chat history, bottom left
	Input  Rect // text field under it
	Cards  Rect // right column for cards and confirmations (a phone: the bottom sheet)
	World  Rect // where the map shows (everything; panels draw over it)
	// Phone: cards are a bottom sheet over the chat, stacked up from
	// above the input; ChatToggle folds the chat panel away and back.
	Phone      bool
	ChatToggle Rect
	// Tap is the least height of anything to press (44 px on a phone,
	// a finger's width; 0 on a desktop, where a mouse is precise).
	Tap int
}

// TapSize is the smallest tap target on a touch screen, in px.
const TapSize = 44

// LayoutScreen splits a w×h screen with the chat panel open.
func LayoutScreen(w, h int) Screen { return LayoutScreenChat(w, h, true) }

// LayoutScreenChat splits a w×h screen. On narrow screens (phones, small
// windows) it is laid out for fingers: a taller status bar and input, the
// cards as a full-width bottom sheet instead of a column beside the map,
// and the chat panel folded to its last two lines unless chatOpen.
func LayoutScreenChat(w, h int, chatOpen bool) Screen {
	s := Screen{W: w, H: h, World: Rect{0, 0, w, h}}
	if w < PhoneWidth {
		s.Phone, s.Tap = true, TapSize
		s.Status = Rect{0, 0, w, TapSize}
		s.ChatToggle = Rect{X: w - Pad - TapSize, Y: h - Pad - TapSize, W: TapSize, H: TapSize}
		s.Input = Rect{X: Pad, Y: h - Pad - TapSize, W: w - 3*Pad - TapSize, H: TapSize}
		chatH := 2*LineH + 2*Pad
		if chatOpen {
			chatH = min(8*LineH+2*Pad, (h-s.Status.H)/4)
		}
		s.Chat = Rect{X: Pad, Y: s.Input.Y - 4 - chatH, W: w - 2*Pad, H: chatH}
		// The camera keeps the map between the status bar and the chat,
		// so whoever stands at the bottom of a room is not hidden (and
		// unclickable) under it.
		s.World = Rect{X: 0, Y: s.Status.H, W: w, H: s.Chat.Y - s.Status.H}
		top := s.Status.H + Pad
		bottom := s.Input.Y - 4
		sheetH := min(bottom-top, h*9/20)
		s.Cards = Rect{X: Pad, Y: bottom - sheetH, W: w - 2*Pad, H: sheetH}
		return s
	}
	s.Status = Rect{0, 0, w, LineH + 6}
	cw := min(300, w*2/5)
	s.Cards = Rect{X: w - cw - Pad, Y: s.Status.H + Pad, W: cw, H: h - s.Status.H - 2*Pad}
	chatW := min(460, w-cw-3*Pad)
	s.Input = Rect{X: Pad, Y: h - Pad - (LineH + 8), W: chatW, H: LineH + 8}
	chatH := min(8*LineH+2*Pad, (h-s.Status.H)/3)
	s.Chat = Rect{X: Pad, Y: s.Input.Y - 4 - chatH, W: chatW, H: chatH}
	return s
}

// PhoneWidth: screens narrower than this are laid out as a phone.
const PhoneWidth = 600

// LayoutMemory lays out what avatars remember about the user (protocol
// v2 memories): per avatar its facts with the words they came from, a
// delete button for each and one to forget everything.
func LayoutMemory(m *protocol.Memories, x, y, w int, meas Measure, lang string) Box {
	b := Box{Rect: Rect{X: x, Y: y, W: w}}
	inner := w - 2*Pad
	cy := y + Pad
	en := lang == "en"
	title := map[bool]string{true: "What the avatars remember about you", false: "아바타가 기억하는 내 정보"}[en]
	b.Rows = append(b.Rows, Row{Text: Ellipsize(title, inner-LineH, meas), X: x + Pad, Y: cy, Style: Title})
	b.Buttons = append(b.Buttons, Button{Rect: Rect{X: x + w - Pad - LineH, Y: cy, W: LineH, H: LineH}, Label: "×", Action: Action{Kind: "memory"}})
	cy += LineH + 4
	if m == nil {
		b.Rows = append(b.Rows, Row{Text: map[bool]string{true: "Loading…", false: "불러오는 중…"}[en], X: x + Pad, Y: cy, Style: Dim})
		b.H = cy + LineH + Pad - y
		return b
	}
	del := map[bool]string{true: "Delete", false: "지우기"}[en]
	delW := meas(del) + Pad
	for _, am := range m.Avatars {
		if len(am.Facts) == 0 && am.History == 0 {
			continue
		}
		b.Rows = append(b.Rows, Row{Text: Ellipsize(Sanitize(am.Name), inner, meas), X: x + Pad, Y: cy, Style: Label})
		cy += LineH
		for _, f := range am.Facts {
			line := Sanitize(FactLabel(f.Key, lang) + ": " + f.Value)
			b.Rows = append(b.Rows, Row{Text: Ellipsize(line, inner-delW-Pad, meas), X: x + 2*Pad, Y: cy, Style: Body})
			b.Buttons = append(b.Buttons, Button{Rect: Rect{X: x + w - Pad - delW, Y: cy - 1, W: delW, H: LineH + 2}, Label: del,
				Action: Action{Kind: "forget", Target: am.Avatar, Key: f.Key}})
			cy += LineH
			for _, l := range Wrap("“"+Sanitize(f.Said)+"”", inner-2*Pad, meas) {
				b.Rows = append(b.Rows, Row{Text: l, X: x + 3*Pad, Y: cy, Style: Dim})
				cy += LineH
			}
		}
		if am.History > 0 {
			b.Rows = append(b.Rows, Row{Text: fmt.Sprintf(map[bool]string{true: "%d lines of conversation", false: "대화 기록 %d줄"}[en], am.History), X: x + 2*Pad, Y: cy, Style: Dim})
			cy += LineH
		}
		all := map[bool]string{true: "Forget everything", false: "모두 잊게 하기"}[en]
		b.Buttons = append(b.Buttons, Button{Rect: Rect{X: x + Pad, Y: cy + 2, W: meas(all) + 2*Pad, H: LineH + 6}, Label: all,
			Action: Action{Kind: "forget", Target: am.Avatar}})
		cy += LineH + 12
	}
	if len(b.Buttons) == 1 {
		b.Rows = append(b.Rows, Row{Text: map[bool]string{true: "Nothing yet.", false: "아직 기억하는 게 없어요."}[en], X: x + Pad, Y: cy, Style: Dim})
		cy += LineH
	}
	cy = layoutMCPTokens(&b, m.MCPTokens, x, cy, w, meas, en)
	b.H = cy + Pad - y
	return b
}

// layoutMCPTokens lists the user's MCP tokens: each with whether its
// client may confirm irreversible actions itself, a switch for that and a
// revoke button (docs/skills.md §8).
func layoutMCPTokens(b *Box, toks []protocol.MCPToken, x, cy, w int, meas Measure, en bool) int {
	if len(toks) == 0 {
		return cy
	}
	inner := w - 2*Pad
	cy += 4
	b.Rows = append(b.Rows, Row{Text: map[bool]string{true: "MCP tokens", false: "MCP 토큰"}[en], X: x + Pad, Y: cy, Style: Label})
	cy += LineH
	revoke := map[bool]string{true: "Revoke", false: "폐기"}[en]
	for _, tk := range toks {
		name := tk.Label
		if name == "" {
			name = tk.ID
		}
		state := map[bool]string{true: "client confirm off", false: "클라이언트 확인 꺼짐"}[en]
		toggle := map[bool]string{true: "Allow client confirm", false: "클라이언트 확인 켜기"}[en]
		if tk.ClientConfirm {
			state = map[bool]string{true: "client confirm ON", false: "클라이언트 확인 켜짐"}[en]
			toggle = map[bool]string{true: "Confirm in world", false: "세계에서 확인"}[en]
		}
		b.Rows = append(b.Rows, Row{Text: Ellipsize(Sanitize(name)+" · "+state, inner-Pad, meas), X: x + 2*Pad, Y: cy, Style: Body})
		cy += LineH + 2
		tw, rw := meas(toggle)+2*Pad, meas(revoke)+2*Pad
		on := "on"
		if tk.ClientConfirm {
			on = "off"
		}
		b.Buttons = append(b.Buttons,
			Button{Rect: Rect{X: x + 2*Pad, Y: cy, W: tw, H: LineH + 4}, Label: toggle, Action: Action{Kind: "mcp_confirm", Key: tk.ID, Text: on}},
			Button{Rect: Rect{X: x + 3*Pad + tw, Y: cy, W: rw, H: LineH + 4}, Label: revoke, Action: Action{Kind: "mcp_revoke", Key: tk.ID}})
		cy += LineH + 8
	}
	return cy
}

// FactLabel names a kind of remembered fact.
func FactLabel(key, lang string) string {
	ko := map[string]string{"diet": "식단", "allergy": "알레르기", "budget": "예산", "cuisine": "좋아하는 음식", "level": "학습 수준"}
	if lang != "en" {
		if k, ok := ko[key]; ok {
			return k
		}
	}
	return key
}
