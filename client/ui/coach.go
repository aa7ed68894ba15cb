package ui

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/madang-world/madang/protocol"
)

// The coach is the first visit's short guide: three cards over the world
// (how to walk, that clicking an avatar starts a conversation, and a
// question to try in this room). Closing it (or finishing it) calls
// OnCoached, which the browser remembers in localStorage, so it shows once.

// coachExample is a question that works in each kind of room (the
// embedded brain answers these; the journeys ask the same).
var coachExample = map[string][2]string{
	"classroom": {"“광합성이 뭐예요?”", "“What is photosynthesis?”"},
	"lobby":     {"“내일 저녁 7시에 4명 식당 예약해 줘”", "“Book a table for 4 tomorrow at 7 pm”"},
	"store":     {"“3만 원 이하 운동화 보여 줘”", "“Show me sneakers under 30,000 won”"},
}

// CoachSteps are the coach's cards for a room, in lang.
func CoachSteps(room, lang string) [][]string {
	ex, ok := coachExample[room]
	if !ok {
		ex = coachExample["classroom"]
	}
	if lang == "en" {
		return [][]string{
			{"Welcome to Madang!", "Walk with the arrow keys or WASD, or click (tap) the floor where you want to go."},
			{"Talk to an avatar", "Click an avatar (a name with a coloured badge: Tutor, Assistant, Shopping helper). You walk up to it, and what you type goes to it."},
			{"Try asking", ex[1], "Answers appear in a bubble and in the chat; click a bubble to read all of it. Esc goes back to room chat."},
		}
	}
	return [][]string{
		{"마당에 오신 걸 환영해요!", "방향키나 WASD로 걷거나, 가고 싶은 바닥을 누르세요."},
		{"아바타와 이야기하기", "선생님·비서·쇼핑 도우미처럼 이름 아래 색깔 배지가 있는 아바타를 누르세요. 그 앞으로 걸어가고, 입력한 말이 그 아바타에게 가요."},
		{"이렇게 물어보세요", ex[0], "답은 말풍선과 대화창에 나와요. 말풍선을 누르면 전체를 볼 수 있어요. Esc를 누르면 방 전체에 말해요."},
	}
}

// layoutCoach lays out the coach's current card in the middle of the
// world's view, with 다음/시작하기 and 닫기 buttons.
func (a *App) layoutCoach() {
	steps := CoachSteps(a.M.Room.ID, a.M.Lang)
	if a.coachStep >= len(steps) {
		return
	}
	step := steps[a.coachStep]
	v := a.Screen.World
	w := min(420, a.Screen.W-2*Pad)
	inner := w - 2*Pad
	x := v.X + (v.W-w)/2
	if !a.Screen.Phone && v.W > 2*w+2*Pad {
		x = min(x, a.Screen.Cards.X-Pad-w) // not over the card column
	}
	b := Box{Rect: Rect{X: x, W: w}, Accent: Title}
	cy := 0
	b.Rows = append(b.Rows, Row{Text: Ellipsize(step[0], inner-LineH*3, a.Measure), X: x + Pad, Y: cy + Pad, Style: Title})
	b.Rows = append(b.Rows, Row{Text: strconv.Itoa(a.coachStep+1) + "/" + strconv.Itoa(len(steps)), X: x + w - Pad - a.Measure("0/0"), Y: cy + Pad, Style: Dim})
	cy += Pad + LineH + 6
	for i, p := range step[1:] {
		style := Body
		if a.coachStep == 2 && i == 0 {
			style = Price // the example question stands out
		}
		for _, l := range Wrap(p, inner, a.Measure) {
			b.Rows = append(b.Rows, Row{Text: l, X: x + Pad, Y: cy, Style: style})
			cy += LineH
		}
		cy += 4
	}
	cy += 4
	bh := max(LineH+8, a.Screen.Tap)
	next := pick(a.M.Lang, "다음", "Next")
	if a.coachStep == len(steps)-1 {
		next = pick(a.M.Lang, "시작하기", "Start")
	}
	skip := pick(a.M.Lang, "닫기", "Close")
	nw, sw := max(a.Measure(next)+4*Pad, 88), max(a.Measure(skip)+4*Pad, 72)
	b.Buttons = append(b.Buttons,
		Button{Rect: Rect{X: x + w - Pad - nw, Y: cy, W: nw, H: bh}, Label: next, Action: Action{Kind: "coach_next"}},
		Button{Rect: Rect{X: x + w - 2*Pad - nw - sw, Y: cy, W: sw, H: bh}, Label: skip, Action: Action{Kind: "coach_close"}})
	cy += bh + Pad
	b.H = cy
	if a.Screen.Phone {
		b.move(0, v.Y+max(Pad, v.H-b.H-Pad)) // low, over the chat's edge: the room's people stay in sight
	} else {
		b.move(0, v.Y+max(Pad, (v.H-b.H)/3))
	}
	a.Boxes = append(a.Boxes, b)
}

// Coaching reports whether the coach is showing.
func (a *App) Coaching() bool { return a.Coach && a.coachStep < 3 && a.M.Room.ID != "" }

// StartCoach shows the coach from its first card (a first visit).
func (a *App) StartCoach() { a.Coach, a.coachStep = true, 0 }

func (a *App) coachDo(kind string) {
	if kind == "coach_next" {
		a.coachStep++
	} else {
		a.coachStep = 3
	}
	if a.coachStep >= 3 {
		a.Coach = false
		if a.OnCoached != nil {
			a.OnCoached()
		}
	}
}

// DoorSign is a door's sign on screen: where it leads, in the UI's
// language, with an arrow pointing through the door.
type DoorSign struct {
	Rect
	Text string
}

// DoorName is the part of a door's name in lang: room files name doors
// in both languages ("교실 Classroom").
func DoorName(name, lang string) string {
	var ko, en []string
	for _, w := range strings.Fields(name) {
		if strings.IndexFunc(w, func(r rune) bool { return unicode.Is(unicode.Hangul, r) }) >= 0 {
			ko = append(ko, w)
		} else {
			en = append(en, w)
		}
	}
	pickd := ko
	if lang == "en" {
		pickd = en
	}
	if len(pickd) == 0 {
		return name
	}
	return strings.Join(pickd, " ")
}

// LayoutDoorSigns places each door's sign next to the door on the side
// inside the room (below a door in the top wall, above one in the bottom
// wall), and never under the status bar.
func LayoutDoorSigns(mp protocol.Map, cam Camera, s Screen, lang string, m Measure) []DoorSign {
	var out []DoorSign
	for _, d := range mp.Doors {
		name := DoorName(d.Name, lang)
		if name == "" {
			name = d.To
		}
		sx, sy := cam.ToScreen(float64(d.X), float64(d.Y), s.World)
		arrow, y := "↓ ", int(sy)-Tile/2-LineH-2 // a door at the bottom: the sign above it
		if d.Y == 0 || d.Y < mp.H/2 {
			arrow, y = "↑ ", int(sy)+Tile/2+2 // a door at the top: the sign below it
		}
		text := arrow + name
		w := m(text) + 8
		r := Rect{X: int(sx) - w/2, Y: y, W: w, H: LineH + 2}
		r.Y = max(r.Y, s.Status.H+2)
		r.X = max(2, min(r.X, s.W-w-2))
		out = append(out, DoorSign{Rect: r, Text: text})
	}
	return out
}
