// Package glyphs is the client's font: the 12 px bitmap glyphs of
// github.com/hajimehoshi/bitmapfont (Hangul from Baekmuk Gulim, Latin from
// misc-fixed and M+; licences in LICENSE-fonts.md) cut down to what Madang
// shows — ASCII and Latin-1, punctuation, symbols, arrows, Hangul
// syllables and jamo, CJK punctuation and full-width forms.
//
// Why a subset: bitmapfont embeds six complete faces (Japanese and two
// Chinese variants, each with an East-Asian-wide twin), 2.1 MB after gzip,
// which alone would have pushed the browser build over its 5 MB budget.
// This subset is 418 KB raw and 22 KB gzipped (Baekmuk composes its
// syllables from jamo, so they compress very well). glyphs.bin is generated from
// bitmapfont by `go test -run TestGenerate -update` and checked against it
// pixel for pixel by TestMatchesBitmapfont.
//
// The package does not import ebiten; Face is a golang.org/x/image/font
// Face that text/v2 wraps with NewGoXFace.
package glyphs

import (
	_ "embed"
	"image"
	"sort"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// Ranges are the code points in the font, inclusive.
var Ranges = [][2]rune{
	{0x20, 0x7E},     // ASCII
	{0xA0, 0xFF},     // Latin-1
	{0x1100, 0x11FF}, // Hangul Jamo
	{0x2010, 0x205E}, // general punctuation (… “ ” ‘ ’ •)
	{0x20A9, 0x20AC}, // ₩ ₪ ₫ €
	{0x2100, 0x215F}, // letterlike symbols, number forms
	{0x2190, 0x21FF}, // arrows
	{0x2460, 0x24FF}, // enclosed alphanumerics ① …
	{0x2500, 0x25FF}, // box drawing, blocks, geometric shapes (▍ ■ ●)
	{0x2600, 0x26FF}, // misc symbols (★ ☆ ☎)
	{0x2700, 0x27BF}, // dingbats (✓ ✔)
	{0x3000, 0x303F}, // CJK symbols and punctuation
	{0x3130, 0x318F}, // Hangul compatibility jamo (what an IME shows while composing)
	{0x3200, 0x32FF}, // enclosed CJK (㈜)
	{0xAC00, 0xD7A3}, // Hangul syllables
	{0xFF00, 0xFFEF}, // half- and full-width forms
}

// Metrics of every glyph: a 16 px line, 12 px above the baseline.
const (
	ascent  = 12
	descent = 4
	height  = ascent + descent
	narrow  = 6
	wide    = 12
)

//go:embed glyphs.bin
var data []byte

// index[i] is the offset in data of the i-th glyph in Ranges order.
var index []uint32

func init() {
	off := uint32(0)
	for _, r := range Ranges {
		for c := r[0]; c <= r[1]; c++ {
			index = append(index, off)
			if int(off) >= len(data) {
				panic("glyphs: glyphs.bin is shorter than Ranges (regenerate it)")
			}
			off += uint32(1 + height*rowBytes(int(data[off])))
		}
	}
	if int(off) != len(data) {
		panic("glyphs: glyphs.bin does not match Ranges (regenerate it)")
	}
}

func rowBytes(w int) int { return (w + 7) / 8 }

// lookup returns the glyph's width and rows, or ok=false.
func lookup(r rune) (w int, rows []byte, ok bool) {
	i := sort.Search(len(Ranges), func(i int) bool { return Ranges[i][1] >= r })
	if i == len(Ranges) || r < Ranges[i][0] {
		return 0, nil, false
	}
	n := int(r - Ranges[i][0])
	for _, rg := range Ranges[:i] {
		n += int(rg[1]-rg[0]) + 1
	}
	off := index[n]
	w = int(data[off])
	if w == 0 {
		return 0, nil, false // the source font has no glyph for it
	}
	return w, data[off+1 : off+1+uint32(height*rowBytes(w))], true
}

// Has reports whether the font draws r.
func Has(r rune) bool { _, _, ok := lookup(r); return ok }

// Face is the font. It is safe for concurrent use (it only reads).
var Face font.Face = face{}

type face struct{}

func (face) Close() error { return nil }

// missing is drawn for a rune the font lacks: a hollow box, so the reader
// sees that something is there (rather than text silently vanishing).
func missing() (int, []byte) {
	rows := make([]byte, height)
	for y := 2; y < 13; y++ {
		rows[y] = 0x84 // x=0 and x=5
	}
	rows[2], rows[12] = 0xFC, 0xFC
	return narrow, rows
}

func (face) Glyph(dot fixed.Point26_6, r rune) (image.Rectangle, image.Image, image.Point, fixed.Int26_6, bool) {
	w, rows, ok := lookup(r)
	if !ok {
		w, rows = missing()
	}
	img := image.NewAlpha(image.Rect(0, 0, w, height))
	rb := rowBytes(w)
	for y := 0; y < height; y++ {
		for x := 0; x < w; x++ {
			if rows[y*rb+x/8]&(0x80>>(x%8)) != 0 {
				img.Pix[y*img.Stride+x] = 0xFF
			}
		}
	}
	x, y := dot.X.Round(), dot.Y.Round()
	dr := image.Rect(x, y-ascent, x+w, y+descent)
	return dr, img, image.Point{}, fixed.I(w), ok
}

func (face) GlyphBounds(r rune) (fixed.Rectangle26_6, fixed.Int26_6, bool) {
	w, _, ok := lookup(r)
	if !ok {
		w = narrow
	}
	return fixed.R(0, -ascent, w, descent), fixed.I(w), ok
}

func (face) GlyphAdvance(r rune) (fixed.Int26_6, bool) {
	w, _, ok := lookup(r)
	if !ok {
		w = narrow
	}
	return fixed.I(w), ok
}

func (face) Kern(r0, r1 rune) fixed.Int26_6 { return 0 }

func (face) Metrics() font.Metrics {
	return font.Metrics{Height: fixed.I(height), Ascent: fixed.I(ascent), Descent: fixed.I(descent)}
}
