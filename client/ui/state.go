package ui

import (
	"fmt"
	"strings"
	"time"
)

// State is a plain summary of what the client shows, for tests and
// debugging: the browser build publishes it as window.madangState and the
// end-to-end test reads it (and clicks the buttons where it says they are,
// like a user would). It is a read-only view; nothing reads it back.
type State struct {
	Status   string        `json:"status"`
	User     string        `json:"user"` // the signed-in user's id
	Room     string        `json:"room"`
	You      uint32        `json:"you"`
	X        float64       `json:"x"`
	Y        float64       `json:"y"`
	Target   uint32        `json:"target"`
	Chosen   bool          `json:"chosen"` // the target was clicked (not just the nearest)
	Entities []StateEntity `json:"entities"`
	Lines    []string      `json:"lines"`
	Bubbles  []StateBubble `json:"bubbles"`
	Cards    []StateCard   `json:"cards"`
	Buttons  []StateButton `json:"buttons"`
	Confirms []StateCard   `json:"confirms"`
	Toast    string        `json:"toast"`
	Frames   int           `json:"frames"`
	FirstMs  float64       `json:"first_frame_ms"` // page start → first frame with a room drawn
	Input    string        `json:"input"`          // the text field, including IME composition
	Doors    []StateDoor   `json:"doors"`
	Memories []string      `json:"memories"` // "avatar/key=value" while the memory view has an answer
	Bar      string        `json:"bar"`      // the status bar: left | right
	Hint     string        `json:"hint"`     // the empty input field's hint
	Signs    []string      `json:"signs"`    // zone signs drawn on the map
	Debug    bool          `json:"debug"`    // the debug overlay (F3) is on
	// Coach is the first-visit guide's card as shown ("" when closed).
	Coach     string      `json:"coach,omitempty"`
	DoorSigns []StateSign `json:"door_signs,omitempty"`
}

// StateSign is a sign on screen.
type StateSign struct {
	Text string `json:"text"`
	X    int    `json:"x"`
	Y    int    `json:"y"`
	W    int    `json:"w"`
	H    int    `json:"h"`
}

// StateDoor is a door of the room and where it is on screen.
type StateDoor struct {
	To string  `json:"to"`
	X  int     `json:"x"`
	Y  int     `json:"y"`
	SX float64 `json:"sx"`
	SY float64 `json:"sy"`
}

// StateEntity is an entity on screen.
type StateEntity struct {
	ID    uint32  `json:"id"`
	Kind  string  `json:"kind"`
	Name  string  `json:"name"`
	Role  string  `json:"role,omitempty"`
	X     float64 `json:"x"`
	Y     float64 `json:"y"`
	SX    float64 `json:"sx"`
	SY    float64 `json:"sy"`
	State string  `json:"state,omitempty"`
}

// StateBubble is a speech bubble.
type StateBubble struct {
	ID        uint32 `json:"id"`
	Text      string `json:"text"`
	Streaming bool   `json:"streaming"`
}

// StateCard is a card or a confirmation.
type StateCard struct {
	Kind  string   `json:"kind"`
	Title string   `json:"title"`
	Items []string `json:"items,omitempty"`
	// Details are the items as drawn: "title|subtitle|price|status" (the
	// status in the UI's words), for tests that check what a card says.
	Details []string `json:"details,omitempty"`
	Nonce   string   `json:"nonce,omitempty"`
	State   string   `json:"state,omitempty"`
	Done    bool     `json:"done,omitempty"` // answered: nothing in it is clickable
	// Values are a form's fields as filled; Fields a confirmation's
	// "label|value" rows and Button its confirm button's words.
	Values []string `json:"values,omitempty"`
	// Notes are the items' reasons as drawn (an order's progress), and
	// Sources a cited card's "lesson § section".
	Notes   []string `json:"notes,omitempty"`
	Sources []string `json:"sources,omitempty"`
	Fields  []string `json:"fields,omitempty"`
	Button  string   `json:"button,omitempty"`
}

// StateButton is a clickable area on screen, in logical pixels.
type StateButton struct {
	Label string `json:"label"`
	Kind  string `json:"kind"`
	Text  string `json:"text,omitempty"`
	Item  string `json:"item,omitempty"` // a card row's button: the title of the row it covers
	X     int    `json:"x"`
	Y     int    `json:"y"`
	W     int    `json:"w"`
	H     int    `json:"h"`
}

// State summarises the app as of its last Frame.
func (a *App) State(now time.Time) State {
	s := State{Status: a.M.Status.State, User: a.M.UserID, Room: a.M.Room.ID, You: a.M.You, Target: a.M.Target, Toast: a.M.Toast}
	for _, e := range a.Ents {
		if e.You {
			s.X, s.Y = e.X, e.Y
		}
		s.Entities = append(s.Entities, StateEntity{ID: e.ID, Kind: e.Kind, Name: e.Name, Role: e.Role, X: e.X, Y: e.Y, SX: e.SX, SY: e.SY, State: e.State})
		if e.Bubble != nil {
			s.Bubbles = append(s.Bubbles, StateBubble{ID: e.ID, Text: e.Bubble.Text, Streaming: e.Bubble.Streaming})
		}
	}
	lines := a.M.Lines
	if len(lines) > 40 {
		lines = lines[len(lines)-40:]
	}
	for _, l := range lines {
		s.Lines = append(s.Lines, fmt.Sprintf("%s|%s|%s", l.Kind, l.Name, l.Text))
	}
	for _, c := range a.M.Cards {
		sc := StateCard{Kind: c.Kind, Title: c.Title, Done: c.Done, Values: c.Values}
		for _, it := range c.Items {
			sc.Items = append(sc.Items, it.Title)
			sc.Details = append(sc.Details, strings.Join([]string{it.Title, it.Subtitle, it.Price, StatusLabel(it.Status, a.M.Lang)}, "|"))
			sc.Notes = append(sc.Notes, it.Reason)
		}
		for _, src := range c.Sources {
			sc.Sources = append(sc.Sources, src.Lesson+" § "+src.Section)
		}
		s.Cards = append(s.Cards, sc)
	}
	for _, c := range a.M.Confirms {
		sc := StateCard{Kind: c.Action, Title: c.Summary, Nonce: c.Nonce, State: c.State, Button: c.Button}
		for _, f := range c.Fields {
			sc.Fields = append(sc.Fields, f.Label+"|"+f.Value)
		}
		s.Confirms = append(s.Confirms, sc)
	}
	if a.M.Memories != nil {
		s.Memories = []string{}
		for _, am := range a.M.Memories.Avatars {
			for _, f := range am.Facts {
				s.Memories = append(s.Memories, am.Avatar+"/"+f.Key+"="+f.Value)
			}
		}
	}
	for _, sg := range ZoneSigns(a.Map, a.M.Lang, a.Debug, a.Measure) {
		s.Signs = append(s.Signs, sg.Text)
	}
	s.Debug, s.Chosen = a.Debug, a.chosen
	for _, d := range a.Map.Doors {
		sx, sy := a.Cam.ToScreen(float64(d.X), float64(d.Y), a.Screen.World)
		s.Doors = append(s.Doors, StateDoor{To: d.To, X: d.X, Y: d.Y, SX: sx, SY: sy})
	}
	for _, d := range a.Doors {
		s.DoorSigns = append(s.DoorSigns, StateSign{Text: d.Text, X: d.X, Y: d.Y, W: d.W, H: d.H})
	}
	if a.Coaching() {
		var rows []string
		for _, r := range a.Boxes[len(a.Boxes)-1].Rows {
			rows = append(rows, r.Text)
		}
		s.Coach = strings.Join(rows, "\n")
	}
	in := a.Screen.Input
	s.Buttons = append(s.Buttons, StateButton{Kind: "input", X: in.X, Y: in.Y, W: in.W, H: in.H})
	if t := a.Screen.ChatToggle; a.Screen.Phone {
		s.Buttons = append(s.Buttons, StateButton{Kind: "chat_toggle", Label: a.ChatToggleLabel(), X: t.X, Y: t.Y, W: t.W, H: t.H})
	}
	for _, b := range a.Boxes {
		for _, btn := range b.Buttons {
			text := btn.Action.Text
			if btn.Action.Kind == "forget" {
				text = btn.Action.Target + "/" + btn.Action.Key
			}
			item := ""
			if btn.Action.Kind == "talk" || btn.Action.Kind == "form_field" {
				for _, c := range a.M.Cards {
					if c.N == btn.Action.Card && btn.Action.Item < len(c.Items) {
						item = c.Items[btn.Action.Item].Title
					}
				}
			}
			s.Buttons = append(s.Buttons, StateButton{Label: btn.Label, Kind: btn.Action.Kind, Text: text, Item: item,
				X: btn.X, Y: btn.Y, W: btn.W, H: btn.H})
		}
	}
	return s
}
