package art

import (
	"image"
	"image/color"
	"math"
)

// Disc returns a size×size image with a filled circle of radius r (in
// pixels) centred in it, in clr (premultiplied alpha), its edge
// antialiased by 4×4 supersampling.
//
// The client draws its round sprites (shadows, rings, the status dot)
// from these CPU-made images instead of Ebiten's antialiased vector
// paths: each of those renders through a double-sized offscreen and a
// linear-filter pass, an extra GPU program and render pass that cost most
// under software rendering (headless Chromium's SwiftShader), where the
// first frame pays for compiling every pipeline it uses.
func Disc(size int, r float64, clr color.RGBA) *image.RGBA {
	return shape(size, clr, func(d float64) bool { return d <= r })
}

// Ring is a circle outline of radius r and stroke width w, centred.
func Ring(size int, r, w float64, clr color.RGBA) *image.RGBA {
	return shape(size, clr, func(d float64) bool { return d >= r-w/2 && d <= r+w/2 })
}

func shape(size int, clr color.RGBA, in func(d float64) bool) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	c := float64(size) / 2
	const ss = 4
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			n := 0
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					px := float64(x) + (float64(sx)+0.5)/ss - c
					py := float64(y) + (float64(sy)+0.5)/ss - c
					if in(math.Hypot(px, py)) {
						n++
					}
				}
			}
			if n == 0 {
				continue
			}
			f := func(v uint8) uint8 { return uint8((int(v)*n + ss*ss/2) / (ss * ss)) }
			img.SetRGBA(x, y, color.RGBA{f(clr.R), f(clr.G), f(clr.B), f(clr.A)})
		}
	}
	return img
}
