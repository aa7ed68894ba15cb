package game

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"github.com/madang-world/madang/client/art"
	"github.com/madang-world/madang/client/session"
	"github.com/madang-world/madang/client/ui"
	"github.com/madang-world/madang/protocol"
)

// Palette. Exported ones are checked by the pixel tests.
var (
	Background = rgba(0x1d, 0x21, 0x2b, 0xff)
	FloorA     = rgba(0xe9, 0xdf, 0xc9, 0xff)
	FloorB     = rgba(0xe2, 0xd6, 0xbd, 0xff)
	WallColor  = rgba(0x4a, 0x4e, 0x5c, 0xff)
	YouColor   = rgba(0x2f, 0x80, 0xed, 0xff)
	PeerColor  = rgba(0x5b, 0x8d, 0xb8, 0xff)
	RoleColor  = map[string]color.RGBA{
		"tutor":     rgba(0x2e, 0xa0, 0x5a, 0xff),
		"assistant": rgba(0x8e, 0x5b, 0xd6, 0xff),
		"shopper":   rgba(0xe8, 0x7b, 0x1c, 0xff),
	}
	textLight = rgba(0xff, 0xff, 0xff, 0xff)
	textDark  = rgba(0x22, 0x22, 0x28, 0xff)
	textDim   = rgba(0x6b, 0x6f, 0x7a, 0xff)
	panelBG   = rgba(0x14, 0x17, 0x1f, 0xd8)
	cardBG    = rgba(0xfb, 0xfa, 0xf6, 0xff) // opaque: chat text under a card must not show through
	warnColor = rgba(0xe0, 0x9f, 0x1a, 0xff)
	errColor  = rgba(0xd9, 0x48, 0x3b, 0xff)
	okColor   = rgba(0x2e, 0xa0, 0x5a, 0xff)
	priceCol  = rgba(0xc2, 0x3b, 0x22, 0xff)
)

var tileColor = map[byte]color.RGBA{
	'#': WallColor,
	'+': rgba(0xb8, 0x8a, 0x4a, 0xff),
	'r': rgba(0xc9, 0x6f, 0x6a, 0xff),
	'c': rgba(0x8c, 0x6a, 0x4a, 0xff),
	'd': rgba(0x9c, 0x71, 0x43, 0xff),
	't': rgba(0xa8, 0x7d, 0x4f, 0xff),
	's': rgba(0x7a, 0x5c, 0x3e, 0xff),
	'k': rgba(0x6d, 0x8a, 0x9a, 0xff),
	'b': rgba(0x2f, 0x4f, 0x3f, 0xff),
	'p': rgba(0x3f, 0x8f, 0x4f, 0xff),
	'w': rgba(0x9f, 0xc9, 0xe8, 0xff),
}

func fillRect(dst *ebiten.Image, r ui.Rect, clr color.Color) {
	vector.DrawFilledRect(dst, float32(r.X), float32(r.Y), float32(r.W), float32(r.H), clr, false)
}

func strokeRect(dst *ebiten.Image, r ui.Rect, w float32, clr color.Color) {
	vector.StrokeRect(dst, float32(r.X), float32(r.Y), float32(r.W), float32(r.H), w, clr, false)
}

// mapImage renders the room's tiles once per map (rooms are static).
func (g *Game) mapImage(mp protocol.Map) *ebiten.Image {
	// Compared field by field, not as one formatted key: this runs every
	// frame and must not allocate.
	key := mapKey{w: mp.W, h: mp.H, debug: g.app.Debug, lang: g.model.Lang}
	if g.mapImg != nil && g.mapKey == key && slices.Equal(g.mapTiles, mp.Tiles) {
		return g.mapImg
	}
	if g.mapImg != nil {
		g.mapImg.Deallocate()
	}
	// The room is composed from the tileset (client/art) into one image
	// and uploaded once: rooms are static.
	rgbaImg := image.NewRGBA(image.Rect(0, 0, max(1, mp.W*ui.Tile), max(1, mp.H*ui.Tile)))
	for y, row := range mp.Tiles {
		for x := 0; x < len(row); x++ {
			below := byte(0)
			if y+1 < len(mp.Tiles) && x < len(mp.Tiles[y+1]) {
				below = mp.Tiles[y+1][x]
			}
			art.DrawTile(rgbaImg, x*ui.Tile, y*ui.Tile, row[x], below, x, y)
		}
	}
	signs := ui.ZoneSigns(mp, g.model.Lang, g.app.Debug, Measure)
	for _, sg := range signs {
		loadGlyphs(sg.Text) // before the map is drawn on (see prepare)
	}
	img := ebiten.NewImageFromImage(rgbaImg)
	// Zones: in the debug overlay, their outline; signs for the zones that
	// have one (every zone's identifier in the debug overlay).
	if g.app.Debug {
		for _, z := range mp.Zones {
			r := ui.Rect{X: z.X * ui.Tile, Y: z.Y * ui.Tile, W: z.W * ui.Tile, H: z.H * ui.Tile}
			fillRect(img, r, rgba(0x2f, 0x80, 0xed, 0x18))
			strokeRect(img, r, 1, rgba(0x2f, 0x80, 0xed, 0x60))
		}
	}
	for _, sg := range signs {
		drawText(img, sg.Text, sg.X, sg.Y, rgba(0x2f, 0x5f, 0xa0, 0xe0))
	}
	g.mapImg, g.mapKey, g.mapTiles = img, key, mp.Tiles
	return img
}

// mapKey is what the room's image depends on besides its tiles.
type mapKey struct {
	w, h  int
	debug bool
	lang  string
}

func (g *Game) drawWorld(screen *ebiten.Image, now time.Time) {
	g.prepare()
	screen.Fill(Background)
	a := g.app
	if a.Map.W > 0 {
		op := &ebiten.DrawImageOptions{}
		sx, sy := a.Cam.ToScreen(0, 0, a.Screen.World)
		op.GeoM.Translate(math.Round(sx-ui.Tile/2), math.Round(sy-ui.Tile/2))
		screen.DrawImage(g.mapImage(a.Map), op)
		for _, e := range a.Ents {
			g.drawEntity(screen, e)
		}
		for _, l := range a.Labels {
			g.drawLabel(screen, l)
		}
		for _, d := range a.Doors {
			fillRect(screen, d.Rect, rgba(0x2b, 0x4a, 0x7a, 0xee))
			drawText(screen, d.Text, d.X+4, d.Y+1, textLight)
		}
	}
	g.drawStatus(screen)
	g.drawChat(screen)
	g.drawInput(screen)
	for _, b := range a.Boxes {
		g.drawBox(screen, b)
	}
	for _, b := range a.Bubbles { // above everything: what is being said
		g.drawBubble(screen, b)
	}
	if g.model.Toast != "" {
		w := min(Measure(g.model.Toast)+2*ui.Pad, g.w-2*ui.Pad)
		r := ui.Rect{X: (g.w - w) / 2, Y: a.Screen.Status.H + ui.Pad, W: w, H: ui.LineH + 8}
		fillRect(screen, r, rgba(0x30, 0x30, 0x38, 0xee))
		drawText(screen, ui.Ellipsize(g.model.Toast, w-2*ui.Pad, Measure), r.X+ui.Pad, r.Y+4, textLight)
	}
}

// drawEntity draws a person or an avatar as a pixel-art character
// (client/art) facing its direction, stepping while it walks; an avatar
// wears its role's colour and a diamond over its head, people the look
// they chose (or one kept for their id).
func (g *Game) drawEntity(dst *ebiten.Image, e ui.EntityView) {
	x, y := float32(e.SX), float32(e.SY)
	drawSprite(dst, spriteShadow, x, y+12)
	if e.You || e.Target || e.Hovered {
		drawSprite(dst, spriteRing, x, y+8)
	}
	img, marker := g.entityImages(e)
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Translate(float64(x)-art.CharW/2, float64(y)+14-art.CharH)
	dst.DrawImage(img, op)
	if marker != nil {
		op := &ebiten.DrawImageOptions{}
		bob := float64(int(g.now().UnixMilli()/400) % 2) // a slow bob
		op.GeoM.Translate(float64(x)-7, float64(y)+14-art.CharH-16-bob)
		dst.DrawImage(marker, op)
	}
}

// entityImages returns the character image for e as it is drawn now
// (its look, direction and step) and, for an avatar, its marker; each is
// made once and kept.
func (g *Game) entityImages(e ui.EntityView) (img, marker *ebiten.Image) {
	frame := 0
	if e.Moving {
		frame = int(g.now().UnixMilli()/150) % 4
	}
	dir := e.Dir
	if dir == "" {
		dir = "s"
	}
	key := charKey{look: e.Look, dir: dir, frame: frame}
	var look art.Look
	if e.Kind == "avatar" {
		c, ok := RoleColor[e.Role]
		if !ok {
			c = PeerColor
		}
		key.look = "avatar:" + e.Role
		look = art.AvatarLook(c)
	} else {
		look = art.LookFor(e.Look, e.Name)
		key.look = look.Name
	}
	img = chars[key]
	if img == nil {
		img = ebiten.NewImageFromImage(art.Character(look, dir, frame))
		chars[key] = img
	}
	if e.Kind == "avatar" {
		marker = markers[key.look]
		if marker == nil {
			marker = ebiten.NewImageFromImage(art.Marker(look.Shirt))
			markers[key.look] = marker
		}
	}
	return img, marker
}

type charKey struct {
	look  string
	dir   string
	frame int
}

var (
	chars   = map[charKey]*ebiten.Image{}
	markers = map[string]*ebiten.Image{}
)

// drawLabel draws a name, role or state tag where ui.LayoutLabels put it.
func (g *Game) drawLabel(dst *ebiten.Image, l ui.Tag) {
	bg := rgba(0x10, 0x12, 0x18, 0xb0)
	switch l.Kind {
	case ui.LabelRole:
		bg = PeerColor
		if c, ok := RoleColor[l.Role]; ok {
			bg = c
		}
	case ui.LabelState:
		bg = rgba(0x55, 0x5a, 0x66, 0xff)
		if l.State == protocol.StateWaiting {
			bg = warnColor
		}
	}
	fillRect(dst, l.Rect, bg)
	drawText(dst, l.Text, l.X+3, l.Y, textLight)
}

// Sprites: round shapes are made once on the CPU (client/art's Disc and
// Ring, antialiased) and then copied. Ebiten's antialiased vector paths
// each render through a double-sized offscreen and a linear-filter pass:
// drawn directly for a hundred people that cost more than a second per
// frame on software GL, and even drawn once they add a GPU program and
// render passes that a software-rendered first frame pays for.
type sprite struct {
	clr  color.RGBA
	kind int // 0 body, 1 shadow, 2 ring, 3 eye, 4 status dot
}

const (
	spriteShadow = -1
	spriteRing   = -2
	spriteEye    = -3
)

var sprites = map[sprite]*ebiten.Image{}

// drawSprite draws a body of colour c (or one of the special sprites when
// c is spriteShadow, spriteRing or spriteEye) centred at (x, y).
func drawSprite[C color.RGBA | int](dst *ebiten.Image, c C, x, y float32) {
	var key sprite
	switch v := any(c).(type) {
	case color.RGBA:
		key = sprite{clr: v}
	case int:
		key = sprite{kind: -v}
	}
	drawSpriteKey(dst, key, x, y)
}

func drawSpriteKey(dst *ebiten.Image, key sprite, x, y float32) {
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Translate(float64(x-16), float64(y-16))
	dst.DrawImage(spriteImage(key), op)
}

func spriteImage(key sprite) *ebiten.Image {
	img := sprites[key]
	if img == nil {
		var pix *image.RGBA
		switch key.kind {
		case 0:
			pix = art.Disc(32, 11, key.clr)
		case 1:
			pix = art.Disc(32, 10, rgba(0, 0, 0, 0x30))
		case 2:
			pix = art.Ring(32, 13, 2, warnColor)
		case 3:
			pix = art.Disc(32, 3, textLight)
		case 4:
			pix = art.Disc(32, 5, key.clr)
		}
		img = ebiten.NewImageFromImage(pix)
		sprites[key] = img
	}
	return img
}

// drawBubble draws a speech bubble with its tail pointing at the
// speaker; a bubble with more to read shows a "더 보기" hint.
func (g *Game) drawBubble(dst *ebiten.Image, b ui.BubbleBox) {
	fill, line := rgba(0xff, 0xff, 0xff, 0xf8), rgba(0x30, 0x30, 0x38, 0xff)
	fillRect(dst, b.Rect, fill)
	strokeRect(dst, b.Rect, 1, line)
	// The tail: a small triangle from the bubble's edge to the speaker.
	bx, tx := float32(b.TailBase()), float32(b.TipX)
	edge, tip := float32(b.Y+b.H), float32(b.TipY)
	if b.TipY < b.Y { // the bubble hangs below the speaker
		edge = float32(b.Y)
	}
	var p vector.Path
	p.MoveTo(bx-6, edge)
	p.LineTo(tx, tip)
	p.LineTo(bx+6, edge)
	p.Close()
	vs, is := p.AppendVerticesAndIndicesForFilling(nil, nil)
	for i := range vs {
		vs[i].SrcX, vs[i].SrcY = 1, 1
		vs[i].ColorR, vs[i].ColorG, vs[i].ColorB, vs[i].ColorA = 1, 1, 1, 1
	}
	dst.DrawTriangles(vs, is, whitePixel(), &ebiten.DrawTrianglesOptions{})
	vector.StrokeLine(dst, bx-6, edge, tx, tip, 1, line, false)
	vector.StrokeLine(dst, bx+6, edge, tx, tip, 1, line, false)
	fillRect(dst, ui.Rect{X: int(bx) - 5, Y: int(edge) - 1, W: 11, H: 2}, fill)
	for i, l := range b.Lines {
		drawText(dst, l, b.X+6, b.Y+4+i*ui.LineH, textDark)
	}
}

var white *ebiten.Image

// whitePixel is a 3×3 white image to fill triangles from.
func whitePixel() *ebiten.Image {
	if white == nil {
		white = ebiten.NewImage(3, 3)
		white.Fill(color.White)
	}
	return white
}

func (g *Game) drawStatus(dst *ebiten.Image) {
	r := g.app.Screen.Status
	fillRect(dst, r, panelBG)
	drawSpriteKey(dst, g.statusDot(), float32(r.X+12), float32(r.Y+r.H/2))
	left, right := g.app.StatusBar(ebiten.ActualFPS())
	ty := r.Y + (r.H-ui.LineH)/2
	if g.app.Screen.Phone { // the 내 정보 button sits in the middle: left and right share what is left
		half := r.W/2 - 3*ui.TapSize/2
		right = ui.Ellipsize(right, half/2, Measure)
		left = ui.Ellipsize(strings.ReplaceAll(left, "  ·  ", " · "), half-24, Measure)
	}
	drawText(dst, left, r.X+24, ty, textLight)
	drawText(dst, right, r.X+r.W-Measure(right)-ui.Pad, ty, textLight)
}

// statusDot is the connection's dot in the status bar: green when
// online, amber while connecting, red when offline.
func (g *Game) statusDot() sprite {
	dot := okColor
	switch g.model.Status.State {
	case session.Reconnecting, session.Connecting, "":
		dot = warnColor
	case session.Offline:
		dot = errColor
	}
	return sprite{clr: dot, kind: 4}
}

func (g *Game) drawChat(dst *ebiten.Image) {
	r := g.app.Screen.Chat
	fillRect(dst, r, panelBG)
	if t := g.app.Screen.ChatToggle; g.app.Screen.Phone {
		fillRect(dst, t, panelBG)
		l := g.app.ChatToggleLabel()
		drawText(dst, l, t.X+(t.W-Measure(l))/2, t.Y+(t.H-ui.LineH)/2, textLight)
	}
	if g.app.ChatScroll > 0 { // scrolled back: say so, and how to return
		fillRect(dst, ui.Rect{X: r.X + r.W - 4, Y: r.Y, W: 4, H: r.H}, rgba(0x2f, 0x80, 0xed, 0xff))
	}
	for _, row := range g.app.Chat {
		c := textLight
		switch row.Style {
		case ui.Title:
			c = rgba(0xa8, 0xe6, 0xbf, 0xff)
		case ui.Dim:
			c = rgba(0xb0, 0xb4, 0xbe, 0xff)
		case ui.Warn:
			c = rgba(0xff, 0x9b, 0x8f, 0xff)
		}
		drawText(dst, row.Text, row.X, row.Y, c)
	}
}

func (g *Game) drawInput(dst *ebiten.Image) {
	r := g.app.Screen.Input
	fillRect(dst, r, rgba(0xff, 0xff, 0xff, 0xf0))
	border := rgba(0x90, 0x94, 0xa0, 0xff)
	if g.typing {
		border = YouColor
	}
	strokeRect(dst, r, 2, border)
	t := g.field.TextForRendering()
	if t == "" && !g.typing {
		drawText(dst, ui.Ellipsize(g.app.Prompt(false), r.W-2*ui.Pad, Measure), r.X+ui.Pad, r.Y+(r.H-ui.LineH)/2, textDim)
		return
	}
	if t == "" {
		drawText(dst, ui.Ellipsize(g.app.Prompt(true), r.W-2*ui.Pad, Measure), r.X+ui.Pad, r.Y+(r.H-ui.LineH)/2, textDim)
	}
	// Show the end of a long line; underline the IME composition.
	shown := t
	for Measure(shown) > r.W-2*ui.Pad-4 {
		_, n := firstRune(shown)
		shown = shown[n:]
	}
	drawText(dst, shown, r.X+ui.Pad, r.Y+(r.H-ui.LineH)/2, textDark)
	cx := r.X + ui.Pad + Measure(shown)
	if cs, ce, ok := g.field.CompositionSelection(); ok || cs != ce {
		base := len(g.field.Text())
		if base <= len(t) {
			comp := t[min(base, len(t)):]
			cw := Measure(comp)
			vector.StrokeLine(dst, float32(cx-cw), float32(r.Y+r.H-5), float32(cx), float32(r.Y+r.H-5), 1, textDark, false)
		}
	}
	if g.typing && (g.frames/30)%2 == 0 {
		vector.StrokeLine(dst, float32(cx+1), float32(r.Y+4), float32(cx+1), float32(r.Y+r.H-4), 1, textDark, false)
	}
}

func firstRune(s string) (rune, int) {
	for i, r := range s {
		if i > 0 {
			return r, i
		}
	}
	return 0, len(s)
}

func (g *Game) drawBox(dst *ebiten.Image, b ui.Box) {
	fillRect(dst, b.Rect, cardBG)
	border := rgba(0x90, 0x94, 0xa0, 0xff)
	width := float32(1)
	if b.Accent == ui.Warn {
		border, width = warnColor, 3
	}
	strokeRect(dst, b.Rect, width, border)
	mx, my := g.mouse()
	for _, btn := range b.Buttons {
		if btn.Action.Kind == "form_field" { // a text box of a form
			fillRect(dst, btn.Rect, rgba(0xff, 0xff, 0xff, 0xff))
			edge := rgba(0x90, 0x94, 0xa0, 0xff)
			if btn.Contains(mx, my) || g.typing && g.editingField(btn.Action) {
				edge = YouColor
			}
			strokeRect(dst, btn.Rect, 1, edge)
			continue
		}
		if btn.Label == "" { // an item row: highlight under the mouse
			if btn.Contains(mx, my) {
				fillRect(dst, btn.Rect, rgba(0x2f, 0x80, 0xed, 0x22))
			}
			continue
		}
		c := rgba(0xe4, 0xe6, 0xeb, 0xff)
		fg := textDark
		switch btn.Action.Kind {
		case "confirm", "coach_next", "form_send":
			c, fg = okColor, textLight
		case "talk": // a quick reply
			c, fg = rgba(0xdd, 0xea, 0xfb, 0xff), rgba(0x1a, 0x4f, 0x9c, 0xff)
		case "decline":
			c = rgba(0xd6, 0xd8, 0xde, 0xff)
		case "dismiss":
			c = rgba(0, 0, 0, 0)
		}
		fillRect(dst, btn.Rect, c)
		if btn.Contains(mx, my) {
			fillRect(dst, btn.Rect, rgba(0, 0, 0, 0x28))
		}
		lw := Measure(btn.Label)
		drawText(dst, btn.Label, btn.X+(btn.W-lw)/2, btn.Y+(btn.H-ui.LineH)/2, fg)
	}
	for _, row := range b.Rows {
		c := textDark
		switch row.Style {
		case ui.Dim:
			c = textDim
		case ui.Label:
			c = rgba(0x4a, 0x5a, 0x7a, 0xff)
		case ui.Price:
			c = priceCol
		case ui.Status:
			c = okColor
		case ui.Warn:
			c = rgba(0xa8, 0x6a, 0x00, 0xff)
		}
		drawText(dst, row.Text, row.X, row.Y, c)
	}
}

func (g *Game) mouse() (int, int) { return ebiten.CursorPosition() }

func (g *Game) drawSignIn(dst *ebiten.Image) {
	dst.Fill(Background)
	f := g.form
	l := f.Layout(g.w, g.h, Measure)
	fillRect(dst, l.Panel, cardBG)
	x := l.Panel.X + ui.Pad
	y := l.Panel.Y + ui.Pad
	drawText(dst, "마당 Madang", x, y, textDark)
	drawText(dst, pick(f.Lang, "사람과 AI 아바타가 함께 있는 곳", "Where people and AI avatars meet"), x, y+ui.LineH, textDim)
	drawText(dst, pick(f.Lang, "이름", "Your name"), x, l.Name.Y-ui.LineH, textDark)
	fillRect(dst, l.Name, rgba(0xff, 0xff, 0xff, 0xff))
	strokeRect(dst, l.Name, 2, YouColor)
	t := g.field.TextForRendering()
	drawText(dst, t, l.Name.X+ui.Pad, l.Name.Y+4, textDark)
	if (g.frames/30)%2 == 0 {
		cx := float32(l.Name.X + ui.Pad + Measure(t) + 1)
		vector.StrokeLine(dst, cx, float32(l.Name.Y+4), cx, float32(l.Name.Y+l.Name.H-4), 1, textDark, false)
	}
	if len(l.Looks) > 0 {
		drawText(dst, pick(f.Lang, "모습 고르기", "Choose your look"), x, l.Name.Y+l.Name.H+ui.Pad, textDark)
	}
	for i, r := range l.Looks {
		c := rgba(0xe4, 0xe6, 0xeb, 0xff)
		if i == f.Look {
			c = rgba(0xc9, 0xdc, 0xf7, 0xff)
		}
		fillRect(dst, r, c)
		if i == f.Look {
			strokeRect(dst, r, 2, YouColor)
		}
		key := charKey{look: f.Looks[i], dir: "s", frame: 0}
		img := chars[key]
		if img == nil {
			img = ebiten.NewImageFromImage(art.Character(art.LookFor(f.Looks[i], ""), "s", 0))
			chars[key] = img
		}
		op := &ebiten.DrawImageOptions{}
		op.GeoM.Translate(float64(r.X+(r.W-art.CharW)/2), float64(r.Y+(r.H-art.CharH)/2))
		dst.DrawImage(img, op)
	}
	rooms, sel := f.Rooms()
	roomsY := l.Name.Y + l.Name.H + ui.Pad
	if len(l.Looks) > 0 {
		roomsY = l.Looks[0].Y + l.Looks[0].H + ui.Pad
	}
	drawText(dst, pick(f.Lang, "방 (Tab으로 바꾸기)", "Room (Tab to change)"), x, roomsY, textDark)
	for i, r := range l.Rooms {
		c := rgba(0xe4, 0xe6, 0xeb, 0xff)
		if i == sel {
			c = rgba(0xc9, 0xdc, 0xf7, 0xff)
		}
		fillRect(dst, r, c)
		name := rooms[i].NameKo + " · " + rooms[i].NameEn
		drawText(dst, fmt.Sprintf("%s  (%d)", name, rooms[i].Players), r.X+ui.Pad, r.Y+3, textDark)
	}
	if e := f.RoomsErr(); e != "" {
		drawText(dst, ui.Ellipsize(e, l.Panel.W-2*ui.Pad, Measure), x, l.Enter.Y-ui.LineH, errColor)
	}
	fillRect(dst, l.Enter, okColor)
	label := pick(f.Lang, "입장 (Enter)", "Enter")
	drawText(dst, label, l.Enter.X+(l.Enter.W-Measure(label))/2, l.Enter.Y+5, textLight)
	if f.Err != "" {
		drawText(dst, ui.Ellipsize(f.Err, l.Panel.W-2*ui.Pad, Measure), x, l.Enter.Y+l.Enter.H+4, errColor)
	}
}

func pick(lang, ko, en string) string {
	if lang == "en" {
		return en
	}
	return ko
}

// editingField reports whether act is the form field being typed into.
func (g *Game) editingField(act ui.Action) bool {
	for _, c := range g.model.Cards {
		if c.N == act.Card {
			return c.Edit == act.Item+1
		}
	}
	return false
}
