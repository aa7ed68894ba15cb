// Package game is the thin Ebiten layer of the Madang client: it turns
// keys, clicks and IME text into calls on ui.App and draws what the app
// laid out. Everything with behaviour lives in client/ui (tested without a
// display); this package only reads input and paints.
//
// The same code runs on the desktop (GLFW) and in the browser
// (WebAssembly; see examples/client).
package game

import (
	"context"
	"image/color"
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/exp/textinput"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/client/art"
	"github.com/madang-world/madang/client/session"
	"github.com/madang-world/madang/client/ui"
	"github.com/madang-world/madang/protocol"
)

// The client's font is client/glyphs: 12 px bitmap glyphs with Hangul
// (Baekmuk Gulim), Latin, kana and CJK, shipped inside the binary, so
// Korean renders the same on every machine and in every browser without
// system fonts (drawn by text.go).

// Config is how the client starts.
type Config struct {
	Server string // http(s)://host:port of the world server
	Name   string // display name; with AutoJoin the sign-in form is skipped
	Room   string // first room
	Lang   string // "ko" (default) or "en"
	// AutoJoin signs in at once as Name into Room (desktop flags, tests).
	AutoJoin bool
	// OnFrame, if set, receives the app's state after every drawn frame
	// (the browser build publishes it as window.madangState).
	OnFrame func(ui.State)
	// Started is when the program started (for first_frame_ms).
	Started time.Time
	// Saved is the identity kept from an earlier run (the browser keeps it
	// in localStorage): signing in under its name reuses its account and
	// resumes its entity. OnIdentity receives the identity whenever it
	// changes (a new resume token, another room), to be kept.
	Saved      *session.Identity
	OnIdentity func(session.Identity)
	// Coach shows the first visit's guide once the world is there;
	// OnCoached is called when the user closes or finishes it (the
	// browser remembers that in localStorage).
	Coach     bool
	OnCoached func()
}

// Game is an ebiten.Game.
type Game struct {
	cfg   Config
	model *ui.Model
	app   *ui.App
	sess  *session.Session
	form  *ui.SignInForm
	field textinput.Field
	// typing: the chat field has the keyboard (arrows still walk).
	typing bool
	touch  ebiten.TouchID // the finger that touched last (chat drags)
	w, h   int
	frames int
	// updates counts Update calls; lastEnter is the update that took the
	// last finished line. One Enter can reach the page twice — as a line
	// break in the browser's text area and as a key press, a frame apart —
	// and an empty second one must not count (it would close a form field
	// just moved to, or give the keys back to walking).
	updates   int
	lastEnter int
	// draws counts Draw calls (frames the browser painted) and
	// lastEnterDraw the draw count at the last finished line. On a slow
	// page the browser paints a few times a second and Ebiten runs several
	// updates per painted frame to catch up, so "a frame apart" can be
	// many updates apart: an empty line at most one painted frame after
	// the last one is the same Enter too. (Under a loaded make test the
	// echo closed the address form's second field before it was typed.)
	draws         int
	lastEnterDraw int
	firstMs       float64
	mapImg        *ebiten.Image
	mapKey        mapKey
	mapTiles      []string
	warmed        bool
	now           func() time.Time
}

// New returns a game; with cfg.AutoJoin it is already connecting.
func New(cfg Config) *Game {
	if cfg.Started.IsZero() {
		cfg.Started = time.Now()
	}
	m := ui.NewModel(cfg.Lang)
	g := &Game{cfg: cfg, model: m, now: time.Now, w: 960, h: 600}
	g.app = ui.NewApp(m, offline{}, Measure)
	g.app.Coach, g.app.OnCoached = cfg.Coach, cfg.OnCoached
	g.form = ui.NewSignInForm(cfg.Name, cfg.Room, cfg.Lang)
	for _, l := range art.Looks {
		g.form.Looks = append(g.form.Looks, l.Name)
	}
	if cfg.Saved != nil {
		g.form.ChooseLook(cfg.Saved.Look)
	}
	// Every frame paints the whole screen (drawSignIn, drawWorld), so
	// Ebiten's clearing it first is a wasted full-screen pass; and a frame
	// that draws nothing (awaitingWorld) must leave the screen as it was,
	// which lets Ebiten skip presenting it.
	ebiten.SetScreenClearedEveryFrame(false)
	go g.loadRooms()
	if cfg.AutoJoin {
		if err := g.form.Validate(); err == nil {
			g.start()
		}
	}
	g.field.Focus()
	if cfg.AutoJoin {
		g.field.Blur()
	}
	return g
}

// loadRooms asks the server which rooms it hosts, for the sign-in form.
func (g *Game) loadRooms() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	g.form.SetRooms(client.Rooms(ctx, g.cfg.Server))
}

func (g *Game) start() {
	sc := session.Config{Server: g.cfg.Server, Name: g.form.Name, Room: g.form.RoomID(), Client: "madang-ebiten/1", Look: g.form.LookKey()}
	if sv := g.cfg.Saved; sv != nil && sv.Cred != nil && sv.Cred.User.Name == g.form.Name {
		sc.Cred, sc.Resume = sv.Cred, sv.Resume
	}
	g.sess = session.Start(sc)
	g.app.S = g.sess
	g.field.SetTextAndSelection("", 0, 0)
}

// Session is the running session (nil on the sign-in screen).
func (g *Game) Session() *session.Session { return g.sess }

// App is the UI logic (tests read it).
func (g *Game) App() *ui.App { return g.app }

// Close leaves the world.
func (g *Game) Close() {
	if g.sess != nil {
		g.sess.Close()
	}
}

// offline is the sender before sign-in.
type offline struct{}

func (offline) Chat(string, string) error   { return session.ErrOffline }
func (offline) Talk(uint32, string) error   { return session.ErrOffline }
func (offline) TalkPick(uint32, int) error  { return session.ErrOffline }
func (offline) MoveTo(int, int) error       { return session.ErrOffline }
func (offline) MoveDir(string) error        { return session.ErrOffline }
func (offline) Confirm(string) error        { return session.ErrOffline }
func (offline) Decline(string) error        { return session.ErrOffline }
func (offline) Memory() error               { return session.ErrOffline }
func (offline) Forget(string, string) error { return session.ErrOffline }
func (offline) RevokeMCP(string) error      { return session.ErrOffline }
func (offline) AllowMCPConfirm(string, bool) error {
	return session.ErrOffline
}

// Layout keeps one logical pixel per device-independent pixel: the bitmap
// font stays sharp, and a bigger window shows more of the world.
func (g *Game) Layout(w, h int) (int, int) {
	g.w, g.h = max(w, 320), max(h, 240)
	return g.w, g.h
}

// Update reads input and applies server events.
func (g *Game) Update() error {
	now := g.now()
	g.updates++
	if g.sess == nil {
		return g.updateSignIn(now)
	}
	g.drain(now)
	if inpututil.IsKeyJustPressed(ebiten.KeyF3) {
		g.app.Debug = !g.app.Debug // the debug overlay: zone ids, frame rate
	}
	g.app.Speed = 0
	if c := g.sess.Conn(); c != nil {
		g.app.Speed = c.Welcome.Limits.Speed
	}
	g.app.Frame(g.w, g.h, g.sess.Mirror(), now)
	mx, my := ebiten.CursorPosition()
	g.app.Hover(mx, my)

	if g.typing {
		r := g.app.Screen.Input
		handled, err := g.field.HandleInput(r.X+ui.Pad, r.Y+r.H)
		if err != nil {
			g.model.ShowToast(err.Error(), now)
		}
		g.handleTyping(handled, now)
	} else {
		g.handleKeys(now)
	}
	g.pointer(mx, my, now)
	return nil
}

// pointer handles the mouse and touches: the wheel or a drag on the chat
// panel scrolls it (up: older lines); a press anywhere else is a click.
func (g *Game) pointer(mx, my int, now time.Time) {
	if _, wy := ebiten.Wheel(); wy != 0 && g.app.Screen.Chat.Contains(mx, my) {
		g.app.ScrollChat(int(math.Round(wy * 3)))
	}
	if inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft) {
		if !g.app.Press(mx, my) {
			g.click(mx, my, now)
		}
	} else if ebiten.IsMouseButtonPressed(ebiten.MouseButtonLeft) {
		g.app.DragTo(my)
	}
	if inpututil.IsMouseButtonJustReleased(ebiten.MouseButtonLeft) {
		g.app.Release()
	}
	for _, id := range inpututil.AppendJustPressedTouchIDs(nil) {
		x, y := ebiten.TouchPosition(id)
		if !g.app.Press(x, y) {
			g.click(x, y, now)
		}
		g.touch = id
	}
	if ids := ebiten.AppendTouchIDs(nil); len(ids) > 0 {
		_, y := ebiten.TouchPosition(g.touch)
		g.app.DragTo(y)
	} else if inpututil.IsTouchJustReleased(g.touch) {
		g.app.Release()
	}
}

// drain applies every event that arrived since the last frame.
func (g *Game) drain(now time.Time) {
	for {
		select {
		case ev, ok := <-g.sess.Events():
			if !ok {
				return
			}
			g.model.Apply(ev, now)
			switch ev.Payload.(type) {
			case *protocol.Welcome, *protocol.Joined:
				if g.cfg.OnIdentity != nil {
					g.cfg.OnIdentity(g.sess.Identity())
				}
			}
		default:
			return
		}
	}
}

func (g *Game) click(x, y int, now time.Time) {
	if g.app.Screen.Input.Contains(x, y) {
		g.focus()
		return
	}
	g.app.Click(x, y, now)
	g.takeFocus()
}

// takeFocus gives the text field the keyboard when the app asks (a form
// field was pressed, or Enter moved to the next one), holding its value.
func (g *Game) takeFocus() {
	if t, ok := g.app.TakeFocus(); ok {
		g.focus()
		g.field.SetTextAndSelection(t, len(t), len(t))
	}
}

func (g *Game) focus() {
	g.typing = true
	g.field.Focus()
}

func (g *Game) blur() {
	g.typing = false
	g.field.Blur()
}

func (g *Game) handleKeys(now time.Time) {
	switch {
	case inpututil.IsKeyJustPressed(ebiten.KeyEnter) || inpututil.IsKeyJustPressed(ebiten.KeyT) || inpututil.IsKeyJustPressed(ebiten.KeySlash):
		g.focus()
		return
	case inpututil.IsKeyJustPressed(ebiten.KeyEscape):
		g.app.Escape()
	case inpututil.IsKeyJustPressed(ebiten.KeyF9):
		g.sess.Drop() // see a reconnect happen (debug)
	}
	g.app.Keys(ui.KeyDir(held(ebiten.KeyArrowUp) || held(ebiten.KeyW), held(ebiten.KeyArrowDown) || held(ebiten.KeyS),
		held(ebiten.KeyArrowLeft) || held(ebiten.KeyA), held(ebiten.KeyArrowRight) || held(ebiten.KeyD)), now)
}

// enterPressed reports a finished line: Enter outside an IME composition
// (while composing, Enter belongs to the IME), or a line break the browser
// put into the hidden text area when Enter reached it first.
func (g *Game) enterPressed() (string, bool) {
	t := g.field.Text()
	if i := strings.IndexAny(t, "\r\n"); i >= 0 {
		return t[:i], true
	}
	if _, _, composing := g.field.CompositionSelection(); composing {
		return "", false
	}
	if inpututil.IsKeyJustPressed(ebiten.KeyEnter) || inpututil.IsKeyJustPressed(ebiten.KeyNumpadEnter) {
		return t, true
	}
	return "", false
}

// handleTyping handles keys while the chat field has the keyboard.
// handled says the IME consumed input this frame: then only Enter (which
// may have arrived as a line break) is looked at.
func (g *Game) handleTyping(handled bool, now time.Time) {
	if line, ok := g.enterPressed(); ok {
		echo := strings.TrimSpace(line) == "" && (g.updates-g.lastEnter <= 3 || g.draws-g.lastEnterDraw <= 1)
		g.lastEnter, g.lastEnterDraw = g.updates, g.draws
		if echo { // the same Enter again: drop its line break, keep the keyboard
			t := strings.NewReplacer("\r", "", "\n", "").Replace(g.field.Text())
			g.field.SetTextAndSelection(t, len(t), len(t))
			return
		}
		if !g.app.Submit(line, now) {
			g.blur() // Enter on an empty line gives the keys back to walking
		}
		g.field.SetTextAndSelection("", 0, 0)
		g.takeFocus()
		return
	}
	if handled {
		return
	}
	switch {
	case inpututil.IsKeyJustPressed(ebiten.KeyEscape):
		g.blur()
		g.app.Escape()
		return
	case repeat(ebiten.KeyBackspace):
		g.backspace()
	}
	if utf8.RuneCountInString(g.field.Text()) > ui.MaxInput {
		t := []rune(g.field.Text())
		s := string(t[:ui.MaxInput])
		g.field.SetTextAndSelection(s, len(s), len(s))
	}
	// Arrow keys keep walking while typing; letters are text.
	g.app.Keys(ui.KeyDir(held(ebiten.KeyArrowUp), held(ebiten.KeyArrowDown), held(ebiten.KeyArrowLeft), held(ebiten.KeyArrowRight)), now)
}

// backspace deletes the character before the cursor (the field keeps the
// cursor at the end).
func (g *Game) backspace() {
	t := g.field.Text()
	if t != "" {
		_, n := utf8.DecodeLastRuneInString(t)
		t = t[:len(t)-n]
		g.field.SetTextAndSelection(t, len(t), len(t))
	}
}

func held(k ebiten.Key) bool { return ebiten.IsKeyPressed(k) }

// repeat is "just pressed, or held long enough to repeat" (like a text box).
func repeat(k ebiten.Key) bool {
	d := inpututil.KeyPressDuration(k)
	return d == 1 || (d >= 30 && d%4 == 0)
}

func (g *Game) updateSignIn(now time.Time) error {
	r := g.form.Layout(g.w, g.h, Measure)
	handled, err := g.field.HandleInput(r.Name.X+ui.Pad, r.Name.Y+r.Name.H)
	if err != nil {
		g.form.Err = err.Error()
	}
	if line, ok := g.enterPressed(); ok {
		g.field.SetTextAndSelection(line, len(line), len(line))
		g.submitSignIn()
		return nil
	}
	g.form.Name = g.field.Text()
	if !handled {
		switch {
		case repeat(ebiten.KeyBackspace):
			g.backspace()
		case inpututil.IsKeyJustPressed(ebiten.KeyTab):
			g.form.NextRoom()
		}
	}
	if inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft) {
		x, y := ebiten.CursorPosition()
		switch act := g.form.Click(x, y, r); act {
		case "enter":
			g.submitSignIn()
		case "name":
			g.field.Focus()
		}
	}
	return nil
}

func (g *Game) submitSignIn() {
	g.form.Name = strings.TrimSpace(g.field.Text())
	if err := g.form.Validate(); err != nil {
		g.form.Err = err.Error()
		return
	}
	g.field.Blur()
	g.start()
}

// Draw paints the frame.
func (g *Game) Draw(screen *ebiten.Image) {
	now := g.now()
	g.draws++
	switch {
	case g.sess == nil:
		g.drawSignIn(screen)
		g.frames++
	case g.awaitingWorld(now):
		// The page's loading screen stays (see awaitingWorld). Once, the
		// empty screen is drawn behind it (not counted as shown): the GPU
		// then builds the programs the world will need while the network
		// brings the room, instead of during the world's first frame.
		if !g.warmed {
			g.warmed = true
			g.drawWorld(screen, now)
		}
	default:
		g.drawWorld(screen, now)
		g.frames++
	}
	if g.firstMs == 0 && g.sess != nil && g.app.Map.W > 0 {
		g.firstMs = float64(now.Sub(g.cfg.Started).Microseconds()) / 1000
	}
	if g.cfg.OnFrame != nil {
		st := g.app.State(now)
		st.Frames, st.FirstMs = g.frames, g.firstMs
		st.Input = g.field.TextForRendering()
		left, right := g.app.StatusBar(ebiten.ActualFPS())
		st.Bar, st.Hint = left+" | "+right, g.app.Prompt(g.typing)
		if g.sess == nil {
			st.Status = "signin"
			l := g.form.Layout(g.w, g.h, Measure)
			st.Buttons = []ui.StateButton{
				{Kind: "name", X: l.Name.X, Y: l.Name.Y, W: l.Name.W, H: l.Name.H},
				{Kind: "enter", X: l.Enter.X, Y: l.Enter.Y, W: l.Enter.W, H: l.Enter.H},
			}
			for i, r := range l.Looks {
				st.Buttons = append(st.Buttons, ui.StateButton{Kind: "look", Text: g.form.Looks[i], X: r.X, Y: r.Y, W: r.W, H: r.H})
			}
		}
		g.cfg.OnFrame(st)
	}
}

// awaitingWorld reports that the first room is still on its way after
// signing in (AutoJoin, or the form submitted): connecting, no error yet,
// and not for long. Draw then leaves the screen alone, so the page keeps
// showing its loading screen. Under software rendering (headless
// Chromium) every frame the canvas shows is read back synchronously on the
// page's only thread, 60–100 ms each, and the replies to sign-in, connect
// and join waited behind those frames of an empty status bar; the world
// came several frames later than the network allowed. After loadGrace
// the frame is drawn anyway (a slow or failing server shows its state).
func (g *Game) awaitingWorld(now time.Time) bool {
	if g.sess == nil || g.app.Map.W > 0 || g.model.Toast != "" || now.Sub(g.cfg.Started) > loadGrace {
		return false
	}
	switch g.model.Status.State {
	case "", session.Connecting, session.Online:
		return true
	}
	return false
}

// loadGrace is how long awaitingWorld may keep the loading screen.
const loadGrace = 4 * time.Second

// Frames is how many frames were drawn.
func (g *Game) Frames() int { return g.frames }

// Field text, including any IME composition (tests).
func (g *Game) InputText() string { return g.field.TextForRendering() }

var _ ebiten.Game = (*Game)(nil)

// rgba is a colour given straight (not premultiplied) alpha, converted to
// the premultiplied form Ebiten expects: {r, g, b, 0x18} is a faint tint.
func rgba(r, g, b, a uint8) color.RGBA {
	m := func(c uint8) uint8 { return uint8(uint16(c) * uint16(a) / 255) }
	return color.RGBA{m(r), m(g), m(b), a}
}
