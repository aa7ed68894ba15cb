package game

import (
	"image"
	"image/color"
	"unicode"

	"github.com/hajimehoshi/ebiten/v2"
	"golang.org/x/image/math/fixed"

	"github.com/madang-world/madang/client/glyphs"
)

// The client draws its bitmap font itself: each glyph is made into an
// image once and then copied, tinted, like any sprite. Ebiten's text/v2
// would do the same for this font, but it links a complete OpenType
// shaper (go-text/typesetting and golang.org/x/text) that a fixed bitmap
// font never uses: 0.7 MB of the browser client (12.5 → 11.8 MB), which
// every visitor downloads and compiles.

// glyphImages caches each rune's image (white, with the glyph's coverage
// as alpha) and advance. Only the game goroutine draws, so no lock.
var glyphImages = map[rune]glyphImage{}

type glyphImage struct {
	img *ebiten.Image // nil for a blank glyph (space)
	adv int
}

func glyphFor(r rune) glyphImage {
	if g, ok := glyphImages[r]; ok {
		return g
	}
	_, mask, _, adv, _ := glyphs.Face.Glyph(fixed.Point26_6{}, r)
	g := glyphImage{adv: adv.Round()}
	if a, ok := mask.(*image.Alpha); ok && !blank(a) {
		g.img = ebiten.NewImageFromImage(a)
	}
	glyphImages[r] = g
	return g
}

func blank(a *image.Alpha) bool {
	for _, p := range a.Pix {
		if p != 0 {
			return false
		}
	}
	return true
}

// Measure is the font's advance width, for the ui package's layout.
func Measure(s string) int {
	w := 0
	for _, r := range s {
		if unicode.IsControl(r) {
			continue
		}
		adv, _ := glyphs.Face.GlyphAdvance(r)
		w += adv.Round()
	}
	return w
}

// drawText draws s with its top-left at (x, y) in clr: the line box is
// 16 px, the glyphs' tops 2 px below y.
func drawText(dst *ebiten.Image, s string, x, y int, clr color.Color) {
	op := &ebiten.DrawImageOptions{}
	pen := x
	for _, r := range s {
		if unicode.IsControl(r) {
			continue
		}
		g := glyphFor(r)
		if g.img != nil {
			op.GeoM.Reset()
			op.GeoM.Translate(float64(pen), float64(y+2))
			op.ColorScale.Reset()
			op.ColorScale.ScaleWithColor(clr)
			dst.DrawImage(g.img, op)
		}
		pen += g.adv
	}
}

// loadGlyphs makes the image of every glyph of s that has none yet.
func loadGlyphs(s string) {
	for _, r := range s {
		if !unicode.IsControl(r) {
			glyphFor(r)
		}
	}
}

// prepare makes every glyph, character and sprite image this frame will
// draw before anything is drawn. A new image is an upload into Ebiten's
// texture atlas; made in the middle of drawing, each one splits the
// frame's render pass (the upload must land before the next draw that
// reads it), and the world's first frame with its hundred new glyphs
// became a hundred passes over the screen — slow on software GL. Made
// here, the uploads go together as one. Anything missed is still made
// when drawn (only slower), so this list need not be exact.
func (g *Game) prepare() {
	a := g.app
	loadGlyphs("…")
	left, right := a.StatusBar(ebiten.ActualFPS())
	loadGlyphs(left)
	loadGlyphs(right)
	loadGlyphs(a.ChatToggleLabel())
	loadGlyphs(a.Prompt(g.typing))
	loadGlyphs(g.field.TextForRendering())
	loadGlyphs(g.model.Toast)
	for _, r := range a.Chat {
		loadGlyphs(r.Text)
	}
	for _, d := range a.Doors {
		loadGlyphs(d.Text)
	}
	for _, l := range a.Labels {
		loadGlyphs(l.Text)
	}
	for _, b := range a.Boxes {
		for _, r := range b.Rows {
			loadGlyphs(r.Text)
		}
		for _, btn := range b.Buttons {
			loadGlyphs(btn.Label)
		}
	}
	for _, b := range a.Bubbles {
		for _, l := range b.Lines {
			loadGlyphs(l)
		}
	}
	spriteImage(g.statusDot())
	if a.Map.W == 0 {
		return
	}
	spriteImage(sprite{kind: -spriteShadow})
	spriteImage(sprite{kind: -spriteRing})
	for _, e := range a.Ents {
		g.entityImages(e)
	}
	g.mapImage(a.Map)
}
