package ui

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/madang-world/madang/protocol"
)

// SignInForm is the first screen: a display name (Korean welcome) and the
// room to start in. Rooms arrive from GET /api/rooms in the background,
// so the fields are guarded.
type SignInForm struct {
	Name string
	Err  string
	Lang string
	// Looks are the characters' looks to choose from (their keys, in the
	// order shown) and Look the chosen one's index.
	Looks []string
	Look  int

	mu      sync.Mutex
	rooms   []protocol.Room
	room    int
	want    string
	roomErr string
}

// NewSignInForm prefills the form (from flags or the page's ?name=&room=).
func NewSignInForm(name, room, lang string) *SignInForm {
	if room == "" {
		room = "classroom"
	}
	return &SignInForm{Name: name, want: room, Lang: lang, Look: -1} // no look chosen: one is kept per user
}

// SetRooms fills in the server's rooms (or why they could not be read).
func (f *SignInForm) SetRooms(rooms []protocol.Room, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err != nil {
		f.roomErr = err.Error()
		return
	}
	f.rooms, f.roomErr = rooms, ""
	f.room = 0
	for i, r := range rooms {
		if r.ID == f.want {
			f.room = i
		}
	}
}

// Rooms returns the rooms and the chosen index.
func (f *SignInForm) Rooms() ([]protocol.Room, int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.rooms, f.room
}

// RoomID is the chosen room (the requested one until the list arrives).
func (f *SignInForm) RoomID() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.room < len(f.rooms) {
		return f.rooms[f.room].ID
	}
	return f.want
}

// NextRoom selects the next room (Tab).
func (f *SignInForm) NextRoom() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.rooms) > 0 {
		f.room = (f.room + 1) % len(f.rooms)
	}
}

// ErrName is a display name the server would refuse.
var ErrName = errors.New("invalid name")

// Validate checks the name the way the server does (1–32 printable
// characters, any script), so the user hears about it before a round trip.
func (f *SignInForm) Validate() error {
	name := strings.TrimSpace(f.Name)
	n := utf8.RuneCountInString(name)
	if n == 0 {
		return fmt.Errorf("%w: %s", ErrName, pick(f.Lang, "이름을 입력해 주세요", "enter a name"))
	}
	if n > protocol.MaxNameRunes {
		return fmt.Errorf("%w: %s", ErrName, fmt.Sprintf(pick(f.Lang, "이름은 %d자까지예요", "at most %d characters"), protocol.MaxNameRunes))
	}
	clean, problem := protocol.CleanName(name) // the server's text policy
	if problem != "" {
		return fmt.Errorf("%w: %s (%s)", ErrName, pick(f.Lang, "쓸 수 없는 이름", "name not allowed"), problem)
	}
	f.Name = clean
	return nil
}

func pick(lang, ko, en string) string {
	if lang == "en" {
		return en
	}
	return ko
}

// A look's swatch on the sign-in form: a character drawn standing.
const (
	LookSwatchW = 56
	LookSwatchH = 56
)

// SignInLayout is where the form's parts are.
type SignInLayout struct {
	Panel Rect
	Name  Rect
	Rooms []Rect
	Looks []Rect // one swatch per look, TapSize or more
	Enter Rect
}

// Layout places the form in the middle of a w×h screen.
func (f *SignInForm) Layout(w, h int, m Measure) SignInLayout {
	rooms, _ := f.Rooms()
	pw := min(420, w-2*Pad)
	lookH := 0
	if len(f.Looks) > 0 {
		lookH = LineH + LookSwatchH + Pad
	}
	ph := 7*LineH + 2*Pad + max(1, len(rooms))*(LineH+8) + 40 + lookH
	l := SignInLayout{Panel: Rect{X: (w - pw) / 2, Y: max(Pad, (h-ph)/2), W: pw, H: ph}}
	y := l.Panel.Y + Pad + 2*LineH + Pad
	l.Name = Rect{X: l.Panel.X + Pad, Y: y + LineH, W: pw - 2*Pad, H: LineH + 8}
	y = l.Name.Y + l.Name.H + Pad + LineH
	if len(f.Looks) > 0 {
		sw := min(LookSwatchW, (pw-2*Pad)/len(f.Looks)-4)
		for i := range f.Looks {
			l.Looks = append(l.Looks, Rect{X: l.Panel.X + Pad + i*(sw+4), Y: y, W: sw, H: LookSwatchH})
		}
		y += LookSwatchH + Pad + LineH
	}
	for range rooms {
		l.Rooms = append(l.Rooms, Rect{X: l.Panel.X + Pad, Y: y, W: pw - 2*Pad, H: LineH + 6})
		y += LineH + 8
	}
	l.Enter = Rect{X: l.Panel.X + pw - Pad - 120, Y: y + Pad, W: 120, H: LineH + 10}
	return l
}

// Click handles a click on the form: "enter", "name", "room" or "".
func (f *SignInForm) Click(x, y int, l SignInLayout) string {
	switch {
	case l.Enter.Contains(x, y):
		return "enter"
	case l.Name.Contains(x, y):
		return "name"
	}
	for i, r := range l.Looks {
		if r.Contains(x, y) {
			f.Look = i
			return "look"
		}
	}
	for i, r := range l.Rooms {
		if r.Contains(x, y) {
			f.mu.Lock()
			f.room = i
			f.mu.Unlock()
			return "room"
		}
	}
	return ""
}

// LookKey is the chosen look's key ("" when there are none).
func (f *SignInForm) LookKey() string {
	if f.Look >= 0 && f.Look < len(f.Looks) {
		return f.Looks[f.Look]
	}
	return ""
}

// ChooseLook selects the look called key, if it is one.
func (f *SignInForm) ChooseLook(key string) {
	for i, k := range f.Looks {
		if k == key {
			f.Look = i
		}
	}
}

// RoomsErr is why the room list could not be loaded ("" if it was).
func (f *SignInForm) RoomsErr() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.roomErr
}
