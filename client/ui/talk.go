package ui

import (
	"sort"
	"strings"
	"unicode"
)

// Bubble sizes: a closed bubble shows the first BubbleClosed lines of a
// reply (people read an answer from its beginning; the whole of it is in
// the chat panel), a clicked one up to BubbleOpen lines.
const (
	BubbleClosed = 3
	BubbleOpen   = 14
	BubbleW      = 220 // text width of a bubble, px
	bubbleTail   = 7   // height of the tail that points at the speaker
	tipGap       = 3   // clear pixels between the tail's tip and the speaker's labels
)

// BubbleLines wraps a speech bubble's text to at most maxLines lines of
// width w, keeping the beginning. When text is left out the last line
// ends in "…" after a whole word (or a whole Korean syllable when the line
// has no space), so a bubble never starts mid-sentence nor ends mid-word.
// It also reports whether anything was left out.
func BubbleLines(text string, w, maxLines int, m Measure) ([]string, bool) {
	lines := Wrap(text, w, m)
	if len(lines) <= maxLines {
		return lines, false
	}
	lines = lines[:maxLines]
	last := lines[maxLines-1]
	for last != "" && m(last+" …") > w {
		last = dropLastWord(last)
	}
	if last == "" { // one unbreakable word: cut it by characters
		last = strings.TrimSuffix(Ellipsize(lines[maxLines-1], w, m), "…")
	}
	lines[maxLines-1] = strings.TrimRight(last, " ") + " …"
	return lines, true
}

// dropLastWord removes the last word of s (after its last space), or its
// last wide character when s has no space left (Korean without spacing).
func dropLastWord(s string) string {
	s = strings.TrimRight(s, " ")
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	r := []rune(s)
	if len(r) > 0 && Wide(r[len(r)-1]) {
		return string(r[:len(r)-1])
	}
	return ""
}

// BubbleBox is a laid-out speech bubble: its frame, its lines, and the
// tail's tip (the speaker's head). Clicking it opens or closes it.
type BubbleBox struct {
	Rect
	ID       uint32
	Lines    []string
	More     bool // text was left out: a click shows more
	Open     bool
	TipX     int
	TipY     int
	tailBase int // x of the tail where it leaves the bubble
}

// TailBase is where the tail leaves the bubble's bottom edge.
func (b BubbleBox) TailBase() int { return b.tailBase }

// LabelKind says which label of an entity a Label is.
type LabelKind int

// Entity labels.
const (
	LabelName  LabelKind = iota // the name over the head
	LabelRole                   // an avatar's role under its feet
	LabelState                  // an avatar's state ("생각 중…") over the name
)

// Tag is a name, role or state tag placed on screen.
type Tag struct {
	Rect
	ID   uint32
	Kind LabelKind
	Text string
	You  bool
	Role string
	// State is the avatar's visible state (LabelState).
	State string
}

func overlaps(a, b Rect) bool {
	return a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H
}

// How far above an entity's centre its head ends, and an avatar's marker
// (client/art's characters are 36 px high, standing on centre + 14 px).
const (
	HeadAbove   = 24
	MarkerAbove = 40
)

// LayoutLabels places every entity's name (and an avatar's role and
// state) so that no two labels overlap: each goes at its place by the
// entity, and if that is taken it is nudged up or down a line at a time,
// nearest free place first. You and the nearer (lower on screen) entities
// are placed first, so theirs stay where people look for them.
func LayoutLabels(ents []EntityView, lang string, m Measure) []Tag {
	order := make([]int, len(ents))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := ents[order[i]], ents[order[j]]
		if a.You != b.You {
			return a.You
		}
		if a.SY != b.SY {
			return a.SY > b.SY
		}
		return a.ID < b.ID
	})
	var out []Tag
	place := func(l Tag) {
		base := l.Rect
		for k := 0; k < 24; k++ {
			off := (k + 1) / 2 * (LineH + 1)
			if k%2 == 1 {
				off = -off // up first: labels over heads stack upwards
			}
			l.Rect = base
			l.Y += off
			if l.Kind == LabelRole {
				l.Y = base.Y - off // a role tag stacks downwards first
			}
			free := true
			for _, o := range out {
				if overlaps(l.Rect, o.Rect) {
					free = false
					break
				}
			}
			if free {
				break
			}
		}
		out = append(out, l)
	}
	for _, i := range order {
		e := ents[i]
		x, y := int(e.SX), int(e.SY)
		name := Ellipsize(e.Name, 140, m)
		nw := m(name) + 6
		top := y - HeadAbove - LineH
		if e.Kind == "avatar" {
			top = y - MarkerAbove - LineH // over the avatar's marker
		}
		place(Tag{Rect: Rect{X: x - nw/2, Y: top, W: nw, H: LineH}, ID: e.ID, Kind: LabelName, Text: name, You: e.You, Role: e.Role})
		if e.Kind != "avatar" {
			continue
		}
		role := RoleLabel(e.Role, lang)
		rw := m(role) + 6
		place(Tag{Rect: Rect{X: x - rw/2, Y: y + 16, W: rw, H: LineH}, ID: e.ID, Kind: LabelRole, Text: role, Role: e.Role})
		if st := StateLabel(e.State, lang); st != "" {
			sw := m(st) + 6
			place(Tag{Rect: Rect{X: x - sw/2, Y: top - LineH - 2, W: sw, H: LineH}, ID: e.ID, Kind: LabelState, Text: st, State: e.State})
		}
	}
	return out
}

// LayoutBubbles places the speech bubbles over their speakers' labels,
// inside view, each with a tail pointing at its speaker, and above any of
// the boxes (cards, the phone's bottom sheet) it would cover. open says
// which bubbles the user clicked open.
func LayoutBubbles(ents []EntityView, labels []Tag, view Rect, open map[uint32]bool, m Measure, boxes ...Box) []BubbleBox {
	var out []BubbleBox
	for _, e := range ents {
		if e.Bubble == nil {
			continue
		}
		text := e.Bubble.Text
		if e.Bubble.Streaming {
			text += "▍"
		}
		n := BubbleClosed
		if open[e.ID] {
			n = BubbleOpen
		}
		lines, more := BubbleLines(text, BubbleW, n, m)
		w := 0
		for _, l := range lines {
			w = max(w, m(l))
		}
		w += 2 * 6
		h := len(lines)*LineH + 8
		// Above the highest of the speaker's own labels.
		top := int(e.SY) - HeadAbove
		for _, l := range labels {
			if l.ID == e.ID && l.Kind != LabelRole {
				top = min(top, l.Y)
			}
		}
		// The tail stops short of the labels (its stroke ran into "듣는
		// 중" in the browser): tipGap clear pixels between.
		b := BubbleBox{ID: e.ID, Lines: lines, More: more || open[e.ID], Open: open[e.ID], TipX: int(e.SX), TipY: top - 1 - tipGap}
		b.Rect = Rect{X: int(e.SX) - w/2, Y: b.TipY + 1 - bubbleTail - h, W: w, H: h}
		b.X = max(view.X+2, min(b.X, view.X+view.W-w-2))
		if b.Y < view.Y+2 { // no room above: hang it below the speaker
			b.TipY = int(e.SY) + 16 + LineH + 1 + tipGap
			b.Y = max(view.Y+2, b.TipY+bubbleTail+1)
		}
		for _, bx := range boxes {
			if overlaps(b.Rect, bx.Rect) && bx.Y-bubbleTail-b.H >= view.Y+2 {
				b.Y = bx.Y - bubbleTail - b.H // up, out of the card's way
				b.TipY = max(b.TipY, b.Y+b.H+bubbleTail)
			}
		}
		b.tailBase = max(b.X+8, min(b.TipX, b.X+b.W-8))
		out = append(out, b)
	}
	return out
}

// ChatRows lays out the chat panel's lines, bottom-aligned: the newest
// when scroll is 0, else scroll rows further back. It returns the rows and
// how many rows there are in all (for the scroll limit).
func ChatRows(lines []Line, r Rect, m Measure, lang string, scroll int) ([]Row, int) {
	inner := r.W - 2*Pad
	maxRows := max(1, (r.H-2*Pad)/LineH)
	var rows []Row // newest first
	for i := len(lines) - 1; i >= 0; i-- {
		l := lines[i]
		text := l.Text
		style := Body
		switch l.Kind {
		case LineRoom, LineNear, LineSpeech, LineYou:
			who := l.Name
			if l.Kind == LineNear {
				who += pick(lang, " (근처)", " (near)")
			}
			if l.Kind == LineYou {
				who += " →"
			}
			text = who + ": " + l.Text
			if l.Kind == LineSpeech {
				style = Title
			}
		case LineSystem, LineNotice:
			style = Dim
		case LineError:
			style = Warn
		}
		wrapped := Wrap(text, inner, m)
		for j := len(wrapped) - 1; j >= 0; j-- {
			rows = append(rows, Row{Text: wrapped[j], Style: style})
		}
	}
	total := len(rows)
	scroll = max(0, min(scroll, total-maxRows))
	rows = rows[min(scroll, len(rows)):]
	if len(rows) > maxRows {
		rows = rows[:maxRows]
	}
	out := make([]Row, len(rows))
	y := r.Y + r.H - Pad - LineH
	for i, row := range rows {
		row.X, row.Y = r.X+Pad, y
		out[len(rows)-1-i] = row
		y -= LineH
	}
	return out, total
}

// ChatToggleLabel is the phone's chat button: it names what pressing it
// does.
func (a *App) ChatToggleLabel() string {
	if a.ChatOpen {
		return pick(a.M.Lang, "접기", "Less")
	}
	return pick(a.M.Lang, "대화", "Chat")
}
