package ui

import (
	"math"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
)

// Sender is what the UI asks of the connection (a *session.Session).
type Sender interface {
	Chat(text, scope string) error
	Talk(avatar uint32, text string) error
	// TalkPick sends a click on choice n of the avatar's card
	// (protocol.Talk.Pick).
	TalkPick(avatar uint32, n int) error
	MoveTo(x, y int) error
	MoveDir(d string) error
	Confirm(nonce string) error
	Decline(nonce string) error
	Memory() error
	Forget(avatar, key string) error
	// RevokeMCP revokes one of the user's MCP tokens; AllowMCPConfirm
	// lets its client confirm irreversible actions (or not). Both refresh
	// the memories answer when done.
	RevokeMCP(id string) error
	AllowMCPConfirm(id string, on bool) error
}

// EntityView is an entity as drawn this frame.
type EntityView struct {
	protocol.Entity
	SX, SY  float64 // screen centre
	State   string  // avatar state badge ("" when idle)
	Bubble  *Bubble
	You     bool
	Target  bool // the avatar the user is talking to
	Hovered bool
	Moving  bool // walking: the client animates its steps
}

// App is the client's behaviour: what a click, a key or a submitted line
// does, and what is on screen. The Ebiten layer feeds it input and draws
// its Frame; tests drive it directly.
type App struct {
	M       *Model
	S       Sender
	Measure Measure
	Speed   float64 // walking speed, tiles/s (from welcome)
	// Debug is the debug overlay (F3): zone identifiers and the frame rate,
	// which are for developers, not for the people in the world.
	Debug bool

	Screen Screen
	Cam    Camera
	Map    protocol.Map
	Ents   []EntityView // sorted for drawing (back to front)
	Boxes  []Box        // cards and confirmations, laid out this frame
	Labels []Tag        // names, roles and states, none overlapping
	// Bubbles are the speech bubbles, drawn above everything else.
	Bubbles []BubbleBox
	// Chat is the chat panel's rows as scrolled (ChatScroll rows back from
	// the newest; 0 follows new lines).
	Chat       []Row
	ChatScroll int
	chatTotal  int
	drag       *chatDrag
	open       map[uint32]bool // bubbles clicked open
	// ChatOpen unfolds the chat panel on a phone (ChatToggle).
	ChatOpen bool
	// Coach shows the first visit's guide (StartCoach); OnCoached is
	// called once it is closed or finished, to remember that.
	Coach     bool
	OnCoached func()
	coachStep int
	// Doors are the door signs on screen this frame.
	Doors []DoorSign

	// focus, when set, asks the drawing layer to give the text field the
	// keyboard with this text in it (a form field was pressed).
	focus     *string
	step      Stepper
	roomChat  bool // the user chose room chat near an avatar (Esc)
	chosen    bool // the target was clicked (kept until Esc), not just nearby
	dismissed map[int]bool
	mouseX    int
	mouseY    int
}

// NewApp returns an App over a model and a sender.
func NewApp(m *Model, s Sender, measure Measure) *App {
	return &App{M: m, S: s, Measure: measure, dismissed: map[int]bool{}, open: map[uint32]bool{}}
}

// Frame lays out a w×h screen at time now from the mirror (nil before the
// first room).
func (a *App) Frame(w, h int, mir *client.Mirror, now time.Time) {
	a.M.Expire(now)
	a.Screen = LayoutScreenChat(w, h, a.ChatOpen || w >= PhoneWidth)
	a.layoutBoxes(now)
	if a.Screen.Phone && len(a.Boxes) > 1 {
		// The camera keeps the map above the bottom sheet, so the avatar
		// being talked to stays in sight over its cards.
		top := a.Boxes[1].Y
		for _, b := range a.Boxes[1:] {
			top = min(top, b.Y)
		}
		if top-a.Screen.World.Y >= 3*Tile {
			a.Screen.World.H = min(a.Screen.World.H, top-a.Screen.World.Y)
		}
	}
	a.Ents = a.Ents[:0]
	if mir != nil {
		if _, in := mir.InRoom(); in {
			a.Map = mir.Map()
			you := mir.You()
			var youX, youY float64
			for _, t := range mir.Entities() {
				x, y := client.Interpolate(t, now)
				if t.ID == you {
					youX, youY = x, y
				}
				// Walking: it moved in the last update, which is recent
				// (an entity that stopped stands still at once).
				moving := (t.X != t.FromX || t.Y != t.FromY) && now.Sub(t.To) < 300*time.Millisecond
				v := EntityView{Entity: t.Entity, SX: x, SY: y, You: t.ID == you, Moving: moving}
				v.Name = EntityName(t.Entity, a.M.Lang)
				a.Ents = append(a.Ents, v)
			}
			a.autoTarget(youX, youY)
			a.Cam = Follow(youX, youY, a.Map.W, a.Map.H, a.Screen.World)
			for i := range a.Ents {
				e := &a.Ents[i]
				e.SX, e.SY = a.Cam.ToScreen(e.SX, e.SY, a.Screen.World)
				e.State = a.M.ShownState(e.ID, now)
				e.Bubble = a.M.Bubbles[e.ID]
				e.Target = e.ID == a.M.Target
				e.Hovered = math.Abs(e.SX-float64(a.mouseX)) < Tile/2 && math.Abs(e.SY-float64(a.mouseY)) < Tile/2
			}
			sort.Slice(a.Ents, func(i, j int) bool {
				if a.Ents[i].SY != a.Ents[j].SY {
					return a.Ents[i].SY < a.Ents[j].SY
				}
				return a.Ents[i].ID < a.Ents[j].ID
			})
		}
	}
	a.Labels = LayoutLabels(a.Ents, a.M.Lang, a.Measure)
	for id := range a.open {
		if a.M.Bubbles[id] == nil {
			delete(a.open, id) // that reply is over: the next one starts closed
		}
	}
	a.Doors = LayoutDoorSigns(a.Map, a.Cam, a.Screen, a.M.Lang, a.Measure)
	if a.Coaching() {
		a.layoutCoach()
	}
	var cards []Box
	if a.Screen.Phone && len(a.Boxes) > 1 {
		cards = a.Boxes[1:] // the bottom sheet (not the status bar's button)
	}
	a.Bubbles = LayoutBubbles(a.Ents, a.Labels, a.Screen.World, a.open, a.Measure, cards...)
	a.Chat, a.chatTotal = ChatRows(a.M.Lines, a.Screen.Chat, a.Measure, a.M.Lang, a.ChatScroll)
	a.ChatScroll = max(0, min(a.ChatScroll, a.chatTotal-a.chatRowsShown()))
}

func (a *App) chatRowsShown() int { return max(1, (a.Screen.Chat.H-2*Pad)/LineH) }

// ScrollChat scrolls the chat panel by rows (positive: back to older
// lines), as the mouse wheel over it does.
func (a *App) ScrollChat(rows int) {
	a.ChatScroll = max(0, min(a.ChatScroll+rows, a.chatTotal-a.chatRowsShown()))
	a.Chat, _ = ChatRows(a.M.Lines, a.Screen.Chat, a.Measure, a.M.Lang, a.ChatScroll)
}

// chatDrag is a finger (or the mouse) dragging the chat panel.
type chatDrag struct{ y, scroll int }

// Press starts a drag when (x, y) is on the chat panel; it reports
// whether it did (then the press is not a click on the world).
func (a *App) Press(x, y int) bool {
	covered := false // a card (the phone's sheet) over the chat takes the press
	for _, b := range a.Boxes {
		covered = covered || b.Contains(x, y)
	}
	if covered || !a.Screen.Chat.Contains(x, y) {
		a.drag = nil
		return false
	}
	a.drag = &chatDrag{y: y, scroll: a.ChatScroll}
	return true
}

// DragTo scrolls the chat with a drag that started on it: pulling down
// shows older lines, like a list on a phone.
func (a *App) DragTo(y int) {
	if a.drag == nil {
		return
	}
	a.ChatScroll = a.drag.scroll
	a.ScrollChat((y - a.drag.y) / LineH)
}

// Release ends a drag.
func (a *App) Release() { a.drag = nil }

// autoTarget picks the nearest avatar within 2 tiles as the one to talk
// to, unless the user chose room chat; walking away (> 4 tiles) ends it.
// An avatar the user clicked stays the target until Esc (avatars wander,
// and a talk reaches them anywhere in the room: they walk over).
func (a *App) autoTarget(x, y float64) {
	best, bestD := uint32(0), math.MaxFloat64
	targetD := math.MaxFloat64
	if a.chosen {
		if a.M.Name(a.M.Target) == "" {
			a.M.Target, a.chosen = 0, false // gone from the room
		}
		return
	}
	for _, e := range a.Ents {
		if e.Kind != "avatar" {
			continue
		}
		d := math.Hypot(e.SX-x, e.SY-y)
		if e.ID == a.M.Target {
			targetD = d
		}
		if d < bestD {
			best, bestD = e.ID, d
		}
	}
	if a.M.Target != 0 && targetD > 4 {
		a.M.Target = 0
		a.roomChat = false
	}
	if a.M.Target == 0 && !a.roomChat && bestD <= 2 {
		a.M.Target = best
	}
}

func (a *App) layoutBoxes(now time.Time) {
	a.Boxes = a.Boxes[:0]
	// The "what avatars remember" button sits in the status bar; its panel
	// goes over the card column while open.
	label := a.M.T("내 정보", "My data")
	bw := max(a.Measure(label)+2*Pad, a.Screen.Tap)
	st := a.Screen.Status
	mr := Rect{X: st.X + st.W/2 - bw/2, Y: st.Y + 2, W: bw, H: st.H - 4}
	if a.Screen.Phone {
		mr.Y, mr.H = st.Y, st.H
	}
	a.Boxes = append(a.Boxes, Box{Rect: mr, Accent: Label,
		Buttons: []Button{{Rect: mr, Label: label, Action: Action{Kind: "memory"}}}})
	col := a.Screen.Cards
	tap := a.Screen.Tap
	y := col.Y
	first := len(a.Boxes)
	add := func(b Box) bool {
		if y+b.H > col.Y+col.H && len(a.Boxes) > first {
			return false // no room left: older cards stay in the model
		}
		a.Boxes = append(a.Boxes, b)
		y += b.H + Pad
		return true
	}
	if a.M.MemoryOpen {
		add(LayoutMemory(a.M.Memories, col.X, y, col.W, a.Measure, a.M.Lang))
	}
	if c := a.M.Pending(now); c != nil {
		add(layoutConfirm(c, col.X, y, col.W, a.Measure, a.M.Lang, tap))
	}
	for i := len(a.M.Cards) - 1; i >= 0; i-- { // newest on top
		c := a.M.Cards[i]
		if a.dismissed[c.N] || c.Kind == protocol.CardReplies && c.Done && len(c.Chosen) == 0 {
			continue // suggestions the user passed by say nothing any more
		}
		var b Box
		if c.Done && i < len(a.M.Cards)-1 {
			// An answered card under a newer one folds to its title: it
			// says what was done without pushing the live card away.
			b = foldedCard(c, col.X, y, col.W, a.Measure, a.M.Lang, tap)
		} else {
			b = layoutCard(c, col.X, y, col.W, a.Measure, a.M.Lang, tap)
		}
		if !add(b) {
			break
		}
	}
	if a.Screen.Phone && len(a.Boxes) > first {
		// A bottom sheet: the stack sits on the input, growing upwards.
		shift := col.Y + col.H - (y - Pad)
		for i := first; i < len(a.Boxes); i++ {
			a.Boxes[i].move(0, shift)
		}
	}
}

// move shifts a box and everything in it by (dx, dy).
func (b *Box) move(dx, dy int) {
	b.X, b.Y = b.X+dx, b.Y+dy
	for i := range b.Rows {
		b.Rows[i].X, b.Rows[i].Y = b.Rows[i].X+dx, b.Rows[i].Y+dy
	}
	for i := range b.Buttons {
		b.Buttons[i].X, b.Buttons[i].Y = b.Buttons[i].X+dx, b.Buttons[i].Y+dy
	}
}

// Hover records the mouse position (for highlighting).
func (a *App) Hover(x, y int) { a.mouseX, a.mouseY = x, y }

// Click handles a click at screen (x, y): a button, an entity (an avatar
// becomes the one you talk to and you walk up to it), or a floor tile
// (walk there). It reports whether the click did something.
func (a *App) Click(x, y int, now time.Time) bool {
	if a.Coaching() { // the coach's card is on top of everything
		b := a.Boxes[len(a.Boxes)-1]
		for _, btn := range b.Buttons {
			if btn.Contains(x, y) {
				a.Do(btn.Action, now)
				return true
			}
		}
		if b.Contains(x, y) {
			return true
		}
	}
	for _, b := range a.Boxes { // a button is never hidden by a bubble
		for _, btn := range b.Buttons {
			if btn.Contains(x, y) {
				a.Do(btn.Action, now)
				return true
			}
		}
	}
	for i := len(a.Bubbles) - 1; i >= 0; i-- { // bubbles are drawn on top
		if b := a.Bubbles[i]; b.Contains(x, y) {
			if b.More {
				a.open[b.ID] = !a.open[b.ID]
			}
			return true
		}
	}
	for _, b := range a.Boxes {
		for _, btn := range b.Buttons {
			if btn.Contains(x, y) {
				a.Do(btn.Action, now)
				return true
			}
		}
		if b.Contains(x, y) {
			return true // clicks on a card never walk
		}
	}
	if a.Screen.Phone && a.Screen.ChatToggle.Contains(x, y) {
		a.ChatOpen = !a.ChatOpen
		return true
	}
	if a.Screen.Chat.Contains(x, y) || a.Screen.Input.Contains(x, y) || a.Screen.Status.Contains(x, y) {
		return false
	}
	if a.Map.W == 0 {
		return false
	}
	for i := len(a.Ents) - 1; i >= 0; i-- { // front first
		e := a.Ents[i]
		if e.Kind == "avatar" && math.Abs(e.SX-float64(x)) < Tile/2 && math.Abs(e.SY-float64(y)) < Tile*3/4 {
			a.M.Target, a.roomChat, a.chosen = e.ID, false, true
			if me := a.you(); me != nil {
				tx, ty := int(math.Round(e.X)), int(math.Round(e.Y))
				if nx, ny, ok := Near(a.Map, tx, ty, me.X, me.Y); ok {
					a.S.MoveTo(nx, ny)
				}
			}
			return true
		}
	}
	tx, ty := a.Cam.ToTile(x, y, a.Screen.World)
	if tx < 0 || ty < 0 || tx >= a.Map.W || ty >= a.Map.H {
		return false
	}
	if err := a.S.MoveTo(tx, ty); err != nil {
		a.M.ShowToast(a.M.T("연결되어 있지 않아요.", "Not connected."), now)
	}
	return true
}

func (a *App) you() *EntityView {
	for i := range a.Ents {
		if a.Ents[i].You {
			return &a.Ents[i]
		}
	}
	return nil
}

// Do performs a button's action.
func (a *App) Do(act Action, now time.Time) {
	var err error
	switch act.Kind {
	case "talk":
		if act.Card != 0 {
			a.M.Choose(act.Card, act.Item)
		}
		a.M.Target = act.Avatar
		a.M.Said(act.Text, now)
		if act.Pick > 0 {
			err = a.S.TalkPick(act.Avatar, act.Pick)
		} else {
			err = a.S.Talk(act.Avatar, act.Text)
		}
	case "confirm":
		a.M.Settle(act.Nonce, "confirmed")
		err = a.S.Confirm(act.Nonce)
	case "decline":
		a.M.Settle(act.Nonce, "declined")
		err = a.S.Decline(act.Nonce)
	case "dismiss":
		a.dismissed[act.Card] = true
	case "form_field":
		if c := a.card(act.Card); c != nil && !c.Done {
			a.editField(c, act.Item)
		}
	case "form_send":
		c := a.card(act.Card)
		if c == nil || c.Done {
			break
		}
		text := FormText(c)
		a.M.Choose(act.Card, 0)
		a.M.Target = act.Avatar
		a.M.Said(text, now)
		err = a.S.Talk(act.Avatar, text)
	case "coach_next", "coach_close":
		a.coachDo(act.Kind)
	case "memory":
		a.M.MemoryOpen = !a.M.MemoryOpen
		if a.M.MemoryOpen {
			err = a.S.Memory()
		}
	case "forget":
		err = a.S.Forget(act.Target, act.Key)
	case "mcp_confirm":
		err = a.S.AllowMCPConfirm(act.Key, act.Text == "on")
	case "mcp_revoke":
		err = a.S.RevokeMCP(act.Key)
	}
	if err != nil {
		a.M.ShowToast(a.M.T("연결되어 있지 않아요.", "Not connected."), now)
	}
}

// card is the model's card n, or nil.
func (a *App) card(n int) *Card {
	for _, c := range a.M.Cards {
		if c.N == n {
			return c
		}
	}
	return nil
}

// editing is the form card being typed into, or nil.
func (a *App) editing() *Card {
	for _, c := range a.M.Cards {
		if c.Edit > 0 && !c.Done && c.Kind == protocol.CardForm {
			return c
		}
	}
	return nil
}

// editField starts typing into field i of form c (and no other).
func (a *App) editField(c *Card, i int) {
	for _, o := range a.M.Cards {
		o.Edit = 0
	}
	if i < 0 || i >= len(c.Values) {
		return
	}
	c.Edit = i + 1
	v := c.Values[i]
	a.focus = &v
}

// TakeFocus reports (once) that a form field was chosen: the drawing
// layer gives the text field the keyboard, holding text to edit.
func (a *App) TakeFocus() (string, bool) {
	if a.focus == nil {
		return "", false
	}
	t := *a.focus
	a.focus = nil
	return t, true
}

// Keys handles the held direction keys this frame.
func (a *App) Keys(dir string, now time.Time) {
	a.step.Speed = a.Speed
	if d := a.step.Next(dir, now); d != "" {
		a.S.MoveDir(d)
	}
}

// Escape ends talking to an avatar (back to room chat).
func (a *App) Escape() {
	if c := a.editing(); c != nil {
		c.Edit = 0 // stop filling in the form; keep talking
		return
	}
	if a.M.Target != 0 {
		a.M.Target, a.roomChat, a.chosen = 0, true, false
	}
}

// MaxInput is the longest line the input field accepts (the protocol's
// chat limit; talk allows 1000, but one limit is easier to explain).
const MaxInput = 500

// Submit sends a typed line: to the avatar you are talking to, or as room
// chat; "/near …" (or "/근처 …") says it only to people nearby. It returns
// false (and keeps nothing) for an empty line.
func (a *App) Submit(text string, now time.Time) bool {
	text = strings.TrimSpace(text)
	if c := a.editing(); c != nil {
		// Typing into a form: Enter fills the field (even with nothing:
		// an optional field left empty) and goes to the next one.
		c.Values[c.Edit-1] = text
		if c.Edit < len(c.Values) {
			a.editField(c, c.Edit)
		} else {
			c.Edit = 0
		}
		return true
	}
	if text == "" {
		return false
	}
	if utf8.RuneCountInString(text) > MaxInput {
		a.M.ShowToast(ErrorText(protocol.CodeTooLong, a.M.Lang), now)
		return false
	}
	var err error
	switch {
	case strings.HasPrefix(text, "/near ") || strings.HasPrefix(text, "/근처 "):
		_, rest, _ := strings.Cut(text, " ")
		err = a.S.Chat(strings.TrimSpace(rest), protocol.ScopeNear)
	case a.M.Target != 0:
		a.M.Said(text, now)
		err = a.S.Talk(a.M.Target, text)
	default:
		err = a.S.Chat(text, protocol.ScopeRoom)
	}
	if err != nil {
		a.M.ShowToast(a.M.T("연결되어 있지 않아요. 다시 연결되면 보내 주세요.", "Not connected; send it again once reconnected."), now)
	}
	return true
}

// Prompt is the hint shown in the empty input field. Enter starts
// typing, so it is named while the field does not have the keyboard.
func (a *App) Prompt(typing bool) string {
	if c := a.editing(); c != nil && typing {
		next := a.M.T("Enter: 다음 칸", "Enter: next field")
		if c.Edit == len(c.Values) {
			next = a.M.T("Enter: 입력 끝", "Enter: done")
		}
		return c.Items[c.Edit-1].Title + a.M.T(" 입력 (", " (") + next + ")"
	}
	enter := a.M.T("Enter: 입력", "Enter to type")
	if typing {
		enter = a.M.T("Enter: 보내기", "Enter to send")
	}
	if a.M.Target != 0 {
		return a.M.T(a.M.Name(a.M.Target)+"에게 말하기 ("+enter+" · Esc: 방 전체)", "Talk to "+a.M.Name(a.M.Target)+" ("+enter+" · Esc: room chat)")
	}
	return a.M.T("방 전체에 말하기 ("+enter+")", "Say to the room ("+enter+")")
}
