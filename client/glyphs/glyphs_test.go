package glyphs

import (
	"bytes"
	"flag"
	"image"
	"os"
	"testing"

	"github.com/hajimehoshi/bitmapfont/v3"
	"golang.org/x/image/math/fixed"
)

var update = flag.Bool("update", false, "regenerate glyphs.bin from bitmapfont")

// generate renders every rune in Ranges with bitmapfont.Face: per glyph a
// width byte (6, 12, or 0 when bitmapfont has none) and 16 rows of bits.
func generate(t *testing.T) []byte {
	var buf bytes.Buffer
	src := bitmapfont.Face
	for _, rg := range Ranges {
		for r := rg[0]; r <= rg[1]; r++ {
			dr, mask, mp, adv, ok := src.Glyph(fixed.P(0, ascent), r)
			w := adv.Round()
			if !ok || mask == nil {
				buf.WriteByte(0)
				continue
			}
			if w != narrow && w != wide || dr.Dy() != height || dr.Min.Y != 0 {
				t.Fatalf("%U: unexpected glyph box %v advance %d", r, dr, w)
			}
			buf.WriteByte(byte(w))
			rb := rowBytes(w)
			for y := 0; y < height; y++ {
				row := make([]byte, rb)
				for x := 0; x < w; x++ {
					if _, _, _, a := mask.At(mp.X+x, mp.Y+y).RGBA(); a > 0x7fff {
						row[x/8] |= 0x80 >> (x % 8)
					}
				}
				buf.Write(row)
			}
		}
	}
	return buf.Bytes()
}

func TestGenerate(t *testing.T) {
	got := generate(t)
	if *update {
		if err := os.WriteFile("glyphs.bin", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(got, data) {
		t.Fatal("glyphs.bin is stale: run go test ./client/glyphs -run TestGenerate -update")
	}
}

// TestMatchesBitmapfont draws sample text through both faces and compares
// every pixel, so the subset is exactly the original where it has glyphs.
func TestMatchesBitmapfont(t *testing.T) {
	for _, r := range []rune("Aa가힣ㅎㄱ…₩안녕하세요 Madang ①→★“”·") {
		d1, m1, p1, a1, ok1 := bitmapfont.Face.Glyph(fixed.P(10, 20), r)
		d2, m2, p2, a2, ok2 := Face.Glyph(fixed.P(10, 20), r)
		if ok1 != ok2 || a1 != a2 || d1 != d2 {
			t.Fatalf("%q: bitmapfont %v %v %v, glyphs %v %v %v", r, d1, a1, ok1, d2, a2, ok2)
		}
		for y := 0; y < d1.Dy(); y++ {
			for x := 0; x < d1.Dx(); x++ {
				_, _, _, A := m1.At(p1.X+x, p1.Y+y).RGBA()
				_, _, _, B := m2.At(p2.X+x, p2.Y+y).RGBA()
				if (A > 0x7fff) != (B > 0x7fff) {
					t.Fatalf("%q: pixel (%d,%d) differs", r, x, y)
				}
			}
		}
	}
}

func TestCoverage(t *testing.T) {
	for _, r := range []rune("안녕하세요 뷁 똠방각하 ㅋㅋ 가나다 ₩39,000 “인용” ① → ✓ 。") {
		if r != ' ' && !Has(r) {
			t.Errorf("%q (%U) has no glyph", r, r)
		}
	}
	if Has('\u4E00') {
		t.Error("CJK ideographs are outside the subset; Has must say so")
	}
	// A missing rune still advances and draws a box, never nothing.
	dr, mask, _, adv, ok := Face.Glyph(fixed.P(0, 12), '\u4E00')
	if ok || adv != fixed.I(narrow) || dr.Dx() != narrow || mask.(*image.Alpha).Pix[2*narrow] == 0 {
		t.Errorf("missing glyph: ok=%v adv=%v dr=%v", ok, adv, dr)
	}
	w, _, _ := lookup('가')
	if w != wide {
		t.Errorf("가 is %d px wide, want %d", w, wide)
	}
}
